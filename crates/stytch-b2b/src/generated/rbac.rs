// @generated from openapi/b2b.yaml by `cargo xtask codegen`. Do not edit by hand: change the spec (or xtask/src/sdk.rs) and regenerate.
//! Role-based access control: the roles, resources and scopes of the project.

pub use stytch_b2b_api::types::RbacPolicyResponse;

/// Role-based access control.
///
/// Reached with `client.rbac()`.
#[derive(Debug, Clone, Copy)]
pub struct Rbac<'a> {
    pub(crate) client: &'a crate::Client,
}

impl<'a> Rbac<'a> {
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

/// The `rbac_policy` operation.
pub(crate) const RBAC_POLICY: crate::call::Operation = crate::call::Operation {
    id: "rbac_policy",
    method: "GET",
    path: "/v1/b2b/rbac/policy",
    sdk_call: "rbac().policy()",
    idempotent: true,
};

/// A `rbac_policy` call, made by [`Rbac::policy`]: `.await` it to send it.
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
        client.send(&RBAC_POLICY, path_params, move || request.clone().send())
    }
}
