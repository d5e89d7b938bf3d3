//! Shared helpers for the integration tests in `tests/`: mock-server and emulator
//! set-up, the credentials every test uses and realistic response bodies.

pub mod emulator;
pub mod expected_call;
pub mod fixtures;
pub mod log_capture;

/// Project id used by every test client.
pub const PROJECT_ID: &str = "project-test-11111111-2222-3333-4444-555555555555";
/// Project secret used by every test client.
pub const SECRET: &str = "secret-test-do-not-log-AbCdEf0123456789";
/// Session token sent in requests; the fixture responses return the same one.
pub const SESSION_TOKEN: &str = "mZAYn5aLEqKUlZ_Ad9U_fWr38GaAQ1oFAhT8ds245v7Q";
/// Session JWT sent in requests (well-formed, not signed by any test key).
pub const SESSION_JWT: &str = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJtZW1iZXItdGVzdC0xIn0.c2lnbmF0dXJl";

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
