//! Passwords: strength check, authenticate, migrate, the email reset flow, existing-
//! password reset and session reset. Hashing and verification run on the blocking
//! pool, outside the store lock (`domain::member_passwords`).

use chrono::Duration;
use stytch_b2b_api::types;
use stytch_b2b_api::{ErrorType, SecretString};

use crate::domain::factors;
use crate::domain::flows::{self, SessionOptions};
use crate::domain::member_passwords::{hash, set_password, verify_member_password};
use crate::domain::tokens::{self, TokenErrors};
use crate::domain::validate;
use crate::errors::{ApiError, ApiResult};
use crate::ids::request_id;
use crate::outbox::{Channel, MessageKind, OutboxMessage};
use crate::password;
use crate::server::App;
use crate::store::{NewMember, ResetTarget, STATUS_ACTIVE};

use super::Handlers;

mod discovery;
use super::generated::PasswordsRoutes;

const DEFAULT_RESET_MINUTES: i64 = 30;

/// How long a reset link lasts: `requested`, 5 to 10080 minutes, else 30.
fn reset_minutes(requested: Option<i64>) -> ApiResult<i64> {
    let minutes = requested.unwrap_or(DEFAULT_RESET_MINUTES);
    if !(5..=10_080).contains(&minutes) {
        return Err(ApiError::bad_request(
            ErrorType::BadRequest,
            "reset_password_expiration_minutes must be between 5 and 10080.",
        ));
    }
    Ok(minutes)
}

const RESET_ERRORS: TokenErrors = TokenErrors {
    unknown: || {
        ApiError::not_found(
            ErrorType::UnableToAuthPasswordResetToken,
            "The password reset token is unknown.",
        )
    },
    unusable: || {
        ApiError::unauthorized(
            ErrorType::UnableToAuthPasswordResetToken,
            "The password reset token was already used or has expired.",
        )
    },
};

impl PasswordsRoutes for Handlers {
    async fn passwords_authenticate(
        app: App,
        req: types::PasswordsAuthenticateRequest,
    ) -> ApiResult<types::PasswordsAuthenticateResponse> {
        flows::validate_duration(req.session_duration_minutes)?;
        let member_id = verify_member_password(
            &app,
            &req.organization_id,
            &req.email_address,
            req.password.into_inner(),
        )
        .await?;
        let ctx = app.ctx();
        let mut store = app.store();
        let record = store.member(&req.organization_id, &member_id)?;
        let factor = factors::password(&record.member.email_address, &record.email_id, ctx.now);
        let outcome = flows::authenticate_member(
            &mut store,
            ctx,
            &req.organization_id,
            &member_id,
            vec![factor],
            SessionOptions {
                duration_minutes: req.session_duration_minutes,
                custom_claims: req.session_custom_claims.as_ref(),
                session_token: req.session_token.as_deref(),
                session_jwt: req.session_jwt.as_deref(),
            },
        )?;
        Ok(types::PasswordsAuthenticateResponse {
            intermediate_session_token: outcome.intermediate_session_token.clone(),
            member_authenticated: outcome.member_authenticated,
            member_id,
            member_session: outcome.member_session(),
            mfa_required: outcome.mfa_required.clone(),
            intermediate_session_token_expires_at: outcome.intermediate_expires_at,
            member_device: None,
            primary_required: None,
            organization_id: req.organization_id,
            request_id: request_id(),
            session_jwt: outcome.session_jwt(),
            session_token: outcome.session_token(),
            status_code: 200,
            member: outcome.member,
            organization: outcome.organization,
        })
    }

    async fn passwords_email_reset(
        app: App,
        req: types::PasswordsEmailResetRequest,
    ) -> ApiResult<types::PasswordsEmailResetResponse> {
        flows::validate_duration(req.session_duration_minutes)?;
        let target = {
            let now = app.clock.now();
            let store = app.store();
            let target = tokens::peek(
                &store.password_resets,
                &req.password_reset_token,
                now,
                RESET_ERRORS,
            )?
            .clone();
            let email = store
                .member(&target.organization_id, &target.member_id)?
                .member
                .email_address
                .clone();
            password::require_strong(&req.password, Some(&email))?;
            target
        };
        let new_hash = hash(req.password.into_inner()).await?;
        let ctx = app.ctx();
        let mut store = app.store();
        tokens::consume(
            &mut store.password_resets,
            &req.password_reset_token,
            ctx.now,
            req.code_verifier.as_deref(),
            RESET_ERRORS,
        )?;
        let (org_id, member_id) = (target.organization_id, target.member_id);
        store.revoke_member_sessions(&member_id);
        store.live_member(&org_id, &member_id)?;
        set_password(&mut store, &org_id, &member_id, new_hash)?;
        let record = store.member_mut(&org_id, &member_id)?;
        record.member.email_address_verified = true;
        let member_email_id = record.email_id.clone();
        let factor = factors::magic_link(&record.member.email_address, &member_email_id, ctx.now);
        let outcome = flows::authenticate_member(
            &mut store,
            ctx,
            &org_id,
            &member_id,
            vec![factor],
            SessionOptions {
                duration_minutes: req.session_duration_minutes,
                custom_claims: req.session_custom_claims.as_ref(),
                session_token: None,
                session_jwt: None,
            },
        )?;
        Ok(types::PasswordsEmailResetResponse {
            intermediate_session_token: outcome.intermediate_session_token.clone(),
            member_authenticated: outcome.member_authenticated,
            member_email_id,
            member_id,
            member_session: outcome.member_session(),
            mfa_required: outcome.mfa_required.clone(),
            intermediate_session_token_expires_at: outcome.intermediate_expires_at,
            member_device: None,
            primary_required: None,
            organization_id: org_id,
            request_id: request_id(),
            session_jwt: outcome.session_jwt(),
            session_token: outcome.session_token(),
            status_code: 200,
            member: outcome.member,
            organization: outcome.organization,
        })
    }

    async fn passwords_email_reset_start(
        app: App,
        req: types::PasswordsEmailResetStartRequest,
    ) -> ApiResult<types::PasswordsEmailResetStartResponse> {
        validate::email(&req.email_address)?;
        let minutes = reset_minutes(req.reset_password_expiration_minutes)?;
        let now = app.clock.now();
        let mut store = app.store();
        store.org(&req.organization_id)?;
        let record = store
            .member_by_email(&req.organization_id, &req.email_address)
            .ok_or_else(ApiError::member_not_found)?;
        let member_id = record.member.member_id.clone();
        let member_email_id = record.email_id.clone();
        let member = record.member.clone();
        let expires_at = now + Duration::minutes(minutes);
        let target = ResetTarget {
            organization_id: req.organization_id.clone(),
            member_id: member_id.clone(),
        };
        store.prune_expired(now);
        let token = tokens::issue(
            &mut store.password_resets,
            target,
            expires_at,
            req.code_challenge,
        );
        let message = OutboxMessage {
            message_id: store.new_id("message"),
            kind: MessageKind::PasswordReset,
            channel: Channel::Email,
            recipient: req.email_address,
            organization_id: Some(req.organization_id),
            member_id: Some(member_id.clone()),
            token,
            redirect_url: req.reset_password_redirect_url,
            sent_at: now,
            expires_at,
        };
        flows::push_message(&mut store, message);
        Ok(types::PasswordsEmailResetStartResponse {
            member,
            member_email_id,
            member_id,
            request_id: request_id(),
            status_code: 200,
        })
    }

    async fn passwords_existing_password_reset(
        app: App,
        req: types::PasswordsExistingPasswordResetRequest,
    ) -> ApiResult<types::PasswordsExistingPasswordResetResponse> {
        flows::validate_duration(req.session_duration_minutes)?;
        password::require_strong(&req.new_password, Some(&req.email_address))?;
        if req.new_password == req.existing_password {
            return Err(ApiError::bad_request(
                ErrorType::CannotResetPasswordWithExistingPassword,
                "The new password must differ from the existing one.",
            ));
        }
        let member_id = verify_member_password(
            &app,
            &req.organization_id,
            &req.email_address,
            req.existing_password.into_inner(),
        )
        .await?;
        let new_hash = hash(req.new_password.into_inner()).await?;
        let ctx = app.ctx();
        let mut store = app.store();
        set_password(&mut store, &req.organization_id, &member_id, new_hash)?;
        store.revoke_member_sessions(&member_id);
        let record = store.member(&req.organization_id, &member_id)?;
        let factor = factors::password(&record.member.email_address, &record.email_id, ctx.now);
        let outcome = flows::authenticate_member(
            &mut store,
            ctx,
            &req.organization_id,
            &member_id,
            vec![factor],
            SessionOptions {
                duration_minutes: req.session_duration_minutes,
                custom_claims: req.session_custom_claims.as_ref(),
                session_token: None,
                session_jwt: None,
            },
        )?;
        Ok(types::PasswordsExistingPasswordResetResponse {
            intermediate_session_token: outcome.intermediate_session_token.clone(),
            member_authenticated: outcome.member_authenticated,
            member_id,
            member_session: outcome.member_session(),
            mfa_required: outcome.mfa_required.clone(),
            intermediate_session_token_expires_at: outcome.intermediate_expires_at,
            member_device: None,
            primary_required: None,
            request_id: request_id(),
            session_jwt: outcome.session_jwt(),
            session_token: outcome.session_token(),
            status_code: 200,
            member: outcome.member,
            organization: outcome.organization,
        })
    }

    async fn passwords_migrate(
        app: App,
        req: types::PasswordsMigrateRequest,
    ) -> ApiResult<types::PasswordsMigrateResponse> {
        validate::email(&req.email_address)?;
        let imported = password::import(req.hash_type, &req.hash)?;
        let mut store = app.store();
        let organization = store.org(&req.organization_id)?.clone();
        let existing = store
            .member_by_email(&req.organization_id, &req.email_address)
            .map(|m| m.member.member_id.clone());
        let member_created = existing.is_none();
        let member_id = match existing {
            Some(id) => id,
            None => store.insert_member(
                &req.organization_id,
                NewMember {
                    email: req.email_address.clone(),
                    name: req.name.clone().unwrap_or_default(),
                    status: STATUS_ACTIVE,
                    trusted_metadata: req.trusted_metadata.clone().unwrap_or_default(),
                    untrusted_metadata: req.untrusted_metadata.clone().unwrap_or_default(),
                    ..NewMember::default()
                },
            ),
        };
        set_password(&mut store, &req.organization_id, &member_id, imported)?;
        let member = store
            .member(&req.organization_id, &member_id)?
            .member
            .clone();
        Ok(types::PasswordsMigrateResponse {
            member,
            member_created,
            member_id,
            organization,
            request_id: request_id(),
            status_code: 200,
        })
    }

    async fn passwords_session_reset(
        app: App,
        req: types::PasswordsSessionResetRequest,
    ) -> ApiResult<types::PasswordsSessionResetResponse> {
        let (member_id, email) = {
            let now = app.clock.now();
            let store = app.store();
            store.org(&req.organization_id)?;
            let session = store
                .session_by_credentials(
                    req.session_token.as_deref(),
                    req.session_jwt.as_deref(),
                    now,
                )?
                .ok_or_else(|| {
                    ApiError::bad_request(
                        ErrorType::NoSessionArguments,
                        "Pass session_token or session_jwt.",
                    )
                })?;
            if session.organization_id != req.organization_id {
                return Err(ApiError::bad_request(
                    ErrorType::SessionAuthorizationTenancyError,
                    "The session belongs to a different organization.",
                ));
            }
            let email = store
                .member(&req.organization_id, &session.member_id)?
                .member
                .email_address
                .clone();
            (session.member_id.clone(), email)
        };
        password::require_strong(&req.password, Some(&email))?;
        let new_hash = hash(req.password.into_inner()).await?;
        let ctx = app.ctx();
        let mut store = app.store();
        set_password(&mut store, &req.organization_id, &member_id, new_hash)?;
        let session_id = store
            .session_by_credentials(
                req.session_token.as_deref(),
                req.session_jwt.as_deref(),
                ctx.now,
            )?
            .map(|s| s.id.clone())
            .ok_or_else(ApiError::session_not_found)?;
        // The session that proved the member stays, with a fresh JWT.
        let issued = flows::issue(&store, ctx, &session_id)?;
        let member = store
            .member(&req.organization_id, &member_id)?
            .member
            .clone();
        let organization = store.org(&req.organization_id)?.clone();
        Ok(types::PasswordsSessionResetResponse {
            intermediate_session_token: Some(SecretString::default()),
            intermediate_session_token_expires_at: None,
            member_authenticated: true,
            member_device: None,
            mfa_required: None,
            session_jwt: Some(issued.jwt.into()),
            session_token: Some(issued.token.into()),
            member,
            member_id,
            member_session: Some(issued.session),
            organization,
            request_id: request_id(),
            status_code: 200,
        })
    }

    async fn passwords_strength_check(
        _app: App,
        req: types::PasswordsStrengthCheckRequest,
    ) -> ApiResult<types::PasswordsStrengthCheckResponse> {
        let strength = password::strength(&req.password, req.email_address.as_deref());
        Ok(types::PasswordsStrengthCheckResponse {
            breach_detection_on_create: false,
            breached_password: false,
            valid_password: strength.is_valid(),
            luds_feedback: Some(strength.luds),
            request_id: request_id(),
            score: i64::from(strength.score),
            status_code: 200,
            strength_policy: "zxcvbn".to_owned(),
            zxcvbn_feedback: Some(strength.zxcvbn),
        })
    }

    async fn passwords_email_require_reset(
        app: App,
        req: types::PasswordsEmailRequireResetRequest,
    ) -> ApiResult<types::PasswordsEmailRequireResetResponse> {
        discovery::require_reset(app, req)
    }

    async fn passwords_discovery_authenticate(
        app: App,
        req: types::PasswordsDiscoveryAuthenticateRequest,
    ) -> ApiResult<types::PasswordsDiscoveryAuthenticateResponse> {
        discovery::authenticate(app, req).await
    }

    async fn passwords_discovery_email_reset_start(
        app: App,
        req: types::PasswordsDiscoveryEmailResetStartRequest,
    ) -> ApiResult<types::PasswordsDiscoveryEmailResetStartResponse> {
        discovery::reset_start(app, req)
    }

    async fn passwords_discovery_email_reset(
        app: App,
        req: types::PasswordsDiscoveryEmailResetRequest,
    ) -> ApiResult<types::PasswordsDiscoveryEmailResetResponse> {
        discovery::reset(app, req).await
    }
}
