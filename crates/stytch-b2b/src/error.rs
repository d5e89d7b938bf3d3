//! The crate's one error type and how failures of the generated client map onto it.

use std::time::Duration;

use reqwest::StatusCode;

use crate::redact;
use stytch_b2b_api::ErrorType;

/// Anything that can go wrong when calling Stytch.
///
/// Match on the variant for the kind of failure, or use the classifiers
/// ([`Error::status`], [`Error::request_id`], [`Error::error_type`],
/// [`Error::is_retryable`]). No variant ever carries the project secret, a session
/// token or a JWT.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Stytch answered with an error in its documented shape.
    #[error(transparent)]
    Api(Box<ApiError>),

    /// The request did not complete within the configured timeout.
    #[error("request to Stytch timed out")]
    Timeout(#[source] reqwest::Error),

    /// No connection to Stytch could be made (DNS, refused, TLS handshake).
    #[error("could not connect to Stytch")]
    Connect(#[source] reqwest::Error),

    /// The connection failed after it was made, e.g. while reading the body.
    #[error("transport error talking to Stytch")]
    Transport(#[source] reqwest::Error),

    /// The response body was not the JSON this operation returns: an HTML page from
    /// a proxy, a truncated body, a value of the wrong type.
    #[error("{}", decode_message(.status, .reason))]
    Decode {
        /// HTTP status of the response, when one arrived.
        status: Option<StatusCode>,
        /// Why decoding failed.
        reason: String,
        /// The start of the body (at most 512 bytes), with token-like values masked.
        body_excerpt: String,
        /// `Retry-After`, when the response carried one.
        retry_after: Option<Duration>,
    },

    /// Stytch answered with a status this operation does not document (e.g. a redirect).
    #[error("unexpected HTTP status {status} from Stytch")]
    UnexpectedStatus {
        /// The status received.
        status: StatusCode,
        /// The start of the body (at most 512 bytes), with token-like values masked.
        body_excerpt: String,
    },

    /// The request could not be built: a required field is missing or a value is
    /// invalid. Nothing was sent.
    #[error("invalid request: {message}")]
    InvalidRequest {
        /// The field at fault, when known.
        field: Option<String>,
        /// What is wrong.
        message: String,
    },

    /// The session's custom claims did not decode into the requested type.
    #[error("custom claim `{claim}` could not be decoded: {reason}")]
    Claims {
        /// Path of the offending claim (`.` for the claims object itself).
        claim: String,
        /// Why decoding failed.
        reason: String,
    },

    /// A session JWT was rejected by local verification; the variant says which rule
    /// it broke.
    #[error(transparent)]
    Jwt(#[from] crate::jwt::JwtError),

    /// An authorization check refused the request: the session belongs to another
    /// organization, its roles lack the permission, or an M2M token lacks a scope.
    #[error(transparent)]
    Authorization(#[from] crate::authorization::AuthorizationError),

    /// An authorization check needed the RBAC policy, which could not be loaded and was
    /// not cached; the source says why.
    #[error(transparent)]
    PolicyUnavailable(#[from] crate::authorization::PolicyUnavailable),

    /// An M2M access token request of
    /// [`M2m::cached_token`](crate::m2m::M2m::cached_token) failed; the wrapper is shared
    /// by every call that waited for the request, and its
    /// [`cause`](crate::m2m_local::M2mTokenUnavailable::cause) says why. Message, source
    /// and the classifiers ([`Error::status`], [`Error::error_type`], …) are the cause's.
    #[error(transparent)]
    M2mTokenUnavailable(crate::m2m_local::M2mTokenUnavailable),

    /// The response body was larger than the client's limit
    /// ([`crate::ClientBuilder::max_response_bytes`]); reading stopped there.
    #[error("response from Stytch is larger than the limit of {limit} bytes")]
    ResponseTooLarge {
        /// HTTP status of the response, when known.
        status: Option<StatusCode>,
        /// The limit, in bytes.
        limit: usize,
    },

    /// The client was configured with an unusable value.
    #[error("invalid client configuration: {0}")]
    Config(String),

    /// The HTTP client could not be built (for example, the TLS back end failed to
    /// initialise); the source says why.
    #[error("cannot build the HTTP client")]
    HttpClient(#[source] reqwest::Error),

    /// A failure inside the client library that fits no other variant.
    #[error("internal client error: {0}")]
    Internal(String),
}

fn decode_message(status: &Option<StatusCode>, reason: &str) -> String {
    match status {
        Some(status) => {
            format!("response from Stytch (HTTP {status}) is not the expected JSON: {reason}")
        }
        None => format!("response from Stytch is not the expected JSON: {reason}"),
    }
}

/// An error Stytch returned in its documented shape.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("Stytch API error {status}{}{}{}", type_suffix(.error_type), message_suffix(.error_message), request_suffix(.request_id))]
#[non_exhaustive]
pub struct ApiError {
    /// HTTP status.
    pub status: StatusCode,
    /// Stytch's id of the failed request, for support.
    pub request_id: Option<String>,
    /// The error kind; unknown kinds are kept verbatim in [`ErrorType::Unknown`].
    pub error_type: ErrorType,
    /// Human-readable explanation.
    pub error_message: String,
    /// Link to documentation about this error.
    pub error_url: Option<String>,
    /// Extra structured detail, when Stytch sends any.
    pub error_details: Option<serde_json::Value>,
    /// How long Stytch asked callers to wait (`Retry-After`), when it did.
    pub retry_after: Option<Duration>,
}

fn type_suffix(error_type: &ErrorType) -> String {
    if error_type.as_str().is_empty() {
        String::new()
    } else {
        format!(" {error_type}")
    }
}

fn message_suffix(message: &str) -> String {
    if message.is_empty() {
        String::new()
    } else {
        format!(": {message}")
    }
}

fn request_suffix(request_id: &Option<String>) -> String {
    request_id
        .as_deref()
        .map(|id| format!(" (request {id})"))
        .unwrap_or_default()
}

impl Error {
    /// The HTTP status of the response, when one arrived.
    pub fn status(&self) -> Option<StatusCode> {
        match self.underlying() {
            Self::Api(api) => Some(api.status),
            Self::Decode { status, .. } | Self::ResponseTooLarge { status, .. } => *status,
            Self::UnexpectedStatus { status, .. } => Some(*status),
            Self::Timeout(e) | Self::Connect(e) | Self::Transport(e) => e.status(),
            _ => None,
        }
    }

    /// Stytch's request id, for API errors that carry one.
    pub fn request_id(&self) -> Option<&str> {
        match self.underlying() {
            Self::Api(api) => api.request_id.as_deref(),
            _ => None,
        }
    }

    /// The Stytch error type, for API errors.
    pub fn error_type(&self) -> Option<&ErrorType> {
        match self.underlying() {
            Self::Api(api) => Some(&api.error_type),
            _ => None,
        }
    }

    /// The API error, when this is one.
    pub fn as_api_error(&self) -> Option<&ApiError> {
        match self.underlying() {
            Self::Api(api) => Some(api),
            _ => None,
        }
    }

    /// How long the server asked callers to wait before retrying, when it said.
    pub fn retry_after(&self) -> Option<Duration> {
        match self.underlying() {
            Self::Api(api) => api.retry_after,
            Self::Decode { retry_after, .. } => *retry_after,
            _ => None,
        }
    }

    /// Whether the request may be sent again whatever the operation: no connection
    /// could be made, or Stytch refused it with `429 Too Many Requests` before acting.
    /// Timeouts are not retryable, because the request may have been processed (an
    /// email may already be on its way).
    pub fn is_retryable(&self) -> bool {
        match self.underlying() {
            Self::Connect(_) => true,
            _ => self.status() == Some(StatusCode::TOO_MANY_REQUESTS),
        }
    }

    /// Whether the request may be sent again when the operation is idempotent (a
    /// GET, or another operation whose repetition changes nothing): what
    /// [`Error::is_retryable`] allows, and `503 Service Unavailable`, after which
    /// Stytch may or may not have acted.
    pub fn is_retryable_if_idempotent(&self) -> bool {
        self.is_retryable() || self.status() == Some(StatusCode::SERVICE_UNAVAILABLE)
    }

    /// Whether the request timed out.
    pub fn is_timeout(&self) -> bool {
        matches!(self.underlying(), Self::Timeout(_))
    }

    /// Whether no connection could be made.
    pub fn is_connect(&self) -> bool {
        matches!(self.underlying(), Self::Connect(_))
    }

    /// The error the classifiers look at: the cause of a shared M2M token failure,
    /// otherwise this one.
    fn underlying(&self) -> &Self {
        match self {
            Self::M2mTokenUnavailable(shared) => shared.cause().underlying(),
            _ => self,
        }
    }

    pub(crate) fn invalid_request(message: impl std::fmt::Display) -> Self {
        let message = message.to_string();
        // The generated builder's word for a parameter that was never set.
        if let Some(field) = message.strip_suffix(" was not initialized") {
            return Self::InvalidRequest {
                field: Some(field.to_owned()),
                message: format!("the required parameter {field} was not set"),
            };
        }
        let field = message
            .rsplit_once("no value supplied for ")
            .map(|(_, field)| field.trim().to_owned())
            .or_else(|| {
                // "… error converting supplied value for <field>: <why>"
                message
                    .rsplit_once("error converting supplied value for ")
                    .and_then(|(_, rest)| rest.split_whitespace().next())
                    .map(|field| field.trim_end_matches(':').to_owned())
            });
        Self::InvalidRequest { field, message }
    }
}

/// Maps a failure of the generated client, with what was seen of the response.
/// The parts of an error body the SDK keeps, whichever shape the operation answers in.
pub(crate) struct ErrorParts {
    request_id: Option<String>,
    error_type: Option<String>,
    error_message: Option<String>,
    error_url: Option<String>,
    error_details: Option<serde_json::Value>,
}

/// An operation's error body: Stytch's own shape, or the OAuth 2.0 shape (RFC 6749
/// section 5.2) of the token endpoints, whose `error` code is the error type.
pub(crate) trait ErrorBody {
    fn into_parts(self) -> ErrorParts;
}

impl ErrorBody for stytch_b2b_api::types::StytchErrorBody {
    fn into_parts(self) -> ErrorParts {
        ErrorParts {
            request_id: self.request_id,
            error_type: self.error_type,
            error_message: self.error_message,
            error_url: self.error_url,
            error_details: self.error_details,
        }
    }
}

impl ErrorBody for stytch_b2b_api::types::StytchOAuth2ErrorBody {
    fn into_parts(self) -> ErrorParts {
        ErrorParts {
            request_id: self.request_id,
            error_type: self.error,
            error_message: self.error_description,
            error_url: self.error_uri,
            error_details: None,
        }
    }
}

pub(crate) async fn from_api_error<B: ErrorBody>(
    error: stytch_b2b_api::Error<B>,
    meta: Option<stytch_b2b_api::ResponseMeta>,
    max_response_bytes: usize,
) -> Error {
    use stytch_b2b_api::Error as E;
    match error {
        E::InvalidRequest(message) => Error::invalid_request(message),
        E::CommunicationError(e) | E::InvalidUpgrade(e) | E::ResponseBodyError(e) => {
            if stytch_b2b_api::is_body_limit_error(&e) {
                return Error::ResponseTooLarge {
                    status: meta.as_ref().map(|m| m.status),
                    limit: max_response_bytes,
                };
            }
            from_reqwest(e)
        }
        E::ErrorResponse(response) => {
            let status = response.status();
            let retry_after = response
                .headers()
                .get(reqwest::header::RETRY_AFTER)
                .and_then(|v| v.to_str().ok())
                .and_then(parse_retry_after);
            let body = response.into_inner().into_parts();
            Error::Api(Box::new(ApiError {
                status,
                request_id: body.request_id,
                error_type: ErrorType::from(body.error_type.unwrap_or_default()),
                error_message: body.error_message.unwrap_or_default(),
                error_url: body.error_url,
                error_details: body.error_details,
                retry_after,
            }))
        }
        E::InvalidResponsePayload(bytes, source) => Error::Decode {
            status: meta.as_ref().map(|m| m.status),
            // The parser quotes the value it choked on, which may be a token.
            reason: redact::mask_quoted(&source.to_string()),
            body_excerpt: redact::excerpt(&bytes),
            retry_after: meta
                .as_ref()
                .and_then(|m| m.retry_after.as_deref())
                .and_then(parse_retry_after),
        },
        E::UnexpectedResponse(response) => Error::UnexpectedStatus {
            status: response.status(),
            body_excerpt: redact::excerpt(&redact::excerpt_input(response).await),
        },
        E::Custom(message) => Error::Internal(message),
    }
}

/// Transport failures, without the request URL: its query may hold an email address.
pub(crate) fn from_reqwest(error: reqwest::Error) -> Error {
    let error = error.without_url();
    if error.is_timeout() {
        Error::Timeout(error)
    } else if error.is_connect() {
        Error::Connect(error)
    } else {
        Error::Transport(error)
    }
}

/// `Retry-After` as delay-seconds or an HTTP date.
pub(crate) fn parse_retry_after(value: &str) -> Option<Duration> {
    let value = value.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let at = chrono::DateTime::parse_from_rfc2822(value).ok()?;
    let wait = at.with_timezone(&chrono::Utc) - chrono::Utc::now();
    Some(wait.to_std().unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_accepts_seconds_and_dates() {
        assert_eq!(parse_retry_after("7"), Some(Duration::from_secs(7)));
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT"),
            Some(Duration::ZERO)
        );
        assert_eq!(parse_retry_after("soon"), None);
    }

    #[test]
    fn invalid_request_names_the_unconvertible_field() {
        let err =
            Error::invalid_request("error converting supplied value for hash_type: invalid value");
        assert!(matches!(err, Error::InvalidRequest { field: Some(f), .. } if f == "hash_type"));
    }

    #[test]
    fn invalid_request_names_the_parameter_never_set() {
        let err = Error::invalid_request("member_id was not initialized");
        assert!(
            matches!(&err, Error::InvalidRequest { field: Some(f), message } if f == "member_id" && message == "the required parameter member_id was not set"),
            "{err:?}"
        );
    }

    #[test]
    fn invalid_request_names_the_unconvertible_field_inside_the_body() {
        let err = Error::invalid_request(
            "conversion to `PasswordsMigrateRequest` for body failed: error converting supplied value for hash_type: invalid value",
        );
        assert!(matches!(err, Error::InvalidRequest { field: Some(f), .. } if f == "hash_type"));
    }

    #[test]
    fn invalid_request_names_the_missing_field() {
        let err = Error::invalid_request("no value supplied for organization_name");
        assert!(
            matches!(err, Error::InvalidRequest { field: Some(f), .. } if f == "organization_name")
        );
    }
}
