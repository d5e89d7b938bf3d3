//! What every authenticate endpoint shares: turning a verified factor into a member
//! session, or into an intermediate session when MFA is still owed; discovery of the
//! organizations an email address can enter; one-time-code delivery.

use chrono::{DateTime, Duration, Utc};
use serde_json::{Map, Value};
use stytch_b2b_api::ErrorType;
use stytch_b2b_api::{SecretString, types};

use crate::domain::factors;
use crate::errors::{ApiError, ApiResult};
use crate::ids;
use crate::jwt::{self, RESERVED_CLAIMS};
use crate::outbox::{Channel, MessageKind, OutboxMessage};
use crate::store::{
    IntermediateSession, PendingOtp, STATUS_ACTIVE, STATUS_INVITED, STATUS_PENDING, SessionRecord,
    Store,
};

pub(crate) const DEFAULT_SESSION_MINUTES: i64 = 60;
const MIN_SESSION_MINUTES: i64 = 5;
const MAX_SESSION_MINUTES: i64 = 527_040;
const MAX_CUSTOM_CLAIMS_BYTES: usize = 4096;
pub(crate) const INTERMEDIATE_SESSION_MINUTES: i64 = 10;
pub(crate) const OTP_MINUTES: i64 = 10;
pub(crate) const DEFAULT_ROLE: &str = super::rbac::MEMBER_ROLE;

/// Per-request facts the flows need.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Ctx<'a> {
    pub(crate) project_id: &'a str,
    /// The `iss` of session JWTs: the emulator's own base URL, as Stytch uses the
    /// custom domain a project is reached at.
    pub(crate) issuer: &'a str,
    pub(crate) now: DateTime<Utc>,
}

/// The session-related fields most authenticate requests carry.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct SessionOptions<'a> {
    pub(crate) duration_minutes: Option<i64>,
    pub(crate) custom_claims: Option<&'a Map<String, Value>>,
    pub(crate) session_token: Option<&'a str>,
    pub(crate) session_jwt: Option<&'a str>,
}

impl SessionOptions<'_> {
    /// Refuses a bad duration or unusable session credentials, for routes that must
    /// check them before spending a single-use token.
    pub(crate) fn precheck(&self, store: &Store, now: DateTime<Utc>) -> ApiResult<()> {
        validate_duration(self.duration_minutes)?;
        store.session_by_credentials(self.session_token, self.session_jwt, now)?;
        Ok(())
    }
}

/// A session handed out: the wire object plus its two credentials.
#[derive(Debug, Clone)]
pub(crate) struct Issued {
    pub(crate) session: types::MemberSession,
    pub(crate) token: String,
    pub(crate) jwt: String,
}

/// The result of an authentication step.
#[derive(Debug, Clone)]
pub(crate) struct Outcome {
    pub(crate) member: types::Member,
    pub(crate) organization: types::Organization,
    pub(crate) member_authenticated: bool,
    pub(crate) issued: Option<Issued>,
    pub(crate) intermediate_session_token: Option<SecretString>,
    /// When the intermediate session token expires, if one was issued.
    pub(crate) intermediate_expires_at: Option<DateTime<Utc>>,
    pub(crate) mfa_required: Option<types::MfaRequired>,
}

impl Outcome {
    pub(crate) fn member_session(&self) -> Option<types::MemberSession> {
        self.issued.as_ref().map(|i| i.session.clone())
    }
    /// The session token; `""` while MFA is pending, as Stytch sends it (the
    /// official SDKs declare the field a plain string).
    pub(crate) fn session_token(&self) -> Option<SecretString> {
        Some(
            self.issued
                .as_ref()
                .map_or_else(SecretString::default, |i| SecretString::from(&i.token)),
        )
    }
    /// The session JWT; `""` while MFA is pending.
    pub(crate) fn session_jwt(&self) -> Option<SecretString> {
        Some(
            self.issued
                .as_ref()
                .map_or_else(SecretString::default, |i| SecretString::from(&i.jwt)),
        )
    }
}

pub(crate) fn validate_duration(minutes: Option<i64>) -> ApiResult<()> {
    match minutes {
        Some(m) if !(MIN_SESSION_MINUTES..=MAX_SESSION_MINUTES).contains(&m) => {
            Err(ApiError::bad_request(
                ErrorType::InvalidSessionDurationMinutes,
                format!(
                    "session_duration_minutes must be between {MIN_SESSION_MINUTES} and {MAX_SESSION_MINUTES}, got {m}."
                ),
            ))
        }
        _ => Ok(()),
    }
}

/// Applies `update` to `claims`: a null value deletes a key, reserved registered
/// claims are ignored, Stytch's own claims are refused.
pub(crate) fn merge_custom_claims(
    claims: &mut Map<String, Value>,
    update: Option<&Map<String, Value>>,
) -> ApiResult<()> {
    let Some(update) = update else { return Ok(()) };
    for (key, value) in update {
        if key.starts_with("https://stytch.com/") {
            return Err(ApiError::bad_request(
                ErrorType::StytchClaimsInCustomClaims,
                format!("The custom claim `{key}` is reserved for Stytch."),
            ));
        }
        if RESERVED_CLAIMS.contains(&key.as_str()) {
            continue;
        }
        if value.is_null() {
            claims.remove(key);
        } else {
            claims.insert(key.clone(), value.clone());
        }
    }
    let size = serde_json::to_vec(claims)
        .map(|v| v.len())
        .unwrap_or(usize::MAX);
    if size > MAX_CUSTOM_CLAIMS_BYTES {
        return Err(ApiError::bad_request(
            ErrorType::CustomClaimsTooLarge,
            format!("Custom claims may not exceed {MAX_CUSTOM_CLAIMS_BYTES} bytes once encoded."),
        ));
    }
    Ok(())
}

/// Whether the organization or the member demands a second factor.
pub(crate) fn mfa_needed(org: &types::Organization, member: &types::Member) -> bool {
    org.mfa_policy == "REQUIRED_FOR_ALL" || member.mfa_enrolled
}

/// Whether the organization accepts `factor` as a primary factor.
pub(crate) fn primary_allowed(
    org: &types::Organization,
    factor: &types::AuthenticationFactor,
) -> bool {
    if org.auth_methods != "RESTRICTED" {
        return true;
    }
    factors::auth_method(factor).is_some_and(|m| org.allowed_auth_methods.iter().any(|a| a == m))
}

/// Whether an unknown email address may join `org` by its domain.
pub(crate) fn email_jit_allowed(org: &types::Organization, email: &str) -> bool {
    org.email_jit_provisioning == "RESTRICTED"
        && email_domain(email).is_some_and(|d| {
            org.email_allowed_domains
                .iter()
                .any(|a| a.eq_ignore_ascii_case(d))
        })
}

pub(crate) fn email_domain(email: &str) -> Option<&str> {
    email.rsplit_once('@').map(|(_, d)| d)
}

/// The live session named in `opts`, if any, which must be `member_id`'s: a login
/// can extend only the member's own session.
pub(crate) fn member_session_passed_in(
    store: &Store,
    ctx: Ctx<'_>,
    member_id: &str,
    opts: SessionOptions<'_>,
) -> ApiResult<Option<SessionRecord>> {
    let existing = store
        .session_by_credentials(opts.session_token, opts.session_jwt, ctx.now)?
        .cloned();
    if let Some(s) = &existing
        && s.member_id != member_id
    {
        return Err(ApiError::bad_request(
            ErrorType::SessionOnCodeDoesNotMatchSessionPassedIn,
            "The session passed in belongs to a different member.",
        ));
    }
    Ok(existing)
}

/// Activates an invited or pending member on their first login; returns the
/// (live) member as it now stands.
pub(crate) fn activate_member(
    store: &mut Store,
    org_id: &str,
    member_id: &str,
) -> ApiResult<types::Member> {
    let record = store.live_member_mut(org_id, member_id)?;
    if record.member.status == STATUS_INVITED || record.member.status == STATUS_PENDING {
        record.member.status = STATUS_ACTIVE.to_owned();
    }
    Ok(record.member.clone())
}

/// Completes authentication of `member_id` in `org_id` with `new_factors` (already
/// verified by the caller): a full session, or an intermediate session when MFA is
/// owed. An existing session named in `opts` is extended with the new factors.
pub(crate) fn authenticate_member(
    store: &mut Store,
    ctx: Ctx<'_>,
    org_id: &str,
    member_id: &str,
    new_factors: Vec<types::AuthenticationFactor>,
    opts: SessionOptions<'_>,
) -> ApiResult<Outcome> {
    validate_duration(opts.duration_minutes)?;
    let org = store.org(org_id)?.clone();
    for f in &new_factors {
        if !factors::is_secondary(f) && !primary_allowed(&org, f) {
            return Err(ApiError::new(
                axum::http::StatusCode::FORBIDDEN,
                ErrorType::OperationRestrictedByOrganizationAuthMethods,
                format!(
                    "The organization does not allow {} logins.",
                    factors::auth_method(f).unwrap_or(&f.type_)
                ),
            ));
        }
    }
    let existing = member_session_passed_in(store, ctx, member_id, opts)?;
    let member = activate_member(store, org_id, member_id)?;
    let mut all = existing
        .as_ref()
        .map(|s| s.factors.clone())
        .unwrap_or_default();
    for f in new_factors {
        factors::merge(&mut all, f);
    }

    if mfa_needed(&org, &member) && !all.iter().any(factors::is_secondary) {
        let secondary = if !member.mfa_phone_number.is_empty() && member.mfa_phone_number_verified {
            send_otp(store, ctx.now, org_id, member_id, &member.mfa_phone_number);
            Some("sms_otp".to_owned())
        } else {
            None
        };
        let ist = create_intermediate(
            store,
            ctx.now,
            &member.email_address,
            Some(org_id),
            Some(member_id),
            all,
        );
        return Ok(Outcome {
            mfa_required: Some(types::MfaRequired {
                member_options: member_options(&member),
                secondary_auth_initiated: secondary,
            }),
            member,
            organization: org,
            member_authenticated: false,
            issued: None,
            intermediate_session_token: Some(ist.into()),
            intermediate_expires_at: Some(intermediate_expiry(ctx.now)),
        });
    }

    let issued = match existing {
        Some(s) => update_session(
            store,
            ctx,
            &s.id,
            Some(all),
            opts.duration_minutes,
            opts.custom_claims,
        )?,
        None => start_session(
            store,
            ctx,
            org_id,
            member_id,
            all,
            opts.duration_minutes,
            opts.custom_claims,
        )?,
    };
    Ok(Outcome {
        member,
        organization: org,
        member_authenticated: true,
        issued: Some(issued),
        // Stytch sends `""` once the member is fully authenticated.
        intermediate_session_token: Some(SecretString::default()),
        intermediate_expires_at: None,
        mfa_required: None,
    })
}

pub(crate) fn member_options(member: &types::Member) -> Option<types::MemberOptions> {
    (!member.mfa_phone_number.is_empty() || !member.totp_registration_id.is_empty()).then(|| {
        types::MemberOptions {
            mfa_phone_number: member.mfa_phone_number.clone(),
            totp_registration_id: member.totp_registration_id.clone(),
        }
    })
}

/// When an intermediate session created at `now` expires.
pub(crate) fn intermediate_expiry(now: DateTime<Utc>) -> DateTime<Utc> {
    now + Duration::minutes(INTERMEDIATE_SESSION_MINUTES)
}

pub(crate) fn create_intermediate(
    store: &mut Store,
    now: DateTime<Utc>,
    email: &str,
    org_id: Option<&str>,
    member_id: Option<&str>,
    factors: Vec<types::AuthenticationFactor>,
) -> String {
    store.prune_expired(now);
    let token = ids::token();
    store.intermediate.insert(
        token.clone(),
        IntermediateSession {
            email: email.to_owned(),
            organization_id: org_id.map(str::to_owned),
            member_id: member_id.map(str::to_owned),
            factors,
            expires_at: now + Duration::minutes(INTERMEDIATE_SESSION_MINUTES),
        },
    );
    token
}

/// A live intermediate session by token.
pub(crate) fn intermediate<'s>(
    store: &'s Store,
    token: &str,
    now: DateTime<Utc>,
) -> ApiResult<&'s IntermediateSession> {
    store
        .intermediate
        .get(token)
        .filter(|i| i.expires_at > now)
        .ok_or_else(|| {
            ApiError::not_found(
                ErrorType::IntermediateSessionNotFound,
                "The intermediate session token is unknown, already used or expired.",
            )
        })
}

pub(crate) fn start_session(
    store: &mut Store,
    ctx: Ctx<'_>,
    org_id: &str,
    member_id: &str,
    factors: Vec<types::AuthenticationFactor>,
    duration_minutes: Option<i64>,
    custom_claims: Option<&Map<String, Value>>,
) -> ApiResult<Issued> {
    let mut claims = Map::new();
    merge_custom_claims(&mut claims, custom_claims)?;
    let minutes = duration_minutes.unwrap_or(DEFAULT_SESSION_MINUTES);
    store.prune_expired(ctx.now);
    let session = SessionRecord {
        id: store.new_id("member-session"),
        token: ids::token(),
        member_id: member_id.to_owned(),
        organization_id: org_id.to_owned(),
        organization_slug: store
            .orgs
            .get(org_id)
            .map(|o| o.org.organization_slug.clone())
            .unwrap_or_default(),
        started_at: ctx.now,
        last_accessed_at: ctx.now,
        expires_at: ctx.now + Duration::minutes(minutes),
        factors,
        custom_claims: claims,
        roles: vec![DEFAULT_ROLE.to_owned()],
    };
    store
        .session_by_token
        .insert(session.token.clone(), session.id.clone());
    let id = session.id.clone();
    store.sessions.insert(id.clone(), session);
    issue(store, ctx, &id)
}

/// Touches a session (and optionally extends it, replaces its factors, merges
/// claims), then issues a fresh JWT.
pub(crate) fn update_session(
    store: &mut Store,
    ctx: Ctx<'_>,
    session_id: &str,
    factors: Option<Vec<types::AuthenticationFactor>>,
    duration_minutes: Option<i64>,
    custom_claims: Option<&Map<String, Value>>,
) -> ApiResult<Issued> {
    validate_duration(duration_minutes)?;
    let session = store
        .sessions
        .get_mut(session_id)
        .ok_or_else(ApiError::session_not_found)?;
    let mut claims = session.custom_claims.clone();
    merge_custom_claims(&mut claims, custom_claims)?;
    session.custom_claims = claims;
    session.last_accessed_at = ctx.now;
    if let Some(minutes) = duration_minutes {
        session.expires_at = ctx.now + Duration::minutes(minutes);
    }
    if let Some(f) = factors {
        session.factors = f;
    }
    issue(store, ctx, session_id)
}

/// The wire session, its token and a newly signed JWT.
pub(crate) fn issue(store: &Store, ctx: Ctx<'_>, session_id: &str) -> ApiResult<Issued> {
    let session = store
        .sessions
        .get(session_id)
        .ok_or_else(ApiError::session_not_found)?;
    let slug = store
        .orgs
        .get(&session.organization_id)
        .map(|o| o.org.organization_slug.clone())
        .unwrap_or_default();
    // The member's roles as they stand now, less the SSO roles of connections the
    // session has no factor of (`roles::for_session`).
    let roles = super::roles::session_role_ids(store, &session.member_id, &session.factors)
        .unwrap_or_else(|| session.roles.clone());
    let claims = jwt::session_claims(&jwt::SessionClaims {
        project_id: ctx.project_id,
        issuer: ctx.issuer,
        member_id: &session.member_id,
        session_id: &session.id,
        organization_id: &session.organization_id,
        organization_slug: &slug,
        started_at: session.started_at,
        last_accessed_at: session.last_accessed_at,
        expires_at: session.expires_at,
        factors: &session.factors,
        roles: &roles,
        custom_claims: &session.custom_claims,
        now: ctx.now,
    });
    let jwt = store
        .keys
        .sign(&claims)
        .map_err(|e| ApiError::internal(e.to_string()))?;
    let mut wire = session.to_wire();
    wire.organization_slug = slug;
    wire.roles = roles;
    Ok(Issued {
        session: wire,
        token: session.token.clone(),
        jwt,
    })
}

/// Sends a fresh SMS code to `phone` for the member (replacing any earlier one).
pub(crate) fn send_otp(
    store: &mut Store,
    now: DateTime<Utc>,
    org_id: &str,
    member_id: &str,
    phone: &str,
) {
    store.prune_expired(now);
    let code = ids::otp_code();
    let expires_at = now + Duration::minutes(OTP_MINUTES);
    store.otps.insert(
        member_id.to_owned(),
        PendingOtp {
            code: code.clone(),
            phone_number: phone.to_owned(),
            expires_at,
        },
    );
    push_message(
        store,
        OutboxMessage {
            message_id: store.new_id("message"),
            kind: MessageKind::SmsOtp,
            channel: Channel::Sms,
            recipient: phone.to_owned(),
            organization_id: Some(org_id.to_owned()),
            member_id: Some(member_id.to_owned()),
            token: code,
            redirect_url: None,
            sent_at: now,
            expires_at,
        },
    );
}

/// Appends `message` to the outbox, dropping the oldest messages beyond its capacity.
pub(crate) fn push_message(store: &mut Store, message: OutboxMessage) {
    tracing::debug!(kind = ?message.kind, "message placed in the outbox");
    store.outbox.push_back(message);
    while store.outbox.len() > store.outbox_capacity {
        store.outbox.pop_front();
    }
}

/// The organizations `email` can enter after a discovery login with `factor`.
pub(crate) fn discovered_organizations(
    store: &Store,
    email: &str,
    factor: Option<&types::AuthenticationFactor>,
) -> Vec<types::DiscoveredOrganization> {
    let mut orgs: Vec<_> = store.orgs.values().collect();
    orgs.sort_by_key(|o| o.seq);
    orgs.into_iter()
        .filter_map(|record| {
            let org = &record.org;
            let allowed = factor.is_none_or(|f| primary_allowed(org, f));
            let primary_required = (!allowed).then(|| types::PrimaryRequired {
                allowed_auth_methods: org.allowed_auth_methods.clone(),
            });
            if let Some(m) = store.member_by_email(&org.organization_id, email) {
                let needs_mfa = mfa_needed(org, &m.member);
                let type_ = match m.member.status.as_str() {
                    STATUS_INVITED => "invited_member",
                    STATUS_PENDING => "pending_member",
                    _ => "active_member",
                };
                Some(types::DiscoveredOrganization {
                    member_authenticated: allowed && !needs_mfa,
                    membership: Some(types::Membership {
                        details: Map::new(),
                        member: Some(m.member.clone()),
                        type_: type_.to_owned(),
                    }),
                    mfa_required: needs_mfa.then(|| types::MfaRequired {
                        member_options: member_options(&m.member),
                        secondary_auth_initiated: None,
                    }),
                    organization: Some(org.clone()),
                    primary_required,
                })
            } else if email_jit_allowed(org, email) {
                let mut details = Map::new();
                details.insert(
                    "domain".to_owned(),
                    Value::from(email_domain(email).unwrap_or_default()),
                );
                Some(types::DiscoveredOrganization {
                    member_authenticated: false,
                    membership: Some(types::Membership {
                        details,
                        member: None,
                        type_: "eligible_to_join_by_email_domain".to_owned(),
                    }),
                    mfa_required: None,
                    organization: Some(org.clone()),
                    primary_required,
                })
            } else {
                None
            }
        })
        .collect()
}
