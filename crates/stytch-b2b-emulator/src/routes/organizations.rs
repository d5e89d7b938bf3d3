//! Organizations: create, get, update, delete, search; the member operations of the
//! `organizations` group are in [`members`], called from the same trait `impl`.

use stytch_b2b_api::ErrorType;
use stytch_b2b_api::types;

use crate::domain::metadata::merge_metadata;
use crate::domain::organizations::{NewOrg, check_settings, insert_org, slug_taken};
use crate::domain::search::{self, Kind, SearchErrors};
use crate::domain::validate;
use crate::errors::{ApiError, ApiResult};
use crate::ids::request_id;
use crate::server::App;
use crate::store::{OrgRecord, STATUS_DELETED};

use super::Handlers;
use super::generated::{
    OrganizationsDeletePath, OrganizationsGetPath, OrganizationsMembersCreatePath,
    OrganizationsMembersDeleteMfaPhoneNumberPath, OrganizationsMembersDeletePasswordPath,
    OrganizationsMembersDeletePath, OrganizationsMembersGetPath, OrganizationsMembersGetQuery,
    OrganizationsMembersReactivatePath, OrganizationsMembersUpdatePath, OrganizationsRoutes,
    OrganizationsUpdatePath,
};

mod extras;
mod members;

use crate::routes::generated as g;

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
    not_recognized: ErrorType::OrganizationSearchFilterNameNotRecognized,
    name_must_be_string: ErrorType::OrganizationSearchFilterNameMustBeString,
    missing_value: ErrorType::OrganizationSearchMissingFilterValue,
    expected_array: ErrorType::OrganizationSearchExpectedArrayOfStrings,
    expected_string: ErrorType::OrganizationSearchExpectedString,
    expected_bool: ErrorType::OrganizationSearchExpectedBoolean,
};

impl OrganizationsRoutes for Handlers {
    async fn organizations_create(
        app: App,
        req: types::OrganizationsCreateRequest,
    ) -> ApiResult<types::OrganizationsCreateResponse> {
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
                mfa_methods: req.mfa_methods,
                allowed_mfa_methods: req.allowed_mfa_methods,
                organization_external_id: req.organization_external_id,
                rbac_email_implicit_role_assignments: req.rbac_email_implicit_role_assignments,
                claimed_email_domains: req.claimed_email_domains,
            },
            app.clock.now(),
        )?;
        Ok(types::OrganizationsCreateResponse {
            organization,
            request_id: request_id(),
            status_code: 200,
        })
    }

    async fn organizations_get(
        app: App,
        OrganizationsGetPath { organization_id }: OrganizationsGetPath,
    ) -> ApiResult<types::OrganizationsGetResponse> {
        let organization = app.store().org(&organization_id)?.clone();
        Ok(types::OrganizationsGetResponse {
            organization,
            request_id: request_id(),
            status_code: 200,
        })
    }

    async fn organizations_update(
        app: App,
        OrganizationsUpdatePath { organization_id }: OrganizationsUpdatePath,
        req: types::OrganizationsUpdateRequest,
    ) -> ApiResult<types::OrganizationsUpdateResponse> {
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
                ErrorType::InvalidSsoDefaultConnectionId,
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
                    ErrorType::InvalidConnectionForJitProvisioning,
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
            sso_jit_provisioning_allowed_connections,
            allowed_mfa_methods,
            mfa_methods,
            claimed_email_domains,
            rbac_email_implicit_role_assignments,
            oauth_tenant_jit_provisioning,
            first_party_connected_apps_allowed_type,
            third_party_connected_apps_allowed_type,
            allowed_first_party_connected_apps,
            allowed_third_party_connected_apps,
            allowed_oauth_tenants
        );
        if let Some(id) = req.organization_external_id {
            org.organization_external_id = (!id.is_empty()).then_some(id);
        }
        org.updated_at = Some(app.clock.now());
        if let Some(id) = req.sso_default_connection_id {
            org.sso_default_connection_id = (!id.is_empty()).then_some(id);
        }
        merge_metadata(&mut org.trusted_metadata, req.trusted_metadata);
        let organization = org.clone();
        crate::domain::roles::refresh_org(&mut store, &organization_id);
        Ok(types::OrganizationsUpdateResponse {
            organization,
            request_id: request_id(),
            status_code: 200,
        })
    }

    async fn organizations_delete(
        app: App,
        OrganizationsDeletePath { organization_id }: OrganizationsDeletePath,
    ) -> ApiResult<types::OrganizationsDeleteResponse> {
        let mut store = app.store();
        store.org(&organization_id)?;
        store.delete_org(&organization_id);
        Ok(types::OrganizationsDeleteResponse {
            organization_id,
            request_id: request_id(),
            status_code: 200,
        })
    }

    async fn organizations_search(
        app: App,
        req: types::OrganizationsSearchRequest,
    ) -> ApiResult<types::OrganizationsSearchResponse> {
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
                    ("organization_name_fuzzy", V::Text(t)) => {
                        search::fuzzy(&org.organization_name, t)
                    }
                    ("organization_slug_fuzzy", V::Text(t)) => {
                        search::fuzzy(&org.organization_slug, t)
                    }
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
        Ok(types::OrganizationsSearchResponse {
            organizations,
            request_id: request_id(),
            results_metadata,
            status_code: 200,
        })
    }

    async fn organizations_members_create(
        app: App,
        path: OrganizationsMembersCreatePath,
        req: types::OrganizationsMembersCreateRequest,
    ) -> ApiResult<types::OrganizationsMembersCreateResponse> {
        members::create(app, path, req)
    }

    async fn organizations_members_get(
        app: App,
        path: OrganizationsMembersGetPath,
        query: OrganizationsMembersGetQuery,
    ) -> ApiResult<types::OrganizationsMembersGetResponse> {
        members::get(app, path, query)
    }

    async fn organizations_members_update(
        app: App,
        path: OrganizationsMembersUpdatePath,
        req: types::OrganizationsMembersUpdateRequest,
    ) -> ApiResult<types::OrganizationsMembersUpdateResponse> {
        members::update(app, path, req)
    }

    async fn organizations_members_delete(
        app: App,
        path: OrganizationsMembersDeletePath,
    ) -> ApiResult<types::OrganizationsMembersDeleteResponse> {
        members::delete(app, path)
    }

    async fn organizations_members_reactivate(
        app: App,
        path: OrganizationsMembersReactivatePath,
    ) -> ApiResult<types::OrganizationsMembersReactivateResponse> {
        members::reactivate(app, path)
    }

    async fn organizations_members_delete_password(
        app: App,
        path: OrganizationsMembersDeletePasswordPath,
    ) -> ApiResult<types::OrganizationsMembersDeletePasswordResponse> {
        members::delete_password(app, path)
    }

    async fn organizations_members_delete_mfa_phone_number(
        app: App,
        path: OrganizationsMembersDeleteMfaPhoneNumberPath,
    ) -> ApiResult<types::OrganizationsMembersDeleteMfaPhoneNumberResponse> {
        members::delete_mfa_phone_number(app, path)
    }

    async fn organizations_members_search(
        app: App,
        req: types::OrganizationsMembersSearchRequest,
    ) -> ApiResult<types::OrganizationsMembersSearchResponse> {
        members::search(app, req)
    }

    async fn organizations_metrics(
        app: App,
        path: g::OrganizationsMetricsPath,
    ) -> ApiResult<types::OrganizationsMetricsResponse> {
        extras::metrics(app, path)
    }

    async fn organizations_connected_apps(
        app: App,
        path: g::OrganizationsConnectedAppsPath,
    ) -> ApiResult<types::OrganizationsConnectedAppsResponse> {
        extras::connected_apps(app, path)
    }

    async fn organizations_get_connected_app(
        app: App,
        path: g::OrganizationsGetConnectedAppPath,
    ) -> ApiResult<types::OrganizationsGetConnectedAppResponse> {
        extras::get_connected_app(app, path)
    }

    async fn organizations_delete_external_id(
        app: App,
        path: g::OrganizationsDeleteExternalIdPath,
    ) -> ApiResult<types::OrganizationsDeleteExternalIdResponse> {
        extras::delete_external_id(app, path)
    }

    async fn organizations_members_delete_totp(
        app: App,
        path: g::OrganizationsMembersDeleteTotpPath,
    ) -> ApiResult<types::OrganizationsMembersDeleteTotpResponse> {
        extras::delete_totp(app, path)
    }

    async fn organizations_members_dangerously_get(
        app: App,
        path: g::OrganizationsMembersDangerouslyGetPath,
        query: g::OrganizationsMembersDangerouslyGetQuery,
    ) -> ApiResult<types::OrganizationsMembersDangerouslyGetResponse> {
        extras::dangerously_get(app, path, query)
    }

    async fn organizations_members_oidc_providers(
        app: App,
        path: g::OrganizationsMembersOidcProvidersPath,
        query: g::OrganizationsMembersOidcProvidersQuery,
    ) -> ApiResult<types::OrganizationsMembersOidcProvidersResponse> {
        extras::oidc_providers(app, path, query)
    }

    async fn organizations_members_unlink_retired_email(
        app: App,
        path: g::OrganizationsMembersUnlinkRetiredEmailPath,
        req: types::OrganizationsMembersUnlinkRetiredEmailRequest,
    ) -> ApiResult<types::OrganizationsMembersUnlinkRetiredEmailResponse> {
        extras::unlink_retired_email(app, path, req)
    }

    async fn organizations_members_start_email_update(
        app: App,
        path: g::OrganizationsMembersStartEmailUpdatePath,
        req: types::OrganizationsMembersStartEmailUpdateRequest,
    ) -> ApiResult<types::OrganizationsMembersStartEmailUpdateResponse> {
        extras::start_email_update(app, path, req)
    }

    async fn organizations_members_get_connected_apps(
        app: App,
        path: g::OrganizationsMembersGetConnectedAppsPath,
    ) -> ApiResult<types::OrganizationsMembersGetConnectedAppsResponse> {
        extras::member_connected_apps(app, path)
    }

    async fn organizations_members_delete_external_id(
        app: App,
        path: g::OrganizationsMembersDeleteExternalIdPath,
    ) -> ApiResult<types::OrganizationsMembersDeleteExternalIdResponse> {
        extras::member_delete_external_id(app, path)
    }

    async fn organizations_members_oauth_providers_google(
        app: App,
        path: g::OrganizationsMembersOauthProvidersGooglePath,
        query: g::OrganizationsMembersOauthProvidersGoogleQuery,
    ) -> ApiResult<types::OrganizationsMembersOauthProvidersGoogleResponse> {
        extras::google(app, path, query)
    }

    async fn organizations_members_oauth_providers_microsoft(
        app: App,
        path: g::OrganizationsMembersOauthProvidersMicrosoftPath,
        query: g::OrganizationsMembersOauthProvidersMicrosoftQuery,
    ) -> ApiResult<types::OrganizationsMembersOauthProvidersMicrosoftResponse> {
        extras::microsoft(app, path, query)
    }

    async fn organizations_members_oauth_providers_slack(
        app: App,
        path: g::OrganizationsMembersOauthProvidersSlackPath,
    ) -> ApiResult<types::OrganizationsMembersOauthProvidersSlackResponse> {
        extras::slack(app, path)
    }

    async fn organizations_members_oauth_providers_hubspot(
        app: App,
        path: g::OrganizationsMembersOauthProvidersHubspotPath,
        query: g::OrganizationsMembersOauthProvidersHubspotQuery,
    ) -> ApiResult<types::OrganizationsMembersOauthProvidersHubspotResponse> {
        extras::hubspot(app, path, query)
    }

    async fn organizations_members_oauth_providers_github(
        app: App,
        path: g::OrganizationsMembersOauthProvidersGithubPath,
        query: g::OrganizationsMembersOauthProvidersGithubQuery,
    ) -> ApiResult<types::OrganizationsMembersOauthProvidersGithubResponse> {
        extras::github(app, path, query)
    }

    async fn organizations_members_connected_apps_revoke(
        app: App,
        path: g::OrganizationsMembersConnectedAppsRevokePath,
        _req: types::OrganizationsMembersConnectedAppsRevokeRequest,
    ) -> ApiResult<types::OrganizationsMembersConnectedAppsRevokeResponse> {
        extras::revoke_connected_app(app, path)
    }
}
