//! The fallback reason of `sessions().authenticate_jwt` as a tracing event.
//!
//! Alone in its test binary: tracing caches per-callsite interest, so events hit by
//! tests running in parallel without a subscriber could hide this test's events.

#[path = "jwt_support/mod.rs"]
mod jwt_support;

use std::time::Duration;

use httpmock::prelude::*;
use jwt_support::{jwks_path, key_a, options_at, session_jwt};
use stytch_b2b::testkit::jwks_json;
use stytch_b2b_tests::expected_call::{client, fixture};
use stytch_b2b_tests::log_capture::LogCapture;

#[tokio::test(flavor = "current_thread")]
async fn fallback_reason_is_a_tracing_event_without_the_token() {
    let logs = LogCapture::new();
    let _guard = tracing::subscriber::set_default(logs.subscriber());
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method(GET).path(jwks_path());
            then.status(200).body(jwks_json(&[key_a()]));
        })
        .await;
    let authenticate = server
        .mock_async(|when, then| {
            when.method(POST).path("/v1/b2b/sessions/authenticate");
            then.status(200).json_body(fixture("sessions_authenticate"));
        })
        .await;
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
