//! SSO connections behind the store: ownership by an organization, the default
//! connection, completeness (`active` / `pending`) and the shape check of SAML
//! verification certificates. A connection becomes `active` once it has what a login
//! needs (SAML: entity id, SSO URL and a certificate; OIDC: issuer, client id and
//! secret).

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use stytch_b2b_api::ErrorType;

use crate::errors::{ApiError, ApiResult};
use crate::server::Shared;
use crate::store::{STATUS_ACTIVE, SsoConnection, Store};

/// Status of a connection that still lacks what a login needs.
pub(crate) const STATUS_PENDING: &str = "pending";
/// Verification certificates a SAML connection holds at most.
pub(crate) const MAX_VERIFICATION_CERTIFICATES: usize = 5;

/// The error for a connection the organization does not have.
pub(crate) fn not_found(connection_id: &str) -> ApiError {
    ApiError::not_found(
        ErrorType::SsoConnectionNotFound,
        format!("No SSO connection {connection_id} exists in this organization."),
    )
}

/// The connection `connection_id` of organization `org_id`.
pub(crate) fn owned_mut<'s>(
    store: &'s mut Store,
    org_id: &str,
    connection_id: &str,
) -> ApiResult<&'s mut SsoConnection> {
    store.org(org_id)?;
    store
        .connections
        .get_mut(connection_id)
        .filter(|c| c.organization_id() == org_id)
        .ok_or_else(|| not_found(connection_id))
}

/// `active` once a connection has what a login needs, `pending` before.
pub(crate) fn status(complete: bool) -> String {
    if complete {
        STATUS_ACTIVE
    } else {
        STATUS_PENDING
    }
    .to_owned()
}

/// The URL the identity provider sends a login back to.
pub(crate) fn callback_url(app: &Shared, connection_id: &str) -> String {
    format!("{}/v1/b2b/sso/callback/{connection_id}", app.base_url)
}

/// Stores a new connection, making it the default when the organization has none.
pub(crate) fn add(
    store: &mut Store,
    org_id: &str,
    id: &str,
    connection: SsoConnection,
) -> ApiResult<()> {
    store.connections.insert(id.to_owned(), connection);
    let org = store.org_mut(org_id)?;
    if org.sso_default_connection_id.is_none() {
        org.sso_default_connection_id = Some(id.to_owned());
    }
    store.refresh_active_connections(org_id);
    Ok(())
}

/// The given display name, or `fallback` when none (or an empty one) was given.
pub(crate) fn display_name(given: Option<String>, fallback: &str) -> String {
    given
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| fallback.to_owned())
}

/// Accepts a PEM certificate whose body is base64 DER.
pub(crate) fn check_pem(pem: &str) -> ApiResult<()> {
    let invalid = || {
        ApiError::bad_request(
            ErrorType::InvalidX509Certificate,
            "x509_certificate must be a PEM-encoded X.509 certificate.",
        )
    };
    let body = pem
        .trim()
        .strip_prefix("-----BEGIN CERTIFICATE-----")
        .and_then(|rest| rest.trim_end().strip_suffix("-----END CERTIFICATE-----"))
        .ok_or_else(invalid)?;
    let compact: String = body.chars().filter(|c| !c.is_whitespace()).collect();
    let der = STANDARD.decode(compact).map_err(|_| invalid())?;
    // A DER certificate is an ASN.1 SEQUENCE.
    if der.first() == Some(&0x30) && der.len() > 16 {
        Ok(())
    } else {
        Err(invalid())
    }
}
