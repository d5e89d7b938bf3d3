//! Headers every request carries, applied by the client's pre-request hook so that
//! they hold whichever `reqwest::Client` the caller supplies.

use reqwest::header::{AUTHORIZATION, HeaderValue, USER_AGENT};

/// What every request carries (Basic authentication and the user agent) and the cap
/// on every response body.
///
/// The authorization value is marked sensitive, so `reqwest` keeps it out of its own
/// `Debug` output, and this type's `Debug` never shows it either.
#[derive(Clone)]
pub struct RequestDefaults {
    authorization: Option<HeaderValue>,
    user_agent: Option<HeaderValue>,
    max_response_bytes: usize,
}

impl Default for RequestDefaults {
    /// No authentication, no user agent, the default body cap.
    fn default() -> Self {
        Self {
            authorization: None,
            user_agent: None,
            max_response_bytes: crate::DEFAULT_MAX_RESPONSE_BYTES,
        }
    }
}

impl RequestDefaults {
    /// Defaults that authenticate as `project_id` with `secret` (HTTP Basic) and
    /// identify the caller as `user_agent`.
    ///
    /// Returns `None` when either value cannot be carried in an HTTP header (for
    /// example when it contains a line break).
    pub fn new(project_id: &str, secret: &str, user_agent: &str) -> Option<Self> {
        use base64::Engine as _;
        let credentials = format!("{project_id}:{secret}");
        let encoded = base64::engine::general_purpose::STANDARD.encode(credentials);
        let mut authorization = HeaderValue::from_str(&format!("Basic {encoded}")).ok()?;
        authorization.set_sensitive(true);
        let user_agent = HeaderValue::from_str(user_agent).ok()?;
        Some(Self {
            authorization: Some(authorization),
            user_agent: Some(user_agent),
            max_response_bytes: crate::DEFAULT_MAX_RESPONSE_BYTES,
        })
    }

    /// The same defaults with response bodies capped at `max` bytes (default
    /// [`DEFAULT_MAX_RESPONSE_BYTES`](crate::DEFAULT_MAX_RESPONSE_BYTES)); a longer
    /// body fails to read.
    pub fn with_max_response_bytes(mut self, max: usize) -> Self {
        self.max_response_bytes = max;
        self
    }

    /// The cap on a response body, in bytes.
    pub fn max_response_bytes(&self) -> usize {
        self.max_response_bytes
    }

    /// The headers as a map, for requests made outside the generated client (the
    /// JWKS fetch). The authorization value stays marked sensitive.
    pub fn headers(&self) -> reqwest::header::HeaderMap {
        let mut headers = reqwest::header::HeaderMap::with_capacity(2);
        self.insert_into(&mut headers);
        headers
    }

    pub(crate) fn apply(&self, request: &mut reqwest::Request) {
        self.insert_into(request.headers_mut());
    }

    /// The user agent only: for the OAuth 2.0 endpoints, which take client credentials
    /// in the body and must not receive the project secret.
    pub(crate) fn apply_without_credentials(&self, request: &mut reqwest::Request) {
        if let Some(value) = &self.user_agent {
            request.headers_mut().insert(USER_AGENT, value.clone());
        }
    }

    fn insert_into(&self, headers: &mut reqwest::header::HeaderMap) {
        if let Some(value) = &self.authorization {
            headers.insert(AUTHORIZATION, value.clone());
        }
        if let Some(value) = &self.user_agent {
            headers.insert(USER_AGENT, value.clone());
        }
    }
}

impl std::fmt::Debug for RequestDefaults {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RequestDefaults")
            .field(
                "authorization",
                &self.authorization.as_ref().map(|_| "[redacted]"),
            )
            .field("user_agent", &self.user_agent)
            .field("max_response_bytes", &self.max_response_bytes)
            .finish()
    }
}
