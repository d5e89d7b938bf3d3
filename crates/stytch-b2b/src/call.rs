//! Sends one operation through the generated client: tracing span, retries, and
//! mapping of failures onto [`Error`].

use std::future::Future;
use std::time::Instant;

use stytch_b2b_api::ResponseValue;
use stytch_b2b_api::types::StytchErrorBody;
use tracing::Instrument as _;

use crate::error::from_api_error;
use crate::response::ApiResponse;
use crate::{Client, Error};

type ApiResult<T> = Result<ResponseValue<T>, stytch_b2b_api::Error<StytchErrorBody>>;

/// Identifies an operation in traces.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Operation {
    pub(crate) id: &'static str,
    pub(crate) method: &'static str,
}

impl Client {
    /// Sends `body` (converted first, so a missing field fails before any I/O) with
    /// `send`, once or, under the retry policy, several times.
    pub(crate) async fn call_with_body<'a, B, Req, T, F, Fut>(
        &'a self,
        operation: Operation,
        body: B,
        send: F,
    ) -> Result<T, Error>
    where
        B: TryInto<Req>,
        B::Error: std::fmt::Display,
        Req: Clone + 'a,
        T: ApiResponse,
        F: Fn(&'a stytch_b2b_api::Client, Req) -> Fut + 'a,
        Fut: Future<Output = ApiResult<T>> + 'a,
    {
        let body: Req = body.try_into().map_err(Error::invalid_request)?;
        self.call(operation, move |api| send(api, body.clone()))
            .await
    }

    /// Sends a request built by `send`, once or, under the retry policy, several
    /// times, inside one tracing span.
    pub(crate) async fn call<'a, T, F, Fut>(
        &'a self,
        operation: Operation,
        send: F,
    ) -> Result<T, Error>
    where
        T: ApiResponse,
        F: Fn(&'a stytch_b2b_api::Client) -> Fut,
        Fut: Future<Output = ApiResult<T>> + 'a,
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
        let api = &self.inner.api;
        let retry = &self.inner.retry;
        async move {
            let started = Instant::now();
            let mut attempts = 0u32;
            let outcome = loop {
                attempts += 1;
                let (result, meta) = stytch_b2b_api::capture_response_meta(send(api)).await;
                let error = match result {
                    Ok(response) => break Ok(response),
                    Err(error) => from_api_error(error, meta).await,
                };
                let Some(delay) = retry.delay_before_retry(attempts, started.elapsed(), &error)
                else {
                    break Err(error);
                };
                tracing::debug!(
                    error = %error,
                    delay_ms = delay.as_millis() as u64,
                    "retrying after a failure that did not take effect"
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

/// An empty path parameter would silently address another route (`/organizations/`
/// instead of `/organizations/{id}`), so it is refused before anything is sent.
pub(crate) fn require_path_param(name: &str, value: &str) -> Result<(), Error> {
    if value.is_empty() {
        return Err(Error::InvalidRequest {
            field: Some(name.to_owned()),
            message: format!("path parameter {name} must not be empty"),
        });
    }
    Ok(())
}
