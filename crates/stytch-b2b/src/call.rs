//! The one way a call reaches Stytch: every generated call type sends through
//! [`Client::send`], which checks the path parameters, then runs the request once or,
//! under the retry policy, several times inside one tracing span, and maps failures
//! onto [`Error`].

use std::future::Future;
use std::pin::Pin;
use std::time::Instant;

use stytch_b2b_api::ResponseValue;
use stytch_b2b_api::types::StytchErrorBody;
use tracing::Instrument as _;

use crate::error::from_api_error;
use crate::response::ApiResponse;
use crate::{Client, Error};

type ApiResult<T> = Result<ResponseValue<T>, stytch_b2b_api::Error<StytchErrorBody>>;

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

impl Client {
    /// Sends a call of `operation`: `send` builds and sends the request (it is called
    /// again for each retry).
    pub(crate) fn send<'a, T, F, Fut>(
        &'a self,
        operation: &'static Operation,
        path_params: PathParams,
        send: F,
    ) -> CallFuture<'a, T>
    where
        T: ApiResponse + Send + 'a,
        F: Fn() -> Fut + Send + 'a,
        Fut: Future<Output = ApiResult<T>> + Send + 'a,
    {
        Box::pin(async move {
            path_params.into_result()?;
            self.call(operation, send).await
        })
    }

    async fn call<T, F, Fut>(&self, operation: &'static Operation, send: F) -> Result<T, Error>
    where
        T: ApiResponse,
        F: Fn() -> Fut,
        Fut: Future<Output = ApiResult<T>>,
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
                let (result, meta) = stytch_b2b_api::capture_response_meta(send()).await;
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
                    span.record("request_id", body.request_id());
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
