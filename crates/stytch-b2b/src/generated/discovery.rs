// @generated from openapi/b2b.yaml by `cargo xtask codegen`. Do not edit by hand: change the spec (or xtask/src/sdk.rs) and regenerate.
//! Discovery: find the organizations an end user can join before choosing one, and turn an intermediate session into a member session.

pub use stytch_b2b_api::types::{
    DiscoveryIntermediateSessionsExchangeRequest,
    DiscoveryIntermediateSessionsExchangeResponse, DiscoveryOrganizationsCreateRequest,
    DiscoveryOrganizationsCreateResponse, DiscoveryOrganizationsListRequest,
    DiscoveryOrganizationsListResponse,
};

/// Discovery flows: organizations an end user can reach before choosing one.
///
/// Reached with `client.discovery()`.
#[derive(Debug, Clone, Copy)]
pub struct Discovery<'a> {
    pub(crate) client: &'a crate::Client,
}

impl<'a> Discovery<'a> {
    /// Intermediate sessions of discovery flows.
    pub fn intermediate_sessions(&self) -> DiscoveryIntermediateSessions<'a> {
        DiscoveryIntermediateSessions {
            client: self.client,
        }
    }

    /// Organizations seen from a discovery flow.
    pub fn organizations(&self) -> DiscoveryOrganizations<'a> {
        DiscoveryOrganizations {
            client: self.client,
        }
    }
}

/// Intermediate sessions of discovery flows.
///
/// Reached with `client.discovery().intermediate_sessions()`.
#[derive(Debug, Clone, Copy)]
pub struct DiscoveryIntermediateSessions<'a> {
    pub(crate) client: &'a crate::Client,
}

impl<'a> DiscoveryIntermediateSessions<'a> {
    /// Exchange an intermediate session for a member session.
    ///
    /// Turns the intermediate session token returned by a discovery flow into a full member session in the chosen organization. When that organization requires MFA, the response carries `mfa_required` and a fresh intermediate session token instead of a member session.
    ///
    /// `POST /v1/b2b/discovery/intermediate_sessions/exchange` (`discovery_intermediate_sessions_exchange`). `.await` the returned call to send it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn exchange<B>(&self, body: B) -> DiscoveryIntermediateSessionsExchangeCall<'a>
    where
        B: TryInto<DiscoveryIntermediateSessionsExchangeRequest>,
        B::Error: std::fmt::Display,
    {
        DiscoveryIntermediateSessionsExchangeCall {
            client: self.client,
            request: self
                .client
                .inner
                .api
                .discovery_intermediate_sessions_exchange()
                .body(body),
            path_params: crate::call::PathParams::default(),
        }
    }
}

/// Organizations seen from a discovery flow.
///
/// Reached with `client.discovery().organizations()`.
#[derive(Debug, Clone, Copy)]
pub struct DiscoveryOrganizations<'a> {
    pub(crate) client: &'a crate::Client,
}

impl<'a> DiscoveryOrganizations<'a> {
    /// Create an organization from a discovery flow.
    ///
    /// Creates a new organization and makes the end user behind the intermediate session its first member, returning a member session for it.
    ///
    /// `POST /v1/b2b/discovery/organizations/create` (`discovery_organizations_create`). `.await` the returned call to send it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn create<B>(&self, body: B) -> DiscoveryOrganizationsCreateCall<'a>
    where
        B: TryInto<DiscoveryOrganizationsCreateRequest>,
        B::Error: std::fmt::Display,
    {
        DiscoveryOrganizationsCreateCall {
            client: self.client,
            request: self.client.inner.api.discovery_organizations_create().body(body),
            path_params: crate::call::PathParams::default(),
        }
    }

    /// List discovered organizations.
    ///
    /// Lists the organizations the authenticated end user belongs to, was invited to, or may join by email domain. Identify the user with exactly one of an intermediate session token, a session token or a session JWT.
    ///
    /// `POST /v1/b2b/discovery/organizations` (`discovery_organizations_list`). `.await` the returned call to send it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn list<B>(&self, body: B) -> DiscoveryOrganizationsListCall<'a>
    where
        B: TryInto<DiscoveryOrganizationsListRequest>,
        B::Error: std::fmt::Display,
    {
        DiscoveryOrganizationsListCall {
            client: self.client,
            request: self.client.inner.api.discovery_organizations_list().body(body),
            path_params: crate::call::PathParams::default(),
        }
    }
}

/// The `discovery_intermediate_sessions_exchange` operation.
pub(crate) const DISCOVERY_INTERMEDIATE_SESSIONS_EXCHANGE: crate::call::Operation = crate::call::Operation {
    id: "discovery_intermediate_sessions_exchange",
    method: "POST",
    path: "/v1/b2b/discovery/intermediate_sessions/exchange",
    sdk_call: "discovery().intermediate_sessions().exchange()",
    idempotent: false,
};

/// A `discovery_intermediate_sessions_exchange` call, made by [`DiscoveryIntermediateSessions::exchange`](DiscoveryIntermediateSessions::exchange): `.await` it to send it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct DiscoveryIntermediateSessionsExchangeCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::DiscoveryIntermediateSessionsExchange<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> ::std::future::IntoFuture for DiscoveryIntermediateSessionsExchangeCall<'a> {
    type Output = Result<DiscoveryIntermediateSessionsExchangeResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<
        'a,
        DiscoveryIntermediateSessionsExchangeResponse,
    >;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &DISCOVERY_INTERMEDIATE_SESSIONS_EXCHANGE,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `discovery_organizations_list` operation.
pub(crate) const DISCOVERY_ORGANIZATIONS_LIST: crate::call::Operation = crate::call::Operation {
    id: "discovery_organizations_list",
    method: "POST",
    path: "/v1/b2b/discovery/organizations",
    sdk_call: "discovery().organizations().list()",
    idempotent: true,
};

/// A `discovery_organizations_list` call, made by [`DiscoveryOrganizations::list`](DiscoveryOrganizations::list): `.await` it to send it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct DiscoveryOrganizationsListCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::DiscoveryOrganizationsList<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> ::std::future::IntoFuture for DiscoveryOrganizationsListCall<'a> {
    type Output = Result<DiscoveryOrganizationsListResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, DiscoveryOrganizationsListResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &DISCOVERY_ORGANIZATIONS_LIST,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `discovery_organizations_create` operation.
pub(crate) const DISCOVERY_ORGANIZATIONS_CREATE: crate::call::Operation = crate::call::Operation {
    id: "discovery_organizations_create",
    method: "POST",
    path: "/v1/b2b/discovery/organizations/create",
    sdk_call: "discovery().organizations().create()",
    idempotent: false,
};

/// A `discovery_organizations_create` call, made by [`DiscoveryOrganizations::create`](DiscoveryOrganizations::create): `.await` it to send it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct DiscoveryOrganizationsCreateCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::DiscoveryOrganizationsCreate<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> ::std::future::IntoFuture for DiscoveryOrganizationsCreateCall<'a> {
    type Output = Result<DiscoveryOrganizationsCreateResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, DiscoveryOrganizationsCreateResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &DISCOVERY_ORGANIZATIONS_CREATE,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}
