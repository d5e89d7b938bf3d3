// @generated from openapi/b2b.yaml by `cargo xtask codegen`. Do not edit by hand: change the spec (or xtask/src/emulator_routes.rs) and regenerate.
//! Route table, parameter types, handler traits and axum glue of every API operation.

use axum::Router;
use axum::extract::State;
use axum::routing::MethodRouter;
use stytch_b2b_api::types;
use super::{Handlers, Route, method_not_allowed};
use crate::errors::{ApiError, ApiResult};
use crate::server::App;
use crate::wire::{FormBody, JsonBody, PathParams, Reply, decode_query};

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
    Route {
        method: "GET",
        path: "/v1/connected_apps/clients/{client_id}",
        operation_id: "connected_app_clients_get",
    },
    Route {
        method: "PUT",
        path: "/v1/connected_apps/clients/{client_id}",
        operation_id: "connected_app_clients_update",
    },
    Route {
        method: "DELETE",
        path: "/v1/connected_apps/clients/{client_id}",
        operation_id: "connected_app_clients_delete",
    },
    Route {
        method: "POST",
        path: "/v1/connected_apps/clients/search",
        operation_id: "connected_app_clients_search",
    },
    Route {
        method: "POST",
        path: "/v1/connected_apps/clients",
        operation_id: "connected_app_clients_create",
    },
    Route {
        method: "POST",
        path: "/v1/connected_apps/clients/{client_id}/secrets/rotate/start",
        operation_id: "connected_app_clients_secrets_rotate_start",
    },
    Route {
        method: "POST",
        path: "/v1/connected_apps/clients/{client_id}/secrets/rotate/cancel",
        operation_id: "connected_app_clients_secrets_rotate_cancel",
    },
    Route {
        method: "POST",
        path: "/v1/connected_apps/clients/{client_id}/secrets/rotate",
        operation_id: "connected_app_clients_secrets_rotate",
    },
    Route {
        method: "GET",
        path: "/v1/debug/whoami",
        operation_id: "debug_whoami",
    },
    Route {
        method: "POST",
        path: "/v1/fingerprint/lookup",
        operation_id: "fraud_fingerprint_lookup",
    },
    Route {
        method: "POST",
        path: "/v1/rules/set",
        operation_id: "fraud_rules_set",
    },
    Route {
        method: "POST",
        path: "/v1/rules/list",
        operation_id: "fraud_rules_list",
    },
    Route {
        method: "POST",
        path: "/v1/verdict_reasons/override",
        operation_id: "fraud_verdict_reasons_override",
    },
    Route {
        method: "POST",
        path: "/v1/verdict_reasons/list",
        operation_id: "fraud_verdict_reasons_list",
    },
    Route {
        method: "POST",
        path: "/v1/email/risk",
        operation_id: "fraud_email_risk",
    },
    Route {
        method: "POST",
        path: "/v1/public/{project_id}/oauth2/introspect",
        operation_id: "idp_introspect_token_network",
    },
    Route {
        method: "POST",
        path: "/v1/b2b/idp/oauth/authorize/start",
        operation_id: "idp_oauth_authorize_start",
    },
    Route {
        method: "POST",
        path: "/v1/b2b/idp/oauth/authorize",
        operation_id: "idp_oauth_authorize",
    },
    Route {
        method: "POST",
        path: "/v1/b2b/impersonation/authenticate",
        operation_id: "impersonation_authenticate",
    },
    Route {
        method: "POST",
        path: "/v1/public/{project_id}/oauth2/token",
        operation_id: "m2m_token",
    },
    Route {
        method: "GET",
        path: "/v1/m2m/clients/{client_id}",
        operation_id: "m2m_clients_get",
    },
    Route {
        method: "PUT",
        path: "/v1/m2m/clients/{client_id}",
        operation_id: "m2m_clients_update",
    },
    Route {
        method: "DELETE",
        path: "/v1/m2m/clients/{client_id}",
        operation_id: "m2m_clients_delete",
    },
    Route {
        method: "POST",
        path: "/v1/m2m/clients/search",
        operation_id: "m2m_clients_search",
    },
    Route {
        method: "POST",
        path: "/v1/m2m/clients",
        operation_id: "m2m_clients_create",
    },
    Route {
        method: "POST",
        path: "/v1/m2m/clients/{client_id}/secrets/rotate/start",
        operation_id: "m2m_clients_secrets_rotate_start",
    },
    Route {
        method: "POST",
        path: "/v1/m2m/clients/{client_id}/secrets/rotate/cancel",
        operation_id: "m2m_clients_secrets_rotate_cancel",
    },
    Route {
        method: "POST",
        path: "/v1/m2m/clients/{client_id}/secrets/rotate",
        operation_id: "m2m_clients_secrets_rotate",
    },
    Route {
        method: "POST",
        path: "/v1/b2b/otps/email/login_or_signup",
        operation_id: "otps_email_login_or_signup",
    },
    Route {
        method: "POST",
        path: "/v1/b2b/otps/email/authenticate",
        operation_id: "otps_email_authenticate",
    },
    Route {
        method: "POST",
        path: "/v1/b2b/otps/email/discovery/send",
        operation_id: "otps_email_discovery_send",
    },
    Route {
        method: "POST",
        path: "/v1/b2b/otps/email/discovery/authenticate",
        operation_id: "otps_email_discovery_authenticate",
    },
    Route {
        method: "GET",
        path: "/v1/b2b/organizations/{organization_id}/metrics",
        operation_id: "organizations_metrics",
    },
    Route {
        method: "GET",
        path: "/v1/b2b/organizations/{organization_id}/connected_apps",
        operation_id: "organizations_connected_apps",
    },
    Route {
        method: "GET",
        path: "/v1/b2b/organizations/{organization_id}/connected_apps/{connected_app_id}",
        operation_id: "organizations_get_connected_app",
    },
    Route {
        method: "DELETE",
        path: "/v1/b2b/organizations/{organization_id}/external_id",
        operation_id: "organizations_delete_external_id",
    },
    Route {
        method: "DELETE",
        path: "/v1/b2b/organizations/{organization_id}/members/{member_id}/totp",
        operation_id: "organizations_members_delete_totp",
    },
    Route {
        method: "GET",
        path: "/v1/b2b/organizations/members/dangerously_get/{member_id}",
        operation_id: "organizations_members_dangerously_get",
    },
    Route {
        method: "GET",
        path: "/v1/b2b/organizations/{organization_id}/members/{member_id}/oidc_providers",
        operation_id: "organizations_members_oidc_providers",
    },
    Route {
        method: "POST",
        path: "/v1/b2b/organizations/{organization_id}/members/{member_id}/unlink_retired_email",
        operation_id: "organizations_members_unlink_retired_email",
    },
    Route {
        method: "POST",
        path: "/v1/b2b/organizations/{organization_id}/members/{member_id}/start_email_update",
        operation_id: "organizations_members_start_email_update",
    },
    Route {
        method: "GET",
        path: "/v1/b2b/organizations/{organization_id}/members/{member_id}/connected_apps",
        operation_id: "organizations_members_get_connected_apps",
    },
    Route {
        method: "DELETE",
        path: "/v1/b2b/organizations/{organization_id}/members/{member_id}/external_id",
        operation_id: "organizations_members_delete_external_id",
    },
    Route {
        method: "GET",
        path: "/v1/b2b/organizations/{organization_id}/members/{member_id}/oauth_providers/google",
        operation_id: "organizations_members_oauth_providers_google",
    },
    Route {
        method: "GET",
        path: "/v1/b2b/organizations/{organization_id}/members/{member_id}/oauth_providers/microsoft",
        operation_id: "organizations_members_oauth_providers_microsoft",
    },
    Route {
        method: "GET",
        path: "/v1/b2b/organizations/{organization_id}/members/{member_id}/oauth_providers/slack",
        operation_id: "organizations_members_oauth_providers_slack",
    },
    Route {
        method: "GET",
        path: "/v1/b2b/organizations/{organization_id}/members/{member_id}/oauth_providers/hubspot",
        operation_id: "organizations_members_oauth_providers_hubspot",
    },
    Route {
        method: "GET",
        path: "/v1/b2b/organizations/{organization_id}/members/{member_id}/oauth_providers/github",
        operation_id: "organizations_members_oauth_providers_github",
    },
    Route {
        method: "POST",
        path: "/v1/b2b/organizations/{organization_id}/members/{member_id}/connected_apps/{connected_app_id}/revoke",
        operation_id: "organizations_members_connected_apps_revoke",
    },
    Route {
        method: "POST",
        path: "/v1/b2b/passwords/email/require_reset",
        operation_id: "passwords_email_require_reset",
    },
    Route {
        method: "POST",
        path: "/v1/b2b/passwords/discovery/authenticate",
        operation_id: "passwords_discovery_authenticate",
    },
    Route {
        method: "POST",
        path: "/v1/b2b/passwords/discovery/email/reset/start",
        operation_id: "passwords_discovery_email_reset_start",
    },
    Route {
        method: "POST",
        path: "/v1/b2b/passwords/discovery/email/reset",
        operation_id: "passwords_discovery_email_reset",
    },
    Route {
        method: "GET",
        path: "/v1/projects/metrics",
        operation_id: "project_metrics",
    },
    Route {
        method: "GET",
        path: "/v1/b2b/rbac/organizations/{organization_id}",
        operation_id: "rbac_organizations_get_org_policy",
    },
    Route {
        method: "PUT",
        path: "/v1/b2b/rbac/organizations/{organization_id}",
        operation_id: "rbac_organizations_set_org_policy",
    },
    Route {
        method: "POST",
        path: "/v1/b2b/recovery_codes/recover",
        operation_id: "recovery_codes_recover",
    },
    Route {
        method: "GET",
        path: "/v1/b2b/recovery_codes/{organization_id}/{member_id}",
        operation_id: "recovery_codes_get",
    },
    Route {
        method: "POST",
        path: "/v1/b2b/recovery_codes/rotate",
        operation_id: "recovery_codes_rotate",
    },
    Route {
        method: "GET",
        path: "/v1/b2b/scim/{organization_id}/connection/{connection_id}",
        operation_id: "scim_connection_get_groups",
    },
    Route {
        method: "PUT",
        path: "/v1/b2b/scim/{organization_id}/connection/{connection_id}",
        operation_id: "scim_connection_update",
    },
    Route {
        method: "DELETE",
        path: "/v1/b2b/scim/{organization_id}/connection/{connection_id}",
        operation_id: "scim_connection_delete",
    },
    Route {
        method: "POST",
        path: "/v1/b2b/scim/{organization_id}/connection/{connection_id}/rotate/start",
        operation_id: "scim_connection_rotate_start",
    },
    Route {
        method: "POST",
        path: "/v1/b2b/scim/{organization_id}/connection/{connection_id}/rotate/complete",
        operation_id: "scim_connection_rotate_complete",
    },
    Route {
        method: "POST",
        path: "/v1/b2b/scim/{organization_id}/connection/{connection_id}/rotate/cancel",
        operation_id: "scim_connection_rotate_cancel",
    },
    Route {
        method: "GET",
        path: "/v1/b2b/scim/{organization_id}/connection",
        operation_id: "scim_connection_get",
    },
    Route {
        method: "POST",
        path: "/v1/b2b/scim/{organization_id}/connection",
        operation_id: "scim_connection_create",
    },
    Route {
        method: "PUT",
        path: "/v1/b2b/sso/saml/{organization_id}/connections/{connection_id}/url",
        operation_id: "sso_saml_update_by_url",
    },
    Route {
        method: "DELETE",
        path: "/v1/b2b/sso/saml/{organization_id}/connections/{connection_id}/encryption_private_keys/{private_key_id}",
        operation_id: "sso_saml_delete_encryption_private_key",
    },
    Route {
        method: "POST",
        path: "/v1/b2b/sso/external/{organization_id}",
        operation_id: "sso_external_create_connection",
    },
    Route {
        method: "PUT",
        path: "/v1/b2b/sso/external/{organization_id}/connections/{connection_id}",
        operation_id: "sso_external_update_connection",
    },
    Route {
        method: "POST",
        path: "/v1/b2b/sessions/exchange_access_token",
        operation_id: "sessions_exchange_access_token",
    },
    Route {
        method: "POST",
        path: "/v1/b2b/sessions/attest",
        operation_id: "sessions_attest",
    },
    Route {
        method: "POST",
        path: "/v1/b2b/sessions/migrate",
        operation_id: "sessions_migrate",
    },
    Route {
        method: "POST",
        path: "/v1/b2b/totp",
        operation_id: "totps_create",
    },
    Route {
        method: "POST",
        path: "/v1/b2b/totp/authenticate",
        operation_id: "totps_authenticate",
    },
    Route {
        method: "POST",
        path: "/v1/b2b/totp/migrate",
        operation_id: "totps_migrate",
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
    /// ID of the Stytch project.
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

/// Path parameters of `connected_app_clients_get`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct ConnectedAppClientsGetPath {
    /// ID of an M2M client or Connected App client.
    pub(crate) client_id: String,
}

/// Path parameters of `connected_app_clients_update`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct ConnectedAppClientsUpdatePath {
    /// ID of an M2M client or Connected App client.
    pub(crate) client_id: String,
}

/// Path parameters of `connected_app_clients_delete`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct ConnectedAppClientsDeletePath {
    /// ID of an M2M client or Connected App client.
    pub(crate) client_id: String,
}

/// Path parameters of `connected_app_clients_secrets_rotate_start`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct ConnectedAppClientsSecretsRotateStartPath {
    /// ID of an M2M client or Connected App client.
    pub(crate) client_id: String,
}

/// Path parameters of `connected_app_clients_secrets_rotate_cancel`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct ConnectedAppClientsSecretsRotateCancelPath {
    /// ID of an M2M client or Connected App client.
    pub(crate) client_id: String,
}

/// Path parameters of `connected_app_clients_secrets_rotate`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct ConnectedAppClientsSecretsRotatePath {
    /// ID of an M2M client or Connected App client.
    pub(crate) client_id: String,
}

/// Path parameters of `idp_introspect_token_network`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct IdpIntrospectTokenNetworkPath {
    /// ID of the Stytch project.
    pub(crate) project_id: String,
}

/// Path parameters of `m2m_token`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct M2mTokenPath {
    /// ID of the Stytch project.
    pub(crate) project_id: String,
}

/// Path parameters of `m2m_clients_get`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct M2mClientsGetPath {
    /// ID of an M2M client or Connected App client.
    pub(crate) client_id: String,
}

/// Path parameters of `m2m_clients_update`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct M2mClientsUpdatePath {
    /// ID of an M2M client or Connected App client.
    pub(crate) client_id: String,
}

/// Path parameters of `m2m_clients_delete`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct M2mClientsDeletePath {
    /// ID of an M2M client or Connected App client.
    pub(crate) client_id: String,
}

/// Path parameters of `m2m_clients_secrets_rotate_start`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct M2mClientsSecretsRotateStartPath {
    /// ID of an M2M client or Connected App client.
    pub(crate) client_id: String,
}

/// Path parameters of `m2m_clients_secrets_rotate_cancel`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct M2mClientsSecretsRotateCancelPath {
    /// ID of an M2M client or Connected App client.
    pub(crate) client_id: String,
}

/// Path parameters of `m2m_clients_secrets_rotate`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct M2mClientsSecretsRotatePath {
    /// ID of an M2M client or Connected App client.
    pub(crate) client_id: String,
}

/// Path parameters of `organizations_metrics`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct OrganizationsMetricsPath {
    /// Globally unique ID of an Organization; most request paths and bodies also accept the Organization's slug or external ID.
    pub(crate) organization_id: String,
}

/// Path parameters of `organizations_connected_apps`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct OrganizationsConnectedAppsPath {
    /// Globally unique ID of an Organization; most request paths and bodies also accept the Organization's slug or external ID.
    pub(crate) organization_id: String,
}

/// Path parameters of `organizations_get_connected_app`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct OrganizationsGetConnectedAppPath {
    /// Globally unique ID of an Organization; most request paths and bodies also accept the Organization's slug or external ID.
    pub(crate) organization_id: String,

    /// ID of a Connected App (its client ID).
    pub(crate) connected_app_id: String,
}

/// Path parameters of `organizations_delete_external_id`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct OrganizationsDeleteExternalIdPath {
    /// Globally unique ID of an Organization; most request paths and bodies also accept the Organization's slug or external ID.
    pub(crate) organization_id: String,
}

/// Path parameters of `organizations_members_delete_totp`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct OrganizationsMembersDeleteTotpPath {
    /// Globally unique ID of an Organization; most request paths and bodies also accept the Organization's slug or external ID.
    pub(crate) organization_id: String,

    /// Globally unique ID of a Member; most request paths and bodies also accept the Member's `external_id`.
    pub(crate) member_id: String,
}

/// Path parameters of `organizations_members_dangerously_get`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct OrganizationsMembersDangerouslyGetPath {
    /// Globally unique ID of a Member; most request paths and bodies also accept the Member's `external_id`.
    pub(crate) member_id: String,
}

/// Query parameters of `organizations_members_dangerously_get`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct OrganizationsMembersDangerouslyGetQuery {
    /// Query flag: also return deleted Members; defaults to false.
    pub(crate) include_deleted: Option<bool>,
}

/// Path parameters of `organizations_members_oidc_providers`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct OrganizationsMembersOidcProvidersPath {
    /// Globally unique ID of an Organization; most request paths and bodies also accept the Organization's slug or external ID.
    pub(crate) organization_id: String,

    /// Globally unique ID of a Member; most request paths and bodies also accept the Member's `external_id`.
    pub(crate) member_id: String,
}

/// Query parameters of `organizations_members_oidc_providers`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct OrganizationsMembersOidcProvidersQuery {
    /// Query flag: also return the stored refresh token; defaults to false. If you use that refresh token yourself, Stytch may no longer be able to refresh the access token.
    pub(crate) include_refresh_token: Option<bool>,
}

/// Path parameters of `organizations_members_unlink_retired_email`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct OrganizationsMembersUnlinkRetiredEmailPath {
    /// Globally unique ID of an Organization; most request paths and bodies also accept the Organization's slug or external ID.
    pub(crate) organization_id: String,

    /// Globally unique ID of a Member; most request paths and bodies also accept the Member's `external_id`.
    pub(crate) member_id: String,
}

/// Path parameters of `organizations_members_start_email_update`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct OrganizationsMembersStartEmailUpdatePath {
    /// Globally unique ID of an Organization; most request paths and bodies also accept the Organization's slug or external ID.
    pub(crate) organization_id: String,

    /// Globally unique ID of a Member; most request paths and bodies also accept the Member's `external_id`.
    pub(crate) member_id: String,
}

/// Path parameters of `organizations_members_get_connected_apps`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct OrganizationsMembersGetConnectedAppsPath {
    /// Globally unique ID of an Organization; most request paths and bodies also accept the Organization's slug or external ID.
    pub(crate) organization_id: String,

    /// Globally unique ID of a Member; most request paths and bodies also accept the Member's `external_id`.
    pub(crate) member_id: String,
}

/// Path parameters of `organizations_members_delete_external_id`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct OrganizationsMembersDeleteExternalIdPath {
    /// Globally unique ID of an Organization; most request paths and bodies also accept the Organization's slug or external ID.
    pub(crate) organization_id: String,

    /// Globally unique ID of a Member; most request paths and bodies also accept the Member's `external_id`.
    pub(crate) member_id: String,
}

/// Path parameters of `organizations_members_oauth_providers_google`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct OrganizationsMembersOauthProvidersGooglePath {
    /// Globally unique ID of an Organization; most request paths and bodies also accept the Organization's slug or external ID.
    pub(crate) organization_id: String,

    /// Globally unique ID of a Member; most request paths and bodies also accept the Member's `external_id`.
    pub(crate) member_id: String,
}

/// Query parameters of `organizations_members_oauth_providers_google`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct OrganizationsMembersOauthProvidersGoogleQuery {
    /// Query flag: also return the stored refresh token; defaults to false. If you use that refresh token yourself, Stytch may no longer be able to refresh the access token.
    pub(crate) include_refresh_token: Option<bool>,
}

/// Path parameters of `organizations_members_oauth_providers_microsoft`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct OrganizationsMembersOauthProvidersMicrosoftPath {
    /// Globally unique ID of an Organization; most request paths and bodies also accept the Organization's slug or external ID.
    pub(crate) organization_id: String,

    /// Globally unique ID of a Member; most request paths and bodies also accept the Member's `external_id`.
    pub(crate) member_id: String,
}

/// Query parameters of `organizations_members_oauth_providers_microsoft`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct OrganizationsMembersOauthProvidersMicrosoftQuery {
    /// Query flag: also return the stored refresh token; defaults to false. If you use that refresh token yourself, Stytch may no longer be able to refresh the access token.
    pub(crate) include_refresh_token: Option<bool>,
}

/// Path parameters of `organizations_members_oauth_providers_slack`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct OrganizationsMembersOauthProvidersSlackPath {
    /// Globally unique ID of an Organization; most request paths and bodies also accept the Organization's slug or external ID.
    pub(crate) organization_id: String,

    /// Globally unique ID of a Member; most request paths and bodies also accept the Member's `external_id`.
    pub(crate) member_id: String,
}

/// Path parameters of `organizations_members_oauth_providers_hubspot`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct OrganizationsMembersOauthProvidersHubspotPath {
    /// Globally unique ID of an Organization; most request paths and bodies also accept the Organization's slug or external ID.
    pub(crate) organization_id: String,

    /// Globally unique ID of a Member; most request paths and bodies also accept the Member's `external_id`.
    pub(crate) member_id: String,
}

/// Query parameters of `organizations_members_oauth_providers_hubspot`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct OrganizationsMembersOauthProvidersHubspotQuery {
    /// Query flag: also return the stored refresh token; defaults to false. If you use that refresh token yourself, Stytch may no longer be able to refresh the access token.
    pub(crate) include_refresh_token: Option<bool>,
}

/// Path parameters of `organizations_members_oauth_providers_github`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct OrganizationsMembersOauthProvidersGithubPath {
    /// Globally unique ID of an Organization; most request paths and bodies also accept the Organization's slug or external ID.
    pub(crate) organization_id: String,

    /// Globally unique ID of a Member; most request paths and bodies also accept the Member's `external_id`.
    pub(crate) member_id: String,
}

/// Query parameters of `organizations_members_oauth_providers_github`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct OrganizationsMembersOauthProvidersGithubQuery {
    /// Query flag: also return the stored refresh token; defaults to false. If you use that refresh token yourself, Stytch may no longer be able to refresh the access token.
    pub(crate) include_refresh_token: Option<bool>,
}

/// Path parameters of `organizations_members_connected_apps_revoke`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct OrganizationsMembersConnectedAppsRevokePath {
    /// Globally unique ID of an Organization; most request paths and bodies also accept the Organization's slug or external ID.
    pub(crate) organization_id: String,

    /// Globally unique ID of a Member; most request paths and bodies also accept the Member's `external_id`.
    pub(crate) member_id: String,

    /// ID of a Connected App (its client ID).
    pub(crate) connected_app_id: String,
}

/// Path parameters of `rbac_organizations_get_org_policy`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct RbacOrganizationsGetOrgPolicyPath {
    /// Globally unique ID of an Organization; most request paths and bodies also accept the Organization's slug or external ID.
    pub(crate) organization_id: String,
}

/// Path parameters of `rbac_organizations_set_org_policy`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct RbacOrganizationsSetOrgPolicyPath {
    /// Globally unique ID of an Organization; most request paths and bodies also accept the Organization's slug or external ID.
    pub(crate) organization_id: String,
}

/// Path parameters of `recovery_codes_get`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct RecoveryCodesGetPath {
    /// Globally unique ID of an Organization; most request paths and bodies also accept the Organization's slug or external ID.
    pub(crate) organization_id: String,

    /// Globally unique ID of a Member; most request paths and bodies also accept the Member's `external_id`.
    pub(crate) member_id: String,
}

/// Path parameters of `scim_connection_get_groups`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct ScimConnectionGetGroupsPath {
    /// Globally unique ID of an Organization; most request paths and bodies also accept the Organization's slug or external ID.
    pub(crate) organization_id: String,

    /// ID of an SSO or SCIM connection.
    pub(crate) connection_id: String,
}

/// Query parameters of `scim_connection_get_groups`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct ScimConnectionGetGroupsQuery {
    /// Opaque pagination cursor; pass the `next_cursor` from the previous page, or omit it for the first page.
    pub(crate) cursor: Option<String>,

    /// Number of groups per page; the API returns 100 when it is absent, and at most 1000.
    pub(crate) limit: Option<i64>,
}

/// Path parameters of `scim_connection_update`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct ScimConnectionUpdatePath {
    /// Globally unique ID of an Organization; most request paths and bodies also accept the Organization's slug or external ID.
    pub(crate) organization_id: String,

    /// ID of an SSO or SCIM connection.
    pub(crate) connection_id: String,
}

/// Path parameters of `scim_connection_delete`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct ScimConnectionDeletePath {
    /// Globally unique ID of an Organization; most request paths and bodies also accept the Organization's slug or external ID.
    pub(crate) organization_id: String,

    /// ID of an SSO or SCIM connection.
    pub(crate) connection_id: String,
}

/// Path parameters of `scim_connection_rotate_start`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct ScimConnectionRotateStartPath {
    /// Globally unique ID of an Organization; most request paths and bodies also accept the Organization's slug or external ID.
    pub(crate) organization_id: String,

    /// ID of an SSO or SCIM connection.
    pub(crate) connection_id: String,
}

/// Path parameters of `scim_connection_rotate_complete`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct ScimConnectionRotateCompletePath {
    /// Globally unique ID of an Organization; most request paths and bodies also accept the Organization's slug or external ID.
    pub(crate) organization_id: String,

    /// ID of an SSO or SCIM connection.
    pub(crate) connection_id: String,
}

/// Path parameters of `scim_connection_rotate_cancel`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct ScimConnectionRotateCancelPath {
    /// Globally unique ID of an Organization; most request paths and bodies also accept the Organization's slug or external ID.
    pub(crate) organization_id: String,

    /// ID of an SSO or SCIM connection.
    pub(crate) connection_id: String,
}

/// Path parameters of `scim_connection_get`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct ScimConnectionGetPath {
    /// Globally unique ID of an Organization; most request paths and bodies also accept the Organization's slug or external ID.
    pub(crate) organization_id: String,
}

/// Path parameters of `scim_connection_create`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct ScimConnectionCreatePath {
    /// Globally unique ID of an Organization; most request paths and bodies also accept the Organization's slug or external ID.
    pub(crate) organization_id: String,
}

/// Path parameters of `sso_saml_update_by_url`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct SsoSamlUpdateByUrlPath {
    /// Globally unique ID of an Organization; most request paths and bodies also accept the Organization's slug or external ID.
    pub(crate) organization_id: String,

    /// ID of an SSO or SCIM connection.
    pub(crate) connection_id: String,
}

/// Path parameters of `sso_saml_delete_encryption_private_key`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct SsoSamlDeleteEncryptionPrivateKeyPath {
    /// Globally unique ID of an Organization; most request paths and bodies also accept the Organization's slug or external ID.
    pub(crate) organization_id: String,

    /// ID of an SSO or SCIM connection.
    pub(crate) connection_id: String,

    /// ID of a SAML encryption private key.
    pub(crate) private_key_id: String,
}

/// Path parameters of `sso_external_create_connection`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct SsoExternalCreateConnectionPath {
    /// Globally unique ID of an Organization; most request paths and bodies also accept the Organization's slug or external ID.
    pub(crate) organization_id: String,
}

/// Path parameters of `sso_external_update_connection`.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct SsoExternalUpdateConnectionPath {
    /// Globally unique ID of an Organization; most request paths and bodies also accept the Organization's slug or external ID.
    pub(crate) organization_id: String,

    /// ID of an SSO or SCIM connection.
    pub(crate) connection_id: String,
}

/// Handlers of the `connected_app` operations (`client.connected_app()` in the SDK).
pub(crate) trait ConnectedAppRoutes {
    /// `GET /v1/connected_apps/clients/{client_id}`: Get a Connected App client.
    fn connected_app_clients_get(
        app: App,
        path: ConnectedAppClientsGetPath,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::ConnectedAppClientsGetResponse>,
    > + Send;

    /// `PUT /v1/connected_apps/clients/{client_id}`: Update a Connected App client.
    fn connected_app_clients_update(
        app: App,
        path: ConnectedAppClientsUpdatePath,
        body: types::ConnectedAppClientsUpdateRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::ConnectedAppClientsUpdateResponse>,
    > + Send;

    /// `DELETE /v1/connected_apps/clients/{client_id}`: Delete a Connected App client.
    fn connected_app_clients_delete(
        app: App,
        path: ConnectedAppClientsDeletePath,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::ConnectedAppClientsDeleteResponse>,
    > + Send;

    /// `POST /v1/connected_apps/clients/search`: Search Connected App clients.
    fn connected_app_clients_search(
        app: App,
        body: types::ConnectedAppClientsSearchRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::ConnectedAppClientsSearchResponse>,
    > + Send;

    /// `POST /v1/connected_apps/clients`: Create a Connected App client.
    fn connected_app_clients_create(
        app: App,
        body: types::ConnectedAppClientsCreateRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::ConnectedAppClientsCreateResponse>,
    > + Send;

    /// `POST /v1/connected_apps/clients/{client_id}/secrets/rotate/start`: Rotate a Connected App client secret: start.
    fn connected_app_clients_secrets_rotate_start(
        app: App,
        path: ConnectedAppClientsSecretsRotateStartPath,
        body: types::ConnectedAppClientsSecretsRotateStartRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::ConnectedAppClientsSecretsRotateStartResponse>,
    > + Send;

    /// `POST /v1/connected_apps/clients/{client_id}/secrets/rotate/cancel`: Rotate a Connected App client secret: cancel.
    fn connected_app_clients_secrets_rotate_cancel(
        app: App,
        path: ConnectedAppClientsSecretsRotateCancelPath,
        body: types::ConnectedAppClientsSecretsRotateCancelRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::ConnectedAppClientsSecretsRotateCancelResponse>,
    > + Send;

    /// `POST /v1/connected_apps/clients/{client_id}/secrets/rotate`: Rotate a Connected App client secret: complete.
    fn connected_app_clients_secrets_rotate(
        app: App,
        path: ConnectedAppClientsSecretsRotatePath,
        body: types::ConnectedAppClientsSecretsRotateRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::ConnectedAppClientsSecretsRotateResponse>,
    > + Send;
}

/// Handlers of the `debug` operations (`client.debug()` in the SDK).
pub(crate) trait DebugRoutes {
    /// `GET /v1/debug/whoami`: Show which project the credentials belong to.
    fn debug_whoami(
        app: App,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::DebugWhoamiResponse>,
    > + Send;
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

/// Handlers of the `fraud` operations (`client.fraud()` in the SDK).
pub(crate) trait FraudRoutes {
    /// `POST /v1/fingerprint/lookup`: Look up a device fingerprint by telemetry ID.
    fn fraud_fingerprint_lookup(
        app: App,
        body: types::FraudFingerprintLookupRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::FraudFingerprintLookupResponse>,
    > + Send;

    /// `POST /v1/rules/set`: Set a fraud rule for an identifier.
    fn fraud_rules_set(
        app: App,
        body: types::FraudRulesSetRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::FraudRulesSetResponse>,
    > + Send;

    /// `POST /v1/rules/list`: List fraud rules.
    fn fraud_rules_list(
        app: App,
        body: types::FraudRulesListRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::FraudRulesListResponse>,
    > + Send;

    /// `POST /v1/verdict_reasons/override`: Override the action for a verdict reason.
    fn fraud_verdict_reasons_override(
        app: App,
        body: types::FraudVerdictReasonsOverrideRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::FraudVerdictReasonsOverrideResponse>,
    > + Send;

    /// `POST /v1/verdict_reasons/list`: List verdict reasons and their actions.
    fn fraud_verdict_reasons_list(
        app: App,
        body: types::FraudVerdictReasonsListRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::FraudVerdictReasonsListResponse>,
    > + Send;

    /// `POST /v1/email/risk`: Assess the risk of an email address.
    fn fraud_email_risk(
        app: App,
        body: types::FraudEmailRiskRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::FraudEmailRiskResponse>,
    > + Send;
}

/// Handlers of the `idp` operations (`client.idp()` in the SDK).
pub(crate) trait IdpRoutes {
    /// `POST /v1/public/{project_id}/oauth2/introspect`: Introspect an OAuth token issued to a Connected App.
    fn idp_introspect_token_network(
        app: App,
        path: IdpIntrospectTokenNetworkPath,
        body: types::IdpIntrospectTokenNetworkRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::IdpIntrospectTokenNetworkResponse>,
    > + Send;

    /// `POST /v1/b2b/idp/oauth/authorize/start`: Start an OAuth authorization (consent preflight).
    fn idp_oauth_authorize_start(
        app: App,
        body: types::IdpOauthAuthorizeStartRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::IdpOauthAuthorizeStartResponse>,
    > + Send;

    /// `POST /v1/b2b/idp/oauth/authorize`: Complete an OAuth authorization.
    fn idp_oauth_authorize(
        app: App,
        body: types::IdpOauthAuthorizeRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::IdpOauthAuthorizeResponse>,
    > + Send;
}

/// Handlers of the `impersonation` operations (`client.impersonation()` in the SDK).
pub(crate) trait ImpersonationRoutes {
    /// `POST /v1/b2b/impersonation/authenticate`: Authenticate an impersonation token.
    fn impersonation_authenticate(
        app: App,
        body: types::ImpersonationAuthenticateRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::ImpersonationAuthenticateResponse>,
    > + Send;
}

/// Handlers of the `m2m` operations (`client.m2m()` in the SDK).
pub(crate) trait M2mRoutes {
    /// `POST /v1/public/{project_id}/oauth2/token`: Get an access token for an M2M client.
    fn m2m_token(
        app: App,
        path: M2mTokenPath,
        body: types::M2mTokenRequest,
    ) -> impl ::std::future::Future<Output = ApiResult<types::M2mTokenResponse>> + Send;

    /// `GET /v1/m2m/clients/{client_id}`: Get an M2M client.
    fn m2m_clients_get(
        app: App,
        path: M2mClientsGetPath,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::M2mClientsGetResponse>,
    > + Send;

    /// `PUT /v1/m2m/clients/{client_id}`: Update an M2M client.
    fn m2m_clients_update(
        app: App,
        path: M2mClientsUpdatePath,
        body: types::M2mClientsUpdateRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::M2mClientsUpdateResponse>,
    > + Send;

    /// `DELETE /v1/m2m/clients/{client_id}`: Delete an M2M client.
    fn m2m_clients_delete(
        app: App,
        path: M2mClientsDeletePath,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::M2mClientsDeleteResponse>,
    > + Send;

    /// `POST /v1/m2m/clients/search`: Search M2M clients.
    fn m2m_clients_search(
        app: App,
        body: types::M2mClientsSearchRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::M2mClientsSearchResponse>,
    > + Send;

    /// `POST /v1/m2m/clients`: Create an M2M client.
    fn m2m_clients_create(
        app: App,
        body: types::M2mClientsCreateRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::M2mClientsCreateResponse>,
    > + Send;

    /// `POST /v1/m2m/clients/{client_id}/secrets/rotate/start`: Rotate an M2M client secret: start.
    fn m2m_clients_secrets_rotate_start(
        app: App,
        path: M2mClientsSecretsRotateStartPath,
        body: types::M2mClientsSecretsRotateStartRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::M2mClientsSecretsRotateStartResponse>,
    > + Send;

    /// `POST /v1/m2m/clients/{client_id}/secrets/rotate/cancel`: Rotate an M2M client secret: cancel.
    fn m2m_clients_secrets_rotate_cancel(
        app: App,
        path: M2mClientsSecretsRotateCancelPath,
        body: types::M2mClientsSecretsRotateCancelRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::M2mClientsSecretsRotateCancelResponse>,
    > + Send;

    /// `POST /v1/m2m/clients/{client_id}/secrets/rotate`: Rotate an M2M client secret: complete.
    fn m2m_clients_secrets_rotate(
        app: App,
        path: M2mClientsSecretsRotatePath,
        body: types::M2mClientsSecretsRotateRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::M2mClientsSecretsRotateResponse>,
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

    /// `GET /v1/b2b/organizations/{organization_id}/metrics`: Get an Organization's metrics.
    fn organizations_metrics(
        app: App,
        path: OrganizationsMetricsPath,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::OrganizationsMetricsResponse>,
    > + Send;

    /// `GET /v1/b2b/organizations/{organization_id}/connected_apps`: List Connected Apps installed in an Organization.
    fn organizations_connected_apps(
        app: App,
        path: OrganizationsConnectedAppsPath,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::OrganizationsConnectedAppsResponse>,
    > + Send;

    /// `GET /v1/b2b/organizations/{organization_id}/connected_apps/{connected_app_id}`: Get a Connected App installed in an Organization.
    fn organizations_get_connected_app(
        app: App,
        path: OrganizationsGetConnectedAppPath,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::OrganizationsGetConnectedAppResponse>,
    > + Send;

    /// `DELETE /v1/b2b/organizations/{organization_id}/external_id`: Delete an Organization's external ID.
    fn organizations_delete_external_id(
        app: App,
        path: OrganizationsDeleteExternalIdPath,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::OrganizationsDeleteExternalIdResponse>,
    > + Send;

    /// `DELETE /v1/b2b/organizations/{organization_id}/members/{member_id}/totp`: Delete a Member's TOTP registration.
    fn organizations_members_delete_totp(
        app: App,
        path: OrganizationsMembersDeleteTotpPath,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::OrganizationsMembersDeleteTotpResponse>,
    > + Send;

    /// `GET /v1/b2b/organizations/members/dangerously_get/{member_id}`: Get a Member by ID in any Organization.
    fn organizations_members_dangerously_get(
        app: App,
        path: OrganizationsMembersDangerouslyGetPath,
        query: OrganizationsMembersDangerouslyGetQuery,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::OrganizationsMembersDangerouslyGetResponse>,
    > + Send;

    /// `GET /v1/b2b/organizations/{organization_id}/members/{member_id}/oidc_providers`: Get a Member's stored OIDC tokens.
    fn organizations_members_oidc_providers(
        app: App,
        path: OrganizationsMembersOidcProvidersPath,
        query: OrganizationsMembersOidcProvidersQuery,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::OrganizationsMembersOidcProvidersResponse>,
    > + Send;

    /// `POST /v1/b2b/organizations/{organization_id}/members/{member_id}/unlink_retired_email`: Unlink a retired email from a Member.
    fn organizations_members_unlink_retired_email(
        app: App,
        path: OrganizationsMembersUnlinkRetiredEmailPath,
        body: types::OrganizationsMembersUnlinkRetiredEmailRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::OrganizationsMembersUnlinkRetiredEmailResponse>,
    > + Send;

    /// `POST /v1/b2b/organizations/{organization_id}/members/{member_id}/start_email_update`: Start a self-serve Member email change.
    fn organizations_members_start_email_update(
        app: App,
        path: OrganizationsMembersStartEmailUpdatePath,
        body: types::OrganizationsMembersStartEmailUpdateRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::OrganizationsMembersStartEmailUpdateResponse>,
    > + Send;

    /// `GET /v1/b2b/organizations/{organization_id}/members/{member_id}/connected_apps`: List Connected Apps a Member has authorized.
    fn organizations_members_get_connected_apps(
        app: App,
        path: OrganizationsMembersGetConnectedAppsPath,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::OrganizationsMembersGetConnectedAppsResponse>,
    > + Send;

    /// `DELETE /v1/b2b/organizations/{organization_id}/members/{member_id}/external_id`: Delete a Member's external ID.
    fn organizations_members_delete_external_id(
        app: App,
        path: OrganizationsMembersDeleteExternalIdPath,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::OrganizationsMembersDeleteExternalIdResponse>,
    > + Send;

    /// `GET /v1/b2b/organizations/{organization_id}/members/{member_id}/oauth_providers/google`: Get a Member's stored Google OAuth tokens.
    fn organizations_members_oauth_providers_google(
        app: App,
        path: OrganizationsMembersOauthProvidersGooglePath,
        query: OrganizationsMembersOauthProvidersGoogleQuery,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::OrganizationsMembersOauthProvidersGoogleResponse>,
    > + Send;

    /// `GET /v1/b2b/organizations/{organization_id}/members/{member_id}/oauth_providers/microsoft`: Get a Member's stored Microsoft OAuth tokens.
    fn organizations_members_oauth_providers_microsoft(
        app: App,
        path: OrganizationsMembersOauthProvidersMicrosoftPath,
        query: OrganizationsMembersOauthProvidersMicrosoftQuery,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::OrganizationsMembersOauthProvidersMicrosoftResponse>,
    > + Send;

    /// `GET /v1/b2b/organizations/{organization_id}/members/{member_id}/oauth_providers/slack`: Get a Member's stored Slack OAuth tokens.
    fn organizations_members_oauth_providers_slack(
        app: App,
        path: OrganizationsMembersOauthProvidersSlackPath,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::OrganizationsMembersOauthProvidersSlackResponse>,
    > + Send;

    /// `GET /v1/b2b/organizations/{organization_id}/members/{member_id}/oauth_providers/hubspot`: Get a Member's stored HubSpot OAuth tokens.
    fn organizations_members_oauth_providers_hubspot(
        app: App,
        path: OrganizationsMembersOauthProvidersHubspotPath,
        query: OrganizationsMembersOauthProvidersHubspotQuery,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::OrganizationsMembersOauthProvidersHubspotResponse>,
    > + Send;

    /// `GET /v1/b2b/organizations/{organization_id}/members/{member_id}/oauth_providers/github`: Get a Member's stored GitHub OAuth tokens.
    fn organizations_members_oauth_providers_github(
        app: App,
        path: OrganizationsMembersOauthProvidersGithubPath,
        query: OrganizationsMembersOauthProvidersGithubQuery,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::OrganizationsMembersOauthProvidersGithubResponse>,
    > + Send;

    /// `POST /v1/b2b/organizations/{organization_id}/members/{member_id}/connected_apps/{connected_app_id}/revoke`: Revoke a Connected App's access to a Member.
    fn organizations_members_connected_apps_revoke(
        app: App,
        path: OrganizationsMembersConnectedAppsRevokePath,
        body: types::OrganizationsMembersConnectedAppsRevokeRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::OrganizationsMembersConnectedAppsRevokeResponse>,
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

    /// `POST /v1/b2b/otps/email/login_or_signup`: Send a login or signup email OTP to a Member.
    fn otps_email_login_or_signup(
        app: App,
        body: types::OtpsEmailLoginOrSignupRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::OtpsEmailLoginOrSignupResponse>,
    > + Send;

    /// `POST /v1/b2b/otps/email/authenticate`: Authenticate an email OTP.
    fn otps_email_authenticate(
        app: App,
        body: types::OtpsEmailAuthenticateRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::OtpsEmailAuthenticateResponse>,
    > + Send;

    /// `POST /v1/b2b/otps/email/discovery/send`: Send a discovery email OTP.
    fn otps_email_discovery_send(
        app: App,
        body: types::OtpsEmailDiscoverySendRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::OtpsEmailDiscoverySendResponse>,
    > + Send;

    /// `POST /v1/b2b/otps/email/discovery/authenticate`: Authenticate a discovery email OTP.
    fn otps_email_discovery_authenticate(
        app: App,
        body: types::OtpsEmailDiscoveryAuthenticateRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::OtpsEmailDiscoveryAuthenticateResponse>,
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

    /// `POST /v1/b2b/passwords/email/require_reset`: Require a password reset for an email address.
    fn passwords_email_require_reset(
        app: App,
        body: types::PasswordsEmailRequireResetRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::PasswordsEmailRequireResetResponse>,
    > + Send;

    /// `POST /v1/b2b/passwords/discovery/authenticate`: Authenticate a password in the discovery flow.
    fn passwords_discovery_authenticate(
        app: App,
        body: types::PasswordsDiscoveryAuthenticateRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::PasswordsDiscoveryAuthenticateResponse>,
    > + Send;

    /// `POST /v1/b2b/passwords/discovery/email/reset/start`: Start a discovery password reset by email.
    fn passwords_discovery_email_reset_start(
        app: App,
        body: types::PasswordsDiscoveryEmailResetStartRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::PasswordsDiscoveryEmailResetStartResponse>,
    > + Send;

    /// `POST /v1/b2b/passwords/discovery/email/reset`: Reset a password in the discovery flow.
    fn passwords_discovery_email_reset(
        app: App,
        body: types::PasswordsDiscoveryEmailResetRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::PasswordsDiscoveryEmailResetResponse>,
    > + Send;
}

/// Handlers of the `project` operations (`client.project()` in the SDK).
pub(crate) trait ProjectRoutes {
    /// `GET /v1/projects/metrics`: Get project metrics.
    fn project_metrics(
        app: App,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::ProjectMetricsResponse>,
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

    /// `GET /v1/b2b/rbac/organizations/{organization_id}`: Get an Organization's RBAC policy.
    fn rbac_organizations_get_org_policy(
        app: App,
        path: RbacOrganizationsGetOrgPolicyPath,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::RbacOrganizationsGetOrgPolicyResponse>,
    > + Send;

    /// `PUT /v1/b2b/rbac/organizations/{organization_id}`: Set an Organization's RBAC policy.
    fn rbac_organizations_set_org_policy(
        app: App,
        path: RbacOrganizationsSetOrgPolicyPath,
        body: types::RbacOrganizationsSetOrgPolicyRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::RbacOrganizationsSetOrgPolicyResponse>,
    > + Send;
}

/// Handlers of the `recovery_codes` operations (`client.recovery_codes()` in the SDK).
pub(crate) trait RecoveryCodesRoutes {
    /// `POST /v1/b2b/recovery_codes/recover`: Complete MFA with a recovery code.
    fn recovery_codes_recover(
        app: App,
        body: types::RecoveryCodesRecoverRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::RecoveryCodesRecoverResponse>,
    > + Send;

    /// `GET /v1/b2b/recovery_codes/{organization_id}/{member_id}`: Get a Member's recovery codes.
    fn recovery_codes_get(
        app: App,
        path: RecoveryCodesGetPath,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::RecoveryCodesGetResponse>,
    > + Send;

    /// `POST /v1/b2b/recovery_codes/rotate`: Rotate a Member's recovery codes.
    fn recovery_codes_rotate(
        app: App,
        body: types::RecoveryCodesRotateRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::RecoveryCodesRotateResponse>,
    > + Send;
}

/// Handlers of the `scim` operations (`client.scim()` in the SDK).
pub(crate) trait ScimRoutes {
    /// `GET /v1/b2b/scim/{organization_id}/connection/{connection_id}`: List a SCIM connection's groups.
    fn scim_connection_get_groups(
        app: App,
        path: ScimConnectionGetGroupsPath,
        query: ScimConnectionGetGroupsQuery,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::ScimConnectionGetGroupsResponse>,
    > + Send;

    /// `PUT /v1/b2b/scim/{organization_id}/connection/{connection_id}`: Update a SCIM connection.
    fn scim_connection_update(
        app: App,
        path: ScimConnectionUpdatePath,
        body: types::ScimConnectionUpdateRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::ScimConnectionUpdateResponse>,
    > + Send;

    /// `DELETE /v1/b2b/scim/{organization_id}/connection/{connection_id}`: Delete a SCIM connection.
    fn scim_connection_delete(
        app: App,
        path: ScimConnectionDeletePath,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::ScimConnectionDeleteResponse>,
    > + Send;

    /// `POST /v1/b2b/scim/{organization_id}/connection/{connection_id}/rotate/start`: Rotate a SCIM bearer token: start.
    fn scim_connection_rotate_start(
        app: App,
        path: ScimConnectionRotateStartPath,
        body: types::ScimConnectionRotateStartRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::ScimConnectionRotateStartResponse>,
    > + Send;

    /// `POST /v1/b2b/scim/{organization_id}/connection/{connection_id}/rotate/complete`: Rotate a SCIM bearer token: complete.
    fn scim_connection_rotate_complete(
        app: App,
        path: ScimConnectionRotateCompletePath,
        body: types::ScimConnectionRotateCompleteRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::ScimConnectionRotateCompleteResponse>,
    > + Send;

    /// `POST /v1/b2b/scim/{organization_id}/connection/{connection_id}/rotate/cancel`: Rotate a SCIM bearer token: cancel.
    fn scim_connection_rotate_cancel(
        app: App,
        path: ScimConnectionRotateCancelPath,
        body: types::ScimConnectionRotateCancelRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::ScimConnectionRotateCancelResponse>,
    > + Send;

    /// `GET /v1/b2b/scim/{organization_id}/connection`: Get an Organization's SCIM connection.
    fn scim_connection_get(
        app: App,
        path: ScimConnectionGetPath,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::ScimConnectionGetResponse>,
    > + Send;

    /// `POST /v1/b2b/scim/{organization_id}/connection`: Create a SCIM connection.
    fn scim_connection_create(
        app: App,
        path: ScimConnectionCreatePath,
        body: types::ScimConnectionCreateRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::ScimConnectionCreateResponse>,
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

    /// `POST /v1/b2b/sessions/exchange_access_token`: Exchange a Connected App access token for a session.
    fn sessions_exchange_access_token(
        app: App,
        body: types::SessionsExchangeAccessTokenRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::SessionsExchangeAccessTokenResponse>,
    > + Send;

    /// `POST /v1/b2b/sessions/attest`: Exchange a trusted auth token for a session.
    fn sessions_attest(
        app: App,
        body: types::SessionsAttestRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::SessionsAttestResponse>,
    > + Send;

    /// `POST /v1/b2b/sessions/migrate`: Migrate a session from an external OIDC provider.
    fn sessions_migrate(
        app: App,
        body: types::SessionsMigrateRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::SessionsMigrateResponse>,
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

    /// `PUT /v1/b2b/sso/saml/{organization_id}/connections/{connection_id}/url`: Update a SAML connection from a metadata URL.
    fn sso_saml_update_by_url(
        app: App,
        path: SsoSamlUpdateByUrlPath,
        body: types::SsoSamlUpdateByUrlRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::SsoSamlUpdateByUrlResponse>,
    > + Send;

    /// `DELETE /v1/b2b/sso/saml/{organization_id}/connections/{connection_id}/encryption_private_keys/{private_key_id}`: Delete a SAML encryption private key.
    fn sso_saml_delete_encryption_private_key(
        app: App,
        path: SsoSamlDeleteEncryptionPrivateKeyPath,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::SsoSamlDeleteEncryptionPrivateKeyResponse>,
    > + Send;

    /// `POST /v1/b2b/sso/external/{organization_id}`: Create an External SSO connection.
    fn sso_external_create_connection(
        app: App,
        path: SsoExternalCreateConnectionPath,
        body: types::SsoExternalCreateConnectionRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::SsoExternalCreateConnectionResponse>,
    > + Send;

    /// `PUT /v1/b2b/sso/external/{organization_id}/connections/{connection_id}`: Update an External SSO connection.
    fn sso_external_update_connection(
        app: App,
        path: SsoExternalUpdateConnectionPath,
        body: types::SsoExternalUpdateConnectionRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::SsoExternalUpdateConnectionResponse>,
    > + Send;
}

/// Handlers of the `totps` operations (`client.totps()` in the SDK).
pub(crate) trait TotpsRoutes {
    /// `POST /v1/b2b/totp`: Create a TOTP registration for a Member.
    fn totps_create(
        app: App,
        body: types::TotpsCreateRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::TotpsCreateResponse>,
    > + Send;

    /// `POST /v1/b2b/totp/authenticate`: Authenticate a TOTP code.
    fn totps_authenticate(
        app: App,
        body: types::TotpsAuthenticateRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::TotpsAuthenticateResponse>,
    > + Send;

    /// `POST /v1/b2b/totp/migrate`: Import an existing TOTP secret for a Member.
    fn totps_migrate(
        app: App,
        body: types::TotpsMigrateRequest,
    ) -> impl ::std::future::Future<
        Output = ApiResult<types::TotpsMigrateResponse>,
    > + Send;
}

/// A router serving every operation behind the project's Basic auth.
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
        .route(
            "/v1/connected_apps/clients/{client_id}",
            MethodRouter::new()
                .get(connected_app_clients_get)
                .put(connected_app_clients_update)
                .delete(connected_app_clients_delete)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/connected_apps/clients/search",
            MethodRouter::new()
                .post(connected_app_clients_search)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/connected_apps/clients",
            MethodRouter::new()
                .post(connected_app_clients_create)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/connected_apps/clients/{client_id}/secrets/rotate/start",
            MethodRouter::new()
                .post(connected_app_clients_secrets_rotate_start)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/connected_apps/clients/{client_id}/secrets/rotate/cancel",
            MethodRouter::new()
                .post(connected_app_clients_secrets_rotate_cancel)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/connected_apps/clients/{client_id}/secrets/rotate",
            MethodRouter::new()
                .post(connected_app_clients_secrets_rotate)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/debug/whoami",
            MethodRouter::new().get(debug_whoami).fallback(method_not_allowed),
        )
        .route(
            "/v1/fingerprint/lookup",
            MethodRouter::new()
                .post(fraud_fingerprint_lookup)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/rules/set",
            MethodRouter::new().post(fraud_rules_set).fallback(method_not_allowed),
        )
        .route(
            "/v1/rules/list",
            MethodRouter::new().post(fraud_rules_list).fallback(method_not_allowed),
        )
        .route(
            "/v1/verdict_reasons/override",
            MethodRouter::new()
                .post(fraud_verdict_reasons_override)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/verdict_reasons/list",
            MethodRouter::new()
                .post(fraud_verdict_reasons_list)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/email/risk",
            MethodRouter::new().post(fraud_email_risk).fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/idp/oauth/authorize/start",
            MethodRouter::new()
                .post(idp_oauth_authorize_start)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/idp/oauth/authorize",
            MethodRouter::new().post(idp_oauth_authorize).fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/impersonation/authenticate",
            MethodRouter::new()
                .post(impersonation_authenticate)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/m2m/clients/{client_id}",
            MethodRouter::new()
                .get(m2m_clients_get)
                .put(m2m_clients_update)
                .delete(m2m_clients_delete)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/m2m/clients/search",
            MethodRouter::new().post(m2m_clients_search).fallback(method_not_allowed),
        )
        .route(
            "/v1/m2m/clients",
            MethodRouter::new().post(m2m_clients_create).fallback(method_not_allowed),
        )
        .route(
            "/v1/m2m/clients/{client_id}/secrets/rotate/start",
            MethodRouter::new()
                .post(m2m_clients_secrets_rotate_start)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/m2m/clients/{client_id}/secrets/rotate/cancel",
            MethodRouter::new()
                .post(m2m_clients_secrets_rotate_cancel)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/m2m/clients/{client_id}/secrets/rotate",
            MethodRouter::new()
                .post(m2m_clients_secrets_rotate)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/otps/email/login_or_signup",
            MethodRouter::new()
                .post(otps_email_login_or_signup)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/otps/email/authenticate",
            MethodRouter::new()
                .post(otps_email_authenticate)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/otps/email/discovery/send",
            MethodRouter::new()
                .post(otps_email_discovery_send)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/otps/email/discovery/authenticate",
            MethodRouter::new()
                .post(otps_email_discovery_authenticate)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/organizations/{organization_id}/metrics",
            MethodRouter::new().get(organizations_metrics).fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/organizations/{organization_id}/connected_apps",
            MethodRouter::new()
                .get(organizations_connected_apps)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/organizations/{organization_id}/connected_apps/{connected_app_id}",
            MethodRouter::new()
                .get(organizations_get_connected_app)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/organizations/{organization_id}/external_id",
            MethodRouter::new()
                .delete(organizations_delete_external_id)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/organizations/{organization_id}/members/{member_id}/totp",
            MethodRouter::new()
                .delete(organizations_members_delete_totp)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/organizations/members/dangerously_get/{member_id}",
            MethodRouter::new()
                .get(organizations_members_dangerously_get)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/organizations/{organization_id}/members/{member_id}/oidc_providers",
            MethodRouter::new()
                .get(organizations_members_oidc_providers)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/organizations/{organization_id}/members/{member_id}/unlink_retired_email",
            MethodRouter::new()
                .post(organizations_members_unlink_retired_email)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/organizations/{organization_id}/members/{member_id}/start_email_update",
            MethodRouter::new()
                .post(organizations_members_start_email_update)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/organizations/{organization_id}/members/{member_id}/connected_apps",
            MethodRouter::new()
                .get(organizations_members_get_connected_apps)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/organizations/{organization_id}/members/{member_id}/external_id",
            MethodRouter::new()
                .delete(organizations_members_delete_external_id)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/organizations/{organization_id}/members/{member_id}/oauth_providers/google",
            MethodRouter::new()
                .get(organizations_members_oauth_providers_google)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/organizations/{organization_id}/members/{member_id}/oauth_providers/microsoft",
            MethodRouter::new()
                .get(organizations_members_oauth_providers_microsoft)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/organizations/{organization_id}/members/{member_id}/oauth_providers/slack",
            MethodRouter::new()
                .get(organizations_members_oauth_providers_slack)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/organizations/{organization_id}/members/{member_id}/oauth_providers/hubspot",
            MethodRouter::new()
                .get(organizations_members_oauth_providers_hubspot)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/organizations/{organization_id}/members/{member_id}/oauth_providers/github",
            MethodRouter::new()
                .get(organizations_members_oauth_providers_github)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/organizations/{organization_id}/members/{member_id}/connected_apps/{connected_app_id}/revoke",
            MethodRouter::new()
                .post(organizations_members_connected_apps_revoke)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/passwords/email/require_reset",
            MethodRouter::new()
                .post(passwords_email_require_reset)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/passwords/discovery/authenticate",
            MethodRouter::new()
                .post(passwords_discovery_authenticate)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/passwords/discovery/email/reset/start",
            MethodRouter::new()
                .post(passwords_discovery_email_reset_start)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/passwords/discovery/email/reset",
            MethodRouter::new()
                .post(passwords_discovery_email_reset)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/projects/metrics",
            MethodRouter::new().get(project_metrics).fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/rbac/organizations/{organization_id}",
            MethodRouter::new()
                .get(rbac_organizations_get_org_policy)
                .put(rbac_organizations_set_org_policy)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/recovery_codes/recover",
            MethodRouter::new().post(recovery_codes_recover).fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/recovery_codes/{organization_id}/{member_id}",
            MethodRouter::new().get(recovery_codes_get).fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/recovery_codes/rotate",
            MethodRouter::new().post(recovery_codes_rotate).fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/scim/{organization_id}/connection/{connection_id}",
            MethodRouter::new()
                .get(scim_connection_get_groups)
                .put(scim_connection_update)
                .delete(scim_connection_delete)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/scim/{organization_id}/connection/{connection_id}/rotate/start",
            MethodRouter::new()
                .post(scim_connection_rotate_start)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/scim/{organization_id}/connection/{connection_id}/rotate/complete",
            MethodRouter::new()
                .post(scim_connection_rotate_complete)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/scim/{organization_id}/connection/{connection_id}/rotate/cancel",
            MethodRouter::new()
                .post(scim_connection_rotate_cancel)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/scim/{organization_id}/connection",
            MethodRouter::new()
                .get(scim_connection_get)
                .post(scim_connection_create)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/sso/saml/{organization_id}/connections/{connection_id}/url",
            MethodRouter::new().put(sso_saml_update_by_url).fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/sso/saml/{organization_id}/connections/{connection_id}/encryption_private_keys/{private_key_id}",
            MethodRouter::new()
                .delete(sso_saml_delete_encryption_private_key)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/sso/external/{organization_id}",
            MethodRouter::new()
                .post(sso_external_create_connection)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/sso/external/{organization_id}/connections/{connection_id}",
            MethodRouter::new()
                .put(sso_external_update_connection)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/sessions/exchange_access_token",
            MethodRouter::new()
                .post(sessions_exchange_access_token)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/sessions/attest",
            MethodRouter::new().post(sessions_attest).fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/sessions/migrate",
            MethodRouter::new().post(sessions_migrate).fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/totp",
            MethodRouter::new().post(totps_create).fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/totp/authenticate",
            MethodRouter::new().post(totps_authenticate).fallback(method_not_allowed),
        )
        .route(
            "/v1/b2b/totp/migrate",
            MethodRouter::new().post(totps_migrate).fallback(method_not_allowed),
        )
}

/// A router serving the operations the API serves without Basic auth.
pub(crate) fn public_router() -> Router<App> {
    Router::new()
        .route(
            "/v1/b2b/sessions/jwks/{project_id}",
            MethodRouter::new().get(sessions_get_jwks).fallback(method_not_allowed),
        )
        .route(
            "/v1/public/{project_id}/oauth2/introspect",
            MethodRouter::new()
                .post(idp_introspect_token_network)
                .fallback(method_not_allowed),
        )
        .route(
            "/v1/public/{project_id}/oauth2/token",
            MethodRouter::new().post(m2m_token).fallback(method_not_allowed),
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
async fn connected_app_clients_get(
    State(app): State<App>,
    PathParams(path): PathParams<ConnectedAppClientsGetPath>,
) -> ApiResult<Reply<types::ConnectedAppClientsGetResponse>> {
    <Handlers as ConnectedAppRoutes>::connected_app_clients_get(app, path)
        .await
        .map(Reply)
}
async fn connected_app_clients_update(
    State(app): State<App>,
    PathParams(path): PathParams<ConnectedAppClientsUpdatePath>,
    JsonBody(body): JsonBody<types::ConnectedAppClientsUpdateRequest>,
) -> ApiResult<Reply<types::ConnectedAppClientsUpdateResponse>> {
    <Handlers as ConnectedAppRoutes>::connected_app_clients_update(app, path, body)
        .await
        .map(Reply)
}
async fn connected_app_clients_delete(
    State(app): State<App>,
    PathParams(path): PathParams<ConnectedAppClientsDeletePath>,
) -> ApiResult<Reply<types::ConnectedAppClientsDeleteResponse>> {
    <Handlers as ConnectedAppRoutes>::connected_app_clients_delete(app, path)
        .await
        .map(Reply)
}
async fn connected_app_clients_search(
    State(app): State<App>,
    JsonBody(body): JsonBody<types::ConnectedAppClientsSearchRequest>,
) -> ApiResult<Reply<types::ConnectedAppClientsSearchResponse>> {
    <Handlers as ConnectedAppRoutes>::connected_app_clients_search(app, body)
        .await
        .map(Reply)
}
async fn connected_app_clients_create(
    State(app): State<App>,
    JsonBody(body): JsonBody<types::ConnectedAppClientsCreateRequest>,
) -> ApiResult<Reply<types::ConnectedAppClientsCreateResponse>> {
    <Handlers as ConnectedAppRoutes>::connected_app_clients_create(app, body)
        .await
        .map(Reply)
}
async fn connected_app_clients_secrets_rotate_start(
    State(app): State<App>,
    PathParams(path): PathParams<ConnectedAppClientsSecretsRotateStartPath>,
    JsonBody(body): JsonBody<types::ConnectedAppClientsSecretsRotateStartRequest>,
) -> ApiResult<Reply<types::ConnectedAppClientsSecretsRotateStartResponse>> {
    <Handlers as ConnectedAppRoutes>::connected_app_clients_secrets_rotate_start(
            app,
            path,
            body,
        )
        .await
        .map(Reply)
}
async fn connected_app_clients_secrets_rotate_cancel(
    State(app): State<App>,
    PathParams(path): PathParams<ConnectedAppClientsSecretsRotateCancelPath>,
    JsonBody(body): JsonBody<types::ConnectedAppClientsSecretsRotateCancelRequest>,
) -> ApiResult<Reply<types::ConnectedAppClientsSecretsRotateCancelResponse>> {
    <Handlers as ConnectedAppRoutes>::connected_app_clients_secrets_rotate_cancel(
            app,
            path,
            body,
        )
        .await
        .map(Reply)
}
async fn connected_app_clients_secrets_rotate(
    State(app): State<App>,
    PathParams(path): PathParams<ConnectedAppClientsSecretsRotatePath>,
    JsonBody(body): JsonBody<types::ConnectedAppClientsSecretsRotateRequest>,
) -> ApiResult<Reply<types::ConnectedAppClientsSecretsRotateResponse>> {
    <Handlers as ConnectedAppRoutes>::connected_app_clients_secrets_rotate(
            app,
            path,
            body,
        )
        .await
        .map(Reply)
}
async fn debug_whoami(
    State(app): State<App>,
) -> ApiResult<Reply<types::DebugWhoamiResponse>> {
    <Handlers as DebugRoutes>::debug_whoami(app).await.map(Reply)
}
async fn fraud_fingerprint_lookup(
    State(app): State<App>,
    JsonBody(body): JsonBody<types::FraudFingerprintLookupRequest>,
) -> ApiResult<Reply<types::FraudFingerprintLookupResponse>> {
    <Handlers as FraudRoutes>::fraud_fingerprint_lookup(app, body).await.map(Reply)
}
async fn fraud_rules_set(
    State(app): State<App>,
    JsonBody(body): JsonBody<types::FraudRulesSetRequest>,
) -> ApiResult<Reply<types::FraudRulesSetResponse>> {
    <Handlers as FraudRoutes>::fraud_rules_set(app, body).await.map(Reply)
}
async fn fraud_rules_list(
    State(app): State<App>,
    JsonBody(body): JsonBody<types::FraudRulesListRequest>,
) -> ApiResult<Reply<types::FraudRulesListResponse>> {
    <Handlers as FraudRoutes>::fraud_rules_list(app, body).await.map(Reply)
}
async fn fraud_verdict_reasons_override(
    State(app): State<App>,
    JsonBody(body): JsonBody<types::FraudVerdictReasonsOverrideRequest>,
) -> ApiResult<Reply<types::FraudVerdictReasonsOverrideResponse>> {
    <Handlers as FraudRoutes>::fraud_verdict_reasons_override(app, body).await.map(Reply)
}
async fn fraud_verdict_reasons_list(
    State(app): State<App>,
    JsonBody(body): JsonBody<types::FraudVerdictReasonsListRequest>,
) -> ApiResult<Reply<types::FraudVerdictReasonsListResponse>> {
    <Handlers as FraudRoutes>::fraud_verdict_reasons_list(app, body).await.map(Reply)
}
async fn fraud_email_risk(
    State(app): State<App>,
    JsonBody(body): JsonBody<types::FraudEmailRiskRequest>,
) -> ApiResult<Reply<types::FraudEmailRiskResponse>> {
    <Handlers as FraudRoutes>::fraud_email_risk(app, body).await.map(Reply)
}
async fn idp_introspect_token_network(
    State(app): State<App>,
    PathParams(path): PathParams<IdpIntrospectTokenNetworkPath>,
    body: Result<FormBody<types::IdpIntrospectTokenNetworkRequest>, ApiError>,
) -> ApiResult<Reply<types::IdpIntrospectTokenNetworkResponse>> {
    let FormBody(body) = body.map_err(ApiError::into_oauth2)?;
    <Handlers as IdpRoutes>::idp_introspect_token_network(app, path, body)
        .await
        .map(Reply)
        .map_err(ApiError::into_oauth2)
}
async fn idp_oauth_authorize_start(
    State(app): State<App>,
    JsonBody(body): JsonBody<types::IdpOauthAuthorizeStartRequest>,
) -> ApiResult<Reply<types::IdpOauthAuthorizeStartResponse>> {
    <Handlers as IdpRoutes>::idp_oauth_authorize_start(app, body).await.map(Reply)
}
async fn idp_oauth_authorize(
    State(app): State<App>,
    JsonBody(body): JsonBody<types::IdpOauthAuthorizeRequest>,
) -> ApiResult<Reply<types::IdpOauthAuthorizeResponse>> {
    <Handlers as IdpRoutes>::idp_oauth_authorize(app, body).await.map(Reply)
}
async fn impersonation_authenticate(
    State(app): State<App>,
    JsonBody(body): JsonBody<types::ImpersonationAuthenticateRequest>,
) -> ApiResult<Reply<types::ImpersonationAuthenticateResponse>> {
    <Handlers as ImpersonationRoutes>::impersonation_authenticate(app, body)
        .await
        .map(Reply)
}
async fn m2m_token(
    State(app): State<App>,
    PathParams(path): PathParams<M2mTokenPath>,
    body: Result<FormBody<types::M2mTokenRequest>, ApiError>,
) -> ApiResult<Reply<types::M2mTokenResponse>> {
    let FormBody(body) = body.map_err(ApiError::into_oauth2)?;
    <Handlers as M2mRoutes>::m2m_token(app, path, body)
        .await
        .map(Reply)
        .map_err(ApiError::into_oauth2)
}
async fn m2m_clients_get(
    State(app): State<App>,
    PathParams(path): PathParams<M2mClientsGetPath>,
) -> ApiResult<Reply<types::M2mClientsGetResponse>> {
    <Handlers as M2mRoutes>::m2m_clients_get(app, path).await.map(Reply)
}
async fn m2m_clients_update(
    State(app): State<App>,
    PathParams(path): PathParams<M2mClientsUpdatePath>,
    JsonBody(body): JsonBody<types::M2mClientsUpdateRequest>,
) -> ApiResult<Reply<types::M2mClientsUpdateResponse>> {
    <Handlers as M2mRoutes>::m2m_clients_update(app, path, body).await.map(Reply)
}
async fn m2m_clients_delete(
    State(app): State<App>,
    PathParams(path): PathParams<M2mClientsDeletePath>,
) -> ApiResult<Reply<types::M2mClientsDeleteResponse>> {
    <Handlers as M2mRoutes>::m2m_clients_delete(app, path).await.map(Reply)
}
async fn m2m_clients_search(
    State(app): State<App>,
    JsonBody(body): JsonBody<types::M2mClientsSearchRequest>,
) -> ApiResult<Reply<types::M2mClientsSearchResponse>> {
    <Handlers as M2mRoutes>::m2m_clients_search(app, body).await.map(Reply)
}
async fn m2m_clients_create(
    State(app): State<App>,
    JsonBody(body): JsonBody<types::M2mClientsCreateRequest>,
) -> ApiResult<Reply<types::M2mClientsCreateResponse>> {
    <Handlers as M2mRoutes>::m2m_clients_create(app, body).await.map(Reply)
}
async fn m2m_clients_secrets_rotate_start(
    State(app): State<App>,
    PathParams(path): PathParams<M2mClientsSecretsRotateStartPath>,
    JsonBody(body): JsonBody<types::M2mClientsSecretsRotateStartRequest>,
) -> ApiResult<Reply<types::M2mClientsSecretsRotateStartResponse>> {
    <Handlers as M2mRoutes>::m2m_clients_secrets_rotate_start(app, path, body)
        .await
        .map(Reply)
}
async fn m2m_clients_secrets_rotate_cancel(
    State(app): State<App>,
    PathParams(path): PathParams<M2mClientsSecretsRotateCancelPath>,
    JsonBody(body): JsonBody<types::M2mClientsSecretsRotateCancelRequest>,
) -> ApiResult<Reply<types::M2mClientsSecretsRotateCancelResponse>> {
    <Handlers as M2mRoutes>::m2m_clients_secrets_rotate_cancel(app, path, body)
        .await
        .map(Reply)
}
async fn m2m_clients_secrets_rotate(
    State(app): State<App>,
    PathParams(path): PathParams<M2mClientsSecretsRotatePath>,
    JsonBody(body): JsonBody<types::M2mClientsSecretsRotateRequest>,
) -> ApiResult<Reply<types::M2mClientsSecretsRotateResponse>> {
    <Handlers as M2mRoutes>::m2m_clients_secrets_rotate(app, path, body).await.map(Reply)
}
async fn otps_email_login_or_signup(
    State(app): State<App>,
    JsonBody(body): JsonBody<types::OtpsEmailLoginOrSignupRequest>,
) -> ApiResult<Reply<types::OtpsEmailLoginOrSignupResponse>> {
    <Handlers as OtpsRoutes>::otps_email_login_or_signup(app, body).await.map(Reply)
}
async fn otps_email_authenticate(
    State(app): State<App>,
    JsonBody(body): JsonBody<types::OtpsEmailAuthenticateRequest>,
) -> ApiResult<Reply<types::OtpsEmailAuthenticateResponse>> {
    <Handlers as OtpsRoutes>::otps_email_authenticate(app, body).await.map(Reply)
}
async fn otps_email_discovery_send(
    State(app): State<App>,
    JsonBody(body): JsonBody<types::OtpsEmailDiscoverySendRequest>,
) -> ApiResult<Reply<types::OtpsEmailDiscoverySendResponse>> {
    <Handlers as OtpsRoutes>::otps_email_discovery_send(app, body).await.map(Reply)
}
async fn otps_email_discovery_authenticate(
    State(app): State<App>,
    JsonBody(body): JsonBody<types::OtpsEmailDiscoveryAuthenticateRequest>,
) -> ApiResult<Reply<types::OtpsEmailDiscoveryAuthenticateResponse>> {
    <Handlers as OtpsRoutes>::otps_email_discovery_authenticate(app, body)
        .await
        .map(Reply)
}
async fn organizations_metrics(
    State(app): State<App>,
    PathParams(path): PathParams<OrganizationsMetricsPath>,
) -> ApiResult<Reply<types::OrganizationsMetricsResponse>> {
    <Handlers as OrganizationsRoutes>::organizations_metrics(app, path).await.map(Reply)
}
async fn organizations_connected_apps(
    State(app): State<App>,
    PathParams(path): PathParams<OrganizationsConnectedAppsPath>,
) -> ApiResult<Reply<types::OrganizationsConnectedAppsResponse>> {
    <Handlers as OrganizationsRoutes>::organizations_connected_apps(app, path)
        .await
        .map(Reply)
}
async fn organizations_get_connected_app(
    State(app): State<App>,
    PathParams(path): PathParams<OrganizationsGetConnectedAppPath>,
) -> ApiResult<Reply<types::OrganizationsGetConnectedAppResponse>> {
    <Handlers as OrganizationsRoutes>::organizations_get_connected_app(app, path)
        .await
        .map(Reply)
}
async fn organizations_delete_external_id(
    State(app): State<App>,
    PathParams(path): PathParams<OrganizationsDeleteExternalIdPath>,
) -> ApiResult<Reply<types::OrganizationsDeleteExternalIdResponse>> {
    <Handlers as OrganizationsRoutes>::organizations_delete_external_id(app, path)
        .await
        .map(Reply)
}
async fn organizations_members_delete_totp(
    State(app): State<App>,
    PathParams(path): PathParams<OrganizationsMembersDeleteTotpPath>,
) -> ApiResult<Reply<types::OrganizationsMembersDeleteTotpResponse>> {
    <Handlers as OrganizationsRoutes>::organizations_members_delete_totp(app, path)
        .await
        .map(Reply)
}
async fn organizations_members_dangerously_get(
    State(app): State<App>,
    PathParams(path): PathParams<OrganizationsMembersDangerouslyGetPath>,
    uri: axum::http::Uri,
) -> ApiResult<Reply<types::OrganizationsMembersDangerouslyGetResponse>> {
    let query = decode_query(&uri)?;
    <Handlers as OrganizationsRoutes>::organizations_members_dangerously_get(
            app,
            path,
            query,
        )
        .await
        .map(Reply)
}
async fn organizations_members_oidc_providers(
    State(app): State<App>,
    PathParams(path): PathParams<OrganizationsMembersOidcProvidersPath>,
    uri: axum::http::Uri,
) -> ApiResult<Reply<types::OrganizationsMembersOidcProvidersResponse>> {
    let query = decode_query(&uri)?;
    <Handlers as OrganizationsRoutes>::organizations_members_oidc_providers(
            app,
            path,
            query,
        )
        .await
        .map(Reply)
}
async fn organizations_members_unlink_retired_email(
    State(app): State<App>,
    PathParams(path): PathParams<OrganizationsMembersUnlinkRetiredEmailPath>,
    JsonBody(body): JsonBody<types::OrganizationsMembersUnlinkRetiredEmailRequest>,
) -> ApiResult<Reply<types::OrganizationsMembersUnlinkRetiredEmailResponse>> {
    <Handlers as OrganizationsRoutes>::organizations_members_unlink_retired_email(
            app,
            path,
            body,
        )
        .await
        .map(Reply)
}
async fn organizations_members_start_email_update(
    State(app): State<App>,
    PathParams(path): PathParams<OrganizationsMembersStartEmailUpdatePath>,
    JsonBody(body): JsonBody<types::OrganizationsMembersStartEmailUpdateRequest>,
) -> ApiResult<Reply<types::OrganizationsMembersStartEmailUpdateResponse>> {
    <Handlers as OrganizationsRoutes>::organizations_members_start_email_update(
            app,
            path,
            body,
        )
        .await
        .map(Reply)
}
async fn organizations_members_get_connected_apps(
    State(app): State<App>,
    PathParams(path): PathParams<OrganizationsMembersGetConnectedAppsPath>,
) -> ApiResult<Reply<types::OrganizationsMembersGetConnectedAppsResponse>> {
    <Handlers as OrganizationsRoutes>::organizations_members_get_connected_apps(
            app,
            path,
        )
        .await
        .map(Reply)
}
async fn organizations_members_delete_external_id(
    State(app): State<App>,
    PathParams(path): PathParams<OrganizationsMembersDeleteExternalIdPath>,
) -> ApiResult<Reply<types::OrganizationsMembersDeleteExternalIdResponse>> {
    <Handlers as OrganizationsRoutes>::organizations_members_delete_external_id(
            app,
            path,
        )
        .await
        .map(Reply)
}
async fn organizations_members_oauth_providers_google(
    State(app): State<App>,
    PathParams(path): PathParams<OrganizationsMembersOauthProvidersGooglePath>,
    uri: axum::http::Uri,
) -> ApiResult<Reply<types::OrganizationsMembersOauthProvidersGoogleResponse>> {
    let query = decode_query(&uri)?;
    <Handlers as OrganizationsRoutes>::organizations_members_oauth_providers_google(
            app,
            path,
            query,
        )
        .await
        .map(Reply)
}
async fn organizations_members_oauth_providers_microsoft(
    State(app): State<App>,
    PathParams(path): PathParams<OrganizationsMembersOauthProvidersMicrosoftPath>,
    uri: axum::http::Uri,
) -> ApiResult<Reply<types::OrganizationsMembersOauthProvidersMicrosoftResponse>> {
    let query = decode_query(&uri)?;
    <Handlers as OrganizationsRoutes>::organizations_members_oauth_providers_microsoft(
            app,
            path,
            query,
        )
        .await
        .map(Reply)
}
async fn organizations_members_oauth_providers_slack(
    State(app): State<App>,
    PathParams(path): PathParams<OrganizationsMembersOauthProvidersSlackPath>,
) -> ApiResult<Reply<types::OrganizationsMembersOauthProvidersSlackResponse>> {
    <Handlers as OrganizationsRoutes>::organizations_members_oauth_providers_slack(
            app,
            path,
        )
        .await
        .map(Reply)
}
async fn organizations_members_oauth_providers_hubspot(
    State(app): State<App>,
    PathParams(path): PathParams<OrganizationsMembersOauthProvidersHubspotPath>,
    uri: axum::http::Uri,
) -> ApiResult<Reply<types::OrganizationsMembersOauthProvidersHubspotResponse>> {
    let query = decode_query(&uri)?;
    <Handlers as OrganizationsRoutes>::organizations_members_oauth_providers_hubspot(
            app,
            path,
            query,
        )
        .await
        .map(Reply)
}
async fn organizations_members_oauth_providers_github(
    State(app): State<App>,
    PathParams(path): PathParams<OrganizationsMembersOauthProvidersGithubPath>,
    uri: axum::http::Uri,
) -> ApiResult<Reply<types::OrganizationsMembersOauthProvidersGithubResponse>> {
    let query = decode_query(&uri)?;
    <Handlers as OrganizationsRoutes>::organizations_members_oauth_providers_github(
            app,
            path,
            query,
        )
        .await
        .map(Reply)
}
async fn organizations_members_connected_apps_revoke(
    State(app): State<App>,
    PathParams(path): PathParams<OrganizationsMembersConnectedAppsRevokePath>,
    JsonBody(body): JsonBody<types::OrganizationsMembersConnectedAppsRevokeRequest>,
) -> ApiResult<Reply<types::OrganizationsMembersConnectedAppsRevokeResponse>> {
    <Handlers as OrganizationsRoutes>::organizations_members_connected_apps_revoke(
            app,
            path,
            body,
        )
        .await
        .map(Reply)
}
async fn passwords_email_require_reset(
    State(app): State<App>,
    JsonBody(body): JsonBody<types::PasswordsEmailRequireResetRequest>,
) -> ApiResult<Reply<types::PasswordsEmailRequireResetResponse>> {
    <Handlers as PasswordsRoutes>::passwords_email_require_reset(app, body)
        .await
        .map(Reply)
}
async fn passwords_discovery_authenticate(
    State(app): State<App>,
    JsonBody(body): JsonBody<types::PasswordsDiscoveryAuthenticateRequest>,
) -> ApiResult<Reply<types::PasswordsDiscoveryAuthenticateResponse>> {
    <Handlers as PasswordsRoutes>::passwords_discovery_authenticate(app, body)
        .await
        .map(Reply)
}
async fn passwords_discovery_email_reset_start(
    State(app): State<App>,
    JsonBody(body): JsonBody<types::PasswordsDiscoveryEmailResetStartRequest>,
) -> ApiResult<Reply<types::PasswordsDiscoveryEmailResetStartResponse>> {
    <Handlers as PasswordsRoutes>::passwords_discovery_email_reset_start(app, body)
        .await
        .map(Reply)
}
async fn passwords_discovery_email_reset(
    State(app): State<App>,
    JsonBody(body): JsonBody<types::PasswordsDiscoveryEmailResetRequest>,
) -> ApiResult<Reply<types::PasswordsDiscoveryEmailResetResponse>> {
    <Handlers as PasswordsRoutes>::passwords_discovery_email_reset(app, body)
        .await
        .map(Reply)
}
async fn project_metrics(
    State(app): State<App>,
) -> ApiResult<Reply<types::ProjectMetricsResponse>> {
    <Handlers as ProjectRoutes>::project_metrics(app).await.map(Reply)
}
async fn rbac_organizations_get_org_policy(
    State(app): State<App>,
    PathParams(path): PathParams<RbacOrganizationsGetOrgPolicyPath>,
) -> ApiResult<Reply<types::RbacOrganizationsGetOrgPolicyResponse>> {
    <Handlers as RbacRoutes>::rbac_organizations_get_org_policy(app, path)
        .await
        .map(Reply)
}
async fn rbac_organizations_set_org_policy(
    State(app): State<App>,
    PathParams(path): PathParams<RbacOrganizationsSetOrgPolicyPath>,
    JsonBody(body): JsonBody<types::RbacOrganizationsSetOrgPolicyRequest>,
) -> ApiResult<Reply<types::RbacOrganizationsSetOrgPolicyResponse>> {
    <Handlers as RbacRoutes>::rbac_organizations_set_org_policy(app, path, body)
        .await
        .map(Reply)
}
async fn recovery_codes_recover(
    State(app): State<App>,
    JsonBody(body): JsonBody<types::RecoveryCodesRecoverRequest>,
) -> ApiResult<Reply<types::RecoveryCodesRecoverResponse>> {
    <Handlers as RecoveryCodesRoutes>::recovery_codes_recover(app, body).await.map(Reply)
}
async fn recovery_codes_get(
    State(app): State<App>,
    PathParams(path): PathParams<RecoveryCodesGetPath>,
) -> ApiResult<Reply<types::RecoveryCodesGetResponse>> {
    <Handlers as RecoveryCodesRoutes>::recovery_codes_get(app, path).await.map(Reply)
}
async fn recovery_codes_rotate(
    State(app): State<App>,
    JsonBody(body): JsonBody<types::RecoveryCodesRotateRequest>,
) -> ApiResult<Reply<types::RecoveryCodesRotateResponse>> {
    <Handlers as RecoveryCodesRoutes>::recovery_codes_rotate(app, body).await.map(Reply)
}
async fn scim_connection_get_groups(
    State(app): State<App>,
    PathParams(path): PathParams<ScimConnectionGetGroupsPath>,
    uri: axum::http::Uri,
) -> ApiResult<Reply<types::ScimConnectionGetGroupsResponse>> {
    let query = decode_query(&uri)?;
    <Handlers as ScimRoutes>::scim_connection_get_groups(app, path, query)
        .await
        .map(Reply)
}
async fn scim_connection_update(
    State(app): State<App>,
    PathParams(path): PathParams<ScimConnectionUpdatePath>,
    JsonBody(body): JsonBody<types::ScimConnectionUpdateRequest>,
) -> ApiResult<Reply<types::ScimConnectionUpdateResponse>> {
    <Handlers as ScimRoutes>::scim_connection_update(app, path, body).await.map(Reply)
}
async fn scim_connection_delete(
    State(app): State<App>,
    PathParams(path): PathParams<ScimConnectionDeletePath>,
) -> ApiResult<Reply<types::ScimConnectionDeleteResponse>> {
    <Handlers as ScimRoutes>::scim_connection_delete(app, path).await.map(Reply)
}
async fn scim_connection_rotate_start(
    State(app): State<App>,
    PathParams(path): PathParams<ScimConnectionRotateStartPath>,
    JsonBody(body): JsonBody<types::ScimConnectionRotateStartRequest>,
) -> ApiResult<Reply<types::ScimConnectionRotateStartResponse>> {
    <Handlers as ScimRoutes>::scim_connection_rotate_start(app, path, body)
        .await
        .map(Reply)
}
async fn scim_connection_rotate_complete(
    State(app): State<App>,
    PathParams(path): PathParams<ScimConnectionRotateCompletePath>,
    JsonBody(body): JsonBody<types::ScimConnectionRotateCompleteRequest>,
) -> ApiResult<Reply<types::ScimConnectionRotateCompleteResponse>> {
    <Handlers as ScimRoutes>::scim_connection_rotate_complete(app, path, body)
        .await
        .map(Reply)
}
async fn scim_connection_rotate_cancel(
    State(app): State<App>,
    PathParams(path): PathParams<ScimConnectionRotateCancelPath>,
    JsonBody(body): JsonBody<types::ScimConnectionRotateCancelRequest>,
) -> ApiResult<Reply<types::ScimConnectionRotateCancelResponse>> {
    <Handlers as ScimRoutes>::scim_connection_rotate_cancel(app, path, body)
        .await
        .map(Reply)
}
async fn scim_connection_get(
    State(app): State<App>,
    PathParams(path): PathParams<ScimConnectionGetPath>,
) -> ApiResult<Reply<types::ScimConnectionGetResponse>> {
    <Handlers as ScimRoutes>::scim_connection_get(app, path).await.map(Reply)
}
async fn scim_connection_create(
    State(app): State<App>,
    PathParams(path): PathParams<ScimConnectionCreatePath>,
    JsonBody(body): JsonBody<types::ScimConnectionCreateRequest>,
) -> ApiResult<Reply<types::ScimConnectionCreateResponse>> {
    <Handlers as ScimRoutes>::scim_connection_create(app, path, body).await.map(Reply)
}
async fn sso_saml_update_by_url(
    State(app): State<App>,
    PathParams(path): PathParams<SsoSamlUpdateByUrlPath>,
    JsonBody(body): JsonBody<types::SsoSamlUpdateByUrlRequest>,
) -> ApiResult<Reply<types::SsoSamlUpdateByUrlResponse>> {
    <Handlers as SsoRoutes>::sso_saml_update_by_url(app, path, body).await.map(Reply)
}
async fn sso_saml_delete_encryption_private_key(
    State(app): State<App>,
    PathParams(path): PathParams<SsoSamlDeleteEncryptionPrivateKeyPath>,
) -> ApiResult<Reply<types::SsoSamlDeleteEncryptionPrivateKeyResponse>> {
    <Handlers as SsoRoutes>::sso_saml_delete_encryption_private_key(app, path)
        .await
        .map(Reply)
}
async fn sso_external_create_connection(
    State(app): State<App>,
    PathParams(path): PathParams<SsoExternalCreateConnectionPath>,
    JsonBody(body): JsonBody<types::SsoExternalCreateConnectionRequest>,
) -> ApiResult<Reply<types::SsoExternalCreateConnectionResponse>> {
    <Handlers as SsoRoutes>::sso_external_create_connection(app, path, body)
        .await
        .map(Reply)
}
async fn sso_external_update_connection(
    State(app): State<App>,
    PathParams(path): PathParams<SsoExternalUpdateConnectionPath>,
    JsonBody(body): JsonBody<types::SsoExternalUpdateConnectionRequest>,
) -> ApiResult<Reply<types::SsoExternalUpdateConnectionResponse>> {
    <Handlers as SsoRoutes>::sso_external_update_connection(app, path, body)
        .await
        .map(Reply)
}
async fn sessions_exchange_access_token(
    State(app): State<App>,
    JsonBody(body): JsonBody<types::SessionsExchangeAccessTokenRequest>,
) -> ApiResult<Reply<types::SessionsExchangeAccessTokenResponse>> {
    <Handlers as SessionsRoutes>::sessions_exchange_access_token(app, body)
        .await
        .map(Reply)
}
async fn sessions_attest(
    State(app): State<App>,
    JsonBody(body): JsonBody<types::SessionsAttestRequest>,
) -> ApiResult<Reply<types::SessionsAttestResponse>> {
    <Handlers as SessionsRoutes>::sessions_attest(app, body).await.map(Reply)
}
async fn sessions_migrate(
    State(app): State<App>,
    JsonBody(body): JsonBody<types::SessionsMigrateRequest>,
) -> ApiResult<Reply<types::SessionsMigrateResponse>> {
    <Handlers as SessionsRoutes>::sessions_migrate(app, body).await.map(Reply)
}
async fn totps_create(
    State(app): State<App>,
    JsonBody(body): JsonBody<types::TotpsCreateRequest>,
) -> ApiResult<Reply<types::TotpsCreateResponse>> {
    <Handlers as TotpsRoutes>::totps_create(app, body).await.map(Reply)
}
async fn totps_authenticate(
    State(app): State<App>,
    JsonBody(body): JsonBody<types::TotpsAuthenticateRequest>,
) -> ApiResult<Reply<types::TotpsAuthenticateResponse>> {
    <Handlers as TotpsRoutes>::totps_authenticate(app, body).await.map(Reply)
}
async fn totps_migrate(
    State(app): State<App>,
    JsonBody(body): JsonBody<types::TotpsMigrateRequest>,
) -> ApiResult<Reply<types::TotpsMigrateResponse>> {
    <Handlers as TotpsRoutes>::totps_migrate(app, body).await.map(Reply)
}
