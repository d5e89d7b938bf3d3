//! Shared helpers for the integration tests in `tests/`: mock-server set-up, the
//! credentials every test uses and realistic response bodies.

pub mod fixtures;

/// Project id used by every test client.
pub const PROJECT_ID: &str = "project-test-11111111-2222-3333-4444-555555555555";
/// Project secret used by every test client.
pub const SECRET: &str = "secret-test-do-not-log-AbCdEf0123456789";

/// The `Authorization` header value the API expects for [`PROJECT_ID`] and [`SECRET`].
pub fn basic_auth_header() -> String {
    use base64::Engine as _;
    let raw = format!("{PROJECT_ID}:{SECRET}");
    format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(raw)
    )
}

/// A generated low-level client pointed at `base_url` that authenticates like the
/// ergonomic crate does (Basic auth as a default header).
pub fn generated_client(base_url: &str) -> stytch_b2b_api::Client {
    let mut headers = reqwest::header::HeaderMap::new();
    let mut auth = reqwest::header::HeaderValue::from_str(&basic_auth_header())
        .unwrap_or_else(|_| reqwest::header::HeaderValue::from_static(""));
    auth.set_sensitive(true);
    headers.insert(reqwest::header::AUTHORIZATION, auth);
    let http = reqwest::Client::builder()
        .default_headers(headers)
        .build()
        .unwrap_or_default();
    stytch_b2b_api::Client::new_with_client(base_url, http)
}
