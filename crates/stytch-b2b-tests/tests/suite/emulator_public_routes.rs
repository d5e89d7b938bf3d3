//! The routes the API serves without the project's Basic auth: the JWKS (fetched by
//! every official SDK without credentials) and the OAuth 2.0 endpoints, whose form
//! bodies are decoded as such and whose errors have the OAuth 2.0 shape.

use serde_json::Value;
use stytch_b2b_tests::PROJECT_ID;
use stytch_b2b_tests::emulator::start_emulator;

type Result = std::result::Result<(), Box<dyn std::error::Error>>;

#[tokio::test]
async fn the_jwks_needs_no_credentials_but_other_routes_do() -> Result {
    let emu = start_emulator().await?;
    let http = reqwest::Client::new();
    let jwks = http
        .get(format!(
            "{}/v1/b2b/sessions/jwks/{PROJECT_ID}",
            emu.base_url()
        ))
        .send()
        .await?;
    assert_eq!(jwks.status(), 200);
    let body: Value = jwks.json().await?;
    assert_eq!(body["keys"].as_array().map(Vec::len), Some(1));
    let policy = http
        .get(format!("{}/v1/b2b/rbac/policy", emu.base_url()))
        .send()
        .await?;
    assert_eq!(policy.status(), 401);
    Ok(())
}

#[tokio::test]
async fn the_token_endpoint_reads_forms_and_answers_oauth2_errors() -> Result {
    let emu = start_emulator().await?;
    let url = format!("{}/v1/public/{PROJECT_ID}/oauth2/token", emu.base_url());
    let http = reqwest::Client::new();
    let post = |body: &'static str| {
        http.post(&url)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body)
            .send()
    };
    let missing = post("grant_type=client_credentials&client_id=m2m-client-x").await?;
    assert_eq!(missing.status(), 400);
    let body: Value = missing.json().await?;
    assert_eq!(body["error"], "invalid_request");
    assert!(
        body["error_description"]
            .as_str()
            .is_some_and(|d| d.contains("client_secret"))
    );
    assert!(body["error_uri"].is_string() && body["request_id"].is_string());
    assert_eq!(body["status_code"], 400);

    let unknown = post("grant_type=client_credentials&client_id=nobody&client_secret=s").await?;
    assert_eq!(unknown.status(), 401);
    let body: Value = unknown.json().await?;
    assert_eq!(body["error"], "invalid_client");

    let grant = post("grant_type=password&client_id=nobody&client_secret=s").await?;
    assert_eq!(grant.status(), 400);
    let body: Value = grant.json().await?;
    assert_eq!(body["error"], "unsupported_grant_type");
    Ok(())
}
