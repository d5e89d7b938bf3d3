//! `client.impersonation()`.

use httpmock::MockServer;
use serde_json::json;
use stytch_b2b::impersonation::ImpersonationAuthenticateRequest;
use stytch_b2b_tests::SESSION_TOKEN;
use stytch_b2b_tests::expected_call::{ExpectedCall, assert_decodes_fixture, client};

const IMPERSONATION_TOKEN: &str = "impersonation-token-test-Kx7fQ2mLr9Vb4NcW";

#[tokio::test]
pub(crate) async fn impersonation_authenticate() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::post("/v1/b2b/impersonation/authenticate")
            .body(json!({"impersonation_token": IMPERSONATION_TOKEN}))
            .mock(&server, "impersonation_authenticate")
            .await;

        let response = client(&server)
            .impersonation()
            .authenticate(
                ImpersonationAuthenticateRequest::builder()
                    .impersonation_token(IMPERSONATION_TOKEN),
            )
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "impersonation_authenticate");
        assert!(response.member_authenticated);
        assert_eq!(response.session_token.as_deref(), Some(SESSION_TOKEN));
        let session = response
            .member_session
            .as_ref()
            .ok_or("no member session")?;
        assert_eq!(
            session.member_session_id,
            "member-session-test-e6b5c5ad-1e8b-4b5f-9b8b-2c1f1c7a6b4e"
        );
        assert_eq!(response.member.name, "Ada Lovelace");
        Ok(())
    })
    .await;
}
