//! The `Member` extractor: the authenticated member session of a request.

use std::fmt;
use std::sync::Arc;

use axum::extract::{FromRequestParts, OptionalFromRequestParts};
use http::request::Parts;
use stytch_b2b::authorization::AuthorizationCheck;
use stytch_b2b::{Error, JwtAuthentication};

use crate::credential::JwtHeader;
use crate::rejection::Rejection;
use crate::request_auth::RequestAuth;

/// The member session of the request, authenticated by [`crate::StytchLayer`]'s client.
///
/// Refuses with `401` when the request has no valid session, and with `403` when the
/// layer tells the request's organization ([`crate::StytchLayer::organization_from`])
/// and the session belongs to another. As `Option<Member>`, a missing or refused
/// session is `None` (public pages stay reachable with a stale cookie); Stytch being
/// unreachable (no key set, or the API needed for an expired token) is `503` either
/// way.
///
/// ```
/// use stytch_b2b_axum::Member;
///
/// async fn me(member: Member) -> String {
///     format!("{} in {}", member.member_id(), member.organization_id())
/// }
/// ```
#[derive(Clone)]
pub struct Member {
    authentication: Arc<JwtAuthentication>,
    organization_id: String,
    /// Where the JWT is, for a permission check the API must decide.
    jwt: Option<JwtHeader>,
    auth: Arc<RequestAuth>,
}

impl Member {
    /// The member's id.
    pub fn member_id(&self) -> &str {
        self.authentication.member_id()
    }

    /// The organization the session belongs to (the request's, once the layer has
    /// checked they match).
    pub fn organization_id(&self) -> &str {
        &self.organization_id
    }

    /// The ids of the member's roles.
    pub fn roles(&self) -> &[String] {
        self.authentication.session_roles()
    }

    /// How the session was authenticated: locally or by the API, with everything the
    /// session says (factors, custom claims, expiry).
    pub fn authentication(&self) -> &JwtAuthentication {
        &self.authentication
    }

    /// The session JWT the API issued for this request, when it was asked (an expired
    /// token, say). The layer sends it as a cookie when configured to.
    pub fn refreshed_session_jwt(&self) -> Option<String> {
        self.auth.refreshed_session_jwt()
    }

    /// Checks that the member may take `action` on `resource_id` in the request's
    /// organization, locally with the client's cached RBAC policy, or with the API when
    /// the policy cannot be loaded.
    ///
    /// # Errors
    ///
    /// [`Rejection::Forbidden`] when the member lacks the permission;
    /// [`Rejection::Unavailable`] when neither the policy nor the API can decide.
    pub async fn authorize(&self, resource_id: &str, action: &str) -> Result<(), Rejection> {
        let client = &self.auth.settings().client;
        let outcome = client
            .rbac()
            .authorize(
                &*self.authentication,
                &self.organization_id,
                resource_id,
                action,
            )
            .await;
        let error = match outcome {
            Ok(()) => return Ok(()),
            Err(Error::PolicyUnavailable(_)) => {
                let check = AuthorizationCheck {
                    organization_id: self.organization_id.clone(),
                    resource_id: resource_id.to_owned(),
                    action: action.to_owned(),
                };
                let jwt = self
                    .jwt
                    .as_ref()
                    .and_then(|header| self.auth.session_jwt(header))
                    .unwrap_or_default();
                match client
                    .sessions()
                    .authenticate_jwt_authorized(jwt, &check, &self.auth.settings().jwt_options)
                    .await
                {
                    Ok(authentication) => {
                        self.auth.remember_refreshed(&authentication);
                        return Ok(());
                    }
                    Err(error) => error,
                }
            }
            Err(error) => error,
        };
        tracing::debug!(%error, resource_id, action, "member refused");
        Err(Rejection::from_error(&error))
    }

    pub(crate) async fn from_parts(parts: &Parts) -> Result<Self, Rejection> {
        let auth = RequestAuth::of(parts)?;
        let jwt = auth.session_jwt_header(parts);
        let authentication = auth.session(jwt.as_ref()).await?;
        let organization_id = match auth.requested_organization(parts) {
            Some(requested) if requested != authentication.organization_id() => {
                tracing::debug!("member session of another organization refused");
                return Err(Rejection::Forbidden);
            }
            Some(requested) => requested,
            None => authentication.organization_id().to_owned(),
        };
        Ok(Self {
            authentication,
            organization_id,
            jwt,
            auth,
        })
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Member {
    type Rejection = Rejection;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Self::from_parts(parts).await
    }
}

impl<S: Send + Sync> OptionalFromRequestParts<S> for Member {
    type Rejection = Rejection;

    async fn from_request_parts(
        parts: &mut Parts,
        _state: &S,
    ) -> Result<Option<Self>, Self::Rejection> {
        match Self::from_parts(parts).await {
            Ok(member) => Ok(Some(member)),
            Err(Rejection::Unauthenticated | Rejection::Forbidden) => Ok(None),
            Err(other) => Err(other),
        }
    }
}

impl fmt::Debug for Member {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The JWT stays out.
        f.debug_struct("Member")
            .field("member_id", &self.member_id())
            .field("organization_id", &self.organization_id)
            .field("roles", &self.roles())
            .finish_non_exhaustive()
    }
}
