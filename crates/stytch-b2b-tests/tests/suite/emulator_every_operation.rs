//! One scenario that calls every operation of the spec through the generated
//! client, so every emulator response is decoded by the generated types, with the
//! behaviour of each step asserted along the way (passwords, discovery, exchange,
//! OAuth, SSO and connection management included).

use std::collections::BTreeSet;

use base64::Engine as _;
use serde_json::json;
use stytch_b2b_api::Client;
use stytch_b2b_api::types;
use stytch_b2b_emulator::{
    API_ROUTES, Emulator, ExternalSession, Impersonation, MessageKind, OAuthLogin, SsoLogin,
    TrustedToken, TrustedTokenProfile,
};
use stytch_b2b_tests::emulator::{api_error, jwt_segment, start_emulator_with_client};
use stytch_b2b_tests::totp::{base32, totp_code};
use stytch_b2b_tests::{PROJECT_ID, spec};

type Result = std::result::Result<(), Box<dyn std::error::Error>>;

const MIGRATED_PASSWORD: &str = "Tr0ub4dor&3-correct-horse";
/// bcrypt (cost 4) of [`MIGRATED_PASSWORD`].
const MIGRATED_BCRYPT: &str = "$2b$04$PJ5NjjUYDna1p7hnin0Zn.5v29R3.5kghpJWjmE2hK21P4cIEbGw6";

fn query(
    filter_name: &str,
    filter_value: serde_json::Value,
) -> std::result::Result<types::SearchQuery, Box<dyn std::error::Error>> {
    let operand = json!({"filter_name": filter_name, "filter_value": filter_value});
    Ok(types::SearchQuery::try_from(
        types::SearchQuery::builder()
            .operator("AND")
            .operands(vec![operand.as_object().cloned().unwrap_or_default()]),
    )?)
}

fn pem(seed: u8) -> String {
    let mut der = vec![0x30, 0x82, 0x01, 0x0a];
    der.extend(std::iter::repeat_n(seed, 60));
    let body = base64::engine::general_purpose::STANDARD.encode(der);
    format!("-----BEGIN CERTIFICATE-----\n{body}\n-----END CERTIFICATE-----\n")
}

/// The scenario is one very large future (123 calls, each with its request builder);
/// a debug build polls it with more stack than a test thread has, so it runs on a
/// thread of its own with a larger stack.
#[test]
fn every_operation_of_the_spec_answers_with_its_generated_type() -> Result {
    let scenario = std::thread::Builder::new()
        .stack_size(64 * 1024 * 1024)
        .spawn(|| -> std::result::Result<(), String> {
            let runtime = tokio::runtime::Builder::new_multi_thread()
                .enable_all()
                .build()
                .map_err(|e| e.to_string())?;
            runtime
                .block_on(every_operation())
                .map_err(|e| e.to_string())
        })?;
    match scenario.join() {
        Ok(result) => Ok(result?),
        Err(panic) => std::panic::resume_unwind(panic),
    }
}

async fn every_operation() -> Result {
    let (emu, client) = start_emulator_with_client().await?;
    let mut hit: BTreeSet<&str> = BTreeSet::new();
    macro_rules! call {
        ($op:literal, $builder:expr) => {{
            let response = $builder.send().await?.into_inner();
            hit.insert($op);
            response
        }};
    }

    // Organizations.
    let org = call!(
        "organizations_create",
        client.organizations_create().body(
            types::OrganizationsCreateRequest::builder()
                .organization_name("Every Op")
                .organization_slug("every-op".to_owned())
                .email_jit_provisioning("RESTRICTED".to_owned())
                .email_allowed_domains(vec!["every.example".to_owned()]),
        )
    )
    .organization;
    let org_id = org.organization_id.clone();
    let updated = call!(
        "organizations_update",
        client.organizations_update().organization_id(&org_id).body(
            types::OrganizationsUpdateRequest::builder()
                .organization_name("Every Operation".to_owned())
                .set_trusted_metadata(json!({"tier": "gold"}).as_object().cloned()),
        )
    );
    assert_eq!(
        updated.organization.trusted_metadata.get("tier"),
        Some(&json!("gold"))
    );
    let got = call!(
        "organizations_get",
        client.organizations_get().organization_id(&org_id)
    );
    assert_eq!(got.organization.organization_name, "Every Operation");
    let found = call!(
        "organizations_search",
        client.organizations_search().body(
            types::OrganizationsSearchRequest::builder()
                .query(query("organization_slugs", json!(["every-op"]))?),
        )
    );
    assert_eq!(found.organizations.len(), 1);
    assert_eq!(found.results_metadata.total, 1);

    // Members.
    let alice = call!(
        "organizations_members_create",
        client
            .organizations_members_create()
            .organization_id(&org_id)
            .body(
                types::OrganizationsMembersCreateRequest::builder()
                    .email_address("alice@every.example")
                    .mfa_phone_number("+15555550100".to_owned()),
            )
    )
    .member;
    let alice_id = alice.member_id.clone();
    let renamed = call!(
        "organizations_members_update",
        client
            .organizations_members_update()
            .organization_id(&org_id)
            .member_id(&alice_id)
            .body(types::OrganizationsMembersUpdateRequest::builder().name("Alice".to_owned()),)
    );
    assert_eq!(renamed.member.name, "Alice");
    let by_email = call!(
        "organizations_members_get",
        client
            .organizations_members_get()
            .organization_id(&org_id)
            .email_address("ALICE@every.example")
    );
    assert_eq!(by_email.member_id, alice_id);
    let active = call!(
        "organizations_members_search",
        client.organizations_members_search().body(
            types::OrganizationsMembersSearchRequest::builder()
                .organization_ids(vec![org_id.clone()])
                .query(query("statuses", json!(["active"]))?),
        )
    );
    assert_eq!(active.members.len(), 1);

    // Passwords.
    let weak = call!(
        "passwords_strength_check",
        client
            .passwords_strength_check()
            .body(types::PasswordsStrengthCheckRequest::builder().password("password"),)
    );
    assert!(!weak.valid_password);
    assert!(weak.score < 3);
    assert_eq!(weak.strength_policy, "zxcvbn");
    let strong = client
        .passwords_strength_check()
        .body(
            types::PasswordsStrengthCheckRequest::builder().password("velvet-tangerine-orbit-1987"),
        )
        .send()
        .await?;
    assert!(strong.valid_password && strong.score >= 3);
    let migrated = call!(
        "passwords_migrate",
        client.passwords_migrate().body(
            types::PasswordsMigrateRequest::builder()
                .organization_id(&org_id)
                .email_address("alice@every.example")
                .hash(MIGRATED_BCRYPT)
                .hash_type(types::PasswordHashType::Bcrypt),
        )
    );
    assert!(!migrated.member_created);
    assert!(!migrated.member.member_password_id.is_empty());
    let wrong = client
        .passwords_authenticate()
        .body(
            types::PasswordsAuthenticateRequest::builder()
                .organization_id(&org_id)
                .email_address("alice@every.example")
                .password("not-the-password"),
        )
        .send()
        .await;
    assert_eq!(
        api_error(wrong),
        (401, "unauthorized_credentials".to_owned())
    );
    let pw = call!(
        "passwords_authenticate",
        client.passwords_authenticate().body(
            types::PasswordsAuthenticateRequest::builder()
                .organization_id(&org_id)
                .email_address("alice@every.example")
                .password(MIGRATED_PASSWORD),
        )
    );
    assert!(pw.member_authenticated);
    assert_eq!(
        pw.member_session
            .as_ref()
            .map(|s| s.authentication_factors[0].type_.as_str()),
        Some("password")
    );
    let reset = call!(
        "passwords_existing_password_reset",
        client.passwords_existing_password_reset().body(
            types::PasswordsExistingPasswordResetRequest::builder()
                .organization_id(&org_id)
                .email_address("alice@every.example")
                .existing_password(MIGRATED_PASSWORD)
                .new_password("velvet-tangerine-orbit-1987"),
        )
    );
    let session_token = reset.session_token.clone().ok_or("no session")?;
    let session_reset = call!(
        "passwords_session_reset",
        client.passwords_session_reset().body(
            types::PasswordsSessionResetRequest::builder()
                .organization_id(&org_id)
                .password("quiet-lantern-marmalade-42")
                .session_token(session_token),
        )
    );
    assert!(session_reset.member_session.is_some());
    let started = call!(
        "passwords_email_reset_start",
        client.passwords_email_reset_start().body(
            types::PasswordsEmailResetStartRequest::builder()
                .organization_id(&org_id)
                .email_address("alice@every.example"),
        )
    );
    assert_eq!(started.member_id, alice_id);
    let reset_mail = emu
        .latest_message_to("alice@every.example")
        .ok_or("no reset email")?;
    assert_eq!(reset_mail.kind, MessageKind::PasswordReset);
    let too_weak = client
        .passwords_email_reset()
        .body(
            types::PasswordsEmailResetRequest::builder()
                .password_reset_token(&reset_mail.token)
                .password("abc123"),
        )
        .send()
        .await;
    assert_eq!(api_error(too_weak), (400, "weak_password".to_owned()));
    let email_reset = call!(
        "passwords_email_reset",
        client.passwords_email_reset().body(
            types::PasswordsEmailResetRequest::builder()
                .password_reset_token(&reset_mail.token)
                .password("sapphire-kettle-thunder-77"),
        )
    );
    assert_eq!(email_reset.member_email_id, started.member_email_id);
    let old_gone = client
        .passwords_authenticate()
        .body(
            types::PasswordsAuthenticateRequest::builder()
                .organization_id(&org_id)
                .email_address("alice@every.example")
                .password("quiet-lantern-marmalade-42"),
        )
        .send()
        .await;
    assert_eq!(api_error(old_gone).0, 401);
    let alice_token = email_reset.session_token.clone().ok_or("no session")?;
    let password_id = email_reset.member.member_password_id.clone();
    let no_password = call!(
        "organizations_members_delete_password",
        client
            .organizations_members_delete_password()
            .organization_id(&org_id)
            .member_password_id(&password_id)
    );
    assert!(no_password.member.member_password_id.is_empty());

    // SMS OTP added to an existing session.
    call!(
        "otps_sms_send",
        client.otps_sms_send().body(
            types::OtpsSmsSendRequest::builder()
                .organization_id(&org_id)
                .member_id(&alice_id),
        )
    );
    let code = emu.latest_message_to("+15555550100").ok_or("no SMS")?.token;
    let otp = call!(
        "otps_sms_authenticate",
        client.otps_sms_authenticate().body(
            types::OtpsSmsAuthenticateRequest::builder()
                .organization_id(&org_id)
                .member_id(&alice_id)
                .code(code)
                .session_token(alice_token.clone()),
        )
    );
    let factor_types: Vec<String> = otp
        .member_session
        .ok_or("no session")?
        .authentication_factors
        .into_iter()
        .map(|f| f.type_)
        .collect();
    assert_eq!(
        factor_types,
        vec!["magic_link".to_owned(), "otp".to_owned()]
    );
    let no_phone = call!(
        "organizations_members_delete_mfa_phone_number",
        client
            .organizations_members_delete_mfa_phone_number()
            .organization_id(&org_id)
            .member_id(&alice_id)
    );
    assert!(no_phone.member.mfa_phone_number.is_empty());

    // Magic links.
    let bob = call!(
        "magic_links_email_invite",
        client.magic_links_email_invite().body(
            types::MagicLinksEmailInviteRequest::builder()
                .organization_id(&org_id)
                .email_address("bob@every.example"),
        )
    );
    assert_eq!(bob.member.status, "invited");
    let carol = call!(
        "magic_links_email_login_or_signup",
        client.magic_links_email_login_or_signup().body(
            types::MagicLinksEmailLoginOrSignupRequest::builder()
                .organization_id(&org_id)
                .email_address("carol@every.example"),
        )
    );
    assert!(carol.member_created);
    assert_eq!(carol.member.status, "pending");
    let signup = emu
        .latest_message_to("carol@every.example")
        .ok_or("no signup link")?;
    assert_eq!(signup.kind, MessageKind::Signup);
    let carol_in = call!("magic_links_authenticate", client.magic_links_authenticate().body(
        types::MagicLinksAuthenticateRequest::builder().magic_links_token(&signup.token),
    ));
    assert_eq!(carol_in.member.status, "active");

    // Discovery.
    call!(
        "magic_links_email_discovery_send",
        client.magic_links_email_discovery_send().body(
            types::MagicLinksEmailDiscoverySendRequest::builder()
                .email_address("alice@every.example"),
        )
    );
    let link = emu
        .latest_message_to("alice@every.example")
        .ok_or("no discovery link")?;
    let discovered = call!(
        "magic_links_discovery_authenticate",
        client.magic_links_discovery_authenticate().body(
            types::MagicLinksDiscoveryAuthenticateRequest::builder()
                .discovery_magic_links_token(&link.token),
        )
    );
    assert_eq!(discovered.discovered_organizations.len(), 1);
    let membership = discovered.discovered_organizations[0]
        .membership
        .as_ref()
        .ok_or("no membership")?;
    assert_eq!(membership.type_, "active_member");
    let ist = discovered
        .intermediate_session_token
        .clone()
        .ok_or("no IST")?;
    let listed = call!(
        "discovery_organizations_list",
        client.discovery_organizations_list().body(
            types::DiscoveryOrganizationsListRequest::builder()
                .intermediate_session_token(ist.clone()),
        )
    );
    assert_eq!(listed.email_address, "alice@every.example");
    let exchanged = call!(
        "discovery_intermediate_sessions_exchange",
        client.discovery_intermediate_sessions_exchange().body(
            types::DiscoveryIntermediateSessionsExchangeRequest::builder()
                .intermediate_session_token(&ist)
                .organization_id(&org_id),
        )
    );
    assert!(exchanged.member_authenticated);
    assert_eq!(exchanged.member_id, alice_id);
    client
        .magic_links_email_discovery_send()
        .body(
            types::MagicLinksEmailDiscoverySendRequest::builder()
                .email_address("alice@every.example"),
        )
        .send()
        .await?;
    let link = emu
        .latest_message_to("alice@every.example")
        .ok_or("no discovery link")?;
    let ist2 = client
        .magic_links_discovery_authenticate()
        .body(
            types::MagicLinksDiscoveryAuthenticateRequest::builder()
                .discovery_magic_links_token(&link.token),
        )
        .send()
        .await?
        .into_inner()
        .intermediate_session_token
        .ok_or("no IST")?;
    let created = call!(
        "discovery_organizations_create",
        client.discovery_organizations_create().body(
            types::DiscoveryOrganizationsCreateRequest::builder()
                .intermediate_session_token(&ist2)
                .organization_name("Second Org")
                .organization_slug("second-org"),
        )
    );
    let second_org = created.organization.clone().ok_or("no organization")?;
    assert_eq!(created.member.email_address, "alice@every.example");
    let second_token = created.session_token.clone().ok_or("no session")?;

    // Session exchange back into the first organization.
    let back = call!(
        "sessions_exchange",
        client.sessions_exchange().body(
            types::SessionsExchangeRequest::builder()
                .organization_id(&org_id)
                .session_token(second_token),
        )
    );
    assert!(back.member_authenticated);
    assert_eq!(back.member_id, alice_id);

    // OAuth.
    let discovery_oauth = emu.mint_oauth_token(&OAuthLogin::google(None, "alice@every.example"))?;
    let oauth_discovered = call!(
        "oauth_discovery_authenticate",
        client.oauth_discovery_authenticate().body(
            types::OauthDiscoveryAuthenticateRequest::builder()
                .discovery_oauth_token(discovery_oauth),
        )
    );
    assert_eq!(oauth_discovered.discovered_organizations.len(), 2);
    let oauth_token =
        emu.mint_oauth_token(&OAuthLogin::google(Some(&org_id), "alice@every.example"))?;
    let oauth = call!(
        "oauth_authenticate",
        client
            .oauth_authenticate()
            .body(types::OauthAuthenticateRequest::builder().oauth_token(oauth_token),)
    );
    assert_eq!(oauth.provider_type, "google");
    assert_eq!(oauth.member.oauth_registrations.len(), 1);

    // SSO connections and login.
    let saml = call!(
        "sso_saml_create_connection",
        client
            .sso_saml_create_connection()
            .organization_id(&org_id)
            .body(
                types::SsoSamlCreateConnectionRequest::builder()
                    .display_name("Okta".to_owned()),
            )
    )
    .connection
    .ok_or("no connection")?;
    assert_eq!(saml.status, "pending");
    let saml = call!(
        "sso_saml_update_connection",
        client
            .sso_saml_update_connection()
            .organization_id(&org_id)
            .connection_id(&saml.connection_id)
            .body(
                types::SsoSamlUpdateConnectionRequest::builder()
                    .idp_entity_id("https://idp.every.example".to_owned())
                    .idp_sso_url("https://idp.every.example/sso".to_owned())
                    .x509_certificate(pem(1)),
            )
    )
    .connection
    .ok_or("no connection")?;
    assert_eq!(saml.status, "active");
    let oidc = call!(
        "sso_oidc_create_connection",
        client
            .sso_oidc_create_connection()
            .organization_id(&org_id)
            .body(types::SsoOidcCreateConnectionRequest::builder(),)
    )
    .connection
    .ok_or("no connection")?;
    let oidc = call!(
        "sso_oidc_update_connection",
        client
            .sso_oidc_update_connection()
            .organization_id(&org_id)
            .connection_id(&oidc.connection_id)
            .body(
                types::SsoOidcUpdateConnectionRequest::builder()
                    .issuer("https://oidc.every.example".to_owned())
                    .client_id("client".to_owned())
                    .client_secret("client-secret".to_owned()),
            )
    )
    .connection
    .ok_or("no connection")?;
    assert_eq!(oidc.status, "active");
    let connections = call!(
        "sso_get_connections",
        client.sso_get_connections().organization_id(&org_id)
    );
    assert_eq!(
        (
            connections.saml_connections.len(),
            connections.oidc_connections.len()
        ),
        (1, 1)
    );
    let sso_token =
        emu.mint_sso_token(&SsoLogin::new(&saml.connection_id, "dave@every.example"))?;
    let sso = call!(
        "sso_authenticate",
        client
            .sso_authenticate()
            .body(types::SsoAuthenticateRequest::builder().sso_token(sso_token),)
    );
    assert!(sso.member_authenticated);
    assert_eq!(sso.member.sso_registrations.len(), 1);
    assert_eq!(
        sso.member_session
            .ok_or("no session")?
            .authentication_factors[0]
            .delivery_method,
        "sso_saml"
    );
    let with_two = client
        .sso_saml_update_connection()
        .organization_id(&org_id)
        .connection_id(&saml.connection_id)
        .body(types::SsoSamlUpdateConnectionRequest::builder().x509_certificate(pem(2)))
        .send()
        .await?
        .into_inner()
        .connection
        .ok_or("no connection")?;
    assert_eq!(with_two.verification_certificates.len(), 2);
    let first_cert = with_two.verification_certificates[0].certificate_id.clone();
    let deleted_cert = call!(
        "sso_saml_delete_verification_certificate",
        client
            .sso_saml_delete_verification_certificate()
            .organization_id(&org_id)
            .connection_id(&saml.connection_id)
            .certificate_id(&first_cert)
    );
    assert_eq!(deleted_cert.certificate_id, first_cert);
    let deleted = call!(
        "sso_delete_connection",
        client
            .sso_delete_connection()
            .organization_id(&org_id)
            .connection_id(&oidc.connection_id)
    );
    assert_eq!(deleted.connection_id, oidc.connection_id);

    // Sessions.
    let sessions = call!(
        "sessions_get",
        client
            .sessions_get()
            .organization_id(&org_id)
            .member_id(&alice_id)
    );
    assert!(!sessions.member_sessions.is_empty());
    let authed = call!(
        "sessions_authenticate",
        client.sessions_authenticate().body(
            types::SessionsAuthenticateRequest::builder()
                .set_session_token(oauth.session_token.clone()),
        )
    );
    assert_eq!(authed.member.member_id, alice_id);
    let jwks = call!(
        "sessions_get_jwks",
        client.sessions_get_jwks().project_id(PROJECT_ID)
    );
    assert_eq!(jwks.keys.len(), 1);
    let policy = call!("rbac_policy", client.rbac_policy())
        .policy
        .ok_or("the emulator sent no RBAC policy")?;
    let roles: Vec<&str> = policy.roles.iter().map(|r| r.role_id.as_str()).collect();
    assert_eq!(roles, ["stytch_member", "stytch_admin"]);
    let member_grants: Vec<(&str, &[String])> = policy.roles[0]
        .permissions
        .iter()
        .map(|p| (p.resource_id.as_str(), p.actions.as_slice()))
        .collect();
    assert_eq!(member_grants, [("stytch.self", &["*".to_owned()][..])]);
    assert!(
        policy
            .resources
            .iter()
            .any(|r| r.resource_id == "stytch.member" && r.actions.iter().any(|a| a == "delete"))
    );
    call!(
        "sessions_revoke",
        client
            .sessions_revoke()
            .body(types::SessionsRevokeRequest::builder().member_id(alice_id.clone()),)
    );
    let after = client
        .sessions_get()
        .organization_id(&org_id)
        .member_id(&alice_id)
        .send()
        .await?;
    assert!(after.member_sessions.is_empty());

    // Boxed: the two scenarios together are too large a future for a test thread's stack.
    Box::pin(current_api(&emu, &client, &org_id, &alice_id, &mut hit)).await?;

    // Deletion and reactivation.
    call!(
        "organizations_members_delete",
        client
            .organizations_members_delete()
            .organization_id(&org_id)
            .member_id(&bob.member_id)
    );
    let bob_now = client
        .organizations_members_get()
        .organization_id(&org_id)
        .member_id(&bob.member_id)
        .send()
        .await?;
    assert_eq!(bob_now.member.status, "deleted");
    let back = call!(
        "organizations_members_reactivate",
        client
            .organizations_members_reactivate()
            .organization_id(&org_id)
            .member_id(&bob.member_id)
    );
    assert_eq!(back.member.status, "active");
    call!(
        "organizations_delete",
        client
            .organizations_delete()
            .organization_id(&second_org.organization_id)
    );
    let gone = client
        .organizations_get()
        .organization_id(&second_org.organization_id)
        .send()
        .await;
    assert_eq!(api_error(gone), (404, "organization_not_found".to_owned()));

    let all: BTreeSet<&str> = API_ROUTES.iter().map(|r| r.operation_id).collect();
    let missed: Vec<_> = all.difference(&hit).collect();
    assert!(missed.is_empty(), "operations not exercised: {missed:?}");
    let declared = spec::operations()?;
    let spec_ids: BTreeSet<&str> = declared.iter().map(|op| op.id.as_str()).collect();
    assert_eq!(
        hit, spec_ids,
        "operations exercised vs. declared in the spec"
    );
    assert_eq!(hit.len(), declared.len());
    Ok(())
}

/// The status and OAuth 2.0 `error` of a call to an OAuth 2.0 endpoint that must fail.
fn oauth2_error<T: std::fmt::Debug>(
    result: std::result::Result<T, stytch_b2b_api::Error<types::StytchOAuth2ErrorBody>>,
) -> (u16, types::StytchOAuth2ErrorBody) {
    match result {
        Err(stytch_b2b_api::Error::ErrorResponse(body)) => {
            (body.status().as_u16(), body.into_inner())
        }
        other => panic!("expected an OAuth 2.0 error, got {other:?}"),
    }
}

/// Checks an RS256 JWT against the emulator's JWKS; returns its claims.
fn verify_with_jwks(emu: &Emulator, jwt: &str) -> std::result::Result<serde_json::Value, String> {
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let header = jwt_segment(jwt, 0)?;
    let kid = header["kid"].as_str().ok_or("no kid")?;
    let jwks: serde_json::Value =
        serde_json::from_str(&emu.jwks_json()).map_err(|e| e.to_string())?;
    let key = jwks["keys"]
        .as_array()
        .and_then(|keys| keys.iter().find(|k| k["kid"] == kid))
        .ok_or("kid not in the JWKS")?;
    let decode = |v: &serde_json::Value| {
        URL_SAFE_NO_PAD
            .decode(v.as_str().unwrap_or_default())
            .map_err(|e| e.to_string())
    };
    let (n, e) = (decode(&key["n"])?, decode(&key["e"])?);
    let (signing_input, signature) = jwt.rsplit_once('.').ok_or("no signature")?;
    let signature = URL_SAFE_NO_PAD
        .decode(signature)
        .map_err(|e| e.to_string())?;
    aws_lc_rs::signature::RsaPublicKeyComponents { n: &n, e: &e }
        .verify(
            &aws_lc_rs::signature::RSA_PKCS1_2048_8192_SHA256,
            signing_input.as_bytes(),
            &signature,
        )
        .map_err(|_| "signature does not verify".to_owned())?;
    jwt_segment(jwt, 1)
}

/// The body of an operation that takes no fields: `{}`.
fn empty<T: Default>() -> T {
    T::default()
}

/// The operations of today's API (RBAC, M2M, connected apps, TOTP, recovery codes,
/// email OTP, SCIM, fraud, ...), with their behaviour asserted.
async fn current_api(
    emu: &Emulator,
    client: &Client,
    org1: &str,
    alice_id: &str,
    hit: &mut BTreeSet<&'static str>,
) -> Result {
    macro_rules! call {
        ($op:literal, $builder:expr) => {{
            let response = $builder.send().await?.into_inner();
            hit.insert($op);
            response
        }};
    }
    macro_rules! fails {
        ($op:literal, $builder:expr) => {{
            let result = $builder.send().await;
            hit.insert($op);
            result
        }};
    }

    // RBAC: an organization's custom roles, checked against the project policy.
    let org = client
        .organizations_create()
        .body(
            types::OrganizationsCreateRequest::builder()
                .organization_name("Current API")
                .organization_slug("current-api".to_owned())
                .email_jit_provisioning("RESTRICTED".to_owned())
                .email_allowed_domains(vec!["current.example".to_owned()]),
        )
        .send()
        .await?
        .into_inner()
        .organization;
    let org_id = org.organization_id.clone();
    assert!(org.custom_roles.is_empty() && org.created_at.is_some());
    let role = |id: &str, resource: &str, action: &str| {
        json!({"role_id": id, "description": "custom", "permissions": [
            {"resource_id": resource, "actions": [action]}]})
    };
    let bad: types::OrgPolicy =
        serde_json::from_value(json!({"roles": [role("x", "no.such.resource", "*")]}))?;
    let refused = fails!(
        "rbac_organizations_set_org_policy",
        client
            .rbac_organizations_set_org_policy()
            .organization_id(&org_id)
            .body(types::RbacOrganizationsSetOrgPolicyRequest::builder().org_policy(bad))
    );
    assert_eq!(api_error(refused), (400, "invalid_role".to_owned()));
    let policy: types::OrgPolicy = serde_json::from_value(
        json!({"roles": [role("billing_admin", "stytch.member", "search")]}),
    )?;
    let set = call!(
        "rbac_organizations_set_org_policy",
        client
            .rbac_organizations_set_org_policy()
            .organization_id(&org_id)
            .body(types::RbacOrganizationsSetOrgPolicyRequest::builder().org_policy(policy))
    );
    assert_eq!(set.org_policy.roles[0].role_id, "billing_admin");
    let got = call!(
        "rbac_organizations_get_org_policy",
        client
            .rbac_organizations_get_org_policy()
            .organization_id(&org_id)
    );
    assert_eq!(got.org_policy.roles.len(), 1);

    // Roles: direct, implicit by email domain, admin.
    let carol = client
        .organizations_members_create()
        .organization_id(&org_id)
        .body(
            types::OrganizationsMembersCreateRequest::builder()
                .email_address("carol@current.example")
                .roles(vec!["billing_admin".to_owned()]),
        )
        .send()
        .await?
        .into_inner()
        .member;
    let carol_id = carol.member_id.clone();
    let role_ids: Vec<&str> = carol.roles.iter().map(|r| r.role_id.as_str()).collect();
    assert_eq!(role_ids, ["stytch_member", "billing_admin"]);
    assert_eq!(carol.roles[1].sources[0].type_, "direct_assignment");
    assert!(!carol.is_admin);
    let unknown_role = client
        .organizations_members_create()
        .organization_id(&org_id)
        .body(
            types::OrganizationsMembersCreateRequest::builder()
                .email_address("x@current.example")
                .roles(vec!["nope".to_owned()]),
        )
        .send()
        .await;
    assert_eq!(
        api_error(unknown_role),
        (400, "invalid_rbac_role_id".to_owned())
    );
    let implicit = client
        .organizations_update()
        .organization_id(&org_id)
        .body(
            types::OrganizationsUpdateRequest::builder()
                .rbac_email_implicit_role_assignments(vec![types::EmailImplicitRoleAssignment {
                    domain: "current.example".to_owned(),
                    role_id: "stytch_admin".to_owned(),
                }])
                .organization_external_id("ext-current".to_owned()),
        )
        .send()
        .await?
        .into_inner();
    assert_eq!(
        implicit.organization.organization_external_id.as_deref(),
        Some("ext-current")
    );
    let carol = client
        .organizations_members_get()
        .organization_id(&org_id)
        .member_id(&carol_id)
        .send()
        .await?
        .into_inner()
        .member;
    assert!(carol.is_admin, "stytch_admin comes from the email domain");
    let admin = carol
        .roles
        .iter()
        .find(|r| r.role_id == "stytch_admin")
        .ok_or("no admin role")?;
    assert_eq!(admin.sources[0].type_, "email_assignment");

    // Email OTP: login, then discovery, codes from the outbox.
    call!(
        "otps_email_login_or_signup",
        client.otps_email_login_or_signup().body(
            types::OtpsEmailLoginOrSignupRequest::builder()
                .organization_id(org_id.clone())
                .email_address("carol@current.example")
        )
    );
    let code = emu
        .latest_message_to("carol@current.example")
        .ok_or("no code")?;
    assert_eq!(code.kind, MessageKind::EmailOtp);
    let wrong = client
        .otps_email_authenticate()
        .body(
            types::OtpsEmailAuthenticateRequest::builder()
                .organization_id(org_id.clone())
                .email_address("carol@current.example")
                .code("000000x"),
        )
        .send()
        .await;
    assert_eq!(
        api_error(wrong),
        (401, "unable_to_auth_otp_code".to_owned())
    );
    let login = call!(
        "otps_email_authenticate",
        client.otps_email_authenticate().body(
            types::OtpsEmailAuthenticateRequest::builder()
                .organization_id(org_id.clone())
                .email_address("carol@current.example")
                .code(code.token.clone())
        )
    );
    assert!(login.member_authenticated);
    let session = login.member_session.ok_or("no session")?;
    assert_eq!(session.organization_slug, "current-api");
    assert!(session.roles.iter().any(|r| r == "billing_admin"));
    let carol_token = login.session_token.ok_or("no session token")?;
    call!(
        "otps_email_discovery_send",
        client.otps_email_discovery_send().body(
            types::OtpsEmailDiscoverySendRequest::builder().email_address("carol@current.example")
        )
    );
    let code = emu
        .latest_message_to("carol@current.example")
        .ok_or("no code")?;
    assert_eq!(code.kind, MessageKind::DiscoveryEmailOtp);
    let discovered = call!(
        "otps_email_discovery_authenticate",
        client.otps_email_discovery_authenticate().body(
            types::OtpsEmailDiscoveryAuthenticateRequest::builder()
                .email_address("carol@current.example")
                .code(code.token.clone())
        )
    );
    assert_eq!(discovered.discovered_organizations.len(), 1);
    assert!(discovered.intermediate_session_token_expires_at.is_some());

    // Authorization checks in sessions/authenticate.
    let check = |resource: &str, action: &str| types::AuthorizationCheck {
        action: action.to_owned(),
        organization_id: org_id.clone(),
        resource_id: resource.to_owned(),
    };
    let verdict = client
        .sessions_authenticate()
        .body(
            types::SessionsAuthenticateRequest::builder()
                .session_token(carol_token.clone())
                .authorization_check(check("stytch.member", "search")),
        )
        .send()
        .await?
        .into_inner()
        .verdict
        .ok_or("no verdict")?;
    assert!(verdict.authorized);
    assert!(verdict.granting_roles.iter().any(|r| r == "billing_admin"));

    // TOTP with codes computed here, and recovery codes.
    let totp = call!(
        "totps_create",
        client.totps_create().body(
            types::TotpsCreateRequest::builder()
                .organization_id(org_id.clone())
                .member_id(carol_id.clone())
        )
    );
    assert_eq!(totp.recovery_codes.len(), 10);
    assert!(totp.qr_code.expose().starts_with("otpauth://totp/"));
    let secret = base32(totp.secret.expose())?;
    let now = emu.now().timestamp();
    let wrong_code = format!(
        "{:06}",
        (totp_code(&secret, now).parse::<u32>()? + 1) % 1_000_000
    );
    let refused = client
        .totps_authenticate()
        .body(
            types::TotpsAuthenticateRequest::builder()
                .organization_id(org_id.clone())
                .member_id(carol_id.clone())
                .session_token(carol_token.clone())
                .code(wrong_code),
        )
        .send()
        .await;
    assert_eq!(
        api_error(refused),
        (401, "unable_to_auth_otp_code".to_owned())
    );
    let accepted = call!(
        "totps_authenticate",
        client.totps_authenticate().body(
            types::TotpsAuthenticateRequest::builder()
                .organization_id(org_id.clone())
                .member_id(carol_id.clone())
                .session_token(carol_token.clone())
                .code(totp_code(&secret, now))
                .set_mfa_enrollment("enroll".to_owned())
        )
    );
    assert!(accepted.member.mfa_enrolled);
    let factors = accepted
        .member_session
        .ok_or("no session")?
        .authentication_factors;
    assert!(factors.iter().any(|f| f.type_ == "totp"));
    let codes = call!(
        "recovery_codes_get",
        client
            .recovery_codes_get()
            .organization_id(&org_id)
            .member_id(&carol_id)
    );
    assert_eq!(codes.recovery_codes.len(), 10);
    let first = codes.recovery_codes[0].expose().to_owned();
    let recovered = call!(
        "recovery_codes_recover",
        client.recovery_codes_recover().body(
            types::RecoveryCodesRecoverRequest::builder()
                .organization_id(org_id.clone())
                .member_id(carol_id.clone())
                .session_token(carol_token.clone())
                .recovery_code(first.clone())
        )
    );
    assert_eq!(recovered.recovery_codes_remaining, 9);
    let again = client
        .recovery_codes_recover()
        .body(
            types::RecoveryCodesRecoverRequest::builder()
                .organization_id(org_id.clone())
                .member_id(carol_id.clone())
                .session_token(carol_token.clone())
                .recovery_code(first.clone()),
        )
        .send()
        .await;
    assert_eq!(
        api_error(again),
        (401, "unable_to_auth_otp_code".to_owned())
    );
    let rotated = call!(
        "recovery_codes_rotate",
        client.recovery_codes_rotate().body(
            types::RecoveryCodesRotateRequest::builder()
                .organization_id(org_id.clone())
                .member_id(carol_id.clone())
        )
    );
    assert_eq!(rotated.recovery_codes.len(), 10);
    assert!(rotated.recovery_codes.iter().all(|c| c.expose() != first));
    let migrated = call!(
        "totps_migrate",
        client.totps_migrate().body(
            types::TotpsMigrateRequest::builder()
                .organization_id(org_id.clone())
                .member_id(carol_id.clone())
                .secret("JBSWY3DPEHPK3PXP")
                .recovery_codes(vec!["aaaa-bbbb-cccc".into()])
        )
    );
    assert_eq!(
        migrated.member.totp_registration_id,
        migrated.totp_registration_id
    );
    let untotp = call!(
        "organizations_members_delete_totp",
        client
            .organizations_members_delete_totp()
            .organization_id(&org_id)
            .member_id(&carol_id)
    );
    assert!(untotp.member.totp_registration_id.is_empty());

    // M2M clients and the token endpoint.
    let m2m = call!(
        "m2m_clients_create",
        client.m2m_clients_create().body(
            types::M2mClientsCreateRequest::builder()
                .client_name("reporter".to_owned())
                .scopes(vec!["read:users".to_owned(), "write:users".to_owned()])
        )
    )
    .m2m_client;
    let m2m_id = m2m.client_id.clone();
    let first_secret = m2m.client_secret.expose().to_owned();
    assert_eq!(
        m2m.client_secret_last_four,
        first_secret[first_secret.len() - 4..]
    );
    client
        .m2m_clients_create()
        .body(types::M2mClientsCreateRequest::builder().scopes(vec!["other".to_owned()]))
        .send()
        .await?;
    let token = |secret: &str, scope: Option<&str>| {
        let mut body = types::M2mTokenRequest::builder()
            .client_id(m2m_id.clone())
            .client_secret(secret.to_owned())
            .grant_type("client_credentials");
        if let Some(scope) = scope {
            body = body.scope(scope.to_owned());
        }
        client.m2m_token().project_id(PROJECT_ID).body(body)
    };
    let issued = token(&first_secret, Some("read:users"))
        .send()
        .await?
        .into_inner();
    hit.insert("m2m_token");
    assert_eq!(issued.token_type, "bearer");
    let claims = verify_with_jwks(emu, issued.access_token.expose())?;
    assert_eq!(claims["sub"], json!(m2m_id));
    assert_eq!(claims["scope"], json!("read:users"));
    assert_eq!(claims["aud"], json!([PROJECT_ID]));
    assert!(claims["exp"].as_i64() > claims["iat"].as_i64());
    let (status, body) = oauth2_error(token("wrong-secret", None).send().await);
    assert_eq!(
        (status, body.error.as_deref()),
        (401, Some("invalid_client"))
    );
    assert!(body.error_description.is_some() && body.request_id.is_some());
    let (status, body) = oauth2_error(token(&first_secret, Some("admin")).send().await);
    assert_eq!(
        (status, body.error.as_deref()),
        (400, Some("invalid_scope"))
    );
    let got = call!(
        "m2m_clients_get",
        client.m2m_clients_get().client_id(&m2m_id)
    );
    assert_eq!(got.m2m_client.client_name, "reporter");
    let updated = call!(
        "m2m_clients_update",
        client
            .m2m_clients_update()
            .client_id(&m2m_id)
            .body(types::M2mClientsUpdateRequest::builder().client_name("reports".to_owned()))
    );
    assert_eq!(updated.m2m_client.client_name, "reports");
    let page = call!(
        "m2m_clients_search",
        client
            .m2m_clients_search()
            .body(types::M2mClientsSearchRequest::builder().limit(1))
    );
    assert_eq!(
        (page.m2m_clients.len(), page.results_metadata.total),
        (1, 2)
    );
    let cursor = page.results_metadata.next_cursor.ok_or("no next cursor")?;
    let page2 = client
        .m2m_clients_search()
        .body(
            types::M2mClientsSearchRequest::builder()
                .limit(1)
                .cursor(cursor),
        )
        .send()
        .await?;
    assert_eq!(page2.m2m_clients.len(), 1);
    assert!(page2.results_metadata.next_cursor.is_none());
    let started = call!(
        "m2m_clients_secrets_rotate_start",
        client
            .m2m_clients_secrets_rotate_start()
            .client_id(&m2m_id)
            .body(empty::<types::M2mClientsSecretsRotateStartRequest>())
    );
    let next_secret = started.m2m_client.next_client_secret.expose().to_owned();
    token(&next_secret, None).send().await?;
    token(&first_secret, None).send().await?;
    call!(
        "m2m_clients_secrets_rotate",
        client
            .m2m_clients_secrets_rotate()
            .client_id(&m2m_id)
            .body(empty::<types::M2mClientsSecretsRotateRequest>())
    );
    token(&next_secret, None).send().await?;
    let (status, _) = oauth2_error(token(&first_secret, None).send().await);
    assert_eq!(
        status, 401,
        "the old secret is refused once the rotation completes"
    );
    client
        .m2m_clients_secrets_rotate_start()
        .client_id(&m2m_id)
        .body(empty::<types::M2mClientsSecretsRotateStartRequest>())
        .send()
        .await?;
    let cancelled = call!(
        "m2m_clients_secrets_rotate_cancel",
        client
            .m2m_clients_secrets_rotate_cancel()
            .client_id(&m2m_id)
            .body(empty::<types::M2mClientsSecretsRotateCancelRequest>())
    );
    assert!(cancelled.m2m_client.next_client_secret_last_four.is_none());
    call!(
        "m2m_clients_delete",
        client.m2m_clients_delete().client_id(&m2m_id)
    );
    let gone = client.m2m_clients_get().client_id(&m2m_id).send().await;
    assert_eq!(api_error(gone).0, 404);

    // Connected apps.
    let app = call!(
        "connected_app_clients_create",
        client.connected_app_clients_create().body(
            types::ConnectedAppClientsCreateRequest::builder()
                .client_type("third_party")
                .client_name("Partner".to_owned())
                .redirect_urls(vec!["https://partner.example/cb".to_owned()])
        )
    )
    .connected_app;
    let app_id = app.client_id.clone();
    assert!(app.client_secret.is_some());
    let got = call!(
        "connected_app_clients_get",
        client.connected_app_clients_get().client_id(&app_id)
    );
    assert_eq!(got.connected_app.client_name, "Partner");
    let updated = call!(
        "connected_app_clients_update",
        client
            .connected_app_clients_update()
            .client_id(&app_id)
            .body(
                types::ConnectedAppClientsUpdateRequest::builder()
                    .client_name("Partner 2".to_owned())
            )
    );
    assert_eq!(updated.connected_app.client_name, "Partner 2");
    let listed = call!(
        "connected_app_clients_search",
        client
            .connected_app_clients_search()
            .body(types::ConnectedAppClientsSearchRequest::builder())
    );
    assert_eq!(listed.connected_apps.len(), 1);
    let started = call!(
        "connected_app_clients_secrets_rotate_start",
        client
            .connected_app_clients_secrets_rotate_start()
            .client_id(&app_id)
            .body(empty::<types::ConnectedAppClientsSecretsRotateStartRequest>())
    );
    assert!(!started.connected_app.next_client_secret.expose().is_empty());
    call!(
        "connected_app_clients_secrets_rotate_cancel",
        client
            .connected_app_clients_secrets_rotate_cancel()
            .client_id(&app_id)
            .body(empty::<types::ConnectedAppClientsSecretsRotateCancelRequest>())
    );
    client
        .connected_app_clients_secrets_rotate_start()
        .client_id(&app_id)
        .body(empty::<types::ConnectedAppClientsSecretsRotateStartRequest>())
        .send()
        .await?;
    let completed = call!(
        "connected_app_clients_secrets_rotate",
        client
            .connected_app_clients_secrets_rotate()
            .client_id(&app_id)
            .body(empty::<types::ConnectedAppClientsSecretsRotateRequest>())
    );
    assert!(
        completed
            .connected_app
            .next_client_secret_last_four
            .is_none()
    );
    let org_apps = call!(
        "organizations_connected_apps",
        client
            .organizations_connected_apps()
            .organization_id(&org_id)
    );
    assert!(org_apps.connected_apps.is_empty());
    let org_app = call!(
        "organizations_get_connected_app",
        client
            .organizations_get_connected_app()
            .organization_id(&org_id)
            .connected_app_id(&app_id)
    );
    assert_eq!(org_app.name, "Partner 2");
    let member_apps = call!(
        "organizations_members_get_connected_apps",
        client
            .organizations_members_get_connected_apps()
            .organization_id(&org_id)
            .member_id(&carol_id)
    );
    assert!(member_apps.connected_apps.is_empty());
    call!(
        "organizations_members_connected_apps_revoke",
        client
            .organizations_members_connected_apps_revoke()
            .organization_id(&org_id)
            .member_id(&carol_id)
            .connected_app_id(&app_id)
            .body(empty::<types::OrganizationsMembersConnectedAppsRevokeRequest>())
    );
    call!(
        "connected_app_clients_delete",
        client.connected_app_clients_delete().client_id(&app_id)
    );

    // SCIM.
    let scim = call!(
        "scim_connection_create",
        client
            .scim_connection_create()
            .organization_id(&org_id)
            .body(types::ScimConnectionCreateRequest::builder().display_name("Okta".to_owned()))
    )
    .connection
    .ok_or("no SCIM connection")?;
    let scim_id = scim.connection_id.clone();
    let got = call!(
        "scim_connection_get",
        client.scim_connection_get().organization_id(&org_id)
    );
    let first_four = got
        .connection
        .ok_or("no connection")?
        .bearer_token_last_four;
    assert!(scim.bearer_token.expose().ends_with(&first_four));
    call!(
        "scim_connection_update",
        client
            .scim_connection_update()
            .organization_id(&org_id)
            .connection_id(&scim_id)
            .body(types::ScimConnectionUpdateRequest::builder().display_name("Okta 2".to_owned()))
    );
    let next = call!(
        "scim_connection_rotate_start",
        client
            .scim_connection_rotate_start()
            .organization_id(&org_id)
            .connection_id(&scim_id)
            .body(empty::<types::ScimConnectionRotateStartRequest>())
    )
    .connection
    .ok_or("no connection")?
    .next_bearer_token;
    let done = call!(
        "scim_connection_rotate_complete",
        client
            .scim_connection_rotate_complete()
            .organization_id(&org_id)
            .connection_id(&scim_id)
            .body(empty::<types::ScimConnectionRotateCompleteRequest>())
    )
    .connection
    .ok_or("no connection")?;
    assert!(next.expose().ends_with(&done.bearer_token_last_four));
    client
        .scim_connection_rotate_start()
        .organization_id(&org_id)
        .connection_id(&scim_id)
        .body(empty::<types::ScimConnectionRotateStartRequest>())
        .send()
        .await?;
    call!(
        "scim_connection_rotate_cancel",
        client
            .scim_connection_rotate_cancel()
            .organization_id(&org_id)
            .connection_id(&scim_id)
            .body(empty::<types::ScimConnectionRotateCancelRequest>())
    );
    let groups = call!(
        "scim_connection_get_groups",
        client
            .scim_connection_get_groups()
            .organization_id(&org_id)
            .connection_id(&scim_id)
    );
    assert!(groups.scim_groups.is_empty());
    let with_scim = client
        .organizations_get()
        .organization_id(&org_id)
        .send()
        .await?;
    assert!(with_scim.organization.scim_active_connection.is_some());
    call!(
        "scim_connection_delete",
        client
            .scim_connection_delete()
            .organization_id(&org_id)
            .connection_id(&scim_id)
    );

    // SSO: external connections, metadata URL, encryption keys.
    let saml = client
        .sso_saml_create_connection()
        .organization_id(&org_id)
        .body(types::SsoSamlCreateConnectionRequest::builder())
        .send()
        .await?
        .into_inner()
        .connection
        .ok_or("no SAML connection")?;
    let by_url = call!(
        "sso_saml_update_by_url",
        client
            .sso_saml_update_by_url()
            .organization_id(&org_id)
            .connection_id(&saml.connection_id)
            .body(
                types::SsoSamlUpdateByUrlRequest::builder()
                    .metadata_url("https://idp.example/metadata")
            )
    );
    assert_eq!(
        by_url.connection.ok_or("no connection")?.idp_entity_id,
        "https://idp.example/metadata"
    );
    let with_key = client
        .sso_saml_update_connection()
        .organization_id(&org_id)
        .connection_id(&saml.connection_id)
        .body(
            types::SsoSamlUpdateConnectionRequest::builder().saml_encryption_private_key(
                "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----".to_owned(),
            ),
        )
        .send()
        .await?
        .into_inner()
        .connection
        .ok_or("no connection")?;
    let key_id = with_key.encryption_private_keys[0].private_key_id.clone();
    call!(
        "sso_saml_delete_encryption_private_key",
        client
            .sso_saml_delete_encryption_private_key()
            .organization_id(&org_id)
            .connection_id(&saml.connection_id)
            .private_key_id(&key_id)
    );
    let external = call!(
        "sso_external_create_connection",
        client
            .sso_external_create_connection()
            .organization_id(org1)
            .body(
                types::SsoExternalCreateConnectionRequest::builder()
                    .external_organization_id(org_id.clone())
                    .external_connection_id(saml.connection_id.clone())
            )
    )
    .connection
    .ok_or("no external connection")?;
    let renamed = call!(
        "sso_external_update_connection",
        client
            .sso_external_update_connection()
            .organization_id(org1)
            .connection_id(&external.connection_id)
            .body(
                types::SsoExternalUpdateConnectionRequest::builder()
                    .display_name("Partner SSO".to_owned())
            )
    );
    assert_eq!(
        renamed.connection.ok_or("no connection")?.display_name,
        "Partner SSO"
    );
    let listed = client
        .sso_get_connections()
        .organization_id(org1)
        .send()
        .await?;
    assert_eq!(listed.external_connections.len(), 1);

    // Organization and member extras.
    let metrics = call!(
        "organizations_metrics",
        client.organizations_metrics().organization_id(&org_id)
    );
    assert_eq!(metrics.member_count, 1);
    let no_ext = call!(
        "organizations_delete_external_id",
        client
            .organizations_delete_external_id()
            .organization_id(&org_id)
    );
    assert!(no_ext.organization.organization_external_id.is_none());
    let anywhere = call!(
        "organizations_members_dangerously_get",
        client
            .organizations_members_dangerously_get()
            .member_id(&carol_id)
    );
    assert_eq!(anywhere.organization.organization_id, org_id);
    client
        .organizations_members_update()
        .organization_id(&org_id)
        .member_id(&carol_id)
        .body(types::OrganizationsMembersUpdateRequest::builder().external_id("crm-1".to_owned()))
        .send()
        .await?;
    let cleared = call!(
        "organizations_members_delete_external_id",
        client
            .organizations_members_delete_external_id()
            .organization_id(&org_id)
            .member_id(&carol_id)
    );
    assert!(cleared.member.external_id.is_none());
    let moved = call!(
        "organizations_members_start_email_update",
        client
            .organizations_members_start_email_update()
            .organization_id(&org_id)
            .member_id(&carol_id)
            .body(
                types::OrganizationsMembersStartEmailUpdateRequest::builder()
                    .email_address("carol2@current.example")
            )
    );
    assert_eq!(moved.member.retired_email_addresses.len(), 1);
    let unlinked = call!(
        "organizations_members_unlink_retired_email",
        client
            .organizations_members_unlink_retired_email()
            .organization_id(&org_id)
            .member_id(&carol_id)
            .body(
                types::OrganizationsMembersUnlinkRetiredEmailRequest::builder()
                    .email_address("carol@current.example".to_owned())
            )
    );
    assert!(unlinked.member.retired_email_addresses.is_empty());
    let google = call!(
        "organizations_members_oauth_providers_google",
        client
            .organizations_members_oauth_providers_google()
            .organization_id(org1)
            .member_id(alice_id)
            .include_refresh_token(true)
    );
    assert!(google.refresh_token.is_some() && !google.provider_subject.is_empty());
    let no_registration = |r: std::result::Result<_, _>| {
        assert_eq!(
            api_error::<()>(r.map(|_: ()| ())),
            (404, "member_oauth_token_not_found".to_owned())
        );
    };
    let r = fails!(
        "organizations_members_oauth_providers_microsoft",
        client
            .organizations_members_oauth_providers_microsoft()
            .organization_id(org1)
            .member_id(alice_id)
    );
    no_registration(r.map(|_| ()));
    let r = fails!(
        "organizations_members_oauth_providers_slack",
        client
            .organizations_members_oauth_providers_slack()
            .organization_id(org1)
            .member_id(alice_id)
    );
    no_registration(r.map(|_| ()));
    let r = fails!(
        "organizations_members_oauth_providers_hubspot",
        client
            .organizations_members_oauth_providers_hubspot()
            .organization_id(org1)
            .member_id(alice_id)
    );
    no_registration(r.map(|_| ()));
    let r = fails!(
        "organizations_members_oauth_providers_github",
        client
            .organizations_members_oauth_providers_github()
            .organization_id(org1)
            .member_id(alice_id)
    );
    no_registration(r.map(|_| ()));
    let oidc = call!(
        "organizations_members_oidc_providers",
        client
            .organizations_members_oidc_providers()
            .organization_id(&org_id)
            .member_id(&carol_id)
    );
    assert!(oidc.registrations.is_empty());

    // Passwords across organizations.
    client
        .passwords_migrate()
        .body(
            types::PasswordsMigrateRequest::builder()
                .organization_id(org_id.clone())
                .email_address("erin@current.example")
                .hash(MIGRATED_BCRYPT)
                .hash_type(types::PasswordHashType::Bcrypt),
        )
        .send()
        .await?;
    let found = call!(
        "passwords_discovery_authenticate",
        client.passwords_discovery_authenticate().body(
            types::PasswordsDiscoveryAuthenticateRequest::builder()
                .email_address("erin@current.example")
                .password(MIGRATED_PASSWORD)
        )
    );
    assert_eq!(found.discovered_organizations.len(), 1);
    let reset = call!(
        "passwords_email_require_reset",
        client.passwords_email_require_reset().body(
            types::PasswordsEmailRequireResetRequest::builder()
                .email_address("erin@current.example")
        )
    );
    assert!(
        reset
            .member
            .ok_or("no member")?
            .member_password_id
            .is_empty()
    );
    let locked_out = client
        .passwords_discovery_authenticate()
        .body(
            types::PasswordsDiscoveryAuthenticateRequest::builder()
                .email_address("erin@current.example")
                .password(MIGRATED_PASSWORD),
        )
        .send()
        .await;
    assert_eq!(
        api_error(locked_out),
        (401, "unauthorized_credentials".to_owned())
    );
    call!(
        "passwords_discovery_email_reset_start",
        client.passwords_discovery_email_reset_start().body(
            types::PasswordsDiscoveryEmailResetStartRequest::builder()
                .email_address("erin@current.example")
        )
    );
    let reset_email = emu
        .latest_message_to("erin@current.example")
        .ok_or("no reset email")?;
    assert_eq!(reset_email.kind, MessageKind::DiscoveryPasswordReset);
    let reset = call!(
        "passwords_discovery_email_reset",
        client.passwords_discovery_email_reset().body(
            types::PasswordsDiscoveryEmailResetRequest::builder()
                .password(MIGRATED_PASSWORD)
                .password_reset_token(reset_email.token.clone())
        )
    );
    assert_eq!(reset.discovered_organizations.len(), 1);
    assert!(reset.intermediate_session_token.is_some());

    // Fraud: deterministic verdicts, rules, overrides, email risk.
    let lookup = |telemetry: &str| {
        client
            .fraud_fingerprint_lookup()
            .body(types::FraudFingerprintLookupRequest::builder().telemetry_id(telemetry))
    };
    let ok = lookup("telemetry-ok").send().await?.into_inner();
    hit.insert("fraud_fingerprint_lookup");
    assert_eq!(ok.verdict.action, "ALLOW");
    assert_eq!(lookup("bot-1").send().await?.verdict.action, "BLOCK");
    let visitor = ok.fingerprints.visitor_id.clone().ok_or("no visitor id")?;
    call!(
        "fraud_rules_set",
        client.fraud_rules_set().body(
            types::FraudRulesSetRequest::builder()
                .action("BLOCK")
                .visitor_id(visitor.clone())
        )
    );
    let blocked = lookup("telemetry-ok").send().await?.into_inner().verdict;
    assert_eq!(
        (
            blocked.action.as_str(),
            blocked.rule_match_identifier.as_deref()
        ),
        ("BLOCK", Some(visitor.as_str()))
    );
    let rules = call!(
        "fraud_rules_list",
        client
            .fraud_rules_list()
            .body(types::FraudRulesListRequest::builder())
    );
    assert_eq!(rules.rules.len(), 1);
    call!(
        "fraud_verdict_reasons_override",
        client.fraud_verdict_reasons_override().body(
            types::FraudVerdictReasonsOverrideRequest::builder()
                .verdict_reason("HEADLESS_BROWSER_AUTOMATION")
                .override_action("ALLOW")
        )
    );
    assert_eq!(lookup("bot-1").send().await?.verdict.action, "ALLOW");
    let overrides = call!(
        "fraud_verdict_reasons_list",
        client
            .fraud_verdict_reasons_list()
            .body(types::FraudVerdictReasonsListRequest::builder().overrides_only(true))
    );
    assert_eq!(overrides.verdict_reason_actions.len(), 1);
    let risk = call!(
        "fraud_email_risk",
        client
            .fraud_email_risk()
            .body(types::FraudEmailRiskRequest::builder().email_address("x@mailinator.com"))
    );
    assert!(risk.action == "BLOCK" && risk.domain_information.is_disposable_domain);

    // Project.
    let whoami = call!("debug_whoami", client.debug_whoami());
    assert_eq!(whoami.project_id, PROJECT_ID);
    let metrics = call!("project_metrics", client.project_metrics());
    assert!(
        metrics
            .metrics
            .iter()
            .any(|m| m.metric_type == "ORGANIZATION_COUNT" && m.count >= 2)
    );

    // Sessions from elsewhere: impersonation, trusted auth tokens, migration.
    let impersonation = emu.mint_impersonation_token(&Impersonation {
        organization_id: org1.to_owned(),
        member_id: alice_id.to_owned(),
        ..Impersonation::default()
    })?;
    let impersonated = call!(
        "impersonation_authenticate",
        client.impersonation_authenticate().body(
            types::ImpersonationAuthenticateRequest::builder().impersonation_token(impersonation)
        )
    );
    assert_eq!(
        impersonated
            .member_session
            .ok_or("no session")?
            .authentication_factors[0]
            .type_,
        "impersonated"
    );
    let profile_id = emu.register_trusted_token_profile(&TrustedTokenProfile {
        issuer: "https://idp.every.example".to_owned(),
        audience: "every".to_owned(),
        signing_secret: "every-secret".to_owned(),
        ..TrustedTokenProfile::default()
    })?;
    let trusted = emu.mint_trusted_token(&TrustedToken {
        profile_id: profile_id.clone(),
        email_address: "alice@every.example".to_owned(),
        organization_id: None,
    })?;
    let attested = call!(
        "sessions_attest",
        client.sessions_attest().body(
            types::SessionsAttestRequest::builder()
                .profile_id(profile_id)
                .token(trusted)
                .organization_id(org1.to_owned())
        )
    );
    assert_eq!(attested.member_id, alice_id);
    let external = emu.register_external_session(&ExternalSession {
        email_address: "alice@every.example".to_owned(),
        session_token: None,
    })?;
    let migrated = call!(
        "sessions_migrate",
        client.sessions_migrate().body(
            types::SessionsMigrateRequest::builder()
                .organization_id(org1.to_owned())
                .session_token(external)
        )
    );
    assert_eq!(migrated.member_id, alice_id);

    // The connected-app authorization flow, the token endpoint, introspection and
    // the exchange of a first-party access token for a session.
    let idp_app = client
        .connected_app_clients_create()
        .body(
            types::ConnectedAppClientsCreateRequest::builder()
                .client_type("first_party")
                .full_access_allowed(true)
                .redirect_urls(vec!["https://x.example/cb".to_owned()]),
        )
        .send()
        .await?
        .into_inner()
        .connected_app;
    let idp_secret = idp_app.client_secret.ok_or("no secret")?;
    let scopes = vec!["openid".to_owned(), "full_access".to_owned()];
    let start = call!(
        "idp_oauth_authorize_start",
        client.idp_oauth_authorize_start().body(
            types::IdpOauthAuthorizeStartRequest::builder()
                .client_id(idp_app.client_id.clone())
                .redirect_uri("https://x.example/cb")
                .response_type("code")
                .scopes(scopes.clone())
                .organization_id(org1.to_owned())
                .member_id(alice_id.to_owned())
        )
    );
    assert!(!start.consent_required);
    let authorized = call!(
        "idp_oauth_authorize",
        client.idp_oauth_authorize().body(
            types::IdpOauthAuthorizeRequest::builder()
                .client_id(idp_app.client_id.clone())
                .consent_granted(true)
                .redirect_uri("https://x.example/cb")
                .response_type("code")
                .scopes(scopes)
                .organization_id(org1.to_owned())
                .member_id(alice_id.to_owned())
        )
    );
    let code = authorized.authorization_code.ok_or("no code")?;
    let tokens: serde_json::Value = reqwest::Client::new()
        .post(format!(
            "{}/v1/public/{PROJECT_ID}/oauth2/token",
            emu.base_url()
        ))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(format!(
            "grant_type=authorization_code&client_id={}&client_secret={}&code={}&redirect_uri=https%3A%2F%2Fx.example%2Fcb",
            idp_app.client_id,
            idp_secret.expose(),
            code.expose()
        ))
        .send()
        .await?
        .json()
        .await?;
    let access_token = tokens["access_token"]
        .as_str()
        .ok_or("no access token")?
        .to_owned();
    let introspected = client
        .idp_introspect_token_network()
        .project_id(PROJECT_ID)
        .body(
            types::IdpIntrospectTokenNetworkRequest::builder()
                .client_id(idp_app.client_id.clone())
                .client_secret(idp_secret.clone())
                .token(access_token.clone()),
        )
        .send()
        .await?
        .into_inner();
    hit.insert("idp_introspect_token_network");
    assert!(introspected.active);
    assert_eq!(introspected.sub.as_deref(), Some(alice_id));
    let exchanged = call!(
        "sessions_exchange_access_token",
        client
            .sessions_exchange_access_token()
            .body(types::SessionsExchangeAccessTokenRequest::builder().access_token(access_token))
    );
    assert_eq!(exchanged.member_id, alice_id);
    Ok(())
}
