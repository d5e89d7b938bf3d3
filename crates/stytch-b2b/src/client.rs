//! The [`Client`]: one shared connection pool and configuration behind an `Arc`.

use std::sync::Arc;

use stytch_b2b_api::ClientInfo;

use crate::Error;
use crate::authorization::PolicyCache;
use crate::config::{self, ClientBuilder, Environment};
use crate::m2m_local::M2mTokenCache;
use crate::retry::RetryPolicy;
use crate::session_jwt::JwtState;

/// Entry point to the Stytch B2B API.
///
/// Cheap to clone (clones share one connection pool, one JWKS cache and one
/// configuration) and `Send + Sync`, so build it once at start-up and hand clones to
/// request handlers.
///
/// ```no_run
/// use stytch_b2b::Client;
/// use stytch_b2b::organizations::OrganizationsCreateRequest;
///
/// # async fn run() -> Result<(), stytch_b2b::Error> {
/// let client = Client::new("project-test-…", "secret-test-…")?;
/// let created = client
///     .organizations()
///     .create(
///         OrganizationsCreateRequest::builder()
///             .organization_name("Acme")
///             .organization_slug("acme"),
///     )
///     .await?;
/// println!("created {}", created.organization.organization_id);
/// # Ok(())
/// # }
/// ```
#[derive(Clone)]
pub struct Client {
    pub(crate) inner: Arc<Inner>,
}

pub(crate) struct Inner {
    pub(crate) api: stytch_b2b_api::Client,
    /// The same credentials and HTTP client, addressed to the fraud host.
    pub(crate) fraud_api: stytch_b2b_api::Client,
    pub(crate) project_id: String,
    pub(crate) retry: RetryPolicy,
    pub(crate) max_response_bytes: usize,
    pub(crate) jwt: JwtState,
    pub(crate) policies: PolicyCache,
    pub(crate) m2m_tokens: M2mTokenCache,
}

impl Client {
    /// A client for `project_id`, talking to the live API for `project-live-…` ids and
    /// to the test API otherwise, with default settings.
    ///
    /// # Errors
    ///
    /// [`Error::Config`] when the credentials cannot be sent in a header, or
    /// [`Error::HttpClient`] when the HTTP client cannot be built.
    pub fn new(project_id: impl Into<String>, secret: impl Into<String>) -> Result<Self, Error> {
        Self::builder(project_id, secret).build()
    }

    /// A builder for a client with a custom base URL, HTTP client, timeouts, retries
    /// or JWT settings.
    pub fn builder(project_id: impl Into<String>, secret: impl Into<String>) -> ClientBuilder {
        ClientBuilder::new(project_id, secret)
    }

    pub(crate) fn from_builder(builder: ClientBuilder) -> Result<Self, Error> {
        let custom_base_url = builder
            .base_url
            .as_deref()
            .map(config::normalize_base_url)
            .transpose()?;
        let base_url = custom_base_url.clone().unwrap_or_else(|| {
            Environment::of_project(&builder.project_id)
                .base_url()
                .to_owned()
        });
        let defaults = stytch_b2b_api::RequestDefaults::new(
            &builder.project_id,
            builder.secret.expose(),
            config::USER_AGENT,
        )
        .ok_or_else(|| {
            Error::Config(
                "project id or secret contains characters not allowed in an HTTP header".into(),
            )
        })?
        .with_max_response_bytes(builder.max_response_bytes);
        let http = match builder.http {
            Some(http) => http,
            // Stytch never redirects; following one would replay a POST as a bodiless
            // GET elsewhere, so a redirect surfaces as `Error::UnexpectedStatus`.
            None => reqwest::Client::builder()
                .timeout(builder.timeout)
                .connect_timeout(builder.connect_timeout)
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .map_err(Error::HttpClient)?,
        };
        let jwt = JwtState::new(
            &builder.project_id,
            &base_url,
            custom_base_url.as_deref(),
            http.clone(),
            defaults.headers(),
            &builder.jwt,
        );
        let fraud_base_url = match builder.fraud_base_url.as_deref() {
            Some(url) => config::normalize_base_url(url)?,
            None => config::FRAUD_BASE_URL.to_owned(),
        };
        let fraud_api = stytch_b2b_api::Client::new_with_client(
            &fraud_base_url,
            http.clone(),
            defaults.clone(),
        );
        let api = stytch_b2b_api::Client::new_with_client(&base_url, http, defaults);
        let client = Self {
            inner: Arc::new(Inner {
                api,
                fraud_api,
                project_id: builder.project_id,
                retry: builder.retry,
                max_response_bytes: builder.max_response_bytes,
                jwt,
                policies: PolicyCache::new(builder.policy_cache),
                m2m_tokens: M2mTokenCache::new(),
            }),
        };
        if builder.jwt.eager_warm_up {
            client.spawn_jwks_warm_up();
        }
        Ok(client)
    }

    /// Fetches the JWKS in the background when a tokio runtime is running; a failure
    /// is logged and the first verification tries again.
    fn spawn_jwks_warm_up(&self) {
        let Ok(runtime) = tokio::runtime::Handle::try_current() else {
            tracing::debug!("no tokio runtime to warm the JWKS up in; it loads on first use");
            return;
        };
        let jwks = Arc::clone(self.inner.jwt.jwks());
        runtime.spawn(async move {
            if let Err(error) = jwks.warm_up().await {
                tracing::warn!(%error, "JWKS warm-up failed; verification will retry");
            }
        });
    }

    /// The project id this client authenticates as.
    pub fn project_id(&self) -> &str {
        &self.inner.project_id
    }

    /// The base URL requests go to, without a trailing slash.
    pub fn base_url(&self) -> &str {
        ClientInfo::baseurl(&self.inner.api)
    }

    /// The base URL of the `fraud()` calls, without a trailing slash.
    pub fn fraud_base_url(&self) -> &str {
        ClientInfo::baseurl(&self.inner.fraud_api)
    }
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("project_id", &self.inner.project_id)
            .field("base_url", &self.base_url())
            .field("fraud_base_url", &self.fraud_base_url())
            .field("secret", &"[redacted]")
            .field("retry", &self.inner.retry)
            .finish_non_exhaustive()
    }
}
