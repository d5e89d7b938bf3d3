//! The route table and the router built from it.
//!
//! [`API_ROUTES`] lists every API operation the emulator serves, with the path
//! exactly as `openapi/b2b.yaml` declares it; the router is built by walking that
//! table, so the table cannot claim a route that is not served or miss one that is.

use axum::Router;
use axum::http::{StatusCode, Uri};
use axum::middleware::from_fn_with_state;
use axum::response::{IntoResponse, Response};
use axum::routing::{MethodFilter, MethodRouter};

use crate::auth::require_basic_auth;
use crate::errors::ApiError;
use crate::faults;
use crate::server::App;

pub(crate) mod control;
mod discovery;
mod magic_links;
pub(crate) mod members;
mod oauth_sso;
pub(crate) mod organizations;
mod otp;
mod passwords;
mod sessions;
mod sso_connections;

/// One served route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Route {
    /// HTTP method, upper case.
    pub method: &'static str,
    /// Path template with `{param}` placeholders, as in the OpenAPI spec.
    pub path: &'static str,
    /// The spec's `operationId` (API routes) or a name (control routes).
    pub operation_id: &'static str,
}

const fn r(method: &'static str, path: &'static str, operation_id: &'static str) -> Route {
    Route {
        method,
        path,
        operation_id,
    }
}

/// Every Stytch B2B API route the emulator serves (all 45 operations of the spec).
pub const API_ROUTES: &[Route] = &[
    r(
        "POST",
        "/v1/b2b/discovery/intermediate_sessions/exchange",
        "discovery_intermediate_sessions_exchange",
    ),
    r(
        "POST",
        "/v1/b2b/discovery/organizations",
        "discovery_organizations_list",
    ),
    r(
        "POST",
        "/v1/b2b/discovery/organizations/create",
        "discovery_organizations_create",
    ),
    r(
        "POST",
        "/v1/b2b/magic_links/authenticate",
        "magic_links_authenticate",
    ),
    r(
        "POST",
        "/v1/b2b/magic_links/discovery/authenticate",
        "magic_links_discovery_authenticate",
    ),
    r(
        "POST",
        "/v1/b2b/magic_links/email/discovery/send",
        "magic_links_email_discovery_send",
    ),
    r(
        "POST",
        "/v1/b2b/magic_links/email/invite",
        "magic_links_email_invite",
    ),
    r(
        "POST",
        "/v1/b2b/magic_links/email/login_or_signup",
        "magic_links_email_login_or_signup",
    ),
    r("POST", "/v1/b2b/oauth/authenticate", "oauth_authenticate"),
    r(
        "POST",
        "/v1/b2b/oauth/discovery/authenticate",
        "oauth_discovery_authenticate",
    ),
    r("POST", "/v1/b2b/organizations", "organizations_create"),
    r(
        "POST",
        "/v1/b2b/organizations/members/search",
        "organizations_members_search",
    ),
    r(
        "POST",
        "/v1/b2b/organizations/search",
        "organizations_search",
    ),
    r(
        "DELETE",
        "/v1/b2b/organizations/{organization_id}",
        "organizations_delete",
    ),
    r(
        "GET",
        "/v1/b2b/organizations/{organization_id}",
        "organizations_get",
    ),
    r(
        "PUT",
        "/v1/b2b/organizations/{organization_id}",
        "organizations_update",
    ),
    r(
        "GET",
        "/v1/b2b/organizations/{organization_id}/member",
        "organizations_members_get",
    ),
    r(
        "POST",
        "/v1/b2b/organizations/{organization_id}/members",
        "organizations_members_create",
    ),
    r(
        "DELETE",
        "/v1/b2b/organizations/{organization_id}/members/mfa_phone_numbers/{member_id}",
        "organizations_members_delete_mfa_phone_number",
    ),
    r(
        "DELETE",
        "/v1/b2b/organizations/{organization_id}/members/passwords/{member_password_id}",
        "organizations_members_delete_password",
    ),
    r(
        "DELETE",
        "/v1/b2b/organizations/{organization_id}/members/{member_id}",
        "organizations_members_delete",
    ),
    r(
        "PUT",
        "/v1/b2b/organizations/{organization_id}/members/{member_id}",
        "organizations_members_update",
    ),
    r(
        "PUT",
        "/v1/b2b/organizations/{organization_id}/members/{member_id}/reactivate",
        "organizations_members_reactivate",
    ),
    r(
        "POST",
        "/v1/b2b/otps/sms/authenticate",
        "otps_sms_authenticate",
    ),
    r("POST", "/v1/b2b/otps/sms/send", "otps_sms_send"),
    r(
        "POST",
        "/v1/b2b/passwords/authenticate",
        "passwords_authenticate",
    ),
    r(
        "POST",
        "/v1/b2b/passwords/email/reset",
        "passwords_email_reset",
    ),
    r(
        "POST",
        "/v1/b2b/passwords/email/reset/start",
        "passwords_email_reset_start",
    ),
    r(
        "POST",
        "/v1/b2b/passwords/existing_password/reset",
        "passwords_existing_password_reset",
    ),
    r("POST", "/v1/b2b/passwords/migrate", "passwords_migrate"),
    r(
        "POST",
        "/v1/b2b/passwords/session/reset",
        "passwords_session_reset",
    ),
    r(
        "POST",
        "/v1/b2b/passwords/strength_check",
        "passwords_strength_check",
    ),
    r("GET", "/v1/b2b/sessions", "sessions_get"),
    r(
        "POST",
        "/v1/b2b/sessions/authenticate",
        "sessions_authenticate",
    ),
    r("POST", "/v1/b2b/sessions/exchange", "sessions_exchange"),
    r(
        "GET",
        "/v1/b2b/sessions/jwks/{project_id}",
        "sessions_get_jwks",
    ),
    r("POST", "/v1/b2b/sessions/revoke", "sessions_revoke"),
    r("POST", "/v1/b2b/sso/authenticate", "sso_authenticate"),
    r(
        "POST",
        "/v1/b2b/sso/oidc/{organization_id}",
        "sso_oidc_create_connection",
    ),
    r(
        "PUT",
        "/v1/b2b/sso/oidc/{organization_id}/connections/{connection_id}",
        "sso_oidc_update_connection",
    ),
    r(
        "POST",
        "/v1/b2b/sso/saml/{organization_id}",
        "sso_saml_create_connection",
    ),
    r(
        "PUT",
        "/v1/b2b/sso/saml/{organization_id}/connections/{connection_id}",
        "sso_saml_update_connection",
    ),
    r(
        "DELETE",
        "/v1/b2b/sso/saml/{organization_id}/connections/{connection_id}/verification_certificates/{certificate_id}",
        "sso_saml_delete_verification_certificate",
    ),
    r(
        "GET",
        "/v1/b2b/sso/{organization_id}",
        "sso_get_connections",
    ),
    r(
        "DELETE",
        "/v1/b2b/sso/{organization_id}/connections/{connection_id}",
        "sso_delete_connection",
    ),
];

/// Emulator-only control routes, all under `/__emulator/`.
pub const CONTROL_ROUTES: &[Route] = &[
    r("GET", "/__emulator/outbox", "outbox_list"),
    r("DELETE", "/__emulator/outbox", "outbox_clear"),
    r("GET", "/__emulator/clock", "clock_get"),
    r("POST", "/__emulator/clock/advance", "clock_advance"),
    r("POST", "/__emulator/keys/rotate", "keys_rotate"),
    r("POST", "/__emulator/faults", "faults_inject"),
    r("DELETE", "/__emulator/faults", "faults_clear"),
    r("POST", "/__emulator/reset", "reset"),
    r("POST", "/__emulator/oauth/tokens", "oauth_token_mint"),
    r("POST", "/__emulator/sso/tokens", "sso_token_mint"),
];

fn filter(method: &str) -> Option<MethodFilter> {
    Some(match method {
        "GET" => MethodFilter::GET,
        "POST" => MethodFilter::POST,
        "PUT" => MethodFilter::PUT,
        "DELETE" => MethodFilter::DELETE,
        _ => return None,
    })
}

/// Adds the handler of `operation_id` to `mr` for `method`.
fn attach(mr: MethodRouter<App>, operation_id: &str, m: MethodFilter) -> Option<MethodRouter<App>> {
    Some(match operation_id {
        "discovery_intermediate_sessions_exchange" => mr.on(m, discovery::exchange),
        "discovery_organizations_list" => mr.on(m, discovery::list),
        "discovery_organizations_create" => mr.on(m, discovery::create),
        "magic_links_authenticate" => mr.on(m, magic_links::authenticate),
        "magic_links_discovery_authenticate" => mr.on(m, magic_links::discovery_authenticate),
        "magic_links_email_discovery_send" => mr.on(m, magic_links::discovery_send),
        "magic_links_email_invite" => mr.on(m, magic_links::invite),
        "magic_links_email_login_or_signup" => mr.on(m, magic_links::login_or_signup),
        "oauth_authenticate" => mr.on(m, oauth_sso::oauth_authenticate),
        "oauth_discovery_authenticate" => mr.on(m, oauth_sso::oauth_discovery_authenticate),
        "organizations_create" => mr.on(m, organizations::create),
        "organizations_members_search" => mr.on(m, members::search),
        "organizations_search" => mr.on(m, organizations::search),
        "organizations_delete" => mr.on(m, organizations::delete),
        "organizations_get" => mr.on(m, organizations::get),
        "organizations_update" => mr.on(m, organizations::update),
        "organizations_members_get" => mr.on(m, members::get),
        "organizations_members_create" => mr.on(m, members::create),
        "organizations_members_delete_mfa_phone_number" => {
            mr.on(m, members::delete_mfa_phone_number)
        }
        "organizations_members_delete_password" => mr.on(m, members::delete_password),
        "organizations_members_delete" => mr.on(m, members::delete),
        "organizations_members_update" => mr.on(m, members::update),
        "organizations_members_reactivate" => mr.on(m, members::reactivate),
        "otps_sms_authenticate" => mr.on(m, otp::authenticate),
        "otps_sms_send" => mr.on(m, otp::send),
        "passwords_authenticate" => mr.on(m, passwords::authenticate),
        "passwords_email_reset" => mr.on(m, passwords::email_reset),
        "passwords_email_reset_start" => mr.on(m, passwords::email_reset_start),
        "passwords_existing_password_reset" => mr.on(m, passwords::existing_password_reset),
        "passwords_migrate" => mr.on(m, passwords::migrate),
        "passwords_session_reset" => mr.on(m, passwords::session_reset),
        "passwords_strength_check" => mr.on(m, passwords::strength_check),
        "sessions_get" => mr.on(m, sessions::get),
        "sessions_authenticate" => mr.on(m, sessions::authenticate),
        "sessions_exchange" => mr.on(m, sessions::exchange),
        "sessions_get_jwks" => mr.on(m, sessions::jwks),
        "sessions_revoke" => mr.on(m, sessions::revoke),
        "sso_authenticate" => mr.on(m, oauth_sso::sso_authenticate),
        "sso_oidc_create_connection" => mr.on(m, sso_connections::oidc_create),
        "sso_oidc_update_connection" => mr.on(m, sso_connections::oidc_update),
        "sso_saml_create_connection" => mr.on(m, sso_connections::saml_create),
        "sso_saml_update_connection" => mr.on(m, sso_connections::saml_update),
        "sso_saml_delete_verification_certificate" => {
            mr.on(m, sso_connections::saml_delete_certificate)
        }
        "sso_get_connections" => mr.on(m, sso_connections::list),
        "sso_delete_connection" => mr.on(m, sso_connections::delete),
        "outbox_list" => mr.on(m, control::outbox_list),
        "outbox_clear" => mr.on(m, control::outbox_clear),
        "clock_get" => mr.on(m, control::clock_get),
        "clock_advance" => mr.on(m, control::clock_advance),
        "keys_rotate" => mr.on(m, control::keys_rotate),
        "faults_inject" => mr.on(m, control::faults_inject),
        "faults_clear" => mr.on(m, control::faults_clear),
        "reset" => mr.on(m, control::reset),
        "oauth_token_mint" => mr.on(m, control::oauth_token_mint),
        "sso_token_mint" => mr.on(m, control::sso_token_mint),
        _ => return None,
    })
}

/// A router serving `routes`, one method router per distinct path.
fn table_router(routes: &[Route]) -> Router<App> {
    let mut paths: Vec<(&str, MethodRouter<App>)> = Vec::new();
    for route in routes {
        let Some(m) = filter(route.method) else {
            tracing::error!(?route, "route table names an unsupported method");
            continue;
        };
        let index = match paths.iter().position(|(p, _)| *p == route.path) {
            Some(i) => i,
            None => {
                paths.push((route.path, MethodRouter::new()));
                paths.len() - 1
            }
        };
        match attach(paths[index].1.clone(), route.operation_id, m) {
            Some(mr) => paths[index].1 = mr,
            None => tracing::error!(?route, "route table names an operation without a handler"),
        }
    }
    paths.into_iter().fold(Router::new(), |router, (path, mr)| {
        router.route(path, mr.fallback(method_not_allowed))
    })
}

pub(crate) fn router(app: App) -> Router {
    let api = table_router(API_ROUTES)
        .route_layer(from_fn_with_state(app.clone(), require_basic_auth))
        .layer(from_fn_with_state(app.clone(), faults::inject));
    let control = table_router(CONTROL_ROUTES)
        .route_layer(from_fn_with_state(app.clone(), require_basic_auth));
    api.merge(control).fallback(not_found).with_state(app)
}

async fn not_found(uri: Uri) -> Response {
    ApiError::not_found(
        "route_not_found",
        format!(
            "No route matches {}; see the Stytch B2B API reference.",
            uri.path()
        ),
    )
    .into_response()
}

async fn method_not_allowed(uri: Uri) -> Response {
    ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        "method_not_allowed",
        format!("{} does not accept this HTTP method.", uri.path()),
    )
    .into_response()
}
