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
        "rbac_policy" => include_str!("../fixtures/responses/rbac_policy.json"),
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

/// The fixture of `operation_id` decoded into the operation's generated response
/// type, encoded back to JSON: equal to the fixture when no field is lost.
///
/// Returns `None` for an unknown operation id.
pub fn decoded_and_encoded(
    operation_id: &str,
) -> Option<Result<serde_json::Value, serde_json::Error>> {
    fn via<T: serde::de::DeserializeOwned + serde::Serialize>(
        fixture: serde_json::Value,
    ) -> Result<serde_json::Value, serde_json::Error> {
        serde_json::to_value(serde_json::from_value::<T>(fixture)?)
    }
    let fixture = response(operation_id)?;
    Some(
        match operation_id {
            "discovery_intermediate_sessions_exchange" => {
                via::<
                    stytch_b2b_api::types::DiscoveryIntermediateSessionsExchangeResponse,
                >(fixture)
            }
            "discovery_organizations_list" => {
                via::<stytch_b2b_api::types::DiscoveryOrganizationsListResponse>(fixture)
            }
            "discovery_organizations_create" => {
                via::<
                    stytch_b2b_api::types::DiscoveryOrganizationsCreateResponse,
                >(fixture)
            }
            "magic_links_authenticate" => {
                via::<stytch_b2b_api::types::MagicLinksAuthenticateResponse>(fixture)
            }
            "magic_links_discovery_authenticate" => {
                via::<
                    stytch_b2b_api::types::MagicLinksDiscoveryAuthenticateResponse,
                >(fixture)
            }
            "magic_links_email_discovery_send" => {
                via::<
                    stytch_b2b_api::types::MagicLinksEmailDiscoverySendResponse,
                >(fixture)
            }
            "magic_links_email_invite" => {
                via::<stytch_b2b_api::types::MagicLinksEmailInviteResponse>(fixture)
            }
            "magic_links_email_login_or_signup" => {
                via::<
                    stytch_b2b_api::types::MagicLinksEmailLoginOrSignupResponse,
                >(fixture)
            }
            "oauth_authenticate" => {
                via::<stytch_b2b_api::types::OauthAuthenticateResponse>(fixture)
            }
            "oauth_discovery_authenticate" => {
                via::<stytch_b2b_api::types::OauthDiscoveryAuthenticateResponse>(fixture)
            }
            "organizations_create" => {
                via::<stytch_b2b_api::types::OrganizationsCreateResponse>(fixture)
            }
            "organizations_members_search" => {
                via::<stytch_b2b_api::types::OrganizationsMembersSearchResponse>(fixture)
            }
            "organizations_search" => {
                via::<stytch_b2b_api::types::OrganizationsSearchResponse>(fixture)
            }
            "organizations_get" => {
                via::<stytch_b2b_api::types::OrganizationsGetResponse>(fixture)
            }
            "organizations_update" => {
                via::<stytch_b2b_api::types::OrganizationsUpdateResponse>(fixture)
            }
            "organizations_delete" => {
                via::<stytch_b2b_api::types::OrganizationsDeleteResponse>(fixture)
            }
            "organizations_members_get" => {
                via::<stytch_b2b_api::types::OrganizationsMembersGetResponse>(fixture)
            }
            "organizations_members_create" => {
                via::<stytch_b2b_api::types::OrganizationsMembersCreateResponse>(fixture)
            }
            "organizations_members_delete_mfa_phone_number" => {
                via::<
                    stytch_b2b_api::types::OrganizationsMembersDeleteMfaPhoneNumberResponse,
                >(fixture)
            }
            "organizations_members_delete_password" => {
                via::<
                    stytch_b2b_api::types::OrganizationsMembersDeletePasswordResponse,
                >(fixture)
            }
            "organizations_members_update" => {
                via::<stytch_b2b_api::types::OrganizationsMembersUpdateResponse>(fixture)
            }
            "organizations_members_delete" => {
                via::<stytch_b2b_api::types::OrganizationsMembersDeleteResponse>(fixture)
            }
            "organizations_members_reactivate" => {
                via::<
                    stytch_b2b_api::types::OrganizationsMembersReactivateResponse,
                >(fixture)
            }
            "otps_sms_authenticate" => {
                via::<stytch_b2b_api::types::OtpsSmsAuthenticateResponse>(fixture)
            }
            "otps_sms_send" => via::<stytch_b2b_api::types::OtpsSmsSendResponse>(fixture),
            "passwords_authenticate" => {
                via::<stytch_b2b_api::types::PasswordsAuthenticateResponse>(fixture)
            }
            "passwords_email_reset" => {
                via::<stytch_b2b_api::types::PasswordsEmailResetResponse>(fixture)
            }
            "passwords_email_reset_start" => {
                via::<stytch_b2b_api::types::PasswordsEmailResetStartResponse>(fixture)
            }
            "passwords_existing_password_reset" => {
                via::<
                    stytch_b2b_api::types::PasswordsExistingPasswordResetResponse,
                >(fixture)
            }
            "passwords_migrate" => {
                via::<stytch_b2b_api::types::PasswordsMigrateResponse>(fixture)
            }
            "passwords_session_reset" => {
                via::<stytch_b2b_api::types::PasswordsSessionResetResponse>(fixture)
            }
            "passwords_strength_check" => {
                via::<stytch_b2b_api::types::PasswordsStrengthCheckResponse>(fixture)
            }
            "rbac_policy" => via::<stytch_b2b_api::types::RbacPolicyResponse>(fixture),
            "sessions_get" => via::<stytch_b2b_api::types::SessionsGetResponse>(fixture),
            "sessions_authenticate" => {
                via::<stytch_b2b_api::types::SessionsAuthenticateResponse>(fixture)
            }
            "sessions_exchange" => {
                via::<stytch_b2b_api::types::SessionsExchangeResponse>(fixture)
            }
            "sessions_get_jwks" => {
                via::<stytch_b2b_api::types::SessionsGetJwksResponse>(fixture)
            }
            "sessions_revoke" => {
                via::<stytch_b2b_api::types::SessionsRevokeResponse>(fixture)
            }
            "sso_authenticate" => {
                via::<stytch_b2b_api::types::SsoAuthenticateResponse>(fixture)
            }
            "sso_oidc_create_connection" => {
                via::<stytch_b2b_api::types::SsoOidcCreateConnectionResponse>(fixture)
            }
            "sso_oidc_update_connection" => {
                via::<stytch_b2b_api::types::SsoOidcUpdateConnectionResponse>(fixture)
            }
            "sso_saml_create_connection" => {
                via::<stytch_b2b_api::types::SsoSamlCreateConnectionResponse>(fixture)
            }
            "sso_saml_update_connection" => {
                via::<stytch_b2b_api::types::SsoSamlUpdateConnectionResponse>(fixture)
            }
            "sso_saml_delete_verification_certificate" => {
                via::<
                    stytch_b2b_api::types::SsoSamlDeleteVerificationCertificateResponse,
                >(fixture)
            }
            "sso_get_connections" => {
                via::<stytch_b2b_api::types::SsoGetConnectionsResponse>(fixture)
            }
            "sso_delete_connection" => {
                via::<stytch_b2b_api::types::SsoDeleteConnectionResponse>(fixture)
            }
            _ => return None,
        },
    )
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
    "rbac_policy",
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
