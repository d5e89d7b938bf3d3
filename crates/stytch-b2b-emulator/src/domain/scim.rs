//! SCIM connections: one per organization, with a bearer token that rotates in two
//! steps like a client secret (both tokens work until the rotation completes), and
//! the groups an identity provider pushes through it (a control operation stands in
//! for the SCIM protocol endpoints), which give their members a `scim_registration`
//! and the roles of the connection's group assignments.

use chrono::{DateTime, Duration, Utc};
use stytch_b2b_api::ErrorType;
use stytch_b2b_api::types;

use crate::domain::clients::ClientSecrets;
use crate::errors::{ApiError, ApiResult};
use crate::store::Store;

/// How long a bearer token is valid, as in Stytch.
const TOKEN_DAYS: i64 = 180;

/// A SCIM connection and its bearer tokens.
#[derive(Debug, Clone)]
pub(crate) struct ScimRecord {
    pub(crate) connection: types::ScimConnection,
    pub(crate) tokens: ClientSecrets,
    /// Groups pushed by the identity provider (`push_group`), oldest first.
    pub(crate) groups: Vec<GroupRecord>,
}

impl ScimRecord {
    /// The connection as the API shows it.
    pub(crate) fn shown(&self) -> types::ScimConnection {
        let mut c = self.connection.clone();
        c.bearer_token_last_four = self.tokens.current_last_four();
        c.next_bearer_token_last_four = self.tokens.next_last_four().unwrap_or_default();
        if self.tokens.next.is_none() {
            c.next_bearer_token_expires_at = None;
        }
        c
    }
}

/// When a token issued at `now` expires.
pub(crate) fn token_expiry(now: DateTime<Utc>) -> DateTime<Utc> {
    now + Duration::days(TOKEN_DAYS)
}

pub(crate) fn not_found(connection_id: &str) -> ApiError {
    ApiError::not_found(
        ErrorType::InvalidId,
        format!("No SCIM connection {connection_id} exists in this organization."),
    )
}

/// The SCIM connection `connection_id` of organization `org_id`.
pub(crate) fn owned_mut<'s>(
    store: &'s mut Store,
    org_id: &str,
    connection_id: &str,
) -> ApiResult<&'s mut ScimRecord> {
    store.org(org_id)?;
    store
        .scim
        .get_mut(connection_id)
        .filter(|r| r.connection.organization_id == org_id)
        .ok_or_else(|| not_found(connection_id))
}

/// Mirrors the connection onto the organization's `scim_active_connection`.
pub(crate) fn refresh_org(store: &mut Store, org_id: &str) {
    let active = store
        .scim
        .values()
        .find(|r| r.connection.organization_id == org_id)
        .map(|r| types::ActiveScimConnection {
            bearer_token_expires_at: r.connection.bearer_token_expires_at,
            bearer_token_last_four: r.tokens.current_last_four(),
            connection_id: r.connection.connection_id.clone(),
            display_name: r.connection.display_name.clone(),
        });
    if let Ok(org) = store.org_mut(org_id) {
        org.scim_active_connection = active;
    }
}

/// A group the identity provider pushed over SCIM, with its members.
#[derive(Debug, Clone)]
pub(crate) struct GroupRecord {
    pub(crate) group: types::ScimGroup,
    pub(crate) member_ids: Vec<String>,
}

/// The SCIM attributes of a provisioned member: user name, display name, groups.
fn attributes(
    registration_id: &str,
    member: &types::Member,
    groups: &[types::Group],
) -> types::ScimAttributes {
    types::ScimAttributes {
        active: true,
        addresses: Vec::new(),
        display_name: member.name.clone(),
        emails: Vec::new(),
        enterprise_extension: None,
        entitlements: Vec::new(),
        external_id: String::new(),
        groups: groups.to_vec(),
        id: registration_id.to_owned(),
        ims: Vec::new(),
        locale: String::new(),
        name: None,
        nick_name: String::new(),
        phone_numbers: Vec::new(),
        photos: Vec::new(),
        preferred_language: String::new(),
        profile_url: String::new(),
        roles: Vec::new(),
        timezone: String::new(),
        title: String::new(),
        user_name: member.email_address.clone(),
        user_type: String::new(),
        x509certificates: Vec::new(),
    }
}

/// Creates (or, by name, replaces the members of) a group of the connection, as an
/// identity provider pushing it over SCIM: every member listed gets a
/// `scim_registration` naming the connection and their groups, and the roles the
/// connection's `scim_group_implicit_role_assignments` give the group. Returns the
/// group id.
pub(crate) fn push_group(
    store: &mut Store,
    connection_id: &str,
    group_name: &str,
    member_ids: &[String],
) -> ApiResult<String> {
    if group_name.trim().is_empty() {
        return Err(ApiError::bad_request(
            ErrorType::BadRequest,
            "A SCIM group needs a group_name.",
        ));
    }
    let org_id = store
        .scim
        .get(connection_id)
        .map(|r| r.connection.organization_id.clone())
        .ok_or_else(|| not_found(connection_id))?;
    for member_id in member_ids {
        store.live_member(&org_id, member_id)?;
    }
    let new_id = store.new_id("scim-group");
    let record = store
        .scim
        .get_mut(connection_id)
        .ok_or_else(|| not_found(connection_id))?;
    let group_id = match record
        .groups
        .iter_mut()
        .find(|g| g.group.group_name == group_name)
    {
        Some(g) => {
            g.member_ids = member_ids.to_vec();
            g.group.group_id.clone()
        }
        None => {
            record.groups.push(GroupRecord {
                group: types::ScimGroup {
                    connection_id: connection_id.to_owned(),
                    group_id: new_id.clone(),
                    group_name: group_name.to_owned(),
                    organization_id: org_id.clone(),
                },
                member_ids: member_ids.to_vec(),
            });
            new_id
        }
    };
    refresh_registrations(store, connection_id);
    crate::domain::roles::refresh_org(store, &org_id);
    Ok(group_id)
}

/// Whether `member` was provisioned through the SCIM connection `connection_id`.
fn registered_through(member: &types::Member, connection_id: &str) -> bool {
    member
        .scim_registration
        .as_ref()
        .is_some_and(|r| r.connection_id == connection_id)
}

/// Rewrites the `scim_registration` of every member the connection's groups name.
fn refresh_registrations(store: &mut Store, connection_id: &str) {
    let Some(record) = store.scim.get(connection_id) else {
        return;
    };
    let mut memberships: Vec<(String, Vec<types::Group>)> = Vec::new();
    for g in &record.groups {
        for member_id in &g.member_ids {
            let group = types::Group {
                display: g.group.group_name.clone(),
                value: g.group.group_id.clone(),
            };
            match memberships.iter_mut().find(|(m, _)| m == member_id) {
                Some((_, groups)) => groups.push(group),
                None => memberships.push((member_id.clone(), vec![group])),
            }
        }
    }
    let provisioned: Vec<String> = store
        .members
        .values()
        .filter(|m| registered_through(&m.member, connection_id))
        .map(|m| m.member.member_id.clone())
        .collect();
    for member_id in provisioned {
        if !memberships.iter().any(|(m, _)| *m == member_id) {
            memberships.push((member_id, Vec::new()));
        }
    }
    for (member_id, groups) in memberships {
        let registration_id = store
            .members
            .get(&member_id)
            .and_then(|m| m.member.scim_registration.as_ref())
            .map(|r| r.registration_id.clone())
            .unwrap_or_else(|| store.new_id("scim-registration"));
        if let Some(m) = store.members.get_mut(&member_id) {
            let scim_attributes = Some(attributes(&registration_id, &m.member, &groups));
            m.member.scim_registration = Some(types::ScimRegistration {
                connection_id: connection_id.to_owned(),
                external_id: None,
                registration_id,
                scim_attributes,
            });
        }
    }
}

/// Forgets the SCIM registrations of a deleted connection.
pub(crate) fn forget_registrations(store: &mut Store, connection_id: &str) {
    for m in store.members.values_mut() {
        if registered_through(&m.member, connection_id) {
            m.member.scim_registration = None;
        }
    }
}

/// The roles the SCIM groups of the member's organization give `member_id`, with the
/// connection and group that grant each.
pub(crate) fn group_roles(
    store: &Store,
    org_id: &str,
    member_id: &str,
) -> Vec<crate::domain::roles::ScimGroupRole> {
    let mut out = Vec::new();
    for record in store
        .scim
        .values()
        .filter(|r| r.connection.organization_id == org_id)
    {
        for g in record
            .groups
            .iter()
            .filter(|g| g.member_ids.iter().any(|m| m == member_id))
        {
            for a in record
                .connection
                .scim_group_implicit_role_assignments
                .iter()
                .filter(|a| a.group_id == g.group.group_id)
            {
                out.push(crate::domain::roles::ScimGroupRole {
                    role_id: a.role_id.clone(),
                    connection_id: record.connection.connection_id.clone(),
                    group_id: g.group.group_id.clone(),
                });
            }
        }
    }
    out
}
