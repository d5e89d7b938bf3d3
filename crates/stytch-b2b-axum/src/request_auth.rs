//! What one request carries from the layer to its extractors: the layer's settings, the
//! session once verified (so several extractors verify it once), and a refreshed JWT
//! on its way back to the browser.

use std::fmt;
use std::sync::{Arc, Mutex};

use http::request::Parts;
use stytch_b2b::JwtAuthentication;
use tokio::sync::OnceCell;

use crate::credential::JwtHeader;
use crate::layer::Settings;
use crate::rejection::Rejection;

pub(crate) struct RequestAuth {
    settings: Arc<Settings>,
    session: OnceCell<Result<Arc<JwtAuthentication>, Rejection>>,
    refreshed_session_jwt: Mutex<Option<String>>,
}

impl RequestAuth {
    pub(crate) fn new(settings: Arc<Settings>) -> Self {
        Self {
            settings,
            session: OnceCell::new(),
            refreshed_session_jwt: Mutex::new(None),
        }
    }

    /// The request's context, put there by [`crate::StytchLayer`].
    pub(crate) fn of(parts: &Parts) -> Result<Arc<Self>, Rejection> {
        parts.extensions.get::<Arc<Self>>().cloned().ok_or_else(|| {
            tracing::error!("a Stytch extractor is used on a route without StytchLayer");
            Rejection::MissingLayer
        })
    }

    pub(crate) fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The header of the member session's JWT: the bearer token, else the session cookie.
    pub(crate) fn session_jwt_header(&self, parts: &Parts) -> Option<JwtHeader> {
        JwtHeader::of(&parts.headers, self.settings.session_cookie.as_deref())
    }

    /// The member session's JWT in `header`.
    pub(crate) fn session_jwt<'h>(&self, header: &'h JwtHeader) -> Option<&'h str> {
        header.jwt(self.settings.session_cookie.as_deref())
    }

    /// The organization the request is about, when the layer can tell.
    pub(crate) fn requested_organization(&self, parts: &Parts) -> Option<String> {
        self.settings
            .organization_from
            .as_ref()
            .and_then(|resolve| resolve(parts))
    }

    /// Authenticates the request's session JWT, once per request.
    pub(crate) async fn session(
        &self,
        header: Option<&JwtHeader>,
    ) -> Result<Arc<JwtAuthentication>, Rejection> {
        let jwt = header.and_then(|header| self.session_jwt(header));
        self.session
            .get_or_init(|| async {
                let Some(jwt) = jwt else {
                    return Err(Rejection::Unauthenticated);
                };
                let settings = &self.settings;
                match settings
                    .client
                    .sessions()
                    .authenticate_jwt(jwt, &settings.jwt_options)
                    .await
                {
                    Ok(authentication) => {
                        self.remember_refreshed(&authentication);
                        Ok(Arc::new(authentication))
                    }
                    Err(error) => {
                        tracing::debug!(%error, "member session refused");
                        Err(Rejection::from_error(&error))
                    }
                }
            })
            .await
            .clone()
    }

    pub(crate) fn remember_refreshed(&self, authentication: &JwtAuthentication) {
        if let (Some(jwt), Ok(mut slot)) = (
            authentication.refreshed_session_jwt(),
            self.refreshed_session_jwt.lock(),
        ) {
            *slot = Some(jwt.to_owned());
        }
    }

    pub(crate) fn refreshed_session_jwt(&self) -> Option<String> {
        self.refreshed_session_jwt.lock().ok()?.clone()
    }

    pub(crate) fn take_refreshed_session_jwt(&self) -> Option<String> {
        self.refreshed_session_jwt.lock().ok()?.take()
    }
}

impl fmt::Debug for RequestAuth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RequestAuth")
            .field("session_verified", &self.session.initialized())
            .finish_non_exhaustive()
    }
}
