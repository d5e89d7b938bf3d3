//! `client.totps()`.

use httpmock::MockServer;
use serde_json::json;
use stytch_b2b::totps::{TotpsAuthenticateRequest, TotpsCreateRequest, TotpsMigrateRequest};
use stytch_b2b_tests::expected_call::{ExpectedCall, assert_decodes_fixture, client};

use crate::{INTERMEDIATE_SESSION_TOKEN, SESSION_JWT, SESSION_TOKEN, session_claims};

const TOTP_REGISTRATION_ID: &str = "totp-test-41920359-8bbb-4fe8-8fa3-aaa83f35f02c";

#[tokio::test]
pub(crate) async fn totps_create() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::post("/v1/b2b/totp")
            .body(json!({
                "organization_id": "organization-test-1",
                "member_id": "member-test-1",
                "expiration_minutes": 0,
                "intermediate_session_token": INTERMEDIATE_SESSION_TOKEN,
                "session_token": SESSION_TOKEN,
                "session_jwt": SESSION_JWT
            }))
            .mock(&server, "totps_create")
            .await;

        let response = client(&server)
            .totps()
            .create(
                TotpsCreateRequest::builder()
                    .organization_id("organization-test-1")
                    .member_id("member-test-1")
                    .expiration_minutes(0)
                    .intermediate_session_token(INTERMEDIATE_SESSION_TOKEN)
                    .session_token(SESSION_TOKEN)
                    .session_jwt(SESSION_JWT),
            )
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "totps_create");
        assert_eq!(response.totp_registration_id, TOTP_REGISTRATION_ID);
        assert_eq!(response.secret.expose(), "FAKETESTTOTPSECRETAAAAAAAAAAAAAA");
        assert_eq!(response.recovery_codes.len(), 2);
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn totps_authenticate() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::post("/v1/b2b/totp/authenticate")
            .body(json!({
                "organization_id": "organization-test-1",
                "member_id": "member-test-1",
                "code": "123456",
                "intermediate_session_token": INTERMEDIATE_SESSION_TOKEN,
                "session_token": SESSION_TOKEN,
                "session_jwt": SESSION_JWT,
                "session_duration_minutes": 0,
                "session_custom_claims": {"https://my-app.example.net/custom-claim": {"plan": "pro"}},
                "set_mfa_enrollment": "enroll",
                "set_default_mfa": false,
                "telemetry_id": "telemetry-id-test-1"
            }))
            .mock(&server, "totps_authenticate")
            .await;

        let response = client(&server)
            .totps()
            .authenticate(
                TotpsAuthenticateRequest::builder()
                    .organization_id("organization-test-1")
                    .member_id("member-test-1")
                    .code("123456")
                    .intermediate_session_token(INTERMEDIATE_SESSION_TOKEN)
                    .session_token(SESSION_TOKEN)
                    .session_jwt(SESSION_JWT)
                    .session_duration_minutes(0)
                    .session_custom_claims(session_claims())
                    .set_mfa_enrollment("enroll")
                    .set_default_mfa(false)
                    .telemetry_id("telemetry-id-test-1"),
            )
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "totps_authenticate");
        assert_eq!(response.session_token.as_deref(), Some(SESSION_TOKEN));
        let session = response
            .member_session
            .as_ref()
            .ok_or("no member session")?;
        assert_eq!(session.organization_slug, "acme-co");
        assert_eq!(
            response.member.totp_registration_id,
            TOTP_REGISTRATION_ID
        );
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn totps_migrate() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::post("/v1/b2b/totp/migrate")
            .body(json!({
                "organization_id": "organization-test-1",
                "member_id": "member-test-1",
                "secret": "FAKETESTTOTPSECRETAAAAAAAAAAAAAA",
                "recovery_codes": ["fake-test-rc01-a1b2", "fake-test-rc02-c3d4"]
            }))
            .mock(&server, "totps_migrate")
            .await;

        let response = client(&server)
            .totps()
            .migrate(
                TotpsMigrateRequest::builder()
                    .organization_id("organization-test-1")
                    .member_id("member-test-1")
                    .secret("FAKETESTTOTPSECRETAAAAAAAAAAAAAA")
                    .recovery_codes(vec![
                        "fake-test-rc01-a1b2".into(),
                        "fake-test-rc02-c3d4".into(),
                    ]),
            )
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "totps_migrate");
        assert_eq!(response.totp_registration_id, TOTP_REGISTRATION_ID);
        assert_eq!(response.recovery_codes[1].expose(), "fake-test-rc02-c3d4");
        Ok(())
    })
    .await;
}
