//! The project as an OAuth 2.0 / OIDC identity provider for connected apps: the
//! consent preflight and decision, token introspection, and the authorization-code
//! and refresh-token grants of the token endpoint (`domain::idp`).

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use stytch_b2b_api::ErrorType;
use stytch_b2b_api::types;

use super::Handlers;
use super::generated::{IdpIntrospectTokenNetworkPath, IdpRoutes};
use crate::auth::basic_credentials;
use crate::domain::idp::{self, TokenRequest};
use crate::errors::{ApiError, ApiResult};
use crate::ids::request_id;
use crate::server::App;
use crate::wire::{Reply, is_json, read_body};

fn other_project() -> ApiError {
    ApiError::oauth2(
        StatusCode::NOT_FOUND,
        ErrorType::InvalidRequest,
        "The path names a different project.",
    )
}

impl IdpRoutes for Handlers {
    async fn idp_introspect_token_network(
        app: App,
        path: IdpIntrospectTokenNetworkPath,
        req: types::IdpIntrospectTokenNetworkRequest,
    ) -> ApiResult<types::IdpIntrospectTokenNetworkResponse> {
        if path.project_id != app.project_id {
            return Err(other_project());
        }
        let ctx = app.ctx();
        let store = app.store();
        idp::introspect(&store, ctx, &req)
    }

    async fn idp_oauth_authorize_start(
        app: App,
        req: types::IdpOauthAuthorizeStartRequest,
    ) -> ApiResult<types::IdpOauthAuthorizeStartResponse> {
        let now = app.clock.now();
        let store = app.store();
        let client = idp::client(&store, &req.client_id)?.app.clone();
        idp::check_request(&client, &req.redirect_uri, &req.response_type)?;
        let (org_id, member_id) = idp::resolve_member(
            &store,
            now,
            req.organization_id.as_deref(),
            req.member_id.as_deref(),
            req.session_token.as_deref(),
            req.session_jwt.as_deref(),
        )?;
        let scope_results = idp::scope_results(&store, &client, &org_id, &member_id, &req.scopes)?;
        let consent_required = idp::consent_required(
            &store,
            &client,
            &member_id,
            &scope_results,
            req.prompt.as_deref(),
        );
        Ok(types::IdpOauthAuthorizeStartResponse {
            client: idp::public_client(&client),
            consent_required,
            member: store.live_member(&org_id, &member_id)?.member.clone(),
            member_id,
            organization: store.org(&org_id)?.clone(),
            request_id: request_id(),
            scope_results,
            status_code: 200,
        })
    }

    async fn idp_oauth_authorize(
        app: App,
        req: types::IdpOauthAuthorizeRequest,
    ) -> ApiResult<types::IdpOauthAuthorizeResponse> {
        let now = app.clock.now();
        let mut store = app.store();
        let client = idp::client(&store, &req.client_id)?.app.clone();
        idp::check_request(&client, &req.redirect_uri, &req.response_type)?;
        let (org_id, member_id) = idp::resolve_member(
            &store,
            now,
            req.organization_id.as_deref(),
            req.member_id.as_deref(),
            req.session_token.as_deref(),
            req.session_jwt.as_deref(),
        )?;
        let results = idp::scope_results(&store, &client, &org_id, &member_id, &req.scopes)?;
        let consent_required =
            idp::consent_required(&store, &client, &member_id, &results, req.prompt.as_deref());
        let state = req.state.as_deref().filter(|s| !s.is_empty());
        if consent_required && !req.consent_granted {
            let mut params = vec![
                ("error", "access_denied"),
                ("error_description", "The member did not grant consent."),
            ];
            params.extend(state.map(|s| ("state", s)));
            return Ok(types::IdpOauthAuthorizeResponse {
                authorization_code: None,
                redirect_uri: idp::with_query(&req.redirect_uri, &params),
                request_id: request_id(),
                status_code: 200,
            });
        }
        if idp::is_public(&client.client_type)
            && req.code_challenge.as_deref().is_none_or(str::is_empty)
        {
            return Err(ApiError::bad_request(
                ErrorType::InvalidPkceCodeChallenge,
                "A public connected app must send a PKCE code_challenge.",
            ));
        }
        let code = idp::authorize(
            &mut store,
            now,
            &client.client_id,
            &org_id,
            &member_id,
            &results,
            &req.redirect_uri,
            req.nonce.clone(),
            req.code_challenge.clone(),
        );
        let mut params = vec![("code", code.as_str())];
        params.extend(state.map(|s| ("state", s)));
        Ok(types::IdpOauthAuthorizeResponse {
            redirect_uri: idp::with_query(&req.redirect_uri, &params),
            authorization_code: Some(code.clone().into()),
            request_id: request_id(),
            status_code: 200,
        })
    }
}

/// In front of the token endpoint: answers the `authorization_code` and
/// `refresh_token` grants of connected apps; any other request (the M2M client
/// credentials grant) goes on to the generated handler, body intact.
pub(crate) async fn token_grants(State(app): State<App>, req: Request, next: Next) -> Response {
    let is_token = super::member_auth::route_of(req.method().as_str(), req.uri().path())
        .is_some_and(|r| r.operation_id == "m2m_token");
    if !is_token {
        return next.run(req).await;
    }
    let (parts, body) = req.into_parts();
    let bytes = match read_body(Request::new(body), &app).await {
        Ok(bytes) => bytes,
        Err(e) => return e.into_oauth2().into_response(),
    };
    let parsed: Option<TokenRequest> = if is_json(&parts.headers) {
        serde_json::from_slice(&bytes).ok()
    } else {
        serde_urlencoded::from_bytes(&bytes).ok()
    };
    let Some(mut form) = parsed.filter(|f| {
        matches!(
            f.grant_type.as_str(),
            "authorization_code" | "refresh_token"
        )
    }) else {
        return next
            .run(Request::from_parts(parts, Body::from(bytes)))
            .await;
    };
    let project = parts.uri.path().split('/').nth(3).unwrap_or_default();
    if project != app.project_id {
        return other_project().into_response();
    }
    // Client credentials from an `Authorization: Basic` header (`client_secret_basic`).
    if form.client_id.as_deref().is_none_or(str::is_empty)
        && let Ok((id, secret)) = basic_credentials(&parts.headers)
    {
        form.client_id = Some(id);
        form.client_secret = Some(secret);
    }
    let ctx = app.ctx();
    let answer = {
        let mut store = app.store();
        idp::token(&mut store, ctx, &form)
    };
    match answer {
        Ok(body) => Reply(body).into_response(),
        Err(e) => e.into_oauth2().into_response(),
    }
}
