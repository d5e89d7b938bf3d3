//! Connected-app clients (the project as an OAuth 2.0 / OIDC provider): create, get,
//! update, delete, search, secret rotation.

use stytch_b2b_api::ErrorType;
use stytch_b2b_api::types;

use super::Handlers;
use super::generated::{
    ConnectedAppClientsDeletePath, ConnectedAppClientsGetPath,
    ConnectedAppClientsSecretsRotateCancelPath, ConnectedAppClientsSecretsRotatePath,
    ConnectedAppClientsSecretsRotateStartPath, ConnectedAppClientsUpdatePath, ConnectedAppRoutes,
};
use crate::domain::clients::ClientSecrets;
use crate::domain::search;
use crate::errors::{ApiError, ApiResult};
use crate::ids::request_id;
use crate::server::App;
use crate::store::{ConnectedAppRecord, STATUS_ACTIVE, Store};

/// Client types the API knows; public clients (`first_party_public`,
/// `third_party_public`) have no secret.
const CLIENT_TYPES: &[&str] = &[
    "first_party",
    "first_party_public",
    "third_party",
    "third_party_public",
];
const DEFAULT_EXPIRY_MINUTES: i64 = 60;

fn not_found(client_id: &str) -> ApiError {
    ApiError::not_found(
        ErrorType::InvalidClientId,
        format!("No connected app {client_id} exists in this project."),
    )
}

fn record<'s>(store: &'s mut Store, client_id: &str) -> ApiResult<&'s mut ConnectedAppRecord> {
    store
        .connected_apps
        .get_mut(client_id)
        .ok_or_else(|| not_found(client_id))
}

fn is_public(client_type: &str) -> bool {
    client_type.ends_with("_public")
}

/// The app as the API shows it, with the last four characters of its secrets.
pub(crate) fn shown(r: &ConnectedAppRecord) -> types::ConnectedApp {
    let mut a = r.app.clone();
    if !is_public(&a.client_type) {
        a.client_secret_last_four = Some(r.secrets.current_last_four());
        a.next_client_secret_last_four = r.secrets.next_last_four();
    }
    a
}

fn no_rotation() -> ApiError {
    ApiError::bad_request(
        ErrorType::BadRequest,
        "No secret rotation is in progress for this client; start one first.",
    )
}

fn public_has_no_secret() -> ApiError {
    ApiError::bad_request(
        ErrorType::BadRequest,
        "A public connected app has no client secret.",
    )
}

impl ConnectedAppRoutes for Handlers {
    async fn connected_app_clients_get(
        app: App,
        ConnectedAppClientsGetPath { client_id }: ConnectedAppClientsGetPath,
    ) -> ApiResult<types::ConnectedAppClientsGetResponse> {
        let mut store = app.store();
        let connected_app = shown(record(&mut store, &client_id)?);
        Ok(types::ConnectedAppClientsGetResponse {
            connected_app,
            request_id: request_id(),
            status_code: 200,
        })
    }

    async fn connected_app_clients_update(
        app: App,
        ConnectedAppClientsUpdatePath { client_id }: ConnectedAppClientsUpdatePath,
        req: types::ConnectedAppClientsUpdateRequest,
    ) -> ApiResult<types::ConnectedAppClientsUpdateResponse> {
        let mut store = app.store();
        let r = record(&mut store, &client_id)?;
        let a = &mut r.app;
        macro_rules! set {
            ($($field:ident),*) => { $( if let Some(v) = req.$field { a.$field = v; } )* };
        }
        set!(
            access_token_expiry_minutes,
            access_token_template_content,
            bypass_consent_for_offline_access,
            client_description,
            client_name,
            full_access_allowed,
            post_logout_redirect_urls,
            redirect_urls
        );
        if let Some(v) = req.access_token_custom_audience {
            a.access_token_custom_audience = Some(v);
        }
        if let Some(v) = req.id_token_template_content {
            a.id_token_template_content = Some(v);
        }
        if let Some(v) = req.logo_url {
            a.logo_url = Some(v);
        }
        let connected_app = shown(r);
        Ok(types::ConnectedAppClientsUpdateResponse {
            connected_app,
            request_id: request_id(),
            status_code: 200,
        })
    }

    async fn connected_app_clients_delete(
        app: App,
        ConnectedAppClientsDeletePath { client_id }: ConnectedAppClientsDeletePath,
    ) -> ApiResult<types::ConnectedAppClientsDeleteResponse> {
        let mut store = app.store();
        store
            .connected_apps
            .remove(&client_id)
            .ok_or_else(|| not_found(&client_id))?;
        store.idp.forget_client(&client_id);
        Ok(types::ConnectedAppClientsDeleteResponse {
            client_id,
            request_id: request_id(),
            status_code: 200,
        })
    }

    async fn connected_app_clients_search(
        app: App,
        req: types::ConnectedAppClientsSearchRequest,
    ) -> ApiResult<types::ConnectedAppClientsSearchResponse> {
        let store = app.store();
        let mut all: Vec<&ConnectedAppRecord> = store.connected_apps.values().collect();
        all.sort_by_key(|r| r.seq);
        let (page, meta) = search::paginate(all, req.cursor.as_deref(), req.limit)?;
        Ok(types::ConnectedAppClientsSearchResponse {
            connected_apps: page.into_iter().map(shown).collect(),
            request_id: request_id(),
            results_metadata: types::ConnectedAppsResultsMetadata {
                next_cursor: meta.next_cursor,
                total: meta.total,
            },
            status_code: 200,
        })
    }

    async fn connected_app_clients_create(
        app: App,
        req: types::ConnectedAppClientsCreateRequest,
    ) -> ApiResult<types::ConnectedAppClientsCreateResponse> {
        if !CLIENT_TYPES.contains(&req.client_type.as_str()) {
            return Err(ApiError::bad_request(
                ErrorType::InvalidRequestValue,
                format!(
                    "client_type must be one of {}, got {:?}.",
                    CLIENT_TYPES.join(", "),
                    req.client_type
                ),
            ));
        }
        let mut store = app.store();
        let client_id = store.new_id("connected-app");
        let public = is_public(&req.client_type);
        let secrets = ClientSecrets::new(None);
        let seq = store.next_seq();
        let record = ConnectedAppRecord {
            seq,
            app: types::ConnectedApp {
                access_token_custom_audience: req.access_token_custom_audience,
                access_token_expiry_minutes: req
                    .access_token_expiry_minutes
                    .unwrap_or(DEFAULT_EXPIRY_MINUTES),
                access_token_template_content: req
                    .access_token_template_content
                    .unwrap_or_default(),
                bypass_consent_for_offline_access: req
                    .bypass_consent_for_offline_access
                    .unwrap_or(false),
                client_description: req.client_description.unwrap_or_default(),
                client_id: client_id.clone(),
                client_id_metadata_url: None,
                client_name: req.client_name.unwrap_or_default(),
                client_secret_last_four: None,
                client_type: req.client_type,
                creation_method: "api".to_owned(),
                full_access_allowed: req.full_access_allowed.unwrap_or(false),
                // `""` when unset: the official Python SDK requires the field.
                id_token_template_content: Some(req.id_token_template_content.unwrap_or_default()),
                logo_url: req.logo_url,
                next_client_secret_last_four: None,
                post_logout_redirect_urls: req.post_logout_redirect_urls.unwrap_or_default(),
                redirect_urls: req.redirect_urls.unwrap_or_default(),
                status: STATUS_ACTIVE.to_owned(),
            },
            secrets,
        };
        let a = shown(&record);
        let secret = (!public).then(|| record.secrets.current.clone().into());
        store.connected_apps.insert(client_id, record);
        Ok(types::ConnectedAppClientsCreateResponse {
            connected_app: types::ConnectedAppWithClientSecret {
                access_token_custom_audience: a.access_token_custom_audience,
                access_token_expiry_minutes: a.access_token_expiry_minutes,
                access_token_template_content: a.access_token_template_content,
                bypass_consent_for_offline_access: a.bypass_consent_for_offline_access,
                client_description: a.client_description,
                client_id: a.client_id,
                client_id_metadata_url: a.client_id_metadata_url,
                client_name: a.client_name,
                client_secret: secret,
                client_secret_last_four: a.client_secret_last_four,
                client_type: a.client_type,
                full_access_allowed: a.full_access_allowed,
                id_token_template_content: a.id_token_template_content,
                logo_url: a.logo_url,
                next_client_secret_last_four: a.next_client_secret_last_four,
                post_logout_redirect_urls: a.post_logout_redirect_urls,
                redirect_urls: a.redirect_urls,
                status: a.status,
            },
            request_id: request_id(),
            status_code: 200,
        })
    }

    async fn connected_app_clients_secrets_rotate_start(
        app: App,
        ConnectedAppClientsSecretsRotateStartPath { client_id }: ConnectedAppClientsSecretsRotateStartPath,
        _req: types::ConnectedAppClientsSecretsRotateStartRequest,
    ) -> ApiResult<types::ConnectedAppClientsSecretsRotateStartResponse> {
        let mut store = app.store();
        let r = record(&mut store, &client_id)?;
        if is_public(&r.app.client_type) {
            return Err(public_has_no_secret());
        }
        let next = r.secrets.start_rotation();
        let a = shown(r);
        Ok(types::ConnectedAppClientsSecretsRotateStartResponse {
            connected_app: types::ConnectedAppWithNextClientSecret {
                access_token_custom_audience: a.access_token_custom_audience,
                access_token_expiry_minutes: a.access_token_expiry_minutes,
                access_token_template_content: a.access_token_template_content,
                bypass_consent_for_offline_access: a.bypass_consent_for_offline_access,
                client_description: a.client_description,
                client_id: a.client_id,
                client_id_metadata_url: a.client_id_metadata_url,
                client_name: a.client_name,
                client_secret_last_four: a.client_secret_last_four.unwrap_or_default(),
                client_type: a.client_type,
                full_access_allowed: a.full_access_allowed,
                id_token_template_content: a.id_token_template_content,
                logo_url: a.logo_url,
                next_client_secret: next.into(),
                next_client_secret_last_four: a.next_client_secret_last_four,
                post_logout_redirect_urls: a.post_logout_redirect_urls,
                redirect_urls: a.redirect_urls,
                status: a.status,
            },
            request_id: request_id(),
            status_code: 200,
        })
    }

    async fn connected_app_clients_secrets_rotate_cancel(
        app: App,
        ConnectedAppClientsSecretsRotateCancelPath { client_id }: ConnectedAppClientsSecretsRotateCancelPath,
        _req: types::ConnectedAppClientsSecretsRotateCancelRequest,
    ) -> ApiResult<types::ConnectedAppClientsSecretsRotateCancelResponse> {
        let mut store = app.store();
        let r = record(&mut store, &client_id)?;
        if !r.secrets.cancel_rotation() {
            return Err(no_rotation());
        }
        Ok(types::ConnectedAppClientsSecretsRotateCancelResponse {
            connected_app: shown(r),
            request_id: request_id(),
            status_code: 200,
        })
    }

    async fn connected_app_clients_secrets_rotate(
        app: App,
        ConnectedAppClientsSecretsRotatePath { client_id }: ConnectedAppClientsSecretsRotatePath,
        _req: types::ConnectedAppClientsSecretsRotateRequest,
    ) -> ApiResult<types::ConnectedAppClientsSecretsRotateResponse> {
        let mut store = app.store();
        let r = record(&mut store, &client_id)?;
        if !r.secrets.complete_rotation() {
            return Err(no_rotation());
        }
        Ok(types::ConnectedAppClientsSecretsRotateResponse {
            connected_app: shown(r),
            request_id: request_id(),
            status_code: 200,
        })
    }
}
