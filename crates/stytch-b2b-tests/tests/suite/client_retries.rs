//! The opt-in retry policy: which failures are sent again, how often, and that
//! nothing is retried when the policy is off. Attempts are counted by the mock server
//! (or, where no server answers, by the DNS lookups of each attempt).

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use httpmock::prelude::*;
use httpmock::{HttpMockResponse, Mock};
use reqwest::dns::{Addrs, Name, Resolve, Resolving};
use serde_json::json;
use stytch_b2b::organizations::OrganizationsSearchRequest;
use stytch_b2b::sessions::SessionsAuthenticateRequest;
use stytch_b2b::{Client, Error, RetryPolicy};
use stytch_b2b_tests::expected_call::{client, fixture};
use stytch_b2b_tests::{PROJECT_ID, SECRET, SESSION_TOKEN};

fn ms(millis: u64) -> Duration {
    Duration::from_millis(millis)
}

/// Fast backoff so the tests do not wait.
fn quick_retries() -> RetryPolicy {
    RetryPolicy::standard()
        .initial_backoff(ms(1))
        .max_backoff(ms(5))
}

fn client_with(base_url: &str, policy: RetryPolicy) -> Client {
    Client::builder(PROJECT_ID, SECRET)
        .base_url(base_url)
        .retry_policy(policy)
        .build()
        .unwrap_or_else(|e| panic!("test client does not build: {e}"))
}

fn request() -> stytch_b2b::types::builder::SessionsAuthenticateRequest {
    SessionsAuthenticateRequest::builder()
        .session_token(SESSION_TOKEN.to_owned())
        .session_duration_minutes(0)
}

fn unavailable() -> HttpMockResponse {
    HttpMockResponse::builder()
        .status(503)
        .header("content-type", "text/html")
        .body("<html><body>503 Service Unavailable</body></html>")
        .build()
}

fn rate_limited(retry_after: &str) -> HttpMockResponse {
    HttpMockResponse::builder()
        .status(429)
        .header("content-type", "application/json")
        .header("retry-after", retry_after)
        .body(
            json!({
                "status_code": 429,
                "request_id": "request-id-test-429",
                "error_type": "too_many_requests",
                "error_message": "Too many requests have been made."
            })
            .to_string(),
        )
        .build()
}

fn json_response(status: u16, body: &serde_json::Value) -> HttpMockResponse {
    HttpMockResponse::builder()
        .status(status)
        .header("content-type", "application/json")
        .body(body.to_string())
        .build()
}

/// Answers `POST /v1/b2b/sessions/authenticate` (only with the exact body every
/// attempt must repeat) with `failures` in order, then with success.
async fn failing_then_ok(server: &MockServer, failures: Vec<HttpMockResponse>) -> Mock<'_> {
    let answered = Arc::new(AtomicUsize::new(0));
    let success = json_response(200, &fixture("sessions_authenticate"));
    server
        .mock_async(move |when, then| {
            when.method(POST)
                .path("/v1/b2b/sessions/authenticate")
                .json_body(json!({"session_token": SESSION_TOKEN, "session_duration_minutes": 0}));
            then.respond_with(move |_| {
                let n = answered.fetch_add(1, Ordering::SeqCst);
                failures.get(n).cloned().unwrap_or_else(|| success.clone())
            });
        })
        .await
}

/// An idempotent POST (a search), which may be repeated after a `503`.
fn search() -> stytch_b2b::types::builder::OrganizationsSearchRequest {
    OrganizationsSearchRequest::builder().limit(0)
}

/// Answers `POST /v1/b2b/organizations/search` (only with the exact body every
/// attempt must repeat) with `failures` in order, then with success.
async fn search_failing_then_ok(server: &MockServer, failures: Vec<HttpMockResponse>) -> Mock<'_> {
    let answered = Arc::new(AtomicUsize::new(0));
    let success = json_response(200, &fixture("organizations_search"));
    server
        .mock_async(move |when, then| {
            when.method(POST)
                .path("/v1/b2b/organizations/search")
                .json_body(json!({"limit": 0}));
            then.respond_with(move |_| {
                let n = answered.fetch_add(1, Ordering::SeqCst);
                failures.get(n).cloned().unwrap_or_else(|| success.clone())
            });
        })
        .await
}

/// Answers every `POST /v1/b2b/sessions/authenticate` with `response`.
async fn always<'a>(server: &'a MockServer, response: HttpMockResponse) -> Mock<'a> {
    server
        .mock_async(move |when, then| {
            when.method(POST).path("/v1/b2b/sessions/authenticate");
            then.respond_with(move |_| response.clone());
        })
        .await
}

#[tokio::test]
async fn unavailable_then_success_is_retried_once_for_an_idempotent_operation() {
    let server = MockServer::start_async().await;
    let mock = search_failing_then_ok(&server, vec![unavailable()]).await;

    let response = client_with(&server.base_url(), quick_retries())
        .organizations()
        .search(search())
        .await
        .unwrap_or_else(|e| panic!("the retry should have succeeded: {e}"));

    assert_eq!(mock.calls_async().await, 2);
    assert_eq!(
        response.request_id,
        fixture("organizations_search")["request_id"]
    );
}

#[tokio::test]
async fn unavailable_then_success_is_retried_once_for_a_get() {
    let server = MockServer::start_async().await;
    let answered = Arc::new(AtomicUsize::new(0));
    let success = json_response(200, &fixture("organizations_get"));
    let mock = server
        .mock_async(move |when, then| {
            when.method(GET)
                .path("/v1/b2b/organizations/organization-test-1");
            then.respond_with(move |_| {
                if answered.fetch_add(1, Ordering::SeqCst) == 0 {
                    unavailable()
                } else {
                    success.clone()
                }
            });
        })
        .await;

    let response = client_with(&server.base_url(), quick_retries())
        .organizations()
        .get()
        .organization_id("organization-test-1")
        .await;

    assert!(response.is_ok(), "{response:?}");
    assert_eq!(mock.calls_async().await, 2);
}

#[tokio::test]
async fn unavailable_is_not_retried_for_an_operation_that_may_have_acted() {
    // A session authenticate (like an email send or a create) answered 503 may have
    // taken effect; sending it again could act twice.
    let server = MockServer::start_async().await;
    let mock = always(&server, unavailable()).await;

    let error = client_with(&server.base_url(), quick_retries())
        .sessions()
        .authenticate(request())
        .await
        .err();

    assert_eq!(mock.calls_async().await, 1);
    let error = error.unwrap_or_else(|| panic!("the 503 should have been returned"));
    assert_eq!(error.status().map(|s| s.as_u16()), Some(503));
    assert!(!error.is_retryable());
    assert!(error.is_retryable_if_idempotent());
}

#[tokio::test]
async fn rate_limit_waits_for_retry_after() {
    let server = MockServer::start_async().await;
    let mock = failing_then_ok(&server, vec![rate_limited("1")]).await;
    let started = Instant::now();

    let result = client_with(&server.base_url(), quick_retries())
        .sessions()
        .authenticate(request())
        .await;

    assert!(result.is_ok(), "{result:?}");
    assert_eq!(mock.calls_async().await, 2);
    // The backoff alone is at most 5 ms; only Retry-After explains a 1 s wait.
    assert!(
        started.elapsed() >= Duration::from_secs(1),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn retry_after_beyond_the_time_budget_is_not_waited_for() {
    let server = MockServer::start_async().await;
    let mock = failing_then_ok(&server, vec![rate_limited("3")]).await;

    let error = client_with(&server.base_url(), quick_retries().max_elapsed(ms(500)))
        .sessions()
        .authenticate(request())
        .await
        .err()
        .unwrap_or_else(|| panic!("the 429 should have been returned"));

    assert_eq!(mock.calls_async().await, 1);
    assert_eq!(error.status().map(|s| s.as_u16()), Some(429));
    assert_eq!(error.retry_after(), Some(Duration::from_secs(3)));
}

#[tokio::test]
async fn attempts_stop_at_the_maximum() {
    let server = MockServer::start_async().await;
    let mock = search_failing_then_ok(&server, vec![unavailable(); 5]).await;

    let error = client_with(&server.base_url(), quick_retries())
        .organizations()
        .search(search())
        .await
        .err()
        .unwrap_or_else(|| panic!("every attempt failed"));

    assert_eq!(mock.calls_async().await, 3);
    assert!(matches!(error, Error::Decode { .. }), "{error:?}");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(503));
}

#[tokio::test]
async fn a_larger_maximum_is_honoured() {
    let server = MockServer::start_async().await;
    let mock = always(&server, rate_limited("0")).await;

    let error = client_with(&server.base_url(), quick_retries().max_attempts(5))
        .sessions()
        .authenticate(request())
        .await
        .err();

    assert_eq!(mock.calls_async().await, 5);
    assert_eq!(
        error.and_then(|e| e.status()).map(|s| s.as_u16()),
        Some(429)
    );
}

#[tokio::test]
async fn nothing_is_retried_when_the_policy_is_off() {
    let server = MockServer::start_async().await;
    let mock = always(&server, unavailable()).await;
    let client = client(&server);

    let error = client.sessions().authenticate(request()).await.err();

    assert_eq!(mock.calls_async().await, 1);
    assert_eq!(
        error.and_then(|e| e.status()).map(|s| s.as_u16()),
        Some(503)
    );
}

#[tokio::test]
async fn server_errors_other_than_503_are_not_retried() {
    let server = MockServer::start_async().await;
    let mock = always(
        &server,
        json_response(
            500,
            &json!({
                "status_code": 500,
                "request_id": "request-id-test-500",
                "error_type": "internal_server_error",
                "error_message": "Oops, something seems to have gone wrong."
            }),
        ),
    )
    .await;

    let error = client_with(&server.base_url(), quick_retries())
        .sessions()
        .authenticate(request())
        .await
        .err();

    assert_eq!(mock.calls_async().await, 1);
    assert_eq!(
        error.and_then(|e| e.status()).map(|s| s.as_u16()),
        Some(500)
    );
}

#[tokio::test]
async fn timeouts_are_not_retried() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(POST).path("/v1/b2b/sessions/authenticate");
            then.status(200)
                .delay(Duration::from_secs(2))
                .json_body(fixture("sessions_authenticate"));
        })
        .await;
    let client = Client::builder(PROJECT_ID, SECRET)
        .base_url(server.base_url())
        .timeout(ms(200))
        .retry_policy(quick_retries())
        .build()
        .unwrap_or_else(|e| panic!("{e}"));

    let error = client.sessions().authenticate(request()).await.err();

    assert!(error.as_ref().is_some_and(Error::is_timeout), "{error:?}");
    assert_eq!(mock.calls_async().await, 1);
}

/// Resolves every name to one address and counts the lookups: the connection is
/// never established, so each attempt resolves anew and the count is the number of
/// attempts.
#[derive(Debug)]
struct CountingResolver {
    address: SocketAddr,
    lookups: Arc<AtomicUsize>,
}

impl Resolve for CountingResolver {
    fn resolve(&self, _name: Name) -> Resolving {
        self.lookups.fetch_add(1, Ordering::SeqCst);
        let addresses: Addrs = Box::new(std::iter::once(self.address));
        Box::pin(async move { Ok(addresses) })
    }
}

#[tokio::test]
async fn refused_connections_are_retried() {
    let address = stytch_b2b_tests::unused_loopback_address();
    let lookups = Arc::new(AtomicUsize::new(0));
    let http = reqwest::Client::builder()
        .dns_resolver(CountingResolver {
            address,
            lookups: Arc::clone(&lookups),
        })
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    let client = Client::builder(PROJECT_ID, SECRET)
        .base_url(format!("https://api.stytch.invalid:{}", address.port()))
        .http_client(http)
        .retry_policy(quick_retries())
        .build()
        .unwrap_or_else(|e| panic!("{e}"));

    let error = client.sessions().authenticate(request()).await.err();

    assert!(error.as_ref().is_some_and(Error::is_connect), "{error:?}");
    assert_eq!(lookups.load(Ordering::SeqCst), 3);
}
