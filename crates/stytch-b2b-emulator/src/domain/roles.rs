//! The roles a member holds: `stytch_member` for everyone, the roles assigned
//! directly, the roles the organization grants implicitly by email domain
//! (`rbac_email_implicit_role_assignments`) and those the SCIM connection grants the
//! member's SCIM groups (`scim_group_implicit_role_assignments`). `is_admin` follows
//! `stytch_admin`.

use serde_json::Map;
use stytch_b2b_api::types;

use crate::domain::rbac::{ADMIN_ROLE, MEMBER_ROLE};
use crate::store::Store;

/// Source type of a role every member holds or that was assigned directly.
const DIRECT: &str = "direct_assignment";
/// Source type of a role granted by the member's email domain.
const EMAIL: &str = "email_assignment";
/// Source type of a role granted by one of the member's SCIM groups.
const SCIM_GROUP: &str = "scim_connection_group";

fn source(type_: &str, details: Map<String, serde_json::Value>) -> types::MemberRoleSource {
    types::MemberRoleSource {
        details,
        type_: type_.to_owned(),
    }
}

/// The member's roles as the API lists them, with where each comes from.
fn compute(
    explicit: &[String],
    email: &str,
    org: Option<&types::Organization>,
    scim_groups: &[(String, String)],
) -> Vec<types::MemberRole> {
    let mut roles: Vec<types::MemberRole> = Vec::new();
    let mut add = |role_id: &str, src: types::MemberRoleSource| match roles
        .iter_mut()
        .find(|r| r.role_id == role_id)
    {
        Some(r) => r.sources.push(src),
        None => roles.push(types::MemberRole {
            role_id: role_id.to_owned(),
            sources: vec![src],
        }),
    };
    add(MEMBER_ROLE, source(DIRECT, Map::new()));
    for role in explicit {
        add(role, source(DIRECT, Map::new()));
    }
    let domain = email
        .rsplit_once('@')
        .map(|(_, d)| d.to_ascii_lowercase())
        .unwrap_or_default();
    for assignment in org.map_or(&[][..], |o| &o.rbac_email_implicit_role_assignments) {
        if !domain.is_empty() && assignment.domain.eq_ignore_ascii_case(&domain) {
            let mut details = Map::new();
            details.insert("email_domain".to_owned(), domain.clone().into());
            add(&assignment.role_id, source(EMAIL, details));
        }
    }
    for (role_id, group_id) in scim_groups {
        let mut details = Map::new();
        details.insert("group_id".to_owned(), group_id.clone().into());
        add(role_id, source(SCIM_GROUP, details));
    }
    roles
}

/// Recomputes `roles` and `is_admin` of one member.
pub(crate) fn refresh_member(store: &mut Store, member_id: &str) {
    let Some(record) = store.members.get(member_id) else {
        return;
    };
    let org = store
        .orgs
        .get(&record.member.organization_id)
        .map(|r| &r.org);
    let scim_groups =
        crate::domain::scim::group_roles(store, &record.member.organization_id, member_id);
    let roles = compute(
        &record.explicit_roles,
        &record.member.email_address,
        org,
        &scim_groups,
    );
    if let Some(record) = store.members.get_mut(member_id) {
        record.member.is_admin = roles.iter().any(|r| r.role_id == ADMIN_ROLE);
        record.member.roles = roles;
    }
}

/// Recomputes the roles of every member of `org_id` (after a change of the
/// organization's implicit assignments or custom roles).
pub(crate) fn refresh_org(store: &mut Store, org_id: &str) {
    let ids: Vec<String> = store
        .members
        .values()
        .filter(|m| m.member.organization_id == org_id)
        .map(|m| m.member.member_id.clone())
        .collect();
    for id in ids {
        refresh_member(store, &id);
    }
}

/// The role ids the member holds (session `roles`), if the member exists.
pub(crate) fn role_ids(store: &Store, member_id: &str) -> Option<Vec<String>> {
    let record = store.members.get(member_id)?;
    Some(
        record
            .member
            .roles
            .iter()
            .map(|r| r.role_id.clone())
            .collect(),
    )
}
