//! The project's RBAC policy. Every Stytch project starts with two default roles over
//! Stytch's own resources: `stytch_member`, which every member holds and which lets a
//! member manage themself, and `stytch_admin`, which may do everything on the
//! organization, its members and its SSO and SCIM connections.

use stytch_b2b_api::ErrorType;
use stytch_b2b_api::types::{self, Policy, PolicyResource, PolicyRole, PolicyRolePermission};

use crate::errors::{ApiError, ApiResult};

/// The role every member holds.
pub(crate) const MEMBER_ROLE: &str = "stytch_member";
/// The role of organization administrators.
pub(crate) const ADMIN_ROLE: &str = "stytch_admin";

/// Stytch's resources with the actions the emulator knows on each.
const RESOURCES: &[(&str, &str, &[&str])] = &[
    (
        "stytch.organization",
        "The organization itself: its settings and its existence.",
        &[
            "update.info.name",
            "update.info.slug",
            "update.info.logo_url",
            "update.info.untrusted_metadata",
            "update.info.email_jit_provisioning",
            "update.info.email_invites",
            "update.info.allowed_domains",
            "update.info.default_sso_connection",
            "update.info.sso_jit_provisioning",
            "update.info.mfa_policy",
            "update.info.implicit_roles",
            "update.info.external_id",
            "update.settings.allowed_auth_methods",
            "update.settings.allowed_mfa_methods",
            "update.settings.oauth_tenant_jit_provisioning",
            "update.settings.allowed_connected_apps",
            "get_connected_apps",
            "delete",
        ],
    ),
    (
        "stytch.member",
        "Any member of the organization.",
        &[
            "create",
            "search",
            "update.info.name",
            "update.info.untrusted_metadata",
            "update.info.email",
            "update.info.mfa_phone",
            "update.info.delete.mfa_phone",
            "update.info.delete.password",
            "update.info.delete.mfa_totp",
            "update.info.external_id",
            "update.settings.is_breakglass",
            "update.settings.mfa_enrolled",
            "update.settings.default_mfa_method",
            "update.settings.roles",
            "reset_password",
            "revoke_sessions",
            "get_connected_apps",
            "revoke_connected_apps",
            "reactivate",
            "delete",
        ],
    ),
    (
        "stytch.sso",
        "The organization's SSO connections.",
        &["create", "get", "update", "delete"],
    ),
    (
        "stytch.scim",
        "The organization's SCIM connection.",
        &["create", "get", "get_groups", "update", "rotate", "delete"],
    ),
    (
        "stytch.self",
        "The member making the request.",
        &[
            "update.info.name",
            "update.info.untrusted_metadata",
            "update.info.mfa_phone",
            "update.info.delete.mfa_phone",
            "update.info.delete.password",
            "update.info.delete.mfa_totp",
            "update.settings.mfa_enrolled",
            "update.settings.default_mfa_method",
            "revoke_sessions",
            "get_connected_apps",
            "revoke_connected_apps",
            "delete",
        ],
    ),
];

/// Every action on `resource_id`.
fn all_actions(resource_id: &str) -> PolicyRolePermission {
    PolicyRolePermission {
        resource_id: resource_id.to_owned(),
        actions: vec!["*".to_owned()],
    }
}

/// The policy of a new project: Stytch's resources and default roles, no custom
/// roles and no M2M scopes.
pub(crate) fn default_policy() -> Policy {
    let resources = RESOURCES
        .iter()
        .map(|(id, description, actions)| PolicyResource {
            resource_id: (*id).to_owned(),
            description: (*description).to_owned(),
            actions: actions.iter().map(|a| (*a).to_owned()).collect(),
        })
        .collect();
    let roles = vec![
        PolicyRole {
            role_id: MEMBER_ROLE.to_owned(),
            description: "Held by every member: manage your own profile, factors and sessions."
                .to_owned(),
            permissions: vec![all_actions("stytch.self")],
        },
        PolicyRole {
            role_id: ADMIN_ROLE.to_owned(),
            description: "Administers the organization, its members and its connections."
                .to_owned(),
            permissions: RESOURCES.iter().map(|(id, _, _)| all_actions(id)).collect(),
        },
    ];
    Policy {
        resources,
        roles,
        scopes: Vec::new(),
    }
}

/// Whether `role_id` names a role of the project policy or of the organization.
fn role_known(policy: &Policy, org: &types::Organization, role_id: &str) -> bool {
    policy.roles.iter().any(|r| r.role_id == role_id)
        || org.custom_roles.iter().any(|r| r.role_id == role_id)
}

/// Refuses role assignments naming a role neither the project nor the organization
/// defines, and the implicit `stytch_member`.
pub(crate) fn check_assignable(
    policy: &Policy,
    org: &types::Organization,
    roles: &[String],
) -> ApiResult<()> {
    for role in roles {
        if role == MEMBER_ROLE {
            return Err(ApiError::bad_request(
                ErrorType::CannotAssignDefaultRbacRoleId,
                format!("{MEMBER_ROLE} is held by every member and cannot be assigned."),
            ));
        }
        if !role_known(policy, org, role) {
            return Err(ApiError::bad_request(
                ErrorType::InvalidRbacRoleId,
                format!("{role} is not a role of the project or of the organization."),
            ));
        }
    }
    Ok(())
}

/// Checks an organization's custom roles against the project policy: ids unique and
/// distinct from project roles, permissions only on the project's resources and
/// actions (or `*`). Returns them as the organization stores them.
pub(crate) fn org_custom_roles(
    policy: &Policy,
    roles: &[PolicyRole],
) -> ApiResult<Vec<types::CustomRole>> {
    let invalid = |message: String| ApiError::bad_request(ErrorType::InvalidRole, message);
    let mut out: Vec<types::CustomRole> = Vec::new();
    for role in roles {
        if role.role_id.trim().is_empty() {
            return Err(invalid("A custom role needs a role_id.".to_owned()));
        }
        if policy.roles.iter().any(|r| r.role_id == role.role_id) {
            return Err(invalid(format!(
                "{} is a role of the project policy; an organization role needs its own id.",
                role.role_id
            )));
        }
        if out.iter().any(|r| r.role_id == role.role_id) {
            return Err(invalid(format!("{} is listed twice.", role.role_id)));
        }
        let mut permissions = Vec::new();
        for permission in &role.permissions {
            let Some(resource) = policy
                .resources
                .iter()
                .find(|r| r.resource_id == permission.resource_id)
            else {
                return Err(invalid(format!(
                    "{} is not a resource of the project policy.",
                    permission.resource_id
                )));
            };
            if let Some(action) = permission
                .actions
                .iter()
                .find(|a| *a != "*" && !resource.actions.contains(a))
            {
                return Err(invalid(format!(
                    "{action} is not an action of {}.",
                    resource.resource_id
                )));
            }
            permissions.push(types::CustomRolePermission {
                actions: permission.actions.clone(),
                resource_id: permission.resource_id.clone(),
            });
        }
        out.push(types::CustomRole {
            description: role.description.clone(),
            permissions,
            role_id: role.role_id.clone(),
        });
    }
    Ok(out)
}

/// An organization's custom roles in the policy shape.
pub(crate) fn org_policy(org: &types::Organization) -> types::OrgPolicy {
    types::OrgPolicy {
        roles: org
            .custom_roles
            .iter()
            .map(|r| PolicyRole {
                description: r.description.clone(),
                permissions: r
                    .permissions
                    .iter()
                    .map(|p| PolicyRolePermission {
                        actions: p.actions.clone(),
                        resource_id: p.resource_id.clone(),
                    })
                    .collect(),
                role_id: r.role_id.clone(),
            })
            .collect(),
    }
}

/// The permissions of `role_id` in the project policy or the organization's roles.
fn role_permissions<'a>(
    policy: &'a Policy,
    org: &'a types::Organization,
    role_id: &str,
) -> Vec<(&'a str, &'a [String])> {
    let project = policy
        .roles
        .iter()
        .filter(|r| r.role_id == role_id)
        .flat_map(|r| &r.permissions)
        .map(|p| (p.resource_id.as_str(), p.actions.as_slice()));
    let custom = org
        .custom_roles
        .iter()
        .filter(|r| r.role_id == role_id)
        .flat_map(|r| &r.permissions)
        .map(|p| (p.resource_id.as_str(), p.actions.as_slice()));
    project.chain(custom).collect()
}

/// The roles of `member` that grant `action` on `resource_id`.
pub(crate) fn granting_roles(
    policy: &Policy,
    org: &types::Organization,
    member: &types::Member,
    resource_id: &str,
    action: &str,
) -> Vec<String> {
    member
        .roles
        .iter()
        .filter(|role| {
            role_permissions(policy, org, &role.role_id)
                .iter()
                .any(|(resource, actions)| {
                    *resource == resource_id && actions.iter().any(|a| a == "*" || a == action)
                })
        })
        .map(|role| role.role_id.clone())
        .collect()
}

/// `sessions/authenticate`'s `authorization_check`: the verdict, or Stytch's error
/// when the member may not do it (or asks about another organization).
pub(crate) fn check_authorization(
    policy: &Policy,
    org: &types::Organization,
    member: &types::Member,
    check: &types::AuthorizationCheck,
) -> ApiResult<types::AuthorizationVerdict> {
    if check.organization_id != org.organization_id {
        return Err(ApiError::new(
            axum::http::StatusCode::FORBIDDEN,
            ErrorType::SessionAuthorizationTenancyError,
            "The session belongs to a different organization than the one checked.",
        ));
    }
    let granting = granting_roles(policy, org, member, &check.resource_id, &check.action);
    if granting.is_empty() {
        return Err(ApiError::new(
            axum::http::StatusCode::FORBIDDEN,
            ErrorType::SessionAuthorizationError,
            format!(
                "The member's roles do not grant {} on {}.",
                check.action, check.resource_id
            ),
        ));
    }
    Ok(types::AuthorizationVerdict {
        authorized: true,
        granting_roles: granting,
    })
}

/// The project policy with `custom`'s resources, roles and M2M scopes added, as a
/// project's Dashboard defines them: Stytch's resources and default roles stay; custom
/// ids must not use the reserved `stytch` prefix nor repeat, and permissions and scopes
/// name only resources of the policy and their actions (or `*`).
pub(crate) fn with_custom(custom: &Policy) -> ApiResult<Policy> {
    let invalid = |message: String| ApiError::bad_request(ErrorType::InvalidRole, message);
    let mut policy = default_policy();
    for resource in &custom.resources {
        if resource.resource_id.starts_with("stytch") {
            return Err(invalid(format!(
                "{} uses the reserved `stytch` prefix.",
                resource.resource_id
            )));
        }
        if policy
            .resources
            .iter()
            .any(|known| known.resource_id == resource.resource_id)
        {
            return Err(invalid(format!(
                "{} is listed twice.",
                resource.resource_id
            )));
        }
        policy.resources.push(resource.clone());
    }
    let grants_known = |permissions: &mut dyn Iterator<Item = (&String, &Vec<String>)>,
                        policy: &Policy|
     -> ApiResult<()> {
        for (resource_id, actions) in permissions {
            let Some(resource) = policy
                .resources
                .iter()
                .find(|known| &known.resource_id == resource_id)
            else {
                return Err(invalid(format!(
                    "{resource_id} is not a resource of the policy."
                )));
            };
            if let Some(action) = actions
                .iter()
                .find(|action| *action != "*" && !resource.actions.contains(action))
            {
                return Err(invalid(format!(
                    "{action} is not an action of {resource_id}."
                )));
            }
        }
        Ok(())
    };
    for role in &custom.roles {
        if role.role_id.starts_with("stytch")
            || policy
                .roles
                .iter()
                .any(|known| known.role_id == role.role_id)
        {
            return Err(invalid(format!(
                "{} is reserved or listed twice.",
                role.role_id
            )));
        }
        grants_known(
            &mut role
                .permissions
                .iter()
                .map(|p| (&p.resource_id, &p.actions)),
            &policy,
        )?;
        policy.roles.push(role.clone());
    }
    for scope in &custom.scopes {
        if policy.scopes.iter().any(|known| known.scope == scope.scope) {
            return Err(invalid(format!("{} is listed twice.", scope.scope)));
        }
        grants_known(
            &mut scope
                .permissions
                .iter()
                .map(|p| (&p.resource_id, &p.actions)),
            &policy,
        )?;
        policy.scopes.push(scope.clone());
    }
    Ok(policy)
}
