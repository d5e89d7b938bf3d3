//! M2M access tokens on `client.m2m()`: local verification with scope checks
//! ([`M2m::authenticate_token`]) and cached fetching ([`M2m::cached_token`]).
//!
//! ```
//! # #[cfg(feature = "testkit")]
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! use stytch_b2b::m2m_local::M2mAuthenticateOptions;
//! use stytch_b2b::testkit::{TestKey, TestM2mJwt, jwks_json};
//! use stytch_b2b::{AuthorizationError, Client, Error};
//!
//! let project_id = "project-test-00000000-0000-0000-0000-000000000000";
//! let client = Client::new(project_id, "secret-test-…")?;
//! let key = TestKey::generate("jwk-test-1")?;
//! client.sessions().jwks().preload_json(&jwks_json(&[&key]))?;
//!
//! let token = TestM2mJwt::new(project_id, "m2m-client-test-1")
//!     .scopes(["read:*", "write:invoices"])
//!     .sign(&key)?;
//! let options = M2mAuthenticateOptions::default().with_required_scopes(["read:users"]);
//! let claims = client.m2m().authenticate_token(&token, &options).await?;
//! assert_eq!(claims.client_id, "m2m-client-test-1");
//!
//! let options = options.with_required_scopes(["write:users"]);
//! let refused = client.m2m().authenticate_token(&token, &options).await;
//! assert!(matches!(
//!     refused,
//!     Err(Error::Authorization(AuthorizationError::MissingScopes { required })) if required == ["write:users"]
//! ));
//! # Ok(())
//! # }
//! # #[cfg(not(feature = "testkit"))]
//! # fn main() {}
//! ```

mod options;
mod scopes;
mod token_cache;

use std::sync::Arc;

use stytch_b2b_api::SecretString;

pub use crate::jwt::M2mTokenClaims;
pub use options::{M2mAuthenticateOptions, ScopeCheck};
pub use scopes::has_required_scopes;
pub use token_cache::{
    M2M_TOKEN_CACHE_CAPACITY, M2mAccessToken, M2mTokenCache, M2mTokenCacheStats,
    M2mTokenUnavailable, MAX_REFRESH_MARGIN,
};

use crate::Error;
use crate::m2m::{M2m, M2mTokenRequest};

/// The OAuth 2.0 grant of M2M access tokens.
const CLIENT_CREDENTIALS: &str = "client_credentials";

impl<'a> M2m<'a> {
    /// Verifies an M2M access token locally, with no API call on the hot path, and checks
    /// its scopes.
    ///
    /// The token passes the same policy as a session JWT, against the same cached JWKS
    /// (see [`JwtVerifier::verify_m2m`](crate::jwt::JwtVerifier::verify_m2m)); then its
    /// scopes must cover [`M2mAuthenticateOptions::required_scopes`] by Stytch's rule
    /// ([`has_required_scopes`]), or satisfy the options' custom check.
    ///
    /// # Errors
    ///
    /// [`Error::Jwt`] with the precise rejection reason, or [`Error::Authorization`] with
    /// [`MissingScopes`](crate::AuthorizationError::MissingScopes) for a valid token whose
    /// scopes fall short.
    pub async fn authenticate_token(
        self,
        access_token: &str,
        options: &M2mAuthenticateOptions,
    ) -> Result<Arc<M2mTokenClaims>, Error> {
        let claims = self
            .client
            .inner
            .jwt
            .verifier()
            .verify_m2m(access_token, &options.verify)
            .await?;
        if let Err(error) = options.check_scopes(&claims.scopes) {
            tracing::debug!(client_id = %claims.client_id, %error, "M2M token refused");
            return Err(error.into());
        }
        Ok(claims)
    }

    /// An access token for the M2M client `client_id` with `scopes` (each entry one scope
    /// or several, space-separated; none for all of the client's scopes), from the
    /// client's cache while fresh, otherwise from [`M2m::token`].
    ///
    /// A token is reused until less than a tenth of its lifetime, at most
    /// [`MAX_REFRESH_MARGIN`], is left. Tokens are cached per client id, scope set and
    /// client secret (by a keyed fingerprint; the secret is not kept), so a different
    /// secret never receives another's token. Concurrent calls for one key wait for a
    /// single request and share its outcome, its failure included; failures are not
    /// cached, so a call made after one sends a new request. See
    /// [`token_cache`](Self::token_cache) for the counters.
    ///
    /// # Errors
    ///
    /// [`Error::M2mTokenUnavailable`], the same for every call that waited for the failed
    /// request, whose [`cause`](M2mTokenUnavailable::cause) is the [`Error`] of
    /// [`M2m::token`], e.g. [`Error::Api`] with `invalid_client` for a wrong secret. It is
    /// transparent to the classifiers: `error.error_type()` is `invalid_client` then.
    pub async fn cached_token(
        self,
        client_id: &str,
        client_secret: &SecretString,
        scopes: &[&str],
    ) -> Result<M2mAccessToken, Error> {
        let project_id = &self.client.inner.project_id;
        self.token_cache()
            .get(client_id, client_secret, scopes, |scope| async move {
                let request = M2mTokenRequest {
                    client_id: client_id.to_owned(),
                    client_secret: client_secret.clone(),
                    grant_type: CLIENT_CREDENTIALS.to_owned(),
                    scope,
                };
                self.token(request).project_id(project_id).await
            })
            .await
    }

    /// The access-token cache behind [`M2m::cached_token`], shared by the client's clones.
    pub fn token_cache(&self) -> &'a M2mTokenCache {
        &self.client.inner.m2m_tokens
    }
}
