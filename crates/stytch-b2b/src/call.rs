//! The one way a call reaches Stytch: every generated call type sends through
//! [`Client::send`], which checks the path parameters, then runs the request once or,
//! under the retry policy, several times inside one tracing span, and maps failures
//! onto [`Error`].

use std::future::Future;
use std::pin::Pin;
use std::time::Instant;

use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use stytch_b2b_api::{ResponseValue, SecretString};
use tracing::Instrument as _;

use crate::error::{ErrorBody, from_api_error};
use crate::response::ApiResponse;
use crate::{Client, Error};

type ApiResult<T, E> = Result<ResponseValue<T>, stytch_b2b_api::Error<E>>;

/// What awaiting a call yields: the operation's response, or the reason it failed.
///
/// Boxed so that every call type can name it; one allocation per call is nothing next
/// to the HTTP request it stands for.
pub type CallFuture<'a, T> = Pin<Box<dyn Future<Output = Result<T, Error>> + Send + 'a>>;

/// One operation of the API, as the spec declares it (see [`crate::OPERATIONS`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Operation {
    /// The spec's `operationId`, e.g. `organizations_members_update`.
    pub id: &'static str,
    /// HTTP method, upper case.
    pub method: &'static str,
    /// Path template with `{param}` placeholders.
    pub path: &'static str,
    /// How it is called on a [`Client`], e.g. `organizations().members().update()`.
    pub sdk_call: &'static str,
    /// Whether sending it twice has the effect of sending it once (every GET, and
    /// the operations the spec marks so): only these are retried after a `503`.
    pub idempotent: bool,
}

/// The first unusable path parameter a call was given, reported when it is awaited.
///
/// An empty value would silently address another route (`/organizations/` instead of
/// `/organizations/{id}`), so it is refused before anything is sent.
#[derive(Debug, Clone, Default)]
pub(crate) struct PathParams {
    /// Each parameter whose latest value is unusable, with what is wrong with it.
    problems: Vec<(String, &'static str)>,
}

impl PathParams {
    /// Notes whether `value`, the latest value of path parameter `name`, is usable,
    /// and passes it on.
    pub(crate) fn check(&mut self, name: &str, value: String) -> String {
        self.problems.retain(|(known, _)| known != name);
        let problem = match value.as_str() {
            "" => Some("must not be empty"),
            // URL normalisation would remove the segment (or the one before it),
            // silently addressing another route.
            "." | ".." => Some("must not be `.` or `..`"),
            // Left unencoded by the path encoder, and read as `/` by URL parsing for
            // http(s): `..\` would climb a segment, `a\b` would add one.
            v if v.contains('\\') => Some("must not contain `\\`"),
            _ => None,
        };
        if let Some(problem) = problem {
            self.problems.push((name.to_owned(), problem));
        }
        value
    }

    fn into_result(self) -> Result<(), Error> {
        match self.problems.into_iter().next() {
            None => Ok(()),
            Some((name, why)) => Err(Error::InvalidRequest {
                message: format!("path parameter {name} {why}"),
                field: Some(name),
            }),
        }
    }
}

/// The member a call acts for, on the operations the API authorizes per member: their
/// session token or JWT travels in a header, and the API checks the member's roles.
#[derive(Clone, Default)]
pub(crate) struct MemberAuthorization {
    pub(crate) session_token: Option<SecretString>,
    pub(crate) session_jwt: Option<SecretString>,
}

const MEMBER_SESSION: HeaderName = HeaderName::from_static("x-stytch-member-session");
const MEMBER_SESSION_JWT: HeaderName = HeaderName::from_static("x-stytch-member-sessionjwt");

impl MemberAuthorization {
    /// The headers to send: each credential that is set and not empty, marked
    /// sensitive. A value that cannot be a header is refused without echoing it.
    fn headers(&self) -> Result<HeaderMap, Error> {
        let mut headers = HeaderMap::new();
        for (name, value, what) in [
            (MEMBER_SESSION, &self.session_token, "member session token"),
            (MEMBER_SESSION_JWT, &self.session_jwt, "member session JWT"),
        ] {
            let Some(value) = value.as_ref().filter(|v| !v.is_empty()) else {
                continue;
            };
            let mut value =
                HeaderValue::from_str(value.expose()).map_err(|_| Error::InvalidRequest {
                    message: format!("the {what} contains characters not allowed in a header"),
                    field: None,
                })?;
            value.set_sensitive(true);
            headers.insert(name, value);
        }
        Ok(headers)
    }
}

impl std::fmt::Debug for MemberAuthorization {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let shown = |v: &Option<SecretString>| v.as_ref().map(|_| "[redacted]");
        f.debug_struct("MemberAuthorization")
            .field("session_token", &shown(&self.session_token))
            .field("session_jwt", &shown(&self.session_jwt))
            .finish()
    }
}

impl Client {
    /// Sends a call of `operation` on behalf of `member` (when set): `send` builds and
    /// sends the request (it is called again for each retry).
    pub(crate) fn send<'a, T, E, F, Fut>(
        &'a self,
        operation: &'static Operation,
        path_params: PathParams,
        member: MemberAuthorization,
        send: F,
    ) -> CallFuture<'a, T>
    where
        T: ApiResponse + Send + 'a,
        E: ErrorBody + Send + 'a,
        F: Fn() -> Fut + Send + 'a,
        Fut: Future<Output = ApiResult<T, E>> + Send + 'a,
    {
        Box::pin(async move {
            path_params.into_result()?;
            let headers = member.headers()?;
            self.call(operation, headers, send).await
        })
    }

    async fn call<T, E, F, Fut>(
        &self,
        operation: &'static Operation,
        headers: HeaderMap,
        send: F,
    ) -> Result<T, Error>
    where
        T: ApiResponse,
        E: ErrorBody,
        F: Fn() -> Fut,
        Fut: Future<Output = ApiResult<T, E>>,
    {
        let span = tracing::info_span!(
            "stytch_b2b.call",
            operation = operation.id,
            http.method = operation.method,
            http.status = tracing::field::Empty,
            request_id = tracing::field::Empty,
            attempts = tracing::field::Empty,
            latency_ms = tracing::field::Empty,
        );
        let retry = &self.inner.retry;
        let limits = self.inner.max_response_bytes;
        async move {
            let started = Instant::now();
            let mut attempts = 0u32;
            let outcome = loop {
                attempts += 1;
                let attempt = stytch_b2b_api::with_request_headers(headers.clone(), send());
                let (result, meta) = stytch_b2b_api::capture_response_meta(attempt).await;
                let error = match result {
                    Ok(response) => break Ok(response),
                    Err(error) => from_api_error(error, meta, limits).await,
                };
                let Some(delay) = retry.delay_before_retry(
                    attempts,
                    started.elapsed(),
                    &error,
                    operation.idempotent,
                ) else {
                    break Err(error);
                };
                tracing::debug!(
                    error = %error,
                    delay_ms = delay.as_millis() as u64,
                    "retrying after a failure that is safe to repeat for this operation"
                );
                tokio::time::sleep(delay).await;
            };
            let span = tracing::Span::current();
            span.record("attempts", attempts);
            span.record("latency_ms", started.elapsed().as_millis() as u64);
            match outcome {
                Ok(response) => {
                    span.record("http.status", response.status().as_u16());
                    let body = response.into_inner();
                    if let Some(id) = body.request_id() {
                        span.record("request_id", id);
                    }
                    tracing::debug!("Stytch call succeeded");
                    Ok(body)
                }
                Err(error) => {
                    if let Some(status) = error.status() {
                        span.record("http.status", status.as_u16());
                    }
                    if let Some(id) = error.request_id() {
                        span.record("request_id", id);
                    }
                    tracing::warn!(error = %error, "Stytch call failed");
                    Err(error)
                }
            }
        }
        .instrument(span)
        .await
    }
}
