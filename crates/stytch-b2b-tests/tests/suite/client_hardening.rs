//! The client's defences against a mistyped configuration or a hostile network:
//! credentials only over https (loopback aside) and never in a printed URL, bounded
//! response bodies, no request URL in transport errors, `.`, `..` and backslashes
//! refused as path parameters, and no constructor that can panic.

use httpmock::prelude::*;
use stytch_b2b::organizations::OrganizationsCreateRequest;
use stytch_b2b::{Client, DEFAULT_MAX_RESPONSE_BYTES, Error};
use stytch_b2b_tests::expected_call::{client, fixture};
use stytch_b2b_tests::{PROJECT_ID, SECRET, refused_base_url};

#[test]
fn plain_http_to_a_remote_host_is_refused() {
    for url in [
        "http://api.stytch.com",
        "http://login.example.com",
        "http://192.168.1.20:8787",
    ] {
        let built = Client::builder(PROJECT_ID, SECRET).base_url(url).build();
        assert!(
            matches!(&built, Err(Error::Config(message)) if message.contains("must use https")),
            "{url}: {built:?}"
        );
    }
    for url in [
        "https://login.example.com",
        "http://127.0.0.1:8787",
        "http://localhost:8787",
        "http://[::1]:8787",
    ] {
        assert!(
            Client::builder(PROJECT_ID, SECRET)
                .base_url(url)
                .build()
                .is_ok(),
            "{url}"
        );
    }
}

#[test]
fn credentials_in_a_base_url_are_refused_and_never_printed() {
    let builder =
        Client::builder(PROJECT_ID, SECRET).base_url("https://admin:hunter2@login.example.com");
    let shown = format!("{builder:?}");
    assert!(!shown.contains("hunter2"), "{shown}");
    assert!(!shown.contains("admin"), "{shown}");
    match builder.build() {
        Err(Error::Config(message)) => {
            assert!(!message.contains("hunter2"), "{message}");
            assert!(message.contains("user name or password"), "{message}");
        }
        other => panic!("expected a configuration error, got {other:?}"),
    }
}

async fn serve_body(server: &MockServer, status: u16, body: String) {
    server
        .mock_async(move |when, then| {
            when.method(POST).path("/v1/b2b/organizations");
            then.status(status)
                .header("content-type", "application/json")
                .body(body);
        })
        .await;
}

fn create() -> stytch_b2b::types::builder::OrganizationsCreateRequest {
    OrganizationsCreateRequest::builder().organization_name("Acme")
}

/// A success body padded with `pad` bytes of an unknown field.
fn padded_success(pad: usize) -> String {
    let mut body = fixture("organizations_create");
    if let Some(object) = body.as_object_mut() {
        object.insert("padding".into(), "x".repeat(pad).into());
    }
    body.to_string()
}

#[tokio::test]
async fn a_response_beyond_the_default_cap_is_refused_not_buffered() {
    let server = MockServer::start_async().await;
    serve_body(&server, 200, padded_success(DEFAULT_MAX_RESPONSE_BYTES + 1)).await;

    let error = client(&server).organizations().create(create()).await.err();

    assert!(
        matches!(
            error,
            Some(Error::ResponseTooLarge { limit, status: Some(status) })
                if limit == DEFAULT_MAX_RESPONSE_BYTES && status.as_u16() == 200
        ),
        "{error:?}"
    );
}

#[tokio::test]
async fn the_cap_is_configurable_and_bounds_error_bodies_too()
-> Result<(), Box<dyn std::error::Error>> {
    let server = MockServer::start_async().await;
    let small = Client::builder(PROJECT_ID, SECRET)
        .base_url(server.base_url())
        .max_response_bytes(64 * 1024)
        .build()?;

    serve_body(&server, 200, padded_success(1024)).await;
    let created = small.organizations().create(create()).await?;
    assert_eq!(created.organization.organization_name, "Acme Co");

    let server = MockServer::start_async().await;
    let small = Client::builder(PROJECT_ID, SECRET)
        .base_url(server.base_url())
        .max_response_bytes(64 * 1024)
        .build()?;
    let error_body = serde_json::json!({
        "status_code": 400,
        "error_type": "bad_request",
        "error_message": "x".repeat(100 * 1024),
    });
    serve_body(&server, 400, error_body.to_string()).await;
    let error = small.organizations().create(create()).await.err();
    assert!(
        matches!(error, Some(Error::ResponseTooLarge { limit: 65536, .. })),
        "{error:?}"
    );
    Ok(())
}

#[tokio::test]
async fn transport_errors_do_not_show_the_request_url() {
    let email = "ada.lovelace@acme.example.com";
    let error = Client::builder(PROJECT_ID, SECRET)
        .base_url(refused_base_url())
        .build()
        .unwrap_or_else(|e| panic!("{e}"))
        .organizations()
        .members()
        .get()
        .organization_id("organization-test-1")
        .email_address(email)
        .await
        .err();

    assert!(matches!(error, Some(Error::Connect(_))), "{error:?}");
    let error = error.unwrap_or_else(|| unreachable!());
    let mut shown = vec![format!("{error:?}"), format!("{error}")];
    let mut source = std::error::Error::source(&error);
    while let Some(cause) = source {
        shown.push(format!("{cause:?}"));
        shown.push(cause.to_string());
        source = cause.source();
    }
    for text in shown {
        assert!(!text.contains("ada.lovelace"), "{text}");
        assert!(!text.contains("organization-test-1"), "{text}");
    }
}

#[tokio::test]
async fn dot_segments_are_refused_as_path_parameters() {
    let server = MockServer::start_async().await;
    let any = server
        .mock_async(|when, then| {
            when.any_request();
            then.status(200).body("{}");
        })
        .await;
    let client = client(&server);

    for dots in [".", ".."] {
        let result = client
            .organizations()
            .members()
            .delete()
            .organization_id("organization-test-1")
            .member_id(dots)
            .await;
        match result {
            Err(Error::InvalidRequest { field, message }) => {
                assert_eq!(field.as_deref(), Some("member_id"));
                assert_eq!(message, "path parameter member_id must not be `.` or `..`");
            }
            other => panic!("{dots:?}: expected InvalidRequest, got {other:?}"),
        }
        let result = client.organizations().get().organization_id(dots).await;
        assert!(
            matches!(&result, Err(Error::InvalidRequest { field: Some(f), .. }) if f == "organization_id"),
            "{result:?}"
        );
    }
    // Dots inside a value are ordinary characters.
    let _ = client.organizations().get().organization_id("a..b").await;
    assert_eq!(any.calls_async().await, 1);
}

#[tokio::test]
async fn backslashes_are_refused_as_path_parameters() {
    let server = MockServer::start_async().await;
    let any = server
        .mock_async(|when, then| {
            when.any_request();
            then.status(200).body("{}");
        })
        .await;
    let client = client(&server);

    // URL parsing reads `\` as `/`: `..\` would send DELETE /v1/b2b/organizations/{org}/.
    for value in ["..\\", "a\\b", "\\"] {
        let result = client
            .organizations()
            .members()
            .delete()
            .organization_id("organization-test-1")
            .member_id(value)
            .await;
        match result {
            Err(Error::InvalidRequest { field, message }) => {
                assert_eq!(field.as_deref(), Some("member_id"));
                assert_eq!(message, "path parameter member_id must not contain `\\`");
            }
            other => panic!("{value:?}: expected InvalidRequest, got {other:?}"),
        }
    }
    assert_eq!(any.calls_async().await, 0);
}

#[tokio::test]
async fn an_unexpected_answer_beyond_the_cap_keeps_its_status_and_start()
-> Result<(), Box<dyn std::error::Error>> {
    let server = MockServer::start_async().await;
    let page = format!("<html>moved{}</html>", " ".repeat(100 * 1024));
    server
        .mock_async(move |when, then| {
            when.method(POST).path("/v1/b2b/organizations");
            then.status(302)
                .header("content-type", "text/html")
                .body(page);
        })
        .await;
    let small = Client::builder(PROJECT_ID, SECRET)
        .base_url(server.base_url())
        .max_response_bytes(64 * 1024)
        .build()?;
    match small.organizations().create(create()).await {
        Err(Error::UnexpectedStatus {
            status,
            body_excerpt,
        }) => {
            assert_eq!(status.as_u16(), 302);
            assert!(body_excerpt.starts_with("<html>moved   "), "{body_excerpt}");
            assert!(body_excerpt.ends_with('…'), "{body_excerpt}");
        }
        other => panic!("expected UnexpectedStatus, got {other:?}"),
    }
    Ok(())
}

#[test]
fn an_http_client_that_cannot_be_built_keeps_its_cause() {
    // A TLS configuration reqwest cannot use: its build error is what the variant wraps.
    let cause = reqwest::Client::builder()
        .use_preconfigured_tls(())
        .build()
        .err();
    let Some(cause) = cause else {
        panic!("reqwest accepted a unit TLS configuration");
    };
    let cause_text = cause.to_string();
    let error = Error::HttpClient(cause);
    assert_eq!(error.to_string(), "cannot build the HTTP client");
    let source = std::error::Error::source(&error).map(ToString::to_string);
    assert_eq!(source.as_deref(), Some(cause_text.as_str()));
}

#[test]
fn the_generated_crate_has_no_constructor_that_unwraps() {
    let generated = include_str!("../../../stytch-b2b-api/src/generated.rs");
    assert!(
        !generated.contains("pub fn new(baseurl"),
        "progenitor's panicking Client::new is back"
    );
    assert!(!generated.contains("build().unwrap()"));
    assert!(generated.contains("pub fn new_with_client("));
}

#[tokio::test]
async fn a_member_session_that_cannot_be_a_header_is_refused_unsent_and_unechoed() {
    let server = MockServer::start_async().await;
    let any = server
        .mock_async(|when, then| {
            when.any_request();
            then.status(200).json_body(fixture("organizations_delete"));
        })
        .await;
    let error = client(&server)
        .organizations()
        .delete()
        .organization_id("organization-test-1")
        .member_session_token("session-token-\r\nX-Injected: yes")
        .await
        .err();
    assert!(
        matches!(&error, Some(Error::InvalidRequest { .. })),
        "{error:?}"
    );
    let shown = format!(
        "{error:?} {}",
        error.as_ref().map(ToString::to_string).unwrap_or_default()
    );
    assert!(!shown.contains("X-Injected"), "{shown}");
    assert_eq!(any.calls_async().await, 0);
}
