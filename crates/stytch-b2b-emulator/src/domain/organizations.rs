//! Organizations: validating settings and storing a new organization (shared by
//! `organizations` create and `discovery/organizations/create`).

use chrono::{DateTime, Utc};
use serde_json::{Map, Value};
use stytch_b2b_api::ErrorType;
use stytch_b2b_api::types;

use crate::domain::metadata::strip_nulls;
use crate::domain::validate;
use crate::errors::{ApiError, ApiResult};
use crate::store::{OrgRecord, Store};

/// Settings shared by `organizations` create and `discovery/organizations/create`.
#[derive(Debug, Default)]
pub(crate) struct NewOrg {
    pub(crate) name: String,
    pub(crate) slug: Option<String>,
    pub(crate) logo_url: Option<String>,
    pub(crate) trusted_metadata: Option<Map<String, Value>>,
    pub(crate) email_allowed_domains: Option<Vec<String>>,
    pub(crate) email_jit_provisioning: Option<String>,
    pub(crate) email_invites: Option<String>,
    pub(crate) auth_methods: Option<String>,
    pub(crate) allowed_auth_methods: Option<Vec<String>>,
    pub(crate) mfa_policy: Option<String>,
    pub(crate) sso_jit_provisioning: Option<String>,
    pub(crate) mfa_methods: Option<String>,
    pub(crate) allowed_mfa_methods: Option<Vec<String>>,
    pub(crate) organization_external_id: Option<String>,
    pub(crate) rbac_email_implicit_role_assignments:
        Option<Vec<types::EmailImplicitRoleAssignment>>,
    pub(crate) claimed_email_domains: Option<Vec<String>>,
}

/// Refuses organization settings outside their documented values.
pub(crate) fn check_settings(
    email_jit: Option<&str>,
    email_invites: Option<&str>,
    auth_methods: Option<&str>,
    allowed: Option<&[String]>,
    mfa_policy: Option<&str>,
    sso_jit: Option<&str>,
) -> ApiResult<()> {
    if let Some(v) = email_jit {
        validate::one_of(
            "email_jit_provisioning",
            v,
            validate::EMAIL_JIT,
            ErrorType::InvalidOrganizationAuthFactorSettingForEmailJitProvisioning,
        )?;
    }
    if let Some(v) = email_invites {
        validate::one_of(
            "email_invites",
            v,
            validate::EMAIL_INVITES,
            ErrorType::InvalidOrganizationAuthMethodSettings,
        )?;
    }
    if let Some(v) = auth_methods {
        validate::one_of(
            "auth_methods",
            v,
            validate::AUTH_METHODS,
            ErrorType::InvalidOrganizationAuthMethodSettings,
        )?;
    }
    for v in allowed.unwrap_or_default() {
        validate::one_of(
            "allowed_auth_methods",
            v,
            validate::ALLOWED_AUTH_METHODS,
            ErrorType::InvalidOrganizationAllowedAuthMethods,
        )?;
    }
    if let Some(v) = mfa_policy {
        validate::one_of(
            "mfa_policy",
            v,
            validate::MFA_POLICIES,
            ErrorType::InvalidOrganizationMfaPolicy,
        )?;
    }
    if let Some(v) = sso_jit {
        validate::one_of(
            "sso_jit_provisioning",
            v,
            validate::SSO_JIT,
            ErrorType::InvalidOrganizationAuthMethodSettings,
        )?;
    }
    Ok(())
}

/// Validates and stores a new organization; returns it.
pub(crate) fn insert_org(
    store: &mut Store,
    new: NewOrg,
    now: DateTime<Utc>,
) -> ApiResult<types::Organization> {
    validate::organization_name(&new.name)?;
    let slug = match new.slug {
        Some(s) => s,
        None => validate::slug_from_name(&new.name),
    };
    validate::slug(&slug)?;
    check_settings(
        new.email_jit_provisioning.as_deref(),
        new.email_invites.as_deref(),
        new.auth_methods.as_deref(),
        new.allowed_auth_methods.as_deref(),
        new.mfa_policy.as_deref(),
        new.sso_jit_provisioning.as_deref(),
    )?;
    if store.slug_taken(&slug, None) {
        return Err(slug_taken(&slug));
    }
    let org = types::Organization {
        allowed_auth_methods: new.allowed_auth_methods.unwrap_or_default(),
        allowed_first_party_connected_apps: Vec::new(),
        allowed_mfa_methods: new.allowed_mfa_methods.unwrap_or_default(),
        allowed_oauth_tenants: Map::new(),
        allowed_third_party_connected_apps: Vec::new(),
        claimed_email_domains: new.claimed_email_domains.unwrap_or_default(),
        created_at: Some(now),
        custom_roles: Vec::new(),
        first_party_connected_apps_allowed_type: "ALL_ALLOWED".to_owned(),
        mfa_methods: new.mfa_methods.unwrap_or_else(|| "ALL_ALLOWED".to_owned()),
        oauth_tenant_jit_provisioning: "NOT_ALLOWED".to_owned(),
        organization_external_id: new.organization_external_id.filter(|s| !s.is_empty()),
        rbac_email_implicit_role_assignments: new
            .rbac_email_implicit_role_assignments
            .unwrap_or_default(),
        scim_active_connection: None,
        third_party_connected_apps_allowed_type: "ALL_ALLOWED".to_owned(),
        updated_at: Some(now),
        auth_methods: new.auth_methods.unwrap_or_else(|| "ALL_ALLOWED".to_owned()),
        email_allowed_domains: new.email_allowed_domains.unwrap_or_default(),
        email_invites: new
            .email_invites
            .unwrap_or_else(|| "ALL_ALLOWED".to_owned()),
        email_jit_provisioning: new
            .email_jit_provisioning
            .unwrap_or_else(|| "NOT_ALLOWED".to_owned()),
        mfa_policy: new.mfa_policy.unwrap_or_else(|| "OPTIONAL".to_owned()),
        organization_id: store.new_id("organization"),
        organization_logo_url: new.logo_url.unwrap_or_default(),
        organization_name: new.name,
        organization_slug: slug,
        sso_active_connections: Vec::new(),
        sso_default_connection_id: None,
        sso_jit_provisioning: new
            .sso_jit_provisioning
            .unwrap_or_else(|| "ALL_ALLOWED".to_owned()),
        sso_jit_provisioning_allowed_connections: Vec::new(),
        trusted_metadata: strip_nulls(new.trusted_metadata.unwrap_or_default()),
    };
    let seq = store.next_seq();
    store.orgs.insert(
        org.organization_id.clone(),
        OrgRecord {
            seq,
            org: org.clone(),
        },
    );
    Ok(org)
}

/// The error for a slug another organization already uses.
pub(crate) fn slug_taken(slug: &str) -> ApiError {
    ApiError::bad_request(
        ErrorType::OrganizationSlugAlreadyUsed,
        format!("The organization slug {slug:?} is already used by another organization."),
    )
}
