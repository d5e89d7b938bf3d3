//! `client.rbac()`.

use httpmock::MockServer;
use stytch_b2b_tests::expected_call::{ExpectedCall, assert_decodes_fixture, client};

#[tokio::test]
pub(crate) async fn rbac_policy() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::get("/v1/b2b/rbac/policy")
            .mock(&server, "rbac_policy")
            .await;

        let response = client(&server).rbac().policy().await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "rbac_policy");
        let policy = response.policy.ok_or("the policy is missing")?;
        let billing = &policy.roles[1];
        assert_eq!(billing.role_id, "billing_admin");
        assert_eq!(billing.permissions[0].actions, ["read", "pay"]);
        assert_eq!(policy.scopes[0].scope, "read:invoices");
        Ok(())
    })
    .await;
}
