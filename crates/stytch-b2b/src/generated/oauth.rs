// @generated from openapi/b2b.yaml by `cargo xtask codegen`. Do not edit by hand: change the spec (or xtask/src/sdk.rs) and regenerate.
//! OAuth: redeem the token issued after an identity-provider round trip.

pub use stytch_b2b_api::types::{
    OauthAuthenticateRequest, OauthAuthenticateResponse,
    OauthDiscoveryAuthenticateRequest, OauthDiscoveryAuthenticateResponse,
};

/// OAuth logins.
///
/// Reached with `client.oauth()`.
#[derive(Debug, Clone, Copy)]
pub struct Oauth<'a> {
    pub(crate) client: &'a crate::Client,
}

impl<'a> Oauth<'a> {
    /// OAuth logins that start a discovery flow.
    pub fn discovery(&self) -> OauthDiscovery<'a> {
        OauthDiscovery {
            client: self.client,
        }
    }

    /// Authenticate an OAuth token.
    ///
    /// Redeems the token Stytch issued at the end of an OAuth round trip with an identity provider and starts a member session (or asks for MFA).
    ///
    /// `POST /v1/b2b/oauth/authenticate` (`oauth_authenticate`). `.await` the returned call to send it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn authenticate<B>(&self, body: B) -> OauthAuthenticateCall<'a>
    where
        B: TryInto<OauthAuthenticateRequest>,
        B::Error: std::fmt::Display,
    {
        OauthAuthenticateCall {
            client: self.client,
            request: self.client.inner.api.oauth_authenticate().body(body),
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
    ) -> crate::claims::WithClaimsCall<OauthAuthenticateCall<'a>, T>
    where
        T: serde::de::DeserializeOwned,
        B: TryInto<OauthAuthenticateRequest>,
        B::Error: std::fmt::Display,
    {
        crate::claims::WithClaimsCall::new(self.authenticate(body))
    }
}

/// OAuth logins that start a discovery flow.
///
/// Reached with `client.oauth().discovery()`.
#[derive(Debug, Clone, Copy)]
pub struct OauthDiscovery<'a> {
    pub(crate) client: &'a crate::Client,
}

impl<'a> OauthDiscovery<'a> {
    /// Authenticate a discovery OAuth token.
    ///
    /// Redeems a discovery OAuth token and returns an intermediate session token and the organizations the user can reach.
    ///
    /// `POST /v1/b2b/oauth/discovery/authenticate` (`oauth_discovery_authenticate`). `.await` the returned call to send it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn authenticate<B>(&self, body: B) -> OauthDiscoveryAuthenticateCall<'a>
    where
        B: TryInto<OauthDiscoveryAuthenticateRequest>,
        B::Error: std::fmt::Display,
    {
        OauthDiscoveryAuthenticateCall {
            client: self.client,
            request: self.client.inner.api.oauth_discovery_authenticate().body(body),
            path_params: crate::call::PathParams::default(),
        }
    }
}

/// The `oauth_authenticate` operation.
pub(crate) const OAUTH_AUTHENTICATE: crate::call::Operation = crate::call::Operation {
    id: "oauth_authenticate",
    method: "POST",
    path: "/v1/b2b/oauth/authenticate",
    sdk_call: "oauth().authenticate()",
    idempotent: false,
};

/// A `oauth_authenticate` call, made by [`Oauth::authenticate`](Oauth::authenticate): `.await` it to send it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct OauthAuthenticateCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::OauthAuthenticate<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> ::std::future::IntoFuture for OauthAuthenticateCall<'a> {
    type Output = Result<OauthAuthenticateResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, OauthAuthenticateResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &OAUTH_AUTHENTICATE,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `oauth_discovery_authenticate` operation.
pub(crate) const OAUTH_DISCOVERY_AUTHENTICATE: crate::call::Operation = crate::call::Operation {
    id: "oauth_discovery_authenticate",
    method: "POST",
    path: "/v1/b2b/oauth/discovery/authenticate",
    sdk_call: "oauth().discovery().authenticate()",
    idempotent: false,
};

/// A `oauth_discovery_authenticate` call, made by [`OauthDiscovery::authenticate`](OauthDiscovery::authenticate): `.await` it to send it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct OauthDiscoveryAuthenticateCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::OauthDiscoveryAuthenticate<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> ::std::future::IntoFuture for OauthDiscoveryAuthenticateCall<'a> {
    type Output = Result<OauthDiscoveryAuthenticateResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, OauthDiscoveryAuthenticateResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &OAUTH_DISCOVERY_AUTHENTICATE,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}
