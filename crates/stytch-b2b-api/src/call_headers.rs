//! Headers that one call adds to its requests, such as the member's session on an
//! operation the API authorizes per member.
//!
//! The generated builders know only the spec's parameters; a caller wraps the call in
//! [`with_request_headers`] and the client's pre-request hook copies the headers into
//! every request the call sends. A task local keeps concurrent calls apart.

use std::future::Future;

use reqwest::header::HeaderMap;

tokio::task_local! {
    static EXTRA: HeaderMap;
}

/// Runs `call` with `headers` added to each request it sends through a [`crate::Client`]
/// (replacing a header of the same name). Mark credential values sensitive
/// ([`reqwest::header::HeaderValue::set_sensitive`]) to keep them out of `Debug`.
///
/// ```no_run
/// # async fn run(client: stytch_b2b_api::Client) {
/// use reqwest::header::{HeaderMap, HeaderValue};
///
/// let mut headers = HeaderMap::new();
/// let mut token = HeaderValue::from_static("member-session-token");
/// token.set_sensitive(true);
/// headers.insert("x-stytch-member-session", token);
/// let call = client.organizations_delete().organization_id("organization-test-123").send();
/// let _deleted = stytch_b2b_api::with_request_headers(headers, call).await;
/// # }
/// ```
pub async fn with_request_headers<F: Future>(headers: HeaderMap, call: F) -> F::Output {
    EXTRA.scope(headers, call).await
}

pub(crate) fn apply(request: &mut reqwest::Request) {
    // Outside a scope there is nothing to add.
    let _ = EXTRA.try_with(|extra| {
        for (name, value) in extra {
            request.headers_mut().insert(name.clone(), value.clone());
        }
    });
}
