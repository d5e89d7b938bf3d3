//! HTTP face of the control operations (`/__emulator/…`). Bodies are plain JSON
//! (these are not Stytch API shapes); errors still use Stytch's error shape.

use std::time::Duration;
use stytch_b2b_api::ErrorType;

use axum::extract::State;
use axum::http::Uri;
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use crate::control::{
    self, ExternalSession, Impersonation, OAuthLogin, ScimGroupPush, SsoLogin, TrustedToken,
    TrustedTokenProfile,
};
use crate::errors::{ApiError, ApiResult};
use crate::faults::Fault;
use crate::outbox::OutboxMessage;
use crate::server::App;
use crate::wire::{ControlReply, JsonBody, decode_query};

#[derive(Debug, Default, Deserialize)]
pub(crate) struct OutboxQuery {
    recipient: Option<String>,
}

#[derive(Debug, Serialize)]
pub(crate) struct OutboxList {
    messages: Vec<OutboxMessage>,
}

pub(crate) async fn outbox_list(
    State(app): State<App>,
    uri: Uri,
) -> ApiResult<ControlReply<OutboxList>> {
    let q: OutboxQuery = decode_query(&uri)?;
    let messages = app
        .store()
        .outbox
        .iter()
        .filter(|m| {
            q.recipient
                .as_deref()
                .is_none_or(|r| m.recipient.eq_ignore_ascii_case(r))
        })
        .cloned()
        .collect();
    Ok(ControlReply(OutboxList { messages }))
}

pub(crate) async fn outbox_clear(State(app): State<App>) -> ControlReply<Value> {
    app.store().outbox.clear();
    ControlReply(json!({"cleared": true}))
}

fn clock_json(app: &App) -> Value {
    json!({"now": app.clock.now()})
}

pub(crate) async fn clock_get(State(app): State<App>) -> ControlReply<Value> {
    ControlReply(clock_json(&app))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Advance {
    seconds: u64,
}

pub(crate) async fn clock_advance(
    State(app): State<App>,
    JsonBody(req): JsonBody<Advance>,
) -> ControlReply<Value> {
    app.clock.advance(Duration::from_secs(req.seconds));
    ControlReply(clock_json(&app))
}

pub(crate) async fn keys_rotate(State(app): State<App>) -> ApiResult<ControlReply<Value>> {
    let previous = app.store().keys.current_kid().to_owned();
    let kid = control::rotate_key(&app)
        .await
        .map_err(|e| ApiError::internal(e.to_string()))?;
    Ok(ControlReply(json!({"kid": kid, "previous_kid": previous})))
}

pub(crate) async fn faults_inject(
    State(app): State<App>,
    JsonBody(fault): JsonBody<Fault>,
) -> ApiResult<ControlReply<Value>> {
    if let Some(status) = fault.status
        && !(100..=599).contains(&status)
    {
        return Err(ApiError::bad_request(
            ErrorType::BadRequest,
            format!("status must be an HTTP status code, got {status}."),
        ));
    }
    let count = fault.count.max(1);
    app.faults().arm(fault);
    Ok(ControlReply(json!({"armed": true, "count": count})))
}

pub(crate) async fn faults_clear(State(app): State<App>) -> ControlReply<Value> {
    app.faults().clear();
    ControlReply(json!({"cleared": true}))
}

pub(crate) async fn reset(State(app): State<App>) -> ControlReply<Value> {
    control::reset(&app);
    ControlReply(json!({"reset": true}))
}

pub(crate) async fn oauth_token_mint(
    State(app): State<App>,
    JsonBody(login): JsonBody<OAuthLogin>,
) -> ApiResult<ControlReply<Value>> {
    let token = control::mint_oauth_inner(&app, &login)?;
    let field = if login.organization_id.is_some() {
        "oauth_token"
    } else {
        "discovery_oauth_token"
    };
    Ok(ControlReply(json!({ "token": token, "use_as": field })))
}

pub(crate) async fn sso_token_mint(
    State(app): State<App>,
    JsonBody(login): JsonBody<SsoLogin>,
) -> ApiResult<ControlReply<Value>> {
    let token = control::mint_sso_inner(&app, &login)?;
    Ok(ControlReply(
        json!({ "token": token, "use_as": "sso_token" }),
    ))
}

pub(crate) async fn impersonation_token_mint(
    State(app): State<App>,
    JsonBody(req): JsonBody<Impersonation>,
) -> ApiResult<ControlReply<Value>> {
    let token = control::mint_impersonation(&app, &req)?;
    Ok(ControlReply(
        json!({ "token": token, "use_as": "impersonation_token" }),
    ))
}

pub(crate) async fn trusted_token_profile_register(
    State(app): State<App>,
    JsonBody(req): JsonBody<TrustedTokenProfile>,
) -> ApiResult<ControlReply<Value>> {
    let profile_id = control::register_profile(&app, &req)?;
    Ok(ControlReply(json!({ "profile_id": profile_id })))
}

pub(crate) async fn trusted_token_mint(
    State(app): State<App>,
    JsonBody(req): JsonBody<TrustedToken>,
) -> ApiResult<ControlReply<Value>> {
    let token = control::mint_trusted_token(&app, &req)?;
    Ok(ControlReply(json!({ "token": token, "use_as": "token" })))
}

pub(crate) async fn external_session_register(
    State(app): State<App>,
    JsonBody(req): JsonBody<ExternalSession>,
) -> ApiResult<ControlReply<Value>> {
    let token = control::register_external_session(&app, &req)?;
    Ok(ControlReply(
        json!({ "session_token": token, "use_as": "session_token" }),
    ))
}

pub(crate) async fn scim_group_push(
    State(app): State<App>,
    JsonBody(req): JsonBody<ScimGroupPush>,
) -> ApiResult<ControlReply<Value>> {
    let group_id = control::push_scim_group(&app, &req)?;
    Ok(ControlReply(json!({ "group_id": group_id })))
}
