//! `client.magic_links()`.

use httpmock::MockServer;
use serde_json::json;
use stytch_b2b::magic_links::{
    MagicLinksAuthenticateRequest, MagicLinksDiscoveryAuthenticateRequest,
    MagicLinksEmailDiscoverySendRequest, MagicLinksEmailInviteRequest,
    MagicLinksEmailLoginOrSignupRequest,
};
use stytch_b2b::types::Locale;
use stytch_b2b_tests::expected_call::{ExpectedCall, assert_decodes_fixture, client};

use crate::organizations::{ActingMember, MEMBER_SESSION_JWT, member_headers_guard};
use crate::{
    INTERMEDIATE_SESSION_TOKEN, SESSION_JWT, SESSION_TOKEN, metadata, session_claims, strings,
};

#[tokio::test]
pub(crate) async fn magic_links_authenticate() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::post("/v1/b2b/magic_links/authenticate")
            .body(json!({
                "magic_links_token": "DOYoip3rvIMMW5lgItikFK-Ak1CfMsgjuiCyI7uuU94=",
                "pkce_code_verifier": "e0bd5a1b3c4d",
                "session_token": SESSION_TOKEN,
                "session_jwt": SESSION_JWT,
                "session_duration_minutes": 0,
                "session_custom_claims": {"https://my-app.example.net/custom-claim": {"plan": "pro"}},
                "locale": "es",
                "intermediate_session_token": INTERMEDIATE_SESSION_TOKEN,
                "telemetry_id": "telemetry-test-5b7d9f1a"
            }))
            .mock(&server, "magic_links_authenticate")
            .await;

        let response = client(&server)
            .magic_links()
            .authenticate(
                MagicLinksAuthenticateRequest::builder()
                    .magic_links_token("DOYoip3rvIMMW5lgItikFK-Ak1CfMsgjuiCyI7uuU94=")
                    .pkce_code_verifier("e0bd5a1b3c4d".to_owned())
                    .session_token(SESSION_TOKEN.to_owned())
                    .session_jwt(SESSION_JWT.to_owned())
                    .session_duration_minutes(0)
                    .session_custom_claims(session_claims())
                    .locale(Locale::Es)
                    .intermediate_session_token(INTERMEDIATE_SESSION_TOKEN.to_owned())
                    .telemetry_id("telemetry-test-5b7d9f1a".to_owned()),
            )
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "magic_links_authenticate");
        assert_eq!(
            response.method_id,
            "email-test-81bf03a8-86e1-4d95-bd44-bb3495224953"
        );
        assert!(!response.reset_sessions);
        let session = response
            .member_session
            .as_ref()
            .ok_or("no member session")?;
        assert_eq!(session.custom_claims.get("seats"), Some(&json!(25)));
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn magic_links_discovery_authenticate() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::post("/v1/b2b/magic_links/discovery/authenticate")
            .body(json!({
                "discovery_magic_links_token": "DOYoip3rvIMMW5lgItikFK-Ak1CfMsgjuiCyI7uuU94=",
                "pkce_code_verifier": "e0bd5a1b3c4d"
            }))
            .mock(&server, "magic_links_discovery_authenticate")
            .await;

        let response = client(&server)
            .magic_links()
            .discovery()
            .authenticate(
                MagicLinksDiscoveryAuthenticateRequest::builder()
                    .discovery_magic_links_token("DOYoip3rvIMMW5lgItikFK-Ak1CfMsgjuiCyI7uuU94=")
                    .pkce_code_verifier("e0bd5a1b3c4d".to_owned()),
            )
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "magic_links_discovery_authenticate");
        assert_eq!(response.email_address, "ada@acme.example.com");
        assert_eq!(response.discovered_organizations.len(), 1);
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn magic_links_email_discovery_send() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::post("/v1/b2b/magic_links/email/discovery/send")
            .body(json!({
                "email_address": "ada@acme.example.com",
                "discovery_redirect_url": "https://app.example.com/discover",
                "pkce_code_challenge": "Zm9vYmFy",
                "login_template_id": "template-login",
                "locale": "en",
                "discovery_expiration_minutes": 0
            }))
            .mock(&server, "magic_links_email_discovery_send")
            .await;

        let response = client(&server)
            .magic_links()
            .email()
            .discovery()
            .send(
                MagicLinksEmailDiscoverySendRequest::builder()
                    .email_address("ada@acme.example.com")
                    .discovery_redirect_url("https://app.example.com/discover".to_owned())
                    .pkce_code_challenge("Zm9vYmFy".to_owned())
                    .login_template_id("template-login".to_owned())
                    .locale(Locale::En)
                    .discovery_expiration_minutes(0),
            )
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "magic_links_email_discovery_send");
        assert_eq!(
            response.request_id,
            "request-id-test-b05c992f-ebdc-489d-a754-c7e70ba13141"
        );
        assert_eq!(response.status_code, 200);
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn magic_links_email_invite() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let guard = member_headers_guard(&server, ActingMember::Jwt).await;
        let mock = ExpectedCall::post("/v1/b2b/magic_links/email/invite")
            .body(json!({
                "organization_id": "organization-test-1",
                "email_address": "grace@acme.example.com",
                "invite_redirect_url": "https://app.example.com/invite",
                "invited_by_member_id": "member-test-1",
                "name": "Grace Hopper",
                "trusted_metadata": {"plan": "enterprise", "seats": 0, "beta": false},
                "untrusted_metadata": {"plan": "enterprise", "seats": 0, "beta": false},
                "invite_template_id": "template-invite",
                "locale": "pt-br",
                "roles": ["billing_admin"],
                "invite_expiration_minutes": 0
            }))
            .mock(&server, "magic_links_email_invite")
            .await;

        let response = client(&server)
            .magic_links()
            .email()
            .invite(
                MagicLinksEmailInviteRequest::builder()
                    .organization_id("organization-test-1")
                    .email_address("grace@acme.example.com")
                    .invite_redirect_url("https://app.example.com/invite".to_owned())
                    .invited_by_member_id("member-test-1".to_owned())
                    .name("Grace Hopper".to_owned())
                    .trusted_metadata(metadata())
                    .untrusted_metadata(metadata())
                    .invite_template_id("template-invite".to_owned())
                    .locale(Locale::PtBr)
                    .roles(strings(&["billing_admin"]))
                    .invite_expiration_minutes(0),
            )
            .member_session_jwt(MEMBER_SESSION_JWT)
            .await?;

        mock.assert_async().await;
        guard.assert_calls_async(0).await;
        assert_decodes_fixture(&response, "magic_links_email_invite");
        assert_eq!(
            response.member_id,
            "member-test-32fc5024-9c09-4da3-bd2e-c9ce4da9375f"
        );
        assert_eq!(response.organization.organization_name, "Acme Co");
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn magic_links_email_login_or_signup() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::post("/v1/b2b/magic_links/email/login_or_signup")
            .body(json!({
                "organization_id": "organization-test-1",
                "email_address": "ada@acme.example.com",
                "login_redirect_url": "https://app.example.com/login",
                "signup_redirect_url": "https://app.example.com/signup",
                "pkce_code_challenge": "Zm9vYmFy",
                "login_template_id": "template-login",
                "signup_template_id": "template-signup",
                "locale": "es",
                "login_expiration_minutes": 0,
                "signup_expiration_minutes": 0
            }))
            .mock(&server, "magic_links_email_login_or_signup")
            .await;

        let response = client(&server)
            .magic_links()
            .email()
            .login_or_signup(
                MagicLinksEmailLoginOrSignupRequest::builder()
                    .organization_id("organization-test-1")
                    .email_address("ada@acme.example.com")
                    .login_redirect_url("https://app.example.com/login".to_owned())
                    .signup_redirect_url("https://app.example.com/signup".to_owned())
                    .pkce_code_challenge("Zm9vYmFy".to_owned())
                    .login_template_id("template-login".to_owned())
                    .signup_template_id("template-signup".to_owned())
                    .locale(Locale::Es)
                    .login_expiration_minutes(0)
                    .signup_expiration_minutes(0),
            )
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "magic_links_email_login_or_signup");
        assert!(response.member_created);
        assert_eq!(response.member.status, "active");
        Ok(())
    })
    .await;
}
