//! How failures map onto `stytch_b2b::Error`: API errors with every field, rate
//! limits, non-JSON and truncated bodies, timeouts, refused connections and requests
//! that cannot be built.

use std::time::Duration;

use httpmock::prelude::*;
use serde_json::json;
use stytch_b2b::organizations::OrganizationsCreateRequest;
use stytch_b2b::passwords::PasswordsMigrateRequest;
use stytch_b2b::sessions::SessionsAuthenticateRequest;
use stytch_b2b::{Client, Error, ErrorType};
use stytch_b2b_tests::expected_call::{client, client_for};
use stytch_b2b_tests::{
    PROJECT_ID, SECRET, SESSION_JWT, SESSION_TOKEN, basic_auth_header, refused_base_url,
};

fn authenticate_request() -> stytch_b2b::types::builder::SessionsAuthenticateRequest {
    SessionsAuthenticateRequest::builder().session_token(SESSION_TOKEN.to_owned())
}

#[tokio::test]
async fn json_4xx_keeps_every_field_of_the_api_error() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/v1/b2b/organizations/organization-test-missing");
            then.status(404).json_body(json!({
                "status_code": 404,
                "request_id": "request-id-test-404",
                "error_type": "organization_not_found",
                "error_message": "Organization could not be found.",
                "error_url": "https://stytch.com/docs/api/errors/404#organization_not_found",
                "error_details": {"organization_id": "organization-test-missing"}
            }));
        })
        .await;

    let error = client(&server)
        .organizations()
        .get()
        .organization_id("organization-test-missing")
        .await
        .err();

    let Some(Error::Api(api)) = &error else {
        panic!("expected Error::Api, got {error:?}");
    };
    assert_eq!(api.status.as_u16(), 404);
    assert_eq!(api.request_id.as_deref(), Some("request-id-test-404"));
    assert_eq!(api.error_type, ErrorType::OrganizationNotFound);
    assert_eq!(api.error_message, "Organization could not be found.");
    assert_eq!(
        api.error_url.as_deref(),
        Some("https://stytch.com/docs/api/errors/404#organization_not_found")
    );
    assert_eq!(
        api.error_details,
        Some(json!({"organization_id": "organization-test-missing"}))
    );
    assert_eq!(api.retry_after, None);

    let error = error.unwrap_or_else(|| unreachable!());
    assert_eq!(error.status().map(|s| s.as_u16()), Some(404));
    assert_eq!(error.request_id(), Some("request-id-test-404"));
    assert!(error.error_type().is_some_and(ErrorType::is_not_found));
    assert!(!error.is_retryable());
    let shown = error.to_string();
    assert!(shown.contains("404"), "{shown}");
    assert!(shown.contains("organization_not_found"), "{shown}");
    assert!(shown.contains("request-id-test-404"), "{shown}");
}

#[tokio::test]
async fn rate_limit_carries_retry_after_and_is_retryable() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method(POST).path("/v1/b2b/sessions/authenticate");
            then.status(429)
                .header("retry-after", "3")
                .json_body(json!({
                    "status_code": 429,
                    "request_id": "request-id-test-429",
                    "error_type": "too_many_requests",
                    "error_message": "Too many requests have been made.",
                    "error_url": "https://stytch.com/docs/api/errors/429"
                }));
        })
        .await;

    let error = client(&server)
        .sessions()
        .authenticate(authenticate_request())
        .await
        .err()
        .unwrap_or_else(|| panic!("a 429 must be an error"));

    assert_eq!(error.retry_after(), Some(Duration::from_secs(3)));
    assert!(error.is_retryable());
    assert_eq!(error.error_type(), Some(&ErrorType::TooManyRequests));
    assert!(error.error_type().is_some_and(ErrorType::is_rate_limit));
    assert_eq!(error.status().map(|s| s.as_u16()), Some(429));
}

#[tokio::test]
async fn html_502_page_is_a_decode_error_that_keeps_the_status() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method(GET).path("/v1/b2b/organizations/organization-test-1");
            then.status(502)
                .header("content-type", "text/html")
                .body("<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>");
        })
        .await;

    let error = client(&server)
        .organizations()
        .get()
        .organization_id("organization-test-1")
        .await
        .err();

    let Some(Error::Decode {
        status,
        body_excerpt,
        retry_after,
        ..
    }) = &error
    else {
        panic!("expected Error::Decode, got {error:?}");
    };
    assert_eq!(status.map(|s| s.as_u16()), Some(502));
    assert!(
        body_excerpt.contains("<h1>502 Bad Gateway</h1>"),
        "{body_excerpt}"
    );
    assert_eq!(*retry_after, None);
    let error = error.unwrap_or_else(|| unreachable!());
    assert_eq!(error.status().map(|s| s.as_u16()), Some(502));
    assert!(!error.is_retryable(), "a 502 may have been processed");
    assert!(error.to_string().contains("502"), "{error}");
}

#[tokio::test]
async fn html_503_page_is_retryable_if_idempotent_and_keeps_retry_after() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/v1/b2b/organizations/organization-test-1");
            then.status(503)
                .header("content-type", "text/html")
                .header("retry-after", "2")
                .body("<html><body>Service Unavailable</body></html>");
        })
        .await;

    let error = client(&server)
        .organizations()
        .get()
        .organization_id("organization-test-1")
        .await
        .err()
        .unwrap_or_else(|| panic!("a 503 must be an error"));

    assert!(matches!(error, Error::Decode { .. }), "{error:?}");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(error.retry_after(), Some(Duration::from_secs(2)));
    // Stytch may have acted on a request answered 503: only idempotent ones repeat.
    assert!(!error.is_retryable());
    assert!(error.is_retryable_if_idempotent());
}

#[tokio::test]
async fn truncated_json_is_a_decode_error_with_tokens_masked() {
    let truncated = format!(
        r#"{{"request_id":"request-id-test-1","status_code":200,"session_token":"{SESSION_TOKEN}","session_jwt":"{SESSION_JWT}","member":{{"email_address":"ada@acme.exa"#
    );
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method(POST).path("/v1/b2b/sessions/authenticate");
            then.status(200)
                .header("content-type", "application/json")
                .body(truncated);
        })
        .await;

    let error = client(&server)
        .sessions()
        .authenticate(authenticate_request())
        .await
        .err();

    let Some(Error::Decode {
        status,
        body_excerpt,
        ..
    }) = &error
    else {
        panic!("expected Error::Decode, got {error:?}");
    };
    assert_eq!(status.map(|s| s.as_u16()), Some(200));
    assert!(
        body_excerpt.contains(r#""request_id":"request-id-test-1""#),
        "{body_excerpt}"
    );
    assert!(
        body_excerpt.contains(r#""session_token":"[redacted]""#),
        "{body_excerpt}"
    );
    assert!(!body_excerpt.contains(SESSION_TOKEN), "{body_excerpt}");
    assert!(!body_excerpt.contains(SESSION_JWT), "{body_excerpt}");
    for shown in [
        format!("{error:?}"),
        error.map(|e| e.to_string()).unwrap_or_default(),
    ] {
        assert!(!shown.contains(SESSION_TOKEN), "{shown}");
        assert!(!shown.contains(SESSION_JWT), "{shown}");
    }
}

#[tokio::test]
async fn slow_response_is_a_timeout_that_is_not_retryable() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/v1/b2b/organizations/organization-test-1");
            then.status(200)
                .delay(Duration::from_secs(3))
                .json_body(json!({}));
        })
        .await;
    let client = Client::builder(PROJECT_ID, SECRET)
        .base_url(server.base_url())
        .timeout(Duration::from_millis(200))
        .build()
        .unwrap_or_else(|e| panic!("{e}"));

    let error = client
        .organizations()
        .get()
        .organization_id("organization-test-1")
        .await
        .err();

    assert!(matches!(error, Some(Error::Timeout(_))), "{error:?}");
    let error = error.unwrap_or_else(|| unreachable!());
    assert!(error.is_timeout());
    assert!(!error.is_connect());
    assert!(
        !error.is_retryable(),
        "a timed-out request may have been processed"
    );
    assert_eq!(error.status(), None);
}

#[tokio::test]
async fn refused_connection_is_a_retryable_connect_error() {
    let error = client_for(&refused_base_url())
        .organizations()
        .get()
        .organization_id("organization-test-1")
        .await
        .err();

    assert!(matches!(error, Some(Error::Connect(_))), "{error:?}");
    let error = error.unwrap_or_else(|| unreachable!());
    for shown in [format!("{error:?}"), format!("{error:#}")] {
        assert!(!shown.contains(SECRET), "{shown}");
        assert!(!shown.contains(&basic_auth_header()), "{shown}");
    }
    assert!(error.is_connect());
    assert!(!error.is_timeout());
    assert!(error.is_retryable());
    assert_eq!(error.status(), None);
}

#[tokio::test]
async fn missing_required_field_fails_before_anything_is_sent() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.any_request();
            then.status(200).json_body(json!({}));
        })
        .await;

    let error = client(&server)
        .organizations()
        .create(OrganizationsCreateRequest::builder().organization_slug("acme".to_owned()))
        .await
        .err();

    match &error {
        Some(Error::InvalidRequest { field, message }) => {
            assert_eq!(field.as_deref(), Some("organization_name"));
            assert!(message.contains("organization_name"), "{message}");
        }
        other => panic!("expected Error::InvalidRequest, got {other:?}"),
    }
    assert_eq!(mock.calls_async().await, 0);
}

#[tokio::test]
async fn unconvertible_value_is_an_invalid_request_naming_the_field() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.any_request();
            then.status(200).json_body(json!({}));
        })
        .await;

    let error = client(&server)
        .passwords()
        .migrate(
            PasswordsMigrateRequest::builder()
                .email_address("ada@acme.example.com")
                .hash("$2a$10$abcdefghijklmnopqrstuv")
                .hash_type("bcrypt-but-misspelled")
                .organization_id("organization-test-1"),
        )
        .await
        .err();

    match &error {
        Some(Error::InvalidRequest { field, .. }) => {
            assert_eq!(field.as_deref(), Some("hash_type"));
        }
        other => panic!("expected Error::InvalidRequest, got {other:?}"),
    }
    assert_eq!(mock.calls_async().await, 0);
}

#[tokio::test]
async fn unknown_error_type_is_kept_verbatim() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method(POST).path("/v1/b2b/sessions/authenticate");
            then.status(400).json_body(json!({
                "status_code": 400,
                "request_id": "request-id-test-400",
                "error_type": "a_brand_new_error_type",
                "error_message": "Something Stytch added later.",
                "error_url": "https://stytch.com/docs/api/errors/400"
            }));
        })
        .await;

    let error = client(&server)
        .sessions()
        .authenticate(authenticate_request())
        .await
        .err()
        .unwrap_or_else(|| panic!("a 400 must be an error"));

    assert_eq!(
        error.error_type(),
        Some(&ErrorType::Unknown("a_brand_new_error_type".to_owned()))
    );
    assert!(!error.error_type().is_some_and(ErrorType::is_known));
    assert_eq!(error.status().map(|s| s.as_u16()), Some(400));
}

#[tokio::test]
async fn undocumented_status_keeps_status_and_excerpt() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/v1/b2b/organizations/organization-test-1");
            then.status(302)
                .header("location", "https://login.example.com/")
                .body("moved");
        })
        .await;

    let error = client(&server)
        .organizations()
        .get()
        .organization_id("organization-test-1")
        .await
        .err();

    match &error {
        Some(Error::UnexpectedStatus {
            status,
            body_excerpt,
        }) => {
            assert_eq!(status.as_u16(), 302);
            assert_eq!(body_excerpt, "moved");
        }
        other => panic!("expected Error::UnexpectedStatus, got {other:?}"),
    }
}

#[tokio::test]
async fn success_body_of_the_wrong_shape_is_a_decode_error_without_its_values() {
    // A token-like string where an object belongs: the parser's message would quote it.
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method(POST).path("/v1/b2b/sessions/authenticate");
            then.status(200).json_body(json!({
                "request_id": "request-id-test-1",
                "status_code": 200,
                "member_session": SESSION_JWT,
                "session_token": SESSION_TOKEN
            }));
        })
        .await;

    let error = client(&server)
        .sessions()
        .authenticate(authenticate_request())
        .await
        .err()
        .unwrap_or_else(|| panic!("a malformed body must be an error"));

    assert!(matches!(error, Error::Decode { .. }), "{error:?}");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(200));
    for shown in [format!("{error:?}"), error.to_string()] {
        assert!(!shown.contains(SESSION_JWT), "{shown}");
        assert!(!shown.contains(SESSION_TOKEN), "{shown}");
    }
}

#[tokio::test]
async fn empty_path_parameter_is_refused_before_sending() {
    let server = MockServer::start_async().await;
    let any = server
        .mock_async(|when, then| {
            when.any_request();
            then.status(200);
        })
        .await;
    let client = client(&server);

    let err = client
        .organizations()
        .members()
        .delete()
        .organization_id("organization-test-1")
        .member_id("")
        .await
        .err();

    match err {
        Some(Error::InvalidRequest { field, message }) => {
            assert_eq!(field.as_deref(), Some("member_id"));
            assert_eq!(message, "path parameter member_id must not be empty");
        }
        other => panic!("expected InvalidRequest for member_id, got {other:?}"),
    }
    assert_eq!(any.calls_async().await, 0, "nothing may be sent");
}

#[tokio::test]
async fn error_body_without_type_or_message_still_reads_cleanly() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/v1/b2b/organizations/organization-test-1");
            then.status(404)
                .json_body(json!({"request_id": "request-id-test-1"}));
        })
        .await;
    let client = client(&server);

    let err = client
        .organizations()
        .get()
        .organization_id("organization-test-1")
        .await
        .err();

    let err = err.unwrap_or_else(|| panic!("expected an error"));
    assert_eq!(err.status().map(|s| s.as_u16()), Some(404));
    assert_eq!(
        err.to_string(),
        "Stytch API error 404 Not Found (request request-id-test-1)"
    );
}
