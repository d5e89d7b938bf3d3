//! RBAC: the project's policy.

use stytch_b2b_api::types;

use super::Handlers;
use super::generated::RbacRoutes;
use crate::errors::ApiResult;
use crate::ids::request_id;
use crate::server::App;

impl RbacRoutes for Handlers {
    async fn rbac_policy(app: App) -> ApiResult<types::RbacPolicyResponse> {
        Ok(types::RbacPolicyResponse {
            policy: Some(app.store().rbac_policy.clone()),
            request_id: request_id(),
            status_code: 200,
        })
    }
}
