//! Every method of the ergonomic client, one test each: the exact request it sends
//! (method, percent-encoded path, query, JSON body, Basic auth, content type, user
//! agent) and the full decoding of a realistic response in which every documented
//! field is populated.
//!
//! Bodies set every field the operation accepts, with `false` and `0` wherever the
//! field is a boolean or an integer, so a setter that drops falsy values or writes the
//! wrong key fails. Path parameters contain `/` and a space, so unescaped paths fail.

mod discovery;
mod magic_links;
mod oauth;
mod organizations;
mod otps;
mod passwords;
mod sessions;
mod sso;

use stytch_b2b_tests::{SESSION_JWT, SESSION_TOKEN};

type TestResult = Result<(), Box<dyn std::error::Error>>;

const INTERMEDIATE_SESSION_TOKEN: &str = "SeiGwdj5lKkrEVgcEY3QNJXt6srxS3IK2Nwkar6mXD4=";

/// Custom claims sent with session-starting requests.
fn session_claims() -> serde_json::Map<String, serde_json::Value> {
    json_object(serde_json::json!({"https://my-app.example.net/custom-claim": {"plan": "pro"}}))
}

/// Metadata sent where an operation accepts trusted or untrusted metadata.
fn metadata() -> serde_json::Map<String, serde_json::Value> {
    json_object(serde_json::json!({"plan": "enterprise", "seats": 0, "beta": false}))
}

fn json_object(value: serde_json::Value) -> serde_json::Map<String, serde_json::Value> {
    match value {
        serde_json::Value::Object(map) => map,
        other => panic!("expected a JSON object, got {other}"),
    }
}

fn strings(values: &[&str]) -> Vec<String> {
    values.iter().map(|v| (*v).to_owned()).collect()
}
