//! The JWKS manager: lazy and eager loading, rotation, single-flight refetch with cooldown,
//! stale-if-error, cold-start failures, background refresh, and tolerant key parsing.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;
use std::time::Duration;

use crate::jwt_support::*;
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use httpmock::prelude::*;
use serde_json::json;
use stytch_b2b::jwt::{JwksError, JwksManager, JwtConfig, JwtError, JwtVerifier};
use stytch_b2b::testkit::{jwks_json, jwks_json_from};

async fn verify(verifier: &JwtVerifier, token: &str) -> Result<(), JwtError> {
    verifier.verify(token, &options()).await.map(|_| ())
}

fn token_a() -> String {
    session_jwt().sign(key_a()).unwrap()
}

fn token_b() -> String {
    session_jwt().sign(key_b()).unwrap()
}

/// A token naming `kid` with a well-encoded but meaningless signature: the `kid` is looked
/// up before the signature is checked.
fn token_with_kid(kid: &str) -> String {
    let header = json!({"alg": "RS256", "typ": "JWT", "kid": kid}).to_string();
    let payload = serde_json::Value::Object(session_jwt().payload_json()).to_string();
    format!(
        "{}.{}.{}",
        URL_SAFE_NO_PAD.encode(header),
        URL_SAFE_NO_PAD.encode(payload),
        URL_SAFE_NO_PAD.encode([7u8; 256])
    )
}

/// Polls `condition` until it holds, for at most ten seconds.
async fn eventually(mut condition: impl FnMut() -> bool) {
    for _ in 0..1_000 {
        if condition() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("condition not reached within ten seconds");
}

#[tokio::test]
async fn first_fetch_is_lazy_authenticated_and_happens_once() {
    let server = MockServer::start_async().await;
    let mock = mock_jwks(&server, 200, &jwks_json(&[key_a()])).await;
    let verifier = verifier_for(&server, &uncached());
    assert_eq!(verifier.jwks().url(), server.url(jwks_path()));
    assert_eq!(verifier.jwks().stats().fetches, 0);
    assert_eq!(mock.calls_async().await, 0);

    assert_eq!(verify(&verifier, &token_a()).await, Ok(()));
    assert_eq!(
        verify(
            &verifier,
            &session_jwt()
                .member_id("member-test-2")
                .sign(key_a())
                .unwrap()
        )
        .await,
        Ok(())
    );

    // The mock only answers GET on the project's path with Basic auth and Accept: JSON.
    assert_eq!(mock.calls_async().await, 1);
    let stats = verifier.jwks().stats();
    assert_eq!((stats.fetches, stats.fetch_failures, stats.keys), (1, 0, 1));
    assert!(stats.key_set_age.is_some());
}

#[tokio::test]
async fn warm_up_fetches_eagerly() {
    let server = MockServer::start_async().await;
    let mock = mock_jwks(&server, 200, &jwks_json(&[key_a(), key_b()])).await;
    let verifier = verifier_for(&server, &uncached());
    assert_eq!(verifier.jwks().warm_up().await, Ok(2));
    assert_eq!(mock.calls_async().await, 1);
    assert_eq!(
        verifier.jwks().key_ids(),
        ["jwk-test-aaaa", "jwk-test-bbbb"]
    );
    assert_eq!(verify(&verifier, &token_b()).await, Ok(()));
    assert_eq!(mock.calls_async().await, 1);
}

#[tokio::test]
async fn warm_up_fails_fast_with_the_reason() {
    let server = MockServer::start_async().await;
    let mock = mock_jwks(&server, 500, r#"{"error_type":"internal_server_error"}"#).await;
    let verifier = verifier_for(&server, &uncached());
    assert_eq!(
        verifier.jwks().warm_up().await,
        Err(JwksError::Status { status: 500 })
    );
    assert_eq!(mock.calls_async().await, 1);

    let closed = JwksManager::new(
        http(),
        format!("http://127.0.0.1:9{}", jwks_path()),
        &uncached(),
    );
    assert!(matches!(
        closed.warm_up().await,
        Err(JwksError::Transport { .. })
    ));
    assert_eq!(closed.stats().fetch_failures, 1);
}

#[tokio::test]
async fn rotated_key_is_accepted_after_exactly_one_refetch() {
    let server = MockServer::start_async().await;
    let config = uncached().with_unknown_kid_cooldown(Duration::ZERO);
    let verifier = verifier_for(&server, &config);
    let before = mock_jwks(&server, 200, &jwks_json(&[key_a()])).await;
    assert_eq!(verifier.jwks().warm_up().await, Ok(1));
    assert_eq!(before.calls_async().await, 1);
    before.delete_async().await;

    let after = mock_jwks(&server, 200, &jwks_json(&[key_a(), key_b()])).await;
    assert_eq!(verify(&verifier, &token_b()).await, Ok(()));
    assert_eq!(after.calls_async().await, 1);
    // Both keys now verify without another request.
    assert_eq!(verify(&verifier, &token_a()).await, Ok(()));
    assert_eq!(
        verify(
            &verifier,
            &session_jwt()
                .member_id("member-test-3")
                .sign(key_b())
                .unwrap()
        )
        .await,
        Ok(())
    );
    assert_eq!(after.calls_async().await, 1);
    assert_eq!(verifier.jwks().stats().fetches, 2);
}

#[tokio::test]
async fn unknown_kid_within_the_cooldown_is_refused_without_a_request() {
    let server = MockServer::start_async().await;
    let mock = mock_jwks(&server, 200, &jwks_json(&[key_a()])).await;
    let verifier = verifier_for(&server, &uncached());
    verifier.jwks().warm_up().await.unwrap();

    let error = verify(&verifier, &token_b()).await.unwrap_err();
    assert_eq!(
        error,
        JwtError::UnknownKeyId {
            kid: "jwk-test-bbbb".into(),
            refetched: false,
        }
    );
    assert!(!error.allows_remote_fallback());
    assert_eq!(mock.calls_async().await, 1);
}

#[tokio::test]
async fn unknown_kid_after_a_refetch_allows_fallback() {
    let server = MockServer::start_async().await;
    let mock = mock_jwks(&server, 200, &jwks_json(&[key_a()])).await;
    let verifier = verifier_for(&server, &uncached());
    let error = verify(&verifier, &token_b()).await.unwrap_err();
    assert_eq!(
        error,
        JwtError::UnknownKeyId {
            kid: "jwk-test-bbbb".into(),
            refetched: true,
        }
    );
    assert!(error.allows_remote_fallback());
    assert_eq!(mock.calls_async().await, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_flood_of_unknown_kids_costs_one_request_per_cooldown() {
    let server = MockServer::start_async().await;
    let mock = mock_jwks_delayed(&server, Duration::from_millis(200), &jwks_json(&[key_a()])).await;
    let verifier = Arc::new(verifier_for(&server, &uncached()));

    let flood = |wave: usize| {
        let mut tasks = tokio::task::JoinSet::new();
        for i in 0..1_000 {
            let verifier = Arc::clone(&verifier);
            let token = token_with_kid(&format!("jwk-forged-{wave}-{i}"));
            tasks.spawn(async move { verifier.verify(&token, &options()).await.map(|_| ()) });
        }
        tasks
    };

    let results = flood(1).join_all().await;
    assert_eq!(results.len(), 1_000);
    let mut refetched_count = 0;
    for result in &results {
        match result {
            Err(JwtError::UnknownKeyId { refetched, .. }) => {
                refetched_count += usize::from(*refetched)
            }
            other => panic!("unexpected {other:?}"),
        }
    }
    // Only the verification whose request it was may fall back to the API.
    assert_eq!(refetched_count, 1);
    assert_eq!(mock.calls_async().await, 1);

    // A second wave inside the cooldown makes no request at all.
    for result in flood(2).join_all().await {
        assert!(
            matches!(
                result,
                Err(JwtError::UnknownKeyId {
                    refetched: false,
                    ..
                })
            ),
            "{result:?}"
        );
    }
    assert_eq!(mock.calls_async().await, 1);
    assert_eq!(verifier.jwks().stats().fetches, 1);

    // The genuine key still verifies, without a request.
    assert_eq!(verify(&verifier, &token_a()).await, Ok(()));
    assert_eq!(mock.calls_async().await, 1);
}

/// How the JWKS endpoint misbehaves.
#[derive(Clone, Copy, Debug)]
enum Failure {
    Status500,
    HtmlPage,
    TruncatedJson,
    NoUsableKey,
    Oversized,
    Hanging,
}

impl Failure {
    const ALL: [Failure; 6] = [
        Failure::Status500,
        Failure::HtmlPage,
        Failure::TruncatedJson,
        Failure::NoUsableKey,
        Failure::Oversized,
        Failure::Hanging,
    ];

    /// Timeout used by the tests of hanging endpoints.
    const TIMEOUT: Duration = Duration::from_millis(300);

    async fn mock(self, server: &MockServer) -> httpmock::Mock<'_> {
        match self {
            Failure::Status500 => {
                mock_jwks(
                    server,
                    500,
                    r#"{"status_code":500,"error_type":"internal_server_error"}"#,
                )
                .await
            }
            Failure::HtmlPage => {
                mock_jwks(server, 200, "<html><body>502 Bad Gateway</body></html>").await
            }
            Failure::TruncatedJson => mock_jwks(server, 200, &jwks_json(&[key_a()])[..100]).await,
            Failure::NoUsableKey => {
                mock_jwks(
                    server,
                    200,
                    r#"{"keys":[{"kty":"oct","kid":"k","k":"c2VjcmV0"}]}"#,
                )
                .await
            }
            Failure::Oversized => {
                let padding = "x".repeat(1024 * 1024);
                mock_jwks(
                    server,
                    200,
                    &format!(r#"{{"keys":[],"padding":"{padding}"}}"#),
                )
                .await
            }
            Failure::Hanging => {
                mock_jwks_delayed(server, Duration::from_secs(30), &jwks_json(&[key_a()])).await
            }
        }
    }

    fn check(self, error: &JwksError) {
        let expected = match (self, error) {
            (Failure::Status500, JwksError::Status { status: 500 }) => true,
            (
                Failure::HtmlPage | Failure::TruncatedJson | Failure::Oversized,
                JwksError::InvalidDocument { .. },
            ) => true,
            (Failure::NoUsableKey, JwksError::NoUsableKeys) => true,
            (Failure::Hanging, JwksError::Timeout { timeout }) => *timeout == Self::TIMEOUT,
            _ => false,
        };
        assert!(expected, "{self:?} reported as {error:?}");
    }
}

fn config_for_failures() -> JwtConfig {
    uncached()
        .with_unknown_kid_cooldown(Duration::ZERO)
        .with_jwks_fetch_timeout(Failure::TIMEOUT)
}

#[tokio::test]
async fn failed_refresh_keeps_the_last_good_keys() {
    for failure in Failure::ALL {
        let server = MockServer::start_async().await;
        let verifier = verifier_for(&server, &config_for_failures());
        let good = mock_jwks(&server, 200, &jwks_json(&[key_a()])).await;
        verifier.jwks().warm_up().await.unwrap();
        good.delete_async().await;
        let bad = failure.mock(&server).await;

        failure.check(&verifier.jwks().warm_up().await.unwrap_err());
        assert_eq!(verify(&verifier, &token_a()).await, Ok(()), "{failure:?}");
        assert_eq!(verifier.jwks().key_ids(), ["jwk-test-aaaa"]);

        // A key the stale set lacks cannot be confirmed: unavailable, fallback allowed.
        let error = verify(&verifier, &token_b()).await.unwrap_err();
        match &error {
            JwtError::JwksUnavailable(reason) => failure.check(reason),
            other => panic!("{failure:?}: unexpected {other:?}"),
        }
        assert!(error.allows_remote_fallback());
        assert_eq!(verify(&verifier, &token_a()).await, Ok(()), "{failure:?}");

        assert_eq!(bad.calls_async().await, 2, "{failure:?}");
        let stats = verifier.jwks().stats();
        assert_eq!(
            (stats.fetches, stats.fetch_failures, stats.keys),
            (3, 2, 1),
            "{failure:?}"
        );
    }
}

#[tokio::test]
async fn cold_start_reports_the_key_set_unavailable() {
    for failure in Failure::ALL {
        let server = MockServer::start_async().await;
        let verifier = verifier_for(
            &server,
            &config_for_failures().with_unknown_kid_cooldown(Duration::from_secs(30)),
        );
        let bad = failure.mock(&server).await;

        let error = verify(&verifier, &token_a()).await.unwrap_err();
        match &error {
            JwtError::JwksUnavailable(reason) => failure.check(reason),
            other => panic!("{failure:?}: unexpected {other:?}"),
        }
        assert!(error.allows_remote_fallback());
        // Within the cooldown the failure is reported again without another request.
        assert_eq!(verify(&verifier, &token_a()).await.unwrap_err(), error);
        assert_eq!(bad.calls_async().await, 1, "{failure:?}");
    }

    let refused = JwksManager::new(
        http(),
        format!("http://127.0.0.1:9{}", jwks_path()),
        &uncached(),
    );
    let verifier = JwtVerifier::new(PROJECT_ID, ISSUER, Arc::new(refused), &uncached());
    let error = verify(&verifier, &token_a()).await.unwrap_err();
    assert!(
        matches!(
            &error,
            JwtError::JwksUnavailable(JwksError::Transport { .. })
        ),
        "{error:?}"
    );
}

#[tokio::test]
async fn cold_start_recovers_after_the_cooldown() {
    let server = MockServer::start_async().await;
    let verifier = verifier_for(&server, &config_for_failures());
    let bad = Failure::Status500.mock(&server).await;
    assert!(matches!(
        verify(&verifier, &token_a()).await,
        Err(JwtError::JwksUnavailable(_))
    ));
    bad.delete_async().await;
    let good = mock_jwks(&server, 200, &jwks_json(&[key_a()])).await;
    assert_eq!(verify(&verifier, &token_a()).await, Ok(()));
    assert_eq!(good.calls_async().await, 1);
}

#[tokio::test]
async fn stale_key_set_is_refreshed_in_the_background() {
    let server = MockServer::start_async().await;
    let config = uncached()
        .with_jwks_refresh_interval(Duration::ZERO)
        .with_unknown_kid_cooldown(Duration::ZERO);
    let verifier = verifier_for(&server, &config);
    let first = mock_jwks(&server, 200, &jwks_json(&[key_a()])).await;
    verifier.jwks().warm_up().await.unwrap();
    first.delete_async().await;
    let second = mock_jwks(&server, 200, &jwks_json(&[key_b()])).await;

    // Served from the current (stale) set at once; the refresh happens behind it.
    assert_eq!(verify(&verifier, &token_a()).await, Ok(()));
    let jwks = Arc::clone(verifier.jwks());
    eventually(|| jwks.key_ids() == ["jwk-test-bbbb"]).await;
    assert!(second.calls_async().await >= 1);
}

#[tokio::test]
async fn failed_background_refresh_keeps_serving() {
    let server = MockServer::start_async().await;
    let config = uncached()
        .with_jwks_refresh_interval(Duration::ZERO)
        .with_unknown_kid_cooldown(Duration::ZERO);
    let verifier = verifier_for(&server, &config);
    let first = mock_jwks(&server, 200, &jwks_json(&[key_a()])).await;
    verifier.jwks().warm_up().await.unwrap();
    first.delete_async().await;
    let _bad = Failure::Status500.mock(&server).await;

    assert_eq!(verify(&verifier, &token_a()).await, Ok(()));
    let jwks = Arc::clone(verifier.jwks());
    eventually(|| jwks.stats().fetch_failures >= 1).await;
    assert_eq!(verify(&verifier, &token_a()).await, Ok(()));
    assert_eq!(verifier.jwks().key_ids(), ["jwk-test-aaaa"]);
}

#[tokio::test]
async fn unusable_entries_are_skipped_one_by_one() {
    let mut with_extras = key_a().jwk();
    with_extras["x5t#S256"] = json!("bm90LWEtcmVhbC10aHVtYnByaW50");
    with_extras["x5c"] = json!(["bm90LWEtY2VydA"]);
    with_extras["vendor_extension"] = json!({"nested": [1, 2, 3]});
    let mut duplicate_a = key_b().jwk();
    duplicate_a["kid"] = json!("jwk-test-aaaa");
    let mut encryption = key_b().jwk();
    encryption["kid"] = json!("jwk-test-enc");
    encryption["use"] = json!("enc");
    let mut wrap_only = key_b().jwk();
    wrap_only["kid"] = json!("jwk-test-wrap");
    wrap_only["key_ops"] = json!(["wrapKey"]);
    let mut no_kid = key_b().jwk();
    no_kid.as_object_mut().unwrap().remove("kid");
    let mut bad_modulus = key_b().jwk();
    bad_modulus["kid"] = json!("jwk-test-badn");
    bad_modulus["n"] = json!("not base64url!");
    let mut small = key_b().jwk();
    small["kid"] = json!("jwk-test-1024");
    small["n"] = json!(URL_SAFE_NO_PAD.encode([0xC3u8; 128]));
    let ec = json!({"kty": "EC", "crv": "P-256", "kid": "jwk-test-ec", "use": "sig",
                    "x": "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU",
                    "y": "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"});
    let oct = json!({"kty": "oct", "kid": "jwk-test-oct", "k": "c2VjcmV0"});
    let document = jwks_json_from(vec![
        json!("not an object"),
        ec,
        with_extras,
        duplicate_a,
        encryption,
        wrap_only,
        no_kid,
        bad_modulus,
        small,
        oct,
        key_b().jwk(),
    ]);

    let verifier = preloaded_verifier(&jwks_json(&[key_a()]), &uncached());
    assert_eq!(verifier.jwks().preload_json(&document), Ok(2));
    assert_eq!(
        verifier.jwks().key_ids(),
        ["jwk-test-aaaa", "jwk-test-bbbb"]
    );
    assert_eq!(verify(&verifier, &token_a()).await, Ok(()));
    assert_eq!(verify(&verifier, &token_b()).await, Ok(()));
    for kid in ["jwk-test-ec", "jwk-test-oct"] {
        assert_eq!(
            verify(&verifier, &token_with_kid(kid)).await,
            Err(JwtError::KeyNotRsa { kid: kid.into() })
        );
    }
}

#[tokio::test]
async fn invalid_preload_keeps_the_current_keys() {
    let verifier = preloaded_verifier(&jwks_json(&[key_a()]), &uncached());
    let jwks = verifier.jwks();
    for (document, expected_invalid) in [
        ("", true),
        ("[]", true),
        (r#"{"keys":{}}"#, true),
        (r#"{"no_keys":[]}"#, true),
        (r#"{"keys":[]}"#, false),
        (
            r#"{"keys":[{"kty":"oct","kid":"k","k":"c2VjcmV0"}]}"#,
            false,
        ),
    ] {
        let error = jwks.preload_json(document).unwrap_err();
        if expected_invalid {
            assert!(
                matches!(error, JwksError::InvalidDocument { .. }),
                "{document}: {error:?}"
            );
        } else {
            assert_eq!(error, JwksError::NoUsableKeys, "{document}");
        }
    }
    // A document whose only RSA key is invalid names that key.
    assert_eq!(
        jwks.preload_json(r#"{"keys":[{"kty":"RSA","kid":"k","n":"AQAB","e":"AQAB"}]}"#),
        Err(JwksError::InvalidKey {
            kid: "k".into(),
            reason: "modulus size outside 2048..=8192 bits",
        })
    );
    assert_eq!(jwks.key_ids(), ["jwk-test-aaaa"]);
    assert_eq!(verify(&verifier, &token_a()).await, Ok(()));
}

#[tokio::test]
async fn debug_output_hides_credentials() {
    let server = MockServer::start_async().await;
    let verifier = verifier_for(&server, &JwtConfig::default());
    for shown in [format!("{verifier:?}"), format!("{:?}", verifier.jwks())] {
        assert!(!shown.contains(SECRET), "{shown}");
        assert!(!shown.contains(&BASIC_AUTH[6..]), "{shown}");
        assert!(shown.contains(PROJECT_ID), "{shown}");
    }
}

#[tokio::test]
async fn key_sets_are_fetched_only_over_https_or_loopback() {
    let server = MockServer::start_async().await;
    let mock = mock_jwks(&server, 200, &jwks_json(&[key_a()])).await;
    // `0.0.0.0` is not a loopback address, yet on Linux a connection to it reaches this
    // machine: were the scheme not checked before sending, the mock would answer.
    let remote_names = [
        format!("http://0.0.0.0:{}{}", server.port(), jwks_path()),
        format!("ftp://127.0.0.1:{}{}", server.port(), jwks_path()),
        "not a url".to_owned(),
    ];
    for url in remote_names {
        let manager = JwksManager::new(http(), url.clone(), &uncached());
        assert_eq!(
            manager.warm_up().await,
            Err(JwksError::InsecureUrl),
            "{url}"
        );
    }
    let loopback = JwksManager::new(http(), server.url(jwks_path()), &uncached());
    assert_eq!(loopback.warm_up().await, Ok(1));
    assert_eq!(mock.calls_async().await, 1);
}
