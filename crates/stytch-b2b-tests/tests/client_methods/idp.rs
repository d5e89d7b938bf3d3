//! `client.idp()` and `client.idp().oauth()`.

use httpmock::{Method, MockServer};
use serde_json::json;
use stytch_b2b::idp::{
    IdpIntrospectTokenNetworkRequest, IdpOauthAuthorizeRequest, IdpOauthAuthorizeStartRequest,
};
use stytch_b2b::types::UnixSeconds;
use stytch_b2b_tests::PROJECT_ID;
use stytch_b2b_tests::expected_call::{ExpectedCall, assert_decodes_fixture, client, fixture};

use crate::m2m::{assert_invalid_client, expect_form_post, invalid_client_body};
use crate::{SESSION_JWT, SESSION_TOKEN, strings};

const CLIENT_ID: &str = "connected-app-test-0b4d8f2a-6c1e-4a3b-9d5f-7e9a1c3b5d7f";
const MEMBER_ID: &str = "member-test-32fc5024-9c09-4da3-bd2e-c9ce4da9375f";
const REDIRECT_URI: &str = "https://dashboard.acme.example.com/oauth/callback";
/// The introspection endpoint of a project id set on the call, percent-encoded.
const OVERRIDDEN_INTROSPECT_PATH: &str = "/v1/public/project%2Fwith%20space/oauth2/introspect";

/// The introspection endpoint of the client's own project, which the call uses unless
/// told otherwise.
fn introspect_path() -> String {
    format!("/v1/public/{PROJECT_ID}/oauth2/introspect")
}
/// An access token issued to a Connected App (well-formed, not signed by any test key).
const ACCESS_TOKEN: &str = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJtZW1iZXItdGVzdC0xIn0.c2lnbmF0dXJl";

fn introspect_request() -> stytch_b2b::types::builder::IdpIntrospectTokenNetworkRequest {
    IdpIntrospectTokenNetworkRequest::builder()
        .token(ACCESS_TOKEN)
        .client_id(CLIENT_ID)
        .client_secret("secret-test+/=AbC 123")
        .token_type_hint("access_token")
}

#[tokio::test]
pub(crate) async fn idp_introspect_token_network() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = expect_form_post(
            &server,
            &introspect_path(),
            "client_id=connected-app-test-0b4d8f2a-6c1e-4a3b-9d5f-7e9a1c3b5d7f\
             &client_secret=secret-test%2B%2F%3DAbC+123\
             &token=eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJtZW1iZXItdGVzdC0xIn0.c2lnbmF0dXJl\
             &token_type_hint=access_token",
            200,
            fixture("idp_introspect_token_network"),
        )
        .await;

        // No project id set: the client's own is in the path.
        let response = client(&server)
            .idp()
            .introspect_token_network(introspect_request())
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "idp_introspect_token_network");
        assert!(response.active);
        assert_eq!(response.client_id.as_deref(), Some(CLIENT_ID));
        assert_eq!(response.exp, Some(UnixSeconds(1_750_003_600)));
        let organization = response
            .https_stytch_com_organization
            .as_ref()
            .ok_or("no organization claim")?;
        assert_eq!(organization.slug, "acme-co");
        Ok(())
    })
    .await;
}

/// An OAuth 2.0 error from the introspection endpoint is an `Error::Api` like any
/// other; and a project id set on the call replaces the client's in the path.
#[tokio::test]
async fn idp_introspect_token_network_oauth2_error_maps_to_api_error() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(Method::POST).path(OVERRIDDEN_INTROSPECT_PATH);
            then.status(401).json_body(invalid_client_body());
        })
        .await;

    let result = client(&server)
        .idp()
        .introspect_token_network(introspect_request())
        .project_id("project/with space")
        .await;

    mock.assert_async().await;
    assert_invalid_client(result);
}

#[tokio::test]
pub(crate) async fn idp_oauth_authorize_start() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::post("/v1/b2b/idp/oauth/authorize/start")
            .body(json!({
                "client_id": CLIENT_ID,
                "redirect_uri": REDIRECT_URI,
                "response_type": "code",
                "scopes": ["openid", "email", "read:invoices"],
                "organization_id": "organization-test-1",
                "member_id": "member-test-1",
                "session_token": SESSION_TOKEN,
                "session_jwt": SESSION_JWT,
                "prompt": "consent"
            }))
            .mock(&server, "idp_oauth_authorize_start")
            .await;

        let response = client(&server)
            .idp()
            .oauth()
            .authorize_start(
                IdpOauthAuthorizeStartRequest::builder()
                    .client_id(CLIENT_ID)
                    .redirect_uri(REDIRECT_URI)
                    .response_type("code")
                    .scopes(strings(&["openid", "email", "read:invoices"]))
                    .organization_id("organization-test-1")
                    .member_id("member-test-1")
                    .session_token(SESSION_TOKEN)
                    .session_jwt(SESSION_JWT)
                    .prompt("consent"),
            )
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "idp_oauth_authorize_start");
        assert!(response.consent_required);
        assert_eq!(response.member_id, MEMBER_ID);
        assert_eq!(response.client.client_name, "Acme Billing Dashboard");
        let scope = &response.scope_results[0];
        assert_eq!(
            (scope.scope.as_str(), scope.is_grantable),
            ("read:invoices", true)
        );
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn idp_oauth_authorize() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::post("/v1/b2b/idp/oauth/authorize")
            .body(json!({
                "consent_granted": false,
                "scopes": ["openid", "email", "read:invoices"],
                "client_id": CLIENT_ID,
                "redirect_uri": REDIRECT_URI,
                "response_type": "code",
                "organization_id": "organization-test-1",
                "member_id": "member-test-1",
                "session_token": SESSION_TOKEN,
                "session_jwt": SESSION_JWT,
                "prompt": "consent",
                "state": "state-test-1",
                "nonce": "nonce-test-1",
                "code_challenge": "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
                "resources": ["https://api.acme.example.com"]
            }))
            .mock(&server, "idp_oauth_authorize")
            .await;

        let response = client(&server)
            .idp()
            .oauth()
            .authorize(
                IdpOauthAuthorizeRequest::builder()
                    .consent_granted(false)
                    .scopes(strings(&["openid", "email", "read:invoices"]))
                    .client_id(CLIENT_ID)
                    .redirect_uri(REDIRECT_URI)
                    .response_type("code")
                    .organization_id("organization-test-1")
                    .member_id("member-test-1")
                    .session_token(SESSION_TOKEN)
                    .session_jwt(SESSION_JWT)
                    .prompt("consent")
                    .state("state-test-1")
                    .nonce("nonce-test-1")
                    .code_challenge("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM")
                    .resources(strings(&["https://api.acme.example.com"])),
            )
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "idp_oauth_authorize");
        assert_eq!(
            response.authorization_code.as_deref(),
            Some("fake-authorization-code-test-7d3e1f0a")
        );
        assert_eq!(
            response.redirect_uri,
            "https://dashboard.acme.example.com/oauth/callback?code=fake-authorization-code-test-7d3e1f0a&state=state-test-1"
        );
        Ok(())
    })
    .await;
}
