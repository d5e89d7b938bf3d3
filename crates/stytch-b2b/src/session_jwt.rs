//! Session-JWT verification on `client.sessions()`: locally against the cached JWKS,
//! and through the API only when the API can succeed where local checks could not.

use std::sync::Arc;

use serde::de::DeserializeOwned;

use crate::Error;
use crate::authorization::PolicyUnavailable;
use crate::claims::decode_claims;
use crate::jwt::{
    JwksManager, JwtConfig, JwtError, JwtVerifier, JwtVerifyOptions, LocalMemberSession,
    LocalMemberSessionWithClaims,
};
use crate::sessions::{Sessions, SessionsAuthenticateRequest, SessionsAuthenticateResponse};

/// The client's verifier and key cache, shared by all clones of the client.
pub(crate) struct JwtState {
    verifier: JwtVerifier,
}

impl JwtState {
    pub(crate) fn new(
        project_id: &str,
        base_url: &str,
        custom_base_url: Option<&str>,
        http: reqwest::Client,
        headers: reqwest::header::HeaderMap,
        config: &JwtConfig,
    ) -> Self {
        let url = format!("{base_url}/v1/b2b/sessions/jwks/{project_id}");
        let jwks = Arc::new(JwksManager::with_headers(http, url, config, headers));
        // The verifier accepts `stytch.com/{project_id}` besides this one (and the
        // configuration's additional issuers).
        let issuer = JwtVerifier::expected_issuer(project_id, custom_base_url);
        Self {
            verifier: JwtVerifier::new(project_id, issuer, jwks, config),
        }
    }

    /// The verifier, shared with M2M token verification (`m2m().authenticate_token()`).
    pub(crate) fn verifier(&self) -> &JwtVerifier {
        &self.verifier
    }

    pub(crate) fn jwks(&self) -> &Arc<JwksManager> {
        self.verifier.jwks()
    }
}

/// How [`Sessions::authenticate_jwt`] authenticated a session JWT.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum JwtAuthentication {
    /// Verified locally against the cached keys; no API call was made.
    Local(Arc<LocalMemberSession>),
    /// Local verification could not decide (expired, too old, not yet valid, unknown
    /// key, keys unavailable), so the API authenticated the session.
    Remote {
        /// Why local verification did not decide.
        fallback_reason: JwtError,
        /// The API's answer, with a refreshed `session_jwt`.
        response: Box<SessionsAuthenticateResponse>,
    },
    /// The JWT verified locally, but the RBAC policy a permission check needed could
    /// not be loaded, so the API authenticated the session and checked the permission
    /// ([`Sessions::authenticate_jwt_authorized`] only).
    RemoteAuthorization {
        /// Why the policy was not available.
        policy_unavailable: PolicyUnavailable,
        /// The API's answer, with a refreshed `session_jwt`.
        response: Box<SessionsAuthenticateResponse>,
    },
}

impl JwtAuthentication {
    /// Why the API was asked, when local JWT verification could not decide.
    pub fn fallback_reason(&self) -> Option<&JwtError> {
        match self {
            Self::Remote {
                fallback_reason, ..
            } => Some(fallback_reason),
            Self::Local(_) | Self::RemoteAuthorization { .. } => None,
        }
    }

    /// The API's answer, when the API was asked.
    pub fn remote_response(&self) -> Option<&SessionsAuthenticateResponse> {
        self.source().err()
    }

    /// The local session, or else the API's answer.
    fn source(&self) -> Result<&LocalMemberSession, &SessionsAuthenticateResponse> {
        match self {
            Self::Local(session) => Ok(session),
            Self::Remote { response, .. } | Self::RemoteAuthorization { response, .. } => {
                Err(response)
            }
        }
    }

    /// The session JWT the API issued in place of the presented one, when the API was
    /// asked. Send it back to the browser so the next request verifies locally.
    pub fn refreshed_session_jwt(&self) -> Option<&str> {
        self.remote_response()
            .and_then(|response| response.session_jwt.as_deref())
            .filter(|jwt| !jwt.is_empty())
    }

    /// The authenticated member's id.
    pub fn member_id(&self) -> &str {
        match self.source() {
            Ok(session) => &session.member_id,
            Err(response) => &response.member.member_id,
        }
    }

    /// The organization the session belongs to.
    pub fn organization_id(&self) -> &str {
        match self.source() {
            Ok(session) => &session.organization_id,
            Err(response) => &response.organization.organization_id,
        }
    }

    /// The ids of the member's roles in the session.
    pub fn session_roles(&self) -> &[String] {
        match self.source() {
            Ok(session) => &session.roles,
            Err(response) => response
                .member_session
                .as_ref()
                .map_or(&[][..], |session| session.roles.as_slice()),
        }
    }

    fn custom_claims(&self) -> Option<&serde_json::Map<String, serde_json::Value>> {
        match self.source() {
            Ok(session) => Some(session.custom_claims()),
            Err(response) => response
                .member_session
                .as_ref()
                .map(|session| &session.custom_claims),
        }
    }
}

/// A [`JwtAuthentication`] with the session's custom claims decoded as `T`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct JwtAuthenticationWithClaims<T> {
    /// How the session was authenticated.
    pub authentication: JwtAuthentication,
    /// The custom claims.
    pub custom_claims: T,
}

impl Sessions<'_> {
    /// Verifies a member-session JWT locally, with no API call on the hot path.
    ///
    /// The project's JWKS is fetched on first use and cached (see
    /// [`crate::jwt::JwtConfig`]); repeated tokens are answered from a verified-token
    /// cache, with the time rules re-checked on every hit.
    ///
    /// # Errors
    ///
    /// [`Error::Jwt`] with the precise rejection reason.
    pub async fn authenticate_jwt_local(
        &self,
        session_jwt: &str,
        options: &JwtVerifyOptions,
    ) -> Result<Arc<LocalMemberSession>, Error> {
        Ok(self
            .client
            .inner
            .jwt
            .verifier
            .verify(session_jwt, options)
            .await?)
    }

    /// Like [`Self::authenticate_jwt_local`], with the custom claims decoded as `T` (a
    /// struct or a map).
    ///
    /// # Errors
    ///
    /// As [`Self::authenticate_jwt_local`]; a claim that does not fit `T` is
    /// [`JwtError::CustomClaims`] naming it.
    pub async fn authenticate_jwt_local_with_claims<T: DeserializeOwned>(
        &self,
        session_jwt: &str,
        options: &JwtVerifyOptions,
    ) -> Result<LocalMemberSessionWithClaims<T>, Error> {
        Ok(self
            .client
            .inner
            .jwt
            .verifier
            .verify_with_claims(session_jwt, options)
            .await?)
    }

    /// Authenticates a member-session JWT: locally when possible, otherwise with the
    /// API (`sessions/authenticate`).
    ///
    /// The API is asked only when it can succeed where local verification could not:
    /// the token is expired, older than `max_token_age` or not yet valid, its key is
    /// unknown even after refetching the JWKS, or the JWKS cannot be loaded. Forged,
    /// malformed, badly signed, mis-addressed or wrong-issuer tokens are rejected
    /// locally, without a request. The fallback reason is reported on the result and
    /// as a tracing event; the API's refreshed JWT is in
    /// [`JwtAuthentication::refreshed_session_jwt`].
    ///
    /// # Errors
    ///
    /// [`Error::Jwt`] for a token rejected locally, or any [`Error`] of the API call.
    pub async fn authenticate_jwt(
        &self,
        session_jwt: &str,
        options: &JwtVerifyOptions,
    ) -> Result<JwtAuthentication, Error> {
        let local = self
            .client
            .inner
            .jwt
            .verifier
            .verify(session_jwt, options)
            .await;
        let fallback_reason = match local {
            Ok(session) => return Ok(JwtAuthentication::Local(session)),
            Err(error) if error.allows_remote_fallback() => error,
            Err(error) => return Err(Error::Jwt(error)),
        };
        tracing::info!(
            reason = fallback_reason.reason(),
            "session JWT not verifiable locally; authenticating it with the API"
        );
        let response = self
            .authenticate(SessionsAuthenticateRequest::builder().session_jwt(session_jwt))
            .await?;
        Ok(JwtAuthentication::Remote {
            fallback_reason,
            response: Box::new(response),
        })
    }

    /// Like [`Self::authenticate_jwt`], with the custom claims decoded as `T`.
    ///
    /// # Errors
    ///
    /// As [`Self::authenticate_jwt`], and [`Error::Claims`] naming a claim that does
    /// not fit `T`.
    pub async fn authenticate_jwt_with_claims<T: DeserializeOwned>(
        &self,
        session_jwt: &str,
        options: &JwtVerifyOptions,
    ) -> Result<JwtAuthenticationWithClaims<T>, Error> {
        let authentication = self.authenticate_jwt(session_jwt, options).await?;
        let empty = serde_json::Map::new();
        let custom_claims = decode_claims(authentication.custom_claims().unwrap_or(&empty))?;
        Ok(JwtAuthenticationWithClaims {
            authentication,
            custom_claims,
        })
    }

    /// The JWKS cache behind local verification: counters, warm-up, preloading.
    pub fn jwks(&self) -> &JwksManager {
        self.client.inner.jwt.jwks()
    }
}
