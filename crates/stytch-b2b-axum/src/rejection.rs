//! The answers a request gets when authentication or authorization fails: a status and
//! a small JSON body that says which kind of failure, and nothing that would help an
//! attacker (no reason a token was refused, no roles, no organization ids).

use axum::response::{IntoResponse, Response};
use http::StatusCode;
use http::header::{CONTENT_TYPE, HeaderValue, WWW_AUTHENTICATE};
use stytch_b2b::Error;
use stytch_b2b::jwt::JwtError;

/// Why an extractor refused a request. As a response: `401`, `403`, `503` or `500`
/// with `{"error": "<kind>"}`; the detail is logged (at `debug`), never sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Rejection {
    /// No credential, or one that is malformed, forged, expired or revoked: `401`
    /// with `WWW-Authenticate: Bearer` and `{"error": "unauthenticated"}`.
    Unauthenticated,
    /// Authenticated, but not allowed here: another organization, a missing
    /// permission or scope. `403` with `{"error": "forbidden"}`.
    Forbidden,
    /// Stytch (the JWKS, the RBAC policy or the API) could not be reached to decide:
    /// `503` with `{"error": "unavailable"}`.
    Unavailable,
    /// The extractor was used on a route without [`crate::StytchLayer`]: `500` with
    /// `{"error": "internal"}`, a mistake of the application.
    MissingLayer,
}

impl Rejection {
    /// The status of the response.
    pub fn status(self) -> StatusCode {
        match self {
            Self::Unauthenticated => StatusCode::UNAUTHORIZED,
            Self::Forbidden => StatusCode::FORBIDDEN,
            Self::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
            Self::MissingLayer => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The `error` member of the JSON body.
    pub fn kind(self) -> &'static str {
        match self {
            Self::Unauthenticated => "unauthenticated",
            Self::Forbidden => "forbidden",
            Self::Unavailable => "unavailable",
            Self::MissingLayer => "internal",
        }
    }

    /// How a failure of the SDK answers the client.
    pub(crate) fn from_error(error: &Error) -> Self {
        match error {
            Error::Jwt(JwtError::JwksUnavailable(_)) => Self::Unavailable,
            Error::Jwt(_) | Error::Claims { .. } => Self::Unauthenticated,
            Error::Authorization(_) => Self::Forbidden,
            Error::Api(api) => match api.status.as_u16() {
                403 => Self::Forbidden,
                429 | 500..=599 => Self::Unavailable,
                _ => Self::Unauthenticated,
            },
            Error::InvalidRequest { .. } => Self::Unauthenticated,
            _ => Self::Unavailable,
        }
    }
}

impl IntoResponse for Rejection {
    fn into_response(self) -> Response {
        let body = format!(r#"{{"error":"{}"}}"#, self.kind());
        let mut response = (self.status(), body).into_response();
        let headers = response.headers_mut();
        headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
        if self == Self::Unauthenticated {
            headers.insert(WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        response
    }
}
