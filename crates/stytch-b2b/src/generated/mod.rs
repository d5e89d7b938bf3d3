// @generated from openapi/b2b.yaml by `cargo xtask codegen`. Do not edit by hand: change the spec (or xtask/src/sdk.rs) and regenerate.
//! The per-operation surface: product-group modules, the client's entry points, the
//! operation table and what the crate reads from every response type.

pub mod connected_app;
pub mod debug;
pub mod discovery;
pub mod fraud;
pub mod idp;
pub mod impersonation;
pub mod m2m;
pub mod magic_links;
pub mod oauth;
pub mod organizations;
pub mod otps;
pub mod passwords;
pub mod project;
pub mod rbac;
pub mod recovery_codes;
pub mod scim;
pub mod sessions;
pub mod sso;
pub mod totps;
use crate::Client;
use crate::call::Operation;
use crate::response::{ApiResponse, MemberSessionResponse};
use stytch_b2b_api::types;
impl Client {
    /// Groups the calls that manage Connected Apps, the OAuth clients for which Stytch acts as the identity provider.
    pub fn connected_app(&self) -> connected_app::ConnectedApp<'_> {
        connected_app::ConnectedApp {
            client: self,
        }
    }

    /// Groups diagnostic calls, such as checking which project the API credentials belong to.
    pub fn debug(&self) -> debug::Debug<'_> {
        debug::Debug { client: self }
    }

    /// Discovery flows: organizations an end user can reach before choosing one.
    pub fn discovery(&self) -> discovery::Discovery<'_> {
        discovery::Discovery {
            client: self,
        }
    }

    /// Groups the fraud and risk calls (device fingerprinting, rules, verdict reasons, email risk), which are sent to the fraud base URL.
    pub fn fraud(&self) -> fraud::Fraud<'_> {
        fraud::Fraud { client: self }
    }

    /// Groups the calls for Stytch acting as an OAuth/OIDC identity provider, including token introspection.
    pub fn idp(&self) -> idp::Idp<'_> {
        idp::Idp { client: self }
    }

    /// Authenticates impersonation tokens issued from the Stytch Dashboard.
    pub fn impersonation(&self) -> impersonation::Impersonation<'_> {
        impersonation::Impersonation {
            client: self,
        }
    }

    /// Groups machine-to-machine authentication calls, including getting access tokens for M2M clients.
    pub fn m2m(&self) -> m2m::M2m<'_> {
        m2m::M2m { client: self }
    }

    /// Email magic links.
    pub fn magic_links(&self) -> magic_links::MagicLinks<'_> {
        magic_links::MagicLinks {
            client: self,
        }
    }

    /// OAuth logins.
    pub fn oauth(&self) -> oauth::Oauth<'_> {
        oauth::Oauth { client: self }
    }

    /// Organizations (tenants).
    pub fn organizations(&self) -> organizations::Organizations<'_> {
        organizations::Organizations {
            client: self,
        }
    }

    /// One-time passcodes.
    pub fn otps(&self) -> otps::Otps<'_> {
        otps::Otps { client: self }
    }

    /// Passwords.
    pub fn passwords(&self) -> passwords::Passwords<'_> {
        passwords::Passwords {
            client: self,
        }
    }

    /// Groups project-level calls, such as usage metrics.
    pub fn project(&self) -> project::Project<'_> {
        project::Project { client: self }
    }

    /// Role-based access control.
    pub fn rbac(&self) -> rbac::Rbac<'_> {
        rbac::Rbac { client: self }
    }

    /// Reads, rotates and uses Members' MFA recovery codes.
    pub fn recovery_codes(&self) -> recovery_codes::RecoveryCodes<'_> {
        recovery_codes::RecoveryCodes {
            client: self,
        }
    }

    /// Groups the calls for SCIM user and group provisioning.
    pub fn scim(&self) -> scim::Scim<'_> {
        scim::Scim { client: self }
    }

    /// Member sessions.
    pub fn sessions(&self) -> sessions::Sessions<'_> {
        sessions::Sessions { client: self }
    }

    /// Enterprise single sign-on.
    pub fn sso(&self) -> sso::Sso<'_> {
        sso::Sso { client: self }
    }

    /// Creates, verifies and imports authenticator-app (TOTP) registrations for Member MFA.
    pub fn totps(&self) -> totps::Totps<'_> {
        totps::Totps { client: self }
    }
}

/// Every operation of the API, in the order of the spec.
pub const OPERATIONS: &[Operation] = &[
    discovery::DISCOVERY_INTERMEDIATE_SESSIONS_EXCHANGE,
    discovery::DISCOVERY_ORGANIZATIONS_LIST,
    discovery::DISCOVERY_ORGANIZATIONS_CREATE,
    magic_links::MAGIC_LINKS_AUTHENTICATE,
    magic_links::MAGIC_LINKS_DISCOVERY_AUTHENTICATE,
    magic_links::MAGIC_LINKS_EMAIL_DISCOVERY_SEND,
    magic_links::MAGIC_LINKS_EMAIL_INVITE,
    magic_links::MAGIC_LINKS_EMAIL_LOGIN_OR_SIGNUP,
    oauth::OAUTH_AUTHENTICATE,
    oauth::OAUTH_DISCOVERY_AUTHENTICATE,
    organizations::ORGANIZATIONS_CREATE,
    organizations::ORGANIZATIONS_MEMBERS_SEARCH,
    organizations::ORGANIZATIONS_SEARCH,
    organizations::ORGANIZATIONS_GET,
    organizations::ORGANIZATIONS_UPDATE,
    organizations::ORGANIZATIONS_DELETE,
    organizations::ORGANIZATIONS_MEMBERS_GET,
    organizations::ORGANIZATIONS_MEMBERS_CREATE,
    organizations::ORGANIZATIONS_MEMBERS_DELETE_MFA_PHONE_NUMBER,
    organizations::ORGANIZATIONS_MEMBERS_DELETE_PASSWORD,
    organizations::ORGANIZATIONS_MEMBERS_UPDATE,
    organizations::ORGANIZATIONS_MEMBERS_DELETE,
    organizations::ORGANIZATIONS_MEMBERS_REACTIVATE,
    otps::OTPS_SMS_AUTHENTICATE,
    otps::OTPS_SMS_SEND,
    passwords::PASSWORDS_AUTHENTICATE,
    passwords::PASSWORDS_EMAIL_RESET,
    passwords::PASSWORDS_EMAIL_RESET_START,
    passwords::PASSWORDS_EXISTING_PASSWORD_RESET,
    passwords::PASSWORDS_MIGRATE,
    passwords::PASSWORDS_SESSION_RESET,
    passwords::PASSWORDS_STRENGTH_CHECK,
    rbac::RBAC_POLICY,
    sessions::SESSIONS_GET,
    sessions::SESSIONS_AUTHENTICATE,
    sessions::SESSIONS_EXCHANGE,
    sessions::SESSIONS_GET_JWKS,
    sessions::SESSIONS_REVOKE,
    sso::SSO_AUTHENTICATE,
    sso::SSO_OIDC_CREATE_CONNECTION,
    sso::SSO_OIDC_UPDATE_CONNECTION,
    sso::SSO_SAML_CREATE_CONNECTION,
    sso::SSO_SAML_UPDATE_CONNECTION,
    sso::SSO_SAML_DELETE_VERIFICATION_CERTIFICATE,
    sso::SSO_GET_CONNECTIONS,
    sso::SSO_DELETE_CONNECTION,
    connected_app::CONNECTED_APP_CLIENTS_GET,
    connected_app::CONNECTED_APP_CLIENTS_UPDATE,
    connected_app::CONNECTED_APP_CLIENTS_DELETE,
    connected_app::CONNECTED_APP_CLIENTS_SEARCH,
    connected_app::CONNECTED_APP_CLIENTS_CREATE,
    connected_app::CONNECTED_APP_CLIENTS_SECRETS_ROTATE_START,
    connected_app::CONNECTED_APP_CLIENTS_SECRETS_ROTATE_CANCEL,
    connected_app::CONNECTED_APP_CLIENTS_SECRETS_ROTATE,
    debug::DEBUG_WHOAMI,
    fraud::FRAUD_FINGERPRINT_LOOKUP,
    fraud::FRAUD_RULES_SET,
    fraud::FRAUD_RULES_LIST,
    fraud::FRAUD_VERDICT_REASONS_OVERRIDE,
    fraud::FRAUD_VERDICT_REASONS_LIST,
    fraud::FRAUD_EMAIL_RISK,
    idp::IDP_INTROSPECT_TOKEN_NETWORK,
    idp::IDP_OAUTH_AUTHORIZE_START,
    idp::IDP_OAUTH_AUTHORIZE,
    impersonation::IMPERSONATION_AUTHENTICATE,
    m2m::M2M_TOKEN,
    m2m::M2M_CLIENTS_GET,
    m2m::M2M_CLIENTS_UPDATE,
    m2m::M2M_CLIENTS_DELETE,
    m2m::M2M_CLIENTS_SEARCH,
    m2m::M2M_CLIENTS_CREATE,
    m2m::M2M_CLIENTS_SECRETS_ROTATE_START,
    m2m::M2M_CLIENTS_SECRETS_ROTATE_CANCEL,
    m2m::M2M_CLIENTS_SECRETS_ROTATE,
    otps::OTPS_EMAIL_LOGIN_OR_SIGNUP,
    otps::OTPS_EMAIL_AUTHENTICATE,
    otps::OTPS_EMAIL_DISCOVERY_SEND,
    otps::OTPS_EMAIL_DISCOVERY_AUTHENTICATE,
    organizations::ORGANIZATIONS_METRICS,
    organizations::ORGANIZATIONS_CONNECTED_APPS,
    organizations::ORGANIZATIONS_GET_CONNECTED_APP,
    organizations::ORGANIZATIONS_DELETE_EXTERNAL_ID,
    organizations::ORGANIZATIONS_MEMBERS_DELETE_TOTP,
    organizations::ORGANIZATIONS_MEMBERS_DANGEROUSLY_GET,
    organizations::ORGANIZATIONS_MEMBERS_OIDC_PROVIDERS,
    organizations::ORGANIZATIONS_MEMBERS_UNLINK_RETIRED_EMAIL,
    organizations::ORGANIZATIONS_MEMBERS_START_EMAIL_UPDATE,
    organizations::ORGANIZATIONS_MEMBERS_GET_CONNECTED_APPS,
    organizations::ORGANIZATIONS_MEMBERS_DELETE_EXTERNAL_ID,
    organizations::ORGANIZATIONS_MEMBERS_OAUTH_PROVIDERS_GOOGLE,
    organizations::ORGANIZATIONS_MEMBERS_OAUTH_PROVIDERS_MICROSOFT,
    organizations::ORGANIZATIONS_MEMBERS_OAUTH_PROVIDERS_SLACK,
    organizations::ORGANIZATIONS_MEMBERS_OAUTH_PROVIDERS_HUBSPOT,
    organizations::ORGANIZATIONS_MEMBERS_OAUTH_PROVIDERS_GITHUB,
    organizations::ORGANIZATIONS_MEMBERS_CONNECTED_APPS_REVOKE,
    passwords::PASSWORDS_EMAIL_REQUIRE_RESET,
    passwords::PASSWORDS_DISCOVERY_AUTHENTICATE,
    passwords::PASSWORDS_DISCOVERY_EMAIL_RESET_START,
    passwords::PASSWORDS_DISCOVERY_EMAIL_RESET,
    project::PROJECT_METRICS,
    rbac::RBAC_ORGANIZATIONS_GET_ORG_POLICY,
    rbac::RBAC_ORGANIZATIONS_SET_ORG_POLICY,
    recovery_codes::RECOVERY_CODES_RECOVER,
    recovery_codes::RECOVERY_CODES_GET,
    recovery_codes::RECOVERY_CODES_ROTATE,
    scim::SCIM_CONNECTION_GET_GROUPS,
    scim::SCIM_CONNECTION_UPDATE,
    scim::SCIM_CONNECTION_DELETE,
    scim::SCIM_CONNECTION_ROTATE_START,
    scim::SCIM_CONNECTION_ROTATE_COMPLETE,
    scim::SCIM_CONNECTION_ROTATE_CANCEL,
    scim::SCIM_CONNECTION_GET,
    scim::SCIM_CONNECTION_CREATE,
    sso::SSO_SAML_UPDATE_BY_URL,
    sso::SSO_SAML_DELETE_ENCRYPTION_PRIVATE_KEY,
    sso::SSO_EXTERNAL_CREATE_CONNECTION,
    sso::SSO_EXTERNAL_UPDATE_CONNECTION,
    sessions::SESSIONS_EXCHANGE_ACCESS_TOKEN,
    sessions::SESSIONS_ATTEST,
    sessions::SESSIONS_MIGRATE,
    totps::TOTPS_CREATE,
    totps::TOTPS_AUTHENTICATE,
    totps::TOTPS_MIGRATE,
];
impl ApiResponse for types::ConnectedAppClientsCreateResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::ConnectedAppClientsDeleteResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::ConnectedAppClientsGetResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::ConnectedAppClientsSearchResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::ConnectedAppClientsSecretsRotateCancelResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::ConnectedAppClientsSecretsRotateResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::ConnectedAppClientsSecretsRotateStartResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::ConnectedAppClientsUpdateResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::DebugWhoamiResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::DiscoveryIntermediateSessionsExchangeResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::DiscoveryOrganizationsCreateResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::DiscoveryOrganizationsListResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::FraudEmailRiskResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::FraudFingerprintLookupResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::FraudRulesListResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::FraudRulesSetResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::FraudVerdictReasonsListResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::FraudVerdictReasonsOverrideResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::IdpIntrospectTokenNetworkResponse {
    fn request_id(&self) -> Option<&str> {
        None
    }
}

impl ApiResponse for types::IdpOauthAuthorizeResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::IdpOauthAuthorizeStartResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::ImpersonationAuthenticateResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::M2mClientsCreateResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::M2mClientsDeleteResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::M2mClientsGetResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::M2mClientsSearchResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::M2mClientsSecretsRotateCancelResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::M2mClientsSecretsRotateResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::M2mClientsSecretsRotateStartResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::M2mClientsUpdateResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::M2mTokenResponse {
    fn request_id(&self) -> Option<&str> {
        None
    }
}

impl ApiResponse for types::MagicLinksAuthenticateResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::MagicLinksDiscoveryAuthenticateResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::MagicLinksEmailDiscoverySendResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::MagicLinksEmailInviteResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::MagicLinksEmailLoginOrSignupResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::OauthAuthenticateResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::OauthDiscoveryAuthenticateResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::OrganizationsConnectedAppsResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::OrganizationsCreateResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::OrganizationsDeleteExternalIdResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::OrganizationsDeleteResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::OrganizationsGetConnectedAppResponse {
    fn request_id(&self) -> Option<&str> {
        None
    }
}

impl ApiResponse for types::OrganizationsGetResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::OrganizationsMembersConnectedAppsRevokeResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::OrganizationsMembersCreateResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::OrganizationsMembersDangerouslyGetResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::OrganizationsMembersDeleteExternalIdResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::OrganizationsMembersDeleteMfaPhoneNumberResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::OrganizationsMembersDeletePasswordResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::OrganizationsMembersDeleteResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::OrganizationsMembersDeleteTotpResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::OrganizationsMembersGetConnectedAppsResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::OrganizationsMembersGetResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::OrganizationsMembersOauthProvidersGithubResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::OrganizationsMembersOauthProvidersGoogleResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::OrganizationsMembersOauthProvidersHubspotResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::OrganizationsMembersOauthProvidersMicrosoftResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::OrganizationsMembersOauthProvidersSlackResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::OrganizationsMembersOidcProvidersResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::OrganizationsMembersReactivateResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::OrganizationsMembersSearchResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::OrganizationsMembersStartEmailUpdateResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::OrganizationsMembersUnlinkRetiredEmailResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::OrganizationsMembersUpdateResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::OrganizationsMetricsResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::OrganizationsSearchResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::OrganizationsUpdateResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::OtpsEmailAuthenticateResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::OtpsEmailDiscoveryAuthenticateResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::OtpsEmailDiscoverySendResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::OtpsEmailLoginOrSignupResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::OtpsSmsAuthenticateResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::OtpsSmsSendResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::PasswordsAuthenticateResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::PasswordsDiscoveryAuthenticateResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::PasswordsDiscoveryEmailResetResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::PasswordsDiscoveryEmailResetStartResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::PasswordsEmailRequireResetResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::PasswordsEmailResetResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::PasswordsEmailResetStartResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::PasswordsExistingPasswordResetResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::PasswordsMigrateResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::PasswordsSessionResetResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::PasswordsStrengthCheckResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::ProjectMetricsResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::RbacOrganizationsGetOrgPolicyResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::RbacOrganizationsSetOrgPolicyResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::RbacPolicyResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::RecoveryCodesGetResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::RecoveryCodesRecoverResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::RecoveryCodesRotateResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::ScimConnectionCreateResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::ScimConnectionDeleteResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::ScimConnectionGetGroupsResponse {
    fn request_id(&self) -> Option<&str> {
        None
    }
}

impl ApiResponse for types::ScimConnectionGetResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::ScimConnectionRotateCancelResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::ScimConnectionRotateCompleteResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::ScimConnectionRotateStartResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::ScimConnectionUpdateResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::SessionsAttestResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::SessionsAuthenticateResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::SessionsExchangeAccessTokenResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::SessionsExchangeResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::SessionsGetJwksResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::SessionsGetResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::SessionsMigrateResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::SessionsRevokeResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::SsoAuthenticateResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::SsoDeleteConnectionResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::SsoExternalCreateConnectionResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::SsoExternalUpdateConnectionResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::SsoGetConnectionsResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::SsoOidcCreateConnectionResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::SsoOidcUpdateConnectionResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::SsoSamlCreateConnectionResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::SsoSamlDeleteEncryptionPrivateKeyResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::SsoSamlDeleteVerificationCertificateResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::SsoSamlUpdateByUrlResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::SsoSamlUpdateConnectionResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::TotpsAuthenticateResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::TotpsCreateResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl ApiResponse for types::TotpsMigrateResponse {
    fn request_id(&self) -> Option<&str> {
        Some(&self.request_id)
    }
}

impl crate::pagination::Paged for types::ConnectedAppClientsSearchResponse {
    fn next_cursor(&self) -> Option<&str> {
        self.results_metadata.next_cursor.as_deref()
    }
}

impl crate::pagination::Paged for types::FraudRulesListResponse {
    fn next_cursor(&self) -> Option<&str> {
        Some(self.next_cursor.as_str())
    }
}

impl crate::pagination::Paged for types::M2mClientsSearchResponse {
    fn next_cursor(&self) -> Option<&str> {
        self.results_metadata.next_cursor.as_deref()
    }
}

impl crate::pagination::Paged for types::OrganizationsMembersSearchResponse {
    fn next_cursor(&self) -> Option<&str> {
        self.results_metadata.next_cursor.as_deref()
    }
}

impl crate::pagination::Paged for types::OrganizationsSearchResponse {
    fn next_cursor(&self) -> Option<&str> {
        self.results_metadata.next_cursor.as_deref()
    }
}

impl crate::pagination::Paged for types::ScimConnectionGetGroupsResponse {
    fn next_cursor(&self) -> Option<&str> {
        self.next_cursor.as_deref()
    }
}

impl MemberSessionResponse for types::ImpersonationAuthenticateResponse {
    fn member_session(&self) -> Option<&types::MemberSession> {
        self.member_session.as_ref()
    }
}

impl MemberSessionResponse for types::MagicLinksAuthenticateResponse {
    fn member_session(&self) -> Option<&types::MemberSession> {
        self.member_session.as_ref()
    }
}

impl MemberSessionResponse for types::OauthAuthenticateResponse {
    fn member_session(&self) -> Option<&types::MemberSession> {
        self.member_session.as_ref()
    }
}

impl MemberSessionResponse for types::OtpsEmailAuthenticateResponse {
    fn member_session(&self) -> Option<&types::MemberSession> {
        self.member_session.as_ref()
    }
}

impl MemberSessionResponse for types::OtpsSmsAuthenticateResponse {
    fn member_session(&self) -> Option<&types::MemberSession> {
        self.member_session.as_ref()
    }
}

impl MemberSessionResponse for types::PasswordsAuthenticateResponse {
    fn member_session(&self) -> Option<&types::MemberSession> {
        self.member_session.as_ref()
    }
}

impl MemberSessionResponse for types::SessionsAuthenticateResponse {
    fn member_session(&self) -> Option<&types::MemberSession> {
        self.member_session.as_ref()
    }
}

impl MemberSessionResponse for types::SsoAuthenticateResponse {
    fn member_session(&self) -> Option<&types::MemberSession> {
        self.member_session.as_ref()
    }
}

impl MemberSessionResponse for types::TotpsAuthenticateResponse {
    fn member_session(&self) -> Option<&types::MemberSession> {
        self.member_session.as_ref()
    }
}
