//! `client.passwords()`.

use httpmock::MockServer;
use serde_json::json;
use stytch_b2b::passwords::{
    PasswordsAuthenticateRequest, PasswordsDiscoveryAuthenticateRequest,
    PasswordsDiscoveryEmailResetRequest, PasswordsDiscoveryEmailResetStartRequest,
    PasswordsEmailRequireResetRequest, PasswordsEmailResetRequest, PasswordsEmailResetStartRequest,
    PasswordsExistingPasswordResetRequest, PasswordsMigrateRequest, PasswordsSessionResetRequest,
    PasswordsStrengthCheckRequest,
};
use stytch_b2b::types::{
    Argon2Config, Locale, Md5Config, PasswordHashType, Pbkdf2Config, ScryptConfig, Sha1Config,
    Sha512Config,
};
use stytch_b2b_tests::expected_call::{ExpectedCall, assert_decodes_fixture, client};

use crate::organizations::{ActingMember, MEMBER_SESSION_JWT, member_headers_guard};
use crate::{
    INTERMEDIATE_SESSION_TOKEN, SESSION_JWT, SESSION_TOKEN, TestResult, metadata, session_claims,
    strings,
};

#[tokio::test]
pub(crate) async fn passwords_authenticate() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::post("/v1/b2b/passwords/authenticate")
            .body(json!({
                "organization_id": "organization-test-1",
                "email_address": "ada@acme.example.com",
                "password": "correct horse battery staple",
                "session_token": SESSION_TOKEN,
                "session_duration_minutes": 0,
                "session_jwt": SESSION_JWT,
                "session_custom_claims": {"https://my-app.example.net/custom-claim": {"plan": "pro"}},
                "locale": "en",
                "intermediate_session_token": INTERMEDIATE_SESSION_TOKEN,
                "telemetry_id": "telemetry-test-5b7d9f1a"
            }))
            .mock(&server, "passwords_authenticate")
            .await;

        let response = client(&server)
            .passwords()
            .authenticate(
                PasswordsAuthenticateRequest::builder()
                    .organization_id("organization-test-1")
                    .email_address("ada@acme.example.com")
                    .password("correct horse battery staple")
                    .session_token(SESSION_TOKEN.to_owned())
                    .session_duration_minutes(0)
                    .session_jwt(SESSION_JWT.to_owned())
                    .session_custom_claims(session_claims())
                    .locale(Locale::En)
                    .intermediate_session_token(INTERMEDIATE_SESSION_TOKEN.to_owned())
                    .telemetry_id("telemetry-test-5b7d9f1a".to_owned()),
            )
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "passwords_authenticate");
        assert!(response.member_authenticated);
        assert_eq!(
            response.organization_id,
            "organization-test-07971b06-ac8b-4cdb-9c15-63b17e653931"
        );
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn passwords_email_reset_start() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::post("/v1/b2b/passwords/email/reset/start")
            .body(json!({
                "organization_id": "organization-test-1",
                "email_address": "ada@acme.example.com",
                "reset_password_redirect_url": "https://app.example.com/reset",
                "reset_password_expiration_minutes": 0,
                "code_challenge": "Zm9vYmFy",
                "login_redirect_url": "https://app.example.com/login",
                "locale": "es",
                "reset_password_template_id": "template-reset",
                "verify_email_template_id": "template-verify-email"
            }))
            .mock(&server, "passwords_email_reset_start")
            .await;

        let response = client(&server)
            .passwords()
            .email()
            .reset_start(
                PasswordsEmailResetStartRequest::builder()
                    .organization_id("organization-test-1")
                    .email_address("ada@acme.example.com")
                    .reset_password_redirect_url("https://app.example.com/reset".to_owned())
                    .reset_password_expiration_minutes(0)
                    .code_challenge("Zm9vYmFy".to_owned())
                    .login_redirect_url("https://app.example.com/login".to_owned())
                    .locale(Locale::Es)
                    .reset_password_template_id("template-reset".to_owned())
                    .verify_email_template_id("template-verify-email".to_owned()),
            )
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "passwords_email_reset_start");
        assert_eq!(
            response.member_email_id,
            "email-test-81bf03a8-86e1-4d95-bd44-bb3495224953"
        );
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn passwords_email_reset() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::post("/v1/b2b/passwords/email/reset")
            .body(json!({
                "password_reset_token": "password-reset-token-test-1",
                "password": "a new long passphrase",
                "session_token": SESSION_TOKEN,
                "session_duration_minutes": 0,
                "session_jwt": SESSION_JWT,
                "code_verifier": "e0bd5a1b3c4d",
                "session_custom_claims": {"https://my-app.example.net/custom-claim": {"plan": "pro"}},
                "locale": "pt-br",
                "intermediate_session_token": INTERMEDIATE_SESSION_TOKEN,
                "telemetry_id": "telemetry-test-5b7d9f1a"
            }))
            .mock(&server, "passwords_email_reset")
            .await;

        let response = client(&server)
            .passwords()
            .email()
            .reset(
                PasswordsEmailResetRequest::builder()
                    .password_reset_token("password-reset-token-test-1")
                    .password("a new long passphrase")
                    .session_token(SESSION_TOKEN.to_owned())
                    .session_duration_minutes(0)
                    .session_jwt(SESSION_JWT.to_owned())
                    .code_verifier("e0bd5a1b3c4d".to_owned())
                    .session_custom_claims(session_claims())
                    .locale(Locale::PtBr)
                    .intermediate_session_token(INTERMEDIATE_SESSION_TOKEN.to_owned())
                    .telemetry_id("telemetry-test-5b7d9f1a".to_owned()),
            )
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "passwords_email_reset");
        assert_eq!(
            response.member_email_id,
            "email-test-81bf03a8-86e1-4d95-bd44-bb3495224953"
        );
        assert!(response.mfa_required.is_some());
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn passwords_existing_password_reset() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::post("/v1/b2b/passwords/existing_password/reset")
            .body(json!({
                "email_address": "ada@acme.example.com",
                "existing_password": "an old long passphrase",
                "new_password": "a new long passphrase",
                "organization_id": "organization-test-1",
                "session_token": SESSION_TOKEN,
                "session_duration_minutes": 0,
                "session_jwt": SESSION_JWT,
                "session_custom_claims": {"https://my-app.example.net/custom-claim": {"plan": "pro"}},
                "locale": "en",
                "telemetry_id": "telemetry-test-5b7d9f1a"
            }))
            .mock(&server, "passwords_existing_password_reset")
            .await;

        let response = client(&server)
            .passwords()
            .existing_password()
            .reset(
                PasswordsExistingPasswordResetRequest::builder()
                    .email_address("ada@acme.example.com")
                    .existing_password("an old long passphrase")
                    .new_password("a new long passphrase")
                    .organization_id("organization-test-1")
                    .session_token(SESSION_TOKEN.to_owned())
                    .session_duration_minutes(0)
                    .session_jwt(SESSION_JWT.to_owned())
                    .session_custom_claims(session_claims())
                    .locale(Locale::En)
                    .telemetry_id("telemetry-test-5b7d9f1a".to_owned()),
            )
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "passwords_existing_password_reset");
        assert!(response.member_authenticated);
        assert_eq!(
            response.session_token.as_deref(),
            Some("mZAYn5aLEqKUlZ_Ad9U_fWr38GaAQ1oFAhT8ds245v7Q")
        );
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn passwords_session_reset() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::post("/v1/b2b/passwords/session/reset")
            .body(json!({
                "organization_id": "organization-test-1",
                "password": "a new long passphrase",
                "session_token": SESSION_TOKEN,
                "session_jwt": SESSION_JWT,
                "session_duration_minutes": 0,
                "session_custom_claims": {"https://my-app.example.net/custom-claim": {"plan": "pro"}},
                "locale": "es",
                "telemetry_id": "telemetry-test-5b7d9f1a"
            }))
            .mock(&server, "passwords_session_reset")
            .await;

        let response = client(&server)
            .passwords()
            .sessions()
            .reset(
                PasswordsSessionResetRequest::builder()
                    .organization_id("organization-test-1")
                    .password("a new long passphrase")
                    .session_token(SESSION_TOKEN.to_owned())
                    .session_jwt(SESSION_JWT.to_owned())
                    .session_duration_minutes(0)
                    .session_custom_claims(session_claims())
                    .locale(Locale::Es)
                    .telemetry_id("telemetry-test-5b7d9f1a".to_owned()),
            )
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "passwords_session_reset");
        assert!(response.member_session.is_some());
        assert_eq!(response.member.name, "Ada Lovelace");
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn passwords_strength_check() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::post("/v1/b2b/passwords/strength_check")
            .body(json!({
                "password": "correct horse battery staple",
                "email_address": "ada@acme.example.com"
            }))
            .mock(&server, "passwords_strength_check")
            .await;

        let response = client(&server)
            .passwords()
            .strength_check(
                PasswordsStrengthCheckRequest::builder()
                    .password("correct horse battery staple")
                    .email_address("ada@acme.example.com".to_owned()),
            )
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "passwords_strength_check");
        assert_eq!(response.score, 4);
        assert!(response.valid_password);
        assert!(!response.breached_password);
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn passwords_migrate() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::post("/v1/b2b/passwords/migrate")
            .body(json!({
                "email_address": "ada@acme.example.com",
                "hash": "$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA",
                "hash_type": "argon_2id",
                "organization_id": "organization-test-1",
                "argon_2_config": {
                    "salt": "c2FsdA",
                    "iteration_amount": 0,
                    "memory": 65536,
                    "threads": 1,
                    "key_length": 32
                },
                "name": "Ada Lovelace",
                "trusted_metadata": {"plan": "enterprise", "seats": 0, "beta": false},
                "untrusted_metadata": {"plan": "enterprise", "seats": 0, "beta": false},
                "roles": ["billing_admin"],
                "preserve_existing_sessions": false,
                "mfa_phone_number": "+12025550162",
                "set_phone_number_verified": false,
                "external_id": "acme-user-1815"
            }))
            .mock(&server, "passwords_migrate")
            .await;

        let response = client(&server)
            .passwords()
            .migrate(
                PasswordsMigrateRequest::builder()
                    .email_address("ada@acme.example.com")
                    .hash("$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA")
                    .hash_type(PasswordHashType::Argon2id)
                    .organization_id("organization-test-1")
                    .argon_2_config(Argon2Config::try_from(
                        Argon2Config::builder()
                            .salt("c2FsdA")
                            .iteration_amount(0)
                            .memory(65536)
                            .threads(1)
                            .key_length(32),
                    )?)
                    .name("Ada Lovelace".to_owned())
                    .trusted_metadata(metadata())
                    .untrusted_metadata(metadata())
                    .roles(strings(&["billing_admin"]))
                    .preserve_existing_sessions(false)
                    .mfa_phone_number("+12025550162".to_owned())
                    .set_phone_number_verified(false)
                    .external_id("acme-user-1815".to_owned()),
            )
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "passwords_migrate");
        assert!(response.member_created);
        assert_eq!(response.member.email_address, "ada@acme.example.com");
        Ok(())
    })
    .await;
}

/// The hash configurations `migrate` above does not send, each with its wire name.
#[tokio::test]
async fn migrate_sends_every_hash_configuration() -> TestResult {
    let server = MockServer::start_async().await;
    let mock = ExpectedCall::post("/v1/b2b/passwords/migrate")
        .body(json!({
            "email_address": "ada@acme.example.com",
            "hash": "5f4dcc3b5aa765d61d8327deb882cf99",
            "hash_type": "md_5",
            "organization_id": "organization-test-1",
            "md_5_config": {"prepend_salt": "pre", "append_salt": ""},
            "sha_1_config": {"prepend_salt": "", "append_salt": "post"},
            "scrypt_config": {
                "salt": "c2FsdA",
                "n_parameter": 16384,
                "r_parameter": 8,
                "p_parameter": 0,
                "key_length": 32
            },
            "pbkdf_2_config": {
                "salt": "c2FsdA",
                "iteration_amount": 0,
                "key_length": 32,
                "algorithm": "sha256"
            },
            "sha_512_config": {"prepend_salt": "", "append_salt": "pepper"}
        }))
        .mock(&server, "passwords_migrate")
        .await;

    client(&server)
        .passwords()
        .migrate(
            PasswordsMigrateRequest::builder()
                .email_address("ada@acme.example.com")
                .hash("5f4dcc3b5aa765d61d8327deb882cf99")
                .hash_type(PasswordHashType::Md5)
                .organization_id("organization-test-1")
                .md_5_config(Md5Config::try_from(
                    Md5Config::builder().prepend_salt("pre").append_salt(""),
                )?)
                .sha_1_config(Sha1Config::try_from(
                    Sha1Config::builder().prepend_salt("").append_salt("post"),
                )?)
                .scrypt_config(ScryptConfig::try_from(
                    ScryptConfig::builder()
                        .salt("c2FsdA")
                        .n_parameter(16384)
                        .r_parameter(8)
                        .p_parameter(0)
                        .key_length(32),
                )?)
                .pbkdf_2_config(Pbkdf2Config::try_from(
                    Pbkdf2Config::builder()
                        .salt("c2FsdA")
                        .iteration_amount(0)
                        .key_length(32)
                        .algorithm("sha256"),
                )?)
                .sha_512_config(Sha512Config::try_from(
                    Sha512Config::builder()
                        .prepend_salt("")
                        .append_salt("pepper"),
                )?),
        )
        .await?;

    mock.assert_async().await;
    Ok(())
}

#[tokio::test]
pub(crate) async fn passwords_email_require_reset() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let guard = member_headers_guard(&server, ActingMember::Jwt).await;
        let mock = ExpectedCall::post("/v1/b2b/passwords/email/require_reset")
            .body(json!({
                "email_address": "ada@acme.example.com",
                "organization_id": "organization-test-1",
                "member_id": "member-test-1"
            }))
            .mock(&server, "passwords_email_require_reset")
            .await;

        let response = client(&server)
            .passwords()
            .email()
            .require_reset(
                PasswordsEmailRequireResetRequest::builder()
                    .email_address("ada@acme.example.com")
                    .organization_id("organization-test-1".to_owned())
                    .member_id("member-test-1".to_owned()),
            )
            .member_session_jwt(MEMBER_SESSION_JWT)
            .await?;

        mock.assert_async().await;
        guard.assert_calls_async(0).await;
        assert_decodes_fixture(&response, "passwords_email_require_reset");
        assert_eq!(
            response.member_id.as_deref(),
            Some("member-test-32fc5024-9c09-4da3-bd2e-c9ce4da9375f")
        );
        let member = response.member.as_ref().ok_or("no member")?;
        assert_eq!(member.name, "Ada Lovelace");
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn passwords_discovery_authenticate() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::post("/v1/b2b/passwords/discovery/authenticate")
            .body(json!({
                "email_address": "ada@acme.example.com",
                "password": "correct horse battery staple"
            }))
            .mock(&server, "passwords_discovery_authenticate")
            .await;

        let response = client(&server)
            .passwords()
            .discovery()
            .authenticate(
                PasswordsDiscoveryAuthenticateRequest::builder()
                    .email_address("ada@acme.example.com")
                    .password("correct horse battery staple"),
            )
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "passwords_discovery_authenticate");
        assert_eq!(response.email_address, "ada@acme.example.com");
        assert_eq!(
            response.intermediate_session_token.as_deref(),
            Some(INTERMEDIATE_SESSION_TOKEN)
        );
        let discovered = &response.discovered_organizations[0];
        assert!(discovered.member_authenticated);
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn passwords_discovery_email_reset_start() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::post("/v1/b2b/passwords/discovery/email/reset/start")
            .body(json!({
                "email_address": "ada@acme.example.com",
                "reset_password_redirect_url": "https://app.example.com/reset",
                "discovery_redirect_url": "https://app.example.com/discover",
                "reset_password_template_id": "template-reset",
                "reset_password_expiration_minutes": 0,
                "pkce_code_challenge": "Zm9vYmFy",
                "locale": "fr",
                "verify_email_template_id": "template-verify-email"
            }))
            .mock(&server, "passwords_discovery_email_reset_start")
            .await;

        let response = client(&server)
            .passwords()
            .discovery()
            .email()
            .reset_start(
                PasswordsDiscoveryEmailResetStartRequest::builder()
                    .email_address("ada@acme.example.com")
                    .reset_password_redirect_url("https://app.example.com/reset".to_owned())
                    .discovery_redirect_url("https://app.example.com/discover".to_owned())
                    .reset_password_template_id("template-reset".to_owned())
                    .reset_password_expiration_minutes(0)
                    .pkce_code_challenge("Zm9vYmFy".to_owned())
                    .locale(Locale::Fr)
                    .verify_email_template_id("template-verify-email".to_owned()),
            )
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "passwords_discovery_email_reset_start");
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
pub(crate) async fn passwords_discovery_email_reset() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::post("/v1/b2b/passwords/discovery/email/reset")
            .body(json!({
                "password_reset_token": "password-reset-token-test-1",
                "password": "a new long passphrase",
                "pkce_code_verifier": "e0bd5a1b3c4d"
            }))
            .mock(&server, "passwords_discovery_email_reset")
            .await;

        let response = client(&server)
            .passwords()
            .discovery()
            .email()
            .reset(
                PasswordsDiscoveryEmailResetRequest::builder()
                    .password_reset_token("password-reset-token-test-1")
                    .password("a new long passphrase")
                    .pkce_code_verifier("e0bd5a1b3c4d".to_owned()),
            )
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "passwords_discovery_email_reset");
        assert_eq!(response.email_address, "ada@acme.example.com");
        let discovered = &response.discovered_organizations[0];
        let membership = discovered.membership.as_ref().ok_or("no membership")?;
        assert_eq!(membership.type_, "magic_link");
        Ok(())
    })
    .await;
}
