//! OAuth: redeeming the token issued after an identity-provider round trip.

use serde::de::DeserializeOwned;

use crate::call::Operation;
use crate::claims::WithClaims;
use crate::{Client, Error};

pub use stytch_b2b_api::types::{
    OauthAuthenticateRequest, OauthAuthenticateResponse, OauthDiscoveryAuthenticateRequest,
    OauthDiscoveryAuthenticateResponse,
};

/// OAuth logins.
#[derive(Debug, Clone, Copy)]
pub struct OAuth<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> OAuth<'a> {
    /// OAuth logins that start a discovery flow.
    pub fn discovery(&self) -> Discovery<'a> {
        Discovery {
            client: self.client,
        }
    }

    /// Authenticate an OAuth token.
    ///
    /// Redeems the token Stytch issued at the end of an OAuth round trip with an identity provider and starts a member session (or asks for MFA).
    ///
    /// `POST /v1/b2b/oauth/authenticate` (`oauth_authenticate`).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`] when a required field is missing (nothing is sent);
    /// otherwise any [`Error`] of the call.
    pub async fn authenticate<B>(&self, body: B) -> Result<OauthAuthenticateResponse, Error>
    where
        B: TryInto<OauthAuthenticateRequest>,
        B::Error: std::fmt::Display,
    {
        self.client
            .call_with_body(
                Operation {
                    id: "oauth_authenticate",
                    method: "POST",
                },
                body,
                move |api, body: OauthAuthenticateRequest| {
                    api.oauth_authenticate().body(body).send()
                },
            )
            .await
    }

    /// Like [`Self::authenticate`], with the session's custom claims decoded as `T`
    /// (a struct or a map). The claims are `None` while MFA is pending.
    ///
    /// # Errors
    ///
    /// As [`Self::authenticate`], and [`Error::Claims`] naming the claim that does not
    /// decode into `T`.
    pub async fn authenticate_with_claims<T, B>(
        &self,
        body: B,
    ) -> Result<WithClaims<OauthAuthenticateResponse, T>, Error>
    where
        T: DeserializeOwned,
        B: TryInto<OauthAuthenticateRequest>,
        B::Error: std::fmt::Display,
    {
        WithClaims::decode(self.authenticate(body).await?)
    }
}

/// OAuth logins that start a discovery flow.
#[derive(Debug, Clone, Copy)]
pub struct Discovery<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> Discovery<'a> {
    /// Authenticate a discovery OAuth token.
    ///
    /// Redeems a discovery OAuth token and returns an intermediate session token and the organizations the user can reach.
    ///
    /// `POST /v1/b2b/oauth/discovery/authenticate` (`oauth_discovery_authenticate`).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`] when a required field is missing (nothing is sent);
    /// otherwise any [`Error`] of the call.
    pub async fn authenticate<B>(
        &self,
        body: B,
    ) -> Result<OauthDiscoveryAuthenticateResponse, Error>
    where
        B: TryInto<OauthDiscoveryAuthenticateRequest>,
        B::Error: std::fmt::Display,
    {
        self.client
            .call_with_body(
                Operation {
                    id: "oauth_discovery_authenticate",
                    method: "POST",
                },
                body,
                move |api, body: OauthDiscoveryAuthenticateRequest| {
                    api.oauth_discovery_authenticate().body(body).send()
                },
            )
            .await
    }
}
