//! `client.otps()`.

use httpmock::MockServer;
use serde_json::json;
use stytch_b2b::otps::{
    OtpsEmailAuthenticateRequest, OtpsEmailDiscoveryAuthenticateRequest,
    OtpsEmailDiscoverySendRequest, OtpsEmailLoginOrSignupRequest, OtpsSmsAuthenticateRequest,
    OtpsSmsSendRequest,
};
use stytch_b2b::types::Locale;
use stytch_b2b_tests::expected_call::{ExpectedCall, assert_decodes_fixture, client};

use crate::{INTERMEDIATE_SESSION_TOKEN, SESSION_JWT, SESSION_TOKEN, session_claims};

#[tokio::test]
pub(crate) async fn otps_sms_send() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::post("/v1/b2b/otps/sms/send")
            .body(json!({
                "organization_id": "organization-test-1",
                "member_id": "member-test-1",
                "mfa_phone_number": "+12025550162",
                "locale": "pt-br",
                "intermediate_session_token": INTERMEDIATE_SESSION_TOKEN,
                "session_token": SESSION_TOKEN,
                "session_jwt": SESSION_JWT
            }))
            .mock(&server, "otps_sms_send")
            .await;

        let response = client(&server)
            .otps()
            .sms()
            .send(
                OtpsSmsSendRequest::builder()
                    .organization_id("organization-test-1")
                    .member_id("member-test-1")
                    .mfa_phone_number("+12025550162".to_owned())
                    .locale(Locale::PtBr)
                    .intermediate_session_token(INTERMEDIATE_SESSION_TOKEN.to_owned())
                    .session_token(SESSION_TOKEN.to_owned())
                    .session_jwt(SESSION_JWT.to_owned()),
            )
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "otps_sms_send");
        assert_eq!(response.member.mfa_phone_number, "+12025550162");
        assert_eq!(response.organization.organization_slug, "acme-co");
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn otps_sms_authenticate() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::post("/v1/b2b/otps/sms/authenticate")
            .body(json!({
                "organization_id": "organization-test-1",
                "member_id": "member-test-1",
                "code": "000000",
                "intermediate_session_token": INTERMEDIATE_SESSION_TOKEN,
                "session_token": SESSION_TOKEN,
                "session_jwt": SESSION_JWT,
                "session_duration_minutes": 0,
                "session_custom_claims": {"https://my-app.example.net/custom-claim": {"plan": "pro"}},
                "set_mfa_enrollment": "enroll",
                "set_default_mfa": false,
                "telemetry_id": "telemetry-test-5b7d9f1a"
            }))
            .mock(&server, "otps_sms_authenticate")
            .await;

        let response = client(&server)
            .otps()
            .sms()
            .authenticate(
                OtpsSmsAuthenticateRequest::builder()
                    .organization_id("organization-test-1")
                    .member_id("member-test-1")
                    .code("000000")
                    .intermediate_session_token(INTERMEDIATE_SESSION_TOKEN.to_owned())
                    .session_token(SESSION_TOKEN.to_owned())
                    .session_jwt(SESSION_JWT.to_owned())
                    .session_duration_minutes(0)
                    .session_custom_claims(session_claims())
                    .set_mfa_enrollment("enroll".to_owned())
                    .set_default_mfa(false)
                    .telemetry_id("telemetry-test-5b7d9f1a".to_owned()),
            )
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "otps_sms_authenticate");
        let session = response
            .member_session
            .as_ref()
            .ok_or("no member session")?;
        assert_eq!(
            session.member_id,
            "member-test-32fc5024-9c09-4da3-bd2e-c9ce4da9375f"
        );
        assert!(response.session_jwt.is_some());
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn otps_email_login_or_signup() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::post("/v1/b2b/otps/email/login_or_signup")
            .body(json!({
                "organization_id": "organization-test-1",
                "email_address": "ada@acme.example.com",
                "login_template_id": "template-login",
                "signup_template_id": "template-signup",
                "locale": "es",
                "login_expiration_minutes": 0,
                "signup_expiration_minutes": 0
            }))
            .mock(&server, "otps_email_login_or_signup")
            .await;

        let response = client(&server)
            .otps()
            .email()
            .login_or_signup(
                OtpsEmailLoginOrSignupRequest::builder()
                    .organization_id("organization-test-1")
                    .email_address("ada@acme.example.com")
                    .login_template_id("template-login".to_owned())
                    .signup_template_id("template-signup".to_owned())
                    .locale(Locale::Es)
                    .login_expiration_minutes(0)
                    .signup_expiration_minutes(0),
            )
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "otps_email_login_or_signup");
        assert!(response.member_created);
        assert_eq!(
            response.member_id,
            "member-test-32fc5024-9c09-4da3-bd2e-c9ce4da9375f"
        );
        assert_eq!(response.organization.organization_slug, "acme-co");
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn otps_email_authenticate() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::post("/v1/b2b/otps/email/authenticate")
            .body(json!({
                "organization_id": "organization-test-1",
                "email_address": "ada@acme.example.com",
                "code": "000000",
                "session_token": SESSION_TOKEN,
                "session_jwt": SESSION_JWT,
                "intermediate_session_token": INTERMEDIATE_SESSION_TOKEN,
                "session_duration_minutes": 0,
                "session_custom_claims": {"https://my-app.example.net/custom-claim": {"plan": "pro"}},
                "locale": "fr",
                "telemetry_id": "telemetry-test-5b7d9f1a"
            }))
            .mock(&server, "otps_email_authenticate")
            .await;

        let response = client(&server)
            .otps()
            .email()
            .authenticate(
                OtpsEmailAuthenticateRequest::builder()
                    .organization_id("organization-test-1")
                    .email_address("ada@acme.example.com")
                    .code("000000")
                    .session_token(SESSION_TOKEN.to_owned())
                    .session_jwt(SESSION_JWT.to_owned())
                    .intermediate_session_token(INTERMEDIATE_SESSION_TOKEN.to_owned())
                    .session_duration_minutes(0)
                    .session_custom_claims(session_claims())
                    .locale(Locale::Fr)
                    .telemetry_id("telemetry-test-5b7d9f1a".to_owned()),
            )
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "otps_email_authenticate");
        assert!(response.member_authenticated);
        assert_eq!(
            response.method_id,
            "email-test-81bf03a8-86e1-4d95-bd44-bb3495224953"
        );
        let device = response.member_device.as_ref().ok_or("no member device")?;
        assert_eq!(device.ip_geo_country.as_deref(), Some("US"));
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn otps_email_discovery_send() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::post("/v1/b2b/otps/email/discovery/send")
            .body(json!({
                "email_address": "ada@acme.example.com",
                "login_template_id": "template-discovery",
                "locale": "pt-br",
                "discovery_expiration_minutes": 0
            }))
            .mock(&server, "otps_email_discovery_send")
            .await;

        let response = client(&server)
            .otps()
            .email()
            .discovery()
            .send(
                OtpsEmailDiscoverySendRequest::builder()
                    .email_address("ada@acme.example.com")
                    .login_template_id("template-discovery".to_owned())
                    .locale(Locale::PtBr)
                    .discovery_expiration_minutes(0),
            )
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "otps_email_discovery_send");
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
pub(crate) async fn otps_email_discovery_authenticate() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::post("/v1/b2b/otps/email/discovery/authenticate")
            .body(json!({
                "email_address": "ada@acme.example.com",
                "code": "000000"
            }))
            .mock(&server, "otps_email_discovery_authenticate")
            .await;

        let response = client(&server)
            .otps()
            .email()
            .discovery()
            .authenticate(
                OtpsEmailDiscoveryAuthenticateRequest::builder()
                    .email_address("ada@acme.example.com")
                    .code("000000"),
            )
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "otps_email_discovery_authenticate");
        assert_eq!(response.email_address, "ada@acme.example.com");
        assert_eq!(
            response.intermediate_session_token.as_deref(),
            Some(INTERMEDIATE_SESSION_TOKEN)
        );
        assert!(response.discovered_organizations[0].member_authenticated);
        Ok(())
    })
    .await;
}
