//! A cap on every response body, so a hostile or broken server cannot make a client
//! buffer gigabytes: the generated code reads bodies whole, and the cap makes that
//! read fail once it passes the limit.

/// Default cap on a response body: far above any Stytch answer (the largest, a page
/// of search results, is tens of kilobytes), far below what would hurt a process.
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 4 * 1024 * 1024;

/// `response` with its body cut off by an error after `max` bytes.
pub(crate) fn limit(response: reqwest::Response, max: usize) -> reqwest::Response {
    let (parts, body) = http::Response::<reqwest::Body>::from(response).into_parts();
    let limited = reqwest::Body::wrap(http_body_util::Limited::new(body, max));
    reqwest::Response::from(http::Response::from_parts(parts, limited))
}

/// Whether `error` is a body read stopped by the cap.
pub fn is_body_limit_error(error: &reqwest::Error) -> bool {
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(error);
    while let Some(cause) = source {
        if cause.is::<http_body_util::LengthLimitError>() {
            return true;
        }
        source = cause.source();
    }
    false
}
