// @generated from openapi/b2b.yaml by `cargo xtask codegen`. Do not edit by hand: change the spec (or xtask/src/emulator_routes.rs) and regenerate.
//! Route table, parameter types, handler traits and axum glue of every API operation.

use axum::Router;
use axum::extract::State;
use axum::routing::MethodRouter;
use stytch_b2b_api::types;
use super::{Handlers, Route, method_not_allowed};
use crate::errors::ApiResult;
use crate::server::App;
use crate::wire::{JsonBody, PathParams, Reply, decode_query};

/// Every Stytch B2B API route the emulator serves: each operation of the spec.
pub const API_ROUTES: &[Route] = &[
    Route {
        method: "POST",
        path: "/v1/b2b/discovery/intermediate_sessions/exchange",
        operation_id: "discovery_intermediate_sessions_exchange",
    },
    Route {
        method: "POST",
        path: "/v1/b2b/discovery/organizations",
        operation_id: "discovery_organizations_list",
    },
    Route {
        method: "POST",
        path: "/v1/b2b/discovery/organizations/create",
        operation_id: "discovery_organizations_create",
    },
    Route {
        method: "POST",
        path: "/v1/b2b/magic_links/authenticate",
        operation_id: "magic_links_authenticate",
    },
    Route {
        method: "POST",
        path: "/v1/b2b/magic_links/discovery/authenticate",
        operation_id: "magic_links_discovery_authenticate",
    },
    Route {
        method: "POST",
        path: "/v1/b2b/magic_links/email/discovery/send",
        operation_id: "magic_links_email_discovery_send",
    },
    Route {
        method: "POST",
        path: "/v1/b2b/magic_links/email/invite",
        operation_id: "magic_links_email_invite",
    },
    Route {
        method: "POST",
        path: "/v1/b2b/magic_links/email/login_or_signup",
        operation_id: "magic_links_email_login_or_signup",
    },
    Route {
        method: "POST",
        path: "/v1/b2b/oauth/authenticate",
        operation_id: "oauth_authenticate",
    },
    Route {
        method: "POST",
        path: "/v1/b2b/oauth/discovery/authenticate",
        operation_id: "oauth_discovery_authenticate",
    },
    Route {
        method: "POST",
        path: "/v1/b2b/organizations",
        operation_id: "organizations_create",
    },
    Route {
        method: "POST",
        path: "/v1/b2b/organizations/members/search",
        operation_id: "organizations_members_search",
    },
    Route {
        method: "POST",
        path: "/v1/b2b/organizations/search",
        operation_id: "organizations_search",
    },
    Route {
        method: "GET",
        path: "/v1/b2b/organizations/{organization_id}",
        operation_id: "organizations_get",
    },
    Route {
        method: "PUT",
        path: "/v1/b2b/organizations/{organization_id}",
        operation_id: "organizations_update",
    },
    Route {
        method: "DELETE",
        path: "/v1/b2b/organizations/{organization_id}",
        operation_id: "organizations_delete",
    },
    Route {
        method: "GET",
        path: "/v1/b2b/organizations/{organization_id}/member",
        operation_id: "organizations_members_get",
    },
    Route {
        method: "POST",
        path: "/v1/b2b/organizations/{organization_id}/members",
        operation_id: "organizations_members_create",
    },
    Route {
        method: "DELETE",
        path: "/v1/b2b/organizations/{organization_id}/members/mfa_phone_numbers/{member_id}",
        operation_id: "organizations_members_delete_mfa_phone_number",
    },
    Route {
        method: "DELETE",
        path: "/v1/b2b/organizations/{organization_id}/members/passwords/{member_password_id}",
        operation_id: "organizations_members_delete_password",
    },
    Route {
        method: "PUT",
        path: "/v1/b2b/organizations/{organization_id}/members/{member_id}",
        operation_id: "organizations_members_update",
    },
    Route {
        method: "DELETE",
        path: "/v1/b2b/organizations/{organization_id}/members/{member_id}",
        operation_id: "organizations_members_delete",
    },
    Route {
        method: "PUT",
        path: "/v1/b2b/organizations/{organization_id}/members/{member_id}/reactivate",
        operation_id: "organizations_members_reactivate",
    },
    Route {
        method: "POST",
        path: "/v1/b2b/otps/sms/authenticate",
        operation_id: "otps_sms_authenticate",
    },
    Route {
        method: "POST",
        path: "/v1/b2b/otps/sms/send",
        operation_id: "otps_sms_send",
    },
    Route {
        method: "POST",
        path: "/v1/b2b/passwords/authenticate",
        operation_id: "passwords_authenticate",
    },
    Route {
        method: "POST",
        path: "/v1/b2b/passwords/email/reset",
        operation_id: "passwords_email_reset",
    },
    Route {
        method: "POST",
        path: "/v1/b2b/passwords/email/reset/start",
        operation_id: "passwords_email_reset_start",
    },
    Route {
        method: "POST",
        path: "/v1/b2b/passwords/existing_password/reset",
        operation_id: "passwords_existing_password_reset",
    },
    Route {
        method: "POST",
        path: "/v1/b2b/passwords/migrate",
        operation_id: "passwords_migrate",
    },
    Route {
        method: "POST",
        path: "/v1/b2b/passwords/session/reset",
        operation_id: "passwords_session_reset",
    },
    Route {
        method: "POST",
        path: "/v1/b2b/passwords/strength_check",
        operation_id: "passwords_strength_check",
    },
    Route {
        method: "GET",
        path: "/v1/b2b/rbac/policy",
        operation_id: "rbac_policy",
    },
    Route {
        method: "GET",
        path: "/v1/b2b/sessions",
        operation_id: "sessions_get",
    },
    Route {
        method: "POST",
        path: "/v1/b2b/sessions/authenticate",
        operation_id: "sessions_authenticate",
    },
    Route {
        method: "POST",
        path: "/v1/b2b/sessions/exchange",
        operation_id: "sessions_exchange",
    },
    Route {
        method: "GET",
        path: "/v1/b2b/sessions/jwks/{project_id}",
        operation_id: "sessions_get_jwks",
    },
    Route {
        method: "POST",
        path: "/v1/b2b/sessions/revoke",
        operation_id: "sessions_revoke",
    },
    Route {
        method: "POST",
        path: "/v1/b2b/sso/authenticate",
        operation_id: "sso_authenticate",
    },
    Route {
        method: "POST",
        path: "/v1/b2b/sso/oidc/{organization_id}",
        operation_id: "sso_oidc_create_connection",
    },
    Route {
        method: "PUT",
        path: "/v1/b2b/sso/oidc/{organization_id}/connections/{connection_id}",
        operation_id: "sso_oidc_update_connection",
    },
    Route {
        method: "POST",
        path: "/v1/b2b/sso/saml/{organization_id}",
        operation_id: "sso_saml_create_connection",
    },
    Route {
        method: "PUT",
        path: "/v1/b2b/sso/saml/{organization_id}/connections/{connection_id}",
        operation_id: "sso_saml_update_connection",
    },
    Route {
        method: "DELETE",
        path: "/v1/b2b/sso/saml/{organization_id}/connections/{connection_id}/verification_certificates/{certificate_id}",
        operation_id: "sso_saml_delete_verification_certificate",
    },
    Route {
        method: "GET",
        path: "/v1/b2b/sso/{organization_id}",
        operation_id: "sso_get_connections",
    },
    Route {
        method: "DELETE",
        path: "/v1/b2b/sso/{organization_id}/connections/{connection_id}",
        operation_id: "sso_delete_connection",
    },
];

/// Path parameters of `organizations_get`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct OrganizationsGetPath {
    /// Organization identifier.
    pub(crate) organization_id: String,
}

/// Path parameters of `organizations_update`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct OrganizationsUpdatePath {
    /// Organization identifier.
    pub(crate) organization_id: String,
}

/// Path parameters of `organizations_delete`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct OrganizationsDeletePath {
    /// Organization identifier.
    pub(crate) organization_id: String,
}

/// Path parameters of `organizations_members_get`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct OrganizationsMembersGetPath {
    /// Organization identifier.
    pub(crate) organization_id: String,
}

/// Query parameters of `organizations_members_get`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct OrganizationsMembersGetQuery {
    /// The member's id; give it or the email address.
    pub(crate) member_id: Option<String>,

    /// The member's email address, to look the member up by address instead of by id.
    pub(crate) email_address: Option<String>,
}

/// Path parameters of `organizations_members_create`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct OrganizationsMembersCreatePath {
    /// Organization identifier.
    pub(crate) organization_id: String,
}

/// Path parameters of `organizations_members_delete_mfa_phone_number`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct OrganizationsMembersDeleteMfaPhoneNumberPath {
    /// Organization identifier.
    pub(crate) organization_id: String,

    /// Member identifier.
    pub(crate) member_id: String,
}

/// Path parameters of `organizations_members_delete_password`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct OrganizationsMembersDeletePasswordPath {
    /// Organization identifier.
    pub(crate) organization_id: String,

    /// Member password id.
    pub(crate) member_password_id: String,
}

/// Path parameters of `organizations_members_update`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct OrganizationsMembersUpdatePath {
    /// Organization identifier.
    pub(crate) organization_id: String,

    /// Member identifier.
    pub(crate) member_id: String,
}

/// Path parameters of `organizations_members_delete`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct OrganizationsMembersDeletePath {
    /// Organization identifier.
    pub(crate) organization_id: String,

    /// Member identifier.
    pub(crate) member_id: String,
}

/// Path parameters of `organizations_members_reactivate`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct OrganizationsMembersReactivatePath {
    /// Organization identifier.
    pub(crate) organization_id: String,

    /// Member identifier.
    pub(crate) member_id: String,
}

/// Query parameters of `sessions_get`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct SessionsGetQuery {
    /// Organization identifier.
    pub(crate) organization_id: String,

    /// Member identifier.
    pub(crate) member_id: String,
}

/// Path parameters of `sessions_get_jwks`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct SessionsGetJwksPath {
    /// Project id.
    pub(crate) project_id: String,
}

/// Path parameters of `sso_oidc_create_connection`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct SsoOidcCreateConnectionPath {
    /// Organization identifier.
    pub(crate) organization_id: String,
}

/// Path parameters of `sso_oidc_update_connection`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct SsoOidcUpdateConnectionPath {
    /// Organization identifier.
    pub(crate) organization_id: String,

    /// SSO connection identifier.
    pub(crate) connection_id: String,
}

/// Path parameters of `sso_saml_create_connection`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct SsoSamlCreateConnectionPath {
    /// Organization identifier.
    pub(crate) organization_id: String,
}

/// Path parameters of `sso_saml_update_connection`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct SsoSamlUpdateConnectionPath {
    /// Organization identifier.
    pub(crate) organization_id: String,

    /// SSO connection identifier.
    pub(crate) connection_id: String,
}

/// Path parameters of `sso_saml_delete_verification_certificate`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct SsoSamlDeleteVerificationCertificatePath {
    /// Organization identifier.
    pub(crate) organization_id: String,

    /// SSO connection identifier.
    pub(crate) connection_id: String,

    /// Certificate id.
    pub(crate) certificate_id: String,
}

/// Path parameters of `sso_get_connections`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct SsoGetConnectionsPath {
    /// Organization identifier.
    pub(crate) organization_id: String,
}

/// Path parameters of `sso_delete_connection`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct SsoDeleteConnectionPath {
    /// Organization identifier.
    pub(crate) organization_id: String,

    /// SSO connection identifier.
    pub(crate) connection_id: String,
}

/// Handlers of the `discovery` operations (`client.discovery()` in the SDK).
pub(crate) trait DiscoveryRoutes {
    /// `POST /v1/b2b/discovery/intermediate_sessions/exchange`: Exchange an intermediate session for a member session.
    fn discovery_intermediate_sessions_exchange(
        app: App,
        body: types::DiscoveryIntermediateSessionsExchangeRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::DiscoveryIntermediateSessionsExchangeResponse>,
    > + Send;

    /// `POST /v1/b2b/discovery/organizations`: List discovered organizations.
    fn discovery_organizations_list(
        app: App,
        body: types::DiscoveryOrganizationsListRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::DiscoveryOrganizationsListResponse>,
    > + Send;

    /// `POST /v1/b2b/discovery/organizations/create`: Create an organization from a discovery flow.
    fn discovery_organizations_create(
        app: App,
        body: types::DiscoveryOrganizationsCreateRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::DiscoveryOrganizationsCreateResponse>,
    > + Send;
}

/// Handlers of the `magic_links` operations (`client.magic_links()` in the SDK).
pub(crate) trait MagicLinksRoutes {
    /// `POST /v1/b2b/magic_links/authenticate`: Authenticate a magic link.
    fn magic_links_authenticate(
        app: App,
        body: types::MagicLinksAuthenticateRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::MagicLinksAuthenticateResponse>,
    > + Send;

    /// `POST /v1/b2b/magic_links/discovery/authenticate`: Authenticate a discovery magic link.
    fn magic_links_discovery_authenticate(
        app: App,
        body: types::MagicLinksDiscoveryAuthenticateRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::MagicLinksDiscoveryAuthenticateResponse>,
    > + Send;

    /// `POST /v1/b2b/magic_links/email/discovery/send`: Send a discovery magic link.
    fn magic_links_email_discovery_send(
        app: App,
        body: types::MagicLinksEmailDiscoverySendRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::MagicLinksEmailDiscoverySendResponse>,
    > + Send;

    /// `POST /v1/b2b/magic_links/email/invite`: Invite a member by email.
    fn magic_links_email_invite(
        app: App,
        body: types::MagicLinksEmailInviteRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::MagicLinksEmailInviteResponse>,
    > + Send;

    /// `POST /v1/b2b/magic_links/email/login_or_signup`: Send a login or signup magic link.
    fn magic_links_email_login_or_signup(
        app: App,
        body: types::MagicLinksEmailLoginOrSignupRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::MagicLinksEmailLoginOrSignupResponse>,
    > + Send;
}

/// Handlers of the `oauth` operations (`client.oauth()` in the SDK).
pub(crate) trait OauthRoutes {
    /// `POST /v1/b2b/oauth/authenticate`: Authenticate an OAuth token.
    fn oauth_authenticate(
        app: App,
        body: types::OauthAuthenticateRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::OauthAuthenticateResponse>,
    > + Send;

    /// `POST /v1/b2b/oauth/discovery/authenticate`: Authenticate a discovery OAuth token.
    fn oauth_discovery_authenticate(
        app: App,
        body: types::OauthDiscoveryAuthenticateRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::OauthDiscoveryAuthenticateResponse>,
    > + Send;
}

/// Handlers of the `organizations` operations (`client.organizations()` in the SDK).
pub(crate) trait OrganizationsRoutes {
    /// `POST /v1/b2b/organizations`: Create an organization.
    fn organizations_create(
        app: App,
        body: types::OrganizationsCreateRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::OrganizationsCreateResponse>,
    > + Send;

    /// `POST /v1/b2b/organizations/members/search`: Search members.
    fn organizations_members_search(
        app: App,
        body: types::OrganizationsMembersSearchRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::OrganizationsMembersSearchResponse>,
    > + Send;

    /// `POST /v1/b2b/organizations/search`: Search organizations.
    fn organizations_search(
        app: App,
        body: types::OrganizationsSearchRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::OrganizationsSearchResponse>,
    > + Send;

    /// `GET /v1/b2b/organizations/{organization_id}`: Get an organization.
    fn organizations_get(
        app: App,
        path: OrganizationsGetPath,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::OrganizationsGetResponse>,
    > + Send;

    /// `PUT /v1/b2b/organizations/{organization_id}`: Update an organization.
    fn organizations_update(
        app: App,
        path: OrganizationsUpdatePath,
        body: types::OrganizationsUpdateRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::OrganizationsUpdateResponse>,
    > + Send;

    /// `DELETE /v1/b2b/organizations/{organization_id}`: Delete an organization.
    fn organizations_delete(
        app: App,
        path: OrganizationsDeletePath,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::OrganizationsDeleteResponse>,
    > + Send;

    /// `GET /v1/b2b/organizations/{organization_id}/member`: Get a member.
    fn organizations_members_get(
        app: App,
        path: OrganizationsMembersGetPath,
        query: OrganizationsMembersGetQuery,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::OrganizationsMembersGetResponse>,
    > + Send;

    /// `POST /v1/b2b/organizations/{organization_id}/members`: Create a member.
    fn organizations_members_create(
        app: App,
        path: OrganizationsMembersCreatePath,
        body: types::OrganizationsMembersCreateRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::OrganizationsMembersCreateResponse>,
    > + Send;

    /// `DELETE /v1/b2b/organizations/{organization_id}/members/mfa_phone_numbers/{member_id}`: Delete a member's MFA phone number.
    fn organizations_members_delete_mfa_phone_number(
        app: App,
        path: OrganizationsMembersDeleteMfaPhoneNumberPath,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::OrganizationsMembersDeleteMfaPhoneNumberResponse>,
    > + Send;

    /// `DELETE /v1/b2b/organizations/{organization_id}/members/passwords/{member_password_id}`: Delete a member's password.
    fn organizations_members_delete_password(
        app: App,
        path: OrganizationsMembersDeletePasswordPath,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::OrganizationsMembersDeletePasswordResponse>,
    > + Send;

    /// `PUT /v1/b2b/organizations/{organization_id}/members/{member_id}`: Update a member.
    fn organizations_members_update(
        app: App,
        path: OrganizationsMembersUpdatePath,
        body: types::OrganizationsMembersUpdateRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::OrganizationsMembersUpdateResponse>,
    > + Send;

    /// `DELETE /v1/b2b/organizations/{organization_id}/members/{member_id}`: Delete a member.
    fn organizations_members_delete(
        app: App,
        path: OrganizationsMembersDeletePath,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::OrganizationsMembersDeleteResponse>,
    > + Send;

    /// `PUT /v1/b2b/organizations/{organization_id}/members/{member_id}/reactivate`: Reactivate a member.
    fn organizations_members_reactivate(
        app: App,
        path: OrganizationsMembersReactivatePath,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::OrganizationsMembersReactivateResponse>,
    > + Send;
}

/// Handlers of the `otps` operations (`client.otps()` in the SDK).
pub(crate) trait OtpsRoutes {
    /// `POST /v1/b2b/otps/sms/authenticate`: Authenticate an SMS passcode.
    fn otps_sms_authenticate(
        app: App,
        body: types::OtpsSmsAuthenticateRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::OtpsSmsAuthenticateResponse>,
    > + Send;

    /// `POST /v1/b2b/otps/sms/send`: Send an SMS passcode.
    fn otps_sms_send(
        app: App,
        body: types::OtpsSmsSendRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::OtpsSmsSendResponse>,
    > + Send;
}

/// Handlers of the `passwords` operations (`client.passwords()` in the SDK).
pub(crate) trait PasswordsRoutes {
    /// `POST /v1/b2b/passwords/authenticate`: Authenticate with a password.
    fn passwords_authenticate(
        app: App,
        body: types::PasswordsAuthenticateRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::PasswordsAuthenticateResponse>,
    > + Send;

    /// `POST /v1/b2b/passwords/email/reset`: Reset a password with an email token.
    fn passwords_email_reset(
        app: App,
        body: types::PasswordsEmailResetRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::PasswordsEmailResetResponse>,
    > + Send;

    /// `POST /v1/b2b/passwords/email/reset/start`: Start an email password reset.
    fn passwords_email_reset_start(
        app: App,
        body: types::PasswordsEmailResetStartRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::PasswordsEmailResetStartResponse>,
    > + Send;

    /// `POST /v1/b2b/passwords/existing_password/reset`: Reset a password with the existing password.
    fn passwords_existing_password_reset(
        app: App,
        body: types::PasswordsExistingPasswordResetRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::PasswordsExistingPasswordResetResponse>,
    > + Send;

    /// `POST /v1/b2b/passwords/migrate`: Migrate a password hash.
    fn passwords_migrate(
        app: App,
        body: types::PasswordsMigrateRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::PasswordsMigrateResponse>,
    > + Send;

    /// `POST /v1/b2b/passwords/session/reset`: Reset a password with a session.
    fn passwords_session_reset(
        app: App,
        body: types::PasswordsSessionResetRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::PasswordsSessionResetResponse>,
    > + Send;

    /// `POST /v1/b2b/passwords/strength_check`: Check password strength.
    fn passwords_strength_check(
        app: App,
        body: types::PasswordsStrengthCheckRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::PasswordsStrengthCheckResponse>,
    > + Send;
}

/// Handlers of the `rbac` operations (`client.rbac()` in the SDK).
pub(crate) trait RbacRoutes {
    /// `GET /v1/b2b/rbac/policy`: Get the project's RBAC policy.
    fn rbac_policy(
        app: App,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::RbacPolicyResponse>,
    > + Send;
}

/// Handlers of the `sessions` operations (`client.sessions()` in the SDK).
pub(crate) trait SessionsRoutes {
    /// `GET /v1/b2b/sessions`: List a member's sessions.
    fn sessions_get(
        app: App,
        query: SessionsGetQuery,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::SessionsGetResponse>,
    > + Send;

    /// `POST /v1/b2b/sessions/authenticate`: Authenticate a session.
    fn sessions_authenticate(
        app: App,
        body: types::SessionsAuthenticateRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::SessionsAuthenticateResponse>,
    > + Send;

    /// `POST /v1/b2b/sessions/exchange`: Exchange a session for another organization.
    fn sessions_exchange(
        app: App,
        body: types::SessionsExchangeRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::SessionsExchangeResponse>,
    > + Send;

    /// `GET /v1/b2b/sessions/jwks/{project_id}`: Get the session-signing keys.
    fn sessions_get_jwks(
        app: App,
        path: SessionsGetJwksPath,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::SessionsGetJwksResponse>,
    > + Send;

    /// `POST /v1/b2b/sessions/revoke`: Revoke sessions.
    fn sessions_revoke(
        app: App,
        body: types::SessionsRevokeRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::SessionsRevokeResponse>,
    > + Send;
}

/// Handlers of the `sso` operations (`client.sso()` in the SDK).
pub(crate) trait SsoRoutes {
    /// `POST /v1/b2b/sso/authenticate`: Authenticate an SSO token.
    fn sso_authenticate(
        app: App,
        body: types::SsoAuthenticateRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::SsoAuthenticateResponse>,
    > + Send;

    /// `POST /v1/b2b/sso/oidc/{organization_id}`: Create an OIDC connection.
    fn sso_oidc_create_connection(
        app: App,
        path: SsoOidcCreateConnectionPath,
        body: types::SsoOidcCreateConnectionRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::SsoOidcCreateConnectionResponse>,
    > + Send;

    /// `PUT /v1/b2b/sso/oidc/{organization_id}/connections/{connection_id}`: Update an OIDC connection.
    fn sso_oidc_update_connection(
        app: App,
        path: SsoOidcUpdateConnectionPath,
        body: types::SsoOidcUpdateConnectionRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::SsoOidcUpdateConnectionResponse>,
    > + Send;

    /// `POST /v1/b2b/sso/saml/{organization_id}`: Create a SAML connection.
    fn sso_saml_create_connection(
        app: App,
        path: SsoSamlCreateConnectionPath,
        body: types::SsoSamlCreateConnectionRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::SsoSamlCreateConnectionResponse>,
    > + Send;

    /// `PUT /v1/b2b/sso/saml/{organization_id}/connections/{connection_id}`: Update a SAML connection.
    fn sso_saml_update_connection(
        app: App,
        path: SsoSamlUpdateConnectionPath,
        body: types::SsoSamlUpdateConnectionRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::SsoSamlUpdateConnectionResponse>,
    > + Send;

    /// `DELETE /v1/b2b/sso/saml/{organization_id}/connections/{connection_id}/verification_certificates/{certificate_id}`: Delete a SAML verification certificate.
    fn sso_saml_delete_verification_certificate(
        app: App,
        path: SsoSamlDeleteVerificationCertificatePath,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::SsoSamlDeleteVerificationCertificateResponse>,
    > + Send;

    /// `GET /v1/b2b/sso/{organization_id}`: List SSO connections.
    fn sso_get_connections(
        app: App,
        path: SsoGetConnectionsPath,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::SsoGetConnectionsResponse>,
    > + Send;

    /// `DELETE /v1/b2b/sso/{organization_id}/connections/{connection_id}`: Delete an SSO connection.
    fn sso_delete_connection(
        app: App,
        path: SsoDeleteConnectionPath,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::SsoDeleteConnectionResponse>,
    > + Send;
}

/// A router serving every API operation with its handler.
pub(crate) fn api_router() -> Router<App> {
    Router::new()
        .route(
            "/v1/b2b/discovery/intermediate_sessions/exchange",
            MethodRouter::new()
                .post(discovery_intermediate_sessions_exchange)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/discovery/organizations",
            MethodRouter::new()
                .post(discovery_organizations_list)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/discovery/organizations/create",
            MethodRouter::new()
                .post(discovery_organizations_create)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/magic_links/authenticate",
            MethodRouter::new()
                .post(magic_links_authenticate)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/magic_links/discovery/authenticate",
            MethodRouter::new()
                .post(magic_links_discovery_authenticate)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/magic_links/email/discovery/send",
            MethodRouter::new()
                .post(magic_links_email_discovery_send)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/magic_links/email/invite",
            MethodRouter::new()
                .post(magic_links_email_invite)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/magic_links/email/login_or_signup",
            MethodRouter::new()
                .post(magic_links_email_login_or_signup)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/oauth/authenticate",
            MethodRouter::new().post(oauth_authenticate).fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/oauth/discovery/authenticate",
            MethodRouter::new()
                .post(oauth_discovery_authenticate)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/organizations",
            MethodRouter::new().post(organizations_create).fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/organizations/members/search",
            MethodRouter::new()
                .post(organizations_members_search)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/organizations/search",
            MethodRouter::new().post(organizations_search).fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/organizations/{organization_id}",
            MethodRouter::new()
                .get(organizations_get)
                .put(organizations_update)
                .delete(organizations_delete)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/organizations/{organization_id}/member",
            MethodRouter::new()
                .get(organizations_members_get)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/organizations/{organization_id}/members",
            MethodRouter::new()
                .post(organizations_members_create)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/organizations/{organization_id}/members/mfa_phone_numbers/{member_id}",
            MethodRouter::new()
                .delete(organizations_members_delete_mfa_phone_number)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/organizations/{organization_id}/members/passwords/{member_password_id}",
            MethodRouter::new()
                .delete(organizations_members_delete_password)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/organizations/{organization_id}/members/{member_id}",
            MethodRouter::new()
                .put(organizations_members_update)
                .delete(organizations_members_delete)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/organizations/{organization_id}/members/{member_id}/reactivate",
            MethodRouter::new()
                .put(organizations_members_reactivate)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/otps/sms/authenticate",
            MethodRouter::new().post(otps_sms_authenticate).fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/otps/sms/send",
            MethodRouter::new().post(otps_sms_send).fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/passwords/authenticate",
            MethodRouter::new().post(passwords_authenticate).fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/passwords/email/reset",
            MethodRouter::new().post(passwords_email_reset).fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/passwords/email/reset/start",
            MethodRouter::new()
                .post(passwords_email_reset_start)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/passwords/existing_password/reset",
            MethodRouter::new()
                .post(passwords_existing_password_reset)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/passwords/migrate",
            MethodRouter::new().post(passwords_migrate).fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/passwords/session/reset",
            MethodRouter::new()
                .post(passwords_session_reset)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/passwords/strength_check",
            MethodRouter::new()
                .post(passwords_strength_check)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/rbac/policy",
            MethodRouter::new().get(rbac_policy).fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/sessions",
            MethodRouter::new().get(sessions_get).fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/sessions/authenticate",
            MethodRouter::new().post(sessions_authenticate).fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/sessions/exchange",
            MethodRouter::new().post(sessions_exchange).fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/sessions/jwks/{project_id}",
            MethodRouter::new().get(sessions_get_jwks).fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/sessions/revoke",
            MethodRouter::new().post(sessions_revoke).fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/sso/authenticate",
            MethodRouter::new().post(sso_authenticate).fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/sso/oidc/{organization_id}",
            MethodRouter::new()
                .post(sso_oidc_create_connection)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/sso/oidc/{organization_id}/connections/{connection_id}",
            MethodRouter::new()
                .put(sso_oidc_update_connection)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/sso/saml/{organization_id}",
            MethodRouter::new()
                .post(sso_saml_create_connection)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/sso/saml/{organization_id}/connections/{connection_id}",
            MethodRouter::new()
                .put(sso_saml_update_connection)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/sso/saml/{organization_id}/connections/{connection_id}/verification_certificates/{certificate_id}",
            MethodRouter::new()
                .delete(sso_saml_delete_verification_certificate)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/sso/{organization_id}",
            MethodRouter::new().get(sso_get_connections).fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/sso/{organization_id}/connections/{connection_id}",
            MethodRouter::new()
                .delete(sso_delete_connection)
                .fallback(method_not_allowed),
        )
}
async fn discovery_intermediate_sessions_exchange(
    State(app): State<App>,
    JsonBody(body): JsonBody<types::DiscoveryIntermediateSessionsExchangeRequest>,
) -> ApiResult<Reply<types::DiscoveryIntermediateSessionsExchangeResponse>> {
    <Handlers as DiscoveryRoutes>::discovery_intermediate_sessions_exchange(app, body)
        .await
        .map(Reply)
}
async fn discovery_organizations_list(
    State(app): State<App>,
    JsonBody(body): JsonBody<types::DiscoveryOrganizationsListRequest>,
) -> ApiResult<Reply<types::DiscoveryOrganizationsListResponse>> {
    <Handlers as DiscoveryRoutes>::discovery_organizations_list(app, body)
        .await
        .map(Reply)
}
async fn discovery_organizations_create(
    State(app): State<App>,
    JsonBody(body): JsonBody<types::DiscoveryOrganizationsCreateRequest>,
) -> ApiResult<Reply<types::DiscoveryOrganizationsCreateResponse>> {
    <Handlers as DiscoveryRoutes>::discovery_organizations_create(app, body)
        .await
        .map(Reply)
}
async fn magic_links_authenticate(
    State(app): State<App>,
    JsonBody(body): JsonBody<types::MagicLinksAuthenticateRequest>,
) -> ApiResult<Reply<types::MagicLinksAuthenticateResponse>> {
    <Handlers as MagicLinksRoutes>::magic_links_authenticate(app, body).await.map(Reply)
}
async fn magic_links_discovery_authenticate(
    State(app): State<App>,
    JsonBody(body): JsonBody<types::MagicLinksDiscoveryAuthenticateRequest>,
) -> ApiResult<Reply<types::MagicLinksDiscoveryAuthenticateResponse>> {
    <Handlers as MagicLinksRoutes>::magic_links_discovery_authenticate(app, body)
        .await
        .map(Reply)
}
async fn magic_links_email_discovery_send(
    State(app): State<App>,
    JsonBody(body): JsonBody<types::MagicLinksEmailDiscoverySendRequest>,
) -> ApiResult<Reply<types::MagicLinksEmailDiscoverySendResponse>> {
    <Handlers as MagicLinksRoutes>::magic_links_email_discovery_send(app, body)
        .await
        .map(Reply)
}
async fn magic_links_email_invite(
    State(app): State<App>,
    JsonBody(body): JsonBody<types::MagicLinksEmailInviteRequest>,
) -> ApiResult<Reply<types::MagicLinksEmailInviteResponse>> {
    <Handlers as MagicLinksRoutes>::magic_links_email_invite(app, body).await.map(Reply)
}
async fn magic_links_email_login_or_signup(
    State(app): State<App>,
    JsonBody(body): JsonBody<types::MagicLinksEmailLoginOrSignupRequest>,
) -> ApiResult<Reply<types::MagicLinksEmailLoginOrSignupResponse>> {
    <Handlers as MagicLinksRoutes>::magic_links_email_login_or_signup(app, body)
        .await
        .map(Reply)
}
async fn oauth_authenticate(
    State(app): State<App>,
    JsonBody(body): JsonBody<types::OauthAuthenticateRequest>,
) -> ApiResult<Reply<types::OauthAuthenticateResponse>> {
    <Handlers as OauthRoutes>::oauth_authenticate(app, body).await.map(Reply)
}
async fn oauth_discovery_authenticate(
    State(app): State<App>,
    JsonBody(body): JsonBody<types::OauthDiscoveryAuthenticateRequest>,
) -> ApiResult<Reply<types::OauthDiscoveryAuthenticateResponse>> {
    <Handlers as OauthRoutes>::oauth_discovery_authenticate(app, body).await.map(Reply)
}
async fn organizations_create(
    State(app): State<App>,
    JsonBody(body): JsonBody<types::OrganizationsCreateRequest>,
) -> ApiResult<Reply<types::OrganizationsCreateResponse>> {
    <Handlers as OrganizationsRoutes>::organizations_create(app, body).await.map(Reply)
}
async fn organizations_members_search(
    State(app): State<App>,
    JsonBody(body): JsonBody<types::OrganizationsMembersSearchRequest>,
) -> ApiResult<Reply<types::OrganizationsMembersSearchResponse>> {
    <Handlers as OrganizationsRoutes>::organizations_members_search(app, body)
        .await
        .map(Reply)
}
async fn organizations_search(
    State(app): State<App>,
    JsonBody(body): JsonBody<types::OrganizationsSearchRequest>,
) -> ApiResult<Reply<types::OrganizationsSearchResponse>> {
    <Handlers as OrganizationsRoutes>::organizations_search(app, body).await.map(Reply)
}
async fn organizations_get(
    State(app): State<App>,
    PathParams(path): PathParams<OrganizationsGetPath>,
) -> ApiResult<Reply<types::OrganizationsGetResponse>> {
    <Handlers as OrganizationsRoutes>::organizations_get(app, path).await.map(Reply)
}
async fn organizations_update(
    State(app): State<App>,
    PathParams(path): PathParams<OrganizationsUpdatePath>,
    JsonBody(body): JsonBody<types::OrganizationsUpdateRequest>,
) -> ApiResult<Reply<types::OrganizationsUpdateResponse>> {
    <Handlers as OrganizationsRoutes>::organizations_update(app, path, body)
        .await
        .map(Reply)
}
async fn organizations_delete(
    State(app): State<App>,
    PathParams(path): PathParams<OrganizationsDeletePath>,
) -> ApiResult<Reply<types::OrganizationsDeleteResponse>> {
    <Handlers as OrganizationsRoutes>::organizations_delete(app, path).await.map(Reply)
}
async fn organizations_members_get(
    State(app): State<App>,
    PathParams(path): PathParams<OrganizationsMembersGetPath>,
    uri: axum::http::Uri,
) -> ApiResult<Reply<types::OrganizationsMembersGetResponse>> {
    let query = decode_query(&uri)?;
    <Handlers as OrganizationsRoutes>::organizations_members_get(app, path, query)
        .await
        .map(Reply)
}
async fn organizations_members_create(
    State(app): State<App>,
    PathParams(path): PathParams<OrganizationsMembersCreatePath>,
    JsonBody(body): JsonBody<types::OrganizationsMembersCreateRequest>,
) -> ApiResult<Reply<types::OrganizationsMembersCreateResponse>> {
    <Handlers as OrganizationsRoutes>::organizations_members_create(app, path, body)
        .await
        .map(Reply)
}
async fn organizations_members_delete_mfa_phone_number(
    State(app): State<App>,
    PathParams(path): PathParams<OrganizationsMembersDeleteMfaPhoneNumberPath>,
) -> ApiResult<Reply<types::OrganizationsMembersDeleteMfaPhoneNumberResponse>> {
    <Handlers as OrganizationsRoutes>::organizations_members_delete_mfa_phone_number(
            app,
            path,
        )
        .await
        .map(Reply)
}
async fn organizations_members_delete_password(
    State(app): State<App>,
    PathParams(path): PathParams<OrganizationsMembersDeletePasswordPath>,
) -> ApiResult<Reply<types::OrganizationsMembersDeletePasswordResponse>> {
    <Handlers as OrganizationsRoutes>::organizations_members_delete_password(app, path)
        .await
        .map(Reply)
}
async fn organizations_members_update(
    State(app): State<App>,
    PathParams(path): PathParams<OrganizationsMembersUpdatePath>,
    JsonBody(body): JsonBody<types::OrganizationsMembersUpdateRequest>,
) -> ApiResult<Reply<types::OrganizationsMembersUpdateResponse>> {
    <Handlers as OrganizationsRoutes>::organizations_members_update(app, path, body)
        .await
        .map(Reply)
}
async fn organizations_members_delete(
    State(app): State<App>,
    PathParams(path): PathParams<OrganizationsMembersDeletePath>,
) -> ApiResult<Reply<types::OrganizationsMembersDeleteResponse>> {
    <Handlers as OrganizationsRoutes>::organizations_members_delete(app, path)
        .await
        .map(Reply)
}
async fn organizations_members_reactivate(
    State(app): State<App>,
    PathParams(path): PathParams<OrganizationsMembersReactivatePath>,
) -> ApiResult<Reply<types::OrganizationsMembersReactivateResponse>> {
    <Handlers as OrganizationsRoutes>::organizations_members_reactivate(app, path)
        .await
        .map(Reply)
}
async fn otps_sms_authenticate(
    State(app): State<App>,
    JsonBody(body): JsonBody<types::OtpsSmsAuthenticateRequest>,
) -> ApiResult<Reply<types::OtpsSmsAuthenticateResponse>> {
    <Handlers as OtpsRoutes>::otps_sms_authenticate(app, body).await.map(Reply)
}
async fn otps_sms_send(
    State(app): State<App>,
    JsonBody(body): JsonBody<types::OtpsSmsSendRequest>,
) -> ApiResult<Reply<types::OtpsSmsSendResponse>> {
    <Handlers as OtpsRoutes>::otps_sms_send(app, body).await.map(Reply)
}
async fn passwords_authenticate(
    State(app): State<App>,
    JsonBody(body): JsonBody<types::PasswordsAuthenticateRequest>,
) -> ApiResult<Reply<types::PasswordsAuthenticateResponse>> {
    <Handlers as PasswordsRoutes>::passwords_authenticate(app, body).await.map(Reply)
}
async fn passwords_email_reset(
    State(app): State<App>,
    JsonBody(body): JsonBody<types::PasswordsEmailResetRequest>,
) -> ApiResult<Reply<types::PasswordsEmailResetResponse>> {
    <Handlers as PasswordsRoutes>::passwords_email_reset(app, body).await.map(Reply)
}
async fn passwords_email_reset_start(
    State(app): State<App>,
    JsonBody(body): JsonBody<types::PasswordsEmailResetStartRequest>,
) -> ApiResult<Reply<types::PasswordsEmailResetStartResponse>> {
    <Handlers as PasswordsRoutes>::passwords_email_reset_start(app, body)
        .await
        .map(Reply)
}
async fn passwords_existing_password_reset(
    State(app): State<App>,
    JsonBody(body): JsonBody<types::PasswordsExistingPasswordResetRequest>,
) -> ApiResult<Reply<types::PasswordsExistingPasswordResetResponse>> {
    <Handlers as PasswordsRoutes>::passwords_existing_password_reset(app, body)
        .await
        .map(Reply)
}
async fn passwords_migrate(
    State(app): State<App>,
    JsonBody(body): JsonBody<types::PasswordsMigrateRequest>,
) -> ApiResult<Reply<types::PasswordsMigrateResponse>> {
    <Handlers as PasswordsRoutes>::passwords_migrate(app, body).await.map(Reply)
}
async fn passwords_session_reset(
    State(app): State<App>,
    JsonBody(body): JsonBody<types::PasswordsSessionResetRequest>,
) -> ApiResult<Reply<types::PasswordsSessionResetResponse>> {
    <Handlers as PasswordsRoutes>::passwords_session_reset(app, body).await.map(Reply)
}
async fn passwords_strength_check(
    State(app): State<App>,
    JsonBody(body): JsonBody<types::PasswordsStrengthCheckRequest>,
) -> ApiResult<Reply<types::PasswordsStrengthCheckResponse>> {
    <Handlers as PasswordsRoutes>::passwords_strength_check(app, body).await.map(Reply)
}
async fn rbac_policy(
    State(app): State<App>,
) -> ApiResult<Reply<types::RbacPolicyResponse>> {
    <Handlers as RbacRoutes>::rbac_policy(app).await.map(Reply)
}
async fn sessions_get(
    State(app): State<App>,
    uri: axum::http::Uri,
) -> ApiResult<Reply<types::SessionsGetResponse>> {
    let query = decode_query(&uri)?;
    <Handlers as SessionsRoutes>::sessions_get(app, query).await.map(Reply)
}
async fn sessions_authenticate(
    State(app): State<App>,
    JsonBody(body): JsonBody<types::SessionsAuthenticateRequest>,
) -> ApiResult<Reply<types::SessionsAuthenticateResponse>> {
    <Handlers as SessionsRoutes>::sessions_authenticate(app, body).await.map(Reply)
}
async fn sessions_exchange(
    State(app): State<App>,
    JsonBody(body): JsonBody<types::SessionsExchangeRequest>,
) -> ApiResult<Reply<types::SessionsExchangeResponse>> {
    <Handlers as SessionsRoutes>::sessions_exchange(app, body).await.map(Reply)
}
async fn sessions_get_jwks(
    State(app): State<App>,
    PathParams(path): PathParams<SessionsGetJwksPath>,
) -> ApiResult<Reply<types::SessionsGetJwksResponse>> {
    <Handlers as SessionsRoutes>::sessions_get_jwks(app, path).await.map(Reply)
}
async fn sessions_revoke(
    State(app): State<App>,
    JsonBody(body): JsonBody<types::SessionsRevokeRequest>,
) -> ApiResult<Reply<types::SessionsRevokeResponse>> {
    <Handlers as SessionsRoutes>::sessions_revoke(app, body).await.map(Reply)
}
async fn sso_authenticate(
    State(app): State<App>,
    JsonBody(body): JsonBody<types::SsoAuthenticateRequest>,
) -> ApiResult<Reply<types::SsoAuthenticateResponse>> {
    <Handlers as SsoRoutes>::sso_authenticate(app, body).await.map(Reply)
}
async fn sso_oidc_create_connection(
    State(app): State<App>,
    PathParams(path): PathParams<SsoOidcCreateConnectionPath>,
    JsonBody(body): JsonBody<types::SsoOidcCreateConnectionRequest>,
) -> ApiResult<Reply<types::SsoOidcCreateConnectionResponse>> {
    <Handlers as SsoRoutes>::sso_oidc_create_connection(app, path, body).await.map(Reply)
}
async fn sso_oidc_update_connection(
    State(app): State<App>,
    PathParams(path): PathParams<SsoOidcUpdateConnectionPath>,
    JsonBody(body): JsonBody<types::SsoOidcUpdateConnectionRequest>,
) -> ApiResult<Reply<types::SsoOidcUpdateConnectionResponse>> {
    <Handlers as SsoRoutes>::sso_oidc_update_connection(app, path, body).await.map(Reply)
}
async fn sso_saml_create_connection(
    State(app): State<App>,
    PathParams(path): PathParams<SsoSamlCreateConnectionPath>,
    JsonBody(body): JsonBody<types::SsoSamlCreateConnectionRequest>,
) -> ApiResult<Reply<types::SsoSamlCreateConnectionResponse>> {
    <Handlers as SsoRoutes>::sso_saml_create_connection(app, path, body).await.map(Reply)
}
async fn sso_saml_update_connection(
    State(app): State<App>,
    PathParams(path): PathParams<SsoSamlUpdateConnectionPath>,
    JsonBody(body): JsonBody<types::SsoSamlUpdateConnectionRequest>,
) -> ApiResult<Reply<types::SsoSamlUpdateConnectionResponse>> {
    <Handlers as SsoRoutes>::sso_saml_update_connection(app, path, body).await.map(Reply)
}
async fn sso_saml_delete_verification_certificate(
    State(app): State<App>,
    PathParams(path): PathParams<SsoSamlDeleteVerificationCertificatePath>,
) -> ApiResult<Reply<types::SsoSamlDeleteVerificationCertificateResponse>> {
    <Handlers as SsoRoutes>::sso_saml_delete_verification_certificate(app, path)
        .await
        .map(Reply)
}
async fn sso_get_connections(
    State(app): State<App>,
    PathParams(path): PathParams<SsoGetConnectionsPath>,
) -> ApiResult<Reply<types::SsoGetConnectionsResponse>> {
    <Handlers as SsoRoutes>::sso_get_connections(app, path).await.map(Reply)
}
async fn sso_delete_connection(
    State(app): State<App>,
    PathParams(path): PathParams<SsoDeleteConnectionPath>,
) -> ApiResult<Reply<types::SsoDeleteConnectionResponse>> {
    <Handlers as SsoRoutes>::sso_delete_connection(app, path).await.map(Reply)
}
