//! The verification pipeline: cache, structure and header, key, signature, claims, time.
//! Session JWTs and M2M access tokens share it up to the claims, each with its own cache.

use std::fmt;
use std::sync::{Arc, OnceLock};

use serde::de::DeserializeOwned;

use super::cache::{CachedToken, TokenCache};
use super::claims;
use super::config::JwtConfig;
use super::error::JwtError;
use super::jwks::JwksManager;
use super::m2m::{self, M2mTokenClaims};
use super::options::JwtVerifyOptions;
use super::policy::TokenTimes;
use super::session::{LocalMemberSession, LocalMemberSessionWithClaims};
use super::token::{self, HeaderMemo};

/// Verifies Stytch B2B member-session JWTs locally, against the project's JWKS.
///
/// Cheap to share behind an [`Arc`]; one verifier (and its token cache) per client.
///
/// ```
/// # #[cfg(feature = "testkit")]
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use std::sync::Arc;
/// use stytch_b2b::jwt::{JwksManager, JwtConfig, JwtVerifier, JwtVerifyOptions};
/// use stytch_b2b::testkit::{TestKey, TestSessionJwt, jwks_json};
///
/// let project_id = "project-test-00000000-0000-0000-0000-000000000000";
/// let key = TestKey::generate("jwk-test-1")?;
///
/// let config = JwtConfig::default();
/// let jwks_url = format!("https://test.stytch.com/v1/b2b/sessions/jwks/{project_id}");
/// let jwks = Arc::new(JwksManager::new(reqwest::Client::new(), jwks_url, &config));
/// jwks.preload_json(&jwks_json(&[&key]))?;
///
/// let issuer = JwtVerifier::expected_issuer(project_id, None);
/// let verifier = JwtVerifier::new(project_id, issuer, jwks, &config);
///
/// let token = TestSessionJwt::new(project_id).member_id("member-test-1").sign(&key)?;
/// let session = verifier.verify(&token, &JwtVerifyOptions::default()).await?;
/// assert_eq!(session.member_id, "member-test-1");
/// # Ok(())
/// # }
/// # #[cfg(not(feature = "testkit"))]
/// # fn main() {}
/// ```
pub struct JwtVerifier {
    project_id: String,
    /// The accepted `iss` values, most common first; never empty.
    issuers: Box<[Box<str>]>,
    jwks: Arc<JwksManager>,
    cache: Option<TokenCache>,
    /// Verified M2M tokens, apart from the session cache so that neither kind of token is
    /// ever answered as the other; built on the first M2M verification, as most
    /// applications never make one.
    m2m_cache: OnceLock<Option<TokenCache<Arc<M2mTokenClaims>>>>,
    token_cache_capacity: usize,
    headers: HeaderMemo,
    max_token_len: usize,
}

impl JwtVerifier {
    /// Creates a verifier for `project_id`'s tokens.
    ///
    /// A token's `iss` must be one of the accepted issuers: `stytch.com/{project_id}`,
    /// always (the issuer of every Stytch session JWT); `issuer`, normally
    /// [`JwtVerifier::expected_issuer`] of the client's custom base URL (passing the
    /// Stytch issuer itself adds nothing); and every entry of
    /// [`JwtConfig::additional_issuers`]. Empty issuers are ignored, and each is compared
    /// byte for byte.
    pub fn new(
        project_id: impl Into<String>,
        issuer: impl Into<String>,
        jwks: Arc<JwksManager>,
        config: &JwtConfig,
    ) -> Self {
        let project_id = project_id.into();
        let stytch = Self::expected_issuer(&project_id, None);
        let mut issuers: Vec<Box<str>> = Vec::with_capacity(2 + config.additional_issuers.len());
        // The Stytch issuer first: it is the one nearly every token carries, and the
        // comparisons run in order.
        for candidate in [stytch, issuer.into()]
            .into_iter()
            .chain(config.additional_issuers.iter().cloned())
        {
            if !candidate.is_empty() && !issuers.iter().any(|known| **known == *candidate) {
                issuers.push(candidate.into_boxed_str());
            }
        }
        Self {
            project_id,
            issuers: issuers.into_boxed_slice(),
            jwks,
            cache: TokenCache::new(config.token_cache_capacity),
            m2m_cache: OnceLock::new(),
            token_cache_capacity: config.token_cache_capacity,
            headers: HeaderMemo::default(),
            max_token_len: config.max_token_len,
        }
    }

    /// The issuer a client's configuration adds to `stytch.com/{project_id}`: the custom
    /// base URL (custom domain, proxy) without its trailing slash when one is configured,
    /// otherwise `stytch.com/{project_id}` itself. Pass it to [`JwtVerifier::new`], which
    /// accepts both.
    ///
    /// ```
    /// use stytch_b2b::jwt::JwtVerifier;
    ///
    /// assert_eq!(JwtVerifier::expected_issuer("project-test-1", None), "stytch.com/project-test-1");
    /// assert_eq!(
    ///     JwtVerifier::expected_issuer("project-test-1", Some("https://auth.example.com/")),
    ///     "https://auth.example.com"
    /// );
    /// ```
    pub fn expected_issuer(project_id: &str, custom_base_url: Option<&str>) -> String {
        match custom_base_url {
            Some(base) => base.trim_end_matches('/').to_owned(),
            None => format!("stytch.com/{project_id}"),
        }
    }

    /// The issuers a token's `iss` may name, in the order they are compared:
    /// `stytch.com/{project_id}` first (see [`JwtVerifier::new`]).
    ///
    /// ```
    /// # use std::sync::Arc;
    /// use stytch_b2b::jwt::{JwksManager, JwtConfig, JwtVerifier};
    ///
    /// let config = JwtConfig::default().with_additional_issuer("https://login.old.example.com");
    /// let jwks = Arc::new(JwksManager::new(reqwest::Client::new(), "https://test.stytch.com/jwks", &config));
    /// let custom = JwtVerifier::expected_issuer("project-test-1", Some("https://auth.example.com"));
    /// let verifier = JwtVerifier::new("project-test-1", custom, jwks, &config);
    /// assert_eq!(
    ///     verifier.accepted_issuers().collect::<Vec<_>>(),
    ///     ["stytch.com/project-test-1", "https://auth.example.com", "https://login.old.example.com"]
    /// );
    /// ```
    pub fn accepted_issuers(&self) -> impl Iterator<Item = &str> {
        self.issuers.iter().map(|issuer| &**issuer)
    }

    /// The key-set manager this verifier uses.
    pub fn jwks(&self) -> &Arc<JwksManager> {
        &self.jwks
    }

    /// Verifies `token` and returns the member session it carries.
    ///
    /// # Errors
    /// The [`JwtError`] naming the first rule the token breaks; time rules come last, so an
    /// error that [allows a fallback](JwtError::allows_remote_fallback) means every other
    /// rule passed.
    pub async fn verify(
        &self,
        token: &str,
        options: &JwtVerifyOptions,
    ) -> Result<Arc<LocalMemberSession>, JwtError> {
        let result = self.verify_token(token, options).await;
        if let Err(error) = &result {
            tracing::debug!(reason = error.reason(), %error, "session JWT rejected locally");
        }
        result
    }

    /// Like [`JwtVerifier::verify`], and decodes the custom claims into `T` (a struct or a
    /// map).
    ///
    /// # Errors
    /// As [`JwtVerifier::verify`], plus [`JwtError::CustomClaims`] naming the claim that
    /// does not fit `T`.
    pub async fn verify_with_claims<T: DeserializeOwned>(
        &self,
        token: &str,
        options: &JwtVerifyOptions,
    ) -> Result<LocalMemberSessionWithClaims<T>, JwtError> {
        let session = self.verify(token, options).await?;
        let custom_claims = session.custom_claims_as()?;
        Ok(LocalMemberSessionWithClaims {
            session,
            custom_claims,
        })
    }

    /// Verifies an M2M access token (a client-credentials JWT from `m2m().token()`) and
    /// returns its claims.
    ///
    /// The rules are those of [`JwtVerifier::verify`] up to the claims, with the same key
    /// set: then `sub` (the client id) must be a non-empty string, the
    /// `https://stytch.com/session` claim absent (so a session JWT is never taken for an
    /// M2M token) and the `scope` claim a string, possibly empty. Verified tokens are
    /// cached apart from session JWTs, with the time rules re-checked on every hit.
    /// Scopes are not checked here; see
    /// [`M2m::authenticate_token`](crate::m2m::M2m::authenticate_token).
    ///
    /// ```
    /// # #[cfg(feature = "testkit")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use std::sync::Arc;
    /// use stytch_b2b::jwt::{JwksManager, JwtConfig, JwtError, JwtVerifier, JwtVerifyOptions};
    /// use stytch_b2b::testkit::{TestKey, TestM2mJwt, TestSessionJwt, jwks_json};
    ///
    /// let project_id = "project-test-00000000-0000-0000-0000-000000000000";
    /// let key = TestKey::generate("jwk-test-1")?;
    /// let config = JwtConfig::default();
    /// let jwks = Arc::new(JwksManager::new(reqwest::Client::new(), "https://test.stytch.com/jwks", &config));
    /// jwks.preload_json(&jwks_json(&[&key]))?;
    /// let issuer = JwtVerifier::expected_issuer(project_id, None);
    /// let verifier = JwtVerifier::new(project_id, issuer, jwks, &config);
    /// let options = JwtVerifyOptions::default();
    ///
    /// let token = TestM2mJwt::new(project_id, "m2m-client-test-1").scopes(["read:invoices"]).sign(&key)?;
    /// let claims = verifier.verify_m2m(&token, &options).await?;
    /// assert_eq!((claims.client_id.as_str(), claims.scopes.as_slice()), ("m2m-client-test-1", &["read:invoices".to_owned()][..]));
    ///
    /// let session_jwt = TestSessionJwt::new(project_id).sign(&key)?;
    /// assert!(matches!(
    ///     verifier.verify_m2m(&session_jwt, &options).await,
    ///     Err(JwtError::MalformedStytchClaims { reason: "present in an M2M token", .. })
    /// ));
    /// # Ok(())
    /// # }
    /// # #[cfg(not(feature = "testkit"))]
    /// # fn main() {}
    /// ```
    ///
    /// # Errors
    /// The [`JwtError`] naming the first rule the token breaks, time rules last.
    pub async fn verify_m2m(
        &self,
        token: &str,
        options: &JwtVerifyOptions,
    ) -> Result<Arc<M2mTokenClaims>, JwtError> {
        let cache = self
            .m2m_cache
            .get_or_init(|| TokenCache::new(self.token_cache_capacity));
        let result = self
            .verify_with(
                token,
                options,
                cache.as_ref(),
                |payload, project_id, issuers| {
                    m2m::extract(payload, project_id, issuers)
                        .map(|(claims, times)| (Arc::new(claims), times))
                },
            )
            .await;
        if let Err(error) = &result {
            tracing::debug!(reason = error.reason(), %error, "M2M access token rejected locally");
        }
        result
    }

    async fn verify_token(
        &self,
        token: &str,
        options: &JwtVerifyOptions,
    ) -> Result<Arc<LocalMemberSession>, JwtError> {
        self.verify_with(
            token,
            options,
            self.cache.as_ref(),
            |payload, project_id, issuers| {
                claims::extract(payload, project_id, issuers)
                    .map(|claims| (Arc::new(claims.session), claims.times))
            },
        )
        .await
    }

    /// The pipeline shared by both kinds of token; `extract` applies the claim rules of the
    /// kind (all but the time rules) to a payload whose signature verified.
    async fn verify_with<T: Clone>(
        &self,
        token: &str,
        options: &JwtVerifyOptions,
        cache: Option<&TokenCache<T>>,
        extract: impl FnOnce(&[u8], &str, &[Box<str>]) -> Result<(T, TokenTimes), JwtError>,
    ) -> Result<T, JwtError> {
        // The length cap is `token::decode`'s first rule; a token over it was never cached.
        if let Some(hit) = self.cached(cache, token) {
            return match hit.times.check(options) {
                Ok(()) => Ok(hit.claims),
                Err(error) => {
                    if let (JwtError::Expired { .. }, Some(cache)) = (&error, cache) {
                        cache.remove(token);
                    }
                    Err(error)
                }
            };
        }

        let decoded = token::decode(token, self.max_token_len, &self.headers)?;
        let key = self.jwks.key_for(&decoded.kid).await?;
        key.verify_sig(decoded.signing_input.as_bytes(), decoded.signature())
            .map_err(|_| JwtError::InvalidSignature)?;
        decoded.remember_header(&self.headers);
        let (claims, times) = extract(decoded.payload(), &self.project_id, &self.issuers)?;
        times.check(options)?;

        if let Some(cache) = cache {
            cache.insert(
                token,
                CachedToken {
                    claims: claims.clone(),
                    kid: decoded.kid,
                    times,
                },
            );
        }
        Ok(claims)
    }

    fn cached<T: Clone>(
        &self,
        cache: Option<&TokenCache<T>>,
        token: &str,
    ) -> Option<CachedToken<T>> {
        let cache = cache?;
        let keys = self.jwks.current();
        let hit = cache.get(token, &keys)?;
        self.jwks.note_cache_hit(&keys);
        Some(hit)
    }
}

impl fmt::Debug for JwtVerifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("JwtVerifier")
            .field("project_id", &self.project_id)
            .field("issuers", &self.issuers)
            .field("jwks", &self.jwks)
            .field("cache", &self.cache)
            .field("m2m_cache", &self.m2m_cache.get().and_then(Option::as_ref))
            .field("max_token_len", &self.max_token_len)
            .finish()
    }
}
