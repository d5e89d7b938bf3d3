//! External SSO connections (members of another organization's connection let in),
//! SAML configuration from a metadata URL, and deletion of a SAML encryption key.
//! Called from the `SsoRoutes` impl in the parent module.

use stytch_b2b_api::ErrorType;
use stytch_b2b_api::types;

use crate::domain::sso_connections::{add, display_name, not_found, owned_mut};
use crate::errors::{ApiError, ApiResult};
use crate::ids::request_id;
use crate::routes::generated::{
    SsoExternalCreateConnectionPath, SsoExternalUpdateConnectionPath,
    SsoSamlDeleteEncryptionPrivateKeyPath, SsoSamlUpdateByUrlPath,
};
use crate::server::App;
use crate::store::{STATUS_ACTIVE, SsoConnection};

pub(super) fn external_create(
    app: App,
    SsoExternalCreateConnectionPath { organization_id }: SsoExternalCreateConnectionPath,
    req: types::SsoExternalCreateConnectionRequest,
) -> ApiResult<types::SsoExternalCreateConnectionResponse> {
    let mut store = app.store();
    store.org(&organization_id)?;
    // The connection let in must exist and belong to the named organization.
    let source_ok = store
        .connections
        .get(&req.external_connection_id)
        .is_some_and(|c| c.organization_id() == req.external_organization_id);
    if !source_ok {
        return Err(not_found(&req.external_connection_id));
    }
    let duplicate = store.connections.values().any(|c| {
        matches!(c, SsoConnection::External(e)
            if e.organization_id == organization_id
                && e.external_connection_id == req.external_connection_id)
    });
    if duplicate {
        return Err(ApiError::bad_request(
            ErrorType::DuplicateExternalSsoConnection,
            "The organization already has an external connection to that connection.",
        ));
    }
    let id = store.new_id("external-connection");
    let connection = types::Connection {
        connection_id: id.clone(),
        display_name: display_name(req.display_name, "External connection"),
        external_connection_id: req.external_connection_id,
        external_connection_implicit_role_assignments: req
            .connection_implicit_role_assignments
            .unwrap_or_default()
            .into_iter()
            .map(|a| types::ConnectionImplicitRoleAssignment { role_id: a.role_id })
            .collect(),
        external_group_implicit_role_assignments: req
            .group_implicit_role_assignments
            .unwrap_or_default()
            .into_iter()
            .map(|a| types::GroupImplicitRoleAssignment {
                group: a.group,
                role_id: a.role_id,
            })
            .collect(),
        external_organization_id: req.external_organization_id,
        organization_id: organization_id.clone(),
        status: STATUS_ACTIVE.to_owned(),
    };
    add(
        &mut store,
        &organization_id,
        &id,
        SsoConnection::External(connection.clone()),
    )?;
    Ok(types::SsoExternalCreateConnectionResponse {
        connection: Some(connection),
        request_id: request_id(),
        status_code: 200,
    })
}

pub(super) fn external_update(
    app: App,
    SsoExternalUpdateConnectionPath {
        organization_id,
        connection_id,
    }: SsoExternalUpdateConnectionPath,
    req: types::SsoExternalUpdateConnectionRequest,
) -> ApiResult<types::SsoExternalUpdateConnectionResponse> {
    let mut store = app.store();
    let SsoConnection::External(c) = owned_mut(&mut store, &organization_id, &connection_id)?
    else {
        return Err(not_found(&connection_id));
    };
    if let Some(name) = req.display_name.filter(|n| !n.is_empty()) {
        c.display_name = name;
    }
    if let Some(v) = req.external_connection_implicit_role_assignments {
        c.external_connection_implicit_role_assignments = v;
    }
    if let Some(v) = req.external_group_implicit_role_assignments {
        c.external_group_implicit_role_assignments = v;
    }
    let connection = c.clone();
    store.refresh_active_connections(&organization_id);
    // Members registered through the connection gain or lose its implicit roles now.
    crate::domain::roles::refresh_org(&mut store, &organization_id);
    Ok(types::SsoExternalUpdateConnectionResponse {
        connection: Some(connection),
        request_id: request_id(),
        status_code: 200,
    })
}

/// The emulator makes no outbound requests, so the metadata document is not
/// fetched: the URL (which identity providers use as their entity id) becomes the
/// connection's IdP entity id, and the rest is left to `saml/update`.
pub(super) fn saml_update_by_url(
    app: App,
    SsoSamlUpdateByUrlPath {
        organization_id,
        connection_id,
    }: SsoSamlUpdateByUrlPath,
    req: types::SsoSamlUpdateByUrlRequest,
) -> ApiResult<types::SsoSamlUpdateByUrlResponse> {
    if !(req.metadata_url.starts_with("https://") || req.metadata_url.starts_with("http://")) {
        return Err(ApiError::bad_request(
            ErrorType::InvalidSamlMetadataUrl,
            "metadata_url must be an http(s) URL.",
        ));
    }
    let mut store = app.store();
    let SsoConnection::Saml(c) = owned_mut(&mut store, &organization_id, &connection_id)? else {
        return Err(not_found(&connection_id));
    };
    c.idp_entity_id = req.metadata_url;
    let connection = c.clone();
    store.refresh_active_connections(&organization_id);
    Ok(types::SsoSamlUpdateByUrlResponse {
        connection: Some(connection),
        request_id: request_id(),
        status_code: 200,
    })
}

pub(super) fn saml_delete_encryption_key(
    app: App,
    SsoSamlDeleteEncryptionPrivateKeyPath {
        organization_id,
        connection_id,
        private_key_id,
    }: SsoSamlDeleteEncryptionPrivateKeyPath,
) -> ApiResult<types::SsoSamlDeleteEncryptionPrivateKeyResponse> {
    let mut store = app.store();
    let SsoConnection::Saml(c) = owned_mut(&mut store, &organization_id, &connection_id)? else {
        return Err(not_found(&connection_id));
    };
    let before = c.encryption_private_keys.len();
    c.encryption_private_keys
        .retain(|k| k.private_key_id != private_key_id);
    if c.encryption_private_keys.len() == before {
        return Err(ApiError::not_found(
            ErrorType::SsoVerificationKeyNotFound,
            format!("The connection has no encryption private key {private_key_id}."),
        ));
    }
    Ok(types::SsoSamlDeleteEncryptionPrivateKeyResponse {
        private_key_id,
        request_id: request_id(),
        status_code: 200,
    })
}
