//! One token per claim rule (registered claims, audience, issuer, time rules, Stytch
//! session and organization claims), each asserting its specific rejection and whether it
//! allows a fallback to the API.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Duration;

use crate::jwt_support::*;
use serde_json::json;
use stytch_b2b::jwt::JwtError;
use stytch_b2b::testkit::TestSessionJwt;

#[tokio::test]
async fn registered_claims_are_required() {
    for claim in ["iss", "sub", "aud", "exp", "nbf", "iat"] {
        let error = rejection(session_jwt().without_claim(claim)).await;
        assert!(
            matches!(error, JwtError::MissingClaim { claim: c } if c == claim),
            "{claim}: {error:?}"
        );
        assert!(!error.allows_remote_fallback());
    }
}

#[tokio::test]
async fn times_must_be_numbers_in_range() {
    for (claim, value) in [
        ("exp", json!("1750000300")),
        ("nbf", json!(null)),
        ("iat", json!(true)),
        ("exp", json!(-5)),
        ("exp", json!(253_402_300_800_u64)),
    ] {
        let error = rejection(session_jwt().custom_claim(claim, value.clone())).await;
        assert!(
            matches!(error, JwtError::InvalidClaim { claim: c, .. } if c == claim),
            "{claim}={value}: {error:?}"
        );
    }
}

#[tokio::test]
async fn fractional_times_are_accepted() {
    let token = session_jwt()
        .custom_claim("exp", json!(1_750_000_300.5))
        .sign(key_a())
        .unwrap();
    assert_eq!(verify(&token).await, Ok(()));
}

#[tokio::test]
async fn sub_and_aud_must_have_the_right_type() {
    assert!(matches!(
        rejection(session_jwt().custom_claim("sub", 42)).await,
        JwtError::InvalidClaim { claim: "sub", .. }
    ));
    assert!(matches!(
        rejection(session_jwt().custom_claim("sub", "")).await,
        JwtError::InvalidClaim { claim: "sub", .. }
    ));
    for aud in [json!(7), json!([PROJECT_ID, 7]), json!({"aud": PROJECT_ID})] {
        assert!(matches!(
            rejection(session_jwt().audience(aud)).await,
            JwtError::InvalidClaim { claim: "aud", .. }
        ));
    }
}

#[tokio::test]
async fn wrong_audience_is_refused_locally() {
    for aud in [
        json!("project-test-other"),
        json!(["project-test-other"]),
        json!([]),
    ] {
        let error = rejection(session_jwt().audience(aud)).await;
        assert_eq!(
            error,
            JwtError::WrongAudience {
                expected: PROJECT_ID.into()
            }
        );
        assert!(!error.allows_remote_fallback());
    }
}

#[tokio::test]
async fn wrong_issuer_is_refused_locally() {
    let error = rejection(session_jwt().issuer("stytch.com/project-test-other")).await;
    assert_eq!(
        error,
        JwtError::WrongIssuer {
            expected: ISSUER.into(),
            found: "stytch.com/project-test-other".into(),
        }
    );
    assert!(!error.allows_remote_fallback());
}

// ----- time rules -----

#[tokio::test]
async fn expired_token_allows_fallback() {
    let error = rejection(session_jwt().expires_at(at(0))).await;
    assert_eq!(
        error,
        JwtError::Expired {
            expired_at: utc("2025-06-15T15:06:40Z")
        }
    );
    assert!(error.allows_remote_fallback());
}

#[tokio::test]
async fn not_yet_valid_token_allows_fallback() {
    let error = rejection(session_jwt().not_before(at(60))).await;
    assert_eq!(
        error,
        JwtError::NotYetValid {
            not_before: utc("2025-06-15T15:07:40Z")
        }
    );
    assert!(error.allows_remote_fallback());
}

#[tokio::test]
async fn token_issued_in_the_future_is_refused() {
    let error = rejection(session_jwt().issued_at(at(60)).not_before(at(0))).await;
    assert_eq!(
        error,
        JwtError::IssuedInFuture {
            issued_at: utc("2025-06-15T15:07:40Z")
        }
    );
    assert!(!error.allows_remote_fallback());
}

#[tokio::test]
async fn too_old_token_allows_fallback() {
    let token = session_jwt()
        .issued_at(at(-600))
        .not_before(at(-600))
        .sign(key_a())
        .unwrap();
    let max_age = Duration::from_secs(300);
    let error = verifier()
        .verify(&token, &options().with_max_token_age(max_age))
        .await
        .unwrap_err();
    assert_eq!(
        error,
        JwtError::TooOld {
            issued_at: utc("2025-06-15T14:56:40Z"),
            max_age
        }
    );
    assert!(error.allows_remote_fallback());
    assert!(
        verifier()
            .verify(
                &token,
                &options().with_max_token_age(Duration::from_secs(601))
            )
            .await
            .is_ok()
    );
}

#[tokio::test]
async fn non_time_rules_take_precedence_over_time_rules() {
    // Expired and mis-addressed: reported as mis-addressed, so no fallback happens.
    let error = rejection(
        session_jwt()
            .expires_at(at(0))
            .audience("project-test-other"),
    )
    .await;
    assert!(matches!(error, JwtError::WrongAudience { .. }));
    let error = rejection(
        with_session(|s| {
            s.remove("id");
        })
        .expires_at(at(0)),
    )
    .await;
    assert!(matches!(error, JwtError::MalformedStytchClaims { .. }));
}

// ----- Stytch claims -----

async fn malformed(builder: TestSessionJwt) -> String {
    match rejection(builder).await {
        JwtError::MalformedStytchClaims { claim, .. } => claim,
        other => panic!("expected MalformedStytchClaims, got {other:?}"),
    }
}

#[tokio::test]
async fn session_claim_must_be_present_and_an_object() {
    assert_eq!(
        malformed(session_jwt().without_claim("https://stytch.com/session")).await,
        "https://stytch.com/session"
    );
    assert_eq!(
        malformed(session_jwt().custom_claim("https://stytch.com/session", "s")).await,
        "https://stytch.com/session"
    );
}

#[tokio::test]
async fn session_claim_members_must_be_well_formed() {
    // (path reported, member changed, new value or None to remove it)
    let cases = [
        ("id", "id", None),
        ("id", "id", Some(json!(5))),
        ("started_at", "started_at", Some(json!("yesterday"))),
        ("started_at", "started_at", None),
        (
            "last_accessed_at",
            "last_accessed_at",
            Some(json!(1_750_000_000)),
        ),
        (
            "expires_at",
            "expires_at",
            Some(json!("2025-06-15 16:06:40")),
        ),
        ("roles", "roles", Some(json!("stytch_admin"))),
        ("roles", "roles", Some(json!(["stytch_admin", 1]))),
        ("attributes", "attributes", Some(json!("203.0.113.7"))),
        ("authentication_factors", "authentication_factors", None),
        (
            "authentication_factors",
            "authentication_factors",
            Some(json!({})),
        ),
        (
            "authentication_factors[0]",
            "authentication_factors",
            Some(json!(["email"])),
        ),
        (
            "authentication_factors[0].type",
            "authentication_factors",
            Some(json!([{"delivery_method": "email"}])),
        ),
        (
            "authentication_factors[1].delivery_method",
            "authentication_factors",
            Some(json!([
                {"type": "otp", "delivery_method": "sms"},
                {"type": "otp", "delivery_method": 3},
            ])),
        ),
        (
            "authentication_factors[0].last_authenticated_at",
            "authentication_factors",
            Some(
                json!([{"type": "otp", "delivery_method": "sms", "last_authenticated_at": "soon"}]),
            ),
        ),
    ];
    for (path, member, value) in cases {
        let builder = with_session(|session| match value {
            Some(value) => {
                session.insert(member.into(), value);
            }
            None => {
                session.remove(member);
            }
        });
        assert_eq!(
            malformed(builder).await,
            format!("https://stytch.com/session.{path}")
        );
    }
}

#[tokio::test]
async fn organization_claim_must_be_well_formed() {
    assert_eq!(
        malformed(session_jwt().without_claim("https://stytch.com/organization")).await,
        "https://stytch.com/organization"
    );
    assert_eq!(
        malformed(with_organization(|o| {
            o.remove("organization_id");
        }))
        .await,
        "https://stytch.com/organization.organization_id"
    );
    assert_eq!(
        malformed(with_organization(|o| {
            o.insert("slug".into(), json!(["acme"]));
        }))
        .await,
        "https://stytch.com/organization.slug"
    );
}

#[tokio::test]
async fn errors_never_echo_the_token() {
    let valid = session_jwt().sign(key_a()).unwrap();
    let signature = valid.rsplit('.').next().unwrap().to_owned();
    let forged = session_jwt().key_id(key_a().kid()).sign(key_b()).unwrap();
    let expired = session_jwt().expires_at(at(0)).sign(key_a()).unwrap();
    let long_alg = session_jwt()
        .algorithm("X".repeat(500))
        .sign(key_a())
        .unwrap();
    for token in [
        forged,
        expired,
        long_alg,
        format!("{valid}.x"),
        valid[..valid.len() - 3].to_owned(),
    ] {
        let error = verify(&token).await.unwrap_err();
        for shown in [error.to_string(), format!("{error:?}")] {
            assert!(!shown.contains(&signature), "{shown}");
            assert!(
                !shown.contains(token.rsplit('.').next().unwrap()),
                "{shown}"
            );
            assert!(shown.len() < 300, "{shown}");
        }
    }
}
