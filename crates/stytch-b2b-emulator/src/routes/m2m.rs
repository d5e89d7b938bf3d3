//! M2M clients: create, get, update, delete, search, secret rotation, and the OAuth
//! 2.0 token endpoint (client credentials) issuing RS256 access tokens signed with
//! the project's session key, so they verify against the JWKS.

use axum::http::StatusCode;
use stytch_b2b_api::ErrorType;
use stytch_b2b_api::types;

use super::Handlers;
use super::generated::{
    M2mClientsDeletePath, M2mClientsGetPath, M2mClientsSecretsRotateCancelPath,
    M2mClientsSecretsRotatePath, M2mClientsSecretsRotateStartPath, M2mClientsUpdatePath, M2mRoutes,
    M2mTokenPath,
};
use crate::domain::clients::{ClientSecrets, split_scopes};
use crate::domain::metadata::merge_metadata;
use crate::domain::search::{self, Kind, SearchErrors};
use crate::errors::{ApiError, ApiResult};
use crate::ids::request_id;
use crate::jwt;
use crate::server::App;
use crate::store::{M2mRecord, STATUS_ACTIVE, Store};

const FILTERS: &[(&str, Kind)] = &[
    ("client_ids", Kind::Strings),
    ("client_name", Kind::Text),
    ("scopes", Kind::Strings),
];

const ERRORS: SearchErrors = SearchErrors {
    not_recognized: ErrorType::BadRequest,
    name_must_be_string: ErrorType::BadRequest,
    missing_value: ErrorType::BadRequest,
    expected_array: ErrorType::BadRequest,
    expected_string: ErrorType::BadRequest,
    expected_bool: ErrorType::BadRequest,
};

fn not_found(client_id: &str) -> ApiError {
    ApiError::not_found(
        ErrorType::InvalidClientId,
        format!("No M2M client {client_id} exists in this project."),
    )
}

fn record<'s>(store: &'s mut Store, client_id: &str) -> ApiResult<&'s mut M2mRecord> {
    store
        .m2m_clients
        .get_mut(client_id)
        .ok_or_else(|| not_found(client_id))
}

/// The client as the API shows it, with the last four characters of its secrets.
fn shown(r: &M2mRecord) -> types::M2mClient {
    let mut c = r.client.clone();
    c.client_secret_last_four = r.secrets.current_last_four();
    c.next_client_secret_last_four = r.secrets.next_last_four();
    c
}

fn no_rotation() -> ApiError {
    ApiError::bad_request(
        ErrorType::BadRequest,
        "No secret rotation is in progress for this client; start one first.",
    )
}

fn status_ok(status: &str) -> ApiResult<()> {
    match status {
        "active" | "inactive" => Ok(()),
        other => Err(ApiError::bad_request(
            ErrorType::InvalidRequestValue,
            format!("status must be active or inactive, got {other:?}."),
        )),
    }
}

fn oauth2(status: StatusCode, error_type: ErrorType, message: &str) -> ApiError {
    ApiError::oauth2(status, error_type, message)
}

impl M2mRoutes for Handlers {
    async fn m2m_token(
        app: App,
        M2mTokenPath { project_id }: M2mTokenPath,
        req: types::M2mTokenRequest,
    ) -> ApiResult<types::M2mTokenResponse> {
        if project_id != app.project_id {
            return Err(oauth2(
                StatusCode::NOT_FOUND,
                ErrorType::InvalidRequest,
                "The path names a different project.",
            ));
        }
        if req.grant_type != "client_credentials" {
            return Err(oauth2(
                StatusCode::BAD_REQUEST,
                ErrorType::UnsupportedGrantType,
                "Only the client_credentials grant is supported.",
            ));
        }
        let ctx = app.ctx();
        let store = app.store();
        let refused = || {
            oauth2(
                StatusCode::UNAUTHORIZED,
                ErrorType::InvalidClient,
                "The client id or secret is wrong, or the client is inactive.",
            )
        };
        let r = store.m2m_clients.get(&req.client_id).ok_or_else(refused)?;
        if !r.secrets.accepts(&req.client_secret) || r.client.status != STATUS_ACTIVE {
            return Err(refused());
        }
        let scopes = match req.scope.as_deref().map(split_scopes) {
            Some(asked) if !asked.is_empty() => {
                if let Some(s) = asked.iter().find(|s| !r.client.scopes.contains(s)) {
                    return Err(oauth2(
                        StatusCode::BAD_REQUEST,
                        ErrorType::InvalidScope,
                        &format!("The client may not request the scope {s:?}."),
                    ));
                }
                asked
            }
            _ => r.client.scopes.clone(),
        };
        let claims = jwt::m2m_claims(ctx.project_id, ctx.issuer, &req.client_id, &scopes, ctx.now);
        let token = store
            .keys
            .sign(&claims)
            .map_err(|e| ApiError::internal(e.to_string()))?;
        Ok(types::M2mTokenResponse {
            access_token: token.into(),
            expires_in: jwt::M2M_TOKEN_LIFETIME_SECS,
            token_type: "bearer".to_owned(),
        })
    }

    async fn m2m_clients_get(
        app: App,
        M2mClientsGetPath { client_id }: M2mClientsGetPath,
    ) -> ApiResult<types::M2mClientsGetResponse> {
        let mut store = app.store();
        let m2m_client = shown(record(&mut store, &client_id)?);
        Ok(types::M2mClientsGetResponse {
            m2m_client,
            request_id: request_id(),
            status_code: 200,
        })
    }

    async fn m2m_clients_update(
        app: App,
        M2mClientsUpdatePath { client_id }: M2mClientsUpdatePath,
        req: types::M2mClientsUpdateRequest,
    ) -> ApiResult<types::M2mClientsUpdateResponse> {
        if let Some(status) = &req.status {
            status_ok(status)?;
        }
        let mut store = app.store();
        let r = record(&mut store, &client_id)?;
        let c = &mut r.client;
        if let Some(v) = req.client_name {
            c.client_name = v;
        }
        if let Some(v) = req.client_description {
            c.client_description = v;
        }
        if let Some(v) = req.scopes {
            c.scopes = v;
        }
        if let Some(v) = req.status {
            c.status = v;
        }
        merge_metadata(&mut c.trusted_metadata, req.trusted_metadata);
        let m2m_client = shown(r);
        Ok(types::M2mClientsUpdateResponse {
            m2m_client,
            request_id: request_id(),
            status_code: 200,
        })
    }

    async fn m2m_clients_delete(
        app: App,
        M2mClientsDeletePath { client_id }: M2mClientsDeletePath,
    ) -> ApiResult<types::M2mClientsDeleteResponse> {
        app.store()
            .m2m_clients
            .remove(&client_id)
            .ok_or_else(|| not_found(&client_id))?;
        Ok(types::M2mClientsDeleteResponse {
            client_id,
            request_id: request_id(),
            status_code: 200,
        })
    }

    async fn m2m_clients_search(
        app: App,
        req: types::M2mClientsSearchRequest,
    ) -> ApiResult<types::M2mClientsSearchResponse> {
        use search::FilterValue as V;
        let query = req.query.map(|q| types::SearchQuery {
            operands: q.operands,
            operator: q.operator,
        });
        let query = search::parse(query.as_ref(), FILTERS, &ERRORS)?;
        let store = app.store();
        let mut all: Vec<&M2mRecord> = store
            .m2m_clients
            .values()
            .filter(|r| {
                query.matches(|op| match (op.name.as_str(), &op.value) {
                    ("client_ids", V::Strings(ids)) => ids.contains(&r.client.client_id),
                    ("client_name", V::Text(name)) => search::fuzzy(&r.client.client_name, name),
                    ("scopes", V::Strings(scopes)) => {
                        scopes.iter().any(|s| r.client.scopes.contains(s))
                    }
                    _ => false,
                })
            })
            .collect();
        all.sort_by_key(|r| r.seq);
        let (page, meta) = search::paginate(all, req.cursor.as_deref(), req.limit)?;
        Ok(types::M2mClientsSearchResponse {
            m2m_clients: page.into_iter().map(shown).collect(),
            request_id: request_id(),
            results_metadata: types::M2mResultsMetadata {
                next_cursor: meta.next_cursor,
                total: meta.total,
            },
            status_code: 200,
        })
    }

    async fn m2m_clients_create(
        app: App,
        req: types::M2mClientsCreateRequest,
    ) -> ApiResult<types::M2mClientsCreateResponse> {
        let mut store = app.store();
        let client_id = match req.client_id.filter(|id| !id.is_empty()) {
            Some(id) if store.m2m_clients.contains_key(&id) => {
                return Err(ApiError::bad_request(
                    ErrorType::InvalidClientId,
                    format!("An M2M client {id} already exists."),
                ));
            }
            Some(id) => id,
            None => store.new_id("m2m-client"),
        };
        let secrets = ClientSecrets::new(
            req.client_secret
                .map(stytch_b2b_api::SecretString::into_inner),
        );
        let seq = store.next_seq();
        let record = M2mRecord {
            seq,
            client: types::M2mClient {
                client_description: req.client_description.unwrap_or_default(),
                client_id: client_id.clone(),
                client_name: req.client_name.unwrap_or_default(),
                client_secret_last_four: String::new(),
                next_client_secret_last_four: None,
                scopes: req.scopes,
                status: STATUS_ACTIVE.to_owned(),
                trusted_metadata: req.trusted_metadata.unwrap_or_default(),
            },
            secrets,
        };
        let c = shown(&record);
        let secret = record.secrets.current.clone();
        store.m2m_clients.insert(client_id, record);
        Ok(types::M2mClientsCreateResponse {
            m2m_client: types::M2mClientWithClientSecret {
                client_description: c.client_description,
                client_id: c.client_id,
                client_name: c.client_name,
                client_secret: secret.into(),
                client_secret_last_four: c.client_secret_last_four,
                next_client_secret_last_four: c.next_client_secret_last_four,
                scopes: c.scopes,
                status: c.status,
                trusted_metadata: c.trusted_metadata,
            },
            request_id: request_id(),
            status_code: 200,
        })
    }

    async fn m2m_clients_secrets_rotate_start(
        app: App,
        M2mClientsSecretsRotateStartPath { client_id }: M2mClientsSecretsRotateStartPath,
        _req: types::M2mClientsSecretsRotateStartRequest,
    ) -> ApiResult<types::M2mClientsSecretsRotateStartResponse> {
        let mut store = app.store();
        let r = record(&mut store, &client_id)?;
        let next = r.secrets.start_rotation();
        let c = shown(r);
        Ok(types::M2mClientsSecretsRotateStartResponse {
            m2m_client: types::M2mClientWithNextClientSecret {
                client_description: c.client_description,
                client_id: c.client_id,
                client_name: c.client_name,
                client_secret_last_four: c.client_secret_last_four,
                next_client_secret: next.into(),
                next_client_secret_last_four: c.next_client_secret_last_four,
                scopes: c.scopes,
                status: c.status,
                trusted_metadata: c.trusted_metadata,
            },
            request_id: request_id(),
            status_code: 200,
        })
    }

    async fn m2m_clients_secrets_rotate_cancel(
        app: App,
        M2mClientsSecretsRotateCancelPath { client_id }: M2mClientsSecretsRotateCancelPath,
        _req: types::M2mClientsSecretsRotateCancelRequest,
    ) -> ApiResult<types::M2mClientsSecretsRotateCancelResponse> {
        let mut store = app.store();
        let r = record(&mut store, &client_id)?;
        if !r.secrets.cancel_rotation() {
            return Err(no_rotation());
        }
        Ok(types::M2mClientsSecretsRotateCancelResponse {
            m2m_client: shown(r),
            request_id: request_id(),
            status_code: 200,
        })
    }

    async fn m2m_clients_secrets_rotate(
        app: App,
        M2mClientsSecretsRotatePath { client_id }: M2mClientsSecretsRotatePath,
        _req: types::M2mClientsSecretsRotateRequest,
    ) -> ApiResult<types::M2mClientsSecretsRotateResponse> {
        let mut store = app.store();
        let r = record(&mut store, &client_id)?;
        if !r.secrets.complete_rotation() {
            return Err(no_rotation());
        }
        Ok(types::M2mClientsSecretsRotateResponse {
            m2m_client: shown(r),
            request_id: request_id(),
            status_code: 200,
        })
    }
}
