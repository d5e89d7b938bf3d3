//! Operations the emulator does not serve meaningfully yet (listed in the README
//! under "Not yet served"): they answer `501` with Stytch's error shape and the known
//! error type `route_not_supported_in_test`, never a panic.

use axum::http::StatusCode;
use stytch_b2b_api::ErrorType;

use crate::errors::ApiError;

/// The answer of an operation the emulator does not serve.
pub(crate) fn not_served(operation_id: &str, why: &str) -> ApiError {
    ApiError::new(
        StatusCode::NOT_IMPLEMENTED,
        ErrorType::RouteNotSupportedInTest,
        format!("The Stytch B2B emulator does not serve {operation_id} yet: {why}"),
    )
}
