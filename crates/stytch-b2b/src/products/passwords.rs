//! Passwords: authentication, strength checks, hash migration and resets.

use serde::de::DeserializeOwned;

use crate::call::Operation;
use crate::claims::WithClaims;
use crate::{Client, Error};

pub use stytch_b2b_api::types::{
    PasswordsAuthenticateRequest, PasswordsAuthenticateResponse, PasswordsEmailResetRequest,
    PasswordsEmailResetResponse, PasswordsEmailResetStartRequest, PasswordsEmailResetStartResponse,
    PasswordsExistingPasswordResetRequest, PasswordsExistingPasswordResetResponse,
    PasswordsMigrateRequest, PasswordsMigrateResponse, PasswordsSessionResetRequest,
    PasswordsSessionResetResponse, PasswordsStrengthCheckRequest, PasswordsStrengthCheckResponse,
};

/// Passwords.
#[derive(Debug, Clone, Copy)]
pub struct Passwords<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> Passwords<'a> {
    /// Password resets through an emailed link.
    pub fn email(&self) -> Email<'a> {
        Email {
            client: self.client,
        }
    }

    /// Password resets that check the current password.
    pub fn existing_password(&self) -> ExistingPassword<'a> {
        ExistingPassword {
            client: self.client,
        }
    }

    /// Password resets for the member of an active session.
    pub fn sessions(&self) -> Sessions<'a> {
        Sessions {
            client: self.client,
        }
    }

    /// Authenticate with a password.
    ///
    /// Checks an email address and password within an organization and starts a member session (or asks for MFA).
    ///
    /// `POST /v1/b2b/passwords/authenticate` (`passwords_authenticate`).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`] when a required field is missing (nothing is sent);
    /// otherwise any [`Error`] of the call.
    pub async fn authenticate<B>(&self, body: B) -> Result<PasswordsAuthenticateResponse, Error>
    where
        B: TryInto<PasswordsAuthenticateRequest>,
        B::Error: std::fmt::Display,
    {
        self.client
            .call_with_body(
                Operation {
                    id: "passwords_authenticate",
                    method: "POST",
                },
                body,
                move |api, body: PasswordsAuthenticateRequest| {
                    api.passwords_authenticate().body(body).send()
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
    ) -> Result<WithClaims<PasswordsAuthenticateResponse, T>, Error>
    where
        T: DeserializeOwned,
        B: TryInto<PasswordsAuthenticateRequest>,
        B::Error: std::fmt::Display,
    {
        WithClaims::decode(self.authenticate(body).await?)
    }

    /// Migrate a password hash.
    ///
    /// Imports a password hash from another system so the member can log in with the same password. Creates the member if needed.
    ///
    /// `POST /v1/b2b/passwords/migrate` (`passwords_migrate`).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`] when a required field is missing (nothing is sent);
    /// otherwise any [`Error`] of the call.
    pub async fn migrate<B>(&self, body: B) -> Result<PasswordsMigrateResponse, Error>
    where
        B: TryInto<PasswordsMigrateRequest>,
        B::Error: std::fmt::Display,
    {
        self.client
            .call_with_body(
                Operation {
                    id: "passwords_migrate",
                    method: "POST",
                },
                body,
                move |api, body: PasswordsMigrateRequest| api.passwords_migrate().body(body).send(),
            )
            .await
    }

    /// Check password strength.
    ///
    /// Scores a candidate password against the project's password policy and breach data without storing it.
    ///
    /// `POST /v1/b2b/passwords/strength_check` (`passwords_strength_check`).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`] when a required field is missing (nothing is sent);
    /// otherwise any [`Error`] of the call.
    pub async fn strength_check<B>(&self, body: B) -> Result<PasswordsStrengthCheckResponse, Error>
    where
        B: TryInto<PasswordsStrengthCheckRequest>,
        B::Error: std::fmt::Display,
    {
        self.client
            .call_with_body(
                Operation {
                    id: "passwords_strength_check",
                    method: "POST",
                },
                body,
                move |api, body: PasswordsStrengthCheckRequest| {
                    api.passwords_strength_check().body(body).send()
                },
            )
            .await
    }
}

/// Password resets through an emailed link.
#[derive(Debug, Clone, Copy)]
pub struct Email<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> Email<'a> {
    /// Reset a password with an email token.
    ///
    /// Sets a new password using the token from a password-reset email and starts a member session.
    ///
    /// `POST /v1/b2b/passwords/email/reset` (`passwords_email_reset`).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`] when a required field is missing (nothing is sent);
    /// otherwise any [`Error`] of the call.
    pub async fn reset<B>(&self, body: B) -> Result<PasswordsEmailResetResponse, Error>
    where
        B: TryInto<PasswordsEmailResetRequest>,
        B::Error: std::fmt::Display,
    {
        self.client
            .call_with_body(
                Operation {
                    id: "passwords_email_reset",
                    method: "POST",
                },
                body,
                move |api, body: PasswordsEmailResetRequest| {
                    api.passwords_email_reset().body(body).send()
                },
            )
            .await
    }

    /// Start an email password reset.
    ///
    /// Emails the member a link to reset the password.
    ///
    /// `POST /v1/b2b/passwords/email/reset/start` (`passwords_email_reset_start`).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`] when a required field is missing (nothing is sent);
    /// otherwise any [`Error`] of the call.
    pub async fn reset_start<B>(&self, body: B) -> Result<PasswordsEmailResetStartResponse, Error>
    where
        B: TryInto<PasswordsEmailResetStartRequest>,
        B::Error: std::fmt::Display,
    {
        self.client
            .call_with_body(
                Operation {
                    id: "passwords_email_reset_start",
                    method: "POST",
                },
                body,
                move |api, body: PasswordsEmailResetStartRequest| {
                    api.passwords_email_reset_start().body(body).send()
                },
            )
            .await
    }
}

/// Password resets that check the current password.
#[derive(Debug, Clone, Copy)]
pub struct ExistingPassword<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> ExistingPassword<'a> {
    /// Reset a password with the existing password.
    ///
    /// Replaces a member's password after checking the current one.
    ///
    /// `POST /v1/b2b/passwords/existing_password/reset` (`passwords_existing_password_reset`).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`] when a required field is missing (nothing is sent);
    /// otherwise any [`Error`] of the call.
    pub async fn reset<B>(&self, body: B) -> Result<PasswordsExistingPasswordResetResponse, Error>
    where
        B: TryInto<PasswordsExistingPasswordResetRequest>,
        B::Error: std::fmt::Display,
    {
        self.client
            .call_with_body(
                Operation {
                    id: "passwords_existing_password_reset",
                    method: "POST",
                },
                body,
                move |api, body: PasswordsExistingPasswordResetRequest| {
                    api.passwords_existing_password_reset().body(body).send()
                },
            )
            .await
    }
}

/// Password resets for the member of an active session.
#[derive(Debug, Clone, Copy)]
pub struct Sessions<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> Sessions<'a> {
    /// Reset a password with a session.
    ///
    /// Sets a new password for the member who owns the given active session.
    ///
    /// `POST /v1/b2b/passwords/session/reset` (`passwords_session_reset`).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`] when a required field is missing (nothing is sent);
    /// otherwise any [`Error`] of the call.
    pub async fn reset<B>(&self, body: B) -> Result<PasswordsSessionResetResponse, Error>
    where
        B: TryInto<PasswordsSessionResetRequest>,
        B::Error: std::fmt::Display,
    {
        self.client
            .call_with_body(
                Operation {
                    id: "passwords_session_reset",
                    method: "POST",
                },
                body,
                move |api, body: PasswordsSessionResetRequest| {
                    api.passwords_session_reset().body(body).send()
                },
            )
            .await
    }
}
