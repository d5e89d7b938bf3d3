//! Local verification of valid tokens: every field of the result, the accepted variants of
//! `aud`, `typ`, `iss` and times, and custom claims decoded into the caller's types.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;
use std::time::Duration;

use crate::jwt_support::*;
use serde::Deserialize;
use serde_json::{Value, json};
use stytch_b2b::jwt::{FactorType, JwtConfig, JwtError, JwtVerifier};
use stytch_b2b::testkit::jwks_json_from;

#[tokio::test]
async fn valid_token_yields_every_field() {
    let factor = json!({
        "type": "sso",
        "delivery_method": "sso_saml",
        "last_authenticated_at": "2025-06-15T15:00:00Z",
        "created_at": "2025-01-02T03:04:05Z",
        "updated_at": "2025-06-01T00:00:00Z",
        "saml_sso_factor": {
            "id": "saml-connection-test-1",
            "provider_subject": "member@acme.example",
        },
    });
    let token = session_jwt()
        .member_id("member-test-aaaa")
        .member_session_id("member-session-test-bbbb")
        .organization_id("organization-test-cccc")
        .organization_slug("acme")
        .roles(["stytch_member", "stytch_admin", "editor"])
        .authentication_factors(vec![factor.clone()])
        .session_started_at(at(-3_600))
        .session_last_accessed_at(at(-60))
        .session_expires_at(at(7_200))
        .custom_claim(
            "https://acme.example/plan",
            json!({"tier": "gold", "seats": 12}),
        )
        .custom_claim("feature_flags", json!(["beta", "sso"]))
        .custom_claim("jti", "token-id-1")
        .custom_claim("https://stytch.com/future_claim", json!({"x": 1}))
        .sign(key_a())
        .unwrap();

    let session = verifier().verify(&token, &options()).await.unwrap();

    assert_eq!(session.member_session_id, "member-session-test-bbbb");
    assert_eq!(session.member_id, "member-test-aaaa");
    assert_eq!(session.organization_id, "organization-test-cccc");
    assert_eq!(session.organization_slug.as_deref(), Some("acme"));
    assert_eq!(session.started_at, utc("2025-06-15T14:06:40Z"));
    assert_eq!(session.last_accessed_at, utc("2025-06-15T15:05:40Z"));
    assert_eq!(session.expires_at, utc("2025-06-15T17:06:40Z"));
    assert_eq!(session.roles, ["stytch_member", "stytch_admin", "editor"]);

    assert_eq!(session.authentication_factors.len(), 1);
    let factor_out = &session.authentication_factors[0];
    assert_eq!(factor_out.factor_type, FactorType::Sso);
    assert_eq!(factor_out.delivery_method, "sso_saml");
    assert_eq!(
        factor_out.last_authenticated_at,
        Some(utc("2025-06-15T15:00:00Z"))
    );
    assert_eq!(factor_out.created_at, Some(utc("2025-01-02T03:04:05Z")));
    assert_eq!(factor_out.updated_at, Some(utc("2025-06-01T00:00:00Z")));
    assert_eq!(Value::Object(factor_out.raw().clone()), factor);
    assert_eq!(
        serde_json::from_str::<Value>(factor_out.raw_json()).unwrap(),
        factor
    );
    assert_eq!(
        factor_out
            .detail("saml_sso_factor")
            .and_then(|d| d.get("provider_subject")),
        Some(&json!("member@acme.example"))
    );

    // Registered claims (jti included) and every https://stytch.com/ claim are excluded.
    assert_eq!(
        Value::Object(session.custom_claims().clone()),
        json!({
            "https://acme.example/plan": {"tier": "gold", "seats": 12},
            "feature_flags": ["beta", "sso"],
        })
    );
}

#[tokio::test]
async fn session_expiry_falls_back_to_exp() {
    for edit in [
        |s: &mut serde_json::Map<String, Value>| {
            s.remove("expires_at");
        },
        |s: &mut serde_json::Map<String, Value>| {
            s.insert("expires_at".into(), json!(""));
        },
        |s: &mut serde_json::Map<String, Value>| {
            s.insert("expires_at".into(), Value::Null);
        },
    ] {
        let token = with_session(edit)
            .expires_at(at(240))
            .sign(key_a())
            .unwrap();
        let session = verifier().verify(&token, &options()).await.unwrap();
        assert_eq!(session.expires_at, utc("2025-06-15T15:10:40Z"));
    }
}

#[tokio::test]
async fn unknown_factor_type_and_delivery_method_are_kept() {
    let unknown = json!({
        "type": "passkey_v2",
        "delivery_method": "carrier_pigeon",
        "pigeon_factor": {"id": "pigeon-1"},
    });
    let token = session_jwt()
        .authentication_factors(vec![unknown.clone()])
        .sign(key_a())
        .unwrap();
    let session = verifier().verify(&token, &options()).await.unwrap();
    let factor = &session.authentication_factors[0];
    assert_eq!(factor.factor_type, FactorType::Other("passkey_v2".into()));
    assert_eq!(factor.factor_type.as_str(), "passkey_v2");
    assert_eq!(factor.delivery_method, "carrier_pigeon");
    assert_eq!(factor.last_authenticated_at, None);
    assert_eq!(Value::Object(factor.raw().clone()), unknown);
}

#[tokio::test]
async fn missing_slug_and_roles_are_empty_not_errors() {
    let token = with_session(|s| {
        s.remove("roles");
    })
    .without_organization_slug()
    .sign(key_a())
    .unwrap();
    let session = verifier().verify(&token, &options()).await.unwrap();
    assert_eq!(session.organization_slug, None);
    assert!(session.roles.is_empty());
}

#[tokio::test]
async fn audience_may_be_a_string_or_an_array() {
    for audience in [json!(PROJECT_ID), json!(["other-project", PROJECT_ID])] {
        let token = session_jwt().audience(audience).sign(key_a()).unwrap();
        assert_eq!(verify(&token).await, Ok(()));
    }
}

#[tokio::test]
async fn typ_may_be_absent_or_any_case_of_jwt() {
    for builder in [
        session_jwt().without_header("typ"),
        session_jwt().header("typ", "jwt"),
        session_jwt().header("typ", "Jwt"),
    ] {
        assert_eq!(verify(&builder.sign(key_a()).unwrap()).await, Ok(()));
    }
}

#[tokio::test]
async fn rs256_is_used_whatever_the_jwk_alg_says() {
    let mut jwk = key_a().jwk();
    jwk["alg"] = json!("RS512");
    let verifier = preloaded_verifier(&jwks_json_from(vec![jwk]), &JwtConfig::default());
    let rs256 = session_jwt().sign(key_a()).unwrap();
    assert!(verifier.verify(&rs256, &options()).await.is_ok());
    let rs512 = session_jwt().algorithm("RS512").sign(key_a()).unwrap();
    assert_eq!(
        verifier.verify(&rs512, &options()).await.map(|_| ()),
        Err(JwtError::UnsupportedAlgorithm {
            alg: "RS512".into()
        })
    );
}

#[tokio::test]
async fn custom_base_url_is_an_issuer_besides_stytch() {
    let issuer = JwtVerifier::expected_issuer(PROJECT_ID, Some("https://login.acme.example/"));
    assert_eq!(issuer, "https://login.acme.example");
    let preloaded = verifier();
    let custom = JwtVerifier::new(
        PROJECT_ID,
        issuer,
        preloaded.jwks().clone(),
        &JwtConfig::default(),
    );

    let good = session_jwt()
        .issuer("https://login.acme.example")
        .sign(key_a())
        .unwrap();
    assert!(custom.verify(&good, &options()).await.is_ok());
    // Stytch's own issuer stays accepted next to the custom domain.
    let stytch = session_jwt().issuer(ISSUER).sign(key_a()).unwrap();
    assert!(custom.verify(&stytch, &options()).await.is_ok());
    for wrong in [
        "https://login.acme.example/",
        "stytch.com/project-test-other",
    ] {
        let token = session_jwt().issuer(wrong).sign(key_a()).unwrap();
        assert_eq!(
            custom.verify(&token, &options()).await.map(|_| ()),
            Err(JwtError::WrongIssuer {
                expected: format!("{ISSUER} or https://login.acme.example"),
                found: wrong.into(),
            })
        );
    }
}

#[tokio::test]
async fn leeway_tolerates_small_skew() {
    let leeway = Duration::from_secs(30);
    let expired_recently = session_jwt().expires_at(at(-10)).sign(key_a()).unwrap();
    let starts_soon = session_jwt()
        .not_before(at(20))
        .issued_at(at(20))
        .sign(key_a())
        .unwrap();
    for token in [&expired_recently, &starts_soon] {
        assert!(
            verifier()
                .verify(token, &options().with_leeway(leeway))
                .await
                .is_ok()
        );
    }
    assert!(matches!(
        verify(&expired_recently).await,
        Err(JwtError::Expired { .. })
    ));
    assert!(matches!(
        verify(&starts_soon).await,
        Err(JwtError::NotYetValid { .. })
    ));
}

#[tokio::test]
async fn custom_claims_decode_into_a_struct_or_a_map() {
    #[derive(Debug, Deserialize, PartialEq)]
    struct Claims {
        tier: String,
        seats: u32,
        #[serde(rename = "https://acme.example/flags")]
        flags: Vec<String>,
    }
    let token = session_jwt()
        .custom_claim("tier", "gold")
        .custom_claim("seats", 12)
        .custom_claim("https://acme.example/flags", json!(["a", "b"]))
        .sign(key_a())
        .unwrap();
    let verifier = verifier();
    let typed = verifier
        .verify_with_claims::<Claims>(&token, &options())
        .await
        .unwrap();
    assert_eq!(
        typed.custom_claims,
        Claims {
            tier: "gold".into(),
            seats: 12,
            flags: vec!["a".into(), "b".into()],
        }
    );
    assert_eq!(
        typed.session.member_id,
        "member-test-00000000-0000-0000-0000-000000000001"
    );

    let map = verifier
        .verify_with_claims::<BTreeMap<String, Value>>(&token, &options())
        .await
        .unwrap();
    assert_eq!(map.custom_claims.len(), 3);
    assert_eq!(map.custom_claims["seats"], json!(12));
}

#[tokio::test]
async fn custom_claims_decode_failure_names_the_claim() {
    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Claims {
        plan: Plan,
        region: String,
    }
    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Plan {
        seats: u32,
    }
    let verifier = verifier();
    let wrong_type = session_jwt()
        .custom_claim("plan", json!({"seats": "many"}))
        .custom_claim("region", "eu")
        .sign(key_a())
        .unwrap();
    let error = verifier
        .verify_with_claims::<Claims>(&wrong_type, &options())
        .await
        .unwrap_err();
    assert!(
        matches!(&error, JwtError::CustomClaims { claim, .. } if claim == "plan.seats"),
        "{error:?}"
    );
    assert!(!error.allows_remote_fallback());

    let missing = session_jwt()
        .custom_claim("plan", json!({"seats": 1}))
        .sign(key_a())
        .unwrap();
    let error = verifier
        .verify_with_claims::<Claims>(&missing, &options())
        .await
        .unwrap_err();
    assert!(
        matches!(&error, JwtError::CustomClaims { claim, .. } if claim == "region"),
        "{error:?}"
    );
}
