//! Emulator-only operations, reachable in-process (`Emulator` methods) and over HTTP
//! under `/__emulator/` (see `routes::control`).

use chrono::Duration;
use serde::{Deserialize, Serialize};
use stytch_b2b_api::ErrorType;

use crate::domain::factors::OAUTH_PROVIDERS;
use crate::domain::tokens;
use crate::domain::validate;
use crate::errors::{ApiError, ApiResult};
use crate::jwt::{KeyError, SigningKey};
use crate::outbox::OutboxMessage;
use crate::server::Shared;
use crate::store::{OAuthGrant, SsoGrant};

mod sources;

pub use sources::{
    ExternalSession, Impersonation, ScimGroupPush, TrustedToken, TrustedTokenProfile,
};
pub(crate) use sources::{
    mint_impersonation, mint_trusted_token, public, push_scim_group, register_external_session,
    register_profile,
};

/// How long a minted OAuth or SSO token stays valid.
pub(crate) const IDP_TOKEN_MINUTES: i64 = 10;

/// A control operation was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{error_type}: {message}")]
pub struct ControlError {
    /// Stytch-style error type, e.g. `organization_not_found`.
    pub error_type: String,
    /// What went wrong.
    pub message: String,
}

impl From<ApiError> for ControlError {
    fn from(e: ApiError) -> Self {
        Self {
            error_type: e.error_type().as_str().to_owned(),
            message: e.message().to_owned(),
        }
    }
}

/// A login at an OAuth identity provider, standing in for its redirect back.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct OAuthLogin {
    /// Organization to log in to; `None` mints a discovery token.
    pub organization_id: Option<String>,
    /// The email address the provider vouches for.
    pub email_address: String,
    /// `google` (default), `microsoft`, `github`, `slack` or `hubspot`.
    pub provider_type: Option<String>,
    /// The provider's subject id; when absent, one derived from the provider and the
    /// email address, so repeated logins of one user are one registration, as a
    /// provider's id for a user is stable.
    pub provider_subject: Option<String>,
    /// Display name from the provider.
    pub name: Option<String>,
    /// The provider's tenant of the user: a Slack workspace id, a HubSpot Hub id, a
    /// GitHub organization, ...; Slack and HubSpot logins get a generated one when
    /// absent. Reported as `provider_tenant_id(s)` and kept with the tokens.
    pub provider_tenant_id: Option<String>,
}

impl OAuthLogin {
    /// A Google login of `email_address` to `organization_id` (or discovery with `None`).
    pub fn google(organization_id: Option<&str>, email_address: &str) -> Self {
        Self {
            organization_id: organization_id.map(str::to_owned),
            email_address: email_address.to_owned(),
            ..Self::default()
        }
    }
}

/// A login at an SSO identity provider through one of the emulator's connections.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SsoLogin {
    /// SAML or OIDC connection id (created through the SSO endpoints).
    pub connection_id: String,
    /// The email address the identity provider asserts.
    pub email_address: String,
    /// The provider's id for the user; when absent, one derived from the connection
    /// and the email address, so repeated logins of one user are one registration
    /// (whose groups the next login replaces), as an IdP's id for a user is stable.
    pub external_id: Option<String>,
    /// Display name asserted by the provider.
    pub name: Option<String>,
    /// The IdP groups the assertion carries (the `groups` attribute). They decide
    /// which of the connection's group role assignments apply to the member, until
    /// the next login through the connection replaces them.
    pub groups: Vec<String>,
}

impl SsoLogin {
    /// A login of `email_address` through `connection_id`.
    pub fn new(connection_id: &str, email_address: &str) -> Self {
        Self {
            connection_id: connection_id.to_owned(),
            email_address: email_address.to_owned(),
            ..Self::default()
        }
    }
}

/// An identity provider's id for the user with `email` (compared case-insensitively)
/// at `issuer`: 32 hex digits of a digest, the same at every login.
fn stable_user_id(issuer: &str, email: &str) -> String {
    let input = format!("{issuer}\n{}", email.to_ascii_lowercase());
    let digest = aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA256, input.as_bytes());
    digest
        .as_ref()
        .iter()
        .take(16)
        .map(|b| format!("{b:02x}"))
        .collect()
}

pub(crate) fn mint_oauth(app: &Shared, login: &OAuthLogin) -> Result<String, ControlError> {
    mint_oauth_inner(app, login).map_err(ControlError::from)
}

pub(crate) fn mint_oauth_inner(app: &Shared, login: &OAuthLogin) -> ApiResult<String> {
    validate::email(&login.email_address)?;
    let provider = login
        .provider_type
        .clone()
        .unwrap_or_else(|| "google".to_owned());
    if !OAUTH_PROVIDERS.contains(&provider.as_str()) {
        return Err(ApiError::bad_request(
            ErrorType::InvalidOauthProvider,
            format!(
                "The emulator mints OAuth logins for {}, not {provider}.",
                OAUTH_PROVIDERS.join(", ")
            ),
        ));
    }
    let now = app.clock.now();
    let mut store = app.store();
    if let Some(org_id) = &login.organization_id {
        store.org(org_id)?;
    }
    let grant = OAuthGrant {
        organization_id: login.organization_id.clone(),
        email: login.email_address.clone(),
        name: login.name.clone().unwrap_or_default(),
        provider_subject: login
            .provider_subject
            .clone()
            .unwrap_or_else(|| stable_user_id(&provider, &login.email_address)),
        provider_type: provider,
        provider_tenant_id: login.provider_tenant_id.clone().filter(|t| !t.is_empty()),
    };
    store.prune_expired(now);
    Ok(tokens::issue(
        &mut store.oauth_grants,
        grant,
        now + Duration::minutes(IDP_TOKEN_MINUTES),
        None,
    ))
}

pub(crate) fn mint_sso(app: &Shared, login: &SsoLogin) -> Result<String, ControlError> {
    mint_sso_inner(app, login).map_err(ControlError::from)
}

pub(crate) fn mint_sso_inner(app: &Shared, login: &SsoLogin) -> ApiResult<String> {
    validate::email(&login.email_address)?;
    let now = app.clock.now();
    let mut store = app.store();
    let organization_id = store
        .connections
        .get(&login.connection_id)
        .map(|c| c.organization_id().to_owned())
        .ok_or_else(|| {
            ApiError::not_found(
                ErrorType::SsoConnectionNotFound,
                format!("No SSO connection {} exists.", login.connection_id),
            )
        })?;
    let grant = SsoGrant {
        organization_id,
        connection_id: login.connection_id.clone(),
        email: login.email_address.clone(),
        name: login.name.clone().unwrap_or_default(),
        external_id: login
            .external_id
            .clone()
            .unwrap_or_else(|| stable_user_id(&login.connection_id, &login.email_address)),
        groups: login.groups.clone(),
    };
    store.prune_expired(now);
    Ok(tokens::issue(
        &mut store.sso_grants,
        grant,
        now + Duration::minutes(IDP_TOKEN_MINUTES),
        None,
    ))
}

pub(crate) async fn rotate_key(app: &Shared) -> Result<String, KeyError> {
    let env = app.env;
    let key = tokio::task::spawn_blocking(move || SigningKey::generate(env))
        .await
        .map_err(|_| KeyError::Generate)??;
    let kid = key.kid().to_owned();
    let old = app.store().keys.rotate(key);
    tracing::info!(new_kid = %kid, old_kid = %old, "signing key rotated");
    Ok(kid)
}

pub(crate) fn jwks(app: &Shared) -> Vec<stytch_b2b_api::Jwk> {
    app.store().keys.jwks()
}

pub(crate) fn jwks_json(app: &Shared) -> String {
    serde_json::json!({ "keys": jwks(app) }).to_string()
}

pub(crate) fn reset(app: &Shared) {
    app.store().reset();
    app.faults().clear();
    app.clock.reset();
}

pub(crate) fn latest_message_to(app: &Shared, recipient: &str) -> Option<OutboxMessage> {
    app.store()
        .outbox
        .iter()
        .rev()
        .find(|m| m.recipient.eq_ignore_ascii_case(recipient))
        .cloned()
}
