//! `authenticate_with_claims::<T>()` on the nine operations that have it: the seed's
//! two examples (a map target and a struct target), MFA-pending responses without a
//! member session, and claims that do not fit the target type.

use std::collections::{BTreeMap, HashMap};

use httpmock::prelude::*;
use serde::Deserialize;
use serde_json::{Value, json};
use stytch_b2b::Error;
use stytch_b2b::impersonation::ImpersonationAuthenticateRequest;
use stytch_b2b::magic_links::MagicLinksAuthenticateRequest;
use stytch_b2b::oauth::OauthAuthenticateRequest;
use stytch_b2b::otps::{OtpsEmailAuthenticateRequest, OtpsSmsAuthenticateRequest};
use stytch_b2b::passwords::PasswordsAuthenticateRequest;
use stytch_b2b::sessions::SessionsAuthenticateRequest;
use stytch_b2b::sso::SsoAuthenticateRequest;
use stytch_b2b::totps::TotpsAuthenticateRequest;
use stytch_b2b_tests::expected_call::{client, fixture};

const CLAIM: &str = "https://my-app.example.net/custom-claim";

/// The claims of the seed's map example.
fn seed_map_claims() -> Value {
    json!({CLAIM: {"claim1": 1, "claim2": 2, "claim3": 3}})
}

/// The claims of the seed's struct example.
fn seed_struct_claims() -> Value {
    json!({CLAIM: {"number": 1, "array": [1, "foo", null], "nested": {"data": "here"}}})
}

#[derive(Debug, PartialEq, Deserialize)]
struct StructClaims {
    #[serde(rename = "https://my-app.example.net/custom-claim")]
    my_app: MyAppClaims,
}

#[derive(Debug, PartialEq, Deserialize)]
struct MyAppClaims {
    number: i64,
    array: Vec<Value>,
    nested: Nested,
}

#[derive(Debug, PartialEq, Deserialize)]
struct Nested {
    data: String,
}

/// The fixture response of `operation_id` with `custom_claims` in its member session.
fn response_with_claims(operation_id: &str, claims: Value) -> Value {
    let mut body = fixture(operation_id);
    body["member_session"]["custom_claims"] = claims;
    body
}

/// The fixture response of `operation_id` as it is while MFA is still pending: no
/// member session and no session credentials yet.
fn mfa_pending_response(operation_id: &str) -> Value {
    let mut body = fixture(operation_id);
    body["member_session"] = Value::Null;
    body["session_token"] = Value::Null;
    body["session_jwt"] = Value::Null;
    if body.get("member_authenticated").is_some() {
        body["member_authenticated"] = json!(false);
    }
    body
}

/// Serves `body` as the answer to `POST path`.
async fn serve(server: &MockServer, path: &str, body: Value) {
    server
        .mock_async(|when, then| {
            when.method(POST).path(path);
            then.status(200).json_body(body);
        })
        .await;
}

fn assert_seed_struct(claims: Option<StructClaims>) {
    let claims = claims.unwrap_or_else(|| panic!("a member session carries claims"));
    assert_eq!(claims.my_app.number, 1);
    assert_eq!(
        claims.my_app.array,
        vec![json!(1), json!("foo"), Value::Null]
    );
    assert_eq!(claims.my_app.nested.data, "here");
}

#[tokio::test]
async fn sessions_seed_map_example() -> Result<(), Error> {
    let server = MockServer::start_async().await;
    let body = response_with_claims("sessions_authenticate", seed_map_claims());
    serve(&server, "/v1/b2b/sessions/authenticate", body).await;

    let result = client(&server)
        .sessions()
        .authenticate_with_claims::<HashMap<String, Value>, _>(
            SessionsAuthenticateRequest::builder().session_token("fake session token".to_owned()),
        )
        .await?;

    let expected: HashMap<String, Value> = HashMap::from([(
        CLAIM.to_owned(),
        json!({"claim1": 1, "claim2": 2, "claim3": 3}),
    )]);
    assert_eq!(result.claims, Some(expected));
    let session = result.response.member_session.as_ref();
    assert_eq!(
        session.map(|s| Value::Object(s.custom_claims.clone())),
        Some(seed_map_claims())
    );
    Ok(())
}

#[tokio::test]
async fn sessions_seed_map_example_with_typed_values() -> Result<(), Error> {
    let server = MockServer::start_async().await;
    let body = response_with_claims("sessions_authenticate", seed_map_claims());
    serve(&server, "/v1/b2b/sessions/authenticate", body).await;

    // The seed decodes into map[string]map[string]int32.
    let result = client(&server)
        .sessions()
        .authenticate_with_claims::<BTreeMap<String, BTreeMap<String, i32>>, _>(
            SessionsAuthenticateRequest::builder().session_token("fake session token".to_owned()),
        )
        .await?;

    let inner = BTreeMap::from([
        ("claim1".to_owned(), 1),
        ("claim2".to_owned(), 2),
        ("claim3".to_owned(), 3),
    ]);
    assert_eq!(
        result.claims,
        Some(BTreeMap::from([(CLAIM.to_owned(), inner)]))
    );
    Ok(())
}

#[tokio::test]
async fn sessions_seed_struct_example() -> Result<(), Error> {
    let server = MockServer::start_async().await;
    let body = response_with_claims("sessions_authenticate", seed_struct_claims());
    serve(&server, "/v1/b2b/sessions/authenticate", body).await;

    let result = client(&server)
        .sessions()
        .authenticate_with_claims::<StructClaims, _>(
            SessionsAuthenticateRequest::builder().session_token("fake session token".to_owned()),
        )
        .await?;

    assert_seed_struct(result.claims);
    Ok(())
}

#[tokio::test]
async fn magic_links_struct_claims() -> Result<(), Error> {
    let server = MockServer::start_async().await;
    let body = response_with_claims("magic_links_authenticate", seed_struct_claims());
    serve(&server, "/v1/b2b/magic_links/authenticate", body).await;

    let result = client(&server)
        .magic_links()
        .authenticate_with_claims::<StructClaims, _>(
            MagicLinksAuthenticateRequest::builder().magic_links_token("magic-links-token-test"),
        )
        .await?;

    assert_seed_struct(result.claims);
    assert!(result.response.member_authenticated);
    Ok(())
}

#[tokio::test]
async fn magic_links_mfa_pending_has_no_claims() -> Result<(), Error> {
    let server = MockServer::start_async().await;
    let body = mfa_pending_response("magic_links_authenticate");
    serve(&server, "/v1/b2b/magic_links/authenticate", body).await;

    let result = client(&server)
        .magic_links()
        .authenticate_with_claims::<StructClaims, _>(
            MagicLinksAuthenticateRequest::builder().magic_links_token("magic-links-token-test"),
        )
        .await?;

    assert_eq!(result.claims, None);
    assert!(result.response.member_session.is_none());
    assert!(!result.response.member_authenticated);
    assert!(result.response.intermediate_session_token.is_some());
    Ok(())
}

#[tokio::test]
async fn oauth_map_claims() -> Result<(), Error> {
    let server = MockServer::start_async().await;
    let body = response_with_claims("oauth_authenticate", seed_map_claims());
    serve(&server, "/v1/b2b/oauth/authenticate", body).await;

    let result = client(&server)
        .oauth()
        .authenticate_with_claims::<BTreeMap<String, Value>, _>(
            OauthAuthenticateRequest::builder().oauth_token("oauth-token-test"),
        )
        .await?;

    assert_eq!(
        result
            .claims
            .map(|c| Value::Object(c.into_iter().collect())),
        Some(seed_map_claims())
    );
    assert_eq!(result.response.provider_type, "Google");
    Ok(())
}

#[tokio::test]
async fn oauth_mfa_pending_has_no_claims() -> Result<(), Error> {
    let server = MockServer::start_async().await;
    let mut body = mfa_pending_response("oauth_authenticate");
    // Absent rather than null: still no claims.
    if let Some(object) = body.as_object_mut() {
        object.remove("member_session");
    }
    serve(&server, "/v1/b2b/oauth/authenticate", body).await;

    let result = client(&server)
        .oauth()
        .authenticate_with_claims::<StructClaims, _>(
            OauthAuthenticateRequest::builder().oauth_token("oauth-token-test"),
        )
        .await?;

    assert_eq!(result.claims, None);
    Ok(())
}

#[tokio::test]
async fn otps_sms_struct_claims() -> Result<(), Error> {
    let server = MockServer::start_async().await;
    let body = response_with_claims("otps_sms_authenticate", seed_struct_claims());
    serve(&server, "/v1/b2b/otps/sms/authenticate", body).await;

    let result = client(&server)
        .otps()
        .sms()
        .authenticate_with_claims::<StructClaims, _>(
            OtpsSmsAuthenticateRequest::builder()
                .organization_id("organization-test-1")
                .member_id("member-test-1")
                .code("000000"),
        )
        .await?;

    assert_seed_struct(result.claims);
    Ok(())
}

#[tokio::test]
async fn passwords_map_claims() -> Result<(), Error> {
    let server = MockServer::start_async().await;
    let body = response_with_claims("passwords_authenticate", seed_map_claims());
    serve(&server, "/v1/b2b/passwords/authenticate", body).await;

    let result = client(&server)
        .passwords()
        .authenticate_with_claims::<HashMap<String, HashMap<String, u8>>, _>(
            PasswordsAuthenticateRequest::builder()
                .organization_id("organization-test-1")
                .email_address("ada@acme.example.com")
                .password("correct horse battery staple"),
        )
        .await?;

    let claims = result.claims.unwrap_or_default();
    assert_eq!(claims.len(), 1);
    assert_eq!(claims.get(CLAIM).and_then(|c| c.get("claim2")), Some(&2));
    Ok(())
}

#[tokio::test]
async fn sso_struct_claims() -> Result<(), Error> {
    let server = MockServer::start_async().await;
    let body = response_with_claims("sso_authenticate", seed_struct_claims());
    serve(&server, "/v1/b2b/sso/authenticate", body).await;

    let result = client(&server)
        .sso()
        .authenticate_with_claims::<StructClaims, _>(
            SsoAuthenticateRequest::builder().sso_token("sso-token-test"),
        )
        .await?;

    assert_seed_struct(result.claims);
    Ok(())
}

#[tokio::test]
async fn impersonation_struct_claims() -> Result<(), Error> {
    let server = MockServer::start_async().await;
    let body = response_with_claims("impersonation_authenticate", seed_struct_claims());
    serve(&server, "/v1/b2b/impersonation/authenticate", body).await;

    let result = client(&server)
        .impersonation()
        .authenticate_with_claims::<StructClaims, _>(
            ImpersonationAuthenticateRequest::builder()
                .impersonation_token("impersonation-token-test"),
        )
        .await?;

    assert_seed_struct(result.claims);
    assert!(result.response.member_authenticated);
    Ok(())
}

#[tokio::test]
async fn otps_email_map_claims() -> Result<(), Error> {
    let server = MockServer::start_async().await;
    let body = response_with_claims("otps_email_authenticate", seed_map_claims());
    serve(&server, "/v1/b2b/otps/email/authenticate", body).await;

    let result = client(&server)
        .otps()
        .email()
        .authenticate_with_claims::<BTreeMap<String, BTreeMap<String, i64>>, _>(
            OtpsEmailAuthenticateRequest::builder()
                .organization_id("organization-test-1")
                .email_address("ada@acme.example.com")
                .code("000000"),
        )
        .await?;

    let inner = BTreeMap::from([
        ("claim1".to_owned(), 1),
        ("claim2".to_owned(), 2),
        ("claim3".to_owned(), 3),
    ]);
    assert_eq!(
        result.claims,
        Some(BTreeMap::from([(CLAIM.to_owned(), inner)]))
    );
    Ok(())
}

#[tokio::test]
async fn totps_struct_claims() -> Result<(), Error> {
    let server = MockServer::start_async().await;
    let body = response_with_claims("totps_authenticate", seed_struct_claims());
    serve(&server, "/v1/b2b/totp/authenticate", body).await;

    let result = client(&server)
        .totps()
        .authenticate_with_claims::<StructClaims, _>(
            TotpsAuthenticateRequest::builder()
                .organization_id("organization-test-1")
                .member_id("member-test-1")
                .code("000000"),
        )
        .await?;

    assert_seed_struct(result.claims);
    Ok(())
}

#[tokio::test]
async fn claim_of_the_wrong_type_is_named() {
    let server = MockServer::start_async().await;
    let claims = json!({CLAIM: {"number": "one", "array": [], "nested": {"data": "here"}}});
    let body = response_with_claims("sessions_authenticate", claims);
    serve(&server, "/v1/b2b/sessions/authenticate", body).await;

    let error = client(&server)
        .sessions()
        .authenticate_with_claims::<StructClaims, _>(
            SessionsAuthenticateRequest::builder().session_token("fake session token".to_owned()),
        )
        .await
        .err();

    match &error {
        Some(Error::Claims { claim, reason }) => {
            assert_eq!(claim, "https://my-app.example.net/custom-claim.number");
            assert!(reason.contains("expected i64"), "{reason}");
        }
        other => panic!("expected Error::Claims, got {other:?}"),
    }
    let shown = error.map(|e| e.to_string()).unwrap_or_default();
    assert!(
        shown.contains("https://my-app.example.net/custom-claim.number"),
        "{shown}"
    );
}

#[tokio::test]
async fn missing_claim_is_named() {
    let server = MockServer::start_async().await;
    let claims = json!({CLAIM: {"number": 1, "array": []}});
    let body = response_with_claims("sso_authenticate", claims);
    serve(&server, "/v1/b2b/sso/authenticate", body).await;

    let error = client(&server)
        .sso()
        .authenticate_with_claims::<StructClaims, _>(
            SsoAuthenticateRequest::builder().sso_token("sso-token-test"),
        )
        .await
        .err();

    match &error {
        Some(Error::Claims { claim, reason }) => {
            assert_eq!(claim, "https://my-app.example.net/custom-claim");
            assert!(reason.contains("nested"), "{reason}");
        }
        other => panic!("expected Error::Claims, got {other:?}"),
    }
}
