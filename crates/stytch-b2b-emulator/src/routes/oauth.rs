//! OAuth authentication, into an organization or into discovery. The identity-provider
//! round trip is replaced by tokens minted through the control endpoint
//! `/__emulator/oauth/tokens`; these endpoints accept them once, before they expire.
//! A login into an organization issues the provider's tokens
//! (`domain::provider_tokens`), answered as `provider_values` and kept on the member's
//! OAuth registration for the `oauth_providers` operations.

use axum::http::StatusCode;
use stytch_b2b_api::ErrorType;
use stytch_b2b_api::types;

use crate::domain::factors;
use crate::domain::flows::{self, Ctx, SessionOptions};
use crate::domain::members::find_or_provision;
use crate::domain::provider_tokens::{Login, ProviderTokens};
use crate::domain::tokens::{self, TokenErrors};
use crate::errors::{ApiError, ApiResult};
use crate::ids::request_id;
use crate::server::App;
use crate::store::{OAuthGrant, Store};

use super::Handlers;
use super::generated::OauthRoutes;

const OAUTH_ERRORS: TokenErrors = TokenErrors {
    unknown: || ApiError::not_found(ErrorType::OauthTokenNotFound, "The OAuth token is unknown."),
    unusable: || {
        ApiError::unauthorized(
            ErrorType::OauthTokenNotFound,
            "The OAuth token was already used or has expired.",
        )
    },
};

fn jit_refused(why: &str) -> ApiError {
    ApiError::new(
        StatusCode::FORBIDDEN,
        ErrorType::EmailJitProvisioningNotAllowed,
        why.to_owned(),
    )
}

/// Records the provider login on the member, with the tokens the provider issued at
/// it; returns the session factor and the tokens.
fn register_oauth(
    store: &mut Store,
    ctx: Ctx<'_>,
    org_id: &str,
    member_id: &str,
    grant: &OAuthGrant,
) -> ApiResult<(types::AuthenticationFactor, ProviderTokens)> {
    let new_id = store.new_id("oauth-member-registration");
    let seq = store.next_seq();
    let record = store.member_mut(org_id, member_id)?;
    record.member.email_address_verified = true;
    let registrations = &mut record.member.oauth_registrations;
    let registration_id = match registrations.iter().find(|r| {
        r.provider_type == grant.provider_type && r.provider_subject == grant.provider_subject
    }) {
        Some(r) => r.member_oauth_registration_id.clone(),
        None => {
            registrations.push(types::OAuthRegistration {
                locale: None,
                member_oauth_registration_id: new_id.clone(),
                profile_picture_url: None,
                provider_subject: grant.provider_subject.clone(),
                provider_type: grant.provider_type.clone(),
            });
            new_id
        }
    };
    // Each login gets new tokens from the provider; they replace the registration's
    // earlier ones, as Stytch keeps those of the latest login.
    let tokens = ProviderTokens::issue(&Login {
        provider_type: &grant.provider_type,
        provider_subject: &grant.provider_subject,
        email: &grant.email,
        tenant_id: grant.provider_tenant_id.as_deref(),
        now: ctx.now,
        seq,
    });
    record
        .provider_tokens
        .insert(registration_id.clone(), tokens.clone());
    let factor = factors::oauth(
        &grant.provider_type,
        &registration_id,
        &grant.provider_subject,
        &record.email_id,
        ctx.now,
    );
    Ok((factor, tokens))
}

impl OauthRoutes for Handlers {
    async fn oauth_authenticate(
        app: App,
        req: types::OauthAuthenticateRequest,
    ) -> ApiResult<types::OauthAuthenticateResponse> {
        let ctx = app.ctx();
        let mut store = app.store();
        let grant =
            tokens::peek(&store.oauth_grants, &req.oauth_token, ctx.now, OAUTH_ERRORS)?.clone();
        let Some(org_id) = grant.organization_id.clone() else {
            return Err(ApiError::bad_request(
                ErrorType::InvalidToken,
                "This is a discovery OAuth token; authenticate it with oauth/discovery/authenticate.",
            ));
        };
        let org = store.org(&org_id)?.clone();
        let opts = SessionOptions {
            duration_minutes: req.session_duration_minutes,
            custom_claims: req.session_custom_claims.as_ref(),
            session_token: req.session_token.as_deref(),
            session_jwt: req.session_jwt.as_deref(),
        };
        opts.precheck(&store, ctx.now)?;
        let may_join = flows::email_jit_allowed(&org, &grant.email);
        let refusal = jit_refused(
            "No member has this email address and the organization does not provision members by email domain.",
        );
        let member_id = find_or_provision(
            &mut store,
            &org_id,
            &grant.email,
            &grant.name,
            may_join,
            refusal,
        )?;
        tokens::consume(
            &mut store.oauth_grants,
            &req.oauth_token,
            ctx.now,
            req.pkce_code_verifier.as_deref(),
            OAUTH_ERRORS,
        )?;
        let (factor, tokens) = register_oauth(&mut store, ctx, &org_id, &member_id, &grant)?;
        let outcome =
            flows::authenticate_member(&mut store, ctx, &org_id, &member_id, vec![factor], opts)?;
        Ok(types::OauthAuthenticateResponse {
            intermediate_session_token: outcome.intermediate_session_token.clone(),
            member_authenticated: outcome.member_authenticated,
            member_id,
            member_session: outcome.member_session(),
            mfa_required: outcome.mfa_required.clone(),
            intermediate_session_token_expires_at: outcome.intermediate_expires_at,
            member_device: None,
            primary_required: None,
            organization_id: org_id,
            provider_subject: grant.provider_subject,
            provider_type: grant.provider_type,
            provider_values: Some(tokens.provider_values()),
            request_id: request_id(),
            reset_sessions: false,
            session_jwt: outcome.session_jwt(),
            session_token: outcome.session_token(),
            status_code: 200,
            member: outcome.member,
            organization: outcome.organization,
        })
    }

    async fn oauth_discovery_authenticate(
        app: App,
        req: types::OauthDiscoveryAuthenticateRequest,
    ) -> ApiResult<types::OauthDiscoveryAuthenticateResponse> {
        let now = app.clock.now();
        let mut store = app.store();
        let grant = tokens::peek(
            &store.oauth_grants,
            &req.discovery_oauth_token,
            now,
            OAUTH_ERRORS,
        )?
        .clone();
        if grant.organization_id.is_some() {
            return Err(ApiError::bad_request(
                ErrorType::InvalidToken,
                "This OAuth token belongs to an organization; authenticate it with oauth/authenticate.",
            ));
        }
        tokens::consume(
            &mut store.oauth_grants,
            &req.discovery_oauth_token,
            now,
            req.pkce_code_verifier.as_deref(),
            OAUTH_ERRORS,
        )?;
        let factor = factors::oauth(
            &grant.provider_type,
            &store.new_id("oauth-registration"),
            &grant.provider_subject,
            &store.new_id("email"),
            now,
        );
        let discovered_organizations =
            flows::discovered_organizations(&store, &grant.email, Some(&factor));
        let ist =
            flows::create_intermediate(&mut store, now, &grant.email, None, None, vec![factor]);
        Ok(types::OauthDiscoveryAuthenticateResponse {
            discovered_organizations,
            email_address: grant.email,
            full_name: grant.name,
            intermediate_session_token: Some(ist.into()),
            intermediate_session_token_expires_at: Some(flows::intermediate_expiry(now)),
            provider_tenant_id: grant.provider_tenant_id.clone().unwrap_or_default(),
            provider_tenant_ids: grant.provider_tenant_id.clone().into_iter().collect(),
            provider_type: grant.provider_type,
            request_id: request_id(),
            status_code: 200,
        })
    }
}
