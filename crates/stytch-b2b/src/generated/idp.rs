// @generated from openapi/b2b.yaml by `cargo xtask codegen`. Do not edit by hand: change the spec (or xtask/src/sdk.rs) and regenerate.
//! Stytch as an OAuth 2.0/OIDC identity provider: authorization consent flows and token introspection for Connected Apps.

pub use stytch_b2b_api::types::{
    IdpIntrospectTokenNetworkRequest, IdpIntrospectTokenNetworkResponse,
    IdpOauthAuthorizeRequest, IdpOauthAuthorizeResponse, IdpOauthAuthorizeStartRequest,
    IdpOauthAuthorizeStartResponse,
};

/// Groups the calls for Stytch acting as an OAuth/OIDC identity provider, including token introspection.
///
/// Reached with `client.idp()`.
#[derive(Debug, Clone, Copy)]
pub struct Idp<'a> {
    pub(crate) client: &'a crate::Client,
}

impl<'a> Idp<'a> {
    /// Runs the OAuth authorization and consent steps for Connected Apps.
    pub fn oauth(&self) -> IdpOauth<'a> {
        IdpOauth { client: self.client }
    }

    /// Introspect an OAuth token issued to a Connected App.
    ///
    /// Checks a token with Stytch's OAuth 2.0 introspection endpoint and returns whether it is `active`, with its claims. The request is form-encoded, has no Basic auth header, authenticates the client with `client_id` (and `client_secret` for confidential clients), and errors come back in the OAuth2 error shape.
    ///
    /// `POST /v1/public/{project_id}/oauth2/introspect` (`idp_introspect_token_network`). The body travels form-encoded. No project credentials are sent: the body carries the client's own. Errors arrive in the OAuth 2.0 shape (`error`, `error_description`, `error_uri`) and map onto [`Error::Api`](crate::Error::Api) like every other: `error` is the error type. Set [`project_id`](IdpIntrospectTokenNetworkCall::project_id) (default: [the client's project id](crate::Client::project_id)) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing or a path parameter is empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn introspect_token_network<B>(
        &self,
        body: B,
    ) -> IdpIntrospectTokenNetworkCall<'a>
    where
        B: TryInto<IdpIntrospectTokenNetworkRequest>,
        B::Error: std::fmt::Display,
    {
        IdpIntrospectTokenNetworkCall {
            client: self.client,
            request: self.client.inner.api.idp_introspect_token_network().body(body),
            path_params: crate::call::PathParams::default(),
        }
            .project_id(self.client.project_id())
    }
}

/// Runs the OAuth authorization and consent steps for Connected Apps.
///
/// Reached with `client.idp().oauth()`.
#[derive(Debug, Clone, Copy)]
pub struct IdpOauth<'a> {
    pub(crate) client: &'a crate::Client,
}

impl<'a> IdpOauth<'a> {
    /// Complete an OAuth authorization.
    ///
    /// Records the Member's consent decision for a Connected App and returns the `redirect_uri` to send the Member to, carrying either an `authorization_code` or an OAuth error. Identify the Member with `organization_id` plus `member_id`, a `session_token` or a `session_jwt`; a session is needed if the app will later exchange its access token for a session.
    ///
    /// `POST /v1/b2b/idp/oauth/authorize` (`idp_oauth_authorize`). `.await` the returned call to send it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn authorize<B>(&self, body: B) -> IdpOauthAuthorizeCall<'a>
    where
        B: TryInto<IdpOauthAuthorizeRequest>,
        B::Error: std::fmt::Display,
    {
        IdpOauthAuthorizeCall {
            client: self.client,
            request: self.client.inner.api.idp_oauth_authorize().body(body),
            path_params: crate::call::PathParams::default(),
        }
    }

    /// Start an OAuth authorization (consent preflight).
    ///
    /// Checks the parameters of an OAuth authorization request from a Connected App and returns what is needed to render a consent screen: the public client details, whether explicit consent is required and which requested scopes the Member can grant. Identify the Member with `organization_id` plus `member_id`, a `session_token` or a `session_jwt`.
    ///
    /// `POST /v1/b2b/idp/oauth/authorize/start` (`idp_oauth_authorize_start`). `.await` the returned call to send it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn authorize_start<B>(&self, body: B) -> IdpOauthAuthorizeStartCall<'a>
    where
        B: TryInto<IdpOauthAuthorizeStartRequest>,
        B::Error: std::fmt::Display,
    {
        IdpOauthAuthorizeStartCall {
            client: self.client,
            request: self.client.inner.api.idp_oauth_authorize_start().body(body),
            path_params: crate::call::PathParams::default(),
        }
    }
}

/// The `idp_introspect_token_network` operation.
pub(crate) const IDP_INTROSPECT_TOKEN_NETWORK: crate::call::Operation = crate::call::Operation {
    id: "idp_introspect_token_network",
    method: "POST",
    path: "/v1/public/{project_id}/oauth2/introspect",
    sdk_call: "idp().introspect_token_network()",
    idempotent: false,
};

/// A `idp_introspect_token_network` call, made by [`Idp::introspect_token_network`](Idp::introspect_token_network): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct IdpIntrospectTokenNetworkCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::IdpIntrospectTokenNetwork<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> IdpIntrospectTokenNetworkCall<'a> {
    /// ID of the Stytch project (Path parameter). Unless set, the call sends [the client's project id](crate::Client::project_id).
    pub fn project_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("project_id", value.into());
        self.request = self.request.project_id(value);
        self
    }
}

impl<'a> ::std::future::IntoFuture for IdpIntrospectTokenNetworkCall<'a> {
    type Output = Result<IdpIntrospectTokenNetworkResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, IdpIntrospectTokenNetworkResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &IDP_INTROSPECT_TOKEN_NETWORK,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `idp_oauth_authorize_start` operation.
pub(crate) const IDP_OAUTH_AUTHORIZE_START: crate::call::Operation = crate::call::Operation {
    id: "idp_oauth_authorize_start",
    method: "POST",
    path: "/v1/b2b/idp/oauth/authorize/start",
    sdk_call: "idp().oauth().authorize_start()",
    idempotent: false,
};

/// A `idp_oauth_authorize_start` call, made by [`IdpOauth::authorize_start`](IdpOauth::authorize_start): `.await` it to send it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct IdpOauthAuthorizeStartCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::IdpOauthAuthorizeStart<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> ::std::future::IntoFuture for IdpOauthAuthorizeStartCall<'a> {
    type Output = Result<IdpOauthAuthorizeStartResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, IdpOauthAuthorizeStartResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &IDP_OAUTH_AUTHORIZE_START,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `idp_oauth_authorize` operation.
pub(crate) const IDP_OAUTH_AUTHORIZE: crate::call::Operation = crate::call::Operation {
    id: "idp_oauth_authorize",
    method: "POST",
    path: "/v1/b2b/idp/oauth/authorize",
    sdk_call: "idp().oauth().authorize()",
    idempotent: false,
};

/// A `idp_oauth_authorize` call, made by [`IdpOauth::authorize`](IdpOauth::authorize): `.await` it to send it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct IdpOauthAuthorizeCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::IdpOauthAuthorize<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> ::std::future::IntoFuture for IdpOauthAuthorizeCall<'a> {
    type Output = Result<IdpOauthAuthorizeResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, IdpOauthAuthorizeResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &IDP_OAUTH_AUTHORIZE,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}
