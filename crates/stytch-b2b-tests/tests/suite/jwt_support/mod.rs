//! Shared fixtures of the session-JWT tests: a project, fixed instants, cached test keys,
//! an authenticated HTTP client and JWKS mocks.

#![allow(dead_code, unreachable_pub, clippy::expect_used, clippy::unwrap_used)]

use std::sync::{Arc, OnceLock};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use chrono::{DateTime, Utc};
use httpmock::Mock;
use httpmock::prelude::*;
use reqwest::header::{AUTHORIZATION, HeaderMap, HeaderValue};
use serde_json::Value;
use stytch_b2b::jwt::{Clock, JwksManager, JwtConfig, JwtError, JwtVerifier, JwtVerifyOptions};
use stytch_b2b::testkit::{TestKey, TestSessionJwt, jwks_json};

pub use stytch_b2b_tests::PROJECT_ID;
pub const SECRET: &str = "secret-test-ZmFrZS1zZWNyZXQtZm9yLXRlc3Rz";
/// `Basic base64(PROJECT_ID:SECRET)`.
pub const BASIC_AUTH: &str = "Basic cHJvamVjdC10ZXN0LTExMTExMTExLTIyMjItMzMzMy00NDQ0LTU1NTU1NTU1NTU1NTpzZWNyZXQtdGVzdC1abUZyWlMxelpXTnlaWFF0Wm05eUxYUmxjM1J6";
pub const ISSUER: &str = "stytch.com/project-test-11111111-2222-3333-4444-555555555555";

/// The instant every token of the tests is minted at: 2025-06-15T15:06:40Z.
pub const T0_SECS: u64 = 1_750_000_000;

pub fn t0() -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(T0_SECS)
}

/// `t0()` shifted by `seconds` (negative: earlier).
pub fn at(seconds: i64) -> SystemTime {
    if seconds >= 0 {
        t0() + Duration::from_secs(seconds.unsigned_abs())
    } else {
        t0() - Duration::from_secs(seconds.unsigned_abs())
    }
}

/// Options whose clock reads `t0() + seconds`.
pub fn options_at(seconds: i64) -> JwtVerifyOptions {
    JwtVerifyOptions::default().with_clock(Clock::fixed(at(seconds)))
}

/// Options one second after the tokens were minted.
pub fn options() -> JwtVerifyOptions {
    options_at(1)
}

/// RSA key generation is slow in debug builds, so each test binary generates a key once.
pub fn key_a() -> &'static TestKey {
    static KEY: OnceLock<TestKey> = OnceLock::new();
    KEY.get_or_init(|| TestKey::generate("jwk-test-aaaa").expect("key generation"))
}

pub fn key_b() -> &'static TestKey {
    static KEY: OnceLock<TestKey> = OnceLock::new();
    KEY.get_or_init(|| TestKey::generate("jwk-test-bbbb").expect("key generation"))
}

/// A token builder at `t0()` for the test project.
pub fn session_jwt() -> TestSessionJwt {
    TestSessionJwt::new(PROJECT_ID).at(t0())
}

/// A client carrying the project's Basic authentication, as the SDK's client does.
pub fn http() -> reqwest::Client {
    let mut headers = HeaderMap::new();
    let mut auth = HeaderValue::from_static(BASIC_AUTH);
    auth.set_sensitive(true);
    headers.insert(AUTHORIZATION, auth);
    reqwest::Client::builder()
        .default_headers(headers)
        .build()
        .expect("HTTP client")
}

/// No token cache, so that every verification reaches the key set.
pub fn uncached() -> JwtConfig {
    JwtConfig::default().with_token_cache_capacity(0)
}

pub fn jwks_path() -> String {
    format!("/v1/b2b/sessions/jwks/{PROJECT_ID}")
}

/// A verifier whose JWKS manager fetches from `server`.
pub fn verifier_for(server: &MockServer, config: &JwtConfig) -> JwtVerifier {
    let jwks = Arc::new(JwksManager::new(http(), server.url(jwks_path()), config));
    JwtVerifier::new(PROJECT_ID, ISSUER, jwks, config)
}

/// A verifier whose key set is preloaded; its JWKS URL points at a closed port, so any
/// fetch it attempts fails.
pub fn preloaded_verifier(jwks_json: &str, config: &JwtConfig) -> JwtVerifier {
    let url = format!("http://127.0.0.1:9{}", jwks_path());
    let jwks = Arc::new(JwksManager::new(http(), url, config));
    jwks.preload_json(jwks_json).expect("preload");
    JwtVerifier::new(PROJECT_ID, ISSUER, jwks, config)
}

/// Serves `body` with `status` on the project's JWKS path, only to requests that carry the
/// project's Basic authentication and ask for JSON.
pub async fn mock_jwks<'a>(server: &'a MockServer, status: u16, body: &str) -> Mock<'a> {
    let path = jwks_path();
    let body = body.to_owned();
    server
        .mock_async(move |when, then| {
            when.method(GET)
                .path(path)
                .header("authorization", BASIC_AUTH)
                .header("accept", "application/json");
            then.status(status)
                .header("content-type", "application/json")
                .body(body);
        })
        .await
}

/// Like [`mock_jwks`], answering only after `delay`.
pub async fn mock_jwks_delayed<'a>(
    server: &'a MockServer,
    delay: Duration,
    body: &str,
) -> Mock<'a> {
    let path = jwks_path();
    let body = body.to_owned();
    server
        .mock_async(move |when, then| {
            when.method(GET).path(path);
            then.status(200)
                .header("content-type", "application/json")
                .body(body)
                .delay(delay);
        })
        .await
}

// ----- helpers of the policy tests -----

/// A verifier with key A preloaded and the default configuration.
pub fn verifier() -> JwtVerifier {
    preloaded_verifier(&jwks_json(&[key_a()]), &JwtConfig::default())
}

/// Verifies `token` one second after minting.
pub async fn verify(token: &str) -> Result<(), JwtError> {
    verifier().verify(token, &options()).await.map(|_| ())
}

/// Signs `builder` with key A and returns why it is rejected.
pub async fn rejection(builder: TestSessionJwt) -> JwtError {
    let token = builder.sign(key_a()).unwrap();
    verify(&token).await.expect_err("token must be rejected")
}

/// The default token with its session claim edited by `edit`.
pub fn with_session(edit: impl FnOnce(&mut serde_json::Map<String, Value>)) -> TestSessionJwt {
    let base = session_jwt();
    let mut session = base.payload_json()["https://stytch.com/session"]
        .as_object()
        .cloned()
        .unwrap();
    edit(&mut session);
    base.custom_claim("https://stytch.com/session", Value::Object(session))
}

/// The default token with its organization claim edited by `edit`.
pub fn with_organization(edit: impl FnOnce(&mut serde_json::Map<String, Value>)) -> TestSessionJwt {
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

/// Parses an RFC 3339 instant.
pub fn utc(text: &str) -> DateTime<Utc> {
    text.parse().unwrap()
}

/// Mocks of a Stytch whose JWKS answers `jwks_status` with key A and whose
/// `sessions/authenticate` answers with the fixture session: `(jwks, authenticate)`.
pub async fn mock_key_set_and_authenticate(
    server: &MockServer,
    jwks_status: u16,
) -> (Mock<'_>, Mock<'_>) {
    let jwks = server
        .mock_async(|when, then| {
            when.method(GET).path(jwks_path());
            then.status(jwks_status)
                .header("content-type", "application/json")
                .body(jwks_json(&[key_a()]));
        })
        .await;
    let authenticate = server
        .mock_async(|when, then| {
            when.method(POST).path("/v1/b2b/sessions/authenticate");
            then.status(200)
                .json_body(stytch_b2b_tests::expected_call::fixture(
                    "sessions_authenticate",
                ));
        })
        .await;
    (jwks, authenticate)
}
