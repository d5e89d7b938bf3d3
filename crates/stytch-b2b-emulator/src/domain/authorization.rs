//! Member authorization: the operations the API checks per member when a request
//! carries `X-Stytch-Member-Session` or `X-Stytch-Member-SessionJWT` (the
//! `member_authorization` operations of the spec). The session must be live, its
//! member's organization must be the one the operation targets (else `403
//! session_authorization_tenancy_error`), and the member's roles must grant the
//! operation's action on its Stytch resource (else `403 session_authorization_error`).
//! [`RULES`] is the one table mapping each operation to its resource and actions.
//!
//! Where a member acts on themself (their own member id, password or sessions) the
//! action may come from `stytch.self` (which every member holds through
//! `stytch_member`) as well as from `stytch.member`. Updates ask for one action per
//! field the body sets; `trusted_metadata` cannot be set by a member at all
//! (`400 cannot_update_trusted_metadata`), as on the API.

use axum::http::StatusCode;
use chrono::{DateTime, Utc};
use serde_json::{Map, Value};
use stytch_b2b_api::ErrorType;

use crate::domain::rbac;
use crate::errors::{ApiError, ApiResult};
use crate::store::{STATUS_DELETED, SessionRecord, Store};

pub(crate) const ORGANIZATION: &str = "stytch.organization";
pub(crate) const MEMBER: &str = "stytch.member";
pub(crate) const SELF: &str = "stytch.self";
pub(crate) const SSO: &str = "stytch.sso";
pub(crate) const SCIM: &str = "stytch.scim";

/// What a body field asks of the member.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Field {
    /// This action on the rule's resource.
    Action(&'static str),
    /// Nothing (a modifier such as `preserve_existing_sessions`).
    Free,
    /// Never allowed when acting as a member.
    Forbidden,
}

/// Which organization the operation acts on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Target {
    /// The `organization_id` path parameter.
    PathOrganization,
    /// `organization_id` in the body (required when acting as a member).
    BodyOrganization,
    /// Every id of `organization_ids` in the body.
    BodyOrganizations,
    /// The organization of the session or member a `sessions/revoke` body names.
    RevokedSession,
}

/// How to tell that the member acts on themself (so `stytch.self` applies).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SelfBy {
    /// Never: only the rule's resource counts.
    Never,
    /// The `member_id` path parameter is the session's member.
    PathMember,
    /// The `member_password_id` path parameter is the session member's password.
    PathPassword,
    /// The session or member a `sessions/revoke` body names is the session's member.
    RevokedSession,
}

/// The authorization of one operation.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Rule {
    pub(crate) operation_id: &'static str,
    pub(crate) resource: &'static str,
    /// Asked on every call; `None` when the body fields decide (updates).
    pub(crate) action: Option<&'static str>,
    /// Asked per body field that is present and not null. A field an update sets
    /// that is not listed asks for `*` (every action of the resource).
    pub(crate) fields: &'static [(&'static str, Field)],
    pub(crate) target: Target,
    pub(crate) self_by: SelfBy,
}

impl Rule {
    /// Whether checking the rule needs the JSON body.
    pub(crate) fn needs_body(&self) -> bool {
        !self.fields.is_empty()
            || matches!(
                self.target,
                Target::BodyOrganization | Target::BodyOrganizations | Target::RevokedSession
            )
    }
}

const fn rule(
    operation_id: &'static str,
    resource: &'static str,
    action: &'static str,
    target: Target,
    self_by: SelfBy,
) -> Rule {
    Rule {
        operation_id,
        resource,
        action: Some(action),
        fields: &[],
        target,
        self_by,
    }
}

const fn org(operation_id: &'static str, resource: &'static str, action: &'static str) -> Rule {
    rule(
        operation_id,
        resource,
        action,
        Target::PathOrganization,
        SelfBy::Never,
    )
}

const fn own(operation_id: &'static str, action: &'static str) -> Rule {
    rule(
        operation_id,
        MEMBER,
        action,
        Target::PathOrganization,
        SelfBy::PathMember,
    )
}

use Field::{Action, Forbidden, Free};

const ORGANIZATION_UPDATE_FIELDS: &[(&str, Field)] = &[
    ("organization_name", Action("update.info.name")),
    ("organization_slug", Action("update.info.slug")),
    ("organization_logo_url", Action("update.info.logo_url")),
    (
        "organization_external_id",
        Action("update.info.external_id"),
    ),
    ("trusted_metadata", Forbidden),
    (
        "sso_default_connection_id",
        Action("update.info.default_sso_connection"),
    ),
    (
        "sso_jit_provisioning",
        Action("update.info.sso_jit_provisioning"),
    ),
    (
        "sso_jit_provisioning_allowed_connections",
        Action("update.info.sso_jit_provisioning"),
    ),
    (
        "email_allowed_domains",
        Action("update.info.allowed_domains"),
    ),
    (
        "claimed_email_domains",
        Action("update.info.allowed_domains"),
    ),
    (
        "email_jit_provisioning",
        Action("update.info.email_jit_provisioning"),
    ),
    ("email_invites", Action("update.info.email_invites")),
    (
        "auth_methods",
        Action("update.settings.allowed_auth_methods"),
    ),
    (
        "allowed_auth_methods",
        Action("update.settings.allowed_auth_methods"),
    ),
    ("mfa_methods", Action("update.settings.allowed_mfa_methods")),
    (
        "allowed_mfa_methods",
        Action("update.settings.allowed_mfa_methods"),
    ),
    ("mfa_policy", Action("update.info.mfa_policy")),
    (
        "rbac_email_implicit_role_assignments",
        Action("update.info.implicit_roles"),
    ),
    (
        "oauth_tenant_jit_provisioning",
        Action("update.settings.oauth_tenant_jit_provisioning"),
    ),
    (
        "allowed_oauth_tenants",
        Action("update.settings.oauth_tenant_jit_provisioning"),
    ),
    (
        "first_party_connected_apps_allowed_type",
        Action("update.settings.allowed_connected_apps"),
    ),
    (
        "allowed_first_party_connected_apps",
        Action("update.settings.allowed_connected_apps"),
    ),
    (
        "third_party_connected_apps_allowed_type",
        Action("update.settings.allowed_connected_apps"),
    ),
    (
        "allowed_third_party_connected_apps",
        Action("update.settings.allowed_connected_apps"),
    ),
];

const MEMBER_UPDATE_FIELDS: &[(&str, Field)] = &[
    ("name", Action("update.info.name")),
    (
        "untrusted_metadata",
        Action("update.info.untrusted_metadata"),
    ),
    ("trusted_metadata", Forbidden),
    ("email_address", Action("update.info.email")),
    ("unlink_email", Action("update.info.email")),
    ("external_id", Action("update.info.external_id")),
    ("is_breakglass", Action("update.settings.is_breakglass")),
    ("mfa_phone_number", Action("update.info.mfa_phone")),
    ("mfa_enrolled", Action("update.settings.mfa_enrolled")),
    (
        "default_mfa_method",
        Action("update.settings.default_mfa_method"),
    ),
    ("roles", Action("update.settings.roles")),
    ("preserve_existing_sessions", Free),
];

/// Creating or inviting a member asks for `create`, plus these for what it sets.
const MEMBER_CREATE_FIELDS: &[(&str, Field)] = &[
    ("trusted_metadata", Forbidden),
    ("roles", Action("update.settings.roles")),
    ("is_breakglass", Action("update.settings.is_breakglass")),
];

/// Every operation the API authorizes per member, with its resource and actions.
pub(crate) const RULES: &[Rule] = &[
    // The organization.
    Rule {
        operation_id: "organizations_update",
        resource: ORGANIZATION,
        action: None,
        fields: ORGANIZATION_UPDATE_FIELDS,
        target: Target::PathOrganization,
        self_by: SelfBy::Never,
    },
    org("organizations_delete", ORGANIZATION, "delete"),
    org(
        "organizations_delete_external_id",
        ORGANIZATION,
        "update.info.external_id",
    ),
    org(
        "organizations_connected_apps",
        ORGANIZATION,
        "get_connected_apps",
    ),
    org(
        "organizations_get_connected_app",
        ORGANIZATION,
        "get_connected_apps",
    ),
    // Members.
    Rule {
        operation_id: "organizations_members_create",
        resource: MEMBER,
        action: Some("create"),
        fields: MEMBER_CREATE_FIELDS,
        target: Target::PathOrganization,
        self_by: SelfBy::Never,
    },
    Rule {
        operation_id: "magic_links_email_invite",
        resource: MEMBER,
        action: Some("create"),
        fields: MEMBER_CREATE_FIELDS,
        target: Target::BodyOrganization,
        self_by: SelfBy::Never,
    },
    Rule {
        operation_id: "organizations_members_search",
        resource: MEMBER,
        action: Some("search"),
        fields: &[],
        target: Target::BodyOrganizations,
        self_by: SelfBy::Never,
    },
    Rule {
        operation_id: "organizations_members_update",
        resource: MEMBER,
        action: None,
        fields: MEMBER_UPDATE_FIELDS,
        target: Target::PathOrganization,
        self_by: SelfBy::PathMember,
    },
    own("organizations_members_delete", "delete"),
    org("organizations_members_reactivate", MEMBER, "reactivate"),
    own(
        "organizations_members_delete_mfa_phone_number",
        "update.info.delete.mfa_phone",
    ),
    own(
        "organizations_members_delete_totp",
        "update.info.delete.mfa_totp",
    ),
    rule(
        "organizations_members_delete_password",
        MEMBER,
        "update.info.delete.password",
        Target::PathOrganization,
        SelfBy::PathPassword,
    ),
    org(
        "organizations_members_unlink_retired_email",
        MEMBER,
        "update.info.email",
    ),
    org(
        "organizations_members_start_email_update",
        MEMBER,
        "update.info.email",
    ),
    org(
        "organizations_members_delete_external_id",
        MEMBER,
        "update.info.external_id",
    ),
    own(
        "organizations_members_get_connected_apps",
        "get_connected_apps",
    ),
    own(
        "organizations_members_connected_apps_revoke",
        "revoke_connected_apps",
    ),
    Rule {
        operation_id: "passwords_email_require_reset",
        resource: MEMBER,
        action: Some("reset_password"),
        fields: &[],
        target: Target::BodyOrganization,
        self_by: SelfBy::Never,
    },
    rule(
        "sessions_revoke",
        MEMBER,
        "revoke_sessions",
        Target::RevokedSession,
        SelfBy::RevokedSession,
    ),
    // SSO connections.
    org("sso_get_connections", SSO, "get"),
    org("sso_oidc_create_connection", SSO, "create"),
    org("sso_saml_create_connection", SSO, "create"),
    org("sso_external_create_connection", SSO, "create"),
    org("sso_oidc_update_connection", SSO, "update"),
    org("sso_saml_update_connection", SSO, "update"),
    org("sso_saml_update_by_url", SSO, "update"),
    org("sso_external_update_connection", SSO, "update"),
    org("sso_saml_delete_verification_certificate", SSO, "update"),
    org("sso_saml_delete_encryption_private_key", SSO, "update"),
    org("sso_delete_connection", SSO, "delete"),
    // The SCIM connection.
    org("scim_connection_create", SCIM, "create"),
    org("scim_connection_get", SCIM, "get"),
    org("scim_connection_get_groups", SCIM, "get_groups"),
    org("scim_connection_update", SCIM, "update"),
    org("scim_connection_rotate_start", SCIM, "rotate"),
    org("scim_connection_rotate_complete", SCIM, "rotate"),
    org("scim_connection_rotate_cancel", SCIM, "rotate"),
    org("scim_connection_delete", SCIM, "delete"),
];

/// The rule of `operation_id`, if the API authorizes it per member.
pub(crate) fn rule_of(operation_id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.operation_id == operation_id)
}

/// A request to check: the operation, its path parameters, its JSON body (when the
/// rule needs it and it is an object) and the member-session headers.
#[derive(Debug)]
pub(crate) struct Check<'a> {
    pub(crate) rule: &'a Rule,
    pub(crate) path: &'a [(String, String)],
    pub(crate) body: Option<&'a Map<String, Value>>,
    pub(crate) session_token: Option<&'a str>,
    pub(crate) session_jwt: Option<&'a str>,
}

impl Check<'_> {
    fn path(&self, name: &str) -> Option<&str> {
        self.path
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    fn body_str(&self, name: &str) -> Option<&str> {
        self.body
            .and_then(|b| b.get(name))
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
    }
}

fn tenancy_error(message: impl Into<String>) -> ApiError {
    ApiError::new(
        StatusCode::FORBIDDEN,
        ErrorType::SessionAuthorizationTenancyError,
        message,
    )
}

/// The live session the headers name (both, when both are sent, must name the same).
fn member_session<'s>(
    store: &'s Store,
    now: DateTime<Utc>,
    token: Option<&str>,
    jwt: Option<&str>,
) -> ApiResult<&'s SessionRecord> {
    let by_token = token.map(|t| store.session_by_token(t, now)).transpose()?;
    let by_jwt = jwt.map(|j| store.session_by_jwt(j, now)).transpose()?;
    match (by_token, by_jwt) {
        (Some(a), Some(b)) if a.id != b.id => Err(ApiError::bad_request(
            ErrorType::TooManySessionArguments,
            "X-Stytch-Member-Session and X-Stytch-Member-SessionJWT name different sessions.",
        )),
        (Some(s), _) | (None, Some(s)) => Ok(s),
        (None, None) => Err(ApiError::session_not_found()),
    }
}

/// The `(organization_id, member_id)` a `sessions/revoke` body names, if it exists.
fn revoked_owner(store: &Store, now: DateTime<Utc>, check: &Check<'_>) -> Option<(String, String)> {
    let session = if let Some(id) = check.body_str("member_session_id") {
        store.sessions.get(id)
    } else if let Some(token) = check.body_str("session_token") {
        store.session_by_token(token, now).ok()
    } else if let Some(jwt) = check.body_str("session_jwt") {
        store.session_by_jwt(jwt, now).ok()
    } else {
        None
    };
    if let Some(s) = session {
        return Some((s.organization_id.clone(), s.member_id.clone()));
    }
    let member = store.members.get(check.body_str("member_id")?)?;
    Some((
        member.member.organization_id.clone(),
        member.member.member_id.clone(),
    ))
}

/// Authenticates the member session of `check` and checks tenancy and permissions.
pub(crate) fn check(store: &Store, now: DateTime<Utc>, check: &Check<'_>) -> ApiResult<()> {
    let session = member_session(store, now, check.session_token, check.session_jwt)?;
    let record = store
        .members
        .get(&session.member_id)
        .filter(|m| m.member.status != STATUS_DELETED)
        .ok_or_else(ApiError::session_not_found)?;
    // The roles the session holds: SSO roles only with an SSO factor of their
    // connection, as Stytch grants them for member-session checks.
    let member = &crate::domain::roles::member_for_session(&record.member, &session.factors);
    let organization = store.org(&session.organization_id)?;
    let own_org = session.organization_id.as_str();
    let rule = check.rule;

    // Tenancy, and the revoked session's owner.
    let mut revoked = None;
    let targets: Vec<String> = match rule.target {
        Target::PathOrganization => check
            .path("organization_id")
            .map(str::to_owned)
            .into_iter()
            .collect(),
        Target::BodyOrganization => match check.body_str("organization_id") {
            Some(o) => vec![o.to_owned()],
            None => {
                return Err(tenancy_error(
                    "Acting as a member, the request must name the member's organization_id.",
                ));
            }
        },
        Target::BodyOrganizations => check
            .body
            .and_then(|b| b.get("organization_ids"))
            .and_then(Value::as_array)
            .map(|ids| {
                ids.iter()
                    .filter_map(Value::as_str)
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default(),
        Target::RevokedSession => {
            revoked = revoked_owner(store, now, check);
            revoked.iter().map(|(o, _)| o.clone()).collect()
        }
    };
    if let Some(other) = targets.iter().find(|o| o.as_str() != own_org) {
        return Err(tenancy_error(format!(
            "The member session belongs to {own_org}, not to {other}, the organization the request targets."
        )));
    }

    // Whether the member acts on themself.
    let acts_on_self = match rule.self_by {
        SelfBy::Never => false,
        SelfBy::PathMember => check.path("member_id") == Some(session.member_id.as_str()),
        SelfBy::PathPassword => check
            .path("member_password_id")
            .is_some_and(|id| !id.is_empty() && member.member_password_id == id),
        SelfBy::RevokedSession => revoked
            .as_ref()
            .is_some_and(|(_, m)| *m == session.member_id),
    };

    // The actions asked for.
    let mut actions: Vec<&str> = rule.action.into_iter().collect();
    if let Some(body) = check.body {
        for (key, value) in body {
            if value.is_null() {
                continue;
            }
            match rule.fields.iter().find(|(f, _)| f == key).map(|(_, f)| *f) {
                Some(Field::Action(a)) => actions.push(a),
                Some(Field::Free) => {}
                Some(Field::Forbidden) => {
                    return Err(ApiError::bad_request(
                        ErrorType::CannotUpdateTrustedMetadata,
                        format!(
                            "{key} cannot be set by a member; call without the member session."
                        ),
                    ));
                }
                None if rule.action.is_none() => actions.push("*"),
                None => {}
            }
        }
    }
    let policy = &store.rbac_policy;
    // `*` grants every action of its resource, so an action counts on `stytch.self`
    // only where that resource has it.
    let self_has = |action: &str| {
        policy
            .resources
            .iter()
            .any(|r| r.resource_id == SELF && r.actions.iter().any(|a| a == action))
    };
    for action in actions {
        let granted = |resource: &str| {
            !rbac::granting_roles(policy, organization, member, resource, action).is_empty()
        };
        let allowed = granted(rule.resource) || (acts_on_self && self_has(action) && granted(SELF));
        if !allowed {
            let on = if acts_on_self {
                format!("{} (or {SELF})", rule.resource)
            } else {
                rule.resource.to_owned()
            };
            return Err(ApiError::new(
                StatusCode::FORBIDDEN,
                ErrorType::SessionAuthorizationError,
                format!(
                    "The member is not authorized to perform {action} on {on}, which {} requires.",
                    rule.operation_id
                ),
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{Field, MEMBER, RULES, SELF, SelfBy};
    use crate::domain::rbac::default_policy;

    #[test]
    fn every_action_of_the_table_is_an_action_of_the_default_policy() {
        let policy = default_policy();
        let has = |resource: &str, action: &str| {
            policy
                .resources
                .iter()
                .any(|r| r.resource_id == resource && r.actions.iter().any(|a| a == action))
        };
        for rule in RULES {
            let mut actions: Vec<&str> = rule.action.into_iter().collect();
            actions.extend(rule.fields.iter().filter_map(|(_, f)| match f {
                Field::Action(a) => Some(*a),
                _ => None,
            }));
            for action in actions {
                assert!(
                    has(rule.resource, action),
                    "{}: {action} is not an action of {}",
                    rule.operation_id,
                    rule.resource
                );
            }
        }
        // What a member may do to themself exists on stytch.self too.
        for rule in RULES.iter().filter(|r| r.self_by != SelfBy::Never) {
            assert_eq!(rule.resource, MEMBER);
            if let Some(action) = rule.action {
                assert!(has(SELF, action), "{}: {action}", rule.operation_id);
            }
        }
    }

    #[test]
    fn the_table_names_operations_of_the_route_table() {
        for rule in RULES {
            assert!(
                crate::routes::API_ROUTES
                    .iter()
                    .any(|r| r.operation_id == rule.operation_id),
                "{} is not an operation",
                rule.operation_id
            );
        }
    }

    #[test]
    fn the_table_names_each_operation_once() {
        let mut ids: Vec<&str> = RULES.iter().map(|r| r.operation_id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), RULES.len());
        assert_eq!(RULES.len(), 40);
    }
}
