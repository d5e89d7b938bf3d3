//! The project's RBAC policy. Every Stytch project starts with two default roles over
//! Stytch's own resources: `stytch_member`, which every member holds and which lets a
//! member manage themself, and `stytch_admin`, which may do everything on the
//! organization, its members and its SSO and SCIM connections.

use stytch_b2b_api::types::{Policy, PolicyResource, PolicyRole, PolicyRolePermission};

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
            "update.settings.allowed_auth_methods",
            "update.settings.allowed_mfa_methods",
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
            "update.settings.is_breakglass",
            "update.settings.mfa_enrolled",
            "update.settings.default_mfa_method",
            "update.settings.roles",
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
            "update.settings.mfa_enrolled",
            "update.settings.default_mfa_method",
            "revoke_sessions",
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
