//! Unknown key ids during one JWKS fetch (issue 13, item 6a): of N concurrent
//! verifications naming keys the set lacks, only the one whose request it was may fall
//! back to the API, whether the fetch succeeds or fails; the others wait for it and stay
//! local.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;
use std::time::Duration;

use crate::jwt_support::*;
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use httpmock::prelude::*;
use serde_json::json;
use stytch_b2b::jwt::{JwtConfig, JwtError, JwtVerifier};
use stytch_b2b::testkit::jwks_json;
use stytch_b2b::{Client, Error, JwtAuthentication};
use stytch_b2b_tests::expected_call::fixture;

/// Concurrent verifications per test.
const N: usize = 40;
/// How long the JWKS endpoint takes, long enough for every verification to queue up.
const FETCH_DELAY: Duration = Duration::from_millis(400);

/// A token naming `kid`, with a meaningless signature (the `kid` is looked up first). Its
/// issuer is the mock server's base URL, the client's custom base URL.
fn forged(kid: &str, issuer: &str) -> String {
    let header = json!({"alg": "RS256", "typ": "JWT", "kid": kid}).to_string();
    let payload = serde_json::Value::Object(session_jwt().issuer(issuer).payload_json());
    format!(
        "{}.{}.{}",
        URL_SAFE_NO_PAD.encode(header),
        URL_SAFE_NO_PAD.encode(payload.to_string()),
        URL_SAFE_NO_PAD.encode([7u8; 256])
    )
}

/// Verifies N forged tokens at once with `verifier`, each naming its own invented key.
async fn flood(verifier: &Arc<JwtVerifier>) -> Vec<JwtError> {
    let mut tasks = tokio::task::JoinSet::new();
    for i in 0..N {
        let verifier = Arc::clone(verifier);
        let token = forged(&format!("jwk-invented-{i}"), ISSUER);
        tasks.spawn(async move { verifier.verify(&token, &options()).await.map(|_| ()) });
    }
    tasks
        .join_all()
        .await
        .into_iter()
        .map(|result| result.expect_err("a forged token must be rejected"))
        .collect()
}

fn fallbacks(errors: &[JwtError]) -> usize {
    errors.iter().filter(|e| e.allows_remote_fallback()).count()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_refetch_allows_one_fallback() {
    let server = MockServer::start_async().await;
    let jwks = mock_jwks_delayed(&server, FETCH_DELAY, &jwks_json(&[key_a()])).await;
    let verifier = Arc::new(verifier_for(&server, &uncached()));
    // A loaded set, fetched long enough ago that an unknown kid may refetch it.
    verifier
        .jwks()
        .preload_json(&jwks_json(&[key_a()]))
        .unwrap();

    let errors = flood(&verifier).await;

    assert_eq!(jwks.calls_async().await, 1, "single flight");
    assert_eq!(fallbacks(&errors), 1, "{errors:?}");
    for error in &errors {
        assert!(matches!(error, JwtError::UnknownKeyId { .. }), "{error:?}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_failed_refetch_allows_one_fallback() {
    let server = MockServer::start_async().await;
    let failing = server
        .mock_async(|when, then| {
            when.method(GET).path(jwks_path());
            then.status(503).body("{}").delay(FETCH_DELAY);
        })
        .await;
    let verifier = Arc::new(verifier_for(&server, &uncached()));
    verifier
        .jwks()
        .preload_json(&jwks_json(&[key_a()]))
        .unwrap();

    let errors = flood(&verifier).await;

    assert_eq!(failing.calls_async().await, 1, "single flight");
    assert_eq!(fallbacks(&errors), 1, "{errors:?}");
    let unavailable = errors
        .iter()
        .filter(|e| matches!(e, JwtError::JwksUnavailable(_)))
        .count();
    assert_eq!(unavailable, 1, "{errors:?}");
    // The known key still verifies locally, and a new unknown kid inside the cooldown
    // stays local too.
    let genuine = session_jwt().sign(key_a()).unwrap();
    assert!(verifier.verify(&genuine, &options()).await.is_ok());
    let late = verifier
        .verify(&forged("jwk-invented-late", ISSUER), &options())
        .await
        .unwrap_err();
    assert_eq!(
        late,
        JwtError::UnknownKeyId {
            kid: "jwk-invented-late".into(),
            refetched: false
        }
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_any_key_set_every_token_may_fall_back() {
    // Cold start with the JWKS endpoint down: nothing can be verified locally, so the
    // API is the only judge (documented; `build_and_warm_up` catches it at start-up).
    let server = MockServer::start_async().await;
    let _failing = server
        .mock_async(|when, then| {
            when.method(GET).path(jwks_path());
            then.status(503).body("{}").delay(FETCH_DELAY);
        })
        .await;
    let verifier = Arc::new(verifier_for(&server, &uncached()));
    let errors = flood(&verifier).await;
    assert_eq!(fallbacks(&errors), N, "{errors:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn authenticate_jwt_sends_one_forged_token_per_fetch_to_the_api() {
    let server = MockServer::start_async().await;
    let _jwks = mock_jwks_delayed(&server, FETCH_DELAY, &jwks_json(&[key_a()])).await;
    let authenticate = server
        .mock_async(|when, then| {
            when.method(POST).path("/v1/b2b/sessions/authenticate");
            then.status(200).json_body(fixture("sessions_authenticate"));
        })
        .await;
    let client: Client = stytch_b2b_tests::expected_call::client(&server);
    // Lazy: the first verifications load the key set, one request for all of them.
    let mut tasks = tokio::task::JoinSet::new();
    for i in 0..N {
        let client = client.clone();
        let token = forged(&format!("jwk-invented-{i}"), &server.base_url());
        tasks.spawn(async move { client.sessions().authenticate_jwt(&token, &options()).await });
    }
    let outcomes = tasks.join_all().await;

    assert_eq!(authenticate.calls_async().await, 1, "one API call, not {N}");
    let remote = outcomes
        .iter()
        .filter(|o| matches!(o, Ok(JwtAuthentication::Remote { .. })))
        .count();
    assert_eq!(remote, 1);
    for outcome in &outcomes {
        match outcome {
            Ok(JwtAuthentication::Remote {
                fallback_reason, ..
            }) => assert!(matches!(
                fallback_reason,
                JwtError::UnknownKeyId {
                    refetched: true,
                    ..
                }
            )),
            Err(Error::Jwt(JwtError::UnknownKeyId {
                refetched: false, ..
            })) => {}
            other => panic!("unexpected {other:?}"),
        }
    }
    assert_eq!(client.sessions().jwks().stats().fetches, 1);
}

#[tokio::test]
async fn the_triggering_verification_still_falls_back_after_a_rotation_it_cannot_see() {
    // One verification alone keeps the old behaviour: its own refetch lacks the key, so
    // the API may know better.
    let server = MockServer::start_async().await;
    let _jwks = mock_jwks(&server, 200, &jwks_json(&[key_a()])).await;
    let verifier = verifier_for(&server, &JwtConfig::default().with_token_cache_capacity(0));
    verifier
        .jwks()
        .preload_json(&jwks_json(&[key_a()]))
        .unwrap();
    let error = verifier
        .verify(&session_jwt().sign(key_b()).unwrap(), &options())
        .await
        .unwrap_err();
    assert_eq!(
        error,
        JwtError::UnknownKeyId {
            kid: key_b().kid().into(),
            refetched: true
        }
    );
}
