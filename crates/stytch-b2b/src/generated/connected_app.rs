// @generated from openapi/b2b.yaml by `cargo xtask codegen`. Do not edit by hand: change the spec (or xtask/src/sdk.rs) and regenerate.
//! Manage Connected Apps, the OAuth 2.0/OIDC clients that use your Stytch project as their identity provider, and rotate their secrets.

pub use stytch_b2b_api::types::{
    ConnectedAppClientsCreateRequest, ConnectedAppClientsCreateResponse,
    ConnectedAppClientsDeleteResponse, ConnectedAppClientsGetResponse,
    ConnectedAppClientsSearchRequest, ConnectedAppClientsSearchResponse,
    ConnectedAppClientsSecretsRotateCancelRequest,
    ConnectedAppClientsSecretsRotateCancelResponse,
    ConnectedAppClientsSecretsRotateRequest, ConnectedAppClientsSecretsRotateResponse,
    ConnectedAppClientsSecretsRotateStartRequest,
    ConnectedAppClientsSecretsRotateStartResponse, ConnectedAppClientsUpdateRequest,
    ConnectedAppClientsUpdateResponse,
};

/// Groups the calls that manage Connected Apps, the OAuth clients for which Stytch acts as the identity provider.
///
/// Reached with `client.connected_app()`.
#[derive(Debug, Clone, Copy)]
pub struct ConnectedApp<'a> {
    pub(crate) client: &'a crate::Client,
}

impl<'a> ConnectedApp<'a> {
    /// Creates, reads, updates, deletes and searches Connected App clients.
    pub fn clients(&self) -> ConnectedAppClients<'a> {
        ConnectedAppClients {
            client: self.client,
        }
    }
}

/// Creates, reads, updates, deletes and searches Connected App clients.
///
/// Reached with `client.connected_app().clients()`.
#[derive(Debug, Clone, Copy)]
pub struct ConnectedAppClients<'a> {
    pub(crate) client: &'a crate::Client,
}

impl<'a> ConnectedAppClients<'a> {
    /// Rotates a Connected App client's secret in start, complete and cancel steps.
    pub fn secrets(&self) -> ConnectedAppClientsSecrets<'a> {
        ConnectedAppClientsSecrets {
            client: self.client,
        }
    }

    /// Create a Connected App client.
    ///
    /// Registers a new Connected App of the given `client_type`. For confidential types (`first_party`, `third_party`) the response includes `client_secret`, which is shown only this once; Stytch keeps only a hash.
    ///
    /// `POST /v1/connected_apps/clients` (`connected_app_clients_create`). `.await` the returned call to send it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn create<B>(&self, body: B) -> ConnectedAppClientsCreateCall<'a>
    where
        B: TryInto<ConnectedAppClientsCreateRequest>,
        B::Error: std::fmt::Display,
    {
        ConnectedAppClientsCreateCall {
            client: self.client,
            request: self.client.inner.api.connected_app_clients_create().body(body),
            path_params: crate::call::PathParams::default(),
        }
    }

    /// Delete a Connected App client.
    ///
    /// Permanently removes the Connected App identified by `client_id` and returns that ID.
    ///
    /// `DELETE /v1/connected_apps/clients/{client_id}` (`connected_app_clients_delete`). Set [`client_id`](ConnectedAppClientsDeleteCall::client_id) (required) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn delete(&self) -> ConnectedAppClientsDeleteCall<'a> {
        ConnectedAppClientsDeleteCall {
            client: self.client,
            request: self.client.inner.api.connected_app_clients_delete(),
            path_params: crate::call::PathParams::default(),
        }
    }

    /// Get a Connected App client.
    ///
    /// Returns the Connected App identified by `client_id`. Secrets are never included; only their last four characters are shown.
    ///
    /// `GET /v1/connected_apps/clients/{client_id}` (`connected_app_clients_get`). Set [`client_id`](ConnectedAppClientsGetCall::client_id) (required) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn get(&self) -> ConnectedAppClientsGetCall<'a> {
        ConnectedAppClientsGetCall {
            client: self.client,
            request: self.client.inner.api.connected_app_clients_get(),
            path_params: crate::call::PathParams::default(),
        }
    }

    /// Search Connected App clients.
    ///
    /// Lists the project's Connected Apps one page at a time. Pass the `next_cursor` from `results_metadata` as `cursor` to get the next page; no filters are supported yet.
    ///
    /// `POST /v1/connected_apps/clients/search` (`connected_app_clients_search`). `pages(max_pages)` on the call follows every page. `.await` the returned call to send it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn search<B>(&self, body: B) -> ConnectedAppClientsSearchCall<'a>
    where
        B: TryInto<ConnectedAppClientsSearchRequest>,
        B::Error: std::fmt::Display,
    {
        ConnectedAppClientsSearchCall {
            client: self.client,
            request: self.client.inner.api.connected_app_clients_search().body(body),
            path_params: crate::call::PathParams::default(),
        }
    }

    /// Update a Connected App client.
    ///
    /// Changes the mutable settings of a Connected App, such as name, redirect URLs, token lifetime and claim templates. The client type, client ID and secrets cannot be changed here.
    ///
    /// `PUT /v1/connected_apps/clients/{client_id}` (`connected_app_clients_update`). Set [`client_id`](ConnectedAppClientsUpdateCall::client_id) (required) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing or a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn update<B>(&self, body: B) -> ConnectedAppClientsUpdateCall<'a>
    where
        B: TryInto<ConnectedAppClientsUpdateRequest>,
        B::Error: std::fmt::Display,
    {
        ConnectedAppClientsUpdateCall {
            client: self.client,
            request: self.client.inner.api.connected_app_clients_update().body(body),
            path_params: crate::call::PathParams::default(),
        }
    }
}

/// Rotates a Connected App client's secret in start, complete and cancel steps.
///
/// Reached with `client.connected_app().clients().secrets()`.
#[derive(Debug, Clone, Copy)]
pub struct ConnectedAppClientsSecrets<'a> {
    pub(crate) client: &'a crate::Client,
}

impl<'a> ConnectedAppClientsSecrets<'a> {
    /// Rotate a Connected App client secret: complete.
    ///
    /// Completes a rotation in progress: the `next_client_secret` becomes the client's secret and the previous secret stops working.
    ///
    /// `POST /v1/connected_apps/clients/{client_id}/secrets/rotate` (`connected_app_clients_secrets_rotate`). Set [`client_id`](ConnectedAppClientsSecretsRotateCall::client_id) (required) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn rotate(&self) -> ConnectedAppClientsSecretsRotateCall<'a> {
        ConnectedAppClientsSecretsRotateCall {
            client: self.client,
            request: self
                .client
                .inner
                .api
                .connected_app_clients_secrets_rotate()
                .body(
                    stytch_b2b_api::types::ConnectedAppClientsSecretsRotateRequest::default(),
                ),
            path_params: crate::call::PathParams::default(),
        }
    }

    /// Rotate a Connected App client secret: cancel.
    ///
    /// Abandons a rotation in progress: the pending `next_client_secret` is discarded and only the current `client_secret` stays valid.
    ///
    /// `POST /v1/connected_apps/clients/{client_id}/secrets/rotate/cancel` (`connected_app_clients_secrets_rotate_cancel`). Set [`client_id`](ConnectedAppClientsSecretsRotateCancelCall::client_id) (required) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn rotate_cancel(&self) -> ConnectedAppClientsSecretsRotateCancelCall<'a> {
        ConnectedAppClientsSecretsRotateCancelCall {
            client: self.client,
            request: self
                .client
                .inner
                .api
                .connected_app_clients_secrets_rotate_cancel()
                .body(
                    stytch_b2b_api::types::ConnectedAppClientsSecretsRotateCancelRequest::default(),
                ),
            path_params: crate::call::PathParams::default(),
        }
    }

    /// Rotate a Connected App client secret: start.
    ///
    /// Creates a `next_client_secret` for the client, after which both the old and the new secret are accepted. The new secret is returned only in this response; finish with the rotate call or abort with rotate cancel.
    ///
    /// `POST /v1/connected_apps/clients/{client_id}/secrets/rotate/start` (`connected_app_clients_secrets_rotate_start`). Set [`client_id`](ConnectedAppClientsSecretsRotateStartCall::client_id) (required) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn rotate_start(&self) -> ConnectedAppClientsSecretsRotateStartCall<'a> {
        ConnectedAppClientsSecretsRotateStartCall {
            client: self.client,
            request: self
                .client
                .inner
                .api
                .connected_app_clients_secrets_rotate_start()
                .body(
                    stytch_b2b_api::types::ConnectedAppClientsSecretsRotateStartRequest::default(),
                ),
            path_params: crate::call::PathParams::default(),
        }
    }
}

/// The `connected_app_clients_get` operation.
pub(crate) const CONNECTED_APP_CLIENTS_GET: crate::call::Operation = crate::call::Operation {
    id: "connected_app_clients_get",
    method: "GET",
    path: "/v1/connected_apps/clients/{client_id}",
    sdk_call: "connected_app().clients().get()",
    idempotent: true,
};

/// A `connected_app_clients_get` call, made by [`ConnectedAppClients::get`](ConnectedAppClients::get): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct ConnectedAppClientsGetCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::ConnectedAppClientsGet<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> ConnectedAppClientsGetCall<'a> {
    /// ID of an M2M client or Connected App client (Path parameter, required).
    pub fn client_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("client_id", value.into());
        self.request = self.request.client_id(value);
        self
    }
}

impl<'a> ::std::future::IntoFuture for ConnectedAppClientsGetCall<'a> {
    type Output = Result<ConnectedAppClientsGetResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, ConnectedAppClientsGetResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &CONNECTED_APP_CLIENTS_GET,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `connected_app_clients_update` operation.
pub(crate) const CONNECTED_APP_CLIENTS_UPDATE: crate::call::Operation = crate::call::Operation {
    id: "connected_app_clients_update",
    method: "PUT",
    path: "/v1/connected_apps/clients/{client_id}",
    sdk_call: "connected_app().clients().update()",
    idempotent: false,
};

/// A `connected_app_clients_update` call, made by [`ConnectedAppClients::update`](ConnectedAppClients::update): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct ConnectedAppClientsUpdateCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::ConnectedAppClientsUpdate<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> ConnectedAppClientsUpdateCall<'a> {
    /// ID of an M2M client or Connected App client (Path parameter, required).
    pub fn client_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("client_id", value.into());
        self.request = self.request.client_id(value);
        self
    }
}

impl<'a> ::std::future::IntoFuture for ConnectedAppClientsUpdateCall<'a> {
    type Output = Result<ConnectedAppClientsUpdateResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, ConnectedAppClientsUpdateResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &CONNECTED_APP_CLIENTS_UPDATE,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `connected_app_clients_delete` operation.
pub(crate) const CONNECTED_APP_CLIENTS_DELETE: crate::call::Operation = crate::call::Operation {
    id: "connected_app_clients_delete",
    method: "DELETE",
    path: "/v1/connected_apps/clients/{client_id}",
    sdk_call: "connected_app().clients().delete()",
    idempotent: false,
};

/// A `connected_app_clients_delete` call, made by [`ConnectedAppClients::delete`](ConnectedAppClients::delete): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct ConnectedAppClientsDeleteCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::ConnectedAppClientsDelete<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> ConnectedAppClientsDeleteCall<'a> {
    /// ID of an M2M client or Connected App client (Path parameter, required).
    pub fn client_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("client_id", value.into());
        self.request = self.request.client_id(value);
        self
    }
}

impl<'a> ::std::future::IntoFuture for ConnectedAppClientsDeleteCall<'a> {
    type Output = Result<ConnectedAppClientsDeleteResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, ConnectedAppClientsDeleteResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &CONNECTED_APP_CLIENTS_DELETE,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `connected_app_clients_search` operation.
pub(crate) const CONNECTED_APP_CLIENTS_SEARCH: crate::call::Operation = crate::call::Operation {
    id: "connected_app_clients_search",
    method: "POST",
    path: "/v1/connected_apps/clients/search",
    sdk_call: "connected_app().clients().search()",
    idempotent: false,
};

/// A `connected_app_clients_search` call, made by [`ConnectedAppClients::search`](ConnectedAppClients::search): `.await` it to send it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct ConnectedAppClientsSearchCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::ConnectedAppClientsSearch<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> ConnectedAppClientsSearchCall<'a> {
    /// Every page of the search, in order, as a stream: the first as this call asks for it, each next one with the `cursor` its predecessor named in `results_metadata.next_cursor`, until a page names none or `max_pages` pages were fetched. Each page's items are in its `connected_apps`; a failed page ends the stream after yielding its error.
    ///
    /// ```no_run
    /// # async fn run(call: stytch_b2b::connected_app::ConnectedAppClientsSearchCall<'_>) -> Result<(), stytch_b2b::Error> {
    /// use futures_util::TryStreamExt as _;
    /// let mut pages = call.pages(10);
    /// while let Some(page) = pages.try_next().await? {
    ///     println!("{} connected_apps", page.connected_apps.len());
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub fn pages(
        self,
        max_pages: usize,
    ) -> crate::pagination::PageStream<'a, ConnectedAppClientsSearchResponse> {
        crate::pagination::pages(
            self,
            max_pages,
            |call: Self, cursor: String| ConnectedAppClientsSearchCall {
                request: call.request.body_map(move |body| body.cursor(cursor)),
                ..call
            },
        )
    }
}

impl<'a> ::std::future::IntoFuture for ConnectedAppClientsSearchCall<'a> {
    type Output = Result<ConnectedAppClientsSearchResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, ConnectedAppClientsSearchResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &CONNECTED_APP_CLIENTS_SEARCH,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `connected_app_clients_create` operation.
pub(crate) const CONNECTED_APP_CLIENTS_CREATE: crate::call::Operation = crate::call::Operation {
    id: "connected_app_clients_create",
    method: "POST",
    path: "/v1/connected_apps/clients",
    sdk_call: "connected_app().clients().create()",
    idempotent: false,
};

/// A `connected_app_clients_create` call, made by [`ConnectedAppClients::create`](ConnectedAppClients::create): `.await` it to send it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct ConnectedAppClientsCreateCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::ConnectedAppClientsCreate<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> ::std::future::IntoFuture for ConnectedAppClientsCreateCall<'a> {
    type Output = Result<ConnectedAppClientsCreateResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, ConnectedAppClientsCreateResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &CONNECTED_APP_CLIENTS_CREATE,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `connected_app_clients_secrets_rotate_start` operation.
pub(crate) const CONNECTED_APP_CLIENTS_SECRETS_ROTATE_START: crate::call::Operation = crate::call::Operation {
    id: "connected_app_clients_secrets_rotate_start",
    method: "POST",
    path: "/v1/connected_apps/clients/{client_id}/secrets/rotate/start",
    sdk_call: "connected_app().clients().secrets().rotate_start()",
    idempotent: false,
};

/// A `connected_app_clients_secrets_rotate_start` call, made by [`ConnectedAppClientsSecrets::rotate_start`](ConnectedAppClientsSecrets::rotate_start): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct ConnectedAppClientsSecretsRotateStartCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::ConnectedAppClientsSecretsRotateStart<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> ConnectedAppClientsSecretsRotateStartCall<'a> {
    /// ID of an M2M client or Connected App client (Path parameter, required).
    pub fn client_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("client_id", value.into());
        self.request = self.request.client_id(value);
        self
    }
}

impl<'a> ::std::future::IntoFuture for ConnectedAppClientsSecretsRotateStartCall<'a> {
    type Output = Result<ConnectedAppClientsSecretsRotateStartResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<
        'a,
        ConnectedAppClientsSecretsRotateStartResponse,
    >;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &CONNECTED_APP_CLIENTS_SECRETS_ROTATE_START,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `connected_app_clients_secrets_rotate_cancel` operation.
pub(crate) const CONNECTED_APP_CLIENTS_SECRETS_ROTATE_CANCEL: crate::call::Operation = crate::call::Operation {
    id: "connected_app_clients_secrets_rotate_cancel",
    method: "POST",
    path: "/v1/connected_apps/clients/{client_id}/secrets/rotate/cancel",
    sdk_call: "connected_app().clients().secrets().rotate_cancel()",
    idempotent: false,
};

/// A `connected_app_clients_secrets_rotate_cancel` call, made by [`ConnectedAppClientsSecrets::rotate_cancel`](ConnectedAppClientsSecrets::rotate_cancel): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct ConnectedAppClientsSecretsRotateCancelCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::ConnectedAppClientsSecretsRotateCancel<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> ConnectedAppClientsSecretsRotateCancelCall<'a> {
    /// ID of an M2M client or Connected App client (Path parameter, required).
    pub fn client_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("client_id", value.into());
        self.request = self.request.client_id(value);
        self
    }
}

impl<'a> ::std::future::IntoFuture for ConnectedAppClientsSecretsRotateCancelCall<'a> {
    type Output = Result<ConnectedAppClientsSecretsRotateCancelResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<
        'a,
        ConnectedAppClientsSecretsRotateCancelResponse,
    >;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &CONNECTED_APP_CLIENTS_SECRETS_ROTATE_CANCEL,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `connected_app_clients_secrets_rotate` operation.
pub(crate) const CONNECTED_APP_CLIENTS_SECRETS_ROTATE: crate::call::Operation = crate::call::Operation {
    id: "connected_app_clients_secrets_rotate",
    method: "POST",
    path: "/v1/connected_apps/clients/{client_id}/secrets/rotate",
    sdk_call: "connected_app().clients().secrets().rotate()",
    idempotent: false,
};

/// A `connected_app_clients_secrets_rotate` call, made by [`ConnectedAppClientsSecrets::rotate`](ConnectedAppClientsSecrets::rotate): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct ConnectedAppClientsSecretsRotateCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::ConnectedAppClientsSecretsRotate<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> ConnectedAppClientsSecretsRotateCall<'a> {
    /// ID of an M2M client or Connected App client (Path parameter, required).
    pub fn client_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("client_id", value.into());
        self.request = self.request.client_id(value);
        self
    }
}

impl<'a> ::std::future::IntoFuture for ConnectedAppClientsSecretsRotateCall<'a> {
    type Output = Result<ConnectedAppClientsSecretsRotateResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<
        'a,
        ConnectedAppClientsSecretsRotateResponse,
    >;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &CONNECTED_APP_CLIENTS_SECRETS_ROTATE,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}
