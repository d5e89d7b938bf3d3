// @generated from openapi/b2b.yaml by `cargo xtask codegen`. Do not edit by hand: change the spec (or xtask/src/sdk.rs) and regenerate.
//! Passwords: authentication, strength checks, migration of existing hashes and reset flows.

pub use stytch_b2b_api::types::{
    PasswordsAuthenticateRequest, PasswordsAuthenticateResponse,
    PasswordsDiscoveryAuthenticateRequest, PasswordsDiscoveryAuthenticateResponse,
    PasswordsDiscoveryEmailResetRequest, PasswordsDiscoveryEmailResetResponse,
    PasswordsDiscoveryEmailResetStartRequest, PasswordsDiscoveryEmailResetStartResponse,
    PasswordsEmailRequireResetRequest, PasswordsEmailRequireResetResponse,
    PasswordsEmailResetRequest, PasswordsEmailResetResponse,
    PasswordsEmailResetStartRequest, PasswordsEmailResetStartResponse,
    PasswordsExistingPasswordResetRequest, PasswordsExistingPasswordResetResponse,
    PasswordsMigrateRequest, PasswordsMigrateResponse, PasswordsSessionResetRequest,
    PasswordsSessionResetResponse, PasswordsStrengthCheckRequest,
    PasswordsStrengthCheckResponse,
};

/// Passwords.
///
/// Reached with `client.passwords()`.
#[derive(Debug, Clone, Copy)]
pub struct Passwords<'a> {
    pub(crate) client: &'a crate::Client,
}

impl<'a> Passwords<'a> {
    /// Authenticates cross-organization passwords in the discovery flow.
    pub fn discovery(&self) -> PasswordsDiscovery<'a> {
        PasswordsDiscovery {
            client: self.client,
        }
    }

    /// Password resets through an emailed link.
    pub fn email(&self) -> PasswordsEmail<'a> {
        PasswordsEmail {
            client: self.client,
        }
    }

    /// Password resets that check the current password.
    pub fn existing_password(&self) -> PasswordsExistingPassword<'a> {
        PasswordsExistingPassword {
            client: self.client,
        }
    }

    /// Password resets for the member of an active session.
    pub fn sessions(&self) -> PasswordsSessions<'a> {
        PasswordsSessions {
            client: self.client,
        }
    }

    /// Authenticate with a password.
    ///
    /// Checks an email address and password within an organization and starts a member session (or asks for MFA).
    ///
    /// `POST /v1/b2b/passwords/authenticate` (`passwords_authenticate`). `.await` the returned call to send it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn authenticate<B>(&self, body: B) -> PasswordsAuthenticateCall<'a>
    where
        B: TryInto<PasswordsAuthenticateRequest>,
        B::Error: std::fmt::Display,
    {
        PasswordsAuthenticateCall {
            client: self.client,
            request: self.client.inner.api.passwords_authenticate().body(body),
            path_params: crate::call::PathParams::default(),
        }
    }

    /// Like [`Self::authenticate`], with the session's custom claims decoded as `T` (a struct or a map). The claims are `None` while MFA is pending.
    ///
    /// # Errors
    ///
    /// As [`Self::authenticate`], and [`Error::Claims`](crate::Error::Claims) naming the claim that does not decode into `T`.
    pub fn authenticate_with_claims<T, B>(
        &self,
        body: B,
    ) -> crate::claims::WithClaimsCall<PasswordsAuthenticateCall<'a>, T>
    where
        T: serde::de::DeserializeOwned,
        B: TryInto<PasswordsAuthenticateRequest>,
        B::Error: std::fmt::Display,
    {
        crate::claims::WithClaimsCall::new(self.authenticate(body))
    }

    /// Migrate a password hash.
    ///
    /// Imports a password hash from another system so the member can log in with the same password. Creates the member if needed.
    ///
    /// `POST /v1/b2b/passwords/migrate` (`passwords_migrate`). `.await` the returned call to send it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn migrate<B>(&self, body: B) -> PasswordsMigrateCall<'a>
    where
        B: TryInto<PasswordsMigrateRequest>,
        B::Error: std::fmt::Display,
    {
        PasswordsMigrateCall {
            client: self.client,
            request: self.client.inner.api.passwords_migrate().body(body),
            path_params: crate::call::PathParams::default(),
        }
    }

    /// Check password strength.
    ///
    /// Scores a candidate password against the project's password policy and breach data without storing it.
    ///
    /// `POST /v1/b2b/passwords/strength_check` (`passwords_strength_check`). `.await` the returned call to send it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn strength_check<B>(&self, body: B) -> PasswordsStrengthCheckCall<'a>
    where
        B: TryInto<PasswordsStrengthCheckRequest>,
        B::Error: std::fmt::Display,
    {
        PasswordsStrengthCheckCall {
            client: self.client,
            request: self.client.inner.api.passwords_strength_check().body(body),
            path_params: crate::call::PathParams::default(),
        }
    }
}

/// Authenticates cross-organization passwords in the discovery flow.
///
/// Reached with `client.passwords().discovery()`.
#[derive(Debug, Clone, Copy)]
pub struct PasswordsDiscovery<'a> {
    pub(crate) client: &'a crate::Client,
}

impl<'a> PasswordsDiscovery<'a> {
    /// Resets cross-organization passwords by email in the discovery flow.
    pub fn email(&self) -> PasswordsDiscoveryEmail<'a> {
        PasswordsDiscoveryEmail {
            client: self.client,
        }
    }

    /// Authenticate a password in the discovery flow.
    ///
    /// Checks an email address and cross-organization password, then returns an `intermediate_session_token` and the Organizations it can be exchanged into. If breach detection flags the credentials, a password reset is required even when the password is correct.
    ///
    /// `POST /v1/b2b/passwords/discovery/authenticate` (`passwords_discovery_authenticate`). `.await` the returned call to send it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn authenticate<B>(&self, body: B) -> PasswordsDiscoveryAuthenticateCall<'a>
    where
        B: TryInto<PasswordsDiscoveryAuthenticateRequest>,
        B::Error: std::fmt::Display,
    {
        PasswordsDiscoveryAuthenticateCall {
            client: self.client,
            request: self.client.inner.api.passwords_discovery_authenticate().body(body),
            path_params: crate::call::PathParams::default(),
        }
    }
}

/// Resets cross-organization passwords by email in the discovery flow.
///
/// Reached with `client.passwords().discovery().email()`.
#[derive(Debug, Clone, Copy)]
pub struct PasswordsDiscoveryEmail<'a> {
    pub(crate) client: &'a crate::Client,
}

impl<'a> PasswordsDiscoveryEmail<'a> {
    /// Reset a password in the discovery flow.
    ///
    /// Uses the emailed reset token to set a new cross-organization password, then returns an `intermediate_session_token` and the Organizations it can be exchanged into. The new password must meet the project's strength policy.
    ///
    /// `POST /v1/b2b/passwords/discovery/email/reset` (`passwords_discovery_email_reset`). `.await` the returned call to send it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn reset<B>(&self, body: B) -> PasswordsDiscoveryEmailResetCall<'a>
    where
        B: TryInto<PasswordsDiscoveryEmailResetRequest>,
        B::Error: std::fmt::Display,
    {
        PasswordsDiscoveryEmailResetCall {
            client: self.client,
            request: self.client.inner.api.passwords_discovery_email_reset().body(body),
            path_params: crate::call::PathParams::default(),
        }
    }

    /// Start a discovery password reset by email.
    ///
    /// Emails a reset link for a cross-organization password, outside any specific Organization. Optional PKCE, redirect URLs, templates and link lifetime can be supplied.
    ///
    /// `POST /v1/b2b/passwords/discovery/email/reset/start` (`passwords_discovery_email_reset_start`). `.await` the returned call to send it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn reset_start<B>(&self, body: B) -> PasswordsDiscoveryEmailResetStartCall<'a>
    where
        B: TryInto<PasswordsDiscoveryEmailResetStartRequest>,
        B::Error: std::fmt::Display,
    {
        PasswordsDiscoveryEmailResetStartCall {
            client: self.client,
            request: self
                .client
                .inner
                .api
                .passwords_discovery_email_reset_start()
                .body(body),
            path_params: crate::call::PathParams::default(),
        }
    }
}

/// Password resets through an emailed link.
///
/// Reached with `client.passwords().email()`.
#[derive(Debug, Clone, Copy)]
pub struct PasswordsEmail<'a> {
    pub(crate) client: &'a crate::Client,
}

impl<'a> PasswordsEmail<'a> {
    /// Require a password reset for an email address.
    ///
    /// Marks the password tied to an email address as needing a reset; this only works with cross-organization passwords. If only one active Member in the project uses that address, the password is deleted. If member-session headers (`X-Stytch-Member-Session` or `X-Stytch-Member-SessionJWT`) are supplied, the API also checks that Member's RBAC permissions.
    ///
    /// `POST /v1/b2b/passwords/email/require_reset` (`passwords_email_require_reset`). To act for a member, whose roles the API then checks, set `member_session_token` or `member_session_jwt` on the call. `.await` the returned call to send it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn require_reset<B>(&self, body: B) -> PasswordsEmailRequireResetCall<'a>
    where
        B: TryInto<PasswordsEmailRequireResetRequest>,
        B::Error: std::fmt::Display,
    {
        PasswordsEmailRequireResetCall {
            client: self.client,
            request: self.client.inner.api.passwords_email_require_reset().body(body),
            path_params: crate::call::PathParams::default(),
            member: crate::call::MemberAuthorization::default(),
        }
    }

    /// Reset a password with an email token.
    ///
    /// Sets a new password using the token from a password-reset email and starts a member session.
    ///
    /// `POST /v1/b2b/passwords/email/reset` (`passwords_email_reset`). `.await` the returned call to send it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn reset<B>(&self, body: B) -> PasswordsEmailResetCall<'a>
    where
        B: TryInto<PasswordsEmailResetRequest>,
        B::Error: std::fmt::Display,
    {
        PasswordsEmailResetCall {
            client: self.client,
            request: self.client.inner.api.passwords_email_reset().body(body),
            path_params: crate::call::PathParams::default(),
        }
    }

    /// Start an email password reset.
    ///
    /// Emails the member a link to reset the password.
    ///
    /// `POST /v1/b2b/passwords/email/reset/start` (`passwords_email_reset_start`). `.await` the returned call to send it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn reset_start<B>(&self, body: B) -> PasswordsEmailResetStartCall<'a>
    where
        B: TryInto<PasswordsEmailResetStartRequest>,
        B::Error: std::fmt::Display,
    {
        PasswordsEmailResetStartCall {
            client: self.client,
            request: self.client.inner.api.passwords_email_reset_start().body(body),
            path_params: crate::call::PathParams::default(),
        }
    }
}

/// Password resets that check the current password.
///
/// Reached with `client.passwords().existing_password()`.
#[derive(Debug, Clone, Copy)]
pub struct PasswordsExistingPassword<'a> {
    pub(crate) client: &'a crate::Client,
}

impl<'a> PasswordsExistingPassword<'a> {
    /// Reset a password with the existing password.
    ///
    /// Replaces a member's password after checking the current one.
    ///
    /// `POST /v1/b2b/passwords/existing_password/reset` (`passwords_existing_password_reset`). `.await` the returned call to send it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn reset<B>(&self, body: B) -> PasswordsExistingPasswordResetCall<'a>
    where
        B: TryInto<PasswordsExistingPasswordResetRequest>,
        B::Error: std::fmt::Display,
    {
        PasswordsExistingPasswordResetCall {
            client: self.client,
            request: self
                .client
                .inner
                .api
                .passwords_existing_password_reset()
                .body(body),
            path_params: crate::call::PathParams::default(),
        }
    }
}

/// Password resets for the member of an active session.
///
/// Reached with `client.passwords().sessions()`.
#[derive(Debug, Clone, Copy)]
pub struct PasswordsSessions<'a> {
    pub(crate) client: &'a crate::Client,
}

impl<'a> PasswordsSessions<'a> {
    /// Reset a password with a session.
    ///
    /// Sets a new password for the member who owns the given active session.
    ///
    /// `POST /v1/b2b/passwords/session/reset` (`passwords_session_reset`). `.await` the returned call to send it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn reset<B>(&self, body: B) -> PasswordsSessionResetCall<'a>
    where
        B: TryInto<PasswordsSessionResetRequest>,
        B::Error: std::fmt::Display,
    {
        PasswordsSessionResetCall {
            client: self.client,
            request: self.client.inner.api.passwords_session_reset().body(body),
            path_params: crate::call::PathParams::default(),
        }
    }
}

/// The `passwords_authenticate` operation.
pub(crate) const PASSWORDS_AUTHENTICATE: crate::call::Operation = crate::call::Operation {
    id: "passwords_authenticate",
    method: "POST",
    path: "/v1/b2b/passwords/authenticate",
    sdk_call: "passwords().authenticate()",
    idempotent: false,
};

/// A `passwords_authenticate` call, made by [`Passwords::authenticate`](Passwords::authenticate): `.await` it to send it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct PasswordsAuthenticateCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::PasswordsAuthenticate<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> ::std::future::IntoFuture for PasswordsAuthenticateCall<'a> {
    type Output = Result<PasswordsAuthenticateResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, PasswordsAuthenticateResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &PASSWORDS_AUTHENTICATE,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `passwords_email_reset` operation.
pub(crate) const PASSWORDS_EMAIL_RESET: crate::call::Operation = crate::call::Operation {
    id: "passwords_email_reset",
    method: "POST",
    path: "/v1/b2b/passwords/email/reset",
    sdk_call: "passwords().email().reset()",
    idempotent: false,
};

/// A `passwords_email_reset` call, made by [`PasswordsEmail::reset`](PasswordsEmail::reset): `.await` it to send it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct PasswordsEmailResetCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::PasswordsEmailReset<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> ::std::future::IntoFuture for PasswordsEmailResetCall<'a> {
    type Output = Result<PasswordsEmailResetResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, PasswordsEmailResetResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &PASSWORDS_EMAIL_RESET,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `passwords_email_reset_start` operation.
pub(crate) const PASSWORDS_EMAIL_RESET_START: crate::call::Operation = crate::call::Operation {
    id: "passwords_email_reset_start",
    method: "POST",
    path: "/v1/b2b/passwords/email/reset/start",
    sdk_call: "passwords().email().reset_start()",
    idempotent: false,
};

/// A `passwords_email_reset_start` call, made by [`PasswordsEmail::reset_start`](PasswordsEmail::reset_start): `.await` it to send it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct PasswordsEmailResetStartCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::PasswordsEmailResetStart<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> ::std::future::IntoFuture for PasswordsEmailResetStartCall<'a> {
    type Output = Result<PasswordsEmailResetStartResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, PasswordsEmailResetStartResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &PASSWORDS_EMAIL_RESET_START,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `passwords_existing_password_reset` operation.
pub(crate) const PASSWORDS_EXISTING_PASSWORD_RESET: crate::call::Operation = crate::call::Operation {
    id: "passwords_existing_password_reset",
    method: "POST",
    path: "/v1/b2b/passwords/existing_password/reset",
    sdk_call: "passwords().existing_password().reset()",
    idempotent: false,
};

/// A `passwords_existing_password_reset` call, made by [`PasswordsExistingPassword::reset`](PasswordsExistingPassword::reset): `.await` it to send it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct PasswordsExistingPasswordResetCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::PasswordsExistingPasswordReset<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> ::std::future::IntoFuture for PasswordsExistingPasswordResetCall<'a> {
    type Output = Result<PasswordsExistingPasswordResetResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<
        'a,
        PasswordsExistingPasswordResetResponse,
    >;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &PASSWORDS_EXISTING_PASSWORD_RESET,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `passwords_migrate` operation.
pub(crate) const PASSWORDS_MIGRATE: crate::call::Operation = crate::call::Operation {
    id: "passwords_migrate",
    method: "POST",
    path: "/v1/b2b/passwords/migrate",
    sdk_call: "passwords().migrate()",
    idempotent: false,
};

/// A `passwords_migrate` call, made by [`Passwords::migrate`](Passwords::migrate): `.await` it to send it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct PasswordsMigrateCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::PasswordsMigrate<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> ::std::future::IntoFuture for PasswordsMigrateCall<'a> {
    type Output = Result<PasswordsMigrateResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, PasswordsMigrateResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &PASSWORDS_MIGRATE,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `passwords_session_reset` operation.
pub(crate) const PASSWORDS_SESSION_RESET: crate::call::Operation = crate::call::Operation {
    id: "passwords_session_reset",
    method: "POST",
    path: "/v1/b2b/passwords/session/reset",
    sdk_call: "passwords().sessions().reset()",
    idempotent: false,
};

/// A `passwords_session_reset` call, made by [`PasswordsSessions::reset`](PasswordsSessions::reset): `.await` it to send it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct PasswordsSessionResetCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::PasswordsSessionReset<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> ::std::future::IntoFuture for PasswordsSessionResetCall<'a> {
    type Output = Result<PasswordsSessionResetResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, PasswordsSessionResetResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &PASSWORDS_SESSION_RESET,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `passwords_strength_check` operation.
pub(crate) const PASSWORDS_STRENGTH_CHECK: crate::call::Operation = crate::call::Operation {
    id: "passwords_strength_check",
    method: "POST",
    path: "/v1/b2b/passwords/strength_check",
    sdk_call: "passwords().strength_check()",
    idempotent: true,
};

/// A `passwords_strength_check` call, made by [`Passwords::strength_check`](Passwords::strength_check): `.await` it to send it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct PasswordsStrengthCheckCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::PasswordsStrengthCheck<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> ::std::future::IntoFuture for PasswordsStrengthCheckCall<'a> {
    type Output = Result<PasswordsStrengthCheckResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, PasswordsStrengthCheckResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &PASSWORDS_STRENGTH_CHECK,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `passwords_email_require_reset` operation.
pub(crate) const PASSWORDS_EMAIL_REQUIRE_RESET: crate::call::Operation = crate::call::Operation {
    id: "passwords_email_require_reset",
    method: "POST",
    path: "/v1/b2b/passwords/email/require_reset",
    sdk_call: "passwords().email().require_reset()",
    idempotent: false,
};

/// A `passwords_email_require_reset` call, made by [`PasswordsEmail::require_reset`](PasswordsEmail::require_reset): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct PasswordsEmailRequireResetCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::PasswordsEmailRequireReset<'a>,
    path_params: crate::call::PathParams,
    member: crate::call::MemberAuthorization,
}

impl<'a> PasswordsEmailRequireResetCall<'a> {
    /// Acts for the member holding this session token: the API then allows the call only if the member's roles grant it (sent as `X-Stytch-Member-Session`; an empty token sends nothing).
    pub fn member_session_token(
        mut self,
        token: impl Into<crate::SecretString>,
    ) -> Self {
        self.member.session_token = Some(token.into());
        self
    }

    /// Acts for the member holding this session JWT: the API then allows the call only if the member's roles grant it (sent as `X-Stytch-Member-SessionJWT`; an empty JWT sends nothing).
    pub fn member_session_jwt(mut self, jwt: impl Into<crate::SecretString>) -> Self {
        self.member.session_jwt = Some(jwt.into());
        self
    }
}

impl<'a> ::std::future::IntoFuture for PasswordsEmailRequireResetCall<'a> {
    type Output = Result<PasswordsEmailRequireResetResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, PasswordsEmailRequireResetResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params, member } = self;
        client
            .send(
                &PASSWORDS_EMAIL_REQUIRE_RESET,
                path_params,
                member,
                move || request.clone().send(),
            )
    }
}

/// The `passwords_discovery_authenticate` operation.
pub(crate) const PASSWORDS_DISCOVERY_AUTHENTICATE: crate::call::Operation = crate::call::Operation {
    id: "passwords_discovery_authenticate",
    method: "POST",
    path: "/v1/b2b/passwords/discovery/authenticate",
    sdk_call: "passwords().discovery().authenticate()",
    idempotent: false,
};

/// A `passwords_discovery_authenticate` call, made by [`PasswordsDiscovery::authenticate`](PasswordsDiscovery::authenticate): `.await` it to send it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct PasswordsDiscoveryAuthenticateCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::PasswordsDiscoveryAuthenticate<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> ::std::future::IntoFuture for PasswordsDiscoveryAuthenticateCall<'a> {
    type Output = Result<PasswordsDiscoveryAuthenticateResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<
        'a,
        PasswordsDiscoveryAuthenticateResponse,
    >;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &PASSWORDS_DISCOVERY_AUTHENTICATE,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `passwords_discovery_email_reset_start` operation.
pub(crate) const PASSWORDS_DISCOVERY_EMAIL_RESET_START: crate::call::Operation = crate::call::Operation {
    id: "passwords_discovery_email_reset_start",
    method: "POST",
    path: "/v1/b2b/passwords/discovery/email/reset/start",
    sdk_call: "passwords().discovery().email().reset_start()",
    idempotent: false,
};

/// A `passwords_discovery_email_reset_start` call, made by [`PasswordsDiscoveryEmail::reset_start`](PasswordsDiscoveryEmail::reset_start): `.await` it to send it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct PasswordsDiscoveryEmailResetStartCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::PasswordsDiscoveryEmailResetStart<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> ::std::future::IntoFuture for PasswordsDiscoveryEmailResetStartCall<'a> {
    type Output = Result<PasswordsDiscoveryEmailResetStartResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<
        'a,
        PasswordsDiscoveryEmailResetStartResponse,
    >;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &PASSWORDS_DISCOVERY_EMAIL_RESET_START,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `passwords_discovery_email_reset` operation.
pub(crate) const PASSWORDS_DISCOVERY_EMAIL_RESET: crate::call::Operation = crate::call::Operation {
    id: "passwords_discovery_email_reset",
    method: "POST",
    path: "/v1/b2b/passwords/discovery/email/reset",
    sdk_call: "passwords().discovery().email().reset()",
    idempotent: false,
};

/// A `passwords_discovery_email_reset` call, made by [`PasswordsDiscoveryEmail::reset`](PasswordsDiscoveryEmail::reset): `.await` it to send it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct PasswordsDiscoveryEmailResetCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::PasswordsDiscoveryEmailReset<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> ::std::future::IntoFuture for PasswordsDiscoveryEmailResetCall<'a> {
    type Output = Result<PasswordsDiscoveryEmailResetResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, PasswordsDiscoveryEmailResetResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &PASSWORDS_DISCOVERY_EMAIL_RESET,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}
