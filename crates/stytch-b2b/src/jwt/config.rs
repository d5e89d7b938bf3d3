//! Tunables of local session-JWT verification, shared by the JWKS manager and the verifier.

use std::time::Duration;

/// Settings for local session-JWT verification.
///
/// Start from [`JwtConfig::default()`] and adjust with the `with_*` methods or by
/// assigning the public fields.
///
/// ```
/// use std::time::Duration;
/// use stytch_b2b::jwt::JwtConfig;
///
/// let config = JwtConfig::default()
///     .with_jwks_refresh_interval(Duration::from_secs(300))
///     .with_token_cache_capacity(0); // no verified-token cache
/// assert_eq!(config.unknown_kid_cooldown, Duration::from_secs(30));
///
/// // Accept tokens of a second custom domain during a migration, besides
/// // `stytch.com/{project_id}` and the client's custom base URL.
/// let config = JwtConfig::default().with_additional_issuer("https://login.old.example.com");
/// assert_eq!(config.additional_issuers, ["https://login.old.example.com"]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct JwtConfig {
    /// Age after which the key set is refreshed in the background (default 10 minutes).
    pub jwks_refresh_interval: Duration,
    /// Minimum time between two JWKS fetches triggered by a token whose `kid` is not in
    /// the key set, or between retries after a failed fetch (default 30 seconds). A flood of
    /// tokens with invented key ids therefore costs at most one request per cooldown, and
    /// at most one of them (the one whose verification made the request) is allowed a
    /// fallback to the API.
    pub unknown_kid_cooldown: Duration,
    /// Time limit for one JWKS request, body included (default 5 seconds).
    pub jwks_fetch_timeout: Duration,
    /// Number of verified tokens remembered so that a repeated token skips the RSA check
    /// (default 10,000; `0` turns the cache off).
    pub token_cache_capacity: usize,
    /// Longest token accepted, in bytes, checked before any decoding (default 64 KiB).
    pub max_token_len: usize,
    /// Whether the client fetches the key set when it is built instead of on the first
    /// verification (default `false`).
    pub eager_warm_up: bool,
    /// Issuers accepted in a token's `iss` besides the two the verifier always accepts,
    /// `stytch.com/{project_id}` and the client's custom base URL when one is configured
    /// (see [`JwtVerifier::new`](super::JwtVerifier::new)). Empty by default.
    ///
    /// Each is compared with `iss` byte for byte (no case folding, no trailing-slash
    /// trimming), so list them exactly as the tokens carry them. Only add issuers whose
    /// tokens Stytch signs with the project's keys, such as a second custom domain; the
    /// audience and every other rule are still checked.
    pub additional_issuers: Vec<String>,
}

impl Default for JwtConfig {
    fn default() -> Self {
        Self {
            jwks_refresh_interval: Duration::from_secs(10 * 60),
            unknown_kid_cooldown: Duration::from_secs(30),
            jwks_fetch_timeout: Duration::from_secs(5),
            token_cache_capacity: 10_000,
            max_token_len: 64 * 1024,
            eager_warm_up: false,
            additional_issuers: Vec::new(),
        }
    }
}

impl JwtConfig {
    /// Sets [`JwtConfig::jwks_refresh_interval`].
    #[must_use]
    pub fn with_jwks_refresh_interval(mut self, interval: Duration) -> Self {
        self.jwks_refresh_interval = interval;
        self
    }

    /// Sets [`JwtConfig::unknown_kid_cooldown`].
    #[must_use]
    pub fn with_unknown_kid_cooldown(mut self, cooldown: Duration) -> Self {
        self.unknown_kid_cooldown = cooldown;
        self
    }

    /// Sets [`JwtConfig::jwks_fetch_timeout`].
    #[must_use]
    pub fn with_jwks_fetch_timeout(mut self, timeout: Duration) -> Self {
        self.jwks_fetch_timeout = timeout;
        self
    }

    /// Sets [`JwtConfig::token_cache_capacity`]; `0` turns the cache off.
    #[must_use]
    pub fn with_token_cache_capacity(mut self, capacity: usize) -> Self {
        self.token_cache_capacity = capacity;
        self
    }

    /// Sets [`JwtConfig::max_token_len`].
    #[must_use]
    pub fn with_max_token_len(mut self, max_len: usize) -> Self {
        self.max_token_len = max_len;
        self
    }

    /// Sets [`JwtConfig::eager_warm_up`].
    #[must_use]
    pub fn with_eager_warm_up(mut self, eager: bool) -> Self {
        self.eager_warm_up = eager;
        self
    }

    /// Adds `issuer` to [`JwtConfig::additional_issuers`]; call once per issuer.
    #[must_use]
    pub fn with_additional_issuer(mut self, issuer: impl Into<String>) -> Self {
        self.additional_issuers.push(issuer.into());
        self
    }
}
