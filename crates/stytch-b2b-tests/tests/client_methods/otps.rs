//! `client.otps()`.

use httpmock::MockServer;
use serde_json::json;
use stytch_b2b::otps::{OtpsSmsAuthenticateRequest, OtpsSmsSendRequest};
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
                "locale": "pt-br"
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
                    .locale(Locale::PtBr),
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
                "set_mfa_enrollment": "enroll"
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
                    .set_mfa_enrollment("enroll".to_owned()),
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
