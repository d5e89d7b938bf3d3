// @generated from openapi/b2b.yaml by `cargo xtask codegen`. Do not edit by hand: change the spec (or xtask/src/sdk.rs) and regenerate.
//! The per-operation surface: product-group modules, the client's entry points, the
//! operation table and what the crate reads from every response type.

pub mod discovery;
pub mod magic_links;
pub mod oauth;
pub mod organizations;
pub mod otps;
pub mod passwords;
pub mod rbac;
pub mod sessions;
pub mod sso;
use crate::Client;
use crate::call::Operation;
use crate::response::{ApiResponse, MemberSessionResponse};
use stytch_b2b_api::types;
impl Client {
    /// Discovery flows: organizations an end user can reach before choosing one.
    pub fn discovery(&self) -> discovery::Discovery<'_> {
        discovery::Discovery {
            client: self,
        }
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

    /// Role-based access control.
    pub fn rbac(&self) -> rbac::Rbac<'_> {
        rbac::Rbac { client: self }
    }

    /// Member sessions.
    pub fn sessions(&self) -> sessions::Sessions<'_> {
        sessions::Sessions { client: self }
    }

    /// Enterprise single sign-on.
    pub fn sso(&self) -> sso::Sso<'_> {
        sso::Sso { client: self }
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
];
impl ApiResponse for types::DiscoveryIntermediateSessionsExchangeResponse {
    fn request_id(&self) -> &str {
        &self.request_id
    }
}

impl ApiResponse for types::DiscoveryOrganizationsCreateResponse {
    fn request_id(&self) -> &str {
        &self.request_id
    }
}

impl ApiResponse for types::DiscoveryOrganizationsListResponse {
    fn request_id(&self) -> &str {
        &self.request_id
    }
}

impl ApiResponse for types::MagicLinksAuthenticateResponse {
    fn request_id(&self) -> &str {
        &self.request_id
    }
}

impl ApiResponse for types::MagicLinksDiscoveryAuthenticateResponse {
    fn request_id(&self) -> &str {
        &self.request_id
    }
}

impl ApiResponse for types::MagicLinksEmailDiscoverySendResponse {
    fn request_id(&self) -> &str {
        &self.request_id
    }
}

impl ApiResponse for types::MagicLinksEmailInviteResponse {
    fn request_id(&self) -> &str {
        &self.request_id
    }
}

impl ApiResponse for types::MagicLinksEmailLoginOrSignupResponse {
    fn request_id(&self) -> &str {
        &self.request_id
    }
}

impl ApiResponse for types::OauthAuthenticateResponse {
    fn request_id(&self) -> &str {
        &self.request_id
    }
}

impl ApiResponse for types::OauthDiscoveryAuthenticateResponse {
    fn request_id(&self) -> &str {
        &self.request_id
    }
}

impl ApiResponse for types::OrganizationsCreateResponse {
    fn request_id(&self) -> &str {
        &self.request_id
    }
}

impl ApiResponse for types::OrganizationsDeleteResponse {
    fn request_id(&self) -> &str {
        &self.request_id
    }
}

impl ApiResponse for types::OrganizationsGetResponse {
    fn request_id(&self) -> &str {
        &self.request_id
    }
}

impl ApiResponse for types::OrganizationsMembersCreateResponse {
    fn request_id(&self) -> &str {
        &self.request_id
    }
}

impl ApiResponse for types::OrganizationsMembersDeleteMfaPhoneNumberResponse {
    fn request_id(&self) -> &str {
        &self.request_id
    }
}

impl ApiResponse for types::OrganizationsMembersDeletePasswordResponse {
    fn request_id(&self) -> &str {
        &self.request_id
    }
}

impl ApiResponse for types::OrganizationsMembersDeleteResponse {
    fn request_id(&self) -> &str {
        &self.request_id
    }
}

impl ApiResponse for types::OrganizationsMembersGetResponse {
    fn request_id(&self) -> &str {
        &self.request_id
    }
}

impl ApiResponse for types::OrganizationsMembersReactivateResponse {
    fn request_id(&self) -> &str {
        &self.request_id
    }
}

impl ApiResponse for types::OrganizationsMembersSearchResponse {
    fn request_id(&self) -> &str {
        &self.request_id
    }
}

impl ApiResponse for types::OrganizationsMembersUpdateResponse {
    fn request_id(&self) -> &str {
        &self.request_id
    }
}

impl ApiResponse for types::OrganizationsSearchResponse {
    fn request_id(&self) -> &str {
        &self.request_id
    }
}

impl ApiResponse for types::OrganizationsUpdateResponse {
    fn request_id(&self) -> &str {
        &self.request_id
    }
}

impl ApiResponse for types::OtpsSmsAuthenticateResponse {
    fn request_id(&self) -> &str {
        &self.request_id
    }
}

impl ApiResponse for types::OtpsSmsSendResponse {
    fn request_id(&self) -> &str {
        &self.request_id
    }
}

impl ApiResponse for types::PasswordsAuthenticateResponse {
    fn request_id(&self) -> &str {
        &self.request_id
    }
}

impl ApiResponse for types::PasswordsEmailResetResponse {
    fn request_id(&self) -> &str {
        &self.request_id
    }
}

impl ApiResponse for types::PasswordsEmailResetStartResponse {
    fn request_id(&self) -> &str {
        &self.request_id
    }
}

impl ApiResponse for types::PasswordsExistingPasswordResetResponse {
    fn request_id(&self) -> &str {
        &self.request_id
    }
}

impl ApiResponse for types::PasswordsMigrateResponse {
    fn request_id(&self) -> &str {
        &self.request_id
    }
}

impl ApiResponse for types::PasswordsSessionResetResponse {
    fn request_id(&self) -> &str {
        &self.request_id
    }
}

impl ApiResponse for types::PasswordsStrengthCheckResponse {
    fn request_id(&self) -> &str {
        &self.request_id
    }
}

impl ApiResponse for types::RbacPolicyResponse {
    fn request_id(&self) -> &str {
        &self.request_id
    }
}

impl ApiResponse for types::SessionsAuthenticateResponse {
    fn request_id(&self) -> &str {
        &self.request_id
    }
}

impl ApiResponse for types::SessionsExchangeResponse {
    fn request_id(&self) -> &str {
        &self.request_id
    }
}

impl ApiResponse for types::SessionsGetJwksResponse {
    fn request_id(&self) -> &str {
        &self.request_id
    }
}

impl ApiResponse for types::SessionsGetResponse {
    fn request_id(&self) -> &str {
        &self.request_id
    }
}

impl ApiResponse for types::SessionsRevokeResponse {
    fn request_id(&self) -> &str {
        &self.request_id
    }
}

impl ApiResponse for types::SsoAuthenticateResponse {
    fn request_id(&self) -> &str {
        &self.request_id
    }
}

impl ApiResponse for types::SsoDeleteConnectionResponse {
    fn request_id(&self) -> &str {
        &self.request_id
    }
}

impl ApiResponse for types::SsoGetConnectionsResponse {
    fn request_id(&self) -> &str {
        &self.request_id
    }
}

impl ApiResponse for types::SsoOidcCreateConnectionResponse {
    fn request_id(&self) -> &str {
        &self.request_id
    }
}

impl ApiResponse for types::SsoOidcUpdateConnectionResponse {
    fn request_id(&self) -> &str {
        &self.request_id
    }
}

impl ApiResponse for types::SsoSamlCreateConnectionResponse {
    fn request_id(&self) -> &str {
        &self.request_id
    }
}

impl ApiResponse for types::SsoSamlDeleteVerificationCertificateResponse {
    fn request_id(&self) -> &str {
        &self.request_id
    }
}

impl ApiResponse for types::SsoSamlUpdateConnectionResponse {
    fn request_id(&self) -> &str {
        &self.request_id
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
