//! `sessions().authenticate_jwt`: which local rejections go on to the API
//! (`sessions/authenticate`) and which stay local, counted on the mock server.

use std::time::Duration;

use crate::jwt_support::{
    key_a, key_b, mock_key_set_and_authenticate, options, options_at, session_jwt, t0,
};
use httpmock::Mock;
use httpmock::prelude::*;
use serde_json::json;
use stytch_b2b::jwt::JwtError;
use stytch_b2b::testkit::TestSessionJwt;
use stytch_b2b::{Client, Error, JwtAuthentication, JwtVerifyOptions};
use stytch_b2b_tests::expected_call::{client, fixture};
use stytch_b2b_tests::{PROJECT_ID, SECRET};

struct Api {
    server: MockServer,
    client: Client,
}

impl Api {
    async fn start() -> Self {
        let server = MockServer::start_async().await;
        let client = client(&server);
        Self { server, client }
    }

    /// Mocks its JWKS answering `jwks_status` with key A, and its
    /// `sessions/authenticate` answering with a refreshed session.
    async fn mock_stytch(&self, jwks_status: u16) -> (Mock<'_>, Mock<'_>) {
        mock_key_set_and_authenticate(&self.server, jwks_status).await
    }

    fn token(&self) -> TestSessionJwt {
        session_jwt().issuer(self.server.base_url())
    }
}

fn refreshed_jwt() -> String {
    fixture("sessions_authenticate")["session_jwt"]
        .as_str()
        .map(str::to_owned)
        .unwrap_or_default()
}

async fn expect_remote(
    api: &Api,
    token: &str,
    options: &JwtVerifyOptions,
    authenticate: &Mock<'_>,
) -> JwtError {
    let outcome = api.client.sessions().authenticate_jwt(token, options).await;
    let outcome = outcome.unwrap_or_else(|e| panic!("expected a remote authentication, got {e:?}"));
    assert_eq!(
        authenticate.calls_async().await,
        1,
        "the API is asked exactly once"
    );
    assert_eq!(
        outcome.refreshed_session_jwt(),
        Some(refreshed_jwt().as_str())
    );
    match outcome {
        JwtAuthentication::Remote {
            fallback_reason,
            response,
        } => {
            assert_eq!(response.member.name, "Ada Lovelace");
            fallback_reason
        }
        other => panic!("expected Remote, got {other:?}"),
    }
}

async fn expect_local_rejection(api: &Api, token: &str, authenticate: &Mock<'_>) -> JwtError {
    let outcome = api
        .client
        .sessions()
        .authenticate_jwt(token, &options())
        .await;
    assert_eq!(
        authenticate.calls_async().await,
        0,
        "a forged or broken token never reaches the API"
    );
    match outcome {
        Err(Error::Jwt(reason)) => {
            assert!(!reason.allows_remote_fallback());
            reason
        }
        other => panic!("expected a local rejection, got {other:?}"),
    }
}

#[tokio::test]
async fn valid_token_is_verified_locally_without_an_api_call() {
    let api = Api::start().await;
    let (_jwks, authenticate) = api.mock_stytch(200).await;
    let token = api.token().sign(key_a()).unwrap_or_default();

    let outcome = api
        .client
        .sessions()
        .authenticate_jwt(&token, &options())
        .await;

    match outcome {
        Ok(JwtAuthentication::Local(session)) => {
            assert_eq!(
                session.member_id,
                "member-test-00000000-0000-0000-0000-000000000001"
            );
        }
        other => panic!("expected Local, got {other:?}"),
    }
    assert_eq!(authenticate.calls_async().await, 0);
}

#[tokio::test]
async fn expired_token_goes_to_the_api() {
    let api = Api::start().await;
    let (_jwks, authenticate) = api.mock_stytch(200).await;
    let token = api
        .token()
        .expires_in(Duration::from_secs(60))
        .sign(key_a())
        .unwrap_or_default();

    let reason = expect_remote(&api, &token, &options_at(120), &authenticate).await;

    assert!(matches!(reason, JwtError::Expired { .. }), "{reason:?}");
}

#[tokio::test]
async fn token_older_than_max_age_goes_to_the_api() {
    let api = Api::start().await;
    let (_jwks, authenticate) = api.mock_stytch(200).await;
    let token = api.token().sign(key_a()).unwrap_or_default();
    let options = options_at(120).with_max_token_age(Duration::from_secs(60));

    let reason = expect_remote(&api, &token, &options, &authenticate).await;

    assert!(matches!(reason, JwtError::TooOld { .. }), "{reason:?}");
}

#[tokio::test]
async fn not_yet_valid_token_goes_to_the_api() {
    let api = Api::start().await;
    let (_jwks, authenticate) = api.mock_stytch(200).await;
    let token = api
        .token()
        .not_before(t0() + Duration::from_secs(600))
        .sign(key_a())
        .unwrap_or_default();

    let reason = expect_remote(&api, &token, &options(), &authenticate).await;

    assert!(matches!(reason, JwtError::NotYetValid { .. }), "{reason:?}");
}

#[tokio::test]
async fn unknown_kid_goes_to_the_api_once_the_key_set_was_fetched_for_it() {
    let api = Api::start().await;
    let (jwks, authenticate) = api.mock_stytch(200).await;
    let token = api.token().sign(key_b()).unwrap_or_default();

    let reason = expect_remote(&api, &token, &options(), &authenticate).await;

    assert!(
        matches!(
            reason,
            JwtError::UnknownKeyId {
                refetched: true,
                ..
            }
        ),
        "{reason:?}"
    );
    assert_eq!(
        jwks.calls_async().await,
        1,
        "the key set was fetched for this token"
    );
}

#[tokio::test]
async fn unknown_kid_within_the_refetch_cooldown_stays_local() {
    let api = Api::start().await;
    let (jwks, authenticate) = api.mock_stytch(200).await;
    let valid = api.token().sign(key_a()).unwrap_or_default();
    api.client
        .sessions()
        .authenticate_jwt_local(&valid, &options())
        .await
        .unwrap_or_else(|e| panic!("valid token: {e}"));
    let unknown = api.token().sign(key_b()).unwrap_or_default();

    // The keys were just fetched, so an unknown kid is not a rotation in flight: asking
    // the API for every invented kid would turn a forged-token flood into API traffic.
    let reason = expect_local_rejection(&api, &unknown, &authenticate).await;

    assert!(
        matches!(
            reason,
            JwtError::UnknownKeyId {
                refetched: false,
                ..
            }
        ),
        "{reason:?}"
    );
    assert_eq!(jwks.calls_async().await, 1);
}

#[tokio::test]
async fn unavailable_jwks_goes_to_the_api() {
    let api = Api::start().await;
    let (_jwks, authenticate) = api.mock_stytch(500).await;
    let token = api.token().sign(key_a()).unwrap_or_default();

    let reason = expect_remote(&api, &token, &options(), &authenticate).await;

    assert!(matches!(reason, JwtError::JwksUnavailable(_)), "{reason:?}");
}

#[tokio::test]
async fn bad_signature_stays_local() {
    let api = Api::start().await;
    let (_jwks, authenticate) = api.mock_stytch(200).await;
    let token = api.token().sign(key_a()).unwrap_or_default();
    let (signed, _) = token.rsplit_once('.').unwrap_or_default();
    let forged = format!("{signed}.{}", "A".repeat(342));

    let reason = expect_local_rejection(&api, &forged, &authenticate).await;

    assert!(matches!(reason, JwtError::InvalidSignature), "{reason:?}");
}

#[tokio::test]
async fn wrong_audience_stays_local() {
    let api = Api::start().await;
    let (_jwks, authenticate) = api.mock_stytch(200).await;
    let token = api
        .token()
        .audience(json!(["project-test-someone-else"]))
        .sign(key_a())
        .unwrap_or_default();

    let reason = expect_local_rejection(&api, &token, &authenticate).await;

    assert!(
        matches!(reason, JwtError::WrongAudience { .. }),
        "{reason:?}"
    );
}

#[tokio::test]
async fn wrong_issuer_stays_local() {
    let api = Api::start().await;
    let (_jwks, authenticate) = api.mock_stytch(200).await;
    // Neither Stytch's issuer for this project nor the custom base URL.
    let token = session_jwt()
        .issuer("stytch.com/project-test-someone-else")
        .sign(key_a())
        .unwrap_or_default();

    let reason = expect_local_rejection(&api, &token, &authenticate).await;

    assert!(matches!(reason, JwtError::WrongIssuer { .. }), "{reason:?}");
}

#[tokio::test]
async fn malformed_and_unsigned_tokens_stay_local() {
    let api = Api::start().await;
    let (_jwks, authenticate) = api.mock_stytch(200).await;
    let unsigned = api
        .token()
        .algorithm("none")
        .sign(key_a())
        .unwrap_or_default();

    let malformed = expect_local_rejection(&api, "not-a-jwt", &authenticate).await;
    let none = expect_local_rejection(&api, &unsigned, &authenticate).await;

    assert!(
        matches!(malformed, JwtError::MalformedSegments { .. }),
        "{malformed:?}"
    );
    assert!(
        matches!(none, JwtError::UnsupportedAlgorithm { .. }),
        "{none:?}"
    );
}

#[tokio::test]
async fn fallback_claims_come_from_the_api_response() {
    let api = Api::start().await;
    let (_jwks, authenticate) = api.mock_stytch(200).await;
    let token = api
        .token()
        .expires_in(Duration::from_secs(60))
        .sign(key_a())
        .unwrap_or_default();

    let outcome = api
        .client
        .sessions()
        .authenticate_jwt_with_claims::<serde_json::Map<String, serde_json::Value>>(
            &token,
            &options_at(120),
        )
        .await
        .unwrap_or_else(|e| panic!("expected a remote authentication, got {e:?}"));

    assert_eq!(authenticate.calls_async().await, 1);
    assert_eq!(
        outcome.custom_claims.get("plan"),
        Some(&json!("enterprise"))
    );
    assert!(outcome.authentication.fallback_reason().is_some());
}

#[tokio::test]
async fn build_and_warm_up_fails_fast_when_the_jwks_is_unavailable() {
    let api = Api::start().await;
    let (jwks, _authenticate) = api.mock_stytch(503).await;

    let result = Client::builder(PROJECT_ID, SECRET)
        .base_url(api.server.base_url())
        .build_and_warm_up()
        .await;

    assert!(
        matches!(result, Err(Error::Jwt(JwtError::JwksUnavailable(_)))),
        "{result:?}"
    );
    assert_eq!(jwks.calls_async().await, 1);
}

#[tokio::test]
async fn build_and_warm_up_loads_the_keys_before_the_first_verification() {
    let api = Api::start().await;
    let (jwks, _authenticate) = api.mock_stytch(200).await;
    let client = Client::builder(PROJECT_ID, SECRET)
        .base_url(api.server.base_url())
        .build_and_warm_up()
        .await
        .unwrap_or_else(|e| panic!("warm-up: {e}"));
    assert_eq!(jwks.calls_async().await, 1);
    assert_eq!(client.sessions().jwks().stats().keys, 1);

    let token = api.token().sign(key_a()).unwrap_or_default();
    client
        .sessions()
        .authenticate_jwt_local(&token, &options())
        .await
        .unwrap_or_else(|e| panic!("verify: {e}"));
    assert_eq!(jwks.calls_async().await, 1, "no fetch on the request path");
}
