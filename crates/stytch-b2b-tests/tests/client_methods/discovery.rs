//! `client.discovery()`.

use httpmock::MockServer;
use serde_json::json;
use stytch_b2b::discovery::{
    DiscoveryIntermediateSessionsExchangeRequest, DiscoveryOrganizationsCreateRequest,
    DiscoveryOrganizationsListRequest,
};
use stytch_b2b::types::{EmailImplicitRoleAssignment, Locale};
use stytch_b2b_tests::expected_call::{ExpectedCall, assert_decodes_fixture, client};

use crate::{
    INTERMEDIATE_SESSION_TOKEN, SESSION_JWT, SESSION_TOKEN, json_object, metadata, session_claims,
    strings,
};

#[tokio::test]
pub(crate) async fn discovery_intermediate_sessions_exchange() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::post("/v1/b2b/discovery/intermediate_sessions/exchange")
            .body(json!({
                "intermediate_session_token": INTERMEDIATE_SESSION_TOKEN,
                "organization_id": "organization-test-1",
                "session_duration_minutes": 0,
                "session_custom_claims": {"https://my-app.example.net/custom-claim": {"plan": "pro"}},
                "locale": "pt-br",
                "telemetry_id": "telemetry-test-5b7d9f1a"
            }))
            .mock(&server, "discovery_intermediate_sessions_exchange")
            .await;

        let response = client(&server)
            .discovery()
            .intermediate_sessions()
            .exchange(
                DiscoveryIntermediateSessionsExchangeRequest::builder()
                    .intermediate_session_token(INTERMEDIATE_SESSION_TOKEN)
                    .organization_id("organization-test-1")
                    .session_duration_minutes(0)
                    .session_custom_claims(session_claims())
                    .locale(Locale::PtBr)
                    .telemetry_id("telemetry-test-5b7d9f1a".to_owned()),
            )
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "discovery_intermediate_sessions_exchange");
        assert!(response.member_authenticated);
        assert_eq!(response.member.name, "Ada Lovelace");
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn discovery_organizations_create() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::post("/v1/b2b/discovery/organizations/create")
            .body(json!({
                "intermediate_session_token": INTERMEDIATE_SESSION_TOKEN,
                "organization_name": "Acme Co",
                "organization_slug": "acme-co",
                "session_duration_minutes": 0,
                "session_custom_claims": {"https://my-app.example.net/custom-claim": {"plan": "pro"}},
                "organization_logo_url": "https://acme.example.com/logo.png",
                "trusted_metadata": {"plan": "enterprise", "seats": 0, "beta": false},
                "sso_jit_provisioning": "RESTRICTED",
                "email_allowed_domains": ["acme.example.com"],
                "email_jit_provisioning": "NOT_ALLOWED",
                "email_invites": "ALL_ALLOWED",
                "auth_methods": "RESTRICTED",
                "allowed_auth_methods": ["sso", "magic_link"],
                "mfa_policy": "REQUIRED_FOR_ALL",
                "organization_external_id": "acme-crm-0042",
                "rbac_email_implicit_role_assignments": [
                    {"domain": "acme.example.com", "role_id": "billing_admin"}
                ],
                "mfa_methods": "RESTRICTED",
                "allowed_mfa_methods": ["totp"],
                "oauth_tenant_jit_provisioning": "RESTRICTED",
                "allowed_oauth_tenants": {"slack": ["T0123ABCD"]},
                "first_party_connected_apps_allowed_type": "NOT_ALLOWED",
                "allowed_first_party_connected_apps": [],
                "third_party_connected_apps_allowed_type": "RESTRICTED",
                "allowed_third_party_connected_apps": ["connected-app-test-5e7a9c1b-3d5f-4b7a-8c9e-1f3a5c7e9b2d"],
                "telemetry_id": "telemetry-test-5b7d9f1a"
            }))
            .mock(&server, "discovery_organizations_create")
            .await;

        let response = client(&server)
            .discovery()
            .organizations()
            .create(
                DiscoveryOrganizationsCreateRequest::builder()
                    .intermediate_session_token(INTERMEDIATE_SESSION_TOKEN)
                    .organization_name("Acme Co")
                    .organization_slug("acme-co")
                    .session_duration_minutes(0)
                    .session_custom_claims(session_claims())
                    .organization_logo_url("https://acme.example.com/logo.png".to_owned())
                    .trusted_metadata(metadata())
                    .sso_jit_provisioning("RESTRICTED".to_owned())
                    .email_allowed_domains(strings(&["acme.example.com"]))
                    .email_jit_provisioning("NOT_ALLOWED".to_owned())
                    .email_invites("ALL_ALLOWED".to_owned())
                    .auth_methods("RESTRICTED".to_owned())
                    .allowed_auth_methods(strings(&["sso", "magic_link"]))
                    .mfa_policy("REQUIRED_FOR_ALL".to_owned())
                    .organization_external_id("acme-crm-0042".to_owned())
                    .rbac_email_implicit_role_assignments(vec![EmailImplicitRoleAssignment {
                        domain: "acme.example.com".to_owned(),
                        role_id: "billing_admin".to_owned(),
                    }])
                    .mfa_methods("RESTRICTED".to_owned())
                    .allowed_mfa_methods(strings(&["totp"]))
                    .oauth_tenant_jit_provisioning("RESTRICTED".to_owned())
                    .allowed_oauth_tenants(json_object(json!({"slack": ["T0123ABCD"]})))
                    .first_party_connected_apps_allowed_type("NOT_ALLOWED".to_owned())
                    .allowed_first_party_connected_apps(Vec::<String>::new())
                    .third_party_connected_apps_allowed_type("RESTRICTED".to_owned())
                    .allowed_third_party_connected_apps(strings(&[
                        "connected-app-test-5e7a9c1b-3d5f-4b7a-8c9e-1f3a5c7e9b2d",
                    ]))
                    .telemetry_id("telemetry-test-5b7d9f1a".to_owned()),
            )
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "discovery_organizations_create");
        let organization = response.organization.as_ref().ok_or("no organization")?;
        assert_eq!(organization.organization_slug, "acme-co");
        assert_eq!(response.session_token.as_deref(), Some(SESSION_TOKEN));
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn discovery_organizations_list() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::post("/v1/b2b/discovery/organizations")
            .body(json!({
                "intermediate_session_token": INTERMEDIATE_SESSION_TOKEN,
                "session_token": SESSION_TOKEN,
                "session_jwt": SESSION_JWT
            }))
            .mock(&server, "discovery_organizations_list")
            .await;

        let response = client(&server)
            .discovery()
            .organizations()
            .list(
                DiscoveryOrganizationsListRequest::builder()
                    .intermediate_session_token(INTERMEDIATE_SESSION_TOKEN.to_owned())
                    .session_token(SESSION_TOKEN.to_owned())
                    .session_jwt(SESSION_JWT.to_owned()),
            )
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "discovery_organizations_list");
        assert_eq!(response.email_address, "ada@acme.example.com");
        let discovered = &response.discovered_organizations[0];
        assert!(discovered.member_authenticated);
        let membership = discovered.membership.as_ref().ok_or("no membership")?;
        assert_eq!(membership.type_, "magic_link");
        Ok(())
    })
    .await;
}
