//! The operations the emulator once answered `501` for, through the SDK: the
//! connected-app authorization flow (consent, codes, the token endpoint,
//! introspection, exchange for a session, the organization's and member's connected
//! apps), impersonation, trusted auth tokens (attest), session migration, discovery
//! password resets, and SCIM groups; plus the README's promise that nothing is left
//! unserved.

use base64::Engine as _;
use serde_json::{Value, json};
use stytch_b2b::{Client, ErrorType, types};
use stytch_b2b_emulator::{
    Emulator, ExternalSession, Impersonation, MessageKind, OAuthLogin, ScimGroupPush, TrustedToken,
    TrustedTokenProfile,
};
use stytch_b2b_tests::PROJECT_ID;
use stytch_b2b_tests::emulator::{create_organization, jwt_segment, refused, start_emulator};
use stytch_b2b_tests::expected_call::client_for;

type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error>>;

/// The redirect URL every connected app of these tests registers.
const REDIRECT: &str = "https://app.example/callback";

/// An organization with one member logged in (Google): `(org_id, member_id, session_token)`.
async fn setup(
    emu: &Emulator,
    client: &Client,
    slug: &str,
    email: &str,
) -> Result<(String, String, String)> {
    let org_id = create_organization(client, slug).await?;
    let member_id = client
        .organizations()
        .members()
        .create(types::OrganizationsMembersCreateRequest::builder().email_address(email))
        .organization_id(&org_id)
        .await?
        .member_id;
    let token = emu.mint_oauth_token(&OAuthLogin::google(Some(&org_id), email))?;
    let session = client
        .oauth()
        .authenticate(types::OauthAuthenticateRequest::builder().oauth_token(token))
        .await?
        .session_token
        .ok_or("no session token")?;
    Ok((org_id, member_id, session.expose().to_owned()))
}

/// The emulator, its client, and ada logged in at acme: [`setup`]'s triple.
async fn ada_at_acme() -> Result<(Emulator, Client, (String, String, String))> {
    let emu = start_emulator().await?;
    let client = client_for(emu.base_url());
    let ada = setup(&emu, &client, "acme", "ada@acme.example").await?;
    Ok((emu, client, ada))
}

async fn connected_app(
    client: &Client,
    client_type: &str,
    full_access: bool,
) -> Result<(String, Option<String>)> {
    let app = client
        .connected_app()
        .clients()
        .create(
            types::ConnectedAppClientsCreateRequest::builder()
                .client_type(client_type)
                .client_name(format!("{client_type} app"))
                .full_access_allowed(full_access)
                .redirect_urls(vec![REDIRECT.to_owned()]),
        )
        .await?
        .connected_app;
    Ok((
        app.client_id,
        app.client_secret.map(|s| s.expose().to_owned()),
    ))
}

/// `application/x-www-form-urlencoded` of `pairs`.
fn form_encode(pairs: &[(&str, &str)]) -> String {
    let encode = |s: &str| {
        s.bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                    (b as char).to_string()
                }
                _ => format!("%{b:02X}"),
            })
            .collect::<String>()
    };
    pairs
        .iter()
        .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// Posts a form to the token endpoint; returns the status and JSON body.
async fn token_endpoint(emu: &Emulator, form: &[(&str, &str)]) -> Result<(u16, Value)> {
    let response = reqwest::Client::new()
        .post(format!(
            "{}/v1/public/{PROJECT_ID}/oauth2/token",
            emu.base_url()
        ))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(form_encode(form))
        .send()
        .await?;
    Ok((response.status().as_u16(), response.json().await?))
}

/// Redeems `code` for the confidential app `client_id` with `secret` at the token
/// endpoint; returns the status and JSON body.
async fn redeem_code(
    emu: &Emulator,
    client_id: &str,
    secret: &str,
    code: &str,
) -> Result<(u16, Value)> {
    token_endpoint(
        emu,
        &[
            ("grant_type", "authorization_code"),
            ("client_id", client_id),
            ("client_secret", secret),
            ("code", code),
            ("redirect_uri", REDIRECT),
        ],
    )
    .await
}

/// The preflight of `app` asking the member of `session` for `scopes`.
fn start_request(
    app: &str,
    redirect_uri: &str,
    scopes: Vec<String>,
    session: &str,
) -> types::builder::IdpOauthAuthorizeStartRequest {
    types::IdpOauthAuthorizeStartRequest::builder()
        .client_id(app.to_owned())
        .redirect_uri(redirect_uri)
        .response_type("code")
        .scopes(scopes)
        .session_token(session.to_owned())
}

/// A consent decision on `app` asking for `scopes`; the caller names who decides.
fn consent_request(
    app: &str,
    granted: bool,
    scopes: Vec<String>,
) -> types::builder::IdpOauthAuthorizeRequest {
    types::IdpOauthAuthorizeRequest::builder()
        .client_id(app.to_owned())
        .consent_granted(granted)
        .redirect_uri(REDIRECT)
        .response_type("code")
        .scopes(scopes)
}

fn code_of(redirect_uri: &str) -> Result<String> {
    // Codes are URL-safe, so they travel unescaped.
    let query = redirect_uri.split_once('?').ok_or("no query")?.1;
    Ok(query
        .split('&')
        .find_map(|pair| pair.strip_prefix("code="))
        .ok_or("no code")?
        .to_owned())
}

#[tokio::test]
async fn a_connected_app_gets_consent_a_code_tokens_and_a_session() -> Result {
    let (emu, client, (org_id, member_id, session)) = ada_at_acme().await?;
    let (third, third_secret) = connected_app(&client, "third_party", false).await?;
    let third_secret = third_secret.ok_or("a confidential app has a secret")?;
    let scopes = || {
        vec![
            "openid".to_owned(),
            "email".to_owned(),
            "offline_access".to_owned(),
        ]
    };
    let oauth = client.idp().oauth();

    // Preflight: the member must consent to a third-party app.
    let start = oauth
        .authorize_start(start_request(&third, REDIRECT, scopes(), &session))
        .await?;
    assert!(start.consent_required);
    assert_eq!(start.member_id, member_id);
    assert_eq!(start.client.client_id, third);
    assert_eq!(start.scope_results.len(), 3);
    assert!(start.scope_results.iter().all(|r| r.is_grantable));
    let missiles = vec!["launch:missiles".to_owned()];
    let unknown_scope = oauth
        .authorize_start(start_request(&third, REDIRECT, missiles, &session))
        .await;
    assert_eq!(refused(unknown_scope), (400, ErrorType::InvalidScope));
    let evil = "https://evil.example/";
    let wrong_redirect = oauth
        .authorize_start(start_request(&third, evil, scopes(), &session))
        .await;
    assert_eq!(refused(wrong_redirect).0, 400);

    // Declining redirects with access_denied and no code.
    let declined = oauth
        .authorize(
            consent_request(&third, false, scopes())
                .organization_id(org_id.clone())
                .member_id(member_id.clone())
                .state("s-1".to_owned()),
        )
        .await?;
    assert!(declined.authorization_code.is_none());
    assert!(declined.redirect_uri.contains("error=access_denied"));
    assert!(declined.redirect_uri.contains("state=s-1"));

    // Consenting issues a code in the redirect.
    let granted = oauth
        .authorize(
            consent_request(&third, true, scopes())
                .session_token(session.clone())
                .state("s-2".to_owned())
                .nonce("n-1".to_owned()),
        )
        .await?;
    let code = granted.authorization_code.ok_or("no code")?;
    assert_eq!(code_of(&granted.redirect_uri)?, code.expose());
    assert!(
        granted
            .redirect_uri
            .starts_with("https://app.example/callback?code=")
    );
    assert!(granted.redirect_uri.ends_with("&state=s-2"));

    // The code is redeemed once at the token endpoint, by the client, with its secret.
    let (status, body) = redeem_code(&emu, &third, "wrong", code.expose()).await?;
    assert_eq!(
        (status, body["error"].as_str()),
        (401, Some("invalid_client"))
    );
    let (status, tokens) = redeem_code(&emu, &third, &third_secret, code.expose()).await?;
    assert_eq!(status, 200, "{tokens}");
    assert_eq!(tokens["token_type"], "bearer");
    assert_eq!(tokens["scope"], "openid email offline_access");
    let access_token = tokens["access_token"]
        .as_str()
        .ok_or("no access token")?
        .to_owned();
    let claims = jwt_segment(&access_token, 1)?;
    assert_eq!(claims["sub"], json!(member_id));
    assert_eq!(claims["client_id"], json!(third));
    assert_eq!(
        claims["https://stytch.com/organization"]["organization_id"],
        json!(org_id)
    );
    let id_token = jwt_segment(tokens["id_token"].as_str().ok_or("no id token")?, 1)?;
    assert_eq!(id_token["email"], "ada@acme.example");
    assert_eq!(id_token["nonce"], "n-1");
    assert_eq!(id_token["aud"], json!([third]));
    let (status, again) = redeem_code(&emu, &third, &third_secret, code.expose()).await?;
    assert_eq!(
        (status, again["error"].as_str()),
        (400, Some("invalid_grant"))
    );
    let refresh = tokens["refresh_token"].as_str().ok_or("no refresh token")?;
    let (status, refreshed) = token_endpoint(
        &emu,
        &[
            ("grant_type", "refresh_token"),
            ("client_id", &third),
            ("client_secret", &third_secret),
            ("refresh_token", refresh),
        ],
    )
    .await?;
    assert_eq!(status, 200, "{refreshed}");
    assert!(refreshed["access_token"].is_string());
    // M2M's client-credentials grant is still the M2M handler's.
    let (status, m2m) = token_endpoint(
        &emu,
        &[
            ("grant_type", "client_credentials"),
            ("client_id", "m2m-nobody"),
            ("client_secret", "s"),
        ],
    )
    .await?;
    assert_eq!(
        (status, m2m["error"].as_str()),
        (401, Some("invalid_client"))
    );

    // Introspection, by an authenticated client of the project.
    let introspect = |token: &str, secret: &str| {
        client.idp().introspect_token_network(
            types::IdpIntrospectTokenNetworkRequest::builder()
                .client_id(third.clone())
                .client_secret(secret.to_owned())
                .token(token.to_owned()),
        )
    };
    let active = introspect(&access_token, &third_secret).await?;
    assert!(active.active);
    assert_eq!(active.sub.as_deref(), Some(member_id.as_str()));
    assert_eq!(active.client_id.as_deref(), Some(third.as_str()));
    assert_eq!(active.scope.as_deref(), Some("openid email offline_access"));
    assert_eq!(active.token_type.as_deref(), Some("access_token"));
    assert_eq!(
        active
            .https_stytch_com_organization
            .map(|o| o.organization_id),
        Some(org_id.clone())
    );
    assert!(!introspect("not-a-token", &third_secret).await?.active);
    let bad_client = introspect(&access_token, "wrong").await;
    assert_eq!(refused(bad_client), (401, ErrorType::InvalidClient));

    // Consent is remembered; the grant shows on the organization and the member.
    let openid = vec!["openid".to_owned()];
    let start = oauth
        .authorize_start(start_request(&third, REDIRECT, openid, &session))
        .await?;
    assert!(!start.consent_required);
    let org_apps = || {
        client
            .organizations()
            .connected_apps()
            .organization_id(&org_id)
    };
    let member_apps = || {
        client
            .organizations()
            .members()
            .get_connected_apps()
            .organization_id(&org_id)
            .member_id(&member_id)
    };
    let org_apps_now = org_apps().await?;
    assert_eq!(org_apps_now.connected_apps.len(), 1);
    assert_eq!(org_apps_now.connected_apps[0].connected_app_id, third);
    let one = client
        .organizations()
        .get_connected_app()
        .organization_id(&org_id)
        .connected_app_id(&third)
        .await?;
    assert_eq!(one.active_members.len(), 1);
    assert_eq!(one.active_members[0].member_id, member_id);
    let mine = member_apps().await?;
    assert_eq!(mine.connected_apps.len(), 1);
    assert_eq!(
        mine.connected_apps[0].scopes_granted,
        "openid email offline_access"
    );

    // A third-party token cannot become a session (no full_access).
    let exchanged = client
        .sessions()
        .exchange_access_token(
            types::SessionsExchangeAccessTokenRequest::builder().access_token(access_token.clone()),
        )
        .await;
    assert_eq!(refused(exchanged), (403, ErrorType::InvalidScope));

    // Revoking the app ends its tokens and its grant.
    client
        .organizations()
        .members()
        .connected_apps()
        .revoke()
        .organization_id(&org_id)
        .member_id(&member_id)
        .connected_app_id(&third)
        .await?;
    assert!(!introspect(&access_token, &third_secret).await?.active);
    let mine = member_apps().await?;
    assert!(mine.connected_apps.is_empty());

    // A first-party app allowed full access: no consent screen, and its token
    // becomes a member session once, within five minutes.
    let (first, first_secret) = connected_app(&client, "first_party", true).await?;
    let first_secret = first_secret.ok_or("no secret")?;
    let full_access = || vec!["openid".to_owned(), "full_access".to_owned()];
    let start = oauth
        .authorize_start(start_request(&first, REDIRECT, full_access(), &session))
        .await?;
    assert!(!start.consent_required);
    assert!(start.scope_results.iter().all(|r| r.is_grantable));
    let granted = oauth
        .authorize(consent_request(&first, true, full_access()).session_token(session.clone()))
        .await?;
    let code = code_of(&granted.redirect_uri)?;
    let (status, tokens) = redeem_code(&emu, &first, &first_secret, &code).await?;
    assert_eq!(status, 200, "{tokens}");
    let access_token = tokens["access_token"]
        .as_str()
        .ok_or("no token")?
        .to_owned();
    let exchange = || {
        client.sessions().exchange_access_token(
            types::SessionsExchangeAccessTokenRequest::builder().access_token(access_token.clone()),
        )
    };
    let session = exchange().await?;
    assert_eq!(session.member_id, member_id);
    let factors = session
        .member_session
        .ok_or("no session")?
        .authentication_factors;
    assert_eq!(factors[0].delivery_method, "oauth_access_token_exchange");
    assert_eq!(
        factors[0]
            .oauth_access_token_exchange_factor
            .as_ref()
            .map(|f| f.client_id.as_str()),
        Some(first.as_str())
    );
    assert_eq!(refused(exchange().await), (401, ErrorType::InvalidToken));

    // Deleting a client forgets its grants.
    client
        .connected_app()
        .clients()
        .delete()
        .client_id(&first)
        .await?;
    assert!(org_apps().await?.connected_apps.is_empty());
    Ok(())
}

#[tokio::test]
async fn a_public_app_must_use_pkce() -> Result {
    let (emu, client, (org_id, member_id, _)) = ada_at_acme().await?;
    let (app, secret) = connected_app(&client, "third_party_public", false).await?;
    assert!(secret.is_none());
    let authorize = |challenge: Option<&str>| {
        let mut body = consent_request(&app, true, vec!["openid".to_owned()])
            .organization_id(org_id.clone())
            .member_id(member_id.clone());
        if let Some(c) = challenge {
            body = body.code_challenge(c.to_owned());
        }
        client.idp().oauth().authorize(body)
    };
    assert_eq!(
        refused(authorize(None).await),
        (400, ErrorType::InvalidPkceCodeChallenge)
    );
    let verifier = "a-long-enough-code-verifier-for-the-test-0123456789";
    let challenge = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(
        aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA256, verifier.as_bytes()).as_ref(),
    );
    let granted = authorize(Some(&challenge)).await?;
    let code = code_of(&granted.redirect_uri)?;
    let (status, body) = token_endpoint(
        &emu,
        &[
            ("grant_type", "authorization_code"),
            ("client_id", &app),
            ("code", &code),
            ("redirect_uri", REDIRECT),
            ("code_verifier", "wrong"),
        ],
    )
    .await?;
    assert_eq!(
        (status, body["error"].as_str()),
        (400, Some("invalid_grant"))
    );
    Ok(())
}

#[tokio::test]
async fn an_impersonation_token_opens_one_session_that_cannot_change() -> Result {
    let (emu, client, (org_id, member_id, _)) = ada_at_acme().await?;
    let token = emu.mint_impersonation_token(&Impersonation {
        organization_id: org_id.clone(),
        member_id: member_id.clone(),
        impersonator_email_address: Some("support@stytch.example".to_owned()),
        ..Impersonation::default()
    })?;
    let authenticate = || {
        client.impersonation().authenticate(
            types::ImpersonationAuthenticateRequest::builder().impersonation_token(token.clone()),
        )
    };
    let authed = authenticate().await?;
    assert!(authed.member_authenticated);
    assert_eq!(authed.member_id, member_id);
    let session = authed.member_session.ok_or("no session")?;
    assert_eq!(
        session.expires_at,
        Some(emu.now() + chrono::Duration::minutes(60))
    );
    let factor = &session.authentication_factors[0];
    assert_eq!(
        (factor.type_.as_str(), factor.delivery_method.as_str()),
        ("impersonated", "impersonation")
    );
    assert_eq!(
        factor
            .impersonated_factor
            .as_ref()
            .map(|f| f.impersonator_email_address.as_str()),
        Some("support@stytch.example")
    );
    assert_eq!(
        refused(authenticate().await),
        (401, ErrorType::InvalidToken)
    );
    let token = authed.session_token.ok_or("no token")?;
    let extend = client
        .sessions()
        .authenticate(
            types::SessionsAuthenticateRequest::builder()
                .session_token(token.clone())
                .session_duration_minutes(600),
        )
        .await;
    assert_eq!(
        refused(extend),
        (400, ErrorType::SessionNotMutableImpersonated)
    );
    client
        .sessions()
        .authenticate(types::SessionsAuthenticateRequest::builder().session_token(token))
        .await?;
    Ok(())
}

#[tokio::test]
async fn a_trusted_auth_token_is_attested_against_its_profile() -> Result {
    let (emu, client, (org_id, member_id, _)) = ada_at_acme().await?;
    let profile_id = emu.register_trusted_token_profile(&TrustedTokenProfile {
        issuer: "https://idp.example".to_owned(),
        audience: "acme-app".to_owned(),
        signing_secret: "shared-signing-secret".to_owned(),
        organization_claim: Some("org".to_owned()),
        ..TrustedTokenProfile::default()
    })?;
    let token = emu.mint_trusted_token(&TrustedToken {
        profile_id: profile_id.clone(),
        email_address: "ada@acme.example".to_owned(),
        organization_id: Some(org_id.clone()),
    })?;
    let attest = |profile: &str, token: &str| {
        client.sessions().attest(
            types::SessionsAttestRequest::builder()
                .profile_id(profile.to_owned())
                .token(token.to_owned()),
        )
    };
    let attested = attest(&profile_id, &token).await?;
    assert_eq!(attested.member_id, member_id);
    let factor = &attested.member_session.authentication_factors[0];
    assert_eq!(
        (factor.type_.as_str(), factor.delivery_method.as_str()),
        ("trusted_auth_token", "trusted_token_exchange")
    );

    // A token the identity provider signs itself (HS256 with the shared secret).
    let header =
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(br#"{"alg":"HS256","typ":"JWT"}"#);
    let now = emu.now().timestamp();
    let claims = json!({"iss": "https://idp.example", "aud": ["acme-app"], "exp": now + 60,
        "email": "ada@acme.example", "org": org_id});
    let payload = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(claims.to_string());
    let input = format!("{header}.{payload}");
    let key = aws_lc_rs::hmac::Key::new(aws_lc_rs::hmac::HMAC_SHA256, b"shared-signing-secret");
    let signature = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .encode(aws_lc_rs::hmac::sign(&key, input.as_bytes()).as_ref());
    let own = format!("{input}.{signature}");
    attest(&profile_id, &own).await?;

    let forged = format!(
        "{input}.{}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(b"forged")
    );
    assert_eq!(
        refused(attest(&profile_id, &forged).await),
        (401, ErrorType::InvalidToken)
    );
    assert_eq!(refused(attest("no-such-profile", &token).await).0, 404);
    emu.advance_clock(std::time::Duration::from_secs(400));
    assert_eq!(
        refused(attest(&profile_id, &token).await),
        (401, ErrorType::InvalidToken)
    );
    Ok(())
}

#[tokio::test]
async fn an_external_session_migrates_to_the_member_with_its_email() -> Result {
    let (emu, client, (org_id, member_id, _)) = ada_at_acme().await?;
    let external = emu.register_external_session(&ExternalSession {
        email_address: "ADA@acme.example".to_owned(),
        session_token: None,
    })?;
    let migrate = |token: &str| {
        client.sessions().migrate(
            types::SessionsMigrateRequest::builder()
                .organization_id(org_id.clone())
                .session_token(token.to_owned())
                .session_duration_minutes(30),
        )
    };
    let migrated = migrate(&external).await?;
    assert_eq!(migrated.member_id, member_id);
    let session = migrated.member_session.ok_or("no session")?;
    assert_eq!(session.authentication_factors[0].type_, "imported");
    assert_eq!(
        session.expires_at,
        Some(emu.now() + chrono::Duration::minutes(30))
    );
    assert_eq!(
        refused(migrate("unknown").await),
        (401, ErrorType::InvalidSessionToken)
    );
    let stranger = emu.register_external_session(&ExternalSession {
        email_address: "nobody@acme.example".to_owned(),
        session_token: Some("external-token-1".to_owned()),
    })?;
    assert_eq!(stranger, "external-token-1");
    assert_eq!(
        refused(migrate(&stranger).await),
        (404, ErrorType::MemberNotFound)
    );
    Ok(())
}

#[tokio::test]
async fn a_discovery_password_reset_sets_the_password_everywhere() -> Result {
    let emu = start_emulator().await?;
    let client = client_for(emu.base_url());
    let (org_a, _, _) = setup(&emu, &client, "acme", "ada@example.com").await?;
    let (org_b, _, _) = setup(&emu, &client, "globex", "ada@example.com").await?;
    let unknown = client
        .passwords()
        .discovery()
        .email()
        .reset_start(
            types::PasswordsDiscoveryEmailResetStartRequest::builder()
                .email_address("nobody@example.com"),
        )
        .await;
    assert_eq!(refused(unknown), (404, ErrorType::MemberNotFound));
    client
        .passwords()
        .discovery()
        .email()
        .reset_start(
            types::PasswordsDiscoveryEmailResetStartRequest::builder()
                .email_address("ada@example.com"),
        )
        .await?;
    let message = emu
        .latest_message_to("ada@example.com")
        .ok_or("no reset email")?;
    assert_eq!(message.kind, MessageKind::DiscoveryPasswordReset);
    let password = "velvet-tangerine-orbit-1987";
    let reset = || {
        client.passwords().discovery().email().reset(
            types::PasswordsDiscoveryEmailResetRequest::builder()
                .password_reset_token(message.token.clone())
                .password(password),
        )
    };
    let done = reset().await?;
    assert_eq!(done.email_address, "ada@example.com");
    assert!(done.intermediate_session_token.is_some());
    assert_eq!(done.discovered_organizations.len(), 2);
    assert_eq!(
        refused(reset().await),
        (401, ErrorType::UnableToAuthPasswordResetToken)
    );
    for org in [&org_a, &org_b] {
        client
            .passwords()
            .authenticate(
                types::PasswordsAuthenticateRequest::builder()
                    .organization_id(org.clone())
                    .email_address("ada@example.com")
                    .password(password),
            )
            .await?;
    }
    Ok(())
}

#[tokio::test]
async fn scim_groups_pushed_by_the_identity_provider_are_listed_and_give_roles() -> Result {
    let (emu, client, (org_id, member_id, _)) = ada_at_acme().await?;
    let connection = client
        .scim()
        .connection()
        .create(types::ScimConnectionCreateRequest::builder().display_name("Okta".to_owned()))
        .organization_id(&org_id)
        .await?
        .connection
        .ok_or("no connection")?;
    let group_id = emu.push_scim_group(&ScimGroupPush {
        connection_id: connection.connection_id.clone(),
        group_name: "Engineering".to_owned(),
        member_ids: vec![member_id.clone()],
    })?;
    client
        .scim()
        .connection()
        .update(
            types::ScimConnectionUpdateRequest::builder().scim_group_implicit_role_assignments(
                vec![types::ScimGroupImplicitRoleAssignments {
                    group_id: group_id.clone(),
                    group_name: "Engineering".to_owned(),
                    role_id: "stytch_admin".to_owned(),
                }],
            ),
        )
        .organization_id(&org_id)
        .connection_id(&connection.connection_id)
        .await?;
    let groups = client
        .scim()
        .connection()
        .get_groups()
        .organization_id(&org_id)
        .connection_id(&connection.connection_id)
        .await?;
    assert_eq!(groups.scim_groups.len(), 1);
    assert_eq!(groups.scim_groups[0].group_name, "Engineering");
    let member = || {
        client
            .organizations()
            .members()
            .get()
            .organization_id(&org_id)
            .member_id(&member_id)
    };
    let ada = member().await?.member;
    let registration = ada.scim_registration.ok_or("no SCIM registration")?;
    assert_eq!(registration.connection_id, connection.connection_id);
    let groups = registration.scim_attributes.ok_or("no attributes")?.groups;
    assert_eq!(groups[0].value, group_id);
    assert!(ada.is_admin);
    let admin = ada
        .roles
        .iter()
        .find(|r| r.role_id == "stytch_admin")
        .ok_or("no admin role")?;
    assert_eq!(admin.sources[0].type_, "scim_connection_group");
    client
        .scim()
        .connection()
        .delete()
        .organization_id(&org_id)
        .connection_id(&connection.connection_id)
        .await?;
    let ada = member().await?.member;
    assert!(ada.scim_registration.is_none() && !ada.is_admin);
    Ok(())
}

#[test]
fn the_readme_lists_nothing_as_unserved() -> Result {
    let readme = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../stytch-b2b-emulator/README.md"
    ))?;
    assert!(!readme.contains("Not yet served"));
    assert!(!readme.contains("route_not_supported_in_test"));
    Ok(())
}
