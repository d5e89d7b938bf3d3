//! Local verification of M2M access tokens (`JwtVerifier::verify_m2m`): every rule of the
//! session-JWT policy applied to them, the M2M claim rules (`sub`, `scope`), the decoded
//! claims, and the separation between session JWTs and M2M tokens, cached or not.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Duration;

use crate::jwt_support::*;
use serde_json::json;
use stytch_b2b::jwt::{JwtConfig, JwtError, M2mTokenClaims};
use stytch_b2b::testkit::{TestM2mJwt, jwks_json};

const CLIENT_ID: &str = "m2m-client-test-d731954d-dab3-4a2b-bdee-07f3ad1be885";

/// An M2M token builder at `t0()` for the test project and client.
fn m2m_jwt() -> TestM2mJwt {
    TestM2mJwt::new(PROJECT_ID, CLIENT_ID)
        .at(t0())
        .scopes(["read:invoices", "write:invoices"])
}

async fn verify_m2m(token: &str) -> Result<std::sync::Arc<M2mTokenClaims>, JwtError> {
    verifier().verify_m2m(token, &options()).await
}

/// Signs `builder` with key A and returns why it is rejected as an M2M token.
async fn m2m_rejection(builder: TestM2mJwt) -> JwtError {
    let token = builder.sign(key_a()).unwrap();
    verify_m2m(&token)
        .await
        .expect_err("token must be rejected")
}

#[tokio::test]
async fn a_valid_token_yields_its_client_scopes_times_and_custom_claims() {
    let token = m2m_jwt()
        .custom_claim("tenant", json!({"id": "acme", "seats": 5}))
        .custom_claim("https://stytch.com/internal", "not a custom claim")
        .sign(key_a())
        .unwrap();
    let claims = verify_m2m(&token).await.unwrap();
    assert_eq!(claims.client_id, CLIENT_ID);
    assert_eq!(claims.scopes, ["read:invoices", "write:invoices"]);
    assert_eq!(claims.issued_at, utc("2025-06-15T15:06:40Z"));
    assert_eq!(claims.expires_at, utc("2025-06-15T16:06:40Z"));
    // Neither `scope`, nor the registered claims (`jti` included), nor Stytch's.
    assert_eq!(
        serde_json::Value::Object(claims.custom_claims().clone()),
        json!({"tenant": {"id": "acme", "seats": 5}})
    );
    #[derive(serde::Deserialize, Debug, PartialEq)]
    struct Tenant {
        id: String,
        seats: u32,
    }
    #[derive(serde::Deserialize, Debug, PartialEq)]
    struct Custom {
        tenant: Tenant,
    }
    assert_eq!(
        claims.custom_claims_as::<Custom>().unwrap(),
        Custom {
            tenant: Tenant {
                id: "acme".into(),
                seats: 5
            }
        }
    );
    assert!(matches!(
        claims.custom_claims_as::<Tenant>(),
        Err(JwtError::CustomClaims { claim, .. }) if claim == "id"
    ));
}

#[tokio::test]
async fn scope_is_split_on_whitespace_and_may_be_empty() {
    let token = m2m_jwt()
        .custom_claim("scope", "  read:invoices\twrite:* sync  ")
        .sign(key_a())
        .unwrap();
    assert_eq!(
        verify_m2m(&token).await.unwrap().scopes,
        ["read:invoices", "write:*", "sync"]
    );
    let empty = m2m_jwt()
        .scopes(Vec::<String>::new())
        .sign(key_a())
        .unwrap();
    let claims = verify_m2m(&empty).await.unwrap();
    assert!(claims.scopes.is_empty());
    assert!(claims.custom_claims().is_empty());
    assert_eq!(claims.custom_claims_json(), "{}");
}

#[tokio::test]
async fn scope_is_required_and_must_be_a_string() {
    assert_eq!(
        m2m_rejection(m2m_jwt().without_claim("scope")).await,
        JwtError::MissingClaim { claim: "scope" }
    );
    for scope in [json!(42), json!(null), json!(["read:invoices"]), json!({})] {
        assert_eq!(
            m2m_rejection(m2m_jwt().custom_claim("scope", scope.clone())).await,
            JwtError::InvalidClaim {
                claim: "scope",
                reason: "not a string"
            },
            "{scope}"
        );
    }
}

#[tokio::test]
async fn registered_claims_are_required() {
    for claim in ["iss", "sub", "aud", "exp", "nbf", "iat"] {
        assert_eq!(
            m2m_rejection(m2m_jwt().without_claim(claim)).await,
            JwtError::MissingClaim { claim },
            "{claim}"
        );
    }
}

#[tokio::test]
async fn the_client_id_is_a_non_empty_string() {
    assert_eq!(
        m2m_rejection(m2m_jwt().custom_claim("sub", "")).await,
        JwtError::InvalidClaim {
            claim: "sub",
            reason: "empty string"
        }
    );
    assert_eq!(
        m2m_rejection(m2m_jwt().custom_claim("sub", 7)).await,
        JwtError::InvalidClaim {
            claim: "sub",
            reason: "not a string"
        }
    );
}

#[tokio::test]
async fn audience_and_issuer_are_checked() {
    assert_eq!(
        m2m_rejection(m2m_jwt().audience(json!(["project-test-other"]))).await,
        JwtError::WrongAudience {
            expected: PROJECT_ID.to_owned()
        }
    );
    assert_eq!(
        m2m_rejection(m2m_jwt().issuer("stytch.com/project-test-other")).await,
        JwtError::WrongIssuer {
            expected: ISSUER.to_owned(),
            found: "stytch.com/project-test-other".to_owned()
        }
    );
    // A plain string audience naming the project is accepted, as for sessions.
    let token = m2m_jwt().audience(PROJECT_ID).sign(key_a()).unwrap();
    assert!(verify_m2m(&token).await.is_ok());
}

#[tokio::test]
async fn time_rules_apply_with_leeway_and_maximum_age() {
    let token = m2m_jwt().sign(key_a()).unwrap();
    let verifier = verifier();
    // `exp` is t0 + 3600.
    assert!(verifier.verify_m2m(&token, &options_at(3599)).await.is_ok());
    assert_eq!(
        verifier.verify_m2m(&token, &options_at(3600)).await,
        Err(JwtError::Expired {
            expired_at: utc("2025-06-15T16:06:40Z")
        })
    );
    assert!(
        verifier
            .verify_m2m(
                &token,
                &options_at(3600).with_leeway(Duration::from_secs(1))
            )
            .await
            .is_ok()
    );
    assert_eq!(
        verifier
            .verify_m2m(&token, &options_at(1).with_max_token_age(Duration::ZERO))
            .await,
        Err(JwtError::TooOld {
            issued_at: utc("2025-06-15T15:06:40Z"),
            max_age: Duration::ZERO
        })
    );

    assert_eq!(
        m2m_rejection(m2m_jwt().not_before(at(60))).await,
        JwtError::NotYetValid {
            not_before: utc("2025-06-15T15:07:40Z")
        }
    );
    let issued_in_future = m2m_rejection(m2m_jwt().issued_at(at(60))).await;
    assert_eq!(
        issued_in_future,
        JwtError::IssuedInFuture {
            issued_at: utc("2025-06-15T15:07:40Z")
        }
    );
    // The rejection of an M2M token does not call it a session JWT.
    assert_eq!(
        issued_in_future.to_string(),
        "JWT is issued in the future, at 2025-06-15 15:07:40 UTC"
    );
}

#[tokio::test]
async fn signature_key_and_header_rules_apply() {
    // Key A's id, key B's signature.
    let forged = m2m_jwt().key_id(key_a().kid()).sign(key_b()).unwrap();
    assert_eq!(verify_m2m(&forged).await, Err(JwtError::InvalidSignature));

    assert_eq!(
        m2m_rejection(m2m_jwt().algorithm("HS256")).await,
        JwtError::UnsupportedAlgorithm {
            alg: "HS256".to_owned()
        }
    );
    assert_eq!(
        m2m_rejection(m2m_jwt().header("crit", json!(["exp"]))).await,
        JwtError::CriticalHeader
    );
    assert_eq!(
        m2m_rejection(m2m_jwt().header("typ", "at+jwt")).await,
        JwtError::UnsupportedType {
            typ: "at+jwt".to_owned()
        }
    );
    assert_eq!(
        m2m_rejection(m2m_jwt().without_key_id()).await,
        JwtError::MissingKeyId
    );
}

#[tokio::test]
async fn an_unknown_key_is_refused_after_a_refetch() {
    let server = httpmock::MockServer::start_async().await;
    let mock = mock_jwks(&server, 200, &jwks_json(&[key_a()])).await;
    let verifier = verifier_for(&server, &JwtConfig::default());
    let token = m2m_jwt().sign(key_b()).unwrap();
    assert_eq!(
        verifier.verify_m2m(&token, &options()).await,
        Err(JwtError::UnknownKeyId {
            kid: "jwk-test-bbbb".to_owned(),
            refetched: true
        })
    );
    assert_eq!(mock.calls_async().await, 1);
}

#[tokio::test]
async fn repeated_claims_are_refused() {
    let header = r#"{"alg":"RS256","typ":"JWT","kid":"jwk-test-aaaa"}"#;
    let claims = |extra: &str| {
        format!(
            r#"{{"iss":"{ISSUER}","sub":"{CLIENT_ID}","aud":["{PROJECT_ID}"],"iat":{T0_SECS},"nbf":{T0_SECS},"exp":{},{extra}}}"#,
            T0_SECS + 3600
        )
    };
    for (extra, repeated) in [
        (r#""scope":"read","scope":"read write""#, "scope"),
        (r#""scope":"read","sub":"m2m-client-test-other""#, "sub"),
        (r#""scope":"read","tenant":{"id":1,"id":2}"#, "tenant.id"),
    ] {
        let token = key_a().sign_compact(header, &claims(extra)).unwrap();
        assert_eq!(
            verify_m2m(&token).await,
            Err(JwtError::DuplicateClaim {
                claim: repeated.to_owned()
            }),
            "{extra}"
        );
    }
    let token = key_a()
        .sign_compact(header, &claims(r#""scope":"read""#))
        .unwrap();
    assert_eq!(verify_m2m(&token).await.unwrap().scopes, ["read"]);
}

#[tokio::test]
async fn a_session_jwt_is_not_an_m2m_token_even_with_a_scope_claim() {
    let refused = JwtError::MalformedStytchClaims {
        claim: "https://stytch.com/session".to_owned(),
        reason: "present in an M2M token",
    };
    let verifier = verifier();
    for session in [
        session_jwt(),
        session_jwt().custom_claim("scope", "read:invoices"),
    ] {
        let token = session.sign(key_a()).unwrap();
        // Verified (and cached) as a session first: the M2M path does not see that cache.
        assert!(verifier.verify(&token, &options()).await.is_ok());
        assert_eq!(
            verifier.verify_m2m(&token, &options()).await,
            Err(refused.clone())
        );
        assert_eq!(
            verifier.verify_m2m(&token, &options()).await,
            Err(refused.clone())
        );
    }
}

#[tokio::test]
async fn an_m2m_token_is_not_a_session_jwt() {
    let verifier = verifier();
    let token = m2m_jwt().sign(key_a()).unwrap();
    // Verified (and cached) as an M2M token first: the session path does not see it.
    assert!(verifier.verify_m2m(&token, &options()).await.is_ok());
    for _ in 0..2 {
        assert_eq!(
            verifier.verify(&token, &options()).await,
            Err(JwtError::MalformedStytchClaims {
                claim: "https://stytch.com/session".to_owned(),
                reason: "missing"
            })
        );
    }
}

#[tokio::test]
async fn repeated_m2m_tokens_come_from_the_cache_with_times_rechecked() {
    let verifier = verifier();
    let token = m2m_jwt().sign(key_a()).unwrap();
    let first = verifier.verify_m2m(&token, &options()).await.unwrap();
    let hits_before = verifier.jwks().stats().token_cache_hits;
    let second = verifier.verify_m2m(&token, &options()).await.unwrap();
    assert!(std::sync::Arc::ptr_eq(&first, &second));
    assert_eq!(verifier.jwks().stats().token_cache_hits, hits_before + 1);
    assert_eq!(
        verifier.verify_m2m(&token, &options_at(3600)).await,
        Err(JwtError::Expired {
            expired_at: utc("2025-06-15T16:06:40Z")
        })
    );
}
