//! Passwords across organizations (discovery: login, and resets by email that set
//! the password of every member with the address) and forced resets. Called from
//! the `PasswordsRoutes` impl in the parent module.

use stytch_b2b_api::ErrorType;
use stytch_b2b_api::types;

use chrono::Duration;

use crate::domain::member_passwords::{hash, set_password, verify_member_password};
use crate::domain::{factors, flows, tokens, validate};
use crate::errors::{ApiError, ApiResult};
use crate::ids::request_id;
use crate::outbox::{Channel, MessageKind, OutboxMessage};
use crate::password;
use crate::server::App;
use crate::store::STATUS_DELETED;

/// Drops the stored password of the member (or of every member with the address),
/// so that it cannot log in with it until it is reset.
pub(super) fn require_reset(
    app: App,
    req: types::PasswordsEmailRequireResetRequest,
) -> ApiResult<types::PasswordsEmailRequireResetResponse> {
    let mut store = app.store();
    let targets: Vec<(String, String)> = store
        .members
        .values()
        .filter(|m| {
            m.member.status != STATUS_DELETED
                && m.member
                    .email_address
                    .eq_ignore_ascii_case(&req.email_address)
                && req
                    .organization_id
                    .as_deref()
                    .is_none_or(|o| o == m.member.organization_id)
                && req
                    .member_id
                    .as_deref()
                    .is_none_or(|id| id == m.member.member_id)
        })
        .map(|m| (m.member.organization_id.clone(), m.member.member_id.clone()))
        .collect();
    if targets.is_empty() {
        return Err(ApiError::member_not_found());
    }
    for (org, member) in &targets {
        if let Ok(record) = store.member_mut(org, member) {
            record.password = None;
            record.member.member_password_id.clear();
        }
    }
    let (member, organization, member_id) = match targets.as_slice() {
        [(org, member)] => (
            Some(store.member(org, member)?.member.clone()),
            Some(store.org(org)?.clone()),
            Some(member.clone()),
        ),
        _ => (None, None, None),
    };
    Ok(types::PasswordsEmailRequireResetResponse {
        member,
        member_id,
        organization,
        request_id: request_id(),
        status_code: 200,
    })
}

/// Checks the password against every organization where the address has a member
/// with a password; any match discovers the organizations.
pub(super) async fn authenticate(
    app: App,
    req: types::PasswordsDiscoveryAuthenticateRequest,
) -> ApiResult<types::PasswordsDiscoveryAuthenticateResponse> {
    let orgs: Vec<String> = {
        let store = app.store();
        store
            .members
            .values()
            .filter(|m| {
                m.password.is_some()
                    && m.member.status != STATUS_DELETED
                    && m.member
                        .email_address
                        .eq_ignore_ascii_case(&req.email_address)
            })
            .map(|m| m.member.organization_id.clone())
            .collect()
    };
    let mut matched = false;
    for org in &orgs {
        let password = req.password.expose().to_owned();
        if verify_member_password(&app, org, &req.email_address, password)
            .await
            .is_ok()
        {
            matched = true;
            break;
        }
    }
    if !matched {
        return Err(ApiError::unauthorized(
            ErrorType::UnauthorizedCredentials,
            "The email address and password do not match a member of any organization.",
        ));
    }
    let now = app.clock.now();
    let mut store = app.store();
    let email = req.email_address;
    let factor = factors::password(&email, "", now);
    let discovered_organizations = flows::discovered_organizations(&store, &email, Some(&factor));
    let ist = flows::create_intermediate(&mut store, now, &email, None, None, vec![factor]);
    Ok(types::PasswordsDiscoveryAuthenticateResponse {
        discovered_organizations,
        email_address: email,
        intermediate_session_token: Some(ist.into()),
        intermediate_session_token_expires_at: Some(flows::intermediate_expiry(now)),
        request_id: request_id(),
        status_code: 200,
    })
}

/// Emails a cross-organization reset link to an address that is a member of at
/// least one organization.
pub(super) fn reset_start(
    app: App,
    req: types::PasswordsDiscoveryEmailResetStartRequest,
) -> ApiResult<types::PasswordsDiscoveryEmailResetStartResponse> {
    validate::email(&req.email_address)?;
    let minutes = super::reset_minutes(req.reset_password_expiration_minutes)?;
    let now = app.clock.now();
    let mut store = app.store();
    if member_ids(&store, &req.email_address).is_empty() {
        return Err(ApiError::member_not_found());
    }
    let expires_at = now + Duration::minutes(minutes);
    store.prune_expired(now);
    let token = tokens::issue(
        &mut store.discovery_password_resets,
        req.email_address.clone(),
        expires_at,
        req.pkce_code_challenge.filter(|c| !c.is_empty()),
    );
    let message = OutboxMessage {
        message_id: store.new_id("message"),
        kind: MessageKind::DiscoveryPasswordReset,
        channel: Channel::Email,
        recipient: req.email_address,
        organization_id: None,
        member_id: None,
        token,
        redirect_url: req.reset_password_redirect_url,
        sent_at: now,
        expires_at,
    };
    flows::push_message(&mut store, message);
    Ok(types::PasswordsDiscoveryEmailResetStartResponse {
        request_id: request_id(),
        status_code: 200,
    })
}

/// `(organization_id, member_id)` of every member with the address, in any
/// organization (deleted members aside).
fn member_ids(store: &crate::store::Store, email: &str) -> Vec<(String, String)> {
    store
        .members
        .values()
        .filter(|m| {
            m.member.status != STATUS_DELETED && m.member.email_address.eq_ignore_ascii_case(email)
        })
        .map(|m| (m.member.organization_id.clone(), m.member.member_id.clone()))
        .collect()
}

/// Sets the new password for every member with the address (their sessions are
/// revoked, their address verified) and answers an intermediate session with the
/// organizations the address can enter.
pub(super) async fn reset(
    app: App,
    req: types::PasswordsDiscoveryEmailResetRequest,
) -> ApiResult<types::PasswordsDiscoveryEmailResetResponse> {
    let email = {
        let now = app.clock.now();
        let store = app.store();
        tokens::peek(
            &store.discovery_password_resets,
            req.password_reset_token.expose(),
            now,
            super::RESET_ERRORS,
        )?
        .clone()
    };
    password::require_strong(&req.password, Some(&email))?;
    let new_hash = hash(req.password.into_inner()).await?;
    let now = app.clock.now();
    let mut store = app.store();
    tokens::consume(
        &mut store.discovery_password_resets,
        req.password_reset_token.expose(),
        now,
        req.pkce_code_verifier.as_deref(),
        super::RESET_ERRORS,
    )?;
    for (org_id, member_id) in member_ids(&store, &email) {
        set_password(&mut store, &org_id, &member_id, new_hash.clone())?;
        store.revoke_member_sessions(&member_id);
        if let Ok(record) = store.member_mut(&org_id, &member_id) {
            record.member.email_address_verified = true;
        }
    }
    let factor = factors::password(&email, "", now);
    let discovered_organizations = flows::discovered_organizations(&store, &email, Some(&factor));
    let ist = flows::create_intermediate(&mut store, now, &email, None, None, vec![factor]);
    Ok(types::PasswordsDiscoveryEmailResetResponse {
        discovered_organizations,
        email_address: email,
        intermediate_session_token: Some(ist.into()),
        intermediate_session_token_expires_at: Some(flows::intermediate_expiry(now)),
        request_id: request_id(),
        status_code: 200,
    })
}
