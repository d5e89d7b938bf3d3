//! Member sessions: authenticate (extends, fresh JWT), get, revoke, exchange; JWKS;
//! sessions from elsewhere: a connected app's access token, a trusted auth token
//! (attest) and an external identity provider's session (migrate).

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
use crate::domain::{idp, session_sources};

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
            member_sessions: sessions
                .into_iter()
                .map(|s| {
                    // The roles as they stand now, as `issue` gives them.
                    let mut wire = s.to_wire();
                    if let Some(roles) =
                        crate::domain::roles::session_role_ids(&store, &s.member_id, &s.factors)
                    {
                        wire.roles = roles;
                    }
                    wire
                })
                .collect(),
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
        let changes = req.session_duration_minutes.is_some()
            || req
                .session_custom_claims
                .as_ref()
                .is_some_and(|c| !c.is_empty());
        if changes
            && store
                .sessions
                .get(&session_id)
                .is_some_and(|s| session_sources::is_impersonated(&s.factors))
        {
            return Err(ApiError::bad_request(
                ErrorType::SessionNotMutableImpersonated,
                "An impersonated session cannot be extended or given custom claims.",
            ));
        }
        let verdict = match &req.authorization_check {
            Some(check) => {
                // The check counts the roles the session holds (SSO roles only with
                // an SSO factor of their connection); the member object keeps all.
                let factors = store
                    .sessions
                    .get(&session_id)
                    .map(|s| s.factors.clone())
                    .unwrap_or_default();
                let scoped = crate::domain::roles::member_for_session(&member, &factors);
                Some(rbac::check_authorization(
                    &store.rbac_policy,
                    &organization,
                    &scoped,
                    check,
                )?)
            }
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
        app: App,
        req: types::SessionsExchangeAccessTokenRequest,
    ) -> ApiResult<types::SessionsExchangeAccessTokenResponse> {
        flows::validate_duration(req.session_duration_minutes)?;
        let ctx = app.ctx();
        let mut store = app.store();
        let (client_id, org_id, member_id) =
            idp::exchange(&mut store, ctx.now, req.access_token.expose())?;
        let factor = session_sources::access_token_factor(&client_id, ctx.now);
        let (member, organization, issued) = session_sources::session_without_mfa(
            &mut store,
            ctx,
            &org_id,
            &member_id,
            factor,
            SessionOptions {
                duration_minutes: req.session_duration_minutes,
                custom_claims: req.session_custom_claims.as_ref(),
                ..SessionOptions::default()
            },
        )?;
        Ok(types::SessionsExchangeAccessTokenResponse {
            member_device: None,
            member_id,
            member_session: Some(issued.session),
            request_id: request_id(),
            session_jwt: Some(issued.jwt.into()),
            session_token: Some(issued.token.into()),
            status_code: 200,
            member,
            organization,
        })
    }

    async fn sessions_attest(
        app: App,
        req: types::SessionsAttestRequest,
    ) -> ApiResult<types::SessionsAttestResponse> {
        flows::validate_duration(req.session_duration_minutes)?;
        let ctx = app.ctx();
        let mut store = app.store();
        let profile = store.sources.profiles.get(&req.profile_id).ok_or_else(|| {
            ApiError::not_found(
                ErrorType::InvalidId,
                format!(
                    "No trusted auth token profile {} exists in this project.",
                    req.profile_id
                ),
            )
        })?;
        let attested = session_sources::verify_trusted_token(profile, req.token.expose(), ctx.now)?;
        let org_id = match (
            attested.organization_id.as_deref(),
            non_empty(req.organization_id.as_deref()),
        ) {
            (Some(claimed), Some(asked)) if claimed != asked => {
                return Err(ApiError::bad_request(
                    ErrorType::InvalidArgument,
                    "The token names a different organization than organization_id.",
                ));
            }
            (Some(org), _) | (None, Some(org)) => org.to_owned(),
            (None, None) => {
                return Err(ApiError::bad_request(
                    ErrorType::InvalidArgument,
                    "The token has no organization claim; pass organization_id.",
                ));
            }
        };
        store.org(&org_id)?;
        let member_id = store
            .member_by_email(&org_id, &attested.email)
            .map(|m| m.member.member_id.clone())
            .ok_or_else(ApiError::member_not_found)?;
        let factor = session_sources::trusted_token_factor(&attested.token_id, ctx.now);
        let (member, organization, issued) = session_sources::session_without_mfa(
            &mut store,
            ctx,
            &org_id,
            &member_id,
            factor,
            SessionOptions {
                duration_minutes: req.session_duration_minutes,
                custom_claims: req.session_custom_claims.as_ref(),
                session_token: req.session_token.as_deref(),
                session_jwt: req.session_jwt.as_deref(),
            },
        )?;
        Ok(types::SessionsAttestResponse {
            member_device: None,
            member_id,
            member_session: issued.session,
            request_id: request_id(),
            session_jwt: Some(issued.jwt.into()),
            session_token: Some(issued.token.into()),
            status_code: 200,
            member,
            organization,
        })
    }

    async fn sessions_migrate(
        app: App,
        req: types::SessionsMigrateRequest,
    ) -> ApiResult<types::SessionsMigrateResponse> {
        flows::validate_duration(req.session_duration_minutes)?;
        let ctx = app.ctx();
        let mut store = app.store();
        let email = store
            .sources
            .external
            .get(req.session_token.expose())
            .filter(|s| s.expires_at > ctx.now)
            .map(|s| s.email.clone())
            .ok_or_else(|| {
                ApiError::unauthorized(
                    ErrorType::InvalidSessionToken,
                    "The external identity provider does not know this session token (register one with /__emulator/sessions/external).",
                )
            })?;
        store.org(&req.organization_id)?;
        let record = store
            .member_by_email(&req.organization_id, &email)
            .ok_or_else(ApiError::member_not_found)?;
        let member_id = record.member.member_id.clone();
        let factor = session_sources::imported_factor(&email, &record.email_id, ctx.now);
        let (member, organization, issued) = session_sources::session_without_mfa(
            &mut store,
            ctx,
            &req.organization_id,
            &member_id,
            factor,
            SessionOptions {
                duration_minutes: req.session_duration_minutes,
                custom_claims: req.session_custom_claims.as_ref(),
                ..SessionOptions::default()
            },
        )?;
        Ok(types::SessionsMigrateResponse {
            member_id,
            member_session: Some(issued.session),
            request_id: request_id(),
            session_jwt: Some(issued.jwt.into()),
            session_token: Some(issued.token.into()),
            status_code: 200,
            member,
            organization,
        })
    }
}
