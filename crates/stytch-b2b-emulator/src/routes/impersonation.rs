//! Impersonation by a dashboard user: the token (minted through
//! `/__emulator/impersonation/tokens`, standing in for the Stytch dashboard) is used
//! once for a 60-minute session as the member, with an `impersonated` factor; no MFA.

use stytch_b2b_api::ErrorType;
use stytch_b2b_api::types;

use super::Handlers;
use super::generated::ImpersonationRoutes;
use crate::domain::flows::SessionOptions;
use crate::domain::session_sources::{self, IMPERSONATION_SESSION_MINUTES};
use crate::domain::tokens::{self, TokenErrors};
use crate::errors::{ApiError, ApiResult};
use crate::ids::request_id;
use crate::server::App;

const ERRORS: TokenErrors = TokenErrors {
    unknown: || {
        ApiError::not_found(
            ErrorType::InvalidToken,
            "The impersonation token is unknown.",
        )
    },
    unusable: || {
        ApiError::unauthorized(
            ErrorType::InvalidToken,
            "The impersonation token was used already or expired.",
        )
    },
};

impl ImpersonationRoutes for Handlers {
    async fn impersonation_authenticate(
        app: App,
        req: types::ImpersonationAuthenticateRequest,
    ) -> ApiResult<types::ImpersonationAuthenticateResponse> {
        let ctx = app.ctx();
        let mut store = app.store();
        let grant = tokens::peek(
            &store.sources.impersonation,
            req.impersonation_token.expose(),
            ctx.now,
            ERRORS,
        )?
        .clone();
        store.live_member(&grant.organization_id, &grant.member_id)?;
        tokens::consume(
            &mut store.sources.impersonation,
            req.impersonation_token.expose(),
            ctx.now,
            None,
            ERRORS,
        )?;
        let factor = session_sources::impersonated_factor(&grant, ctx.now);
        let (member, organization, issued) = session_sources::session_without_mfa(
            &mut store,
            ctx,
            &grant.organization_id,
            &grant.member_id,
            factor,
            SessionOptions {
                duration_minutes: Some(IMPERSONATION_SESSION_MINUTES),
                ..SessionOptions::default()
            },
        )?;
        Ok(types::ImpersonationAuthenticateResponse {
            // Stytch sends `""` once the member is fully authenticated.
            intermediate_session_token: Some(Default::default()),
            intermediate_session_token_expires_at: None,
            member_authenticated: true,
            member_id: member.member_id.clone(),
            member_session: Some(issued.session),
            mfa_required: None,
            organization_id: organization.organization_id.clone(),
            request_id: request_id(),
            session_jwt: Some(issued.jwt.into()),
            session_token: Some(issued.token.into()),
            status_code: 200,
            member,
            organization,
        })
    }
}
