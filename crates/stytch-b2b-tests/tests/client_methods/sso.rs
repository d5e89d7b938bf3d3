//! `client.sso()`.

use httpmock::MockServer;
use serde_json::json;
use stytch_b2b::sso::{
    SsoAuthenticateRequest, SsoOidcCreateConnectionRequest, SsoOidcUpdateConnectionRequest,
    SsoSamlCreateConnectionRequest, SsoSamlUpdateConnectionRequest,
};
use stytch_b2b::types::Locale;
use stytch_b2b_tests::expected_call::{ExpectedCall, assert_decodes_fixture, client};

use crate::{SESSION_JWT, SESSION_TOKEN, json_object, session_claims};

const CONNECTION_ID: &str = "saml-connection-test-51861cbc-d3b9-428b-9761-227f5fb12be9";

#[tokio::test]
pub(crate) async fn sso_authenticate() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::post("/v1/b2b/sso/authenticate")
            .body(json!({
                "sso_token": "sso-token-test-1",
                "pkce_code_verifier": "e0bd5a1b3c4d",
                "session_token": SESSION_TOKEN,
                "session_jwt": SESSION_JWT,
                "session_duration_minutes": 0,
                "session_custom_claims": {"https://my-app.example.net/custom-claim": {"plan": "pro"}},
                "locale": "pt-br"
            }))
            .mock(&server, "sso_authenticate")
            .await;

        let response = client(&server)
            .sso()
            .authenticate(
                SsoAuthenticateRequest::builder()
                    .sso_token("sso-token-test-1")
                    .pkce_code_verifier("e0bd5a1b3c4d".to_owned())
                    .session_token(SESSION_TOKEN.to_owned())
                    .session_jwt(SESSION_JWT.to_owned())
                    .session_duration_minutes(0)
                    .session_custom_claims(session_claims())
                    .locale(Locale::PtBr),
            )
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "sso_authenticate");
        assert!(!response.reset_session);
        assert_eq!(
            response.member.sso_registrations[0].connection_id,
            CONNECTION_ID
        );
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn sso_get_connections() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::get("/v1/b2b/sso/org%2Fwith%20space")
            .mock(&server, "sso_get_connections")
            .await;

        let response = client(&server)
            .sso()
            .get_connections()
            .organization_id("org/with space")
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "sso_get_connections");
        assert_eq!(
            response.oidc_connections[0].issuer,
            "https://idp.example.com"
        );
        let saml = &response.saml_connections[0];
        assert_eq!(saml.idp_sso_url, "https://idp.example.com/sso");
        assert_eq!(
            saml.signing_certificates[0]
                .created_at
                .map(|t| t.timestamp()),
            Some(1_709_658_207)
        );
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn sso_delete_connection() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::delete(
            "/v1/b2b/sso/org%2Fwith%20space/connections/connection%2Fwith%20space",
        )
        .mock(&server, "sso_delete_connection")
        .await;

        let response = client(&server)
            .sso()
            .delete_connection()
            .organization_id("org/with space")
            .connection_id("connection/with space")
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "sso_delete_connection");
        assert_eq!(response.connection_id, CONNECTION_ID);
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn sso_oidc_create_connection() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::post("/v1/b2b/sso/oidc/org%2Fwith%20space")
            .body(json!({"display_name": "Okta OIDC"}))
            .mock(&server, "sso_oidc_create_connection")
            .await;

        let response = client(&server)
            .sso()
            .oidc()
            .create_connection(
                SsoOidcCreateConnectionRequest::builder().display_name("Okta OIDC".to_owned()),
            )
            .organization_id("org/with space")
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "sso_oidc_create_connection");
        let connection = response.connection.as_ref().ok_or("no connection")?;
        assert_eq!(connection.client_id, "oidc-client-123");
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn sso_oidc_update_connection() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::put(
            "/v1/b2b/sso/oidc/org%2Fwith%20space/connections/connection%2Fwith%20space",
        )
        .body(json!({
            "display_name": "Okta OIDC",
            "client_id": "oidc-client-123",
            "client_secret": "oidc-client-secret-456",
            "issuer": "https://idp.example.com",
            "authorization_url": "https://idp.example.com/authorize",
            "token_url": "https://idp.example.com/token",
            "userinfo_url": "https://idp.example.com/userinfo",
            "jwks_url": "https://idp.example.com/jwks"
        }))
        .mock(&server, "sso_oidc_update_connection")
        .await;

        let response = client(&server)
            .sso()
            .oidc()
            .update_connection(
                SsoOidcUpdateConnectionRequest::builder()
                    .display_name("Okta OIDC".to_owned())
                    .client_id("oidc-client-123".to_owned())
                    .client_secret("oidc-client-secret-456".to_owned())
                    .issuer("https://idp.example.com".to_owned())
                    .authorization_url("https://idp.example.com/authorize".to_owned())
                    .token_url("https://idp.example.com/token".to_owned())
                    .userinfo_url("https://idp.example.com/userinfo".to_owned())
                    .jwks_url("https://idp.example.com/jwks".to_owned()),
            )
            .organization_id("org/with space")
            .connection_id("connection/with space")
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "sso_oidc_update_connection");
        assert_eq!(
            response.warning.as_deref(),
            Some("the issuer did not publish a userinfo endpoint")
        );
        let connection = response.connection.as_ref().ok_or("no connection")?;
        assert_eq!(connection.status, "active");
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn sso_saml_create_connection() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::post("/v1/b2b/sso/saml/org%2Fwith%20space")
            .body(json!({"display_name": "Okta SAML"}))
            .mock(&server, "sso_saml_create_connection")
            .await;

        let response = client(&server)
            .sso()
            .saml()
            .create_connection(
                SsoSamlCreateConnectionRequest::builder().display_name("Okta SAML".to_owned()),
            )
            .organization_id("org/with space")
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "sso_saml_create_connection");
        let connection = response.connection.as_ref().ok_or("no connection")?;
        assert_eq!(
            connection.acs_url,
            "https://test.stytch.com/v1/b2b/sso/callback/saml"
        );
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn sso_saml_update_connection() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::put(
            "/v1/b2b/sso/saml/org%2Fwith%20space/connections/connection%2Fwith%20space",
        )
        .body(json!({
            "idp_entity_id": "https://idp.example.com/entity",
            "display_name": "Okta SAML",
            "attribute_mapping": {"email": "NameID", "full_name": "name"},
            "x509_certificate": "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUFAKE\n-----END CERTIFICATE-----",
            "idp_sso_url": "https://idp.example.com/sso"
        }))
        .mock(&server, "sso_saml_update_connection")
        .await;

        let response = client(&server)
            .sso()
            .saml()
            .update_connection(
SsoSamlUpdateConnectionRequest::builder()
                    .idp_entity_id("https://idp.example.com/entity".to_owned())
                    .display_name("Okta SAML".to_owned())
                    .attribute_mapping(json_object(json!({"email": "NameID", "full_name": "name"})))
                    .x509_certificate(
                        "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUFAKE\n-----END CERTIFICATE-----"
                            .to_owned(),
                    )
                    .idp_sso_url("https://idp.example.com/sso".to_owned()),
            )
            .organization_id("org/with space")
            .connection_id("connection/with space")
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "sso_saml_update_connection");
        let connection = response.connection.as_ref().ok_or("no connection")?;
        assert_eq!(connection.attribute_mapping.get("seats"), Some(&json!(25)));
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn sso_saml_delete_verification_certificate() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::delete(
            "/v1/b2b/sso/saml/org%2Fwith%20space/connections/connection%2Fwith%20space/verification_certificates/certificate%2Fwith%20space",
        )
        .mock(&server, "sso_saml_delete_verification_certificate")
        .await;

        let response = client(&server)
            .sso()
            .saml()
            .delete_verification_certificate()
            .organization_id("org/with space")
            .connection_id("connection/with space")
            .certificate_id("certificate/with space")
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "sso_saml_delete_verification_certificate");
        assert_eq!(
            response.certificate_id,
            "saml-verification-key-test-5ccbc642-9373-42b8-928f-c1646c868701"
        );
        Ok(())
    })
    .await;
}
