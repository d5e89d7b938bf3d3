//! The verified-token cache: hits skip the RSA check, time rules run again on every hit,
//! entries of a key that left the JWKS are dropped, and the cache is bounded.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;
use std::time::Duration;

use crate::jwt_support::*;
use httpmock::prelude::*;
use serde_json::{Value, json};
use stytch_b2b::jwt::{JwtConfig, JwtError, JwtVerifier};
use stytch_b2b::testkit::jwks_json;

fn cached_verifier() -> JwtVerifier {
    preloaded_verifier(&jwks_json(&[key_a(), key_b()]), &JwtConfig::default())
}

fn hits(verifier: &JwtVerifier) -> u64 {
    verifier.jwks().stats().token_cache_hits
}

#[tokio::test]
async fn repeated_token_is_served_from_the_cache() {
    let verifier = cached_verifier();
    let token = session_jwt().sign(key_a()).unwrap();
    let first = verifier.verify(&token, &options()).await.unwrap();
    assert_eq!(hits(&verifier), 0);
    let second = verifier.verify(&token, &options_at(2)).await.unwrap();
    assert_eq!(hits(&verifier), 1);
    assert!(Arc::ptr_eq(&first, &second));

    // A different token (same claims, different signature input) is not a hit.
    let other = session_jwt().custom_claim("n", 1).sign(key_a()).unwrap();
    let third = verifier.verify(&other, &options()).await.unwrap();
    assert_eq!(hits(&verifier), 1);
    assert!(!Arc::ptr_eq(&first, &third));
}

#[tokio::test]
async fn cache_can_be_turned_off() {
    let config = JwtConfig::default().with_token_cache_capacity(0);
    let verifier = preloaded_verifier(&jwks_json(&[key_a()]), &config);
    let token = session_jwt().sign(key_a()).unwrap();
    let first = verifier.verify(&token, &options()).await.unwrap();
    let second = verifier.verify(&token, &options()).await.unwrap();
    assert_eq!(first, second);
    assert!(!Arc::ptr_eq(&first, &second));
    assert_eq!(hits(&verifier), 0);
}

#[tokio::test]
async fn cache_hit_on_an_expired_token_is_rejected() {
    let verifier = cached_verifier();
    let token = session_jwt()
        .expires_in(Duration::from_secs(300))
        .sign(key_a())
        .unwrap();
    verifier.verify(&token, &options_at(1)).await.unwrap();
    verifier.verify(&token, &options_at(299)).await.unwrap();
    assert_eq!(hits(&verifier), 1);

    let error = verifier.verify(&token, &options_at(300)).await.unwrap_err();
    assert!(matches!(error, JwtError::Expired { .. }), "{error:?}");
    assert!(error.allows_remote_fallback());
    assert_eq!(hits(&verifier), 2);

    // The expired entry was dropped: an earlier clock verifies the token in full again.
    verifier.verify(&token, &options_at(1)).await.unwrap();
    assert_eq!(hits(&verifier), 2);
    verifier.verify(&token, &options_at(1)).await.unwrap();
    assert_eq!(hits(&verifier), 3);
}

#[tokio::test]
async fn cache_hit_rechecks_every_time_rule() {
    let verifier = cached_verifier();
    let token = session_jwt()
        .not_before(at(0))
        .issued_at(at(0))
        .sign(key_a())
        .unwrap();
    verifier.verify(&token, &options()).await.unwrap();

    let too_old = verifier
        .verify(
            &token,
            &options_at(120).with_max_token_age(Duration::from_secs(60)),
        )
        .await
        .unwrap_err();
    assert!(matches!(too_old, JwtError::TooOld { .. }), "{too_old:?}");
    let early = verifier.verify(&token, &options_at(-10)).await.unwrap_err();
    assert!(matches!(early, JwtError::NotYetValid { .. }), "{early:?}");
    let leeway = options_at(-10).with_leeway(Duration::from_secs(10));
    verifier.verify(&token, &leeway).await.unwrap();
    assert_eq!(hits(&verifier), 3);
}

#[tokio::test]
async fn cached_session_still_decodes_custom_claims() {
    let verifier = cached_verifier();
    let token = session_jwt()
        .custom_claim("tier", "gold")
        .sign(key_a())
        .unwrap();
    verifier.verify(&token, &options()).await.unwrap();
    let typed = verifier
        .verify_with_claims::<serde_json::Map<String, Value>>(&token, &options())
        .await
        .unwrap();
    assert_eq!(hits(&verifier), 1);
    assert_eq!(Value::Object(typed.custom_claims), json!({"tier": "gold"}));
}

#[tokio::test]
async fn entries_of_a_removed_key_are_dropped() {
    let server = MockServer::start_async().await;
    let verifier = verifier_for(&server, &JwtConfig::default());
    let both = mock_jwks(&server, 200, &jwks_json(&[key_a(), key_b()])).await;
    verifier.jwks().warm_up().await.unwrap();
    let token_a = session_jwt().sign(key_a()).unwrap();
    let token_b = session_jwt().sign(key_b()).unwrap();
    verifier.verify(&token_a, &options()).await.unwrap();
    verifier.verify(&token_b, &options()).await.unwrap();
    verifier.verify(&token_a, &options()).await.unwrap();
    assert_eq!(hits(&verifier), 1);

    // Key A is withdrawn from the JWKS.
    both.delete_async().await;
    let only_b = mock_jwks(&server, 200, &jwks_json(&[key_b()])).await;
    assert_eq!(verifier.jwks().warm_up().await, Ok(1));
    assert_eq!(only_b.calls_async().await, 1);

    let error = verifier.verify(&token_a, &options()).await.unwrap_err();
    assert_eq!(
        error,
        JwtError::UnknownKeyId {
            kid: "jwk-test-aaaa".into(),
            refetched: false,
        }
    );
    assert_eq!(hits(&verifier), 1);
    // Entries of the remaining key still hit.
    verifier.verify(&token_b, &options()).await.unwrap();
    assert_eq!(hits(&verifier), 2);
}

#[tokio::test]
async fn cache_is_bounded() {
    let config = JwtConfig::default().with_token_cache_capacity(8);
    let verifier = preloaded_verifier(&jwks_json(&[key_a()]), &config);
    let tokens: Vec<String> = (0..64)
        .map(|i| session_jwt().custom_claim("n", i).sign(key_a()).unwrap())
        .collect();
    for token in &tokens {
        verifier.verify(token, &options()).await.unwrap();
    }
    for token in &tokens {
        verifier.verify(token, &options()).await.unwrap();
    }
    let repeated_hits = hits(&verifier);
    assert!(repeated_hits <= 8, "{repeated_hits} hits from a cache of 8");
}

#[tokio::test]
async fn rejected_tokens_are_never_cached() {
    let verifier = cached_verifier();
    let forged = session_jwt().key_id(key_a().kid()).sign(key_b()).unwrap();
    for _ in 0..3 {
        assert_eq!(
            verifier.verify(&forged, &options()).await.unwrap_err(),
            JwtError::InvalidSignature
        );
    }
    let expired = session_jwt().expires_at(at(0)).sign(key_a()).unwrap();
    for _ in 0..2 {
        assert!(matches!(
            verifier.verify(&expired, &options()).await,
            Err(JwtError::Expired { .. })
        ));
    }
    assert_eq!(hits(&verifier), 0);
}
