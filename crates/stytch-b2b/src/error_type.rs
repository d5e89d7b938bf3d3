//! Typed view of the `error_type` field carried by Stytch API error responses.
//!
//! Every non-2xx response from the Stytch API carries a machine-readable
//! `error_type` string (for example `"session_not_found"`). [`ErrorType`]
//! turns that string into an enum so callers can `match` on the failures they
//! care about instead of comparing strings.
//!
//! The list of known values covers the error types that the B2B endpoints
//! wrapped by this crate (discovery, magic links, OAuth, SMS OTP,
//! organizations, members, passwords, SSO, sessions and JWKS) are documented
//! to return, plus the request-level errors every endpoint can produce.
//! Stytch adds new error types over time, so the enum is `#[non_exhaustive]`
//! and any string it does not recognise is preserved verbatim in
//! [`ErrorType::Unknown`]; converting or deserializing never fails because of
//! an unfamiliar value.
//!
//! ```
//! use stytch_b2b::ErrorType;
//!
//! let kind = ErrorType::from("organization_slug_already_used");
//! assert_eq!(kind, ErrorType::OrganizationSlugAlreadyUsed);
//! assert_eq!(kind.to_string(), "organization_slug_already_used");
//!
//! let future = ErrorType::from("some_brand_new_error");
//! assert!(!future.is_known());
//! assert_eq!(future.as_str(), "some_brand_new_error");
//! ```

use std::fmt;
use std::str::FromStr;

/// Generates [`ErrorType`], its table of known variants and both directions of
/// the string mapping from a single `Variant => "wire_string"` list, so the
/// conversions can never drift apart.
macro_rules! error_types {
    (
        $(
            $(#[$meta:meta])*
            $variant:ident => $wire:literal,
        )+
    ) => {
        /// A Stytch API `error_type` value.
        ///
        /// Each unit variant corresponds to exactly one documented wire string
        /// (see [`ErrorType::as_str`]). Strings that are not in the list are
        /// kept in [`ErrorType::Unknown`]. Build values with [`From`] or
        /// [`FromStr`] rather than constructing `Unknown` by hand, so that known
        /// strings always map to their dedicated variant.
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum ErrorType {
            $(
                $(#[$meta])*
                $variant,
            )+
            /// An `error_type` this version of the SDK does not know about,
            /// holding the exact string Stytch sent.
            Unknown(String),
        }

        impl ErrorType {
            /// Every known variant, in declaration order.
            ///
            /// [`ErrorType::Unknown`] is not included.
            pub const KNOWN: &'static [ErrorType] = &[$(ErrorType::$variant,)+];

            /// The wire string for this error type, exactly as Stytch sends it.
            ///
            /// For [`ErrorType::Unknown`] this is the original string.
            pub fn as_str(&self) -> &str {
                match self {
                    $(ErrorType::$variant => $wire,)+
                    ErrorType::Unknown(other) => other.as_str(),
                }
            }

            /// Looks up a wire string among the known variants.
            fn from_known(wire: &str) -> Option<Self> {
                match wire {
                    $($wire => Some(ErrorType::$variant),)+
                    _ => None,
                }
            }
        }
    };
}

error_types! {
    // Request, routing and transport problems shared by every endpoint.
    /// The request was malformed or failed validation.
    BadRequest => "bad_request",
    /// One of the supplied arguments has an unacceptable value.
    InvalidArgument => "invalid_argument",
    /// A field in the request body holds a value the API cannot accept.
    InvalidRequestValue => "invalid_request_value",
    /// An identifier in the request is not well formed.
    InvalidId => "invalid_id",
    /// The supplied authentication method ID is not valid.
    InvalidMethodId => "invalid_method_id",
    /// A string field contains a zero-width space, which is rejected.
    ForbiddenCharacterZeroWidthSpace => "forbidden_character_zero_width_space",
    /// Supplied metadata is not a valid JSON object.
    MetadataInvalidFormat => "metadata_invalid_format",
    /// Supplied metadata exceeds the allowed size.
    MetadataTooLarge => "metadata_too_large",
    /// Supplied metadata has more top-level keys than allowed.
    MetadataTooManyKeys => "metadata_too_many_keys",
    /// Trusted metadata cannot be changed by this caller.
    CannotUpdateTrustedMetadata => "cannot_update_trusted_metadata",
    /// The requested locale is not supported.
    InvalidLocale => "invalid_locale",
    /// The referenced email template ID is not valid.
    InvalidTemplateId => "invalid_template_id",
    /// The referenced email template does not exist.
    EmailTemplateNotFound => "email_template_not_found",
    /// The supplied IP address is not valid.
    InvalidIpAddress => "invalid_ip_address",
    /// The supplied user agent is not valid.
    InvalidUserAgent => "invalid_user_agent",
    /// Request attributes (such as IP or user agent) differ from the ones stored for the token.
    AttributeMismatch => "attribute_mismatch",
    /// The request was made over plain HTTP; HTTPS is required.
    UseHttps => "use_https",
    /// The HTTP method is not supported for this route.
    MethodNotAllowed => "method_not_allowed",
    /// No API route matches the requested path.
    RouteNotFound => "route_not_found",
    /// This route is unavailable in the test environment.
    RouteNotSupportedInTest => "route_not_supported_in_test",
    /// The endpoint has been deprecated and can no longer be called.
    DeprecatedEndpoint => "deprecated_endpoint",
    /// The endpoint is not currently available to this project.
    UnavailableEndpoint => "unavailable_endpoint",
    /// The endpoint requires an enterprise plan.
    EnterpriseEndpoint => "enterprise_endpoint",
    /// The B2B endpoint cannot be used with this project.
    InvalidB2bEndpoint => "invalid_b2b_endpoint",
    /// The consumer endpoint cannot be used with this project.
    InvalidConsumerEndpoint => "invalid_consumer_endpoint",

    // Credentials and project configuration.
    /// The project ID and secret pair was rejected.
    UnauthorizedCredentials => "unauthorized_credentials",
    /// Placeholder example credentials were used instead of real ones.
    UnauthorizedCredentialsHomepage => "unauthorized_credentials_homepage",
    /// The Authorization header is missing or malformed.
    InvalidAuthorizationHeader => "invalid_authorization_header",
    /// The project ID is not well formed.
    InvalidProjectId => "invalid_project_id",
    /// The project ID used for authentication is not valid.
    InvalidProjectIdAuthentication => "invalid_project_id_authentication",
    /// The secret used for authentication is not valid.
    InvalidSecretAuthentication => "invalid_secret_authentication",
    /// The live project ID is not permitted to make this request.
    UnauthorizedProjectIdLive => "unauthorized_project_id_live",
    /// The test project ID is not permitted to make this request.
    UnauthorizedProjectIdTest => "unauthorized_project_id_test",
    /// A test-environment ID was sent to the live environment.
    TestIdUsedInLiveEnvironment => "test_id_used_in_live_environment",
    /// A live-environment ID was sent to the test environment.
    LiveIdUsedInTestEnvironment => "live_id_used_in_test_environment",
    /// A live project was used against the test API host.
    WrongStackLive => "wrong_stack_live",
    /// A test project was used against the live API host.
    WrongStackTest => "wrong_stack_test",
    /// The project could not be found.
    ProjectNotFound => "project_not_found",
    /// The caller is not permitted to perform this action.
    UnauthorizedAction => "unauthorized_action",
    /// The Stytch account that owns this project has been suspended.
    OrganizationSuspended => "organization_suspended",

    // Rate limits, timeouts and server-side failures.
    /// Too many requests were made in a short period; back off and retry later.
    TooManyRequests => "too_many_requests",
    /// Too many tokens were issued without enough of them being authenticated.
    TooFewTokensAuthenticated => "too_few_tokens_authenticated",
    /// A CAPTCHA must be completed before this request is accepted.
    CaptchaRequired => "captcha_required",
    /// The CAPTCHA check did not pass.
    CaptchaFailed => "captcha_failed",
    /// A search request took too long and was aborted.
    SearchTimeout => "search_timeout",
    /// Checking the password took too long and was aborted.
    PasswordValidationTimeout => "password_validation_timeout",
    /// The client closed the connection before the request finished.
    ClientClosedRequest => "client_closed_request",
    /// An unexpected error occurred inside Stytch.
    InternalServerError => "internal_server_error",
    /// The Stytch service is temporarily unavailable.
    ServerUnavailable => "server_unavailable",

    // Authorization (RBAC) of session-authenticated calls.
    /// The member behind the session lacks permission for this action.
    SessionAuthorizationError => "session_authorization_error",
    /// The session belongs to a different organization than the one targeted.
    SessionAuthorizationTenancyError => "session_authorization_tenancy_error",
    /// A role assignment in the request is not valid.
    InvalidRbacRoleAssignment => "invalid_rbac_role_assignment",
    /// A referenced RBAC role ID is not valid.
    InvalidRbacRoleId => "invalid_rbac_role_id",
    /// A referenced role is not valid.
    InvalidRole => "invalid_role",
    /// The default RBAC role cannot be assigned explicitly.
    CannotAssignDefaultRbacRoleId => "cannot_assign_default_rbac_role_id",

    // Organizations.
    /// The organization could not be found.
    OrganizationNotFound => "organization_not_found",
    /// The organization ID is not well formed.
    InvalidOrganizationId => "invalid_organization_id",
    /// The organization name is not valid.
    InvalidOrganizationName => "invalid_organization_name",
    /// An organization name is required but was not supplied.
    OrganizationNameMissing => "organization_name_missing",
    /// The organization slug is not valid.
    InvalidOrganizationSlug => "invalid_organization_slug",
    /// Another organization already uses this slug.
    OrganizationSlugAlreadyUsed => "organization_slug_already_used",
    /// An equivalent organization already exists.
    DuplicateOrganization => "duplicate_organization",
    /// The organization logo URL exceeds the maximum length.
    OrganizationLogoUrlTooLong => "organization_logo_url_too_long",
    /// A disposable email domain cannot be used in organization settings.
    OrganizationSettingsDisposableDomain => "organization_settings_disposable_domain",
    /// A public or very common email domain cannot be used in organization settings.
    OrganizationSettingsDomainTooCommon => "organization_settings_domain_too_common",
    /// The same domain was listed more than once in organization settings.
    OrganizationSettingsDuplicateDomain => "organization_settings_duplicate_domain",
    /// A domain in organization settings is not valid.
    OrganizationSettingsInvalidDomain => "organization_settings_invalid_domain",
    /// Too many domains were supplied.
    TooManyDomains => "too_many_domains",
    /// The email domain is not valid.
    InvalidEmailDomain => "invalid_email_domain",
    /// Allowed auth methods must be supplied when auth methods are restricted.
    AllowedAuthMethodsRequiredForRestricted => "allowed_auth_methods_required_for_restricted",
    /// Allowed MFA methods must be supplied when MFA methods are restricted.
    AllowedMfaMethodsRequiredForRestricted => "allowed_mfa_methods_required_for_restricted",
    /// The list of allowed auth methods is not valid.
    InvalidOrganizationAllowedAuthMethods => "invalid_organization_allowed_auth_methods",
    /// The list of allowed MFA methods is not valid.
    InvalidOrganizationAllowedMfaMethods => "invalid_organization_allowed_mfa_methods",
    /// The organization's auth method settings are inconsistent.
    InvalidOrganizationAuthMethodSettings => "invalid_organization_auth_method_settings",
    /// The organization's auth factor setting is not valid.
    InvalidOrganizationAuthFactorSetting => "invalid_organization_auth_factor_setting",
    /// Email JIT provisioning conflicts with the organization's allowed auth methods.
    InvalidOrganizationAuthFactorSettingForEmailJitProvisioning => "invalid_organization_auth_factor_setting_for_email_jit_provisioning",
    /// OAuth tenant JIT provisioning conflicts with the organization's allowed auth methods.
    InvalidOrganizationAuthFactorSettingForOauthTenantJitProvisioning => "invalid_organization_auth_factor_setting_for_oauth_tenant_jit_provisioning",
    /// The organization's MFA factor setting is not valid.
    InvalidOrganizationMfaFactorSetting => "invalid_organization_mfa_factor_setting",
    /// The organization's MFA policy is not valid.
    InvalidOrganizationMfaPolicy => "invalid_organization_mfa_policy",
    /// The restricted email setting is not valid.
    InvalidRestrictedEmailSetting => "invalid_restricted_email_setting",
    /// The restricted OAuth tenants setting is not valid.
    InvalidRestrictedOauthTenantsSetting => "invalid_restricted_oauth_tenants_setting",
    /// The restricted SSO setting is not valid.
    InvalidRestrictedSsoSetting => "invalid_restricted_sso_setting",
    /// The default SSO connection ID does not refer to a usable connection.
    InvalidSsoDefaultConnectionId => "invalid_sso_default_connection_id",
    /// The allowed OAuth tenants value is not in the expected format.
    InvalidOauthAllowedTenantsFormat => "invalid_oauth_allowed_tenants_format",
    /// The organization settings are too restrictive to be applied.
    TooRestrictiveOrganizationSettings => "too_restrictive_organization_settings",
    /// The organization's allowed auth methods forbid this operation.
    OperationRestrictedByOrganizationAuthMethods => "operation_restricted_by_organization_auth_methods",
    /// The organization's allowed MFA methods forbid this operation.
    OperationRestrictedByOrganizationMfaMethods => "operation_restricted_by_organization_mfa_methods",
    /// The email domain is claimed by an organization, which restricts this action.
    ActionNotAllowedEmailDomainIsClaimed => "action_not_allowed_email_domain_is_claimed",

    // Organization search.
    /// The fuzzy allowed-domain search term is too short.
    OrganizationSearchAllowedDomainFuzzyTooShort => "organization_search_allowed_domain_fuzzy_too_short",
    /// An organization search filter expected an array of strings.
    OrganizationSearchExpectedArrayOfStrings => "organization_search_expected_array_of_strings",
    /// An organization search filter expected a boolean.
    OrganizationSearchExpectedBoolean => "organization_search_expected_boolean",
    /// An organization search filter expected a string.
    OrganizationSearchExpectedString => "organization_search_expected_string",
    /// An organization search filter name must be a string.
    OrganizationSearchFilterNameMustBeString => "organization_search_filter_name_must_be_string",
    /// An organization search filter name is not recognized.
    OrganizationSearchFilterNameNotRecognized => "organization_search_filter_name_not_recognized",
    /// The fuzzy member-email search term is too short.
    OrganizationSearchMemberEmailFuzzyTooShort => "organization_search_member_email_fuzzy_too_short",
    /// The fuzzy allowed-domain filter has no value.
    OrganizationSearchMissingAllowedDomainFuzzy => "organization_search_missing_allowed_domain_fuzzy",
    /// The allowed-domains filter has no value.
    OrganizationSearchMissingAllowedDomains => "organization_search_missing_allowed_domains",
    /// An organization search filter has no name.
    OrganizationSearchMissingFilterName => "organization_search_missing_filter_name",
    /// An organization search filter has no value.
    OrganizationSearchMissingFilterValue => "organization_search_missing_filter_value",
    /// The fuzzy member-email filter has no value.
    OrganizationSearchMissingMemberEmailFuzzy => "organization_search_missing_member_email_fuzzy",
    /// The member-emails filter has no value.
    OrganizationSearchMissingMemberEmails => "organization_search_missing_member_emails",
    /// The organization-IDs filter has no value.
    OrganizationSearchMissingOrganizationIds => "organization_search_missing_organization_ids",
    /// The fuzzy organization-name filter has no value.
    OrganizationSearchMissingOrganizationNameFuzzy => "organization_search_missing_organization_name_fuzzy",
    /// The fuzzy organization-slug filter has no value.
    OrganizationSearchMissingOrganizationSlugFuzzy => "organization_search_missing_organization_slug_fuzzy",
    /// The organization-slugs filter has no value.
    OrganizationSearchMissingOrganizationSlugs => "organization_search_missing_organization_slugs",
    /// The fuzzy organization-name search term is too short.
    OrganizationSearchOrganizationNameFuzzyTooShort => "organization_search_organization_name_fuzzy_too_short",
    /// The fuzzy organization-slug search term is too short.
    OrganizationSearchOrganizationSlugFuzzyTooShort => "organization_search_organization_slug_fuzzy_too_short",

    // Members.
    /// The member could not be found.
    MemberNotFound => "member_not_found",
    /// The member does not belong to the given organization.
    MemberDoesNotExistInOrganization => "member_does_not_exist_in_organization",
    /// A member with this email already exists in the organization.
    DuplicateMemberEmail => "duplicate_member_email",
    /// A member with this external ID already exists in the organization.
    DuplicateMemberExternalId => "duplicate_member_external_id",
    /// Another member already uses this phone number.
    DuplicateMemberPhoneNumber => "duplicate_member_phone_number",
    /// The member already has this phone number.
    DuplicateMemberPhoneNumberForMember => "duplicate_member_phone_number_for_member",
    /// The email address is not valid.
    InvalidEmail => "invalid_email",
    /// The email ID is not valid.
    InvalidEmailId => "invalid_email_id",
    /// The fields used to look up the member are not a valid combination.
    InvalidMemberGetFields => "invalid_member_get_fields",
    /// The default MFA method is not valid for this member.
    InvalidMfaDefaultMethod => "invalid_mfa_default_method",
    /// The member has no enrolled factor matching the default MFA method.
    DefaultMfaMemberMissingFactor => "default_mfa_member_missing_factor",
    /// The action is only allowed for members whose status is active.
    ActionAvailableOnlyForActiveMembers => "action_available_only_for_active_members",
    /// The member is not allowed to change their own email address.
    MemberCannotUpdateTheirEmailAddress => "member_cannot_update_their_email_address",
    /// The requested email belongs to a different, deactivated member.
    DesiredEmailDeactivatedByDifferentMember => "desired_email_deactivated_by_different_member",
    /// The member's email must be verified before reactivation.
    EmailUnverifiedForReactivation => "email_unverified_for_reactivation",
    /// No deleted member exists that could be reactivated.
    NoDeletedMemberFoundForReactivation => "no_deleted_member_found_for_reactivation",
    /// The reactivated member's email is now used by another member.
    ReactivationEmailBelongsToAnotherMember => "reactivation_email_belongs_to_another_member",
    /// The email address has been retired for this member.
    RetiredMemberEmail => "retired_member_email",
    /// An email identifier is required to act on a retired email.
    RetiredEmailMissingEmailIdentifiers => "retired_email_missing_email_identifiers",
    /// Member search from the dashboard is disabled.
    MemberDashboardSearchDisabled => "member_dashboard_search_disabled",
    /// The member cannot be impersonated.
    MemberImpersonationNotAllowed => "member_impersonation_not_allowed",
    /// The member has no MFA phone number to act on.
    MemberPhoneNumberNotFound => "member_phone_number_not_found",
    /// The phone number is not valid.
    InvalidPhoneNumber => "invalid_phone_number",
    /// The phone number's country code is not supported.
    InvalidPhoneNumberCountryCode => "invalid_phone_number_country_code",

    // Member search.
    /// A member search filter expected an array of strings.
    MemberSearchExpectedArrayOfStrings => "member_search_expected_array_of_strings",
    /// A member search filter expected a boolean.
    MemberSearchExpectedBoolean => "member_search_expected_boolean",
    /// A member search filter expected a string.
    MemberSearchExpectedString => "member_search_expected_string",
    /// A member search filter name must be a string.
    MemberSearchFilterNameMustBeString => "member_search_filter_name_must_be_string",
    /// A member search filter name is not recognized.
    MemberSearchFilterNameNotRecognized => "member_search_filter_name_not_recognized",
    /// The fuzzy member-email search term is too short.
    MemberSearchMemberEmailFuzzyTooShort => "member_search_member_email_fuzzy_too_short",
    /// The fuzzy MFA phone number search term is too short.
    MemberSearchMemberMfaPhoneNumberFuzzyTooShort => "member_search_member_mfa_phone_number_fuzzy_too_short",
    /// A member search filter has no name.
    MemberSearchMissingFilterName => "member_search_missing_filter_name",
    /// A member search filter has no value.
    MemberSearchMissingFilterValue => "member_search_missing_filter_value",
    /// The break-glass filter has no value.
    MemberSearchMissingIsBreakglass => "member_search_missing_is_breakglass",
    /// The fuzzy member-email filter has no value.
    MemberSearchMissingMemberEmailFuzzy => "member_search_missing_member_email_fuzzy",
    /// The member-emails filter has no value.
    MemberSearchMissingMemberEmails => "member_search_missing_member_emails",
    /// The member-IDs filter has no value.
    MemberSearchMissingMemberIds => "member_search_missing_member_ids",
    /// The member-roles filter has no value.
    MemberSearchMissingMemberRoles => "member_search_missing_member_roles",
    /// The fuzzy MFA phone number filter has no value.
    MemberSearchMissingMfaMemberPhoneNumberFuzzy => "member_search_missing_mfa_member_phone_number_fuzzy",
    /// The MFA phone numbers filter has no value.
    MemberSearchMissingMfaMemberPhoneNumbers => "member_search_missing_mfa_member_phone_numbers",
    /// The OAuth providers filter has no value.
    MemberSearchMissingOauthProviders => "member_search_missing_oauth_providers",
    /// A member search needs an organization ID.
    MemberSearchMissingOrganizationId => "member_search_missing_organization_id",
    /// The organization-slug filter has no value.
    MemberSearchMissingOrganizationSlug => "member_search_missing_organization_slug",
    /// The fuzzy organization-slug filter has no value.
    MemberSearchMissingOrganizationSlugFuzzy => "member_search_missing_organization_slug_fuzzy",
    /// The password-exists filter has no value.
    MemberSearchMissingPasswordExists => "member_search_missing_password_exists",
    /// The status filter has no value.
    MemberSearchMissingStatus => "member_search_missing_status",
    /// The statuses filter has no value.
    MemberSearchMissingStatuses => "member_search_missing_statuses",
    /// The TOTP-exists filter has no value.
    MemberSearchMissingTotpExists => "member_search_missing_totp_exists",
    /// The list of organization IDs to search is empty.
    MemberSearchOrganizationIdsEmpty => "member_search_organization_ids_empty",
    /// The fuzzy organization-slug search term is too short.
    MemberSearchOrganizationSlugFuzzyTooShort => "member_search_organization_slug_fuzzy_too_short",
    /// A status filter in the search is not a recognized status.
    SearchInvalidStatusFilter => "search_invalid_status_filter",

    // Discovery and intermediate sessions.
    /// The intermediate session token is unknown, expired or already used.
    IntermediateSessionNotFound => "intermediate_session_not_found",
    /// The intermediate session token cannot be used for this organization.
    InvalidIntermediateSessionTokenForOrganization => "invalid_intermediate_session_token_for_organization",
    /// The session lacks the factors needed to exchange into the target organization.
    InsufficientFactorsForSessionExchange => "insufficient_factors_for_session_exchange",
    /// The organization does not allow JIT provisioning by email domain.
    EmailJitProvisioningNotAllowed => "email_jit_provisioning_not_allowed",
    /// The email address is not eligible for JIT provisioning in this organization.
    InvalidEmailForJitProvisioning => "invalid_email_for_jit_provisioning",
    /// The email address cannot be invited to this organization.
    InvalidEmailForInvites => "invalid_email_for_invites",
    /// The SSO connection is not allowed to JIT-provision members.
    InvalidConnectionForJitProvisioning => "invalid_connection_for_jit_provisioning",
    /// The organization does not allow JIT provisioning by OAuth tenant.
    OauthTenantJitProvisioningNotAllowed => "oauth_tenant_jit_provisioning_not_allowed",
    /// The OAuth tenant is not allowed to JIT-provision members here.
    InvalidOauthTenantForJitProvisioning => "invalid_oauth_tenant_for_jit_provisioning",
    /// The discovery redirect URL is not valid.
    InvalidDiscoveryRedirectUrl => "invalid_discovery_redirect_url",
    /// No discovery redirect URL was given and none is configured.
    NoDiscoveryRedirectUrl => "no_discovery_redirect_url",
    /// The project has no discovery redirect URLs configured.
    NoDiscoveryRedirectUrlsSet => "no_discovery_redirect_urls_set",
    /// The project has no default discovery redirect URL.
    NoDefaultDiscoveryRedirectUrlSet => "no_default_discovery_redirect_url_set",

    // Magic links, invites and redirect URLs.
    /// The magic link token could not be found.
    MagicLinkNotFound => "magic_link_not_found",
    /// The magic link could not be authenticated, usually because it expired or was already used.
    UnableToAuthMagicLink => "unable_to_auth_magic_link",
    /// The magic link URL is not valid.
    InvalidMagicLinkUrl => "invalid_magic_link_url",
    /// The login magic link URL is not valid.
    InvalidLoginMagicLinkUrl => "invalid_login_magic_link_url",
    /// The signup magic link URL is not valid.
    InvalidSignupMagicLinkUrl => "invalid_signup_magic_link_url",
    /// The invite magic link URL is not valid.
    InvalidInviteMagicLinkUrl => "invalid_invite_magic_link_url",
    /// The magic link URL does not match any configured redirect URL.
    NoMatchForProvidedMagicLinkUrl => "no_match_for_provided_magic_link_url",
    /// The login redirect URL is not valid.
    InvalidLoginRedirectUrl => "invalid_login_redirect_url",
    /// The signup redirect URL is not valid.
    InvalidSignupRedirectUrl => "invalid_signup_redirect_url",
    /// The invite redirect URL is not valid.
    InvalidInviteRedirectUrl => "invalid_invite_redirect_url",
    /// No login redirect URL was given and none is configured.
    NoLoginRedirectUrl => "no_login_redirect_url",
    /// The project has no login redirect URLs configured.
    NoLoginRedirectUrlsSet => "no_login_redirect_urls_set",
    /// The project has no default login redirect URL.
    NoDefaultLoginRedirectUrlSet => "no_default_login_redirect_url_set",
    /// No signup redirect URL was given and none is configured.
    NoSignupRedirectUrl => "no_signup_redirect_url",
    /// The project has no signup redirect URLs configured.
    NoSignupRedirectUrlsSet => "no_signup_redirect_urls_set",
    /// The project has no default signup redirect URL.
    NoDefaultSignupRedirectUrlSet => "no_default_signup_redirect_url_set",
    /// No invite redirect URL was given and none is configured.
    NoInviteRedirectUrl => "no_invite_redirect_url",
    /// The project has no invite redirect URLs configured.
    NoInviteRedirectUrlsSet => "no_invite_redirect_urls_set",
    /// The project has no default invite redirect URL.
    NoDefaultInviteRedirectUrlSet => "no_default_invite_redirect_url_set",
    /// The email address is marked inactive (for example after bounces) and cannot receive mail.
    InactiveEmail => "inactive_email",
    /// The email address must be verified first.
    EmailVerificationRequired => "email_verification_required",
    /// The email address has already been invited.
    UserAlreadyInvited => "user_already_invited",
    /// The PKCE code verifier does not match the original code challenge.
    PkceMismatch => "pkce_mismatch",
    /// A PKCE code verifier was required but not supplied.
    PkceExpectedCodeVerifier => "pkce_expected_code_verifier",
    /// A PKCE code verifier was supplied for a flow that did not use PKCE.
    PkceDidNotExpectCodeVerifier => "pkce_did_not_expect_code_verifier",
    /// The PKCE code challenge is not valid.
    InvalidPkceCodeChallenge => "invalid_pkce_code_challenge",
    /// The PKCE code verifier is not valid.
    InvalidPkceCodeVerifier => "invalid_pkce_code_verifier",
    /// The supplied token is not valid.
    InvalidToken => "invalid_token",

    // SMS one-time passcodes.
    /// No matching one-time passcode was found.
    OtpCodeNotFound => "otp_code_not_found",
    /// The passcode could not be authenticated, usually because it is wrong, expired or already used.
    UnableToAuthOtpCode => "unable_to_auth_otp_code",
    /// The requested passcode expiration is outside the allowed range.
    InvalidExpirationOtp => "invalid_expiration_otp",
    /// The phone number has opted out of receiving messages.
    UnsubscribedPhoneNumber => "unsubscribed_phone_number",
    /// The phone number could not be found.
    PhoneNumberNotFound => "phone_number_not_found",
    /// Primary authentication must be completed before this MFA step.
    ActionAvailableOnlyOncePrimaryAuthenticationIsMet => "action_available_only_once_primary_authentication_is_met",

    // OAuth.
    /// The OAuth token could not be found.
    OauthTokenNotFound => "oauth_token_not_found",
    /// No OAuth tokens are stored for this member and provider.
    MemberOauthTokenNotFound => "member_oauth_token_not_found",
    /// The OAuth provider is not supported.
    InvalidOauthProvider => "invalid_oauth_provider",
    /// The OAuth provider has not been configured for this project.
    OauthConfigNotFound => "oauth_config_not_found",
    /// The OAuth provider rejected the authorization code.
    OauthAuthCodeError => "oauth_auth_code_error",
    /// The OAuth callback for the login/signup flow failed.
    OauthFlowCallbackError => "oauth_flow_callback_error",
    /// The OAuth callback for the discovery flow failed.
    OauthDiscoveryFlowCallbackError => "oauth_discovery_flow_callback_error",
    /// The OAuth callback for a non-discovery flow failed.
    OauthNonDiscoveryFlowCallbackError => "oauth_non_discovery_flow_callback_error",
    /// The OAuth callback request is malformed.
    OauthInvalidCallbackRequest => "oauth_invalid_callback_request",
    /// The OAuth state parameter is not valid.
    OauthInvalidState => "oauth_invalid_state",
    /// The OAuth state parameter does not match the one issued.
    OauthStateMismatch => "oauth_state_mismatch",
    /// The OAuth state has already been consumed.
    OauthStateUsed => "oauth_state_used",
    /// The OAuth response has expired.
    ExpiredOauthResponse => "expired_oauth_response",
    /// The provider reports the user's email as unverified.
    OauthUnverifiedEmail => "oauth_unverified_email",
    /// The OAuth application is not authorized by the user or tenant.
    OauthAppNotAuthorized => "oauth_app_not_authorized",
    /// Building the OAuth provider redirect URL failed.
    OauthCreatingRedirectUrlError => "oauth_creating_redirect_url_error",
    /// Google returned too little information during the token exchange.
    OauthTokenExchangeGoogleMissingInformation => "oauth_token_exchange_google_missing_information",
    /// The provider rejected the OAuth client during the token exchange.
    OauthTokenExchangeInvalidClient => "oauth_token_exchange_invalid_client",
    /// The provider rejected the token exchange request as malformed.
    OauthTokenExchangeInvalidRequest => "oauth_token_exchange_invalid_request",
    /// The provider rejected the requested scopes during the token exchange.
    OauthTokenExchangeInvalidScope => "oauth_token_exchange_invalid_scope",
    /// The Microsoft client secret has expired.
    OauthTokenExchangeMicrosoftExpiredSecret => "oauth_token_exchange_microsoft_expired_secret",
    /// The Microsoft client secret is not valid.
    OauthTokenExchangeMicrosoftInvalidSecret => "oauth_token_exchange_microsoft_invalid_secret",
    /// The provider does not allow this client to perform the token exchange.
    OauthTokenExchangeUnauthorizedClient => "oauth_token_exchange_unauthorized_client",
    /// The OAuth login redirect URL is not valid.
    InvalidLoginOauthUrl => "invalid_login_oauth_url",
    /// The OAuth signup redirect URL is not valid.
    InvalidSignupOauthUrl => "invalid_signup_oauth_url",
    /// The OAuth redirect URL does not match any configured redirect URL.
    NoMatchForProvidedOauthUrl => "no_match_for_provided_oauth_url",
    /// An organization ID or slug is needed to start the OAuth flow.
    MissingOauthOrganizationLocator => "missing_oauth_organization_locator",
    /// More than one organization locator was supplied for the OAuth flow.
    TooManyOauthOrganizationLocators => "too_many_oauth_organization_locators",
    /// The Google hosted domain is not valid for this organization.
    InvalidGoogleHostedDomainError => "invalid_google_hosted_domain_error",
    /// The Microsoft tenant type is not supported.
    InvalidMicrosoftTenantType => "invalid_microsoft_tenant_type",
    /// The Microsoft user principal name is not valid.
    InvalidMicrosoftUserPrincipalName => "invalid_microsoft_user_principal_name",
    /// Authorization with the OAuth provider failed.
    UnableToAuthorizeOauthProvider => "unable_to_authorize_oauth_provider",
    /// The OAuth refresh token could not be used to obtain new tokens.
    UnableToRefreshOauthToken => "unable_to_refresh_oauth_token",
    /// No OAuth refresh token is available.
    MissingOauthRefreshToken => "missing_oauth_refresh_token",

    // Passwords.
    /// The password appears in a known data breach.
    BreachedPassword => "breached_password",
    /// The password does not satisfy the strength policy.
    WeakPassword => "weak_password",
    /// The member must reset their password before logging in with one.
    MemberResetPassword => "member_reset_password",
    /// The password must be reset before it can be used.
    ResetPassword => "reset_password",
    /// The member has no password set.
    MemberPasswordNotFound => "member_password_not_found",
    /// The password could not be found.
    PasswordNotFound => "password_not_found",
    /// The supplied password is incorrect.
    PasswordDoesNotMatch => "password_does_not_match",
    /// A password already exists for this member.
    PasswordAlreadyExists => "password_already_exists",
    /// The password ID is not valid.
    InvalidPasswordId => "invalid_password_id",
    /// The password reset token could not be authenticated, usually because it expired or was already used.
    UnableToAuthPasswordResetToken => "unable_to_auth_password_reset_token",
    /// The password cannot be reset with the existing password in this situation.
    CannotResetPasswordWithExistingPassword => "cannot_reset_password_with_existing_password",
    /// The session is too old to reset the password with it.
    SessionTooOldToResetPassword => "session_too_old_to_reset_password",
    /// No password reset redirect URL was given and none is configured.
    NoPasswordResetRedirectUrl => "no_password_reset_redirect_url",
    /// The password reset redirect URL is not valid.
    InvalidPasswordResetRedirectUrl => "invalid_password_reset_redirect_url",
    /// The configured LUDS complexity value is not valid.
    InvalidPasswordStrengthLudsComplexity => "invalid_password_strength_luds_complexity",
    /// The configured LUDS minimum length is not valid.
    InvalidPasswordStrengthLudsLength => "invalid_password_strength_luds_length",
    /// The action is not allowed while cross-organization passwords are enabled.
    CrossOrgPasswordsEnabled => "cross_org_passwords_enabled",
    /// The action requires cross-organization passwords to be enabled.
    CrossOrgPasswordsNotEnabled => "cross_org_passwords_not_enabled",

    // Password migration (hash import).
    /// The migrated password hash is not valid.
    InvalidHash => "invalid_hash",
    /// The hash type is not supported.
    InvalidHashType => "invalid_hash_type",
    /// The bcrypt hash is not valid.
    InvalidBcryptHash => "invalid_bcrypt_hash",
    /// The bcrypt cost factor is not valid.
    InvalidBcryptCost => "invalid_bcrypt_cost",
    /// The MD5 hash is not valid.
    InvalidMd5Hash => "invalid_md_5_hash",
    /// The SHA-1 hash is not valid.
    InvalidSha1Hash => "invalid_sha_1_hash",
    /// The SHA-512 hash is not valid.
    InvalidSha512Hash => "invalid_sha_512_hash",
    /// The salt to prepend is not valid.
    InvalidPrependSalt => "invalid_prepend_salt",
    /// The salt to append is not valid.
    InvalidAppendSalt => "invalid_append_salt",
    /// The Argon2 salt is not valid.
    InvalidArgon2Salt => "invalid_argon_2_salt",
    /// The Argon2 iteration count is not valid.
    InvalidArgon2IterationAmount => "invalid_argon_2_iteration_amount",
    /// The Argon2 key length is not valid.
    InvalidArgon2KeyLength => "invalid_argon_2_key_length",
    /// The Argon2 memory parameter is not valid.
    InvalidArgon2Memory => "invalid_argon_2_memory",
    /// The Argon2 thread count is not valid.
    InvalidArgon2Threads => "invalid_argon_2_threads",
    /// The Argon2 key length does not match the supplied hash.
    Argon2KeyLengthMismatch => "argon_2_key_length_mismatch",
    /// The PBKDF2 algorithm is not supported.
    InvalidPbkdf2Algorithm => "invalid_pbkdf_2_algorithm",
    /// The PBKDF2 hash is not valid.
    InvalidPbkdf2Hash => "invalid_pbkdf_2_hash",
    /// The PBKDF2 salt is not valid.
    InvalidPbkdf2Salt => "invalid_pbkdf_2_salt",
    /// The PBKDF2 iteration count is not valid.
    InvalidPbkdf2IterationAmount => "invalid_pbkdf_2_iteration_amount",
    /// The PBKDF2 key length does not match the supplied hash.
    Pbkdf2KeyLengthMismatch => "pbkdf_2_key_length_mismatch",
    /// The scrypt parameters are not valid.
    InvalidScryptParameters => "invalid_scrypt_parameters",
    /// The scrypt N parameter is not valid.
    InvalidScryptNParameter => "invalid_scrypt_n_parameter",
    /// The scrypt salt length is not valid.
    InvalidScryptSaltLength => "invalid_scrypt_salt_length",
    /// The scrypt hash is not valid base64.
    InvalidBase64ScryptHash => "invalid_base64_scrypt_hash",
    /// The scrypt salt is not valid base64.
    InvalidBase64ScryptSalt => "invalid_base64_scrypt_salt",
    /// The scrypt key length does not match the supplied hash.
    ScryptKeyLengthMismatch => "scrypt_key_length_mismatch",
    /// The PHPass hash is not in the expected format.
    InvalidPhpassHashFormat => "invalid_phpass_hash_format",
    /// The PHPass hash has an unexpected prefix.
    InvalidPhpassHashPrefix => "invalid_phpass_hash_prefix",

    // Sessions and JWTs.
    /// The session could not be found; it may have expired or been revoked.
    SessionNotFound => "session_not_found",
    /// The session ID is not valid.
    InvalidSessionId => "invalid_session_id",
    /// The session token is not valid.
    InvalidSessionToken => "invalid_session_token",
    /// The requested session duration is not valid.
    InvalidSessionDuration => "invalid_session_duration",
    /// The requested session duration in minutes is outside the allowed range.
    InvalidSessionDurationMinutes => "invalid_session_duration_minutes",
    /// The combination of session fields in the request is not valid.
    InvalidSessionFields => "invalid_session_fields",
    /// The session has no primary authentication factor.
    InvalidSessionMissingPrimaryFactor => "invalid_session_missing_primary_factor",
    /// The session JWT could not be parsed.
    UnableToParseSessionJwt => "unable_to_parse_session_jwt",
    /// The JWT audience claim does not match the project.
    JwtInvalidAudience => "jwt_invalid_audience",
    /// The JWT claims are not valid.
    JwtInvalidClaims => "jwt_invalid_claims",
    /// The JWT issuer claim does not match the expected issuer.
    JwtInvalidIssuer => "jwt_invalid_issuer",
    /// The custom session claims exceed the size limit.
    CustomClaimsTooLarge => "custom_claims_too_large",
    /// The custom claims use a reserved JWT claim name.
    ReservedClaimsInCustomClaims => "reserved_claims_in_custom_claims",
    /// The custom claims use a claim namespace reserved by Stytch.
    StytchClaimsInCustomClaims => "stytch_claims_in_custom_claims",
    /// The custom claims cannot be represented as JSON.
    UnableToRepresentCustomClaimsJson => "unable_to_represent_custom_claims_json",
    /// Neither a session token nor a session JWT was supplied.
    NoSessionArguments => "no_session_arguments",
    /// More than one way of identifying the session was supplied.
    TooManySessionArguments => "too_many_session_arguments",
    /// Nothing was supplied to identify which session to revoke.
    NoSessionRevokeArguments => "no_session_revoke_arguments",
    /// More than one way of identifying the session to revoke was supplied.
    TooManySessionRevokeArguments => "too_many_session_revoke_arguments",
    /// The operation needs an existing session, but none was supplied.
    NoAssociatedSessionPassedIn => "no_associated_session_passed_in",
    /// The session bound to the code differs from the supplied session.
    SessionOnCodeDoesNotMatchSessionPassedIn => "session_on_code_does_not_match_session_passed_in",
    /// The session belongs to a different member than the one in the request.
    MemberSessionMemberIdMismatch => "member_session_member_id_mismatch",
    /// The session does not have the authentication factors this action requires.
    InsufficientFactors => "insufficient_factors",
    /// The session's factors are too old for this action.
    StaleFactors => "stale_factors",
    /// The session type cannot be used for this operation.
    IncompatibleSessionType => "incompatible_session_type",
    /// A session must keep at least one active factor.
    SessionMustHaveAtLeastOneActiveFactor => "session_must_have_at_least_one_active_factor",
    /// The session cannot be modified.
    SessionNotMutable => "session_not_mutable",
    /// An impersonated session cannot be modified.
    SessionNotMutableImpersonated => "session_not_mutable_impersonated",
    /// Existing sessions cannot be kept for this operation.
    CannotPreserveExistingSessions => "cannot_preserve_existing_sessions",

    // SSO (shared by SAML and OIDC).
    /// The SSO connection could not be found.
    SsoConnectionNotFound => "sso_connection_not_found",
    /// The SSO token could not be found; it may have expired or been used.
    SsoTokenNotFound => "sso_token_not_found",
    /// The SSO connection belongs to a different organization.
    SsoConnectionOrganizationMismatch => "sso_connection_organization_mismatch",
    /// More than one SSO connection matched, so none could be chosen.
    SsoMultipleConnectionsFound => "sso_multiple_connections_found",
    /// The organization has no SSO connection.
    NoSsoConnectionExistsForOrganization => "no_sso_connection_exists_for_organization",
    /// The organization has several SSO connections and none was specified.
    IndeterminateSsoConnectionForOrganization => "indeterminate_sso_connection_for_organization",
    /// The action needs an active SSO connection.
    RequiresActiveSsoConnection => "requires_active_sso_connection",
    /// A connection ID or organization locator is needed to start SSO.
    MissingSsoConnectionLocator => "missing_sso_connection_locator",
    /// More than one SSO connection locator was supplied.
    TooManySsoConnectionLocators => "too_many_sso_connection_locators",
    /// The organization already has the maximum number of SSO connections.
    TooManySsoConnections => "too_many_sso_connections",
    /// The billing tier does not allow more SSO connections.
    TooManySsoConnectionsForBillingTier => "too_many_sso_connections_for_billing_tier",
    /// The organization's default SSO connection cannot be deleted.
    CannotDeleteDefaultSsoConnection => "cannot_delete_default_sso_connection",
    /// An equivalent external SSO connection already exists.
    DuplicateExternalSsoConnection => "duplicate_external_sso_connection",
    /// The identity provider value is not supported.
    InvalidSsoIdp => "invalid_sso_idp",
    /// The SSO login redirect URL is not valid.
    InvalidLoginSsoUrl => "invalid_login_sso_url",
    /// The SSO signup redirect URL is not valid.
    InvalidSignupSsoUrl => "invalid_signup_sso_url",
    /// The SSO redirect URL does not match any configured redirect URL.
    NoMatchForProvidedSsoUrl => "no_match_for_provided_sso_url",
    /// The SSO verification key or certificate could not be found.
    SsoVerificationKeyNotFound => "sso_verification_key_not_found",
    /// The connection's last verification certificate cannot be deleted.
    CannotDeleteLastSsoVerificationKey => "cannot_delete_last_sso_verification_key",
    /// The connection already has the maximum number of verification certificates.
    TooManySsoVerificationCertificates => "too_many_sso_verification_certificates",

    // SAML.
    /// The SAML connection could not be found.
    SamlConnectionNotFound => "saml_connection_not_found",
    /// An equivalent SAML connection already exists.
    DuplicateSamlConnection => "duplicate_saml_connection",
    /// The SAML metadata URL is not valid.
    InvalidSamlMetadataUrl => "invalid_saml_metadata_url",
    /// The document at the SAML metadata URL is not valid XML metadata.
    InvalidXmlFromSamlMetadataUrl => "invalid_xml_from_saml_metadata_url",
    /// The X.509 certificate is not valid.
    InvalidX509Certificate => "invalid_x509_certificate",
    /// The IdP entity ID is not valid.
    InvalidIdpEntityId => "invalid_idp_entity_id",
    /// The IdP SSO URL is not valid.
    InvalidIdpSsoUrl => "invalid_idp_sso_url",
    /// The SAML response was not signed by the configured certificate.
    SamlCertificateMismatch => "saml_certificate_mismatch",
    /// The attribute mapping lacks a groups key required for group role assignments.
    SamlConnectionAttributeMappingMissingGroupsKey => "saml_connection_attribute_mapping_missing_groups_key",
    /// The SAML connection needs an attribute mapping.
    SamlConnectionAttributeMappingRequired => "saml_connection_attribute_mapping_required",
    /// The attribute mapping must include an email attribute.
    SamlConnectionEmailMappingRequired => "saml_connection_email_mapping_required",
    /// The attribute mapping must include name attributes.
    SamlConnectionNameMappingRequired => "saml_connection_name_mapping_required",
    /// The IdP SSO URL is not in a valid format.
    SamlConnectionIdpSsoUrlInvalidFormat => "saml_connection_idp_sso_url_invalid_format",
    /// The IdP SSO URL must use HTTPS.
    SamlConnectionIdpSsoUrlNotHttps => "saml_connection_idp_sso_url_not_https",
    /// The IdP SSO URL is required.
    SamlConnectionIdpSsoUrlRequired => "saml_connection_idp_sso_url_required",
    /// The SAML metadata is not in a valid format.
    SamlConnectionMetadataInvalidFormat => "saml_connection_metadata_invalid_format",
    /// The attribute mapping must not contain nested keys.
    SamlConnectionNoNestedKeysInAttributeMapping => "saml_connection_no_nested_keys_in_attribute_mapping",
    /// A SAML group role assignment does not name a group.
    SamlGroupRoleAssignmentDoesNotContainMemberGroup => "saml_group_role_assignment_does_not_contain_member_group",
    /// IdP-initiated SAML login is disabled for this connection.
    SamlIdpInitiatedAuthDisabled => "saml_idp_initiated_auth_disabled",
    /// The SAML signing private key format is not supported.
    SamlSigningPrivateKeyFormatNotSupported => "saml_signing_private_key_format_not_supported",
    /// The SAML signing private key is not valid.
    SamlSigningPrivateKeyInvalid => "saml_signing_private_key_invalid",
    /// The supplied private key exceeds the maximum length.
    PrivateKeyTooLong => "private_key_too_long",
    /// The SAML response is not valid.
    InvalidSamlResponse => "invalid_saml_response",
    /// The SAML response carries an invalid email address.
    InvalidSamlResponseEmail => "invalid_saml_response_email",
    /// The SAML response carries invalid group data.
    InvalidSamlResponseGroups => "invalid_saml_response_groups",
    /// The SAML response is addressed to a different audience.
    InvalidAudienceSamlResponse => "invalid_audience_saml_response",
    /// The SAML response signature is not valid.
    InvalidSignatureSamlResponse => "invalid_signature_saml_response",
    /// The SAML response is not valid XML.
    InvalidXmlSamlResponse => "invalid_xml_saml_response",
    /// No SAML response was received.
    MissingSamlResponse => "missing_saml_response",
    /// The SAML relay state is missing.
    MissingSamlRelayState => "missing_saml_relay_state",
    /// The SAML response is not signed.
    MissingSignatureSamlResponse => "missing_signature_saml_response",
    /// The SAML CSRF cookie is missing.
    MissingSamlCsrfCookie => "missing_saml_csrf_cookie",
    /// The SAML CSRF cookie does not match the request.
    SamlCsrfCookieMismatch => "saml_csrf_cookie_mismatch",
    /// The SAML response has already been processed.
    DuplicateSamlResponse => "duplicate_saml_response",
    /// The SAML response has expired.
    ExpiredSamlResponse => "expired_saml_response",
    /// The SAML response is not valid yet.
    NotYetValidSamlResponse => "not_yet_valid_saml_response",
    /// The identity provider reported a failed SAML login.
    FailedSamlResponse => "failed_saml_response",
    /// A SAML response arrived that no request asked for.
    UnsolicitedSamlResponse => "unsolicited_saml_response",
    /// XML validation of the SAML response failed for an unknown reason.
    XmlValidationSamlUnknownError => "xml_validation_saml_unknown_error",

    // OIDC.
    /// The OIDC connection could not be found.
    OidcConnectionNotFound => "oidc_connection_not_found",
    /// The OIDC authorization URL is not in a valid format.
    OidcConnectionAuthorizationUrlInvalidFormat => "oidc_connection_authorization_url_invalid_format",
    /// The OIDC authorization URL is required.
    OidcConnectionAuthorizationUrlRequired => "oidc_connection_authorization_url_required",
    /// The OIDC client ID is required.
    OidcConnectionClientIdRequired => "oidc_connection_client_id_required",
    /// The OIDC client secret is required.
    OidcConnectionClientSecretRequired => "oidc_connection_client_secret_required",
    /// The OIDC issuer is required.
    OidcConnectionIssuerRequired => "oidc_connection_issuer_required",
    /// The OIDC issuer URL is not in a valid format.
    OidcConnectionIssuerUrlInvalidFormat => "oidc_connection_issuer_url_invalid_format",
    /// The OIDC JWKS URL is not in a valid format.
    OidcConnectionJwksUrlInvalidFormat => "oidc_connection_jwks_url_invalid_format",
    /// The OIDC JWKS URL is required.
    OidcConnectionJwksUrlRequired => "oidc_connection_jwks_url_required",
    /// The OIDC token URL is not in a valid format.
    OidcConnectionTokenUrlInvalidFormat => "oidc_connection_token_url_invalid_format",
    /// The OIDC token URL is required.
    OidcConnectionTokenUrlRequired => "oidc_connection_token_url_required",
    /// The OIDC userinfo URL is not in a valid format.
    OidcConnectionUserinfoUrlInvalidFormat => "oidc_connection_userinfo_url_invalid_format",
    /// The OIDC userinfo URL is required.
    OidcConnectionUserinfoUrlRequired => "oidc_connection_userinfo_url_required",
    /// The issuer is not valid.
    InvalidIssuer => "invalid_issuer",
    /// The client ID is not valid.
    InvalidClientId => "invalid_client_id",
    /// The client secret is not valid.
    InvalidClientSecret => "invalid_client_secret",
    /// The client secret exceeds the maximum length.
    ClientSecretTooLong => "client_secret_too_long",
    /// The authorization URL is not valid.
    InvalidAuthorizationUrl => "invalid_authorization_url",
    /// The token URL is not valid.
    InvalidTokenUrl => "invalid_token_url",
    /// The userinfo URL is not valid.
    InvalidUserinfoUrl => "invalid_userinfo_url",
    /// The JWKS URL is not valid.
    InvalidJwksUrl => "invalid_jwks_url",
    /// The OIDC provider rejected the authorization code.
    OidcAuthCodeError => "oidc_auth_code_error",
    /// The OIDC CSRF cookie does not match the request.
    OidcCsrfCookieMismatch => "oidc_csrf_cookie_mismatch",
    /// The OIDC CSRF cookie is missing.
    MissingOidcCsrfCookie => "missing_oidc_csrf_cookie",
    /// The OIDC state parameter is missing.
    MissingOidcStateParam => "missing_oidc_state_param",
    /// The OIDC callback request is malformed.
    OidcInvalidCallbackRequest => "oidc_invalid_callback_request",
    /// The ID token returned by the OIDC provider is not valid.
    OidcInvalidIdToken => "oidc_invalid_id_token",
    /// The userinfo returned by the OIDC provider is not valid.
    OidcInvalidUserinfo => "oidc_invalid_userinfo",
    /// The OIDC provider did not return an email address.
    OidcResponseEmailMissing => "oidc_response_email_missing",
    /// The OIDC provider did not return a name.
    OidcResponseNameMissing => "oidc_response_name_missing",
    /// The OIDC provider did not return a subject.
    OidcResponseSubjectMissing => "oidc_response_subject_missing",
    /// The subject from the ID token and userinfo do not match.
    OidcResponseSubjectMismatch => "oidc_response_subject_mismatch",
    /// The OIDC provider reports the email as unverified.
    OidcResponseUnverifiedEmail => "oidc_response_unverified_email",
    /// The user is not assigned to the application in the identity provider.
    OidcUserNotAssignedToAppInIdp => "oidc_user_not_assigned_to_app_in_idp",
    /// The OIDC response has expired.
    ExpiredOidcResponse => "expired_oidc_response",
    /// An OIDC response arrived that no request asked for.
    UnsolicitedOidcResponse => "unsolicited_oidc_response",
    /// No OIDC tokens are stored for this member.
    MemberOidcTokenNotFound => "member_oidc_token_not_found",
    /// The OIDC refresh token could not be used to obtain new tokens.
    UnableToRefreshOidcToken => "unable_to_refresh_oidc_token",
    /// No OIDC refresh token is available.
    MissingOidcRefreshToken => "missing_oidc_refresh_token",
}

impl ErrorType {
    /// Returns `true` unless this is [`ErrorType::Unknown`].
    pub fn is_known(&self) -> bool {
        !matches!(self, ErrorType::Unknown(_))
    }

    /// Returns `true` when the error says a referenced resource does not exist.
    ///
    /// This follows Stytch's naming convention: every error type whose wire
    /// string ends in `_not_found` (such as `member_not_found` or
    /// `session_not_found`) qualifies. Because the check is made on the
    /// string, it also recognises unknown error types that follow the same
    /// convention.
    pub fn is_not_found(&self) -> bool {
        self.as_str().ends_with("_not_found")
    }

    /// Returns `true` when the request was rejected by rate limiting
    /// (`too_many_requests` or `too_few_tokens_authenticated`).
    ///
    /// Such requests may succeed later; retry them with a backoff.
    pub fn is_rate_limit(&self) -> bool {
        matches!(
            self,
            ErrorType::TooManyRequests | ErrorType::TooFewTokensAuthenticated
        )
    }

    /// Returns `true` for failures on Stytch's side
    /// (`internal_server_error` or `server_unavailable`).
    pub fn is_server_error(&self) -> bool {
        matches!(
            self,
            ErrorType::InternalServerError | ErrorType::ServerUnavailable
        )
    }

    /// Returns `true` when the project credentials (project ID and secret, or
    /// the `Authorization` header built from them) were rejected.
    ///
    /// These errors point at client configuration rather than at the end
    /// user's input.
    pub fn is_credentials_error(&self) -> bool {
        matches!(
            self,
            ErrorType::UnauthorizedCredentials
                | ErrorType::UnauthorizedCredentialsHomepage
                | ErrorType::InvalidAuthorizationHeader
                | ErrorType::InvalidProjectIdAuthentication
                | ErrorType::InvalidSecretAuthentication
        )
    }

    /// Returns `true` when a token or code presented by the end user could
    /// not be authenticated: a magic link token, an SMS one-time passcode or a
    /// password reset token that is wrong, expired or already used, or a
    /// generally invalid token.
    pub fn is_invalid_token(&self) -> bool {
        matches!(
            self,
            ErrorType::InvalidToken
                | ErrorType::UnableToAuthMagicLink
                | ErrorType::UnableToAuthOtpCode
                | ErrorType::UnableToAuthPasswordResetToken
        )
    }
}

impl AsRef<str> for ErrorType {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl From<&str> for ErrorType {
    fn from(wire: &str) -> Self {
        ErrorType::from_known(wire).unwrap_or_else(|| ErrorType::Unknown(wire.to_owned()))
    }
}

impl From<String> for ErrorType {
    fn from(wire: String) -> Self {
        match ErrorType::from_known(&wire) {
            Some(known) => known,
            None => ErrorType::Unknown(wire),
        }
    }
}

impl FromStr for ErrorType {
    type Err = std::convert::Infallible;

    fn from_str(wire: &str) -> Result<Self, Self::Err> {
        Ok(ErrorType::from(wire))
    }
}

impl fmt::Display for ErrorType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for ErrorType {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for ErrorType {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        deserializer.deserialize_str(ErrorTypeVisitor)
    }
}

/// Accepts any string and maps it onto [`ErrorType`].
struct ErrorTypeVisitor;

impl serde::de::Visitor<'_> for ErrorTypeVisitor {
    type Value = ErrorType;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a Stytch error_type string")
    }

    fn visit_str<E>(self, value: &str) -> Result<ErrorType, E>
    where
        E: serde::de::Error,
    {
        Ok(ErrorType::from(value))
    }

    fn visit_string<E>(self, value: String) -> Result<ErrorType, E>
    where
        E: serde::de::Error,
    {
        Ok(ErrorType::from(value))
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_known_variant_round_trips_through_its_wire_string() {
        for known in ErrorType::KNOWN {
            let wire = known.as_str();
            assert!(known.is_known(), "{wire} should be known");
            assert_eq!(&ErrorType::from_str(wire).unwrap(), known);
            assert_eq!(&ErrorType::from(wire), known);
            assert_eq!(&ErrorType::from(wire.to_owned()), known);
            assert_eq!(known.to_string(), wire);
        }
    }

    #[test]
    fn wire_strings_are_unique_and_snake_case() {
        let mut seen = HashSet::new();
        for known in ErrorType::KNOWN {
            let wire = known.as_str();
            assert!(seen.insert(wire), "duplicate wire string {wire}");
            assert!(!wire.is_empty());
            assert!(
                wire.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'),
                "{wire} is not snake_case"
            );
            assert!(!wire.starts_with('_') && !wire.ends_with('_'), "{wire}");
        }
        assert_eq!(seen.len(), ErrorType::KNOWN.len());
    }

    #[test]
    fn known_list_contains_core_error_types() {
        for wire in [
            "bad_request",
            "unauthorized_credentials",
            "too_many_requests",
            "internal_server_error",
            "session_not_found",
            "organization_not_found",
            "member_not_found",
            "organization_slug_already_used",
            "invalid_token",
            "unable_to_auth_magic_link",
            "breached_password",
            "intermediate_session_not_found",
            "sso_connection_not_found",
        ] {
            assert!(ErrorType::from(wire).is_known(), "{wire} should be known");
        }
    }

    #[test]
    fn unknown_strings_are_preserved_verbatim() {
        let wire = "some_future_error_type";
        let parsed = ErrorType::from(wire);
        assert_eq!(parsed, ErrorType::Unknown(wire.to_owned()));
        assert!(!parsed.is_known());
        assert_eq!(parsed.as_str(), wire);
        assert_eq!(parsed.to_string(), wire);
        assert_eq!(ErrorType::from(wire.to_owned()), parsed);
        assert_eq!(ErrorType::from_str(wire).unwrap(), parsed);

        assert_eq!(ErrorType::from(""), ErrorType::Unknown(String::new()));
        // Matching is exact: case or whitespace differences are not folded.
        assert!(!ErrorType::from("SESSION_NOT_FOUND").is_known());
        assert!(!ErrorType::from(" session_not_found").is_known());
    }

    #[test]
    fn serde_uses_the_plain_wire_string() {
        let json = serde_json::to_string(&ErrorType::SessionNotFound).unwrap();
        assert_eq!(json, "\"session_not_found\"");

        let parsed: ErrorType = serde_json::from_str("\"member_not_found\"").unwrap();
        assert_eq!(parsed, ErrorType::MemberNotFound);

        let unknown: ErrorType = serde_json::from_str("\"brand_new_error\"").unwrap();
        assert_eq!(unknown, ErrorType::Unknown("brand_new_error".to_owned()));
        assert_eq!(
            serde_json::to_string(&unknown).unwrap(),
            "\"brand_new_error\""
        );

        // Owned strings (visit_string) and escaped strings take other paths.
        let owned: ErrorType =
            serde_json::from_value(serde_json::Value::String("too_many_requests".to_owned()))
                .unwrap();
        assert_eq!(owned, ErrorType::TooManyRequests);
        let escaped: ErrorType = serde_json::from_str("\"bad\\u005frequest\"").unwrap();
        assert_eq!(escaped, ErrorType::BadRequest);

        assert!(serde_json::from_str::<ErrorType>("42").is_err());
    }

    #[test]
    fn serde_round_trips_every_known_variant() {
        for known in ErrorType::KNOWN {
            let json = serde_json::to_string(known).unwrap();
            assert_eq!(json, format!("\"{}\"", known.as_str()));
            let back: ErrorType = serde_json::from_str(&json).unwrap();
            assert_eq!(&back, known);
        }
    }

    #[test]
    fn deserializes_inside_an_error_body() {
        #[derive(serde::Deserialize)]
        struct Body {
            error_type: Option<ErrorType>,
        }
        let body: Body = serde_json::from_str(
            r#"{"status_code":404,"request_id":"req","error_type":"organization_not_found"}"#,
        )
        .unwrap();
        assert_eq!(body.error_type, Some(ErrorType::OrganizationNotFound));
        let body: Body = serde_json::from_str(r#"{"error_type":null}"#).unwrap();
        assert_eq!(body.error_type, None);
    }

    #[test]
    fn classifiers() {
        assert!(ErrorType::SessionNotFound.is_not_found());
        assert!(ErrorType::MemberNotFound.is_not_found());
        assert!(ErrorType::from("widget_not_found").is_not_found());
        assert!(!ErrorType::BadRequest.is_not_found());
        assert!(!ErrorType::NoDeletedMemberFoundForReactivation.is_not_found());

        assert!(ErrorType::TooManyRequests.is_rate_limit());
        assert!(ErrorType::TooFewTokensAuthenticated.is_rate_limit());
        assert!(!ErrorType::InternalServerError.is_rate_limit());

        assert!(ErrorType::InternalServerError.is_server_error());
        assert!(ErrorType::ServerUnavailable.is_server_error());
        assert!(!ErrorType::BadRequest.is_server_error());

        assert!(ErrorType::UnauthorizedCredentials.is_credentials_error());
        assert!(!ErrorType::SessionNotFound.is_credentials_error());

        assert!(ErrorType::UnableToAuthMagicLink.is_invalid_token());
        assert!(ErrorType::UnableToAuthOtpCode.is_invalid_token());
        assert!(!ErrorType::WeakPassword.is_invalid_token());

        let unknown = ErrorType::from("mystery");
        assert!(!unknown.is_rate_limit());
        assert!(!unknown.is_server_error());
        assert!(!unknown.is_credentials_error());
        assert!(!unknown.is_invalid_token());
        assert!(!unknown.is_not_found());
    }
}
