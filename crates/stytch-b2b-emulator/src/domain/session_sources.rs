//! Sessions that start outside the emulator's own login flows: impersonation by a
//! dashboard user (`impersonation/authenticate`), tokens of a trusted identity
//! provider checked against a Trusted Auth Token profile (`sessions/attest`), and
//! sessions of an external identity provider imported by the email its user-info
//! endpoint returns (`sessions/migrate`). The tokens, profiles and external sessions
//! are created through control operations, standing in for the Stytch dashboard and
//! the other identity provider.

use std::collections::HashMap;

use aws_lc_rs::hmac;
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, Duration, Utc};
use serde_json::{Map, Value, json};
use stytch_b2b_api::ErrorType;
use stytch_b2b_api::types;

use crate::domain::factors;
use crate::domain::flows::{self, Ctx, Issued, SessionOptions};
use crate::errors::{ApiError, ApiResult};
use crate::ids;
use crate::jwt::{Jws, json_segment};
use crate::store::{OneTimeToken, Store};

/// How long a minted impersonation token can be used.
pub(crate) const IMPERSONATION_TOKEN_MINUTES: i64 = 5;
/// How long an impersonated session lasts (it cannot be extended).
pub(crate) const IMPERSONATION_SESSION_MINUTES: i64 = 60;
/// How long an external session registered for `sessions/migrate` stays valid.
pub(crate) const EXTERNAL_SESSION_MINUTES: i64 = 60;
/// Lifetime of a trusted auth token minted by the emulator.
pub(crate) const TRUSTED_TOKEN_SECS: i64 = 300;

/// Who impersonates whom.
#[derive(Debug, Clone)]
pub(crate) struct ImpersonationGrant {
    pub(crate) organization_id: String,
    pub(crate) member_id: String,
    pub(crate) impersonator_id: String,
    pub(crate) impersonator_email_address: String,
}

/// A Trusted Auth Token profile: tokens are HS256 JWTs signed with `signing_secret`,
/// issued by `issuer` for `audience`; `email_claim` names the member's address and
/// `organization_claim`, when set, the organization id.
#[derive(Debug, Clone)]
pub(crate) struct TrustedTokenProfile {
    pub(crate) issuer: String,
    pub(crate) audience: String,
    pub(crate) signing_secret: String,
    pub(crate) email_claim: String,
    pub(crate) organization_claim: Option<String>,
}

/// A session at the external identity provider: what its user-info endpoint says.
#[derive(Debug, Clone)]
pub(crate) struct ExternalIdpSession {
    pub(crate) email: String,
    pub(crate) expires_at: DateTime<Utc>,
}

#[derive(Debug, Default)]
pub(crate) struct SessionSources {
    pub(crate) impersonation: HashMap<String, OneTimeToken<ImpersonationGrant>>,
    /// By profile id.
    pub(crate) profiles: HashMap<String, TrustedTokenProfile>,
    /// By the external session token.
    pub(crate) external: HashMap<String, ExternalIdpSession>,
}

impl SessionSources {
    pub(crate) fn prune(&mut self, cutoff: DateTime<Utc>) {
        self.impersonation.retain(|_, t| t.expires_at > cutoff);
        self.external.retain(|_, s| s.expires_at > cutoff);
    }
}

/// Activates an invited or pending member (a first login), then opens a session
/// with `factor`, or adds it to the session named in `opts`, which must be the
/// member's. No MFA step: these sources vouch for the member on their own. The
/// caller has checked `opts.duration_minutes` ([`flows::validate_duration`]) before
/// using up anything.
pub(crate) fn session_without_mfa(
    store: &mut Store,
    ctx: Ctx<'_>,
    org_id: &str,
    member_id: &str,
    factor: types::AuthenticationFactor,
    opts: SessionOptions<'_>,
) -> ApiResult<(types::Member, types::Organization, Issued)> {
    let existing = flows::member_session_passed_in(store, ctx, member_id, opts)?;
    let member = flows::activate_member(store, org_id, member_id)?;
    let organization = store.org(org_id)?.clone();
    let issued = match existing {
        Some(s) => {
            let mut all = s.factors.clone();
            factors::merge(&mut all, factor);
            flows::update_session(
                store,
                ctx,
                &s.id,
                Some(all),
                opts.duration_minutes,
                opts.custom_claims,
            )?
        }
        None => flows::start_session(
            store,
            ctx,
            org_id,
            member_id,
            vec![factor],
            opts.duration_minutes,
            opts.custom_claims,
        )?,
    };
    Ok((member, organization, issued))
}

/// The factor of an impersonated session.
pub(crate) fn impersonated_factor(
    impersonation: &ImpersonationGrant,
    now: DateTime<Utc>,
) -> types::AuthenticationFactor {
    let mut f = factors::blank("impersonated", "impersonation", now);
    f.impersonated_factor = Some(types::ImpersonatedFactor {
        impersonator_email_address: impersonation.impersonator_email_address.clone(),
        impersonator_id: impersonation.impersonator_id.clone(),
    });
    f
}

/// Whether a session was opened by impersonation (and so cannot be changed).
pub(crate) fn is_impersonated(factors: &[types::AuthenticationFactor]) -> bool {
    factors.iter().any(|f| f.type_ == "impersonated")
}

/// The factor of a session attested with a trusted auth token.
pub(crate) fn trusted_token_factor(
    token_id: &str,
    now: DateTime<Utc>,
) -> types::AuthenticationFactor {
    let mut f = factors::blank("trusted_auth_token", "trusted_token_exchange", now);
    f.trusted_auth_token_factor = Some(types::TrustedAuthTokenFactor {
        token_id: token_id.to_owned(),
    });
    f
}

/// The factor of a session exchanged for a connected app's access token.
pub(crate) fn access_token_factor(
    client_id: &str,
    now: DateTime<Utc>,
) -> types::AuthenticationFactor {
    let mut f = factors::blank("oauth", "oauth_access_token_exchange", now);
    f.oauth_access_token_exchange_factor = Some(types::OAuthAccessTokenExchangeFactor {
        client_id: client_id.to_owned(),
    });
    f
}

/// The factor of a session imported from an external identity provider.
pub(crate) fn imported_factor(
    email: &str,
    email_id: &str,
    now: DateTime<Utc>,
) -> types::AuthenticationFactor {
    let mut f = factors::blank("imported", "imported_auth0", now);
    f.email_factor = Some(types::EmailFactor {
        email_address: email.to_owned(),
        email_id: email_id.to_owned(),
    });
    f
}

fn hs256_key(secret: &str) -> hmac::Key {
    hmac::Key::new(hmac::HMAC_SHA256, secret.as_bytes())
}

/// An HS256 JWT of `claims` signed with the profile's secret.
pub(crate) fn sign_trusted_token(
    profile: &TrustedTokenProfile,
    claims: &Map<String, Value>,
) -> String {
    let header = URL_SAFE_NO_PAD.encode(br#"{"alg":"HS256","typ":"JWT"}"#);
    let payload = URL_SAFE_NO_PAD.encode(Value::Object(claims.clone()).to_string());
    let signing_input = format!("{header}.{payload}");
    let signature = URL_SAFE_NO_PAD.encode(hmac::sign(
        &hs256_key(&profile.signing_secret),
        signing_input.as_bytes(),
    ));
    format!("{signing_input}.{signature}")
}

/// The claims of a fresh trusted auth token for `email` (and `organization_id` under
/// the profile's organization claim).
pub(crate) fn trusted_token_claims(
    profile: &TrustedTokenProfile,
    email: &str,
    organization_id: Option<&str>,
    now: DateTime<Utc>,
) -> Map<String, Value> {
    let iat = now.timestamp();
    let mut claims = Map::new();
    claims.insert("aud".to_owned(), json!(profile.audience));
    claims.insert("exp".to_owned(), json!(iat + TRUSTED_TOKEN_SECS));
    claims.insert("iat".to_owned(), json!(iat));
    claims.insert("iss".to_owned(), json!(profile.issuer));
    claims.insert("jti".to_owned(), json!(ids::uuid().to_string()));
    claims.insert("nbf".to_owned(), json!(iat));
    claims.insert("sub".to_owned(), json!(email));
    claims.insert(profile.email_claim.clone(), json!(email));
    if let (Some(claim), Some(org)) = (&profile.organization_claim, organization_id) {
        claims.insert(claim.clone(), json!(org));
    }
    claims
}

/// What a verified trusted auth token says.
#[derive(Debug, Clone)]
pub(crate) struct Attested {
    pub(crate) email: String,
    pub(crate) organization_id: Option<String>,
    pub(crate) token_id: String,
}

/// Checks a trusted auth token against `profile`: HS256 signature, `iss`, `aud`,
/// `exp` (required) and `nbf`; reads the email (and organization) claims.
pub(crate) fn verify_trusted_token(
    profile: &TrustedTokenProfile,
    token: &str,
    now: DateTime<Utc>,
) -> ApiResult<Attested> {
    let invalid = |why: &str| {
        ApiError::unauthorized(
            ErrorType::InvalidToken,
            format!("The trusted auth token is not valid for this profile: {why}."),
        )
    };
    let jws = Jws::split(token).ok_or_else(|| invalid("a JWT has exactly three segments"))?;
    let header = json_segment(jws.header)
        .ok_or_else(|| invalid("the header is not base64url-encoded JSON"))?;
    if header.get("alg").and_then(Value::as_str) != Some("HS256") {
        return Err(invalid("the profile's tokens are signed with HS256"));
    }
    let signature = URL_SAFE_NO_PAD
        .decode(jws.signature)
        .map_err(|_| invalid("the signature is not base64url"))?;
    hmac::verify(
        &hs256_key(&profile.signing_secret),
        jws.signing_input.as_bytes(),
        &signature,
    )
    .map_err(|_| invalid("the signature does not verify"))?;
    let claims = json_segment(jws.payload)
        .ok_or_else(|| invalid("the payload is not base64url-encoded JSON"))?;
    if claims.get("iss").and_then(Value::as_str) != Some(profile.issuer.as_str()) {
        return Err(invalid("the issuer is not the profile's"));
    }
    let audience_ok = match claims.get("aud") {
        Some(Value::String(a)) => *a == profile.audience,
        Some(Value::Array(all)) => all.iter().any(|a| a.as_str() == Some(&profile.audience)),
        _ => false,
    };
    if !audience_ok {
        return Err(invalid("the audience is not the profile's"));
    }
    let t = now.timestamp();
    match claims.get("exp").and_then(Value::as_i64) {
        Some(exp) if exp > t => {}
        Some(_) => return Err(invalid("it expired")),
        None => return Err(invalid("it has no exp")),
    }
    if claims
        .get("nbf")
        .and_then(Value::as_i64)
        .is_some_and(|nbf| nbf > t)
    {
        return Err(invalid("it is not valid yet (nbf)"));
    }
    let email = claims
        .get(&profile.email_claim)
        .and_then(Value::as_str)
        .filter(|e| !e.is_empty())
        .ok_or_else(|| invalid("the email claim is missing"))?
        .to_owned();
    let organization_id = profile
        .organization_claim
        .as_ref()
        .and_then(|c| claims.get(c))
        .and_then(Value::as_str)
        .map(str::to_owned);
    let token_id = claims
        .get("jti")
        .and_then(Value::as_str)
        .map(str::to_owned)
        .unwrap_or_else(|| {
            let digest = aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA256, token.as_bytes());
            URL_SAFE_NO_PAD.encode(&digest.as_ref()[..16])
        });
    Ok(Attested {
        email,
        organization_id,
        token_id,
    })
}

/// When an external session registered at `now` expires.
pub(crate) fn external_expiry(now: DateTime<Utc>) -> DateTime<Utc> {
    now + Duration::minutes(EXTERNAL_SESSION_MINUTES)
}
