//! Passwords across organizations (discovery) and forced resets. Called from the
//! `PasswordsRoutes` impl in the parent module.

use stytch_b2b_api::ErrorType;
use stytch_b2b_api::types;

use crate::domain::member_passwords::verify_member_password;
use crate::domain::{factors, flows};
use crate::errors::{ApiError, ApiResult};
use crate::ids::request_id;
use crate::routes::unserved::not_served;
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

const CROSS_ORG: &str = "cross-organization password resets are not emulated.";

pub(super) fn reset_start(
    _app: App,
    _req: types::PasswordsDiscoveryEmailResetStartRequest,
) -> ApiResult<types::PasswordsDiscoveryEmailResetStartResponse> {
    Err(not_served(
        "passwords_discovery_email_reset_start",
        CROSS_ORG,
    ))
}

pub(super) fn reset(
    _app: App,
    _req: types::PasswordsDiscoveryEmailResetRequest,
) -> ApiResult<types::PasswordsDiscoveryEmailResetResponse> {
    Err(not_served("passwords_discovery_email_reset", CROSS_ORG))
}
