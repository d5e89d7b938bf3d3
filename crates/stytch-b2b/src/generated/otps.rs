// @generated from openapi/b2b.yaml by `cargo xtask codegen`. Do not edit by hand: change the spec (or xtask/src/sdk.rs) and regenerate.
//! One-time passcodes over SMS, used as a second factor.

pub use stytch_b2b_api::types::{
    OtpsSmsAuthenticateRequest, OtpsSmsAuthenticateResponse, OtpsSmsSendRequest,
    OtpsSmsSendResponse,
};

/// One-time passcodes.
///
/// Reached with `client.otps()`.
#[derive(Debug, Clone, Copy)]
pub struct Otps<'a> {
    pub(crate) client: &'a crate::Client,
}

impl<'a> Otps<'a> {
    /// One-time passcodes over SMS.
    pub fn sms(&self) -> OtpsSms<'a> {
        OtpsSms { client: self.client }
    }
}

/// One-time passcodes over SMS.
///
/// Reached with `client.otps().sms()`.
#[derive(Debug, Clone, Copy)]
pub struct OtpsSms<'a> {
    pub(crate) client: &'a crate::Client,
}

impl<'a> OtpsSms<'a> {
    /// Authenticate an SMS passcode.
    ///
    /// Checks the passcode a member received by SMS. Used as the second factor, typically completing an intermediate session.
    ///
    /// `POST /v1/b2b/otps/sms/authenticate` (`otps_sms_authenticate`). `.await` the returned call to send it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn authenticate<B>(&self, body: B) -> OtpsSmsAuthenticateCall<'a>
    where
        B: TryInto<OtpsSmsAuthenticateRequest>,
        B::Error: std::fmt::Display,
    {
        OtpsSmsAuthenticateCall {
            client: self.client,
            request: self.client.inner.api.otps_sms_authenticate().body(body),
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
    ) -> crate::claims::WithClaimsCall<OtpsSmsAuthenticateCall<'a>, T>
    where
        T: serde::de::DeserializeOwned,
        B: TryInto<OtpsSmsAuthenticateRequest>,
        B::Error: std::fmt::Display,
    {
        crate::claims::WithClaimsCall::new(self.authenticate(body))
    }

    /// Send an SMS passcode.
    ///
    /// Texts a one-time passcode to the member's MFA phone number (or to the number given, which is then enrolled once verified).
    ///
    /// `POST /v1/b2b/otps/sms/send` (`otps_sms_send`). `.await` the returned call to send it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn send<B>(&self, body: B) -> OtpsSmsSendCall<'a>
    where
        B: TryInto<OtpsSmsSendRequest>,
        B::Error: std::fmt::Display,
    {
        OtpsSmsSendCall {
            client: self.client,
            request: self.client.inner.api.otps_sms_send().body(body),
            path_params: crate::call::PathParams::default(),
        }
    }
}

/// The `otps_sms_authenticate` operation.
pub(crate) const OTPS_SMS_AUTHENTICATE: crate::call::Operation = crate::call::Operation {
    id: "otps_sms_authenticate",
    method: "POST",
    path: "/v1/b2b/otps/sms/authenticate",
    sdk_call: "otps().sms().authenticate()",
    idempotent: false,
};

/// A `otps_sms_authenticate` call, made by [`OtpsSms::authenticate`]: `.await` it to send it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct OtpsSmsAuthenticateCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::OtpsSmsAuthenticate<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> ::std::future::IntoFuture for OtpsSmsAuthenticateCall<'a> {
    type Output = Result<OtpsSmsAuthenticateResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, OtpsSmsAuthenticateResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client.send(&OTPS_SMS_AUTHENTICATE, path_params, move || request.clone().send())
    }
}

/// The `otps_sms_send` operation.
pub(crate) const OTPS_SMS_SEND: crate::call::Operation = crate::call::Operation {
    id: "otps_sms_send",
    method: "POST",
    path: "/v1/b2b/otps/sms/send",
    sdk_call: "otps().sms().send()",
    idempotent: false,
};

/// A `otps_sms_send` call, made by [`OtpsSms::send`]: `.await` it to send it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct OtpsSmsSendCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::OtpsSmsSend<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> ::std::future::IntoFuture for OtpsSmsSendCall<'a> {
    type Output = Result<OtpsSmsSendResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, OtpsSmsSendResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client.send(&OTPS_SMS_SEND, path_params, move || request.clone().send())
    }
}
