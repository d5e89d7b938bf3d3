//! Debug and project operations: who the credentials belong to, project metrics.

use stytch_b2b_api::types;

use super::Handlers;
use super::generated::{DebugRoutes, ProjectRoutes};
use crate::errors::ApiResult;
use crate::ids::request_id;
use crate::server::App;
use crate::store::STATUS_DELETED;

fn count(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

impl DebugRoutes for Handlers {
    async fn debug_whoami(app: App) -> ApiResult<types::DebugWhoamiResponse> {
        Ok(types::DebugWhoamiResponse {
            name: "Stytch B2B emulator".to_owned(),
            project_id: app.project_id.clone(),
            request_id: request_id(),
            status_code: 200,
        })
    }
}

impl ProjectRoutes for Handlers {
    async fn project_metrics(app: App) -> ApiResult<types::ProjectMetricsResponse> {
        let store = app.store();
        let members = store
            .members
            .values()
            .filter(|m| m.member.status != STATUS_DELETED)
            .count();
        let metric = |metric_type: &str, n: usize| types::ProjectMetric {
            count: count(n),
            metric_type: metric_type.to_owned(),
        };
        Ok(types::ProjectMetricsResponse {
            metrics: vec![
                metric("ORGANIZATION_COUNT", store.orgs.len()),
                metric("MEMBER_COUNT", members),
                metric("M2M_CLIENT_COUNT", store.m2m_clients.len()),
            ],
            project_id: app.project_id.clone(),
            request_id: request_id(),
            status_code: 200,
        })
    }
}
