// @generated from openapi/b2b.yaml by `cargo xtask codegen`. Do not edit by hand: change the spec (or xtask/src/test_support.rs) and regenerate.
//! The wire test of every operation of the spec: a test named after the operation
//! id, in the module of its product group. An operation without one does not
//! compile.

/// Operation id and wire test of every operation, in the spec's order.
pub(crate) const WIRE_TESTS: &[(&str, fn())] = &[
    (
        "discovery_intermediate_sessions_exchange",
        crate::discovery::discovery_intermediate_sessions_exchange,
    ),
    ("discovery_organizations_list", crate::discovery::discovery_organizations_list),
    ("discovery_organizations_create", crate::discovery::discovery_organizations_create),
    ("magic_links_authenticate", crate::magic_links::magic_links_authenticate),
    (
        "magic_links_discovery_authenticate",
        crate::magic_links::magic_links_discovery_authenticate,
    ),
    (
        "magic_links_email_discovery_send",
        crate::magic_links::magic_links_email_discovery_send,
    ),
    ("magic_links_email_invite", crate::magic_links::magic_links_email_invite),
    (
        "magic_links_email_login_or_signup",
        crate::magic_links::magic_links_email_login_or_signup,
    ),
    ("oauth_authenticate", crate::oauth::oauth_authenticate),
    ("oauth_discovery_authenticate", crate::oauth::oauth_discovery_authenticate),
    ("organizations_create", crate::organizations::organizations_create),
    ("organizations_members_search", crate::organizations::organizations_members_search),
    ("organizations_search", crate::organizations::organizations_search),
    ("organizations_get", crate::organizations::organizations_get),
    ("organizations_update", crate::organizations::organizations_update),
    ("organizations_delete", crate::organizations::organizations_delete),
    ("organizations_members_get", crate::organizations::organizations_members_get),
    ("organizations_members_create", crate::organizations::organizations_members_create),
    (
        "organizations_members_delete_mfa_phone_number",
        crate::organizations::organizations_members_delete_mfa_phone_number,
    ),
    (
        "organizations_members_delete_password",
        crate::organizations::organizations_members_delete_password,
    ),
    ("organizations_members_update", crate::organizations::organizations_members_update),
    ("organizations_members_delete", crate::organizations::organizations_members_delete),
    (
        "organizations_members_reactivate",
        crate::organizations::organizations_members_reactivate,
    ),
    ("otps_sms_authenticate", crate::otps::otps_sms_authenticate),
    ("otps_sms_send", crate::otps::otps_sms_send),
    ("passwords_authenticate", crate::passwords::passwords_authenticate),
    ("passwords_email_reset", crate::passwords::passwords_email_reset),
    ("passwords_email_reset_start", crate::passwords::passwords_email_reset_start),
    (
        "passwords_existing_password_reset",
        crate::passwords::passwords_existing_password_reset,
    ),
    ("passwords_migrate", crate::passwords::passwords_migrate),
    ("passwords_session_reset", crate::passwords::passwords_session_reset),
    ("passwords_strength_check", crate::passwords::passwords_strength_check),
    ("rbac_policy", crate::rbac::rbac_policy),
    ("sessions_get", crate::sessions::sessions_get),
    ("sessions_authenticate", crate::sessions::sessions_authenticate),
    ("sessions_exchange", crate::sessions::sessions_exchange),
    ("sessions_get_jwks", crate::sessions::sessions_get_jwks),
    ("sessions_revoke", crate::sessions::sessions_revoke),
    ("sso_authenticate", crate::sso::sso_authenticate),
    ("sso_oidc_create_connection", crate::sso::sso_oidc_create_connection),
    ("sso_oidc_update_connection", crate::sso::sso_oidc_update_connection),
    ("sso_saml_create_connection", crate::sso::sso_saml_create_connection),
    ("sso_saml_update_connection", crate::sso::sso_saml_update_connection),
    (
        "sso_saml_delete_verification_certificate",
        crate::sso::sso_saml_delete_verification_certificate,
    ),
    ("sso_get_connections", crate::sso::sso_get_connections),
    ("sso_delete_connection", crate::sso::sso_delete_connection),
];
