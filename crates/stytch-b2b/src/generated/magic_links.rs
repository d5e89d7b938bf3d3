// @generated from openapi/b2b.yaml by `cargo xtask codegen`. Do not edit by hand: change the spec (or xtask/src/sdk.rs) and regenerate.
//! Email magic links: invitations, login-or-signup links, discovery links, and redeeming their tokens.

pub use stytch_b2b_api::types::{
    MagicLinksAuthenticateRequest, MagicLinksAuthenticateResponse,
    MagicLinksDiscoveryAuthenticateRequest, MagicLinksDiscoveryAuthenticateResponse,
    MagicLinksEmailDiscoverySendRequest, MagicLinksEmailDiscoverySendResponse,
    MagicLinksEmailInviteRequest, MagicLinksEmailInviteResponse,
    MagicLinksEmailLoginOrSignupRequest, MagicLinksEmailLoginOrSignupResponse,
};

/// Email magic links.
///
/// Reached with `client.magic_links()`.
#[derive(Debug, Clone, Copy)]
pub struct MagicLinks<'a> {
    pub(crate) client: &'a crate::Client,
}

impl<'a> MagicLinks<'a> {
    /// Discovery magic links.
    pub fn discovery(&self) -> MagicLinksDiscovery<'a> {
        MagicLinksDiscovery {
            client: self.client,
        }
    }

    /// Sending magic links by email.
    pub fn email(&self) -> MagicLinksEmail<'a> {
        MagicLinksEmail {
            client: self.client,
        }
    }

    /// Authenticate a magic link.
    ///
    /// Redeems the token from an email magic link (invite or login/signup) and starts a member session, unless the organization requires a second factor first.
    ///
    /// `POST /v1/b2b/magic_links/authenticate` (`magic_links_authenticate`). `.await` the returned call to send it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn authenticate<B>(&self, body: B) -> MagicLinksAuthenticateCall<'a>
    where
        B: TryInto<MagicLinksAuthenticateRequest>,
        B::Error: std::fmt::Display,
    {
        MagicLinksAuthenticateCall {
            client: self.client,
            request: self.client.inner.api.magic_links_authenticate().body(body),
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
    ) -> crate::claims::WithClaimsCall<MagicLinksAuthenticateCall<'a>, T>
    where
        T: serde::de::DeserializeOwned,
        B: TryInto<MagicLinksAuthenticateRequest>,
        B::Error: std::fmt::Display,
    {
        crate::claims::WithClaimsCall::new(self.authenticate(body))
    }
}

/// Discovery magic links.
///
/// Reached with `client.magic_links().discovery()`.
#[derive(Debug, Clone, Copy)]
pub struct MagicLinksDiscovery<'a> {
    pub(crate) client: &'a crate::Client,
}

impl<'a> MagicLinksDiscovery<'a> {
    /// Authenticate a discovery magic link.
    ///
    /// Redeems a discovery magic link token and returns an intermediate session token together with the organizations that email address can reach.
    ///
    /// `POST /v1/b2b/magic_links/discovery/authenticate` (`magic_links_discovery_authenticate`). `.await` the returned call to send it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn authenticate<B>(&self, body: B) -> MagicLinksDiscoveryAuthenticateCall<'a>
    where
        B: TryInto<MagicLinksDiscoveryAuthenticateRequest>,
        B::Error: std::fmt::Display,
    {
        MagicLinksDiscoveryAuthenticateCall {
            client: self.client,
            request: self
                .client
                .inner
                .api
                .magic_links_discovery_authenticate()
                .body(body),
            path_params: crate::call::PathParams::default(),
        }
    }
}

/// Sending magic links by email.
///
/// Reached with `client.magic_links().email()`.
#[derive(Debug, Clone, Copy)]
pub struct MagicLinksEmail<'a> {
    pub(crate) client: &'a crate::Client,
}

impl<'a> MagicLinksEmail<'a> {
    /// Sending discovery magic links by email.
    pub fn discovery(&self) -> MagicLinksEmailDiscovery<'a> {
        MagicLinksEmailDiscovery {
            client: self.client,
        }
    }

    /// Invite a member by email.
    ///
    /// Creates the member in the invited state (or re-invites an existing one) and emails an invitation magic link.
    ///
    /// `POST /v1/b2b/magic_links/email/invite` (`magic_links_email_invite`). To act for a member, whose roles the API then checks, set `member_session_token` or `member_session_jwt` on the call. `.await` the returned call to send it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn invite<B>(&self, body: B) -> MagicLinksEmailInviteCall<'a>
    where
        B: TryInto<MagicLinksEmailInviteRequest>,
        B::Error: std::fmt::Display,
    {
        MagicLinksEmailInviteCall {
            client: self.client,
            request: self.client.inner.api.magic_links_email_invite().body(body),
            path_params: crate::call::PathParams::default(),
            member: crate::call::MemberAuthorization::default(),
        }
    }

    /// Send a login or signup magic link.
    ///
    /// Emails a login link to an existing member or, when the organization allows it, a signup link that creates a pending member.
    ///
    /// `POST /v1/b2b/magic_links/email/login_or_signup` (`magic_links_email_login_or_signup`). `.await` the returned call to send it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn login_or_signup<B>(&self, body: B) -> MagicLinksEmailLoginOrSignupCall<'a>
    where
        B: TryInto<MagicLinksEmailLoginOrSignupRequest>,
        B::Error: std::fmt::Display,
    {
        MagicLinksEmailLoginOrSignupCall {
            client: self.client,
            request: self
                .client
                .inner
                .api
                .magic_links_email_login_or_signup()
                .body(body),
            path_params: crate::call::PathParams::default(),
        }
    }
}

/// Sending discovery magic links by email.
///
/// Reached with `client.magic_links().email().discovery()`.
#[derive(Debug, Clone, Copy)]
pub struct MagicLinksEmailDiscovery<'a> {
    pub(crate) client: &'a crate::Client,
}

impl<'a> MagicLinksEmailDiscovery<'a> {
    /// Send a discovery magic link.
    ///
    /// Emails a magic link that starts a discovery flow, used when the organization is not known yet.
    ///
    /// `POST /v1/b2b/magic_links/email/discovery/send` (`magic_links_email_discovery_send`). `.await` the returned call to send it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn send<B>(&self, body: B) -> MagicLinksEmailDiscoverySendCall<'a>
    where
        B: TryInto<MagicLinksEmailDiscoverySendRequest>,
        B::Error: std::fmt::Display,
    {
        MagicLinksEmailDiscoverySendCall {
            client: self.client,
            request: self.client.inner.api.magic_links_email_discovery_send().body(body),
            path_params: crate::call::PathParams::default(),
        }
    }
}

/// The `magic_links_authenticate` operation.
pub(crate) const MAGIC_LINKS_AUTHENTICATE: crate::call::Operation = crate::call::Operation {
    id: "magic_links_authenticate",
    method: "POST",
    path: "/v1/b2b/magic_links/authenticate",
    sdk_call: "magic_links().authenticate()",
    idempotent: false,
};

/// A `magic_links_authenticate` call, made by [`MagicLinks::authenticate`](MagicLinks::authenticate): `.await` it to send it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct MagicLinksAuthenticateCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::MagicLinksAuthenticate<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> ::std::future::IntoFuture for MagicLinksAuthenticateCall<'a> {
    type Output = Result<MagicLinksAuthenticateResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, MagicLinksAuthenticateResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &MAGIC_LINKS_AUTHENTICATE,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `magic_links_discovery_authenticate` operation.
pub(crate) const MAGIC_LINKS_DISCOVERY_AUTHENTICATE: crate::call::Operation = crate::call::Operation {
    id: "magic_links_discovery_authenticate",
    method: "POST",
    path: "/v1/b2b/magic_links/discovery/authenticate",
    sdk_call: "magic_links().discovery().authenticate()",
    idempotent: false,
};

/// A `magic_links_discovery_authenticate` call, made by [`MagicLinksDiscovery::authenticate`](MagicLinksDiscovery::authenticate): `.await` it to send it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct MagicLinksDiscoveryAuthenticateCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::MagicLinksDiscoveryAuthenticate<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> ::std::future::IntoFuture for MagicLinksDiscoveryAuthenticateCall<'a> {
    type Output = Result<MagicLinksDiscoveryAuthenticateResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<
        'a,
        MagicLinksDiscoveryAuthenticateResponse,
    >;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &MAGIC_LINKS_DISCOVERY_AUTHENTICATE,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `magic_links_email_discovery_send` operation.
pub(crate) const MAGIC_LINKS_EMAIL_DISCOVERY_SEND: crate::call::Operation = crate::call::Operation {
    id: "magic_links_email_discovery_send",
    method: "POST",
    path: "/v1/b2b/magic_links/email/discovery/send",
    sdk_call: "magic_links().email().discovery().send()",
    idempotent: false,
};

/// A `magic_links_email_discovery_send` call, made by [`MagicLinksEmailDiscovery::send`](MagicLinksEmailDiscovery::send): `.await` it to send it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct MagicLinksEmailDiscoverySendCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::MagicLinksEmailDiscoverySend<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> ::std::future::IntoFuture for MagicLinksEmailDiscoverySendCall<'a> {
    type Output = Result<MagicLinksEmailDiscoverySendResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, MagicLinksEmailDiscoverySendResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &MAGIC_LINKS_EMAIL_DISCOVERY_SEND,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `magic_links_email_invite` operation.
pub(crate) const MAGIC_LINKS_EMAIL_INVITE: crate::call::Operation = crate::call::Operation {
    id: "magic_links_email_invite",
    method: "POST",
    path: "/v1/b2b/magic_links/email/invite",
    sdk_call: "magic_links().email().invite()",
    idempotent: false,
};

/// A `magic_links_email_invite` call, made by [`MagicLinksEmail::invite`](MagicLinksEmail::invite): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct MagicLinksEmailInviteCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::MagicLinksEmailInvite<'a>,
    path_params: crate::call::PathParams,
    member: crate::call::MemberAuthorization,
}

impl<'a> MagicLinksEmailInviteCall<'a> {
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

impl<'a> ::std::future::IntoFuture for MagicLinksEmailInviteCall<'a> {
    type Output = Result<MagicLinksEmailInviteResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, MagicLinksEmailInviteResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params, member } = self;
        client
            .send(
                &MAGIC_LINKS_EMAIL_INVITE,
                path_params,
                member,
                move || request.clone().send(),
            )
    }
}

/// The `magic_links_email_login_or_signup` operation.
pub(crate) const MAGIC_LINKS_EMAIL_LOGIN_OR_SIGNUP: crate::call::Operation = crate::call::Operation {
    id: "magic_links_email_login_or_signup",
    method: "POST",
    path: "/v1/b2b/magic_links/email/login_or_signup",
    sdk_call: "magic_links().email().login_or_signup()",
    idempotent: false,
};

/// A `magic_links_email_login_or_signup` call, made by [`MagicLinksEmail::login_or_signup`](MagicLinksEmail::login_or_signup): `.await` it to send it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct MagicLinksEmailLoginOrSignupCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::MagicLinksEmailLoginOrSignup<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> ::std::future::IntoFuture for MagicLinksEmailLoginOrSignupCall<'a> {
    type Output = Result<MagicLinksEmailLoginOrSignupResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, MagicLinksEmailLoginOrSignupResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &MAGIC_LINKS_EMAIL_LOGIN_OR_SIGNUP,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}
