//! SSO connections of an organization: SAML and OIDC create and update, list, delete,
//! and deletion of a SAML verification certificate. Called from the `SsoRoutes` impl
//! in the parent module; the rules (ownership, default connection, completeness,
//! certificate shape) are in `domain::sso_connections`.

use stytch_b2b_api::ErrorType;
use stytch_b2b_api::types;

use crate::domain::sso_connections::{
    MAX_VERIFICATION_CERTIFICATES, STATUS_PENDING, add, callback_url, check_pem, display_name,
    not_found, owned_mut, status,
};
use crate::errors::{ApiError, ApiResult};
use crate::ids::request_id;
use crate::routes::generated::{
    SsoDeleteConnectionPath, SsoGetConnectionsPath, SsoOidcCreateConnectionPath,
    SsoOidcUpdateConnectionPath, SsoSamlCreateConnectionPath,
    SsoSamlDeleteVerificationCertificatePath, SsoSamlUpdateConnectionPath,
};
use crate::server::App;
use crate::store::{STATUS_ACTIVE, SsoConnection};

pub(super) fn oidc_create(
    app: App,
    SsoOidcCreateConnectionPath { organization_id }: SsoOidcCreateConnectionPath,
    req: types::SsoOidcCreateConnectionRequest,
) -> ApiResult<types::SsoOidcCreateConnectionResponse> {
    let mut store = app.store();
    store.org(&organization_id)?;
    let id = store.new_id("oidc-connection");
    let connection = types::OidcConnection {
        attribute_mapping: serde_json::Map::new(),
        custom_scopes: String::new(),
        identity_provider: req
            .identity_provider
            .unwrap_or_else(|| "generic".to_owned()),
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
    Ok(types::SsoOidcCreateConnectionResponse {
        connection: Some(connection),
        request_id: request_id(),
        status_code: 200,
    })
}

pub(super) fn oidc_update(
    app: App,
    SsoOidcUpdateConnectionPath {
        organization_id,
        connection_id,
    }: SsoOidcUpdateConnectionPath,
    req: types::SsoOidcUpdateConnectionRequest,
) -> ApiResult<types::SsoOidcUpdateConnectionResponse> {
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
        userinfo_url,
        attribute_mapping,
        custom_scopes,
        identity_provider
    );
    let complete = !c.issuer.is_empty() && !c.client_id.is_empty() && !c.client_secret.is_empty();
    c.status = status(complete);
    let connection = c.clone();
    store.refresh_active_connections(&organization_id);
    Ok(types::SsoOidcUpdateConnectionResponse {
        connection: Some(connection),
        request_id: request_id(),
        status_code: 200,
        warning: None,
    })
}

pub(super) fn saml_create(
    app: App,
    SsoSamlCreateConnectionPath { organization_id }: SsoSamlCreateConnectionPath,
    req: types::SsoSamlCreateConnectionRequest,
) -> ApiResult<types::SsoSamlCreateConnectionResponse> {
    let mut store = app.store();
    store.org(&organization_id)?;
    let id = store.new_id("saml-connection");
    let connection = types::SamlConnection {
        allow_gateway_callback: false,
        alternative_acs_url: String::new(),
        alternative_audience_uri: String::new(),
        encryption_private_keys: Vec::new(),
        identity_provider: req
            .identity_provider
            .unwrap_or_else(|| "generic".to_owned()),
        idp_initiated_auth_disabled: false,
        nameid_format: "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress".to_owned(),
        saml_connection_implicit_role_assignments: Vec::new(),
        saml_group_implicit_role_assignments: Vec::new(),
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
    Ok(types::SsoSamlCreateConnectionResponse {
        connection: Some(connection),
        request_id: request_id(),
        status_code: 200,
    })
}

pub(super) fn saml_update(
    app: App,
    SsoSamlUpdateConnectionPath {
        organization_id,
        connection_id,
    }: SsoSamlUpdateConnectionPath,
    req: types::SsoSamlUpdateConnectionRequest,
) -> ApiResult<types::SsoSamlUpdateConnectionResponse> {
    if let Some(pem) = &req.x509_certificate {
        check_pem(pem)?;
    }
    let now = app.clock.now();
    let mut store = app.store();
    let certificate_id = store.new_id("saml-verification-key");
    let store_key_id = store.new_id("saml-encryption-key");
    let SsoConnection::Saml(c) = owned_mut(&mut store, &organization_id, &connection_id)? else {
        return Err(not_found(&connection_id));
    };
    if let Some(pem) = req.x509_certificate {
        if c.verification_certificates.len() >= MAX_VERIFICATION_CERTIFICATES {
            return Err(ApiError::bad_request(
                ErrorType::TooManySsoVerificationCertificates,
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
            updated_at: Some(now),
        });
    }
    let encryption_key_id = store_key_id;
    if let Some(key) = req.saml_encryption_private_key.filter(|k| !k.is_empty()) {
        c.encryption_private_keys.push(types::EncryptionPrivateKey {
            created_at: Some(now),
            private_key: key,
            private_key_id: encryption_key_id,
        });
    }
    macro_rules! set {
        ($($field:ident),*) => { $( if let Some(v) = req.$field { c.$field = v; } )* };
    }
    set!(
        allow_gateway_callback,
        alternative_acs_url,
        alternative_audience_uri,
        identity_provider,
        idp_initiated_auth_disabled,
        nameid_format,
        saml_connection_implicit_role_assignments,
        saml_group_implicit_role_assignments
    );
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
    // The implicit role assignments may have changed: members registered with the
    // connection gain or lose roles now, not at their next login.
    crate::domain::roles::refresh_org(&mut store, &organization_id);
    Ok(types::SsoSamlUpdateConnectionResponse {
        connection: Some(connection),
        request_id: request_id(),
        status_code: 200,
    })
}

pub(super) fn saml_delete_certificate(
    app: App,
    SsoSamlDeleteVerificationCertificatePath {
        organization_id,
        connection_id,
        certificate_id,
    }: SsoSamlDeleteVerificationCertificatePath,
) -> ApiResult<types::SsoSamlDeleteVerificationCertificateResponse> {
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
                ErrorType::SsoVerificationKeyNotFound,
                format!("The connection has no verification certificate {certificate_id}."),
            )
        })?;
    if c.status == STATUS_ACTIVE && c.verification_certificates.len() == 1 {
        return Err(ApiError::bad_request(
            ErrorType::CannotDeleteLastSsoVerificationKey,
            "An active connection must keep at least one verification certificate.",
        ));
    }
    c.verification_certificates.remove(index);
    Ok(types::SsoSamlDeleteVerificationCertificateResponse {
        certificate_id,
        request_id: request_id(),
        status_code: 200,
    })
}

pub(super) fn list(
    app: App,
    SsoGetConnectionsPath { organization_id }: SsoGetConnectionsPath,
) -> ApiResult<types::SsoGetConnectionsResponse> {
    let store = app.store();
    store.org(&organization_id)?;
    let mut saml_connections = Vec::new();
    let mut external_connections = Vec::new();
    let mut oidc_connections = Vec::new();
    for c in store
        .connections
        .values()
        .filter(|c| c.organization_id() == organization_id)
    {
        match c {
            SsoConnection::Saml(s) => saml_connections.push(s.clone()),
            SsoConnection::Oidc(o) => oidc_connections.push(o.clone()),
            SsoConnection::External(e) => external_connections.push(e.clone()),
        }
    }
    saml_connections.sort_by(|a, b| a.connection_id.cmp(&b.connection_id));
    oidc_connections.sort_by(|a, b| a.connection_id.cmp(&b.connection_id));
    external_connections.sort_by(|a, b| a.connection_id.cmp(&b.connection_id));
    Ok(types::SsoGetConnectionsResponse {
        external_connections,
        oidc_connections,
        request_id: request_id(),
        saml_connections,
        status_code: 200,
    })
}

pub(super) fn delete(
    app: App,
    SsoDeleteConnectionPath {
        organization_id,
        connection_id,
    }: SsoDeleteConnectionPath,
) -> ApiResult<types::SsoDeleteConnectionResponse> {
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
            ErrorType::CannotDeleteDefaultSsoConnection,
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
    // Roles the connection granted go with it.
    crate::domain::roles::refresh_org(&mut store, &organization_id);
    Ok(types::SsoDeleteConnectionResponse {
        connection_id,
        request_id: request_id(),
        status_code: 200,
    })
}
