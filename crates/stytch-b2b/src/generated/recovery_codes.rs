// @generated from openapi/b2b.yaml by `cargo xtask codegen`. Do not edit by hand: change the spec (or xtask/src/sdk.rs) and regenerate.
//! One-time MFA recovery codes that a Member can use in place of their second factor.

pub use stytch_b2b_api::types::{
    RecoveryCodesGetResponse, RecoveryCodesRecoverRequest, RecoveryCodesRecoverResponse,
    RecoveryCodesRotateRequest, RecoveryCodesRotateResponse,
};

/// Reads, rotates and uses Members' MFA recovery codes.
///
/// Reached with `client.recovery_codes()`.
#[derive(Debug, Clone, Copy)]
pub struct RecoveryCodes<'a> {
    pub(crate) client: &'a crate::Client,
}

impl<'a> RecoveryCodes<'a> {
    /// Get a Member's recovery codes.
    ///
    /// Returns every recovery code the Member can still use.
    ///
    /// `GET /v1/b2b/recovery_codes/{organization_id}/{member_id}` (`recovery_codes_get`). Set [`organization_id`](RecoveryCodesGetCall::organization_id) (required), [`member_id`](RecoveryCodesGetCall::member_id) (required) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn get(&self) -> RecoveryCodesGetCall<'a> {
        RecoveryCodesGetCall {
            client: self.client,
            request: self.client.inner.api.recovery_codes_get(),
            path_params: crate::call::PathParams::default(),
        }
    }

    /// Complete MFA with a recovery code.
    ///
    /// Uses up one of the Member's recovery codes in place of the second factor and returns a session. The response reports how many codes remain.
    ///
    /// `POST /v1/b2b/recovery_codes/recover` (`recovery_codes_recover`). `.await` the returned call to send it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn recover<B>(&self, body: B) -> RecoveryCodesRecoverCall<'a>
    where
        B: TryInto<RecoveryCodesRecoverRequest>,
        B::Error: std::fmt::Display,
    {
        RecoveryCodesRecoverCall {
            client: self.client,
            request: self.client.inner.api.recovery_codes_recover().body(body),
            path_params: crate::call::PathParams::default(),
        }
    }

    /// Rotate a Member's recovery codes.
    ///
    /// Invalidates all of the Member's current recovery codes and returns a new set.
    ///
    /// `POST /v1/b2b/recovery_codes/rotate` (`recovery_codes_rotate`). `.await` the returned call to send it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn rotate<B>(&self, body: B) -> RecoveryCodesRotateCall<'a>
    where
        B: TryInto<RecoveryCodesRotateRequest>,
        B::Error: std::fmt::Display,
    {
        RecoveryCodesRotateCall {
            client: self.client,
            request: self.client.inner.api.recovery_codes_rotate().body(body),
            path_params: crate::call::PathParams::default(),
        }
    }
}

/// The `recovery_codes_recover` operation.
pub(crate) const RECOVERY_CODES_RECOVER: crate::call::Operation = crate::call::Operation {
    id: "recovery_codes_recover",
    method: "POST",
    path: "/v1/b2b/recovery_codes/recover",
    sdk_call: "recovery_codes().recover()",
    idempotent: false,
};

/// A `recovery_codes_recover` call, made by [`RecoveryCodes::recover`](RecoveryCodes::recover): `.await` it to send it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct RecoveryCodesRecoverCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::RecoveryCodesRecover<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> ::std::future::IntoFuture for RecoveryCodesRecoverCall<'a> {
    type Output = Result<RecoveryCodesRecoverResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, RecoveryCodesRecoverResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &RECOVERY_CODES_RECOVER,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `recovery_codes_get` operation.
pub(crate) const RECOVERY_CODES_GET: crate::call::Operation = crate::call::Operation {
    id: "recovery_codes_get",
    method: "GET",
    path: "/v1/b2b/recovery_codes/{organization_id}/{member_id}",
    sdk_call: "recovery_codes().get()",
    idempotent: true,
};

/// A `recovery_codes_get` call, made by [`RecoveryCodes::get`](RecoveryCodes::get): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct RecoveryCodesGetCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::RecoveryCodesGet<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> RecoveryCodesGetCall<'a> {
    /// Globally unique ID of an Organization; most request paths and bodies also accept the Organization's slug or external ID (Path parameter, required).
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("organization_id", value.into());
        self.request = self.request.organization_id(value);
        self
    }

    /// Globally unique ID of a Member; most request paths and bodies also accept the Member's `external_id` (Path parameter, required).
    pub fn member_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("member_id", value.into());
        self.request = self.request.member_id(value);
        self
    }
}

impl<'a> ::std::future::IntoFuture for RecoveryCodesGetCall<'a> {
    type Output = Result<RecoveryCodesGetResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, RecoveryCodesGetResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &RECOVERY_CODES_GET,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `recovery_codes_rotate` operation.
pub(crate) const RECOVERY_CODES_ROTATE: crate::call::Operation = crate::call::Operation {
    id: "recovery_codes_rotate",
    method: "POST",
    path: "/v1/b2b/recovery_codes/rotate",
    sdk_call: "recovery_codes().rotate()",
    idempotent: false,
};

/// A `recovery_codes_rotate` call, made by [`RecoveryCodes::rotate`](RecoveryCodes::rotate): `.await` it to send it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct RecoveryCodesRotateCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::RecoveryCodesRotate<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> ::std::future::IntoFuture for RecoveryCodesRotateCall<'a> {
    type Output = Result<RecoveryCodesRotateResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, RecoveryCodesRotateResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &RECOVERY_CODES_ROTATE,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}
