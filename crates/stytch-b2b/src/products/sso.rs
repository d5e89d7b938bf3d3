//! Enterprise single sign-on: SAML and OIDC connections and redeeming SSO tokens.

use serde::de::DeserializeOwned;

use crate::call::{Operation, require_path_param};
use crate::claims::WithClaims;
use crate::{Client, Error};

pub use stytch_b2b_api::types::{
    SsoAuthenticateRequest, SsoAuthenticateResponse, SsoDeleteConnectionResponse,
    SsoGetConnectionsResponse, SsoOidcCreateConnectionRequest, SsoOidcCreateConnectionResponse,
    SsoOidcUpdateConnectionRequest, SsoOidcUpdateConnectionResponse,
    SsoSamlCreateConnectionRequest, SsoSamlCreateConnectionResponse,
    SsoSamlDeleteVerificationCertificateResponse, SsoSamlUpdateConnectionRequest,
    SsoSamlUpdateConnectionResponse,
};

/// Enterprise single sign-on.
#[derive(Debug, Clone, Copy)]
pub struct Sso<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> Sso<'a> {
    /// OIDC connections.
    pub fn oidc(&self) -> Oidc<'a> {
        Oidc {
            client: self.client,
        }
    }

    /// SAML connections.
    pub fn saml(&self) -> Saml<'a> {
        Saml {
            client: self.client,
        }
    }

    /// Authenticate an SSO token.
    ///
    /// Redeems the token Stytch issued at the end of a SAML or OIDC login and starts a member session (or asks for MFA).
    ///
    /// `POST /v1/b2b/sso/authenticate` (`sso_authenticate`).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`] when a required field is missing (nothing is sent);
    /// otherwise any [`Error`] of the call.
    pub async fn authenticate<B>(&self, body: B) -> Result<SsoAuthenticateResponse, Error>
    where
        B: TryInto<SsoAuthenticateRequest>,
        B::Error: std::fmt::Display,
    {
        self.client
            .call_with_body(
                Operation {
                    id: "sso_authenticate",
                    method: "POST",
                },
                body,
                move |api, body: SsoAuthenticateRequest| api.sso_authenticate().body(body).send(),
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
    ) -> Result<WithClaims<SsoAuthenticateResponse, T>, Error>
    where
        T: DeserializeOwned,
        B: TryInto<SsoAuthenticateRequest>,
        B::Error: std::fmt::Display,
    {
        WithClaims::decode(self.authenticate(body).await?)
    }

    /// Delete an SSO connection.
    ///
    /// Deletes a SAML or OIDC connection of an organization.
    ///
    /// `DELETE /v1/b2b/sso/{organization_id}/connections/{connection_id}` (`sso_delete_connection`).
    ///
    /// # Errors
    ///
    /// Any [`Error`] of the call.
    pub async fn delete_connection(
        &self,
        organization_id: &str,
        connection_id: &str,
    ) -> Result<SsoDeleteConnectionResponse, Error> {
        require_path_param("organization_id", organization_id)?;
        require_path_param("connection_id", connection_id)?;
        self.client
            .call(
                Operation {
                    id: "sso_delete_connection",
                    method: "DELETE",
                },
                move |api| {
                    api.sso_delete_connection()
                        .organization_id(organization_id)
                        .connection_id(connection_id)
                        .send()
                },
            )
            .await
    }

    /// List SSO connections.
    ///
    /// Lists an organization's SAML and OIDC connections.
    ///
    /// `GET /v1/b2b/sso/{organization_id}` (`sso_get_connections`).
    ///
    /// # Errors
    ///
    /// Any [`Error`] of the call.
    pub async fn get_connections(
        &self,
        organization_id: &str,
    ) -> Result<SsoGetConnectionsResponse, Error> {
        require_path_param("organization_id", organization_id)?;
        self.client
            .call(
                Operation {
                    id: "sso_get_connections",
                    method: "GET",
                },
                move |api| {
                    api.sso_get_connections()
                        .organization_id(organization_id)
                        .send()
                },
            )
            .await
    }
}

/// OIDC connections.
#[derive(Debug, Clone, Copy)]
pub struct Oidc<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> Oidc<'a> {
    /// Create an OIDC connection.
    ///
    /// Creates an OIDC connection for an organization; configure it afterwards with the update call.
    ///
    /// `POST /v1/b2b/sso/oidc/{organization_id}` (`sso_oidc_create_connection`).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`] when a required field is missing (nothing is sent);
    /// otherwise any [`Error`] of the call.
    pub async fn create_connection<B>(
        &self,
        organization_id: &str,
        body: B,
    ) -> Result<SsoOidcCreateConnectionResponse, Error>
    where
        B: TryInto<SsoOidcCreateConnectionRequest>,
        B::Error: std::fmt::Display,
    {
        require_path_param("organization_id", organization_id)?;
        self.client
            .call_with_body(
                Operation {
                    id: "sso_oidc_create_connection",
                    method: "POST",
                },
                body,
                move |api, body: SsoOidcCreateConnectionRequest| {
                    api.sso_oidc_create_connection()
                        .organization_id(organization_id)
                        .body(body)
                        .send()
                },
            )
            .await
    }

    /// Update an OIDC connection.
    ///
    /// Sets the identity provider details of an OIDC connection. Leaving the URLs out lets Stytch discover them from the issuer.
    ///
    /// `PUT /v1/b2b/sso/oidc/{organization_id}/connections/{connection_id}` (`sso_oidc_update_connection`).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`] when a required field is missing (nothing is sent);
    /// otherwise any [`Error`] of the call.
    pub async fn update_connection<B>(
        &self,
        organization_id: &str,
        connection_id: &str,
        body: B,
    ) -> Result<SsoOidcUpdateConnectionResponse, Error>
    where
        B: TryInto<SsoOidcUpdateConnectionRequest>,
        B::Error: std::fmt::Display,
    {
        require_path_param("organization_id", organization_id)?;
        require_path_param("connection_id", connection_id)?;
        self.client
            .call_with_body(
                Operation {
                    id: "sso_oidc_update_connection",
                    method: "PUT",
                },
                body,
                move |api, body: SsoOidcUpdateConnectionRequest| {
                    api.sso_oidc_update_connection()
                        .organization_id(organization_id)
                        .connection_id(connection_id)
                        .body(body)
                        .send()
                },
            )
            .await
    }
}

/// SAML connections.
#[derive(Debug, Clone, Copy)]
pub struct Saml<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> Saml<'a> {
    /// Create a SAML connection.
    ///
    /// Creates a SAML connection for an organization; configure it afterwards with the update call.
    ///
    /// `POST /v1/b2b/sso/saml/{organization_id}` (`sso_saml_create_connection`).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`] when a required field is missing (nothing is sent);
    /// otherwise any [`Error`] of the call.
    pub async fn create_connection<B>(
        &self,
        organization_id: &str,
        body: B,
    ) -> Result<SsoSamlCreateConnectionResponse, Error>
    where
        B: TryInto<SsoSamlCreateConnectionRequest>,
        B::Error: std::fmt::Display,
    {
        require_path_param("organization_id", organization_id)?;
        self.client
            .call_with_body(
                Operation {
                    id: "sso_saml_create_connection",
                    method: "POST",
                },
                body,
                move |api, body: SsoSamlCreateConnectionRequest| {
                    api.sso_saml_create_connection()
                        .organization_id(organization_id)
                        .body(body)
                        .send()
                },
            )
            .await
    }

    /// Delete a SAML verification certificate.
    ///
    /// Removes one of the identity provider certificates used to verify SAML assertions.
    ///
    /// `DELETE /v1/b2b/sso/saml/{organization_id}/connections/{connection_id}/verification_certificates/{certificate_id}` (`sso_saml_delete_verification_certificate`).
    ///
    /// # Errors
    ///
    /// Any [`Error`] of the call.
    pub async fn delete_verification_certificate(
        &self,
        organization_id: &str,
        connection_id: &str,
        certificate_id: &str,
    ) -> Result<SsoSamlDeleteVerificationCertificateResponse, Error> {
        require_path_param("organization_id", organization_id)?;
        require_path_param("connection_id", connection_id)?;
        require_path_param("certificate_id", certificate_id)?;
        self.client
            .call(
                Operation {
                    id: "sso_saml_delete_verification_certificate",
                    method: "DELETE",
                },
                move |api| {
                    api.sso_saml_delete_verification_certificate()
                        .organization_id(organization_id)
                        .connection_id(connection_id)
                        .certificate_id(certificate_id)
                        .send()
                },
            )
            .await
    }

    /// Update a SAML connection.
    ///
    /// Sets the identity provider details of a SAML connection: entity id, sign-on URL, certificate and attribute mapping.
    ///
    /// `PUT /v1/b2b/sso/saml/{organization_id}/connections/{connection_id}` (`sso_saml_update_connection`).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`] when a required field is missing (nothing is sent);
    /// otherwise any [`Error`] of the call.
    pub async fn update_connection<B>(
        &self,
        organization_id: &str,
        connection_id: &str,
        body: B,
    ) -> Result<SsoSamlUpdateConnectionResponse, Error>
    where
        B: TryInto<SsoSamlUpdateConnectionRequest>,
        B::Error: std::fmt::Display,
    {
        require_path_param("organization_id", organization_id)?;
        require_path_param("connection_id", connection_id)?;
        self.client
            .call_with_body(
                Operation {
                    id: "sso_saml_update_connection",
                    method: "PUT",
                },
                body,
                move |api, body: SsoSamlUpdateConnectionRequest| {
                    api.sso_saml_update_connection()
                        .organization_id(organization_id)
                        .connection_id(connection_id)
                        .body(body)
                        .send()
                },
            )
            .await
    }
}
