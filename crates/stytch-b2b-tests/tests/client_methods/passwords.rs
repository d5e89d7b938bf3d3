//! `client.passwords()`.

use httpmock::MockServer;
use serde_json::json;
use stytch_b2b::passwords::{
    PasswordsAuthenticateRequest, PasswordsEmailResetRequest, PasswordsEmailResetStartRequest,
    PasswordsExistingPasswordResetRequest, PasswordsMigrateRequest, PasswordsSessionResetRequest,
    PasswordsStrengthCheckRequest,
};
use stytch_b2b::types::{
    Argon2Config, Locale, Md5Config, PasswordHashType, Pbkdf2Config, ScryptConfig, Sha1Config,
};
use stytch_b2b_tests::expected_call::{ExpectedCall, assert_decodes_fixture, client};

use crate::{SESSION_JWT, SESSION_TOKEN, TestResult, metadata, session_claims};

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
                "locale": "en"
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
                    .locale(Locale::En),
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
                "reset_password_template_id": "template-reset"
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
                    .reset_password_template_id("template-reset".to_owned()),
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
                "locale": "pt-br"
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
                    .locale(Locale::PtBr),
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
                "locale": "en"
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
                    .locale(Locale::En),
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
                "session_jwt": SESSION_JWT
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
                    .session_jwt(SESSION_JWT.to_owned()),
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
                "untrusted_metadata": {"plan": "enterprise", "seats": 0, "beta": false}
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
                    .untrusted_metadata(metadata()),
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
            "pbkdf_2_config": {"salt": "c2FsdA", "iteration_amount": 0, "key_length": 32}
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
                        .key_length(32),
                )?),
        )
        .await?;

    mock.assert_async().await;
    Ok(())
}
