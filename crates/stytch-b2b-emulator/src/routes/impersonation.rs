//! Impersonation by a dashboard user: not served yet (impersonation tokens are
//! minted in the Stytch dashboard, which the emulator has no stand-in for).

use stytch_b2b_api::types;

use super::Handlers;
use super::generated::ImpersonationRoutes;
use super::unserved::not_served;
use crate::errors::ApiResult;
use crate::server::App;

impl ImpersonationRoutes for Handlers {
    async fn impersonation_authenticate(
        _app: App,
        _req: types::ImpersonationAuthenticateRequest,
    ) -> ApiResult<types::ImpersonationAuthenticateResponse> {
        Err(not_served(
            "impersonation_authenticate",
            "impersonation tokens come from the Stytch dashboard, which is not emulated.",
        ))
    }
}
