//! `sessions().get_jwks()` decodes a key set the way the API, stytch-node and
//! stytch-go each write it: the thumbprint as `x5tS256` (the API) or `x5t_s256` (Go's
//! struct tag), and keys without a thumbprint or certificate chain at all.

use httpmock::prelude::*;
use serde_json::{Value, json};
use stytch_b2b_tests::expected_call::client;
use stytch_b2b_tests::{PROJECT_ID, basic_auth_header};

fn key(extra: Value) -> Value {
    let mut key = json!({
        "kty": "RSA",
        "use": "sig",
        "key_ops": ["verify"],
        "alg": "RS256",
        "kid": "jwk-test-22fbbf3d-e1e8-4f1d-9a5e-2b0c5f6d7e8a",
        "n": "x6_sV3yA1Vw8mG6xJq3Q",
        "e": "AQAB"
    });
    if let (Some(key), Some(extra)) = (key.as_object_mut(), extra.as_object()) {
        key.extend(extra.clone());
    }
    key
}

async fn keys_served_as(server: &MockServer, keys: Vec<Value>) -> Vec<stytch_b2b_api::Jwk> {
    let path = format!("/v1/b2b/sessions/jwks/{PROJECT_ID}");
    let mock = server
        .mock_async(|when, then| {
            when.method(GET)
                .path(path)
                .header("authorization", basic_auth_header());
            then.status(200).json_body(json!({
                "keys": keys,
                "request_id": "request-id-test-jwks",
                "status_code": 200
            }));
        })
        .await;
    let response = client(server)
        .sessions()
        .get_jwks()
        .await
        .unwrap_or_else(|e| panic!("key set does not decode: {e}"));
    mock.assert_async().await;
    response.keys
}

#[tokio::test]
async fn the_thumbprint_decodes_under_either_spelling_and_encodes_as_the_api_spells_it() {
    for spelling in ["x5tS256", "x5t_s256"] {
        let server = MockServer::start_async().await;
        let keys = keys_served_as(
            &server,
            vec![key(
                json!({spelling: "dGh1bWJwcmludA", "x5c": ["MIIC-test-cert"]}),
            )],
        )
        .await;
        assert_eq!(
            keys[0].x5t_s256.as_deref(),
            Some("dGh1bWJwcmludA"),
            "{spelling}"
        );
        assert_eq!(keys[0].x5c, ["MIIC-test-cert"], "{spelling}");
        let encoded = serde_json::to_value(&keys[0]).unwrap_or_default();
        assert_eq!(encoded["x5tS256"], "dGh1bWJwcmludA", "{spelling}");
        assert!(encoded.get("x5t_s256").is_none(), "{encoded}");
    }
}

#[tokio::test]
async fn keys_without_thumbprint_or_certificate_chain_decode() {
    let server = MockServer::start_async().await;
    let keys = keys_served_as(
        &server,
        vec![key(json!({})), key(json!({"kid": "jwk-test-2"}))],
    )
    .await;
    assert_eq!(keys.len(), 2);
    assert!(keys[0].x5c.is_empty());
    assert_eq!(keys[0].x5t_s256, None);
    assert_eq!(
        (keys[1].kid.as_str(), keys[1].e.as_str()),
        ("jwk-test-2", "AQAB")
    );
}

#[tokio::test]
async fn a_key_missing_its_modulus_is_a_decode_error() {
    let server = MockServer::start_async().await;
    let mut broken = key(json!({}));
    if let Some(object) = broken.as_object_mut() {
        object.remove("n");
    }
    server
        .mock_async(|when, then| {
            when.method(GET);
            then.status(200)
                .json_body(json!({"keys": [broken], "request_id": "r", "status_code": 200}));
        })
        .await;
    let error = client(&server).sessions().get_jwks().await.err();
    assert!(
        matches!(error, Some(stytch_b2b::Error::Decode { .. })),
        "{error:?}"
    );
}
