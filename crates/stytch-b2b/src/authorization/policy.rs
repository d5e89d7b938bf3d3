//! A role's permissions as Stytch documents them, indexed for the per-request check.

use std::collections::HashMap;

use stytch_b2b_api::types::{OrgPolicy, Policy, PolicyRole};

/// The action that, in a permission's action list, grants every action on its resource.
const EVERY_ACTION: &str = "*";

/// The permissions of a set of roles (the project's, or one organization's custom
/// roles), keyed by role id, then by resource id.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct RolePermissions {
    roles: HashMap<String, HashMap<String, Actions>>,
}

/// The actions a role may take on one resource.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
struct Actions {
    every: bool,
    named: Vec<String>,
}

impl Actions {
    fn grants(&self, action: &str) -> bool {
        self.every || self.named.iter().any(|named| named == action)
    }
}

impl RolePermissions {
    /// Indexes the roles of the project's policy (its default and custom roles).
    pub fn from_policy(policy: &Policy) -> Self {
        Self::from_roles(&policy.roles)
    }

    /// Indexes an organization's custom roles.
    pub fn from_org_policy(policy: &OrgPolicy) -> Self {
        Self::from_roles(&policy.roles)
    }

    fn from_roles(roles: &[PolicyRole]) -> Self {
        let mut indexed: HashMap<String, HashMap<String, Actions>> = HashMap::new();
        for role in roles {
            // A role listed twice, or a resource listed twice within a role, grants the
            // union of what its entries grant.
            let resources = indexed.entry(role.role_id.clone()).or_default();
            for permission in &role.permissions {
                let actions = resources.entry(permission.resource_id.clone()).or_default();
                for action in &permission.actions {
                    if action == EVERY_ACTION {
                        actions.every = true;
                    } else if !actions.named.contains(action) {
                        actions.named.push(action.clone());
                    }
                }
            }
        }
        Self { roles: indexed }
    }

    /// Whether one of `roles` grants `action` on `resource_id`: the resource must match
    /// exactly, and the action must be listed or `*` must be.
    pub fn grants<'r>(
        &self,
        roles: impl IntoIterator<Item = &'r str>,
        resource_id: &str,
        action: &str,
    ) -> bool {
        roles.into_iter().any(|role| {
            self.roles
                .get(role)
                .and_then(|resources| resources.get(resource_id))
                .is_some_and(|actions| actions.grants(action))
        })
    }

    /// Whether `role_id` is one of these roles.
    pub fn has_role(&self, role_id: &str) -> bool {
        self.roles.contains_key(role_id)
    }

    /// How many roles there are.
    pub fn len(&self) -> usize {
        self.roles.len()
    }

    /// Whether there are no roles.
    pub fn is_empty(&self) -> bool {
        self.roles.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use stytch_b2b_api::types::PolicyRolePermission;

    fn role(role_id: &str, permissions: &[(&str, &[&str])]) -> PolicyRole {
        PolicyRole {
            role_id: role_id.to_owned(),
            description: String::new(),
            permissions: permissions
                .iter()
                .map(|(resource, actions)| PolicyRolePermission {
                    resource_id: (*resource).to_owned(),
                    actions: actions.iter().map(|a| (*a).to_owned()).collect(),
                })
                .collect(),
        }
    }

    fn org_policy(roles: Vec<PolicyRole>) -> RolePermissions {
        RolePermissions::from_org_policy(&OrgPolicy { roles })
    }

    #[test]
    fn listed_action_on_exact_resource_only() {
        let roles = org_policy(vec![role("editor", &[("documents", &["read", "write"])])]);
        assert!(roles.grants(["editor"], "documents", "write"));
        assert!(!roles.grants(["editor"], "documents", "delete"));
        assert!(!roles.grants(["editor"], "documents.archive", "read"));
        assert!(!roles.grants(["editor"], "Documents", "read"));
        assert!(!roles.grants(["viewer"], "documents", "read"));
        assert!(!roles.grants([], "documents", "read"));
    }

    #[test]
    fn star_action_grants_every_action_but_a_star_resource_is_just_a_name() {
        let roles = org_policy(vec![
            role("owner", &[("documents", &["*"])]),
            role("odd", &[("*", &["read"])]),
        ]);
        assert!(roles.grants(["owner"], "documents", "anything.at.all"));
        assert!(!roles.grants(["owner"], "billing", "read"));
        assert!(!roles.grants(["odd"], "documents", "read"));
        assert!(roles.grants(["odd"], "*", "read"));
    }

    #[test]
    fn repeated_roles_and_resources_merge() {
        let roles = org_policy(vec![
            role("editor", &[("documents", &["read"])]),
            role(
                "editor",
                &[("documents", &["write"]), ("documents", &["share"])],
            ),
        ]);
        assert_eq!(roles.len(), 1);
        for action in ["read", "write", "share"] {
            assert!(roles.grants(["editor"], "documents", action), "{action}");
        }
    }

    #[test]
    fn any_of_several_roles_grants() {
        let roles = org_policy(vec![
            role("a", &[("x", &["read"])]),
            role("b", &[("y", &["read"])]),
        ]);
        assert!(roles.grants(["a", "b"], "y", "read"));
        assert!(!roles.grants(["a", "c"], "y", "read"));
        assert!(roles.has_role("b") && !roles.has_role("c"));
    }
}
