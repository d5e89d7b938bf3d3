//! One scenario that calls every operation of the spec through the generated
//! client, so every emulator response is decoded by the generated types, with the
//! behaviour of each step asserted along the way (passwords, discovery, exchange,
//! OAuth, SSO and connection management included).

use std::collections::BTreeSet;

use base64::Engine as _;
use serde_json::json;
use stytch_b2b_api::types;
use stytch_b2b_emulator::{API_ROUTES, MessageKind, OAuthLogin, SsoLogin};
use stytch_b2b_tests::emulator::{api_error, start_emulator_with_client};
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

#[tokio::test]
async fn every_operation_of_the_spec_answers_with_its_generated_type() -> Result {
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
