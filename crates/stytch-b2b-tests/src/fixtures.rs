// @generated from openapi/b2b.yaml by `cargo xtask codegen`. Do not edit by hand: change the spec (or xtask/src/test_support.rs) and regenerate.
//! Realistic response bodies, one per operation of the spec, in which every field the
//! API documents is populated (so decoding tests exercise every field). Each lives in
//! `fixtures/responses/<operation_id>.json`; an operation without one does not compile.

/// The fixture response body of `operation_id`, parsed.
///
/// Returns `None` for an unknown operation id.
pub fn response(operation_id: &str) -> Option<serde_json::Value> {
    let text = match operation_id {
        "discovery_intermediate_sessions_exchange" => {
            include_str!(
                "../fixtures/responses/discovery_intermediate_sessions_exchange.json"
            )
        }
        "discovery_organizations_list" => {
            include_str!("../fixtures/responses/discovery_organizations_list.json")
        }
        "discovery_organizations_create" => {
            include_str!("../fixtures/responses/discovery_organizations_create.json")
        }
        "magic_links_authenticate" => {
            include_str!("../fixtures/responses/magic_links_authenticate.json")
        }
        "magic_links_discovery_authenticate" => {
            include_str!("../fixtures/responses/magic_links_discovery_authenticate.json")
        }
        "magic_links_email_discovery_send" => {
            include_str!("../fixtures/responses/magic_links_email_discovery_send.json")
        }
        "magic_links_email_invite" => {
            include_str!("../fixtures/responses/magic_links_email_invite.json")
        }
        "magic_links_email_login_or_signup" => {
            include_str!("../fixtures/responses/magic_links_email_login_or_signup.json")
        }
        "oauth_authenticate" => {
            include_str!("../fixtures/responses/oauth_authenticate.json")
        }
        "oauth_discovery_authenticate" => {
            include_str!("../fixtures/responses/oauth_discovery_authenticate.json")
        }
        "organizations_create" => {
            include_str!("../fixtures/responses/organizations_create.json")
        }
        "organizations_members_search" => {
            include_str!("../fixtures/responses/organizations_members_search.json")
        }
        "organizations_search" => {
            include_str!("../fixtures/responses/organizations_search.json")
        }
        "organizations_get" => {
            include_str!("../fixtures/responses/organizations_get.json")
        }
        "organizations_update" => {
            include_str!("../fixtures/responses/organizations_update.json")
        }
        "organizations_delete" => {
            include_str!("../fixtures/responses/organizations_delete.json")
        }
        "organizations_members_get" => {
            include_str!("../fixtures/responses/organizations_members_get.json")
        }
        "organizations_members_create" => {
            include_str!("../fixtures/responses/organizations_members_create.json")
        }
        "organizations_members_delete_mfa_phone_number" => {
            include_str!(
                "../fixtures/responses/organizations_members_delete_mfa_phone_number.json"
            )
        }
        "organizations_members_delete_password" => {
            include_str!(
                "../fixtures/responses/organizations_members_delete_password.json"
            )
        }
        "organizations_members_update" => {
            include_str!("../fixtures/responses/organizations_members_update.json")
        }
        "organizations_members_delete" => {
            include_str!("../fixtures/responses/organizations_members_delete.json")
        }
        "organizations_members_reactivate" => {
            include_str!("../fixtures/responses/organizations_members_reactivate.json")
        }
        "otps_sms_authenticate" => {
            include_str!("../fixtures/responses/otps_sms_authenticate.json")
        }
        "otps_sms_send" => include_str!("../fixtures/responses/otps_sms_send.json"),
        "passwords_authenticate" => {
            include_str!("../fixtures/responses/passwords_authenticate.json")
        }
        "passwords_email_reset" => {
            include_str!("../fixtures/responses/passwords_email_reset.json")
        }
        "passwords_email_reset_start" => {
            include_str!("../fixtures/responses/passwords_email_reset_start.json")
        }
        "passwords_existing_password_reset" => {
            include_str!("../fixtures/responses/passwords_existing_password_reset.json")
        }
        "passwords_migrate" => {
            include_str!("../fixtures/responses/passwords_migrate.json")
        }
        "passwords_session_reset" => {
            include_str!("../fixtures/responses/passwords_session_reset.json")
        }
        "passwords_strength_check" => {
            include_str!("../fixtures/responses/passwords_strength_check.json")
        }
        "sessions_get" => include_str!("../fixtures/responses/sessions_get.json"),
        "sessions_authenticate" => {
            include_str!("../fixtures/responses/sessions_authenticate.json")
        }
        "sessions_exchange" => {
            include_str!("../fixtures/responses/sessions_exchange.json")
        }
        "sessions_get_jwks" => {
            include_str!("../fixtures/responses/sessions_get_jwks.json")
        }
        "sessions_revoke" => include_str!("../fixtures/responses/sessions_revoke.json"),
        "sso_authenticate" => include_str!("../fixtures/responses/sso_authenticate.json"),
        "sso_oidc_create_connection" => {
            include_str!("../fixtures/responses/sso_oidc_create_connection.json")
        }
        "sso_oidc_update_connection" => {
            include_str!("../fixtures/responses/sso_oidc_update_connection.json")
        }
        "sso_saml_create_connection" => {
            include_str!("../fixtures/responses/sso_saml_create_connection.json")
        }
        "sso_saml_update_connection" => {
            include_str!("../fixtures/responses/sso_saml_update_connection.json")
        }
        "sso_saml_delete_verification_certificate" => {
            include_str!(
                "../fixtures/responses/sso_saml_delete_verification_certificate.json"
            )
        }
        "sso_get_connections" => {
            include_str!("../fixtures/responses/sso_get_connections.json")
        }
        "sso_delete_connection" => {
            include_str!("../fixtures/responses/sso_delete_connection.json")
        }
        _ => return None,
    };
    serde_json::from_str(text).ok()
}

/// Every operation id of the spec, in its order; each has a fixture.
pub const OPERATION_IDS: &[&str] = &[
    "discovery_intermediate_sessions_exchange",
    "discovery_organizations_list",
    "discovery_organizations_create",
    "magic_links_authenticate",
    "magic_links_discovery_authenticate",
    "magic_links_email_discovery_send",
    "magic_links_email_invite",
    "magic_links_email_login_or_signup",
    "oauth_authenticate",
    "oauth_discovery_authenticate",
    "organizations_create",
    "organizations_members_search",
    "organizations_search",
    "organizations_get",
    "organizations_update",
    "organizations_delete",
    "organizations_members_get",
    "organizations_members_create",
    "organizations_members_delete_mfa_phone_number",
    "organizations_members_delete_password",
    "organizations_members_update",
    "organizations_members_delete",
    "organizations_members_reactivate",
    "otps_sms_authenticate",
    "otps_sms_send",
    "passwords_authenticate",
    "passwords_email_reset",
    "passwords_email_reset_start",
    "passwords_existing_password_reset",
    "passwords_migrate",
    "passwords_session_reset",
    "passwords_strength_check",
    "sessions_get",
    "sessions_authenticate",
    "sessions_exchange",
    "sessions_get_jwks",
    "sessions_revoke",
    "sso_authenticate",
    "sso_oidc_create_connection",
    "sso_oidc_update_connection",
    "sso_saml_create_connection",
    "sso_saml_update_connection",
    "sso_saml_delete_verification_certificate",
    "sso_get_connections",
    "sso_delete_connection",
];
