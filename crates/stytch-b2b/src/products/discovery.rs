//! Discovery flows: list the organizations an end user can reach, create one, and exchange an intermediate session for a member session.

use crate::call::Operation;
use crate::{Client, Error};

pub use stytch_b2b_api::types::{
    DiscoveryIntermediateSessionsExchangeRequest, DiscoveryIntermediateSessionsExchangeResponse,
    DiscoveryOrganizationsCreateRequest, DiscoveryOrganizationsCreateResponse,
    DiscoveryOrganizationsListRequest, DiscoveryOrganizationsListResponse,
};

/// Discovery flows: organizations an end user can reach before choosing one.
#[derive(Debug, Clone, Copy)]
pub struct Discovery<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> Discovery<'a> {
    /// Intermediate sessions of discovery flows.
    pub fn intermediate_sessions(&self) -> IntermediateSessions<'a> {
        IntermediateSessions {
            client: self.client,
        }
    }

    /// Organizations seen from a discovery flow.
    pub fn organizations(&self) -> Organizations<'a> {
        Organizations {
            client: self.client,
        }
    }
}

/// Intermediate sessions of discovery flows.
#[derive(Debug, Clone, Copy)]
pub struct IntermediateSessions<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> IntermediateSessions<'a> {
    /// Exchange an intermediate session for a member session.
    ///
    /// Turns the intermediate session token returned by a discovery flow into a full member session in the chosen organization. When that organization requires MFA, the response carries `mfa_required` and a fresh intermediate session token instead of a member session.
    ///
    /// `POST /v1/b2b/discovery/intermediate_sessions/exchange` (`discovery_intermediate_sessions_exchange`).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`] when a required field is missing (nothing is sent);
    /// otherwise any [`Error`] of the call.
    pub async fn exchange<B>(
        &self,
        body: B,
    ) -> Result<DiscoveryIntermediateSessionsExchangeResponse, Error>
    where
        B: TryInto<DiscoveryIntermediateSessionsExchangeRequest>,
        B::Error: std::fmt::Display,
    {
        self.client
            .call_with_body(
                Operation {
                    id: "discovery_intermediate_sessions_exchange",
                    method: "POST",
                },
                body,
                move |api, body: DiscoveryIntermediateSessionsExchangeRequest| {
                    api.discovery_intermediate_sessions_exchange()
                        .body(body)
                        .send()
                },
            )
            .await
    }
}

/// Organizations seen from a discovery flow.
#[derive(Debug, Clone, Copy)]
pub struct Organizations<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> Organizations<'a> {
    /// Create an organization from a discovery flow.
    ///
    /// Creates a new organization and makes the end user behind the intermediate session its first member, returning a member session for it.
    ///
    /// `POST /v1/b2b/discovery/organizations/create` (`discovery_organizations_create`).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`] when a required field is missing (nothing is sent);
    /// otherwise any [`Error`] of the call.
    pub async fn create<B>(&self, body: B) -> Result<DiscoveryOrganizationsCreateResponse, Error>
    where
        B: TryInto<DiscoveryOrganizationsCreateRequest>,
        B::Error: std::fmt::Display,
    {
        self.client
            .call_with_body(
                Operation {
                    id: "discovery_organizations_create",
                    method: "POST",
                },
                body,
                move |api, body: DiscoveryOrganizationsCreateRequest| {
                    api.discovery_organizations_create().body(body).send()
                },
            )
            .await
    }

    /// List discovered organizations.
    ///
    /// Lists the organizations the authenticated end user belongs to, was invited to, or may join by email domain. Identify the user with exactly one of an intermediate session token, a session token or a session JWT.
    ///
    /// `POST /v1/b2b/discovery/organizations` (`discovery_organizations_list`).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`] when a required field is missing (nothing is sent);
    /// otherwise any [`Error`] of the call.
    pub async fn list<B>(&self, body: B) -> Result<DiscoveryOrganizationsListResponse, Error>
    where
        B: TryInto<DiscoveryOrganizationsListRequest>,
        B::Error: std::fmt::Display,
    {
        self.client
            .call_with_body(
                Operation {
                    id: "discovery_organizations_list",
                    method: "POST",
                },
                body,
                move |api, body: DiscoveryOrganizationsListRequest| {
                    api.discovery_organizations_list().body(body).send()
                },
            )
            .await
    }
}
