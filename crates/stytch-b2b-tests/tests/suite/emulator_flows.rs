//! End-to-end B2B flows against the emulator through the generated client: the
//! quickstart flow (organization, invite, magic link, session, revoke) and MFA.

use serde_json::json;
use stytch_b2b_api::types;
use stytch_b2b_emulator::{Channel, MessageKind};
use stytch_b2b_tests::PROJECT_ID;
use stytch_b2b_tests::emulator::{api_error, jwt_segment, start_emulator_with_client};

type Result = std::result::Result<(), Box<dyn std::error::Error>>;

#[tokio::test]
async fn quickstart_flow_invite_magic_link_session_revoke() -> Result {
    let (emu, client) = start_emulator_with_client().await?;

    let org = client
        .organizations_create()
        .body(
            types::OrganizationsCreateRequest::builder()
                .organization_name("Acme Co")
                .organization_slug("acme-co".to_owned()),
        )
        .send()
        .await?
        .into_inner()
        .organization;
    assert_eq!(org.organization_slug, "acme-co");
    assert_eq!(org.mfa_policy, "OPTIONAL");
    assert!(org.organization_id.starts_with("organization-test-"));

    let invited = client
        .magic_links_email_invite()
        .body(
            types::MagicLinksEmailInviteRequest::builder()
                .organization_id(&org.organization_id)
                .email_address("ada@acme.example.com")
                .name("Ada".to_owned()),
        )
        .send()
        .await?
        .into_inner();
    assert_eq!(invited.member.status, "invited");
    assert!(!invited.member.email_address_verified);

    let message = emu
        .latest_message_to("ada@acme.example.com")
        .ok_or("no invite in the outbox")?;
    assert_eq!(message.kind, MessageKind::Invite);
    assert_eq!(message.channel, Channel::Email);
    assert_eq!(
        message.member_id.as_deref(),
        Some(invited.member_id.as_str())
    );
    assert!(
        !format!("{message:?}").contains(&message.token),
        "Debug hides the token"
    );

    let claims = json!({"https://acme.example.com/plan": {"tier": "pro", "seats": 5}});
    let authed = client
        .magic_links_authenticate()
        .body(
            types::MagicLinksAuthenticateRequest::builder()
                .magic_links_token(&message.token)
                .session_duration_minutes(120)
                .set_session_custom_claims(claims.as_object().cloned()),
        )
        .send()
        .await?
        .into_inner();
    assert!(authed.member_authenticated);
    assert_eq!(authed.member.status, "active");
    assert!(authed.member.email_address_verified);
    assert_eq!(authed.organization_id, org.organization_id);
    let session = authed.member_session.clone().ok_or("no member session")?;
    assert_eq!(session.member_id, invited.member_id);
    assert_eq!(session.authentication_factors.len(), 1);
    assert_eq!(session.authentication_factors[0].type_, "magic_link");
    assert_eq!(
        session.custom_claims.get("https://acme.example.com/plan"),
        Some(&json!({"tier": "pro", "seats": 5}))
    );
    assert_eq!(session.expires_at, Some(emu.now() + chrono_minutes(120)));
    let token = authed.session_token.clone().ok_or("no session token")?;
    let jwt = authed.session_jwt.clone().ok_or("no session jwt")?;

    // Stytch's claim layout.
    let claims = jwt_segment(&jwt, 1)?;
    assert_eq!(claims["sub"], json!(invited.member_id));
    assert_eq!(
        claims["iss"],
        json!(format!("stytch.com/{PROJECT_ID}")),
        "the issuer is Stytch's, as without a custom domain"
    );
    assert_eq!(claims["aud"], json!([PROJECT_ID]));
    assert_eq!(
        claims["https://stytch.com/session"]["id"],
        json!(session.member_session_id)
    );
    assert_eq!(
        claims["https://stytch.com/session"]["roles"],
        json!(["stytch_member"])
    );
    assert_eq!(
        claims["https://stytch.com/organization"],
        json!({"organization_id": org.organization_id, "slug": "acme-co"})
    );
    assert_eq!(
        claims["https://acme.example.com/plan"]["tier"],
        json!("pro")
    );

    // A magic link works once.
    let again = client
        .magic_links_authenticate()
        .body(types::MagicLinksAuthenticateRequest::builder().magic_links_token(&message.token))
        .send()
        .await;
    assert_eq!(
        api_error(again),
        (401, "unable_to_auth_magic_link".to_owned())
    );

    // The session authenticates by token and by JWT, and extends.
    emu.advance_clock(std::time::Duration::from_secs(60));
    let by_token = client
        .sessions_authenticate()
        .body(
            types::SessionsAuthenticateRequest::builder()
                .session_token(token.clone())
                .session_duration_minutes(30),
        )
        .send()
        .await?
        .into_inner();
    let extended = by_token.member_session.ok_or("no session")?;
    assert_eq!(extended.expires_at, Some(emu.now() + chrono_minutes(30)));
    assert_eq!(extended.last_accessed_at, Some(emu.now()));
    let fresh_jwt = by_token.session_jwt.ok_or("no jwt")?;
    assert_ne!(fresh_jwt, jwt, "a fresh JWT after a minute");
    assert_eq!(
        jwt_segment(&fresh_jwt, 1)?["iat"],
        json!(emu.now().timestamp())
    );
    let by_jwt = client
        .sessions_authenticate()
        .body(types::SessionsAuthenticateRequest::builder().session_jwt(jwt.clone()))
        .send()
        .await?;
    assert_eq!(by_jwt.member.member_id, invited.member_id);

    let listed = client
        .sessions_get()
        .organization_id(&org.organization_id)
        .member_id(&invited.member_id)
        .send()
        .await?;
    assert_eq!(listed.member_sessions.len(), 1);

    client
        .sessions_revoke()
        .body(types::SessionsRevokeRequest::builder().session_token(token.clone()))
        .send()
        .await?;
    let refused = client
        .sessions_authenticate()
        .body(types::SessionsAuthenticateRequest::builder().session_token(token))
        .send()
        .await;
    assert_eq!(api_error(refused), (404, "session_not_found".to_owned()));
    let refused = client
        .sessions_authenticate()
        .body(types::SessionsAuthenticateRequest::builder().session_jwt(fresh_jwt))
        .send()
        .await;
    assert_eq!(api_error(refused), (404, "session_not_found".to_owned()));
    let listed = client
        .sessions_get()
        .organization_id(&org.organization_id)
        .member_id(&invited.member_id)
        .send()
        .await?;
    assert!(listed.member_sessions.is_empty());
    Ok(())
}

fn chrono_minutes(m: i64) -> chrono::TimeDelta {
    chrono::TimeDelta::minutes(m)
}

#[tokio::test]
async fn expired_magic_links_and_sessions_are_refused() -> Result {
    let (emu, client) = start_emulator_with_client().await?;
    let org = client
        .organizations_create()
        .body(types::OrganizationsCreateRequest::builder().organization_name("Clockwork"))
        .send()
        .await?
        .into_inner()
        .organization;
    client
        .organizations_members_create()
        .organization_id(&org.organization_id)
        .body(
            types::OrganizationsMembersCreateRequest::builder().email_address("tick@clock.example"),
        )
        .send()
        .await?;
    client
        .magic_links_email_login_or_signup()
        .body(
            types::MagicLinksEmailLoginOrSignupRequest::builder()
                .organization_id(&org.organization_id)
                .email_address("tick@clock.example"),
        )
        .send()
        .await?;
    let link = emu
        .latest_message_to("tick@clock.example")
        .ok_or("no login link")?;
    assert_eq!(link.kind, MessageKind::Login);
    emu.advance_clock(std::time::Duration::from_secs(61 * 60));
    let late = client
        .magic_links_authenticate()
        .body(types::MagicLinksAuthenticateRequest::builder().magic_links_token(&link.token))
        .send()
        .await;
    assert_eq!(
        api_error(late),
        (401, "unable_to_auth_magic_link".to_owned())
    );

    client
        .magic_links_email_login_or_signup()
        .body(
            types::MagicLinksEmailLoginOrSignupRequest::builder()
                .organization_id(&org.organization_id)
                .email_address("tick@clock.example"),
        )
        .send()
        .await?;
    let link = emu
        .latest_message_to("tick@clock.example")
        .ok_or("no login link")?;
    let authed = client
        .magic_links_authenticate()
        .body(
            types::MagicLinksAuthenticateRequest::builder()
                .magic_links_token(&link.token)
                .session_duration_minutes(10),
        )
        .send()
        .await?;
    let token = authed.session_token.clone().ok_or("no session")?;
    emu.advance_clock(std::time::Duration::from_secs(11 * 60));
    let expired = client
        .sessions_authenticate()
        .body(types::SessionsAuthenticateRequest::builder().session_token(token))
        .send()
        .await;
    assert_eq!(api_error(expired), (404, "session_not_found".to_owned()));
    Ok(())
}

#[tokio::test]
async fn mfa_required_for_all_is_completed_by_sms_otp() -> Result {
    let (emu, client) = start_emulator_with_client().await?;
    let org = client
        .organizations_create()
        .body(
            types::OrganizationsCreateRequest::builder()
                .organization_name("Fort Knox")
                .mfa_policy("REQUIRED_FOR_ALL".to_owned()),
        )
        .send()
        .await?
        .into_inner()
        .organization;
    let member = client
        .organizations_members_create()
        .organization_id(&org.organization_id)
        .body(
            types::OrganizationsMembersCreateRequest::builder()
                .email_address("guard@knox.example")
                .mfa_phone_number("+15555550123".to_owned()),
        )
        .send()
        .await?
        .into_inner()
        .member;
    assert!(!member.mfa_phone_number_verified);

    let login = |client: &stytch_b2b_api::Client| {
        let org_id = org.organization_id.clone();
        let client = client.clone();
        async move {
            client
                .magic_links_email_login_or_signup()
                .body(
                    types::MagicLinksEmailLoginOrSignupRequest::builder()
                        .organization_id(org_id)
                        .email_address("guard@knox.example"),
                )
                .send()
                .await
        }
    };
    login(&client).await?;
    let link = emu
        .latest_message_to("guard@knox.example")
        .ok_or("no link")?;
    let primary = client
        .magic_links_authenticate()
        .body(types::MagicLinksAuthenticateRequest::builder().magic_links_token(&link.token))
        .send()
        .await?
        .into_inner();
    assert!(!primary.member_authenticated);
    // While MFA is pending Stytch sends both credentials as `""`.
    assert_eq!(primary.session_token.as_deref(), Some(""));
    assert_eq!(primary.session_jwt.as_deref(), Some(""));
    assert!(primary.member_session.is_none());
    let ist = primary
        .intermediate_session_token
        .clone()
        .ok_or("no intermediate session token")?;
    let mfa = primary.mfa_required.clone().ok_or("no mfa_required")?;
    assert_eq!(
        mfa.member_options.map(|o| o.mfa_phone_number),
        Some("+15555550123".to_owned())
    );
    assert_eq!(
        mfa.secondary_auth_initiated, None,
        "an unverified phone gets no automatic code"
    );

    client
        .otps_sms_send()
        .body(
            types::OtpsSmsSendRequest::builder()
                .organization_id(&org.organization_id)
                .member_id(&member.member_id),
        )
        .send()
        .await?;
    let sms = emu.latest_message_to("+15555550123").ok_or("no SMS")?;
    assert_eq!(sms.kind, MessageKind::SmsOtp);
    assert_eq!(sms.channel, Channel::Sms);
    assert_eq!(sms.token.len(), 6);

    let wrong = if sms.token == "000000" {
        "111111"
    } else {
        "000000"
    };
    let refused = client
        .otps_sms_authenticate()
        .body(
            types::OtpsSmsAuthenticateRequest::builder()
                .organization_id(&org.organization_id)
                .member_id(&member.member_id)
                .code(wrong)
                .intermediate_session_token(ist.clone()),
        )
        .send()
        .await;
    assert_eq!(
        api_error(refused),
        (401, "unable_to_auth_otp_code".to_owned())
    );

    let done = client
        .otps_sms_authenticate()
        .body(
            types::OtpsSmsAuthenticateRequest::builder()
                .organization_id(&org.organization_id)
                .member_id(&member.member_id)
                .code(&sms.token)
                .intermediate_session_token(ist.clone()),
        )
        .send()
        .await?
        .into_inner();
    assert!(done.member.mfa_phone_number_verified);
    let session = done.member_session.ok_or("no session after MFA")?;
    let kinds: Vec<(&str, &str)> = session
        .authentication_factors
        .iter()
        .map(|f| (f.type_.as_str(), f.delivery_method.as_str()))
        .collect();
    assert_eq!(kinds, vec![("magic_link", "email"), ("otp", "sms")]);
    assert!(done.session_token.is_some() && done.session_jwt.is_some());

    // The intermediate session is spent.
    let reused = client
        .otps_sms_authenticate()
        .body(
            types::OtpsSmsAuthenticateRequest::builder()
                .organization_id(&org.organization_id)
                .member_id(&member.member_id)
                .code(&sms.token)
                .intermediate_session_token(ist),
        )
        .send()
        .await;
    assert_eq!(api_error(reused).0, 404);

    // With a verified phone, the next primary login sends the code by itself.
    login(&client).await?;
    let link = emu
        .latest_message_to("guard@knox.example")
        .ok_or("no link")?;
    let outbox_before = emu.outbox().len();
    let primary = client
        .magic_links_authenticate()
        .body(types::MagicLinksAuthenticateRequest::builder().magic_links_token(&link.token))
        .send()
        .await?
        .into_inner();
    assert_eq!(
        primary
            .mfa_required
            .and_then(|m| m.secondary_auth_initiated)
            .as_deref(),
        Some("sms_otp")
    );
    assert_eq!(emu.outbox().len(), outbox_before + 1);
    let sms = emu.latest_message_to("+15555550123").ok_or("no SMS")?;
    let done = client
        .otps_sms_authenticate()
        .body(
            types::OtpsSmsAuthenticateRequest::builder()
                .organization_id(&org.organization_id)
                .member_id(&member.member_id)
                .code(&sms.token)
                .set_intermediate_session_token(primary.intermediate_session_token),
        )
        .send()
        .await?;
    assert!(done.member_session.is_some());
    Ok(())
}
