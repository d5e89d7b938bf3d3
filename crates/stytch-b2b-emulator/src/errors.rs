//! API errors in Stytch's wire shape (`StytchErrorBody`).

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use stytch_b2b_api::ErrorType;
use stytch_b2b_api::types::{StytchErrorBody, StytchOAuth2ErrorBody};

use crate::ids;
use crate::wire::json_response;

/// A failed API call: HTTP status, Stytch `error_type` and a human message.
///
/// The type is the SDK's own [`ErrorType`] (generated from the same list), so the
/// emulator cannot answer with an error type the SDK does not know.
#[derive(Debug, Clone)]
pub(crate) struct ApiError {
    status: StatusCode,
    error_type: ErrorType,
    message: String,
    details: Option<serde_json::Value>,
    /// Answered in the OAuth 2.0 shape (`error`, `error_description`, `error_uri`)
    /// rather than Stytch's: the errors of the OAuth 2.0 endpoints.
    oauth2: bool,
}

pub(crate) type ApiResult<T> = Result<T, ApiError>;

impl ApiError {
    pub(crate) fn new(
        status: StatusCode,
        error_type: ErrorType,
        message: impl Into<String>,
    ) -> Self {
        Self {
            status,
            error_type,
            message: message.into(),
            details: None,
            oauth2: false,
        }
    }

    pub(crate) fn bad_request(error_type: ErrorType, message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, error_type, message)
    }

    pub(crate) fn unauthorized(error_type: ErrorType, message: impl Into<String>) -> Self {
        Self::new(StatusCode::UNAUTHORIZED, error_type, message)
    }

    pub(crate) fn not_found(error_type: ErrorType, message: impl Into<String>) -> Self {
        Self::new(StatusCode::NOT_FOUND, error_type, message)
    }

    pub(crate) fn internal(message: impl Into<String>) -> Self {
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            ErrorType::InternalServerError,
            message,
        )
    }

    /// The same error in the OAuth 2.0 shape.
    pub(crate) fn into_oauth2(mut self) -> Self {
        self.oauth2 = true;
        self
    }

    /// A `400 invalid_request` of an OAuth 2.0 endpoint.
    pub(crate) fn oauth2(
        status: StatusCode,
        error_type: ErrorType,
        message: impl Into<String>,
    ) -> Self {
        Self::new(status, error_type, message).into_oauth2()
    }

    pub(crate) fn with_details(mut self, details: serde_json::Value) -> Self {
        self.details = Some(details);
        self
    }

    /// Shortcuts for the errors most routes share.
    pub(crate) fn organization_not_found(id: &str) -> Self {
        Self::not_found(
            ErrorType::OrganizationNotFound,
            format!("No organization was found with the organization_id {id}."),
        )
    }

    pub(crate) fn member_not_found() -> Self {
        Self::not_found(
            ErrorType::MemberNotFound,
            "Member could not be found in the organization.",
        )
    }

    pub(crate) fn session_not_found() -> Self {
        Self::not_found(
            ErrorType::SessionNotFound,
            "The session could not be found, or it has expired or been revoked.",
        )
    }

    pub(crate) fn error_type(&self) -> &ErrorType {
        &self.error_type
    }

    pub(crate) fn message(&self) -> &str {
        &self.message
    }
}

/// The body Stytch sends with `status` and `error_type`, with a fresh request id.
pub(crate) fn error_body(
    status: StatusCode,
    error_type: &ErrorType,
    message: &str,
    details: Option<serde_json::Value>,
) -> StytchErrorBody {
    StytchErrorBody {
        error_details: details,
        error_message: Some(message.to_owned()),
        error_type: Some(error_type.as_str().to_owned()),
        error_url: Some(format!(
            "https://stytch.com/docs/api/errors/{}#{error_type}",
            status.as_u16()
        )),
        request_id: Some(ids::request_id()),
        status_code: Some(i64::from(status.as_u16())),
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        tracing::debug!(
            status = self.status.as_u16(),
            error_type = self.error_type.as_str(),
            "api error"
        );
        if self.oauth2 {
            let body = StytchOAuth2ErrorBody {
                error: Some(self.error_type.as_str().to_owned()),
                error_description: Some(self.message),
                error_uri: Some(format!(
                    "https://stytch.com/docs/api/errors/{}#{}",
                    self.status.as_u16(),
                    self.error_type
                )),
                request_id: Some(ids::request_id()),
                status_code: Some(i64::from(self.status.as_u16())),
            };
            return json_response(self.status, &body);
        }
        let body = error_body(self.status, &self.error_type, &self.message, self.details);
        json_response(self.status, &body)
    }
}
