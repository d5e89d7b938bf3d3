//! Local session-JWT verification of the ergonomic client against the emulator, across
//! a signing-key rotation made through the emulator's control endpoint.

use std::time::Duration;

use serde_json::Value;
use stytch_b2b::magic_links::{MagicLinksAuthenticateRequest, MagicLinksEmailInviteRequest};
use stytch_b2b::organizations::OrganizationsCreateRequest;
use stytch_b2b::{Client, JwtConfig, JwtVerifyOptions};
use stytch_b2b_emulator::{Emulator, EmulatorConfig};
use stytch_b2b_tests::emulator::jwt_segment;

type Res<T> = Result<T, Box<dyn std::error::Error>>;

/// Creates an organization, invites a member and redeems the link: a fresh session JWT.
async fn fresh_session_jwt(emu: &Emulator, client: &Client, slug: &str) -> Res<String> {
    let org = client
        .organizations()
        .create(
            OrganizationsCreateRequest::builder()
                .organization_name(slug)
                .organization_slug(slug),
        )
        .await?
        .organization;
    let email = format!("owner@{slug}.example");
    client
        .magic_links()
        .email()
        .invite(
            MagicLinksEmailInviteRequest::builder()
                .organization_id(org.organization_id.as_str())
                .email_address(email.as_str()),
        )
        .await?;
    let link = emu
        .latest_message_to(&email)
        .ok_or("no invite in the outbox")?;
    let authed = client
        .magic_links()
        .authenticate(
            MagicLinksAuthenticateRequest::builder()
                .magic_links_token(link.token)
                .session_duration_minutes(30),
        )
        .await?;
    Ok(authed.session_jwt.ok_or("no session JWT")?.into_inner())
}

#[tokio::test]
async fn tokens_of_a_rotated_key_verify_after_one_jwks_refetch() -> Res<()> {
    let emu = Emulator::start(EmulatorConfig::default()).await?;
    let config = emu.config();
    let client = Client::builder(&config.project_id, &config.secret)
        .base_url(emu.base_url())
        // Rotation follows the first fetch at once here; no cooldown keeps the test fast.
        .jwt_config(JwtConfig::default().with_unknown_kid_cooldown(Duration::ZERO))
        .build()?;
    let options = JwtVerifyOptions::default();

    let before = fresh_session_jwt(&emu, &client, "before-rotation").await?;
    let session = client
        .sessions()
        .authenticate_jwt_local(&before, &options)
        .await?;
    assert_eq!(
        session.organization_slug.as_deref(),
        Some("before-rotation")
    );
    assert_eq!(client.sessions().jwks().stats().fetches, 1);

    let rotated: Value = reqwest::Client::new()
        .post(format!("{}/__emulator/keys/rotate", emu.base_url()))
        .basic_auth(&config.project_id, Some(&config.secret))
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?;
    let new_kid = rotated["kid"].as_str().ok_or("no kid")?;

    let after = fresh_session_jwt(&emu, &client, "after-rotation").await?;
    assert_eq!(jwt_segment(&after, 0)?["kid"].as_str(), Some(new_kid));
    let session = client
        .sessions()
        .authenticate_jwt_local(&after, &options)
        .await?;
    assert_eq!(session.organization_slug.as_deref(), Some("after-rotation"));
    assert_eq!(
        client.sessions().jwks().stats().fetches,
        2,
        "exactly one refetch for the new kid"
    );

    // Both keys are now known: neither token costs another fetch.
    client
        .sessions()
        .authenticate_jwt_local(&before, &options)
        .await?;
    client
        .sessions()
        .authenticate_jwt_local(&after, &options)
        .await?;
    assert_eq!(client.sessions().jwks().stats().fetches, 2);
    Ok(())
}
