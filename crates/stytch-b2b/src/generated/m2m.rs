// @generated from openapi/b2b.yaml by `cargo xtask codegen`. Do not edit by hand: change the spec (or xtask/src/sdk.rs) and regenerate.
//! Machine-to-machine authentication: manage M2M clients and their secrets and issue client-credentials access tokens.

pub use stytch_b2b_api::types::{
    M2mClientsCreateRequest, M2mClientsCreateResponse, M2mClientsDeleteResponse,
    M2mClientsGetResponse, M2mClientsSearchRequest, M2mClientsSearchResponse,
    M2mClientsSecretsRotateCancelRequest, M2mClientsSecretsRotateCancelResponse,
    M2mClientsSecretsRotateRequest, M2mClientsSecretsRotateResponse,
    M2mClientsSecretsRotateStartRequest, M2mClientsSecretsRotateStartResponse,
    M2mClientsUpdateRequest, M2mClientsUpdateResponse, M2mTokenRequest, M2mTokenResponse,
};

/// Groups machine-to-machine authentication calls, including getting access tokens for M2M clients.
///
/// Reached with `client.m2m()`.
#[derive(Debug, Clone, Copy)]
pub struct M2m<'a> {
    pub(crate) client: &'a crate::Client,
}

impl<'a> M2m<'a> {
    /// Creates, reads, updates, deletes and searches M2M clients.
    pub fn clients(&self) -> M2mClients<'a> {
        M2mClients { client: self.client }
    }

    /// Get an access token for an M2M client.
    ///
    /// Uses the OAuth 2.0 client-credentials grant to issue a signed JWT access token for an M2M client, optionally narrowed to a space-separated `scope`. The request is form-encoded and has no Basic auth header, and errors come back in the OAuth2 error shape; `expires_in` gives the lifetime in seconds (about one hour).
    ///
    /// `POST /v1/public/{project_id}/oauth2/token` (`m2m_token`). The body travels form-encoded. No project credentials are sent: the body carries the client's own. Errors arrive in the OAuth 2.0 shape (`error`, `error_description`, `error_uri`) and map onto [`Error::Api`](crate::Error::Api) like every other: `error` is the error type. Set [`project_id`](M2mTokenCall::project_id) (default: [the client's project id](crate::Client::project_id)) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing or a path parameter is empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn token<B>(&self, body: B) -> M2mTokenCall<'a>
    where
        B: TryInto<M2mTokenRequest>,
        B::Error: std::fmt::Display,
    {
        M2mTokenCall {
            client: self.client,
            request: self.client.inner.api.m2m_token().body(body),
            path_params: crate::call::PathParams::default(),
        }
            .project_id(self.client.project_id())
    }
}

/// Creates, reads, updates, deletes and searches M2M clients.
///
/// Reached with `client.m2m().clients()`.
#[derive(Debug, Clone, Copy)]
pub struct M2mClients<'a> {
    pub(crate) client: &'a crate::Client,
}

impl<'a> M2mClients<'a> {
    /// Rotates an M2M client's secret in start, complete and cancel steps.
    pub fn secrets(&self) -> M2mClientsSecrets<'a> {
        M2mClientsSecrets {
            client: self.client,
        }
    }

    /// Create an M2M client.
    ///
    /// Creates an M2M client with the given scopes. You may supply your own `client_id` and `client_secret`, for example to import an existing client, or let Stytch generate them; the secret is returned only in this response.
    ///
    /// `POST /v1/m2m/clients` (`m2m_clients_create`). `.await` the returned call to send it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn create<B>(&self, body: B) -> M2mClientsCreateCall<'a>
    where
        B: TryInto<M2mClientsCreateRequest>,
        B::Error: std::fmt::Display,
    {
        M2mClientsCreateCall {
            client: self.client,
            request: self.client.inner.api.m2m_clients_create().body(body),
            path_params: crate::call::PathParams::default(),
        }
    }

    /// Delete an M2M client.
    ///
    /// Permanently removes the M2M client and returns its `client_id`. Tokens already issued to it are not revoked and stay valid until they expire.
    ///
    /// `DELETE /v1/m2m/clients/{client_id}` (`m2m_clients_delete`). Set [`client_id`](M2mClientsDeleteCall::client_id) (required) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn delete(&self) -> M2mClientsDeleteCall<'a> {
        M2mClientsDeleteCall {
            client: self.client,
            request: self.client.inner.api.m2m_clients_delete(),
            path_params: crate::call::PathParams::default(),
        }
    }

    /// Get an M2M client.
    ///
    /// Returns the M2M client identified by `client_id`. Secrets are never included; only their last four characters are shown.
    ///
    /// `GET /v1/m2m/clients/{client_id}` (`m2m_clients_get`). Set [`client_id`](M2mClientsGetCall::client_id) (required) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn get(&self) -> M2mClientsGetCall<'a> {
        M2mClientsGetCall {
            client: self.client,
            request: self.client.inner.api.m2m_clients_get(),
            path_params: crate::call::PathParams::default(),
        }
    }

    /// Search M2M clients.
    ///
    /// Lists the project's M2M clients, optionally filtered by a `query` on `client_id`, `client_name` or `scopes`. Results are paginated with `cursor` and `results_metadata.next_cursor`; an empty query returns every client.
    ///
    /// `POST /v1/m2m/clients/search` (`m2m_clients_search`). `pages(max_pages)` on the call follows every page. `.await` the returned call to send it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn search<B>(&self, body: B) -> M2mClientsSearchCall<'a>
    where
        B: TryInto<M2mClientsSearchRequest>,
        B::Error: std::fmt::Display,
    {
        M2mClientsSearchCall {
            client: self.client,
            request: self.client.inner.api.m2m_clients_search().body(body),
            path_params: crate::call::PathParams::default(),
        }
    }

    /// Update an M2M client.
    ///
    /// Changes an M2M client's name, description, scopes, trusted metadata or `status`. An `inactive` client cannot get new tokens, but tokens it already holds stay valid until they expire.
    ///
    /// `PUT /v1/m2m/clients/{client_id}` (`m2m_clients_update`). Set [`client_id`](M2mClientsUpdateCall::client_id) (required) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing or a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn update<B>(&self, body: B) -> M2mClientsUpdateCall<'a>
    where
        B: TryInto<M2mClientsUpdateRequest>,
        B::Error: std::fmt::Display,
    {
        M2mClientsUpdateCall {
            client: self.client,
            request: self.client.inner.api.m2m_clients_update().body(body),
            path_params: crate::call::PathParams::default(),
        }
    }
}

/// Rotates an M2M client's secret in start, complete and cancel steps.
///
/// Reached with `client.m2m().clients().secrets()`.
#[derive(Debug, Clone, Copy)]
pub struct M2mClientsSecrets<'a> {
    pub(crate) client: &'a crate::Client,
}

impl<'a> M2mClientsSecrets<'a> {
    /// Rotate an M2M client secret: complete.
    ///
    /// Completes a rotation in progress: the `next_client_secret` becomes the client's secret and the previous secret stops working.
    ///
    /// `POST /v1/m2m/clients/{client_id}/secrets/rotate` (`m2m_clients_secrets_rotate`). Set [`client_id`](M2mClientsSecretsRotateCall::client_id) (required) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn rotate(&self) -> M2mClientsSecretsRotateCall<'a> {
        M2mClientsSecretsRotateCall {
            client: self.client,
            request: self
                .client
                .inner
                .api
                .m2m_clients_secrets_rotate()
                .body(stytch_b2b_api::types::M2mClientsSecretsRotateRequest::default()),
            path_params: crate::call::PathParams::default(),
        }
    }

    /// Rotate an M2M client secret: cancel.
    ///
    /// Abandons a rotation in progress: the pending `next_client_secret` is discarded and only the current `client_secret` stays valid.
    ///
    /// `POST /v1/m2m/clients/{client_id}/secrets/rotate/cancel` (`m2m_clients_secrets_rotate_cancel`). Set [`client_id`](M2mClientsSecretsRotateCancelCall::client_id) (required) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn rotate_cancel(&self) -> M2mClientsSecretsRotateCancelCall<'a> {
        M2mClientsSecretsRotateCancelCall {
            client: self.client,
            request: self
                .client
                .inner
                .api
                .m2m_clients_secrets_rotate_cancel()
                .body(
                    stytch_b2b_api::types::M2mClientsSecretsRotateCancelRequest::default(),
                ),
            path_params: crate::call::PathParams::default(),
        }
    }

    /// Rotate an M2M client secret: start.
    ///
    /// Creates a `next_client_secret` for the client, after which both the old and the new secret are accepted. The new secret is returned only in this response; finish with the rotate call or abort with rotate cancel.
    ///
    /// `POST /v1/m2m/clients/{client_id}/secrets/rotate/start` (`m2m_clients_secrets_rotate_start`). Set [`client_id`](M2mClientsSecretsRotateStartCall::client_id) (required) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn rotate_start(&self) -> M2mClientsSecretsRotateStartCall<'a> {
        M2mClientsSecretsRotateStartCall {
            client: self.client,
            request: self
                .client
                .inner
                .api
                .m2m_clients_secrets_rotate_start()
                .body(
                    stytch_b2b_api::types::M2mClientsSecretsRotateStartRequest::default(),
                ),
            path_params: crate::call::PathParams::default(),
        }
    }
}

/// The `m2m_token` operation.
pub(crate) const M2M_TOKEN: crate::call::Operation = crate::call::Operation {
    id: "m2m_token",
    method: "POST",
    path: "/v1/public/{project_id}/oauth2/token",
    sdk_call: "m2m().token()",
    idempotent: false,
};

/// A `m2m_token` call, made by [`M2m::token`](M2m::token): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct M2mTokenCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::M2mToken<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> M2mTokenCall<'a> {
    /// ID of the Stytch project (Path parameter). Unless set, the call sends [the client's project id](crate::Client::project_id).
    pub fn project_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("project_id", value.into());
        self.request = self.request.project_id(value);
        self
    }
}

impl<'a> ::std::future::IntoFuture for M2mTokenCall<'a> {
    type Output = Result<M2mTokenResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, M2mTokenResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &M2M_TOKEN,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `m2m_clients_get` operation.
pub(crate) const M2M_CLIENTS_GET: crate::call::Operation = crate::call::Operation {
    id: "m2m_clients_get",
    method: "GET",
    path: "/v1/m2m/clients/{client_id}",
    sdk_call: "m2m().clients().get()",
    idempotent: true,
};

/// A `m2m_clients_get` call, made by [`M2mClients::get`](M2mClients::get): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct M2mClientsGetCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::M2mClientsGet<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> M2mClientsGetCall<'a> {
    /// ID of an M2M client or Connected App client (Path parameter, required).
    pub fn client_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("client_id", value.into());
        self.request = self.request.client_id(value);
        self
    }
}

impl<'a> ::std::future::IntoFuture for M2mClientsGetCall<'a> {
    type Output = Result<M2mClientsGetResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, M2mClientsGetResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &M2M_CLIENTS_GET,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `m2m_clients_update` operation.
pub(crate) const M2M_CLIENTS_UPDATE: crate::call::Operation = crate::call::Operation {
    id: "m2m_clients_update",
    method: "PUT",
    path: "/v1/m2m/clients/{client_id}",
    sdk_call: "m2m().clients().update()",
    idempotent: false,
};

/// A `m2m_clients_update` call, made by [`M2mClients::update`](M2mClients::update): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct M2mClientsUpdateCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::M2mClientsUpdate<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> M2mClientsUpdateCall<'a> {
    /// ID of an M2M client or Connected App client (Path parameter, required).
    pub fn client_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("client_id", value.into());
        self.request = self.request.client_id(value);
        self
    }
}

impl<'a> ::std::future::IntoFuture for M2mClientsUpdateCall<'a> {
    type Output = Result<M2mClientsUpdateResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, M2mClientsUpdateResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &M2M_CLIENTS_UPDATE,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `m2m_clients_delete` operation.
pub(crate) const M2M_CLIENTS_DELETE: crate::call::Operation = crate::call::Operation {
    id: "m2m_clients_delete",
    method: "DELETE",
    path: "/v1/m2m/clients/{client_id}",
    sdk_call: "m2m().clients().delete()",
    idempotent: false,
};

/// A `m2m_clients_delete` call, made by [`M2mClients::delete`](M2mClients::delete): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct M2mClientsDeleteCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::M2mClientsDelete<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> M2mClientsDeleteCall<'a> {
    /// ID of an M2M client or Connected App client (Path parameter, required).
    pub fn client_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("client_id", value.into());
        self.request = self.request.client_id(value);
        self
    }
}

impl<'a> ::std::future::IntoFuture for M2mClientsDeleteCall<'a> {
    type Output = Result<M2mClientsDeleteResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, M2mClientsDeleteResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &M2M_CLIENTS_DELETE,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `m2m_clients_search` operation.
pub(crate) const M2M_CLIENTS_SEARCH: crate::call::Operation = crate::call::Operation {
    id: "m2m_clients_search",
    method: "POST",
    path: "/v1/m2m/clients/search",
    sdk_call: "m2m().clients().search()",
    idempotent: false,
};

/// A `m2m_clients_search` call, made by [`M2mClients::search`](M2mClients::search): `.await` it to send it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct M2mClientsSearchCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::M2mClientsSearch<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> M2mClientsSearchCall<'a> {
    /// Every page of the search, in order, as a stream: the first as this call asks for it, each next one with the `cursor` its predecessor named in `results_metadata.next_cursor`, until a page names none or `max_pages` pages were fetched. Each page's items are in its `m2m_clients`; a failed page ends the stream after yielding its error.
    ///
    /// ```no_run
    /// # async fn run(call: stytch_b2b::m2m::M2mClientsSearchCall<'_>) -> Result<(), stytch_b2b::Error> {
    /// use futures_util::TryStreamExt as _;
    /// let mut pages = call.pages(10);
    /// while let Some(page) = pages.try_next().await? {
    ///     println!("{} m2m_clients", page.m2m_clients.len());
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub fn pages(
        self,
        max_pages: usize,
    ) -> crate::pagination::PageStream<'a, M2mClientsSearchResponse> {
        crate::pagination::pages(
            self,
            max_pages,
            |call: Self, cursor: String| M2mClientsSearchCall {
                request: call.request.body_map(move |body| body.cursor(cursor)),
                ..call
            },
        )
    }
}

impl<'a> ::std::future::IntoFuture for M2mClientsSearchCall<'a> {
    type Output = Result<M2mClientsSearchResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, M2mClientsSearchResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &M2M_CLIENTS_SEARCH,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `m2m_clients_create` operation.
pub(crate) const M2M_CLIENTS_CREATE: crate::call::Operation = crate::call::Operation {
    id: "m2m_clients_create",
    method: "POST",
    path: "/v1/m2m/clients",
    sdk_call: "m2m().clients().create()",
    idempotent: false,
};

/// A `m2m_clients_create` call, made by [`M2mClients::create`](M2mClients::create): `.await` it to send it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct M2mClientsCreateCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::M2mClientsCreate<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> ::std::future::IntoFuture for M2mClientsCreateCall<'a> {
    type Output = Result<M2mClientsCreateResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, M2mClientsCreateResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &M2M_CLIENTS_CREATE,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `m2m_clients_secrets_rotate_start` operation.
pub(crate) const M2M_CLIENTS_SECRETS_ROTATE_START: crate::call::Operation = crate::call::Operation {
    id: "m2m_clients_secrets_rotate_start",
    method: "POST",
    path: "/v1/m2m/clients/{client_id}/secrets/rotate/start",
    sdk_call: "m2m().clients().secrets().rotate_start()",
    idempotent: false,
};

/// A `m2m_clients_secrets_rotate_start` call, made by [`M2mClientsSecrets::rotate_start`](M2mClientsSecrets::rotate_start): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct M2mClientsSecretsRotateStartCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::M2mClientsSecretsRotateStart<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> M2mClientsSecretsRotateStartCall<'a> {
    /// ID of an M2M client or Connected App client (Path parameter, required).
    pub fn client_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("client_id", value.into());
        self.request = self.request.client_id(value);
        self
    }
}

impl<'a> ::std::future::IntoFuture for M2mClientsSecretsRotateStartCall<'a> {
    type Output = Result<M2mClientsSecretsRotateStartResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, M2mClientsSecretsRotateStartResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &M2M_CLIENTS_SECRETS_ROTATE_START,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `m2m_clients_secrets_rotate_cancel` operation.
pub(crate) const M2M_CLIENTS_SECRETS_ROTATE_CANCEL: crate::call::Operation = crate::call::Operation {
    id: "m2m_clients_secrets_rotate_cancel",
    method: "POST",
    path: "/v1/m2m/clients/{client_id}/secrets/rotate/cancel",
    sdk_call: "m2m().clients().secrets().rotate_cancel()",
    idempotent: false,
};

/// A `m2m_clients_secrets_rotate_cancel` call, made by [`M2mClientsSecrets::rotate_cancel`](M2mClientsSecrets::rotate_cancel): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct M2mClientsSecretsRotateCancelCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::M2mClientsSecretsRotateCancel<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> M2mClientsSecretsRotateCancelCall<'a> {
    /// ID of an M2M client or Connected App client (Path parameter, required).
    pub fn client_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("client_id", value.into());
        self.request = self.request.client_id(value);
        self
    }
}

impl<'a> ::std::future::IntoFuture for M2mClientsSecretsRotateCancelCall<'a> {
    type Output = Result<M2mClientsSecretsRotateCancelResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, M2mClientsSecretsRotateCancelResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &M2M_CLIENTS_SECRETS_ROTATE_CANCEL,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `m2m_clients_secrets_rotate` operation.
pub(crate) const M2M_CLIENTS_SECRETS_ROTATE: crate::call::Operation = crate::call::Operation {
    id: "m2m_clients_secrets_rotate",
    method: "POST",
    path: "/v1/m2m/clients/{client_id}/secrets/rotate",
    sdk_call: "m2m().clients().secrets().rotate()",
    idempotent: false,
};

/// A `m2m_clients_secrets_rotate` call, made by [`M2mClientsSecrets::rotate`](M2mClientsSecrets::rotate): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct M2mClientsSecretsRotateCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::M2mClientsSecretsRotate<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> M2mClientsSecretsRotateCall<'a> {
    /// ID of an M2M client or Connected App client (Path parameter, required).
    pub fn client_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("client_id", value.into());
        self.request = self.request.client_id(value);
        self
    }
}

impl<'a> ::std::future::IntoFuture for M2mClientsSecretsRotateCall<'a> {
    type Output = Result<M2mClientsSecretsRotateResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, M2mClientsSecretsRotateResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &M2M_CLIENTS_SECRETS_ROTATE,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}
