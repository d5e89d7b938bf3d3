// @generated from openapi/b2b.yaml by `cargo xtask codegen`. Do not edit by hand: change the spec (or xtask/src/sdk.rs) and regenerate.
//! Organizations (tenants) and their members.

pub use stytch_b2b_api::types::{
    OrganizationsConnectedAppsResponse, OrganizationsCreateRequest,
    OrganizationsCreateResponse, OrganizationsDeleteExternalIdResponse,
    OrganizationsDeleteResponse, OrganizationsGetConnectedAppResponse,
    OrganizationsGetResponse, OrganizationsMembersConnectedAppsRevokeRequest,
    OrganizationsMembersConnectedAppsRevokeResponse, OrganizationsMembersCreateRequest,
    OrganizationsMembersCreateResponse, OrganizationsMembersDangerouslyGetResponse,
    OrganizationsMembersDeleteExternalIdResponse,
    OrganizationsMembersDeleteMfaPhoneNumberResponse,
    OrganizationsMembersDeletePasswordResponse, OrganizationsMembersDeleteResponse,
    OrganizationsMembersDeleteTotpResponse, OrganizationsMembersGetConnectedAppsResponse,
    OrganizationsMembersGetResponse, OrganizationsMembersOauthProvidersGithubResponse,
    OrganizationsMembersOauthProvidersGoogleResponse,
    OrganizationsMembersOauthProvidersHubspotResponse,
    OrganizationsMembersOauthProvidersMicrosoftResponse,
    OrganizationsMembersOauthProvidersSlackResponse,
    OrganizationsMembersOidcProvidersResponse, OrganizationsMembersReactivateResponse,
    OrganizationsMembersSearchRequest, OrganizationsMembersSearchResponse,
    OrganizationsMembersStartEmailUpdateRequest,
    OrganizationsMembersStartEmailUpdateResponse,
    OrganizationsMembersUnlinkRetiredEmailRequest,
    OrganizationsMembersUnlinkRetiredEmailResponse, OrganizationsMembersUpdateRequest,
    OrganizationsMembersUpdateResponse, OrganizationsMetricsResponse,
    OrganizationsSearchRequest, OrganizationsSearchResponse, OrganizationsUpdateRequest,
    OrganizationsUpdateResponse,
};

/// Organizations (tenants).
///
/// Reached with `client.organizations()`.
#[derive(Debug, Clone, Copy)]
pub struct Organizations<'a> {
    pub(crate) client: &'a crate::Client,
}

impl<'a> Organizations<'a> {
    /// Members of organizations.
    pub fn members(&self) -> OrganizationsMembers<'a> {
        OrganizationsMembers {
            client: self.client,
        }
    }

    /// List Connected Apps installed in an Organization.
    ///
    /// Returns the Connected Apps that at least one Member of the Organization has authorized and not revoked. If member-session headers (`X-Stytch-Member-Session` or `X-Stytch-Member-SessionJWT`) are supplied, the API also checks that Member's RBAC permissions.
    ///
    /// `GET /v1/b2b/organizations/{organization_id}/connected_apps` (`organizations_connected_apps`). To act for a member, whose roles the API then checks, set `member_session_token` or `member_session_jwt` on the call. Set [`organization_id`](OrganizationsConnectedAppsCall::organization_id) (required) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn connected_apps(&self) -> OrganizationsConnectedAppsCall<'a> {
        OrganizationsConnectedAppsCall {
            client: self.client,
            request: self.client.inner.api.organizations_connected_apps(),
            path_params: crate::call::PathParams::default(),
            member: crate::call::MemberAuthorization::default(),
        }
    }

    /// Create an organization.
    ///
    /// Creates a new organization (tenant) with its authentication policies.
    ///
    /// `POST /v1/b2b/organizations` (`organizations_create`). `.await` the returned call to send it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn create<B>(&self, body: B) -> OrganizationsCreateCall<'a>
    where
        B: TryInto<OrganizationsCreateRequest>,
        B::Error: std::fmt::Display,
    {
        OrganizationsCreateCall {
            client: self.client,
            request: self.client.inner.api.organizations_create().body(body),
            path_params: crate::call::PathParams::default(),
        }
    }

    /// Delete an organization.
    ///
    /// Deletes an organization together with all of its members.
    ///
    /// `DELETE /v1/b2b/organizations/{organization_id}` (`organizations_delete`). To act for a member, whose roles the API then checks, set `member_session_token` or `member_session_jwt` on the call. Set [`organization_id`](OrganizationsDeleteCall::organization_id) (required) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn delete(&self) -> OrganizationsDeleteCall<'a> {
        OrganizationsDeleteCall {
            client: self.client,
            request: self.client.inner.api.organizations_delete(),
            path_params: crate::call::PathParams::default(),
            member: crate::call::MemberAuthorization::default(),
        }
    }

    /// Delete an Organization's external ID.
    ///
    /// Removes the `external_id` from the Organization and returns the updated Organization. If member-session headers (`X-Stytch-Member-Session` or `X-Stytch-Member-SessionJWT`) are supplied, the API also checks that Member's RBAC permissions.
    ///
    /// `DELETE /v1/b2b/organizations/{organization_id}/external_id` (`organizations_delete_external_id`). To act for a member, whose roles the API then checks, set `member_session_token` or `member_session_jwt` on the call. Set [`organization_id`](OrganizationsDeleteExternalIdCall::organization_id) (required) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn delete_external_id(&self) -> OrganizationsDeleteExternalIdCall<'a> {
        OrganizationsDeleteExternalIdCall {
            client: self.client,
            request: self.client.inner.api.organizations_delete_external_id(),
            path_params: crate::call::PathParams::default(),
            member: crate::call::MemberAuthorization::default(),
        }
    }

    /// Get an organization.
    ///
    /// Fetches one organization by id.
    ///
    /// `GET /v1/b2b/organizations/{organization_id}` (`organizations_get`). Set [`organization_id`](OrganizationsGetCall::organization_id) (required) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn get(&self) -> OrganizationsGetCall<'a> {
        OrganizationsGetCall {
            client: self.client,
            request: self.client.inner.api.organizations_get(),
            path_params: crate::call::PathParams::default(),
        }
    }

    /// Get a Connected App installed in an Organization.
    ///
    /// Returns one Connected App together with the Organization's Members who have it installed and the scopes each granted at their last authorization. The fields are returned at the top level of the response, without `request_id`. If member-session headers (`X-Stytch-Member-Session` or `X-Stytch-Member-SessionJWT`) are supplied, the API also checks that Member's RBAC permissions.
    ///
    /// `GET /v1/b2b/organizations/{organization_id}/connected_apps/{connected_app_id}` (`organizations_get_connected_app`). To act for a member, whose roles the API then checks, set `member_session_token` or `member_session_jwt` on the call. Set [`organization_id`](OrganizationsGetConnectedAppCall::organization_id) (required), [`connected_app_id`](OrganizationsGetConnectedAppCall::connected_app_id) (required) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn get_connected_app(&self) -> OrganizationsGetConnectedAppCall<'a> {
        OrganizationsGetConnectedAppCall {
            client: self.client,
            request: self.client.inner.api.organizations_get_connected_app(),
            path_params: crate::call::PathParams::default(),
            member: crate::call::MemberAuthorization::default(),
        }
    }

    /// Get an Organization's metrics.
    ///
    /// Returns usage figures for one Organization, currently its `member_count`.
    ///
    /// `GET /v1/b2b/organizations/{organization_id}/metrics` (`organizations_metrics`). Set [`organization_id`](OrganizationsMetricsCall::organization_id) (required) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn metrics(&self) -> OrganizationsMetricsCall<'a> {
        OrganizationsMetricsCall {
            client: self.client,
            request: self.client.inner.api.organizations_metrics(),
            path_params: crate::call::PathParams::default(),
        }
    }

    /// Search organizations.
    ///
    /// Searches all organizations of the project with an optional filter query, in pages.
    ///
    /// `POST /v1/b2b/organizations/search` (`organizations_search`). `pages(max_pages)` on the call follows every page. `.await` the returned call to send it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn search<B>(&self, body: B) -> OrganizationsSearchCall<'a>
    where
        B: TryInto<OrganizationsSearchRequest>,
        B::Error: std::fmt::Display,
    {
        OrganizationsSearchCall {
            client: self.client,
            request: self.client.inner.api.organizations_search().body(body),
            path_params: crate::call::PathParams::default(),
        }
    }

    /// Update an organization.
    ///
    /// Changes an organization's settings. Only the fields sent are changed; send an empty list to clear a list setting.
    ///
    /// `PUT /v1/b2b/organizations/{organization_id}` (`organizations_update`). To act for a member, whose roles the API then checks, set `member_session_token` or `member_session_jwt` on the call. Set [`organization_id`](OrganizationsUpdateCall::organization_id) (required) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing or a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn update<B>(&self, body: B) -> OrganizationsUpdateCall<'a>
    where
        B: TryInto<OrganizationsUpdateRequest>,
        B::Error: std::fmt::Display,
    {
        OrganizationsUpdateCall {
            client: self.client,
            request: self.client.inner.api.organizations_update().body(body),
            path_params: crate::call::PathParams::default(),
            member: crate::call::MemberAuthorization::default(),
        }
    }
}

/// Members of organizations.
///
/// Reached with `client.organizations().members()`.
#[derive(Debug, Clone, Copy)]
pub struct OrganizationsMembers<'a> {
    pub(crate) client: &'a crate::Client,
}

impl<'a> OrganizationsMembers<'a> {
    /// Manages a Member's Connected App authorizations, such as revoking one.
    pub fn connected_apps(&self) -> OrganizationsMembersConnectedApps<'a> {
        OrganizationsMembersConnectedApps {
            client: self.client,
        }
    }

    /// Reads the OAuth provider tokens Stytch has stored for a Member.
    pub fn oauth_providers(&self) -> OrganizationsMembersOauthProviders<'a> {
        OrganizationsMembersOauthProviders {
            client: self.client,
        }
    }

    /// Create a member.
    ///
    /// Adds a member to an organization without sending any email.
    ///
    /// `POST /v1/b2b/organizations/{organization_id}/members` (`organizations_members_create`). To act for a member, whose roles the API then checks, set `member_session_token` or `member_session_jwt` on the call. Set [`organization_id`](OrganizationsMembersCreateCall::organization_id) (required) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing or a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn create<B>(&self, body: B) -> OrganizationsMembersCreateCall<'a>
    where
        B: TryInto<OrganizationsMembersCreateRequest>,
        B::Error: std::fmt::Display,
    {
        OrganizationsMembersCreateCall {
            client: self.client,
            request: self.client.inner.api.organizations_members_create().body(body),
            path_params: crate::call::PathParams::default(),
            member: crate::call::MemberAuthorization::default(),
        }
    }

    /// Get a Member by ID in any Organization.
    ///
    /// Returns a Member by `member_id` without an `organization_id`, so it can read across Organizations; careless use can expose data between tenants (IDOR). The `include_deleted` query flag also returns deleted Members.
    ///
    /// `GET /v1/b2b/organizations/members/dangerously_get/{member_id}` (`organizations_members_dangerously_get`). Set [`member_id`](OrganizationsMembersDangerouslyGetCall::member_id) (required), [`include_deleted`](OrganizationsMembersDangerouslyGetCall::include_deleted) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn dangerously_get(&self) -> OrganizationsMembersDangerouslyGetCall<'a> {
        OrganizationsMembersDangerouslyGetCall {
            client: self.client,
            request: self.client.inner.api.organizations_members_dangerously_get(),
            path_params: crate::call::PathParams::default(),
        }
    }

    /// Delete a member.
    ///
    /// Removes a member from its organization.
    ///
    /// `DELETE /v1/b2b/organizations/{organization_id}/members/{member_id}` (`organizations_members_delete`). To act for a member, whose roles the API then checks, set `member_session_token` or `member_session_jwt` on the call. Set [`organization_id`](OrganizationsMembersDeleteCall::organization_id) (required), [`member_id`](OrganizationsMembersDeleteCall::member_id) (required) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn delete(&self) -> OrganizationsMembersDeleteCall<'a> {
        OrganizationsMembersDeleteCall {
            client: self.client,
            request: self.client.inner.api.organizations_members_delete(),
            path_params: crate::call::PathParams::default(),
            member: crate::call::MemberAuthorization::default(),
        }
    }

    /// Delete a Member's external ID.
    ///
    /// Removes the `external_id` from the Member and returns the updated Member. If member-session headers (`X-Stytch-Member-Session` or `X-Stytch-Member-SessionJWT`) are supplied, the API also checks that Member's RBAC permissions.
    ///
    /// `DELETE /v1/b2b/organizations/{organization_id}/members/{member_id}/external_id` (`organizations_members_delete_external_id`). To act for a member, whose roles the API then checks, set `member_session_token` or `member_session_jwt` on the call. Set [`organization_id`](OrganizationsMembersDeleteExternalIdCall::organization_id) (required), [`member_id`](OrganizationsMembersDeleteExternalIdCall::member_id) (required) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn delete_external_id(&self) -> OrganizationsMembersDeleteExternalIdCall<'a> {
        OrganizationsMembersDeleteExternalIdCall {
            client: self.client,
            request: self.client.inner.api.organizations_members_delete_external_id(),
            path_params: crate::call::PathParams::default(),
            member: crate::call::MemberAuthorization::default(),
        }
    }

    /// Delete a member's MFA phone number.
    ///
    /// Removes the phone number a member uses for SMS second-factor authentication.
    ///
    /// `DELETE /v1/b2b/organizations/{organization_id}/members/mfa_phone_numbers/{member_id}` (`organizations_members_delete_mfa_phone_number`). To act for a member, whose roles the API then checks, set `member_session_token` or `member_session_jwt` on the call. Set [`organization_id`](OrganizationsMembersDeleteMfaPhoneNumberCall::organization_id) (required), [`member_id`](OrganizationsMembersDeleteMfaPhoneNumberCall::member_id) (required) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn delete_mfa_phone_number(
        &self,
    ) -> OrganizationsMembersDeleteMfaPhoneNumberCall<'a> {
        OrganizationsMembersDeleteMfaPhoneNumberCall {
            client: self.client,
            request: self
                .client
                .inner
                .api
                .organizations_members_delete_mfa_phone_number(),
            path_params: crate::call::PathParams::default(),
            member: crate::call::MemberAuthorization::default(),
        }
    }

    /// Delete a member's password.
    ///
    /// Removes the password registered for a member.
    ///
    /// `DELETE /v1/b2b/organizations/{organization_id}/members/passwords/{member_password_id}` (`organizations_members_delete_password`). To act for a member, whose roles the API then checks, set `member_session_token` or `member_session_jwt` on the call. Set [`organization_id`](OrganizationsMembersDeletePasswordCall::organization_id) (required), [`member_password_id`](OrganizationsMembersDeletePasswordCall::member_password_id) (required) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn delete_password(&self) -> OrganizationsMembersDeletePasswordCall<'a> {
        OrganizationsMembersDeletePasswordCall {
            client: self.client,
            request: self.client.inner.api.organizations_members_delete_password(),
            path_params: crate::call::PathParams::default(),
            member: crate::call::MemberAuthorization::default(),
        }
    }

    /// Delete a Member's TOTP registration.
    ///
    /// Removes the Member's TOTP registration so that a new one can be created. Existing sessions that used TOTP are not revoked. If member-session headers (`X-Stytch-Member-Session` or `X-Stytch-Member-SessionJWT`) are supplied, the API also checks that Member's RBAC permissions.
    ///
    /// `DELETE /v1/b2b/organizations/{organization_id}/members/{member_id}/totp` (`organizations_members_delete_totp`). To act for a member, whose roles the API then checks, set `member_session_token` or `member_session_jwt` on the call. Set [`organization_id`](OrganizationsMembersDeleteTotpCall::organization_id) (required), [`member_id`](OrganizationsMembersDeleteTotpCall::member_id) (required) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn delete_totp(&self) -> OrganizationsMembersDeleteTotpCall<'a> {
        OrganizationsMembersDeleteTotpCall {
            client: self.client,
            request: self.client.inner.api.organizations_members_delete_totp(),
            path_params: crate::call::PathParams::default(),
            member: crate::call::MemberAuthorization::default(),
        }
    }

    /// Get a member.
    ///
    /// Looks a member up by member id or by email address within one organization.
    ///
    /// `GET /v1/b2b/organizations/{organization_id}/member` (`organizations_members_get`). Set [`organization_id`](OrganizationsMembersGetCall::organization_id) (required), [`member_id`](OrganizationsMembersGetCall::member_id), [`email_address`](OrganizationsMembersGetCall::email_address) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn get(&self) -> OrganizationsMembersGetCall<'a> {
        OrganizationsMembersGetCall {
            client: self.client,
            request: self.client.inner.api.organizations_members_get(),
            path_params: crate::call::PathParams::default(),
        }
    }

    /// List Connected Apps a Member has authorized.
    ///
    /// Returns the Connected Apps with which the Member has completed an authorization flow that has not been revoked. If member-session headers (`X-Stytch-Member-Session` or `X-Stytch-Member-SessionJWT`) are supplied, the API also checks that Member's RBAC permissions.
    ///
    /// `GET /v1/b2b/organizations/{organization_id}/members/{member_id}/connected_apps` (`organizations_members_get_connected_apps`). To act for a member, whose roles the API then checks, set `member_session_token` or `member_session_jwt` on the call. Set [`organization_id`](OrganizationsMembersGetConnectedAppsCall::organization_id) (required), [`member_id`](OrganizationsMembersGetConnectedAppsCall::member_id) (required) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn get_connected_apps(&self) -> OrganizationsMembersGetConnectedAppsCall<'a> {
        OrganizationsMembersGetConnectedAppsCall {
            client: self.client,
            request: self.client.inner.api.organizations_members_get_connected_apps(),
            path_params: crate::call::PathParams::default(),
            member: crate::call::MemberAuthorization::default(),
        }
    }

    /// Get a Member's stored OIDC tokens.
    ///
    /// Returns the access, ID and (optionally) refresh tokens Stytch saved from the Member's OIDC SSO logins, one entry per connection. Stytch refreshes access tokens automatically when it holds a refresh token.
    ///
    /// `GET /v1/b2b/organizations/{organization_id}/members/{member_id}/oidc_providers` (`organizations_members_oidc_providers`). Set [`organization_id`](OrganizationsMembersOidcProvidersCall::organization_id) (required), [`member_id`](OrganizationsMembersOidcProvidersCall::member_id) (required), [`include_refresh_token`](OrganizationsMembersOidcProvidersCall::include_refresh_token) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn oidc_providers(&self) -> OrganizationsMembersOidcProvidersCall<'a> {
        OrganizationsMembersOidcProvidersCall {
            client: self.client,
            request: self.client.inner.api.organizations_members_oidc_providers(),
            path_params: crate::call::PathParams::default(),
        }
    }

    /// Reactivate a member.
    ///
    /// Brings a deleted member back to the active state.
    ///
    /// `PUT /v1/b2b/organizations/{organization_id}/members/{member_id}/reactivate` (`organizations_members_reactivate`). To act for a member, whose roles the API then checks, set `member_session_token` or `member_session_jwt` on the call. Set [`organization_id`](OrganizationsMembersReactivateCall::organization_id) (required), [`member_id`](OrganizationsMembersReactivateCall::member_id) (required) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn reactivate(&self) -> OrganizationsMembersReactivateCall<'a> {
        OrganizationsMembersReactivateCall {
            client: self.client,
            request: self.client.inner.api.organizations_members_reactivate(),
            path_params: crate::call::PathParams::default(),
            member: crate::call::MemberAuthorization::default(),
        }
    }

    /// Search members.
    ///
    /// Searches members across one or more organizations with an optional filter query, in pages.
    ///
    /// `POST /v1/b2b/organizations/members/search` (`organizations_members_search`). To act for a member, whose roles the API then checks, set `member_session_token` or `member_session_jwt` on the call. `pages(max_pages)` on the call follows every page. `.await` the returned call to send it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn search<B>(&self, body: B) -> OrganizationsMembersSearchCall<'a>
    where
        B: TryInto<OrganizationsMembersSearchRequest>,
        B::Error: std::fmt::Display,
    {
        OrganizationsMembersSearchCall {
            client: self.client,
            request: self.client.inner.api.organizations_members_search().body(body),
            path_params: crate::call::PathParams::default(),
            member: crate::call::MemberAuthorization::default(),
        }
    }

    /// Start a self-serve Member email change.
    ///
    /// Sends a magic link (default) or an email OTP to the new address; the change takes effect when the Member completes the usual authenticate call within 5 minutes. The Member must be active with a verified email, and the new address must not be used or pending for another Member. If member-session headers (`X-Stytch-Member-Session` or `X-Stytch-Member-SessionJWT`) are supplied, the API also checks that Member's RBAC permissions.
    ///
    /// `POST /v1/b2b/organizations/{organization_id}/members/{member_id}/start_email_update` (`organizations_members_start_email_update`). To act for a member, whose roles the API then checks, set `member_session_token` or `member_session_jwt` on the call. Set [`organization_id`](OrganizationsMembersStartEmailUpdateCall::organization_id) (required), [`member_id`](OrganizationsMembersStartEmailUpdateCall::member_id) (required) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing or a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn start_email_update<B>(
        &self,
        body: B,
    ) -> OrganizationsMembersStartEmailUpdateCall<'a>
    where
        B: TryInto<OrganizationsMembersStartEmailUpdateRequest>,
        B::Error: std::fmt::Display,
    {
        OrganizationsMembersStartEmailUpdateCall {
            client: self.client,
            request: self
                .client
                .inner
                .api
                .organizations_members_start_email_update()
                .body(body),
            path_params: crate::call::PathParams::default(),
            member: crate::call::MemberAuthorization::default(),
        }
    }

    /// Unlink a retired email from a Member.
    ///
    /// Detaches a retired email address from the Member so that other Members of the Organization can use it again. Identify the address by `email_id`, `email_address` or both (they must match). If member-session headers (`X-Stytch-Member-Session` or `X-Stytch-Member-SessionJWT`) are supplied, the API also checks that Member's RBAC permissions.
    ///
    /// `POST /v1/b2b/organizations/{organization_id}/members/{member_id}/unlink_retired_email` (`organizations_members_unlink_retired_email`). To act for a member, whose roles the API then checks, set `member_session_token` or `member_session_jwt` on the call. Set [`organization_id`](OrganizationsMembersUnlinkRetiredEmailCall::organization_id) (required), [`member_id`](OrganizationsMembersUnlinkRetiredEmailCall::member_id) (required) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing or a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn unlink_retired_email<B>(
        &self,
        body: B,
    ) -> OrganizationsMembersUnlinkRetiredEmailCall<'a>
    where
        B: TryInto<OrganizationsMembersUnlinkRetiredEmailRequest>,
        B::Error: std::fmt::Display,
    {
        OrganizationsMembersUnlinkRetiredEmailCall {
            client: self.client,
            request: self
                .client
                .inner
                .api
                .organizations_members_unlink_retired_email()
                .body(body),
            path_params: crate::call::PathParams::default(),
            member: crate::call::MemberAuthorization::default(),
        }
    }

    /// Update a member.
    ///
    /// Changes a member's name, metadata, break-glass flag or MFA settings. Only the fields sent are changed.
    ///
    /// `PUT /v1/b2b/organizations/{organization_id}/members/{member_id}` (`organizations_members_update`). To act for a member, whose roles the API then checks, set `member_session_token` or `member_session_jwt` on the call. Set [`organization_id`](OrganizationsMembersUpdateCall::organization_id) (required), [`member_id`](OrganizationsMembersUpdateCall::member_id) (required) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing or a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn update<B>(&self, body: B) -> OrganizationsMembersUpdateCall<'a>
    where
        B: TryInto<OrganizationsMembersUpdateRequest>,
        B::Error: std::fmt::Display,
    {
        OrganizationsMembersUpdateCall {
            client: self.client,
            request: self.client.inner.api.organizations_members_update().body(body),
            path_params: crate::call::PathParams::default(),
            member: crate::call::MemberAuthorization::default(),
        }
    }
}

/// Manages a Member's Connected App authorizations, such as revoking one.
///
/// Reached with `client.organizations().members().connected_apps()`.
#[derive(Debug, Clone, Copy)]
pub struct OrganizationsMembersConnectedApps<'a> {
    pub(crate) client: &'a crate::Client,
}

impl<'a> OrganizationsMembersConnectedApps<'a> {
    /// Revoke a Connected App's access to a Member.
    ///
    /// Removes the Connected App's authorization for the Member and revokes every active token issued on the Member's behalf; the app needs a new authorization flow to get tokens again. If member-session headers (`X-Stytch-Member-Session` or `X-Stytch-Member-SessionJWT`) are supplied, the API also checks that Member's RBAC permissions.
    ///
    /// `POST /v1/b2b/organizations/{organization_id}/members/{member_id}/connected_apps/{connected_app_id}/revoke` (`organizations_members_connected_apps_revoke`). To act for a member, whose roles the API then checks, set `member_session_token` or `member_session_jwt` on the call. Set [`organization_id`](OrganizationsMembersConnectedAppsRevokeCall::organization_id) (required), [`member_id`](OrganizationsMembersConnectedAppsRevokeCall::member_id) (required), [`connected_app_id`](OrganizationsMembersConnectedAppsRevokeCall::connected_app_id) (required) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn revoke(&self) -> OrganizationsMembersConnectedAppsRevokeCall<'a> {
        OrganizationsMembersConnectedAppsRevokeCall {
            client: self.client,
            request: self
                .client
                .inner
                .api
                .organizations_members_connected_apps_revoke()
                .body(
                    stytch_b2b_api::types::OrganizationsMembersConnectedAppsRevokeRequest::default(),
                ),
            path_params: crate::call::PathParams::default(),
            member: crate::call::MemberAuthorization::default(),
        }
    }
}

/// Reads the OAuth provider tokens Stytch has stored for a Member.
///
/// Reached with `client.organizations().members().oauth_providers()`.
#[derive(Debug, Clone, Copy)]
pub struct OrganizationsMembersOauthProviders<'a> {
    pub(crate) client: &'a crate::Client,
}

impl<'a> OrganizationsMembersOauthProviders<'a> {
    /// Get a Member's stored GitHub OAuth tokens.
    ///
    /// Returns the GitHub access tokens that Stytch saved from the Member's GitHub OAuth logins, one entry per registration. GitHub issues no refresh tokens.
    ///
    /// `GET /v1/b2b/organizations/{organization_id}/members/{member_id}/oauth_providers/github` (`organizations_members_oauth_providers_github`). Set [`organization_id`](OrganizationsMembersOauthProvidersGithubCall::organization_id) (required), [`member_id`](OrganizationsMembersOauthProvidersGithubCall::member_id) (required), [`include_refresh_token`](OrganizationsMembersOauthProvidersGithubCall::include_refresh_token) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn github(&self) -> OrganizationsMembersOauthProvidersGithubCall<'a> {
        OrganizationsMembersOauthProvidersGithubCall {
            client: self.client,
            request: self
                .client
                .inner
                .api
                .organizations_members_oauth_providers_github(),
            path_params: crate::call::PathParams::default(),
        }
    }

    /// Get a Member's stored Google OAuth tokens.
    ///
    /// Returns the Google access token, ID token and, if `include_refresh_token` is set, the refresh token that Stytch saved at the Member's last Google OAuth login. Members who signed in only with Google One Tap have no tokens here.
    ///
    /// `GET /v1/b2b/organizations/{organization_id}/members/{member_id}/oauth_providers/google` (`organizations_members_oauth_providers_google`). Set [`organization_id`](OrganizationsMembersOauthProvidersGoogleCall::organization_id) (required), [`member_id`](OrganizationsMembersOauthProvidersGoogleCall::member_id) (required), [`include_refresh_token`](OrganizationsMembersOauthProvidersGoogleCall::include_refresh_token) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn google(&self) -> OrganizationsMembersOauthProvidersGoogleCall<'a> {
        OrganizationsMembersOauthProvidersGoogleCall {
            client: self.client,
            request: self
                .client
                .inner
                .api
                .organizations_members_oauth_providers_google(),
            path_params: crate::call::PathParams::default(),
        }
    }

    /// Get a Member's stored HubSpot OAuth tokens.
    ///
    /// Returns the HubSpot access tokens and, if `include_refresh_token` is set, the refresh tokens that Stytch saved from the Member's HubSpot OAuth logins, one entry per registration.
    ///
    /// `GET /v1/b2b/organizations/{organization_id}/members/{member_id}/oauth_providers/hubspot` (`organizations_members_oauth_providers_hubspot`). Set [`organization_id`](OrganizationsMembersOauthProvidersHubspotCall::organization_id) (required), [`member_id`](OrganizationsMembersOauthProvidersHubspotCall::member_id) (required), [`include_refresh_token`](OrganizationsMembersOauthProvidersHubspotCall::include_refresh_token) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn hubspot(&self) -> OrganizationsMembersOauthProvidersHubspotCall<'a> {
        OrganizationsMembersOauthProvidersHubspotCall {
            client: self.client,
            request: self
                .client
                .inner
                .api
                .organizations_members_oauth_providers_hubspot(),
            path_params: crate::call::PathParams::default(),
        }
    }

    /// Get a Member's stored Microsoft OAuth tokens.
    ///
    /// Returns the Microsoft access token, ID token and, if `include_refresh_token` is set, the refresh token that Stytch saved at the Member's last Microsoft OAuth login. Stytch refreshes the access token automatically when it can.
    ///
    /// `GET /v1/b2b/organizations/{organization_id}/members/{member_id}/oauth_providers/microsoft` (`organizations_members_oauth_providers_microsoft`). Set [`organization_id`](OrganizationsMembersOauthProvidersMicrosoftCall::organization_id) (required), [`member_id`](OrganizationsMembersOauthProvidersMicrosoftCall::member_id) (required), [`include_refresh_token`](OrganizationsMembersOauthProvidersMicrosoftCall::include_refresh_token) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn microsoft(&self) -> OrganizationsMembersOauthProvidersMicrosoftCall<'a> {
        OrganizationsMembersOauthProvidersMicrosoftCall {
            client: self.client,
            request: self
                .client
                .inner
                .api
                .organizations_members_oauth_providers_microsoft(),
            path_params: crate::call::PathParams::default(),
        }
    }

    /// Get a Member's stored Slack OAuth tokens.
    ///
    /// Returns the Slack user and bot access tokens and scopes that Stytch saved from the Member's Slack OAuth logins, one entry per registration.
    ///
    /// `GET /v1/b2b/organizations/{organization_id}/members/{member_id}/oauth_providers/slack` (`organizations_members_oauth_providers_slack`). Set [`organization_id`](OrganizationsMembersOauthProvidersSlackCall::organization_id) (required), [`member_id`](OrganizationsMembersOauthProvidersSlackCall::member_id) (required) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn slack(&self) -> OrganizationsMembersOauthProvidersSlackCall<'a> {
        OrganizationsMembersOauthProvidersSlackCall {
            client: self.client,
            request: self.client.inner.api.organizations_members_oauth_providers_slack(),
            path_params: crate::call::PathParams::default(),
        }
    }
}

/// The `organizations_create` operation.
pub(crate) const ORGANIZATIONS_CREATE: crate::call::Operation = crate::call::Operation {
    id: "organizations_create",
    method: "POST",
    path: "/v1/b2b/organizations",
    sdk_call: "organizations().create()",
    idempotent: false,
};

/// A `organizations_create` call, made by [`Organizations::create`](Organizations::create): `.await` it to send it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct OrganizationsCreateCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::OrganizationsCreate<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> ::std::future::IntoFuture for OrganizationsCreateCall<'a> {
    type Output = Result<OrganizationsCreateResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, OrganizationsCreateResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &ORGANIZATIONS_CREATE,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `organizations_members_search` operation.
pub(crate) const ORGANIZATIONS_MEMBERS_SEARCH: crate::call::Operation = crate::call::Operation {
    id: "organizations_members_search",
    method: "POST",
    path: "/v1/b2b/organizations/members/search",
    sdk_call: "organizations().members().search()",
    idempotent: true,
};

/// A `organizations_members_search` call, made by [`OrganizationsMembers::search`](OrganizationsMembers::search): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct OrganizationsMembersSearchCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::OrganizationsMembersSearch<'a>,
    path_params: crate::call::PathParams,
    member: crate::call::MemberAuthorization,
}

impl<'a> OrganizationsMembersSearchCall<'a> {
    /// Acts for the member holding this session token: the API then allows the call only if the member's roles grant it (sent as `X-Stytch-Member-Session`; an empty token sends nothing).
    pub fn member_session_token(
        mut self,
        token: impl Into<crate::SecretString>,
    ) -> Self {
        self.member.session_token = Some(token.into());
        self
    }

    /// Acts for the member holding this session JWT: the API then allows the call only if the member's roles grant it (sent as `X-Stytch-Member-SessionJWT`; an empty JWT sends nothing).
    pub fn member_session_jwt(mut self, jwt: impl Into<crate::SecretString>) -> Self {
        self.member.session_jwt = Some(jwt.into());
        self
    }

    /// Every page of the search, in order, as a stream: the first as this call asks for it, each next one with the `cursor` its predecessor named in `results_metadata.next_cursor`, until a page names none or `max_pages` pages were fetched. Each page's items are in its `members`; a failed page ends the stream after yielding its error.
    ///
    /// ```no_run
    /// # async fn run(call: stytch_b2b::organizations::OrganizationsMembersSearchCall<'_>) -> Result<(), stytch_b2b::Error> {
    /// use futures_util::TryStreamExt as _;
    /// let mut pages = call.pages(10);
    /// while let Some(page) = pages.try_next().await? {
    ///     println!("{} members", page.members.len());
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub fn pages(
        self,
        max_pages: usize,
    ) -> crate::pagination::PageStream<'a, OrganizationsMembersSearchResponse> {
        crate::pagination::pages(
            self,
            max_pages,
            |call: Self, cursor: String| OrganizationsMembersSearchCall {
                request: call.request.body_map(move |body| body.cursor(cursor)),
                ..call
            },
        )
    }
}

impl<'a> ::std::future::IntoFuture for OrganizationsMembersSearchCall<'a> {
    type Output = Result<OrganizationsMembersSearchResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, OrganizationsMembersSearchResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params, member } = self;
        client
            .send(
                &ORGANIZATIONS_MEMBERS_SEARCH,
                path_params,
                member,
                move || request.clone().send(),
            )
    }
}

/// The `organizations_search` operation.
pub(crate) const ORGANIZATIONS_SEARCH: crate::call::Operation = crate::call::Operation {
    id: "organizations_search",
    method: "POST",
    path: "/v1/b2b/organizations/search",
    sdk_call: "organizations().search()",
    idempotent: true,
};

/// A `organizations_search` call, made by [`Organizations::search`](Organizations::search): `.await` it to send it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct OrganizationsSearchCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::OrganizationsSearch<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> OrganizationsSearchCall<'a> {
    /// Every page of the search, in order, as a stream: the first as this call asks for it, each next one with the `cursor` its predecessor named in `results_metadata.next_cursor`, until a page names none or `max_pages` pages were fetched. Each page's items are in its `organizations`; a failed page ends the stream after yielding its error.
    ///
    /// ```no_run
    /// # async fn run(call: stytch_b2b::organizations::OrganizationsSearchCall<'_>) -> Result<(), stytch_b2b::Error> {
    /// use futures_util::TryStreamExt as _;
    /// let mut pages = call.pages(10);
    /// while let Some(page) = pages.try_next().await? {
    ///     println!("{} organizations", page.organizations.len());
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub fn pages(
        self,
        max_pages: usize,
    ) -> crate::pagination::PageStream<'a, OrganizationsSearchResponse> {
        crate::pagination::pages(
            self,
            max_pages,
            |call: Self, cursor: String| OrganizationsSearchCall {
                request: call.request.body_map(move |body| body.cursor(cursor)),
                ..call
            },
        )
    }
}

impl<'a> ::std::future::IntoFuture for OrganizationsSearchCall<'a> {
    type Output = Result<OrganizationsSearchResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, OrganizationsSearchResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &ORGANIZATIONS_SEARCH,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `organizations_get` operation.
pub(crate) const ORGANIZATIONS_GET: crate::call::Operation = crate::call::Operation {
    id: "organizations_get",
    method: "GET",
    path: "/v1/b2b/organizations/{organization_id}",
    sdk_call: "organizations().get()",
    idempotent: true,
};

/// A `organizations_get` call, made by [`Organizations::get`](Organizations::get): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct OrganizationsGetCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::OrganizationsGet<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> OrganizationsGetCall<'a> {
    /// Organization identifier (Path parameter, required).
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("organization_id", value.into());
        self.request = self.request.organization_id(value);
        self
    }
}

impl<'a> ::std::future::IntoFuture for OrganizationsGetCall<'a> {
    type Output = Result<OrganizationsGetResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, OrganizationsGetResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &ORGANIZATIONS_GET,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `organizations_update` operation.
pub(crate) const ORGANIZATIONS_UPDATE: crate::call::Operation = crate::call::Operation {
    id: "organizations_update",
    method: "PUT",
    path: "/v1/b2b/organizations/{organization_id}",
    sdk_call: "organizations().update()",
    idempotent: true,
};

/// A `organizations_update` call, made by [`Organizations::update`](Organizations::update): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct OrganizationsUpdateCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::OrganizationsUpdate<'a>,
    path_params: crate::call::PathParams,
    member: crate::call::MemberAuthorization,
}

impl<'a> OrganizationsUpdateCall<'a> {
    /// Organization identifier (Path parameter, required).
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("organization_id", value.into());
        self.request = self.request.organization_id(value);
        self
    }

    /// Acts for the member holding this session token: the API then allows the call only if the member's roles grant it (sent as `X-Stytch-Member-Session`; an empty token sends nothing).
    pub fn member_session_token(
        mut self,
        token: impl Into<crate::SecretString>,
    ) -> Self {
        self.member.session_token = Some(token.into());
        self
    }

    /// Acts for the member holding this session JWT: the API then allows the call only if the member's roles grant it (sent as `X-Stytch-Member-SessionJWT`; an empty JWT sends nothing).
    pub fn member_session_jwt(mut self, jwt: impl Into<crate::SecretString>) -> Self {
        self.member.session_jwt = Some(jwt.into());
        self
    }
}

impl<'a> ::std::future::IntoFuture for OrganizationsUpdateCall<'a> {
    type Output = Result<OrganizationsUpdateResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, OrganizationsUpdateResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params, member } = self;
        client
            .send(
                &ORGANIZATIONS_UPDATE,
                path_params,
                member,
                move || request.clone().send(),
            )
    }
}

/// The `organizations_delete` operation.
pub(crate) const ORGANIZATIONS_DELETE: crate::call::Operation = crate::call::Operation {
    id: "organizations_delete",
    method: "DELETE",
    path: "/v1/b2b/organizations/{organization_id}",
    sdk_call: "organizations().delete()",
    idempotent: false,
};

/// A `organizations_delete` call, made by [`Organizations::delete`](Organizations::delete): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct OrganizationsDeleteCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::OrganizationsDelete<'a>,
    path_params: crate::call::PathParams,
    member: crate::call::MemberAuthorization,
}

impl<'a> OrganizationsDeleteCall<'a> {
    /// Organization identifier (Path parameter, required).
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("organization_id", value.into());
        self.request = self.request.organization_id(value);
        self
    }

    /// Acts for the member holding this session token: the API then allows the call only if the member's roles grant it (sent as `X-Stytch-Member-Session`; an empty token sends nothing).
    pub fn member_session_token(
        mut self,
        token: impl Into<crate::SecretString>,
    ) -> Self {
        self.member.session_token = Some(token.into());
        self
    }

    /// Acts for the member holding this session JWT: the API then allows the call only if the member's roles grant it (sent as `X-Stytch-Member-SessionJWT`; an empty JWT sends nothing).
    pub fn member_session_jwt(mut self, jwt: impl Into<crate::SecretString>) -> Self {
        self.member.session_jwt = Some(jwt.into());
        self
    }
}

impl<'a> ::std::future::IntoFuture for OrganizationsDeleteCall<'a> {
    type Output = Result<OrganizationsDeleteResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, OrganizationsDeleteResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params, member } = self;
        client
            .send(
                &ORGANIZATIONS_DELETE,
                path_params,
                member,
                move || request.clone().send(),
            )
    }
}

/// The `organizations_members_get` operation.
pub(crate) const ORGANIZATIONS_MEMBERS_GET: crate::call::Operation = crate::call::Operation {
    id: "organizations_members_get",
    method: "GET",
    path: "/v1/b2b/organizations/{organization_id}/member",
    sdk_call: "organizations().members().get()",
    idempotent: true,
};

/// A `organizations_members_get` call, made by [`OrganizationsMembers::get`](OrganizationsMembers::get): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct OrganizationsMembersGetCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::OrganizationsMembersGet<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> OrganizationsMembersGetCall<'a> {
    /// Organization identifier (Path parameter, required).
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("organization_id", value.into());
        self.request = self.request.organization_id(value);
        self
    }

    /// The member's id; give it or the email address (Query parameter).
    pub fn member_id(mut self, value: impl Into<String>) -> Self {
        self.request = self.request.member_id(value.into());
        self
    }

    /// The member's email address, to look the member up by address instead of by id (Query parameter).
    pub fn email_address(mut self, value: impl Into<String>) -> Self {
        self.request = self.request.email_address(value.into());
        self
    }
}

impl<'a> ::std::future::IntoFuture for OrganizationsMembersGetCall<'a> {
    type Output = Result<OrganizationsMembersGetResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, OrganizationsMembersGetResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &ORGANIZATIONS_MEMBERS_GET,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `organizations_members_create` operation.
pub(crate) const ORGANIZATIONS_MEMBERS_CREATE: crate::call::Operation = crate::call::Operation {
    id: "organizations_members_create",
    method: "POST",
    path: "/v1/b2b/organizations/{organization_id}/members",
    sdk_call: "organizations().members().create()",
    idempotent: false,
};

/// A `organizations_members_create` call, made by [`OrganizationsMembers::create`](OrganizationsMembers::create): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct OrganizationsMembersCreateCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::OrganizationsMembersCreate<'a>,
    path_params: crate::call::PathParams,
    member: crate::call::MemberAuthorization,
}

impl<'a> OrganizationsMembersCreateCall<'a> {
    /// Organization identifier (Path parameter, required).
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("organization_id", value.into());
        self.request = self.request.organization_id(value);
        self
    }

    /// Acts for the member holding this session token: the API then allows the call only if the member's roles grant it (sent as `X-Stytch-Member-Session`; an empty token sends nothing).
    pub fn member_session_token(
        mut self,
        token: impl Into<crate::SecretString>,
    ) -> Self {
        self.member.session_token = Some(token.into());
        self
    }

    /// Acts for the member holding this session JWT: the API then allows the call only if the member's roles grant it (sent as `X-Stytch-Member-SessionJWT`; an empty JWT sends nothing).
    pub fn member_session_jwt(mut self, jwt: impl Into<crate::SecretString>) -> Self {
        self.member.session_jwt = Some(jwt.into());
        self
    }
}

impl<'a> ::std::future::IntoFuture for OrganizationsMembersCreateCall<'a> {
    type Output = Result<OrganizationsMembersCreateResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, OrganizationsMembersCreateResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params, member } = self;
        client
            .send(
                &ORGANIZATIONS_MEMBERS_CREATE,
                path_params,
                member,
                move || request.clone().send(),
            )
    }
}

/// The `organizations_members_delete_mfa_phone_number` operation.
pub(crate) const ORGANIZATIONS_MEMBERS_DELETE_MFA_PHONE_NUMBER: crate::call::Operation = crate::call::Operation {
    id: "organizations_members_delete_mfa_phone_number",
    method: "DELETE",
    path: "/v1/b2b/organizations/{organization_id}/members/mfa_phone_numbers/{member_id}",
    sdk_call: "organizations().members().delete_mfa_phone_number()",
    idempotent: false,
};

/// A `organizations_members_delete_mfa_phone_number` call, made by [`OrganizationsMembers::delete_mfa_phone_number`](OrganizationsMembers::delete_mfa_phone_number): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct OrganizationsMembersDeleteMfaPhoneNumberCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::OrganizationsMembersDeleteMfaPhoneNumber<'a>,
    path_params: crate::call::PathParams,
    member: crate::call::MemberAuthorization,
}

impl<'a> OrganizationsMembersDeleteMfaPhoneNumberCall<'a> {
    /// Organization identifier (Path parameter, required).
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("organization_id", value.into());
        self.request = self.request.organization_id(value);
        self
    }

    /// Member identifier (Path parameter, required).
    pub fn member_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("member_id", value.into());
        self.request = self.request.member_id(value);
        self
    }

    /// Acts for the member holding this session token: the API then allows the call only if the member's roles grant it (sent as `X-Stytch-Member-Session`; an empty token sends nothing).
    pub fn member_session_token(
        mut self,
        token: impl Into<crate::SecretString>,
    ) -> Self {
        self.member.session_token = Some(token.into());
        self
    }

    /// Acts for the member holding this session JWT: the API then allows the call only if the member's roles grant it (sent as `X-Stytch-Member-SessionJWT`; an empty JWT sends nothing).
    pub fn member_session_jwt(mut self, jwt: impl Into<crate::SecretString>) -> Self {
        self.member.session_jwt = Some(jwt.into());
        self
    }
}

impl<'a> ::std::future::IntoFuture for OrganizationsMembersDeleteMfaPhoneNumberCall<'a> {
    type Output = Result<OrganizationsMembersDeleteMfaPhoneNumberResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<
        'a,
        OrganizationsMembersDeleteMfaPhoneNumberResponse,
    >;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params, member } = self;
        client
            .send(
                &ORGANIZATIONS_MEMBERS_DELETE_MFA_PHONE_NUMBER,
                path_params,
                member,
                move || request.clone().send(),
            )
    }
}

/// The `organizations_members_delete_password` operation.
pub(crate) const ORGANIZATIONS_MEMBERS_DELETE_PASSWORD: crate::call::Operation = crate::call::Operation {
    id: "organizations_members_delete_password",
    method: "DELETE",
    path: "/v1/b2b/organizations/{organization_id}/members/passwords/{member_password_id}",
    sdk_call: "organizations().members().delete_password()",
    idempotent: false,
};

/// A `organizations_members_delete_password` call, made by [`OrganizationsMembers::delete_password`](OrganizationsMembers::delete_password): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct OrganizationsMembersDeletePasswordCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::OrganizationsMembersDeletePassword<'a>,
    path_params: crate::call::PathParams,
    member: crate::call::MemberAuthorization,
}

impl<'a> OrganizationsMembersDeletePasswordCall<'a> {
    /// Organization identifier (Path parameter, required).
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("organization_id", value.into());
        self.request = self.request.organization_id(value);
        self
    }

    /// Member password id (Path parameter, required).
    pub fn member_password_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("member_password_id", value.into());
        self.request = self.request.member_password_id(value);
        self
    }

    /// Acts for the member holding this session token: the API then allows the call only if the member's roles grant it (sent as `X-Stytch-Member-Session`; an empty token sends nothing).
    pub fn member_session_token(
        mut self,
        token: impl Into<crate::SecretString>,
    ) -> Self {
        self.member.session_token = Some(token.into());
        self
    }

    /// Acts for the member holding this session JWT: the API then allows the call only if the member's roles grant it (sent as `X-Stytch-Member-SessionJWT`; an empty JWT sends nothing).
    pub fn member_session_jwt(mut self, jwt: impl Into<crate::SecretString>) -> Self {
        self.member.session_jwt = Some(jwt.into());
        self
    }
}

impl<'a> ::std::future::IntoFuture for OrganizationsMembersDeletePasswordCall<'a> {
    type Output = Result<OrganizationsMembersDeletePasswordResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<
        'a,
        OrganizationsMembersDeletePasswordResponse,
    >;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params, member } = self;
        client
            .send(
                &ORGANIZATIONS_MEMBERS_DELETE_PASSWORD,
                path_params,
                member,
                move || request.clone().send(),
            )
    }
}

/// The `organizations_members_update` operation.
pub(crate) const ORGANIZATIONS_MEMBERS_UPDATE: crate::call::Operation = crate::call::Operation {
    id: "organizations_members_update",
    method: "PUT",
    path: "/v1/b2b/organizations/{organization_id}/members/{member_id}",
    sdk_call: "organizations().members().update()",
    idempotent: true,
};

/// A `organizations_members_update` call, made by [`OrganizationsMembers::update`](OrganizationsMembers::update): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct OrganizationsMembersUpdateCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::OrganizationsMembersUpdate<'a>,
    path_params: crate::call::PathParams,
    member: crate::call::MemberAuthorization,
}

impl<'a> OrganizationsMembersUpdateCall<'a> {
    /// Organization identifier (Path parameter, required).
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("organization_id", value.into());
        self.request = self.request.organization_id(value);
        self
    }

    /// Member identifier (Path parameter, required).
    pub fn member_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("member_id", value.into());
        self.request = self.request.member_id(value);
        self
    }

    /// Acts for the member holding this session token: the API then allows the call only if the member's roles grant it (sent as `X-Stytch-Member-Session`; an empty token sends nothing).
    pub fn member_session_token(
        mut self,
        token: impl Into<crate::SecretString>,
    ) -> Self {
        self.member.session_token = Some(token.into());
        self
    }

    /// Acts for the member holding this session JWT: the API then allows the call only if the member's roles grant it (sent as `X-Stytch-Member-SessionJWT`; an empty JWT sends nothing).
    pub fn member_session_jwt(mut self, jwt: impl Into<crate::SecretString>) -> Self {
        self.member.session_jwt = Some(jwt.into());
        self
    }
}

impl<'a> ::std::future::IntoFuture for OrganizationsMembersUpdateCall<'a> {
    type Output = Result<OrganizationsMembersUpdateResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, OrganizationsMembersUpdateResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params, member } = self;
        client
            .send(
                &ORGANIZATIONS_MEMBERS_UPDATE,
                path_params,
                member,
                move || request.clone().send(),
            )
    }
}

/// The `organizations_members_delete` operation.
pub(crate) const ORGANIZATIONS_MEMBERS_DELETE: crate::call::Operation = crate::call::Operation {
    id: "organizations_members_delete",
    method: "DELETE",
    path: "/v1/b2b/organizations/{organization_id}/members/{member_id}",
    sdk_call: "organizations().members().delete()",
    idempotent: false,
};

/// A `organizations_members_delete` call, made by [`OrganizationsMembers::delete`](OrganizationsMembers::delete): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct OrganizationsMembersDeleteCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::OrganizationsMembersDelete<'a>,
    path_params: crate::call::PathParams,
    member: crate::call::MemberAuthorization,
}

impl<'a> OrganizationsMembersDeleteCall<'a> {
    /// Organization identifier (Path parameter, required).
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("organization_id", value.into());
        self.request = self.request.organization_id(value);
        self
    }

    /// Member identifier (Path parameter, required).
    pub fn member_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("member_id", value.into());
        self.request = self.request.member_id(value);
        self
    }

    /// Acts for the member holding this session token: the API then allows the call only if the member's roles grant it (sent as `X-Stytch-Member-Session`; an empty token sends nothing).
    pub fn member_session_token(
        mut self,
        token: impl Into<crate::SecretString>,
    ) -> Self {
        self.member.session_token = Some(token.into());
        self
    }

    /// Acts for the member holding this session JWT: the API then allows the call only if the member's roles grant it (sent as `X-Stytch-Member-SessionJWT`; an empty JWT sends nothing).
    pub fn member_session_jwt(mut self, jwt: impl Into<crate::SecretString>) -> Self {
        self.member.session_jwt = Some(jwt.into());
        self
    }
}

impl<'a> ::std::future::IntoFuture for OrganizationsMembersDeleteCall<'a> {
    type Output = Result<OrganizationsMembersDeleteResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, OrganizationsMembersDeleteResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params, member } = self;
        client
            .send(
                &ORGANIZATIONS_MEMBERS_DELETE,
                path_params,
                member,
                move || request.clone().send(),
            )
    }
}

/// The `organizations_members_reactivate` operation.
pub(crate) const ORGANIZATIONS_MEMBERS_REACTIVATE: crate::call::Operation = crate::call::Operation {
    id: "organizations_members_reactivate",
    method: "PUT",
    path: "/v1/b2b/organizations/{organization_id}/members/{member_id}/reactivate",
    sdk_call: "organizations().members().reactivate()",
    idempotent: false,
};

/// A `organizations_members_reactivate` call, made by [`OrganizationsMembers::reactivate`](OrganizationsMembers::reactivate): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct OrganizationsMembersReactivateCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::OrganizationsMembersReactivate<'a>,
    path_params: crate::call::PathParams,
    member: crate::call::MemberAuthorization,
}

impl<'a> OrganizationsMembersReactivateCall<'a> {
    /// Organization identifier (Path parameter, required).
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("organization_id", value.into());
        self.request = self.request.organization_id(value);
        self
    }

    /// Member identifier (Path parameter, required).
    pub fn member_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("member_id", value.into());
        self.request = self.request.member_id(value);
        self
    }

    /// Acts for the member holding this session token: the API then allows the call only if the member's roles grant it (sent as `X-Stytch-Member-Session`; an empty token sends nothing).
    pub fn member_session_token(
        mut self,
        token: impl Into<crate::SecretString>,
    ) -> Self {
        self.member.session_token = Some(token.into());
        self
    }

    /// Acts for the member holding this session JWT: the API then allows the call only if the member's roles grant it (sent as `X-Stytch-Member-SessionJWT`; an empty JWT sends nothing).
    pub fn member_session_jwt(mut self, jwt: impl Into<crate::SecretString>) -> Self {
        self.member.session_jwt = Some(jwt.into());
        self
    }
}

impl<'a> ::std::future::IntoFuture for OrganizationsMembersReactivateCall<'a> {
    type Output = Result<OrganizationsMembersReactivateResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<
        'a,
        OrganizationsMembersReactivateResponse,
    >;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params, member } = self;
        client
            .send(
                &ORGANIZATIONS_MEMBERS_REACTIVATE,
                path_params,
                member,
                move || request.clone().send(),
            )
    }
}

/// The `organizations_metrics` operation.
pub(crate) const ORGANIZATIONS_METRICS: crate::call::Operation = crate::call::Operation {
    id: "organizations_metrics",
    method: "GET",
    path: "/v1/b2b/organizations/{organization_id}/metrics",
    sdk_call: "organizations().metrics()",
    idempotent: true,
};

/// A `organizations_metrics` call, made by [`Organizations::metrics`](Organizations::metrics): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct OrganizationsMetricsCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::OrganizationsMetrics<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> OrganizationsMetricsCall<'a> {
    /// Globally unique ID of an Organization; most request paths and bodies also accept the Organization's slug or external ID (Path parameter, required).
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("organization_id", value.into());
        self.request = self.request.organization_id(value);
        self
    }
}

impl<'a> ::std::future::IntoFuture for OrganizationsMetricsCall<'a> {
    type Output = Result<OrganizationsMetricsResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, OrganizationsMetricsResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &ORGANIZATIONS_METRICS,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `organizations_connected_apps` operation.
pub(crate) const ORGANIZATIONS_CONNECTED_APPS: crate::call::Operation = crate::call::Operation {
    id: "organizations_connected_apps",
    method: "GET",
    path: "/v1/b2b/organizations/{organization_id}/connected_apps",
    sdk_call: "organizations().connected_apps()",
    idempotent: true,
};

/// A `organizations_connected_apps` call, made by [`Organizations::connected_apps`](Organizations::connected_apps): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct OrganizationsConnectedAppsCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::OrganizationsConnectedApps<'a>,
    path_params: crate::call::PathParams,
    member: crate::call::MemberAuthorization,
}

impl<'a> OrganizationsConnectedAppsCall<'a> {
    /// Globally unique ID of an Organization; most request paths and bodies also accept the Organization's slug or external ID (Path parameter, required).
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("organization_id", value.into());
        self.request = self.request.organization_id(value);
        self
    }

    /// Acts for the member holding this session token: the API then allows the call only if the member's roles grant it (sent as `X-Stytch-Member-Session`; an empty token sends nothing).
    pub fn member_session_token(
        mut self,
        token: impl Into<crate::SecretString>,
    ) -> Self {
        self.member.session_token = Some(token.into());
        self
    }

    /// Acts for the member holding this session JWT: the API then allows the call only if the member's roles grant it (sent as `X-Stytch-Member-SessionJWT`; an empty JWT sends nothing).
    pub fn member_session_jwt(mut self, jwt: impl Into<crate::SecretString>) -> Self {
        self.member.session_jwt = Some(jwt.into());
        self
    }
}

impl<'a> ::std::future::IntoFuture for OrganizationsConnectedAppsCall<'a> {
    type Output = Result<OrganizationsConnectedAppsResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, OrganizationsConnectedAppsResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params, member } = self;
        client
            .send(
                &ORGANIZATIONS_CONNECTED_APPS,
                path_params,
                member,
                move || request.clone().send(),
            )
    }
}

/// The `organizations_get_connected_app` operation.
pub(crate) const ORGANIZATIONS_GET_CONNECTED_APP: crate::call::Operation = crate::call::Operation {
    id: "organizations_get_connected_app",
    method: "GET",
    path: "/v1/b2b/organizations/{organization_id}/connected_apps/{connected_app_id}",
    sdk_call: "organizations().get_connected_app()",
    idempotent: true,
};

/// A `organizations_get_connected_app` call, made by [`Organizations::get_connected_app`](Organizations::get_connected_app): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct OrganizationsGetConnectedAppCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::OrganizationsGetConnectedApp<'a>,
    path_params: crate::call::PathParams,
    member: crate::call::MemberAuthorization,
}

impl<'a> OrganizationsGetConnectedAppCall<'a> {
    /// Globally unique ID of an Organization; most request paths and bodies also accept the Organization's slug or external ID (Path parameter, required).
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("organization_id", value.into());
        self.request = self.request.organization_id(value);
        self
    }

    /// ID of a Connected App (its client ID) (Path parameter, required).
    pub fn connected_app_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("connected_app_id", value.into());
        self.request = self.request.connected_app_id(value);
        self
    }

    /// Acts for the member holding this session token: the API then allows the call only if the member's roles grant it (sent as `X-Stytch-Member-Session`; an empty token sends nothing).
    pub fn member_session_token(
        mut self,
        token: impl Into<crate::SecretString>,
    ) -> Self {
        self.member.session_token = Some(token.into());
        self
    }

    /// Acts for the member holding this session JWT: the API then allows the call only if the member's roles grant it (sent as `X-Stytch-Member-SessionJWT`; an empty JWT sends nothing).
    pub fn member_session_jwt(mut self, jwt: impl Into<crate::SecretString>) -> Self {
        self.member.session_jwt = Some(jwt.into());
        self
    }
}

impl<'a> ::std::future::IntoFuture for OrganizationsGetConnectedAppCall<'a> {
    type Output = Result<OrganizationsGetConnectedAppResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, OrganizationsGetConnectedAppResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params, member } = self;
        client
            .send(
                &ORGANIZATIONS_GET_CONNECTED_APP,
                path_params,
                member,
                move || request.clone().send(),
            )
    }
}

/// The `organizations_delete_external_id` operation.
pub(crate) const ORGANIZATIONS_DELETE_EXTERNAL_ID: crate::call::Operation = crate::call::Operation {
    id: "organizations_delete_external_id",
    method: "DELETE",
    path: "/v1/b2b/organizations/{organization_id}/external_id",
    sdk_call: "organizations().delete_external_id()",
    idempotent: false,
};

/// A `organizations_delete_external_id` call, made by [`Organizations::delete_external_id`](Organizations::delete_external_id): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct OrganizationsDeleteExternalIdCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::OrganizationsDeleteExternalId<'a>,
    path_params: crate::call::PathParams,
    member: crate::call::MemberAuthorization,
}

impl<'a> OrganizationsDeleteExternalIdCall<'a> {
    /// Globally unique ID of an Organization; most request paths and bodies also accept the Organization's slug or external ID (Path parameter, required).
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("organization_id", value.into());
        self.request = self.request.organization_id(value);
        self
    }

    /// Acts for the member holding this session token: the API then allows the call only if the member's roles grant it (sent as `X-Stytch-Member-Session`; an empty token sends nothing).
    pub fn member_session_token(
        mut self,
        token: impl Into<crate::SecretString>,
    ) -> Self {
        self.member.session_token = Some(token.into());
        self
    }

    /// Acts for the member holding this session JWT: the API then allows the call only if the member's roles grant it (sent as `X-Stytch-Member-SessionJWT`; an empty JWT sends nothing).
    pub fn member_session_jwt(mut self, jwt: impl Into<crate::SecretString>) -> Self {
        self.member.session_jwt = Some(jwt.into());
        self
    }
}

impl<'a> ::std::future::IntoFuture for OrganizationsDeleteExternalIdCall<'a> {
    type Output = Result<OrganizationsDeleteExternalIdResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, OrganizationsDeleteExternalIdResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params, member } = self;
        client
            .send(
                &ORGANIZATIONS_DELETE_EXTERNAL_ID,
                path_params,
                member,
                move || request.clone().send(),
            )
    }
}

/// The `organizations_members_delete_totp` operation.
pub(crate) const ORGANIZATIONS_MEMBERS_DELETE_TOTP: crate::call::Operation = crate::call::Operation {
    id: "organizations_members_delete_totp",
    method: "DELETE",
    path: "/v1/b2b/organizations/{organization_id}/members/{member_id}/totp",
    sdk_call: "organizations().members().delete_totp()",
    idempotent: false,
};

/// A `organizations_members_delete_totp` call, made by [`OrganizationsMembers::delete_totp`](OrganizationsMembers::delete_totp): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct OrganizationsMembersDeleteTotpCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::OrganizationsMembersDeleteTotp<'a>,
    path_params: crate::call::PathParams,
    member: crate::call::MemberAuthorization,
}

impl<'a> OrganizationsMembersDeleteTotpCall<'a> {
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

    /// Acts for the member holding this session token: the API then allows the call only if the member's roles grant it (sent as `X-Stytch-Member-Session`; an empty token sends nothing).
    pub fn member_session_token(
        mut self,
        token: impl Into<crate::SecretString>,
    ) -> Self {
        self.member.session_token = Some(token.into());
        self
    }

    /// Acts for the member holding this session JWT: the API then allows the call only if the member's roles grant it (sent as `X-Stytch-Member-SessionJWT`; an empty JWT sends nothing).
    pub fn member_session_jwt(mut self, jwt: impl Into<crate::SecretString>) -> Self {
        self.member.session_jwt = Some(jwt.into());
        self
    }
}

impl<'a> ::std::future::IntoFuture for OrganizationsMembersDeleteTotpCall<'a> {
    type Output = Result<OrganizationsMembersDeleteTotpResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<
        'a,
        OrganizationsMembersDeleteTotpResponse,
    >;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params, member } = self;
        client
            .send(
                &ORGANIZATIONS_MEMBERS_DELETE_TOTP,
                path_params,
                member,
                move || request.clone().send(),
            )
    }
}

/// The `organizations_members_dangerously_get` operation.
pub(crate) const ORGANIZATIONS_MEMBERS_DANGEROUSLY_GET: crate::call::Operation = crate::call::Operation {
    id: "organizations_members_dangerously_get",
    method: "GET",
    path: "/v1/b2b/organizations/members/dangerously_get/{member_id}",
    sdk_call: "organizations().members().dangerously_get()",
    idempotent: true,
};

/// A `organizations_members_dangerously_get` call, made by [`OrganizationsMembers::dangerously_get`](OrganizationsMembers::dangerously_get): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct OrganizationsMembersDangerouslyGetCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::OrganizationsMembersDangerouslyGet<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> OrganizationsMembersDangerouslyGetCall<'a> {
    /// Globally unique ID of a Member; most request paths and bodies also accept the Member's `external_id` (Path parameter, required).
    pub fn member_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("member_id", value.into());
        self.request = self.request.member_id(value);
        self
    }

    /// Query flag: also return deleted Members; defaults to false (Query parameter).
    pub fn include_deleted(mut self, value: bool) -> Self {
        self.request = self.request.include_deleted(value);
        self
    }
}

impl<'a> ::std::future::IntoFuture for OrganizationsMembersDangerouslyGetCall<'a> {
    type Output = Result<OrganizationsMembersDangerouslyGetResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<
        'a,
        OrganizationsMembersDangerouslyGetResponse,
    >;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &ORGANIZATIONS_MEMBERS_DANGEROUSLY_GET,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `organizations_members_oidc_providers` operation.
pub(crate) const ORGANIZATIONS_MEMBERS_OIDC_PROVIDERS: crate::call::Operation = crate::call::Operation {
    id: "organizations_members_oidc_providers",
    method: "GET",
    path: "/v1/b2b/organizations/{organization_id}/members/{member_id}/oidc_providers",
    sdk_call: "organizations().members().oidc_providers()",
    idempotent: true,
};

/// A `organizations_members_oidc_providers` call, made by [`OrganizationsMembers::oidc_providers`](OrganizationsMembers::oidc_providers): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct OrganizationsMembersOidcProvidersCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::OrganizationsMembersOidcProviders<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> OrganizationsMembersOidcProvidersCall<'a> {
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

    /// Query flag: also return the stored refresh token; defaults to false. If you use that refresh token yourself, Stytch may no longer be able to refresh the access token (Query parameter).
    pub fn include_refresh_token(mut self, value: bool) -> Self {
        self.request = self.request.include_refresh_token(value);
        self
    }
}

impl<'a> ::std::future::IntoFuture for OrganizationsMembersOidcProvidersCall<'a> {
    type Output = Result<OrganizationsMembersOidcProvidersResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<
        'a,
        OrganizationsMembersOidcProvidersResponse,
    >;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &ORGANIZATIONS_MEMBERS_OIDC_PROVIDERS,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `organizations_members_unlink_retired_email` operation.
pub(crate) const ORGANIZATIONS_MEMBERS_UNLINK_RETIRED_EMAIL: crate::call::Operation = crate::call::Operation {
    id: "organizations_members_unlink_retired_email",
    method: "POST",
    path: "/v1/b2b/organizations/{organization_id}/members/{member_id}/unlink_retired_email",
    sdk_call: "organizations().members().unlink_retired_email()",
    idempotent: false,
};

/// A `organizations_members_unlink_retired_email` call, made by [`OrganizationsMembers::unlink_retired_email`](OrganizationsMembers::unlink_retired_email): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct OrganizationsMembersUnlinkRetiredEmailCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::OrganizationsMembersUnlinkRetiredEmail<'a>,
    path_params: crate::call::PathParams,
    member: crate::call::MemberAuthorization,
}

impl<'a> OrganizationsMembersUnlinkRetiredEmailCall<'a> {
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

    /// Acts for the member holding this session token: the API then allows the call only if the member's roles grant it (sent as `X-Stytch-Member-Session`; an empty token sends nothing).
    pub fn member_session_token(
        mut self,
        token: impl Into<crate::SecretString>,
    ) -> Self {
        self.member.session_token = Some(token.into());
        self
    }

    /// Acts for the member holding this session JWT: the API then allows the call only if the member's roles grant it (sent as `X-Stytch-Member-SessionJWT`; an empty JWT sends nothing).
    pub fn member_session_jwt(mut self, jwt: impl Into<crate::SecretString>) -> Self {
        self.member.session_jwt = Some(jwt.into());
        self
    }
}

impl<'a> ::std::future::IntoFuture for OrganizationsMembersUnlinkRetiredEmailCall<'a> {
    type Output = Result<OrganizationsMembersUnlinkRetiredEmailResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<
        'a,
        OrganizationsMembersUnlinkRetiredEmailResponse,
    >;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params, member } = self;
        client
            .send(
                &ORGANIZATIONS_MEMBERS_UNLINK_RETIRED_EMAIL,
                path_params,
                member,
                move || request.clone().send(),
            )
    }
}

/// The `organizations_members_start_email_update` operation.
pub(crate) const ORGANIZATIONS_MEMBERS_START_EMAIL_UPDATE: crate::call::Operation = crate::call::Operation {
    id: "organizations_members_start_email_update",
    method: "POST",
    path: "/v1/b2b/organizations/{organization_id}/members/{member_id}/start_email_update",
    sdk_call: "organizations().members().start_email_update()",
    idempotent: false,
};

/// A `organizations_members_start_email_update` call, made by [`OrganizationsMembers::start_email_update`](OrganizationsMembers::start_email_update): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct OrganizationsMembersStartEmailUpdateCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::OrganizationsMembersStartEmailUpdate<'a>,
    path_params: crate::call::PathParams,
    member: crate::call::MemberAuthorization,
}

impl<'a> OrganizationsMembersStartEmailUpdateCall<'a> {
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

    /// Acts for the member holding this session token: the API then allows the call only if the member's roles grant it (sent as `X-Stytch-Member-Session`; an empty token sends nothing).
    pub fn member_session_token(
        mut self,
        token: impl Into<crate::SecretString>,
    ) -> Self {
        self.member.session_token = Some(token.into());
        self
    }

    /// Acts for the member holding this session JWT: the API then allows the call only if the member's roles grant it (sent as `X-Stytch-Member-SessionJWT`; an empty JWT sends nothing).
    pub fn member_session_jwt(mut self, jwt: impl Into<crate::SecretString>) -> Self {
        self.member.session_jwt = Some(jwt.into());
        self
    }
}

impl<'a> ::std::future::IntoFuture for OrganizationsMembersStartEmailUpdateCall<'a> {
    type Output = Result<OrganizationsMembersStartEmailUpdateResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<
        'a,
        OrganizationsMembersStartEmailUpdateResponse,
    >;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params, member } = self;
        client
            .send(
                &ORGANIZATIONS_MEMBERS_START_EMAIL_UPDATE,
                path_params,
                member,
                move || request.clone().send(),
            )
    }
}

/// The `organizations_members_get_connected_apps` operation.
pub(crate) const ORGANIZATIONS_MEMBERS_GET_CONNECTED_APPS: crate::call::Operation = crate::call::Operation {
    id: "organizations_members_get_connected_apps",
    method: "GET",
    path: "/v1/b2b/organizations/{organization_id}/members/{member_id}/connected_apps",
    sdk_call: "organizations().members().get_connected_apps()",
    idempotent: true,
};

/// A `organizations_members_get_connected_apps` call, made by [`OrganizationsMembers::get_connected_apps`](OrganizationsMembers::get_connected_apps): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct OrganizationsMembersGetConnectedAppsCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::OrganizationsMembersGetConnectedApps<'a>,
    path_params: crate::call::PathParams,
    member: crate::call::MemberAuthorization,
}

impl<'a> OrganizationsMembersGetConnectedAppsCall<'a> {
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

    /// Acts for the member holding this session token: the API then allows the call only if the member's roles grant it (sent as `X-Stytch-Member-Session`; an empty token sends nothing).
    pub fn member_session_token(
        mut self,
        token: impl Into<crate::SecretString>,
    ) -> Self {
        self.member.session_token = Some(token.into());
        self
    }

    /// Acts for the member holding this session JWT: the API then allows the call only if the member's roles grant it (sent as `X-Stytch-Member-SessionJWT`; an empty JWT sends nothing).
    pub fn member_session_jwt(mut self, jwt: impl Into<crate::SecretString>) -> Self {
        self.member.session_jwt = Some(jwt.into());
        self
    }
}

impl<'a> ::std::future::IntoFuture for OrganizationsMembersGetConnectedAppsCall<'a> {
    type Output = Result<OrganizationsMembersGetConnectedAppsResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<
        'a,
        OrganizationsMembersGetConnectedAppsResponse,
    >;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params, member } = self;
        client
            .send(
                &ORGANIZATIONS_MEMBERS_GET_CONNECTED_APPS,
                path_params,
                member,
                move || request.clone().send(),
            )
    }
}

/// The `organizations_members_delete_external_id` operation.
pub(crate) const ORGANIZATIONS_MEMBERS_DELETE_EXTERNAL_ID: crate::call::Operation = crate::call::Operation {
    id: "organizations_members_delete_external_id",
    method: "DELETE",
    path: "/v1/b2b/organizations/{organization_id}/members/{member_id}/external_id",
    sdk_call: "organizations().members().delete_external_id()",
    idempotent: false,
};

/// A `organizations_members_delete_external_id` call, made by [`OrganizationsMembers::delete_external_id`](OrganizationsMembers::delete_external_id): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct OrganizationsMembersDeleteExternalIdCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::OrganizationsMembersDeleteExternalId<'a>,
    path_params: crate::call::PathParams,
    member: crate::call::MemberAuthorization,
}

impl<'a> OrganizationsMembersDeleteExternalIdCall<'a> {
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

    /// Acts for the member holding this session token: the API then allows the call only if the member's roles grant it (sent as `X-Stytch-Member-Session`; an empty token sends nothing).
    pub fn member_session_token(
        mut self,
        token: impl Into<crate::SecretString>,
    ) -> Self {
        self.member.session_token = Some(token.into());
        self
    }

    /// Acts for the member holding this session JWT: the API then allows the call only if the member's roles grant it (sent as `X-Stytch-Member-SessionJWT`; an empty JWT sends nothing).
    pub fn member_session_jwt(mut self, jwt: impl Into<crate::SecretString>) -> Self {
        self.member.session_jwt = Some(jwt.into());
        self
    }
}

impl<'a> ::std::future::IntoFuture for OrganizationsMembersDeleteExternalIdCall<'a> {
    type Output = Result<OrganizationsMembersDeleteExternalIdResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<
        'a,
        OrganizationsMembersDeleteExternalIdResponse,
    >;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params, member } = self;
        client
            .send(
                &ORGANIZATIONS_MEMBERS_DELETE_EXTERNAL_ID,
                path_params,
                member,
                move || request.clone().send(),
            )
    }
}

/// The `organizations_members_oauth_providers_google` operation.
pub(crate) const ORGANIZATIONS_MEMBERS_OAUTH_PROVIDERS_GOOGLE: crate::call::Operation = crate::call::Operation {
    id: "organizations_members_oauth_providers_google",
    method: "GET",
    path: "/v1/b2b/organizations/{organization_id}/members/{member_id}/oauth_providers/google",
    sdk_call: "organizations().members().oauth_providers().google()",
    idempotent: true,
};

/// A `organizations_members_oauth_providers_google` call, made by [`OrganizationsMembersOauthProviders::google`](OrganizationsMembersOauthProviders::google): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct OrganizationsMembersOauthProvidersGoogleCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::OrganizationsMembersOauthProvidersGoogle<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> OrganizationsMembersOauthProvidersGoogleCall<'a> {
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

    /// Query flag: also return the stored refresh token; defaults to false. If you use that refresh token yourself, Stytch may no longer be able to refresh the access token (Query parameter).
    pub fn include_refresh_token(mut self, value: bool) -> Self {
        self.request = self.request.include_refresh_token(value);
        self
    }
}

impl<'a> ::std::future::IntoFuture for OrganizationsMembersOauthProvidersGoogleCall<'a> {
    type Output = Result<OrganizationsMembersOauthProvidersGoogleResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<
        'a,
        OrganizationsMembersOauthProvidersGoogleResponse,
    >;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &ORGANIZATIONS_MEMBERS_OAUTH_PROVIDERS_GOOGLE,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `organizations_members_oauth_providers_microsoft` operation.
pub(crate) const ORGANIZATIONS_MEMBERS_OAUTH_PROVIDERS_MICROSOFT: crate::call::Operation = crate::call::Operation {
    id: "organizations_members_oauth_providers_microsoft",
    method: "GET",
    path: "/v1/b2b/organizations/{organization_id}/members/{member_id}/oauth_providers/microsoft",
    sdk_call: "organizations().members().oauth_providers().microsoft()",
    idempotent: true,
};

/// A `organizations_members_oauth_providers_microsoft` call, made by [`OrganizationsMembersOauthProviders::microsoft`](OrganizationsMembersOauthProviders::microsoft): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct OrganizationsMembersOauthProvidersMicrosoftCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::OrganizationsMembersOauthProvidersMicrosoft<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> OrganizationsMembersOauthProvidersMicrosoftCall<'a> {
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

    /// Query flag: also return the stored refresh token; defaults to false. If you use that refresh token yourself, Stytch may no longer be able to refresh the access token (Query parameter).
    pub fn include_refresh_token(mut self, value: bool) -> Self {
        self.request = self.request.include_refresh_token(value);
        self
    }
}

impl<'a> ::std::future::IntoFuture
for OrganizationsMembersOauthProvidersMicrosoftCall<'a> {
    type Output = Result<
        OrganizationsMembersOauthProvidersMicrosoftResponse,
        crate::Error,
    >;
    type IntoFuture = crate::call::CallFuture<
        'a,
        OrganizationsMembersOauthProvidersMicrosoftResponse,
    >;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &ORGANIZATIONS_MEMBERS_OAUTH_PROVIDERS_MICROSOFT,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `organizations_members_oauth_providers_slack` operation.
pub(crate) const ORGANIZATIONS_MEMBERS_OAUTH_PROVIDERS_SLACK: crate::call::Operation = crate::call::Operation {
    id: "organizations_members_oauth_providers_slack",
    method: "GET",
    path: "/v1/b2b/organizations/{organization_id}/members/{member_id}/oauth_providers/slack",
    sdk_call: "organizations().members().oauth_providers().slack()",
    idempotent: true,
};

/// A `organizations_members_oauth_providers_slack` call, made by [`OrganizationsMembersOauthProviders::slack`](OrganizationsMembersOauthProviders::slack): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct OrganizationsMembersOauthProvidersSlackCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::OrganizationsMembersOauthProvidersSlack<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> OrganizationsMembersOauthProvidersSlackCall<'a> {
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

impl<'a> ::std::future::IntoFuture for OrganizationsMembersOauthProvidersSlackCall<'a> {
    type Output = Result<OrganizationsMembersOauthProvidersSlackResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<
        'a,
        OrganizationsMembersOauthProvidersSlackResponse,
    >;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &ORGANIZATIONS_MEMBERS_OAUTH_PROVIDERS_SLACK,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `organizations_members_oauth_providers_hubspot` operation.
pub(crate) const ORGANIZATIONS_MEMBERS_OAUTH_PROVIDERS_HUBSPOT: crate::call::Operation = crate::call::Operation {
    id: "organizations_members_oauth_providers_hubspot",
    method: "GET",
    path: "/v1/b2b/organizations/{organization_id}/members/{member_id}/oauth_providers/hubspot",
    sdk_call: "organizations().members().oauth_providers().hubspot()",
    idempotent: true,
};

/// A `organizations_members_oauth_providers_hubspot` call, made by [`OrganizationsMembersOauthProviders::hubspot`](OrganizationsMembersOauthProviders::hubspot): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct OrganizationsMembersOauthProvidersHubspotCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::OrganizationsMembersOauthProvidersHubspot<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> OrganizationsMembersOauthProvidersHubspotCall<'a> {
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

    /// Query flag: also return the stored refresh token; defaults to false. If you use that refresh token yourself, Stytch may no longer be able to refresh the access token (Query parameter).
    pub fn include_refresh_token(mut self, value: bool) -> Self {
        self.request = self.request.include_refresh_token(value);
        self
    }
}

impl<'a> ::std::future::IntoFuture
for OrganizationsMembersOauthProvidersHubspotCall<'a> {
    type Output = Result<
        OrganizationsMembersOauthProvidersHubspotResponse,
        crate::Error,
    >;
    type IntoFuture = crate::call::CallFuture<
        'a,
        OrganizationsMembersOauthProvidersHubspotResponse,
    >;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &ORGANIZATIONS_MEMBERS_OAUTH_PROVIDERS_HUBSPOT,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `organizations_members_oauth_providers_github` operation.
pub(crate) const ORGANIZATIONS_MEMBERS_OAUTH_PROVIDERS_GITHUB: crate::call::Operation = crate::call::Operation {
    id: "organizations_members_oauth_providers_github",
    method: "GET",
    path: "/v1/b2b/organizations/{organization_id}/members/{member_id}/oauth_providers/github",
    sdk_call: "organizations().members().oauth_providers().github()",
    idempotent: true,
};

/// A `organizations_members_oauth_providers_github` call, made by [`OrganizationsMembersOauthProviders::github`](OrganizationsMembersOauthProviders::github): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct OrganizationsMembersOauthProvidersGithubCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::OrganizationsMembersOauthProvidersGithub<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> OrganizationsMembersOauthProvidersGithubCall<'a> {
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

    /// Query flag: also return the stored refresh token; defaults to false. If you use that refresh token yourself, Stytch may no longer be able to refresh the access token (Query parameter).
    pub fn include_refresh_token(mut self, value: bool) -> Self {
        self.request = self.request.include_refresh_token(value);
        self
    }
}

impl<'a> ::std::future::IntoFuture for OrganizationsMembersOauthProvidersGithubCall<'a> {
    type Output = Result<OrganizationsMembersOauthProvidersGithubResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<
        'a,
        OrganizationsMembersOauthProvidersGithubResponse,
    >;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &ORGANIZATIONS_MEMBERS_OAUTH_PROVIDERS_GITHUB,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `organizations_members_connected_apps_revoke` operation.
pub(crate) const ORGANIZATIONS_MEMBERS_CONNECTED_APPS_REVOKE: crate::call::Operation = crate::call::Operation {
    id: "organizations_members_connected_apps_revoke",
    method: "POST",
    path: "/v1/b2b/organizations/{organization_id}/members/{member_id}/connected_apps/{connected_app_id}/revoke",
    sdk_call: "organizations().members().connected_apps().revoke()",
    idempotent: false,
};

/// A `organizations_members_connected_apps_revoke` call, made by [`OrganizationsMembersConnectedApps::revoke`](OrganizationsMembersConnectedApps::revoke): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct OrganizationsMembersConnectedAppsRevokeCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::OrganizationsMembersConnectedAppsRevoke<'a>,
    path_params: crate::call::PathParams,
    member: crate::call::MemberAuthorization,
}

impl<'a> OrganizationsMembersConnectedAppsRevokeCall<'a> {
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

    /// ID of a Connected App (its client ID) (Path parameter, required).
    pub fn connected_app_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("connected_app_id", value.into());
        self.request = self.request.connected_app_id(value);
        self
    }

    /// Acts for the member holding this session token: the API then allows the call only if the member's roles grant it (sent as `X-Stytch-Member-Session`; an empty token sends nothing).
    pub fn member_session_token(
        mut self,
        token: impl Into<crate::SecretString>,
    ) -> Self {
        self.member.session_token = Some(token.into());
        self
    }

    /// Acts for the member holding this session JWT: the API then allows the call only if the member's roles grant it (sent as `X-Stytch-Member-SessionJWT`; an empty JWT sends nothing).
    pub fn member_session_jwt(mut self, jwt: impl Into<crate::SecretString>) -> Self {
        self.member.session_jwt = Some(jwt.into());
        self
    }
}

impl<'a> ::std::future::IntoFuture for OrganizationsMembersConnectedAppsRevokeCall<'a> {
    type Output = Result<OrganizationsMembersConnectedAppsRevokeResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<
        'a,
        OrganizationsMembersConnectedAppsRevokeResponse,
    >;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params, member } = self;
        client
            .send(
                &ORGANIZATIONS_MEMBERS_CONNECTED_APPS_REVOKE,
                path_params,
                member,
                move || request.clone().send(),
            )
    }
}
