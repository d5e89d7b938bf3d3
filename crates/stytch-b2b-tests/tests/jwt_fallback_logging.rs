//! The fallback reason of `sessions().authenticate_jwt` as a tracing event.
//!
//! Alone in its test binary: tracing caches per-callsite interest, so events hit by
//! tests running in parallel without a subscriber could hide this test's events.

#[path = "suite/jwt_support/mod.rs"]
mod jwt_support;

use std::time::Duration;

use httpmock::prelude::*;
use jwt_support::{key_a, mock_key_set_and_authenticate, options_at, session_jwt};
use stytch_b2b_tests::expected_call::client;
use stytch_b2b_tests::log_capture::LogCapture;

#[tokio::test(flavor = "current_thread")]
async fn fallback_reason_is_a_tracing_event_without_the_token() {
    let logs = LogCapture::new();
    let _guard = tracing::subscriber::set_default(logs.subscriber());
    let server = MockServer::start_async().await;
    let (_jwks, authenticate) = mock_key_set_and_authenticate(&server, 200).await;
    let client = client(&server);
    let token = session_jwt()
        .issuer(server.base_url())
        .expires_in(Duration::from_secs(60))
        .sign(key_a())
        .unwrap_or_default();

    let outcome = client
        .sessions()
        .authenticate_jwt(&token, &options_at(120))
        .await;

    assert!(outcome.is_ok(), "{outcome:?}");
    assert_eq!(authenticate.calls_async().await, 1);
    let logs = logs.contents();
    assert!(logs.contains("reason=\"expired\""), "{logs}");
    assert!(logs.contains("authenticating it with the API"), "{logs}");
    assert!(!logs.contains(&token), "the token must not be logged");
}
