//! Client configuration: environment detection, base URL, timeouts, HTTP client.

use std::time::Duration;

use crate::retry::RetryPolicy;
use crate::{Client, Error};
use stytch_b2b_api::SecretString;

/// Base URL of Stytch's live environment.
pub const LIVE_BASE_URL: &str = "https://api.stytch.com";
/// Base URL of Stytch's test environment.
pub const TEST_BASE_URL: &str = "https://test.stytch.com";
/// Default limit on a whole request. Stytch ends requests after 30 s, so one more
/// second lets its own timeout error arrive instead of ours.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(31);
/// Default limit on establishing a connection.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// The `User-Agent` every request carries.
pub const USER_AGENT: &str = concat!("stytch-b2b-rust/", env!("CARGO_PKG_VERSION"));

/// The Stytch environment a project id belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Environment {
    /// `https://api.stytch.com`, for ids starting with `project-live-`.
    Live,
    /// `https://test.stytch.com`, for every other id.
    Test,
}

impl Environment {
    /// The environment of `project_id`: live for `project-live-…`, otherwise test.
    pub fn of_project(project_id: &str) -> Self {
        if project_id.starts_with("project-live-") {
            Self::Live
        } else {
            Self::Test
        }
    }

    /// This environment's API base URL.
    pub fn base_url(self) -> &'static str {
        match self {
            Self::Live => LIVE_BASE_URL,
            Self::Test => TEST_BASE_URL,
        }
    }
}

/// Builds a [`Client`] with non-default settings.
///
/// ```
/// use std::time::Duration;
/// use stytch_b2b::{Client, RetryPolicy};
///
/// let client = Client::builder("project-test-123", "secret-test-456")
///     .base_url("https://login.example.com/")
///     .timeout(Duration::from_secs(10))
///     .retry_policy(RetryPolicy::standard())
///     .build()?;
/// assert_eq!(client.base_url(), "https://login.example.com");
/// # Ok::<(), stytch_b2b::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct ClientBuilder {
    pub(crate) project_id: String,
    pub(crate) secret: SecretString,
    pub(crate) base_url: Option<String>,
    pub(crate) http: Option<reqwest::Client>,
    pub(crate) timeout: Duration,
    pub(crate) connect_timeout: Duration,
    pub(crate) retry: RetryPolicy,
    pub(crate) jwt: crate::jwt::JwtConfig,
}

impl ClientBuilder {
    pub(crate) fn new(project_id: impl Into<String>, secret: impl Into<String>) -> Self {
        Self {
            project_id: project_id.into(),
            secret: SecretString::new(secret),
            base_url: None,
            http: None,
            timeout: DEFAULT_TIMEOUT,
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            retry: RetryPolicy::disabled(),
            jwt: crate::jwt::JwtConfig::default(),
        }
    }

    /// Sends requests to `url` instead of the environment's URL, e.g. a custom domain
    /// (`https://login.example.com`). A trailing slash is dropped; a path prefix is
    /// kept. Session JWTs are then expected to carry this URL as their issuer.
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// Uses `http` for every request (proxies, custom roots, shared pools). The
    /// client's own timeouts then come from `http`; authentication and the user agent
    /// are still added to every request.
    pub fn http_client(mut self, http: reqwest::Client) -> Self {
        self.http = Some(http);
        self
    }

    /// Limit on each whole request (default 31 s). Ignored with [`Self::http_client`].
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Limit on establishing a connection (default 10 s). Ignored with
    /// [`Self::http_client`].
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// Retries for failures that are safe to repeat (off by default).
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// Settings of local session-JWT verification: JWKS refresh interval, unknown-key
    /// cooldown, fetch timeout, verified-token cache size, token length cap, eager
    /// warm-up.
    pub fn jwt_config(mut self, config: crate::jwt::JwtConfig) -> Self {
        self.jwt = config;
        self
    }

    /// Builds the client and loads the JWKS before returning, so a service fails at
    /// start-up rather than on its first request when the keys cannot be fetched.
    ///
    /// # Errors
    ///
    /// As [`Self::build`], and [`Error::Jwt`] with
    /// [`crate::jwt::JwtError::JwksUnavailable`] when the JWKS cannot be loaded.
    pub async fn build_and_warm_up(self) -> Result<Client, Error> {
        let client = self.build()?;
        client
            .sessions()
            .jwks()
            .warm_up()
            .await
            .map_err(|e| Error::Jwt(crate::jwt::JwtError::JwksUnavailable(e)))?;
        Ok(client)
    }

    /// Builds the client.
    ///
    /// # Errors
    ///
    /// [`Error::Config`] when the base URL is not an absolute http(s) URL, the project
    /// id or secret cannot be sent in a header, or the HTTP client cannot be built.
    pub fn build(self) -> Result<Client, Error> {
        Client::from_builder(self)
    }
}

/// Normalises a base URL: absolute http(s), no trailing slash, path prefix kept.
pub(crate) fn normalize_base_url(raw: &str) -> Result<String, Error> {
    let trimmed = raw.trim().trim_end_matches('/');
    let parsed = reqwest::Url::parse(trimmed)
        .map_err(|e| Error::Config(format!("base URL {trimmed:?} is not a valid URL: {e}")))?;
    if !matches!(parsed.scheme(), "http" | "https") || parsed.host_str().is_none() {
        return Err(Error::Config(format!(
            "base URL {trimmed:?} must be an absolute http(s) URL"
        )));
    }
    if parsed.query().is_some() || parsed.fragment().is_some() {
        return Err(Error::Config(format!(
            "base URL {trimmed:?} must not have a query or fragment"
        )));
    }
    Ok(trimmed.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn environment_follows_the_project_id_prefix() {
        assert_eq!(
            Environment::of_project("project-live-abc"),
            Environment::Live
        );
        assert_eq!(
            Environment::of_project("project-test-abc"),
            Environment::Test
        );
        assert_eq!(Environment::of_project("anything-else"), Environment::Test);
    }

    #[test]
    fn base_url_drops_trailing_slashes_and_keeps_prefix() {
        assert_eq!(
            normalize_base_url("https://login.example.com/stytch/")
                .ok()
                .as_deref(),
            Some("https://login.example.com/stytch")
        );
        assert_eq!(
            normalize_base_url("https://a.example//").ok().as_deref(),
            Some("https://a.example")
        );
        assert!(normalize_base_url("login.example.com").is_err());
        assert!(normalize_base_url("ftp://x.example").is_err());
        assert!(normalize_base_url("https://x.example/?q=1").is_err());
    }
}
