//! One token per structural rule (length, segments, base64, header, key, signature,
//! payload object, repeated names), each asserting its specific rejection.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::jwt_support::*;
use serde_json::json;
use stytch_b2b::jwt::{JwtConfig, JwtError, TokenSegment};
use stytch_b2b::testkit::{jwks_json, jwks_json_from};

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

/// What the verifier keeps of a payload (custom claims, factors) must parse again, so a
/// value `serde_json` cannot read refuses the whole token instead of vanishing later.
#[tokio::test]
async fn payload_values_beyond_what_json_readers_take_are_refused() {
    let header = r#"{"alg":"RS256","typ":"JWT","kid":"jwk-test-aaaa"}"#;
    let payload = serde_json::to_string(&session_jwt().payload_json()).unwrap();
    let with_claim = |value: &str| {
        let claims = format!("{},\"c\":{value}}}", &payload[..payload.len() - 1]);
        key_a().sign_compact(header, &claims).unwrap()
    };
    let nested = |levels: usize| format!("{}{}", "[".repeat(levels), "]".repeat(levels));
    for value in [
        "1e400",
        "-1e400",
        &format!("1{}", "0".repeat(400)),
        &nested(127),
        // serde_json reads this member name as a marker: the claim would read back as
        // the number 1 (found by the json_scan fuzz target).
        r#"{"$serde_json::private::RawValue":"1"}"#,
        r#"[{"$serde_json::private::RawValue":[]}]"#,
    ] {
        assert!(
            matches!(
                verify(&with_claim(value)).await,
                Err(JwtError::InvalidPayload { .. })
            ),
            "{value:.20}"
        );
    }
    // Just inside both limits, the claim is kept and reads back.
    let session = verifier()
        .verify(&with_claim(&format!("[1e308,{}]", nested(125))), &options())
        .await
        .unwrap();
    assert_eq!(session.custom_claims()["c"][0], json!(1e308));
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

#[tokio::test]
async fn repeated_names_inside_stytch_claims_are_refused() {
    let header = r#"{"alg":"RS256","typ":"JWT","kid":"jwk-test-aaaa"}"#;
    let payload = serde_json::to_string(&session_jwt().payload_json()).unwrap();
    let cases = [
        (
            "\"delivery_method\":",
            "\"delivery_method\":\"sms\",\"delivery_method\":",
            "https://stytch.com/session.authentication_factors[0].delivery_method",
        ),
        (
            "\"organization_id\":",
            "\"organization_id\":\"organization-test-evil\",\"organization_id\":",
            "https://stytch.com/organization.organization_id",
        ),
        (
            "\"ip_address\":",
            "\"ip_address\":\"198.51.100.1\",\"ip_address\":",
            "https://stytch.com/session.attributes.ip_address",
        ),
        // A custom claim repeated at the top level.
        (
            "\"iss\":",
            "\"plan\":\"free\",\"plan\":\"enterprise\",\"iss\":",
            "plan",
        ),
    ];
    for (find, replace, claim) in cases {
        assert!(payload.contains(find), "{find}");
        let token = key_a()
            .sign_compact(header, &payload.replacen(find, replace, 1))
            .unwrap();
        assert_eq!(
            verify(&token).await,
            Err(JwtError::DuplicateClaim {
                claim: claim.into()
            }),
            "{claim}"
        );
    }
}
