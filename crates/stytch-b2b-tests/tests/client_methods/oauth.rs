//! `client.oauth()`.

use httpmock::MockServer;
use serde_json::json;
use stytch_b2b::oauth::{OauthAuthenticateRequest, OauthDiscoveryAuthenticateRequest};
use stytch_b2b::types::Locale;
use stytch_b2b_tests::expected_call::{ExpectedCall, assert_decodes_fixture, client};

use crate::{INTERMEDIATE_SESSION_TOKEN, SESSION_JWT, SESSION_TOKEN, session_claims};

#[tokio::test]
pub(crate) async fn oauth_authenticate() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::post("/v1/b2b/oauth/authenticate")
            .body(json!({
                "oauth_token": "oauth-token-test-1",
                "session_token": SESSION_TOKEN,
                "session_duration_minutes": 0,
                "session_jwt": SESSION_JWT,
                "session_custom_claims": {"https://my-app.example.net/custom-claim": {"plan": "pro"}},
                "pkce_code_verifier": "e0bd5a1b3c4d",
                "locale": "en",
                "intermediate_session_token": INTERMEDIATE_SESSION_TOKEN,
                "telemetry_id": "telemetry-test-5b7d9f1a"
            }))
            .mock(&server, "oauth_authenticate")
            .await;

        let response = client(&server)
            .oauth()
            .authenticate(
                OauthAuthenticateRequest::builder()
                    .oauth_token("oauth-token-test-1")
                    .session_token(SESSION_TOKEN.to_owned())
                    .session_duration_minutes(0)
                    .session_jwt(SESSION_JWT.to_owned())
                    .session_custom_claims(session_claims())
                    .pkce_code_verifier("e0bd5a1b3c4d".to_owned())
                    .locale(Locale::En)
                    .intermediate_session_token(INTERMEDIATE_SESSION_TOKEN.to_owned())
                    .telemetry_id("telemetry-test-5b7d9f1a".to_owned()),
            )
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "oauth_authenticate");
        assert_eq!(response.provider_type, "Google");
        let provider = response
            .provider_values
            .as_ref()
            .ok_or("no provider values")?;
        assert_eq!(provider.access_token.as_deref(), Some("ya29.a0AfH6SMBfake"));
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn oauth_discovery_authenticate() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::post("/v1/b2b/oauth/discovery/authenticate")
            .body(json!({
                "discovery_oauth_token": "discovery-oauth-token-test-1",
                "session_token": SESSION_TOKEN,
                "session_duration_minutes": 0,
                "session_jwt": SESSION_JWT,
                "session_custom_claims": {"https://my-app.example.net/custom-claim": {"plan": "pro"}},
                "pkce_code_verifier": "e0bd5a1b3c4d"
            }))
            .mock(&server, "oauth_discovery_authenticate")
            .await;

        let response = client(&server)
            .oauth()
            .discovery()
            .authenticate(
                OauthDiscoveryAuthenticateRequest::builder()
                    .discovery_oauth_token("discovery-oauth-token-test-1")
                    .session_token(SESSION_TOKEN.to_owned())
                    .session_duration_minutes(0)
                    .session_jwt(SESSION_JWT.to_owned())
                    .session_custom_claims(session_claims())
                    .pkce_code_verifier("e0bd5a1b3c4d".to_owned()),
            )
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "oauth_discovery_authenticate");
        assert_eq!(response.email_address, "ada@acme.example.com");
        assert_eq!(
            response.intermediate_session_token.as_deref(),
            Some(INTERMEDIATE_SESSION_TOKEN)
        );
        Ok(())
    })
    .await;
}
