//! Email one-time passcodes: login or sign-up in an organization, discovery, and
//! authenticating either. Called from the `OtpsRoutes` impl in the parent module.

use axum::http::StatusCode;
use stytch_b2b_api::ErrorType;
use stytch_b2b_api::types;

use crate::domain::flows::{self, SessionOptions};
use crate::domain::{email_otp, factors, validate};
use crate::errors::{ApiError, ApiResult};
use crate::ids::request_id;
use crate::server::App;
use crate::store::{NewMember, STATUS_PENDING};

pub(super) fn login_or_signup(
    app: App,
    req: types::OtpsEmailLoginOrSignupRequest,
) -> ApiResult<types::OtpsEmailLoginOrSignupResponse> {
    validate::email(&req.email_address)?;
    let now = app.clock.now();
    let mut store = app.store();
    let org = store.org(&req.organization_id)?.clone();
    let existing = store
        .member_by_email(&req.organization_id, &req.email_address)
        .map(|m| m.member.member_id.clone());
    let (member_id, member_created) = match existing {
        Some(id) => (id, false),
        None if flows::email_jit_allowed(&org, &req.email_address) => {
            let id = store.insert_member(
                &req.organization_id,
                NewMember {
                    email: req.email_address.clone(),
                    status: STATUS_PENDING,
                    created_at: Some(now),
                    ..NewMember::default()
                },
            );
            (id, true)
        }
        None => {
            return Err(ApiError::new(
                StatusCode::FORBIDDEN,
                ErrorType::EmailJitProvisioningNotAllowed,
                "No member has this email address and the organization does not provision members by email domain.",
            ));
        }
    };
    let minutes = if member_created {
        req.signup_expiration_minutes
    } else {
        req.login_expiration_minutes
    };
    email_otp::send(
        &mut store,
        now,
        Some(&req.organization_id),
        Some(&member_id),
        &req.email_address,
        minutes,
    );
    let member = store
        .member(&req.organization_id, &member_id)?
        .member
        .clone();
    Ok(types::OtpsEmailLoginOrSignupResponse {
        member,
        member_created,
        member_id,
        organization: org,
        request_id: request_id(),
        status_code: 200,
    })
}

pub(super) fn authenticate(
    app: App,
    req: types::OtpsEmailAuthenticateRequest,
) -> ApiResult<types::OtpsEmailAuthenticateResponse> {
    let opts = SessionOptions {
        duration_minutes: req.session_duration_minutes,
        custom_claims: req.session_custom_claims.as_ref(),
        session_token: req.session_token.as_deref(),
        session_jwt: req.session_jwt.as_deref(),
    };
    let ctx = app.ctx();
    let mut store = app.store();
    opts.precheck(&store, ctx.now)?;
    store.org(&req.organization_id)?;
    let key = email_otp::key(Some(&req.organization_id), &req.email_address);
    email_otp::redeem(&mut store, &key, &req.code, ctx.now)?;
    let record = store
        .member_by_email(&req.organization_id, &req.email_address)
        .ok_or_else(ApiError::member_not_found)?;
    let member_id = record.member.member_id.clone();
    let method_id = record.email_id.clone();
    let email = record.member.email_address.clone();
    if let Ok(r) = store.member_mut(&req.organization_id, &member_id) {
        r.member.email_address_verified = true;
    }
    let mut new_factors = match req.intermediate_session_token.as_deref() {
        Some(t) if !t.is_empty() => {
            let ist = flows::intermediate(&store, t, ctx.now)?.clone();
            store.intermediate.remove(t);
            ist.factors
        }
        _ => Vec::new(),
    };
    new_factors.push(factors::email_otp(&email, &method_id, ctx.now));
    let outcome = flows::authenticate_member(
        &mut store,
        ctx,
        &req.organization_id,
        &member_id,
        new_factors,
        opts,
    )?;
    Ok(types::OtpsEmailAuthenticateResponse {
        intermediate_session_token: outcome.intermediate_session_token.clone(),
        intermediate_session_token_expires_at: outcome.intermediate_expires_at,
        member_authenticated: outcome.member_authenticated,
        member_device: None,
        member_id,
        member_session: outcome.member_session(),
        method_id,
        mfa_required: outcome.mfa_required.clone(),
        organization_id: req.organization_id,
        primary_required: None,
        request_id: request_id(),
        session_jwt: outcome.session_jwt(),
        session_token: outcome.session_token(),
        status_code: 200,
        member: outcome.member,
        organization: outcome.organization,
    })
}

pub(super) fn discovery_send(
    app: App,
    req: types::OtpsEmailDiscoverySendRequest,
) -> ApiResult<types::OtpsEmailDiscoverySendResponse> {
    validate::email(&req.email_address)?;
    let now = app.clock.now();
    let mut store = app.store();
    email_otp::send(
        &mut store,
        now,
        None,
        None,
        &req.email_address,
        req.discovery_expiration_minutes,
    );
    Ok(types::OtpsEmailDiscoverySendResponse {
        request_id: request_id(),
        status_code: 200,
    })
}

pub(super) fn discovery_authenticate(
    app: App,
    req: types::OtpsEmailDiscoveryAuthenticateRequest,
) -> ApiResult<types::OtpsEmailDiscoveryAuthenticateResponse> {
    let now = app.clock.now();
    let mut store = app.store();
    let key = email_otp::key(None, &req.email_address);
    email_otp::redeem(&mut store, &key, &req.code, now)?;
    let email = req.email_address;
    let factor = factors::email_otp(&email, "", now);
    let discovered_organizations = flows::discovered_organizations(&store, &email, Some(&factor));
    let ist = flows::create_intermediate(&mut store, now, &email, None, None, vec![factor]);
    Ok(types::OtpsEmailDiscoveryAuthenticateResponse {
        discovered_organizations,
        email_address: email,
        intermediate_session_token: Some(ist.into()),
        intermediate_session_token_expires_at: Some(flows::intermediate_expiry(now)),
        request_id: request_id(),
        status_code: 200,
    })
}
