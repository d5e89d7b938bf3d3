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
        "connected_app_clients_get" => {
            include_str!("../fixtures/responses/connected_app_clients_get.json")
        }
        "connected_app_clients_update" => {
            include_str!("../fixtures/responses/connected_app_clients_update.json")
        }
        "connected_app_clients_delete" => {
            include_str!("../fixtures/responses/connected_app_clients_delete.json")
        }
        "connected_app_clients_search" => {
            include_str!("../fixtures/responses/connected_app_clients_search.json")
        }
        "connected_app_clients_create" => {
            include_str!("../fixtures/responses/connected_app_clients_create.json")
        }
        "connected_app_clients_secrets_rotate_start" => {
            include_str!(
                "../fixtures/responses/connected_app_clients_secrets_rotate_start.json"
            )
        }
        "connected_app_clients_secrets_rotate_cancel" => {
            include_str!(
                "../fixtures/responses/connected_app_clients_secrets_rotate_cancel.json"
            )
        }
        "connected_app_clients_secrets_rotate" => {
            include_str!(
                "../fixtures/responses/connected_app_clients_secrets_rotate.json"
            )
        }
        "debug_whoami" => include_str!("../fixtures/responses/debug_whoami.json"),
        "fraud_fingerprint_lookup" => {
            include_str!("../fixtures/responses/fraud_fingerprint_lookup.json")
        }
        "fraud_rules_set" => include_str!("../fixtures/responses/fraud_rules_set.json"),
        "fraud_rules_list" => include_str!("../fixtures/responses/fraud_rules_list.json"),
        "fraud_verdict_reasons_override" => {
            include_str!("../fixtures/responses/fraud_verdict_reasons_override.json")
        }
        "fraud_verdict_reasons_list" => {
            include_str!("../fixtures/responses/fraud_verdict_reasons_list.json")
        }
        "fraud_email_risk" => include_str!("../fixtures/responses/fraud_email_risk.json"),
        "idp_introspect_token_network" => {
            include_str!("../fixtures/responses/idp_introspect_token_network.json")
        }
        "idp_oauth_authorize_start" => {
            include_str!("../fixtures/responses/idp_oauth_authorize_start.json")
        }
        "idp_oauth_authorize" => {
            include_str!("../fixtures/responses/idp_oauth_authorize.json")
        }
        "impersonation_authenticate" => {
            include_str!("../fixtures/responses/impersonation_authenticate.json")
        }
        "m2m_token" => include_str!("../fixtures/responses/m2m_token.json"),
        "m2m_clients_get" => include_str!("../fixtures/responses/m2m_clients_get.json"),
        "m2m_clients_update" => {
            include_str!("../fixtures/responses/m2m_clients_update.json")
        }
        "m2m_clients_delete" => {
            include_str!("../fixtures/responses/m2m_clients_delete.json")
        }
        "m2m_clients_search" => {
            include_str!("../fixtures/responses/m2m_clients_search.json")
        }
        "m2m_clients_create" => {
            include_str!("../fixtures/responses/m2m_clients_create.json")
        }
        "m2m_clients_secrets_rotate_start" => {
            include_str!("../fixtures/responses/m2m_clients_secrets_rotate_start.json")
        }
        "m2m_clients_secrets_rotate_cancel" => {
            include_str!("../fixtures/responses/m2m_clients_secrets_rotate_cancel.json")
        }
        "m2m_clients_secrets_rotate" => {
            include_str!("../fixtures/responses/m2m_clients_secrets_rotate.json")
        }
        "otps_email_login_or_signup" => {
            include_str!("../fixtures/responses/otps_email_login_or_signup.json")
        }
        "otps_email_authenticate" => {
            include_str!("../fixtures/responses/otps_email_authenticate.json")
        }
        "otps_email_discovery_send" => {
            include_str!("../fixtures/responses/otps_email_discovery_send.json")
        }
        "otps_email_discovery_authenticate" => {
            include_str!("../fixtures/responses/otps_email_discovery_authenticate.json")
        }
        "organizations_metrics" => {
            include_str!("../fixtures/responses/organizations_metrics.json")
        }
        "organizations_connected_apps" => {
            include_str!("../fixtures/responses/organizations_connected_apps.json")
        }
        "organizations_get_connected_app" => {
            include_str!("../fixtures/responses/organizations_get_connected_app.json")
        }
        "organizations_delete_external_id" => {
            include_str!("../fixtures/responses/organizations_delete_external_id.json")
        }
        "organizations_members_delete_totp" => {
            include_str!("../fixtures/responses/organizations_members_delete_totp.json")
        }
        "organizations_members_dangerously_get" => {
            include_str!(
                "../fixtures/responses/organizations_members_dangerously_get.json"
            )
        }
        "organizations_members_oidc_providers" => {
            include_str!(
                "../fixtures/responses/organizations_members_oidc_providers.json"
            )
        }
        "organizations_members_unlink_retired_email" => {
            include_str!(
                "../fixtures/responses/organizations_members_unlink_retired_email.json"
            )
        }
        "organizations_members_start_email_update" => {
            include_str!(
                "../fixtures/responses/organizations_members_start_email_update.json"
            )
        }
        "organizations_members_get_connected_apps" => {
            include_str!(
                "../fixtures/responses/organizations_members_get_connected_apps.json"
            )
        }
        "organizations_members_delete_external_id" => {
            include_str!(
                "../fixtures/responses/organizations_members_delete_external_id.json"
            )
        }
        "organizations_members_oauth_providers_google" => {
            include_str!(
                "../fixtures/responses/organizations_members_oauth_providers_google.json"
            )
        }
        "organizations_members_oauth_providers_microsoft" => {
            include_str!(
                "../fixtures/responses/organizations_members_oauth_providers_microsoft.json"
            )
        }
        "organizations_members_oauth_providers_slack" => {
            include_str!(
                "../fixtures/responses/organizations_members_oauth_providers_slack.json"
            )
        }
        "organizations_members_oauth_providers_hubspot" => {
            include_str!(
                "../fixtures/responses/organizations_members_oauth_providers_hubspot.json"
            )
        }
        "organizations_members_oauth_providers_github" => {
            include_str!(
                "../fixtures/responses/organizations_members_oauth_providers_github.json"
            )
        }
        "organizations_members_connected_apps_revoke" => {
            include_str!(
                "../fixtures/responses/organizations_members_connected_apps_revoke.json"
            )
        }
        "passwords_email_require_reset" => {
            include_str!("../fixtures/responses/passwords_email_require_reset.json")
        }
        "passwords_discovery_authenticate" => {
            include_str!("../fixtures/responses/passwords_discovery_authenticate.json")
        }
        "passwords_discovery_email_reset_start" => {
            include_str!(
                "../fixtures/responses/passwords_discovery_email_reset_start.json"
            )
        }
        "passwords_discovery_email_reset" => {
            include_str!("../fixtures/responses/passwords_discovery_email_reset.json")
        }
        "project_metrics" => include_str!("../fixtures/responses/project_metrics.json"),
        "rbac_organizations_get_org_policy" => {
            include_str!("../fixtures/responses/rbac_organizations_get_org_policy.json")
        }
        "rbac_organizations_set_org_policy" => {
            include_str!("../fixtures/responses/rbac_organizations_set_org_policy.json")
        }
        "recovery_codes_recover" => {
            include_str!("../fixtures/responses/recovery_codes_recover.json")
        }
        "recovery_codes_get" => {
            include_str!("../fixtures/responses/recovery_codes_get.json")
        }
        "recovery_codes_rotate" => {
            include_str!("../fixtures/responses/recovery_codes_rotate.json")
        }
        "scim_connection_get_groups" => {
            include_str!("../fixtures/responses/scim_connection_get_groups.json")
        }
        "scim_connection_update" => {
            include_str!("../fixtures/responses/scim_connection_update.json")
        }
        "scim_connection_delete" => {
            include_str!("../fixtures/responses/scim_connection_delete.json")
        }
        "scim_connection_rotate_start" => {
            include_str!("../fixtures/responses/scim_connection_rotate_start.json")
        }
        "scim_connection_rotate_complete" => {
            include_str!("../fixtures/responses/scim_connection_rotate_complete.json")
        }
        "scim_connection_rotate_cancel" => {
            include_str!("../fixtures/responses/scim_connection_rotate_cancel.json")
        }
        "scim_connection_get" => {
            include_str!("../fixtures/responses/scim_connection_get.json")
        }
        "scim_connection_create" => {
            include_str!("../fixtures/responses/scim_connection_create.json")
        }
        "sso_saml_update_by_url" => {
            include_str!("../fixtures/responses/sso_saml_update_by_url.json")
        }
        "sso_saml_delete_encryption_private_key" => {
            include_str!(
                "../fixtures/responses/sso_saml_delete_encryption_private_key.json"
            )
        }
        "sso_external_create_connection" => {
            include_str!("../fixtures/responses/sso_external_create_connection.json")
        }
        "sso_external_update_connection" => {
            include_str!("../fixtures/responses/sso_external_update_connection.json")
        }
        "sessions_exchange_access_token" => {
            include_str!("../fixtures/responses/sessions_exchange_access_token.json")
        }
        "sessions_attest" => include_str!("../fixtures/responses/sessions_attest.json"),
        "sessions_migrate" => include_str!("../fixtures/responses/sessions_migrate.json"),
        "totps_create" => include_str!("../fixtures/responses/totps_create.json"),
        "totps_authenticate" => {
            include_str!("../fixtures/responses/totps_authenticate.json")
        }
        "totps_migrate" => include_str!("../fixtures/responses/totps_migrate.json"),
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
            "connected_app_clients_get" => {
                via::<stytch_b2b_api::types::ConnectedAppClientsGetResponse>(fixture)
            }
            "connected_app_clients_update" => {
                via::<stytch_b2b_api::types::ConnectedAppClientsUpdateResponse>(fixture)
            }
            "connected_app_clients_delete" => {
                via::<stytch_b2b_api::types::ConnectedAppClientsDeleteResponse>(fixture)
            }
            "connected_app_clients_search" => {
                via::<stytch_b2b_api::types::ConnectedAppClientsSearchResponse>(fixture)
            }
            "connected_app_clients_create" => {
                via::<stytch_b2b_api::types::ConnectedAppClientsCreateResponse>(fixture)
            }
            "connected_app_clients_secrets_rotate_start" => {
                via::<
                    stytch_b2b_api::types::ConnectedAppClientsSecretsRotateStartResponse,
                >(fixture)
            }
            "connected_app_clients_secrets_rotate_cancel" => {
                via::<
                    stytch_b2b_api::types::ConnectedAppClientsSecretsRotateCancelResponse,
                >(fixture)
            }
            "connected_app_clients_secrets_rotate" => {
                via::<
                    stytch_b2b_api::types::ConnectedAppClientsSecretsRotateResponse,
                >(fixture)
            }
            "debug_whoami" => via::<stytch_b2b_api::types::DebugWhoamiResponse>(fixture),
            "fraud_fingerprint_lookup" => {
                via::<stytch_b2b_api::types::FraudFingerprintLookupResponse>(fixture)
            }
            "fraud_rules_set" => {
                via::<stytch_b2b_api::types::FraudRulesSetResponse>(fixture)
            }
            "fraud_rules_list" => {
                via::<stytch_b2b_api::types::FraudRulesListResponse>(fixture)
            }
            "fraud_verdict_reasons_override" => {
                via::<
                    stytch_b2b_api::types::FraudVerdictReasonsOverrideResponse,
                >(fixture)
            }
            "fraud_verdict_reasons_list" => {
                via::<stytch_b2b_api::types::FraudVerdictReasonsListResponse>(fixture)
            }
            "fraud_email_risk" => {
                via::<stytch_b2b_api::types::FraudEmailRiskResponse>(fixture)
            }
            "idp_introspect_token_network" => {
                via::<stytch_b2b_api::types::IdpIntrospectTokenNetworkResponse>(fixture)
            }
            "idp_oauth_authorize_start" => {
                via::<stytch_b2b_api::types::IdpOauthAuthorizeStartResponse>(fixture)
            }
            "idp_oauth_authorize" => {
                via::<stytch_b2b_api::types::IdpOauthAuthorizeResponse>(fixture)
            }
            "impersonation_authenticate" => {
                via::<stytch_b2b_api::types::ImpersonationAuthenticateResponse>(fixture)
            }
            "m2m_token" => via::<stytch_b2b_api::types::M2mTokenResponse>(fixture),
            "m2m_clients_get" => {
                via::<stytch_b2b_api::types::M2mClientsGetResponse>(fixture)
            }
            "m2m_clients_update" => {
                via::<stytch_b2b_api::types::M2mClientsUpdateResponse>(fixture)
            }
            "m2m_clients_delete" => {
                via::<stytch_b2b_api::types::M2mClientsDeleteResponse>(fixture)
            }
            "m2m_clients_search" => {
                via::<stytch_b2b_api::types::M2mClientsSearchResponse>(fixture)
            }
            "m2m_clients_create" => {
                via::<stytch_b2b_api::types::M2mClientsCreateResponse>(fixture)
            }
            "m2m_clients_secrets_rotate_start" => {
                via::<
                    stytch_b2b_api::types::M2mClientsSecretsRotateStartResponse,
                >(fixture)
            }
            "m2m_clients_secrets_rotate_cancel" => {
                via::<
                    stytch_b2b_api::types::M2mClientsSecretsRotateCancelResponse,
                >(fixture)
            }
            "m2m_clients_secrets_rotate" => {
                via::<stytch_b2b_api::types::M2mClientsSecretsRotateResponse>(fixture)
            }
            "otps_email_login_or_signup" => {
                via::<stytch_b2b_api::types::OtpsEmailLoginOrSignupResponse>(fixture)
            }
            "otps_email_authenticate" => {
                via::<stytch_b2b_api::types::OtpsEmailAuthenticateResponse>(fixture)
            }
            "otps_email_discovery_send" => {
                via::<stytch_b2b_api::types::OtpsEmailDiscoverySendResponse>(fixture)
            }
            "otps_email_discovery_authenticate" => {
                via::<
                    stytch_b2b_api::types::OtpsEmailDiscoveryAuthenticateResponse,
                >(fixture)
            }
            "organizations_metrics" => {
                via::<stytch_b2b_api::types::OrganizationsMetricsResponse>(fixture)
            }
            "organizations_connected_apps" => {
                via::<stytch_b2b_api::types::OrganizationsConnectedAppsResponse>(fixture)
            }
            "organizations_get_connected_app" => {
                via::<
                    stytch_b2b_api::types::OrganizationsGetConnectedAppResponse,
                >(fixture)
            }
            "organizations_delete_external_id" => {
                via::<
                    stytch_b2b_api::types::OrganizationsDeleteExternalIdResponse,
                >(fixture)
            }
            "organizations_members_delete_totp" => {
                via::<
                    stytch_b2b_api::types::OrganizationsMembersDeleteTotpResponse,
                >(fixture)
            }
            "organizations_members_dangerously_get" => {
                via::<
                    stytch_b2b_api::types::OrganizationsMembersDangerouslyGetResponse,
                >(fixture)
            }
            "organizations_members_oidc_providers" => {
                via::<
                    stytch_b2b_api::types::OrganizationsMembersOidcProvidersResponse,
                >(fixture)
            }
            "organizations_members_unlink_retired_email" => {
                via::<
                    stytch_b2b_api::types::OrganizationsMembersUnlinkRetiredEmailResponse,
                >(fixture)
            }
            "organizations_members_start_email_update" => {
                via::<
                    stytch_b2b_api::types::OrganizationsMembersStartEmailUpdateResponse,
                >(fixture)
            }
            "organizations_members_get_connected_apps" => {
                via::<
                    stytch_b2b_api::types::OrganizationsMembersGetConnectedAppsResponse,
                >(fixture)
            }
            "organizations_members_delete_external_id" => {
                via::<
                    stytch_b2b_api::types::OrganizationsMembersDeleteExternalIdResponse,
                >(fixture)
            }
            "organizations_members_oauth_providers_google" => {
                via::<
                    stytch_b2b_api::types::OrganizationsMembersOauthProvidersGoogleResponse,
                >(fixture)
            }
            "organizations_members_oauth_providers_microsoft" => {
                via::<
                    stytch_b2b_api::types::OrganizationsMembersOauthProvidersMicrosoftResponse,
                >(fixture)
            }
            "organizations_members_oauth_providers_slack" => {
                via::<
                    stytch_b2b_api::types::OrganizationsMembersOauthProvidersSlackResponse,
                >(fixture)
            }
            "organizations_members_oauth_providers_hubspot" => {
                via::<
                    stytch_b2b_api::types::OrganizationsMembersOauthProvidersHubspotResponse,
                >(fixture)
            }
            "organizations_members_oauth_providers_github" => {
                via::<
                    stytch_b2b_api::types::OrganizationsMembersOauthProvidersGithubResponse,
                >(fixture)
            }
            "organizations_members_connected_apps_revoke" => {
                via::<
                    stytch_b2b_api::types::OrganizationsMembersConnectedAppsRevokeResponse,
                >(fixture)
            }
            "passwords_email_require_reset" => {
                via::<stytch_b2b_api::types::PasswordsEmailRequireResetResponse>(fixture)
            }
            "passwords_discovery_authenticate" => {
                via::<
                    stytch_b2b_api::types::PasswordsDiscoveryAuthenticateResponse,
                >(fixture)
            }
            "passwords_discovery_email_reset_start" => {
                via::<
                    stytch_b2b_api::types::PasswordsDiscoveryEmailResetStartResponse,
                >(fixture)
            }
            "passwords_discovery_email_reset" => {
                via::<
                    stytch_b2b_api::types::PasswordsDiscoveryEmailResetResponse,
                >(fixture)
            }
            "project_metrics" => {
                via::<stytch_b2b_api::types::ProjectMetricsResponse>(fixture)
            }
            "rbac_organizations_get_org_policy" => {
                via::<
                    stytch_b2b_api::types::RbacOrganizationsGetOrgPolicyResponse,
                >(fixture)
            }
            "rbac_organizations_set_org_policy" => {
                via::<
                    stytch_b2b_api::types::RbacOrganizationsSetOrgPolicyResponse,
                >(fixture)
            }
            "recovery_codes_recover" => {
                via::<stytch_b2b_api::types::RecoveryCodesRecoverResponse>(fixture)
            }
            "recovery_codes_get" => {
                via::<stytch_b2b_api::types::RecoveryCodesGetResponse>(fixture)
            }
            "recovery_codes_rotate" => {
                via::<stytch_b2b_api::types::RecoveryCodesRotateResponse>(fixture)
            }
            "scim_connection_get_groups" => {
                via::<stytch_b2b_api::types::ScimConnectionGetGroupsResponse>(fixture)
            }
            "scim_connection_update" => {
                via::<stytch_b2b_api::types::ScimConnectionUpdateResponse>(fixture)
            }
            "scim_connection_delete" => {
                via::<stytch_b2b_api::types::ScimConnectionDeleteResponse>(fixture)
            }
            "scim_connection_rotate_start" => {
                via::<stytch_b2b_api::types::ScimConnectionRotateStartResponse>(fixture)
            }
            "scim_connection_rotate_complete" => {
                via::<
                    stytch_b2b_api::types::ScimConnectionRotateCompleteResponse,
                >(fixture)
            }
            "scim_connection_rotate_cancel" => {
                via::<stytch_b2b_api::types::ScimConnectionRotateCancelResponse>(fixture)
            }
            "scim_connection_get" => {
                via::<stytch_b2b_api::types::ScimConnectionGetResponse>(fixture)
            }
            "scim_connection_create" => {
                via::<stytch_b2b_api::types::ScimConnectionCreateResponse>(fixture)
            }
            "sso_saml_update_by_url" => {
                via::<stytch_b2b_api::types::SsoSamlUpdateByUrlResponse>(fixture)
            }
            "sso_saml_delete_encryption_private_key" => {
                via::<
                    stytch_b2b_api::types::SsoSamlDeleteEncryptionPrivateKeyResponse,
                >(fixture)
            }
            "sso_external_create_connection" => {
                via::<
                    stytch_b2b_api::types::SsoExternalCreateConnectionResponse,
                >(fixture)
            }
            "sso_external_update_connection" => {
                via::<
                    stytch_b2b_api::types::SsoExternalUpdateConnectionResponse,
                >(fixture)
            }
            "sessions_exchange_access_token" => {
                via::<
                    stytch_b2b_api::types::SessionsExchangeAccessTokenResponse,
                >(fixture)
            }
            "sessions_attest" => {
                via::<stytch_b2b_api::types::SessionsAttestResponse>(fixture)
            }
            "sessions_migrate" => {
                via::<stytch_b2b_api::types::SessionsMigrateResponse>(fixture)
            }
            "totps_create" => via::<stytch_b2b_api::types::TotpsCreateResponse>(fixture),
            "totps_authenticate" => {
                via::<stytch_b2b_api::types::TotpsAuthenticateResponse>(fixture)
            }
            "totps_migrate" => {
                via::<stytch_b2b_api::types::TotpsMigrateResponse>(fixture)
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
    "connected_app_clients_get",
    "connected_app_clients_update",
    "connected_app_clients_delete",
    "connected_app_clients_search",
    "connected_app_clients_create",
    "connected_app_clients_secrets_rotate_start",
    "connected_app_clients_secrets_rotate_cancel",
    "connected_app_clients_secrets_rotate",
    "debug_whoami",
    "fraud_fingerprint_lookup",
    "fraud_rules_set",
    "fraud_rules_list",
    "fraud_verdict_reasons_override",
    "fraud_verdict_reasons_list",
    "fraud_email_risk",
    "idp_introspect_token_network",
    "idp_oauth_authorize_start",
    "idp_oauth_authorize",
    "impersonation_authenticate",
    "m2m_token",
    "m2m_clients_get",
    "m2m_clients_update",
    "m2m_clients_delete",
    "m2m_clients_search",
    "m2m_clients_create",
    "m2m_clients_secrets_rotate_start",
    "m2m_clients_secrets_rotate_cancel",
    "m2m_clients_secrets_rotate",
    "otps_email_login_or_signup",
    "otps_email_authenticate",
    "otps_email_discovery_send",
    "otps_email_discovery_authenticate",
    "organizations_metrics",
    "organizations_connected_apps",
    "organizations_get_connected_app",
    "organizations_delete_external_id",
    "organizations_members_delete_totp",
    "organizations_members_dangerously_get",
    "organizations_members_oidc_providers",
    "organizations_members_unlink_retired_email",
    "organizations_members_start_email_update",
    "organizations_members_get_connected_apps",
    "organizations_members_delete_external_id",
    "organizations_members_oauth_providers_google",
    "organizations_members_oauth_providers_microsoft",
    "organizations_members_oauth_providers_slack",
    "organizations_members_oauth_providers_hubspot",
    "organizations_members_oauth_providers_github",
    "organizations_members_connected_apps_revoke",
    "passwords_email_require_reset",
    "passwords_discovery_authenticate",
    "passwords_discovery_email_reset_start",
    "passwords_discovery_email_reset",
    "project_metrics",
    "rbac_organizations_get_org_policy",
    "rbac_organizations_set_org_policy",
    "recovery_codes_recover",
    "recovery_codes_get",
    "recovery_codes_rotate",
    "scim_connection_get_groups",
    "scim_connection_update",
    "scim_connection_delete",
    "scim_connection_rotate_start",
    "scim_connection_rotate_complete",
    "scim_connection_rotate_cancel",
    "scim_connection_get",
    "scim_connection_create",
    "sso_saml_update_by_url",
    "sso_saml_delete_encryption_private_key",
    "sso_external_create_connection",
    "sso_external_update_connection",
    "sessions_exchange_access_token",
    "sessions_attest",
    "sessions_migrate",
    "totps_create",
    "totps_authenticate",
    "totps_migrate",
];
