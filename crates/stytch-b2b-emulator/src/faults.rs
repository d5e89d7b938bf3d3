//! Fault injection: the next N API calls answer with a chosen status and body, or
//! are delayed, so clients' error handling and retries can be tested.

use std::time::Duration;
use stytch_b2b_api::ErrorType;

use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use crate::errors::error_body;
use crate::server::App;
use crate::wire::json_response;

/// A fault to inject into the next `count` API calls (control endpoints are never
/// affected).
///
/// ```
/// use stytch_b2b_emulator::Fault;
///
/// let fault = Fault { status: Some(503), count: 2, retry_after_secs: Some(1), ..Fault::default() };
/// assert_eq!(fault.count, 2);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Fault {
    /// Status to answer with; `None` only delays the call, which then runs normally.
    pub status: Option<u16>,
    /// Body to answer with: a JSON value is sent as JSON, a JSON string is sent
    /// verbatim as `text/html` (e.g. a proxy's error page). `None` sends a Stytch
    /// error body matching the status.
    pub body: Option<serde_json::Value>,
    /// Delay before answering, in milliseconds.
    pub latency_ms: u64,
    /// How many calls the fault applies to; `0` is treated as 1.
    pub count: u32,
    /// `Retry-After` header value in seconds, if any.
    pub retry_after_secs: Option<u64>,
    /// Only calls whose path starts with this prefix are affected.
    pub path_prefix: Option<String>,
}

/// The fault currently armed, with the calls it has left.
#[derive(Debug, Default)]
pub(crate) struct FaultSlot {
    armed: Option<(Fault, u32)>,
}

impl FaultSlot {
    pub(crate) fn arm(&mut self, fault: Fault) {
        let count = fault.count.max(1);
        self.armed = Some((fault, count));
    }

    pub(crate) fn clear(&mut self) {
        self.armed = None;
    }

    /// Takes one use of the armed fault if it applies to `path`.
    fn take(&mut self, path: &str) -> Option<Fault> {
        let (fault, left) = self.armed.as_mut()?;
        if let Some(prefix) = &fault.path_prefix
            && !path.starts_with(prefix.as_str())
        {
            return None;
        }
        let fault = fault.clone();
        *left -= 1;
        if *left == 0 {
            self.armed = None;
        }
        Some(fault)
    }
}

pub(crate) async fn inject(State(app): State<App>, req: Request, next: Next) -> Response {
    let fault = app.faults().take(req.uri().path());
    let Some(fault) = fault else {
        return next.run(req).await;
    };
    if fault.latency_ms > 0 {
        tokio::time::sleep(Duration::from_millis(fault.latency_ms)).await;
    }
    match fault.status.and_then(|s| StatusCode::from_u16(s).ok()) {
        None => next.run(req).await,
        Some(status) => fault_response(status, fault.body, fault.retry_after_secs),
    }
}

fn fault_response(
    status: StatusCode,
    body: Option<serde_json::Value>,
    retry_after: Option<u64>,
) -> Response {
    let mut response = match body {
        Some(serde_json::Value::String(text)) => {
            let mut r = (status, text).into_response();
            r.headers_mut().insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/html; charset=utf-8"),
            );
            r
        }
        Some(json) => json_response(status, &json),
        None => {
            let error_type = match status.as_u16() {
                429 => ErrorType::TooManyRequests,
                503 => ErrorType::ServerUnavailable,
                401 => ErrorType::UnauthorizedCredentials,
                404 => ErrorType::RouteNotFound,
                s if s >= 500 => ErrorType::InternalServerError,
                _ => ErrorType::BadRequest,
            };
            let message = format!("Injected fault: {status}.");
            json_response(status, &error_body(status, &error_type, &message, None))
        }
    };
    if let Some(secs) = retry_after {
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(secs));
    }
    response
}
