//! `M2mClient<S>`: a machine-to-machine caller whose access token carries scopes `S`.

use std::fmt;
use std::marker::PhantomData;
use std::sync::Arc;

use axum::extract::FromRequestParts;
use http::request::Parts;
use stytch_b2b::jwt::M2mTokenClaims;
use stytch_b2b::m2m_local::M2mAuthenticateOptions;

use crate::credential;
use crate::rejection::Rejection;
use crate::request_auth::RequestAuth;

/// The scopes an [`M2mClient`] extractor requires, by Stytch's rule: `action:resource`
/// is covered by the same scope or by `action:*`.
///
/// ```
/// use stytch_b2b_axum::{M2mClient, Scopes};
///
/// struct ReadInvoices;
/// impl Scopes for ReadInvoices {
///     const REQUIRED: &'static [&'static str] = &["read:invoices"];
/// }
///
/// async fn invoices(caller: M2mClient<ReadInvoices>) -> String {
///     caller.client_id().to_owned()
/// }
/// ```
pub trait Scopes {
    /// Every scope the token must cover.
    const REQUIRED: &'static [&'static str];
}

/// No scope required: any valid M2M token of the project.
#[derive(Debug, Clone, Copy)]
pub struct AnyScope;

impl Scopes for AnyScope {
    const REQUIRED: &'static [&'static str] = &[];
}

/// An M2M client authenticated by its access token (`Authorization: Bearer`), verified
/// locally with [`stytch_b2b::m2m::M2m::authenticate_token`], with the scopes `S`. `401`
/// without a valid token, `403` when its scopes fall short.
pub struct M2mClient<S = AnyScope> {
    claims: Arc<M2mTokenClaims>,
    scopes: PhantomData<fn() -> S>,
}

impl<S> M2mClient<S> {
    /// The M2M client's id.
    pub fn client_id(&self) -> &str {
        &self.claims.client_id
    }

    /// The token's scopes.
    pub fn scopes(&self) -> &[String] {
        &self.claims.scopes
    }

    /// Everything the token says.
    pub fn claims(&self) -> &M2mTokenClaims {
        &self.claims
    }
}

impl<Req: Scopes, S: Send + Sync> FromRequestParts<S> for M2mClient<Req> {
    type Rejection = Rejection;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let auth = RequestAuth::of(parts)?;
        let token = credential::bearer(&parts.headers).ok_or(Rejection::Unauthenticated)?;
        let settings = auth.settings();
        let options = M2mAuthenticateOptions::default()
            .with_verify_options(settings.jwt_options.clone())
            .with_required_scopes(Req::REQUIRED.iter().copied());
        match settings
            .client
            .m2m()
            .authenticate_token(token, &options)
            .await
        {
            Ok(claims) => Ok(Self {
                claims,
                scopes: PhantomData,
            }),
            Err(error) => {
                tracing::debug!(%error, "M2M token refused");
                Err(Rejection::from_error(&error))
            }
        }
    }
}

impl<S> fmt::Debug for M2mClient<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("M2mClient")
            .field("client_id", &self.claims.client_id)
            .field("scopes", &self.claims.scopes)
            .finish()
    }
}
