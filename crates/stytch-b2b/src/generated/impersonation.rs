// @generated from openapi/b2b.yaml by `cargo xtask codegen`. Do not edit by hand: change the spec (or xtask/src/sdk.rs) and regenerate.
//! Log in as a Member with an impersonation token issued from the Stytch Dashboard.

pub use stytch_b2b_api::types::{
    ImpersonationAuthenticateRequest, ImpersonationAuthenticateResponse,
};

/// Authenticates impersonation tokens issued from the Stytch Dashboard.
///
/// Reached with `client.impersonation()`.
#[derive(Debug, Clone, Copy)]
pub struct Impersonation<'a> {
    pub(crate) client: &'a crate::Client,
}

impl<'a> Impersonation<'a> {
    /// Authenticate an impersonation token.
    ///
    /// Exchanges an unexpired, unused impersonation token created in the Stytch Dashboard for a session as the impersonated Member. The session lasts 60 minutes, cannot be extended, and never requires MFA.
    ///
    /// `POST /v1/b2b/impersonation/authenticate` (`impersonation_authenticate`). `.await` the returned call to send it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn authenticate<B>(&self, body: B) -> ImpersonationAuthenticateCall<'a>
    where
        B: TryInto<ImpersonationAuthenticateRequest>,
        B::Error: std::fmt::Display,
    {
        ImpersonationAuthenticateCall {
            client: self.client,
            request: self.client.inner.api.impersonation_authenticate().body(body),
            path_params: crate::call::PathParams::default(),
        }
    }

    /// Like [`Self::authenticate`], with the session's custom claims decoded as `T` (a struct or a map). The claims are `None` while MFA is pending.
    ///
    /// # Errors
    ///
    /// As [`Self::authenticate`], and [`Error::Claims`](crate::Error::Claims) naming the claim that does not decode into `T`.
    pub fn authenticate_with_claims<T, B>(
        &self,
        body: B,
    ) -> crate::claims::WithClaimsCall<ImpersonationAuthenticateCall<'a>, T>
    where
        T: serde::de::DeserializeOwned,
        B: TryInto<ImpersonationAuthenticateRequest>,
        B::Error: std::fmt::Display,
    {
        crate::claims::WithClaimsCall::new(self.authenticate(body))
    }
}

/// The `impersonation_authenticate` operation.
pub(crate) const IMPERSONATION_AUTHENTICATE: crate::call::Operation = crate::call::Operation {
    id: "impersonation_authenticate",
    method: "POST",
    path: "/v1/b2b/impersonation/authenticate",
    sdk_call: "impersonation().authenticate()",
    idempotent: false,
};

/// A `impersonation_authenticate` call, made by [`Impersonation::authenticate`](Impersonation::authenticate): `.await` it to send it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct ImpersonationAuthenticateCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::ImpersonationAuthenticate<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> ::std::future::IntoFuture for ImpersonationAuthenticateCall<'a> {
    type Output = Result<ImpersonationAuthenticateResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, ImpersonationAuthenticateResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &IMPERSONATION_AUTHENTICATE,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}
