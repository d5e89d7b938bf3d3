//! The tower layer: gives each request what the extractors need (the client, the
//! settings, a memo of the session once verified) and hands a refreshed session JWT
//! back as a cookie when the application opted in.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use http::header::{HeaderValue, SET_COOKIE};
use http::request::Parts;
use http::{Request, Response};
use stytch_b2b::{Client, JwtVerifyOptions};
use tower_layer::Layer;
use tower_service::Service;

use crate::cookie::{RefreshedCookie, sets_cookie};
use crate::request_auth::RequestAuth;

/// The cookie a browser session's JWT travels in by default, as Stytch's frontend
/// SDKs name it.
pub const DEFAULT_SESSION_COOKIE: &str = "stytch_session_jwt";

type OrganizationResolver = dyn Fn(&Parts) -> Option<String> + Send + Sync;

/// A tower [`Layer`] that lets the extractors of this crate ([`crate::Member`],
/// [`crate::RequirePermission`], [`crate::M2mClient`]) authenticate requests with a
/// Stytch client.
///
/// Nothing is verified until a handler asks for it, so routes without those
/// extractors pay for one small allocation per request. A member's session JWT is read
/// from `Authorization: Bearer <jwt>`, else from the session cookie
/// ([`DEFAULT_SESSION_COOKIE`] unless set otherwise; when both are present the bearer
/// token is the credential, and a bad one is not retried with the cookie), and
/// authenticated with
/// [`stytch_b2b::sessions::Sessions::authenticate_jwt`]: locally, or by the API when the
/// token is expired or its key unknown.
///
/// ```
/// use axum::{Router, routing::get};
/// use stytch_b2b_axum::{Member, StytchLayer};
///
/// async fn me(member: Member) -> String {
///     member.member_id().to_owned()
/// }
///
/// # fn app(client: stytch_b2b::Client) -> Router {
/// let app: Router = Router::new()
///     .route("/me", get(me))
///     .layer(StytchLayer::new(client).set_refreshed_cookie(Default::default()));
/// # app }
/// ```
#[derive(Clone)]
pub struct StytchLayer {
    settings: Arc<Settings>,
}

/// What every request of one layer shares.
#[derive(Clone)]
pub(crate) struct Settings {
    pub(crate) client: Client,
    pub(crate) session_cookie: Option<String>,
    pub(crate) jwt_options: JwtVerifyOptions,
    pub(crate) refreshed_cookie: Option<RefreshedCookie>,
    pub(crate) organization_from: Option<Arc<OrganizationResolver>>,
}

impl StytchLayer {
    /// A layer authenticating with `client`, reading the session from the bearer token
    /// or the `stytch_session_jwt` cookie, with default verification options.
    pub fn new(client: Client) -> Self {
        Self {
            settings: Arc::new(Settings {
                client,
                session_cookie: Some(DEFAULT_SESSION_COOKIE.to_owned()),
                jwt_options: JwtVerifyOptions::default(),
                refreshed_cookie: None,
                organization_from: None,
            }),
        }
    }

    fn settings_mut(&mut self) -> &mut Settings {
        // Configured before it is cloned into a router; a clone made earlier keeps its
        // settings.
        Arc::make_mut(&mut self.settings)
    }

    /// Reads the session JWT from the cookie `name` when there is no bearer token. A
    /// [`RefreshedCookie`] without a name of its own is set under this name too.
    pub fn session_cookie(mut self, name: impl Into<String>) -> Self {
        self.settings_mut().session_cookie = Some(name.into());
        self
    }

    /// Reads the session JWT only from `Authorization: Bearer`. A [`RefreshedCookie`]
    /// without a name of its own is then set as [`DEFAULT_SESSION_COOKIE`].
    pub fn without_session_cookie(mut self) -> Self {
        self.settings_mut().session_cookie = None;
        self
    }

    /// Verification options of session JWTs and M2M tokens (leeway, maximum age,
    /// clock).
    pub fn jwt_options(mut self, options: JwtVerifyOptions) -> Self {
        self.settings_mut().jwt_options = options;
        self
    }

    /// Sends the session JWT that the API issued when it authenticated a session (an
    /// expired token, say) back as a `Set-Cookie` with these attributes, so the
    /// browser's next request verifies locally. The cookie is named after the one the
    /// layer reads the session from ([`StytchLayer::session_cookie`], in whichever
    /// order the two are configured) unless [`RefreshedCookie::with_name`] names it.
    /// Off by default: an application that keeps sessions elsewhere reads
    /// [`crate::Member::refreshed_session_jwt`] instead.
    pub fn set_refreshed_cookie(mut self, cookie: RefreshedCookie) -> Self {
        self.settings_mut().refreshed_cookie = Some(cookie);
        self
    }

    /// How to tell which organization a request is about (a path segment, a
    /// subdomain, a header). A member of another organization is then refused with
    /// `403`, and permissions are checked in that organization. Without it, requests
    /// are about the session's own organization.
    ///
    /// ```
    /// # fn layer(client: stytch_b2b::Client) -> stytch_b2b_axum::StytchLayer {
    /// stytch_b2b_axum::StytchLayer::new(client).organization_from(|parts| {
    ///     // `/orgs/{organization_id}/...`
    ///     let mut segments = parts.uri.path().split('/').skip(1);
    ///     (segments.next() == Some("orgs")).then(|| segments.next()).flatten().map(str::to_owned)
    /// })
    /// # }
    /// ```
    pub fn organization_from(
        mut self,
        resolve: impl Fn(&Parts) -> Option<String> + Send + Sync + 'static,
    ) -> Self {
        self.settings_mut().organization_from = Some(Arc::new(resolve));
        self
    }
}

impl<S> Layer<S> for StytchLayer {
    type Service = StytchService<S>;

    fn layer(&self, inner: S) -> Self::Service {
        StytchService {
            inner,
            settings: Arc::clone(&self.settings),
        }
    }
}

/// The service [`StytchLayer`] wraps around a router or handler.
#[derive(Clone)]
pub struct StytchService<S> {
    inner: S,
    settings: Arc<Settings>,
}

impl<S, ReqBody, ResBody> Service<Request<ReqBody>> for StytchService<S>
where
    S: Service<Request<ReqBody>, Response = Response<ResBody>>,
    S::Future: Send + 'static,
{
    type Response = Response<ResBody>;
    type Error = S::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Self::Response, Self::Error>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, mut request: Request<ReqBody>) -> Self::Future {
        let auth = Arc::new(RequestAuth::new(Arc::clone(&self.settings)));
        request.extensions_mut().insert(Arc::clone(&auth));
        let response = self.inner.call(request);
        Box::pin(async move {
            let mut response = response.await?;
            let settings = auth.settings();
            if let (Some(cookie), Some(jwt)) = (
                settings.refreshed_cookie.as_ref(),
                auth.take_refreshed_session_jwt(),
            ) {
                let name = cookie.name_for(settings.session_cookie.as_deref());
                // A handler that set the cookie itself (a logout clearing it, say) wins.
                let set_by_handler = response
                    .headers()
                    .get_all(SET_COOKIE)
                    .iter()
                    .any(|value| sets_cookie(value.as_bytes(), name));
                match cookie.header_value(name, &jwt).map(HeaderValue::try_from) {
                    _ if set_by_handler => {}
                    Some(Ok(value)) => {
                        response.headers_mut().append(SET_COOKIE, value);
                    }
                    _ => tracing::warn!("refreshed session JWT is not a valid cookie value"),
                }
            }
            Ok(response)
        })
    }
}

impl fmt::Debug for StytchLayer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.settings.fmt(f)
    }
}

impl<S> fmt::Debug for StytchService<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StytchService")
            .field("settings", &self.settings)
            .finish_non_exhaustive()
    }
}

impl fmt::Debug for Settings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StytchLayer")
            .field("client", &self.client)
            .field("session_cookie", &self.session_cookie)
            .field("jwt_options", &self.jwt_options)
            .field("refreshed_cookie", &self.refreshed_cookie)
            .field("organization_from", &self.organization_from.is_some())
            .finish()
    }
}
