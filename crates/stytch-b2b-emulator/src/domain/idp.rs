//! The project as an OAuth 2.0 / OIDC identity provider for its connected apps: the
//! consent preflight and decision (`idp/oauth/authorize/start`, `idp/oauth/authorize`),
//! authorization codes redeemed at the token endpoint (grant types
//! `authorization_code` and `refresh_token`), RS256 access tokens signed with the
//! session key, their introspection (RFC 7662), their exchange for a member session,
//! and the grants that make a member's connected apps (listed and revoked through the
//! organization endpoints).

use std::collections::HashMap;

use axum::http::StatusCode;
use chrono::{DateTime, Duration, Utc};
use serde_json::{Map, Value, json};
use stytch_b2b_api::ErrorType;
use stytch_b2b_api::types;

use crate::domain::flows::Ctx;
use crate::domain::{rbac, tokens};
use crate::errors::{ApiError, ApiResult};
use crate::ids;
use crate::jwt::ORGANIZATION_CLAIM;
use crate::store::{
    ConnectedAppRecord, OneTimeToken, STATUS_ACTIVE, STATUS_DELETED, Store, non_empty,
};

/// How long an authorization code can be redeemed.
pub(crate) const CODE_MINUTES: i64 = 10;
/// How old an access token may be when it is exchanged for a session.
pub(crate) const EXCHANGE_MAX_AGE_SECS: i64 = 300;
/// The scope that lets a first-party app exchange its access token for a session.
pub(crate) const FULL_ACCESS: &str = "full_access";
/// The OpenID Connect scopes every member can grant.
const STANDARD_SCOPES: &[(&str, &str)] = &[
    ("openid", "Sign you in with your account."),
    ("profile", "Read your name."),
    ("email", "Read your email address."),
    ("phone", "Read your phone number."),
    ("offline_access", "Stay signed in (refresh tokens)."),
];

/// A member's consent to a connected app: the scopes granted, most recent first.
#[derive(Debug, Clone)]
pub(crate) struct Grant {
    pub(crate) seq: u64,
    pub(crate) organization_id: String,
    pub(crate) member_id: String,
    pub(crate) client_id: String,
    pub(crate) scopes: Vec<String>,
}

/// What an authorization code stands for.
#[derive(Debug, Clone)]
pub(crate) struct AuthorizationCode {
    pub(crate) client_id: String,
    pub(crate) organization_id: String,
    pub(crate) member_id: String,
    pub(crate) scopes: Vec<String>,
    pub(crate) redirect_uri: String,
    pub(crate) nonce: Option<String>,
}

/// An access token issued to a connected app, by its `jti`.
#[derive(Debug, Clone)]
pub(crate) struct AccessToken {
    pub(crate) client_id: String,
    pub(crate) organization_id: String,
    pub(crate) member_id: String,
    pub(crate) scopes: Vec<String>,
    pub(crate) issued_at: DateTime<Utc>,
    pub(crate) expires_at: DateTime<Utc>,
    /// Exchanged for a session already (`sessions/exchange_access_token`, once only).
    pub(crate) exchanged: bool,
}

/// A refresh token (scope `offline_access`), valid until its grant is revoked.
#[derive(Debug, Clone)]
pub(crate) struct RefreshToken {
    pub(crate) client_id: String,
    pub(crate) organization_id: String,
    pub(crate) member_id: String,
    pub(crate) scopes: Vec<String>,
}

/// Everything the identity provider remembers.
#[derive(Debug, Default)]
pub(crate) struct IdpState {
    pub(crate) grants: Vec<Grant>,
    pub(crate) codes: HashMap<String, OneTimeToken<AuthorizationCode>>,
    pub(crate) access_tokens: HashMap<String, AccessToken>,
    pub(crate) refresh_tokens: HashMap<String, RefreshToken>,
}

impl IdpState {
    /// Forgets whatever expired before `cutoff`.
    pub(crate) fn prune(&mut self, cutoff: DateTime<Utc>) {
        self.codes.retain(|_, c| c.expires_at > cutoff);
        self.access_tokens.retain(|_, t| t.expires_at > cutoff);
    }

    /// The grant of `member_id` to `client_id`, if any.
    pub(crate) fn grant(&self, member_id: &str, client_id: &str) -> Option<&Grant> {
        self.grants
            .iter()
            .find(|g| g.member_id == member_id && g.client_id == client_id)
    }

    /// Drops the grant of `member_id` to `client_id` and every token it issued.
    pub(crate) fn revoke(&mut self, member_id: &str, client_id: &str) {
        let theirs = |m: &str, c: &str| m == member_id && c == client_id;
        self.grants.retain(|g| !theirs(&g.member_id, &g.client_id));
        self.codes
            .retain(|_, c| !theirs(&c.target.member_id, &c.target.client_id));
        self.access_tokens
            .retain(|_, t| !theirs(&t.member_id, &t.client_id));
        self.refresh_tokens
            .retain(|_, t| !theirs(&t.member_id, &t.client_id));
    }

    /// Forgets a deleted client: its grants and tokens.
    pub(crate) fn forget_client(&mut self, client_id: &str) {
        self.grants.retain(|g| g.client_id != client_id);
        self.codes.retain(|_, c| c.target.client_id != client_id);
        self.access_tokens.retain(|_, t| t.client_id != client_id);
        self.refresh_tokens.retain(|_, t| t.client_id != client_id);
    }
}

fn client_not_found(client_id: &str) -> ApiError {
    ApiError::not_found(
        ErrorType::InvalidClientId,
        format!("No connected app {client_id} exists in this project."),
    )
}

/// The connected app `client_id`.
pub(crate) fn client<'s>(store: &'s Store, client_id: &str) -> ApiResult<&'s ConnectedAppRecord> {
    store
        .connected_apps
        .get(client_id)
        .ok_or_else(|| client_not_found(client_id))
}

pub(crate) fn is_public(client_type: &str) -> bool {
    client_type.ends_with("_public")
}

pub(crate) fn is_first_party(client_type: &str) -> bool {
    client_type.starts_with("first_party")
}

/// The public face of a client, as a consent screen shows it.
pub(crate) fn public_client(app: &types::ConnectedApp) -> types::ConnectedAppPublic {
    types::ConnectedAppPublic {
        client_description: app.client_description.clone(),
        client_id: app.client_id.clone(),
        client_name: app.client_name.clone(),
        client_type: app.client_type.clone(),
        logo_url: app.logo_url.clone(),
    }
}

/// The member an authorization request names: by session token, session JWT, or
/// `organization_id` plus `member_id` (which must agree with a session when both are
/// given). Returns `(organization_id, member_id)`.
pub(crate) fn resolve_member(
    store: &Store,
    now: DateTime<Utc>,
    organization_id: Option<&str>,
    member_id: Option<&str>,
    session_token: Option<&str>,
    session_jwt: Option<&str>,
) -> ApiResult<(String, String)> {
    let org = non_empty(organization_id).map(str::to_owned);
    let member = non_empty(member_id).map(str::to_owned);
    let session = store.session_by_credentials(session_token, session_jwt, now)?;
    let (org, member) = match (session, org, member) {
        (Some(s), org, member) => {
            let mismatch = org.is_some_and(|o| o != s.organization_id)
                || member.is_some_and(|m| m != s.member_id);
            if mismatch {
                return Err(ApiError::bad_request(
                    ErrorType::MemberSessionMemberIdMismatch,
                    "The session belongs to a different member than organization_id and member_id name.",
                ));
            }
            (s.organization_id.clone(), s.member_id.clone())
        }
        (None, Some(org), Some(member)) => (org, member),
        (None, _, _) => {
            return Err(ApiError::bad_request(
                ErrorType::NoSessionArguments,
                "Identify the member with organization_id and member_id, a session_token or a session_jwt.",
            ));
        }
    };
    store.live_member(&org, &member)?;
    Ok((org, member))
}

/// Refuses a response type other than `code` and a redirect URI the client did not
/// register.
pub(crate) fn check_request(
    app: &types::ConnectedApp,
    redirect_uri: &str,
    response_type: &str,
) -> ApiResult<()> {
    if response_type != "code" {
        return Err(ApiError::bad_request(
            ErrorType::InvalidRequestValue,
            format!("response_type must be code, got {response_type:?}."),
        ));
    }
    if app.status != STATUS_ACTIVE {
        return Err(ApiError::bad_request(
            ErrorType::InvalidClientId,
            format!("The connected app {} is not active.", app.client_id),
        ));
    }
    if !app.redirect_urls.iter().any(|u| u == redirect_uri) {
        return Err(ApiError::bad_request(
            ErrorType::InvalidRequestValue,
            format!(
                "The redirect_uri {redirect_uri:?} is not one of the connected app's redirect_urls."
            ),
        ));
    }
    Ok(())
}

/// Whether the member may grant each requested scope: the OpenID Connect scopes
/// always, `full_access` to a first-party client that allows it, a scope of the
/// project's RBAC policy when the member's roles hold all its permissions. An
/// unknown scope is `400 invalid_scope`.
pub(crate) fn scope_results(
    store: &Store,
    app: &types::ConnectedApp,
    organization_id: &str,
    member_id: &str,
    scopes: &[String],
) -> ApiResult<Vec<types::ScopeResult>> {
    let org = store.org(organization_id)?;
    let member = &store.live_member(organization_id, member_id)?.member;
    let mut out: Vec<types::ScopeResult> = Vec::new();
    for scope in scopes {
        if out.iter().any(|r| &r.scope == scope) {
            continue;
        }
        let (description, is_grantable) = if let Some((_, d)) =
            STANDARD_SCOPES.iter().find(|(s, _)| s == scope)
        {
            ((*d).to_owned(), true)
        } else if scope == FULL_ACCESS {
            (
                "Act as you, with all of your permissions.".to_owned(),
                is_first_party(&app.client_type) && app.full_access_allowed,
            )
        } else if let Some(p) = store.rbac_policy.scopes.iter().find(|p| &p.scope == scope) {
            let held = p.permissions.iter().all(|perm| {
                perm.actions.iter().all(|action| {
                    !rbac::granting_roles(
                        &store.rbac_policy,
                        org,
                        member,
                        &perm.resource_id,
                        action,
                    )
                    .is_empty()
                })
            });
            (p.description.clone(), held)
        } else {
            return Err(ApiError::bad_request(
                ErrorType::InvalidScope,
                format!(
                    "{scope:?} is neither an OpenID Connect scope nor a scope of the project's RBAC policy."
                ),
            ));
        };
        out.push(types::ScopeResult {
            description,
            is_grantable,
            scope: scope.clone(),
        });
    }
    Ok(out)
}

/// Whether the member must be asked: never for a first-party app, otherwise unless
/// an earlier grant covers every grantable scope; always with `prompt=consent`.
pub(crate) fn consent_required(
    store: &Store,
    app: &types::ConnectedApp,
    member_id: &str,
    results: &[types::ScopeResult],
    prompt: Option<&str>,
) -> bool {
    if prompt.is_some_and(|p| p.split_whitespace().any(|v| v == "consent")) {
        return true;
    }
    if is_first_party(&app.client_type) {
        return false;
    }
    match store.idp.grant(member_id, &app.client_id) {
        Some(grant) => results
            .iter()
            .filter(|r| r.is_grantable)
            .any(|r| !grant.scopes.contains(&r.scope)),
        None => true,
    }
}

/// `redirect_uri` with `params` appended to its query.
pub(crate) fn with_query(redirect_uri: &str, params: &[(&str, &str)]) -> String {
    let query = serde_urlencoded::to_string(params).unwrap_or_default();
    let sep = if redirect_uri.contains('?') { '&' } else { '?' };
    format!("{redirect_uri}{sep}{query}")
}

/// Records the member's consent (replacing an earlier grant to the same client) and
/// issues an authorization code for the grantable scopes.
#[allow(clippy::too_many_arguments)]
pub(crate) fn authorize(
    store: &mut Store,
    now: DateTime<Utc>,
    client_id: &str,
    organization_id: &str,
    member_id: &str,
    results: &[types::ScopeResult],
    redirect_uri: &str,
    nonce: Option<String>,
    code_challenge: Option<String>,
) -> String {
    let scopes: Vec<String> = results
        .iter()
        .filter(|r| r.is_grantable)
        .map(|r| r.scope.clone())
        .collect();
    let seq = store.next_seq();
    store
        .idp
        .grants
        .retain(|g| !(g.member_id == member_id && g.client_id == client_id));
    store.idp.grants.push(Grant {
        seq,
        organization_id: organization_id.to_owned(),
        member_id: member_id.to_owned(),
        client_id: client_id.to_owned(),
        scopes: scopes.clone(),
    });
    store.prune_expired(now);
    let code = AuthorizationCode {
        client_id: client_id.to_owned(),
        organization_id: organization_id.to_owned(),
        member_id: member_id.to_owned(),
        scopes,
        redirect_uri: redirect_uri.to_owned(),
        nonce,
    };
    tokens::issue(
        &mut store.idp.codes,
        code,
        now + Duration::minutes(CODE_MINUTES),
        code_challenge.filter(|c| !c.is_empty()),
    )
}

/// A token request at the OAuth 2.0 token endpoint, grant types
/// `authorization_code` and `refresh_token` (client credentials are the M2M
/// handler's).
#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub(crate) struct TokenRequest {
    pub(crate) grant_type: String,
    pub(crate) client_id: Option<String>,
    pub(crate) client_secret: Option<String>,
    pub(crate) code: Option<String>,
    pub(crate) redirect_uri: Option<String>,
    pub(crate) code_verifier: Option<String>,
    pub(crate) refresh_token: Option<String>,
    pub(crate) scope: Option<String>,
}

fn oauth2(status: StatusCode, error_type: ErrorType, message: impl Into<String>) -> ApiError {
    ApiError::oauth2(status, error_type, message)
}

fn invalid_grant(message: &str) -> ApiError {
    oauth2(StatusCode::BAD_REQUEST, ErrorType::InvalidGrant, message)
}

fn missing(param: &str) -> ApiError {
    oauth2(
        StatusCode::BAD_REQUEST,
        ErrorType::InvalidRequest,
        format!("The request is missing the required parameter `{param}`."),
    )
}

/// Authenticates the client of a token or introspection request: a confidential
/// client by its secret (current or next), a public one by its id alone.
pub(crate) fn authenticate_client<'s>(
    store: &'s Store,
    client_id: &str,
    client_secret: Option<&str>,
) -> ApiResult<&'s ConnectedAppRecord> {
    let refused = || {
        oauth2(
            StatusCode::UNAUTHORIZED,
            ErrorType::InvalidClient,
            "The client id or secret is wrong, or the client is inactive.",
        )
    };
    let record = store.connected_apps.get(client_id).ok_or_else(refused)?;
    if record.app.status != STATUS_ACTIVE {
        return Err(refused());
    }
    if !is_public(&record.app.client_type)
        && !client_secret.is_some_and(|s| record.secrets.accepts(s))
    {
        return Err(refused());
    }
    Ok(record)
}

/// Answers a token request: the access token (and an ID token for `openid`, a
/// refresh token for `offline_access`) in the OAuth 2.0 token response shape.
pub(crate) fn token(store: &mut Store, ctx: Ctx<'_>, req: &TokenRequest) -> ApiResult<Value> {
    let client_id = req
        .client_id
        .as_deref()
        .filter(|s| !s.is_empty())
        .ok_or_else(|| missing("client_id"))?;
    let client = authenticate_client(store, client_id, req.client_secret.as_deref())?
        .app
        .clone();
    let (organization_id, member_id, scopes, nonce) = match req.grant_type.as_str() {
        "authorization_code" => {
            let code = req.code.as_deref().ok_or_else(|| missing("code"))?;
            let errors = tokens::TokenErrors {
                unknown: || invalid_grant("The authorization code is unknown."),
                unusable: || invalid_grant("The authorization code was used already or expired."),
            };
            let target = tokens::peek(&store.idp.codes, code, ctx.now, errors)?;
            if target.client_id != client_id {
                return Err(invalid_grant(
                    "The authorization code was issued to another client.",
                ));
            }
            if req.redirect_uri.as_deref() != Some(target.redirect_uri.as_str()) {
                return Err(invalid_grant(
                    "redirect_uri must be the one of the authorization request.",
                ));
            }
            let challenge = store
                .idp
                .codes
                .get(code)
                .and_then(|c| c.pkce_challenge.clone());
            if is_public(&client.client_type) && challenge.is_none() {
                return Err(invalid_grant(
                    "A public client must use PKCE (code_challenge at authorization).",
                ));
            }
            let target = tokens::consume(
                &mut store.idp.codes,
                code,
                ctx.now,
                req.code_verifier.as_deref(),
                errors,
            )
            .map_err(|e| invalid_grant(e.message()))?;
            (
                target.organization_id,
                target.member_id,
                target.scopes,
                target.nonce,
            )
        }
        "refresh_token" => {
            let token = req
                .refresh_token
                .as_deref()
                .ok_or_else(|| missing("refresh_token"))?;
            let r = store
                .idp
                .refresh_tokens
                .get(token)
                .filter(|r| r.client_id == client_id)
                .ok_or_else(|| invalid_grant("The refresh token is unknown or was revoked."))?;
            let scopes = match req
                .scope
                .as_deref()
                .map(crate::domain::clients::split_scopes)
            {
                Some(asked) if !asked.is_empty() => {
                    if let Some(s) = asked.iter().find(|s| !r.scopes.contains(s)) {
                        return Err(oauth2(
                            StatusCode::BAD_REQUEST,
                            ErrorType::InvalidScope,
                            format!("The scope {s:?} was not granted."),
                        ));
                    }
                    asked
                }
                _ => r.scopes.clone(),
            };
            (r.organization_id.clone(), r.member_id.clone(), scopes, None)
        }
        other => {
            return Err(oauth2(
                StatusCode::BAD_REQUEST,
                ErrorType::UnsupportedGrantType,
                format!("The grant type {other:?} is not supported."),
            ));
        }
    };
    if store.live_member(&organization_id, &member_id).is_err() {
        return Err(invalid_grant("The member of the grant no longer exists."));
    }
    let lifetime = Duration::minutes(client.access_token_expiry_minutes.clamp(1, 1440));
    let access_token = issue_access_token(
        store,
        ctx,
        &client,
        &organization_id,
        &member_id,
        &scopes,
        lifetime,
    )?;
    let mut body = json!({
        "access_token": access_token,
        "token_type": "bearer",
        "expires_in": lifetime.num_seconds(),
        "scope": scopes.join(" "),
    });
    if scopes.iter().any(|s| s == "openid") {
        let id_token = id_token(store, ctx, &client, &organization_id, &member_id, nonce)?;
        body["id_token"] = json!(id_token);
    }
    if req.grant_type == "refresh_token" {
        body["refresh_token"] = json!(req.refresh_token);
    } else if scopes.iter().any(|s| s == "offline_access") {
        let refresh = ids::token();
        store.idp.refresh_tokens.insert(
            refresh.clone(),
            RefreshToken {
                client_id: client_id.to_owned(),
                organization_id: organization_id.clone(),
                member_id: member_id.clone(),
                scopes: scopes.clone(),
            },
        );
        body["refresh_token"] = json!(refresh);
    }
    Ok(body)
}

/// The slug of `organization_id`; `""` if it is gone.
fn organization_slug(store: &Store, organization_id: &str) -> String {
    store
        .orgs
        .get(organization_id)
        .map(|o| o.org.organization_slug.clone())
        .unwrap_or_default()
}

fn organization_claim(store: &Store, organization_id: &str) -> Value {
    json!({"organization_id": organization_id, "slug": organization_slug(store, organization_id)})
}

/// Signs and records an access token: `sub` the member, `client_id`, `scope`,
/// Stytch's organization claim, `aud` the project (or the client's custom audience).
fn issue_access_token(
    store: &mut Store,
    ctx: Ctx<'_>,
    client: &types::ConnectedApp,
    organization_id: &str,
    member_id: &str,
    scopes: &[String],
    lifetime: Duration,
) -> ApiResult<String> {
    let jti = ids::id("access-token", store.env);
    let iat = ctx.now.timestamp();
    let audience = client
        .access_token_custom_audience
        .clone()
        .filter(|a| !a.is_empty())
        .unwrap_or_else(|| ctx.project_id.to_owned());
    let mut claims = Map::new();
    claims.insert("aud".to_owned(), json!([audience]));
    claims.insert("client_id".to_owned(), json!(client.client_id));
    claims.insert("exp".to_owned(), json!(iat + lifetime.num_seconds()));
    claims.insert("iat".to_owned(), json!(iat));
    claims.insert("iss".to_owned(), json!(ctx.issuer));
    claims.insert("jti".to_owned(), json!(jti));
    claims.insert("nbf".to_owned(), json!(iat));
    claims.insert("scope".to_owned(), json!(scopes.join(" ")));
    claims.insert("sub".to_owned(), json!(member_id));
    claims.insert(
        ORGANIZATION_CLAIM.to_owned(),
        organization_claim(store, organization_id),
    );
    let token = store
        .keys
        .sign(&claims)
        .map_err(|e| ApiError::internal(e.to_string()))?;
    store.prune_expired(ctx.now);
    store.idp.access_tokens.insert(
        jti,
        AccessToken {
            client_id: client.client_id.clone(),
            organization_id: organization_id.to_owned(),
            member_id: member_id.to_owned(),
            scopes: scopes.to_vec(),
            issued_at: ctx.now,
            expires_at: ctx.now + lifetime,
            exchanged: false,
        },
    );
    Ok(token)
}

/// An OpenID Connect ID token for the member, audience the client.
fn id_token(
    store: &Store,
    ctx: Ctx<'_>,
    client: &types::ConnectedApp,
    organization_id: &str,
    member_id: &str,
    nonce: Option<String>,
) -> ApiResult<String> {
    let member = &store.live_member(organization_id, member_id)?.member;
    let iat = ctx.now.timestamp();
    let mut claims = Map::new();
    claims.insert("aud".to_owned(), json!([client.client_id]));
    claims.insert("email".to_owned(), json!(member.email_address));
    claims.insert(
        "email_verified".to_owned(),
        json!(member.email_address_verified),
    );
    claims.insert("exp".to_owned(), json!(iat + 3600));
    claims.insert("iat".to_owned(), json!(iat));
    claims.insert("iss".to_owned(), json!(ctx.issuer));
    claims.insert("name".to_owned(), json!(member.name));
    if let Some(nonce) = nonce.filter(|n| !n.is_empty()) {
        claims.insert("nonce".to_owned(), json!(nonce));
    }
    claims.insert("sub".to_owned(), json!(member_id));
    claims.insert(
        ORGANIZATION_CLAIM.to_owned(),
        organization_claim(store, organization_id),
    );
    store
        .keys
        .sign(&claims)
        .map_err(|e| ApiError::internal(e.to_string()))
}

/// The recorded access token `token` is (signature checked, then looked up by
/// `jti`), whether or not it is still live, with the token's claims.
fn access_token_record<'s>(
    store: &'s Store,
    token: &str,
) -> Option<(Map<String, Value>, &'s str, &'s AccessToken)> {
    let claims = store.keys.verify(token).ok()?;
    let (jti, record) = store
        .idp
        .access_tokens
        .get_key_value(claims.get("jti")?.as_str()?)?;
    Some((claims, jti.as_str(), record))
}

/// Introspection (RFC 7662) by an authenticated client of the project: the claims of
/// a live access token, else `{"active": false}`.
pub(crate) fn introspect(
    store: &Store,
    ctx: Ctx<'_>,
    req: &types::IdpIntrospectTokenNetworkRequest,
) -> ApiResult<types::IdpIntrospectTokenNetworkResponse> {
    authenticate_client(store, &req.client_id, req.client_secret.as_deref())?;
    let inactive = types::IdpIntrospectTokenNetworkResponse {
        active: false,
        aud: Vec::new(),
        client_id: None,
        exp: None,
        https_stytch_com_organization: None,
        iat: None,
        iss: None,
        scope: None,
        sub: None,
        token_type: None,
    };
    let Some((claims, _, record)) = access_token_record(store, req.token.expose()) else {
        return Ok(inactive);
    };
    if record.expires_at <= ctx.now || !member_live(store, &record.member_id) {
        return Ok(inactive);
    }
    let aud = claims
        .get("aud")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default();
    Ok(types::IdpIntrospectTokenNetworkResponse {
        active: true,
        aud,
        client_id: Some(record.client_id.clone()),
        exp: Some(record.expires_at.timestamp().into()),
        https_stytch_com_organization: Some(types::OrganizationClaim {
            organization_id: record.organization_id.clone(),
            slug: organization_slug(store, &record.organization_id),
        }),
        iat: Some(record.issued_at.timestamp().into()),
        iss: Some(ctx.issuer.to_owned()),
        scope: Some(record.scopes.join(" ")),
        sub: Some(record.member_id.clone()),
        token_type: Some("access_token".to_owned()),
    })
}

/// Uses up an access token for `sessions/exchange_access_token`: live, at most five
/// minutes old, never exchanged, with `full_access`. Returns the token's client,
/// organization and member ids.
pub(crate) fn exchange(
    store: &mut Store,
    now: DateTime<Utc>,
    token: &str,
) -> ApiResult<(String, String, String)> {
    let invalid = |why: &str| {
        ApiError::unauthorized(
            ErrorType::InvalidToken,
            format!("The access token cannot be exchanged: {why}."),
        )
    };
    let (_, jti, record) =
        access_token_record(store, token).ok_or_else(|| invalid("it was not issued here"))?;
    if record.expires_at <= now {
        return Err(invalid("it expired"));
    }
    if (now - record.issued_at).num_seconds() > EXCHANGE_MAX_AGE_SECS {
        return Err(invalid("it is more than five minutes old"));
    }
    if record.exchanged {
        return Err(invalid("it was exchanged already"));
    }
    if !record.scopes.iter().any(|s| s == FULL_ACCESS) {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            ErrorType::InvalidScope,
            "Only an access token with the full_access scope can be exchanged for a session.",
        ));
    }
    let jti = jti.to_owned();
    let ids = (
        record.client_id.clone(),
        record.organization_id.clone(),
        record.member_id.clone(),
    );
    if let Some(r) = store.idp.access_tokens.get_mut(&jti) {
        r.exchanged = true;
    }
    Ok(ids)
}

/// Whether `member_id` is still a member (not deleted).
fn member_live(store: &Store, member_id: &str) -> bool {
    store
        .members
        .get(member_id)
        .is_some_and(|m| m.member.status != STATUS_DELETED)
}

/// The grants `keep` accepts, oldest first.
fn grants_oldest_first(store: &Store, keep: impl Fn(&Grant) -> bool) -> Vec<&Grant> {
    let mut grants: Vec<&Grant> = store.idp.grants.iter().filter(|g| keep(g)).collect();
    grants.sort_by_key(|g| g.seq);
    grants
}

/// The connected apps members of `organization_id` granted, oldest grant first.
pub(crate) fn organization_apps(
    store: &Store,
    organization_id: &str,
) -> Vec<types::OrganizationConnectedApp> {
    let grants = grants_oldest_first(store, |g| {
        g.organization_id == organization_id && member_live(store, &g.member_id)
    });
    let mut out: Vec<types::OrganizationConnectedApp> = Vec::new();
    for g in grants {
        if out.iter().any(|a| a.connected_app_id == g.client_id) {
            continue;
        }
        if let Some(r) = store.connected_apps.get(&g.client_id) {
            out.push(types::OrganizationConnectedApp {
                client_type: r.app.client_type.clone(),
                connected_app_id: r.app.client_id.clone(),
                description: r.app.client_description.clone(),
                logo_url: r.app.logo_url.clone(),
                name: r.app.client_name.clone(),
            });
        }
    }
    out
}

/// The members of `organization_id` who granted `client_id`, with their scopes.
pub(crate) fn active_members(
    store: &Store,
    organization_id: &str,
    client_id: &str,
) -> Vec<types::OrganizationConnectedAppActiveMember> {
    grants_oldest_first(store, |g| {
        g.organization_id == organization_id
            && g.client_id == client_id
            && member_live(store, &g.member_id)
    })
    .into_iter()
    .map(|g| types::OrganizationConnectedAppActiveMember {
        granted_scopes: g.scopes.clone(),
        member_id: g.member_id.clone(),
    })
    .collect()
}

/// The connected apps `member_id` granted.
pub(crate) fn member_apps(store: &Store, member_id: &str) -> Vec<types::MemberConnectedApp> {
    grants_oldest_first(store, |g| g.member_id == member_id)
        .into_iter()
        .filter_map(|g| {
            let r = store.connected_apps.get(&g.client_id)?;
            Some(types::MemberConnectedApp {
                client_type: r.app.client_type.clone(),
                connected_app_id: r.app.client_id.clone(),
                description: r.app.client_description.clone(),
                logo_url: r.app.logo_url.clone(),
                name: r.app.client_name.clone(),
                scopes_granted: g.scopes.join(" "),
            })
        })
        .collect()
}
