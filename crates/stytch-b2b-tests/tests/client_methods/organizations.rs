//! `client.organizations()` and `client.organizations().members()`.

use httpmock::MockServer;
use serde_json::json;
use stytch_b2b::MemberLookup;
use stytch_b2b::organizations::{
    OrganizationsCreateRequest, OrganizationsMembersCreateRequest,
    OrganizationsMembersSearchRequest, OrganizationsMembersUpdateRequest,
    OrganizationsSearchRequest, OrganizationsUpdateRequest,
};
use stytch_b2b::types::SearchQuery;
use stytch_b2b_tests::expected_call::{ExpectedCall, assert_decodes_fixture, client};

use crate::{TestResult, json_object, metadata, strings};

const ORGANIZATION_ID: &str = "organization-test-07971b06-ac8b-4cdb-9c15-63b17e653931";
const MEMBER_ID: &str = "member-test-32fc5024-9c09-4da3-bd2e-c9ce4da9375f";

fn email_query() -> Result<SearchQuery, Box<dyn std::error::Error>> {
    Ok(SearchQuery::try_from(
        SearchQuery::builder()
            .operator("AND")
            .operands(vec![json_object(
                json!({"filter_name": "member_emails", "filter_value": ["ada@acme.example.com"]}),
            )]),
    )?)
}

#[tokio::test]
pub(crate) async fn organizations_create() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::post("/v1/b2b/organizations")
            .body(json!({
                "organization_name": "Acme Co",
                "organization_slug": "acme-co",
                "organization_logo_url": "https://acme.example.com/logo.png",
                "trusted_metadata": {"plan": "enterprise", "seats": 0, "beta": false},
                "sso_jit_provisioning": "ALL_ALLOWED",
                "email_allowed_domains": ["acme.example.com"],
                "email_jit_provisioning": "RESTRICTED",
                "email_invites": "RESTRICTED",
                "auth_methods": "ALL_ALLOWED",
                "allowed_auth_methods": ["password", "google_oauth"],
                "mfa_policy": "OPTIONAL"
            }))
            .mock(&server, "organizations_create")
            .await;

        let response = client(&server)
            .organizations()
            .create(
                OrganizationsCreateRequest::builder()
                    .organization_name("Acme Co")
                    .organization_slug("acme-co".to_owned())
                    .organization_logo_url("https://acme.example.com/logo.png".to_owned())
                    .trusted_metadata(metadata())
                    .sso_jit_provisioning("ALL_ALLOWED".to_owned())
                    .email_allowed_domains(strings(&["acme.example.com"]))
                    .email_jit_provisioning("RESTRICTED".to_owned())
                    .email_invites("RESTRICTED".to_owned())
                    .auth_methods("ALL_ALLOWED".to_owned())
                    .allowed_auth_methods(strings(&["password", "google_oauth"]))
                    .mfa_policy("OPTIONAL".to_owned()),
            )
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "organizations_create");
        assert_eq!(response.organization.organization_id, ORGANIZATION_ID);
        assert_eq!(
            response.organization.trusted_metadata.get("seats"),
            Some(&json!(25))
        );
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn organizations_get() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::get("/v1/b2b/organizations/org%2Fwith%20space")
            .mock(&server, "organizations_get")
            .await;

        let response = client(&server)
            .organizations()
            .get()
            .organization_id("org/with space")
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "organizations_get");
        assert_eq!(response.organization.organization_name, "Acme Co");
        assert_eq!(
            response.organization.sso_active_connections[0].display_name,
            "Okta"
        );
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn organizations_update() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::put("/v1/b2b/organizations/org%2Fwith%20space")
            .body(json!({
                "organization_name": "Acme Corporation",
                "organization_slug": "acme-corp",
                "organization_logo_url": "https://acme.example.com/logo-2.png",
                "trusted_metadata": {"plan": "enterprise", "seats": 0, "beta": false},
                "sso_default_connection_id": "saml-connection-test-1",
                "sso_jit_provisioning": "RESTRICTED",
                "sso_jit_provisioning_allowed_connections": ["saml-connection-test-1"],
                "email_allowed_domains": [],
                "email_jit_provisioning": "NOT_ALLOWED",
                "email_invites": "NOT_ALLOWED",
                "auth_methods": "RESTRICTED",
                "allowed_auth_methods": ["sso", "microsoft_oauth"],
                "mfa_policy": "REQUIRED_FOR_ALL"
            }))
            .mock(&server, "organizations_update")
            .await;

        let response = client(&server)
            .organizations()
            .update(
                OrganizationsUpdateRequest::builder()
                    .organization_name("Acme Corporation".to_owned())
                    .organization_slug("acme-corp".to_owned())
                    .organization_logo_url("https://acme.example.com/logo-2.png".to_owned())
                    .trusted_metadata(metadata())
                    .sso_default_connection_id("saml-connection-test-1".to_owned())
                    .sso_jit_provisioning("RESTRICTED".to_owned())
                    .sso_jit_provisioning_allowed_connections(strings(&["saml-connection-test-1"]))
                    .email_allowed_domains(Vec::<String>::new())
                    .email_jit_provisioning("NOT_ALLOWED".to_owned())
                    .email_invites("NOT_ALLOWED".to_owned())
                    .auth_methods("RESTRICTED".to_owned())
                    .allowed_auth_methods(strings(&["sso", "microsoft_oauth"]))
                    .mfa_policy("REQUIRED_FOR_ALL".to_owned()),
            )
            .organization_id("org/with space")
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "organizations_update");
        assert_eq!(response.organization.mfa_policy, "OPTIONAL");
        assert_eq!(
            response.organization.allowed_auth_methods,
            strings(&["sso", "magic_link"])
        );
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn organizations_delete() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::delete("/v1/b2b/organizations/org%2Fwith%20space")
            .mock(&server, "organizations_delete")
            .await;

        let response = client(&server)
            .organizations()
            .delete()
            .organization_id("org/with space")
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "organizations_delete");
        assert_eq!(response.organization_id, ORGANIZATION_ID);
        assert_eq!(response.status_code, 200);
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn organizations_search() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::post("/v1/b2b/organizations/search")
            .body(json!({
                "cursor": "cursor-page-1",
                "limit": 0,
                "query": {
                    "operator": "AND",
                    "operands": [
                        {"filter_name": "member_emails", "filter_value": ["ada@acme.example.com"]}
                    ]
                }
            }))
            .mock(&server, "organizations_search")
            .await;

        let response = client(&server)
            .organizations()
            .search(
                OrganizationsSearchRequest::builder()
                    .cursor("cursor-page-1".to_owned())
                    .limit(0)
                    .query(email_query()?),
            )
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "organizations_search");
        assert_eq!(response.organizations[0].organization_slug, "acme-co");
        assert_eq!(
            response.results_metadata.next_cursor.as_deref(),
            Some("cursor-page-2")
        );
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn organizations_members_create() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::post("/v1/b2b/organizations/org%2Fwith%20space/members")
            .body(json!({
                "email_address": "grace@acme.example.com",
                "name": "Grace Hopper",
                "trusted_metadata": {"plan": "enterprise", "seats": 0, "beta": false},
                "untrusted_metadata": {"plan": "enterprise", "seats": 0, "beta": false},
                "create_member_as_pending": false,
                "is_breakglass": false,
                "mfa_phone_number": "+12025550162",
                "mfa_enrolled": false
            }))
            .mock(&server, "organizations_members_create")
            .await;

        let response = client(&server)
            .organizations()
            .members()
            .create(
                OrganizationsMembersCreateRequest::builder()
                    .email_address("grace@acme.example.com")
                    .name("Grace Hopper".to_owned())
                    .trusted_metadata(metadata())
                    .untrusted_metadata(metadata())
                    .create_member_as_pending(false)
                    .is_breakglass(false)
                    .mfa_phone_number("+12025550162".to_owned())
                    .mfa_enrolled(false),
            )
            .organization_id("org/with space")
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "organizations_members_create");
        assert_eq!(response.member.email_address, "ada@acme.example.com");
        assert!(response.member.email_address_verified);
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn organizations_members_get() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::get("/v1/b2b/organizations/org%2Fwith%20space/member")
            .query("member_id", "member-test-1/2 3")
            .no_query("email_address")
            .mock(&server, "organizations_members_get")
            .await;

        let response = client(&server)
            .organizations()
            .members()
            .get()
            .organization_id("org/with space")
            .lookup(MemberLookup::MemberId("member-test-1/2 3".to_owned()))
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "organizations_members_get");
        assert_eq!(response.member_id, MEMBER_ID);
        assert_eq!(
            response.member.oauth_registrations[0].provider_type,
            "Google"
        );
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn members_get_by_email_address() -> TestResult {
    let server = MockServer::start_async().await;
    let mock = ExpectedCall::get("/v1/b2b/organizations/org%2Fwith%20space/member")
        .query("email_address", "ada+test@acme.example.com")
        .no_query("member_id")
        .mock(&server, "organizations_members_get")
        .await;

    let response = client(&server)
        .organizations()
        .members()
        .get()
        .organization_id("org/with space")
        .lookup("ada+test@acme.example.com")
        .await?;

    mock.assert_async().await;
    assert_decodes_fixture(&response, "organizations_members_get");
    assert_eq!(response.member.name, "Ada Lovelace");
    Ok(())
}

#[tokio::test]
pub(crate) async fn organizations_members_update() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::put(
            "/v1/b2b/organizations/org%2Fwith%20space/members/member%2Fwith%20space",
        )
        .body(json!({
            "name": "Grace Hopper",
            "trusted_metadata": {"plan": "enterprise", "seats": 0, "beta": false},
            "untrusted_metadata": {"plan": "enterprise", "seats": 0, "beta": false},
            "is_breakglass": false,
            "mfa_phone_number": "+12025550163",
            "mfa_enrolled": false
        }))
        .mock(&server, "organizations_members_update")
        .await;

        let response = client(&server)
            .organizations()
            .members()
            .update(
                OrganizationsMembersUpdateRequest::builder()
                    .name("Grace Hopper".to_owned())
                    .trusted_metadata(metadata())
                    .untrusted_metadata(metadata())
                    .is_breakglass(false)
                    .mfa_phone_number("+12025550163".to_owned())
                    .mfa_enrolled(false),
            )
            .organization_id("org/with space")
            .member_id("member/with space")
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "organizations_members_update");
        assert!(!response.member.is_breakglass);
        assert_eq!(response.member.mfa_phone_number, "+12025550162");
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn organizations_members_delete() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::delete(
            "/v1/b2b/organizations/org%2Fwith%20space/members/member%2Fwith%20space",
        )
        .mock(&server, "organizations_members_delete")
        .await;

        let response = client(&server)
            .organizations()
            .members()
            .delete()
            .organization_id("org/with space")
            .member_id("member/with space")
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "organizations_members_delete");
        assert_eq!(response.member_id, MEMBER_ID);
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn organizations_members_search() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::post("/v1/b2b/organizations/members/search")
            .body(json!({
                "organization_ids": ["organization-test-1", "organization-test-2"],
                "cursor": "cursor-page-1",
                "limit": 0,
                "query": {
                    "operator": "AND",
                    "operands": [
                        {"filter_name": "member_emails", "filter_value": ["ada@acme.example.com"]}
                    ]
                }
            }))
            .mock(&server, "organizations_members_search")
            .await;

        let response = client(&server)
            .organizations()
            .members()
            .search(
                OrganizationsMembersSearchRequest::builder()
                    .organization_ids(strings(&["organization-test-1", "organization-test-2"]))
                    .cursor("cursor-page-1".to_owned())
                    .limit(0)
                    .query(email_query()?),
            )
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "organizations_members_search");
        assert_eq!(response.members[0].member_id, MEMBER_ID);
        assert_eq!(
            response
                .organizations
                .get(ORGANIZATION_ID)
                .map(|o| o.organization_slug.as_str()),
            Some("acme-co")
        );
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn organizations_members_reactivate() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::put(
            "/v1/b2b/organizations/org%2Fwith%20space/members/member%2Fwith%20space/reactivate",
        )
        .mock(&server, "organizations_members_reactivate")
        .await;

        let response = client(&server)
            .organizations()
            .members()
            .reactivate()
            .organization_id("org/with space")
            .member_id("member/with space")
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "organizations_members_reactivate");
        assert_eq!(response.member.status, "active");
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn organizations_members_delete_password() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::delete(
            "/v1/b2b/organizations/org%2Fwith%20space/members/passwords/password%2Fwith%20space",
        )
        .mock(&server, "organizations_members_delete_password")
        .await;

        let response = client(&server)
            .organizations()
            .members()
            .delete_password()
            .organization_id("org/with space")
            .member_password_id("password/with space")
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "organizations_members_delete_password");
        assert_eq!(
            response.member.member_password_id,
            "member-password-test-2f8b0a3e-1d6c-4f0e-8c5a-3b7e9d1f2a4c"
        );
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn organizations_members_delete_mfa_phone_number() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::delete(
            "/v1/b2b/organizations/org%2Fwith%20space/members/mfa_phone_numbers/member%2Fwith%20space",
        )
        .mock(&server, "organizations_members_delete_mfa_phone_number")
        .await;

        let response = client(&server)
            .organizations()
            .members()
            .delete_mfa_phone_number()
            .organization_id("org/with space")
            .member_id("member/with space")
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "organizations_members_delete_mfa_phone_number");
        assert_eq!(response.member_id, MEMBER_ID);
        assert!(response.member.mfa_phone_number_verified);
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn members_get_by_an_email_address_that_starts_like_a_member_id() -> TestResult {
    let server = MockServer::start_async().await;
    let mock = ExpectedCall::get("/v1/b2b/organizations/org%2Fwith%20space/member")
        .query("email_address", "member-services@acme.example.com")
        .no_query("member_id")
        .mock(&server, "organizations_members_get")
        .await;

    client(&server)
        .organizations()
        .members()
        .get()
        .organization_id("org/with space")
        .lookup("member-services@acme.example.com")
        .await?;

    mock.assert_async().await;
    Ok(())
}

#[tokio::test]
async fn members_get_by_a_member_id_string() -> TestResult {
    let server = MockServer::start_async().await;
    let mock = ExpectedCall::get("/v1/b2b/organizations/org%2Fwith%20space/member")
        .query("member_id", MEMBER_ID)
        .no_query("email_address")
        .mock(&server, "organizations_members_get")
        .await;

    client(&server)
        .organizations()
        .members()
        .get()
        .organization_id("org/with space")
        .lookup(MEMBER_ID)
        .await?;

    mock.assert_async().await;
    Ok(())
}
