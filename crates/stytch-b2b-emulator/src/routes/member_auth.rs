//! HTTP face of member authorization (`domain::authorization`): on an operation the
//! API authorizes per member, a request carrying `X-Stytch-Member-Session` or
//! `X-Stytch-Member-SessionJWT` is checked before its handler runs. Requests without
//! those headers, and the headers on other operations, pass unchanged (whatever their
//! value). The check fails closed: a request whose path parameters or (for a rule that
//! reads it) body cannot be read is refused with `400 bad_request` rather than checked
//! without them.

use axum::body::Body;
use axum::extract::{FromRequestParts, RawPathParams, Request, State};
use axum::http::HeaderMap;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde_json::{Map, Value};
use stytch_b2b_api::ErrorType;

use super::Route;
use super::generated::API_ROUTES;
use crate::domain::authorization::{self, Check};
use crate::errors::ApiError;
use crate::server::App;
use crate::wire::{decode_json, read_body};

const MEMBER_SESSION: &str = "x-stytch-member-session";
const MEMBER_SESSION_JWT: &str = "x-stytch-member-sessionjwt";

/// The value of a header that is present and not empty; `Err` when it is not text
/// (no session can have such a token).
fn header<'h>(headers: &'h HeaderMap, name: &str) -> Result<Option<&'h str>, ApiError> {
    match headers.get(name) {
        None => Ok(None),
        Some(v) => v
            .to_str()
            .map(|s| Some(s.trim()).filter(|s| !s.is_empty()))
            .map_err(|_| ApiError::session_not_found()),
    }
}

/// The API route `method` and `path` reach, as the router picks it: of the
/// templates that match segment by segment, the one with the most literal segments.
pub(crate) fn route_of(method: &str, path: &str) -> Option<&'static Route> {
    let segments: Vec<&str> = path.trim_end_matches('/').split('/').collect();
    API_ROUTES
        .iter()
        .filter(|r| r.method == method)
        .filter_map(|r| {
            let template: Vec<&str> = r.path.split('/').collect();
            if template.len() != segments.len() {
                return None;
            }
            let mut literal = 0;
            for (t, s) in template.iter().zip(&segments) {
                if t.starts_with('{') {
                    if s.is_empty() {
                        return None;
                    }
                } else if t == s {
                    literal += 1;
                } else {
                    return None;
                }
            }
            Some((literal, r))
        })
        .max_by_key(|(literal, _)| *literal)
        .map(|(_, r)| r)
}

pub(crate) async fn enforce(State(app): State<App>, req: Request, next: Next) -> Response {
    let headers = req.headers();
    if !headers.contains_key(MEMBER_SESSION) && !headers.contains_key(MEMBER_SESSION_JWT) {
        return next.run(req).await;
    }
    // The operation first: on one the API does not authorize per member, the headers
    // are not looked at, however malformed.
    let operation = route_of(req.method().as_str(), req.uri().path()).map(|r| r.operation_id);
    let Some(rule) = operation.and_then(authorization::rule_of) else {
        return next.run(req).await;
    };
    let (token, jwt) = match (
        header(req.headers(), MEMBER_SESSION),
        header(req.headers(), MEMBER_SESSION_JWT),
    ) {
        (Ok(t), Ok(j)) => (t.map(str::to_owned), j.map(str::to_owned)),
        (Err(e), _) | (_, Err(e)) => return e.into_response(),
    };
    if token.is_none() && jwt.is_none() {
        return next.run(req).await;
    }
    let (mut parts, body) = req.into_parts();
    // Fail closed: a check without the path parameters could grant what it should not.
    let path: Vec<(String, String)> =
        match RawPathParams::from_request_parts(&mut parts, &app).await {
            Ok(params) => params
                .iter()
                .map(|(k, v)| (k.to_owned(), v.to_owned()))
                .collect(),
            Err(e) => {
                return ApiError::bad_request(
                    ErrorType::BadRequest,
                    format!("The path parameters could not be read: {}", e.body_text()),
                )
                .into_response();
            }
        };
    let (json, body) = if rule.needs_body() {
        let bytes = match read_body(Request::new(body), &app).await {
            Ok(bytes) => bytes,
            Err(e) => return e.into_response(),
        };
        // Likewise for a body the rule cannot read: an empty one counts as `{}`, as for
        // the handlers; anything but a JSON object is refused.
        match decode_json::<Map<String, Value>>(&bytes) {
            Ok(json) => (Some(json), Body::from(bytes)),
            Err(e) => return e.into_response(),
        }
    } else {
        (None, body)
    };
    let checked = {
        let store = app.store();
        authorization::check(
            &store,
            app.clock.now(),
            &Check {
                rule,
                path: &path,
                body: json.as_ref(),
                session_token: token.as_deref(),
                session_jwt: jwt.as_deref(),
            },
        )
    };
    match checked {
        Ok(()) => next.run(Request::from_parts(parts, body)).await,
        Err(e) => e.into_response(),
    }
}
