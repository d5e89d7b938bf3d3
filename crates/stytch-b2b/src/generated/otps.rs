// @generated from openapi/b2b.yaml by `cargo xtask codegen`. Do not edit by hand: change the spec (or xtask/src/sdk.rs) and regenerate.
//! One-time passcodes over SMS, used as a second factor.

pub use stytch_b2b_api::types::{
    OtpsEmailAuthenticateRequest, OtpsEmailAuthenticateResponse,
    OtpsEmailDiscoveryAuthenticateRequest, OtpsEmailDiscoveryAuthenticateResponse,
    OtpsEmailDiscoverySendRequest, OtpsEmailDiscoverySendResponse,
    OtpsEmailLoginOrSignupRequest, OtpsEmailLoginOrSignupResponse,
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
    /// Sends and verifies email one-time passcodes for Members of an Organization.
    pub fn email(&self) -> OtpsEmail<'a> {
        OtpsEmail { client: self.client }
    }

    /// One-time passcodes over SMS.
    pub fn sms(&self) -> OtpsSms<'a> {
        OtpsSms { client: self.client }
    }
}

/// Sends and verifies email one-time passcodes for Members of an Organization.
///
/// Reached with `client.otps().email()`.
#[derive(Debug, Clone, Copy)]
pub struct OtpsEmail<'a> {
    pub(crate) client: &'a crate::Client,
}

impl<'a> OtpsEmail<'a> {
    /// Sends and verifies email one-time passcodes for the discovery flow, which is not tied to an Organization.
    pub fn discovery(&self) -> OtpsEmailDiscovery<'a> {
        OtpsEmailDiscovery {
            client: self.client,
        }
    }

    /// Authenticate an email OTP.
    ///
    /// Verifies an email OTP for a Member of the Organization and, if the Organization's requirements are met, starts or extends a session. If MFA or another primary factor is still needed, `member_authenticated` is false and an `intermediate_session_token` is returned instead.
    ///
    /// `POST /v1/b2b/otps/email/authenticate` (`otps_email_authenticate`). `.await` the returned call to send it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn authenticate<B>(&self, body: B) -> OtpsEmailAuthenticateCall<'a>
    where
        B: TryInto<OtpsEmailAuthenticateRequest>,
        B::Error: std::fmt::Display,
    {
        OtpsEmailAuthenticateCall {
            client: self.client,
            request: self.client.inner.api.otps_email_authenticate().body(body),
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
    ) -> crate::claims::WithClaimsCall<OtpsEmailAuthenticateCall<'a>, T>
    where
        T: serde::de::DeserializeOwned,
        B: TryInto<OtpsEmailAuthenticateRequest>,
        B::Error: std::fmt::Display,
    {
        crate::claims::WithClaimsCall::new(self.authenticate(body))
    }

    /// Send a login or signup email OTP to a Member.
    ///
    /// Emails a one-time passcode to the address within the Organization. Active Members get a login code; new, pending or invited Members get a signup code, and a Member is created if none exists (`member_created`). Sending a code invalidates any earlier code for that address.
    ///
    /// `POST /v1/b2b/otps/email/login_or_signup` (`otps_email_login_or_signup`). `.await` the returned call to send it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn login_or_signup<B>(&self, body: B) -> OtpsEmailLoginOrSignupCall<'a>
    where
        B: TryInto<OtpsEmailLoginOrSignupRequest>,
        B::Error: std::fmt::Display,
    {
        OtpsEmailLoginOrSignupCall {
            client: self.client,
            request: self.client.inner.api.otps_email_login_or_signup().body(body),
            path_params: crate::call::PathParams::default(),
        }
    }
}

/// Sends and verifies email one-time passcodes for the discovery flow, which is not tied to an Organization.
///
/// Reached with `client.otps().email().discovery()`.
#[derive(Debug, Clone, Copy)]
pub struct OtpsEmailDiscovery<'a> {
    pub(crate) client: &'a crate::Client,
}

impl<'a> OtpsEmailDiscovery<'a> {
    /// Authenticate a discovery email OTP.
    ///
    /// Verifies a discovery OTP and returns an `intermediate_session_token` together with the Organizations the email address can join or log in to.
    ///
    /// `POST /v1/b2b/otps/email/discovery/authenticate` (`otps_email_discovery_authenticate`). `.await` the returned call to send it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn authenticate<B>(&self, body: B) -> OtpsEmailDiscoveryAuthenticateCall<'a>
    where
        B: TryInto<OtpsEmailDiscoveryAuthenticateRequest>,
        B::Error: std::fmt::Display,
    {
        OtpsEmailDiscoveryAuthenticateCall {
            client: self.client,
            request: self
                .client
                .inner
                .api
                .otps_email_discovery_authenticate()
                .body(body),
            path_params: crate::call::PathParams::default(),
        }
    }

    /// Send a discovery email OTP.
    ///
    /// Emails a one-time passcode for the discovery flow, which is not tied to any Organization. Sending a code invalidates any earlier code for that address.
    ///
    /// `POST /v1/b2b/otps/email/discovery/send` (`otps_email_discovery_send`). `.await` the returned call to send it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn send<B>(&self, body: B) -> OtpsEmailDiscoverySendCall<'a>
    where
        B: TryInto<OtpsEmailDiscoverySendRequest>,
        B::Error: std::fmt::Display,
    {
        OtpsEmailDiscoverySendCall {
            client: self.client,
            request: self.client.inner.api.otps_email_discovery_send().body(body),
            path_params: crate::call::PathParams::default(),
        }
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

/// A `otps_sms_authenticate` call, made by [`OtpsSms::authenticate`](OtpsSms::authenticate): `.await` it to send it.
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
        client
            .send(
                &OTPS_SMS_AUTHENTICATE,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
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

/// A `otps_sms_send` call, made by [`OtpsSms::send`](OtpsSms::send): `.await` it to send it.
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
        client
            .send(
                &OTPS_SMS_SEND,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `otps_email_login_or_signup` operation.
pub(crate) const OTPS_EMAIL_LOGIN_OR_SIGNUP: crate::call::Operation = crate::call::Operation {
    id: "otps_email_login_or_signup",
    method: "POST",
    path: "/v1/b2b/otps/email/login_or_signup",
    sdk_call: "otps().email().login_or_signup()",
    idempotent: false,
};

/// A `otps_email_login_or_signup` call, made by [`OtpsEmail::login_or_signup`](OtpsEmail::login_or_signup): `.await` it to send it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct OtpsEmailLoginOrSignupCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::OtpsEmailLoginOrSignup<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> ::std::future::IntoFuture for OtpsEmailLoginOrSignupCall<'a> {
    type Output = Result<OtpsEmailLoginOrSignupResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, OtpsEmailLoginOrSignupResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &OTPS_EMAIL_LOGIN_OR_SIGNUP,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `otps_email_authenticate` operation.
pub(crate) const OTPS_EMAIL_AUTHENTICATE: crate::call::Operation = crate::call::Operation {
    id: "otps_email_authenticate",
    method: "POST",
    path: "/v1/b2b/otps/email/authenticate",
    sdk_call: "otps().email().authenticate()",
    idempotent: false,
};

/// A `otps_email_authenticate` call, made by [`OtpsEmail::authenticate`](OtpsEmail::authenticate): `.await` it to send it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct OtpsEmailAuthenticateCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::OtpsEmailAuthenticate<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> ::std::future::IntoFuture for OtpsEmailAuthenticateCall<'a> {
    type Output = Result<OtpsEmailAuthenticateResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, OtpsEmailAuthenticateResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &OTPS_EMAIL_AUTHENTICATE,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `otps_email_discovery_send` operation.
pub(crate) const OTPS_EMAIL_DISCOVERY_SEND: crate::call::Operation = crate::call::Operation {
    id: "otps_email_discovery_send",
    method: "POST",
    path: "/v1/b2b/otps/email/discovery/send",
    sdk_call: "otps().email().discovery().send()",
    idempotent: false,
};

/// A `otps_email_discovery_send` call, made by [`OtpsEmailDiscovery::send`](OtpsEmailDiscovery::send): `.await` it to send it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct OtpsEmailDiscoverySendCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::OtpsEmailDiscoverySend<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> ::std::future::IntoFuture for OtpsEmailDiscoverySendCall<'a> {
    type Output = Result<OtpsEmailDiscoverySendResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, OtpsEmailDiscoverySendResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &OTPS_EMAIL_DISCOVERY_SEND,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `otps_email_discovery_authenticate` operation.
pub(crate) const OTPS_EMAIL_DISCOVERY_AUTHENTICATE: crate::call::Operation = crate::call::Operation {
    id: "otps_email_discovery_authenticate",
    method: "POST",
    path: "/v1/b2b/otps/email/discovery/authenticate",
    sdk_call: "otps().email().discovery().authenticate()",
    idempotent: false,
};

/// A `otps_email_discovery_authenticate` call, made by [`OtpsEmailDiscovery::authenticate`](OtpsEmailDiscovery::authenticate): `.await` it to send it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct OtpsEmailDiscoveryAuthenticateCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::OtpsEmailDiscoveryAuthenticate<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> ::std::future::IntoFuture for OtpsEmailDiscoveryAuthenticateCall<'a> {
    type Output = Result<OtpsEmailDiscoveryAuthenticateResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<
        'a,
        OtpsEmailDiscoveryAuthenticateResponse,
    >;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &OTPS_EMAIL_DISCOVERY_AUTHENTICATE,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}
