//! Keeps the HTTP status and a few headers of the response a call received.
//!
//! When an error body is not JSON (a proxy's HTML 502 page, a truncated body),
//! progenitor reports `Error::InvalidResponsePayload` with the bytes but without the
//! status or headers. Callers that need them wrap the call in
//! [`capture_response_meta`]; the client's post-response hook fills the slot. A task
//! local keeps concurrent calls apart without any shared lock.

use std::cell::RefCell;
use std::future::Future;

tokio::task_local! {
    static SLOT: RefCell<Option<ResponseMeta>>;
}

/// What the client saw of a response before decoding its body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResponseMeta {
    /// HTTP status code.
    pub status: reqwest::StatusCode,
    /// `Retry-After` header, verbatim, when present.
    pub retry_after: Option<String>,
    /// `Content-Type` header, verbatim, when present.
    pub content_type: Option<String>,
}

/// Runs `call` and returns its output together with the metadata of the last response
/// it received (`None` when no response arrived, e.g. on a connection failure).
pub async fn capture_response_meta<F: Future>(call: F) -> (F::Output, Option<ResponseMeta>) {
    SLOT.scope(RefCell::new(None), async move {
        let output = call.await;
        let meta = SLOT.with(|slot| slot.borrow_mut().take());
        (output, meta)
    })
    .await
}

pub(crate) fn record(response: &reqwest::Response) {
    let header = |name: reqwest::header::HeaderName| {
        response
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    };
    // Outside a capture scope there is nobody to tell; that is not an error.
    let _ = SLOT.try_with(|slot| {
        *slot.borrow_mut() = Some(ResponseMeta {
            status: response.status(),
            retry_after: header(reqwest::header::RETRY_AFTER),
            content_type: header(reqwest::header::CONTENT_TYPE),
        });
    });
}
