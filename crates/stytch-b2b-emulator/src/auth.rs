//! Basic authentication against the configured project.

use aws_lc_rs::constant_time::verify_slices_are_equal;
use axum::extract::{Request, State};
use axum::http::HeaderMap;
use axum::http::header::AUTHORIZATION;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use stytch_b2b_api::ErrorType;

use crate::errors::ApiError;
use crate::server::App;

pub(crate) async fn require_basic_auth(
    State(app): State<App>,
    req: Request,
    next: Next,
) -> Response {
    match check(&app.project_id, &app.secret, req.headers()) {
        Ok(()) => next.run(req).await,
        Err(e) => e.into_response(),
    }
}

/// The user and password of an `Authorization: Basic` header; `Err` says what is
/// wrong with the header.
pub(crate) fn basic_credentials(headers: &HeaderMap) -> Result<(String, String), &'static str> {
    let value = headers
        .get(AUTHORIZATION)
        .ok_or("the Authorization header is missing")?
        .to_str()
        .map_err(|_| "the Authorization header is not ASCII")?;
    let encoded = value
        .split_once(' ')
        .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("basic"))
        .map(|(_, encoded)| encoded)
        .ok_or("the Authorization header is not Basic")?;
    let decoded = STANDARD
        .decode(encoded.trim())
        .map_err(|_| "the Basic credentials are not base64")?;
    let decoded = String::from_utf8(decoded).map_err(|_| "the Basic credentials are not UTF-8")?;
    let (user, password) = decoded
        .split_once(':')
        .ok_or("the Basic credentials have no ':'")?;
    Ok((user.to_owned(), password.to_owned()))
}

fn check(project_id: &str, secret: &str, headers: &HeaderMap) -> Result<(), ApiError> {
    let refuse = |why: &str| {
        ApiError::unauthorized(
            ErrorType::UnauthorizedCredentials,
            format!(
                "Unauthorized credentials: {why}. Pass the project id and secret with HTTP Basic authentication."
            ),
        )
    };
    let (user, password) = basic_credentials(headers).map_err(refuse)?;
    let user_ok = verify_slices_are_equal(user.as_bytes(), project_id.as_bytes()).is_ok();
    let secret_ok = verify_slices_are_equal(password.as_bytes(), secret.as_bytes()).is_ok();
    if user_ok && secret_ok {
        Ok(())
    } else {
        Err(refuse(
            "the project id and secret do not match this project",
        ))
    }
}
