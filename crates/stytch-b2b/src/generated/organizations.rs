// @generated from openapi/b2b.yaml by `cargo xtask codegen`. Do not edit by hand: change the spec (or xtask/src/sdk.rs) and regenerate.
//! Organizations (tenants) and their members.

pub use stytch_b2b_api::types::{
    OrganizationsCreateRequest, OrganizationsCreateResponse, OrganizationsDeleteResponse,
    OrganizationsGetResponse, OrganizationsMembersCreateRequest,
    OrganizationsMembersCreateResponse, OrganizationsMembersDeleteMfaPhoneNumberResponse,
    OrganizationsMembersDeletePasswordResponse, OrganizationsMembersDeleteResponse,
    OrganizationsMembersGetResponse, OrganizationsMembersReactivateResponse,
    OrganizationsMembersSearchRequest, OrganizationsMembersSearchResponse,
    OrganizationsMembersUpdateRequest, OrganizationsMembersUpdateResponse,
    OrganizationsSearchRequest, OrganizationsSearchResponse, OrganizationsUpdateRequest,
    OrganizationsUpdateResponse,
};

/// Organizations (tenants).
///
/// Reached with `client.organizations()`.
#[derive(Debug, Clone, Copy)]
pub struct Organizations<'a> {
    pub(crate) client: &'a crate::Client,
}

impl<'a> Organizations<'a> {
    /// Members of organizations.
    pub fn members(&self) -> OrganizationsMembers<'a> {
        OrganizationsMembers {
            client: self.client,
        }
    }

    /// Create an organization.
    ///
    /// Creates a new organization (tenant) with its authentication policies.
    ///
    /// `POST /v1/b2b/organizations` (`organizations_create`). `.await` the returned call to send it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn create<B>(&self, body: B) -> OrganizationsCreateCall<'a>
    where
        B: TryInto<OrganizationsCreateRequest>,
        B::Error: std::fmt::Display,
    {
        OrganizationsCreateCall {
            client: self.client,
            request: self.client.inner.api.organizations_create().body(body),
            path_params: crate::call::PathParams::default(),
        }
    }

    /// Delete an organization.
    ///
    /// Deletes an organization together with all of its members.
    ///
    /// `DELETE /v1/b2b/organizations/{organization_id}` (`organizations_delete`). Set [`organization_id`](OrganizationsDeleteCall::organization_id) (required) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn delete(&self) -> OrganizationsDeleteCall<'a> {
        OrganizationsDeleteCall {
            client: self.client,
            request: self.client.inner.api.organizations_delete(),
            path_params: crate::call::PathParams::default(),
        }
    }

    /// Get an organization.
    ///
    /// Fetches one organization by id.
    ///
    /// `GET /v1/b2b/organizations/{organization_id}` (`organizations_get`). Set [`organization_id`](OrganizationsGetCall::organization_id) (required) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn get(&self) -> OrganizationsGetCall<'a> {
        OrganizationsGetCall {
            client: self.client,
            request: self.client.inner.api.organizations_get(),
            path_params: crate::call::PathParams::default(),
        }
    }

    /// Search organizations.
    ///
    /// Searches all organizations of the project with an optional filter query, in pages.
    ///
    /// `POST /v1/b2b/organizations/search` (`organizations_search`). `.await` the returned call to send it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn search<B>(&self, body: B) -> OrganizationsSearchCall<'a>
    where
        B: TryInto<OrganizationsSearchRequest>,
        B::Error: std::fmt::Display,
    {
        OrganizationsSearchCall {
            client: self.client,
            request: self.client.inner.api.organizations_search().body(body),
            path_params: crate::call::PathParams::default(),
        }
    }

    /// Update an organization.
    ///
    /// Changes an organization's settings. Only the fields sent are changed; send an empty list to clear a list setting.
    ///
    /// `PUT /v1/b2b/organizations/{organization_id}` (`organizations_update`). Set [`organization_id`](OrganizationsUpdateCall::organization_id) (required) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing or a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn update<B>(&self, body: B) -> OrganizationsUpdateCall<'a>
    where
        B: TryInto<OrganizationsUpdateRequest>,
        B::Error: std::fmt::Display,
    {
        OrganizationsUpdateCall {
            client: self.client,
            request: self.client.inner.api.organizations_update().body(body),
            path_params: crate::call::PathParams::default(),
        }
    }
}

/// Members of organizations.
///
/// Reached with `client.organizations().members()`.
#[derive(Debug, Clone, Copy)]
pub struct OrganizationsMembers<'a> {
    pub(crate) client: &'a crate::Client,
}

impl<'a> OrganizationsMembers<'a> {
    /// Create a member.
    ///
    /// Adds a member to an organization without sending any email.
    ///
    /// `POST /v1/b2b/organizations/{organization_id}/members` (`organizations_members_create`). Set [`organization_id`](OrganizationsMembersCreateCall::organization_id) (required) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing or a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn create<B>(&self, body: B) -> OrganizationsMembersCreateCall<'a>
    where
        B: TryInto<OrganizationsMembersCreateRequest>,
        B::Error: std::fmt::Display,
    {
        OrganizationsMembersCreateCall {
            client: self.client,
            request: self.client.inner.api.organizations_members_create().body(body),
            path_params: crate::call::PathParams::default(),
        }
    }

    /// Delete a member.
    ///
    /// Removes a member from its organization.
    ///
    /// `DELETE /v1/b2b/organizations/{organization_id}/members/{member_id}` (`organizations_members_delete`). Set [`organization_id`](OrganizationsMembersDeleteCall::organization_id) (required), [`member_id`](OrganizationsMembersDeleteCall::member_id) (required) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn delete(&self) -> OrganizationsMembersDeleteCall<'a> {
        OrganizationsMembersDeleteCall {
            client: self.client,
            request: self.client.inner.api.organizations_members_delete(),
            path_params: crate::call::PathParams::default(),
        }
    }

    /// Delete a member's MFA phone number.
    ///
    /// Removes the phone number a member uses for SMS second-factor authentication.
    ///
    /// `DELETE /v1/b2b/organizations/{organization_id}/members/mfa_phone_numbers/{member_id}` (`organizations_members_delete_mfa_phone_number`). Set [`organization_id`](OrganizationsMembersDeleteMfaPhoneNumberCall::organization_id) (required), [`member_id`](OrganizationsMembersDeleteMfaPhoneNumberCall::member_id) (required) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn delete_mfa_phone_number(
        &self,
    ) -> OrganizationsMembersDeleteMfaPhoneNumberCall<'a> {
        OrganizationsMembersDeleteMfaPhoneNumberCall {
            client: self.client,
            request: self
                .client
                .inner
                .api
                .organizations_members_delete_mfa_phone_number(),
            path_params: crate::call::PathParams::default(),
        }
    }

    /// Delete a member's password.
    ///
    /// Removes the password registered for a member.
    ///
    /// `DELETE /v1/b2b/organizations/{organization_id}/members/passwords/{member_password_id}` (`organizations_members_delete_password`). Set [`organization_id`](OrganizationsMembersDeletePasswordCall::organization_id) (required), [`member_password_id`](OrganizationsMembersDeletePasswordCall::member_password_id) (required) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn delete_password(&self) -> OrganizationsMembersDeletePasswordCall<'a> {
        OrganizationsMembersDeletePasswordCall {
            client: self.client,
            request: self.client.inner.api.organizations_members_delete_password(),
            path_params: crate::call::PathParams::default(),
        }
    }

    /// Get a member.
    ///
    /// Looks a member up by member id or by email address within one organization.
    ///
    /// `GET /v1/b2b/organizations/{organization_id}/member` (`organizations_members_get`). Set [`organization_id`](OrganizationsMembersGetCall::organization_id) (required), [`member_id`](OrganizationsMembersGetCall::member_id), [`email_address`](OrganizationsMembersGetCall::email_address) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn get(&self) -> OrganizationsMembersGetCall<'a> {
        OrganizationsMembersGetCall {
            client: self.client,
            request: self.client.inner.api.organizations_members_get(),
            path_params: crate::call::PathParams::default(),
        }
    }

    /// Reactivate a member.
    ///
    /// Brings a deleted member back to the active state.
    ///
    /// `PUT /v1/b2b/organizations/{organization_id}/members/{member_id}/reactivate` (`organizations_members_reactivate`). Set [`organization_id`](OrganizationsMembersReactivateCall::organization_id) (required), [`member_id`](OrganizationsMembersReactivateCall::member_id) (required) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn reactivate(&self) -> OrganizationsMembersReactivateCall<'a> {
        OrganizationsMembersReactivateCall {
            client: self.client,
            request: self.client.inner.api.organizations_members_reactivate(),
            path_params: crate::call::PathParams::default(),
        }
    }

    /// Search members.
    ///
    /// Searches members across one or more organizations with an optional filter query, in pages.
    ///
    /// `POST /v1/b2b/organizations/members/search` (`organizations_members_search`). `.await` the returned call to send it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn search<B>(&self, body: B) -> OrganizationsMembersSearchCall<'a>
    where
        B: TryInto<OrganizationsMembersSearchRequest>,
        B::Error: std::fmt::Display,
    {
        OrganizationsMembersSearchCall {
            client: self.client,
            request: self.client.inner.api.organizations_members_search().body(body),
            path_params: crate::call::PathParams::default(),
        }
    }

    /// Update a member.
    ///
    /// Changes a member's name, metadata, break-glass flag or MFA settings. Only the fields sent are changed.
    ///
    /// `PUT /v1/b2b/organizations/{organization_id}/members/{member_id}` (`organizations_members_update`). Set [`organization_id`](OrganizationsMembersUpdateCall::organization_id) (required), [`member_id`](OrganizationsMembersUpdateCall::member_id) (required) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing or a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn update<B>(&self, body: B) -> OrganizationsMembersUpdateCall<'a>
    where
        B: TryInto<OrganizationsMembersUpdateRequest>,
        B::Error: std::fmt::Display,
    {
        OrganizationsMembersUpdateCall {
            client: self.client,
            request: self.client.inner.api.organizations_members_update().body(body),
            path_params: crate::call::PathParams::default(),
        }
    }
}

/// The `organizations_create` operation.
pub(crate) const ORGANIZATIONS_CREATE: crate::call::Operation = crate::call::Operation {
    id: "organizations_create",
    method: "POST",
    path: "/v1/b2b/organizations",
    sdk_call: "organizations().create()",
    idempotent: false,
};

/// A `organizations_create` call, made by [`Organizations::create`]: `.await` it to send it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct OrganizationsCreateCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::OrganizationsCreate<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> ::std::future::IntoFuture for OrganizationsCreateCall<'a> {
    type Output = Result<OrganizationsCreateResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, OrganizationsCreateResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client.send(&ORGANIZATIONS_CREATE, path_params, move || request.clone().send())
    }
}

/// The `organizations_members_search` operation.
pub(crate) const ORGANIZATIONS_MEMBERS_SEARCH: crate::call::Operation = crate::call::Operation {
    id: "organizations_members_search",
    method: "POST",
    path: "/v1/b2b/organizations/members/search",
    sdk_call: "organizations().members().search()",
    idempotent: true,
};

/// A `organizations_members_search` call, made by [`OrganizationsMembers::search`]: `.await` it to send it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct OrganizationsMembersSearchCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::OrganizationsMembersSearch<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> ::std::future::IntoFuture for OrganizationsMembersSearchCall<'a> {
    type Output = Result<OrganizationsMembersSearchResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, OrganizationsMembersSearchResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &ORGANIZATIONS_MEMBERS_SEARCH,
                path_params,
                move || request.clone().send(),
            )
    }
}

/// The `organizations_search` operation.
pub(crate) const ORGANIZATIONS_SEARCH: crate::call::Operation = crate::call::Operation {
    id: "organizations_search",
    method: "POST",
    path: "/v1/b2b/organizations/search",
    sdk_call: "organizations().search()",
    idempotent: true,
};

/// A `organizations_search` call, made by [`Organizations::search`]: `.await` it to send it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct OrganizationsSearchCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::OrganizationsSearch<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> ::std::future::IntoFuture for OrganizationsSearchCall<'a> {
    type Output = Result<OrganizationsSearchResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, OrganizationsSearchResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client.send(&ORGANIZATIONS_SEARCH, path_params, move || request.clone().send())
    }
}

/// The `organizations_get` operation.
pub(crate) const ORGANIZATIONS_GET: crate::call::Operation = crate::call::Operation {
    id: "organizations_get",
    method: "GET",
    path: "/v1/b2b/organizations/{organization_id}",
    sdk_call: "organizations().get()",
    idempotent: true,
};

/// A `organizations_get` call, made by [`Organizations::get`]: set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct OrganizationsGetCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::OrganizationsGet<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> OrganizationsGetCall<'a> {
    /// Organization identifier (Path parameter, required).
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("organization_id", value.into());
        self.request = self.request.organization_id(value);
        self
    }
}

impl<'a> ::std::future::IntoFuture for OrganizationsGetCall<'a> {
    type Output = Result<OrganizationsGetResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, OrganizationsGetResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client.send(&ORGANIZATIONS_GET, path_params, move || request.clone().send())
    }
}

/// The `organizations_update` operation.
pub(crate) const ORGANIZATIONS_UPDATE: crate::call::Operation = crate::call::Operation {
    id: "organizations_update",
    method: "PUT",
    path: "/v1/b2b/organizations/{organization_id}",
    sdk_call: "organizations().update()",
    idempotent: true,
};

/// A `organizations_update` call, made by [`Organizations::update`]: set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct OrganizationsUpdateCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::OrganizationsUpdate<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> OrganizationsUpdateCall<'a> {
    /// Organization identifier (Path parameter, required).
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("organization_id", value.into());
        self.request = self.request.organization_id(value);
        self
    }
}

impl<'a> ::std::future::IntoFuture for OrganizationsUpdateCall<'a> {
    type Output = Result<OrganizationsUpdateResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, OrganizationsUpdateResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client.send(&ORGANIZATIONS_UPDATE, path_params, move || request.clone().send())
    }
}

/// The `organizations_delete` operation.
pub(crate) const ORGANIZATIONS_DELETE: crate::call::Operation = crate::call::Operation {
    id: "organizations_delete",
    method: "DELETE",
    path: "/v1/b2b/organizations/{organization_id}",
    sdk_call: "organizations().delete()",
    idempotent: false,
};

/// A `organizations_delete` call, made by [`Organizations::delete`]: set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct OrganizationsDeleteCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::OrganizationsDelete<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> OrganizationsDeleteCall<'a> {
    /// Organization identifier (Path parameter, required).
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("organization_id", value.into());
        self.request = self.request.organization_id(value);
        self
    }
}

impl<'a> ::std::future::IntoFuture for OrganizationsDeleteCall<'a> {
    type Output = Result<OrganizationsDeleteResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, OrganizationsDeleteResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client.send(&ORGANIZATIONS_DELETE, path_params, move || request.clone().send())
    }
}

/// The `organizations_members_get` operation.
pub(crate) const ORGANIZATIONS_MEMBERS_GET: crate::call::Operation = crate::call::Operation {
    id: "organizations_members_get",
    method: "GET",
    path: "/v1/b2b/organizations/{organization_id}/member",
    sdk_call: "organizations().members().get()",
    idempotent: true,
};

/// A `organizations_members_get` call, made by [`OrganizationsMembers::get`]: set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct OrganizationsMembersGetCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::OrganizationsMembersGet<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> OrganizationsMembersGetCall<'a> {
    /// Organization identifier (Path parameter, required).
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("organization_id", value.into());
        self.request = self.request.organization_id(value);
        self
    }

    /// The member's id; give it or the email address (Query parameter).
    pub fn member_id(mut self, value: impl Into<String>) -> Self {
        self.request = self.request.member_id(value.into());
        self
    }

    /// The member's email address, to look the member up by address instead of by id (Query parameter).
    pub fn email_address(mut self, value: impl Into<String>) -> Self {
        self.request = self.request.email_address(value.into());
        self
    }
}

impl<'a> ::std::future::IntoFuture for OrganizationsMembersGetCall<'a> {
    type Output = Result<OrganizationsMembersGetResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, OrganizationsMembersGetResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &ORGANIZATIONS_MEMBERS_GET,
                path_params,
                move || request.clone().send(),
            )
    }
}

/// The `organizations_members_create` operation.
pub(crate) const ORGANIZATIONS_MEMBERS_CREATE: crate::call::Operation = crate::call::Operation {
    id: "organizations_members_create",
    method: "POST",
    path: "/v1/b2b/organizations/{organization_id}/members",
    sdk_call: "organizations().members().create()",
    idempotent: false,
};

/// A `organizations_members_create` call, made by [`OrganizationsMembers::create`]: set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct OrganizationsMembersCreateCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::OrganizationsMembersCreate<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> OrganizationsMembersCreateCall<'a> {
    /// Organization identifier (Path parameter, required).
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("organization_id", value.into());
        self.request = self.request.organization_id(value);
        self
    }
}

impl<'a> ::std::future::IntoFuture for OrganizationsMembersCreateCall<'a> {
    type Output = Result<OrganizationsMembersCreateResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, OrganizationsMembersCreateResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &ORGANIZATIONS_MEMBERS_CREATE,
                path_params,
                move || request.clone().send(),
            )
    }
}

/// The `organizations_members_delete_mfa_phone_number` operation.
pub(crate) const ORGANIZATIONS_MEMBERS_DELETE_MFA_PHONE_NUMBER: crate::call::Operation = crate::call::Operation {
    id: "organizations_members_delete_mfa_phone_number",
    method: "DELETE",
    path: "/v1/b2b/organizations/{organization_id}/members/mfa_phone_numbers/{member_id}",
    sdk_call: "organizations().members().delete_mfa_phone_number()",
    idempotent: false,
};

/// A `organizations_members_delete_mfa_phone_number` call, made by [`OrganizationsMembers::delete_mfa_phone_number`]: set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct OrganizationsMembersDeleteMfaPhoneNumberCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::OrganizationsMembersDeleteMfaPhoneNumber<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> OrganizationsMembersDeleteMfaPhoneNumberCall<'a> {
    /// Organization identifier (Path parameter, required).
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("organization_id", value.into());
        self.request = self.request.organization_id(value);
        self
    }

    /// Member identifier (Path parameter, required).
    pub fn member_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("member_id", value.into());
        self.request = self.request.member_id(value);
        self
    }
}

impl<'a> ::std::future::IntoFuture for OrganizationsMembersDeleteMfaPhoneNumberCall<'a> {
    type Output = Result<OrganizationsMembersDeleteMfaPhoneNumberResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<
        'a,
        OrganizationsMembersDeleteMfaPhoneNumberResponse,
    >;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &ORGANIZATIONS_MEMBERS_DELETE_MFA_PHONE_NUMBER,
                path_params,
                move || request.clone().send(),
            )
    }
}

/// The `organizations_members_delete_password` operation.
pub(crate) const ORGANIZATIONS_MEMBERS_DELETE_PASSWORD: crate::call::Operation = crate::call::Operation {
    id: "organizations_members_delete_password",
    method: "DELETE",
    path: "/v1/b2b/organizations/{organization_id}/members/passwords/{member_password_id}",
    sdk_call: "organizations().members().delete_password()",
    idempotent: false,
};

/// A `organizations_members_delete_password` call, made by [`OrganizationsMembers::delete_password`]: set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct OrganizationsMembersDeletePasswordCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::OrganizationsMembersDeletePassword<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> OrganizationsMembersDeletePasswordCall<'a> {
    /// Organization identifier (Path parameter, required).
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("organization_id", value.into());
        self.request = self.request.organization_id(value);
        self
    }

    /// Member password id (Path parameter, required).
    pub fn member_password_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("member_password_id", value.into());
        self.request = self.request.member_password_id(value);
        self
    }
}

impl<'a> ::std::future::IntoFuture for OrganizationsMembersDeletePasswordCall<'a> {
    type Output = Result<OrganizationsMembersDeletePasswordResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<
        'a,
        OrganizationsMembersDeletePasswordResponse,
    >;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &ORGANIZATIONS_MEMBERS_DELETE_PASSWORD,
                path_params,
                move || request.clone().send(),
            )
    }
}

/// The `organizations_members_update` operation.
pub(crate) const ORGANIZATIONS_MEMBERS_UPDATE: crate::call::Operation = crate::call::Operation {
    id: "organizations_members_update",
    method: "PUT",
    path: "/v1/b2b/organizations/{organization_id}/members/{member_id}",
    sdk_call: "organizations().members().update()",
    idempotent: true,
};

/// A `organizations_members_update` call, made by [`OrganizationsMembers::update`]: set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct OrganizationsMembersUpdateCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::OrganizationsMembersUpdate<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> OrganizationsMembersUpdateCall<'a> {
    /// Organization identifier (Path parameter, required).
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("organization_id", value.into());
        self.request = self.request.organization_id(value);
        self
    }

    /// Member identifier (Path parameter, required).
    pub fn member_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("member_id", value.into());
        self.request = self.request.member_id(value);
        self
    }
}

impl<'a> ::std::future::IntoFuture for OrganizationsMembersUpdateCall<'a> {
    type Output = Result<OrganizationsMembersUpdateResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, OrganizationsMembersUpdateResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &ORGANIZATIONS_MEMBERS_UPDATE,
                path_params,
                move || request.clone().send(),
            )
    }
}

/// The `organizations_members_delete` operation.
pub(crate) const ORGANIZATIONS_MEMBERS_DELETE: crate::call::Operation = crate::call::Operation {
    id: "organizations_members_delete",
    method: "DELETE",
    path: "/v1/b2b/organizations/{organization_id}/members/{member_id}",
    sdk_call: "organizations().members().delete()",
    idempotent: false,
};

/// A `organizations_members_delete` call, made by [`OrganizationsMembers::delete`]: set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct OrganizationsMembersDeleteCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::OrganizationsMembersDelete<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> OrganizationsMembersDeleteCall<'a> {
    /// Organization identifier (Path parameter, required).
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("organization_id", value.into());
        self.request = self.request.organization_id(value);
        self
    }

    /// Member identifier (Path parameter, required).
    pub fn member_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("member_id", value.into());
        self.request = self.request.member_id(value);
        self
    }
}

impl<'a> ::std::future::IntoFuture for OrganizationsMembersDeleteCall<'a> {
    type Output = Result<OrganizationsMembersDeleteResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, OrganizationsMembersDeleteResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &ORGANIZATIONS_MEMBERS_DELETE,
                path_params,
                move || request.clone().send(),
            )
    }
}

/// The `organizations_members_reactivate` operation.
pub(crate) const ORGANIZATIONS_MEMBERS_REACTIVATE: crate::call::Operation = crate::call::Operation {
    id: "organizations_members_reactivate",
    method: "PUT",
    path: "/v1/b2b/organizations/{organization_id}/members/{member_id}/reactivate",
    sdk_call: "organizations().members().reactivate()",
    idempotent: false,
};

/// A `organizations_members_reactivate` call, made by [`OrganizationsMembers::reactivate`]: set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct OrganizationsMembersReactivateCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::OrganizationsMembersReactivate<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> OrganizationsMembersReactivateCall<'a> {
    /// Organization identifier (Path parameter, required).
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("organization_id", value.into());
        self.request = self.request.organization_id(value);
        self
    }

    /// Member identifier (Path parameter, required).
    pub fn member_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("member_id", value.into());
        self.request = self.request.member_id(value);
        self
    }
}

impl<'a> ::std::future::IntoFuture for OrganizationsMembersReactivateCall<'a> {
    type Output = Result<OrganizationsMembersReactivateResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<
        'a,
        OrganizationsMembersReactivateResponse,
    >;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &ORGANIZATIONS_MEMBERS_REACTIVATE,
                path_params,
                move || request.clone().send(),
            )
    }
}
