//! `client.debug()`.

use httpmock::MockServer;
use stytch_b2b_tests::PROJECT_ID;
use stytch_b2b_tests::expected_call::{ExpectedCall, assert_decodes_fixture, client};

#[tokio::test]
pub(crate) async fn debug_whoami() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::get("/v1/debug/whoami")
            .mock(&server, "debug_whoami")
            .await;

        let response = client(&server).debug().whoami().await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "debug_whoami");
        assert_eq!(response.project_id, PROJECT_ID);
        assert_eq!(response.name, "Acme B2B (test)");
        Ok(())
    })
    .await;
}
