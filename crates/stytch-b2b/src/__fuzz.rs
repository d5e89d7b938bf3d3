//! Hooks for the fuzz targets in the repository's `fuzz/` folder, behind the `fuzzing`
//! feature.
//!
//! **Unstable and not for applications**: nothing here follows semantic versioning, and any
//! item may change or disappear in any release. The hooks reach private parts of the crate
//! (the JSON scanner, the claim rules, JWKS parsing, body redaction and the mapping of
//! undecodable responses) so that they can be fuzzed directly.

use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

use serde::de::DeserializeOwned;

pub use crate::jwt::fuzz::{ScanOutcome, extract_claims, parse_jwks, scan_json};

/// The bounded, masked excerpt of a response body kept in errors.
pub fn excerpt(body: &[u8]) -> String {
    crate::redact::excerpt(body)
}

/// A JSON parser's message with every quoted value masked.
pub fn mask_quoted(text: &str) -> String {
    crate::redact::mask_quoted(text)
}

/// Longest excerpt kept, in bytes (before the ellipsis that marks a cut).
pub const EXCERPT_LIMIT: usize = crate::redact::EXCERPT_LIMIT;

/// Decodes `body` as a `T` response, as the generated client does, and when that fails
/// returns the [`crate::Error`] the SDK makes of the failure (`Error::Decode`); `None`
/// when the body decodes.
pub fn decode_failure<T: DeserializeOwned>(body: &[u8]) -> Option<crate::Error> {
    let source = serde_json::from_slice::<T>(body).err()?;
    let error =
        stytch_b2b_api::Error::<stytch_b2b_api::types::StytchErrorBody>::InvalidResponsePayload(
            body.to_vec().into(),
            source,
        );
    // The limit only shapes `Error::ResponseTooLarge`, which a decode failure is not.
    ready(crate::error::from_api_error(
        error,
        None,
        stytch_b2b_api::DEFAULT_MAX_RESPONSE_BYTES,
    ))
}

/// Polls a future that finishes without waiting; `None` if it would wait.
fn ready<F: Future>(future: F) -> Option<F::Output> {
    let mut future = pin!(future);
    match future
        .as_mut()
        .poll(&mut Context::from_waker(Waker::noop()))
    {
        Poll::Ready(output) => Some(output),
        Poll::Pending => None,
    }
}
