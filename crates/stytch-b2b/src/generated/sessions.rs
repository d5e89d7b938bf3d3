// @generated from openapi/b2b.yaml by `cargo xtask codegen`. Do not edit by hand: change the spec (or xtask/src/sdk.rs) and regenerate.
//! Member sessions: authenticate, list, revoke, exchange between organizations, and the signing keys for local JWT checks.

pub use stytch_b2b_api::types::{
    SessionsAttestRequest, SessionsAttestResponse, SessionsAuthenticateRequest,
    SessionsAuthenticateResponse, SessionsExchangeAccessTokenRequest,
    SessionsExchangeAccessTokenResponse, SessionsExchangeRequest,
    SessionsExchangeResponse, SessionsGetJwksResponse, SessionsGetResponse,
    SessionsMigrateRequest, SessionsMigrateResponse, SessionsRevokeRequest,
    SessionsRevokeResponse,
};

/// Member sessions.
///
/// Reached with `client.sessions()`.
#[derive(Debug, Clone, Copy)]
pub struct Sessions<'a> {
    pub(crate) client: &'a crate::Client,
}

impl<'a> Sessions<'a> {
    /// Exchange a trusted auth token for a session.
    ///
    /// Validates a token from a trusted identity provider against a Trusted Auth Token profile (`profile_id`) and returns a Member session. If a session token or JWT is given, the factor is added to that session; `organization_id` is needed when the token has no organization claim.
    ///
    /// `POST /v1/b2b/sessions/attest` (`sessions_attest`). `.await` the returned call to send it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn attest<B>(&self, body: B) -> SessionsAttestCall<'a>
    where
        B: TryInto<SessionsAttestRequest>,
        B::Error: std::fmt::Display,
    {
        SessionsAttestCall {
            client: self.client,
            request: self.client.inner.api.sessions_attest().body(body),
            path_params: crate::call::PathParams::default(),
        }
    }

    /// Authenticate a session.
    ///
    /// Checks a session token or JWT with the API, optionally extends the session and updates its custom claims, and returns a fresh session JWT.
    ///
    /// `POST /v1/b2b/sessions/authenticate` (`sessions_authenticate`). `.await` the returned call to send it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn authenticate<B>(&self, body: B) -> SessionsAuthenticateCall<'a>
    where
        B: TryInto<SessionsAuthenticateRequest>,
        B::Error: std::fmt::Display,
    {
        SessionsAuthenticateCall {
            client: self.client,
            request: self.client.inner.api.sessions_authenticate().body(body),
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
    ) -> crate::claims::WithClaimsCall<SessionsAuthenticateCall<'a>, T>
    where
        T: serde::de::DeserializeOwned,
        B: TryInto<SessionsAuthenticateRequest>,
        B::Error: std::fmt::Display,
    {
        crate::claims::WithClaimsCall::new(self.authenticate(body))
    }

    /// Exchange a session for another organization.
    ///
    /// Uses an existing member session to start a session in another organization the same end user belongs to.
    ///
    /// `POST /v1/b2b/sessions/exchange` (`sessions_exchange`). `.await` the returned call to send it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn exchange<B>(&self, body: B) -> SessionsExchangeCall<'a>
    where
        B: TryInto<SessionsExchangeRequest>,
        B::Error: std::fmt::Display,
    {
        SessionsExchangeCall {
            client: self.client,
            request: self.client.inner.api.sessions_exchange().body(body),
            path_params: crate::call::PathParams::default(),
        }
    }

    /// Exchange a Connected App access token for a session.
    ///
    /// Turns a Connected App access token that has the `full_access` scope (first-party clients only) into a Member session. The token must be at most 5 minutes old and can be exchanged only once; MFA is never required again.
    ///
    /// `POST /v1/b2b/sessions/exchange_access_token` (`sessions_exchange_access_token`). `.await` the returned call to send it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn exchange_access_token<B>(
        &self,
        body: B,
    ) -> SessionsExchangeAccessTokenCall<'a>
    where
        B: TryInto<SessionsExchangeAccessTokenRequest>,
        B::Error: std::fmt::Display,
    {
        SessionsExchangeAccessTokenCall {
            client: self.client,
            request: self.client.inner.api.sessions_exchange_access_token().body(body),
            path_params: crate::call::PathParams::default(),
        }
    }

    /// List a member's sessions.
    ///
    /// Lists the active sessions of one member.
    ///
    /// `GET /v1/b2b/sessions` (`sessions_get`). Set [`organization_id`](SessionsGetCall::organization_id) (required), [`member_id`](SessionsGetCall::member_id) (required) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required parameter is missing (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn get(&self) -> SessionsGetCall<'a> {
        SessionsGetCall {
            client: self.client,
            request: self.client.inner.api.sessions_get(),
            path_params: crate::call::PathParams::default(),
        }
    }

    /// Get the session-signing keys.
    ///
    /// Returns the JSON Web Key Set whose keys sign this project's session JWTs; used for verifying JWTs locally. The key set is public, so the project's credentials are optional here.
    ///
    /// `GET /v1/b2b/sessions/jwks/{project_id}` (`sessions_get_jwks`). Set [`project_id`](SessionsGetJwksCall::project_id) (default: [the client's project id](crate::Client::project_id)) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a path parameter is empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn get_jwks(&self) -> SessionsGetJwksCall<'a> {
        SessionsGetJwksCall {
            client: self.client,
            request: self.client.inner.api.sessions_get_jwks(),
            path_params: crate::call::PathParams::default(),
        }
            .project_id(self.client.project_id())
    }

    /// Migrate a session from an external OIDC provider.
    ///
    /// Sends the given external `session_token` to the UserInfo endpoint configured for the project, matches the returned email address to an existing Member of the Organization, and creates a Stytch session. The Member must already exist.
    ///
    /// `POST /v1/b2b/sessions/migrate` (`sessions_migrate`). `.await` the returned call to send it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn migrate<B>(&self, body: B) -> SessionsMigrateCall<'a>
    where
        B: TryInto<SessionsMigrateRequest>,
        B::Error: std::fmt::Display,
    {
        SessionsMigrateCall {
            client: self.client,
            request: self.client.inner.api.sessions_migrate().body(body),
            path_params: crate::call::PathParams::default(),
        }
    }

    /// Revoke sessions.
    ///
    /// Revokes one session (by id, token or JWT) or every session of a member.
    ///
    /// `POST /v1/b2b/sessions/revoke` (`sessions_revoke`). To act for a member, whose roles the API then checks, set `member_session_token` or `member_session_jwt` on the call. `.await` the returned call to send it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn revoke<B>(&self, body: B) -> SessionsRevokeCall<'a>
    where
        B: TryInto<SessionsRevokeRequest>,
        B::Error: std::fmt::Display,
    {
        SessionsRevokeCall {
            client: self.client,
            request: self.client.inner.api.sessions_revoke().body(body),
            path_params: crate::call::PathParams::default(),
            member: crate::call::MemberAuthorization::default(),
        }
    }
}

/// The `sessions_get` operation.
pub(crate) const SESSIONS_GET: crate::call::Operation = crate::call::Operation {
    id: "sessions_get",
    method: "GET",
    path: "/v1/b2b/sessions",
    sdk_call: "sessions().get()",
    idempotent: true,
};

/// A `sessions_get` call, made by [`Sessions::get`](Sessions::get): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct SessionsGetCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::SessionsGet<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> SessionsGetCall<'a> {
    /// Organization identifier (Query parameter, required).
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        self.request = self.request.organization_id(value.into());
        self
    }

    /// Member identifier (Query parameter, required).
    pub fn member_id(mut self, value: impl Into<String>) -> Self {
        self.request = self.request.member_id(value.into());
        self
    }
}

impl<'a> ::std::future::IntoFuture for SessionsGetCall<'a> {
    type Output = Result<SessionsGetResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, SessionsGetResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &SESSIONS_GET,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `sessions_authenticate` operation.
pub(crate) const SESSIONS_AUTHENTICATE: crate::call::Operation = crate::call::Operation {
    id: "sessions_authenticate",
    method: "POST",
    path: "/v1/b2b/sessions/authenticate",
    sdk_call: "sessions().authenticate()",
    idempotent: false,
};

/// A `sessions_authenticate` call, made by [`Sessions::authenticate`](Sessions::authenticate): `.await` it to send it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct SessionsAuthenticateCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::SessionsAuthenticate<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> ::std::future::IntoFuture for SessionsAuthenticateCall<'a> {
    type Output = Result<SessionsAuthenticateResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, SessionsAuthenticateResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &SESSIONS_AUTHENTICATE,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `sessions_exchange` operation.
pub(crate) const SESSIONS_EXCHANGE: crate::call::Operation = crate::call::Operation {
    id: "sessions_exchange",
    method: "POST",
    path: "/v1/b2b/sessions/exchange",
    sdk_call: "sessions().exchange()",
    idempotent: false,
};

/// A `sessions_exchange` call, made by [`Sessions::exchange`](Sessions::exchange): `.await` it to send it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct SessionsExchangeCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::SessionsExchange<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> ::std::future::IntoFuture for SessionsExchangeCall<'a> {
    type Output = Result<SessionsExchangeResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, SessionsExchangeResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &SESSIONS_EXCHANGE,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `sessions_get_jwks` operation.
pub(crate) const SESSIONS_GET_JWKS: crate::call::Operation = crate::call::Operation {
    id: "sessions_get_jwks",
    method: "GET",
    path: "/v1/b2b/sessions/jwks/{project_id}",
    sdk_call: "sessions().get_jwks()",
    idempotent: true,
};

/// A `sessions_get_jwks` call, made by [`Sessions::get_jwks`](Sessions::get_jwks): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct SessionsGetJwksCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::SessionsGetJwks<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> SessionsGetJwksCall<'a> {
    /// ID of the Stytch project (Path parameter). Unless set, the call sends [the client's project id](crate::Client::project_id).
    pub fn project_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("project_id", value.into());
        self.request = self.request.project_id(value);
        self
    }
}

impl<'a> ::std::future::IntoFuture for SessionsGetJwksCall<'a> {
    type Output = Result<SessionsGetJwksResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, SessionsGetJwksResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &SESSIONS_GET_JWKS,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `sessions_revoke` operation.
pub(crate) const SESSIONS_REVOKE: crate::call::Operation = crate::call::Operation {
    id: "sessions_revoke",
    method: "POST",
    path: "/v1/b2b/sessions/revoke",
    sdk_call: "sessions().revoke()",
    idempotent: false,
};

/// A `sessions_revoke` call, made by [`Sessions::revoke`](Sessions::revoke): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct SessionsRevokeCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::SessionsRevoke<'a>,
    path_params: crate::call::PathParams,
    member: crate::call::MemberAuthorization,
}

impl<'a> SessionsRevokeCall<'a> {
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

impl<'a> ::std::future::IntoFuture for SessionsRevokeCall<'a> {
    type Output = Result<SessionsRevokeResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, SessionsRevokeResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params, member } = self;
        client
            .send(&SESSIONS_REVOKE, path_params, member, move || request.clone().send())
    }
}

/// The `sessions_exchange_access_token` operation.
pub(crate) const SESSIONS_EXCHANGE_ACCESS_TOKEN: crate::call::Operation = crate::call::Operation {
    id: "sessions_exchange_access_token",
    method: "POST",
    path: "/v1/b2b/sessions/exchange_access_token",
    sdk_call: "sessions().exchange_access_token()",
    idempotent: false,
};

/// A `sessions_exchange_access_token` call, made by [`Sessions::exchange_access_token`](Sessions::exchange_access_token): `.await` it to send it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct SessionsExchangeAccessTokenCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::SessionsExchangeAccessToken<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> ::std::future::IntoFuture for SessionsExchangeAccessTokenCall<'a> {
    type Output = Result<SessionsExchangeAccessTokenResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, SessionsExchangeAccessTokenResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &SESSIONS_EXCHANGE_ACCESS_TOKEN,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `sessions_attest` operation.
pub(crate) const SESSIONS_ATTEST: crate::call::Operation = crate::call::Operation {
    id: "sessions_attest",
    method: "POST",
    path: "/v1/b2b/sessions/attest",
    sdk_call: "sessions().attest()",
    idempotent: false,
};

/// A `sessions_attest` call, made by [`Sessions::attest`](Sessions::attest): `.await` it to send it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct SessionsAttestCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::SessionsAttest<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> ::std::future::IntoFuture for SessionsAttestCall<'a> {
    type Output = Result<SessionsAttestResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, SessionsAttestResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &SESSIONS_ATTEST,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `sessions_migrate` operation.
pub(crate) const SESSIONS_MIGRATE: crate::call::Operation = crate::call::Operation {
    id: "sessions_migrate",
    method: "POST",
    path: "/v1/b2b/sessions/migrate",
    sdk_call: "sessions().migrate()",
    idempotent: false,
};

/// A `sessions_migrate` call, made by [`Sessions::migrate`](Sessions::migrate): `.await` it to send it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct SessionsMigrateCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::SessionsMigrate<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> ::std::future::IntoFuture for SessionsMigrateCall<'a> {
    type Output = Result<SessionsMigrateResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, SessionsMigrateResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &SESSIONS_MIGRATE,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}
