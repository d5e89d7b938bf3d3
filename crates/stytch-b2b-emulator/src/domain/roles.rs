//! The roles a member holds: `stytch_member` for everyone, the roles assigned
//! directly, the roles the organization grants implicitly by email domain
//! (`rbac_email_implicit_role_assignments`), those the SCIM connection grants the
//! member's SCIM groups (`scim_group_implicit_role_assignments`), and those an SSO
//! connection the member has logged in through grants: the connection's implicit
//! roles (SAML `saml_connection_implicit_role_assignments`, external
//! `external_connection_implicit_role_assignments`) and the roles of the IdP groups
//! the member's latest assertion through it carried (`saml_group_implicit_role_assignments`,
//! `external_group_implicit_role_assignments`). OIDC connections have no implicit
//! roles, as in Stytch. `is_admin` follows `stytch_admin`.
//!
//! `Member.roles` lists every role with each of its sources. A session counts a
//! role that only SSO grants (sources `sso_connection` / `sso_connection_group`)
//! only when it holds an SSO factor of that connection: Stytch documents that a
//! member who logs in some other way is not granted the role for authorization
//! checks, though the member object still lists it ([`for_session`]).

use serde_json::Map;
use stytch_b2b_api::types;

use crate::domain::rbac::{ADMIN_ROLE, MEMBER_ROLE};
use crate::store::{MemberRecord, SsoConnection, Store};

/// Source type of a role every member holds or that was assigned directly.
const DIRECT: &str = "direct_assignment";
/// Source type of a role granted by the member's email domain.
const EMAIL: &str = "email_assignment";
/// Source type of a role granted by one of the member's SCIM groups.
const SCIM_GROUP: &str = "scim_connection_group";
/// Source type of a role an SSO connection grants everyone registered with it.
const SSO_CONNECTION: &str = "sso_connection";
/// Source type of a role an SSO connection grants one IdP group.
const SSO_GROUP: &str = "sso_connection_group";

fn source(type_: &str, details: Map<String, serde_json::Value>) -> types::MemberRoleSource {
    types::MemberRoleSource {
        details,
        type_: type_.to_owned(),
    }
}

/// A role granted by the SCIM group `group_id` of the connection `connection_id`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ScimGroupRole {
    pub(crate) role_id: String,
    pub(crate) connection_id: String,
    pub(crate) group_id: String,
}

/// A role granted through the SSO connection `connection_id`: to everyone
/// registered with it (`group: None`) or to members of the IdP group `group`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SsoRole {
    pub(crate) role_id: String,
    pub(crate) connection_id: String,
    pub(crate) group: Option<String>,
}

/// The roles the SSO connections `record` is registered with grant it, in the
/// order of its registrations: first each connection's implicit roles, then the
/// roles of the groups the latest assertion through it carried.
fn sso_roles(store: &Store, record: &MemberRecord) -> Vec<SsoRole> {
    let mut out = Vec::new();
    for registration in &record.member.sso_registrations {
        let connection_id = &registration.connection_id;
        // (implicit roles, (group, role) pairs) of the connection; nothing when it
        // was deleted or is an OIDC connection.
        let (implicit, by_group): (Vec<&str>, Vec<(&str, &str)>) = match store
            .connections
            .get(connection_id)
        {
            Some(SsoConnection::Saml(c)) if c.organization_id == record.member.organization_id => (
                c.saml_connection_implicit_role_assignments
                    .iter()
                    .map(|a| a.role_id.as_str())
                    .collect(),
                c.saml_group_implicit_role_assignments
                    .iter()
                    .map(|a| (a.group.as_str(), a.role_id.as_str()))
                    .collect(),
            ),
            Some(SsoConnection::External(c))
                if c.organization_id == record.member.organization_id =>
            {
                (
                    c.external_connection_implicit_role_assignments
                        .iter()
                        .map(|a| a.role_id.as_str())
                        .collect(),
                    c.external_group_implicit_role_assignments
                        .iter()
                        .map(|a| (a.group.as_str(), a.role_id.as_str()))
                        .collect(),
                )
            }
            _ => continue,
        };
        for role_id in implicit {
            out.push(SsoRole {
                role_id: role_id.to_owned(),
                connection_id: connection_id.clone(),
                group: None,
            });
        }
        let groups = record
            .sso_groups
            .get(&registration.registration_id)
            .map_or(&[][..], Vec::as_slice);
        for (group, role_id) in by_group {
            // Group names are compared as the IdP sends them (exactly).
            if groups.iter().any(|g| g == group) {
                out.push(SsoRole {
                    role_id: role_id.to_owned(),
                    connection_id: connection_id.clone(),
                    group: Some(group.to_owned()),
                });
            }
        }
    }
    out
}

/// The member's roles as the API lists them, with where each comes from.
fn compute(
    explicit: &[String],
    email: &str,
    org: Option<&types::Organization>,
    scim_groups: &[ScimGroupRole],
    sso: &[SsoRole],
) -> Vec<types::MemberRole> {
    let mut roles: Vec<types::MemberRole> = Vec::new();
    let mut add = |role_id: &str, src: types::MemberRoleSource| match roles
        .iter_mut()
        .find(|r| r.role_id == role_id)
    {
        Some(r) => {
            // The same grant reached twice (e.g. a group listed twice in an
            // assertion) is one source.
            if !r.sources.contains(&src) {
                r.sources.push(src);
            }
        }
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
    for grant in scim_groups {
        // Stytch's details of this source: the connection and the group id.
        let mut details = Map::new();
        details.insert(
            "connection_id".to_owned(),
            grant.connection_id.clone().into(),
        );
        details.insert("group_id".to_owned(), grant.group_id.clone().into());
        add(&grant.role_id, source(SCIM_GROUP, details));
    }
    for grant in sso {
        // Stytch's details: the connection, and for a group rule the group name.
        let mut details = Map::new();
        details.insert(
            "connection_id".to_owned(),
            grant.connection_id.clone().into(),
        );
        let type_ = match &grant.group {
            Some(group) => {
                details.insert("group".to_owned(), group.clone().into());
                SSO_GROUP
            }
            None => SSO_CONNECTION,
        };
        add(&grant.role_id, source(type_, details));
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
    let sso = sso_roles(store, record);
    let roles = compute(
        &record.explicit_roles,
        &record.member.email_address,
        org,
        &scim_groups,
        &sso,
    );
    if let Some(record) = store.members.get_mut(member_id) {
        record.member.is_admin = roles.iter().any(|r| r.role_id == ADMIN_ROLE);
        record.member.roles = roles;
    }
}

/// Recomputes the roles of every member of `org_id` (after a change of the
/// organization's implicit assignments or custom roles, or of an SSO or SCIM
/// connection's).
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

/// The SSO connection an authentication factor was obtained through, if any.
fn sso_connection_of(factor: &types::AuthenticationFactor) -> Option<&str> {
    factor
        .saml_sso_factor
        .as_ref()
        .map(|f| f.provider_id.as_str())
        .or_else(|| {
            factor
                .oidc_sso_factor
                .as_ref()
                .map(|f| f.provider_id.as_str())
        })
}

/// The roles of `member` that count for a session with `factors`: a source of type
/// `sso_connection` or `sso_connection_group` counts only when one of the factors
/// is an SSO factor of its connection, and a role left without sources does not
/// count. Stytch documents this for authorization checks (`sessions/authenticate`
/// and member-session headers), and the session and its JWT list the same roles.
pub(crate) fn for_session(
    member: &types::Member,
    factors: &[types::AuthenticationFactor],
) -> Vec<types::MemberRole> {
    let connections: Vec<&str> = factors.iter().filter_map(sso_connection_of).collect();
    member
        .roles
        .iter()
        .filter_map(|role| {
            let sources: Vec<types::MemberRoleSource> = role
                .sources
                .iter()
                .filter(|s| {
                    if s.type_ != SSO_CONNECTION && s.type_ != SSO_GROUP {
                        return true;
                    }
                    s.details
                        .get("connection_id")
                        .and_then(serde_json::Value::as_str)
                        .is_some_and(|c| connections.contains(&c))
                })
                .cloned()
                .collect();
            (!sources.is_empty()).then(|| types::MemberRole {
                role_id: role.role_id.clone(),
                sources,
            })
        })
        .collect()
}

/// `member` as a session with `factors` sees it: its roles are those of
/// [`for_session`] (and `is_admin` follows them), for the RBAC checks made on
/// behalf of that session.
pub(crate) fn member_for_session(
    member: &types::Member,
    factors: &[types::AuthenticationFactor],
) -> types::Member {
    let mut scoped = member.clone();
    scoped.roles = for_session(member, factors);
    scoped.is_admin = scoped.roles.iter().any(|r| r.role_id == ADMIN_ROLE);
    scoped
}

/// The role ids a session of `member_id` with `factors` holds (session `roles`, the
/// JWT's `https://stytch.com/session` `roles`), if the member exists.
pub(crate) fn session_role_ids(
    store: &Store,
    member_id: &str,
    factors: &[types::AuthenticationFactor],
) -> Option<Vec<String>> {
    let record = store.members.get(member_id)?;
    Some(
        for_session(&record.member, factors)
            .into_iter()
            .map(|r| r.role_id)
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::{SsoRole, compute, for_session};
    use crate::domain::factors;

    fn member_with(roles: Vec<stytch_b2b_api::types::MemberRole>) -> stytch_b2b_api::types::Member {
        let mut m: stytch_b2b_api::types::Member = serde_json::from_value(serde_json::json!({
            "organization_id": "org", "member_id": "member", "email_address": "a@b.example",
            "status": "active", "name": "", "sso_registrations": [], "is_breakglass": false,
            "member_password_id": "", "oauth_registrations": [], "email_address_verified": true,
            "mfa_phone_number_verified": false, "is_admin": false, "totp_registration_id": "",
            "retired_email_addresses": [], "is_locked": false, "mfa_enrolled": false,
            "mfa_phone_number": "", "default_mfa_method": "", "roles": [],
            "trusted_metadata": {}, "untrusted_metadata": {}
        }))
        .unwrap_or_else(|e| panic!("member fixture: {e}"));
        m.roles = roles;
        m
    }

    #[test]
    fn sso_roles_count_for_a_session_only_with_a_factor_of_their_connection() {
        let sso = [
            SsoRole {
                role_id: "viewer".to_owned(),
                connection_id: "saml-1".to_owned(),
                group: None,
            },
            SsoRole {
                role_id: "editor".to_owned(),
                connection_id: "saml-1".to_owned(),
                group: Some("eng".to_owned()),
            },
        ];
        let member = member_with(compute(
            &["viewer".to_owned()],
            "a@b.example",
            None,
            &[],
            &sso,
        ));
        let viewer = member.roles.iter().find(|r| r.role_id == "viewer");
        assert_eq!(viewer.map(|r| r.sources.len()), Some(2));
        let now = chrono::Utc::now();
        let ids = |f: &[stytch_b2b_api::types::AuthenticationFactor]| {
            for_session(&member, f)
                .into_iter()
                .map(|r| r.role_id)
                .collect::<Vec<_>>()
        };
        // A magic-link session: the directly assigned viewer stays, editor does not.
        let link = factors::magic_link("a@b.example", "email", now);
        assert_eq!(ids(&[link]), ["stytch_member", "viewer"]);
        let saml = factors::sso(true, "reg", "saml-1", "ext", now);
        assert_eq!(ids(&[saml]), ["stytch_member", "viewer", "editor"]);
        let other = factors::sso(true, "reg", "saml-2", "ext", now);
        assert_eq!(ids(&[other]), ["stytch_member", "viewer"]);
    }
}
