// @generated from openapi/b2b.yaml by `cargo xtask codegen`. Do not edit by hand: change the spec (or xtask/src/sdk.rs) and regenerate.
//! Project-level information such as usage metrics.

pub use stytch_b2b_api::types::ProjectMetricsResponse;

/// Groups project-level calls, such as usage metrics.
///
/// Reached with `client.project()`.
#[derive(Debug, Clone, Copy)]
pub struct Project<'a> {
    pub(crate) client: &'a crate::Client,
}

impl<'a> Project<'a> {
    /// Get project metrics.
    ///
    /// Returns counts for the project, such as users, Organizations, Members and M2M clients, as a list of `metrics` entries.
    ///
    /// `GET /v1/projects/metrics` (`project_metrics`). `.await` the returned call to send it.
    ///
    /// # Errors
    ///
    /// Any [`Error`](crate::Error) of the call.
    pub fn metrics(&self) -> ProjectMetricsCall<'a> {
        ProjectMetricsCall {
            client: self.client,
            request: self.client.inner.api.project_metrics(),
            path_params: crate::call::PathParams::default(),
        }
    }
}

/// The `project_metrics` operation.
pub(crate) const PROJECT_METRICS: crate::call::Operation = crate::call::Operation {
    id: "project_metrics",
    method: "GET",
    path: "/v1/projects/metrics",
    sdk_call: "project().metrics()",
    idempotent: true,
};

/// A `project_metrics` call, made by [`Project::metrics`](Project::metrics): `.await` it to send it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct ProjectMetricsCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::ProjectMetrics<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> ::std::future::IntoFuture for ProjectMetricsCall<'a> {
    type Output = Result<ProjectMetricsResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, ProjectMetricsResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &PROJECT_METRICS,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}
