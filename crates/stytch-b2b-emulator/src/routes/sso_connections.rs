//! SSO connections: SAML and OIDC create/update, list, delete, and deletion of a
//! SAML verification certificate. A connection becomes `active` once it has what a
//! login needs (SAML: entity id, SSO URL and a certificate; OIDC: issuer, client id
//! and secret).

use axum::extract::State;
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use stytch_b2b_api::types;

use crate::errors::{ApiError, ApiResult};
use crate::ids::request_id;
use crate::server::{App, Shared};
use crate::store::{STATUS_ACTIVE, SsoConnection, Store};
use crate::wire::{JsonBody, PathParams, Reply};

const STATUS_PENDING: &str = "pending";
const MAX_VERIFICATION_CERTIFICATES: usize = 5;

fn not_found(connection_id: &str) -> ApiError {
    ApiError::not_found(
        "sso_connection_not_found",
        format!("No SSO connection {connection_id} exists in this organization."),
    )
}

/// The connection `connection_id` of organization `org_id`.
fn owned_mut<'s>(
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

fn status(complete: bool) -> String {
    if complete {
        STATUS_ACTIVE
    } else {
        STATUS_PENDING
    }
    .to_owned()
}

fn callback_url(app: &Shared, connection_id: &str) -> String {
    format!("{}/v1/b2b/sso/callback/{connection_id}", app.base_url)
}

/// Stores a new connection, making it the default when the organization has none.
fn add(store: &mut Store, org_id: &str, id: &str, connection: SsoConnection) -> ApiResult<()> {
    store.connections.insert(id.to_owned(), connection);
    let org = store.org_mut(org_id)?;
    if org.sso_default_connection_id.is_none() {
        org.sso_default_connection_id = Some(id.to_owned());
    }
    store.refresh_active_connections(org_id);
    Ok(())
}

fn display_name(given: Option<String>, fallback: &str) -> String {
    given
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| fallback.to_owned())
}

pub(crate) async fn oidc_create(
    State(app): State<App>,
    PathParams(organization_id): PathParams<String>,
    JsonBody(req): JsonBody<types::SsoOidcCreateConnectionRequest>,
) -> ApiResult<Reply<types::SsoOidcCreateConnectionResponse>> {
    let mut store = app.store();
    store.org(&organization_id)?;
    let id = store.new_id("oidc-connection");
    let connection = types::OidcConnection {
        authorization_url: String::new(),
        client_id: String::new(),
        client_secret: String::new().into(),
        connection_id: id.clone(),
        display_name: display_name(req.display_name, "OIDC connection"),
        issuer: String::new(),
        jwks_url: String::new(),
        organization_id: organization_id.clone(),
        redirect_url: callback_url(&app, &id),
        status: STATUS_PENDING.to_owned(),
        token_url: String::new(),
        userinfo_url: String::new(),
    };
    add(
        &mut store,
        &organization_id,
        &id,
        SsoConnection::Oidc(connection.clone()),
    )?;
    Ok(Reply(types::SsoOidcCreateConnectionResponse {
        connection: Some(connection),
        request_id: request_id(),
        status_code: 200,
    }))
}

pub(crate) async fn oidc_update(
    State(app): State<App>,
    PathParams((organization_id, connection_id)): PathParams<(String, String)>,
    JsonBody(req): JsonBody<types::SsoOidcUpdateConnectionRequest>,
) -> ApiResult<Reply<types::SsoOidcUpdateConnectionResponse>> {
    let mut store = app.store();
    let SsoConnection::Oidc(c) = owned_mut(&mut store, &organization_id, &connection_id)? else {
        return Err(not_found(&connection_id));
    };
    macro_rules! set {
        ($($field:ident),*) => { $( if let Some(v) = req.$field { c.$field = v; } )* };
    }
    set!(
        authorization_url,
        client_id,
        client_secret,
        display_name,
        issuer,
        jwks_url,
        token_url,
        userinfo_url
    );
    let complete = !c.issuer.is_empty() && !c.client_id.is_empty() && !c.client_secret.is_empty();
    c.status = status(complete);
    let connection = c.clone();
    store.refresh_active_connections(&organization_id);
    Ok(Reply(types::SsoOidcUpdateConnectionResponse {
        connection: Some(connection),
        request_id: request_id(),
        status_code: 200,
        warning: None,
    }))
}

pub(crate) async fn saml_create(
    State(app): State<App>,
    PathParams(organization_id): PathParams<String>,
    JsonBody(req): JsonBody<types::SsoSamlCreateConnectionRequest>,
) -> ApiResult<Reply<types::SsoSamlCreateConnectionResponse>> {
    let mut store = app.store();
    store.org(&organization_id)?;
    let id = store.new_id("saml-connection");
    let connection = types::SamlConnection {
        acs_url: callback_url(&app, &id),
        attribute_mapping: serde_json::Map::new(),
        audience_uri: callback_url(&app, &id),
        connection_id: id.clone(),
        display_name: display_name(req.display_name, "SAML connection"),
        idp_entity_id: String::new(),
        idp_sso_url: String::new(),
        organization_id: organization_id.clone(),
        signing_certificates: Vec::new(),
        status: STATUS_PENDING.to_owned(),
        verification_certificates: Vec::new(),
    };
    add(
        &mut store,
        &organization_id,
        &id,
        SsoConnection::Saml(connection.clone()),
    )?;
    Ok(Reply(types::SsoSamlCreateConnectionResponse {
        connection: Some(connection),
        request_id: request_id(),
        status_code: 200,
    }))
}

/// Accepts a PEM certificate whose body is base64 DER.
fn check_pem(pem: &str) -> ApiResult<()> {
    let invalid = || {
        ApiError::bad_request(
            "invalid_x509_certificate",
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

pub(crate) async fn saml_update(
    State(app): State<App>,
    PathParams((organization_id, connection_id)): PathParams<(String, String)>,
    JsonBody(req): JsonBody<types::SsoSamlUpdateConnectionRequest>,
) -> ApiResult<Reply<types::SsoSamlUpdateConnectionResponse>> {
    if let Some(pem) = &req.x509_certificate {
        check_pem(pem)?;
    }
    let now = app.clock.now();
    let mut store = app.store();
    let certificate_id = store.new_id("saml-verification-key");
    let SsoConnection::Saml(c) = owned_mut(&mut store, &organization_id, &connection_id)? else {
        return Err(not_found(&connection_id));
    };
    if let Some(pem) = req.x509_certificate {
        if c.verification_certificates.len() >= MAX_VERIFICATION_CERTIFICATES {
            return Err(ApiError::bad_request(
                "too_many_sso_verification_certificates",
                format!(
                    "A connection holds at most {MAX_VERIFICATION_CERTIFICATES} verification certificates."
                ),
            ));
        }
        c.verification_certificates.push(types::X509Certificate {
            certificate: pem,
            certificate_id,
            created_at: Some(now),
            expires_at: None,
            // The emulator does not parse certificates.
            issuer: String::new(),
        });
    }
    if let Some(v) = req.attribute_mapping {
        c.attribute_mapping = v;
    }
    if let Some(v) = req.display_name {
        c.display_name = v;
    }
    if let Some(v) = req.idp_entity_id {
        c.idp_entity_id = v;
    }
    if let Some(v) = req.idp_sso_url {
        c.idp_sso_url = v;
    }
    let complete = !c.idp_entity_id.is_empty()
        && !c.idp_sso_url.is_empty()
        && !c.verification_certificates.is_empty();
    c.status = status(complete);
    let connection = c.clone();
    store.refresh_active_connections(&organization_id);
    Ok(Reply(types::SsoSamlUpdateConnectionResponse {
        connection: Some(connection),
        request_id: request_id(),
        status_code: 200,
    }))
}

pub(crate) async fn saml_delete_certificate(
    State(app): State<App>,
    PathParams((organization_id, connection_id, certificate_id)): PathParams<(
        String,
        String,
        String,
    )>,
) -> ApiResult<Reply<types::SsoSamlDeleteVerificationCertificateResponse>> {
    let mut store = app.store();
    let SsoConnection::Saml(c) = owned_mut(&mut store, &organization_id, &connection_id)? else {
        return Err(not_found(&connection_id));
    };
    let index = c
        .verification_certificates
        .iter()
        .position(|cert| cert.certificate_id == certificate_id)
        .ok_or_else(|| {
            ApiError::not_found(
                "sso_verification_key_not_found",
                format!("The connection has no verification certificate {certificate_id}."),
            )
        })?;
    if c.status == STATUS_ACTIVE && c.verification_certificates.len() == 1 {
        return Err(ApiError::bad_request(
            "cannot_delete_last_sso_verification_key",
            "An active connection must keep at least one verification certificate.",
        ));
    }
    c.verification_certificates.remove(index);
    Ok(Reply(types::SsoSamlDeleteVerificationCertificateResponse {
        certificate_id,
        request_id: request_id(),
        status_code: 200,
    }))
}

pub(crate) async fn list(
    State(app): State<App>,
    PathParams(organization_id): PathParams<String>,
) -> ApiResult<Reply<types::SsoGetConnectionsResponse>> {
    let store = app.store();
    store.org(&organization_id)?;
    let mut saml_connections = Vec::new();
    let mut oidc_connections = Vec::new();
    for c in store
        .connections
        .values()
        .filter(|c| c.organization_id() == organization_id)
    {
        match c {
            SsoConnection::Saml(s) => saml_connections.push(s.clone()),
            SsoConnection::Oidc(o) => oidc_connections.push(o.clone()),
        }
    }
    saml_connections.sort_by(|a, b| a.connection_id.cmp(&b.connection_id));
    oidc_connections.sort_by(|a, b| a.connection_id.cmp(&b.connection_id));
    Ok(Reply(types::SsoGetConnectionsResponse {
        oidc_connections,
        request_id: request_id(),
        saml_connections,
        status_code: 200,
    }))
}

pub(crate) async fn delete(
    State(app): State<App>,
    PathParams((organization_id, connection_id)): PathParams<(String, String)>,
) -> ApiResult<Reply<types::SsoDeleteConnectionResponse>> {
    let mut store = app.store();
    let org = store.org(&organization_id)?.clone();
    let owned = store
        .connections
        .get(&connection_id)
        .is_some_and(|c| c.organization_id() == organization_id);
    if !owned {
        return Err(not_found(&connection_id));
    }
    let others = store
        .connections
        .iter()
        .filter(|(id, c)| c.organization_id() == organization_id && **id != connection_id)
        .count();
    let is_default = org.sso_default_connection_id.as_deref() == Some(connection_id.as_str());
    if is_default && others > 0 {
        return Err(ApiError::bad_request(
            "cannot_delete_default_sso_connection",
            "Make another connection the default (organizations update) before deleting this one.",
        ));
    }
    store.connections.remove(&connection_id);
    let org = store.org_mut(&organization_id)?;
    if is_default {
        org.sso_default_connection_id = None;
    }
    org.sso_jit_provisioning_allowed_connections
        .retain(|id| *id != connection_id);
    store.refresh_active_connections(&organization_id);
    Ok(Reply(types::SsoDeleteConnectionResponse {
        connection_id,
        request_id: request_id(),
        status_code: 200,
    }))
}
