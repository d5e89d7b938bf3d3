//! Decoding requests into the generated request types and encoding responses, with
//! every failure reported in Stytch's error shape naming the offending field.

use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Path, Query, Request};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use serde::de::DeserializeOwned;
use stytch_b2b_api::ErrorType;

use crate::errors::{ApiError, ApiResult};
use crate::server::App;

/// A JSON request body decoded into `T` (a generated request type).
///
/// An empty body counts as `{}` so that a missing required field is reported by name
/// rather than as a syntax error. The `Content-Type` is not checked: Stytch's SDKs
/// always send JSON. The body is capped at axum's default limit (2 MiB: more is a
/// `413`) and must arrive within the configured body read timeout (else `408`). Either
/// way the connection is then closed, as the rest of the body is never read, and the
/// response says so (`Connection: close`, added by `serve::keep_alive_or_close`).
#[derive(Debug)]
pub(crate) struct JsonBody<T>(pub(crate) T);

impl<T: DeserializeOwned> FromRequest<App> for JsonBody<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, app: &App) -> Result<Self, Self::Rejection> {
        let bytes = read_body(req, app).await?;
        decode_json(&bytes).map(JsonBody).or_else(|e| {
            // The body of an operation without fields: the official SDKs (and Go's)
            // copy the path parameters into it, and Stytch ignores them.
            if e.message().contains("there are no fields") {
                decode_json(b"{}").map(JsonBody)
            } else {
                Err(e)
            }
        })
    }
}

/// The whole request body, within the body read timeout and axum's size limit.
pub(crate) async fn read_body(req: Request, app: &App) -> ApiResult<Bytes> {
    let limit = app.body_read_timeout;
    tokio::time::timeout(limit, Bytes::from_request(req, app))
        .await
        .map_err(|_| {
            ApiError::new(
                StatusCode::REQUEST_TIMEOUT,
                ErrorType::BadRequest,
                format!(
                    "The request body did not arrive within {} ms.",
                    limit.as_millis()
                ),
            )
        })?
        .map_err(|e| {
            ApiError::new(
                e.status(),
                ErrorType::BadRequest,
                format!("The request body could not be read: {e}"),
            )
        })
}

/// Whether the request's `Content-Type` is `application/json` (parameters aside).
pub(crate) fn is_json(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("application/json"))
}

/// An `application/x-www-form-urlencoded` request body decoded into `T` (the OAuth
/// 2.0 endpoints). Read under the same limits as [`JsonBody`]. A body sent as
/// `application/json` is decoded as JSON instead, as Stytch accepts both (the
/// official Python SDK posts JSON to the token endpoint).
#[derive(Debug)]
pub(crate) struct FormBody<T>(pub(crate) T);

impl<T: DeserializeOwned> FromRequest<App> for FormBody<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, app: &App) -> Result<Self, Self::Rejection> {
        let json = is_json(req.headers());
        let bytes = read_body(req, app).await?;
        if json {
            return decode_json(&bytes).map(FormBody).map_err(|e| {
                ApiError::bad_request(ErrorType::InvalidRequest, e.message().to_owned())
            });
        }
        serde_urlencoded::from_bytes(&bytes)
            .map(FormBody)
            .map_err(|e| {
                let text = e.to_string();
                match missing_field(&text) {
                    Some(field) => ApiError::bad_request(
                        ErrorType::InvalidRequest,
                        format!("The request is missing the required parameter `{field}`."),
                    ),
                    None => ApiError::bad_request(
                        ErrorType::InvalidRequest,
                        format!("The form body could not be decoded: {text}"),
                    ),
                }
            })
    }
}

/// Decodes `bytes` as `T`, naming the field (with its path) when that fails.
pub(crate) fn decode_json<T: DeserializeOwned>(bytes: &[u8]) -> ApiResult<T> {
    let bytes: &[u8] = if bytes.iter().all(u8::is_ascii_whitespace) {
        b"{}"
    } else {
        bytes
    };
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let value = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        decode_error(&path, &inner)
    })?;
    de.end().map_err(|e| decode_error(".", &e))?;
    Ok(value)
}

fn decode_error(path: &str, err: &serde_json::Error) -> ApiError {
    use serde_json::error::Category;
    let text = strip_position(&err.to_string());
    match err.classify() {
        Category::Syntax | Category::Eof | Category::Io => ApiError::bad_request(
            ErrorType::BadRequest,
            format!("The request body is not valid JSON: {text}"),
        ),
        Category::Data => match missing_field(&text) {
            Some(field) => {
                let field = join_path(path, field);
                ApiError::bad_request(
                    ErrorType::BadRequest,
                    format!("The request is missing the required field `{field}`."),
                )
                .with_details(serde_json::json!({ "field": field }))
            }
            None if path == "." => ApiError::bad_request(
                ErrorType::BadRequest,
                format!("The request body has the wrong shape: {text}"),
            ),
            None => ApiError::bad_request(
                ErrorType::BadRequest,
                format!("The field `{path}` has an invalid value: {text}"),
            )
            .with_details(serde_json::json!({ "field": path })),
        },
    }
}

/// serde_json appends " at line L column C"; the field name says more.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(at) => message[..at].to_owned(),
        None => message.to_owned(),
    }
}

/// `missing field `x`` -> `x`.
fn missing_field(message: &str) -> Option<&str> {
    let rest = message.split("missing field `").nth(1)?;
    rest.split('`').next()
}

fn join_path(parent: &str, field: &str) -> String {
    if parent == "." || parent.is_empty() {
        field.to_owned()
    } else {
        format!("{parent}.{field}")
    }
}

/// Query parameters decoded into `T`, with a missing required one named.
///
/// A boolean parameter is read as Go's `strconv.ParseBool` reads it (`True`, `1`,
/// `f`, ...), as Stytch does: the official Python SDK sends Python's `True`.
pub(crate) fn decode_query<T: DeserializeOwned>(uri: &Uri) -> ApiResult<T> {
    let mut query = uri.query().unwrap_or_default().to_owned();
    let mut result = Query::<T>::try_from_uri(uri);
    for _ in 0..8 {
        let Err(e) = &result else { break };
        let Some(fixed) = normalize_bool(&query, &e.body_text()) else {
            break;
        };
        let Ok(fixed_uri) = format!("/?{fixed}").parse::<Uri>() else {
            break;
        };
        query = fixed;
        result = Query::<T>::try_from_uri(&fixed_uri);
    }
    result.map(|q| q.0).map_err(|e| {
        let text = e.body_text();
        match missing_field(&text) {
            Some(field) => ApiError::bad_request(
                ErrorType::BadRequest,
                format!("The request is missing the required query parameter `{field}`."),
            )
            .with_details(serde_json::json!({ "field": field })),
            None => ApiError::bad_request(ErrorType::BadRequest, text),
        }
    })
}

/// `query` with the boolean parameter a decoding error names spelled `true` or
/// `false`, if its value is one `strconv.ParseBool` accepts; `None` otherwise.
fn normalize_bool(query: &str, error: &str) -> Option<String> {
    let (head, _) = error.split_once(": provided string was not `true` or `false`")?;
    let field = head.rsplit(": ").next()?;
    let mut pairs: Vec<(String, String)> = serde_urlencoded::from_str(query).ok()?;
    let mut changed = false;
    for (key, value) in &mut pairs {
        if key != field {
            continue;
        }
        let normal = match value.as_str() {
            "1" | "t" | "T" | "TRUE" | "True" => "true",
            "0" | "f" | "F" | "FALSE" | "False" => "false",
            _ => continue,
        };
        *value = normal.to_owned();
        changed = true;
    }
    if !changed {
        return None;
    }
    serde_urlencoded::to_string(&pairs).ok()
}

/// Path parameters, with a rejection in Stytch's shape.
#[derive(Debug)]
pub(crate) struct PathParams<T>(pub(crate) T);

impl<S: Send + Sync, T: DeserializeOwned + Send> FromRequestParts<S> for PathParams<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        Path::<T>::from_request_parts(parts, state)
            .await
            .map(|p| PathParams(p.0))
            .map_err(|e| ApiError::bad_request(ErrorType::BadRequest, e.body_text()))
    }
}

/// A successful response: `T` (a generated response type) as JSON with status 200.
///
/// Every success body of the API carries `request_id` and `status_code`; the two
/// whose spec types have neither (the OAuth 2.0 token and introspection responses)
/// get them here, as Stytch sends them and the official Python SDK requires them.
#[derive(Debug)]
pub(crate) struct Reply<T>(pub(crate) T);

impl<T: Serialize> IntoResponse for Reply<T> {
    fn into_response(self) -> Response {
        match serde_json::to_value(&self.0) {
            Ok(serde_json::Value::Object(mut body)) => {
                body.entry("request_id")
                    .or_insert_with(|| crate::ids::request_id().into());
                body.entry("status_code")
                    .or_insert_with(|| StatusCode::OK.as_u16().into());
                json_response(StatusCode::OK, &body)
            }
            _ => json_response(StatusCode::OK, &self.0),
        }
    }
}

/// A successful control-route response (`/__emulator/…`): `T` as JSON, as it is.
#[derive(Debug)]
pub(crate) struct ControlReply<T>(pub(crate) T);

impl<T: Serialize> IntoResponse for ControlReply<T> {
    fn into_response(self) -> Response {
        json_response(StatusCode::OK, &self.0)
    }
}

pub(crate) fn json_response<T: Serialize>(status: StatusCode, body: &T) -> Response {
    match serde_json::to_vec(body) {
        Ok(bytes) => {
            let mut response = (status, bytes).into_response();
            response.headers_mut().insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            );
            response
        }
        Err(e) => {
            tracing::error!(error = %e, "response did not serialize");
            (
                StatusCode::INTERNAL_SERVER_ERROR,
                "response did not serialize",
            )
                .into_response()
        }
    }
}
