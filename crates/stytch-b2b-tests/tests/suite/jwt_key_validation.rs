//! RSA key validation when a key set loads (issue 13, item 6b): a key with a bad exponent
//! or modulus is refused with `JwksError::InvalidKey` naming it, and skipped with a warning
//! while the good keys stay in use; a document without any good key fails to load and the
//! previous keys stay.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::jwt_support::*;
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use httpmock::prelude::*;
use serde_json::{Value, json};
use stytch_b2b::jwt::JwksError;
use stytch_b2b::testkit::{jwks_json, jwks_json_from};

fn decoded(jwk: &Value, member: &str) -> Vec<u8> {
    URL_SAFE_NO_PAD
        .decode(jwk[member].as_str().unwrap())
        .unwrap()
}

/// Key B's JWK named `kid`, with `edit` applied.
fn variant(kid: &str, edit: impl FnOnce(&mut Value)) -> Value {
    let mut jwk = key_b().jwk();
    jwk["kid"] = json!(kid);
    edit(&mut jwk);
    jwk
}

fn set_bytes(jwk: &mut Value, member: &str, bytes: &[u8]) {
    jwk[member] = json!(URL_SAFE_NO_PAD.encode(bytes));
}

/// Every defect, with the reason the refusal names.
fn bad_keys() -> Vec<(Value, &'static str)> {
    let n = decoded(&key_b().jwk(), "n");
    assert!(
        n[0] >= 0x80,
        "a generated 2048-bit modulus has its top bit set"
    );
    let mut even_n = n.clone();
    *even_n.last_mut().unwrap() &= 0xFE;
    let mut zero_padded_n = vec![0, 0];
    zero_padded_n.extend_from_slice(&n);
    let mut short_n = n[1..].to_vec();
    short_n[0] |= 0x80; // 2040 bits
    let mut huge_n = vec![0x01];
    huge_n.extend(std::iter::repeat_n(0xC3, 1024)); // 8193 bits
    *huge_n.last_mut().unwrap() |= 1;
    vec![
        (
            variant("jwk-bad-e-1", |k| set_bytes(k, "e", &[1])),
            "exponent is below 3",
        ),
        (
            variant("jwk-bad-e-2", |k| set_bytes(k, "e", &[2])),
            "exponent is even",
        ),
        (
            variant("jwk-bad-e-65536", |k| set_bytes(k, "e", &[1, 0, 0])),
            "exponent is even",
        ),
        (
            variant("jwk-bad-e-0", |k| set_bytes(k, "e", &[0])),
            "`e` is zero",
        ),
        (
            variant("jwk-bad-e-empty", |k| k["e"] = json!("")),
            "`e` is zero",
        ),
        (
            variant("jwk-bad-e-padded", |k| set_bytes(k, "e", &[0, 1, 0, 1])),
            "`e` has leading zero bytes",
        ),
        (
            variant("jwk-bad-e-number", |k| k["e"] = json!(65537)),
            "`e` is missing or not a string",
        ),
        (
            variant("jwk-bad-e-base64-padding", |k| k["e"] = json!("AQAB==")),
            "`e` is not strict unpadded base64url",
        ),
        (
            variant("jwk-bad-n-even", |k| set_bytes(k, "n", &even_n)),
            "modulus is even",
        ),
        (
            variant("jwk-bad-n-zero-padded", |k| {
                set_bytes(k, "n", &zero_padded_n)
            }),
            "`n` has leading zero bytes",
        ),
        (
            variant("jwk-bad-n-2040", |k| set_bytes(k, "n", &short_n)),
            "modulus size outside 2048..=8192 bits",
        ),
        (
            variant("jwk-bad-n-8193", |k| set_bytes(k, "n", &huge_n)),
            "modulus size outside 2048..=8192 bits",
        ),
        (
            variant("jwk-bad-n-standard-alphabet", |k| {
                k["n"] = json!(base64::engine::general_purpose::STANDARD_NO_PAD.encode(&n));
            }),
            "`n` is not strict unpadded base64url",
        ),
        (
            variant("jwk-bad-n-missing", |k| {
                k.as_object_mut().unwrap().remove("n");
            }),
            "`n` is missing or not a string",
        ),
        (
            variant("jwk-bad-n-zero", |k| set_bytes(k, "n", &[0; 256])),
            "`n` is zero",
        ),
    ]
}

#[test]
fn each_bad_key_is_refused_by_name_and_the_good_ones_kept() {
    let bad = bad_keys();
    let mut entries = vec![key_a().jwk()];
    entries.extend(bad.iter().map(|(jwk, _)| jwk.clone()));
    let verifier = preloaded_verifier(&jwks_json(&[key_a()]), &uncached());
    let jwks = verifier.jwks();

    assert_eq!(jwks.preload_json(&jwks_json_from(entries)), Ok(1));
    assert_eq!(jwks.key_ids(), ["jwk-test-aaaa"]);
    let expected: Vec<JwksError> = bad
        .iter()
        .map(|(jwk, reason)| JwksError::InvalidKey {
            kid: jwk["kid"].as_str().unwrap().to_owned(),
            reason,
        })
        .collect();
    assert_eq!(jwks.refused_keys(), expected);
}

#[tokio::test]
async fn good_keys_verify_next_to_refused_ones() {
    let document = jwks_json_from(vec![
        variant("jwk-bad-e-1", |k| set_bytes(k, "e", &[1])),
        key_a().jwk(),
        variant("jwk-bad-n-even", |k| {
            let mut n = decoded(k, "n");
            *n.last_mut().unwrap() &= 0xFE;
            set_bytes(k, "n", &n);
        }),
    ]);
    let verifier = preloaded_verifier(&document, &uncached());
    let token = session_jwt().sign(key_a()).unwrap();
    assert!(verifier.verify(&token, &options()).await.is_ok());
    assert_eq!(verifier.jwks().refused_keys().len(), 2);
}

#[test]
fn a_document_of_bad_keys_fails_with_the_first_refusal_and_keeps_the_current_set() {
    let verifier = preloaded_verifier(&jwks_json(&[key_a()]), &uncached());
    let jwks = verifier.jwks();
    for (jwk, reason) in bad_keys() {
        let kid = jwk["kid"].as_str().unwrap().to_owned();
        let other_type = json!({"kty": "oct", "kid": "jwk-test-oct", "k": "c2VjcmV0"});
        assert_eq!(
            jwks.preload_json(&jwks_json_from(vec![other_type, jwk])),
            Err(JwksError::InvalidKey {
                kid: kid.clone(),
                reason
            }),
            "{kid}"
        );
        assert_eq!(jwks.key_ids(), ["jwk-test-aaaa"], "{kid}");
        assert!(jwks.refused_keys().is_empty(), "{kid}");
    }
    // Without any RSA signing key the error stays `NoUsableKeys`.
    assert_eq!(
        jwks.preload_json(r#"{"keys":[{"kty":"oct","kid":"k","k":"c2VjcmV0"}]}"#),
        Err(JwksError::NoUsableKeys)
    );
}

#[test]
fn tolerated_encodings_still_load() {
    let n = decoded(&key_b().jwk(), "n");
    // A two's-complement sign byte before a modulus whose top bit is set.
    let mut signed_n = vec![0];
    signed_n.extend_from_slice(&n);
    let document = jwks_json_from(vec![
        variant("jwk-sign-byte", |k| set_bytes(k, "n", &signed_n)),
        variant("jwk-e-3", |k| set_bytes(k, "e", &[3])),
        key_b().jwk(),
    ]);
    let verifier = preloaded_verifier(&document, &uncached());
    assert_eq!(
        verifier.jwks().key_ids(),
        ["jwk-e-3", "jwk-sign-byte", "jwk-test-bbbb"]
    );
    assert!(verifier.jwks().refused_keys().is_empty());
}

#[test]
fn the_refusal_names_a_long_kid_cut_and_is_safe_to_print() {
    let long_kid = "k".repeat(200);
    let error = preloaded_verifier(&jwks_json(&[key_a()]), &uncached())
        .jwks()
        .preload_json(&jwks_json_from(vec![variant(&long_kid, |k| {
            set_bytes(k, "e", &[1])
        })]))
        .unwrap_err();
    let JwksError::InvalidKey { kid, .. } = &error else {
        panic!("unexpected {error:?}");
    };
    assert_eq!(kid.chars().count(), 65, "64 characters and an ellipsis");
    assert_eq!(
        error.to_string(),
        format!(
            "JWKS key \"{}…\" is invalid: exponent is below 3",
            "k".repeat(64)
        )
    );
}

#[tokio::test]
async fn a_fetched_document_is_validated_too() {
    let server = MockServer::start_async().await;
    let document = jwks_json_from(vec![
        variant("jwk-bad-e-1", |k| set_bytes(k, "e", &[1])),
        key_a().jwk(),
    ]);
    let mixed = mock_jwks(&server, 200, &document).await;
    let verifier = verifier_for(&server, &uncached());
    assert_eq!(verifier.jwks().warm_up().await, Ok(1));
    assert_eq!(
        verifier.jwks().refused_keys(),
        [JwksError::InvalidKey {
            kid: "jwk-bad-e-1".into(),
            reason: "exponent is below 3"
        }]
    );

    // A later document of bad keys only is refused; the loaded keys stay.
    mixed.delete_async().await;
    let _only_bad = mock_jwks(
        &server,
        200,
        &jwks_json_from(vec![variant("jwk-bad-n-2040", |k| {
            let n = decoded(k, "n");
            set_bytes(k, "n", &n[1..]);
        })]),
    )
    .await;
    assert!(matches!(
        verifier.jwks().warm_up().await,
        Err(JwksError::InvalidKey { kid, .. }) if kid == "jwk-bad-n-2040"
    ));
    assert_eq!(verifier.jwks().key_ids(), ["jwk-test-aaaa"]);
}
