//! Session JWT and permission in one call: locally when both can be decided locally,
//! otherwise by the API's `sessions/authenticate` with an `authorization_check`.

use std::sync::Arc;

use stytch_b2b_api::ErrorType;
use stytch_b2b_api::types::AuthorizationCheck;

use super::error::AuthorizationError;
use crate::Error;
use crate::jwt::{JwtVerifyOptions, LocalMemberSession};
use crate::session_jwt::JwtAuthentication;
use crate::sessions::{Sessions, SessionsAuthenticateRequest};

impl Sessions<'_> {
    /// Verifies a member-session JWT and checks a permission, both locally: the JWT
    /// against the cached JWKS, the permission against the cached RBAC policy (see
    /// [`crate::rbac::Rbac::authorize`]). Stytch's `AuthenticateJWTLocal` with an
    /// authorization check.
    ///
    /// # Errors
    ///
    /// [`Error::Jwt`] for a token local verification rejects (including those the API
    /// might still accept, such as an expired one), [`Error::Authorization`] for a
    /// refused check, [`Error::PolicyUnavailable`] when the policy cannot be loaded.
    pub async fn authenticate_jwt_local_authorized(
        &self,
        session_jwt: &str,
        check: &AuthorizationCheck,
        options: &JwtVerifyOptions,
    ) -> Result<Arc<LocalMemberSession>, Error> {
        let session = self.authenticate_jwt_local(session_jwt, options).await?;
        self.client
            .rbac()
            .authorize(
                &session,
                &check.organization_id,
                &check.resource_id,
                &check.action,
            )
            .await?;
        Ok(session)
    }

    /// Authenticates a member-session JWT and checks a permission: locally when
    /// possible, otherwise with the API (`sessions/authenticate` with the
    /// `authorization_check`, which then decides both).
    ///
    /// The API is asked when local JWT verification cannot decide (as for
    /// [`Self::authenticate_jwt`]: expired, too old, not yet valid, unknown key, keys
    /// unavailable) and when the token verified but the RBAC policy the check needs
    /// cannot be loaded ([`JwtAuthentication::RemoteAuthorization`]). Refusals are
    /// [`Error::Authorization`] whichever side decided: the API's
    /// `session_authorization_error` becomes [`AuthorizationError::PermissionDenied`],
    /// its `session_authorization_tenancy_error` [`AuthorizationError::TenancyMismatch`].
    ///
    /// ```no_run
    /// # async fn run(client: stytch_b2b::Client, session_jwt: &str) -> Result<(), stytch_b2b::Error> {
    /// use stytch_b2b::JwtVerifyOptions;
    /// use stytch_b2b::authorization::AuthorizationCheck;
    ///
    /// let check = AuthorizationCheck {
    ///     organization_id: "organization-test-1".into(),
    ///     resource_id: "documents".into(),
    ///     action: "edit".into(),
    /// };
    /// let authenticated = client
    ///     .sessions()
    ///     .authenticate_jwt_authorized(session_jwt, &check, &JwtVerifyOptions::default())
    ///     .await?;
    /// if let Some(refreshed) = authenticated.refreshed_session_jwt() {
    ///     // send it back to the browser
    /// #   let _ = refreshed;
    /// }
    /// # Ok(())
    /// # }
    /// ```
    ///
    /// # Errors
    ///
    /// [`Error::Jwt`] for a token rejected locally, [`Error::Authorization`] for a
    /// refused check, or any [`Error`] of the API call.
    pub async fn authenticate_jwt_authorized(
        &self,
        session_jwt: &str,
        check: &AuthorizationCheck,
        options: &JwtVerifyOptions,
    ) -> Result<JwtAuthentication, Error> {
        let policy_unavailable = match self
            .authenticate_jwt_local_authorized(session_jwt, check, options)
            .await
        {
            Ok(session) => return Ok(JwtAuthentication::Local(session)),
            Err(Error::Jwt(reason)) if reason.allows_remote_fallback() => {
                tracing::info!(
                    reason = reason.reason(),
                    "session JWT not verifiable locally; authenticating and authorizing it with the API"
                );
                return self
                    .authenticate_remotely(session_jwt, check)
                    .await
                    .map(|response| JwtAuthentication::Remote {
                        fallback_reason: reason,
                        response,
                    });
            }
            Err(Error::PolicyUnavailable(unavailable)) => unavailable,
            Err(other) => return Err(other),
        };
        tracing::info!(
            error = %policy_unavailable,
            "RBAC policy unavailable; authorizing the session with the API"
        );
        let response = self.authenticate_remotely(session_jwt, check).await?;
        Ok(JwtAuthentication::RemoteAuthorization {
            policy_unavailable,
            response,
        })
    }

    async fn authenticate_remotely(
        &self,
        session_jwt: &str,
        check: &AuthorizationCheck,
    ) -> Result<Box<crate::sessions::SessionsAuthenticateResponse>, Error> {
        let request = SessionsAuthenticateRequest::builder()
            .session_jwt(session_jwt)
            .authorization_check(check.clone());
        match self.authenticate(request).await {
            Ok(response) => Ok(Box::new(response)),
            Err(error) => Err(match error.error_type() {
                Some(ErrorType::SessionAuthorizationError) => {
                    AuthorizationError::PermissionDenied {
                        resource: check.resource_id.clone(),
                        action: check.action.clone(),
                    }
                    .into()
                }
                Some(ErrorType::SessionAuthorizationTenancyError) => {
                    AuthorizationError::TenancyMismatch {
                        session_organization_id: None,
                        requested_organization_id: check.organization_id.clone(),
                    }
                    .into()
                }
                _ => error,
            }),
        }
    }
}
