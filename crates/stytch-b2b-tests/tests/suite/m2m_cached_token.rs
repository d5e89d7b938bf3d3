//! `client.m2m().cached_token()`: the exact token request, reuse until the refresh margin,
//! single flight per key, one entry per client, scope set and secret, uncached failures
//! and the counters.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::{Duration, Instant, SystemTime};

use httpmock::{Method, Mock, MockServer};
use serde_json::json;
use stytch_b2b::m2m_local::{M2mAccessToken, M2mTokenCacheStats};
use stytch_b2b::{Error, ErrorType, SecretString};
use stytch_b2b_tests::PROJECT_ID;
use stytch_b2b_tests::expected_call::client;

const CLIENT_ID: &str = "m2m-client-test-d731954d-dab3-4a2b-bdee-07f3ad1be885";
/// A client secret with characters that form encoding must escape.
const CLIENT_SECRET: &str = "secret-test+/=AbC 123";
const ENCODED_SECRET: &str = "secret-test%2B%2F%3DAbC+123";

fn token_path() -> String {
    format!("/v1/public/{PROJECT_ID}/oauth2/token")
}

fn secret() -> SecretString {
    SecretString::from(CLIENT_SECRET)
}

/// The form body of a token request for `scope` (already form-encoded), fields in the
/// order the request type declares them.
fn form(secret: &str, scope: Option<&str>) -> String {
    let mut body =
        format!("client_id={CLIENT_ID}&client_secret={secret}&grant_type=client_credentials");
    if let Some(scope) = scope {
        body.push_str("&scope=");
        body.push_str(scope);
    }
    body
}

/// Answers exactly the token request with body `form`: form-encoded, no `Authorization`
/// header, no query; with `access_token` valid `expires_in` seconds, after `delay`.
async fn mock_token<'a>(
    server: &'a MockServer,
    form: String,
    access_token: &str,
    expires_in: i64,
    delay: Duration,
) -> Mock<'a> {
    let body =
        json!({"access_token": access_token, "expires_in": expires_in, "token_type": "bearer"});
    server
        .mock_async(move |when, then| {
            when.method(Method::POST)
                .path(token_path())
                .header("content-type", "application/x-www-form-urlencoded")
                .header_missing("authorization")
                .is_true(|request| request.query_param_length() == 0)
                .body(form);
            then.status(200).json_body(body).delay(delay);
        })
        .await
}

/// [`mock_token`] for the test secret and `scope`, answering at once with
/// `access_token` valid for an hour.
async fn mock_hour_token<'a>(
    server: &'a MockServer,
    scope: Option<&str>,
    access_token: &str,
) -> Mock<'a> {
    let form = form(ENCODED_SECRET, scope);
    mock_token(server, form, access_token, 3600, Duration::ZERO).await
}

/// Eight concurrent `read:invoices` token requests of `client`, in order.
async fn eight_at_once(
    client: &stytch_b2b::Client,
    secret: &SecretString,
) -> Vec<Result<M2mAccessToken, Error>> {
    let calls = (0..8).map(|_| {
        client
            .m2m()
            .cached_token(CLIENT_ID, secret, &["read:invoices"])
    });
    futures_util::future::join_all(calls).await
}

fn stats(fetches: u64, fetch_errors: u64, hits: u64, entries: usize) -> M2mTokenCacheStats {
    let mut stats = M2mTokenCacheStats::default();
    stats.fetches = fetches;
    stats.fetch_errors = fetch_errors;
    stats.hits = hits;
    stats.entries = entries;
    stats
}

#[tokio::test]
async fn the_second_call_is_served_from_the_cache() {
    let server = MockServer::start_async().await;
    let scope = Some("read%3Ainvoices+write%3Ainvoices");
    let mock = mock_hour_token(&server, scope, "token-1").await;
    let client = client(&server);

    let before = SystemTime::now();
    // Scopes are sent sorted, whatever order they are named in.
    let first = client
        .m2m()
        .cached_token(CLIENT_ID, &secret(), &["write:invoices", "read:invoices"])
        .await
        .unwrap();
    let after = SystemTime::now();
    let second = client
        .m2m()
        .cached_token(CLIENT_ID, &secret(), &["read:invoices write:invoices"])
        .await
        .unwrap();

    assert_eq!(mock.calls_async().await, 1);
    assert_eq!(first, second);
    assert_eq!(first.access_token.expose(), "token-1");
    assert_eq!(first.scopes, ["read:invoices", "write:invoices"]);
    let lifetime = Duration::from_secs(3600);
    assert!(first.expires_at >= before + lifetime && first.expires_at <= after + lifetime);
    assert_eq!(client.m2m().token_cache().stats(), stats(1, 0, 1, 1));
    // A clone of the client shares the cache.
    let clone = client.clone();
    clone
        .m2m()
        .cached_token(CLIENT_ID, &secret(), &["read:invoices", "write:invoices"])
        .await
        .unwrap();
    assert_eq!(mock.calls_async().await, 1);
    assert_eq!(client.m2m().token_cache().stats(), stats(1, 0, 2, 1));
}

#[tokio::test]
async fn no_scopes_sends_no_scope_parameter() {
    let server = MockServer::start_async().await;
    let mock = mock_hour_token(&server, None, "token-all").await;
    let token = client(&server)
        .m2m()
        .cached_token(CLIENT_ID, &secret(), &[])
        .await
        .unwrap();
    mock.assert_async().await;
    assert!(token.scopes.is_empty());
    assert_eq!(token.access_token.expose(), "token-all");
}

#[tokio::test]
async fn a_token_is_refetched_once_inside_its_refresh_margin() {
    let server = MockServer::start_async().await;
    // Three seconds of lifetime: reused for 2.7 s after its request was sent, a tenth
    // being the margin. Each reuse below follows its fetch at once, so it has 2.7 s of
    // slack on a loaded machine; the refetch waits from the end of the first fetch,
    // so it is past the margin whatever the delays.
    let mock = mock_token(
        &server,
        form(ENCODED_SECRET, Some("sync")),
        "short",
        3,
        Duration::ZERO,
    )
    .await;
    let client = client(&server);
    let m2m = client.m2m();
    let secret = secret();
    let sync = || m2m.cached_token(CLIENT_ID, &secret, &["sync"]);

    sync().await.unwrap();
    let fetched = Instant::now();
    sync().await.unwrap();
    assert_eq!(m2m.token_cache().stats(), stats(1, 0, 1, 1));

    let reuse_window = Duration::from_millis(2_700);
    tokio::time::sleep_until((fetched + reuse_window + Duration::from_millis(50)).into()).await;
    sync().await.unwrap();
    sync().await.unwrap();
    assert_eq!(m2m.token_cache().stats(), stats(2, 0, 2, 1));
    assert_eq!(mock.calls_async().await, 2);
}

#[tokio::test]
async fn concurrent_callers_share_one_request() {
    let server = MockServer::start_async().await;
    let mock = mock_token(
        &server,
        form(ENCODED_SECRET, Some("read%3Ainvoices")),
        "shared",
        3600,
        Duration::from_millis(300),
    )
    .await;
    let client = client(&server);
    let secret = secret();

    let tokens = eight_at_once(&client, &secret).await;

    assert_eq!(mock.calls_async().await, 1);
    for token in tokens {
        assert_eq!(token.unwrap().access_token.expose(), "shared");
    }
    assert_eq!(client.m2m().token_cache().stats(), stats(1, 0, 7, 1));
}

#[tokio::test]
async fn concurrent_callers_share_one_failure_and_a_later_call_fetches_again() {
    let server = MockServer::start_async().await;
    // An outage: the token endpoint answers slowly, then with a 500.
    let outage = server
        .mock_async(|when, then| {
            when.method(Method::POST)
                .path(token_path())
                .body(form(ENCODED_SECRET, Some("read%3Ainvoices")));
            then.status(500)
                .json_body(json!({
                    "status_code": 500,
                    "request_id": "request-id-test-outage",
                    "error_type": "internal_server_error",
                    "error_message": "Oops, something seems to have gone wrong.",
                    "error_url": "https://stytch.com/docs/api/errors/500"
                }))
                .delay(Duration::from_millis(300));
        })
        .await;
    let client = client(&server);
    let secret = secret();

    let errors: Vec<Error> = eight_at_once(&client, &secret)
        .await
        .into_iter()
        .map(Result::unwrap_err)
        .collect();

    // One request; its failure is every waiting caller's, not a request of each.
    assert_eq!(outage.calls_async().await, 1);
    assert_eq!(errors.len(), 8);
    for error in &errors {
        let Error::M2mTokenUnavailable(shared) = error else {
            panic!("{error:?}");
        };
        // The very same failure, seen through by the classifiers.
        let Error::M2mTokenUnavailable(first) = &errors[0] else {
            unreachable!()
        };
        assert!(std::ptr::eq(shared.cause(), first.cause()));
        assert_eq!(error.status().map(|s| s.as_u16()), Some(500));
        assert_eq!(error.request_id(), Some("request-id-test-outage"));
        assert_eq!(error.to_string(), shared.cause().to_string());
    }
    assert_eq!(client.m2m().token_cache().stats(), stats(1, 1, 0, 1));

    // A call made after the failure is not handed it: it sends its own request.
    let later = client
        .m2m()
        .cached_token(CLIENT_ID, &secret, &["read:invoices"])
        .await
        .unwrap_err();
    assert_eq!(later.status().map(|s| s.as_u16()), Some(500));
    assert_eq!(outage.calls_async().await, 2);
    assert_eq!(client.m2m().token_cache().stats(), stats(2, 2, 0, 1));

    // Once Stytch is back, the next call gets a token.
    outage.delete_async().await;
    let back = mock_hour_token(&server, Some("read%3Ainvoices"), "after-the-outage").await;
    let token = client
        .m2m()
        .cached_token(CLIENT_ID, &secret, &["read:invoices"])
        .await
        .unwrap();
    assert_eq!(token.access_token.expose(), "after-the-outage");
    assert_eq!(back.calls_async().await, 1);
}

#[tokio::test]
async fn each_scope_set_and_secret_has_its_own_entry() {
    let server = MockServer::start_async().await;
    let read = mock_hour_token(&server, Some("read%3Ainvoices"), "t-read").await;
    let write = mock_hour_token(&server, Some("write%3Ainvoices"), "t-write").await;
    let both = mock_hour_token(&server, Some("read%3Ainvoices+write%3Ainvoices"), "t-both").await;
    let rotated = mock_token(
        &server,
        form("secret-test-next", Some("read%3Ainvoices")),
        "t-rotated",
        3600,
        Duration::ZERO,
    )
    .await;
    let client = client(&server);
    let m2m = client.m2m();
    let next = SecretString::from("secret-test-next");

    for _ in 0..2 {
        let got = [
            m2m.cached_token(CLIENT_ID, &secret(), &["read:invoices"])
                .await,
            m2m.cached_token(CLIENT_ID, &secret(), &["write:invoices"])
                .await,
            m2m.cached_token(
                CLIENT_ID,
                &secret(),
                &["write:invoices", "read:invoices", "read:invoices"],
            )
            .await,
            m2m.cached_token(CLIENT_ID, &next, &["read:invoices"]).await,
        ];
        let got: Vec<String> = got
            .into_iter()
            .map(|token| token.unwrap().access_token.into_inner())
            .collect();
        assert_eq!(got, ["t-read", "t-write", "t-both", "t-rotated"]);
    }
    for mock in [&read, &write, &both, &rotated] {
        assert_eq!(mock.calls_async().await, 1);
    }
    assert_eq!(m2m.token_cache().stats(), stats(4, 0, 4, 4));

    m2m.token_cache().clear();
    m2m.cached_token(CLIENT_ID, &secret(), &["read:invoices"])
        .await
        .unwrap();
    assert_eq!(read.calls_async().await, 2);
}

#[tokio::test]
async fn failures_are_not_cached_and_a_wrong_secret_gets_no_cached_token() {
    let server = MockServer::start_async().await;
    let good = mock_hour_token(&server, None, "t-good").await;
    let refused = server
        .mock_async(|when, then| {
            when.method(Method::POST)
                .path(token_path())
                .body(form("secret-test-wrong", None));
            then.status(401).json_body(json!({
                "error": "invalid_client",
                "error_description": "Client authentication failed.",
                "status_code": 401
            }));
        })
        .await;
    let client = client(&server);
    let m2m = client.m2m();
    let wrong = SecretString::from("secret-test-wrong");

    m2m.cached_token(CLIENT_ID, &secret(), &[]).await.unwrap();
    for _ in 0..2 {
        let error = m2m.cached_token(CLIENT_ID, &wrong, &[]).await.unwrap_err();
        assert!(
            matches!(
                &error,
                Error::M2mTokenUnavailable(shared)
                    if matches!(shared.cause(), Error::Api(api) if api.error_type == ErrorType::InvalidClient)
            ),
            "{error:?}"
        );
        assert_eq!(error.error_type(), Some(&ErrorType::InvalidClient));
        // Neither the wrong secret nor the right one appears in the error.
        let shown = format!("{error:?} {error}");
        assert!(!shown.contains("secret-test"), "{shown}");
    }
    assert_eq!(refused.calls_async().await, 2);
    assert_eq!(good.calls_async().await, 1);
    assert_eq!(m2m.token_cache().stats(), stats(3, 2, 0, 2));
}

#[tokio::test]
async fn debug_output_shows_no_token_and_no_secret() {
    let server = MockServer::start_async().await;
    mock_hour_token(&server, None, "eyJhbGciOiJSUzI1NiJ9.e30.c2ln").await;
    let client = client(&server);
    let token = client
        .m2m()
        .cached_token(CLIENT_ID, &secret(), &[])
        .await
        .unwrap();
    let shown = format!("{token:?} {:?} {client:?}", client.m2m().token_cache());
    assert!(!shown.contains("eyJ"), "{shown}");
    assert!(!shown.contains("secret-test"), "{shown}");
    assert!(shown.contains("[redacted]"), "{shown}");
}
