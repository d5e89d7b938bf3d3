//! The newer organization and member operations: metrics, external ids, TOTP
//! removal, retired emails, email update, dangerously get, connected apps and the
//! identity-provider tokens of a member's OAuth registrations (those stored at the
//! member's latest login, `domain::provider_tokens`) and OIDC registrations (random).
//! Called from the `OrganizationsRoutes` impl in the parent module.

use stytch_b2b_api::types;
use stytch_b2b_api::{ErrorType, SecretString};

use crate::domain::provider_tokens::ProviderTokens;
use crate::domain::validate;
use crate::errors::{ApiError, ApiResult};
use crate::ids::{self, request_id};
use crate::routes::generated as g;
use crate::server::App;
use crate::store::{STATUS_DELETED, Store};

/// Lifetime reported for the identity provider's access tokens.
const PROVIDER_TOKEN_SECS: i64 = 3600;
const PROVIDER_SCOPES: &[&str] = &["openid", "email", "profile"];

fn scopes() -> Vec<String> {
    PROVIDER_SCOPES.iter().map(|s| (*s).to_owned()).collect()
}

fn token() -> SecretString {
    ids::token().into()
}

fn parts(
    store: &Store,
    org: &str,
    member: &str,
) -> ApiResult<(types::Member, types::Organization)> {
    let m = store.live_member(org, member)?.member.clone();
    Ok((m, store.org(org)?.clone()))
}

pub(super) fn metrics(
    app: App,
    g::OrganizationsMetricsPath { organization_id }: g::OrganizationsMetricsPath,
) -> ApiResult<types::OrganizationsMetricsResponse> {
    let store = app.store();
    store.org(&organization_id)?;
    let count = store
        .members
        .values()
        .filter(|m| {
            m.member.organization_id == organization_id && m.member.status != STATUS_DELETED
        })
        .count();
    Ok(types::OrganizationsMetricsResponse {
        member_count: i64::try_from(count).unwrap_or(i64::MAX),
        request_id: request_id(),
        status_code: 200,
    })
}

pub(super) fn delete_external_id(
    app: App,
    g::OrganizationsDeleteExternalIdPath { organization_id }: g::OrganizationsDeleteExternalIdPath,
) -> ApiResult<types::OrganizationsDeleteExternalIdResponse> {
    let now = app.clock.now();
    let mut store = app.store();
    let org = store.org_mut(&organization_id)?;
    org.organization_external_id = None;
    org.updated_at = Some(now);
    Ok(types::OrganizationsDeleteExternalIdResponse {
        organization: org.clone(),
        request_id: request_id(),
        status_code: 200,
    })
}

pub(super) fn member_delete_external_id(
    app: App,
    g::OrganizationsMembersDeleteExternalIdPath {
        organization_id,
        member_id,
    }: g::OrganizationsMembersDeleteExternalIdPath,
) -> ApiResult<types::OrganizationsMembersDeleteExternalIdResponse> {
    let mut store = app.store();
    store
        .live_member_mut(&organization_id, &member_id)?
        .member
        .external_id = None;
    let (member, organization) = parts(&store, &organization_id, &member_id)?;
    Ok(types::OrganizationsMembersDeleteExternalIdResponse {
        member,
        member_id,
        organization,
        request_id: request_id(),
        status_code: 200,
    })
}

pub(super) fn delete_totp(
    app: App,
    g::OrganizationsMembersDeleteTotpPath {
        organization_id,
        member_id,
    }: g::OrganizationsMembersDeleteTotpPath,
) -> ApiResult<types::OrganizationsMembersDeleteTotpResponse> {
    let mut store = app.store();
    let record = store.live_member_mut(&organization_id, &member_id)?;
    if record.totp.take().is_none() {
        return Err(ApiError::not_found(
            ErrorType::BadRequest,
            "The member has no TOTP registration.",
        ));
    }
    record.member.totp_registration_id.clear();
    if record.member.default_mfa_method == "totp" {
        record.member.default_mfa_method.clear();
    }
    let (member, organization) = parts(&store, &organization_id, &member_id)?;
    Ok(types::OrganizationsMembersDeleteTotpResponse {
        member,
        member_id,
        organization,
        request_id: request_id(),
        status_code: 200,
    })
}

pub(super) fn dangerously_get(
    app: App,
    g::OrganizationsMembersDangerouslyGetPath { member_id }: g::OrganizationsMembersDangerouslyGetPath,
    query: g::OrganizationsMembersDangerouslyGetQuery,
) -> ApiResult<types::OrganizationsMembersDangerouslyGetResponse> {
    let store = app.store();
    let record = store
        .members
        .get(&member_id)
        .filter(|m| query.include_deleted == Some(true) || m.member.status != STATUS_DELETED)
        .ok_or_else(ApiError::member_not_found)?;
    let member = record.member.clone();
    let organization = store.org(&member.organization_id)?.clone();
    Ok(types::OrganizationsMembersDangerouslyGetResponse {
        member,
        member_id,
        organization,
        request_id: request_id(),
        status_code: 200,
    })
}

pub(super) fn unlink_retired_email(
    app: App,
    g::OrganizationsMembersUnlinkRetiredEmailPath {
        organization_id,
        member_id,
    }: g::OrganizationsMembersUnlinkRetiredEmailPath,
    req: types::OrganizationsMembersUnlinkRetiredEmailRequest,
) -> ApiResult<types::OrganizationsMembersUnlinkRetiredEmailResponse> {
    if req.email_address.is_none() && req.email_id.is_none() {
        return Err(ApiError::bad_request(
            ErrorType::RetiredEmailMissingEmailIdentifiers,
            "Pass email_address or email_id of the retired email.",
        ));
    }
    let mut store = app.store();
    let record = store.live_member_mut(&organization_id, &member_id)?;
    let before = record.member.retired_email_addresses.len();
    record.member.retired_email_addresses.retain(|r| {
        let by_id = req.email_id.as_deref().is_some_and(|id| id == r.email_id);
        let by_address = req
            .email_address
            .as_deref()
            .is_some_and(|a| a.eq_ignore_ascii_case(&r.email_address));
        !(by_id || by_address)
    });
    if record.member.retired_email_addresses.len() == before {
        return Err(ApiError::not_found(
            ErrorType::RetiredMemberEmail,
            "The member has no such retired email address.",
        ));
    }
    let (member, organization) = parts(&store, &organization_id, &member_id)?;
    Ok(types::OrganizationsMembersUnlinkRetiredEmailResponse {
        member,
        member_id,
        organization,
        organization_id,
        request_id: request_id(),
        status_code: 200,
    })
}

/// Sends a magic link to the new address; the emulator applies the change when the
/// message is sent (the member's old address is kept as a retired one), since
/// clicking the link happens outside the API.
pub(super) fn start_email_update(
    app: App,
    g::OrganizationsMembersStartEmailUpdatePath {
        organization_id,
        member_id,
    }: g::OrganizationsMembersStartEmailUpdatePath,
    req: types::OrganizationsMembersStartEmailUpdateRequest,
) -> ApiResult<types::OrganizationsMembersStartEmailUpdateResponse> {
    validate::email(&req.email_address)?;
    let now = app.clock.now();
    let mut store = app.store();
    store.live_member(&organization_id, &member_id)?;
    if store
        .member_by_email(&organization_id, &req.email_address)
        .is_some_and(|m| m.member.member_id != member_id)
    {
        return Err(crate::domain::members::duplicate_email(&req.email_address));
    }
    let new_email_id = store.new_id("member-email");
    let record = store.live_member_mut(&organization_id, &member_id)?;
    let old = std::mem::replace(&mut record.member.email_address, req.email_address.clone());
    let old_id = std::mem::replace(&mut record.email_id, new_email_id);
    record
        .member
        .retired_email_addresses
        .push(types::RetiredEmail {
            email_address: old,
            email_id: old_id,
        });
    record.member.email_address_verified = false;
    let message = crate::outbox::OutboxMessage {
        message_id: store.new_id("message"),
        kind: crate::outbox::MessageKind::EmailUpdate,
        channel: crate::outbox::Channel::Email,
        recipient: req.email_address,
        organization_id: Some(organization_id.clone()),
        member_id: Some(member_id.clone()),
        token: ids::token(),
        redirect_url: req.login_redirect_url,
        sent_at: now,
        expires_at: now + chrono::Duration::minutes(60),
    };
    crate::domain::flows::push_message(&mut store, message);
    crate::domain::roles::refresh_member(&mut store, &member_id);
    let (member, organization) = parts(&store, &organization_id, &member_id)?;
    Ok(types::OrganizationsMembersStartEmailUpdateResponse {
        member,
        member_id,
        organization,
        request_id: request_id(),
        status_code: 200,
    })
}

/// The connected apps members of the organization granted (`idp/oauth/authorize`).
pub(super) fn connected_apps(
    app: App,
    g::OrganizationsConnectedAppsPath { organization_id }: g::OrganizationsConnectedAppsPath,
) -> ApiResult<types::OrganizationsConnectedAppsResponse> {
    let store = app.store();
    store.org(&organization_id)?;
    Ok(types::OrganizationsConnectedAppsResponse {
        connected_apps: crate::domain::idp::organization_apps(&store, &organization_id),
        request_id: request_id(),
        status_code: 200,
    })
}

pub(super) fn get_connected_app(
    app: App,
    g::OrganizationsGetConnectedAppPath {
        organization_id,
        connected_app_id,
    }: g::OrganizationsGetConnectedAppPath,
) -> ApiResult<types::OrganizationsGetConnectedAppResponse> {
    let store = app.store();
    store.org(&organization_id)?;
    let a = store
        .connected_apps
        .get(&connected_app_id)
        .map(|r| r.app.clone())
        .ok_or_else(|| {
            ApiError::not_found(
                ErrorType::InvalidClientId,
                format!("No connected app {connected_app_id} exists in this project."),
            )
        })?;
    Ok(types::OrganizationsGetConnectedAppResponse {
        active_members: crate::domain::idp::active_members(
            &store,
            &organization_id,
            &connected_app_id,
        ),
        client_type: a.client_type,
        connected_app_id,
        description: a.client_description,
        logo_url: a.logo_url,
        name: a.client_name,
        status_code: 200,
    })
}

pub(super) fn member_connected_apps(
    app: App,
    g::OrganizationsMembersGetConnectedAppsPath {
        organization_id,
        member_id,
    }: g::OrganizationsMembersGetConnectedAppsPath,
) -> ApiResult<types::OrganizationsMembersGetConnectedAppsResponse> {
    let store = app.store();
    store.live_member(&organization_id, &member_id)?;
    Ok(types::OrganizationsMembersGetConnectedAppsResponse {
        connected_apps: crate::domain::idp::member_apps(&store, &member_id),
        request_id: request_id(),
        status_code: 200,
    })
}

pub(super) fn revoke_connected_app(
    app: App,
    g::OrganizationsMembersConnectedAppsRevokePath {
        organization_id,
        member_id,
        connected_app_id,
    }: g::OrganizationsMembersConnectedAppsRevokePath,
) -> ApiResult<types::OrganizationsMembersConnectedAppsRevokeResponse> {
    let mut store = app.store();
    store.live_member(&organization_id, &member_id)?;
    if !store.connected_apps.contains_key(&connected_app_id) {
        return Err(ApiError::not_found(
            ErrorType::InvalidClientId,
            format!("No connected app {connected_app_id} exists in this project."),
        ));
    }
    // The grant goes, and with it every code and token it issued.
    store.idp.revoke(&member_id, &connected_app_id);
    Ok(types::OrganizationsMembersConnectedAppsRevokeResponse {
        request_id: request_id(),
        status_code: 200,
    })
}

/// The stored tokens of the member's OAuth registrations with `provider`, oldest
/// registration first; `404 member_oauth_token_not_found` when there are none.
fn provider_tokens(
    store: &Store,
    org: &str,
    member: &str,
    provider: &str,
) -> ApiResult<Vec<ProviderTokens>> {
    let record = store.live_member(org, member)?;
    let found: Vec<ProviderTokens> = record
        .member
        .oauth_registrations
        .iter()
        .filter(|r| r.provider_type.eq_ignore_ascii_case(provider))
        .filter_map(|r| record.provider_tokens.get(&r.member_oauth_registration_id))
        .cloned()
        .collect();
    if found.is_empty() {
        return Err(no_tokens(provider));
    }
    Ok(found)
}

/// The error for a member with no `provider` registration (and so no tokens).
fn no_tokens(provider: &str) -> ApiError {
    ApiError::not_found(
        ErrorType::MemberOauthTokenNotFound,
        format!("The member has no {provider} OAuth registration with stored tokens."),
    )
}

/// The tokens of the member's latest login with `provider` (Google and Microsoft
/// answer one set of tokens, not one per registration).
fn latest_tokens(
    store: &Store,
    org: &str,
    member: &str,
    provider: &str,
) -> ApiResult<ProviderTokens> {
    provider_tokens(store, org, member, provider)?
        .into_iter()
        .max_by_key(|t| (t.issued_at, t.issued_seq))
        .ok_or_else(|| no_tokens(provider))
}

pub(super) fn google(
    app: App,
    path: g::OrganizationsMembersOauthProvidersGooglePath,
    query: g::OrganizationsMembersOauthProvidersGoogleQuery,
) -> ApiResult<types::OrganizationsMembersOauthProvidersGoogleResponse> {
    let now = app.clock.now();
    let t = latest_tokens(
        &app.store(),
        &path.organization_id,
        &path.member_id,
        "google",
    )?;
    Ok(types::OrganizationsMembersOauthProvidersGoogleResponse {
        access_token: Some(t.access_token.clone().into()),
        access_token_expires_in: Some(t.expires_in(now)),
        id_token: t.id_token.clone().unwrap_or_default().into(),
        refresh_token: t.refresh_token_if(query.include_refresh_token),
        provider_subject: t.provider_subject,
        provider_type: "Google".to_owned(),
        request_id: request_id(),
        scopes: t.scopes,
        status_code: 200,
    })
}

pub(super) fn microsoft(
    app: App,
    path: g::OrganizationsMembersOauthProvidersMicrosoftPath,
    query: g::OrganizationsMembersOauthProvidersMicrosoftQuery,
) -> ApiResult<types::OrganizationsMembersOauthProvidersMicrosoftResponse> {
    let now = app.clock.now();
    let t = latest_tokens(
        &app.store(),
        &path.organization_id,
        &path.member_id,
        "microsoft",
    )?;
    Ok(types::OrganizationsMembersOauthProvidersMicrosoftResponse {
        access_token: t.access_token.clone().into(),
        access_token_expires_in: t.expires_in(now),
        id_token: t.id_token.clone().unwrap_or_default().into(),
        refresh_token: t.refresh_token_if(query.include_refresh_token),
        provider_subject: t.provider_subject,
        provider_type: "Microsoft".to_owned(),
        request_id: request_id(),
        scopes: t.scopes,
        status_code: 200,
    })
}

pub(super) fn slack(
    app: App,
    path: g::OrganizationsMembersOauthProvidersSlackPath,
) -> ApiResult<types::OrganizationsMembersOauthProvidersSlackResponse> {
    let registrations = provider_tokens(
        &app.store(),
        &path.organization_id,
        &path.member_id,
        "slack",
    )?
    .into_iter()
    .map(|t| types::SlackProviderInfo {
        access_token: t.access_token.clone().into(),
        // Sign in with Slack installs no bot: no bot token or scopes.
        bot_access_token: Default::default(),
        bot_scopes: Vec::new(),
        provider_tenant_id: t.tenant_id(),
        provider_subject: t.provider_subject,
        scopes: t.scopes,
    })
    .collect();
    Ok(types::OrganizationsMembersOauthProvidersSlackResponse {
        provider_type: "Slack".to_owned(),
        registrations,
        request_id: request_id(),
        status_code: 200,
    })
}

pub(super) fn hubspot(
    app: App,
    path: g::OrganizationsMembersOauthProvidersHubspotPath,
    query: g::OrganizationsMembersOauthProvidersHubspotQuery,
) -> ApiResult<types::OrganizationsMembersOauthProvidersHubspotResponse> {
    let now = app.clock.now();
    let registrations = provider_tokens(
        &app.store(),
        &path.organization_id,
        &path.member_id,
        "hubspot",
    )?
    .into_iter()
    .map(|t| types::HubspotProviderInfo {
        access_token: t.access_token.clone().into(),
        access_token_expires_in: t.expires_in(now),
        provider_tenant_id: t.tenant_id(),
        refresh_token: t.refresh_token_if(query.include_refresh_token),
        provider_subject: t.provider_subject,
        scopes: t.scopes,
    })
    .collect();
    Ok(types::OrganizationsMembersOauthProvidersHubspotResponse {
        provider_type: "HubSpot".to_owned(),
        registrations,
        request_id: request_id(),
        status_code: 200,
    })
}

pub(super) fn github(
    app: App,
    path: g::OrganizationsMembersOauthProvidersGithubPath,
    query: g::OrganizationsMembersOauthProvidersGithubQuery,
) -> ApiResult<types::OrganizationsMembersOauthProvidersGithubResponse> {
    // GitHub issues no refresh tokens; the flag changes nothing.
    let _ = query.include_refresh_token;
    let registrations = provider_tokens(
        &app.store(),
        &path.organization_id,
        &path.member_id,
        "github",
    )?
    .into_iter()
    .map(|t| types::GithubProviderInfo {
        access_token: t.access_token.into(),
        provider_subject: t.provider_subject,
        provider_tenant_ids: t.tenant_ids,
        scopes: t.scopes,
    })
    .collect();
    Ok(types::OrganizationsMembersOauthProvidersGithubResponse {
        provider_type: "Github".to_owned(),
        registrations,
        request_id: request_id(),
        status_code: 200,
    })
}

pub(super) fn oidc_providers(
    app: App,
    path: g::OrganizationsMembersOidcProvidersPath,
    query: g::OrganizationsMembersOidcProvidersQuery,
) -> ApiResult<types::OrganizationsMembersOidcProvidersResponse> {
    let store = app.store();
    let record = store.live_member(&path.organization_id, &path.member_id)?;
    let registrations = record
        .member
        .sso_registrations
        .iter()
        .filter(|r| {
            matches!(
                store.connections.get(&r.connection_id),
                Some(crate::store::SsoConnection::Oidc(_))
            )
        })
        .map(|r| types::OidcProviderInfo {
            access_token: token(),
            access_token_expires_in: PROVIDER_TOKEN_SECS,
            connection_id: r.connection_id.clone(),
            id_token: token(),
            provider_subject: r.external_id.clone(),
            refresh_token: (query.include_refresh_token == Some(true)).then(token),
            scopes: scopes(),
        })
        .collect();
    Ok(types::OrganizationsMembersOidcProvidersResponse {
        registrations,
        request_id: request_id(),
        status_code: 200,
    })
}
