// @generated from openapi/b2b.yaml by `cargo xtask codegen`. Do not edit by hand: change the spec (or xtask/src/sdk.rs) and regenerate.
//! Diagnostic calls for checking the project and credentials in use.

pub use stytch_b2b_api::types::DebugWhoamiResponse;

/// Groups diagnostic calls, such as checking which project the API credentials belong to.
///
/// Reached with `client.debug()`.
#[derive(Debug, Clone, Copy)]
pub struct Debug<'a> {
    pub(crate) client: &'a crate::Client,
}

impl<'a> Debug<'a> {
    /// Show which project the credentials belong to.
    ///
    /// Returns the ID and name of the project that owns the credentials used for the call. This is useful for checking a configuration.
    ///
    /// `GET /v1/debug/whoami` (`debug_whoami`). `.await` the returned call to send it.
    ///
    /// # Errors
    ///
    /// Any [`Error`](crate::Error) of the call.
    pub fn whoami(&self) -> DebugWhoamiCall<'a> {
        DebugWhoamiCall {
            client: self.client,
            request: self.client.inner.api.debug_whoami(),
            path_params: crate::call::PathParams::default(),
        }
    }
}

/// The `debug_whoami` operation.
pub(crate) const DEBUG_WHOAMI: crate::call::Operation = crate::call::Operation {
    id: "debug_whoami",
    method: "GET",
    path: "/v1/debug/whoami",
    sdk_call: "debug().whoami()",
    idempotent: true,
};

/// A `debug_whoami` call, made by [`Debug::whoami`](Debug::whoami): `.await` it to send it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct DebugWhoamiCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::DebugWhoami<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> ::std::future::IntoFuture for DebugWhoamiCall<'a> {
    type Output = Result<DebugWhoamiResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, DebugWhoamiResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &DEBUG_WHOAMI,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}
