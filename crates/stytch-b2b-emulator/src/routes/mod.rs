//! The router: every API operation of the spec, plus the emulator's control routes.
//!
//! The API side is generated from `openapi/b2b.yaml` (`generated.rs`, by
//! `cargo xtask codegen`): [`API_ROUTES`], the path and query types, one handler trait
//! per product group and the axum glue. The handlers are the implementations of those
//! traits for [`Handlers`], one file per product group; they translate a decoded
//! request into calls of the domain layer (`crate::domain`) and the store, and build
//! the generated response type. A route the spec declares cannot go unserved, and the
//! table cannot name a route that is not served.
//!
//! The control routes (`/__emulator/...`) are not spec operations; [`CONTROL_ROUTES`]
//! lists them and the control router is built by walking that table.

use axum::Router;
use axum::http::{StatusCode, Uri};
use axum::middleware::from_fn_with_state;
use axum::response::{IntoResponse, Response};
use axum::routing::{MethodFilter, MethodRouter};
use stytch_b2b_api::ErrorType;

use crate::auth::require_basic_auth;
use crate::errors::ApiError;
use crate::faults;
use crate::server::App;

mod connected_app;
mod control;
mod debug;
mod discovery;
mod fraud;
#[rustfmt::skip]
mod generated;
mod idp;
mod impersonation;
mod m2m;
mod magic_links;
mod member_auth;
mod oauth;
mod organizations;
mod otps;
mod passwords;
mod rbac;
mod recovery_codes;
mod scim;
mod sessions;
mod sso;
mod totps;

pub use generated::API_ROUTES;

/// The type the generated handler traits (`DiscoveryRoutes`, `OrganizationsRoutes`,
/// ...) are implemented for; each product group's file holds its `impl`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Handlers;

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
    r(
        "POST",
        "/__emulator/impersonation/tokens",
        "impersonation_token_mint",
    ),
    r(
        "POST",
        "/__emulator/trusted_auth_tokens/profiles",
        "trusted_token_profile_register",
    ),
    r(
        "POST",
        "/__emulator/trusted_auth_tokens",
        "trusted_token_mint",
    ),
    r(
        "POST",
        "/__emulator/sessions/external",
        "external_session_register",
    ),
    r("POST", "/__emulator/scim/groups", "scim_group_push"),
];

/// The axum method filter of an upper-case HTTP method name.
fn filter(method: &str) -> Option<MethodFilter> {
    Some(match method {
        "GET" => MethodFilter::GET,
        "POST" => MethodFilter::POST,
        "PUT" => MethodFilter::PUT,
        "DELETE" => MethodFilter::DELETE,
        _ => return None,
    })
}

/// Adds the control handler of `operation_id` to `mr` for `method`.
fn attach(mr: MethodRouter<App>, operation_id: &str, m: MethodFilter) -> Option<MethodRouter<App>> {
    Some(match operation_id {
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
        "impersonation_token_mint" => mr.on(m, control::impersonation_token_mint),
        "trusted_token_profile_register" => mr.on(m, control::trusted_token_profile_register),
        "trusted_token_mint" => mr.on(m, control::trusted_token_mint),
        "external_session_register" => mr.on(m, control::external_session_register),
        "scim_group_push" => mr.on(m, control::scim_group_push),
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

/// Every route: the generated API routes (fault injection, Basic auth, then member
/// authorization on the operations the API authorizes per member), the operations
/// the API serves without Basic auth (the OAuth 2.0 endpoints, whose token endpoint
/// also takes connected apps' grants, and the JWKS: fault injection only), the
/// control routes (Basic auth only), and Stytch's 404 for anything else.
pub(crate) fn router(app: App) -> Router {
    let public =
        generated::public_router().route_layer(from_fn_with_state(app.clone(), idp::token_grants));
    let api = generated::api_router()
        .route_layer(from_fn_with_state(app.clone(), member_auth::enforce))
        .route_layer(from_fn_with_state(app.clone(), require_basic_auth))
        .merge(public)
        .layer(from_fn_with_state(app.clone(), faults::inject));
    let control = table_router(CONTROL_ROUTES)
        .route_layer(from_fn_with_state(app.clone(), require_basic_auth));
    api.merge(control).fallback(not_found).with_state(app)
}

/// The body of a request no route matches.
async fn not_found(uri: Uri) -> Response {
    ApiError::not_found(
        ErrorType::RouteNotFound,
        format!(
            "No route matches {}; see the Stytch B2B API reference.",
            uri.path()
        ),
    )
    .into_response()
}

/// The body of a request whose path is served but not with that method (also the
/// fallback of every generated API route).
async fn method_not_allowed(uri: Uri) -> Response {
    ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        ErrorType::MethodNotAllowed,
        format!("{} does not accept this HTTP method.", uri.path()),
    )
    .into_response()
}
