//! Log hygiene: the tracing events of verification and JWKS fetching never contain a token,
//! a signature or a credential.
//!
//! Alone in its test binary: tracing caches per-callsite interest process-wide, so tests
//! running on other threads without a subscriber could silence the events checked here.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "suite/jwt_support/mod.rs"]
mod jwt_support;

use httpmock::prelude::*;
use jwt_support::*;
use stytch_b2b::jwt::{JwtConfig, JwtError};
use stytch_b2b::testkit::jwks_json;
use stytch_b2b_tests::log_capture::LogCapture;

#[test]
fn logs_never_contain_tokens_or_credentials() {
    let captured = LogCapture::new();

    let valid = session_jwt().sign(key_a()).unwrap();
    let forged = session_jwt().key_id(key_a().kid()).sign(key_b()).unwrap();
    let unknown = session_jwt().sign(key_b()).unwrap();
    let expired = session_jwt().expires_at(at(0)).sign(key_a()).unwrap();

    tracing::subscriber::with_default(captured.subscriber(), || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(async {
            let server = MockServer::start_async().await;
            let _bad = mock_jwks(&server, 500, "{}").await;
            let verifier = verifier_for(&server, &JwtConfig::default());
            assert!(matches!(
                verifier.verify(&valid, &options()).await,
                Err(JwtError::JwksUnavailable(_))
            ));
            verifier
                .jwks()
                .preload_json(&jwks_json(&[key_a()]))
                .unwrap();
            for token in [&valid, &valid, &forged, &unknown, &expired] {
                let _ = verifier.verify(token, &options()).await;
            }
        });
    });

    let logs = captured.contents();
    assert!(logs.contains("JWKS fetch failed"), "{logs}");
    assert!(logs.contains("session JWT rejected locally"), "{logs}");
    for token in [&valid, &forged, &unknown, &expired] {
        for segment in token.split('.') {
            assert!(!logs.contains(segment), "a token segment reached the logs");
        }
    }
    assert!(!logs.contains(SECRET));
    assert!(!logs.contains(&BASIC_AUTH[6..]));
}
