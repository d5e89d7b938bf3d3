//! One-time passcodes over SMS, used as a second factor.

use serde::de::DeserializeOwned;

use crate::call::Operation;
use crate::claims::WithClaims;
use crate::{Client, Error};

pub use stytch_b2b_api::types::{
    OtpsSmsAuthenticateRequest, OtpsSmsAuthenticateResponse, OtpsSmsSendRequest,
    OtpsSmsSendResponse,
};

/// One-time passcodes.
#[derive(Debug, Clone, Copy)]
pub struct Otps<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> Otps<'a> {
    /// One-time passcodes over SMS.
    pub fn sms(&self) -> Sms<'a> {
        Sms {
            client: self.client,
        }
    }
}

/// One-time passcodes over SMS.
#[derive(Debug, Clone, Copy)]
pub struct Sms<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> Sms<'a> {
    /// Authenticate an SMS passcode.
    ///
    /// Checks the passcode a member received by SMS. Used as the second factor, typically completing an intermediate session.
    ///
    /// `POST /v1/b2b/otps/sms/authenticate` (`otps_sms_authenticate`).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`] when a required field is missing (nothing is sent);
    /// otherwise any [`Error`] of the call.
    pub async fn authenticate<B>(&self, body: B) -> Result<OtpsSmsAuthenticateResponse, Error>
    where
        B: TryInto<OtpsSmsAuthenticateRequest>,
        B::Error: std::fmt::Display,
    {
        self.client
            .call_with_body(
                Operation {
                    id: "otps_sms_authenticate",
                    method: "POST",
                },
                body,
                move |api, body: OtpsSmsAuthenticateRequest| {
                    api.otps_sms_authenticate().body(body).send()
                },
            )
            .await
    }

    /// Like [`Self::authenticate`], with the session's custom claims decoded as `T`
    /// (a struct or a map). The claims are `None` while MFA is pending.
    ///
    /// # Errors
    ///
    /// As [`Self::authenticate`], and [`Error::Claims`] naming the claim that does not
    /// decode into `T`.
    pub async fn authenticate_with_claims<T, B>(
        &self,
        body: B,
    ) -> Result<WithClaims<OtpsSmsAuthenticateResponse, T>, Error>
    where
        T: DeserializeOwned,
        B: TryInto<OtpsSmsAuthenticateRequest>,
        B::Error: std::fmt::Display,
    {
        WithClaims::decode(self.authenticate(body).await?)
    }

    /// Send an SMS passcode.
    ///
    /// Texts a one-time passcode to the member's MFA phone number (or to the number given, which is then enrolled once verified).
    ///
    /// `POST /v1/b2b/otps/sms/send` (`otps_sms_send`).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`] when a required field is missing (nothing is sent);
    /// otherwise any [`Error`] of the call.
    pub async fn send<B>(&self, body: B) -> Result<OtpsSmsSendResponse, Error>
    where
        B: TryInto<OtpsSmsSendRequest>,
        B::Error: std::fmt::Display,
    {
        self.client
            .call_with_body(
                Operation {
                    id: "otps_sms_send",
                    method: "POST",
                },
                body,
                move |api, body: OtpsSmsSendRequest| api.otps_sms_send().body(body).send(),
            )
            .await
    }
}
