//! Accepted issuers (issue 13, item 2): `stytch.com/{project_id}` always, the custom base
//! URL when one is configured, and the issuers `JwtConfig` adds; anything else is
//! `WrongIssuer`, decided locally.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::jwt_support::{
    ISSUER, PROJECT_ID, key_a, mock_key_set_and_authenticate, options, session_jwt, verifier,
};
use httpmock::prelude::*;
use stytch_b2b::jwt::{JwtConfig, JwtError, JwtVerifier};
use stytch_b2b::{Client, Error};
use stytch_b2b_tests::SECRET;

/// A mock Stytch serving key A as the JWKS and a session on `sessions/authenticate`, so
/// that a fallback to the API would be seen.
/// A client whose custom base URL is `base_url`, with `config`.
fn client_at(base_url: &str, config: JwtConfig) -> Client {
    Client::builder(PROJECT_ID, SECRET)
        .base_url(base_url)
        .jwt_config(config)
        .build()
        .unwrap()
}

async fn verify_local(client: &Client, token: &str) -> Result<(), Error> {
    client
        .sessions()
        .authenticate_jwt_local(token, &options())
        .await
        .map(|_| ())
}

#[tokio::test]
async fn with_a_custom_base_url_genuine_stytch_tokens_still_verify() {
    let server = MockServer::start_async().await;
    let (_jwks, authenticate) = mock_key_set_and_authenticate(&server, 200).await;
    let client = client_at(&server.base_url(), JwtConfig::default());

    // The issuer of every Stytch session JWT, whatever base URL the client uses.
    let stytch = session_jwt().issuer(ISSUER).sign(key_a()).unwrap();
    verify_local(&client, &stytch).await.unwrap();
    let outcome = client
        .sessions()
        .authenticate_jwt(&stytch, &options())
        .await
        .unwrap();
    assert!(outcome.fallback_reason().is_none(), "{outcome:?}");

    // The custom base URL, with or without the trailing slash of the configuration.
    let custom = session_jwt()
        .issuer(server.base_url())
        .sign(key_a())
        .unwrap();
    verify_local(&client, &custom).await.unwrap();
    let with_slash = client_at(&format!("{}/", server.base_url()), JwtConfig::default());
    verify_local(&with_slash, &stytch).await.unwrap();
    verify_local(&with_slash, &custom).await.unwrap();

    assert_eq!(authenticate.calls_async().await, 0, "all decided locally");
}

#[tokio::test]
async fn other_issuers_are_refused_locally_naming_the_accepted_ones() {
    let server = MockServer::start_async().await;
    let (_jwks, authenticate) = mock_key_set_and_authenticate(&server, 200).await;
    let client = client_at(&server.base_url(), JwtConfig::default());

    for wrong in [
        "stytch.com/project-test-someone-else".to_owned(),
        format!("{}/", server.base_url()),
        server.base_url().to_uppercase(),
        "https://evil.example".to_owned(),
        format!("{ISSUER}/"),
    ] {
        let token = session_jwt().issuer(wrong.as_str()).sign(key_a()).unwrap();
        let error = client
            .sessions()
            .authenticate_jwt(&token, &options())
            .await
            .unwrap_err();
        match error {
            Error::Jwt(JwtError::WrongIssuer { expected, found }) => {
                assert_eq!(expected, format!("{ISSUER} or {}", server.base_url()));
                assert_eq!(found, wrong);
            }
            other => panic!("{wrong}: unexpected {other:?}"),
        }
    }
    assert_eq!(authenticate.calls_async().await, 0, "no fallback");
}

#[tokio::test]
async fn jwt_config_adds_issuers() {
    let server = MockServer::start_async().await;
    let (_jwks, _authenticate) = mock_key_set_and_authenticate(&server, 200).await;
    let extra = "https://login.old-domain.example";
    let token = session_jwt().issuer(extra).sign(key_a()).unwrap();

    let plain = client_at(&server.base_url(), JwtConfig::default());
    assert!(matches!(
        verify_local(&plain, &token).await,
        Err(Error::Jwt(JwtError::WrongIssuer { .. }))
    ));

    let config = JwtConfig::default()
        .with_additional_issuer(extra)
        .with_additional_issuer("https://login.other.example");
    assert_eq!(
        config.additional_issuers,
        [extra, "https://login.other.example"]
    );
    let extended = client_at(&server.base_url(), config);
    verify_local(&extended, &token).await.unwrap();
    // The built-in two still verify next to the added ones.
    for issuer in [ISSUER.to_owned(), server.base_url()] {
        let token = session_jwt().issuer(issuer).sign(key_a()).unwrap();
        verify_local(&extended, &token).await.unwrap();
    }
}

#[tokio::test]
async fn verifier_accepts_the_stytch_issuer_whatever_it_is_given() {
    let custom = JwtVerifier::expected_issuer(PROJECT_ID, Some("https://login.acme.example/"));
    let config = JwtConfig::default()
        .with_additional_issuer("https://login.acme.example")
        .with_additional_issuer("")
        .with_additional_issuer("https://extra.example");
    let verifier = JwtVerifier::new(PROJECT_ID, custom, verifier().jwks().clone(), &config);
    // Stytch's issuer first; repeats and empty issuers dropped.
    assert_eq!(
        verifier.accepted_issuers().collect::<Vec<_>>(),
        [
            ISSUER,
            "https://login.acme.example",
            "https://extra.example"
        ]
    );
    for issuer in [
        ISSUER,
        "https://login.acme.example",
        "https://extra.example",
    ] {
        let token = session_jwt().issuer(issuer).sign(key_a()).unwrap();
        assert!(
            verifier.verify(&token, &options()).await.is_ok(),
            "{issuer}"
        );
    }
    let empty = session_jwt().issuer("").sign(key_a()).unwrap();
    assert_eq!(
        verifier.verify(&empty, &options()).await.map(|_| ()),
        Err(JwtError::InvalidClaim {
            claim: "iss",
            reason: "empty string"
        })
    );

    // Without a custom base URL, only the Stytch issuer.
    let stytch_only = JwtVerifier::new(
        PROJECT_ID,
        JwtVerifier::expected_issuer(PROJECT_ID, None),
        verifier.jwks().clone(),
        &JwtConfig::default(),
    );
    assert_eq!(stytch_only.accepted_issuers().collect::<Vec<_>>(), [ISSUER]);
}
