//! TOTP: create a registration (secret, QR code URI, recovery codes), authenticate
//! with a code as a second factor, migrate a registration from elsewhere.

use stytch_b2b_api::ErrorType;
use stytch_b2b_api::types;

use super::Handlers;
use super::generated::TotpsRoutes;
use crate::domain::flows::{self, SessionOptions};
use crate::domain::totp::{self, TotpCheck, TotpRegistration};
use crate::domain::{factors, mfa};
use crate::errors::{ApiError, ApiResult};
use crate::ids::request_id;
use crate::server::App;

fn secrets(codes: &[String]) -> Vec<stytch_b2b_api::SecretString> {
    codes.iter().map(Into::into).collect()
}

impl TotpsRoutes for Handlers {
    async fn totps_create(
        app: App,
        req: types::TotpsCreateRequest,
    ) -> ApiResult<types::TotpsCreateResponse> {
        let mut store = app.store();
        let organization = store.org(&req.organization_id)?.clone();
        let registration_id = store.new_id("totp");
        let record = store.live_member_mut(&req.organization_id, &req.member_id)?;
        if record.totp.as_ref().is_some_and(|t| t.verified) {
            return Err(ApiError::bad_request(
                ErrorType::BadRequest,
                "The member already has a TOTP registration; delete it first.",
            ));
        }
        let registration = TotpRegistration::generate(registration_id.clone());
        let secret = registration.secret_base32();
        let qr_code = totp::otpauth_uri(
            &organization.organization_name,
            &record.member.email_address,
            &secret,
        );
        let recovery_codes = secrets(&registration.recovery_codes);
        record.totp = Some(registration);
        record.member.totp_registration_id = registration_id.clone();
        let member = record.member.clone();
        Ok(types::TotpsCreateResponse {
            member,
            member_id: req.member_id,
            organization,
            qr_code: qr_code.into(),
            recovery_codes,
            request_id: request_id(),
            secret: secret.into(),
            status_code: 200,
            totp_registration_id: registration_id,
        })
    }

    async fn totps_authenticate(
        app: App,
        req: types::TotpsAuthenticateRequest,
    ) -> ApiResult<types::TotpsAuthenticateResponse> {
        flows::validate_duration(req.session_duration_minutes)?;
        let enrollment = match req.set_mfa_enrollment.as_deref().filter(|s| !s.is_empty()) {
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
        let registration = record.totp.as_mut().ok_or_else(|| {
            ApiError::not_found(
                ErrorType::OtpCodeNotFound,
                "The member has no TOTP registration; create one first.",
            )
        })?;
        // A replayed code gets the same error type as a wrong one: Stytch's
        // `unable_to_auth_otp_code` covers wrong, expired and already used codes.
        match registration.verify(&req.code, ctx.now) {
            TotpCheck::Accepted => {}
            TotpCheck::Reused => {
                return Err(ApiError::unauthorized(
                    ErrorType::UnableToAuthOtpCode,
                    "The TOTP code was already used; wait for the authenticator app's next code.",
                ));
            }
            TotpCheck::Wrong => {
                return Err(ApiError::unauthorized(
                    ErrorType::UnableToAuthOtpCode,
                    "The TOTP code is wrong or outside the accepted time window.",
                ));
            }
        }
        let totp_id = registration.registration_id.clone();
        if let Some(enroll) = enrollment {
            record.member.mfa_enrolled = enroll;
        }
        if req.set_default_mfa == Some(true) {
            record.member.default_mfa_method = "totp".to_owned();
        }
        if let Some(t) = req.intermediate_session_token.as_deref() {
            store.intermediate.remove(t);
        }
        let mut new_factors = primary;
        new_factors.push(factors::totp(&totp_id, ctx.now));
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
        Ok(types::TotpsAuthenticateResponse {
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

    async fn totps_migrate(
        app: App,
        req: types::TotpsMigrateRequest,
    ) -> ApiResult<types::TotpsMigrateResponse> {
        let secret = totp::base32_decode(&req.secret).ok_or_else(|| {
            ApiError::bad_request(
                ErrorType::InvalidRequestValue,
                "secret must be a base32-encoded TOTP secret.",
            )
        })?;
        let mut store = app.store();
        let organization = store.org(&req.organization_id)?.clone();
        let registration_id = store.new_id("totp");
        let record = store.live_member_mut(&req.organization_id, &req.member_id)?;
        let codes = if req.recovery_codes.is_empty() {
            totp::recovery_codes()
        } else {
            req.recovery_codes
                .into_iter()
                .map(stytch_b2b_api::SecretString::into_inner)
                .collect()
        };
        record.totp = Some(TotpRegistration {
            registration_id: registration_id.clone(),
            secret,
            recovery_codes: codes.clone(),
            verified: true,
            // Codes used with the registration elsewhere are unknown here.
            last_accepted_step: None,
        });
        record.member.totp_registration_id = registration_id.clone();
        let member = record.member.clone();
        Ok(types::TotpsMigrateResponse {
            member,
            member_id: req.member_id,
            organization,
            recovery_codes: secrets(&codes),
            request_id: request_id(),
            status_code: 200,
            totp_registration_id: registration_id,
        })
    }
}
