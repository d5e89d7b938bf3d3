//! Organizations: create, get, update, delete, search.

use axum::extract::State;
use serde_json::{Map, Value};
use stytch_b2b_api::types;

use crate::errors::{ApiError, ApiResult};
use crate::ids::request_id;
use crate::search::{self, Kind, SearchErrors};
use crate::server::App;
use crate::store::{OrgRecord, STATUS_DELETED, Store};
use crate::validate;
use crate::wire::{JsonBody, PathParams, Reply};

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
}

fn check_settings(
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
            "invalid_organization_auth_factor_setting_for_email_jit_provisioning",
        )?;
    }
    if let Some(v) = email_invites {
        validate::one_of(
            "email_invites",
            v,
            validate::EMAIL_INVITES,
            "invalid_organization_auth_method_settings",
        )?;
    }
    if let Some(v) = auth_methods {
        validate::one_of(
            "auth_methods",
            v,
            validate::AUTH_METHODS,
            "invalid_organization_auth_method_settings",
        )?;
    }
    for v in allowed.unwrap_or_default() {
        validate::one_of(
            "allowed_auth_methods",
            v,
            validate::ALLOWED_AUTH_METHODS,
            "invalid_organization_allowed_auth_methods",
        )?;
    }
    if let Some(v) = mfa_policy {
        validate::one_of(
            "mfa_policy",
            v,
            validate::MFA_POLICIES,
            "invalid_organization_mfa_policy",
        )?;
    }
    if let Some(v) = sso_jit {
        validate::one_of(
            "sso_jit_provisioning",
            v,
            validate::SSO_JIT,
            "invalid_organization_auth_method_settings",
        )?;
    }
    Ok(())
}

/// Validates and stores a new organization; returns it.
pub(crate) fn insert_org(store: &mut Store, new: NewOrg) -> ApiResult<types::Organization> {
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

fn slug_taken(slug: &str) -> ApiError {
    ApiError::bad_request(
        "organization_slug_already_used",
        format!("The organization slug {slug:?} is already used by another organization."),
    )
}

fn strip_nulls(mut map: Map<String, Value>) -> Map<String, Value> {
    map.retain(|_, v| !v.is_null());
    map
}

/// Top-level keys of `update` replace those of `target`; a null deletes the key.
pub(crate) fn merge_metadata(target: &mut Map<String, Value>, update: Option<Map<String, Value>>) {
    for (k, v) in update.unwrap_or_default() {
        if v.is_null() {
            target.remove(&k);
        } else {
            target.insert(k, v);
        }
    }
}

pub(crate) async fn create(
    State(app): State<App>,
    JsonBody(req): JsonBody<types::OrganizationsCreateRequest>,
) -> ApiResult<Reply<types::OrganizationsCreateResponse>> {
    let organization = insert_org(
        &mut app.store(),
        NewOrg {
            name: req.organization_name,
            slug: req.organization_slug,
            logo_url: req.organization_logo_url,
            trusted_metadata: req.trusted_metadata,
            email_allowed_domains: req.email_allowed_domains,
            email_jit_provisioning: req.email_jit_provisioning,
            email_invites: req.email_invites,
            auth_methods: req.auth_methods,
            allowed_auth_methods: req.allowed_auth_methods,
            mfa_policy: req.mfa_policy,
            sso_jit_provisioning: req.sso_jit_provisioning,
        },
    )?;
    Ok(Reply(types::OrganizationsCreateResponse {
        organization,
        request_id: request_id(),
        status_code: 200,
    }))
}

pub(crate) async fn get(
    State(app): State<App>,
    PathParams(organization_id): PathParams<String>,
) -> ApiResult<Reply<types::OrganizationsGetResponse>> {
    let organization = app.store().org(&organization_id)?.clone();
    Ok(Reply(types::OrganizationsGetResponse {
        organization,
        request_id: request_id(),
        status_code: 200,
    }))
}

pub(crate) async fn update(
    State(app): State<App>,
    PathParams(organization_id): PathParams<String>,
    JsonBody(req): JsonBody<types::OrganizationsUpdateRequest>,
) -> ApiResult<Reply<types::OrganizationsUpdateResponse>> {
    check_settings(
        req.email_jit_provisioning.as_deref(),
        req.email_invites.as_deref(),
        req.auth_methods.as_deref(),
        req.allowed_auth_methods.as_deref(),
        req.mfa_policy.as_deref(),
        req.sso_jit_provisioning.as_deref(),
    )?;
    let mut store = app.store();
    store.org(&organization_id)?;
    if let Some(name) = &req.organization_name {
        validate::organization_name(name)?;
    }
    if let Some(slug) = &req.organization_slug {
        validate::slug(slug)?;
        if store.slug_taken(slug, Some(&organization_id)) {
            return Err(slug_taken(slug));
        }
    }
    let connection_known = |id: &str| {
        store
            .connections
            .get(id)
            .is_some_and(|c| c.organization_id() == organization_id)
    };
    if let Some(id) = req
        .sso_default_connection_id
        .as_deref()
        .filter(|id| !id.is_empty())
        && !connection_known(id)
    {
        return Err(ApiError::bad_request(
            "invalid_sso_default_connection_id",
            format!("{id} is not an SSO connection of this organization."),
        ));
    }
    for id in req
        .sso_jit_provisioning_allowed_connections
        .iter()
        .flatten()
    {
        if !connection_known(id) {
            return Err(ApiError::bad_request(
                "invalid_connection_for_jit_provisioning",
                format!("{id} is not an SSO connection of this organization."),
            ));
        }
    }
    let org = store.org_mut(&organization_id)?;
    macro_rules! set {
        ($($field:ident),*) => { $( if let Some(v) = req.$field { org.$field = v; } )* };
    }
    set!(
        organization_name,
        organization_slug,
        organization_logo_url,
        email_allowed_domains,
        email_jit_provisioning,
        email_invites,
        auth_methods,
        allowed_auth_methods,
        mfa_policy,
        sso_jit_provisioning,
        sso_jit_provisioning_allowed_connections
    );
    if let Some(id) = req.sso_default_connection_id {
        org.sso_default_connection_id = (!id.is_empty()).then_some(id);
    }
    merge_metadata(&mut org.trusted_metadata, req.trusted_metadata);
    let organization = org.clone();
    Ok(Reply(types::OrganizationsUpdateResponse {
        organization,
        request_id: request_id(),
        status_code: 200,
    }))
}

pub(crate) async fn delete(
    State(app): State<App>,
    PathParams(organization_id): PathParams<String>,
) -> ApiResult<Reply<types::OrganizationsDeleteResponse>> {
    let mut store = app.store();
    store.org(&organization_id)?;
    store.delete_org(&organization_id);
    Ok(Reply(types::OrganizationsDeleteResponse {
        organization_id,
        request_id: request_id(),
        status_code: 200,
    }))
}

/// Filters of `organizations/search` the emulator implements.
const FILTERS: &[(&str, Kind)] = &[
    ("organization_ids", Kind::Strings),
    ("organization_slugs", Kind::Strings),
    ("organization_name_fuzzy", Kind::Text),
    ("organization_slug_fuzzy", Kind::Text),
    ("member_emails", Kind::Strings),
    ("member_email_fuzzy", Kind::Text),
    ("allowed_domains", Kind::Strings),
    ("allowed_domain_fuzzy", Kind::Text),
];

const ERRORS: SearchErrors = SearchErrors {
    not_recognized: "organization_search_filter_name_not_recognized",
    name_must_be_string: "organization_search_filter_name_must_be_string",
    missing_value: "organization_search_missing_filter_value",
    expected_array: "organization_search_expected_array_of_strings",
    expected_string: "organization_search_expected_string",
    expected_bool: "organization_search_expected_boolean",
};

pub(crate) async fn search(
    State(app): State<App>,
    JsonBody(req): JsonBody<types::OrganizationsSearchRequest>,
) -> ApiResult<Reply<types::OrganizationsSearchResponse>> {
    use search::FilterValue as V;
    let query = search::parse(req.query.as_ref(), FILTERS, &ERRORS)?;
    let store = app.store();
    let emails_of = |org_id: &str| -> Vec<String> {
        store
            .members
            .values()
            .filter(|m| m.member.organization_id == org_id && m.member.status != STATUS_DELETED)
            .map(|m| m.member.email_address.clone())
            .collect()
    };
    let mut records: Vec<&OrgRecord> = store.orgs.values().collect();
    records.sort_by_key(|r| r.seq);
    let hits: Vec<types::Organization> = records
        .into_iter()
        .filter(|r| {
            let org = &r.org;
            query.matches(|op| match (op.name.as_str(), &op.value) {
                ("organization_ids", V::Strings(ids)) => {
                    search::any_of(&org.organization_id, ids, false)
                }
                ("organization_slugs", V::Strings(s)) => {
                    search::any_of(&org.organization_slug, s, false)
                }
                ("organization_name_fuzzy", V::Text(t)) => search::fuzzy(&org.organization_name, t),
                ("organization_slug_fuzzy", V::Text(t)) => search::fuzzy(&org.organization_slug, t),
                ("member_emails", V::Strings(e)) => emails_of(&org.organization_id)
                    .iter()
                    .any(|m| search::any_of(m, e, true)),
                ("member_email_fuzzy", V::Text(t)) => emails_of(&org.organization_id)
                    .iter()
                    .any(|m| search::fuzzy(m, t)),
                ("allowed_domains", V::Strings(d)) => org
                    .email_allowed_domains
                    .iter()
                    .any(|a| search::any_of(a, d, true)),
                ("allowed_domain_fuzzy", V::Text(t)) => org
                    .email_allowed_domains
                    .iter()
                    .any(|a| search::fuzzy(a, t)),
                _ => false,
            })
        })
        .map(|r| r.org.clone())
        .collect();
    drop(store);
    let (organizations, results_metadata) =
        search::paginate(hits, req.cursor.as_deref(), req.limit)?;
    Ok(Reply(types::OrganizationsSearchResponse {
        organizations,
        request_id: request_id(),
        results_metadata,
        status_code: 200,
    }))
}
