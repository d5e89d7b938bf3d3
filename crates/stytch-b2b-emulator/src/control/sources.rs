//! Control operations standing in for what the Stytch dashboard or another identity
//! provider would create: impersonation tokens, Trusted Auth Token profiles (and
//! tokens signed for them), external sessions for `sessions/migrate`, and SCIM groups
//! pushed by an identity provider.

use chrono::Duration;
use serde::{Deserialize, Serialize};
use stytch_b2b_api::ErrorType;

use super::ControlError;
use crate::domain::session_sources::{
    self, ExternalIdpSession, IMPERSONATION_TOKEN_MINUTES, ImpersonationGrant,
};
use crate::domain::{scim, tokens, validate};
use crate::errors::{ApiError, ApiResult};
use crate::ids;
use crate::server::Shared;

/// An impersonation of a member by a dashboard user, as the Stytch dashboard starts
/// one; `impersonation/authenticate` redeems the token once, within five minutes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Impersonation {
    /// Organization of the member.
    pub organization_id: String,
    /// The member to act as.
    pub member_id: String,
    /// Id of the dashboard user impersonating; generated when absent.
    pub impersonator_id: Option<String>,
    /// Email address of the dashboard user (default `support@example.com`).
    pub impersonator_email_address: Option<String>,
}

/// A Trusted Auth Token profile for `sessions/attest`: tokens are HS256 JWTs signed
/// with `signing_secret`, with `iss` = `issuer`, `aud` = (or containing) `audience`,
/// an `exp`, the member's email address under `email_claim` and, when
/// `organization_claim` is set, the organization id under it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct TrustedTokenProfile {
    /// Profile id to register under; generated when absent.
    pub profile_id: Option<String>,
    /// The `iss` tokens must carry.
    pub issuer: String,
    /// The `aud` tokens must carry.
    pub audience: String,
    /// The HMAC-SHA-256 key tokens are signed with.
    pub signing_secret: String,
    /// Claim holding the email address (default `email`).
    pub email_claim: Option<String>,
    /// Claim holding the organization id, if tokens carry one.
    pub organization_claim: Option<String>,
}

/// A token for a registered profile, signed by the emulator as the trusted identity
/// provider would (valid five minutes).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct TrustedToken {
    /// The profile to sign for.
    pub profile_id: String,
    /// The member's email address.
    pub email_address: String,
    /// Put under the profile's organization claim, if it has one.
    pub organization_id: Option<String>,
}

/// A session at an external identity provider whose user-info endpoint returns
/// `email_address`; `sessions/migrate` accepts its token for an hour.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ExternalSession {
    /// The email address the external user-info endpoint returns.
    pub email_address: String,
    /// The external session token; generated when absent.
    pub session_token: Option<String>,
}

/// A group an identity provider pushes over a SCIM connection, with its members
/// (replacing the members of an earlier group of the same name).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ScimGroupPush {
    /// The SCIM connection (created through `scim/{organization_id}/connection`).
    pub connection_id: String,
    /// Display name of the group.
    pub group_name: String,
    /// Members of the connection's organization in the group.
    pub member_ids: Vec<String>,
}

/// `value` unless it is absent or empty; else `default()`.
fn given_or(value: &Option<String>, default: impl FnOnce() -> String) -> String {
    value
        .clone()
        .filter(|v| !v.is_empty())
        .unwrap_or_else(default)
}

fn required(value: &str, field: &str) -> ApiResult<()> {
    if value.trim().is_empty() {
        return Err(ApiError::bad_request(
            ErrorType::BadRequest,
            format!("{field} is required."),
        ));
    }
    Ok(())
}

pub(crate) fn mint_impersonation(app: &Shared, req: &Impersonation) -> ApiResult<String> {
    let now = app.clock.now();
    let mut store = app.store();
    store.live_member(&req.organization_id, &req.member_id)?;
    let email = given_or(&req.impersonator_email_address, || {
        "support@example.com".to_owned()
    });
    validate::email(&email)?;
    let grant = ImpersonationGrant {
        organization_id: req.organization_id.clone(),
        member_id: req.member_id.clone(),
        impersonator_id: given_or(&req.impersonator_id, || ids::id("dashboard-user", app.env)),
        impersonator_email_address: email,
    };
    store.prune_expired(now);
    Ok(tokens::issue(
        &mut store.sources.impersonation,
        grant,
        now + Duration::minutes(IMPERSONATION_TOKEN_MINUTES),
        None,
    ))
}

pub(crate) fn register_profile(app: &Shared, req: &TrustedTokenProfile) -> ApiResult<String> {
    required(&req.issuer, "issuer")?;
    required(&req.audience, "audience")?;
    required(&req.signing_secret, "signing_secret")?;
    let mut store = app.store();
    let id = given_or(&req.profile_id, || {
        ids::id("trusted-auth-token-profile", app.env)
    });
    store.sources.profiles.insert(
        id.clone(),
        session_sources::TrustedTokenProfile {
            issuer: req.issuer.clone(),
            audience: req.audience.clone(),
            signing_secret: req.signing_secret.clone(),
            email_claim: given_or(&req.email_claim, || "email".to_owned()),
            organization_claim: req.organization_claim.clone().filter(|c| !c.is_empty()),
        },
    );
    Ok(id)
}

pub(crate) fn mint_trusted_token(app: &Shared, req: &TrustedToken) -> ApiResult<String> {
    validate::email(&req.email_address)?;
    let now = app.clock.now();
    let store = app.store();
    let profile = store.sources.profiles.get(&req.profile_id).ok_or_else(|| {
        ApiError::not_found(
            ErrorType::InvalidId,
            format!("No trusted auth token profile {} exists.", req.profile_id),
        )
    })?;
    let claims = session_sources::trusted_token_claims(
        profile,
        &req.email_address,
        req.organization_id.as_deref(),
        now,
    );
    Ok(session_sources::sign_trusted_token(profile, &claims))
}

pub(crate) fn register_external_session(app: &Shared, req: &ExternalSession) -> ApiResult<String> {
    validate::email(&req.email_address)?;
    let now = app.clock.now();
    let mut store = app.store();
    let token = given_or(&req.session_token, ids::token);
    store.prune_expired(now);
    store.sources.external.insert(
        token.clone(),
        ExternalIdpSession {
            email: req.email_address.clone(),
            expires_at: session_sources::external_expiry(now),
        },
    );
    Ok(token)
}

pub(crate) fn push_scim_group(app: &Shared, req: &ScimGroupPush) -> ApiResult<String> {
    let mut store = app.store();
    scim::push_group(
        &mut store,
        &req.connection_id,
        &req.group_name,
        &req.member_ids,
    )
}

/// The `Result` of the library API.
pub(crate) fn public<T>(result: ApiResult<T>) -> Result<T, ControlError> {
    result.map_err(ControlError::from)
}
