//! SMS one-time passcodes: send and authenticate (the usual second factor).

use stytch_b2b_api::ErrorType;
use stytch_b2b_api::types;

use crate::domain::factors;
use crate::domain::flows;
use crate::domain::members::check_phone_free;
use crate::domain::validate;
use crate::errors::{ApiError, ApiResult};
use crate::ids::request_id;
use crate::server::App;
use crate::store::non_empty;

use super::Handlers;
use super::generated::OtpsRoutes;

mod email;

impl OtpsRoutes for Handlers {
    async fn otps_sms_authenticate(
        app: App,
        req: types::OtpsSmsAuthenticateRequest,
    ) -> ApiResult<types::OtpsSmsAuthenticateResponse> {
        flows::validate_duration(req.session_duration_minutes)?;
        let enrollment = match non_empty(req.set_mfa_enrollment.as_deref()) {
            None => None,
            Some("enroll") => Some(true),
            Some("unenroll") => Some(false),
            Some(other) => {
                return Err(ApiError::bad_request(
                    ErrorType::BadRequest,
                    format!("set_mfa_enrollment must be enroll or unenroll, got {other:?}."),
                ));
            }
        };
        let ctx = app.ctx();
        let mut store = app.store();
        let record = store.live_member(&req.organization_id, &req.member_id)?;
        let phone_id = record.phone_id.clone();

        // Where the primary factors come from: an intermediate session or a session.
        let ist = non_empty(req.intermediate_session_token.as_deref());
        let existing = store.session_by_credentials(
            req.session_token.as_deref(),
            req.session_jwt.as_deref(),
            ctx.now,
        )?;
        let primary = match (ist, existing) {
            (Some(_), Some(_)) => {
                return Err(ApiError::bad_request(
                    ErrorType::TooManySessionArguments,
                    "Pass an intermediate_session_token or a session, not both.",
                ));
            }
            (None, None) => {
                return Err(ApiError::bad_request(
                    ErrorType::NoSessionArguments,
                    "Pass the intermediate_session_token from primary authentication, or a session_token or session_jwt.",
                ));
            }
            (Some(token), None) => {
                let i = flows::intermediate(&store, token, ctx.now)?;
                let matches_member = match (&i.organization_id, &i.member_id) {
                    (Some(org), Some(member)) => {
                        *org == req.organization_id && *member == req.member_id
                    }
                    _ => false,
                };
                if !matches_member {
                    return Err(ApiError::bad_request(
                        ErrorType::InvalidIntermediateSessionTokenForOrganization,
                        "The intermediate session was not issued for this member of this organization.",
                    ));
                }
                i.factors.clone()
            }
            (None, Some(session)) => {
                if session.member_id != req.member_id {
                    return Err(ApiError::bad_request(
                        ErrorType::MemberSessionMemberIdMismatch,
                        "The session belongs to a different member.",
                    ));
                }
                Vec::new()
            }
        };

        let pending = store.otps.get(&req.member_id).cloned().ok_or_else(|| {
            ApiError::not_found(
                ErrorType::OtpCodeNotFound,
                "No one-time passcode is outstanding for this member; send one first.",
            )
        })?;
        if pending.expires_at <= ctx.now {
            store.otps.remove(&req.member_id);
            return Err(ApiError::unauthorized(
                ErrorType::UnableToAuthOtpCode,
                "The one-time passcode has expired.",
            ));
        }
        let matches = aws_lc_rs::constant_time::verify_slices_are_equal(
            pending.code.as_bytes(),
            req.code.as_bytes(),
        )
        .is_ok();
        if !matches {
            return Err(ApiError::unauthorized(
                ErrorType::UnableToAuthOtpCode,
                "The one-time passcode is wrong.",
            ));
        }
        store.otps.remove(&req.member_id);
        if let Some(token) = ist {
            store.intermediate.remove(token);
        }
        let record = store.member_mut(&req.organization_id, &req.member_id)?;
        if record.member.mfa_phone_number == pending.phone_number {
            record.member.mfa_phone_number_verified = true;
        }
        if let Some(enroll) = enrollment {
            record.member.mfa_enrolled = enroll;
        }
        let mut new_factors = primary;
        new_factors.push(factors::sms_otp(&pending.phone_number, &phone_id, ctx.now));
        let outcome = flows::authenticate_member(
            &mut store,
            ctx,
            &req.organization_id,
            &req.member_id,
            new_factors,
            flows::SessionOptions {
                duration_minutes: req.session_duration_minutes,
                custom_claims: req.session_custom_claims.as_ref(),
                session_token: req.session_token.as_deref(),
                session_jwt: req.session_jwt.as_deref(),
            },
        )?;
        Ok(types::OtpsSmsAuthenticateResponse {
            member_device: None,
            member_id: req.member_id,
            member_session: outcome.member_session(),
            request_id: request_id(),
            session_jwt: outcome.session_jwt(),
            session_token: outcome.session_token(),
            status_code: 200,
            member: outcome.member,
            organization: outcome.organization,
        })
    }

    async fn otps_sms_send(
        app: App,
        req: types::OtpsSmsSendRequest,
    ) -> ApiResult<types::OtpsSmsSendResponse> {
        let now = app.clock.now();
        let mut store = app.store();
        let organization = store.org(&req.organization_id)?.clone();
        let record = store.live_member(&req.organization_id, &req.member_id)?;
        let current = record.member.mfa_phone_number.clone();
        let verified = record.member.mfa_phone_number_verified;
        let phone = match (
            non_empty(req.mfa_phone_number.as_deref()),
            current.is_empty(),
        ) {
            (Some(p), _) if p == current => current.clone(),
            (Some(p), _) if verified => {
                return Err(ApiError::bad_request(
                    ErrorType::BadRequest,
                    format!(
                        "The member already has the verified MFA phone number {current}; delete it before enrolling {p}."
                    ),
                ));
            }
            (Some(p), _) => {
                validate::phone(p)?;
                check_phone_free(&store, &req.organization_id, p, Some(&req.member_id))?;
                p.to_owned()
            }
            (None, false) => current.clone(),
            (None, true) => {
                return Err(ApiError::bad_request(
                    ErrorType::MemberPhoneNumberNotFound,
                    "The member has no MFA phone number; pass mfa_phone_number.",
                ));
            }
        };
        if phone != current {
            let record = store.member_mut(&req.organization_id, &req.member_id)?;
            record.member.mfa_phone_number = phone.clone();
            record.member.mfa_phone_number_verified = false;
        }
        flows::send_otp(
            &mut store,
            now,
            &req.organization_id,
            &req.member_id,
            &phone,
        );
        let member = store
            .member(&req.organization_id, &req.member_id)?
            .member
            .clone();
        Ok(types::OtpsSmsSendResponse {
            member,
            member_id: req.member_id,
            organization,
            request_id: request_id(),
            status_code: 200,
        })
    }

    async fn otps_email_login_or_signup(
        app: App,
        req: types::OtpsEmailLoginOrSignupRequest,
    ) -> ApiResult<types::OtpsEmailLoginOrSignupResponse> {
        email::login_or_signup(app, req)
    }

    async fn otps_email_authenticate(
        app: App,
        req: types::OtpsEmailAuthenticateRequest,
    ) -> ApiResult<types::OtpsEmailAuthenticateResponse> {
        email::authenticate(app, req)
    }

    async fn otps_email_discovery_send(
        app: App,
        req: types::OtpsEmailDiscoverySendRequest,
    ) -> ApiResult<types::OtpsEmailDiscoverySendResponse> {
        email::discovery_send(app, req)
    }

    async fn otps_email_discovery_authenticate(
        app: App,
        req: types::OtpsEmailDiscoveryAuthenticateRequest,
    ) -> ApiResult<types::OtpsEmailDiscoveryAuthenticateResponse> {
        email::discovery_authenticate(app, req)
    }
}
