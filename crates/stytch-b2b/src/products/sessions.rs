//! Member sessions: authenticate, list, revoke, exchange, and the JWKS.

use serde::de::DeserializeOwned;

use crate::call::{Operation, require_path_param};
use crate::claims::WithClaims;
use crate::{Client, Error};

pub use stytch_b2b_api::types::{
    SessionsAuthenticateRequest, SessionsAuthenticateResponse, SessionsExchangeRequest,
    SessionsExchangeResponse, SessionsGetJwksResponse, SessionsGetResponse, SessionsRevokeRequest,
    SessionsRevokeResponse,
};

/// Member sessions.
#[derive(Debug, Clone, Copy)]
pub struct Sessions<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> Sessions<'a> {
    /// Authenticate a session.
    ///
    /// Checks a session token or JWT with the API, optionally extends the session and updates its custom claims, and returns a fresh session JWT.
    ///
    /// `POST /v1/b2b/sessions/authenticate` (`sessions_authenticate`).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`] when a required field is missing (nothing is sent);
    /// otherwise any [`Error`] of the call.
    pub async fn authenticate<B>(&self, body: B) -> Result<SessionsAuthenticateResponse, Error>
    where
        B: TryInto<SessionsAuthenticateRequest>,
        B::Error: std::fmt::Display,
    {
        self.client
            .call_with_body(
                Operation {
                    id: "sessions_authenticate",
                    method: "POST",
                },
                body,
                move |api, body: SessionsAuthenticateRequest| {
                    api.sessions_authenticate().body(body).send()
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
    ) -> Result<WithClaims<SessionsAuthenticateResponse, T>, Error>
    where
        T: DeserializeOwned,
        B: TryInto<SessionsAuthenticateRequest>,
        B::Error: std::fmt::Display,
    {
        WithClaims::decode(self.authenticate(body).await?)
    }

    /// Exchange a session for another organization.
    ///
    /// Uses an existing member session to start a session in another organization the same end user belongs to.
    ///
    /// `POST /v1/b2b/sessions/exchange` (`sessions_exchange`).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`] when a required field is missing (nothing is sent);
    /// otherwise any [`Error`] of the call.
    pub async fn exchange<B>(&self, body: B) -> Result<SessionsExchangeResponse, Error>
    where
        B: TryInto<SessionsExchangeRequest>,
        B::Error: std::fmt::Display,
    {
        self.client
            .call_with_body(
                Operation {
                    id: "sessions_exchange",
                    method: "POST",
                },
                body,
                move |api, body: SessionsExchangeRequest| api.sessions_exchange().body(body).send(),
            )
            .await
    }

    /// List a member's sessions.
    ///
    /// Lists the active sessions of one member.
    ///
    /// `GET /v1/b2b/sessions` (`sessions_get`).
    ///
    /// # Errors
    ///
    /// Any [`Error`] of the call.
    pub async fn get(
        &self,
        organization_id: &str,
        member_id: &str,
    ) -> Result<SessionsGetResponse, Error> {
        require_path_param("organization_id", organization_id)?;
        require_path_param("member_id", member_id)?;
        self.client
            .call(
                Operation {
                    id: "sessions_get",
                    method: "GET",
                },
                move |api| {
                    api.sessions_get()
                        .organization_id(organization_id)
                        .member_id(member_id)
                        .send()
                },
            )
            .await
    }

    /// Get the session-signing keys.
    ///
    /// Returns the JSON Web Key Set whose keys sign this project's session JWTs; used for verifying JWTs locally.
    ///
    /// `GET /v1/b2b/sessions/jwks/{project_id}` (`sessions_get_jwks`).
    ///
    /// # Errors
    ///
    /// Any [`Error`] of the call.
    pub async fn get_jwks(&self, project_id: &str) -> Result<SessionsGetJwksResponse, Error> {
        require_path_param("project_id", project_id)?;
        self.client
            .call(
                Operation {
                    id: "sessions_get_jwks",
                    method: "GET",
                },
                move |api| api.sessions_get_jwks().project_id(project_id).send(),
            )
            .await
    }

    /// Revoke sessions.
    ///
    /// Revokes one session (by id, token or JWT) or every session of a member.
    ///
    /// `POST /v1/b2b/sessions/revoke` (`sessions_revoke`).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`] when a required field is missing (nothing is sent);
    /// otherwise any [`Error`] of the call.
    pub async fn revoke<B>(&self, body: B) -> Result<SessionsRevokeResponse, Error>
    where
        B: TryInto<SessionsRevokeRequest>,
        B::Error: std::fmt::Display,
    {
        self.client
            .call_with_body(
                Operation {
                    id: "sessions_revoke",
                    method: "POST",
                },
                body,
                move |api, body: SessionsRevokeRequest| api.sessions_revoke().body(body).send(),
            )
            .await
    }
}
