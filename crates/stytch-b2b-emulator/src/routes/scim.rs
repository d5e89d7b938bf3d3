//! SCIM connections: create, get, update, delete, bearer-token rotation, groups.
//! The SCIM protocol endpoints themselves are not emulated; groups are pushed through
//! the `/__emulator/scim/groups` control operation (`domain::scim::push_group`).

use stytch_b2b_api::ErrorType;
use stytch_b2b_api::types;

use super::Handlers;
use super::generated::{
    ScimConnectionCreatePath, ScimConnectionDeletePath, ScimConnectionGetGroupsPath,
    ScimConnectionGetGroupsQuery, ScimConnectionGetPath, ScimConnectionRotateCancelPath,
    ScimConnectionRotateCompletePath, ScimConnectionRotateStartPath, ScimConnectionUpdatePath,
    ScimRoutes,
};
use crate::domain::clients::ClientSecrets;
use crate::domain::scim::{self, ScimRecord};
use crate::errors::{ApiError, ApiResult};
use crate::ids::request_id;
use crate::server::App;
use crate::store::STATUS_ACTIVE;

fn no_rotation() -> ApiError {
    ApiError::bad_request(
        ErrorType::BadRequest,
        "No bearer-token rotation is in progress; start one first.",
    )
}

impl ScimRoutes for Handlers {
    async fn scim_connection_get_groups(
        app: App,
        ScimConnectionGetGroupsPath {
            organization_id,
            connection_id,
        }: ScimConnectionGetGroupsPath,
        query: ScimConnectionGetGroupsQuery,
    ) -> ApiResult<types::ScimConnectionGetGroupsResponse> {
        let mut store = app.store();
        let record = scim::owned_mut(&mut store, &organization_id, &connection_id)?;
        let groups: Vec<types::ScimGroup> = record.groups.iter().map(|g| g.group.clone()).collect();
        let (scim_groups, meta) =
            crate::domain::search::paginate(groups, query.cursor.as_deref(), query.limit)?;
        Ok(types::ScimConnectionGetGroupsResponse {
            next_cursor: meta.next_cursor,
            scim_groups,
            status_code: 200,
        })
    }

    async fn scim_connection_update(
        app: App,
        ScimConnectionUpdatePath {
            organization_id,
            connection_id,
        }: ScimConnectionUpdatePath,
        req: types::ScimConnectionUpdateRequest,
    ) -> ApiResult<types::ScimConnectionUpdateResponse> {
        let mut store = app.store();
        let r = scim::owned_mut(&mut store, &organization_id, &connection_id)?;
        if let Some(v) = req.display_name.filter(|v| !v.is_empty()) {
            r.connection.display_name = v;
        }
        if let Some(v) = req.identity_provider {
            r.connection.identity_provider = v;
        }
        if let Some(v) = req.scim_group_implicit_role_assignments {
            r.connection.scim_group_implicit_role_assignments = v;
        }
        let connection = r.shown();
        scim::refresh_org(&mut store, &organization_id);
        crate::domain::roles::refresh_org(&mut store, &organization_id);
        Ok(types::ScimConnectionUpdateResponse {
            connection: Some(connection),
            request_id: request_id(),
            status_code: 200,
        })
    }

    async fn scim_connection_delete(
        app: App,
        ScimConnectionDeletePath {
            organization_id,
            connection_id,
        }: ScimConnectionDeletePath,
    ) -> ApiResult<types::ScimConnectionDeleteResponse> {
        let mut store = app.store();
        scim::owned_mut(&mut store, &organization_id, &connection_id)?;
        store.scim.remove(&connection_id);
        scim::forget_registrations(&mut store, &connection_id);
        scim::refresh_org(&mut store, &organization_id);
        crate::domain::roles::refresh_org(&mut store, &organization_id);
        Ok(types::ScimConnectionDeleteResponse {
            connection_id,
            request_id: request_id(),
            status_code: 200,
        })
    }

    async fn scim_connection_rotate_start(
        app: App,
        ScimConnectionRotateStartPath {
            organization_id,
            connection_id,
        }: ScimConnectionRotateStartPath,
        _req: types::ScimConnectionRotateStartRequest,
    ) -> ApiResult<types::ScimConnectionRotateStartResponse> {
        let now = app.clock.now();
        let mut store = app.store();
        let r = scim::owned_mut(&mut store, &organization_id, &connection_id)?;
        let next = r.tokens.start_rotation();
        r.connection.next_bearer_token_expires_at = Some(scim::token_expiry(now));
        let c = r.shown();
        Ok(types::ScimConnectionRotateStartResponse {
            connection: Some(types::ScimConnectionWithNextToken {
                base_url: c.base_url,
                bearer_token_expires_at: c.bearer_token_expires_at,
                bearer_token_last_four: c.bearer_token_last_four,
                connection_id: c.connection_id,
                display_name: c.display_name,
                identity_provider: c.identity_provider,
                next_bearer_token: next.into(),
                next_bearer_token_expires_at: c.next_bearer_token_expires_at,
                organization_id: c.organization_id,
                scim_group_implicit_role_assignments: c.scim_group_implicit_role_assignments,
                status: c.status,
            }),
            request_id: request_id(),
            status_code: 200,
        })
    }

    async fn scim_connection_rotate_complete(
        app: App,
        ScimConnectionRotateCompletePath {
            organization_id,
            connection_id,
        }: ScimConnectionRotateCompletePath,
        _req: types::ScimConnectionRotateCompleteRequest,
    ) -> ApiResult<types::ScimConnectionRotateCompleteResponse> {
        let mut store = app.store();
        let r = scim::owned_mut(&mut store, &organization_id, &connection_id)?;
        if !r.tokens.complete_rotation() {
            return Err(no_rotation());
        }
        r.connection.bearer_token_expires_at = r.connection.next_bearer_token_expires_at.take();
        let connection = r.shown();
        scim::refresh_org(&mut store, &organization_id);
        Ok(types::ScimConnectionRotateCompleteResponse {
            connection: Some(connection),
            request_id: request_id(),
            status_code: 200,
        })
    }

    async fn scim_connection_rotate_cancel(
        app: App,
        ScimConnectionRotateCancelPath {
            organization_id,
            connection_id,
        }: ScimConnectionRotateCancelPath,
        _req: types::ScimConnectionRotateCancelRequest,
    ) -> ApiResult<types::ScimConnectionRotateCancelResponse> {
        let mut store = app.store();
        let r = scim::owned_mut(&mut store, &organization_id, &connection_id)?;
        if !r.tokens.cancel_rotation() {
            return Err(no_rotation());
        }
        r.connection.next_bearer_token_expires_at = None;
        let connection = r.shown();
        Ok(types::ScimConnectionRotateCancelResponse {
            connection: Some(connection),
            request_id: request_id(),
            status_code: 200,
        })
    }

    async fn scim_connection_get(
        app: App,
        ScimConnectionGetPath { organization_id }: ScimConnectionGetPath,
    ) -> ApiResult<types::ScimConnectionGetResponse> {
        let store = app.store();
        store.org(&organization_id)?;
        let connection = store
            .scim
            .values()
            .find(|r| r.connection.organization_id == organization_id)
            .map(ScimRecord::shown);
        Ok(types::ScimConnectionGetResponse {
            connection,
            request_id: request_id(),
            status_code: 200,
        })
    }

    async fn scim_connection_create(
        app: App,
        ScimConnectionCreatePath { organization_id }: ScimConnectionCreatePath,
        req: types::ScimConnectionCreateRequest,
    ) -> ApiResult<types::ScimConnectionCreateResponse> {
        let now = app.clock.now();
        let mut store = app.store();
        store.org(&organization_id)?;
        if store
            .scim
            .values()
            .any(|r| r.connection.organization_id == organization_id)
        {
            return Err(ApiError::bad_request(
                ErrorType::BadRequest,
                "The organization already has a SCIM connection.",
            ));
        }
        let id = store.new_id("scim-connection");
        let tokens = ClientSecrets::new(None);
        let record = ScimRecord {
            connection: types::ScimConnection {
                base_url: format!("{}/v1/b2b/scim/{id}", app.base_url),
                bearer_token_expires_at: Some(scim::token_expiry(now)),
                bearer_token_last_four: String::new(),
                connection_id: id.clone(),
                display_name: req
                    .display_name
                    .filter(|n| !n.is_empty())
                    .unwrap_or_else(|| "SCIM connection".to_owned()),
                identity_provider: req
                    .identity_provider
                    .unwrap_or_else(|| "generic".to_owned()),
                next_bearer_token_expires_at: None,
                next_bearer_token_last_four: String::new(),
                organization_id: organization_id.clone(),
                scim_group_implicit_role_assignments: Vec::new(),
                status: STATUS_ACTIVE.to_owned(),
            },
            tokens,
            groups: Vec::new(),
        };
        let c = record.shown();
        let token = record.tokens.current.clone();
        store.scim.insert(id, record);
        scim::refresh_org(&mut store, &organization_id);
        Ok(types::ScimConnectionCreateResponse {
            connection: Some(types::ScimConnectionWithToken {
                base_url: c.base_url,
                bearer_token: token.into(),
                bearer_token_expires_at: c.bearer_token_expires_at,
                connection_id: c.connection_id,
                display_name: c.display_name,
                identity_provider: c.identity_provider,
                organization_id: c.organization_id,
                scim_group_implicit_role_assignments: c.scim_group_implicit_role_assignments,
                status: c.status,
            }),
            request_id: request_id(),
            status_code: 200,
        })
    }
}
