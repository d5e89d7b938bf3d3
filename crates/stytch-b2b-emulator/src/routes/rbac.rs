//! RBAC: the project's policy and each organization's custom roles.

use stytch_b2b_api::types;

use super::Handlers;
use super::generated::{
    RbacOrganizationsGetOrgPolicyPath, RbacOrganizationsSetOrgPolicyPath, RbacRoutes,
};
use crate::domain::{rbac, roles};
use crate::errors::ApiResult;
use crate::ids::request_id;
use crate::server::App;

impl RbacRoutes for Handlers {
    async fn rbac_policy(app: App) -> ApiResult<types::RbacPolicyResponse> {
        let store = app.store();
        let policy = store.rbac_policy.clone();
        Ok(types::RbacPolicyResponse {
            policy: Some(policy),
            request_id: request_id(),
            status_code: 200,
        })
    }

    async fn rbac_organizations_get_org_policy(
        app: App,
        RbacOrganizationsGetOrgPolicyPath { organization_id }: RbacOrganizationsGetOrgPolicyPath,
    ) -> ApiResult<types::RbacOrganizationsGetOrgPolicyResponse> {
        let org_policy = rbac::org_policy(app.store().org(&organization_id)?);
        Ok(types::RbacOrganizationsGetOrgPolicyResponse {
            org_policy,
            request_id: request_id(),
            status_code: 200,
        })
    }

    async fn rbac_organizations_set_org_policy(
        app: App,
        RbacOrganizationsSetOrgPolicyPath { organization_id }: RbacOrganizationsSetOrgPolicyPath,
        req: types::RbacOrganizationsSetOrgPolicyRequest,
    ) -> ApiResult<types::RbacOrganizationsSetOrgPolicyResponse> {
        let now = app.clock.now();
        let mut store = app.store();
        store.org(&organization_id)?;
        let custom = rbac::org_custom_roles(&store.rbac_policy, &req.org_policy.roles)?;
        let org = store.org_mut(&organization_id)?;
        org.custom_roles = custom;
        org.updated_at = Some(now);
        let org_policy = rbac::org_policy(org);
        roles::refresh_org(&mut store, &organization_id);
        Ok(types::RbacOrganizationsSetOrgPolicyResponse {
            org_policy,
            request_id: request_id(),
            status_code: 200,
        })
    }
}
