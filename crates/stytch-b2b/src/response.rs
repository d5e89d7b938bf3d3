//! What the crate reads from every generated response type.

use stytch_b2b_api::types::{self, MemberSession};

/// A successful response body of some operation.
pub trait ApiResponse: serde::de::DeserializeOwned {
    /// Stytch's id of the request, for support and log correlation.
    fn request_id(&self) -> &str;
}

/// A response that may carry a member session (`None` while MFA is pending).
pub trait MemberSessionResponse: ApiResponse {
    /// The member session, when one was started.
    fn member_session(&self) -> Option<&MemberSession>;
}

macro_rules! api_responses {
    ($($ty:ident),* $(,)?) => {$(
        impl ApiResponse for types::$ty {
            fn request_id(&self) -> &str {
                &self.request_id
            }
        }
    )*};
}

api_responses!(
    DiscoveryIntermediateSessionsExchangeResponse,
    DiscoveryOrganizationsCreateResponse,
    DiscoveryOrganizationsListResponse,
    MagicLinksAuthenticateResponse,
    MagicLinksDiscoveryAuthenticateResponse,
    MagicLinksEmailDiscoverySendResponse,
    MagicLinksEmailInviteResponse,
    MagicLinksEmailLoginOrSignupResponse,
    OauthAuthenticateResponse,
    OauthDiscoveryAuthenticateResponse,
    OrganizationsCreateResponse,
    OrganizationsDeleteResponse,
    OrganizationsGetResponse,
    OrganizationsMembersCreateResponse,
    OrganizationsMembersDeleteResponse,
    OrganizationsMembersDeleteMfaPhoneNumberResponse,
    OrganizationsMembersDeletePasswordResponse,
    OrganizationsMembersGetResponse,
    OrganizationsMembersReactivateResponse,
    OrganizationsMembersSearchResponse,
    OrganizationsMembersUpdateResponse,
    OrganizationsSearchResponse,
    OrganizationsUpdateResponse,
    OtpsSmsAuthenticateResponse,
    OtpsSmsSendResponse,
    PasswordsAuthenticateResponse,
    PasswordsEmailResetResponse,
    PasswordsEmailResetStartResponse,
    PasswordsExistingPasswordResetResponse,
    PasswordsMigrateResponse,
    PasswordsSessionResetResponse,
    PasswordsStrengthCheckResponse,
    SessionsAuthenticateResponse,
    SessionsExchangeResponse,
    SessionsGetResponse,
    SessionsGetJwksResponse,
    SessionsRevokeResponse,
    SsoAuthenticateResponse,
    SsoDeleteConnectionResponse,
    SsoGetConnectionsResponse,
    SsoOidcCreateConnectionResponse,
    SsoOidcUpdateConnectionResponse,
    SsoSamlCreateConnectionResponse,
    SsoSamlDeleteVerificationCertificateResponse,
    SsoSamlUpdateConnectionResponse,
);

macro_rules! member_session_responses {
    ($($ty:ident),* $(,)?) => {$(
        impl MemberSessionResponse for types::$ty {
            fn member_session(&self) -> Option<&MemberSession> {
                self.member_session.as_ref()
            }
        }
    )*};
}

member_session_responses!(
    MagicLinksAuthenticateResponse,
    OauthAuthenticateResponse,
    OtpsSmsAuthenticateResponse,
    PasswordsAuthenticateResponse,
    SsoAuthenticateResponse,
    SessionsAuthenticateResponse,
);
