//! OAuth and SSO authentication. The identity-provider round trip is replaced by
//! tokens minted through the control endpoints (`/__emulator/oauth/tokens`,
//! `/__emulator/sso/tokens`); these endpoints accept them once, before they expire.

use axum::extract::State;
use axum::http::StatusCode;
use chrono::Duration;
use stytch_b2b_api::types;

use crate::errors::{ApiError, ApiResult};
use crate::factors;
use crate::flows::{self, Ctx, SessionOptions};
use crate::ids::{self, request_id};
use crate::server::App;
use crate::store::{NewMember, OAuthGrant, STATUS_ACTIVE, SsoConnection, Store};
use crate::tokens::{self, TokenErrors};
use crate::wire::{JsonBody, Reply};

const OAUTH_ERRORS: TokenErrors = TokenErrors {
    unknown: || ApiError::not_found("oauth_token_not_found", "The OAuth token is unknown."),
    unusable: || {
        ApiError::unauthorized(
            "oauth_token_not_found",
            "The OAuth token was already used or has expired.",
        )
    },
};

const SSO_ERRORS: TokenErrors = TokenErrors {
    unknown: || ApiError::not_found("sso_token_not_found", "The SSO token is unknown."),
    unusable: || {
        ApiError::unauthorized(
            "sso_token_not_found",
            "The SSO token was already used or has expired.",
        )
    },
};

fn jit_refused(why: &str) -> ApiError {
    ApiError::new(
        StatusCode::FORBIDDEN,
        "email_jit_provisioning_not_allowed",
        why.to_owned(),
    )
}

/// The member of `org_id` with `email`, provisioned just in time when `may_join`.
fn find_or_provision(
    store: &mut Store,
    org_id: &str,
    email: &str,
    name: &str,
    may_join: bool,
    refusal: ApiError,
) -> ApiResult<String> {
    if let Some(m) = store.member_by_email(org_id, email) {
        return Ok(m.member.member_id.clone());
    }
    if !may_join {
        return Err(refusal);
    }
    Ok(store.insert_member(
        org_id,
        NewMember {
            email: email.to_owned(),
            name: name.to_owned(),
            status: STATUS_ACTIVE,
            email_verified: true,
            ..NewMember::default()
        },
    ))
}

fn provider_values(now: chrono::DateTime<chrono::Utc>) -> types::ProviderValues {
    types::ProviderValues {
        access_token: ids::token().into(),
        expires_at: Some(now + Duration::hours(1)),
        id_token: None,
        refresh_token: None,
        scopes: vec![
            "openid".to_owned(),
            "email".to_owned(),
            "profile".to_owned(),
        ],
    }
}

pub(crate) async fn oauth_authenticate(
    State(app): State<App>,
    JsonBody(req): JsonBody<types::OauthAuthenticateRequest>,
) -> ApiResult<Reply<types::OauthAuthenticateResponse>> {
    let ctx = app.ctx();
    let mut store = app.store();
    let grant = tokens::peek(&store.oauth_grants, &req.oauth_token, ctx.now, OAUTH_ERRORS)?.clone();
    let Some(org_id) = grant.organization_id.clone() else {
        return Err(ApiError::bad_request(
            "invalid_token",
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
    let factor = register_oauth(&mut store, ctx, &org_id, &member_id, &grant)?;
    let outcome =
        flows::authenticate_member(&mut store, ctx, &org_id, &member_id, vec![factor], opts)?;
    Ok(Reply(types::OauthAuthenticateResponse {
        intermediate_session_token: outcome.intermediate_session_token.clone(),
        member_authenticated: outcome.member_authenticated,
        member_id,
        member_session: outcome.member_session(),
        mfa_required: outcome.mfa_required.clone(),
        organization_id: org_id,
        provider_subject: grant.provider_subject,
        provider_type: grant.provider_type,
        provider_values: Some(provider_values(ctx.now)),
        request_id: request_id(),
        reset_sessions: false,
        session_jwt: outcome.session_jwt(),
        session_token: outcome.session_token(),
        status_code: 200,
        member: outcome.member,
        organization: outcome.organization,
    }))
}

/// Records the provider login on the member and returns the session factor for it.
fn register_oauth(
    store: &mut Store,
    ctx: Ctx<'_>,
    org_id: &str,
    member_id: &str,
    grant: &OAuthGrant,
) -> ApiResult<types::AuthenticationFactor> {
    let new_id = store.new_id("oauth-member-registration");
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
    Ok(factors::oauth(
        &grant.provider_type,
        &registration_id,
        &grant.provider_subject,
        &record.email_id,
        ctx.now,
    ))
}

pub(crate) async fn oauth_discovery_authenticate(
    State(app): State<App>,
    JsonBody(req): JsonBody<types::OauthDiscoveryAuthenticateRequest>,
) -> ApiResult<Reply<types::OauthDiscoveryAuthenticateResponse>> {
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
            "invalid_token",
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
    let ist = flows::create_intermediate(&mut store, now, &grant.email, None, None, vec![factor]);
    Ok(Reply(types::OauthDiscoveryAuthenticateResponse {
        discovered_organizations,
        email_address: grant.email,
        intermediate_session_token: Some(ist.into()),
        request_id: request_id(),
        status_code: 200,
    }))
}

pub(crate) async fn sso_authenticate(
    State(app): State<App>,
    JsonBody(req): JsonBody<types::SsoAuthenticateRequest>,
) -> ApiResult<Reply<types::SsoAuthenticateResponse>> {
    let ctx = app.ctx();
    let mut store = app.store();
    let grant = tokens::peek(&store.sso_grants, &req.sso_token, ctx.now, SSO_ERRORS)?.clone();
    let org_id = grant.organization_id.clone();
    let org = store.org(&org_id)?.clone();
    let saml = match store.connections.get(&grant.connection_id) {
        Some(SsoConnection::Saml(_)) => true,
        Some(SsoConnection::Oidc(_)) => false,
        None => {
            return Err(ApiError::not_found(
                "sso_connection_not_found",
                "The SSO connection this login used no longer exists.",
            ));
        }
    };
    let opts = SessionOptions {
        duration_minutes: req.session_duration_minutes,
        custom_claims: req.session_custom_claims.as_ref(),
        session_token: req.session_token.as_deref(),
        session_jwt: req.session_jwt.as_deref(),
    };
    opts.precheck(&store, ctx.now)?;
    let may_join = match org.sso_jit_provisioning.as_str() {
        "ALL_ALLOWED" => true,
        "RESTRICTED" => org
            .sso_jit_provisioning_allowed_connections
            .contains(&grant.connection_id),
        _ => false,
    };
    let refusal = ApiError::new(
        StatusCode::FORBIDDEN,
        "invalid_connection_for_jit_provisioning",
        "No member has this email address and the organization does not provision members through this connection.",
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
        &mut store.sso_grants,
        &req.sso_token,
        ctx.now,
        req.pkce_code_verifier.as_deref(),
        SSO_ERRORS,
    )?;
    let new_id = store.new_id("sso-registration");
    let record = store.member_mut(&org_id, &member_id)?;
    record.member.email_address_verified = true;
    let registrations = &mut record.member.sso_registrations;
    let registration_id = match registrations
        .iter()
        .find(|r| r.connection_id == grant.connection_id && r.external_id == grant.external_id)
    {
        Some(r) => r.registration_id.clone(),
        None => {
            registrations.push(types::SsoRegistration {
                connection_id: grant.connection_id.clone(),
                external_id: grant.external_id.clone(),
                registration_id: new_id.clone(),
                sso_attributes: serde_json::Map::new(),
            });
            new_id
        }
    };
    let factor = factors::sso(
        saml,
        &registration_id,
        &grant.connection_id,
        &grant.external_id,
        ctx.now,
    );
    let outcome =
        flows::authenticate_member(&mut store, ctx, &org_id, &member_id, vec![factor], opts)?;
    Ok(Reply(types::SsoAuthenticateResponse {
        intermediate_session_token: outcome.intermediate_session_token.clone(),
        member_authenticated: outcome.member_authenticated,
        member_id,
        member_session: outcome.member_session(),
        mfa_required: outcome.mfa_required.clone(),
        organization_id: org_id,
        request_id: request_id(),
        reset_session: false,
        session_jwt: outcome.session_jwt(),
        session_token: outcome.session_token(),
        status_code: 200,
        member: outcome.member,
        organization: outcome.organization,
    }))
}
