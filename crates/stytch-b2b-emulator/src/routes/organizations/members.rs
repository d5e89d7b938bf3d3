//! Members (operations of the `organizations` group): create, get, update, delete,
//! reactivate, search, delete password, delete MFA phone number. Called from the
//! `OrganizationsRoutes` impl in the parent module.

use std::collections::BTreeMap;
use stytch_b2b_api::ErrorType;

use stytch_b2b_api::types;

use crate::domain::members::{check_phone_free, duplicate_email};
use crate::domain::metadata::merge_metadata;
use crate::domain::search::{self, Kind, SearchErrors};
use crate::domain::validate;
use crate::domain::{rbac, roles};
use crate::errors::{ApiError, ApiResult};
use crate::ids::request_id;
use crate::routes::generated::{
    OrganizationsMembersCreatePath, OrganizationsMembersDeleteMfaPhoneNumberPath,
    OrganizationsMembersDeletePasswordPath, OrganizationsMembersDeletePath,
    OrganizationsMembersGetPath, OrganizationsMembersGetQuery, OrganizationsMembersReactivatePath,
    OrganizationsMembersUpdatePath,
};
use crate::server::App;
use crate::store::{MemberRecord, NewMember, STATUS_ACTIVE, STATUS_DELETED, STATUS_PENDING, Store};

/// The member and its organization, as most member responses carry them.
fn reply_parts(
    store: &Store,
    org_id: &str,
    member_id: &str,
) -> ApiResult<(types::Member, types::Organization)> {
    let member = store.member(org_id, member_id)?.member.clone();
    let org = store.org(org_id)?.clone();
    Ok((member, org))
}

pub(super) fn create(
    app: App,
    OrganizationsMembersCreatePath { organization_id }: OrganizationsMembersCreatePath,
    req: types::OrganizationsMembersCreateRequest,
) -> ApiResult<types::OrganizationsMembersCreateResponse> {
    validate::email(&req.email_address)?;
    let phone = req.mfa_phone_number.unwrap_or_default();
    if !phone.is_empty() {
        validate::phone(&phone)?;
    }
    let mut store = app.store();
    store.org(&organization_id)?;
    if store
        .member_by_email(&organization_id, &req.email_address)
        .is_some()
    {
        return Err(duplicate_email(&req.email_address));
    }
    if !phone.is_empty() {
        check_phone_free(&store, &organization_id, &phone, None)?;
    }
    let roles = req.roles.unwrap_or_default();
    rbac::check_assignable(&store.rbac_policy, store.org(&organization_id)?, &roles)?;
    let status = if req.create_member_as_pending == Some(true) {
        STATUS_PENDING
    } else {
        STATUS_ACTIVE
    };
    let member_id = store.insert_member(
        &organization_id,
        NewMember {
            email: req.email_address,
            name: req.name.unwrap_or_default(),
            status,
            is_breakglass: req.is_breakglass.unwrap_or(false),
            mfa_enrolled: req.mfa_enrolled.unwrap_or(false),
            mfa_phone_number: phone,
            trusted_metadata: req.trusted_metadata.unwrap_or_default(),
            untrusted_metadata: req.untrusted_metadata.unwrap_or_default(),
            roles,
            external_id: req.external_id,
            created_at: Some(app.clock.now()),
            ..NewMember::default()
        },
    );
    let (member, organization) = reply_parts(&store, &organization_id, &member_id)?;
    Ok(types::OrganizationsMembersCreateResponse {
        member,
        member_id,
        organization,
        request_id: request_id(),
        status_code: 200,
    })
}

pub(super) fn get(
    app: App,
    OrganizationsMembersGetPath { organization_id }: OrganizationsMembersGetPath,
    q: OrganizationsMembersGetQuery,
) -> ApiResult<types::OrganizationsMembersGetResponse> {
    let store = app.store();
    store.org(&organization_id)?;
    let member_id = match (
        q.member_id.filter(|s| !s.is_empty()),
        q.email_address.filter(|s| !s.is_empty()),
    ) {
        (Some(id), _) => store
            .member(&organization_id, &id)?
            .member
            .member_id
            .clone(),
        (None, Some(email)) => store
            .member_by_email(&organization_id, &email)
            .map(|m| m.member.member_id.clone())
            .ok_or_else(ApiError::member_not_found)?,
        (None, None) => {
            return Err(ApiError::bad_request(
                ErrorType::BadRequest,
                "Pass member_id or email_address as a query parameter.",
            ));
        }
    };
    let (member, organization) = reply_parts(&store, &organization_id, &member_id)?;
    Ok(types::OrganizationsMembersGetResponse {
        member,
        member_id,
        organization,
        request_id: request_id(),
        status_code: 200,
    })
}

pub(super) fn update(
    app: App,
    OrganizationsMembersUpdatePath {
        organization_id,
        member_id,
    }: OrganizationsMembersUpdatePath,
    req: types::OrganizationsMembersUpdateRequest,
) -> ApiResult<types::OrganizationsMembersUpdateResponse> {
    let mut store = app.store();
    if store.member(&organization_id, &member_id)?.member.status == STATUS_DELETED {
        return Err(ApiError::bad_request(
            ErrorType::ActionAvailableOnlyForActiveMembers,
            "A deleted member cannot be updated; reactivate it first.",
        ));
    }
    if let Some(phone) = req.mfa_phone_number.as_deref().filter(|p| !p.is_empty()) {
        validate::phone(phone)?;
        check_phone_free(&store, &organization_id, phone, Some(&member_id))?;
    }
    if let Some(roles) = &req.roles {
        rbac::check_assignable(&store.rbac_policy, store.org(&organization_id)?, roles)?;
    }
    if let Some(method) = req.default_mfa_method.as_deref().filter(|m| !m.is_empty())
        && !matches!(method, "sms_otp" | "totp")
    {
        return Err(ApiError::bad_request(
            ErrorType::InvalidMfaDefaultMethod,
            format!("default_mfa_method must be sms_otp or totp, got {method:?}."),
        ));
    }
    let now = app.clock.now();
    let record = store.member_mut(&organization_id, &member_id)?;
    if let Some(roles) = req.roles {
        record.explicit_roles = roles;
    }
    let m = &mut record.member;
    m.updated_at = Some(now);
    if let Some(method) = req.default_mfa_method {
        m.default_mfa_method = method;
    }
    if let Some(id) = req.external_id {
        m.external_id = (!id.is_empty()).then_some(id);
    }
    if let Some(name) = req.name {
        m.name = name;
    }
    if let Some(b) = req.is_breakglass {
        m.is_breakglass = b;
    }
    if let Some(b) = req.mfa_enrolled {
        m.mfa_enrolled = b;
    }
    if let Some(phone) = req.mfa_phone_number
        && phone != m.mfa_phone_number
    {
        m.mfa_phone_number = phone;
        m.mfa_phone_number_verified = false;
    }
    merge_metadata(&mut m.trusted_metadata, req.trusted_metadata);
    merge_metadata(&mut m.untrusted_metadata, req.untrusted_metadata);
    roles::refresh_member(&mut store, &member_id);
    let (member, organization) = reply_parts(&store, &organization_id, &member_id)?;
    Ok(types::OrganizationsMembersUpdateResponse {
        member,
        member_id,
        organization,
        request_id: request_id(),
        status_code: 200,
    })
}

pub(super) fn delete(
    app: App,
    OrganizationsMembersDeletePath {
        organization_id,
        member_id,
    }: OrganizationsMembersDeletePath,
) -> ApiResult<types::OrganizationsMembersDeleteResponse> {
    let mut store = app.store();
    let record = store.live_member_mut(&organization_id, &member_id)?;
    record.member.status = STATUS_DELETED.to_owned();
    store.revoke_member_sessions(&member_id);
    store.otps.remove(&member_id);
    Ok(types::OrganizationsMembersDeleteResponse {
        member_id,
        request_id: request_id(),
        status_code: 200,
    })
}

pub(super) fn reactivate(
    app: App,
    OrganizationsMembersReactivatePath {
        organization_id,
        member_id,
    }: OrganizationsMembersReactivatePath,
) -> ApiResult<types::OrganizationsMembersReactivateResponse> {
    let mut store = app.store();
    let record = store.member(&organization_id, &member_id)?;
    if record.member.status != STATUS_DELETED {
        return Err(ApiError::bad_request(
            ErrorType::NoDeletedMemberFoundForReactivation,
            "The member is not deleted.",
        ));
    }
    let email = record.member.email_address.clone();
    if store.member_by_email(&organization_id, &email).is_some() {
        return Err(ApiError::bad_request(
            ErrorType::ReactivationEmailBelongsToAnotherMember,
            "Another live member of the organization now uses this email address.",
        ));
    }
    store
        .member_mut(&organization_id, &member_id)?
        .member
        .status = STATUS_ACTIVE.to_owned();
    let (member, organization) = reply_parts(&store, &organization_id, &member_id)?;
    Ok(types::OrganizationsMembersReactivateResponse {
        member,
        member_id,
        organization,
        request_id: request_id(),
        status_code: 200,
    })
}

pub(super) fn delete_password(
    app: App,
    OrganizationsMembersDeletePasswordPath {
        organization_id,
        member_password_id,
    }: OrganizationsMembersDeletePasswordPath,
) -> ApiResult<types::OrganizationsMembersDeletePasswordResponse> {
    let mut store = app.store();
    store.org(&organization_id)?;
    let record = store
        .members
        .values_mut()
        .find(|m| {
            m.member.organization_id == organization_id
                && !member_password_id.is_empty()
                && m.member.member_password_id == member_password_id
        })
        .ok_or_else(|| {
            ApiError::not_found(
                ErrorType::MemberPasswordNotFound,
                format!("No member of this organization has the password {member_password_id}."),
            )
        })?;
    record.password = None;
    record.member.member_password_id = String::new();
    let member_id = record.member.member_id.clone();
    let (member, organization) = reply_parts(&store, &organization_id, &member_id)?;
    Ok(types::OrganizationsMembersDeletePasswordResponse {
        member,
        member_id,
        organization,
        request_id: request_id(),
        status_code: 200,
    })
}

pub(super) fn delete_mfa_phone_number(
    app: App,
    OrganizationsMembersDeleteMfaPhoneNumberPath {
        organization_id,
        member_id,
    }: OrganizationsMembersDeleteMfaPhoneNumberPath,
) -> ApiResult<types::OrganizationsMembersDeleteMfaPhoneNumberResponse> {
    let mut store = app.store();
    let record = store.member_mut(&organization_id, &member_id)?;
    if record.member.mfa_phone_number.is_empty() {
        return Err(ApiError::not_found(
            ErrorType::MemberPhoneNumberNotFound,
            "The member has no MFA phone number.",
        ));
    }
    record.member.mfa_phone_number = String::new();
    record.member.mfa_phone_number_verified = false;
    store.otps.remove(&member_id);
    let (member, organization) = reply_parts(&store, &organization_id, &member_id)?;
    Ok(types::OrganizationsMembersDeleteMfaPhoneNumberResponse {
        member,
        member_id,
        organization,
        request_id: request_id(),
        status_code: 200,
    })
}

/// Filters of `organizations/members/search` the emulator implements.
const FILTERS: &[(&str, Kind)] = &[
    ("member_ids", Kind::Strings),
    ("member_emails", Kind::Strings),
    ("member_email_fuzzy", Kind::Text),
    ("statuses", Kind::Strings),
    ("member_password_exists", Kind::Bool),
    ("member_mfa_phone_numbers", Kind::Strings),
    ("member_mfa_phone_number_fuzzy", Kind::Text),
    ("member_is_breakglass", Kind::Bool),
];

const ERRORS: SearchErrors = SearchErrors {
    not_recognized: ErrorType::MemberSearchFilterNameNotRecognized,
    name_must_be_string: ErrorType::MemberSearchFilterNameMustBeString,
    missing_value: ErrorType::MemberSearchMissingFilterValue,
    expected_array: ErrorType::MemberSearchExpectedArrayOfStrings,
    expected_string: ErrorType::MemberSearchExpectedString,
    expected_bool: ErrorType::MemberSearchExpectedBoolean,
};

pub(super) fn search(
    app: App,
    req: types::OrganizationsMembersSearchRequest,
) -> ApiResult<types::OrganizationsMembersSearchResponse> {
    use search::FilterValue as V;
    if req.organization_ids.is_empty() {
        return Err(ApiError::bad_request(
            ErrorType::MemberSearchOrganizationIdsEmpty,
            "organization_ids must name at least one organization.",
        ));
    }
    let query = search::parse(req.query.as_ref(), FILTERS, &ERRORS)?;
    let store = app.store();
    for id in &req.organization_ids {
        store.org(id)?;
    }
    let mut records: Vec<&MemberRecord> = store
        .members
        .values()
        .filter(|m| req.organization_ids.contains(&m.member.organization_id))
        .collect();
    records.sort_by_key(|r| r.seq);
    let hits: Vec<types::Member> = records
        .into_iter()
        .filter(|r| {
            let m = &r.member;
            query.matches(|op| match (op.name.as_str(), &op.value) {
                ("member_ids", V::Strings(ids)) => search::any_of(&m.member_id, ids, false),
                ("member_emails", V::Strings(e)) => search::any_of(&m.email_address, e, true),
                ("member_email_fuzzy", V::Text(t)) => search::fuzzy(&m.email_address, t),
                ("statuses", V::Strings(s)) => search::any_of(&m.status, s, false),
                ("member_password_exists", V::Bool(b)) => m.member_password_id.is_empty() != *b,
                ("member_mfa_phone_numbers", V::Strings(p)) => {
                    search::any_of(&m.mfa_phone_number, p, false)
                }
                ("member_mfa_phone_number_fuzzy", V::Text(t)) => {
                    !m.mfa_phone_number.is_empty() && search::fuzzy(&m.mfa_phone_number, t)
                }
                ("member_is_breakglass", V::Bool(b)) => m.is_breakglass == *b,
                _ => false,
            })
        })
        .map(|r| r.member.clone())
        .collect();
    let (members, results_metadata) = search::paginate(hits, req.cursor.as_deref(), req.limit)?;
    let organizations: BTreeMap<String, types::Organization> = members
        .iter()
        .filter_map(|m| {
            store
                .orgs
                .get(&m.organization_id)
                .map(|o| (m.organization_id.clone(), o.org.clone()))
        })
        .collect();
    Ok(types::OrganizationsMembersSearchResponse {
        members,
        organizations,
        request_id: request_id(),
        results_metadata,
        status_code: 200,
    })
}
