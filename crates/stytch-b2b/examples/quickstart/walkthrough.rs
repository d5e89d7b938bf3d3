//! The B2B flow the quickstart walks through, written against the public API only so it
//! reads as sample code. `main.rs` runs it against the emulator or against Stytch; the
//! test suite runs it against the emulator and checks the summary.

use std::fmt::Display;
use std::io::Write;

use serde::Deserialize;
use stytch_b2b::magic_links::{MagicLinksAuthenticateRequest, MagicLinksEmailInviteRequest};
use stytch_b2b::organizations::OrganizationsCreateRequest;
use stytch_b2b::sessions::{SessionsAuthenticateRequest, SessionsRevokeRequest};
use stytch_b2b::{Client, Error, ErrorType, JwtVerifyOptions};

/// Where the invited member's magic-link token comes from.
pub(crate) trait Inbox {
    /// The token of the latest magic link sent to `email_address`.
    fn magic_link_token(&self, email_address: &str) -> Result<String, String>;
}

/// The custom claims this application puts on its sessions.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub(crate) struct AppClaims {
    /// The customer's plan.
    #[serde(rename = "https://acme.example/plan")]
    pub(crate) plan: String,
    /// How many seats the plan includes.
    #[serde(rename = "https://acme.example/seats")]
    pub(crate) seats: u32,
}

/// What the walkthrough produced, for callers that check it.
#[derive(Debug)]
pub(crate) struct Summary {
    /// The organization created.
    pub(crate) organization_id: String,
    /// The member invited and authenticated.
    pub(crate) member_id: String,
    /// The member's status after the magic link was redeemed.
    pub(crate) member_status: String,
    /// The custom claims read from the locally verified session JWT.
    pub(crate) claims: AppClaims,
    /// How the API answered the revoked session.
    pub(crate) refusal: Option<ErrorType>,
}

/// A step that failed, with what the step was doing.
#[derive(Debug)]
pub(crate) struct StepError {
    /// The step, as printed.
    pub(crate) step: &'static str,
    /// What went wrong.
    pub(crate) reason: String,
}

impl Display for StepError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "step \"{}\" failed: {}", self.step, self.reason)
    }
}

/// Maps a failure of `step`, keeping the whole cause chain (e.g. "could not connect to
/// Stytch: … connection refused") so the reader sees what to fix.
fn at<E: std::error::Error>(step: &'static str) -> impl FnOnce(E) -> StepError {
    move |e| {
        let mut reason = e.to_string();
        let mut source = e.source();
        while let Some(cause) = source {
            reason.push_str(": ");
            reason.push_str(&cause.to_string());
            source = cause.source();
        }
        StepError { step, reason }
    }
}

fn fail(step: &'static str, reason: impl Into<String>) -> StepError {
    StepError {
        step,
        reason: reason.into(),
    }
}

/// Runs the flow, narrating each step to `out`.
pub(crate) async fn run(
    client: &Client,
    inbox: &impl Inbox,
    slug_suffix: &str,
    out: &mut impl Write,
) -> Result<Summary, StepError> {
    let mut say = |line: String| {
        // Narration is best effort: a closed stdout must not fail the flow.
        let _ = writeln!(out, "{line}");
    };

    const CREATE: &str = "create an organization";
    let slug = format!("acme-{slug_suffix}");
    let created = client
        .organizations()
        .create(
            OrganizationsCreateRequest::builder()
                .organization_name("Acme Corporation")
                .organization_slug(slug.as_str())
                .email_invites("ALL_ALLOWED"),
        )
        .await
        .map_err(at(CREATE))?;
    let organization = created.organization;
    say(format!(
        "1. Created organization {} ({})",
        organization.organization_slug, organization.organization_id
    ));

    const INVITE: &str = "invite a member";
    let email = format!("ada+{slug_suffix}@acme.example.com");
    let invited = client
        .magic_links()
        .email()
        .invite(
            MagicLinksEmailInviteRequest::builder()
                .organization_id(organization.organization_id.as_str())
                .email_address(email.as_str())
                .name("Ada Lovelace"),
        )
        .await
        .map_err(at(INVITE))?;
    say(format!(
        "2. Invited {email} as member {} (status: {})",
        invited.member_id, invited.member.status
    ));

    const REDEEM: &str = "authenticate the magic link";
    let token = inbox
        .magic_link_token(&email)
        .map_err(|e| fail(REDEEM, e))?;
    let claims = serde_json::json!({"https://acme.example/plan": "enterprise", "https://acme.example/seats": 25});
    let authenticated = client
        .magic_links()
        .authenticate(
            MagicLinksAuthenticateRequest::builder()
                .magic_links_token(token)
                .session_duration_minutes(60)
                .session_custom_claims(claims.as_object().cloned().unwrap_or_default()),
        )
        .await
        .map_err(at(REDEEM))?;
    say(format!(
        "3. Magic link redeemed: {} is now {}",
        authenticated.member.email_address, authenticated.member.status
    ));

    const SHOW: &str = "show the member session";
    let session = authenticated.member_session.as_ref().ok_or_else(|| {
        fail(
            SHOW,
            "no member session: the organization asks for a second factor",
        )
    })?;
    let session_jwt = authenticated
        .session_jwt
        .clone()
        .ok_or_else(|| fail(SHOW, "no session JWT"))?;
    let session_token = authenticated
        .session_token
        .clone()
        .ok_or_else(|| fail(SHOW, "no session token"))?;
    let factors: Vec<String> = session
        .authentication_factors
        .iter()
        .map(|f| format!("{} via {}", f.type_, f.delivery_method))
        .collect();
    say(format!(
        "4. Member session {} expires at {} (factors: {})",
        session.member_session_id,
        session
            .expires_at
            .map(|t| t.to_rfc3339())
            .unwrap_or_else(|| "-".into()),
        factors.join(", ")
    ));

    const VERIFY: &str = "verify the session JWT locally";
    let options = JwtVerifyOptions::default();
    let local = client
        .sessions()
        .authenticate_jwt_local_with_claims::<AppClaims>(&session_jwt, &options)
        .await
        .map_err(at(VERIFY))?;
    say(format!(
        "5. JWT verified locally: member {} in organization {} ({}), roles {:?}",
        local.session.member_id,
        local.session.organization_id,
        local.session.organization_slug.as_deref().unwrap_or("-"),
        local.session.roles
    ));
    say(format!(
        "6. Typed custom claims: plan {:?}, {} seats",
        local.custom_claims.plan, local.custom_claims.seats
    ));

    const REVOKE: &str = "revoke the session";
    client
        .sessions()
        .revoke(
            SessionsRevokeRequest::builder().member_session_id(session.member_session_id.as_str()),
        )
        .await
        .map_err(at(REVOKE))?;
    say(format!("7. Revoked session {}", session.member_session_id));

    const REFUSED: &str = "check the API refuses the revoked session";
    let refusal = match client
        .sessions()
        .authenticate(SessionsAuthenticateRequest::builder().session_token(session_token))
        .await
    {
        Ok(_) => return Err(fail(REFUSED, "the API still accepted the revoked session")),
        Err(Error::Api(api)) => {
            say(format!(
                "8. The API now refuses the session: {} ({})",
                api.error_type, api.status
            ));
            Some(api.error_type)
        }
        Err(other) => return Err(at(REFUSED)(other)),
    };

    Ok(Summary {
        organization_id: organization.organization_id,
        member_id: authenticated.member_id,
        member_status: authenticated.member.status,
        claims: local.custom_claims,
        refusal,
    })
}
