//! Client configuration: environment detection, base URL override, a caller-supplied
//! HTTP client, invalid settings, and the thread-safety the client promises.

use std::time::Duration;

use httpmock::prelude::*;
use stytch_b2b::{
    Client, DEFAULT_CONNECT_TIMEOUT, DEFAULT_TIMEOUT, Environment, Error, FRAUD_BASE_URL,
    LIVE_BASE_URL, TEST_BASE_URL, USER_AGENT,
};
use stytch_b2b_tests::expected_call::{client, fixture};
use stytch_b2b_tests::{PROJECT_ID, SECRET, basic_auth_header, generated_client};

/// `Client` is shared across request handlers and tasks.
const _: fn() = || {
    fn shareable<T: Clone + Send + Sync + 'static>() {}
    shareable::<Client>();
};

fn build(builder: stytch_b2b::ClientBuilder) -> Client {
    builder
        .build()
        .unwrap_or_else(|e| panic!("client does not build: {e}"))
}

#[test]
fn live_project_ids_talk_to_the_live_api() {
    let client = Client::new("project-live-c60c0abe-c25a-4472-a9ed-320c6667d317", SECRET)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(client.base_url(), "https://api.stytch.com");
    assert_eq!(client.base_url(), LIVE_BASE_URL);
}

#[test]
fn other_project_ids_talk_to_the_test_api() {
    for project_id in [PROJECT_ID, "project-tes-live-1", "live-project-1", ""] {
        let client = Client::new(project_id, SECRET).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            client.base_url(),
            "https://test.stytch.com",
            "{project_id:?}"
        );
        assert_eq!(client.base_url(), TEST_BASE_URL);
        assert_eq!(client.project_id(), project_id);
    }
    assert_eq!(Environment::of_project("project-live-1"), Environment::Live);
    assert_eq!(Environment::of_project(PROJECT_ID), Environment::Test);
}

#[test]
fn defaults_are_documented_values() {
    assert_eq!(DEFAULT_TIMEOUT, Duration::from_secs(31));
    assert_eq!(DEFAULT_CONNECT_TIMEOUT, Duration::from_secs(10));
    assert_eq!(
        USER_AGENT,
        concat!("stytch-b2b-rust/", env!("CARGO_PKG_VERSION"))
    );
}

#[tokio::test]
async fn base_url_override_keeps_its_path_prefix_and_drops_the_trailing_slash() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/auth/stytch/v1/b2b/organizations/organization-test-1")
                .header("authorization", basic_auth_header());
            then.status(200).json_body(fixture("organizations_get"));
        })
        .await;
    let client = build(
        Client::builder(PROJECT_ID, SECRET)
            .base_url(format!("{}/auth/stytch//", server.base_url())),
    );

    assert_eq!(
        client.base_url(),
        format!("{}/auth/stytch", server.base_url())
    );
    let response = client
        .organizations()
        .get()
        .organization_id("organization-test-1")
        .await
        .unwrap_or_else(|e| panic!("{e}"));

    mock.assert_async().await;
    assert_eq!(response.organization.organization_slug, "acme-co");
}

#[test]
fn base_url_override_wins_over_the_environment() {
    let client = build(
        Client::builder("project-live-c60c0abe", SECRET).base_url("https://login.example.com/"),
    );
    assert_eq!(client.base_url(), "https://login.example.com");
}

#[test]
fn fraud_calls_go_to_the_fraud_host_in_both_environments_unless_overridden() {
    for project_id in [PROJECT_ID, "project-live-c60c0abe"] {
        let client = Client::new(project_id, SECRET).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(client.fraud_base_url(), "https://telemetry.stytch.com");
        assert_eq!(client.fraud_base_url(), FRAUD_BASE_URL);
    }
    // Overriding the API's base URL leaves the fraud host alone, and the other way round.
    let api_only = build(Client::builder(PROJECT_ID, SECRET).base_url("https://login.example.com"));
    assert_eq!(api_only.fraud_base_url(), FRAUD_BASE_URL);
    let fraud_only =
        build(Client::builder(PROJECT_ID, SECRET).fraud_base_url("https://fraud.example.com/v/"));
    assert_eq!(fraud_only.fraud_base_url(), "https://fraud.example.com/v");
    assert_eq!(fraud_only.base_url(), TEST_BASE_URL);
    assert!(
        format!("{fraud_only:?}").contains("fraud_base_url: \"https://fraud.example.com/v\""),
        "{fraud_only:?}"
    );
}

#[test]
fn the_fraud_host_follows_the_base_url_rules() {
    for url in [
        "http://fraud.example.com",
        "https://user:pass@fraud.example.com",
        "fraud.example.com",
        "",
    ] {
        let result = Client::builder(PROJECT_ID, SECRET)
            .fraud_base_url(url)
            .build();
        let error = result.err();
        assert!(
            matches!(error, Some(Error::Config(_))),
            "{url:?}: {error:?}"
        );
        assert!(!format!("{error:?}").contains("pass@"), "{error:?}");
    }
    let local = build(Client::builder(PROJECT_ID, SECRET).fraud_base_url("http://127.0.0.1:8787"));
    assert_eq!(local.fraud_base_url(), "http://127.0.0.1:8787");
}

#[test]
fn unusable_base_urls_are_config_errors() {
    for url in [
        "login.example.com",
        "ftp://login.example.com",
        "https://login.example.com/?tenant=1",
        "",
    ] {
        let result = Client::builder(PROJECT_ID, SECRET).base_url(url).build();
        assert!(
            matches!(result, Err(Error::Config(_))),
            "{url:?}: {result:?}"
        );
    }
}

#[tokio::test]
async fn caller_supplied_http_client_still_sends_auth_and_user_agent() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/v1/b2b/sso/organization-test-1")
                .header("authorization", basic_auth_header())
                .header("user-agent", USER_AGENT)
                .header("x-corporate-proxy", "yes");
            then.status(200).json_body(fixture("sso_get_connections"));
        })
        .await;
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(
        "x-corporate-proxy",
        reqwest::header::HeaderValue::from_static("yes"),
    );
    let http = reqwest::Client::builder()
        .user_agent("some-other-agent/1.0")
        .default_headers(headers)
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    let client = build(
        Client::builder(PROJECT_ID, SECRET)
            .base_url(server.base_url())
            .http_client(http),
    );

    let response = client
        .sso()
        .get_connections()
        .organization_id("organization-test-1")
        .await
        .unwrap_or_else(|e| panic!("{e}"));

    mock.assert_async().await;
    assert_eq!(response.saml_connections.len(), 1);
}

/// With `Client::api()` gone every call goes through the ergonomic client's one
/// transport path; it and the generated low-level client authenticate alike.
#[tokio::test]
async fn the_ergonomic_call_and_the_low_level_client_share_authentication() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/v1/b2b/organizations/organization-test-1")
                .header("authorization", basic_auth_header())
                .header("user-agent", USER_AGENT);
            then.status(200).json_body(fixture("organizations_get"));
        })
        .await;
    let low_level = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/v1/b2b/organizations/organization-test-1")
                .header("authorization", basic_auth_header())
                .header("user-agent", "stytch-b2b-tests");
            then.status(200).json_body(fixture("organizations_get"));
        })
        .await;

    client(&server)
        .organizations()
        .get()
        .organization_id("organization-test-1")
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    generated_client(&server.base_url())
        .organizations_get()
        .organization_id("organization-test-1")
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));

    mock.assert_async().await;
    low_level.assert_async().await;
}

#[tokio::test]
async fn clones_share_configuration_and_calls_run_on_spawned_tasks() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/v1/b2b/organizations/organization-test-1");
            then.status(200).json_body(fixture("organizations_get"));
        })
        .await;
    let client = client(&server);

    let tasks: Vec<_> = (0..4)
        .map(|_| {
            let client = client.clone();
            // Spawning requires every call future to be `Send`.
            tokio::spawn(async move {
                client
                    .organizations()
                    .get()
                    .organization_id("organization-test-1")
                    .await
                    .map(|r| r.organization.organization_id)
            })
        })
        .collect();
    for task in tasks {
        let id = task
            .await
            .unwrap_or_else(|e| panic!("task failed: {e}"))
            .unwrap_or_else(|e| panic!("call failed: {e}"));
        assert_eq!(id, "organization-test-07971b06-ac8b-4cdb-9c15-63b17e653931");
    }

    assert_eq!(mock.calls_async().await, 4);
    assert_eq!(client.clone().base_url(), client.base_url());
}
