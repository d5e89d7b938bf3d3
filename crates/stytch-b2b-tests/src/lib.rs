//! Shared helpers for the integration tests in `tests/`: mock-server set-up, the
//! credentials every test uses and realistic response bodies.

pub mod expected_call;
pub mod fixtures;
pub mod log_capture;

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

/// A generated low-level client pointed at `base_url` that authenticates with
/// [`PROJECT_ID`] and [`SECRET`].
pub fn generated_client(base_url: &str) -> stytch_b2b_api::Client {
    let defaults = stytch_b2b_api::RequestDefaults::new(PROJECT_ID, SECRET, "stytch-b2b-tests")
        .unwrap_or_default();
    stytch_b2b_api::Client::new_with_client(base_url, reqwest::Client::new(), defaults)
}
