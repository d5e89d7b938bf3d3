// @generated from openapi/b2b.yaml by `cargo xtask codegen`. Do not edit by hand: change the spec (or xtask/src/sdk.rs) and regenerate.
//! Role-based access control: the roles, resources and scopes of the project.

pub use stytch_b2b_api::types::{
    RbacOrganizationsGetOrgPolicyResponse, RbacOrganizationsSetOrgPolicyRequest,
    RbacOrganizationsSetOrgPolicyResponse, RbacPolicyResponse,
};

/// Role-based access control.
///
/// Reached with `client.rbac()`.
#[derive(Debug, Clone, Copy)]
pub struct Rbac<'a> {
    pub(crate) client: &'a crate::Client,
}

impl<'a> Rbac<'a> {
    /// Reads and replaces the RBAC policies (custom roles) of individual Organizations.
    pub fn organizations(&self) -> RbacOrganizations<'a> {
        RbacOrganizations {
            client: self.client,
        }
    }

    /// Get the project's RBAC policy.
    ///
    /// Returns the project's role-based access control policy, the roles members can hold, the resources they act on with the actions each role may take, and the scopes of M2M clients. The policy also holds the default roles Stytch defines for every project.
    ///
    /// `GET /v1/b2b/rbac/policy` (`rbac_policy`). `.await` the returned call to send it.
    ///
    /// # Errors
    ///
    /// Any [`Error`](crate::Error) of the call.
    pub fn policy(&self) -> RbacPolicyCall<'a> {
        RbacPolicyCall {
            client: self.client,
            request: self.client.inner.api.rbac_policy(),
            path_params: crate::call::PathParams::default(),
        }
    }
}

/// Reads and replaces the RBAC policies (custom roles) of individual Organizations.
///
/// Reached with `client.rbac().organizations()`.
#[derive(Debug, Clone, Copy)]
pub struct RbacOrganizations<'a> {
    pub(crate) client: &'a crate::Client,
}

impl<'a> RbacOrganizations<'a> {
    /// Get an Organization's RBAC policy.
    ///
    /// Returns the custom roles defined only for this Organization, which are added to the project-wide RBAC policy. This feature is in private beta.
    ///
    /// `GET /v1/b2b/rbac/organizations/{organization_id}` (`rbac_organizations_get_org_policy`). Set [`organization_id`](RbacOrganizationsGetOrgPolicyCall::organization_id) (required) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn get_org_policy(&self) -> RbacOrganizationsGetOrgPolicyCall<'a> {
        RbacOrganizationsGetOrgPolicyCall {
            client: self.client,
            request: self.client.inner.api.rbac_organizations_get_org_policy(),
            path_params: crate::call::PathParams::default(),
        }
    }

    /// Set an Organization's RBAC policy.
    ///
    /// Replaces the Organization's custom roles with those in `org_policy`; the project-wide policy is not changed. This feature is in private beta.
    ///
    /// `PUT /v1/b2b/rbac/organizations/{organization_id}` (`rbac_organizations_set_org_policy`). Set [`organization_id`](RbacOrganizationsSetOrgPolicyCall::organization_id) (required) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing or a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn set_org_policy<B>(&self, body: B) -> RbacOrganizationsSetOrgPolicyCall<'a>
    where
        B: TryInto<RbacOrganizationsSetOrgPolicyRequest>,
        B::Error: std::fmt::Display,
    {
        RbacOrganizationsSetOrgPolicyCall {
            client: self.client,
            request: self
                .client
                .inner
                .api
                .rbac_organizations_set_org_policy()
                .body(body),
            path_params: crate::call::PathParams::default(),
        }
    }
}

/// The `rbac_policy` operation.
pub(crate) const RBAC_POLICY: crate::call::Operation = crate::call::Operation {
    id: "rbac_policy",
    method: "GET",
    path: "/v1/b2b/rbac/policy",
    sdk_call: "rbac().policy()",
    idempotent: true,
};

/// A `rbac_policy` call, made by [`Rbac::policy`](Rbac::policy): `.await` it to send it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct RbacPolicyCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::RbacPolicy<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> ::std::future::IntoFuture for RbacPolicyCall<'a> {
    type Output = Result<RbacPolicyResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, RbacPolicyResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &RBAC_POLICY,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `rbac_organizations_get_org_policy` operation.
pub(crate) const RBAC_ORGANIZATIONS_GET_ORG_POLICY: crate::call::Operation = crate::call::Operation {
    id: "rbac_organizations_get_org_policy",
    method: "GET",
    path: "/v1/b2b/rbac/organizations/{organization_id}",
    sdk_call: "rbac().organizations().get_org_policy()",
    idempotent: true,
};

/// A `rbac_organizations_get_org_policy` call, made by [`RbacOrganizations::get_org_policy`](RbacOrganizations::get_org_policy): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct RbacOrganizationsGetOrgPolicyCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::RbacOrganizationsGetOrgPolicy<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> RbacOrganizationsGetOrgPolicyCall<'a> {
    /// Globally unique ID of an Organization; most request paths and bodies also accept the Organization's slug or external ID (Path parameter, required).
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("organization_id", value.into());
        self.request = self.request.organization_id(value);
        self
    }
}

impl<'a> ::std::future::IntoFuture for RbacOrganizationsGetOrgPolicyCall<'a> {
    type Output = Result<RbacOrganizationsGetOrgPolicyResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, RbacOrganizationsGetOrgPolicyResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &RBAC_ORGANIZATIONS_GET_ORG_POLICY,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `rbac_organizations_set_org_policy` operation.
pub(crate) const RBAC_ORGANIZATIONS_SET_ORG_POLICY: crate::call::Operation = crate::call::Operation {
    id: "rbac_organizations_set_org_policy",
    method: "PUT",
    path: "/v1/b2b/rbac/organizations/{organization_id}",
    sdk_call: "rbac().organizations().set_org_policy()",
    idempotent: false,
};

/// A `rbac_organizations_set_org_policy` call, made by [`RbacOrganizations::set_org_policy`](RbacOrganizations::set_org_policy): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct RbacOrganizationsSetOrgPolicyCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::RbacOrganizationsSetOrgPolicy<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> RbacOrganizationsSetOrgPolicyCall<'a> {
    /// Globally unique ID of an Organization; most request paths and bodies also accept the Organization's slug or external ID (Path parameter, required).
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("organization_id", value.into());
        self.request = self.request.organization_id(value);
        self
    }
}

impl<'a> ::std::future::IntoFuture for RbacOrganizationsSetOrgPolicyCall<'a> {
    type Output = Result<RbacOrganizationsSetOrgPolicyResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, RbacOrganizationsSetOrgPolicyResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &RBAC_ORGANIZATIONS_SET_ORG_POLICY,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}
