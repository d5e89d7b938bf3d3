//! Client configuration: environment detection, base URL, timeouts, HTTP client.

use std::time::Duration;

use crate::retry::RetryPolicy;
use crate::{Client, Error};
use stytch_b2b_api::SecretString;

/// Base URL of Stytch's live environment.
pub const LIVE_BASE_URL: &str = "https://api.stytch.com";
/// Base URL of Stytch's test environment.
pub const TEST_BASE_URL: &str = "https://test.stytch.com";
/// Base URL of Stytch's fraud and risk API (the `fraud()` calls), in both environments.
pub const FRAUD_BASE_URL: &str = "https://telemetry.stytch.com";
/// Default limit on a whole request. Stytch ends requests after 30 s, so one more
/// second lets its own timeout error arrive instead of ours.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(31);
/// Default limit on establishing a connection.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// Default cap on a response body; see [`ClientBuilder::max_response_bytes`].
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = stytch_b2b_api::DEFAULT_MAX_RESPONSE_BYTES;
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
#[derive(Clone)]
pub struct ClientBuilder {
    pub(crate) project_id: String,
    pub(crate) secret: SecretString,
    pub(crate) base_url: Option<String>,
    pub(crate) fraud_base_url: Option<String>,
    pub(crate) http: Option<reqwest::Client>,
    pub(crate) timeout: Duration,
    pub(crate) connect_timeout: Duration,
    pub(crate) retry: RetryPolicy,
    pub(crate) max_response_bytes: usize,
    pub(crate) jwt: crate::jwt::JwtConfig,
    pub(crate) policy_cache: crate::authorization::PolicyCacheConfig,
}

impl std::fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("project_id", &self.project_id)
            .field("secret", &self.secret)
            .field(
                "base_url",
                &self.base_url.as_deref().map(without_credentials),
            )
            .field(
                "fraud_base_url",
                &self.fraud_base_url.as_deref().map(without_credentials),
            )
            .field("http", &self.http.is_some())
            .field("timeout", &self.timeout)
            .field("connect_timeout", &self.connect_timeout)
            .field("retry", &self.retry)
            .field("max_response_bytes", &self.max_response_bytes)
            .field("jwt", &self.jwt)
            .field("policy_cache", &self.policy_cache)
            .finish()
    }
}

/// `url` for display: anything that may be a user name or password replaced.
fn without_credentials(url: &str) -> String {
    match url.rsplit_once('@') {
        Some((before, after)) if before.contains("://") => {
            let scheme = before.split_once("://").map_or("", |(scheme, _)| scheme);
            format!("{scheme}://[redacted]@{after}")
        }
        Some(_) => "[redacted]".to_owned(),
        None => url.to_owned(),
    }
}

impl ClientBuilder {
    pub(crate) fn new(project_id: impl Into<String>, secret: impl Into<String>) -> Self {
        Self {
            project_id: project_id.into(),
            secret: SecretString::new(secret),
            base_url: None,
            fraud_base_url: None,
            http: None,
            timeout: DEFAULT_TIMEOUT,
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            retry: RetryPolicy::disabled(),
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
            jwt: crate::jwt::JwtConfig::default(),
            policy_cache: crate::authorization::PolicyCacheConfig::default(),
        }
    }

    /// Sends requests to `url` instead of the environment's URL, e.g. a custom domain
    /// (`https://login.example.com`). A trailing slash is dropped; a path prefix is
    /// kept. It must be `https`, except for a loopback host (`localhost`,
    /// `127.0.0.1`, `[::1]`, e.g. a local emulator), and must not carry credentials:
    /// the project secret and the JWKS that session JWTs verify against travel
    /// through it. Session JWTs may then also carry this URL as their issuer.
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// Sends the `fraud()` calls (fingerprint lookups, rules, verdict reasons, email
    /// risk) to `url` instead of [`FRAUD_BASE_URL`], under the same rules as
    /// [`ClientBuilder::base_url`]. Setting only `base_url` leaves them on Stytch's
    /// fraud host; point both at a local emulator to keep every call local.
    pub fn fraud_base_url(mut self, url: impl Into<String>) -> Self {
        self.fraud_base_url = Some(url.into());
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

    /// Caps every response body at `bytes` (default
    /// [`DEFAULT_MAX_RESPONSE_BYTES`], 4 MiB); a longer one fails the call with
    /// [`Error::ResponseTooLarge`] instead of being buffered.
    pub fn max_response_bytes(mut self, bytes: usize) -> Self {
        self.max_response_bytes = bytes;
        self
    }

    /// Retries for failures that are safe to repeat (off by default).
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// Settings of the RBAC policy cache behind local authorization: refresh interval,
    /// how many organizations' custom roles are kept, failure cooldown.
    pub fn policy_cache_config(mut self, config: crate::authorization::PolicyCacheConfig) -> Self {
        self.policy_cache = config;
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
    /// [`Error::Config`] when the base URL is not an absolute `https` URL (or `http`
    /// to a loopback host) or carries credentials, or the project id or secret cannot
    /// be sent in a header; [`Error::HttpClient`] when the HTTP client cannot be built.
    pub fn build(self) -> Result<Client, Error> {
        Client::from_builder(self)
    }
}

/// Normalises a base URL: absolute, `https` unless the host is loopback, no
/// credentials, query or fragment, no trailing slash, path prefix kept.
pub(crate) fn normalize_base_url(raw: &str) -> Result<String, Error> {
    let trimmed = raw.trim().trim_end_matches('/');
    // The URL is never echoed in an error: it may hold credentials.
    let parsed = reqwest::Url::parse(trimmed)
        .map_err(|e| Error::Config(format!("the base URL is not a valid URL: {e}")))?;
    if !parsed.username().is_empty() || parsed.password().is_some() {
        return Err(Error::Config(
            "the base URL must not carry a user name or password".into(),
        ));
    }
    if parsed.host_str().is_none() {
        return Err(Error::Config("the base URL has no host".into()));
    }
    if !is_secure_transport(&parsed) {
        return Err(Error::Config(if parsed.scheme() == "http" {
            format!(
                "base URL {trimmed:?} must use https: over plain http the project secret \
                 and the signing keys would cross the network unprotected (http is allowed \
                 only for loopback hosts)"
            )
        } else {
            format!("base URL {trimmed:?} must be an absolute https URL")
        }));
    }
    if parsed.query().is_some() || parsed.fragment().is_some() {
        return Err(Error::Config(format!(
            "base URL {trimmed:?} must not have a query or fragment"
        )));
    }
    Ok(trimmed.to_owned())
}

/// `localhost`, `127.0.0.0/8` and `::1`: traffic that never leaves the machine.
/// `host` as a URL prints it (IPv6 in brackets).
/// Whether credentials and signing keys may travel to `url`: https, or plain http to
/// a loopback host.
pub(crate) fn is_secure_transport(url: &reqwest::Url) -> bool {
    match url.scheme() {
        "https" => true,
        "http" => url.host_str().is_some_and(is_loopback),
        _ => false,
    }
}

pub(crate) fn is_loopback(host: &str) -> bool {
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    match bare.parse::<std::net::IpAddr>() {
        Ok(ip) => ip.is_loopback(),
        Err(_) => {
            let name = bare.to_ascii_lowercase();
            name == "localhost" || name.ends_with(".localhost")
        }
    }
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

    #[test]
    fn plain_http_is_refused_except_for_loopback_hosts() {
        for refused in [
            "http://api.stytch.com",
            "http://login.example.com/stytch",
            "http://10.0.0.1:8080",
            "http://localhost.example.com",
        ] {
            assert!(
                matches!(normalize_base_url(refused), Err(Error::Config(m)) if m.contains("must use https")),
                "{refused}"
            );
        }
        for allowed in [
            "http://localhost:8787",
            "http://127.0.0.1:40123",
            "http://127.1.2.3",
            "http://[::1]:9000",
            "http://emulator.localhost",
        ] {
            assert!(normalize_base_url(allowed).is_ok(), "{allowed}");
        }
    }

    #[test]
    fn credentials_in_the_base_url_are_refused_without_echoing_them() {
        for url in [
            "https://user:hunter2@login.example.com",
            "https://user@login.example.com",
            "http://user:hunter2@127.0.0.1:8787",
        ] {
            match normalize_base_url(url) {
                Err(Error::Config(message)) => {
                    assert!(!message.contains("hunter2"), "{message}");
                    assert!(message.contains("user name or password"), "{message}");
                }
                other => panic!("{url}: {other:?}"),
            }
        }
    }
}
