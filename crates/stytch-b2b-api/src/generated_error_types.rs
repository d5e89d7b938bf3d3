// @generated from openapi/error-types.yaml by `cargo xtask codegen`. Do not edit by hand.
/// A Stytch API `error_type` value.
///
/// Each unit variant corresponds to exactly one documented wire string
/// (see [`ErrorType::as_str`]). Strings that are not in the list are
/// kept in [`ErrorType::Unknown`]. Build values with [`From`] or
/// [`FromStr`](std::str::FromStr) rather than constructing `Unknown` by hand, so
/// that known strings always map to their dedicated variant.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorType {
    // Request, routing and transport problems shared by every endpoint.
    /// The request was malformed or failed validation.
    BadRequest,
    /// One of the supplied arguments has an unacceptable value.
    InvalidArgument,
    /// A field in the request body holds a value the API cannot accept.
    InvalidRequestValue,
    /// An identifier in the request is not well formed.
    InvalidId,
    /// The supplied authentication method ID is not valid.
    InvalidMethodId,
    /// A string field contains a zero-width space, which is rejected.
    ForbiddenCharacterZeroWidthSpace,
    /// Supplied metadata is not a valid JSON object.
    MetadataInvalidFormat,
    /// Supplied metadata exceeds the allowed size.
    MetadataTooLarge,
    /// Supplied metadata has more top-level keys than allowed.
    MetadataTooManyKeys,
    /// Trusted metadata cannot be changed by this caller.
    CannotUpdateTrustedMetadata,
    /// The requested locale is not supported.
    InvalidLocale,
    /// The referenced email template ID is not valid.
    InvalidTemplateId,
    /// The referenced email template does not exist.
    EmailTemplateNotFound,
    /// The supplied IP address is not valid.
    InvalidIpAddress,
    /// The supplied user agent is not valid.
    InvalidUserAgent,
    /// Request attributes (such as IP or user agent) differ from the ones stored for the token.
    AttributeMismatch,
    /// The request was made over plain HTTP; HTTPS is required.
    UseHttps,
    /// The HTTP method is not supported for this route.
    MethodNotAllowed,
    /// No API route matches the requested path.
    RouteNotFound,
    /// This route is unavailable in the test environment.
    RouteNotSupportedInTest,
    /// The endpoint has been deprecated and can no longer be called.
    DeprecatedEndpoint,
    /// The endpoint is not currently available to this project.
    UnavailableEndpoint,
    /// The endpoint requires an enterprise plan.
    EnterpriseEndpoint,
    /// The B2B endpoint cannot be used with this project.
    InvalidB2bEndpoint,
    /// The consumer endpoint cannot be used with this project.
    InvalidConsumerEndpoint,

    // Credentials and project configuration.
    /// The project ID and secret pair was rejected.
    UnauthorizedCredentials,
    /// Placeholder example credentials were used instead of real ones.
    UnauthorizedCredentialsHomepage,
    /// The Authorization header is missing or malformed.
    InvalidAuthorizationHeader,
    /// The project ID is not well formed.
    InvalidProjectId,
    /// The project ID used for authentication is not valid.
    InvalidProjectIdAuthentication,
    /// The secret used for authentication is not valid.
    InvalidSecretAuthentication,
    /// The live project ID is not permitted to make this request.
    UnauthorizedProjectIdLive,
    /// The test project ID is not permitted to make this request.
    UnauthorizedProjectIdTest,
    /// A test-environment ID was sent to the live environment.
    TestIdUsedInLiveEnvironment,
    /// A live-environment ID was sent to the test environment.
    LiveIdUsedInTestEnvironment,
    /// A live project was used against the test API host.
    WrongStackLive,
    /// A test project was used against the live API host.
    WrongStackTest,
    /// The project could not be found.
    ProjectNotFound,
    /// The caller is not permitted to perform this action.
    UnauthorizedAction,
    /// The Stytch account that owns this project has been suspended.
    OrganizationSuspended,

    // Rate limits, timeouts and server-side failures.
    /// Too many requests were made in a short period; back off and retry later.
    TooManyRequests,
    /// Too many tokens were issued without enough of them being authenticated.
    TooFewTokensAuthenticated,
    /// A CAPTCHA must be completed before this request is accepted.
    CaptchaRequired,
    /// The CAPTCHA check did not pass.
    CaptchaFailed,
    /// A search request took too long and was aborted.
    SearchTimeout,
    /// Checking the password took too long and was aborted.
    PasswordValidationTimeout,
    /// The client closed the connection before the request finished.
    ClientClosedRequest,
    /// An unexpected error occurred inside Stytch.
    InternalServerError,
    /// The Stytch service is temporarily unavailable.
    ServerUnavailable,

    // Authorization (RBAC) of session-authenticated calls.
    /// The member behind the session lacks permission for this action.
    SessionAuthorizationError,
    /// The session belongs to a different organization than the one targeted.
    SessionAuthorizationTenancyError,
    /// A role assignment in the request is not valid.
    InvalidRbacRoleAssignment,
    /// A referenced RBAC role ID is not valid.
    InvalidRbacRoleId,
    /// A referenced role is not valid.
    InvalidRole,
    /// The default RBAC role cannot be assigned explicitly.
    CannotAssignDefaultRbacRoleId,

    // Organizations.
    /// The organization could not be found.
    OrganizationNotFound,
    /// The organization ID is not well formed.
    InvalidOrganizationId,
    /// The organization name is not valid.
    InvalidOrganizationName,
    /// An organization name is required but was not supplied.
    OrganizationNameMissing,
    /// The organization slug is not valid.
    InvalidOrganizationSlug,
    /// Another organization already uses this slug.
    OrganizationSlugAlreadyUsed,
    /// An equivalent organization already exists.
    DuplicateOrganization,
    /// The organization logo URL exceeds the maximum length.
    OrganizationLogoUrlTooLong,
    /// A disposable email domain cannot be used in organization settings.
    OrganizationSettingsDisposableDomain,
    /// A public or very common email domain cannot be used in organization settings.
    OrganizationSettingsDomainTooCommon,
    /// The same domain was listed more than once in organization settings.
    OrganizationSettingsDuplicateDomain,
    /// A domain in organization settings is not valid.
    OrganizationSettingsInvalidDomain,
    /// Too many domains were supplied.
    TooManyDomains,
    /// The email domain is not valid.
    InvalidEmailDomain,
    /// Allowed auth methods must be supplied when auth methods are restricted.
    AllowedAuthMethodsRequiredForRestricted,
    /// Allowed MFA methods must be supplied when MFA methods are restricted.
    AllowedMfaMethodsRequiredForRestricted,
    /// The list of allowed auth methods is not valid.
    InvalidOrganizationAllowedAuthMethods,
    /// The list of allowed MFA methods is not valid.
    InvalidOrganizationAllowedMfaMethods,
    /// The organization's auth method settings are inconsistent.
    InvalidOrganizationAuthMethodSettings,
    /// The organization's auth factor setting is not valid.
    InvalidOrganizationAuthFactorSetting,
    /// Email JIT provisioning conflicts with the organization's allowed auth methods.
    InvalidOrganizationAuthFactorSettingForEmailJitProvisioning,
    /// OAuth tenant JIT provisioning conflicts with the organization's allowed auth methods.
    InvalidOrganizationAuthFactorSettingForOauthTenantJitProvisioning,
    /// The organization's MFA factor setting is not valid.
    InvalidOrganizationMfaFactorSetting,
    /// The organization's MFA policy is not valid.
    InvalidOrganizationMfaPolicy,
    /// The restricted email setting is not valid.
    InvalidRestrictedEmailSetting,
    /// The restricted OAuth tenants setting is not valid.
    InvalidRestrictedOauthTenantsSetting,
    /// The restricted SSO setting is not valid.
    InvalidRestrictedSsoSetting,
    /// The default SSO connection ID does not refer to a usable connection.
    InvalidSsoDefaultConnectionId,
    /// The allowed OAuth tenants value is not in the expected format.
    InvalidOauthAllowedTenantsFormat,
    /// The organization settings are too restrictive to be applied.
    TooRestrictiveOrganizationSettings,
    /// The organization's allowed auth methods forbid this operation.
    OperationRestrictedByOrganizationAuthMethods,
    /// The organization's allowed MFA methods forbid this operation.
    OperationRestrictedByOrganizationMfaMethods,
    /// The email domain is claimed by an organization, which restricts this action.
    ActionNotAllowedEmailDomainIsClaimed,

    // Organization search.
    /// The fuzzy allowed-domain search term is too short.
    OrganizationSearchAllowedDomainFuzzyTooShort,
    /// An organization search filter expected an array of strings.
    OrganizationSearchExpectedArrayOfStrings,
    /// An organization search filter expected a boolean.
    OrganizationSearchExpectedBoolean,
    /// An organization search filter expected a string.
    OrganizationSearchExpectedString,
    /// An organization search filter name must be a string.
    OrganizationSearchFilterNameMustBeString,
    /// An organization search filter name is not recognized.
    OrganizationSearchFilterNameNotRecognized,
    /// The fuzzy member-email search term is too short.
    OrganizationSearchMemberEmailFuzzyTooShort,
    /// The fuzzy allowed-domain filter has no value.
    OrganizationSearchMissingAllowedDomainFuzzy,
    /// The allowed-domains filter has no value.
    OrganizationSearchMissingAllowedDomains,
    /// An organization search filter has no name.
    OrganizationSearchMissingFilterName,
    /// An organization search filter has no value.
    OrganizationSearchMissingFilterValue,
    /// The fuzzy member-email filter has no value.
    OrganizationSearchMissingMemberEmailFuzzy,
    /// The member-emails filter has no value.
    OrganizationSearchMissingMemberEmails,
    /// The organization-IDs filter has no value.
    OrganizationSearchMissingOrganizationIds,
    /// The fuzzy organization-name filter has no value.
    OrganizationSearchMissingOrganizationNameFuzzy,
    /// The fuzzy organization-slug filter has no value.
    OrganizationSearchMissingOrganizationSlugFuzzy,
    /// The organization-slugs filter has no value.
    OrganizationSearchMissingOrganizationSlugs,
    /// The fuzzy organization-name search term is too short.
    OrganizationSearchOrganizationNameFuzzyTooShort,
    /// The fuzzy organization-slug search term is too short.
    OrganizationSearchOrganizationSlugFuzzyTooShort,

    // Members.
    /// The member could not be found.
    MemberNotFound,
    /// The member does not belong to the given organization.
    MemberDoesNotExistInOrganization,
    /// A member with this email already exists in the organization.
    DuplicateMemberEmail,
    /// A member with this external ID already exists in the organization.
    DuplicateMemberExternalId,
    /// Another member already uses this phone number.
    DuplicateMemberPhoneNumber,
    /// The member already has this phone number.
    DuplicateMemberPhoneNumberForMember,
    /// The email address is not valid.
    InvalidEmail,
    /// The email ID is not valid.
    InvalidEmailId,
    /// The fields used to look up the member are not a valid combination.
    InvalidMemberGetFields,
    /// The default MFA method is not valid for this member.
    InvalidMfaDefaultMethod,
    /// The member has no enrolled factor matching the default MFA method.
    DefaultMfaMemberMissingFactor,
    /// The action is only allowed for members whose status is active.
    ActionAvailableOnlyForActiveMembers,
    /// The member is not allowed to change their own email address.
    MemberCannotUpdateTheirEmailAddress,
    /// The requested email belongs to a different, deactivated member.
    DesiredEmailDeactivatedByDifferentMember,
    /// The member's email must be verified before reactivation.
    EmailUnverifiedForReactivation,
    /// No deleted member exists that could be reactivated.
    NoDeletedMemberFoundForReactivation,
    /// The reactivated member's email is now used by another member.
    ReactivationEmailBelongsToAnotherMember,
    /// The email address has been retired for this member.
    RetiredMemberEmail,
    /// An email identifier is required to act on a retired email.
    RetiredEmailMissingEmailIdentifiers,
    /// Member search from the dashboard is disabled.
    MemberDashboardSearchDisabled,
    /// The member cannot be impersonated.
    MemberImpersonationNotAllowed,
    /// The member has no MFA phone number to act on.
    MemberPhoneNumberNotFound,
    /// The phone number is not valid.
    InvalidPhoneNumber,
    /// The phone number's country code is not supported.
    InvalidPhoneNumberCountryCode,

    // Member search.
    /// A member search filter expected an array of strings.
    MemberSearchExpectedArrayOfStrings,
    /// A member search filter expected a boolean.
    MemberSearchExpectedBoolean,
    /// A member search filter expected a string.
    MemberSearchExpectedString,
    /// A member search filter name must be a string.
    MemberSearchFilterNameMustBeString,
    /// A member search filter name is not recognized.
    MemberSearchFilterNameNotRecognized,
    /// The fuzzy member-email search term is too short.
    MemberSearchMemberEmailFuzzyTooShort,
    /// The fuzzy MFA phone number search term is too short.
    MemberSearchMemberMfaPhoneNumberFuzzyTooShort,
    /// A member search filter has no name.
    MemberSearchMissingFilterName,
    /// A member search filter has no value.
    MemberSearchMissingFilterValue,
    /// The break-glass filter has no value.
    MemberSearchMissingIsBreakglass,
    /// The fuzzy member-email filter has no value.
    MemberSearchMissingMemberEmailFuzzy,
    /// The member-emails filter has no value.
    MemberSearchMissingMemberEmails,
    /// The member-IDs filter has no value.
    MemberSearchMissingMemberIds,
    /// The member-roles filter has no value.
    MemberSearchMissingMemberRoles,
    /// The fuzzy MFA phone number filter has no value.
    MemberSearchMissingMfaMemberPhoneNumberFuzzy,
    /// The MFA phone numbers filter has no value.
    MemberSearchMissingMfaMemberPhoneNumbers,
    /// The OAuth providers filter has no value.
    MemberSearchMissingOauthProviders,
    /// A member search needs an organization ID.
    MemberSearchMissingOrganizationId,
    /// The organization-slug filter has no value.
    MemberSearchMissingOrganizationSlug,
    /// The fuzzy organization-slug filter has no value.
    MemberSearchMissingOrganizationSlugFuzzy,
    /// The password-exists filter has no value.
    MemberSearchMissingPasswordExists,
    /// The status filter has no value.
    MemberSearchMissingStatus,
    /// The statuses filter has no value.
    MemberSearchMissingStatuses,
    /// The TOTP-exists filter has no value.
    MemberSearchMissingTotpExists,
    /// The list of organization IDs to search is empty.
    MemberSearchOrganizationIdsEmpty,
    /// The fuzzy organization-slug search term is too short.
    MemberSearchOrganizationSlugFuzzyTooShort,
    /// A status filter in the search is not a recognized status.
    SearchInvalidStatusFilter,

    // Discovery and intermediate sessions.
    /// The intermediate session token is unknown, expired or already used.
    IntermediateSessionNotFound,
    /// The intermediate session token cannot be used for this organization.
    InvalidIntermediateSessionTokenForOrganization,
    /// The session lacks the factors needed to exchange into the target organization.
    InsufficientFactorsForSessionExchange,
    /// The organization does not allow JIT provisioning by email domain.
    EmailJitProvisioningNotAllowed,
    /// The email address is not eligible for JIT provisioning in this organization.
    InvalidEmailForJitProvisioning,
    /// The email address cannot be invited to this organization.
    InvalidEmailForInvites,
    /// The SSO connection is not allowed to JIT-provision members.
    InvalidConnectionForJitProvisioning,
    /// The organization does not allow JIT provisioning by OAuth tenant.
    OauthTenantJitProvisioningNotAllowed,
    /// The OAuth tenant is not allowed to JIT-provision members here.
    InvalidOauthTenantForJitProvisioning,
    /// The discovery redirect URL is not valid.
    InvalidDiscoveryRedirectUrl,
    /// No discovery redirect URL was given and none is configured.
    NoDiscoveryRedirectUrl,
    /// The project has no discovery redirect URLs configured.
    NoDiscoveryRedirectUrlsSet,
    /// The project has no default discovery redirect URL.
    NoDefaultDiscoveryRedirectUrlSet,

    // Magic links, invites and redirect URLs.
    /// The magic link token could not be found.
    MagicLinkNotFound,
    /// The magic link could not be authenticated, usually because it expired or was already used.
    UnableToAuthMagicLink,
    /// The magic link URL is not valid.
    InvalidMagicLinkUrl,
    /// The login magic link URL is not valid.
    InvalidLoginMagicLinkUrl,
    /// The signup magic link URL is not valid.
    InvalidSignupMagicLinkUrl,
    /// The invite magic link URL is not valid.
    InvalidInviteMagicLinkUrl,
    /// The magic link URL does not match any configured redirect URL.
    NoMatchForProvidedMagicLinkUrl,
    /// The login redirect URL is not valid.
    InvalidLoginRedirectUrl,
    /// The signup redirect URL is not valid.
    InvalidSignupRedirectUrl,
    /// The invite redirect URL is not valid.
    InvalidInviteRedirectUrl,
    /// No login redirect URL was given and none is configured.
    NoLoginRedirectUrl,
    /// The project has no login redirect URLs configured.
    NoLoginRedirectUrlsSet,
    /// The project has no default login redirect URL.
    NoDefaultLoginRedirectUrlSet,
    /// No signup redirect URL was given and none is configured.
    NoSignupRedirectUrl,
    /// The project has no signup redirect URLs configured.
    NoSignupRedirectUrlsSet,
    /// The project has no default signup redirect URL.
    NoDefaultSignupRedirectUrlSet,
    /// No invite redirect URL was given and none is configured.
    NoInviteRedirectUrl,
    /// The project has no invite redirect URLs configured.
    NoInviteRedirectUrlsSet,
    /// The project has no default invite redirect URL.
    NoDefaultInviteRedirectUrlSet,
    /// The email address is marked inactive (for example after bounces) and cannot receive mail.
    InactiveEmail,
    /// The email address must be verified first.
    EmailVerificationRequired,
    /// The email address has already been invited.
    UserAlreadyInvited,
    /// The PKCE code verifier does not match the original code challenge.
    PkceMismatch,
    /// A PKCE code verifier was required but not supplied.
    PkceExpectedCodeVerifier,
    /// A PKCE code verifier was supplied for a flow that did not use PKCE.
    PkceDidNotExpectCodeVerifier,
    /// The PKCE code challenge is not valid.
    InvalidPkceCodeChallenge,
    /// The PKCE code verifier is not valid.
    InvalidPkceCodeVerifier,
    /// The supplied token is not valid.
    InvalidToken,

    // SMS one-time passcodes.
    /// No matching one-time passcode was found.
    OtpCodeNotFound,
    /// The passcode could not be authenticated, usually because it is wrong, expired or already used.
    UnableToAuthOtpCode,
    /// The requested passcode expiration is outside the allowed range.
    InvalidExpirationOtp,
    /// The phone number has opted out of receiving messages.
    UnsubscribedPhoneNumber,
    /// The phone number could not be found.
    PhoneNumberNotFound,
    /// Primary authentication must be completed before this MFA step.
    ActionAvailableOnlyOncePrimaryAuthenticationIsMet,

    // OAuth.
    /// The OAuth token could not be found.
    OauthTokenNotFound,
    /// No OAuth tokens are stored for this member and provider.
    MemberOauthTokenNotFound,
    /// The OAuth provider is not supported.
    InvalidOauthProvider,
    /// The OAuth provider has not been configured for this project.
    OauthConfigNotFound,
    /// The OAuth provider rejected the authorization code.
    OauthAuthCodeError,
    /// The OAuth callback for the login/signup flow failed.
    OauthFlowCallbackError,
    /// The OAuth callback for the discovery flow failed.
    OauthDiscoveryFlowCallbackError,
    /// The OAuth callback for a non-discovery flow failed.
    OauthNonDiscoveryFlowCallbackError,
    /// The OAuth callback request is malformed.
    OauthInvalidCallbackRequest,
    /// The OAuth state parameter is not valid.
    OauthInvalidState,
    /// The OAuth state parameter does not match the one issued.
    OauthStateMismatch,
    /// The OAuth state has already been consumed.
    OauthStateUsed,
    /// The OAuth response has expired.
    ExpiredOauthResponse,
    /// The provider reports the user's email as unverified.
    OauthUnverifiedEmail,
    /// The OAuth application is not authorized by the user or tenant.
    OauthAppNotAuthorized,
    /// Building the OAuth provider redirect URL failed.
    OauthCreatingRedirectUrlError,
    /// Google returned too little information during the token exchange.
    OauthTokenExchangeGoogleMissingInformation,
    /// The provider rejected the OAuth client during the token exchange.
    OauthTokenExchangeInvalidClient,
    /// The provider rejected the token exchange request as malformed.
    OauthTokenExchangeInvalidRequest,
    /// The provider rejected the requested scopes during the token exchange.
    OauthTokenExchangeInvalidScope,
    /// The Microsoft client secret has expired.
    OauthTokenExchangeMicrosoftExpiredSecret,
    /// The Microsoft client secret is not valid.
    OauthTokenExchangeMicrosoftInvalidSecret,
    /// The provider does not allow this client to perform the token exchange.
    OauthTokenExchangeUnauthorizedClient,
    /// The OAuth login redirect URL is not valid.
    InvalidLoginOauthUrl,
    /// The OAuth signup redirect URL is not valid.
    InvalidSignupOauthUrl,
    /// The OAuth redirect URL does not match any configured redirect URL.
    NoMatchForProvidedOauthUrl,
    /// An organization ID or slug is needed to start the OAuth flow.
    MissingOauthOrganizationLocator,
    /// More than one organization locator was supplied for the OAuth flow.
    TooManyOauthOrganizationLocators,
    /// The Google hosted domain is not valid for this organization.
    InvalidGoogleHostedDomainError,
    /// The Microsoft tenant type is not supported.
    InvalidMicrosoftTenantType,
    /// The Microsoft user principal name is not valid.
    InvalidMicrosoftUserPrincipalName,
    /// Authorization with the OAuth provider failed.
    UnableToAuthorizeOauthProvider,
    /// The OAuth refresh token could not be used to obtain new tokens.
    UnableToRefreshOauthToken,
    /// No OAuth refresh token is available.
    MissingOauthRefreshToken,

    // Passwords.
    /// The password appears in a known data breach.
    BreachedPassword,
    /// The password does not satisfy the strength policy.
    WeakPassword,
    /// The member must reset their password before logging in with one.
    MemberResetPassword,
    /// The password must be reset before it can be used.
    ResetPassword,
    /// The member has no password set.
    MemberPasswordNotFound,
    /// The password could not be found.
    PasswordNotFound,
    /// The supplied password is incorrect.
    PasswordDoesNotMatch,
    /// A password already exists for this member.
    PasswordAlreadyExists,
    /// The password ID is not valid.
    InvalidPasswordId,
    /// The password reset token could not be authenticated, usually because it expired or was already used.
    UnableToAuthPasswordResetToken,
    /// The password cannot be reset with the existing password in this situation.
    CannotResetPasswordWithExistingPassword,
    /// The session is too old to reset the password with it.
    SessionTooOldToResetPassword,
    /// No password reset redirect URL was given and none is configured.
    NoPasswordResetRedirectUrl,
    /// The password reset redirect URL is not valid.
    InvalidPasswordResetRedirectUrl,
    /// The configured LUDS complexity value is not valid.
    InvalidPasswordStrengthLudsComplexity,
    /// The configured LUDS minimum length is not valid.
    InvalidPasswordStrengthLudsLength,
    /// The action is not allowed while cross-organization passwords are enabled.
    CrossOrgPasswordsEnabled,
    /// The action requires cross-organization passwords to be enabled.
    CrossOrgPasswordsNotEnabled,

    // Password migration (hash import).
    /// The migrated password hash is not valid.
    InvalidHash,
    /// The hash type is not supported.
    InvalidHashType,
    /// The bcrypt hash is not valid.
    InvalidBcryptHash,
    /// The bcrypt cost factor is not valid.
    InvalidBcryptCost,
    /// The MD5 hash is not valid.
    InvalidMd5Hash,
    /// The SHA-1 hash is not valid.
    InvalidSha1Hash,
    /// The SHA-512 hash is not valid.
    InvalidSha512Hash,
    /// The salt to prepend is not valid.
    InvalidPrependSalt,
    /// The salt to append is not valid.
    InvalidAppendSalt,
    /// The Argon2 salt is not valid.
    InvalidArgon2Salt,
    /// The Argon2 iteration count is not valid.
    InvalidArgon2IterationAmount,
    /// The Argon2 key length is not valid.
    InvalidArgon2KeyLength,
    /// The Argon2 memory parameter is not valid.
    InvalidArgon2Memory,
    /// The Argon2 thread count is not valid.
    InvalidArgon2Threads,
    /// The Argon2 key length does not match the supplied hash.
    Argon2KeyLengthMismatch,
    /// The PBKDF2 algorithm is not supported.
    InvalidPbkdf2Algorithm,
    /// The PBKDF2 hash is not valid.
    InvalidPbkdf2Hash,
    /// The PBKDF2 salt is not valid.
    InvalidPbkdf2Salt,
    /// The PBKDF2 iteration count is not valid.
    InvalidPbkdf2IterationAmount,
    /// The PBKDF2 key length does not match the supplied hash.
    Pbkdf2KeyLengthMismatch,
    /// The scrypt parameters are not valid.
    InvalidScryptParameters,
    /// The scrypt N parameter is not valid.
    InvalidScryptNParameter,
    /// The scrypt salt length is not valid.
    InvalidScryptSaltLength,
    /// The scrypt hash is not valid base64.
    InvalidBase64ScryptHash,
    /// The scrypt salt is not valid base64.
    InvalidBase64ScryptSalt,
    /// The scrypt key length does not match the supplied hash.
    ScryptKeyLengthMismatch,
    /// The PHPass hash is not in the expected format.
    InvalidPhpassHashFormat,
    /// The PHPass hash has an unexpected prefix.
    InvalidPhpassHashPrefix,

    // Sessions and JWTs.
    /// The session could not be found; it may have expired or been revoked.
    SessionNotFound,
    /// The session ID is not valid.
    InvalidSessionId,
    /// The session token is not valid.
    InvalidSessionToken,
    /// The requested session duration is not valid.
    InvalidSessionDuration,
    /// The requested session duration in minutes is outside the allowed range.
    InvalidSessionDurationMinutes,
    /// The combination of session fields in the request is not valid.
    InvalidSessionFields,
    /// The session has no primary authentication factor.
    InvalidSessionMissingPrimaryFactor,
    /// The session JWT could not be parsed.
    UnableToParseSessionJwt,
    /// The JWT audience claim does not match the project.
    JwtInvalidAudience,
    /// The JWT claims are not valid.
    JwtInvalidClaims,
    /// The JWT issuer claim does not match the expected issuer.
    JwtInvalidIssuer,
    /// The custom session claims exceed the size limit.
    CustomClaimsTooLarge,
    /// The custom claims use a reserved JWT claim name.
    ReservedClaimsInCustomClaims,
    /// The custom claims use a claim namespace reserved by Stytch.
    StytchClaimsInCustomClaims,
    /// The custom claims cannot be represented as JSON.
    UnableToRepresentCustomClaimsJson,
    /// Neither a session token nor a session JWT was supplied.
    NoSessionArguments,
    /// More than one way of identifying the session was supplied.
    TooManySessionArguments,
    /// Nothing was supplied to identify which session to revoke.
    NoSessionRevokeArguments,
    /// More than one way of identifying the session to revoke was supplied.
    TooManySessionRevokeArguments,
    /// The operation needs an existing session, but none was supplied.
    NoAssociatedSessionPassedIn,
    /// The session bound to the code differs from the supplied session.
    SessionOnCodeDoesNotMatchSessionPassedIn,
    /// The session belongs to a different member than the one in the request.
    MemberSessionMemberIdMismatch,
    /// The session does not have the authentication factors this action requires.
    InsufficientFactors,
    /// The session's factors are too old for this action.
    StaleFactors,
    /// The session type cannot be used for this operation.
    IncompatibleSessionType,
    /// A session must keep at least one active factor.
    SessionMustHaveAtLeastOneActiveFactor,
    /// The session cannot be modified.
    SessionNotMutable,
    /// An impersonated session cannot be modified.
    SessionNotMutableImpersonated,
    /// Existing sessions cannot be kept for this operation.
    CannotPreserveExistingSessions,

    // SSO (shared by SAML and OIDC).
    /// The SSO connection could not be found.
    SsoConnectionNotFound,
    /// The SSO token could not be found; it may have expired or been used.
    SsoTokenNotFound,
    /// The SSO connection belongs to a different organization.
    SsoConnectionOrganizationMismatch,
    /// More than one SSO connection matched, so none could be chosen.
    SsoMultipleConnectionsFound,
    /// The organization has no SSO connection.
    NoSsoConnectionExistsForOrganization,
    /// The organization has several SSO connections and none was specified.
    IndeterminateSsoConnectionForOrganization,
    /// The action needs an active SSO connection.
    RequiresActiveSsoConnection,
    /// A connection ID or organization locator is needed to start SSO.
    MissingSsoConnectionLocator,
    /// More than one SSO connection locator was supplied.
    TooManySsoConnectionLocators,
    /// The organization already has the maximum number of SSO connections.
    TooManySsoConnections,
    /// The billing tier does not allow more SSO connections.
    TooManySsoConnectionsForBillingTier,
    /// The organization's default SSO connection cannot be deleted.
    CannotDeleteDefaultSsoConnection,
    /// An equivalent external SSO connection already exists.
    DuplicateExternalSsoConnection,
    /// The identity provider value is not supported.
    InvalidSsoIdp,
    /// The SSO login redirect URL is not valid.
    InvalidLoginSsoUrl,
    /// The SSO signup redirect URL is not valid.
    InvalidSignupSsoUrl,
    /// The SSO redirect URL does not match any configured redirect URL.
    NoMatchForProvidedSsoUrl,
    /// The SSO verification key or certificate could not be found.
    SsoVerificationKeyNotFound,
    /// The connection's last verification certificate cannot be deleted.
    CannotDeleteLastSsoVerificationKey,
    /// The connection already has the maximum number of verification certificates.
    TooManySsoVerificationCertificates,

    // SAML.
    /// The SAML connection could not be found.
    SamlConnectionNotFound,
    /// An equivalent SAML connection already exists.
    DuplicateSamlConnection,
    /// The SAML metadata URL is not valid.
    InvalidSamlMetadataUrl,
    /// The document at the SAML metadata URL is not valid XML metadata.
    InvalidXmlFromSamlMetadataUrl,
    /// The X.509 certificate is not valid.
    InvalidX509Certificate,
    /// The IdP entity ID is not valid.
    InvalidIdpEntityId,
    /// The IdP SSO URL is not valid.
    InvalidIdpSsoUrl,
    /// The SAML response was not signed by the configured certificate.
    SamlCertificateMismatch,
    /// The attribute mapping lacks a groups key required for group role assignments.
    SamlConnectionAttributeMappingMissingGroupsKey,
    /// The SAML connection needs an attribute mapping.
    SamlConnectionAttributeMappingRequired,
    /// The attribute mapping must include an email attribute.
    SamlConnectionEmailMappingRequired,
    /// The attribute mapping must include name attributes.
    SamlConnectionNameMappingRequired,
    /// The IdP SSO URL is not in a valid format.
    SamlConnectionIdpSsoUrlInvalidFormat,
    /// The IdP SSO URL must use HTTPS.
    SamlConnectionIdpSsoUrlNotHttps,
    /// The IdP SSO URL is required.
    SamlConnectionIdpSsoUrlRequired,
    /// The SAML metadata is not in a valid format.
    SamlConnectionMetadataInvalidFormat,
    /// The attribute mapping must not contain nested keys.
    SamlConnectionNoNestedKeysInAttributeMapping,
    /// A SAML group role assignment does not name a group.
    SamlGroupRoleAssignmentDoesNotContainMemberGroup,
    /// IdP-initiated SAML login is disabled for this connection.
    SamlIdpInitiatedAuthDisabled,
    /// The SAML signing private key format is not supported.
    SamlSigningPrivateKeyFormatNotSupported,
    /// The SAML signing private key is not valid.
    SamlSigningPrivateKeyInvalid,
    /// The supplied private key exceeds the maximum length.
    PrivateKeyTooLong,
    /// The SAML response is not valid.
    InvalidSamlResponse,
    /// The SAML response carries an invalid email address.
    InvalidSamlResponseEmail,
    /// The SAML response carries invalid group data.
    InvalidSamlResponseGroups,
    /// The SAML response is addressed to a different audience.
    InvalidAudienceSamlResponse,
    /// The SAML response signature is not valid.
    InvalidSignatureSamlResponse,
    /// The SAML response is not valid XML.
    InvalidXmlSamlResponse,
    /// No SAML response was received.
    MissingSamlResponse,
    /// The SAML relay state is missing.
    MissingSamlRelayState,
    /// The SAML response is not signed.
    MissingSignatureSamlResponse,
    /// The SAML CSRF cookie is missing.
    MissingSamlCsrfCookie,
    /// The SAML CSRF cookie does not match the request.
    SamlCsrfCookieMismatch,
    /// The SAML response has already been processed.
    DuplicateSamlResponse,
    /// The SAML response has expired.
    ExpiredSamlResponse,
    /// The SAML response is not valid yet.
    NotYetValidSamlResponse,
    /// The identity provider reported a failed SAML login.
    FailedSamlResponse,
    /// A SAML response arrived that no request asked for.
    UnsolicitedSamlResponse,
    /// XML validation of the SAML response failed for an unknown reason.
    XmlValidationSamlUnknownError,

    // OIDC.
    /// The OIDC connection could not be found.
    OidcConnectionNotFound,
    /// The OIDC authorization URL is not in a valid format.
    OidcConnectionAuthorizationUrlInvalidFormat,
    /// The OIDC authorization URL is required.
    OidcConnectionAuthorizationUrlRequired,
    /// The OIDC client ID is required.
    OidcConnectionClientIdRequired,
    /// The OIDC client secret is required.
    OidcConnectionClientSecretRequired,
    /// The OIDC issuer is required.
    OidcConnectionIssuerRequired,
    /// The OIDC issuer URL is not in a valid format.
    OidcConnectionIssuerUrlInvalidFormat,
    /// The OIDC JWKS URL is not in a valid format.
    OidcConnectionJwksUrlInvalidFormat,
    /// The OIDC JWKS URL is required.
    OidcConnectionJwksUrlRequired,
    /// The OIDC token URL is not in a valid format.
    OidcConnectionTokenUrlInvalidFormat,
    /// The OIDC token URL is required.
    OidcConnectionTokenUrlRequired,
    /// The OIDC userinfo URL is not in a valid format.
    OidcConnectionUserinfoUrlInvalidFormat,
    /// The OIDC userinfo URL is required.
    OidcConnectionUserinfoUrlRequired,
    /// The issuer is not valid.
    InvalidIssuer,
    /// The client ID is not valid.
    InvalidClientId,
    /// The client secret is not valid.
    InvalidClientSecret,
    /// The client secret exceeds the maximum length.
    ClientSecretTooLong,
    /// The authorization URL is not valid.
    InvalidAuthorizationUrl,
    /// The token URL is not valid.
    InvalidTokenUrl,
    /// The userinfo URL is not valid.
    InvalidUserinfoUrl,
    /// The JWKS URL is not valid.
    InvalidJwksUrl,
    /// The OIDC provider rejected the authorization code.
    OidcAuthCodeError,
    /// The OIDC CSRF cookie does not match the request.
    OidcCsrfCookieMismatch,
    /// The OIDC CSRF cookie is missing.
    MissingOidcCsrfCookie,
    /// The OIDC state parameter is missing.
    MissingOidcStateParam,
    /// The OIDC callback request is malformed.
    OidcInvalidCallbackRequest,
    /// The ID token returned by the OIDC provider is not valid.
    OidcInvalidIdToken,
    /// The userinfo returned by the OIDC provider is not valid.
    OidcInvalidUserinfo,
    /// The OIDC provider did not return an email address.
    OidcResponseEmailMissing,
    /// The OIDC provider did not return a name.
    OidcResponseNameMissing,
    /// The OIDC provider did not return a subject.
    OidcResponseSubjectMissing,
    /// The subject from the ID token and userinfo do not match.
    OidcResponseSubjectMismatch,
    /// The OIDC provider reports the email as unverified.
    OidcResponseUnverifiedEmail,
    /// The user is not assigned to the application in the identity provider.
    OidcUserNotAssignedToAppInIdp,
    /// The OIDC response has expired.
    ExpiredOidcResponse,
    /// An OIDC response arrived that no request asked for.
    UnsolicitedOidcResponse,
    /// No OIDC tokens are stored for this member.
    MemberOidcTokenNotFound,
    /// The OIDC refresh token could not be used to obtain new tokens.
    UnableToRefreshOidcToken,
    /// No OIDC refresh token is available.
    MissingOidcRefreshToken,

    // OAuth 2.0 token endpoints (m2m_token, idp_introspect_token_network): the RFC 6749 `error` codes.
    /// The token request is missing a parameter, repeats one or is otherwise malformed.
    InvalidRequest,
    /// The client could not be authenticated: unknown client id or wrong secret.
    InvalidClient,
    /// The grant or token presented is invalid, expired or revoked.
    InvalidGrant,
    /// The client is not allowed to use this grant type.
    UnauthorizedClient,
    /// The grant type is not supported by the endpoint.
    UnsupportedGrantType,
    /// The requested scope is invalid, unknown or beyond what the client was granted.
    InvalidScope,
    /// An `error_type` this version of the SDK does not know about,
    /// holding the exact string Stytch sent.
    Unknown(String),
}
impl ErrorType {
    /// Every known variant, in declaration order.
    ///
    /// [`ErrorType::Unknown`] is not included.
    pub const KNOWN: &'static [ErrorType] = &[
        ErrorType::BadRequest,
        ErrorType::InvalidArgument,
        ErrorType::InvalidRequestValue,
        ErrorType::InvalidId,
        ErrorType::InvalidMethodId,
        ErrorType::ForbiddenCharacterZeroWidthSpace,
        ErrorType::MetadataInvalidFormat,
        ErrorType::MetadataTooLarge,
        ErrorType::MetadataTooManyKeys,
        ErrorType::CannotUpdateTrustedMetadata,
        ErrorType::InvalidLocale,
        ErrorType::InvalidTemplateId,
        ErrorType::EmailTemplateNotFound,
        ErrorType::InvalidIpAddress,
        ErrorType::InvalidUserAgent,
        ErrorType::AttributeMismatch,
        ErrorType::UseHttps,
        ErrorType::MethodNotAllowed,
        ErrorType::RouteNotFound,
        ErrorType::RouteNotSupportedInTest,
        ErrorType::DeprecatedEndpoint,
        ErrorType::UnavailableEndpoint,
        ErrorType::EnterpriseEndpoint,
        ErrorType::InvalidB2bEndpoint,
        ErrorType::InvalidConsumerEndpoint,
        ErrorType::UnauthorizedCredentials,
        ErrorType::UnauthorizedCredentialsHomepage,
        ErrorType::InvalidAuthorizationHeader,
        ErrorType::InvalidProjectId,
        ErrorType::InvalidProjectIdAuthentication,
        ErrorType::InvalidSecretAuthentication,
        ErrorType::UnauthorizedProjectIdLive,
        ErrorType::UnauthorizedProjectIdTest,
        ErrorType::TestIdUsedInLiveEnvironment,
        ErrorType::LiveIdUsedInTestEnvironment,
        ErrorType::WrongStackLive,
        ErrorType::WrongStackTest,
        ErrorType::ProjectNotFound,
        ErrorType::UnauthorizedAction,
        ErrorType::OrganizationSuspended,
        ErrorType::TooManyRequests,
        ErrorType::TooFewTokensAuthenticated,
        ErrorType::CaptchaRequired,
        ErrorType::CaptchaFailed,
        ErrorType::SearchTimeout,
        ErrorType::PasswordValidationTimeout,
        ErrorType::ClientClosedRequest,
        ErrorType::InternalServerError,
        ErrorType::ServerUnavailable,
        ErrorType::SessionAuthorizationError,
        ErrorType::SessionAuthorizationTenancyError,
        ErrorType::InvalidRbacRoleAssignment,
        ErrorType::InvalidRbacRoleId,
        ErrorType::InvalidRole,
        ErrorType::CannotAssignDefaultRbacRoleId,
        ErrorType::OrganizationNotFound,
        ErrorType::InvalidOrganizationId,
        ErrorType::InvalidOrganizationName,
        ErrorType::OrganizationNameMissing,
        ErrorType::InvalidOrganizationSlug,
        ErrorType::OrganizationSlugAlreadyUsed,
        ErrorType::DuplicateOrganization,
        ErrorType::OrganizationLogoUrlTooLong,
        ErrorType::OrganizationSettingsDisposableDomain,
        ErrorType::OrganizationSettingsDomainTooCommon,
        ErrorType::OrganizationSettingsDuplicateDomain,
        ErrorType::OrganizationSettingsInvalidDomain,
        ErrorType::TooManyDomains,
        ErrorType::InvalidEmailDomain,
        ErrorType::AllowedAuthMethodsRequiredForRestricted,
        ErrorType::AllowedMfaMethodsRequiredForRestricted,
        ErrorType::InvalidOrganizationAllowedAuthMethods,
        ErrorType::InvalidOrganizationAllowedMfaMethods,
        ErrorType::InvalidOrganizationAuthMethodSettings,
        ErrorType::InvalidOrganizationAuthFactorSetting,
        ErrorType::InvalidOrganizationAuthFactorSettingForEmailJitProvisioning,
        ErrorType::InvalidOrganizationAuthFactorSettingForOauthTenantJitProvisioning,
        ErrorType::InvalidOrganizationMfaFactorSetting,
        ErrorType::InvalidOrganizationMfaPolicy,
        ErrorType::InvalidRestrictedEmailSetting,
        ErrorType::InvalidRestrictedOauthTenantsSetting,
        ErrorType::InvalidRestrictedSsoSetting,
        ErrorType::InvalidSsoDefaultConnectionId,
        ErrorType::InvalidOauthAllowedTenantsFormat,
        ErrorType::TooRestrictiveOrganizationSettings,
        ErrorType::OperationRestrictedByOrganizationAuthMethods,
        ErrorType::OperationRestrictedByOrganizationMfaMethods,
        ErrorType::ActionNotAllowedEmailDomainIsClaimed,
        ErrorType::OrganizationSearchAllowedDomainFuzzyTooShort,
        ErrorType::OrganizationSearchExpectedArrayOfStrings,
        ErrorType::OrganizationSearchExpectedBoolean,
        ErrorType::OrganizationSearchExpectedString,
        ErrorType::OrganizationSearchFilterNameMustBeString,
        ErrorType::OrganizationSearchFilterNameNotRecognized,
        ErrorType::OrganizationSearchMemberEmailFuzzyTooShort,
        ErrorType::OrganizationSearchMissingAllowedDomainFuzzy,
        ErrorType::OrganizationSearchMissingAllowedDomains,
        ErrorType::OrganizationSearchMissingFilterName,
        ErrorType::OrganizationSearchMissingFilterValue,
        ErrorType::OrganizationSearchMissingMemberEmailFuzzy,
        ErrorType::OrganizationSearchMissingMemberEmails,
        ErrorType::OrganizationSearchMissingOrganizationIds,
        ErrorType::OrganizationSearchMissingOrganizationNameFuzzy,
        ErrorType::OrganizationSearchMissingOrganizationSlugFuzzy,
        ErrorType::OrganizationSearchMissingOrganizationSlugs,
        ErrorType::OrganizationSearchOrganizationNameFuzzyTooShort,
        ErrorType::OrganizationSearchOrganizationSlugFuzzyTooShort,
        ErrorType::MemberNotFound,
        ErrorType::MemberDoesNotExistInOrganization,
        ErrorType::DuplicateMemberEmail,
        ErrorType::DuplicateMemberExternalId,
        ErrorType::DuplicateMemberPhoneNumber,
        ErrorType::DuplicateMemberPhoneNumberForMember,
        ErrorType::InvalidEmail,
        ErrorType::InvalidEmailId,
        ErrorType::InvalidMemberGetFields,
        ErrorType::InvalidMfaDefaultMethod,
        ErrorType::DefaultMfaMemberMissingFactor,
        ErrorType::ActionAvailableOnlyForActiveMembers,
        ErrorType::MemberCannotUpdateTheirEmailAddress,
        ErrorType::DesiredEmailDeactivatedByDifferentMember,
        ErrorType::EmailUnverifiedForReactivation,
        ErrorType::NoDeletedMemberFoundForReactivation,
        ErrorType::ReactivationEmailBelongsToAnotherMember,
        ErrorType::RetiredMemberEmail,
        ErrorType::RetiredEmailMissingEmailIdentifiers,
        ErrorType::MemberDashboardSearchDisabled,
        ErrorType::MemberImpersonationNotAllowed,
        ErrorType::MemberPhoneNumberNotFound,
        ErrorType::InvalidPhoneNumber,
        ErrorType::InvalidPhoneNumberCountryCode,
        ErrorType::MemberSearchExpectedArrayOfStrings,
        ErrorType::MemberSearchExpectedBoolean,
        ErrorType::MemberSearchExpectedString,
        ErrorType::MemberSearchFilterNameMustBeString,
        ErrorType::MemberSearchFilterNameNotRecognized,
        ErrorType::MemberSearchMemberEmailFuzzyTooShort,
        ErrorType::MemberSearchMemberMfaPhoneNumberFuzzyTooShort,
        ErrorType::MemberSearchMissingFilterName,
        ErrorType::MemberSearchMissingFilterValue,
        ErrorType::MemberSearchMissingIsBreakglass,
        ErrorType::MemberSearchMissingMemberEmailFuzzy,
        ErrorType::MemberSearchMissingMemberEmails,
        ErrorType::MemberSearchMissingMemberIds,
        ErrorType::MemberSearchMissingMemberRoles,
        ErrorType::MemberSearchMissingMfaMemberPhoneNumberFuzzy,
        ErrorType::MemberSearchMissingMfaMemberPhoneNumbers,
        ErrorType::MemberSearchMissingOauthProviders,
        ErrorType::MemberSearchMissingOrganizationId,
        ErrorType::MemberSearchMissingOrganizationSlug,
        ErrorType::MemberSearchMissingOrganizationSlugFuzzy,
        ErrorType::MemberSearchMissingPasswordExists,
        ErrorType::MemberSearchMissingStatus,
        ErrorType::MemberSearchMissingStatuses,
        ErrorType::MemberSearchMissingTotpExists,
        ErrorType::MemberSearchOrganizationIdsEmpty,
        ErrorType::MemberSearchOrganizationSlugFuzzyTooShort,
        ErrorType::SearchInvalidStatusFilter,
        ErrorType::IntermediateSessionNotFound,
        ErrorType::InvalidIntermediateSessionTokenForOrganization,
        ErrorType::InsufficientFactorsForSessionExchange,
        ErrorType::EmailJitProvisioningNotAllowed,
        ErrorType::InvalidEmailForJitProvisioning,
        ErrorType::InvalidEmailForInvites,
        ErrorType::InvalidConnectionForJitProvisioning,
        ErrorType::OauthTenantJitProvisioningNotAllowed,
        ErrorType::InvalidOauthTenantForJitProvisioning,
        ErrorType::InvalidDiscoveryRedirectUrl,
        ErrorType::NoDiscoveryRedirectUrl,
        ErrorType::NoDiscoveryRedirectUrlsSet,
        ErrorType::NoDefaultDiscoveryRedirectUrlSet,
        ErrorType::MagicLinkNotFound,
        ErrorType::UnableToAuthMagicLink,
        ErrorType::InvalidMagicLinkUrl,
        ErrorType::InvalidLoginMagicLinkUrl,
        ErrorType::InvalidSignupMagicLinkUrl,
        ErrorType::InvalidInviteMagicLinkUrl,
        ErrorType::NoMatchForProvidedMagicLinkUrl,
        ErrorType::InvalidLoginRedirectUrl,
        ErrorType::InvalidSignupRedirectUrl,
        ErrorType::InvalidInviteRedirectUrl,
        ErrorType::NoLoginRedirectUrl,
        ErrorType::NoLoginRedirectUrlsSet,
        ErrorType::NoDefaultLoginRedirectUrlSet,
        ErrorType::NoSignupRedirectUrl,
        ErrorType::NoSignupRedirectUrlsSet,
        ErrorType::NoDefaultSignupRedirectUrlSet,
        ErrorType::NoInviteRedirectUrl,
        ErrorType::NoInviteRedirectUrlsSet,
        ErrorType::NoDefaultInviteRedirectUrlSet,
        ErrorType::InactiveEmail,
        ErrorType::EmailVerificationRequired,
        ErrorType::UserAlreadyInvited,
        ErrorType::PkceMismatch,
        ErrorType::PkceExpectedCodeVerifier,
        ErrorType::PkceDidNotExpectCodeVerifier,
        ErrorType::InvalidPkceCodeChallenge,
        ErrorType::InvalidPkceCodeVerifier,
        ErrorType::InvalidToken,
        ErrorType::OtpCodeNotFound,
        ErrorType::UnableToAuthOtpCode,
        ErrorType::InvalidExpirationOtp,
        ErrorType::UnsubscribedPhoneNumber,
        ErrorType::PhoneNumberNotFound,
        ErrorType::ActionAvailableOnlyOncePrimaryAuthenticationIsMet,
        ErrorType::OauthTokenNotFound,
        ErrorType::MemberOauthTokenNotFound,
        ErrorType::InvalidOauthProvider,
        ErrorType::OauthConfigNotFound,
        ErrorType::OauthAuthCodeError,
        ErrorType::OauthFlowCallbackError,
        ErrorType::OauthDiscoveryFlowCallbackError,
        ErrorType::OauthNonDiscoveryFlowCallbackError,
        ErrorType::OauthInvalidCallbackRequest,
        ErrorType::OauthInvalidState,
        ErrorType::OauthStateMismatch,
        ErrorType::OauthStateUsed,
        ErrorType::ExpiredOauthResponse,
        ErrorType::OauthUnverifiedEmail,
        ErrorType::OauthAppNotAuthorized,
        ErrorType::OauthCreatingRedirectUrlError,
        ErrorType::OauthTokenExchangeGoogleMissingInformation,
        ErrorType::OauthTokenExchangeInvalidClient,
        ErrorType::OauthTokenExchangeInvalidRequest,
        ErrorType::OauthTokenExchangeInvalidScope,
        ErrorType::OauthTokenExchangeMicrosoftExpiredSecret,
        ErrorType::OauthTokenExchangeMicrosoftInvalidSecret,
        ErrorType::OauthTokenExchangeUnauthorizedClient,
        ErrorType::InvalidLoginOauthUrl,
        ErrorType::InvalidSignupOauthUrl,
        ErrorType::NoMatchForProvidedOauthUrl,
        ErrorType::MissingOauthOrganizationLocator,
        ErrorType::TooManyOauthOrganizationLocators,
        ErrorType::InvalidGoogleHostedDomainError,
        ErrorType::InvalidMicrosoftTenantType,
        ErrorType::InvalidMicrosoftUserPrincipalName,
        ErrorType::UnableToAuthorizeOauthProvider,
        ErrorType::UnableToRefreshOauthToken,
        ErrorType::MissingOauthRefreshToken,
        ErrorType::BreachedPassword,
        ErrorType::WeakPassword,
        ErrorType::MemberResetPassword,
        ErrorType::ResetPassword,
        ErrorType::MemberPasswordNotFound,
        ErrorType::PasswordNotFound,
        ErrorType::PasswordDoesNotMatch,
        ErrorType::PasswordAlreadyExists,
        ErrorType::InvalidPasswordId,
        ErrorType::UnableToAuthPasswordResetToken,
        ErrorType::CannotResetPasswordWithExistingPassword,
        ErrorType::SessionTooOldToResetPassword,
        ErrorType::NoPasswordResetRedirectUrl,
        ErrorType::InvalidPasswordResetRedirectUrl,
        ErrorType::InvalidPasswordStrengthLudsComplexity,
        ErrorType::InvalidPasswordStrengthLudsLength,
        ErrorType::CrossOrgPasswordsEnabled,
        ErrorType::CrossOrgPasswordsNotEnabled,
        ErrorType::InvalidHash,
        ErrorType::InvalidHashType,
        ErrorType::InvalidBcryptHash,
        ErrorType::InvalidBcryptCost,
        ErrorType::InvalidMd5Hash,
        ErrorType::InvalidSha1Hash,
        ErrorType::InvalidSha512Hash,
        ErrorType::InvalidPrependSalt,
        ErrorType::InvalidAppendSalt,
        ErrorType::InvalidArgon2Salt,
        ErrorType::InvalidArgon2IterationAmount,
        ErrorType::InvalidArgon2KeyLength,
        ErrorType::InvalidArgon2Memory,
        ErrorType::InvalidArgon2Threads,
        ErrorType::Argon2KeyLengthMismatch,
        ErrorType::InvalidPbkdf2Algorithm,
        ErrorType::InvalidPbkdf2Hash,
        ErrorType::InvalidPbkdf2Salt,
        ErrorType::InvalidPbkdf2IterationAmount,
        ErrorType::Pbkdf2KeyLengthMismatch,
        ErrorType::InvalidScryptParameters,
        ErrorType::InvalidScryptNParameter,
        ErrorType::InvalidScryptSaltLength,
        ErrorType::InvalidBase64ScryptHash,
        ErrorType::InvalidBase64ScryptSalt,
        ErrorType::ScryptKeyLengthMismatch,
        ErrorType::InvalidPhpassHashFormat,
        ErrorType::InvalidPhpassHashPrefix,
        ErrorType::SessionNotFound,
        ErrorType::InvalidSessionId,
        ErrorType::InvalidSessionToken,
        ErrorType::InvalidSessionDuration,
        ErrorType::InvalidSessionDurationMinutes,
        ErrorType::InvalidSessionFields,
        ErrorType::InvalidSessionMissingPrimaryFactor,
        ErrorType::UnableToParseSessionJwt,
        ErrorType::JwtInvalidAudience,
        ErrorType::JwtInvalidClaims,
        ErrorType::JwtInvalidIssuer,
        ErrorType::CustomClaimsTooLarge,
        ErrorType::ReservedClaimsInCustomClaims,
        ErrorType::StytchClaimsInCustomClaims,
        ErrorType::UnableToRepresentCustomClaimsJson,
        ErrorType::NoSessionArguments,
        ErrorType::TooManySessionArguments,
        ErrorType::NoSessionRevokeArguments,
        ErrorType::TooManySessionRevokeArguments,
        ErrorType::NoAssociatedSessionPassedIn,
        ErrorType::SessionOnCodeDoesNotMatchSessionPassedIn,
        ErrorType::MemberSessionMemberIdMismatch,
        ErrorType::InsufficientFactors,
        ErrorType::StaleFactors,
        ErrorType::IncompatibleSessionType,
        ErrorType::SessionMustHaveAtLeastOneActiveFactor,
        ErrorType::SessionNotMutable,
        ErrorType::SessionNotMutableImpersonated,
        ErrorType::CannotPreserveExistingSessions,
        ErrorType::SsoConnectionNotFound,
        ErrorType::SsoTokenNotFound,
        ErrorType::SsoConnectionOrganizationMismatch,
        ErrorType::SsoMultipleConnectionsFound,
        ErrorType::NoSsoConnectionExistsForOrganization,
        ErrorType::IndeterminateSsoConnectionForOrganization,
        ErrorType::RequiresActiveSsoConnection,
        ErrorType::MissingSsoConnectionLocator,
        ErrorType::TooManySsoConnectionLocators,
        ErrorType::TooManySsoConnections,
        ErrorType::TooManySsoConnectionsForBillingTier,
        ErrorType::CannotDeleteDefaultSsoConnection,
        ErrorType::DuplicateExternalSsoConnection,
        ErrorType::InvalidSsoIdp,
        ErrorType::InvalidLoginSsoUrl,
        ErrorType::InvalidSignupSsoUrl,
        ErrorType::NoMatchForProvidedSsoUrl,
        ErrorType::SsoVerificationKeyNotFound,
        ErrorType::CannotDeleteLastSsoVerificationKey,
        ErrorType::TooManySsoVerificationCertificates,
        ErrorType::SamlConnectionNotFound,
        ErrorType::DuplicateSamlConnection,
        ErrorType::InvalidSamlMetadataUrl,
        ErrorType::InvalidXmlFromSamlMetadataUrl,
        ErrorType::InvalidX509Certificate,
        ErrorType::InvalidIdpEntityId,
        ErrorType::InvalidIdpSsoUrl,
        ErrorType::SamlCertificateMismatch,
        ErrorType::SamlConnectionAttributeMappingMissingGroupsKey,
        ErrorType::SamlConnectionAttributeMappingRequired,
        ErrorType::SamlConnectionEmailMappingRequired,
        ErrorType::SamlConnectionNameMappingRequired,
        ErrorType::SamlConnectionIdpSsoUrlInvalidFormat,
        ErrorType::SamlConnectionIdpSsoUrlNotHttps,
        ErrorType::SamlConnectionIdpSsoUrlRequired,
        ErrorType::SamlConnectionMetadataInvalidFormat,
        ErrorType::SamlConnectionNoNestedKeysInAttributeMapping,
        ErrorType::SamlGroupRoleAssignmentDoesNotContainMemberGroup,
        ErrorType::SamlIdpInitiatedAuthDisabled,
        ErrorType::SamlSigningPrivateKeyFormatNotSupported,
        ErrorType::SamlSigningPrivateKeyInvalid,
        ErrorType::PrivateKeyTooLong,
        ErrorType::InvalidSamlResponse,
        ErrorType::InvalidSamlResponseEmail,
        ErrorType::InvalidSamlResponseGroups,
        ErrorType::InvalidAudienceSamlResponse,
        ErrorType::InvalidSignatureSamlResponse,
        ErrorType::InvalidXmlSamlResponse,
        ErrorType::MissingSamlResponse,
        ErrorType::MissingSamlRelayState,
        ErrorType::MissingSignatureSamlResponse,
        ErrorType::MissingSamlCsrfCookie,
        ErrorType::SamlCsrfCookieMismatch,
        ErrorType::DuplicateSamlResponse,
        ErrorType::ExpiredSamlResponse,
        ErrorType::NotYetValidSamlResponse,
        ErrorType::FailedSamlResponse,
        ErrorType::UnsolicitedSamlResponse,
        ErrorType::XmlValidationSamlUnknownError,
        ErrorType::OidcConnectionNotFound,
        ErrorType::OidcConnectionAuthorizationUrlInvalidFormat,
        ErrorType::OidcConnectionAuthorizationUrlRequired,
        ErrorType::OidcConnectionClientIdRequired,
        ErrorType::OidcConnectionClientSecretRequired,
        ErrorType::OidcConnectionIssuerRequired,
        ErrorType::OidcConnectionIssuerUrlInvalidFormat,
        ErrorType::OidcConnectionJwksUrlInvalidFormat,
        ErrorType::OidcConnectionJwksUrlRequired,
        ErrorType::OidcConnectionTokenUrlInvalidFormat,
        ErrorType::OidcConnectionTokenUrlRequired,
        ErrorType::OidcConnectionUserinfoUrlInvalidFormat,
        ErrorType::OidcConnectionUserinfoUrlRequired,
        ErrorType::InvalidIssuer,
        ErrorType::InvalidClientId,
        ErrorType::InvalidClientSecret,
        ErrorType::ClientSecretTooLong,
        ErrorType::InvalidAuthorizationUrl,
        ErrorType::InvalidTokenUrl,
        ErrorType::InvalidUserinfoUrl,
        ErrorType::InvalidJwksUrl,
        ErrorType::OidcAuthCodeError,
        ErrorType::OidcCsrfCookieMismatch,
        ErrorType::MissingOidcCsrfCookie,
        ErrorType::MissingOidcStateParam,
        ErrorType::OidcInvalidCallbackRequest,
        ErrorType::OidcInvalidIdToken,
        ErrorType::OidcInvalidUserinfo,
        ErrorType::OidcResponseEmailMissing,
        ErrorType::OidcResponseNameMissing,
        ErrorType::OidcResponseSubjectMissing,
        ErrorType::OidcResponseSubjectMismatch,
        ErrorType::OidcResponseUnverifiedEmail,
        ErrorType::OidcUserNotAssignedToAppInIdp,
        ErrorType::ExpiredOidcResponse,
        ErrorType::UnsolicitedOidcResponse,
        ErrorType::MemberOidcTokenNotFound,
        ErrorType::UnableToRefreshOidcToken,
        ErrorType::MissingOidcRefreshToken,
        ErrorType::InvalidRequest,
        ErrorType::InvalidClient,
        ErrorType::InvalidGrant,
        ErrorType::UnauthorizedClient,
        ErrorType::UnsupportedGrantType,
        ErrorType::InvalidScope,
    ];
    /// The wire string for this error type, exactly as Stytch sends it.
    ///
    /// For [`ErrorType::Unknown`] this is the original string.
    pub fn as_str(&self) -> &str {
        match self {
            ErrorType::BadRequest => "bad_request",
            ErrorType::InvalidArgument => "invalid_argument",
            ErrorType::InvalidRequestValue => "invalid_request_value",
            ErrorType::InvalidId => "invalid_id",
            ErrorType::InvalidMethodId => "invalid_method_id",
            ErrorType::ForbiddenCharacterZeroWidthSpace => {
                "forbidden_character_zero_width_space"
            }
            ErrorType::MetadataInvalidFormat => "metadata_invalid_format",
            ErrorType::MetadataTooLarge => "metadata_too_large",
            ErrorType::MetadataTooManyKeys => "metadata_too_many_keys",
            ErrorType::CannotUpdateTrustedMetadata => "cannot_update_trusted_metadata",
            ErrorType::InvalidLocale => "invalid_locale",
            ErrorType::InvalidTemplateId => "invalid_template_id",
            ErrorType::EmailTemplateNotFound => "email_template_not_found",
            ErrorType::InvalidIpAddress => "invalid_ip_address",
            ErrorType::InvalidUserAgent => "invalid_user_agent",
            ErrorType::AttributeMismatch => "attribute_mismatch",
            ErrorType::UseHttps => "use_https",
            ErrorType::MethodNotAllowed => "method_not_allowed",
            ErrorType::RouteNotFound => "route_not_found",
            ErrorType::RouteNotSupportedInTest => "route_not_supported_in_test",
            ErrorType::DeprecatedEndpoint => "deprecated_endpoint",
            ErrorType::UnavailableEndpoint => "unavailable_endpoint",
            ErrorType::EnterpriseEndpoint => "enterprise_endpoint",
            ErrorType::InvalidB2bEndpoint => "invalid_b2b_endpoint",
            ErrorType::InvalidConsumerEndpoint => "invalid_consumer_endpoint",
            ErrorType::UnauthorizedCredentials => "unauthorized_credentials",
            ErrorType::UnauthorizedCredentialsHomepage => {
                "unauthorized_credentials_homepage"
            }
            ErrorType::InvalidAuthorizationHeader => "invalid_authorization_header",
            ErrorType::InvalidProjectId => "invalid_project_id",
            ErrorType::InvalidProjectIdAuthentication => {
                "invalid_project_id_authentication"
            }
            ErrorType::InvalidSecretAuthentication => "invalid_secret_authentication",
            ErrorType::UnauthorizedProjectIdLive => "unauthorized_project_id_live",
            ErrorType::UnauthorizedProjectIdTest => "unauthorized_project_id_test",
            ErrorType::TestIdUsedInLiveEnvironment => "test_id_used_in_live_environment",
            ErrorType::LiveIdUsedInTestEnvironment => "live_id_used_in_test_environment",
            ErrorType::WrongStackLive => "wrong_stack_live",
            ErrorType::WrongStackTest => "wrong_stack_test",
            ErrorType::ProjectNotFound => "project_not_found",
            ErrorType::UnauthorizedAction => "unauthorized_action",
            ErrorType::OrganizationSuspended => "organization_suspended",
            ErrorType::TooManyRequests => "too_many_requests",
            ErrorType::TooFewTokensAuthenticated => "too_few_tokens_authenticated",
            ErrorType::CaptchaRequired => "captcha_required",
            ErrorType::CaptchaFailed => "captcha_failed",
            ErrorType::SearchTimeout => "search_timeout",
            ErrorType::PasswordValidationTimeout => "password_validation_timeout",
            ErrorType::ClientClosedRequest => "client_closed_request",
            ErrorType::InternalServerError => "internal_server_error",
            ErrorType::ServerUnavailable => "server_unavailable",
            ErrorType::SessionAuthorizationError => "session_authorization_error",
            ErrorType::SessionAuthorizationTenancyError => {
                "session_authorization_tenancy_error"
            }
            ErrorType::InvalidRbacRoleAssignment => "invalid_rbac_role_assignment",
            ErrorType::InvalidRbacRoleId => "invalid_rbac_role_id",
            ErrorType::InvalidRole => "invalid_role",
            ErrorType::CannotAssignDefaultRbacRoleId => {
                "cannot_assign_default_rbac_role_id"
            }
            ErrorType::OrganizationNotFound => "organization_not_found",
            ErrorType::InvalidOrganizationId => "invalid_organization_id",
            ErrorType::InvalidOrganizationName => "invalid_organization_name",
            ErrorType::OrganizationNameMissing => "organization_name_missing",
            ErrorType::InvalidOrganizationSlug => "invalid_organization_slug",
            ErrorType::OrganizationSlugAlreadyUsed => "organization_slug_already_used",
            ErrorType::DuplicateOrganization => "duplicate_organization",
            ErrorType::OrganizationLogoUrlTooLong => "organization_logo_url_too_long",
            ErrorType::OrganizationSettingsDisposableDomain => {
                "organization_settings_disposable_domain"
            }
            ErrorType::OrganizationSettingsDomainTooCommon => {
                "organization_settings_domain_too_common"
            }
            ErrorType::OrganizationSettingsDuplicateDomain => {
                "organization_settings_duplicate_domain"
            }
            ErrorType::OrganizationSettingsInvalidDomain => {
                "organization_settings_invalid_domain"
            }
            ErrorType::TooManyDomains => "too_many_domains",
            ErrorType::InvalidEmailDomain => "invalid_email_domain",
            ErrorType::AllowedAuthMethodsRequiredForRestricted => {
                "allowed_auth_methods_required_for_restricted"
            }
            ErrorType::AllowedMfaMethodsRequiredForRestricted => {
                "allowed_mfa_methods_required_for_restricted"
            }
            ErrorType::InvalidOrganizationAllowedAuthMethods => {
                "invalid_organization_allowed_auth_methods"
            }
            ErrorType::InvalidOrganizationAllowedMfaMethods => {
                "invalid_organization_allowed_mfa_methods"
            }
            ErrorType::InvalidOrganizationAuthMethodSettings => {
                "invalid_organization_auth_method_settings"
            }
            ErrorType::InvalidOrganizationAuthFactorSetting => {
                "invalid_organization_auth_factor_setting"
            }
            ErrorType::InvalidOrganizationAuthFactorSettingForEmailJitProvisioning => {
                "invalid_organization_auth_factor_setting_for_email_jit_provisioning"
            }
            ErrorType::InvalidOrganizationAuthFactorSettingForOauthTenantJitProvisioning => {
                "invalid_organization_auth_factor_setting_for_oauth_tenant_jit_provisioning"
            }
            ErrorType::InvalidOrganizationMfaFactorSetting => {
                "invalid_organization_mfa_factor_setting"
            }
            ErrorType::InvalidOrganizationMfaPolicy => "invalid_organization_mfa_policy",
            ErrorType::InvalidRestrictedEmailSetting => {
                "invalid_restricted_email_setting"
            }
            ErrorType::InvalidRestrictedOauthTenantsSetting => {
                "invalid_restricted_oauth_tenants_setting"
            }
            ErrorType::InvalidRestrictedSsoSetting => "invalid_restricted_sso_setting",
            ErrorType::InvalidSsoDefaultConnectionId => {
                "invalid_sso_default_connection_id"
            }
            ErrorType::InvalidOauthAllowedTenantsFormat => {
                "invalid_oauth_allowed_tenants_format"
            }
            ErrorType::TooRestrictiveOrganizationSettings => {
                "too_restrictive_organization_settings"
            }
            ErrorType::OperationRestrictedByOrganizationAuthMethods => {
                "operation_restricted_by_organization_auth_methods"
            }
            ErrorType::OperationRestrictedByOrganizationMfaMethods => {
                "operation_restricted_by_organization_mfa_methods"
            }
            ErrorType::ActionNotAllowedEmailDomainIsClaimed => {
                "action_not_allowed_email_domain_is_claimed"
            }
            ErrorType::OrganizationSearchAllowedDomainFuzzyTooShort => {
                "organization_search_allowed_domain_fuzzy_too_short"
            }
            ErrorType::OrganizationSearchExpectedArrayOfStrings => {
                "organization_search_expected_array_of_strings"
            }
            ErrorType::OrganizationSearchExpectedBoolean => {
                "organization_search_expected_boolean"
            }
            ErrorType::OrganizationSearchExpectedString => {
                "organization_search_expected_string"
            }
            ErrorType::OrganizationSearchFilterNameMustBeString => {
                "organization_search_filter_name_must_be_string"
            }
            ErrorType::OrganizationSearchFilterNameNotRecognized => {
                "organization_search_filter_name_not_recognized"
            }
            ErrorType::OrganizationSearchMemberEmailFuzzyTooShort => {
                "organization_search_member_email_fuzzy_too_short"
            }
            ErrorType::OrganizationSearchMissingAllowedDomainFuzzy => {
                "organization_search_missing_allowed_domain_fuzzy"
            }
            ErrorType::OrganizationSearchMissingAllowedDomains => {
                "organization_search_missing_allowed_domains"
            }
            ErrorType::OrganizationSearchMissingFilterName => {
                "organization_search_missing_filter_name"
            }
            ErrorType::OrganizationSearchMissingFilterValue => {
                "organization_search_missing_filter_value"
            }
            ErrorType::OrganizationSearchMissingMemberEmailFuzzy => {
                "organization_search_missing_member_email_fuzzy"
            }
            ErrorType::OrganizationSearchMissingMemberEmails => {
                "organization_search_missing_member_emails"
            }
            ErrorType::OrganizationSearchMissingOrganizationIds => {
                "organization_search_missing_organization_ids"
            }
            ErrorType::OrganizationSearchMissingOrganizationNameFuzzy => {
                "organization_search_missing_organization_name_fuzzy"
            }
            ErrorType::OrganizationSearchMissingOrganizationSlugFuzzy => {
                "organization_search_missing_organization_slug_fuzzy"
            }
            ErrorType::OrganizationSearchMissingOrganizationSlugs => {
                "organization_search_missing_organization_slugs"
            }
            ErrorType::OrganizationSearchOrganizationNameFuzzyTooShort => {
                "organization_search_organization_name_fuzzy_too_short"
            }
            ErrorType::OrganizationSearchOrganizationSlugFuzzyTooShort => {
                "organization_search_organization_slug_fuzzy_too_short"
            }
            ErrorType::MemberNotFound => "member_not_found",
            ErrorType::MemberDoesNotExistInOrganization => {
                "member_does_not_exist_in_organization"
            }
            ErrorType::DuplicateMemberEmail => "duplicate_member_email",
            ErrorType::DuplicateMemberExternalId => "duplicate_member_external_id",
            ErrorType::DuplicateMemberPhoneNumber => "duplicate_member_phone_number",
            ErrorType::DuplicateMemberPhoneNumberForMember => {
                "duplicate_member_phone_number_for_member"
            }
            ErrorType::InvalidEmail => "invalid_email",
            ErrorType::InvalidEmailId => "invalid_email_id",
            ErrorType::InvalidMemberGetFields => "invalid_member_get_fields",
            ErrorType::InvalidMfaDefaultMethod => "invalid_mfa_default_method",
            ErrorType::DefaultMfaMemberMissingFactor => {
                "default_mfa_member_missing_factor"
            }
            ErrorType::ActionAvailableOnlyForActiveMembers => {
                "action_available_only_for_active_members"
            }
            ErrorType::MemberCannotUpdateTheirEmailAddress => {
                "member_cannot_update_their_email_address"
            }
            ErrorType::DesiredEmailDeactivatedByDifferentMember => {
                "desired_email_deactivated_by_different_member"
            }
            ErrorType::EmailUnverifiedForReactivation => {
                "email_unverified_for_reactivation"
            }
            ErrorType::NoDeletedMemberFoundForReactivation => {
                "no_deleted_member_found_for_reactivation"
            }
            ErrorType::ReactivationEmailBelongsToAnotherMember => {
                "reactivation_email_belongs_to_another_member"
            }
            ErrorType::RetiredMemberEmail => "retired_member_email",
            ErrorType::RetiredEmailMissingEmailIdentifiers => {
                "retired_email_missing_email_identifiers"
            }
            ErrorType::MemberDashboardSearchDisabled => {
                "member_dashboard_search_disabled"
            }
            ErrorType::MemberImpersonationNotAllowed => {
                "member_impersonation_not_allowed"
            }
            ErrorType::MemberPhoneNumberNotFound => "member_phone_number_not_found",
            ErrorType::InvalidPhoneNumber => "invalid_phone_number",
            ErrorType::InvalidPhoneNumberCountryCode => {
                "invalid_phone_number_country_code"
            }
            ErrorType::MemberSearchExpectedArrayOfStrings => {
                "member_search_expected_array_of_strings"
            }
            ErrorType::MemberSearchExpectedBoolean => "member_search_expected_boolean",
            ErrorType::MemberSearchExpectedString => "member_search_expected_string",
            ErrorType::MemberSearchFilterNameMustBeString => {
                "member_search_filter_name_must_be_string"
            }
            ErrorType::MemberSearchFilterNameNotRecognized => {
                "member_search_filter_name_not_recognized"
            }
            ErrorType::MemberSearchMemberEmailFuzzyTooShort => {
                "member_search_member_email_fuzzy_too_short"
            }
            ErrorType::MemberSearchMemberMfaPhoneNumberFuzzyTooShort => {
                "member_search_member_mfa_phone_number_fuzzy_too_short"
            }
            ErrorType::MemberSearchMissingFilterName => {
                "member_search_missing_filter_name"
            }
            ErrorType::MemberSearchMissingFilterValue => {
                "member_search_missing_filter_value"
            }
            ErrorType::MemberSearchMissingIsBreakglass => {
                "member_search_missing_is_breakglass"
            }
            ErrorType::MemberSearchMissingMemberEmailFuzzy => {
                "member_search_missing_member_email_fuzzy"
            }
            ErrorType::MemberSearchMissingMemberEmails => {
                "member_search_missing_member_emails"
            }
            ErrorType::MemberSearchMissingMemberIds => "member_search_missing_member_ids",
            ErrorType::MemberSearchMissingMemberRoles => {
                "member_search_missing_member_roles"
            }
            ErrorType::MemberSearchMissingMfaMemberPhoneNumberFuzzy => {
                "member_search_missing_mfa_member_phone_number_fuzzy"
            }
            ErrorType::MemberSearchMissingMfaMemberPhoneNumbers => {
                "member_search_missing_mfa_member_phone_numbers"
            }
            ErrorType::MemberSearchMissingOauthProviders => {
                "member_search_missing_oauth_providers"
            }
            ErrorType::MemberSearchMissingOrganizationId => {
                "member_search_missing_organization_id"
            }
            ErrorType::MemberSearchMissingOrganizationSlug => {
                "member_search_missing_organization_slug"
            }
            ErrorType::MemberSearchMissingOrganizationSlugFuzzy => {
                "member_search_missing_organization_slug_fuzzy"
            }
            ErrorType::MemberSearchMissingPasswordExists => {
                "member_search_missing_password_exists"
            }
            ErrorType::MemberSearchMissingStatus => "member_search_missing_status",
            ErrorType::MemberSearchMissingStatuses => "member_search_missing_statuses",
            ErrorType::MemberSearchMissingTotpExists => {
                "member_search_missing_totp_exists"
            }
            ErrorType::MemberSearchOrganizationIdsEmpty => {
                "member_search_organization_ids_empty"
            }
            ErrorType::MemberSearchOrganizationSlugFuzzyTooShort => {
                "member_search_organization_slug_fuzzy_too_short"
            }
            ErrorType::SearchInvalidStatusFilter => "search_invalid_status_filter",
            ErrorType::IntermediateSessionNotFound => "intermediate_session_not_found",
            ErrorType::InvalidIntermediateSessionTokenForOrganization => {
                "invalid_intermediate_session_token_for_organization"
            }
            ErrorType::InsufficientFactorsForSessionExchange => {
                "insufficient_factors_for_session_exchange"
            }
            ErrorType::EmailJitProvisioningNotAllowed => {
                "email_jit_provisioning_not_allowed"
            }
            ErrorType::InvalidEmailForJitProvisioning => {
                "invalid_email_for_jit_provisioning"
            }
            ErrorType::InvalidEmailForInvites => "invalid_email_for_invites",
            ErrorType::InvalidConnectionForJitProvisioning => {
                "invalid_connection_for_jit_provisioning"
            }
            ErrorType::OauthTenantJitProvisioningNotAllowed => {
                "oauth_tenant_jit_provisioning_not_allowed"
            }
            ErrorType::InvalidOauthTenantForJitProvisioning => {
                "invalid_oauth_tenant_for_jit_provisioning"
            }
            ErrorType::InvalidDiscoveryRedirectUrl => "invalid_discovery_redirect_url",
            ErrorType::NoDiscoveryRedirectUrl => "no_discovery_redirect_url",
            ErrorType::NoDiscoveryRedirectUrlsSet => "no_discovery_redirect_urls_set",
            ErrorType::NoDefaultDiscoveryRedirectUrlSet => {
                "no_default_discovery_redirect_url_set"
            }
            ErrorType::MagicLinkNotFound => "magic_link_not_found",
            ErrorType::UnableToAuthMagicLink => "unable_to_auth_magic_link",
            ErrorType::InvalidMagicLinkUrl => "invalid_magic_link_url",
            ErrorType::InvalidLoginMagicLinkUrl => "invalid_login_magic_link_url",
            ErrorType::InvalidSignupMagicLinkUrl => "invalid_signup_magic_link_url",
            ErrorType::InvalidInviteMagicLinkUrl => "invalid_invite_magic_link_url",
            ErrorType::NoMatchForProvidedMagicLinkUrl => {
                "no_match_for_provided_magic_link_url"
            }
            ErrorType::InvalidLoginRedirectUrl => "invalid_login_redirect_url",
            ErrorType::InvalidSignupRedirectUrl => "invalid_signup_redirect_url",
            ErrorType::InvalidInviteRedirectUrl => "invalid_invite_redirect_url",
            ErrorType::NoLoginRedirectUrl => "no_login_redirect_url",
            ErrorType::NoLoginRedirectUrlsSet => "no_login_redirect_urls_set",
            ErrorType::NoDefaultLoginRedirectUrlSet => {
                "no_default_login_redirect_url_set"
            }
            ErrorType::NoSignupRedirectUrl => "no_signup_redirect_url",
            ErrorType::NoSignupRedirectUrlsSet => "no_signup_redirect_urls_set",
            ErrorType::NoDefaultSignupRedirectUrlSet => {
                "no_default_signup_redirect_url_set"
            }
            ErrorType::NoInviteRedirectUrl => "no_invite_redirect_url",
            ErrorType::NoInviteRedirectUrlsSet => "no_invite_redirect_urls_set",
            ErrorType::NoDefaultInviteRedirectUrlSet => {
                "no_default_invite_redirect_url_set"
            }
            ErrorType::InactiveEmail => "inactive_email",
            ErrorType::EmailVerificationRequired => "email_verification_required",
            ErrorType::UserAlreadyInvited => "user_already_invited",
            ErrorType::PkceMismatch => "pkce_mismatch",
            ErrorType::PkceExpectedCodeVerifier => "pkce_expected_code_verifier",
            ErrorType::PkceDidNotExpectCodeVerifier => {
                "pkce_did_not_expect_code_verifier"
            }
            ErrorType::InvalidPkceCodeChallenge => "invalid_pkce_code_challenge",
            ErrorType::InvalidPkceCodeVerifier => "invalid_pkce_code_verifier",
            ErrorType::InvalidToken => "invalid_token",
            ErrorType::OtpCodeNotFound => "otp_code_not_found",
            ErrorType::UnableToAuthOtpCode => "unable_to_auth_otp_code",
            ErrorType::InvalidExpirationOtp => "invalid_expiration_otp",
            ErrorType::UnsubscribedPhoneNumber => "unsubscribed_phone_number",
            ErrorType::PhoneNumberNotFound => "phone_number_not_found",
            ErrorType::ActionAvailableOnlyOncePrimaryAuthenticationIsMet => {
                "action_available_only_once_primary_authentication_is_met"
            }
            ErrorType::OauthTokenNotFound => "oauth_token_not_found",
            ErrorType::MemberOauthTokenNotFound => "member_oauth_token_not_found",
            ErrorType::InvalidOauthProvider => "invalid_oauth_provider",
            ErrorType::OauthConfigNotFound => "oauth_config_not_found",
            ErrorType::OauthAuthCodeError => "oauth_auth_code_error",
            ErrorType::OauthFlowCallbackError => "oauth_flow_callback_error",
            ErrorType::OauthDiscoveryFlowCallbackError => {
                "oauth_discovery_flow_callback_error"
            }
            ErrorType::OauthNonDiscoveryFlowCallbackError => {
                "oauth_non_discovery_flow_callback_error"
            }
            ErrorType::OauthInvalidCallbackRequest => "oauth_invalid_callback_request",
            ErrorType::OauthInvalidState => "oauth_invalid_state",
            ErrorType::OauthStateMismatch => "oauth_state_mismatch",
            ErrorType::OauthStateUsed => "oauth_state_used",
            ErrorType::ExpiredOauthResponse => "expired_oauth_response",
            ErrorType::OauthUnverifiedEmail => "oauth_unverified_email",
            ErrorType::OauthAppNotAuthorized => "oauth_app_not_authorized",
            ErrorType::OauthCreatingRedirectUrlError => {
                "oauth_creating_redirect_url_error"
            }
            ErrorType::OauthTokenExchangeGoogleMissingInformation => {
                "oauth_token_exchange_google_missing_information"
            }
            ErrorType::OauthTokenExchangeInvalidClient => {
                "oauth_token_exchange_invalid_client"
            }
            ErrorType::OauthTokenExchangeInvalidRequest => {
                "oauth_token_exchange_invalid_request"
            }
            ErrorType::OauthTokenExchangeInvalidScope => {
                "oauth_token_exchange_invalid_scope"
            }
            ErrorType::OauthTokenExchangeMicrosoftExpiredSecret => {
                "oauth_token_exchange_microsoft_expired_secret"
            }
            ErrorType::OauthTokenExchangeMicrosoftInvalidSecret => {
                "oauth_token_exchange_microsoft_invalid_secret"
            }
            ErrorType::OauthTokenExchangeUnauthorizedClient => {
                "oauth_token_exchange_unauthorized_client"
            }
            ErrorType::InvalidLoginOauthUrl => "invalid_login_oauth_url",
            ErrorType::InvalidSignupOauthUrl => "invalid_signup_oauth_url",
            ErrorType::NoMatchForProvidedOauthUrl => "no_match_for_provided_oauth_url",
            ErrorType::MissingOauthOrganizationLocator => {
                "missing_oauth_organization_locator"
            }
            ErrorType::TooManyOauthOrganizationLocators => {
                "too_many_oauth_organization_locators"
            }
            ErrorType::InvalidGoogleHostedDomainError => {
                "invalid_google_hosted_domain_error"
            }
            ErrorType::InvalidMicrosoftTenantType => "invalid_microsoft_tenant_type",
            ErrorType::InvalidMicrosoftUserPrincipalName => {
                "invalid_microsoft_user_principal_name"
            }
            ErrorType::UnableToAuthorizeOauthProvider => {
                "unable_to_authorize_oauth_provider"
            }
            ErrorType::UnableToRefreshOauthToken => "unable_to_refresh_oauth_token",
            ErrorType::MissingOauthRefreshToken => "missing_oauth_refresh_token",
            ErrorType::BreachedPassword => "breached_password",
            ErrorType::WeakPassword => "weak_password",
            ErrorType::MemberResetPassword => "member_reset_password",
            ErrorType::ResetPassword => "reset_password",
            ErrorType::MemberPasswordNotFound => "member_password_not_found",
            ErrorType::PasswordNotFound => "password_not_found",
            ErrorType::PasswordDoesNotMatch => "password_does_not_match",
            ErrorType::PasswordAlreadyExists => "password_already_exists",
            ErrorType::InvalidPasswordId => "invalid_password_id",
            ErrorType::UnableToAuthPasswordResetToken => {
                "unable_to_auth_password_reset_token"
            }
            ErrorType::CannotResetPasswordWithExistingPassword => {
                "cannot_reset_password_with_existing_password"
            }
            ErrorType::SessionTooOldToResetPassword => {
                "session_too_old_to_reset_password"
            }
            ErrorType::NoPasswordResetRedirectUrl => "no_password_reset_redirect_url",
            ErrorType::InvalidPasswordResetRedirectUrl => {
                "invalid_password_reset_redirect_url"
            }
            ErrorType::InvalidPasswordStrengthLudsComplexity => {
                "invalid_password_strength_luds_complexity"
            }
            ErrorType::InvalidPasswordStrengthLudsLength => {
                "invalid_password_strength_luds_length"
            }
            ErrorType::CrossOrgPasswordsEnabled => "cross_org_passwords_enabled",
            ErrorType::CrossOrgPasswordsNotEnabled => "cross_org_passwords_not_enabled",
            ErrorType::InvalidHash => "invalid_hash",
            ErrorType::InvalidHashType => "invalid_hash_type",
            ErrorType::InvalidBcryptHash => "invalid_bcrypt_hash",
            ErrorType::InvalidBcryptCost => "invalid_bcrypt_cost",
            ErrorType::InvalidMd5Hash => "invalid_md_5_hash",
            ErrorType::InvalidSha1Hash => "invalid_sha_1_hash",
            ErrorType::InvalidSha512Hash => "invalid_sha_512_hash",
            ErrorType::InvalidPrependSalt => "invalid_prepend_salt",
            ErrorType::InvalidAppendSalt => "invalid_append_salt",
            ErrorType::InvalidArgon2Salt => "invalid_argon_2_salt",
            ErrorType::InvalidArgon2IterationAmount => "invalid_argon_2_iteration_amount",
            ErrorType::InvalidArgon2KeyLength => "invalid_argon_2_key_length",
            ErrorType::InvalidArgon2Memory => "invalid_argon_2_memory",
            ErrorType::InvalidArgon2Threads => "invalid_argon_2_threads",
            ErrorType::Argon2KeyLengthMismatch => "argon_2_key_length_mismatch",
            ErrorType::InvalidPbkdf2Algorithm => "invalid_pbkdf_2_algorithm",
            ErrorType::InvalidPbkdf2Hash => "invalid_pbkdf_2_hash",
            ErrorType::InvalidPbkdf2Salt => "invalid_pbkdf_2_salt",
            ErrorType::InvalidPbkdf2IterationAmount => "invalid_pbkdf_2_iteration_amount",
            ErrorType::Pbkdf2KeyLengthMismatch => "pbkdf_2_key_length_mismatch",
            ErrorType::InvalidScryptParameters => "invalid_scrypt_parameters",
            ErrorType::InvalidScryptNParameter => "invalid_scrypt_n_parameter",
            ErrorType::InvalidScryptSaltLength => "invalid_scrypt_salt_length",
            ErrorType::InvalidBase64ScryptHash => "invalid_base64_scrypt_hash",
            ErrorType::InvalidBase64ScryptSalt => "invalid_base64_scrypt_salt",
            ErrorType::ScryptKeyLengthMismatch => "scrypt_key_length_mismatch",
            ErrorType::InvalidPhpassHashFormat => "invalid_phpass_hash_format",
            ErrorType::InvalidPhpassHashPrefix => "invalid_phpass_hash_prefix",
            ErrorType::SessionNotFound => "session_not_found",
            ErrorType::InvalidSessionId => "invalid_session_id",
            ErrorType::InvalidSessionToken => "invalid_session_token",
            ErrorType::InvalidSessionDuration => "invalid_session_duration",
            ErrorType::InvalidSessionDurationMinutes => {
                "invalid_session_duration_minutes"
            }
            ErrorType::InvalidSessionFields => "invalid_session_fields",
            ErrorType::InvalidSessionMissingPrimaryFactor => {
                "invalid_session_missing_primary_factor"
            }
            ErrorType::UnableToParseSessionJwt => "unable_to_parse_session_jwt",
            ErrorType::JwtInvalidAudience => "jwt_invalid_audience",
            ErrorType::JwtInvalidClaims => "jwt_invalid_claims",
            ErrorType::JwtInvalidIssuer => "jwt_invalid_issuer",
            ErrorType::CustomClaimsTooLarge => "custom_claims_too_large",
            ErrorType::ReservedClaimsInCustomClaims => "reserved_claims_in_custom_claims",
            ErrorType::StytchClaimsInCustomClaims => "stytch_claims_in_custom_claims",
            ErrorType::UnableToRepresentCustomClaimsJson => {
                "unable_to_represent_custom_claims_json"
            }
            ErrorType::NoSessionArguments => "no_session_arguments",
            ErrorType::TooManySessionArguments => "too_many_session_arguments",
            ErrorType::NoSessionRevokeArguments => "no_session_revoke_arguments",
            ErrorType::TooManySessionRevokeArguments => {
                "too_many_session_revoke_arguments"
            }
            ErrorType::NoAssociatedSessionPassedIn => "no_associated_session_passed_in",
            ErrorType::SessionOnCodeDoesNotMatchSessionPassedIn => {
                "session_on_code_does_not_match_session_passed_in"
            }
            ErrorType::MemberSessionMemberIdMismatch => {
                "member_session_member_id_mismatch"
            }
            ErrorType::InsufficientFactors => "insufficient_factors",
            ErrorType::StaleFactors => "stale_factors",
            ErrorType::IncompatibleSessionType => "incompatible_session_type",
            ErrorType::SessionMustHaveAtLeastOneActiveFactor => {
                "session_must_have_at_least_one_active_factor"
            }
            ErrorType::SessionNotMutable => "session_not_mutable",
            ErrorType::SessionNotMutableImpersonated => {
                "session_not_mutable_impersonated"
            }
            ErrorType::CannotPreserveExistingSessions => {
                "cannot_preserve_existing_sessions"
            }
            ErrorType::SsoConnectionNotFound => "sso_connection_not_found",
            ErrorType::SsoTokenNotFound => "sso_token_not_found",
            ErrorType::SsoConnectionOrganizationMismatch => {
                "sso_connection_organization_mismatch"
            }
            ErrorType::SsoMultipleConnectionsFound => "sso_multiple_connections_found",
            ErrorType::NoSsoConnectionExistsForOrganization => {
                "no_sso_connection_exists_for_organization"
            }
            ErrorType::IndeterminateSsoConnectionForOrganization => {
                "indeterminate_sso_connection_for_organization"
            }
            ErrorType::RequiresActiveSsoConnection => "requires_active_sso_connection",
            ErrorType::MissingSsoConnectionLocator => "missing_sso_connection_locator",
            ErrorType::TooManySsoConnectionLocators => "too_many_sso_connection_locators",
            ErrorType::TooManySsoConnections => "too_many_sso_connections",
            ErrorType::TooManySsoConnectionsForBillingTier => {
                "too_many_sso_connections_for_billing_tier"
            }
            ErrorType::CannotDeleteDefaultSsoConnection => {
                "cannot_delete_default_sso_connection"
            }
            ErrorType::DuplicateExternalSsoConnection => {
                "duplicate_external_sso_connection"
            }
            ErrorType::InvalidSsoIdp => "invalid_sso_idp",
            ErrorType::InvalidLoginSsoUrl => "invalid_login_sso_url",
            ErrorType::InvalidSignupSsoUrl => "invalid_signup_sso_url",
            ErrorType::NoMatchForProvidedSsoUrl => "no_match_for_provided_sso_url",
            ErrorType::SsoVerificationKeyNotFound => "sso_verification_key_not_found",
            ErrorType::CannotDeleteLastSsoVerificationKey => {
                "cannot_delete_last_sso_verification_key"
            }
            ErrorType::TooManySsoVerificationCertificates => {
                "too_many_sso_verification_certificates"
            }
            ErrorType::SamlConnectionNotFound => "saml_connection_not_found",
            ErrorType::DuplicateSamlConnection => "duplicate_saml_connection",
            ErrorType::InvalidSamlMetadataUrl => "invalid_saml_metadata_url",
            ErrorType::InvalidXmlFromSamlMetadataUrl => {
                "invalid_xml_from_saml_metadata_url"
            }
            ErrorType::InvalidX509Certificate => "invalid_x509_certificate",
            ErrorType::InvalidIdpEntityId => "invalid_idp_entity_id",
            ErrorType::InvalidIdpSsoUrl => "invalid_idp_sso_url",
            ErrorType::SamlCertificateMismatch => "saml_certificate_mismatch",
            ErrorType::SamlConnectionAttributeMappingMissingGroupsKey => {
                "saml_connection_attribute_mapping_missing_groups_key"
            }
            ErrorType::SamlConnectionAttributeMappingRequired => {
                "saml_connection_attribute_mapping_required"
            }
            ErrorType::SamlConnectionEmailMappingRequired => {
                "saml_connection_email_mapping_required"
            }
            ErrorType::SamlConnectionNameMappingRequired => {
                "saml_connection_name_mapping_required"
            }
            ErrorType::SamlConnectionIdpSsoUrlInvalidFormat => {
                "saml_connection_idp_sso_url_invalid_format"
            }
            ErrorType::SamlConnectionIdpSsoUrlNotHttps => {
                "saml_connection_idp_sso_url_not_https"
            }
            ErrorType::SamlConnectionIdpSsoUrlRequired => {
                "saml_connection_idp_sso_url_required"
            }
            ErrorType::SamlConnectionMetadataInvalidFormat => {
                "saml_connection_metadata_invalid_format"
            }
            ErrorType::SamlConnectionNoNestedKeysInAttributeMapping => {
                "saml_connection_no_nested_keys_in_attribute_mapping"
            }
            ErrorType::SamlGroupRoleAssignmentDoesNotContainMemberGroup => {
                "saml_group_role_assignment_does_not_contain_member_group"
            }
            ErrorType::SamlIdpInitiatedAuthDisabled => "saml_idp_initiated_auth_disabled",
            ErrorType::SamlSigningPrivateKeyFormatNotSupported => {
                "saml_signing_private_key_format_not_supported"
            }
            ErrorType::SamlSigningPrivateKeyInvalid => "saml_signing_private_key_invalid",
            ErrorType::PrivateKeyTooLong => "private_key_too_long",
            ErrorType::InvalidSamlResponse => "invalid_saml_response",
            ErrorType::InvalidSamlResponseEmail => "invalid_saml_response_email",
            ErrorType::InvalidSamlResponseGroups => "invalid_saml_response_groups",
            ErrorType::InvalidAudienceSamlResponse => "invalid_audience_saml_response",
            ErrorType::InvalidSignatureSamlResponse => "invalid_signature_saml_response",
            ErrorType::InvalidXmlSamlResponse => "invalid_xml_saml_response",
            ErrorType::MissingSamlResponse => "missing_saml_response",
            ErrorType::MissingSamlRelayState => "missing_saml_relay_state",
            ErrorType::MissingSignatureSamlResponse => "missing_signature_saml_response",
            ErrorType::MissingSamlCsrfCookie => "missing_saml_csrf_cookie",
            ErrorType::SamlCsrfCookieMismatch => "saml_csrf_cookie_mismatch",
            ErrorType::DuplicateSamlResponse => "duplicate_saml_response",
            ErrorType::ExpiredSamlResponse => "expired_saml_response",
            ErrorType::NotYetValidSamlResponse => "not_yet_valid_saml_response",
            ErrorType::FailedSamlResponse => "failed_saml_response",
            ErrorType::UnsolicitedSamlResponse => "unsolicited_saml_response",
            ErrorType::XmlValidationSamlUnknownError => {
                "xml_validation_saml_unknown_error"
            }
            ErrorType::OidcConnectionNotFound => "oidc_connection_not_found",
            ErrorType::OidcConnectionAuthorizationUrlInvalidFormat => {
                "oidc_connection_authorization_url_invalid_format"
            }
            ErrorType::OidcConnectionAuthorizationUrlRequired => {
                "oidc_connection_authorization_url_required"
            }
            ErrorType::OidcConnectionClientIdRequired => {
                "oidc_connection_client_id_required"
            }
            ErrorType::OidcConnectionClientSecretRequired => {
                "oidc_connection_client_secret_required"
            }
            ErrorType::OidcConnectionIssuerRequired => "oidc_connection_issuer_required",
            ErrorType::OidcConnectionIssuerUrlInvalidFormat => {
                "oidc_connection_issuer_url_invalid_format"
            }
            ErrorType::OidcConnectionJwksUrlInvalidFormat => {
                "oidc_connection_jwks_url_invalid_format"
            }
            ErrorType::OidcConnectionJwksUrlRequired => {
                "oidc_connection_jwks_url_required"
            }
            ErrorType::OidcConnectionTokenUrlInvalidFormat => {
                "oidc_connection_token_url_invalid_format"
            }
            ErrorType::OidcConnectionTokenUrlRequired => {
                "oidc_connection_token_url_required"
            }
            ErrorType::OidcConnectionUserinfoUrlInvalidFormat => {
                "oidc_connection_userinfo_url_invalid_format"
            }
            ErrorType::OidcConnectionUserinfoUrlRequired => {
                "oidc_connection_userinfo_url_required"
            }
            ErrorType::InvalidIssuer => "invalid_issuer",
            ErrorType::InvalidClientId => "invalid_client_id",
            ErrorType::InvalidClientSecret => "invalid_client_secret",
            ErrorType::ClientSecretTooLong => "client_secret_too_long",
            ErrorType::InvalidAuthorizationUrl => "invalid_authorization_url",
            ErrorType::InvalidTokenUrl => "invalid_token_url",
            ErrorType::InvalidUserinfoUrl => "invalid_userinfo_url",
            ErrorType::InvalidJwksUrl => "invalid_jwks_url",
            ErrorType::OidcAuthCodeError => "oidc_auth_code_error",
            ErrorType::OidcCsrfCookieMismatch => "oidc_csrf_cookie_mismatch",
            ErrorType::MissingOidcCsrfCookie => "missing_oidc_csrf_cookie",
            ErrorType::MissingOidcStateParam => "missing_oidc_state_param",
            ErrorType::OidcInvalidCallbackRequest => "oidc_invalid_callback_request",
            ErrorType::OidcInvalidIdToken => "oidc_invalid_id_token",
            ErrorType::OidcInvalidUserinfo => "oidc_invalid_userinfo",
            ErrorType::OidcResponseEmailMissing => "oidc_response_email_missing",
            ErrorType::OidcResponseNameMissing => "oidc_response_name_missing",
            ErrorType::OidcResponseSubjectMissing => "oidc_response_subject_missing",
            ErrorType::OidcResponseSubjectMismatch => "oidc_response_subject_mismatch",
            ErrorType::OidcResponseUnverifiedEmail => "oidc_response_unverified_email",
            ErrorType::OidcUserNotAssignedToAppInIdp => {
                "oidc_user_not_assigned_to_app_in_idp"
            }
            ErrorType::ExpiredOidcResponse => "expired_oidc_response",
            ErrorType::UnsolicitedOidcResponse => "unsolicited_oidc_response",
            ErrorType::MemberOidcTokenNotFound => "member_oidc_token_not_found",
            ErrorType::UnableToRefreshOidcToken => "unable_to_refresh_oidc_token",
            ErrorType::MissingOidcRefreshToken => "missing_oidc_refresh_token",
            ErrorType::InvalidRequest => "invalid_request",
            ErrorType::InvalidClient => "invalid_client",
            ErrorType::InvalidGrant => "invalid_grant",
            ErrorType::UnauthorizedClient => "unauthorized_client",
            ErrorType::UnsupportedGrantType => "unsupported_grant_type",
            ErrorType::InvalidScope => "invalid_scope",
            ErrorType::Unknown(other) => other.as_str(),
        }
    }
    /// Looks up a wire string among the known variants.
    pub(crate) fn from_known(wire: &str) -> Option<Self> {
        match wire {
            "bad_request" => Some(ErrorType::BadRequest),
            "invalid_argument" => Some(ErrorType::InvalidArgument),
            "invalid_request_value" => Some(ErrorType::InvalidRequestValue),
            "invalid_id" => Some(ErrorType::InvalidId),
            "invalid_method_id" => Some(ErrorType::InvalidMethodId),
            "forbidden_character_zero_width_space" => {
                Some(ErrorType::ForbiddenCharacterZeroWidthSpace)
            }
            "metadata_invalid_format" => Some(ErrorType::MetadataInvalidFormat),
            "metadata_too_large" => Some(ErrorType::MetadataTooLarge),
            "metadata_too_many_keys" => Some(ErrorType::MetadataTooManyKeys),
            "cannot_update_trusted_metadata" => {
                Some(ErrorType::CannotUpdateTrustedMetadata)
            }
            "invalid_locale" => Some(ErrorType::InvalidLocale),
            "invalid_template_id" => Some(ErrorType::InvalidTemplateId),
            "email_template_not_found" => Some(ErrorType::EmailTemplateNotFound),
            "invalid_ip_address" => Some(ErrorType::InvalidIpAddress),
            "invalid_user_agent" => Some(ErrorType::InvalidUserAgent),
            "attribute_mismatch" => Some(ErrorType::AttributeMismatch),
            "use_https" => Some(ErrorType::UseHttps),
            "method_not_allowed" => Some(ErrorType::MethodNotAllowed),
            "route_not_found" => Some(ErrorType::RouteNotFound),
            "route_not_supported_in_test" => Some(ErrorType::RouteNotSupportedInTest),
            "deprecated_endpoint" => Some(ErrorType::DeprecatedEndpoint),
            "unavailable_endpoint" => Some(ErrorType::UnavailableEndpoint),
            "enterprise_endpoint" => Some(ErrorType::EnterpriseEndpoint),
            "invalid_b2b_endpoint" => Some(ErrorType::InvalidB2bEndpoint),
            "invalid_consumer_endpoint" => Some(ErrorType::InvalidConsumerEndpoint),
            "unauthorized_credentials" => Some(ErrorType::UnauthorizedCredentials),
            "unauthorized_credentials_homepage" => {
                Some(ErrorType::UnauthorizedCredentialsHomepage)
            }
            "invalid_authorization_header" => Some(ErrorType::InvalidAuthorizationHeader),
            "invalid_project_id" => Some(ErrorType::InvalidProjectId),
            "invalid_project_id_authentication" => {
                Some(ErrorType::InvalidProjectIdAuthentication)
            }
            "invalid_secret_authentication" => {
                Some(ErrorType::InvalidSecretAuthentication)
            }
            "unauthorized_project_id_live" => Some(ErrorType::UnauthorizedProjectIdLive),
            "unauthorized_project_id_test" => Some(ErrorType::UnauthorizedProjectIdTest),
            "test_id_used_in_live_environment" => {
                Some(ErrorType::TestIdUsedInLiveEnvironment)
            }
            "live_id_used_in_test_environment" => {
                Some(ErrorType::LiveIdUsedInTestEnvironment)
            }
            "wrong_stack_live" => Some(ErrorType::WrongStackLive),
            "wrong_stack_test" => Some(ErrorType::WrongStackTest),
            "project_not_found" => Some(ErrorType::ProjectNotFound),
            "unauthorized_action" => Some(ErrorType::UnauthorizedAction),
            "organization_suspended" => Some(ErrorType::OrganizationSuspended),
            "too_many_requests" => Some(ErrorType::TooManyRequests),
            "too_few_tokens_authenticated" => Some(ErrorType::TooFewTokensAuthenticated),
            "captcha_required" => Some(ErrorType::CaptchaRequired),
            "captcha_failed" => Some(ErrorType::CaptchaFailed),
            "search_timeout" => Some(ErrorType::SearchTimeout),
            "password_validation_timeout" => Some(ErrorType::PasswordValidationTimeout),
            "client_closed_request" => Some(ErrorType::ClientClosedRequest),
            "internal_server_error" => Some(ErrorType::InternalServerError),
            "server_unavailable" => Some(ErrorType::ServerUnavailable),
            "session_authorization_error" => Some(ErrorType::SessionAuthorizationError),
            "session_authorization_tenancy_error" => {
                Some(ErrorType::SessionAuthorizationTenancyError)
            }
            "invalid_rbac_role_assignment" => Some(ErrorType::InvalidRbacRoleAssignment),
            "invalid_rbac_role_id" => Some(ErrorType::InvalidRbacRoleId),
            "invalid_role" => Some(ErrorType::InvalidRole),
            "cannot_assign_default_rbac_role_id" => {
                Some(ErrorType::CannotAssignDefaultRbacRoleId)
            }
            "organization_not_found" => Some(ErrorType::OrganizationNotFound),
            "invalid_organization_id" => Some(ErrorType::InvalidOrganizationId),
            "invalid_organization_name" => Some(ErrorType::InvalidOrganizationName),
            "organization_name_missing" => Some(ErrorType::OrganizationNameMissing),
            "invalid_organization_slug" => Some(ErrorType::InvalidOrganizationSlug),
            "organization_slug_already_used" => {
                Some(ErrorType::OrganizationSlugAlreadyUsed)
            }
            "duplicate_organization" => Some(ErrorType::DuplicateOrganization),
            "organization_logo_url_too_long" => {
                Some(ErrorType::OrganizationLogoUrlTooLong)
            }
            "organization_settings_disposable_domain" => {
                Some(ErrorType::OrganizationSettingsDisposableDomain)
            }
            "organization_settings_domain_too_common" => {
                Some(ErrorType::OrganizationSettingsDomainTooCommon)
            }
            "organization_settings_duplicate_domain" => {
                Some(ErrorType::OrganizationSettingsDuplicateDomain)
            }
            "organization_settings_invalid_domain" => {
                Some(ErrorType::OrganizationSettingsInvalidDomain)
            }
            "too_many_domains" => Some(ErrorType::TooManyDomains),
            "invalid_email_domain" => Some(ErrorType::InvalidEmailDomain),
            "allowed_auth_methods_required_for_restricted" => {
                Some(ErrorType::AllowedAuthMethodsRequiredForRestricted)
            }
            "allowed_mfa_methods_required_for_restricted" => {
                Some(ErrorType::AllowedMfaMethodsRequiredForRestricted)
            }
            "invalid_organization_allowed_auth_methods" => {
                Some(ErrorType::InvalidOrganizationAllowedAuthMethods)
            }
            "invalid_organization_allowed_mfa_methods" => {
                Some(ErrorType::InvalidOrganizationAllowedMfaMethods)
            }
            "invalid_organization_auth_method_settings" => {
                Some(ErrorType::InvalidOrganizationAuthMethodSettings)
            }
            "invalid_organization_auth_factor_setting" => {
                Some(ErrorType::InvalidOrganizationAuthFactorSetting)
            }
            "invalid_organization_auth_factor_setting_for_email_jit_provisioning" => {
                Some(
                    ErrorType::InvalidOrganizationAuthFactorSettingForEmailJitProvisioning,
                )
            }
            "invalid_organization_auth_factor_setting_for_oauth_tenant_jit_provisioning" => {
                Some(
                    ErrorType::InvalidOrganizationAuthFactorSettingForOauthTenantJitProvisioning,
                )
            }
            "invalid_organization_mfa_factor_setting" => {
                Some(ErrorType::InvalidOrganizationMfaFactorSetting)
            }
            "invalid_organization_mfa_policy" => {
                Some(ErrorType::InvalidOrganizationMfaPolicy)
            }
            "invalid_restricted_email_setting" => {
                Some(ErrorType::InvalidRestrictedEmailSetting)
            }
            "invalid_restricted_oauth_tenants_setting" => {
                Some(ErrorType::InvalidRestrictedOauthTenantsSetting)
            }
            "invalid_restricted_sso_setting" => {
                Some(ErrorType::InvalidRestrictedSsoSetting)
            }
            "invalid_sso_default_connection_id" => {
                Some(ErrorType::InvalidSsoDefaultConnectionId)
            }
            "invalid_oauth_allowed_tenants_format" => {
                Some(ErrorType::InvalidOauthAllowedTenantsFormat)
            }
            "too_restrictive_organization_settings" => {
                Some(ErrorType::TooRestrictiveOrganizationSettings)
            }
            "operation_restricted_by_organization_auth_methods" => {
                Some(ErrorType::OperationRestrictedByOrganizationAuthMethods)
            }
            "operation_restricted_by_organization_mfa_methods" => {
                Some(ErrorType::OperationRestrictedByOrganizationMfaMethods)
            }
            "action_not_allowed_email_domain_is_claimed" => {
                Some(ErrorType::ActionNotAllowedEmailDomainIsClaimed)
            }
            "organization_search_allowed_domain_fuzzy_too_short" => {
                Some(ErrorType::OrganizationSearchAllowedDomainFuzzyTooShort)
            }
            "organization_search_expected_array_of_strings" => {
                Some(ErrorType::OrganizationSearchExpectedArrayOfStrings)
            }
            "organization_search_expected_boolean" => {
                Some(ErrorType::OrganizationSearchExpectedBoolean)
            }
            "organization_search_expected_string" => {
                Some(ErrorType::OrganizationSearchExpectedString)
            }
            "organization_search_filter_name_must_be_string" => {
                Some(ErrorType::OrganizationSearchFilterNameMustBeString)
            }
            "organization_search_filter_name_not_recognized" => {
                Some(ErrorType::OrganizationSearchFilterNameNotRecognized)
            }
            "organization_search_member_email_fuzzy_too_short" => {
                Some(ErrorType::OrganizationSearchMemberEmailFuzzyTooShort)
            }
            "organization_search_missing_allowed_domain_fuzzy" => {
                Some(ErrorType::OrganizationSearchMissingAllowedDomainFuzzy)
            }
            "organization_search_missing_allowed_domains" => {
                Some(ErrorType::OrganizationSearchMissingAllowedDomains)
            }
            "organization_search_missing_filter_name" => {
                Some(ErrorType::OrganizationSearchMissingFilterName)
            }
            "organization_search_missing_filter_value" => {
                Some(ErrorType::OrganizationSearchMissingFilterValue)
            }
            "organization_search_missing_member_email_fuzzy" => {
                Some(ErrorType::OrganizationSearchMissingMemberEmailFuzzy)
            }
            "organization_search_missing_member_emails" => {
                Some(ErrorType::OrganizationSearchMissingMemberEmails)
            }
            "organization_search_missing_organization_ids" => {
                Some(ErrorType::OrganizationSearchMissingOrganizationIds)
            }
            "organization_search_missing_organization_name_fuzzy" => {
                Some(ErrorType::OrganizationSearchMissingOrganizationNameFuzzy)
            }
            "organization_search_missing_organization_slug_fuzzy" => {
                Some(ErrorType::OrganizationSearchMissingOrganizationSlugFuzzy)
            }
            "organization_search_missing_organization_slugs" => {
                Some(ErrorType::OrganizationSearchMissingOrganizationSlugs)
            }
            "organization_search_organization_name_fuzzy_too_short" => {
                Some(ErrorType::OrganizationSearchOrganizationNameFuzzyTooShort)
            }
            "organization_search_organization_slug_fuzzy_too_short" => {
                Some(ErrorType::OrganizationSearchOrganizationSlugFuzzyTooShort)
            }
            "member_not_found" => Some(ErrorType::MemberNotFound),
            "member_does_not_exist_in_organization" => {
                Some(ErrorType::MemberDoesNotExistInOrganization)
            }
            "duplicate_member_email" => Some(ErrorType::DuplicateMemberEmail),
            "duplicate_member_external_id" => Some(ErrorType::DuplicateMemberExternalId),
            "duplicate_member_phone_number" => {
                Some(ErrorType::DuplicateMemberPhoneNumber)
            }
            "duplicate_member_phone_number_for_member" => {
                Some(ErrorType::DuplicateMemberPhoneNumberForMember)
            }
            "invalid_email" => Some(ErrorType::InvalidEmail),
            "invalid_email_id" => Some(ErrorType::InvalidEmailId),
            "invalid_member_get_fields" => Some(ErrorType::InvalidMemberGetFields),
            "invalid_mfa_default_method" => Some(ErrorType::InvalidMfaDefaultMethod),
            "default_mfa_member_missing_factor" => {
                Some(ErrorType::DefaultMfaMemberMissingFactor)
            }
            "action_available_only_for_active_members" => {
                Some(ErrorType::ActionAvailableOnlyForActiveMembers)
            }
            "member_cannot_update_their_email_address" => {
                Some(ErrorType::MemberCannotUpdateTheirEmailAddress)
            }
            "desired_email_deactivated_by_different_member" => {
                Some(ErrorType::DesiredEmailDeactivatedByDifferentMember)
            }
            "email_unverified_for_reactivation" => {
                Some(ErrorType::EmailUnverifiedForReactivation)
            }
            "no_deleted_member_found_for_reactivation" => {
                Some(ErrorType::NoDeletedMemberFoundForReactivation)
            }
            "reactivation_email_belongs_to_another_member" => {
                Some(ErrorType::ReactivationEmailBelongsToAnotherMember)
            }
            "retired_member_email" => Some(ErrorType::RetiredMemberEmail),
            "retired_email_missing_email_identifiers" => {
                Some(ErrorType::RetiredEmailMissingEmailIdentifiers)
            }
            "member_dashboard_search_disabled" => {
                Some(ErrorType::MemberDashboardSearchDisabled)
            }
            "member_impersonation_not_allowed" => {
                Some(ErrorType::MemberImpersonationNotAllowed)
            }
            "member_phone_number_not_found" => Some(ErrorType::MemberPhoneNumberNotFound),
            "invalid_phone_number" => Some(ErrorType::InvalidPhoneNumber),
            "invalid_phone_number_country_code" => {
                Some(ErrorType::InvalidPhoneNumberCountryCode)
            }
            "member_search_expected_array_of_strings" => {
                Some(ErrorType::MemberSearchExpectedArrayOfStrings)
            }
            "member_search_expected_boolean" => {
                Some(ErrorType::MemberSearchExpectedBoolean)
            }
            "member_search_expected_string" => {
                Some(ErrorType::MemberSearchExpectedString)
            }
            "member_search_filter_name_must_be_string" => {
                Some(ErrorType::MemberSearchFilterNameMustBeString)
            }
            "member_search_filter_name_not_recognized" => {
                Some(ErrorType::MemberSearchFilterNameNotRecognized)
            }
            "member_search_member_email_fuzzy_too_short" => {
                Some(ErrorType::MemberSearchMemberEmailFuzzyTooShort)
            }
            "member_search_member_mfa_phone_number_fuzzy_too_short" => {
                Some(ErrorType::MemberSearchMemberMfaPhoneNumberFuzzyTooShort)
            }
            "member_search_missing_filter_name" => {
                Some(ErrorType::MemberSearchMissingFilterName)
            }
            "member_search_missing_filter_value" => {
                Some(ErrorType::MemberSearchMissingFilterValue)
            }
            "member_search_missing_is_breakglass" => {
                Some(ErrorType::MemberSearchMissingIsBreakglass)
            }
            "member_search_missing_member_email_fuzzy" => {
                Some(ErrorType::MemberSearchMissingMemberEmailFuzzy)
            }
            "member_search_missing_member_emails" => {
                Some(ErrorType::MemberSearchMissingMemberEmails)
            }
            "member_search_missing_member_ids" => {
                Some(ErrorType::MemberSearchMissingMemberIds)
            }
            "member_search_missing_member_roles" => {
                Some(ErrorType::MemberSearchMissingMemberRoles)
            }
            "member_search_missing_mfa_member_phone_number_fuzzy" => {
                Some(ErrorType::MemberSearchMissingMfaMemberPhoneNumberFuzzy)
            }
            "member_search_missing_mfa_member_phone_numbers" => {
                Some(ErrorType::MemberSearchMissingMfaMemberPhoneNumbers)
            }
            "member_search_missing_oauth_providers" => {
                Some(ErrorType::MemberSearchMissingOauthProviders)
            }
            "member_search_missing_organization_id" => {
                Some(ErrorType::MemberSearchMissingOrganizationId)
            }
            "member_search_missing_organization_slug" => {
                Some(ErrorType::MemberSearchMissingOrganizationSlug)
            }
            "member_search_missing_organization_slug_fuzzy" => {
                Some(ErrorType::MemberSearchMissingOrganizationSlugFuzzy)
            }
            "member_search_missing_password_exists" => {
                Some(ErrorType::MemberSearchMissingPasswordExists)
            }
            "member_search_missing_status" => Some(ErrorType::MemberSearchMissingStatus),
            "member_search_missing_statuses" => {
                Some(ErrorType::MemberSearchMissingStatuses)
            }
            "member_search_missing_totp_exists" => {
                Some(ErrorType::MemberSearchMissingTotpExists)
            }
            "member_search_organization_ids_empty" => {
                Some(ErrorType::MemberSearchOrganizationIdsEmpty)
            }
            "member_search_organization_slug_fuzzy_too_short" => {
                Some(ErrorType::MemberSearchOrganizationSlugFuzzyTooShort)
            }
            "search_invalid_status_filter" => Some(ErrorType::SearchInvalidStatusFilter),
            "intermediate_session_not_found" => {
                Some(ErrorType::IntermediateSessionNotFound)
            }
            "invalid_intermediate_session_token_for_organization" => {
                Some(ErrorType::InvalidIntermediateSessionTokenForOrganization)
            }
            "insufficient_factors_for_session_exchange" => {
                Some(ErrorType::InsufficientFactorsForSessionExchange)
            }
            "email_jit_provisioning_not_allowed" => {
                Some(ErrorType::EmailJitProvisioningNotAllowed)
            }
            "invalid_email_for_jit_provisioning" => {
                Some(ErrorType::InvalidEmailForJitProvisioning)
            }
            "invalid_email_for_invites" => Some(ErrorType::InvalidEmailForInvites),
            "invalid_connection_for_jit_provisioning" => {
                Some(ErrorType::InvalidConnectionForJitProvisioning)
            }
            "oauth_tenant_jit_provisioning_not_allowed" => {
                Some(ErrorType::OauthTenantJitProvisioningNotAllowed)
            }
            "invalid_oauth_tenant_for_jit_provisioning" => {
                Some(ErrorType::InvalidOauthTenantForJitProvisioning)
            }
            "invalid_discovery_redirect_url" => {
                Some(ErrorType::InvalidDiscoveryRedirectUrl)
            }
            "no_discovery_redirect_url" => Some(ErrorType::NoDiscoveryRedirectUrl),
            "no_discovery_redirect_urls_set" => {
                Some(ErrorType::NoDiscoveryRedirectUrlsSet)
            }
            "no_default_discovery_redirect_url_set" => {
                Some(ErrorType::NoDefaultDiscoveryRedirectUrlSet)
            }
            "magic_link_not_found" => Some(ErrorType::MagicLinkNotFound),
            "unable_to_auth_magic_link" => Some(ErrorType::UnableToAuthMagicLink),
            "invalid_magic_link_url" => Some(ErrorType::InvalidMagicLinkUrl),
            "invalid_login_magic_link_url" => Some(ErrorType::InvalidLoginMagicLinkUrl),
            "invalid_signup_magic_link_url" => Some(ErrorType::InvalidSignupMagicLinkUrl),
            "invalid_invite_magic_link_url" => Some(ErrorType::InvalidInviteMagicLinkUrl),
            "no_match_for_provided_magic_link_url" => {
                Some(ErrorType::NoMatchForProvidedMagicLinkUrl)
            }
            "invalid_login_redirect_url" => Some(ErrorType::InvalidLoginRedirectUrl),
            "invalid_signup_redirect_url" => Some(ErrorType::InvalidSignupRedirectUrl),
            "invalid_invite_redirect_url" => Some(ErrorType::InvalidInviteRedirectUrl),
            "no_login_redirect_url" => Some(ErrorType::NoLoginRedirectUrl),
            "no_login_redirect_urls_set" => Some(ErrorType::NoLoginRedirectUrlsSet),
            "no_default_login_redirect_url_set" => {
                Some(ErrorType::NoDefaultLoginRedirectUrlSet)
            }
            "no_signup_redirect_url" => Some(ErrorType::NoSignupRedirectUrl),
            "no_signup_redirect_urls_set" => Some(ErrorType::NoSignupRedirectUrlsSet),
            "no_default_signup_redirect_url_set" => {
                Some(ErrorType::NoDefaultSignupRedirectUrlSet)
            }
            "no_invite_redirect_url" => Some(ErrorType::NoInviteRedirectUrl),
            "no_invite_redirect_urls_set" => Some(ErrorType::NoInviteRedirectUrlsSet),
            "no_default_invite_redirect_url_set" => {
                Some(ErrorType::NoDefaultInviteRedirectUrlSet)
            }
            "inactive_email" => Some(ErrorType::InactiveEmail),
            "email_verification_required" => Some(ErrorType::EmailVerificationRequired),
            "user_already_invited" => Some(ErrorType::UserAlreadyInvited),
            "pkce_mismatch" => Some(ErrorType::PkceMismatch),
            "pkce_expected_code_verifier" => Some(ErrorType::PkceExpectedCodeVerifier),
            "pkce_did_not_expect_code_verifier" => {
                Some(ErrorType::PkceDidNotExpectCodeVerifier)
            }
            "invalid_pkce_code_challenge" => Some(ErrorType::InvalidPkceCodeChallenge),
            "invalid_pkce_code_verifier" => Some(ErrorType::InvalidPkceCodeVerifier),
            "invalid_token" => Some(ErrorType::InvalidToken),
            "otp_code_not_found" => Some(ErrorType::OtpCodeNotFound),
            "unable_to_auth_otp_code" => Some(ErrorType::UnableToAuthOtpCode),
            "invalid_expiration_otp" => Some(ErrorType::InvalidExpirationOtp),
            "unsubscribed_phone_number" => Some(ErrorType::UnsubscribedPhoneNumber),
            "phone_number_not_found" => Some(ErrorType::PhoneNumberNotFound),
            "action_available_only_once_primary_authentication_is_met" => {
                Some(ErrorType::ActionAvailableOnlyOncePrimaryAuthenticationIsMet)
            }
            "oauth_token_not_found" => Some(ErrorType::OauthTokenNotFound),
            "member_oauth_token_not_found" => Some(ErrorType::MemberOauthTokenNotFound),
            "invalid_oauth_provider" => Some(ErrorType::InvalidOauthProvider),
            "oauth_config_not_found" => Some(ErrorType::OauthConfigNotFound),
            "oauth_auth_code_error" => Some(ErrorType::OauthAuthCodeError),
            "oauth_flow_callback_error" => Some(ErrorType::OauthFlowCallbackError),
            "oauth_discovery_flow_callback_error" => {
                Some(ErrorType::OauthDiscoveryFlowCallbackError)
            }
            "oauth_non_discovery_flow_callback_error" => {
                Some(ErrorType::OauthNonDiscoveryFlowCallbackError)
            }
            "oauth_invalid_callback_request" => {
                Some(ErrorType::OauthInvalidCallbackRequest)
            }
            "oauth_invalid_state" => Some(ErrorType::OauthInvalidState),
            "oauth_state_mismatch" => Some(ErrorType::OauthStateMismatch),
            "oauth_state_used" => Some(ErrorType::OauthStateUsed),
            "expired_oauth_response" => Some(ErrorType::ExpiredOauthResponse),
            "oauth_unverified_email" => Some(ErrorType::OauthUnverifiedEmail),
            "oauth_app_not_authorized" => Some(ErrorType::OauthAppNotAuthorized),
            "oauth_creating_redirect_url_error" => {
                Some(ErrorType::OauthCreatingRedirectUrlError)
            }
            "oauth_token_exchange_google_missing_information" => {
                Some(ErrorType::OauthTokenExchangeGoogleMissingInformation)
            }
            "oauth_token_exchange_invalid_client" => {
                Some(ErrorType::OauthTokenExchangeInvalidClient)
            }
            "oauth_token_exchange_invalid_request" => {
                Some(ErrorType::OauthTokenExchangeInvalidRequest)
            }
            "oauth_token_exchange_invalid_scope" => {
                Some(ErrorType::OauthTokenExchangeInvalidScope)
            }
            "oauth_token_exchange_microsoft_expired_secret" => {
                Some(ErrorType::OauthTokenExchangeMicrosoftExpiredSecret)
            }
            "oauth_token_exchange_microsoft_invalid_secret" => {
                Some(ErrorType::OauthTokenExchangeMicrosoftInvalidSecret)
            }
            "oauth_token_exchange_unauthorized_client" => {
                Some(ErrorType::OauthTokenExchangeUnauthorizedClient)
            }
            "invalid_login_oauth_url" => Some(ErrorType::InvalidLoginOauthUrl),
            "invalid_signup_oauth_url" => Some(ErrorType::InvalidSignupOauthUrl),
            "no_match_for_provided_oauth_url" => {
                Some(ErrorType::NoMatchForProvidedOauthUrl)
            }
            "missing_oauth_organization_locator" => {
                Some(ErrorType::MissingOauthOrganizationLocator)
            }
            "too_many_oauth_organization_locators" => {
                Some(ErrorType::TooManyOauthOrganizationLocators)
            }
            "invalid_google_hosted_domain_error" => {
                Some(ErrorType::InvalidGoogleHostedDomainError)
            }
            "invalid_microsoft_tenant_type" => {
                Some(ErrorType::InvalidMicrosoftTenantType)
            }
            "invalid_microsoft_user_principal_name" => {
                Some(ErrorType::InvalidMicrosoftUserPrincipalName)
            }
            "unable_to_authorize_oauth_provider" => {
                Some(ErrorType::UnableToAuthorizeOauthProvider)
            }
            "unable_to_refresh_oauth_token" => Some(ErrorType::UnableToRefreshOauthToken),
            "missing_oauth_refresh_token" => Some(ErrorType::MissingOauthRefreshToken),
            "breached_password" => Some(ErrorType::BreachedPassword),
            "weak_password" => Some(ErrorType::WeakPassword),
            "member_reset_password" => Some(ErrorType::MemberResetPassword),
            "reset_password" => Some(ErrorType::ResetPassword),
            "member_password_not_found" => Some(ErrorType::MemberPasswordNotFound),
            "password_not_found" => Some(ErrorType::PasswordNotFound),
            "password_does_not_match" => Some(ErrorType::PasswordDoesNotMatch),
            "password_already_exists" => Some(ErrorType::PasswordAlreadyExists),
            "invalid_password_id" => Some(ErrorType::InvalidPasswordId),
            "unable_to_auth_password_reset_token" => {
                Some(ErrorType::UnableToAuthPasswordResetToken)
            }
            "cannot_reset_password_with_existing_password" => {
                Some(ErrorType::CannotResetPasswordWithExistingPassword)
            }
            "session_too_old_to_reset_password" => {
                Some(ErrorType::SessionTooOldToResetPassword)
            }
            "no_password_reset_redirect_url" => {
                Some(ErrorType::NoPasswordResetRedirectUrl)
            }
            "invalid_password_reset_redirect_url" => {
                Some(ErrorType::InvalidPasswordResetRedirectUrl)
            }
            "invalid_password_strength_luds_complexity" => {
                Some(ErrorType::InvalidPasswordStrengthLudsComplexity)
            }
            "invalid_password_strength_luds_length" => {
                Some(ErrorType::InvalidPasswordStrengthLudsLength)
            }
            "cross_org_passwords_enabled" => Some(ErrorType::CrossOrgPasswordsEnabled),
            "cross_org_passwords_not_enabled" => {
                Some(ErrorType::CrossOrgPasswordsNotEnabled)
            }
            "invalid_hash" => Some(ErrorType::InvalidHash),
            "invalid_hash_type" => Some(ErrorType::InvalidHashType),
            "invalid_bcrypt_hash" => Some(ErrorType::InvalidBcryptHash),
            "invalid_bcrypt_cost" => Some(ErrorType::InvalidBcryptCost),
            "invalid_md_5_hash" => Some(ErrorType::InvalidMd5Hash),
            "invalid_sha_1_hash" => Some(ErrorType::InvalidSha1Hash),
            "invalid_sha_512_hash" => Some(ErrorType::InvalidSha512Hash),
            "invalid_prepend_salt" => Some(ErrorType::InvalidPrependSalt),
            "invalid_append_salt" => Some(ErrorType::InvalidAppendSalt),
            "invalid_argon_2_salt" => Some(ErrorType::InvalidArgon2Salt),
            "invalid_argon_2_iteration_amount" => {
                Some(ErrorType::InvalidArgon2IterationAmount)
            }
            "invalid_argon_2_key_length" => Some(ErrorType::InvalidArgon2KeyLength),
            "invalid_argon_2_memory" => Some(ErrorType::InvalidArgon2Memory),
            "invalid_argon_2_threads" => Some(ErrorType::InvalidArgon2Threads),
            "argon_2_key_length_mismatch" => Some(ErrorType::Argon2KeyLengthMismatch),
            "invalid_pbkdf_2_algorithm" => Some(ErrorType::InvalidPbkdf2Algorithm),
            "invalid_pbkdf_2_hash" => Some(ErrorType::InvalidPbkdf2Hash),
            "invalid_pbkdf_2_salt" => Some(ErrorType::InvalidPbkdf2Salt),
            "invalid_pbkdf_2_iteration_amount" => {
                Some(ErrorType::InvalidPbkdf2IterationAmount)
            }
            "pbkdf_2_key_length_mismatch" => Some(ErrorType::Pbkdf2KeyLengthMismatch),
            "invalid_scrypt_parameters" => Some(ErrorType::InvalidScryptParameters),
            "invalid_scrypt_n_parameter" => Some(ErrorType::InvalidScryptNParameter),
            "invalid_scrypt_salt_length" => Some(ErrorType::InvalidScryptSaltLength),
            "invalid_base64_scrypt_hash" => Some(ErrorType::InvalidBase64ScryptHash),
            "invalid_base64_scrypt_salt" => Some(ErrorType::InvalidBase64ScryptSalt),
            "scrypt_key_length_mismatch" => Some(ErrorType::ScryptKeyLengthMismatch),
            "invalid_phpass_hash_format" => Some(ErrorType::InvalidPhpassHashFormat),
            "invalid_phpass_hash_prefix" => Some(ErrorType::InvalidPhpassHashPrefix),
            "session_not_found" => Some(ErrorType::SessionNotFound),
            "invalid_session_id" => Some(ErrorType::InvalidSessionId),
            "invalid_session_token" => Some(ErrorType::InvalidSessionToken),
            "invalid_session_duration" => Some(ErrorType::InvalidSessionDuration),
            "invalid_session_duration_minutes" => {
                Some(ErrorType::InvalidSessionDurationMinutes)
            }
            "invalid_session_fields" => Some(ErrorType::InvalidSessionFields),
            "invalid_session_missing_primary_factor" => {
                Some(ErrorType::InvalidSessionMissingPrimaryFactor)
            }
            "unable_to_parse_session_jwt" => Some(ErrorType::UnableToParseSessionJwt),
            "jwt_invalid_audience" => Some(ErrorType::JwtInvalidAudience),
            "jwt_invalid_claims" => Some(ErrorType::JwtInvalidClaims),
            "jwt_invalid_issuer" => Some(ErrorType::JwtInvalidIssuer),
            "custom_claims_too_large" => Some(ErrorType::CustomClaimsTooLarge),
            "reserved_claims_in_custom_claims" => {
                Some(ErrorType::ReservedClaimsInCustomClaims)
            }
            "stytch_claims_in_custom_claims" => {
                Some(ErrorType::StytchClaimsInCustomClaims)
            }
            "unable_to_represent_custom_claims_json" => {
                Some(ErrorType::UnableToRepresentCustomClaimsJson)
            }
            "no_session_arguments" => Some(ErrorType::NoSessionArguments),
            "too_many_session_arguments" => Some(ErrorType::TooManySessionArguments),
            "no_session_revoke_arguments" => Some(ErrorType::NoSessionRevokeArguments),
            "too_many_session_revoke_arguments" => {
                Some(ErrorType::TooManySessionRevokeArguments)
            }
            "no_associated_session_passed_in" => {
                Some(ErrorType::NoAssociatedSessionPassedIn)
            }
            "session_on_code_does_not_match_session_passed_in" => {
                Some(ErrorType::SessionOnCodeDoesNotMatchSessionPassedIn)
            }
            "member_session_member_id_mismatch" => {
                Some(ErrorType::MemberSessionMemberIdMismatch)
            }
            "insufficient_factors" => Some(ErrorType::InsufficientFactors),
            "stale_factors" => Some(ErrorType::StaleFactors),
            "incompatible_session_type" => Some(ErrorType::IncompatibleSessionType),
            "session_must_have_at_least_one_active_factor" => {
                Some(ErrorType::SessionMustHaveAtLeastOneActiveFactor)
            }
            "session_not_mutable" => Some(ErrorType::SessionNotMutable),
            "session_not_mutable_impersonated" => {
                Some(ErrorType::SessionNotMutableImpersonated)
            }
            "cannot_preserve_existing_sessions" => {
                Some(ErrorType::CannotPreserveExistingSessions)
            }
            "sso_connection_not_found" => Some(ErrorType::SsoConnectionNotFound),
            "sso_token_not_found" => Some(ErrorType::SsoTokenNotFound),
            "sso_connection_organization_mismatch" => {
                Some(ErrorType::SsoConnectionOrganizationMismatch)
            }
            "sso_multiple_connections_found" => {
                Some(ErrorType::SsoMultipleConnectionsFound)
            }
            "no_sso_connection_exists_for_organization" => {
                Some(ErrorType::NoSsoConnectionExistsForOrganization)
            }
            "indeterminate_sso_connection_for_organization" => {
                Some(ErrorType::IndeterminateSsoConnectionForOrganization)
            }
            "requires_active_sso_connection" => {
                Some(ErrorType::RequiresActiveSsoConnection)
            }
            "missing_sso_connection_locator" => {
                Some(ErrorType::MissingSsoConnectionLocator)
            }
            "too_many_sso_connection_locators" => {
                Some(ErrorType::TooManySsoConnectionLocators)
            }
            "too_many_sso_connections" => Some(ErrorType::TooManySsoConnections),
            "too_many_sso_connections_for_billing_tier" => {
                Some(ErrorType::TooManySsoConnectionsForBillingTier)
            }
            "cannot_delete_default_sso_connection" => {
                Some(ErrorType::CannotDeleteDefaultSsoConnection)
            }
            "duplicate_external_sso_connection" => {
                Some(ErrorType::DuplicateExternalSsoConnection)
            }
            "invalid_sso_idp" => Some(ErrorType::InvalidSsoIdp),
            "invalid_login_sso_url" => Some(ErrorType::InvalidLoginSsoUrl),
            "invalid_signup_sso_url" => Some(ErrorType::InvalidSignupSsoUrl),
            "no_match_for_provided_sso_url" => Some(ErrorType::NoMatchForProvidedSsoUrl),
            "sso_verification_key_not_found" => {
                Some(ErrorType::SsoVerificationKeyNotFound)
            }
            "cannot_delete_last_sso_verification_key" => {
                Some(ErrorType::CannotDeleteLastSsoVerificationKey)
            }
            "too_many_sso_verification_certificates" => {
                Some(ErrorType::TooManySsoVerificationCertificates)
            }
            "saml_connection_not_found" => Some(ErrorType::SamlConnectionNotFound),
            "duplicate_saml_connection" => Some(ErrorType::DuplicateSamlConnection),
            "invalid_saml_metadata_url" => Some(ErrorType::InvalidSamlMetadataUrl),
            "invalid_xml_from_saml_metadata_url" => {
                Some(ErrorType::InvalidXmlFromSamlMetadataUrl)
            }
            "invalid_x509_certificate" => Some(ErrorType::InvalidX509Certificate),
            "invalid_idp_entity_id" => Some(ErrorType::InvalidIdpEntityId),
            "invalid_idp_sso_url" => Some(ErrorType::InvalidIdpSsoUrl),
            "saml_certificate_mismatch" => Some(ErrorType::SamlCertificateMismatch),
            "saml_connection_attribute_mapping_missing_groups_key" => {
                Some(ErrorType::SamlConnectionAttributeMappingMissingGroupsKey)
            }
            "saml_connection_attribute_mapping_required" => {
                Some(ErrorType::SamlConnectionAttributeMappingRequired)
            }
            "saml_connection_email_mapping_required" => {
                Some(ErrorType::SamlConnectionEmailMappingRequired)
            }
            "saml_connection_name_mapping_required" => {
                Some(ErrorType::SamlConnectionNameMappingRequired)
            }
            "saml_connection_idp_sso_url_invalid_format" => {
                Some(ErrorType::SamlConnectionIdpSsoUrlInvalidFormat)
            }
            "saml_connection_idp_sso_url_not_https" => {
                Some(ErrorType::SamlConnectionIdpSsoUrlNotHttps)
            }
            "saml_connection_idp_sso_url_required" => {
                Some(ErrorType::SamlConnectionIdpSsoUrlRequired)
            }
            "saml_connection_metadata_invalid_format" => {
                Some(ErrorType::SamlConnectionMetadataInvalidFormat)
            }
            "saml_connection_no_nested_keys_in_attribute_mapping" => {
                Some(ErrorType::SamlConnectionNoNestedKeysInAttributeMapping)
            }
            "saml_group_role_assignment_does_not_contain_member_group" => {
                Some(ErrorType::SamlGroupRoleAssignmentDoesNotContainMemberGroup)
            }
            "saml_idp_initiated_auth_disabled" => {
                Some(ErrorType::SamlIdpInitiatedAuthDisabled)
            }
            "saml_signing_private_key_format_not_supported" => {
                Some(ErrorType::SamlSigningPrivateKeyFormatNotSupported)
            }
            "saml_signing_private_key_invalid" => {
                Some(ErrorType::SamlSigningPrivateKeyInvalid)
            }
            "private_key_too_long" => Some(ErrorType::PrivateKeyTooLong),
            "invalid_saml_response" => Some(ErrorType::InvalidSamlResponse),
            "invalid_saml_response_email" => Some(ErrorType::InvalidSamlResponseEmail),
            "invalid_saml_response_groups" => Some(ErrorType::InvalidSamlResponseGroups),
            "invalid_audience_saml_response" => {
                Some(ErrorType::InvalidAudienceSamlResponse)
            }
            "invalid_signature_saml_response" => {
                Some(ErrorType::InvalidSignatureSamlResponse)
            }
            "invalid_xml_saml_response" => Some(ErrorType::InvalidXmlSamlResponse),
            "missing_saml_response" => Some(ErrorType::MissingSamlResponse),
            "missing_saml_relay_state" => Some(ErrorType::MissingSamlRelayState),
            "missing_signature_saml_response" => {
                Some(ErrorType::MissingSignatureSamlResponse)
            }
            "missing_saml_csrf_cookie" => Some(ErrorType::MissingSamlCsrfCookie),
            "saml_csrf_cookie_mismatch" => Some(ErrorType::SamlCsrfCookieMismatch),
            "duplicate_saml_response" => Some(ErrorType::DuplicateSamlResponse),
            "expired_saml_response" => Some(ErrorType::ExpiredSamlResponse),
            "not_yet_valid_saml_response" => Some(ErrorType::NotYetValidSamlResponse),
            "failed_saml_response" => Some(ErrorType::FailedSamlResponse),
            "unsolicited_saml_response" => Some(ErrorType::UnsolicitedSamlResponse),
            "xml_validation_saml_unknown_error" => {
                Some(ErrorType::XmlValidationSamlUnknownError)
            }
            "oidc_connection_not_found" => Some(ErrorType::OidcConnectionNotFound),
            "oidc_connection_authorization_url_invalid_format" => {
                Some(ErrorType::OidcConnectionAuthorizationUrlInvalidFormat)
            }
            "oidc_connection_authorization_url_required" => {
                Some(ErrorType::OidcConnectionAuthorizationUrlRequired)
            }
            "oidc_connection_client_id_required" => {
                Some(ErrorType::OidcConnectionClientIdRequired)
            }
            "oidc_connection_client_secret_required" => {
                Some(ErrorType::OidcConnectionClientSecretRequired)
            }
            "oidc_connection_issuer_required" => {
                Some(ErrorType::OidcConnectionIssuerRequired)
            }
            "oidc_connection_issuer_url_invalid_format" => {
                Some(ErrorType::OidcConnectionIssuerUrlInvalidFormat)
            }
            "oidc_connection_jwks_url_invalid_format" => {
                Some(ErrorType::OidcConnectionJwksUrlInvalidFormat)
            }
            "oidc_connection_jwks_url_required" => {
                Some(ErrorType::OidcConnectionJwksUrlRequired)
            }
            "oidc_connection_token_url_invalid_format" => {
                Some(ErrorType::OidcConnectionTokenUrlInvalidFormat)
            }
            "oidc_connection_token_url_required" => {
                Some(ErrorType::OidcConnectionTokenUrlRequired)
            }
            "oidc_connection_userinfo_url_invalid_format" => {
                Some(ErrorType::OidcConnectionUserinfoUrlInvalidFormat)
            }
            "oidc_connection_userinfo_url_required" => {
                Some(ErrorType::OidcConnectionUserinfoUrlRequired)
            }
            "invalid_issuer" => Some(ErrorType::InvalidIssuer),
            "invalid_client_id" => Some(ErrorType::InvalidClientId),
            "invalid_client_secret" => Some(ErrorType::InvalidClientSecret),
            "client_secret_too_long" => Some(ErrorType::ClientSecretTooLong),
            "invalid_authorization_url" => Some(ErrorType::InvalidAuthorizationUrl),
            "invalid_token_url" => Some(ErrorType::InvalidTokenUrl),
            "invalid_userinfo_url" => Some(ErrorType::InvalidUserinfoUrl),
            "invalid_jwks_url" => Some(ErrorType::InvalidJwksUrl),
            "oidc_auth_code_error" => Some(ErrorType::OidcAuthCodeError),
            "oidc_csrf_cookie_mismatch" => Some(ErrorType::OidcCsrfCookieMismatch),
            "missing_oidc_csrf_cookie" => Some(ErrorType::MissingOidcCsrfCookie),
            "missing_oidc_state_param" => Some(ErrorType::MissingOidcStateParam),
            "oidc_invalid_callback_request" => {
                Some(ErrorType::OidcInvalidCallbackRequest)
            }
            "oidc_invalid_id_token" => Some(ErrorType::OidcInvalidIdToken),
            "oidc_invalid_userinfo" => Some(ErrorType::OidcInvalidUserinfo),
            "oidc_response_email_missing" => Some(ErrorType::OidcResponseEmailMissing),
            "oidc_response_name_missing" => Some(ErrorType::OidcResponseNameMissing),
            "oidc_response_subject_missing" => {
                Some(ErrorType::OidcResponseSubjectMissing)
            }
            "oidc_response_subject_mismatch" => {
                Some(ErrorType::OidcResponseSubjectMismatch)
            }
            "oidc_response_unverified_email" => {
                Some(ErrorType::OidcResponseUnverifiedEmail)
            }
            "oidc_user_not_assigned_to_app_in_idp" => {
                Some(ErrorType::OidcUserNotAssignedToAppInIdp)
            }
            "expired_oidc_response" => Some(ErrorType::ExpiredOidcResponse),
            "unsolicited_oidc_response" => Some(ErrorType::UnsolicitedOidcResponse),
            "member_oidc_token_not_found" => Some(ErrorType::MemberOidcTokenNotFound),
            "unable_to_refresh_oidc_token" => Some(ErrorType::UnableToRefreshOidcToken),
            "missing_oidc_refresh_token" => Some(ErrorType::MissingOidcRefreshToken),
            "invalid_request" => Some(ErrorType::InvalidRequest),
            "invalid_client" => Some(ErrorType::InvalidClient),
            "invalid_grant" => Some(ErrorType::InvalidGrant),
            "unauthorized_client" => Some(ErrorType::UnauthorizedClient),
            "unsupported_grant_type" => Some(ErrorType::UnsupportedGrantType),
            "invalid_scope" => Some(ErrorType::InvalidScope),
            _ => None,
        }
    }
}
