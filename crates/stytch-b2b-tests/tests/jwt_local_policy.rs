//! Local verification: the valid token with every field checked, and one token per rule of
//! the policy that breaks only that rule, asserting its specific rejection.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod jwt_support;

use std::collections::BTreeMap;
use std::time::Duration;

use chrono::{DateTime, Utc};
use jwt_support::*;
use serde::Deserialize;
use serde_json::{Value, json};
use stytch_b2b::jwt::{FactorType, JwtConfig, JwtError, JwtVerifier, TokenSegment};
use stytch_b2b::testkit::{TestSessionJwt, jwks_json, jwks_json_from};

fn verifier() -> JwtVerifier {
    preloaded_verifier(&jwks_json(&[key_a()]), &JwtConfig::default())
}

async fn verify(token: &str) -> Result<(), JwtError> {
    verifier().verify(token, &options()).await.map(|_| ())
}

async fn rejection(builder: TestSessionJwt) -> JwtError {
    let token = builder.sign(key_a()).unwrap();
    verify(&token).await.expect_err("token must be rejected")
}

/// The session claim of the default token, edited by `edit`.
fn with_session(edit: impl FnOnce(&mut serde_json::Map<String, Value>)) -> TestSessionJwt {
    let base = session_jwt();
    let mut session = base.payload_json()["https://stytch.com/session"]
        .as_object()
        .cloned()
        .unwrap();
    edit(&mut session);
    base.custom_claim("https://stytch.com/session", Value::Object(session))
}

fn with_organization(edit: impl FnOnce(&mut serde_json::Map<String, Value>)) -> TestSessionJwt {
    let base = session_jwt();
    let mut organization = base.payload_json()["https://stytch.com/organization"]
        .as_object()
        .cloned()
        .unwrap();
    edit(&mut organization);
    base.custom_claim(
        "https://stytch.com/organization",
        Value::Object(organization),
    )
}

fn utc(text: &str) -> DateTime<Utc> {
    text.parse().unwrap()
}

// ----- the valid token -----

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
async fn custom_base_url_is_the_issuer() {
    let issuer = JwtVerifier::expected_issuer(PROJECT_ID, Some("https://login.acme.example/"));
    assert_eq!(issuer, "https://login.acme.example");
    let preloaded = preloaded_verifier(&jwks_json(&[key_a()]), &JwtConfig::default());
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
    for wrong in ["https://login.acme.example/", ISSUER] {
        let token = session_jwt().issuer(wrong).sign(key_a()).unwrap();
        assert_eq!(
            custom.verify(&token, &options()).await.map(|_| ()),
            Err(JwtError::WrongIssuer {
                expected: "https://login.acme.example".into(),
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

// ----- structure -----

#[tokio::test]
async fn too_long_is_refused_before_decoding() {
    let config = JwtConfig::default();
    let huge = "a".repeat(config.max_token_len + 1);
    assert_eq!(
        verify(&huge).await,
        Err(JwtError::TooLong {
            len: 65_537,
            max: 65_536
        })
    );

    let padded = session_jwt()
        .custom_claim("blob", "x".repeat(70_000))
        .sign(key_a())
        .unwrap();
    assert!(matches!(
        verify(&padded).await,
        Err(JwtError::TooLong { max: 65_536, .. })
    ));

    let small = JwtConfig::default().with_max_token_len(100);
    let verifier = preloaded_verifier(&jwks_json(&[key_a()]), &small);
    let valid = session_jwt().sign(key_a()).unwrap();
    assert!(matches!(
        verifier.verify(&valid, &options()).await,
        Err(JwtError::TooLong { max: 100, .. })
    ));
}

#[tokio::test]
async fn segment_count_must_be_three() {
    let valid = session_jwt().sign(key_a()).unwrap();
    let (signing_input, _) = valid.rsplit_once('.').unwrap();
    assert_eq!(
        verify(signing_input).await,
        Err(JwtError::MalformedSegments { found: 2 })
    );
    assert_eq!(
        verify(&format!("{valid}.extra")).await,
        Err(JwtError::MalformedSegments { found: 4 })
    );
    assert_eq!(
        verify("").await,
        Err(JwtError::MalformedSegments { found: 1 })
    );
}

#[tokio::test]
async fn padded_base64_is_refused() {
    let valid = session_jwt().sign(key_a()).unwrap();
    let parts: Vec<&str> = valid.split('.').collect();
    // The payload segment is re-signed with padding appended, so only the padding is wrong.
    let padded = key_a()
        .sign_segments(parts[0], &format!("{}==", parts[1]))
        .unwrap();
    assert_eq!(
        verify(&padded).await,
        Err(JwtError::InvalidBase64 {
            segment: TokenSegment::Payload
        })
    );
    let standard_alphabet = format!(
        "{}.{}.{}",
        parts[0],
        parts[1],
        parts[2].replace(['-', '_'], "+")
    );
    assert_eq!(
        verify(&standard_alphabet).await,
        Err(JwtError::InvalidBase64 {
            segment: TokenSegment::Signature
        })
    );
    let header_garbage = key_a().sign_segments("eyJ*", parts[1]).unwrap();
    assert_eq!(
        verify(&header_garbage).await,
        Err(JwtError::InvalidBase64 {
            segment: TokenSegment::Header
        })
    );
}

#[tokio::test]
async fn header_must_be_a_json_object() {
    let payload = serde_json::to_string(&session_jwt().payload_json()).unwrap();
    for header in [
        "not json",
        "[\"RS256\"]",
        "{\"alg\":\"RS256\",\"kid\":\"jwk-test-aaaa\"",
        "",
    ] {
        let token = key_a().sign_compact(header, &payload).unwrap();
        assert!(
            matches!(verify(&token).await, Err(JwtError::InvalidHeader { .. })),
            "{header}"
        );
    }
}

#[tokio::test]
async fn header_members_must_not_repeat() {
    let payload = serde_json::to_string(&session_jwt().payload_json()).unwrap();
    let token = key_a()
        .sign_compact(
            r#"{"alg":"RS256","kid":"jwk-test-aaaa","kid":"jwk-test-bbbb"}"#,
            &payload,
        )
        .unwrap();
    let error = verify(&token).await.unwrap_err();
    assert!(
        matches!(&error, JwtError::InvalidHeader { reason } if reason.contains("kid")),
        "{error:?}"
    );
}

#[tokio::test]
async fn alg_is_required() {
    assert_eq!(
        rejection(session_jwt().without_header("alg")).await,
        JwtError::MissingAlgorithm
    );
}

#[tokio::test]
async fn only_rs256_is_accepted() {
    for alg in ["RS384", "RS512", "PS256", "HS256", "none", "rs256", "ES256"] {
        assert_eq!(
            rejection(session_jwt().algorithm(alg)).await,
            JwtError::UnsupportedAlgorithm { alg: alg.into() },
            "{alg}"
        );
    }
}

#[tokio::test]
async fn typ_other_than_jwt_is_refused() {
    assert_eq!(
        rejection(session_jwt().header("typ", "at+jwt")).await,
        JwtError::UnsupportedType {
            typ: "at+jwt".into()
        }
    );
}

#[tokio::test]
async fn crit_is_refused() {
    assert_eq!(
        rejection(session_jwt().header("crit", json!(["exp"]))).await,
        JwtError::CriticalHeader
    );
    assert_eq!(
        rejection(session_jwt().header("crit", json!([]))).await,
        JwtError::CriticalHeader
    );
}

#[tokio::test]
async fn kid_is_required() {
    assert_eq!(
        rejection(session_jwt().without_key_id()).await,
        JwtError::MissingKeyId
    );
}

#[tokio::test]
async fn kid_must_name_an_rsa_key() {
    let ec = json!({"kty": "EC", "crv": "P-256", "kid": "jwk-test-ec", "use": "sig",
                    "x": "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU",
                    "y": "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"});
    let verifier = preloaded_verifier(
        &jwks_json_from(vec![key_a().jwk(), ec]),
        &JwtConfig::default(),
    );
    let token = session_jwt().key_id("jwk-test-ec").sign(key_a()).unwrap();
    let error = verifier.verify(&token, &options()).await.unwrap_err();
    assert_eq!(
        error,
        JwtError::KeyNotRsa {
            kid: "jwk-test-ec".into()
        }
    );
    assert!(!error.allows_remote_fallback());
}

#[tokio::test]
async fn signature_must_verify() {
    // Signed by another key under key A's id.
    let forged = session_jwt().key_id(key_a().kid()).sign(key_b()).unwrap();
    assert_eq!(verify(&forged).await, Err(JwtError::InvalidSignature));

    // Key A's signature over a different payload.
    let valid = session_jwt().sign(key_a()).unwrap();
    let other = session_jwt()
        .member_id("member-test-evil")
        .sign(key_a())
        .unwrap();
    let valid_parts: Vec<&str> = valid.split('.').collect();
    let other_parts: Vec<&str> = other.split('.').collect();
    let spliced = format!("{}.{}.{}", valid_parts[0], other_parts[1], valid_parts[2]);
    assert_eq!(verify(&spliced).await, Err(JwtError::InvalidSignature));

    // A truncated (but well-encoded) signature.
    let short = format!(
        "{}.{}.{}",
        valid_parts[0],
        valid_parts[1],
        &valid_parts[2][..40]
    );
    assert_eq!(verify(&short).await, Err(JwtError::InvalidSignature));
    assert!(!JwtError::InvalidSignature.allows_remote_fallback());
}

#[tokio::test]
async fn payload_must_be_a_json_object() {
    for payload in ["[1,2]", "\"sub\"", "{\"sub\":", "{} trailing"] {
        let token = key_a()
            .sign_compact(
                r#"{"alg":"RS256","typ":"JWT","kid":"jwk-test-aaaa"}"#,
                payload,
            )
            .unwrap();
        assert!(
            matches!(verify(&token).await, Err(JwtError::InvalidPayload { .. })),
            "{payload}"
        );
    }
}

#[tokio::test]
async fn repeated_claim_names_are_refused() {
    let header = r#"{"alg":"RS256","typ":"JWT","kid":"jwk-test-aaaa"}"#;
    let payload = serde_json::to_string(&session_jwt().payload_json()).unwrap();
    // Appending a second "sub" to an otherwise valid payload.
    let duplicated = format!(
        "{},\"sub\":\"member-test-evil\"}}",
        &payload[..payload.len() - 1]
    );
    let token = key_a().sign_compact(header, &duplicated).unwrap();
    assert_eq!(
        verify(&token).await,
        Err(JwtError::DuplicateClaim {
            claim: "sub".into()
        })
    );

    // A repeated member inside the session claim.
    let nested = payload.replacen("\"id\":", "\"id\":\"member-session-test-evil\",\"id\":", 1);
    let token = key_a().sign_compact(header, &nested).unwrap();
    assert_eq!(
        verify(&token).await,
        Err(JwtError::DuplicateClaim {
            claim: "https://stytch.com/session.id".into()
        })
    );
}

// ----- registered claims -----

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
