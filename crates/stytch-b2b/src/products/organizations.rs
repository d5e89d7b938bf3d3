//! Organizations (tenants) and their members.

use crate::call::{Operation, require_path_param};
use crate::{Client, Error};

pub use stytch_b2b_api::types::{
    OrganizationsCreateRequest, OrganizationsCreateResponse, OrganizationsDeleteResponse,
    OrganizationsGetResponse, OrganizationsMembersCreateRequest,
    OrganizationsMembersCreateResponse, OrganizationsMembersDeleteMfaPhoneNumberResponse,
    OrganizationsMembersDeletePasswordResponse, OrganizationsMembersDeleteResponse,
    OrganizationsMembersGetResponse, OrganizationsMembersReactivateResponse,
    OrganizationsMembersSearchRequest, OrganizationsMembersSearchResponse,
    OrganizationsMembersUpdateRequest, OrganizationsMembersUpdateResponse,
    OrganizationsSearchRequest, OrganizationsSearchResponse, OrganizationsUpdateRequest,
    OrganizationsUpdateResponse,
};

pub use crate::member_lookup::MemberLookup;

/// Organizations (tenants).
#[derive(Debug, Clone, Copy)]
pub struct Organizations<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> Organizations<'a> {
    /// Members of organizations.
    pub fn members(&self) -> Members<'a> {
        Members {
            client: self.client,
        }
    }

    /// Create an organization.
    ///
    /// Creates a new organization (tenant) with its authentication policies.
    ///
    /// `POST /v1/b2b/organizations` (`organizations_create`).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`] when a required field is missing (nothing is sent);
    /// otherwise any [`Error`] of the call.
    pub async fn create<B>(&self, body: B) -> Result<OrganizationsCreateResponse, Error>
    where
        B: TryInto<OrganizationsCreateRequest>,
        B::Error: std::fmt::Display,
    {
        self.client
            .call_with_body(
                Operation {
                    id: "organizations_create",
                    method: "POST",
                },
                body,
                move |api, body: OrganizationsCreateRequest| {
                    api.organizations_create().body(body).send()
                },
            )
            .await
    }

    /// Delete an organization.
    ///
    /// Deletes an organization together with all of its members.
    ///
    /// `DELETE /v1/b2b/organizations/{organization_id}` (`organizations_delete`).
    ///
    /// # Errors
    ///
    /// Any [`Error`] of the call.
    pub async fn delete(
        &self,
        organization_id: &str,
    ) -> Result<OrganizationsDeleteResponse, Error> {
        require_path_param("organization_id", organization_id)?;
        self.client
            .call(
                Operation {
                    id: "organizations_delete",
                    method: "DELETE",
                },
                move |api| {
                    api.organizations_delete()
                        .organization_id(organization_id)
                        .send()
                },
            )
            .await
    }

    /// Get an organization.
    ///
    /// Fetches one organization by id.
    ///
    /// `GET /v1/b2b/organizations/{organization_id}` (`organizations_get`).
    ///
    /// # Errors
    ///
    /// Any [`Error`] of the call.
    pub async fn get(&self, organization_id: &str) -> Result<OrganizationsGetResponse, Error> {
        require_path_param("organization_id", organization_id)?;
        self.client
            .call(
                Operation {
                    id: "organizations_get",
                    method: "GET",
                },
                move |api| {
                    api.organizations_get()
                        .organization_id(organization_id)
                        .send()
                },
            )
            .await
    }

    /// Search organizations.
    ///
    /// Searches all organizations of the project with an optional filter query, in pages.
    ///
    /// `POST /v1/b2b/organizations/search` (`organizations_search`).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`] when a required field is missing (nothing is sent);
    /// otherwise any [`Error`] of the call.
    pub async fn search<B>(&self, body: B) -> Result<OrganizationsSearchResponse, Error>
    where
        B: TryInto<OrganizationsSearchRequest>,
        B::Error: std::fmt::Display,
    {
        self.client
            .call_with_body(
                Operation {
                    id: "organizations_search",
                    method: "POST",
                },
                body,
                move |api, body: OrganizationsSearchRequest| {
                    api.organizations_search().body(body).send()
                },
            )
            .await
    }

    /// Update an organization.
    ///
    /// Changes an organization's settings. Only the fields sent are changed; send an empty list to clear a list setting.
    ///
    /// `PUT /v1/b2b/organizations/{organization_id}` (`organizations_update`).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`] when a required field is missing (nothing is sent);
    /// otherwise any [`Error`] of the call.
    pub async fn update<B>(
        &self,
        organization_id: &str,
        body: B,
    ) -> Result<OrganizationsUpdateResponse, Error>
    where
        B: TryInto<OrganizationsUpdateRequest>,
        B::Error: std::fmt::Display,
    {
        require_path_param("organization_id", organization_id)?;
        self.client
            .call_with_body(
                Operation {
                    id: "organizations_update",
                    method: "PUT",
                },
                body,
                move |api, body: OrganizationsUpdateRequest| {
                    api.organizations_update()
                        .organization_id(organization_id)
                        .body(body)
                        .send()
                },
            )
            .await
    }
}

/// Members of organizations.
#[derive(Debug, Clone, Copy)]
pub struct Members<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> Members<'a> {
    /// Create a member.
    ///
    /// Adds a member to an organization without sending any email.
    ///
    /// `POST /v1/b2b/organizations/{organization_id}/members` (`organizations_members_create`).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`] when a required field is missing (nothing is sent);
    /// otherwise any [`Error`] of the call.
    pub async fn create<B>(
        &self,
        organization_id: &str,
        body: B,
    ) -> Result<OrganizationsMembersCreateResponse, Error>
    where
        B: TryInto<OrganizationsMembersCreateRequest>,
        B::Error: std::fmt::Display,
    {
        require_path_param("organization_id", organization_id)?;
        self.client
            .call_with_body(
                Operation {
                    id: "organizations_members_create",
                    method: "POST",
                },
                body,
                move |api, body: OrganizationsMembersCreateRequest| {
                    api.organizations_members_create()
                        .organization_id(organization_id)
                        .body(body)
                        .send()
                },
            )
            .await
    }

    /// Delete a member.
    ///
    /// Removes a member from its organization.
    ///
    /// `DELETE /v1/b2b/organizations/{organization_id}/members/{member_id}` (`organizations_members_delete`).
    ///
    /// # Errors
    ///
    /// Any [`Error`] of the call.
    pub async fn delete(
        &self,
        organization_id: &str,
        member_id: &str,
    ) -> Result<OrganizationsMembersDeleteResponse, Error> {
        require_path_param("organization_id", organization_id)?;
        require_path_param("member_id", member_id)?;
        self.client
            .call(
                Operation {
                    id: "organizations_members_delete",
                    method: "DELETE",
                },
                move |api| {
                    api.organizations_members_delete()
                        .organization_id(organization_id)
                        .member_id(member_id)
                        .send()
                },
            )
            .await
    }

    /// Delete a member's MFA phone number.
    ///
    /// Removes the phone number a member uses for SMS second-factor authentication.
    ///
    /// `DELETE /v1/b2b/organizations/{organization_id}/members/mfa_phone_numbers/{member_id}` (`organizations_members_delete_mfa_phone_number`).
    ///
    /// # Errors
    ///
    /// Any [`Error`] of the call.
    pub async fn delete_mfa_phone_number(
        &self,
        organization_id: &str,
        member_id: &str,
    ) -> Result<OrganizationsMembersDeleteMfaPhoneNumberResponse, Error> {
        require_path_param("organization_id", organization_id)?;
        require_path_param("member_id", member_id)?;
        self.client
            .call(
                Operation {
                    id: "organizations_members_delete_mfa_phone_number",
                    method: "DELETE",
                },
                move |api| {
                    api.organizations_members_delete_mfa_phone_number()
                        .organization_id(organization_id)
                        .member_id(member_id)
                        .send()
                },
            )
            .await
    }

    /// Delete a member's password.
    ///
    /// Removes the password registered for a member.
    ///
    /// `DELETE /v1/b2b/organizations/{organization_id}/members/passwords/{member_password_id}` (`organizations_members_delete_password`).
    ///
    /// # Errors
    ///
    /// Any [`Error`] of the call.
    pub async fn delete_password(
        &self,
        organization_id: &str,
        member_password_id: &str,
    ) -> Result<OrganizationsMembersDeletePasswordResponse, Error> {
        require_path_param("organization_id", organization_id)?;
        require_path_param("member_password_id", member_password_id)?;
        self.client
            .call(
                Operation {
                    id: "organizations_members_delete_password",
                    method: "DELETE",
                },
                move |api| {
                    api.organizations_members_delete_password()
                        .organization_id(organization_id)
                        .member_password_id(member_password_id)
                        .send()
                },
            )
            .await
    }

    /// Get a member.
    ///
    /// Looks a member up by member id or by email address within one organization.
    ///
    /// `GET /v1/b2b/organizations/{organization_id}/member` (`organizations_members_get`).
    ///
    /// # Errors
    ///
    /// Any [`Error`] of the call.
    pub async fn get(
        &self,
        organization_id: &str,
        lookup: impl Into<MemberLookup>,
    ) -> Result<OrganizationsMembersGetResponse, Error> {
        require_path_param("organization_id", organization_id)?;
        let lookup = lookup.into();
        self.client
            .call(
                Operation {
                    id: "organizations_members_get",
                    method: "GET",
                },
                move |api| {
                    let mut request = api
                        .organizations_members_get()
                        .organization_id(organization_id);
                    request = match &lookup {
                        MemberLookup::MemberId(id) => request.member_id(id.as_str()),
                        MemberLookup::EmailAddress(email) => request.email_address(email.as_str()),
                    };
                    request.send()
                },
            )
            .await
    }

    /// Reactivate a member.
    ///
    /// Brings a deleted member back to the active state.
    ///
    /// `PUT /v1/b2b/organizations/{organization_id}/members/{member_id}/reactivate` (`organizations_members_reactivate`).
    ///
    /// # Errors
    ///
    /// Any [`Error`] of the call.
    pub async fn reactivate(
        &self,
        organization_id: &str,
        member_id: &str,
    ) -> Result<OrganizationsMembersReactivateResponse, Error> {
        require_path_param("organization_id", organization_id)?;
        require_path_param("member_id", member_id)?;
        self.client
            .call(
                Operation {
                    id: "organizations_members_reactivate",
                    method: "PUT",
                },
                move |api| {
                    api.organizations_members_reactivate()
                        .organization_id(organization_id)
                        .member_id(member_id)
                        .send()
                },
            )
            .await
    }

    /// Search members.
    ///
    /// Searches members across one or more organizations with an optional filter query, in pages.
    ///
    /// `POST /v1/b2b/organizations/members/search` (`organizations_members_search`).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`] when a required field is missing (nothing is sent);
    /// otherwise any [`Error`] of the call.
    pub async fn search<B>(&self, body: B) -> Result<OrganizationsMembersSearchResponse, Error>
    where
        B: TryInto<OrganizationsMembersSearchRequest>,
        B::Error: std::fmt::Display,
    {
        self.client
            .call_with_body(
                Operation {
                    id: "organizations_members_search",
                    method: "POST",
                },
                body,
                move |api, body: OrganizationsMembersSearchRequest| {
                    api.organizations_members_search().body(body).send()
                },
            )
            .await
    }

    /// Update a member.
    ///
    /// Changes a member's name, metadata, break-glass flag or MFA settings. Only the fields sent are changed.
    ///
    /// `PUT /v1/b2b/organizations/{organization_id}/members/{member_id}` (`organizations_members_update`).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`] when a required field is missing (nothing is sent);
    /// otherwise any [`Error`] of the call.
    pub async fn update<B>(
        &self,
        organization_id: &str,
        member_id: &str,
        body: B,
    ) -> Result<OrganizationsMembersUpdateResponse, Error>
    where
        B: TryInto<OrganizationsMembersUpdateRequest>,
        B::Error: std::fmt::Display,
    {
        require_path_param("organization_id", organization_id)?;
        require_path_param("member_id", member_id)?;
        self.client
            .call_with_body(
                Operation {
                    id: "organizations_members_update",
                    method: "PUT",
                },
                body,
                move |api, body: OrganizationsMembersUpdateRequest| {
                    api.organizations_members_update()
                        .organization_id(organization_id)
                        .member_id(member_id)
                        .body(body)
                        .send()
                },
            )
            .await
    }
}
