//! Email magic links: invitations, login-or-signup and discovery links, and redeeming their tokens.

use serde::de::DeserializeOwned;

use crate::call::Operation;
use crate::claims::WithClaims;
use crate::{Client, Error};

pub use stytch_b2b_api::types::{
    MagicLinksAuthenticateRequest, MagicLinksAuthenticateResponse,
    MagicLinksDiscoveryAuthenticateRequest, MagicLinksDiscoveryAuthenticateResponse,
    MagicLinksEmailDiscoverySendRequest, MagicLinksEmailDiscoverySendResponse,
    MagicLinksEmailInviteRequest, MagicLinksEmailInviteResponse,
    MagicLinksEmailLoginOrSignupRequest, MagicLinksEmailLoginOrSignupResponse,
};

/// Email magic links.
#[derive(Debug, Clone, Copy)]
pub struct MagicLinks<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> MagicLinks<'a> {
    /// Discovery magic links.
    pub fn discovery(&self) -> Discovery<'a> {
        Discovery {
            client: self.client,
        }
    }

    /// Sending magic links by email.
    pub fn email(&self) -> Email<'a> {
        Email {
            client: self.client,
        }
    }

    /// Authenticate a magic link.
    ///
    /// Redeems the token from an email magic link (invite or login/signup) and starts a member session, unless the organization requires a second factor first.
    ///
    /// `POST /v1/b2b/magic_links/authenticate` (`magic_links_authenticate`).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`] when a required field is missing (nothing is sent);
    /// otherwise any [`Error`] of the call.
    pub async fn authenticate<B>(&self, body: B) -> Result<MagicLinksAuthenticateResponse, Error>
    where
        B: TryInto<MagicLinksAuthenticateRequest>,
        B::Error: std::fmt::Display,
    {
        self.client
            .call_with_body(
                Operation {
                    id: "magic_links_authenticate",
                    method: "POST",
                },
                body,
                move |api, body: MagicLinksAuthenticateRequest| {
                    api.magic_links_authenticate().body(body).send()
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
    ) -> Result<WithClaims<MagicLinksAuthenticateResponse, T>, Error>
    where
        T: DeserializeOwned,
        B: TryInto<MagicLinksAuthenticateRequest>,
        B::Error: std::fmt::Display,
    {
        WithClaims::decode(self.authenticate(body).await?)
    }
}

/// Discovery magic links.
#[derive(Debug, Clone, Copy)]
pub struct Discovery<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> Discovery<'a> {
    /// Authenticate a discovery magic link.
    ///
    /// Redeems a discovery magic link token and returns an intermediate session token together with the organizations that email address can reach.
    ///
    /// `POST /v1/b2b/magic_links/discovery/authenticate` (`magic_links_discovery_authenticate`).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`] when a required field is missing (nothing is sent);
    /// otherwise any [`Error`] of the call.
    pub async fn authenticate<B>(
        &self,
        body: B,
    ) -> Result<MagicLinksDiscoveryAuthenticateResponse, Error>
    where
        B: TryInto<MagicLinksDiscoveryAuthenticateRequest>,
        B::Error: std::fmt::Display,
    {
        self.client
            .call_with_body(
                Operation {
                    id: "magic_links_discovery_authenticate",
                    method: "POST",
                },
                body,
                move |api, body: MagicLinksDiscoveryAuthenticateRequest| {
                    api.magic_links_discovery_authenticate().body(body).send()
                },
            )
            .await
    }
}

/// Sending magic links by email.
#[derive(Debug, Clone, Copy)]
pub struct Email<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> Email<'a> {
    /// Sending discovery magic links by email.
    pub fn discovery(&self) -> EmailDiscovery<'a> {
        EmailDiscovery {
            client: self.client,
        }
    }

    /// Invite a member by email.
    ///
    /// Creates the member in the invited state (or re-invites an existing one) and emails an invitation magic link.
    ///
    /// `POST /v1/b2b/magic_links/email/invite` (`magic_links_email_invite`).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`] when a required field is missing (nothing is sent);
    /// otherwise any [`Error`] of the call.
    pub async fn invite<B>(&self, body: B) -> Result<MagicLinksEmailInviteResponse, Error>
    where
        B: TryInto<MagicLinksEmailInviteRequest>,
        B::Error: std::fmt::Display,
    {
        self.client
            .call_with_body(
                Operation {
                    id: "magic_links_email_invite",
                    method: "POST",
                },
                body,
                move |api, body: MagicLinksEmailInviteRequest| {
                    api.magic_links_email_invite().body(body).send()
                },
            )
            .await
    }

    /// Send a login or signup magic link.
    ///
    /// Emails a login link to an existing member or, when the organization allows it, a signup link that creates a pending member.
    ///
    /// `POST /v1/b2b/magic_links/email/login_or_signup` (`magic_links_email_login_or_signup`).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`] when a required field is missing (nothing is sent);
    /// otherwise any [`Error`] of the call.
    pub async fn login_or_signup<B>(
        &self,
        body: B,
    ) -> Result<MagicLinksEmailLoginOrSignupResponse, Error>
    where
        B: TryInto<MagicLinksEmailLoginOrSignupRequest>,
        B::Error: std::fmt::Display,
    {
        self.client
            .call_with_body(
                Operation {
                    id: "magic_links_email_login_or_signup",
                    method: "POST",
                },
                body,
                move |api, body: MagicLinksEmailLoginOrSignupRequest| {
                    api.magic_links_email_login_or_signup().body(body).send()
                },
            )
            .await
    }
}

/// Sending discovery magic links by email.
#[derive(Debug, Clone, Copy)]
pub struct EmailDiscovery<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> EmailDiscovery<'a> {
    /// Send a discovery magic link.
    ///
    /// Emails a magic link that starts a discovery flow, used when the organization is not known yet.
    ///
    /// `POST /v1/b2b/magic_links/email/discovery/send` (`magic_links_email_discovery_send`).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`] when a required field is missing (nothing is sent);
    /// otherwise any [`Error`] of the call.
    pub async fn send<B>(&self, body: B) -> Result<MagicLinksEmailDiscoverySendResponse, Error>
    where
        B: TryInto<MagicLinksEmailDiscoverySendRequest>,
        B::Error: std::fmt::Display,
    {
        self.client
            .call_with_body(
                Operation {
                    id: "magic_links_email_discovery_send",
                    method: "POST",
                },
                body,
                move |api, body: MagicLinksEmailDiscoverySendRequest| {
                    api.magic_links_email_discovery_send().body(body).send()
                },
            )
            .await
    }
}
