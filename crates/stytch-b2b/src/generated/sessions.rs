// @generated from openapi/b2b.yaml by `cargo xtask codegen`. Do not edit by hand: change the spec (or xtask/src/sdk.rs) and regenerate.
//! Member sessions: authenticate, list, revoke, exchange between organizations, and the signing keys for local JWT checks.

pub use stytch_b2b_api::types::{
    SessionsAuthenticateRequest, SessionsAuthenticateResponse, SessionsExchangeRequest,
    SessionsExchangeResponse, SessionsGetJwksResponse, SessionsGetResponse,
    SessionsRevokeRequest, SessionsRevokeResponse,
};

/// Member sessions.
///
/// Reached with `client.sessions()`.
#[derive(Debug, Clone, Copy)]
pub struct Sessions<'a> {
    pub(crate) client: &'a crate::Client,
}

impl<'a> Sessions<'a> {
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
    /// Returns the JSON Web Key Set whose keys sign this project's session JWTs; used for verifying JWTs locally.
    ///
    /// `GET /v1/b2b/sessions/jwks/{project_id}` (`sessions_get_jwks`). Set [`project_id`](SessionsGetJwksCall::project_id) (required) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn get_jwks(&self) -> SessionsGetJwksCall<'a> {
        SessionsGetJwksCall {
            client: self.client,
            request: self.client.inner.api.sessions_get_jwks(),
            path_params: crate::call::PathParams::default(),
        }
    }

    /// Revoke sessions.
    ///
    /// Revokes one session (by id, token or JWT) or every session of a member.
    ///
    /// `POST /v1/b2b/sessions/revoke` (`sessions_revoke`). `.await` the returned call to send it.
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

/// A `sessions_get` call, made by [`Sessions::get`]: set its parameters, then `.await` it.
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
        client.send(&SESSIONS_GET, path_params, move || request.clone().send())
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

/// A `sessions_authenticate` call, made by [`Sessions::authenticate`]: `.await` it to send it.
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
        client.send(&SESSIONS_AUTHENTICATE, path_params, move || request.clone().send())
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

/// A `sessions_exchange` call, made by [`Sessions::exchange`]: `.await` it to send it.
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
        client.send(&SESSIONS_EXCHANGE, path_params, move || request.clone().send())
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

/// A `sessions_get_jwks` call, made by [`Sessions::get_jwks`]: set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct SessionsGetJwksCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::SessionsGetJwks<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> SessionsGetJwksCall<'a> {
    /// Project id (Path parameter, required).
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
        client.send(&SESSIONS_GET_JWKS, path_params, move || request.clone().send())
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

/// A `sessions_revoke` call, made by [`Sessions::revoke`]: `.await` it to send it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct SessionsRevokeCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::SessionsRevoke<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> ::std::future::IntoFuture for SessionsRevokeCall<'a> {
    type Output = Result<SessionsRevokeResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, SessionsRevokeResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client.send(&SESSIONS_REVOKE, path_params, move || request.clone().send())
    }
}
