//! `client.recovery_codes()`.

use httpmock::MockServer;
use serde_json::json;
use stytch_b2b::recovery_codes::{RecoveryCodesRecoverRequest, RecoveryCodesRotateRequest};
use stytch_b2b_tests::expected_call::{ExpectedCall, assert_decodes_fixture, client};

use crate::{INTERMEDIATE_SESSION_TOKEN, SESSION_JWT, SESSION_TOKEN, session_claims};

const MEMBER_ID: &str = "member-test-32fc5024-9c09-4da3-bd2e-c9ce4da9375f";

#[tokio::test]
pub(crate) async fn recovery_codes_recover() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::post("/v1/b2b/recovery_codes/recover")
            .body(json!({
                "organization_id": "organization-test-1",
                "member_id": "member-test-1",
                "recovery_code": "fake-test-rc01-a1b2",
                "intermediate_session_token": INTERMEDIATE_SESSION_TOKEN,
                "session_token": SESSION_TOKEN,
                "session_jwt": SESSION_JWT,
                "session_duration_minutes": 0,
                "session_custom_claims": {"https://my-app.example.net/custom-claim": {"plan": "pro"}},
                "telemetry_id": "telemetry-id-test-1"
            }))
            .mock(&server, "recovery_codes_recover")
            .await;

        let response = client(&server)
            .recovery_codes()
            .recover(
                RecoveryCodesRecoverRequest::builder()
                    .organization_id("organization-test-1")
                    .member_id("member-test-1")
                    .recovery_code("fake-test-rc01-a1b2")
                    .intermediate_session_token(INTERMEDIATE_SESSION_TOKEN)
                    .session_token(SESSION_TOKEN)
                    .session_jwt(SESSION_JWT)
                    .session_duration_minutes(0)
                    .session_custom_claims(session_claims())
                    .telemetry_id("telemetry-id-test-1"),
            )
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "recovery_codes_recover");
        assert_eq!(response.recovery_codes_remaining, 9);
        assert_eq!(response.session_token.as_deref(), Some(SESSION_TOKEN));
        let device = response.member_device.as_ref().ok_or("no member device")?;
        assert_eq!(device.ip_address.as_deref(), Some("203.0.113.42"));
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn recovery_codes_get() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock =
            ExpectedCall::get("/v1/b2b/recovery_codes/org%2Fwith%20space/member%2Fwith%20space")
                .mock(&server, "recovery_codes_get")
                .await;

        let response = client(&server)
            .recovery_codes()
            .get()
            .organization_id("org/with space")
            .member_id("member/with space")
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "recovery_codes_get");
        assert_eq!(response.member_id, MEMBER_ID);
        let codes: Vec<&str> = response.recovery_codes.iter().map(|c| c.expose()).collect();
        assert_eq!(codes, ["fake-test-rc01-a1b2", "fake-test-rc02-c3d4"]);
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn recovery_codes_rotate() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::post("/v1/b2b/recovery_codes/rotate")
            .body(json!({
                "organization_id": "organization-test-1",
                "member_id": "member-test-1"
            }))
            .mock(&server, "recovery_codes_rotate")
            .await;

        let response = client(&server)
            .recovery_codes()
            .rotate(
                RecoveryCodesRotateRequest::builder()
                    .organization_id("organization-test-1")
                    .member_id("member-test-1"),
            )
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "recovery_codes_rotate");
        assert_eq!(response.recovery_codes.len(), 2);
        assert_eq!(response.organization.organization_slug, "acme-co");
        Ok(())
    })
    .await;
}
