//! HTTP face of member authorization (`domain::authorization`): on an operation the
//! API authorizes per member, a request carrying `X-Stytch-Member-Session` or
//! `X-Stytch-Member-SessionJWT` is checked before its handler runs. Requests without
//! those headers, and the headers on other operations, pass unchanged.

use axum::body::Body;
use axum::extract::{FromRequestParts, RawPathParams, Request, State};
use axum::http::HeaderMap;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde_json::{Map, Value};

use super::Route;
use super::generated::API_ROUTES;
use crate::domain::authorization::{self, Check};
use crate::errors::ApiError;
use crate::server::App;
use crate::wire::read_body;

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
    let operation = route_of(req.method().as_str(), req.uri().path()).map(|r| r.operation_id);
    let Some(rule) = operation.and_then(authorization::rule_of) else {
        return next.run(req).await;
    };
    let (mut parts, body) = req.into_parts();
    let path: Vec<(String, String)> =
        match RawPathParams::from_request_parts(&mut parts, &app).await {
            Ok(params) => params
                .iter()
                .map(|(k, v)| (k.to_owned(), v.to_owned()))
                .collect(),
            // The generated handler reports unusable path parameters.
            Err(_) => Vec::new(),
        };
    let (json, body) = if rule.needs_body() {
        match read_body(Request::new(body), &app).await {
            Ok(bytes) => {
                let json: Option<Map<String, Value>> = serde_json::from_slice(&bytes).ok();
                (json, Body::from(bytes))
            }
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
