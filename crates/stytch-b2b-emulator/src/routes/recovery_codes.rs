//! TOTP recovery codes: list, rotate, and recover (a code as a second factor).

use stytch_b2b_api::ErrorType;
use stytch_b2b_api::types;

use super::Handlers;
use super::generated::{RecoveryCodesGetPath, RecoveryCodesRoutes};
use crate::domain::flows::{self, SessionOptions};
use crate::domain::{factors, mfa};
use crate::errors::{ApiError, ApiResult};
use crate::ids::request_id;
use crate::server::App;
use crate::store::MemberRecord;

fn no_totp() -> ApiError {
    ApiError::not_found(
        ErrorType::BadRequest,
        "The member has no TOTP registration, so no recovery codes.",
    )
}

fn codes(record: &MemberRecord) -> ApiResult<Vec<stytch_b2b_api::SecretString>> {
    let t = record.totp.as_ref().ok_or_else(no_totp)?;
    Ok(t.recovery_codes.iter().map(Into::into).collect())
}

impl RecoveryCodesRoutes for Handlers {
    async fn recovery_codes_recover(
        app: App,
        req: types::RecoveryCodesRecoverRequest,
    ) -> ApiResult<types::RecoveryCodesRecoverResponse> {
        flows::validate_duration(req.session_duration_minutes)?;
        let ctx = app.ctx();
        let mut store = app.store();
        let primary = mfa::primary_factors(
            &store,
            &req.organization_id,
            &req.member_id,
            req.intermediate_session_token.as_deref(),
            req.session_token.as_deref(),
            req.session_jwt.as_deref(),
            ctx.now,
        )?;
        let record = store.live_member_mut(&req.organization_id, &req.member_id)?;
        let registration = record.totp.as_mut().ok_or_else(no_totp)?;
        if !registration.take_recovery_code(&req.recovery_code) {
            return Err(ApiError::unauthorized(
                ErrorType::UnableToAuthOtpCode,
                "The recovery code is wrong or was already used.",
            ));
        }
        let remaining = i64::try_from(registration.recovery_codes.len()).unwrap_or(0);
        let totp_id = registration.registration_id.clone();
        if let Some(t) = req.intermediate_session_token.as_deref() {
            store.intermediate.remove(t);
        }
        let mut new_factors = primary;
        new_factors.push(factors::recovery_code(&totp_id, ctx.now));
        let outcome = flows::authenticate_member(
            &mut store,
            ctx,
            &req.organization_id,
            &req.member_id,
            new_factors,
            SessionOptions {
                duration_minutes: req.session_duration_minutes,
                custom_claims: req.session_custom_claims.as_ref(),
                session_token: req.session_token.as_deref(),
                session_jwt: req.session_jwt.as_deref(),
            },
        )?;
        Ok(types::RecoveryCodesRecoverResponse {
            member_device: None,
            member_id: req.member_id,
            member_session: outcome.member_session(),
            recovery_codes_remaining: remaining,
            request_id: request_id(),
            session_jwt: outcome.session_jwt(),
            session_token: outcome.session_token(),
            status_code: 200,
            member: outcome.member,
            organization: outcome.organization,
        })
    }

    async fn recovery_codes_get(
        app: App,
        RecoveryCodesGetPath {
            organization_id,
            member_id,
        }: RecoveryCodesGetPath,
    ) -> ApiResult<types::RecoveryCodesGetResponse> {
        let store = app.store();
        let organization = store.org(&organization_id)?.clone();
        let record = store.live_member(&organization_id, &member_id)?;
        Ok(types::RecoveryCodesGetResponse {
            recovery_codes: codes(record)?,
            member: record.member.clone(),
            member_id,
            organization,
            request_id: request_id(),
            status_code: 200,
        })
    }

    async fn recovery_codes_rotate(
        app: App,
        req: types::RecoveryCodesRotateRequest,
    ) -> ApiResult<types::RecoveryCodesRotateResponse> {
        let mut store = app.store();
        let organization = store.org(&req.organization_id)?.clone();
        let record = store.live_member_mut(&req.organization_id, &req.member_id)?;
        record
            .totp
            .as_mut()
            .ok_or_else(no_totp)?
            .rotate_recovery_codes();
        let recovery_codes = codes(record)?;
        Ok(types::RecoveryCodesRotateResponse {
            member: record.member.clone(),
            member_id: req.member_id,
            organization,
            recovery_codes,
            request_id: request_id(),
            status_code: 200,
        })
    }
}
