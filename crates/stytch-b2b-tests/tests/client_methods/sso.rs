//! `client.sso()`.

use httpmock::MockServer;
use serde_json::json;
use stytch_b2b::sso::{
    SsoAuthenticateRequest, SsoExternalCreateConnectionRequest, SsoExternalUpdateConnectionRequest,
    SsoOidcCreateConnectionRequest, SsoOidcUpdateConnectionRequest, SsoSamlCreateConnectionRequest,
    SsoSamlUpdateByUrlRequest, SsoSamlUpdateConnectionRequest,
};
use stytch_b2b::types::{
    ConnectionImplicitRoleAssignment, GroupImplicitRoleAssignment, Locale,
    SamlConnectionImplicitRoleAssignment, SamlGroupImplicitRoleAssignment,
};
use stytch_b2b_tests::expected_call::{ExpectedCall, assert_decodes_fixture, client};

use crate::organizations::{
    ActingMember, MEMBER_SESSION_JWT, MEMBER_SESSION_TOKEN, member_headers_guard,
};
use crate::{INTERMEDIATE_SESSION_TOKEN, SESSION_JWT, SESSION_TOKEN, json_object, session_claims};

const EXTERNAL_CONNECTION_ID: &str =
    "external-connection-test-8b2c4d6e-1f3a-4b5c-9d7e-2a4c6e8f0b1d";

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
                "locale": "pt-br",
                "intermediate_session_token": INTERMEDIATE_SESSION_TOKEN,
                "telemetry_id": "telemetry-test-5b7d9f1a"
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
                    .locale(Locale::PtBr)
                    .intermediate_session_token(INTERMEDIATE_SESSION_TOKEN.to_owned())
                    .telemetry_id("telemetry-test-5b7d9f1a".to_owned()),
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
        let guard = member_headers_guard(&server, ActingMember::Jwt).await;
        let mock = ExpectedCall::get("/v1/b2b/sso/org%2Fwith%20space")
            .mock(&server, "sso_get_connections")
            .await;

        let response = client(&server)
            .sso()
            .get_connections()
            .organization_id("org/with space")
            .member_session_jwt(MEMBER_SESSION_JWT)
            .await?;

        mock.assert_async().await;
        guard.assert_calls_async(0).await;
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
        let guard = member_headers_guard(&server, ActingMember::Token).await;
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
            .member_session_token(MEMBER_SESSION_TOKEN)
            .await?;

        mock.assert_async().await;
        guard.assert_calls_async(0).await;
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
        let guard = member_headers_guard(&server, ActingMember::Token).await;
        let mock = ExpectedCall::post("/v1/b2b/sso/oidc/org%2Fwith%20space")
            .body(json!({"display_name": "Okta OIDC", "identity_provider": "okta"}))
            .mock(&server, "sso_oidc_create_connection")
            .await;

        let response = client(&server)
            .sso()
            .oidc()
            .create_connection(
                SsoOidcCreateConnectionRequest::builder()
                    .display_name("Okta OIDC".to_owned())
                    .identity_provider("okta".to_owned()),
            )
            .organization_id("org/with space")
            .member_session_token(MEMBER_SESSION_TOKEN)
            .await?;

        mock.assert_async().await;
        guard.assert_calls_async(0).await;
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
        let guard = member_headers_guard(&server, ActingMember::Jwt).await;
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
            "jwks_url": "https://idp.example.com/jwks",
            "identity_provider": "okta",
            "custom_scopes": "groups offline_access",
            "attribute_mapping": {}
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
                    .jwks_url("https://idp.example.com/jwks".to_owned())
                    .identity_provider("okta".to_owned())
                    .custom_scopes("groups offline_access".to_owned())
                    .attribute_mapping(serde_json::Map::new()),
            )
            .organization_id("org/with space")
            .connection_id("connection/with space")
            .member_session_jwt(MEMBER_SESSION_JWT)
            .await?;

        mock.assert_async().await;
        guard.assert_calls_async(0).await;
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
        let guard = member_headers_guard(&server, ActingMember::Token).await;
        let mock = ExpectedCall::post("/v1/b2b/sso/saml/org%2Fwith%20space")
            .body(json!({"display_name": "Okta SAML", "identity_provider": "generic"}))
            .mock(&server, "sso_saml_create_connection")
            .await;

        let response = client(&server)
            .sso()
            .saml()
            .create_connection(
                SsoSamlCreateConnectionRequest::builder()
                    .display_name("Okta SAML".to_owned())
                    .identity_provider("generic".to_owned()),
            )
            .organization_id("org/with space")
            .member_session_token(MEMBER_SESSION_TOKEN)
            .await?;

        mock.assert_async().await;
        guard.assert_calls_async(0).await;
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
        let guard = member_headers_guard(&server, ActingMember::Jwt).await;
        let mock = ExpectedCall::put(
            "/v1/b2b/sso/saml/org%2Fwith%20space/connections/connection%2Fwith%20space",
        )
        .body(json!({
            "idp_entity_id": "https://idp.example.com/entity",
            "display_name": "Okta SAML",
            "attribute_mapping": {"email": "NameID", "full_name": "name"},
            "x509_certificate": "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUFAKE\n-----END CERTIFICATE-----",
            "idp_sso_url": "https://idp.example.com/sso",
            "saml_connection_implicit_role_assignments": [{"role_id": "billing_admin"}],
            "saml_group_implicit_role_assignments": [{"role_id": "stytch_admin", "group": "Admins"}],
            "alternative_audience_uri": "https://login.acme.example.com/v1/b2b/sso/saml",
            "identity_provider": "okta",
            "signing_private_key": "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANFAKE\n-----END PRIVATE KEY-----",
            "nameid_format": "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress",
            "alternative_acs_url": "https://login.acme.example.com/v1/b2b/sso/callback/saml",
            "idp_initiated_auth_disabled": false,
            "saml_encryption_private_key": "-----BEGIN PRIVATE KEY-----\nMIIEvgIBADANFAKE\n-----END PRIVATE KEY-----",
            "allow_gateway_callback": false
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
                    .idp_sso_url("https://idp.example.com/sso".to_owned())
                    .saml_connection_implicit_role_assignments(vec![
                        SamlConnectionImplicitRoleAssignment {
                            role_id: "billing_admin".to_owned(),
                        },
                    ])
                    .saml_group_implicit_role_assignments(vec![SamlGroupImplicitRoleAssignment {
                        role_id: "stytch_admin".to_owned(),
                        group: "Admins".to_owned(),
                    }])
                    .alternative_audience_uri(
                        "https://login.acme.example.com/v1/b2b/sso/saml".to_owned(),
                    )
                    .identity_provider("okta".to_owned())
                    .signing_private_key(
                        "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANFAKE\n-----END PRIVATE KEY-----"
                            .to_owned(),
                    )
                    .nameid_format(
                        "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress".to_owned(),
                    )
                    .alternative_acs_url(
                        "https://login.acme.example.com/v1/b2b/sso/callback/saml".to_owned(),
                    )
                    .idp_initiated_auth_disabled(false)
                    .saml_encryption_private_key(
                        "-----BEGIN PRIVATE KEY-----\nMIIEvgIBADANFAKE\n-----END PRIVATE KEY-----"
                            .to_owned(),
                    )
                    .allow_gateway_callback(false),
            )
            .organization_id("org/with space")
            .connection_id("connection/with space")
            .member_session_jwt(MEMBER_SESSION_JWT)
            .await?;

        mock.assert_async().await;
        guard.assert_calls_async(0).await;
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
        let guard = member_headers_guard(&server, ActingMember::Token).await;
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
            .member_session_token(MEMBER_SESSION_TOKEN)
            .await?;

        mock.assert_async().await;
        guard.assert_calls_async(0).await;
        assert_decodes_fixture(&response, "sso_saml_delete_verification_certificate");
        assert_eq!(
            response.certificate_id,
            "saml-verification-key-test-5ccbc642-9373-42b8-928f-c1646c868701"
        );
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn sso_saml_update_by_url() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let guard = member_headers_guard(&server, ActingMember::Jwt).await;
        let mock = ExpectedCall::put(
            "/v1/b2b/sso/saml/org%2Fwith%20space/connections/connection%2Fwith%20space/url",
        )
        .body(json!({"metadata_url": "https://idp.example.com/metadata.xml"}))
        .mock(&server, "sso_saml_update_by_url")
        .await;

        let response = client(&server)
            .sso()
            .saml()
            .update_by_url(
                SsoSamlUpdateByUrlRequest::builder()
                    .metadata_url("https://idp.example.com/metadata.xml"),
            )
            .organization_id("org/with space")
            .connection_id("connection/with space")
            .member_session_jwt(MEMBER_SESSION_JWT)
            .await?;

        mock.assert_async().await;
        guard.assert_calls_async(0).await;
        assert_decodes_fixture(&response, "sso_saml_update_by_url");
        let connection = response.connection.as_ref().ok_or("no connection")?;
        assert_eq!(connection.connection_id, CONNECTION_ID);
        assert_eq!(
            connection.nameid_format,
            "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress"
        );
        assert!(connection.idp_initiated_auth_disabled);
        assert!(connection.allow_gateway_callback);
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn sso_saml_delete_encryption_private_key() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let guard = member_headers_guard(&server, ActingMember::Token).await;
        let mock = ExpectedCall::delete(
            "/v1/b2b/sso/saml/org%2Fwith%20space/connections/connection%2Fwith%20space/encryption_private_keys/key%2Fwith%20space",
        )
        .mock(&server, "sso_saml_delete_encryption_private_key")
        .await;

        let response = client(&server)
            .sso()
            .saml()
            .delete_encryption_private_key()
            .organization_id("org/with space")
            .connection_id("connection/with space")
            .private_key_id("key/with space")
            .member_session_token(MEMBER_SESSION_TOKEN)
            .await?;

        mock.assert_async().await;
        guard.assert_calls_async(0).await;
        assert_decodes_fixture(&response, "sso_saml_delete_encryption_private_key");
        assert_eq!(
            response.private_key_id,
            "saml-encryption-key-test-4b6d8f0a-2c4e-4f6a-8b0d-5e7f9a1c3e5b"
        );
        assert_eq!(response.status_code, 200);
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn sso_external_create_connection() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let guard = member_headers_guard(&server, ActingMember::Jwt).await;
        let mock = ExpectedCall::post("/v1/b2b/sso/external/org%2Fwith%20space")
            .body(json!({
                "external_organization_id": "organization-test-4a7c9e1f-3b5d-4f6a-8c0e-2d4f6a8c0e1b",
                "external_connection_id": "saml-connection-test-9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b",
                "display_name": "Acme Holdings Okta",
                "connection_implicit_role_assignments": [{"role_id": "billing_admin"}],
                "group_implicit_role_assignments": [{"role_id": "stytch_admin", "group": "Admins"}]
            }))
            .mock(&server, "sso_external_create_connection")
            .await;

        let response = client(&server)
            .sso()
            .external()
            .create_connection(
                SsoExternalCreateConnectionRequest::builder()
                    .external_organization_id(
                        "organization-test-4a7c9e1f-3b5d-4f6a-8c0e-2d4f6a8c0e1b",
                    )
                    .external_connection_id(
                        "saml-connection-test-9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b",
                    )
                    .display_name("Acme Holdings Okta".to_owned())
                    .connection_implicit_role_assignments(vec![
                        SamlConnectionImplicitRoleAssignment {
                            role_id: "billing_admin".to_owned(),
                        },
                    ])
                    .group_implicit_role_assignments(vec![SamlGroupImplicitRoleAssignment {
                        role_id: "stytch_admin".to_owned(),
                        group: "Admins".to_owned(),
                    }]),
            )
            .organization_id("org/with space")
            .member_session_jwt(MEMBER_SESSION_JWT)
            .await?;

        mock.assert_async().await;
        guard.assert_calls_async(0).await;
        assert_decodes_fixture(&response, "sso_external_create_connection");
        let connection = response.connection.as_ref().ok_or("no connection")?;
        assert_eq!(connection.connection_id, EXTERNAL_CONNECTION_ID);
        assert_eq!(
            connection.external_organization_id,
            "organization-test-4a7c9e1f-3b5d-4f6a-8c0e-2d4f6a8c0e1b"
        );
        assert_eq!(connection.status, "active");
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn sso_external_update_connection() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let guard = member_headers_guard(&server, ActingMember::Token).await;
        let mock = ExpectedCall::put(
            "/v1/b2b/sso/external/org%2Fwith%20space/connections/connection%2Fwith%20space",
        )
        .body(json!({
            "display_name": "Acme Holdings Okta",
            "external_connection_implicit_role_assignments": [],
            "external_group_implicit_role_assignments": [{"role_id": "billing_admin", "group": "Finance"}]
        }))
        .mock(&server, "sso_external_update_connection")
        .await;

        let response = client(&server)
            .sso()
            .external()
            .update_connection(
                SsoExternalUpdateConnectionRequest::builder()
                    .display_name("Acme Holdings Okta".to_owned())
                    .external_connection_implicit_role_assignments(
                        Vec::<ConnectionImplicitRoleAssignment>::new(),
                    )
                    .external_group_implicit_role_assignments(vec![GroupImplicitRoleAssignment {
                        role_id: "billing_admin".to_owned(),
                        group: "Finance".to_owned(),
                    }]),
            )
            .organization_id("org/with space")
            .connection_id("connection/with space")
            .member_session_token(MEMBER_SESSION_TOKEN)
            .await?;

        mock.assert_async().await;
        guard.assert_calls_async(0).await;
        assert_decodes_fixture(&response, "sso_external_update_connection");
        let connection = response.connection.as_ref().ok_or("no connection")?;
        assert_eq!(connection.connection_id, EXTERNAL_CONNECTION_ID);
        assert_eq!(connection.display_name, "Acme Holdings Okta");
        Ok(())
    })
    .await;
}
