//! `client.m2m().authenticate_token()`: local verification against the client's key cache,
//! then the required scopes by Stytch's rule or a custom check, with no request sent.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::{Arc, Mutex};

use crate::jwt_support::*;
use stytch_b2b::jwt::JwtError;
use stytch_b2b::m2m_local::{M2mAuthenticateOptions, has_required_scopes};
use stytch_b2b::testkit::{TestM2mJwt, jwks_json};
use stytch_b2b::{AuthorizationError, Client, Error};
use stytch_b2b_tests::expected_call::client_for;
use stytch_b2b_tests::refused_base_url;

const CLIENT_ID: &str = "m2m-client-test-d731954d-dab3-4a2b-bdee-07f3ad1be885";

/// A client whose key set is preloaded with key A and whose base URL refuses connections,
/// so any request it attempted would fail the test.
fn client() -> Client {
    let client = client_for(&refused_base_url());
    client
        .sessions()
        .jwks()
        .preload_json(&jwks_json(&[key_a()]))
        .unwrap();
    client
}

fn token(scopes: &[&str]) -> String {
    TestM2mJwt::new(PROJECT_ID, CLIENT_ID)
        .at(t0())
        .scopes(scopes.iter().copied())
        .sign(key_a())
        .unwrap()
}

fn requiring(scopes: &[&str]) -> M2mAuthenticateOptions {
    M2mAuthenticateOptions::default()
        .with_verify_options(options())
        .with_required_scopes(scopes.iter().copied())
}

/// Whether a token with `held` scopes authenticates when `required` are required; any
/// refusal must be exactly `MissingScopes` naming `required`.
async fn allowed(held: &[&str], required: &[&str]) -> bool {
    let result = client()
        .m2m()
        .authenticate_token(&token(held), &requiring(required))
        .await;
    match result {
        Ok(claims) => {
            assert_eq!(claims.scopes, held);
            true
        }
        Err(Error::Authorization(AuthorizationError::MissingScopes { required: named })) => {
            assert_eq!(named, required);
            false
        }
        Err(other) => panic!("unexpected error {other:?}"),
    }
}

#[tokio::test]
async fn the_token_is_verified_and_its_claims_returned() {
    let claims = client()
        .m2m()
        .authenticate_token(&token(&["read:invoices"]), &requiring(&[]))
        .await
        .unwrap();
    assert_eq!(claims.client_id, CLIENT_ID);
    assert_eq!(claims.scopes, ["read:invoices"]);
    assert_eq!(claims.expires_at, utc("2025-06-15T16:06:40Z"));
}

#[tokio::test]
async fn token_rejections_are_jwt_errors() {
    let session = session_jwt().sign(key_a()).unwrap();
    assert!(matches!(
        client()
            .m2m()
            .authenticate_token(&session, &requiring(&[]))
            .await,
        Err(Error::Jwt(JwtError::MalformedStytchClaims {
            reason: "present in an M2M token",
            ..
        }))
    ));
    // The token is judged before its scopes.
    let expired = M2mAuthenticateOptions::default()
        .with_verify_options(options_at(3600))
        .with_required_scopes(["admin"]);
    assert!(matches!(
        client()
            .m2m()
            .authenticate_token(&token(&["read"]), &expired)
            .await,
        Err(Error::Jwt(JwtError::Expired { .. }))
    ));
}

#[tokio::test]
async fn an_exact_scope_is_covered() {
    assert!(allowed(&["read:invoices"], &["read:invoices"]).await);
    assert!(!allowed(&["read:invoices"], &["read:users"]).await);
    assert!(!allowed(&["read:invoices"], &["write:invoices"]).await);
}

#[tokio::test]
async fn a_wildcard_resource_covers_every_resource_of_its_action() {
    assert!(allowed(&["read:*"], &["read:invoices", "read:users"]).await);
    assert!(allowed(&["read:*"], &["read"]).await);
    assert!(!allowed(&["read:*"], &["write:invoices"]).await);
    // A wildcard action is not a thing: `*:invoices` covers only itself.
    assert!(!allowed(&["*:invoices"], &["read:invoices"]).await);
    // A required wildcard needs the wildcard itself.
    assert!(!allowed(&["read:invoices"], &["read:*"]).await);
}

#[tokio::test]
async fn a_bare_action_is_its_own_resource() {
    assert!(allowed(&["sync"], &["sync"]).await);
    assert!(!allowed(&["sync"], &["sync:invoices"]).await);
    assert!(allowed(&["sync:-"], &["sync"]).await);
}

#[tokio::test]
async fn every_required_scope_must_be_covered() {
    let held = ["read:invoices", "write:invoices", "read:users"];
    assert!(allowed(&held, &["read:invoices", "read:users"]).await);
    assert!(!allowed(&held, &["read:invoices", "write:users"]).await);
    assert!(!allowed(&[], &["read:invoices"]).await);
    assert!(allowed(&[], &[]).await);
}

#[tokio::test]
async fn a_custom_check_replaces_the_rule_and_sees_both_lists() {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let recorder = Arc::clone(&seen);
    // Exact string match only: stricter than Stytch's rule for wildcards, and an own
    // policy (no `admin` ever) on top.
    let options = requiring(&["read:invoices"]).with_scope_check(move |held, required| {
        recorder
            .lock()
            .unwrap()
            .push((held.to_vec(), required.to_vec()));
        !held.iter().any(|s| s == "admin") && required.iter().all(|r| held.contains(r))
    });
    let m2m_client = client();
    let m2m = m2m_client.m2m();

    assert!(
        m2m.authenticate_token(&token(&["read:invoices"]), &options)
            .await
            .is_ok()
    );
    // The default rule would allow this one; the custom check refuses it.
    assert!(matches!(
        m2m.authenticate_token(&token(&["read:*"]), &options).await,
        Err(Error::Authorization(AuthorizationError::MissingScopes { required })) if required == ["read:invoices"]
    ));
    assert!(has_required_scopes(&["read:*"], &["read:invoices"]));
    // It runs even when nothing is required.
    let none_required = options.clone().with_required_scopes(Vec::<String>::new());
    assert!(matches!(
        m2m.authenticate_token(&token(&["admin"]), &none_required).await,
        Err(Error::Authorization(AuthorizationError::MissingScopes { required })) if required.is_empty()
    ));
    // A custom check that allows what the default rule refuses.
    let lenient = requiring(&["write:everything"]).with_scope_check(|_, _| true);
    assert!(m2m.authenticate_token(&token(&[]), &lenient).await.is_ok());

    let strings = |s: &[&str]| s.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(
        *seen.lock().unwrap(),
        [
            (strings(&["read:invoices"]), strings(&["read:invoices"])),
            (strings(&["read:*"]), strings(&["read:invoices"])),
            (strings(&["admin"]), strings(&[])),
        ]
    );
}
