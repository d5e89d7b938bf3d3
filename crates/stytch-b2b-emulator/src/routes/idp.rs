//! The project as an OAuth 2.0 / OIDC identity provider (connected apps' authorize
//! flow and token introspection): not served yet.

use stytch_b2b_api::types;

use super::Handlers;
use super::generated::{IdpIntrospectTokenNetworkPath, IdpRoutes};
use super::unserved::not_served;
use crate::errors::ApiResult;
use crate::server::App;

const WHY: &str = "the connected-app authorization flow is not emulated.";

impl IdpRoutes for Handlers {
    async fn idp_introspect_token_network(
        app: App,
        path: IdpIntrospectTokenNetworkPath,
        _req: types::IdpIntrospectTokenNetworkRequest,
    ) -> ApiResult<types::IdpIntrospectTokenNetworkResponse> {
        if path.project_id != app.project_id {
            return Err(crate::errors::ApiError::oauth2(
                axum::http::StatusCode::NOT_FOUND,
                stytch_b2b_api::ErrorType::InvalidRequest,
                "The path names a different project.",
            ));
        }
        Err(not_served("idp_introspect_token_network", WHY))
    }

    async fn idp_oauth_authorize_start(
        _app: App,
        _req: types::IdpOauthAuthorizeStartRequest,
    ) -> ApiResult<types::IdpOauthAuthorizeStartResponse> {
        Err(not_served("idp_oauth_authorize_start", WHY))
    }

    async fn idp_oauth_authorize(
        _app: App,
        _req: types::IdpOauthAuthorizeRequest,
    ) -> ApiResult<types::IdpOauthAuthorizeResponse> {
        Err(not_served("idp_oauth_authorize", WHY))
    }
}
