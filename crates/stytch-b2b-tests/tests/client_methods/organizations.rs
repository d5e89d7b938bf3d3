//! `client.organizations()` and `client.organizations().members()`, and what every
//! member-authorized call has in common: the member-session headers, sent only when
//! set and not empty. Also the page streams of the two paged searches.

use futures_util::TryStreamExt as _;
use httpmock::{Method, Mock, MockServer};
use serde_json::{Value, json};
use stytch_b2b::MemberLookup;
use stytch_b2b::organizations::{
    OrganizationsCreateRequest, OrganizationsMembersCreateRequest,
    OrganizationsMembersSearchRequest, OrganizationsMembersStartEmailUpdateRequest,
    OrganizationsMembersUnlinkRetiredEmailRequest, OrganizationsMembersUpdateRequest,
    OrganizationsSearchRequest, OrganizationsUpdateRequest,
};
use stytch_b2b::types::{EmailImplicitRoleAssignment, Locale, SearchQuery};
use stytch_b2b_tests::basic_auth_header;
use stytch_b2b_tests::expected_call::{ExpectedCall, assert_decodes_fixture, client, fixture};

use crate::{TestResult, json_object, metadata, strings};

const ORGANIZATION_ID: &str = "organization-test-07971b06-ac8b-4cdb-9c15-63b17e653931";
const MEMBER_ID: &str = "member-test-32fc5024-9c09-4da3-bd2e-c9ce4da9375f";
const CONNECTED_APP_ID: &str = "connected-app-test-0b4d8f2a-6c1e-4a3b-9d5f-7e9a1c3b5d7f";

/// Header of the session token of the member a call acts for.
pub(crate) const MEMBER_SESSION_HEADER: &str = "X-Stytch-Member-Session";
/// Header of the session JWT of the member a call acts for.
pub(crate) const MEMBER_SESSION_JWT_HEADER: &str = "X-Stytch-Member-SessionJWT";
/// Session token of the member the member-authorized tests act for; unlike
/// [`crate::SESSION_TOKEN`] it appears in no body, so a header filled from the body fails.
pub(crate) const MEMBER_SESSION_TOKEN: &str = "member-session-token-test-2Ffb3cQk9LmZpX7w";
/// Session JWT of the member the member-authorized tests act for.
pub(crate) const MEMBER_SESSION_JWT: &str =
    "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJtZW1iZXItdGVzdC0yIn0.bWVtYmVyLXNpZ25hdHVyZQ";

/// Which credential a member-authorized test acts with.
#[derive(Debug, Clone, Copy)]
pub(crate) enum ActingMember {
    /// `.member_session_token(MEMBER_SESSION_TOKEN)`.
    Token,
    /// `.member_session_jwt(MEMBER_SESSION_JWT)`.
    Jwt,
}

impl ActingMember {
    /// The member-session headers the call must send: `(token header, JWT header)`.
    fn headers(self) -> (Option<&'static str>, Option<&'static str>) {
        match self {
            Self::Token => (Some(MEMBER_SESSION_TOKEN), None),
            Self::Jwt => (None, Some(MEMBER_SESSION_JWT)),
        }
    }
}

/// Registers, before the test's [`ExpectedCall`], a mock that answers `401` to every
/// request whose member-session headers are not exactly those of `member` (its header,
/// once, with its value; the other header absent). httpmock answers with the first
/// mock that matches, so the expected call is reached only with the right headers;
/// the test asserts the guard was never called.
pub(crate) async fn member_headers_guard(server: &MockServer, member: ActingMember) -> Mock<'_> {
    let expected = member.headers();
    server
        .mock_async(move |when, then| {
            when.is_true(move |request| {
                let headers = request.headers();
                let value = |name: &str| {
                    let mut values = headers.get_all(name).iter();
                    match (values.next(), values.next()) {
                        (None, _) => Ok(None),
                        (Some(value), None) => value.to_str().map(Some).map_err(|_| ()),
                        (Some(_), Some(_)) => Err(()),
                    }
                };
                (value(MEMBER_SESSION_HEADER), value(MEMBER_SESSION_JWT_HEADER))
                    != (Ok(expected.0), Ok(expected.1))
            });
            then.status(401).json_body(json!({
                "status_code": 401,
                "request_id": "request-id-test-member-headers",
                "error_type": "unexpected_member_session_headers",
                "error_message": format!(
                    "expected the member-session headers {MEMBER_SESSION_HEADER}: {:?} and {MEMBER_SESSION_JWT_HEADER}: {:?}",
                    expected.0, expected.1
                ),
            }));
        })
        .await
}

fn email_query() -> Result<SearchQuery, Box<dyn std::error::Error>> {
    Ok(SearchQuery::try_from(
        SearchQuery::builder()
            .operator("AND")
            .operands(vec![json_object(
                json!({"filter_name": "member_emails", "filter_value": ["ada@acme.example.com"]}),
            )]),
    )?)
}

fn role_assignment(domain: &str, role_id: &str) -> EmailImplicitRoleAssignment {
    EmailImplicitRoleAssignment {
        domain: domain.to_owned(),
        role_id: role_id.to_owned(),
    }
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
                "mfa_policy": "OPTIONAL",
                "organization_external_id": "acme-crm-0042",
                "rbac_email_implicit_role_assignments": [
                    {"domain": "acme.example.com", "role_id": "billing_admin"}
                ],
                "mfa_methods": "RESTRICTED",
                "allowed_mfa_methods": ["sms_otp", "totp"],
                "oauth_tenant_jit_provisioning": "RESTRICTED",
                "allowed_oauth_tenants": {"slack": ["T0123ABCD"]},
                "claimed_email_domains": ["acme.example.com"],
                "first_party_connected_apps_allowed_type": "RESTRICTED",
                "allowed_first_party_connected_apps": [CONNECTED_APP_ID],
                "third_party_connected_apps_allowed_type": "NOT_ALLOWED",
                "allowed_third_party_connected_apps": []
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
                    .mfa_policy("OPTIONAL".to_owned())
                    .organization_external_id("acme-crm-0042".to_owned())
                    .rbac_email_implicit_role_assignments(vec![role_assignment(
                        "acme.example.com",
                        "billing_admin",
                    )])
                    .mfa_methods("RESTRICTED".to_owned())
                    .allowed_mfa_methods(strings(&["sms_otp", "totp"]))
                    .oauth_tenant_jit_provisioning("RESTRICTED".to_owned())
                    .allowed_oauth_tenants(json_object(json!({"slack": ["T0123ABCD"]})))
                    .claimed_email_domains(strings(&["acme.example.com"]))
                    .first_party_connected_apps_allowed_type("RESTRICTED".to_owned())
                    .allowed_first_party_connected_apps(strings(&[CONNECTED_APP_ID]))
                    .third_party_connected_apps_allowed_type("NOT_ALLOWED".to_owned())
                    .allowed_third_party_connected_apps(Vec::<String>::new()),
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
        let guard = member_headers_guard(&server, ActingMember::Token).await;
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
                "mfa_policy": "REQUIRED_FOR_ALL",
                "organization_external_id": "acme-crm-0043",
                "rbac_email_implicit_role_assignments": [],
                "mfa_methods": "ALL_ALLOWED",
                "allowed_mfa_methods": [],
                "oauth_tenant_jit_provisioning": "NOT_ALLOWED",
                "allowed_oauth_tenants": {},
                "claimed_email_domains": [],
                "first_party_connected_apps_allowed_type": "ALL_ALLOWED",
                "allowed_first_party_connected_apps": [],
                "third_party_connected_apps_allowed_type": "RESTRICTED",
                "allowed_third_party_connected_apps": [CONNECTED_APP_ID]
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
                    .mfa_policy("REQUIRED_FOR_ALL".to_owned())
                    .organization_external_id("acme-crm-0043".to_owned())
                    .rbac_email_implicit_role_assignments(Vec::<EmailImplicitRoleAssignment>::new())
                    .mfa_methods("ALL_ALLOWED".to_owned())
                    .allowed_mfa_methods(Vec::<String>::new())
                    .oauth_tenant_jit_provisioning("NOT_ALLOWED".to_owned())
                    .allowed_oauth_tenants(serde_json::Map::new())
                    .claimed_email_domains(Vec::<String>::new())
                    .first_party_connected_apps_allowed_type("ALL_ALLOWED".to_owned())
                    .allowed_first_party_connected_apps(Vec::<String>::new())
                    .third_party_connected_apps_allowed_type("RESTRICTED".to_owned())
                    .allowed_third_party_connected_apps(strings(&[CONNECTED_APP_ID])),
            )
            .organization_id("org/with space")
            .member_session_token(MEMBER_SESSION_TOKEN)
            .await?;

        mock.assert_async().await;
        guard.assert_calls_async(0).await;
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
        let guard = member_headers_guard(&server, ActingMember::Jwt).await;
        let mock = ExpectedCall::delete("/v1/b2b/organizations/org%2Fwith%20space")
            .mock(&server, "organizations_delete")
            .await;

        let response = client(&server)
            .organizations()
            .delete()
            .organization_id("org/with space")
            .member_session_jwt(MEMBER_SESSION_JWT)
            .await?;

        mock.assert_async().await;
        guard.assert_calls_async(0).await;
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
        let guard = member_headers_guard(&server, ActingMember::Token).await;
        let mock = ExpectedCall::post("/v1/b2b/organizations/org%2Fwith%20space/members")
            .body(json!({
                "email_address": "grace@acme.example.com",
                "name": "Grace Hopper",
                "trusted_metadata": {"plan": "enterprise", "seats": 0, "beta": false},
                "untrusted_metadata": {"plan": "enterprise", "seats": 0, "beta": false},
                "create_member_as_pending": false,
                "is_breakglass": false,
                "mfa_phone_number": "+12025550162",
                "mfa_enrolled": false,
                "roles": ["billing_admin"],
                "external_id": "acme-user-1906"
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
                    .mfa_enrolled(false)
                    .roles(strings(&["billing_admin"]))
                    .external_id("acme-user-1906".to_owned()),
            )
            .organization_id("org/with space")
            .member_session_token(MEMBER_SESSION_TOKEN)
            .await?;

        mock.assert_async().await;
        guard.assert_calls_async(0).await;
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
        let guard = member_headers_guard(&server, ActingMember::Jwt).await;
        let mock = ExpectedCall::put(
            "/v1/b2b/organizations/org%2Fwith%20space/members/member%2Fwith%20space",
        )
        .body(json!({
            "name": "Grace Hopper",
            "trusted_metadata": {"plan": "enterprise", "seats": 0, "beta": false},
            "untrusted_metadata": {"plan": "enterprise", "seats": 0, "beta": false},
            "is_breakglass": false,
            "mfa_phone_number": "+12025550163",
            "mfa_enrolled": false,
            "roles": [],
            "preserve_existing_sessions": false,
            "default_mfa_method": "totp",
            "email_address": "grace.hopper@acme.example.com",
            "external_id": "acme-user-1906",
            "unlink_email": false
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
                    .mfa_enrolled(false)
                    .roles(Vec::<String>::new())
                    .preserve_existing_sessions(false)
                    .default_mfa_method("totp".to_owned())
                    .email_address("grace.hopper@acme.example.com".to_owned())
                    .external_id("acme-user-1906".to_owned())
                    .unlink_email(false),
            )
            .organization_id("org/with space")
            .member_id("member/with space")
            .member_session_jwt(MEMBER_SESSION_JWT)
            .await?;

        mock.assert_async().await;
        guard.assert_calls_async(0).await;
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
        let guard = member_headers_guard(&server, ActingMember::Token).await;
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
            .member_session_token(MEMBER_SESSION_TOKEN)
            .await?;

        mock.assert_async().await;
        guard.assert_calls_async(0).await;
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
        let guard = member_headers_guard(&server, ActingMember::Jwt).await;
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
            .member_session_jwt(MEMBER_SESSION_JWT)
            .await?;

        mock.assert_async().await;
        guard.assert_calls_async(0).await;
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
        let guard = member_headers_guard(&server, ActingMember::Token).await;
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
            .member_session_token(MEMBER_SESSION_TOKEN)
            .await?;

        mock.assert_async().await;
        guard.assert_calls_async(0).await;
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
        let guard = member_headers_guard(&server, ActingMember::Jwt).await;
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
            .member_session_jwt(MEMBER_SESSION_JWT)
            .await?;

        mock.assert_async().await;
        guard.assert_calls_async(0).await;
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
        let guard = member_headers_guard(&server, ActingMember::Token).await;
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
            .member_session_token(MEMBER_SESSION_TOKEN)
            .await?;

        mock.assert_async().await;
        guard.assert_calls_async(0).await;
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

#[tokio::test]
pub(crate) async fn organizations_metrics() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::get("/v1/b2b/organizations/org%2Fwith%20space/metrics")
            .mock(&server, "organizations_metrics")
            .await;

        let response = client(&server)
            .organizations()
            .metrics()
            .organization_id("org/with space")
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "organizations_metrics");
        assert_eq!(response.member_count, 25);
        assert_eq!(response.status_code, 200);
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn organizations_connected_apps() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let guard = member_headers_guard(&server, ActingMember::Jwt).await;
        let mock = ExpectedCall::get("/v1/b2b/organizations/org%2Fwith%20space/connected_apps")
            .mock(&server, "organizations_connected_apps")
            .await;

        let response = client(&server)
            .organizations()
            .connected_apps()
            .organization_id("org/with space")
            .member_session_jwt(MEMBER_SESSION_JWT)
            .await?;

        mock.assert_async().await;
        guard.assert_calls_async(0).await;
        assert_decodes_fixture(&response, "organizations_connected_apps");
        let app = &response.connected_apps[0];
        assert_eq!(app.connected_app_id, CONNECTED_APP_ID);
        assert_eq!(app.client_type, "first_party");
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn organizations_get_connected_app() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let guard = member_headers_guard(&server, ActingMember::Token).await;
        let mock = ExpectedCall::get(
            "/v1/b2b/organizations/org%2Fwith%20space/connected_apps/app%2Fwith%20space",
        )
        .mock(&server, "organizations_get_connected_app")
        .await;

        let response = client(&server)
            .organizations()
            .get_connected_app()
            .organization_id("org/with space")
            .connected_app_id("app/with space")
            .member_session_token(MEMBER_SESSION_TOKEN)
            .await?;

        mock.assert_async().await;
        guard.assert_calls_async(0).await;
        assert_decodes_fixture(&response, "organizations_get_connected_app");
        assert_eq!(response.name, "Acme Billing Dashboard");
        assert_eq!(response.active_members[0].member_id, MEMBER_ID);
        assert_eq!(
            response.active_members[0].granted_scopes,
            strings(&["openid", "read:invoices"])
        );
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn organizations_delete_external_id() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let guard = member_headers_guard(&server, ActingMember::Jwt).await;
        let mock = ExpectedCall::delete("/v1/b2b/organizations/org%2Fwith%20space/external_id")
            .mock(&server, "organizations_delete_external_id")
            .await;

        let response = client(&server)
            .organizations()
            .delete_external_id()
            .organization_id("org/with space")
            .member_session_jwt(MEMBER_SESSION_JWT)
            .await?;

        mock.assert_async().await;
        guard.assert_calls_async(0).await;
        assert_decodes_fixture(&response, "organizations_delete_external_id");
        let organization = &response.organization;
        assert_eq!(organization.organization_id, ORGANIZATION_ID);
        assert_eq!(
            organization.rbac_email_implicit_role_assignments,
            vec![role_assignment("acme.example.com", "billing_admin")]
        );
        assert_eq!(
            organization.allowed_oauth_tenants.get("slack"),
            Some(&json!(["T0123ABCD"]))
        );
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn organizations_members_delete_totp() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let guard = member_headers_guard(&server, ActingMember::Token).await;
        let mock = ExpectedCall::delete(
            "/v1/b2b/organizations/org%2Fwith%20space/members/member%2Fwith%20space/totp",
        )
        .mock(&server, "organizations_members_delete_totp")
        .await;

        let response = client(&server)
            .organizations()
            .members()
            .delete_totp()
            .organization_id("org/with space")
            .member_id("member/with space")
            .member_session_token(MEMBER_SESSION_TOKEN)
            .await?;

        mock.assert_async().await;
        guard.assert_calls_async(0).await;
        assert_decodes_fixture(&response, "organizations_members_delete_totp");
        assert_eq!(response.member_id, MEMBER_ID);
        assert_eq!(
            response.member.totp_registration_id,
            "totp-test-41920359-8bbb-4fe8-8fa3-aaa83f35f02c"
        );
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn organizations_members_dangerously_get() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::get(
            "/v1/b2b/organizations/members/dangerously_get/member%2Fwith%20space",
        )
        .query("include_deleted", "false")
        .mock(&server, "organizations_members_dangerously_get")
        .await;

        let response = client(&server)
            .organizations()
            .members()
            .dangerously_get()
            .member_id("member/with space")
            .include_deleted(false)
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "organizations_members_dangerously_get");
        assert_eq!(response.member_id, MEMBER_ID);
        assert_eq!(response.member.organization_id, ORGANIZATION_ID);
        assert!(!response.member.is_locked);
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn organizations_members_oidc_providers() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::get(
            "/v1/b2b/organizations/org%2Fwith%20space/members/member%2Fwith%20space/oidc_providers",
        )
        .query("include_refresh_token", "false")
        .mock(&server, "organizations_members_oidc_providers")
        .await;

        let response = client(&server)
            .organizations()
            .members()
            .oidc_providers()
            .organization_id("org/with space")
            .member_id("member/with space")
            .include_refresh_token(false)
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "organizations_members_oidc_providers");
        let registration = &response.registrations[0];
        assert_eq!(
            registration.connection_id,
            "oidc-connection-test-6d3bb1a4-22c4-4b8e-9f3a-0c7d5e2f8a91"
        );
        assert_eq!(registration.access_token_expires_in, 3599);
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn organizations_members_unlink_retired_email() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let guard = member_headers_guard(&server, ActingMember::Jwt).await;
        let mock = ExpectedCall::post(
            "/v1/b2b/organizations/org%2Fwith%20space/members/member%2Fwith%20space/unlink_retired_email",
        )
        .body(json!({
            "email_id": "email-test-c2a4e6f8-1b3d-4c5e-9f7a-0b2d4f6a8c1e",
            "email_address": "ada.byron@acme.example.com"
        }))
        .mock(&server, "organizations_members_unlink_retired_email")
        .await;

        let response = client(&server)
            .organizations()
            .members()
            .unlink_retired_email(
                OrganizationsMembersUnlinkRetiredEmailRequest::builder()
                    .email_id("email-test-c2a4e6f8-1b3d-4c5e-9f7a-0b2d4f6a8c1e".to_owned())
                    .email_address("ada.byron@acme.example.com".to_owned()),
            )
            .organization_id("org/with space")
            .member_id("member/with space")
            .member_session_jwt(MEMBER_SESSION_JWT)
            .await?;

        mock.assert_async().await;
        guard.assert_calls_async(0).await;
        assert_decodes_fixture(&response, "organizations_members_unlink_retired_email");
        assert_eq!(response.organization_id, ORGANIZATION_ID);
        assert_eq!(
            response.member.retired_email_addresses[0].email_address,
            "ada.byron@acme.example.com"
        );
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn organizations_members_start_email_update() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let guard = member_headers_guard(&server, ActingMember::Token).await;
        let mock = ExpectedCall::post(
            "/v1/b2b/organizations/org%2Fwith%20space/members/member%2Fwith%20space/start_email_update",
        )
        .body(json!({
            "email_address": "ada.lovelace@acme.example.com",
            "login_redirect_url": "https://app.example.com/login",
            "locale": "fr",
            "login_template_id": "template-email-update",
            "delivery_method": "EMAIL_OTP"
        }))
        .mock(&server, "organizations_members_start_email_update")
        .await;

        let response = client(&server)
            .organizations()
            .members()
            .start_email_update(
                OrganizationsMembersStartEmailUpdateRequest::builder()
                    .email_address("ada.lovelace@acme.example.com")
                    .login_redirect_url("https://app.example.com/login".to_owned())
                    .locale(Locale::Fr)
                    .login_template_id("template-email-update".to_owned())
                    .delivery_method("EMAIL_OTP".to_owned()),
            )
            .organization_id("org/with space")
            .member_id("member/with space")
            .member_session_token(MEMBER_SESSION_TOKEN)
            .await?;

        mock.assert_async().await;
        guard.assert_calls_async(0).await;
        assert_decodes_fixture(&response, "organizations_members_start_email_update");
        assert_eq!(response.member_id, MEMBER_ID);
        assert_eq!(response.member.email_address, "ada@acme.example.com");
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn organizations_members_get_connected_apps() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let guard = member_headers_guard(&server, ActingMember::Jwt).await;
        let mock = ExpectedCall::get(
            "/v1/b2b/organizations/org%2Fwith%20space/members/member%2Fwith%20space/connected_apps",
        )
        .mock(&server, "organizations_members_get_connected_apps")
        .await;

        let response = client(&server)
            .organizations()
            .members()
            .get_connected_apps()
            .organization_id("org/with space")
            .member_id("member/with space")
            .member_session_jwt(MEMBER_SESSION_JWT)
            .await?;

        mock.assert_async().await;
        guard.assert_calls_async(0).await;
        assert_decodes_fixture(&response, "organizations_members_get_connected_apps");
        let app = &response.connected_apps[0];
        assert_eq!(app.connected_app_id, CONNECTED_APP_ID);
        assert_eq!(app.scopes_granted, "openid read:invoices");
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn organizations_members_delete_external_id() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let guard = member_headers_guard(&server, ActingMember::Token).await;
        let mock = ExpectedCall::delete(
            "/v1/b2b/organizations/org%2Fwith%20space/members/member%2Fwith%20space/external_id",
        )
        .mock(&server, "organizations_members_delete_external_id")
        .await;

        let response = client(&server)
            .organizations()
            .members()
            .delete_external_id()
            .organization_id("org/with space")
            .member_id("member/with space")
            .member_session_token(MEMBER_SESSION_TOKEN)
            .await?;

        mock.assert_async().await;
        guard.assert_calls_async(0).await;
        assert_decodes_fixture(&response, "organizations_members_delete_external_id");
        assert_eq!(response.member_id, MEMBER_ID);
        assert_eq!(response.member.status, "active");
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn organizations_members_oauth_providers_google() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::get(
            "/v1/b2b/organizations/org%2Fwith%20space/members/member%2Fwith%20space/oauth_providers/google",
        )
        .query("include_refresh_token", "false")
        .mock(&server, "organizations_members_oauth_providers_google")
        .await;

        let response = client(&server)
            .organizations()
            .members()
            .oauth_providers()
            .google()
            .organization_id("org/with space")
            .member_id("member/with space")
            .include_refresh_token(false)
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "organizations_members_oauth_providers_google");
        assert_eq!(response.provider_type, "Google");
        assert_eq!(response.scopes[0], "openid");
        assert_eq!(
            response.refresh_token.as_deref(),
            Some("1//test-fake-refresh-token")
        );
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn organizations_members_oauth_providers_microsoft() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::get(
            "/v1/b2b/organizations/org%2Fwith%20space/members/member%2Fwith%20space/oauth_providers/microsoft",
        )
        .query("include_refresh_token", "false")
        .mock(&server, "organizations_members_oauth_providers_microsoft")
        .await;

        let response = client(&server)
            .organizations()
            .members()
            .oauth_providers()
            .microsoft()
            .organization_id("org/with space")
            .member_id("member/with space")
            .include_refresh_token(false)
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "organizations_members_oauth_providers_microsoft");
        assert_eq!(response.provider_type, "Microsoft");
        assert_eq!(
            response.provider_subject,
            "AAAAAAAAAAAAAAAAAAAAAIkzqFVrSaSaFHy782bbtaQ"
        );
        assert_eq!(
            response.access_token.expose(),
            "test-fake-microsoft-access-token"
        );
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn organizations_members_oauth_providers_slack() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::get(
            "/v1/b2b/organizations/org%2Fwith%20space/members/member%2Fwith%20space/oauth_providers/slack",
        )
        .no_query("include_refresh_token")
        .mock(&server, "organizations_members_oauth_providers_slack")
        .await;

        let response = client(&server)
            .organizations()
            .members()
            .oauth_providers()
            .slack()
            .organization_id("org/with space")
            .member_id("member/with space")
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "organizations_members_oauth_providers_slack");
        assert_eq!(response.provider_type, "Slack");
        let registration = &response.registrations[0];
        assert_eq!(registration.provider_tenant_id, "T0123ABCD");
        assert_eq!(registration.bot_access_token, "xoxb-test-fake-bot-token");
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn organizations_members_oauth_providers_hubspot() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::get(
            "/v1/b2b/organizations/org%2Fwith%20space/members/member%2Fwith%20space/oauth_providers/hubspot",
        )
        .query("include_refresh_token", "false")
        .mock(&server, "organizations_members_oauth_providers_hubspot")
        .await;

        let response = client(&server)
            .organizations()
            .members()
            .oauth_providers()
            .hubspot()
            .organization_id("org/with space")
            .member_id("member/with space")
            .include_refresh_token(false)
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "organizations_members_oauth_providers_hubspot");
        assert_eq!(response.provider_type, "HubSpot");
        let registration = &response.registrations[0];
        assert_eq!(registration.provider_tenant_id, "24681357");
        assert_eq!(
            registration.refresh_token.as_deref(),
            Some("test-fake-hubspot-refresh-token")
        );
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn organizations_members_oauth_providers_github() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::get(
            "/v1/b2b/organizations/org%2Fwith%20space/members/member%2Fwith%20space/oauth_providers/github",
        )
        .query("include_refresh_token", "false")
        .mock(&server, "organizations_members_oauth_providers_github")
        .await;

        let response = client(&server)
            .organizations()
            .members()
            .oauth_providers()
            .github()
            .organization_id("org/with space")
            .member_id("member/with space")
            .include_refresh_token(false)
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "organizations_members_oauth_providers_github");
        assert_eq!(response.provider_type, "GitHub");
        let registration = &response.registrations[0];
        assert_eq!(registration.provider_subject, "1815");
        assert_eq!(
            registration.access_token.expose(),
            "gho_test_fake_access_token_0123456789"
        );
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn organizations_members_connected_apps_revoke() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let guard = member_headers_guard(&server, ActingMember::Jwt).await;
        let mock = ExpectedCall::post(
            "/v1/b2b/organizations/org%2Fwith%20space/members/member%2Fwith%20space/connected_apps/app%2Fwith%20space/revoke",
        )
        .body(json!({}))
        .mock(&server, "organizations_members_connected_apps_revoke")
        .await;

        let response = client(&server)
            .organizations()
            .members()
            .connected_apps()
            .revoke()
            .organization_id("org/with space")
            .member_id("member/with space")
            .connected_app_id("app/with space")
            .member_session_jwt(MEMBER_SESSION_JWT)
            .await?;

        mock.assert_async().await;
        guard.assert_calls_async(0).await;
        assert_decodes_fixture(&response, "organizations_members_connected_apps_revoke");
        assert_eq!(
            response.request_id,
            "request-id-test-b05c992f-ebdc-489d-a754-c7e70ba13141"
        );
        assert_eq!(response.status_code, 200);
        Ok(())
    })
    .await;
}

/// Answers `method path` with the fixture of `operation_id` only when neither
/// member-session header is sent.
async fn without_member_headers<'a>(
    server: &'a MockServer,
    method: Method,
    path: &str,
    operation_id: &str,
) -> Mock<'a> {
    let response = fixture(operation_id);
    server
        .mock_async(|when, then| {
            when.method(method)
                .path(path)
                .header("authorization", basic_auth_header())
                .header_missing(MEMBER_SESSION_HEADER)
                .header_missing(MEMBER_SESSION_JWT_HEADER);
            then.status(200).json_body(response);
        })
        .await
}

/// A member-authorized call without a member setter acts for no member: it sends
/// neither member-session header.
#[tokio::test]
async fn member_authorized_call_without_a_member_sends_no_member_header() -> TestResult {
    let server = MockServer::start_async().await;
    let delete = without_member_headers(
        &server,
        Method::DELETE,
        "/v1/b2b/organizations/org%2Fwith%20space",
        "organizations_delete",
    )
    .await;
    let revoke = without_member_headers(
        &server,
        Method::POST,
        "/v1/b2b/organizations/org%2Fwith%20space/members/member%2Fwith%20space/connected_apps/app%2Fwith%20space/revoke",
        "organizations_members_connected_apps_revoke",
    )
    .await;
    let client = client(&server);

    client
        .organizations()
        .delete()
        .organization_id("org/with space")
        .await?;
    client
        .organizations()
        .members()
        .connected_apps()
        .revoke()
        .organization_id("org/with space")
        .member_id("member/with space")
        .connected_app_id("app/with space")
        .await?;

    delete.assert_async().await;
    revoke.assert_async().await;
    Ok(())
}

/// An empty member session token or JWT is no member: neither header is sent.
#[tokio::test]
async fn empty_member_session_token_or_jwt_sends_no_member_header() -> TestResult {
    let server = MockServer::start_async().await;
    let mock = without_member_headers(
        &server,
        Method::GET,
        "/v1/b2b/organizations/org%2Fwith%20space/connected_apps",
        "organizations_connected_apps",
    )
    .await;
    let client = client(&server);

    client
        .organizations()
        .connected_apps()
        .organization_id("org/with space")
        .member_session_token("")
        .await?;
    client
        .organizations()
        .connected_apps()
        .organization_id("org/with space")
        .member_session_jwt("")
        .await?;
    client
        .organizations()
        .connected_apps()
        .organization_id("org/with space")
        .member_session_token("")
        .member_session_jwt("")
        .await?;

    mock.assert_calls_async(3).await;
    Ok(())
}

/// With both a token and a JWT set, both headers are sent, each with its value.
#[tokio::test]
async fn member_session_token_and_jwt_are_both_sent() -> TestResult {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(Method::GET)
                .path("/v1/b2b/organizations/org%2Fwith%20space/connected_apps")
                .header(MEMBER_SESSION_HEADER, MEMBER_SESSION_TOKEN)
                .header(MEMBER_SESSION_JWT_HEADER, MEMBER_SESSION_JWT);
            then.status(200)
                .json_body(fixture("organizations_connected_apps"));
        })
        .await;

    client(&server)
        .organizations()
        .connected_apps()
        .organization_id("org/with space")
        .member_session_token(MEMBER_SESSION_TOKEN)
        .member_session_jwt(MEMBER_SESSION_JWT)
        .await?;

    mock.assert_async().await;
    Ok(())
}

/// One page of a paged search: `POST path` with exactly `request` as its body (pages
/// differ by their `cursor`), answered with `page`.
async fn search_page<'a>(
    server: &'a MockServer,
    path: &str,
    request: Value,
    page: Value,
) -> Mock<'a> {
    server
        .mock_async(|when, then| {
            when.method(Method::POST)
                .path(path)
                .header("authorization", basic_auth_header())
                .header("content-type", "application/json")
                .json_body(request);
            then.status(200).json_body(page);
        })
        .await
}

/// The fixture of `operation_id` as page `number`: the first item of `items` gets id
/// `<id_field>` = `<prefix>-page-<number>`, and the page names `next_cursor` (or none).
fn page_of(
    operation_id: &str,
    items: &str,
    id_field: &str,
    number: usize,
    next_cursor: Option<&str>,
) -> Value {
    let mut page = fixture(operation_id);
    page[items][0][id_field] = json!(format!("{id_field}-page-{number}"));
    match next_cursor {
        Some(cursor) => page["results_metadata"]["next_cursor"] = json!(cursor),
        None => {
            if let Some(metadata) = page["results_metadata"].as_object_mut() {
                metadata.remove("next_cursor");
            }
        }
    }
    page
}

/// A mock answering every request no other mock matched, to count unexpected ones.
async fn unexpected_requests(server: &MockServer) -> Mock<'_> {
    server
        .mock_async(|when, then| {
            when.any_request();
            then.status(500)
                .json_body(json!({"status_code": 500, "error_message": "unexpected request"}));
        })
        .await
}

/// The three pages of an organization search, answered by `server`: the first without
/// a cursor, each next one at the cursor its predecessor names, the last naming none.
async fn organization_search_pages(server: &MockServer) -> [Mock<'_>; 3] {
    let path = "/v1/b2b/organizations/search";
    let op = "organizations_search";
    let page = |n, next| page_of(op, "organizations", "organization_id", n, next);
    [
        search_page(server, path, json!({"limit": 0}), page(1, Some("cursor-2"))).await,
        search_page(
            server,
            path,
            json!({"limit": 0, "cursor": "cursor-2"}),
            page(2, Some("cursor-3")),
        )
        .await,
        search_page(
            server,
            path,
            json!({"limit": 0, "cursor": "cursor-3"}),
            page(3, None),
        )
        .await,
    ]
}

fn organization_search(
    client: &stytch_b2b::Client,
) -> stytch_b2b::organizations::OrganizationsSearchCall<'_> {
    client
        .organizations()
        .search(OrganizationsSearchRequest::builder().limit(0))
}

#[tokio::test]
async fn organizations_search_pages_follow_next_cursor_to_the_last_page() -> TestResult {
    let server = MockServer::start_async().await;
    let pages = organization_search_pages(&server).await;
    let unexpected = unexpected_requests(&server).await;
    let client = client(&server);

    let found: Vec<_> = organization_search(&client).pages(10).try_collect().await?;

    for page in &pages {
        page.assert_async().await;
    }
    unexpected.assert_calls_async(0).await;
    let ids: Vec<_> = found
        .iter()
        .map(|page| page.organizations[0].organization_id.as_str())
        .collect();
    assert_eq!(
        ids,
        [
            "organization_id-page-1",
            "organization_id-page-2",
            "organization_id-page-3"
        ]
    );
    let cursors: Vec<_> = found
        .iter()
        .map(|page| page.results_metadata.next_cursor.as_deref())
        .collect();
    assert_eq!(cursors, [Some("cursor-2"), Some("cursor-3"), None]);
    Ok(())
}

#[tokio::test]
async fn organizations_search_pages_stop_after_max_pages() -> TestResult {
    let server = MockServer::start_async().await;
    let [first, second, third] = organization_search_pages(&server).await;
    let unexpected = unexpected_requests(&server).await;
    let client = client(&server);

    let found: Vec<_> = organization_search(&client).pages(2).try_collect().await?;

    first.assert_async().await;
    second.assert_async().await;
    third.assert_calls_async(0).await;
    unexpected.assert_calls_async(0).await;
    assert_eq!(found.len(), 2);
    assert_eq!(
        found[1].organizations[0].organization_id,
        "organization_id-page-2"
    );
    Ok(())
}

/// The member search follows its pages too, acting for the same member on each.
#[tokio::test]
async fn organizations_members_search_pages_follow_next_cursor() -> TestResult {
    let server = MockServer::start_async().await;
    let guard = member_headers_guard(&server, ActingMember::Token).await;
    let path = "/v1/b2b/organizations/members/search";
    let op = "organizations_members_search";
    let page = |n, next| page_of(op, "members", "member_id", n, next);
    let body = |cursor: Option<&str>| {
        let mut body = json!({"organization_ids": [ORGANIZATION_ID], "limit": 0});
        if let Some(cursor) = cursor {
            body["cursor"] = json!(cursor);
        }
        body
    };
    let pages = [
        search_page(&server, path, body(None), page(1, Some("cursor-2"))).await,
        search_page(
            &server,
            path,
            body(Some("cursor-2")),
            page(2, Some("cursor-3")),
        )
        .await,
        search_page(&server, path, body(Some("cursor-3")), page(3, None)).await,
    ];
    let unexpected = unexpected_requests(&server).await;

    let found: Vec<_> = client(&server)
        .organizations()
        .members()
        .search(
            OrganizationsMembersSearchRequest::builder()
                .organization_ids(strings(&[ORGANIZATION_ID]))
                .limit(0),
        )
        .member_session_token(MEMBER_SESSION_TOKEN)
        .pages(3)
        .try_collect()
        .await?;

    for page in &pages {
        page.assert_async().await;
    }
    guard.assert_calls_async(0).await;
    unexpected.assert_calls_async(0).await;
    let ids: Vec<_> = found
        .iter()
        .map(|page| page.members[0].member_id.as_str())
        .collect();
    assert_eq!(
        ids,
        ["member_id-page-1", "member_id-page-2", "member_id-page-3"]
    );
    Ok(())
}

/// A page naming the cursor it was fetched with as its next one would be followed
/// forever: the stream ends after it.
#[tokio::test]
async fn organizations_search_pages_stop_at_a_repeated_cursor() -> TestResult {
    let server = MockServer::start_async().await;
    let path = "/v1/b2b/organizations/search";
    let page = |n, next| {
        page_of(
            "organizations_search",
            "organizations",
            "organization_id",
            n,
            next,
        )
    };
    let first = search_page(
        &server,
        path,
        json!({"limit": 0}),
        page(1, Some("cursor-2")),
    )
    .await;
    let repeated = search_page(
        &server,
        path,
        json!({"limit": 0, "cursor": "cursor-2"}),
        page(2, Some("cursor-2")),
    )
    .await;
    let unexpected = unexpected_requests(&server).await;
    let client = client(&server);

    let found: Vec<_> = organization_search(&client).pages(10).try_collect().await?;

    first.assert_async().await;
    repeated.assert_async().await;
    unexpected.assert_calls_async(0).await;
    assert_eq!(found.len(), 2);
    Ok(())
}
