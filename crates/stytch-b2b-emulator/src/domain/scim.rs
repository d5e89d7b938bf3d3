//! SCIM connections: one per organization, with a bearer token that rotates in two
//! steps like a client secret (both tokens work until the rotation completes).

use chrono::{DateTime, Duration, Utc};
use stytch_b2b_api::ErrorType;
use stytch_b2b_api::types;

use crate::domain::clients::ClientSecrets;
use crate::errors::{ApiError, ApiResult};
use crate::store::Store;

/// How long a bearer token is valid, as in Stytch.
const TOKEN_DAYS: i64 = 180;

/// A SCIM connection and its bearer tokens.
#[derive(Debug, Clone)]
pub(crate) struct ScimRecord {
    pub(crate) connection: types::ScimConnection,
    pub(crate) tokens: ClientSecrets,
}

impl ScimRecord {
    /// The connection as the API shows it.
    pub(crate) fn shown(&self) -> types::ScimConnection {
        let mut c = self.connection.clone();
        c.bearer_token_last_four = self.tokens.current_last_four();
        c.next_bearer_token_last_four = self.tokens.next_last_four().unwrap_or_default();
        if self.tokens.next.is_none() {
            c.next_bearer_token_expires_at = None;
        }
        c
    }
}

/// When a token issued at `now` expires.
pub(crate) fn token_expiry(now: DateTime<Utc>) -> DateTime<Utc> {
    now + Duration::days(TOKEN_DAYS)
}

pub(crate) fn not_found(connection_id: &str) -> ApiError {
    ApiError::not_found(
        ErrorType::InvalidId,
        format!("No SCIM connection {connection_id} exists in this organization."),
    )
}

/// The SCIM connection `connection_id` of organization `org_id`.
pub(crate) fn owned_mut<'s>(
    store: &'s mut Store,
    org_id: &str,
    connection_id: &str,
) -> ApiResult<&'s mut ScimRecord> {
    store.org(org_id)?;
    store
        .scim
        .get_mut(connection_id)
        .filter(|r| r.connection.organization_id == org_id)
        .ok_or_else(|| not_found(connection_id))
}

/// Mirrors the connection onto the organization's `scim_active_connection`.
pub(crate) fn refresh_org(store: &mut Store, org_id: &str) {
    let active = store
        .scim
        .values()
        .find(|r| r.connection.organization_id == org_id)
        .map(|r| types::ActiveScimConnection {
            bearer_token_expires_at: r.connection.bearer_token_expires_at,
            bearer_token_last_four: r.tokens.current_last_four(),
            connection_id: r.connection.connection_id.clone(),
            display_name: r.connection.display_name.clone(),
        });
    if let Ok(org) = store.org_mut(org_id) {
        org.scim_active_connection = active;
    }
}
