//! Member sessions: authenticate (extends, fresh JWT), get, revoke, exchange; JWKS.

use stytch_b2b_api::ErrorType;
use stytch_b2b_api::types;

use crate::control;
use crate::domain::flows::{self, SessionOptions};
use crate::domain::rbac;
use crate::errors::{ApiError, ApiResult};
use crate::ids::request_id;
use crate::server::App;
use crate::store::{STATUS_DELETED, non_empty};

use super::Handlers;
use super::generated::{SessionsGetJwksPath, SessionsGetQuery, SessionsRoutes};
use super::unserved::not_served;

fn no_session_arguments() -> ApiError {
    ApiError::bad_request(
        ErrorType::NoSessionArguments,
        "Pass session_token or session_jwt.",
    )
}

impl SessionsRoutes for Handlers {
    async fn sessions_get(app: App, q: SessionsGetQuery) -> ApiResult<types::SessionsGetResponse> {
        let now = app.clock.now();
        let store = app.store();
        store.member(&q.organization_id, &q.member_id)?;
        let mut sessions: Vec<_> = store
            .sessions
            .values()
            .filter(|s| {
                s.member_id == q.member_id
                    && s.organization_id == q.organization_id
                    && s.expires_at > now
            })
            .collect();
        sessions.sort_by_key(|s| s.started_at);
        Ok(types::SessionsGetResponse {
            member_sessions: sessions.into_iter().map(|s| s.to_wire()).collect(),
            request_id: request_id(),
            status_code: 200,
        })
    }

    async fn sessions_authenticate(
        app: App,
        req: types::SessionsAuthenticateRequest,
    ) -> ApiResult<types::SessionsAuthenticateResponse> {
        flows::validate_duration(req.session_duration_minutes)?;
        let ctx = app.ctx();
        let mut store = app.store();
        let session = store
            .session_by_credentials(
                req.session_token.as_deref(),
                req.session_jwt.as_deref(),
                ctx.now,
            )?
            .ok_or_else(no_session_arguments)?;
        let (session_id, org_id, member_id) = (
            session.id.clone(),
            session.organization_id.clone(),
            session.member_id.clone(),
        );
        let member = store.member(&org_id, &member_id)?.member.clone();
        if member.status == STATUS_DELETED {
            return Err(ApiError::session_not_found());
        }
        let organization = store.org(&org_id)?.clone();
        let verdict = match &req.authorization_check {
            Some(check) => Some(rbac::check_authorization(
                &store.rbac_policy,
                &organization,
                &member,
                check,
            )?),
            None => None,
        };
        let issued = flows::update_session(
            &mut store,
            ctx,
            &session_id,
            None,
            req.session_duration_minutes,
            req.session_custom_claims.as_ref(),
        )?;
        Ok(types::SessionsAuthenticateResponse {
            member,
            member_session: Some(issued.session),
            organization,
            request_id: request_id(),
            session_jwt: Some(issued.jwt.into()),
            session_token: Some(issued.token.into()),
            status_code: 200,
            verdict,
        })
    }

    async fn sessions_exchange(
        app: App,
        req: types::SessionsExchangeRequest,
    ) -> ApiResult<types::SessionsExchangeResponse> {
        flows::validate_duration(req.session_duration_minutes)?;
        let ctx = app.ctx();
        let mut store = app.store();
        let session = store
            .session_by_credentials(
                req.session_token.as_deref(),
                req.session_jwt.as_deref(),
                ctx.now,
            )?
            .ok_or_else(no_session_arguments)?
            .clone();
        let source = store
            .member(&session.organization_id, &session.member_id)?
            .member
            .clone();
        store.org(&req.organization_id)?;
        let target = store
            .member_by_email(&req.organization_id, &source.email_address)
            .map(|m| m.member.clone())
            .ok_or_else(ApiError::member_not_found)?;
        // Only email magic link, OAuth and (for the same verified phone) SMS factors move.
        let same_phone = source.mfa_phone_number_verified
            && target.mfa_phone_number_verified
            && source.mfa_phone_number == target.mfa_phone_number;
        let carried: Vec<types::AuthenticationFactor> = session
            .factors
            .iter()
            .filter(|f| match f.type_.as_str() {
                "magic_link" | "oauth" => true,
                "otp" => same_phone,
                _ => false,
            })
            .cloned()
            .collect();
        if !carried.iter().any(|f| f.type_ != "otp") {
            return Err(ApiError::bad_request(
                ErrorType::InsufficientFactorsForSessionExchange,
                "The session has no email magic link or OAuth factor that can move to another organization.",
            ));
        }
        let outcome = flows::authenticate_member(
            &mut store,
            ctx,
            &req.organization_id,
            &target.member_id,
            carried,
            SessionOptions {
                duration_minutes: req.session_duration_minutes,
                custom_claims: req.session_custom_claims.as_ref(),
                ..SessionOptions::default()
            },
        )?;
        Ok(types::SessionsExchangeResponse {
            intermediate_session_token: outcome.intermediate_session_token.clone(),
            member_authenticated: outcome.member_authenticated,
            member_id: target.member_id,
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

    async fn sessions_get_jwks(
        app: App,
        SessionsGetJwksPath { project_id }: SessionsGetJwksPath,
    ) -> ApiResult<types::SessionsGetJwksResponse> {
        if project_id != app.project_id {
            return Err(ApiError::not_found(
                ErrorType::ProjectNotFound,
                format!(
                    "This emulator serves the project {}, not {project_id}.",
                    app.project_id
                ),
            ));
        }
        Ok(types::SessionsGetJwksResponse {
            keys: control::jwks(&app),
            request_id: request_id(),
            status_code: 200,
        })
    }

    async fn sessions_revoke(
        app: App,
        req: types::SessionsRevokeRequest,
    ) -> ApiResult<types::SessionsRevokeResponse> {
        let now = app.clock.now();
        let mut store = app.store();
        let given = [
            non_empty(req.member_session_id.as_deref()),
            non_empty(req.session_token.as_deref()),
            non_empty(req.session_jwt.as_deref()),
            non_empty(req.member_id.as_deref()),
        ];
        match given.iter().filter(|g| g.is_some()).count() {
            0 => {
                return Err(ApiError::bad_request(
                    ErrorType::NoSessionRevokeArguments,
                    "Pass one of member_session_id, session_token, session_jwt or member_id.",
                ));
            }
            1 => {}
            _ => {
                return Err(ApiError::bad_request(
                    ErrorType::TooManySessionRevokeArguments,
                    "Pass only one of member_session_id, session_token, session_jwt or member_id.",
                ));
            }
        }
        if let Some(member_id) = given[3] {
            if !store.members.contains_key(member_id) {
                return Err(ApiError::member_not_found());
            }
            store.revoke_member_sessions(member_id);
        } else {
            let session_id = match (given[0], given[1], given[2]) {
                (Some(id), _, _) => store
                    .sessions
                    .get(id)
                    .map(|s| s.id.clone())
                    .ok_or_else(ApiError::session_not_found)?,
                (_, Some(token), _) => store.session_by_token(token, now)?.id.clone(),
                (_, _, Some(jwt)) => store.session_by_jwt(jwt, now)?.id.clone(),
                _ => return Err(ApiError::session_not_found()),
            };
            store.remove_session(&session_id);
        }
        Ok(types::SessionsRevokeResponse {
            request_id: request_id(),
            status_code: 200,
        })
    }

    async fn sessions_exchange_access_token(
        _app: App,
        _req: types::SessionsExchangeAccessTokenRequest,
    ) -> ApiResult<types::SessionsExchangeAccessTokenResponse> {
        Err(not_served(
            "sessions_exchange_access_token",
            "connected-app access tokens are not issued by the emulator.",
        ))
    }

    async fn sessions_attest(
        _app: App,
        _req: types::SessionsAttestRequest,
    ) -> ApiResult<types::SessionsAttestResponse> {
        Err(not_served(
            "sessions_attest",
            "trusted auth token profiles are not configurable in the emulator.",
        ))
    }

    async fn sessions_migrate(
        _app: App,
        _req: types::SessionsMigrateRequest,
    ) -> ApiResult<types::SessionsMigrateResponse> {
        Err(not_served(
            "sessions_migrate",
            "migrating needs the external identity provider's user-info endpoint.",
        ))
    }
}
