//! `client.sessions()`.

use httpmock::MockServer;
use serde_json::json;
use stytch_b2b::sessions::{
    SessionsAttestRequest, SessionsAuthenticateRequest, SessionsExchangeAccessTokenRequest,
    SessionsExchangeRequest, SessionsMigrateRequest, SessionsRevokeRequest,
};
use stytch_b2b::types::{AuthorizationCheck, Locale};
use stytch_b2b_tests::PROJECT_ID;
use stytch_b2b_tests::expected_call::{ExpectedCall, assert_decodes_fixture, client};

use crate::organizations::{ActingMember, MEMBER_SESSION_TOKEN, member_headers_guard};
use crate::{SESSION_JWT, SESSION_TOKEN, session_claims};

const MEMBER_ID: &str = "member-test-32fc5024-9c09-4da3-bd2e-c9ce4da9375f";

#[tokio::test]
pub(crate) async fn sessions_authenticate() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::post("/v1/b2b/sessions/authenticate")
            .body(json!({
                "session_token": SESSION_TOKEN,
                "session_duration_minutes": 0,
                "session_jwt": SESSION_JWT,
                "session_custom_claims": {"https://my-app.example.net/custom-claim": {"plan": "pro"}},
                "authorization_check": {
                    "organization_id": "organization-test-1",
                    "resource_id": "invoices",
                    "action": "pay"
                }
            }))
            .mock(&server, "sessions_authenticate")
            .await;

        let response = client(&server)
            .sessions()
            .authenticate(
                SessionsAuthenticateRequest::builder()
                    .session_token(SESSION_TOKEN.to_owned())
                    .session_duration_minutes(0)
                    .session_jwt(SESSION_JWT.to_owned())
                    .session_custom_claims(session_claims())
                    .authorization_check(AuthorizationCheck {
                        organization_id: "organization-test-1".to_owned(),
                        resource_id: "invoices".to_owned(),
                        action: "pay".to_owned(),
                    }),
            )
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "sessions_authenticate");
        let session = response
            .member_session
            .as_ref()
            .ok_or("no member session")?;
        assert_eq!(
            session.member_session_id,
            "member-session-test-e6b5c5ad-1e8b-4b5f-9b8b-2c1f1c7a6b4e"
        );
        assert_eq!(
            session.started_at.map(|t| t.to_rfc3339()),
            Some("2024-03-05T17:03:27+00:00".to_owned())
        );
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn sessions_get() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::get("/v1/b2b/sessions")
            .query("organization_id", "org/with space")
            .query("member_id", "member-test-1")
            .mock(&server, "sessions_get")
            .await;

        let response = client(&server)
            .sessions()
            .get()
            .organization_id("org/with space")
            .member_id("member-test-1")
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "sessions_get");
        assert_eq!(response.member_sessions.len(), 1);
        assert_eq!(
            response.member_sessions[0].authentication_factors[0].delivery_method,
            "email"
        );
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn sessions_revoke() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let guard = member_headers_guard(&server, ActingMember::Token).await;
        let mock = ExpectedCall::post("/v1/b2b/sessions/revoke")
            .body(json!({
                "member_session_id": "member-session-test-1",
                "session_token": SESSION_TOKEN,
                "session_jwt": SESSION_JWT,
                "member_id": "member-test-1"
            }))
            .mock(&server, "sessions_revoke")
            .await;

        let response = client(&server)
            .sessions()
            .revoke(
                SessionsRevokeRequest::builder()
                    .member_session_id("member-session-test-1".to_owned())
                    .session_token(SESSION_TOKEN.to_owned())
                    .session_jwt(SESSION_JWT.to_owned())
                    .member_id("member-test-1".to_owned()),
            )
            .member_session_token(MEMBER_SESSION_TOKEN)
            .await?;

        mock.assert_async().await;
        guard.assert_calls_async(0).await;
        assert_decodes_fixture(&response, "sessions_revoke");
        assert_eq!(
            response.request_id,
            "request-id-test-b05c992f-ebdc-489d-a754-c7e70ba13141"
        );
        assert_eq!(response.status_code, 200);
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn sessions_exchange() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::post("/v1/b2b/sessions/exchange")
            .body(json!({
                "organization_id": "organization-test-2",
                "session_token": SESSION_TOKEN,
                "session_jwt": SESSION_JWT,
                "session_duration_minutes": 0,
                "session_custom_claims": {"https://my-app.example.net/custom-claim": {"plan": "pro"}},
                "locale": "es",
                "telemetry_id": "telemetry-test-5b7d9f1a"
            }))
            .mock(&server, "sessions_exchange")
            .await;

        let response = client(&server)
            .sessions()
            .exchange(
                SessionsExchangeRequest::builder()
                    .organization_id("organization-test-2")
                    .session_token(SESSION_TOKEN.to_owned())
                    .session_jwt(SESSION_JWT.to_owned())
                    .session_duration_minutes(0)
                    .session_custom_claims(session_claims())
                    .locale(Locale::Es)
                    .telemetry_id("telemetry-test-5b7d9f1a".to_owned()),
            )
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "sessions_exchange");
        assert!(response.member_authenticated);
        assert_eq!(response.organization.organization_slug, "acme-co");
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn sessions_get_jwks() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::get(&format!("/v1/b2b/sessions/jwks/{PROJECT_ID}"))
            .mock(&server, "sessions_get_jwks")
            .await;

        // No project id set: the client's own is in the path.
        let response = client(&server).sessions().get_jwks().await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "sessions_get_jwks");
        let key = &response.keys[0];
        assert_eq!(key.kid, "jwk-test-22fbbf3d-e1e8-4f1d-9a5e-2b0c5f6d7e8a");
        assert_eq!((key.kty.as_str(), key.alg.as_str()), ("RSA", "RS256"));
        Ok(())
    })
    .await;
}

/// A project id set on the call replaces the client's, percent-encoded in the path.
#[tokio::test]
async fn sessions_get_jwks_of_another_project() -> crate::TestResult {
    let server = MockServer::start_async().await;
    let mock = ExpectedCall::get("/v1/b2b/sessions/jwks/project%2Fwith%20space")
        .mock(&server, "sessions_get_jwks")
        .await;

    let response = client(&server)
        .sessions()
        .get_jwks()
        .project_id("project/with space")
        .await?;

    mock.assert_async().await;
    assert_decodes_fixture(&response, "sessions_get_jwks");
    Ok(())
}

#[tokio::test]
pub(crate) async fn sessions_exchange_access_token() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::post("/v1/b2b/sessions/exchange_access_token")
            .body(json!({
                "access_token": "connected-app-access-token-test-1",
                "session_duration_minutes": 0,
                "session_custom_claims": {"https://my-app.example.net/custom-claim": {"plan": "pro"}},
                "telemetry_id": "telemetry-test-5b7d9f1a"
            }))
            .mock(&server, "sessions_exchange_access_token")
            .await;

        let response = client(&server)
            .sessions()
            .exchange_access_token(
                SessionsExchangeAccessTokenRequest::builder()
                    .access_token("connected-app-access-token-test-1")
                    .session_duration_minutes(0)
                    .session_custom_claims(session_claims())
                    .telemetry_id("telemetry-test-5b7d9f1a".to_owned()),
            )
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "sessions_exchange_access_token");
        assert_eq!(response.member_id, MEMBER_ID);
        assert_eq!(response.session_token.as_deref(), Some(SESSION_TOKEN));
        let session = response
            .member_session
            .as_ref()
            .ok_or("no member session")?;
        assert_eq!(session.member_id, MEMBER_ID);
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn sessions_attest() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::post("/v1/b2b/sessions/attest")
            .body(json!({
                "profile_id": "token-profile-test-1",
                "token": "external-jwt-test-1",
                "organization_id": "organization-test-1",
                "session_duration_minutes": 0,
                "session_custom_claims": {"https://my-app.example.net/custom-claim": {"plan": "pro"}},
                "session_token": SESSION_TOKEN,
                "session_jwt": SESSION_JWT,
                "telemetry_id": "telemetry-test-5b7d9f1a"
            }))
            .mock(&server, "sessions_attest")
            .await;

        let response = client(&server)
            .sessions()
            .attest(
                SessionsAttestRequest::builder()
                    .profile_id("token-profile-test-1")
                    .token("external-jwt-test-1")
                    .organization_id("organization-test-1".to_owned())
                    .session_duration_minutes(0)
                    .session_custom_claims(session_claims())
                    .session_token(SESSION_TOKEN.to_owned())
                    .session_jwt(SESSION_JWT.to_owned())
                    .telemetry_id("telemetry-test-5b7d9f1a".to_owned()),
            )
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "sessions_attest");
        assert_eq!(response.member_session.member_id, MEMBER_ID);
        assert_eq!(response.organization.organization_slug, "acme-co");
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn sessions_migrate() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::post("/v1/b2b/sessions/migrate")
            .body(json!({
                "session_token": "legacy-session-token-test-1",
                "organization_id": "organization-test-1",
                "session_duration_minutes": 0,
                "session_custom_claims": {"https://my-app.example.net/custom-claim": {"plan": "pro"}}
            }))
            .mock(&server, "sessions_migrate")
            .await;

        let response = client(&server)
            .sessions()
            .migrate(
                SessionsMigrateRequest::builder()
                    .session_token("legacy-session-token-test-1")
                    .organization_id("organization-test-1")
                    .session_duration_minutes(0)
                    .session_custom_claims(session_claims()),
            )
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "sessions_migrate");
        assert_eq!(response.member_id, MEMBER_ID);
        assert_eq!(response.member.name, "Ada Lovelace");
        assert_eq!(response.session_token.as_deref(), Some(SESSION_TOKEN));
        Ok(())
    })
    .await;
}
