//! Two promises of the emulator through the SDK: a TOTP code is accepted once (a
//! replay within its window is refused, RFC 6238 §5.2, and the next step's code is
//! accepted), and the `oauth_providers` operations return the tokens the member's
//! latest OAuth login issued, the same the login's `provider_values` carried.

use std::time::Duration;

use stytch_b2b::{Client, ErrorType, types};
use stytch_b2b_emulator::{Emulator, OAuthLogin};
use stytch_b2b_tests::emulator::{create_member, create_organization, refused, start_emulator};
use stytch_b2b_tests::expected_call::client_for;
use stytch_b2b_tests::totp::{base32, totp_code};

type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error>>;

/// A Google login of `email` into `org_id`.
async fn google_login(
    emu: &Emulator,
    client: &Client,
    org_id: &str,
    email: &str,
) -> Result<types::OauthAuthenticateResponse> {
    oauth_login(emu, client, &OAuthLogin::google(Some(org_id), email)).await
}

async fn oauth_login(
    emu: &Emulator,
    client: &Client,
    login: &OAuthLogin,
) -> Result<types::OauthAuthenticateResponse> {
    let token = emu.mint_oauth_token(login)?;
    Ok(client
        .oauth()
        .authenticate(types::OauthAuthenticateRequest::builder().oauth_token(token))
        .await?)
}

/// `totps/authenticate` of `code` finishing the MFA of the intermediate session `ist`.
async fn totp_with(
    client: &Client,
    org_id: &str,
    member_id: &str,
    ist: &str,
    code: &str,
) -> std::result::Result<types::TotpsAuthenticateResponse, stytch_b2b::Error> {
    client
        .totps()
        .authenticate(
            types::TotpsAuthenticateRequest::builder()
                .organization_id(org_id.to_owned())
                .member_id(member_id.to_owned())
                .intermediate_session_token(ist.to_owned())
                .code(code.to_owned()),
        )
        .await
}

/// A fresh intermediate session of `email` (MFA owed): its token.
async fn primary_login(
    emu: &Emulator,
    client: &Client,
    org_id: &str,
    email: &str,
) -> Result<String> {
    let authed = google_login(emu, client, org_id, email).await?;
    assert!(!authed.member_authenticated);
    let ist = authed
        .intermediate_session_token
        .ok_or("no intermediate session token")?;
    Ok(ist.expose().to_owned())
}

#[tokio::test]
async fn a_totp_code_is_accepted_once_and_the_next_steps_code_after_it() -> Result {
    let emu = start_emulator().await?;
    let client = client_for(emu.base_url());
    let org_id = client
        .organizations()
        .create(
            types::OrganizationsCreateRequest::builder()
                .organization_name("TOTP replay")
                .organization_slug("totp-replay".to_owned())
                .mfa_policy("REQUIRED_FOR_ALL".to_owned()),
        )
        .await?
        .organization
        .organization_id;
    let email = "tess@totp.example";
    let member_id = create_member(&client, &org_id, email).await?;
    let totp = client
        .totps()
        .create(
            types::TotpsCreateRequest::builder()
                .organization_id(org_id.clone())
                .member_id(member_id.clone()),
        )
        .await?;
    let secret = base32(totp.secret.expose())?;

    // The first use of a code finishes MFA.
    let now = emu.now().timestamp();
    let code = totp_code(&secret, now);
    let ist = primary_login(&emu, &client, &org_id, email).await?;
    let done = totp_with(&client, &org_id, &member_id, &ist, &code).await?;
    assert!(done.session_token.is_some_and(|t| !t.expose().is_empty()));

    // The same code at the next login, still within its window: refused.
    let ist = primary_login(&emu, &client, &org_id, email).await?;
    let replay = totp_with(&client, &org_id, &member_id, &ist, &code).await;
    assert_eq!(refused(replay), (401, ErrorType::UnableToAuthOtpCode));
    // So is the code of the step before it, also within the window.
    let earlier = totp_code(&secret, now - 30);
    if earlier != code {
        let replay = totp_with(&client, &org_id, &member_id, &ist, &earlier).await;
        assert_eq!(refused(replay), (401, ErrorType::UnableToAuthOtpCode));
    }

    // Thirty seconds on, the authenticator app shows the next step's code: accepted
    // (with the same intermediate session, which the refusals did not spend), once.
    emu.advance_clock(Duration::from_secs(30));
    let next = totp_code(&secret, emu.now().timestamp());
    assert_ne!(next, code);
    let done = totp_with(&client, &org_id, &member_id, &ist, &next).await?;
    let session = done.member_session.ok_or("no member session")?;
    assert!(
        session
            .authentication_factors
            .iter()
            .any(|f| f.type_ == "totp")
    );
    let ist = primary_login(&emu, &client, &org_id, email).await?;
    for used in [&next, &code] {
        let replay = totp_with(&client, &org_id, &member_id, &ist, used).await;
        assert_eq!(refused(replay), (401, ErrorType::UnableToAuthOtpCode));
    }
    Ok(())
}

/// The emulator, a client and a member `email` of a new organization `slug`:
/// `(emu, client, member_id, org_id)`.
async fn start_with_member(slug: &str, email: &str) -> Result<(Emulator, Client, String, String)> {
    let emu = start_emulator().await?;
    let client = client_for(emu.base_url());
    let org_id = create_organization(&client, slug).await?;
    let member_id = create_member(&client, &org_id, email).await?;
    Ok((emu, client, member_id, org_id))
}

fn exposed(s: &Option<stytch_b2b::SecretString>) -> Option<&str> {
    s.as_ref().map(|s| s.expose())
}

#[tokio::test]
async fn google_and_microsoft_return_the_tokens_of_the_latest_login() -> Result {
    let email = "gail@tokens.example";
    let (emu, client, member_id, org_id) = start_with_member("tokens-google", email).await?;
    let google = |include: bool| {
        client
            .organizations()
            .members()
            .oauth_providers()
            .google()
            .organization_id(&org_id)
            .member_id(&member_id)
            .include_refresh_token(include)
    };
    // No Google login yet: nothing stored.
    assert_eq!(
        refused(google(false).await),
        (404, ErrorType::MemberOauthTokenNotFound)
    );

    let authed = google_login(&emu, &client, &org_id, email).await?;
    let values = authed.provider_values.ok_or("no provider values")?;
    let access = exposed(&values.access_token).ok_or("no access token")?;
    let stored = google(false).await?;
    assert_eq!(exposed(&stored.access_token), Some(access));
    assert_eq!(
        stored.id_token.expose(),
        exposed(&values.id_token).ok_or("no id token")?
    );
    assert_eq!(stored.provider_subject, authed.provider_subject);
    assert_eq!(stored.scopes, values.scopes);
    // The refresh token only when asked for, and then the login's.
    assert!(stored.refresh_token.is_none());
    let with_refresh = google(true).await?;
    assert_eq!(
        exposed(&with_refresh.refresh_token),
        Some(exposed(&values.refresh_token).ok_or("no refresh token")?)
    );
    let expires_in = stored.access_token_expires_in.ok_or("no expiry")?;
    assert!((1..=3600).contains(&expires_in));
    // Asking twice answers the same tokens.
    assert_eq!(exposed(&google(false).await?.access_token), Some(access));

    // A later login issues new tokens; they are the ones returned now.
    let again = google_login(&emu, &client, &org_id, email).await?;
    let newer = again.provider_values.ok_or("no provider values")?;
    let newer_access = exposed(&newer.access_token).ok_or("no access token")?;
    assert_ne!(newer_access, access);
    assert_eq!(
        exposed(&google(false).await?.access_token),
        Some(newer_access)
    );
    assert_eq!(again.member.oauth_registrations.len(), 1);

    // Microsoft: nothing until a Microsoft login, then that login's tokens.
    let microsoft = || {
        client
            .organizations()
            .members()
            .oauth_providers()
            .microsoft()
            .organization_id(&org_id)
            .member_id(&member_id)
            .include_refresh_token(true)
    };
    assert_eq!(
        refused(microsoft().await),
        (404, ErrorType::MemberOauthTokenNotFound)
    );
    let ms = oauth_login(
        &emu,
        &client,
        &OAuthLogin {
            provider_type: Some("microsoft".to_owned()),
            ..OAuthLogin::google(Some(&org_id), email)
        },
    )
    .await?;
    let ms_values = ms.provider_values.ok_or("no provider values")?;
    let stored = microsoft().await?;
    assert_eq!(
        Some(stored.access_token.expose()),
        exposed(&ms_values.access_token)
    );
    assert_eq!(
        exposed(&stored.refresh_token),
        exposed(&ms_values.refresh_token)
    );
    // Google's tokens are still Google's.
    assert_eq!(
        exposed(&google(false).await?.access_token),
        Some(newer_access)
    );
    Ok(())
}

#[tokio::test]
async fn slack_hubspot_and_github_return_each_registrations_tokens() -> Result {
    let email = "hal@tokens.example";
    let (emu, client, member_id, org_id) = start_with_member("tokens-others", email).await?;
    let login = |provider: &str, tenant: Option<&str>| OAuthLogin {
        provider_type: Some(provider.to_owned()),
        provider_tenant_id: tenant.map(str::to_owned),
        ..OAuthLogin::google(Some(&org_id), email)
    };
    let providers = || client.organizations().members().oauth_providers();

    let slack = oauth_login(&emu, &client, &login("slack", Some("T0SLACK01"))).await?;
    let values = slack.provider_values.ok_or("no provider values")?;
    let stored = providers()
        .slack()
        .organization_id(&org_id)
        .member_id(&member_id)
        .await?;
    assert_eq!(stored.registrations.len(), 1);
    let registration = &stored.registrations[0];
    assert_eq!(
        Some(registration.access_token.expose()),
        exposed(&values.access_token)
    );
    assert_eq!(registration.provider_tenant_id, "T0SLACK01");
    assert_eq!(registration.provider_subject, slack.provider_subject);

    let hubspot = oauth_login(&emu, &client, &login("hubspot", None)).await?;
    let values = hubspot.provider_values.ok_or("no provider values")?;
    let hub = |include: bool| {
        providers()
            .hubspot()
            .organization_id(&org_id)
            .member_id(&member_id)
            .include_refresh_token(include)
    };
    let stored = hub(false).await?;
    let registration = &stored.registrations[0];
    assert_eq!(
        Some(registration.access_token.expose()),
        exposed(&values.access_token)
    );
    assert!(registration.refresh_token.is_none());
    assert!(!registration.provider_tenant_id.is_empty());
    let stored = hub(true).await?;
    assert_eq!(
        exposed(&stored.registrations[0].refresh_token),
        exposed(&values.refresh_token)
    );

    // GitHub issues an access token only.
    let github = oauth_login(&emu, &client, &login("github", None)).await?;
    let values = github.provider_values.ok_or("no provider values")?;
    assert!(values.refresh_token.is_none() && values.id_token.is_none());
    let stored = providers()
        .github()
        .organization_id(&org_id)
        .member_id(&member_id)
        .include_refresh_token(true)
        .await?;
    assert_eq!(
        Some(stored.registrations[0].access_token.expose()),
        exposed(&values.access_token)
    );

    // Another member, never logged in with these providers.
    let other = create_member(&client, &org_id, "ivy@tokens.example").await?;
    let none = providers()
        .slack()
        .organization_id(&org_id)
        .member_id(&other)
        .await;
    assert_eq!(refused(none), (404, ErrorType::MemberOauthTokenNotFound));
    Ok(())
}
