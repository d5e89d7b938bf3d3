// @generated from openapi/b2b.yaml by `cargo xtask codegen`. Do not edit by hand: change the spec (or xtask/src/sdk.rs) and regenerate.
//! Time-based one-time passcodes (authenticator apps) used as a Member MFA factor.

pub use stytch_b2b_api::types::{
    TotpsAuthenticateRequest, TotpsAuthenticateResponse, TotpsCreateRequest,
    TotpsCreateResponse, TotpsMigrateRequest, TotpsMigrateResponse,
};

/// Creates, verifies and imports authenticator-app (TOTP) registrations for Member MFA.
///
/// Reached with `client.totps()`.
#[derive(Debug, Clone, Copy)]
pub struct Totps<'a> {
    pub(crate) client: &'a crate::Client,
}

impl<'a> Totps<'a> {
    /// Authenticate a TOTP code.
    ///
    /// Verifies a code from the Member's authenticator app, usually as the MFA step, and returns a session. It can also change the Member's MFA enrollment and default MFA method.
    ///
    /// `POST /v1/b2b/totp/authenticate` (`totps_authenticate`). `.await` the returned call to send it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn authenticate<B>(&self, body: B) -> TotpsAuthenticateCall<'a>
    where
        B: TryInto<TotpsAuthenticateRequest>,
        B::Error: std::fmt::Display,
    {
        TotpsAuthenticateCall {
            client: self.client,
            request: self.client.inner.api.totps_authenticate().body(body),
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
    ) -> crate::claims::WithClaimsCall<TotpsAuthenticateCall<'a>, T>
    where
        T: serde::de::DeserializeOwned,
        B: TryInto<TotpsAuthenticateRequest>,
        B::Error: std::fmt::Display,
    {
        crate::claims::WithClaimsCall::new(self.authenticate(body))
    }

    /// Create a TOTP registration for a Member.
    ///
    /// Creates an authenticator-app registration and returns its `secret`, a base64 QR code image and recovery codes. If the Member already has an MFA factor, a session or intermediate session that includes that factor must be supplied.
    ///
    /// `POST /v1/b2b/totp` (`totps_create`). `.await` the returned call to send it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn create<B>(&self, body: B) -> TotpsCreateCall<'a>
    where
        B: TryInto<TotpsCreateRequest>,
        B::Error: std::fmt::Display,
    {
        TotpsCreateCall {
            client: self.client,
            request: self.client.inner.api.totps_create().body(body),
            path_params: crate::call::PathParams::default(),
        }
    }

    /// Import an existing TOTP secret for a Member.
    ///
    /// Creates a TOTP registration from a secret (and recovery codes) you already hold, for example when moving from another provider. The response returns the recovery codes stored for the Member.
    ///
    /// `POST /v1/b2b/totp/migrate` (`totps_migrate`). `.await` the returned call to send it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn migrate<B>(&self, body: B) -> TotpsMigrateCall<'a>
    where
        B: TryInto<TotpsMigrateRequest>,
        B::Error: std::fmt::Display,
    {
        TotpsMigrateCall {
            client: self.client,
            request: self.client.inner.api.totps_migrate().body(body),
            path_params: crate::call::PathParams::default(),
        }
    }
}

/// The `totps_create` operation.
pub(crate) const TOTPS_CREATE: crate::call::Operation = crate::call::Operation {
    id: "totps_create",
    method: "POST",
    path: "/v1/b2b/totp",
    sdk_call: "totps().create()",
    idempotent: false,
};

/// A `totps_create` call, made by [`Totps::create`](Totps::create): `.await` it to send it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct TotpsCreateCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::TotpsCreate<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> ::std::future::IntoFuture for TotpsCreateCall<'a> {
    type Output = Result<TotpsCreateResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, TotpsCreateResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &TOTPS_CREATE,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `totps_authenticate` operation.
pub(crate) const TOTPS_AUTHENTICATE: crate::call::Operation = crate::call::Operation {
    id: "totps_authenticate",
    method: "POST",
    path: "/v1/b2b/totp/authenticate",
    sdk_call: "totps().authenticate()",
    idempotent: false,
};

/// A `totps_authenticate` call, made by [`Totps::authenticate`](Totps::authenticate): `.await` it to send it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct TotpsAuthenticateCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::TotpsAuthenticate<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> ::std::future::IntoFuture for TotpsAuthenticateCall<'a> {
    type Output = Result<TotpsAuthenticateResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, TotpsAuthenticateResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &TOTPS_AUTHENTICATE,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `totps_migrate` operation.
pub(crate) const TOTPS_MIGRATE: crate::call::Operation = crate::call::Operation {
    id: "totps_migrate",
    method: "POST",
    path: "/v1/b2b/totp/migrate",
    sdk_call: "totps().migrate()",
    idempotent: false,
};

/// A `totps_migrate` call, made by [`Totps::migrate`](Totps::migrate): `.await` it to send it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct TotpsMigrateCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::TotpsMigrate<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> ::std::future::IntoFuture for TotpsMigrateCall<'a> {
    type Output = Result<TotpsMigrateResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, TotpsMigrateResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &TOTPS_MIGRATE,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}
