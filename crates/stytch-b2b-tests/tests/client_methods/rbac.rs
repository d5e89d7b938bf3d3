//! `client.rbac()`.

use httpmock::MockServer;
use serde_json::json;
use stytch_b2b::rbac::RbacOrganizationsSetOrgPolicyRequest;
use stytch_b2b::types::{OrgPolicy, PolicyRole, PolicyRolePermission};
use stytch_b2b_tests::expected_call::{ExpectedCall, assert_decodes_fixture, client};

use crate::strings;

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

#[tokio::test]
pub(crate) async fn rbac_organizations_get_org_policy() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::get("/v1/b2b/rbac/organizations/org%2Fwith%20space")
            .mock(&server, "rbac_organizations_get_org_policy")
            .await;

        let response = client(&server)
            .rbac()
            .organizations()
            .get_org_policy()
            .organization_id("org/with space")
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "rbac_organizations_get_org_policy");
        let role = &response.org_policy.roles[0];
        assert_eq!(role.role_id, "billing_admin");
        assert_eq!(role.permissions[1].resource_id, "payment_methods");
        assert_eq!(role.permissions[1].actions, ["*"]);
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn rbac_organizations_set_org_policy() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::put("/v1/b2b/rbac/organizations/org%2Fwith%20space")
            .body(json!({
                "org_policy": {
                    "roles": [
                        {
                            "role_id": "billing_admin",
                            "description": "Manages invoices and payment methods.",
                            "permissions": [
                                {"resource_id": "invoices", "actions": ["read", "pay"]},
                                {"resource_id": "payment_methods", "actions": []}
                            ]
                        },
                        {"role_id": "auditor", "description": "", "permissions": []}
                    ]
                }
            }))
            .mock(&server, "rbac_organizations_set_org_policy")
            .await;

        let policy = OrgPolicy {
            roles: vec![
                PolicyRole {
                    role_id: "billing_admin".to_owned(),
                    description: "Manages invoices and payment methods.".to_owned(),
                    permissions: vec![
                        PolicyRolePermission {
                            resource_id: "invoices".to_owned(),
                            actions: strings(&["read", "pay"]),
                        },
                        PolicyRolePermission {
                            resource_id: "payment_methods".to_owned(),
                            actions: Vec::new(),
                        },
                    ],
                },
                PolicyRole {
                    role_id: "auditor".to_owned(),
                    description: String::new(),
                    permissions: Vec::new(),
                },
            ],
        };
        let response = client(&server)
            .rbac()
            .organizations()
            .set_org_policy(RbacOrganizationsSetOrgPolicyRequest::builder().org_policy(policy))
            .organization_id("org/with space")
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "rbac_organizations_set_org_policy");
        let role = &response.org_policy.roles[0];
        assert_eq!(role.description, "Manages invoices and payment methods.");
        assert_eq!(role.permissions[0].actions, ["read", "pay"]);
        Ok(())
    })
    .await;
}
