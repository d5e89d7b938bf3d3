// @generated from openapi/b2b.yaml by `cargo xtask codegen`. Do not edit by hand: change the spec (or xtask/src/sdk.rs) and regenerate.
//! SCIM 2.0 provisioning: manage an Organization's SCIM connection, its bearer token and the groups pushed by the identity provider.

pub use stytch_b2b_api::types::{
    ScimConnectionCreateRequest, ScimConnectionCreateResponse,
    ScimConnectionDeleteResponse, ScimConnectionGetGroupsResponse,
    ScimConnectionGetResponse, ScimConnectionRotateCancelRequest,
    ScimConnectionRotateCancelResponse, ScimConnectionRotateCompleteRequest,
    ScimConnectionRotateCompleteResponse, ScimConnectionRotateStartRequest,
    ScimConnectionRotateStartResponse, ScimConnectionUpdateRequest,
    ScimConnectionUpdateResponse,
};

/// Groups the calls for SCIM user and group provisioning.
///
/// Reached with `client.scim()`.
#[derive(Debug, Clone, Copy)]
pub struct Scim<'a> {
    pub(crate) client: &'a crate::Client,
}

impl<'a> Scim<'a> {
    /// Manages an Organization's SCIM connection, its bearer token and its groups.
    pub fn connection(&self) -> ScimConnection<'a> {
        ScimConnection {
            client: self.client,
        }
    }
}

/// Manages an Organization's SCIM connection, its bearer token and its groups.
///
/// Reached with `client.scim().connection()`.
#[derive(Debug, Clone, Copy)]
pub struct ScimConnection<'a> {
    pub(crate) client: &'a crate::Client,
}

impl<'a> ScimConnection<'a> {
    /// Create a SCIM connection.
    ///
    /// Creates a SCIM connection for the Organization and returns its `base_url` and `bearer_token`. The bearer token is shown only in this response. If member-session headers (`X-Stytch-Member-Session` or `X-Stytch-Member-SessionJWT`) are supplied, the API also checks that Member's RBAC permissions.
    ///
    /// `POST /v1/b2b/scim/{organization_id}/connection` (`scim_connection_create`). To act for a member, whose roles the API then checks, set `member_session_token` or `member_session_jwt` on the call. Set [`organization_id`](ScimConnectionCreateCall::organization_id) (required) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing or a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn create<B>(&self, body: B) -> ScimConnectionCreateCall<'a>
    where
        B: TryInto<ScimConnectionCreateRequest>,
        B::Error: std::fmt::Display,
    {
        ScimConnectionCreateCall {
            client: self.client,
            request: self.client.inner.api.scim_connection_create().body(body),
            path_params: crate::call::PathParams::default(),
            member: crate::call::MemberAuthorization::default(),
        }
    }

    /// Delete a SCIM connection.
    ///
    /// Deletes the SCIM connection and returns its `connection_id`. If member-session headers (`X-Stytch-Member-Session` or `X-Stytch-Member-SessionJWT`) are supplied, the API also checks that Member's RBAC permissions.
    ///
    /// `DELETE /v1/b2b/scim/{organization_id}/connection/{connection_id}` (`scim_connection_delete`). To act for a member, whose roles the API then checks, set `member_session_token` or `member_session_jwt` on the call. Set [`organization_id`](ScimConnectionDeleteCall::organization_id) (required), [`connection_id`](ScimConnectionDeleteCall::connection_id) (required) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn delete(&self) -> ScimConnectionDeleteCall<'a> {
        ScimConnectionDeleteCall {
            client: self.client,
            request: self.client.inner.api.scim_connection_delete(),
            path_params: crate::call::PathParams::default(),
            member: crate::call::MemberAuthorization::default(),
        }
    }

    /// Get an Organization's SCIM connection.
    ///
    /// Returns the Organization's SCIM connection. Only the last four characters of the bearer token are included. If member-session headers (`X-Stytch-Member-Session` or `X-Stytch-Member-SessionJWT`) are supplied, the API also checks that Member's RBAC permissions.
    ///
    /// `GET /v1/b2b/scim/{organization_id}/connection` (`scim_connection_get`). To act for a member, whose roles the API then checks, set `member_session_token` or `member_session_jwt` on the call. Set [`organization_id`](ScimConnectionGetCall::organization_id) (required) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn get(&self) -> ScimConnectionGetCall<'a> {
        ScimConnectionGetCall {
            client: self.client,
            request: self.client.inner.api.scim_connection_get(),
            path_params: crate::call::PathParams::default(),
            member: crate::call::MemberAuthorization::default(),
        }
    }

    /// List a SCIM connection's groups.
    ///
    /// Returns the groups the identity provider has pushed through the SCIM connection, one page at a time, using the `cursor` and `limit` query parameters. If member-session headers (`X-Stytch-Member-Session` or `X-Stytch-Member-SessionJWT`) are supplied, the API also checks that Member's RBAC permissions.
    ///
    /// `GET /v1/b2b/scim/{organization_id}/connection/{connection_id}` (`scim_connection_get_groups`). To act for a member, whose roles the API then checks, set `member_session_token` or `member_session_jwt` on the call. `pages(max_pages)` on the call follows every page. Set [`organization_id`](ScimConnectionGetGroupsCall::organization_id) (required), [`connection_id`](ScimConnectionGetGroupsCall::connection_id) (required), [`cursor`](ScimConnectionGetGroupsCall::cursor), [`limit`](ScimConnectionGetGroupsCall::limit) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn get_groups(&self) -> ScimConnectionGetGroupsCall<'a> {
        ScimConnectionGetGroupsCall {
            client: self.client,
            request: self.client.inner.api.scim_connection_get_groups(),
            path_params: crate::call::PathParams::default(),
            member: crate::call::MemberAuthorization::default(),
        }
    }

    /// Rotate a SCIM bearer token: cancel.
    ///
    /// Abandons a rotation in progress and keeps the original bearer token active. If member-session headers (`X-Stytch-Member-Session` or `X-Stytch-Member-SessionJWT`) are supplied, the API also checks that Member's RBAC permissions.
    ///
    /// `POST /v1/b2b/scim/{organization_id}/connection/{connection_id}/rotate/cancel` (`scim_connection_rotate_cancel`). To act for a member, whose roles the API then checks, set `member_session_token` or `member_session_jwt` on the call. Set [`organization_id`](ScimConnectionRotateCancelCall::organization_id) (required), [`connection_id`](ScimConnectionRotateCancelCall::connection_id) (required) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn rotate_cancel(&self) -> ScimConnectionRotateCancelCall<'a> {
        ScimConnectionRotateCancelCall {
            client: self.client,
            request: self
                .client
                .inner
                .api
                .scim_connection_rotate_cancel()
                .body(
                    stytch_b2b_api::types::ScimConnectionRotateCancelRequest::default(),
                ),
            path_params: crate::call::PathParams::default(),
            member: crate::call::MemberAuthorization::default(),
        }
    }

    /// Rotate a SCIM bearer token: complete.
    ///
    /// Completes a rotation in progress: the token from the start step becomes the active bearer token and the old one stops working. If member-session headers (`X-Stytch-Member-Session` or `X-Stytch-Member-SessionJWT`) are supplied, the API also checks that Member's RBAC permissions.
    ///
    /// `POST /v1/b2b/scim/{organization_id}/connection/{connection_id}/rotate/complete` (`scim_connection_rotate_complete`). To act for a member, whose roles the API then checks, set `member_session_token` or `member_session_jwt` on the call. Set [`organization_id`](ScimConnectionRotateCompleteCall::organization_id) (required), [`connection_id`](ScimConnectionRotateCompleteCall::connection_id) (required) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn rotate_complete(&self) -> ScimConnectionRotateCompleteCall<'a> {
        ScimConnectionRotateCompleteCall {
            client: self.client,
            request: self
                .client
                .inner
                .api
                .scim_connection_rotate_complete()
                .body(
                    stytch_b2b_api::types::ScimConnectionRotateCompleteRequest::default(),
                ),
            path_params: crate::call::PathParams::default(),
            member: crate::call::MemberAuthorization::default(),
        }
    }

    /// Rotate a SCIM bearer token: start.
    ///
    /// Creates a `next_bearer_token` for the connection, shown only in this response, while the current token keeps working. Finish with rotate complete or abort with rotate cancel. If member-session headers (`X-Stytch-Member-Session` or `X-Stytch-Member-SessionJWT`) are supplied, the API also checks that Member's RBAC permissions.
    ///
    /// `POST /v1/b2b/scim/{organization_id}/connection/{connection_id}/rotate/start` (`scim_connection_rotate_start`). To act for a member, whose roles the API then checks, set `member_session_token` or `member_session_jwt` on the call. Set [`organization_id`](ScimConnectionRotateStartCall::organization_id) (required), [`connection_id`](ScimConnectionRotateStartCall::connection_id) (required) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn rotate_start(&self) -> ScimConnectionRotateStartCall<'a> {
        ScimConnectionRotateStartCall {
            client: self.client,
            request: self
                .client
                .inner
                .api
                .scim_connection_rotate_start()
                .body(
                    stytch_b2b_api::types::ScimConnectionRotateStartRequest::default(),
                ),
            path_params: crate::call::PathParams::default(),
            member: crate::call::MemberAuthorization::default(),
        }
    }

    /// Update a SCIM connection.
    ///
    /// Changes a SCIM connection's display name, identity provider or group-to-role assignments. If member-session headers (`X-Stytch-Member-Session` or `X-Stytch-Member-SessionJWT`) are supplied, the API also checks that Member's RBAC permissions.
    ///
    /// `PUT /v1/b2b/scim/{organization_id}/connection/{connection_id}` (`scim_connection_update`). To act for a member, whose roles the API then checks, set `member_session_token` or `member_session_jwt` on the call. Set [`organization_id`](ScimConnectionUpdateCall::organization_id) (required), [`connection_id`](ScimConnectionUpdateCall::connection_id) (required) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing or a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn update<B>(&self, body: B) -> ScimConnectionUpdateCall<'a>
    where
        B: TryInto<ScimConnectionUpdateRequest>,
        B::Error: std::fmt::Display,
    {
        ScimConnectionUpdateCall {
            client: self.client,
            request: self.client.inner.api.scim_connection_update().body(body),
            path_params: crate::call::PathParams::default(),
            member: crate::call::MemberAuthorization::default(),
        }
    }
}

/// The `scim_connection_get_groups` operation.
pub(crate) const SCIM_CONNECTION_GET_GROUPS: crate::call::Operation = crate::call::Operation {
    id: "scim_connection_get_groups",
    method: "GET",
    path: "/v1/b2b/scim/{organization_id}/connection/{connection_id}",
    sdk_call: "scim().connection().get_groups()",
    idempotent: true,
};

/// A `scim_connection_get_groups` call, made by [`ScimConnection::get_groups`](ScimConnection::get_groups): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct ScimConnectionGetGroupsCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::ScimConnectionGetGroups<'a>,
    path_params: crate::call::PathParams,
    member: crate::call::MemberAuthorization,
}

impl<'a> ScimConnectionGetGroupsCall<'a> {
    /// Globally unique ID of an Organization; most request paths and bodies also accept the Organization's slug or external ID (Path parameter, required).
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("organization_id", value.into());
        self.request = self.request.organization_id(value);
        self
    }

    /// ID of an SSO or SCIM connection (Path parameter, required).
    pub fn connection_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("connection_id", value.into());
        self.request = self.request.connection_id(value);
        self
    }

    /// Opaque pagination cursor; pass the `next_cursor` from the previous page, or omit it for the first page (Query parameter).
    pub fn cursor(mut self, value: impl Into<String>) -> Self {
        self.request = self.request.cursor(value.into());
        self
    }

    /// Number of groups per page; the API returns 100 when it is absent, and at most 1000 (Query parameter).
    pub fn limit(mut self, value: i64) -> Self {
        self.request = self.request.limit(value);
        self
    }

    /// Acts for the member holding this session token: the API then allows the call only if the member's roles grant it (sent as `X-Stytch-Member-Session`; an empty token sends nothing).
    pub fn member_session_token(
        mut self,
        token: impl Into<crate::SecretString>,
    ) -> Self {
        self.member.session_token = Some(token.into());
        self
    }

    /// Acts for the member holding this session JWT: the API then allows the call only if the member's roles grant it (sent as `X-Stytch-Member-SessionJWT`; an empty JWT sends nothing).
    pub fn member_session_jwt(mut self, jwt: impl Into<crate::SecretString>) -> Self {
        self.member.session_jwt = Some(jwt.into());
        self
    }

    /// Every page of the search, in order, as a stream: the first as this call asks for it, each next one with the `cursor` its predecessor named in `next_cursor`, until a page names none or `max_pages` pages were fetched. Each page's items are in its `scim_groups`; a failed page ends the stream after yielding its error.
    ///
    /// ```no_run
    /// # async fn run(call: stytch_b2b::scim::ScimConnectionGetGroupsCall<'_>) -> Result<(), stytch_b2b::Error> {
    /// use futures_util::TryStreamExt as _;
    /// let mut pages = call.pages(10);
    /// while let Some(page) = pages.try_next().await? {
    ///     println!("{} scim_groups", page.scim_groups.len());
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub fn pages(
        self,
        max_pages: usize,
    ) -> crate::pagination::PageStream<'a, ScimConnectionGetGroupsResponse> {
        crate::pagination::pages(
            self,
            max_pages,
            |call: Self, cursor: String| call.cursor(cursor),
        )
    }
}

impl<'a> ::std::future::IntoFuture for ScimConnectionGetGroupsCall<'a> {
    type Output = Result<ScimConnectionGetGroupsResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, ScimConnectionGetGroupsResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params, member } = self;
        client
            .send(
                &SCIM_CONNECTION_GET_GROUPS,
                path_params,
                member,
                move || request.clone().send(),
            )
    }
}

/// The `scim_connection_update` operation.
pub(crate) const SCIM_CONNECTION_UPDATE: crate::call::Operation = crate::call::Operation {
    id: "scim_connection_update",
    method: "PUT",
    path: "/v1/b2b/scim/{organization_id}/connection/{connection_id}",
    sdk_call: "scim().connection().update()",
    idempotent: false,
};

/// A `scim_connection_update` call, made by [`ScimConnection::update`](ScimConnection::update): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct ScimConnectionUpdateCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::ScimConnectionUpdate<'a>,
    path_params: crate::call::PathParams,
    member: crate::call::MemberAuthorization,
}

impl<'a> ScimConnectionUpdateCall<'a> {
    /// Globally unique ID of an Organization; most request paths and bodies also accept the Organization's slug or external ID (Path parameter, required).
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("organization_id", value.into());
        self.request = self.request.organization_id(value);
        self
    }

    /// ID of an SSO or SCIM connection (Path parameter, required).
    pub fn connection_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("connection_id", value.into());
        self.request = self.request.connection_id(value);
        self
    }

    /// Acts for the member holding this session token: the API then allows the call only if the member's roles grant it (sent as `X-Stytch-Member-Session`; an empty token sends nothing).
    pub fn member_session_token(
        mut self,
        token: impl Into<crate::SecretString>,
    ) -> Self {
        self.member.session_token = Some(token.into());
        self
    }

    /// Acts for the member holding this session JWT: the API then allows the call only if the member's roles grant it (sent as `X-Stytch-Member-SessionJWT`; an empty JWT sends nothing).
    pub fn member_session_jwt(mut self, jwt: impl Into<crate::SecretString>) -> Self {
        self.member.session_jwt = Some(jwt.into());
        self
    }
}

impl<'a> ::std::future::IntoFuture for ScimConnectionUpdateCall<'a> {
    type Output = Result<ScimConnectionUpdateResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, ScimConnectionUpdateResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params, member } = self;
        client
            .send(
                &SCIM_CONNECTION_UPDATE,
                path_params,
                member,
                move || request.clone().send(),
            )
    }
}

/// The `scim_connection_delete` operation.
pub(crate) const SCIM_CONNECTION_DELETE: crate::call::Operation = crate::call::Operation {
    id: "scim_connection_delete",
    method: "DELETE",
    path: "/v1/b2b/scim/{organization_id}/connection/{connection_id}",
    sdk_call: "scim().connection().delete()",
    idempotent: false,
};

/// A `scim_connection_delete` call, made by [`ScimConnection::delete`](ScimConnection::delete): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct ScimConnectionDeleteCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::ScimConnectionDelete<'a>,
    path_params: crate::call::PathParams,
    member: crate::call::MemberAuthorization,
}

impl<'a> ScimConnectionDeleteCall<'a> {
    /// Globally unique ID of an Organization; most request paths and bodies also accept the Organization's slug or external ID (Path parameter, required).
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("organization_id", value.into());
        self.request = self.request.organization_id(value);
        self
    }

    /// ID of an SSO or SCIM connection (Path parameter, required).
    pub fn connection_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("connection_id", value.into());
        self.request = self.request.connection_id(value);
        self
    }

    /// Acts for the member holding this session token: the API then allows the call only if the member's roles grant it (sent as `X-Stytch-Member-Session`; an empty token sends nothing).
    pub fn member_session_token(
        mut self,
        token: impl Into<crate::SecretString>,
    ) -> Self {
        self.member.session_token = Some(token.into());
        self
    }

    /// Acts for the member holding this session JWT: the API then allows the call only if the member's roles grant it (sent as `X-Stytch-Member-SessionJWT`; an empty JWT sends nothing).
    pub fn member_session_jwt(mut self, jwt: impl Into<crate::SecretString>) -> Self {
        self.member.session_jwt = Some(jwt.into());
        self
    }
}

impl<'a> ::std::future::IntoFuture for ScimConnectionDeleteCall<'a> {
    type Output = Result<ScimConnectionDeleteResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, ScimConnectionDeleteResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params, member } = self;
        client
            .send(
                &SCIM_CONNECTION_DELETE,
                path_params,
                member,
                move || request.clone().send(),
            )
    }
}

/// The `scim_connection_rotate_start` operation.
pub(crate) const SCIM_CONNECTION_ROTATE_START: crate::call::Operation = crate::call::Operation {
    id: "scim_connection_rotate_start",
    method: "POST",
    path: "/v1/b2b/scim/{organization_id}/connection/{connection_id}/rotate/start",
    sdk_call: "scim().connection().rotate_start()",
    idempotent: false,
};

/// A `scim_connection_rotate_start` call, made by [`ScimConnection::rotate_start`](ScimConnection::rotate_start): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct ScimConnectionRotateStartCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::ScimConnectionRotateStart<'a>,
    path_params: crate::call::PathParams,
    member: crate::call::MemberAuthorization,
}

impl<'a> ScimConnectionRotateStartCall<'a> {
    /// Globally unique ID of an Organization; most request paths and bodies also accept the Organization's slug or external ID (Path parameter, required).
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("organization_id", value.into());
        self.request = self.request.organization_id(value);
        self
    }

    /// ID of an SSO or SCIM connection (Path parameter, required).
    pub fn connection_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("connection_id", value.into());
        self.request = self.request.connection_id(value);
        self
    }

    /// Acts for the member holding this session token: the API then allows the call only if the member's roles grant it (sent as `X-Stytch-Member-Session`; an empty token sends nothing).
    pub fn member_session_token(
        mut self,
        token: impl Into<crate::SecretString>,
    ) -> Self {
        self.member.session_token = Some(token.into());
        self
    }

    /// Acts for the member holding this session JWT: the API then allows the call only if the member's roles grant it (sent as `X-Stytch-Member-SessionJWT`; an empty JWT sends nothing).
    pub fn member_session_jwt(mut self, jwt: impl Into<crate::SecretString>) -> Self {
        self.member.session_jwt = Some(jwt.into());
        self
    }
}

impl<'a> ::std::future::IntoFuture for ScimConnectionRotateStartCall<'a> {
    type Output = Result<ScimConnectionRotateStartResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, ScimConnectionRotateStartResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params, member } = self;
        client
            .send(
                &SCIM_CONNECTION_ROTATE_START,
                path_params,
                member,
                move || request.clone().send(),
            )
    }
}

/// The `scim_connection_rotate_complete` operation.
pub(crate) const SCIM_CONNECTION_ROTATE_COMPLETE: crate::call::Operation = crate::call::Operation {
    id: "scim_connection_rotate_complete",
    method: "POST",
    path: "/v1/b2b/scim/{organization_id}/connection/{connection_id}/rotate/complete",
    sdk_call: "scim().connection().rotate_complete()",
    idempotent: false,
};

/// A `scim_connection_rotate_complete` call, made by [`ScimConnection::rotate_complete`](ScimConnection::rotate_complete): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct ScimConnectionRotateCompleteCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::ScimConnectionRotateComplete<'a>,
    path_params: crate::call::PathParams,
    member: crate::call::MemberAuthorization,
}

impl<'a> ScimConnectionRotateCompleteCall<'a> {
    /// Globally unique ID of an Organization; most request paths and bodies also accept the Organization's slug or external ID (Path parameter, required).
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("organization_id", value.into());
        self.request = self.request.organization_id(value);
        self
    }

    /// ID of an SSO or SCIM connection (Path parameter, required).
    pub fn connection_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("connection_id", value.into());
        self.request = self.request.connection_id(value);
        self
    }

    /// Acts for the member holding this session token: the API then allows the call only if the member's roles grant it (sent as `X-Stytch-Member-Session`; an empty token sends nothing).
    pub fn member_session_token(
        mut self,
        token: impl Into<crate::SecretString>,
    ) -> Self {
        self.member.session_token = Some(token.into());
        self
    }

    /// Acts for the member holding this session JWT: the API then allows the call only if the member's roles grant it (sent as `X-Stytch-Member-SessionJWT`; an empty JWT sends nothing).
    pub fn member_session_jwt(mut self, jwt: impl Into<crate::SecretString>) -> Self {
        self.member.session_jwt = Some(jwt.into());
        self
    }
}

impl<'a> ::std::future::IntoFuture for ScimConnectionRotateCompleteCall<'a> {
    type Output = Result<ScimConnectionRotateCompleteResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, ScimConnectionRotateCompleteResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params, member } = self;
        client
            .send(
                &SCIM_CONNECTION_ROTATE_COMPLETE,
                path_params,
                member,
                move || request.clone().send(),
            )
    }
}

/// The `scim_connection_rotate_cancel` operation.
pub(crate) const SCIM_CONNECTION_ROTATE_CANCEL: crate::call::Operation = crate::call::Operation {
    id: "scim_connection_rotate_cancel",
    method: "POST",
    path: "/v1/b2b/scim/{organization_id}/connection/{connection_id}/rotate/cancel",
    sdk_call: "scim().connection().rotate_cancel()",
    idempotent: false,
};

/// A `scim_connection_rotate_cancel` call, made by [`ScimConnection::rotate_cancel`](ScimConnection::rotate_cancel): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct ScimConnectionRotateCancelCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::ScimConnectionRotateCancel<'a>,
    path_params: crate::call::PathParams,
    member: crate::call::MemberAuthorization,
}

impl<'a> ScimConnectionRotateCancelCall<'a> {
    /// Globally unique ID of an Organization; most request paths and bodies also accept the Organization's slug or external ID (Path parameter, required).
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("organization_id", value.into());
        self.request = self.request.organization_id(value);
        self
    }

    /// ID of an SSO or SCIM connection (Path parameter, required).
    pub fn connection_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("connection_id", value.into());
        self.request = self.request.connection_id(value);
        self
    }

    /// Acts for the member holding this session token: the API then allows the call only if the member's roles grant it (sent as `X-Stytch-Member-Session`; an empty token sends nothing).
    pub fn member_session_token(
        mut self,
        token: impl Into<crate::SecretString>,
    ) -> Self {
        self.member.session_token = Some(token.into());
        self
    }

    /// Acts for the member holding this session JWT: the API then allows the call only if the member's roles grant it (sent as `X-Stytch-Member-SessionJWT`; an empty JWT sends nothing).
    pub fn member_session_jwt(mut self, jwt: impl Into<crate::SecretString>) -> Self {
        self.member.session_jwt = Some(jwt.into());
        self
    }
}

impl<'a> ::std::future::IntoFuture for ScimConnectionRotateCancelCall<'a> {
    type Output = Result<ScimConnectionRotateCancelResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, ScimConnectionRotateCancelResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params, member } = self;
        client
            .send(
                &SCIM_CONNECTION_ROTATE_CANCEL,
                path_params,
                member,
                move || request.clone().send(),
            )
    }
}

/// The `scim_connection_get` operation.
pub(crate) const SCIM_CONNECTION_GET: crate::call::Operation = crate::call::Operation {
    id: "scim_connection_get",
    method: "GET",
    path: "/v1/b2b/scim/{organization_id}/connection",
    sdk_call: "scim().connection().get()",
    idempotent: true,
};

/// A `scim_connection_get` call, made by [`ScimConnection::get`](ScimConnection::get): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct ScimConnectionGetCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::ScimConnectionGet<'a>,
    path_params: crate::call::PathParams,
    member: crate::call::MemberAuthorization,
}

impl<'a> ScimConnectionGetCall<'a> {
    /// Globally unique ID of an Organization; most request paths and bodies also accept the Organization's slug or external ID (Path parameter, required).
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("organization_id", value.into());
        self.request = self.request.organization_id(value);
        self
    }

    /// Acts for the member holding this session token: the API then allows the call only if the member's roles grant it (sent as `X-Stytch-Member-Session`; an empty token sends nothing).
    pub fn member_session_token(
        mut self,
        token: impl Into<crate::SecretString>,
    ) -> Self {
        self.member.session_token = Some(token.into());
        self
    }

    /// Acts for the member holding this session JWT: the API then allows the call only if the member's roles grant it (sent as `X-Stytch-Member-SessionJWT`; an empty JWT sends nothing).
    pub fn member_session_jwt(mut self, jwt: impl Into<crate::SecretString>) -> Self {
        self.member.session_jwt = Some(jwt.into());
        self
    }
}

impl<'a> ::std::future::IntoFuture for ScimConnectionGetCall<'a> {
    type Output = Result<ScimConnectionGetResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, ScimConnectionGetResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params, member } = self;
        client
            .send(
                &SCIM_CONNECTION_GET,
                path_params,
                member,
                move || request.clone().send(),
            )
    }
}

/// The `scim_connection_create` operation.
pub(crate) const SCIM_CONNECTION_CREATE: crate::call::Operation = crate::call::Operation {
    id: "scim_connection_create",
    method: "POST",
    path: "/v1/b2b/scim/{organization_id}/connection",
    sdk_call: "scim().connection().create()",
    idempotent: false,
};

/// A `scim_connection_create` call, made by [`ScimConnection::create`](ScimConnection::create): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct ScimConnectionCreateCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::ScimConnectionCreate<'a>,
    path_params: crate::call::PathParams,
    member: crate::call::MemberAuthorization,
}

impl<'a> ScimConnectionCreateCall<'a> {
    /// Globally unique ID of an Organization; most request paths and bodies also accept the Organization's slug or external ID (Path parameter, required).
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("organization_id", value.into());
        self.request = self.request.organization_id(value);
        self
    }

    /// Acts for the member holding this session token: the API then allows the call only if the member's roles grant it (sent as `X-Stytch-Member-Session`; an empty token sends nothing).
    pub fn member_session_token(
        mut self,
        token: impl Into<crate::SecretString>,
    ) -> Self {
        self.member.session_token = Some(token.into());
        self
    }

    /// Acts for the member holding this session JWT: the API then allows the call only if the member's roles grant it (sent as `X-Stytch-Member-SessionJWT`; an empty JWT sends nothing).
    pub fn member_session_jwt(mut self, jwt: impl Into<crate::SecretString>) -> Self {
        self.member.session_jwt = Some(jwt.into());
        self
    }
}

impl<'a> ::std::future::IntoFuture for ScimConnectionCreateCall<'a> {
    type Output = Result<ScimConnectionCreateResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, ScimConnectionCreateResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params, member } = self;
        client
            .send(
                &SCIM_CONNECTION_CREATE,
                path_params,
                member,
                move || request.clone().send(),
            )
    }
}
