//! The project secret, session tokens and JWTs never show up in `Debug` or
//! `Display` output or in anything the client logs, while the call's span still
//! carries what an operator needs (operation, status, request id).

use httpmock::prelude::*;
use serde_json::json;
use stytch_b2b::sessions::SessionsAuthenticateRequest;
use stytch_b2b::{Client, Error, RetryPolicy};
use stytch_b2b_tests::expected_call::{client, fixture};
use stytch_b2b_tests::log_capture::LogCapture;
use stytch_b2b_tests::{PROJECT_ID, SECRET, SESSION_JWT, SESSION_TOKEN, basic_auth_header};

/// Every secret a test may have put on the wire: the project secret, the
/// Authorization header, and the tokens and JWTs of requests and responses.
fn secrets() -> Vec<String> {
    let response = fixture("sessions_authenticate");
    let mut secrets = vec![
        SECRET.to_owned(),
        basic_auth_header(),
        basic_auth_header().trim_start_matches("Basic ").to_owned(),
        SESSION_TOKEN.to_owned(),
        SESSION_JWT.to_owned(),
    ];
    for key in ["session_token", "session_jwt"] {
        if let Some(value) = response[key].as_str() {
            secrets.push(value.to_owned());
        }
    }
    secrets
}

fn assert_no_secret(text: &str) {
    for secret in secrets() {
        assert!(!text.contains(&secret), "{secret:?} leaked into:\n{text}");
    }
}

fn request() -> stytch_b2b::types::builder::SessionsAuthenticateRequest {
    SessionsAuthenticateRequest::builder()
        .session_token(SESSION_TOKEN.to_owned())
        .session_jwt(SESSION_JWT.to_owned())
}

#[test]
fn debug_of_client_and_builder_hides_the_secret() {
    let builder = Client::builder(PROJECT_ID, SECRET)
        .base_url("https://login.example.com/")
        .retry_policy(RetryPolicy::standard());
    let builder_debug = format!("{builder:?}");
    let client = builder
        .build()
        .unwrap_or_else(|e| panic!("client does not build: {e}"));
    let client_debug = format!("{client:?}");
    let pretty = format!("{client:#?}");

    for shown in [&builder_debug, &client_debug, &pretty] {
        assert_no_secret(shown);
        assert!(shown.contains(PROJECT_ID), "{shown}");
    }
    assert!(
        client_debug.contains("https://login.example.com"),
        "{client_debug}"
    );
    assert!(client_debug.contains("[redacted]"), "{client_debug}");
}

#[tokio::test(flavor = "current_thread")]
async fn logs_of_successful_and_failed_calls_hold_no_secret() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/v1/b2b/sessions/authenticate")
                .json_body_includes(json!({"session_duration_minutes": 60}).to_string());
            then.status(200).json_body(fixture("sessions_authenticate"));
        })
        .await;
    server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/v1/b2b/sessions/authenticate")
                .json_body_includes(json!({"session_duration_minutes": 0}).to_string());
            then.status(401).json_body(json!({
                "status_code": 401,
                "request_id": "request-id-test-401",
                "error_type": "session_not_found",
                "error_message": "Session could not be found."
            }));
        })
        .await;
    let truncated = format!(
        r#"{{"request_id":"request-id-test-truncated","session_token":"{SESSION_TOKEN}","session_jwt":"{SESSION_JWT}","member":{{"name":"Ad"#
    );
    server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/v1/b2b/sessions/authenticate")
                .json_body_includes(json!({"session_duration_minutes": 5}).to_string());
            then.status(200)
                .header("content-type", "application/json")
                .body(truncated);
        })
        .await;
    let client = client(&server);
    let logs = LogCapture::new();

    let (succeeded, rejected, garbled) = {
        let _guard = tracing::subscriber::set_default(logs.subscriber());
        let sessions = client.sessions();
        (
            sessions
                .authenticate(request().session_duration_minutes(60))
                .await,
            sessions
                .authenticate(request().session_duration_minutes(0))
                .await,
            sessions
                .authenticate(request().session_duration_minutes(5))
                .await,
        )
    };

    assert!(succeeded.is_ok(), "{succeeded:?}");
    let rejected = rejected.err();
    assert!(matches!(rejected, Some(Error::Api(_))), "{rejected:?}");
    let garbled = garbled.err();
    assert!(matches!(garbled, Some(Error::Decode { .. })), "{garbled:?}");
    for error in [&rejected, &garbled].into_iter().flatten() {
        assert_no_secret(&format!("{error:?}"));
        assert_no_secret(&error.to_string());
    }

    let logs = logs.contents();
    assert_no_secret(&logs);
    // One closed span per call, each with its operation id.
    let closed: Vec<&str> = logs
        .lines()
        .filter(|line| line.contains("stytch_b2b.call{") && line.contains(" close "))
        .collect();
    assert_eq!(closed.len(), 3, "{logs}");
    assert!(
        closed
            .iter()
            .all(|line| line.contains("operation=\"sessions_authenticate\"")),
        "{logs}"
    );
    assert!(logs.contains("http.status=200"), "{logs}");
    assert!(
        logs.contains("request_id=\"request-id-test-b05c992f-ebdc-489d-a754-c7e70ba13141\""),
        "{logs}"
    );
    assert!(logs.contains("http.status=401"), "{logs}");
    assert!(
        logs.contains("request_id=\"request-id-test-401\""),
        "{logs}"
    );
    assert!(logs.contains("session_not_found"), "{logs}");
}
