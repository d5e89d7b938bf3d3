// @generated from openapi/b2b.yaml by `cargo xtask codegen`. Do not edit by hand: change the spec (or xtask/src/sdk.rs) and regenerate.
//! Enterprise single sign-on: OIDC and SAML connections and redeeming SSO tokens.

pub use stytch_b2b_api::types::{
    SsoAuthenticateRequest, SsoAuthenticateResponse, SsoDeleteConnectionResponse,
    SsoExternalCreateConnectionRequest, SsoExternalCreateConnectionResponse,
    SsoExternalUpdateConnectionRequest, SsoExternalUpdateConnectionResponse,
    SsoGetConnectionsResponse, SsoOidcCreateConnectionRequest,
    SsoOidcCreateConnectionResponse, SsoOidcUpdateConnectionRequest,
    SsoOidcUpdateConnectionResponse, SsoSamlCreateConnectionRequest,
    SsoSamlCreateConnectionResponse, SsoSamlDeleteEncryptionPrivateKeyResponse,
    SsoSamlDeleteVerificationCertificateResponse, SsoSamlUpdateByUrlRequest,
    SsoSamlUpdateByUrlResponse, SsoSamlUpdateConnectionRequest,
    SsoSamlUpdateConnectionResponse,
};

/// Enterprise single sign-on.
///
/// Reached with `client.sso()`.
#[derive(Debug, Clone, Copy)]
pub struct Sso<'a> {
    pub(crate) client: &'a crate::Client,
}

impl<'a> Sso<'a> {
    /// Creates and updates External SSO connections, which reuse an SSO connection from another Organization.
    pub fn external(&self) -> SsoExternal<'a> {
        SsoExternal { client: self.client }
    }

    /// OIDC connections.
    pub fn oidc(&self) -> SsoOidc<'a> {
        SsoOidc { client: self.client }
    }

    /// SAML connections.
    pub fn saml(&self) -> SsoSaml<'a> {
        SsoSaml { client: self.client }
    }

    /// Authenticate an SSO token.
    ///
    /// Redeems the token Stytch issued at the end of a SAML or OIDC login and starts a member session (or asks for MFA).
    ///
    /// `POST /v1/b2b/sso/authenticate` (`sso_authenticate`). `.await` the returned call to send it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn authenticate<B>(&self, body: B) -> SsoAuthenticateCall<'a>
    where
        B: TryInto<SsoAuthenticateRequest>,
        B::Error: std::fmt::Display,
    {
        SsoAuthenticateCall {
            client: self.client,
            request: self.client.inner.api.sso_authenticate().body(body),
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
    ) -> crate::claims::WithClaimsCall<SsoAuthenticateCall<'a>, T>
    where
        T: serde::de::DeserializeOwned,
        B: TryInto<SsoAuthenticateRequest>,
        B::Error: std::fmt::Display,
    {
        crate::claims::WithClaimsCall::new(self.authenticate(body))
    }

    /// Delete an SSO connection.
    ///
    /// Deletes a SAML or OIDC connection of an organization.
    ///
    /// `DELETE /v1/b2b/sso/{organization_id}/connections/{connection_id}` (`sso_delete_connection`). To act for a member, whose roles the API then checks, set `member_session_token` or `member_session_jwt` on the call. Set [`organization_id`](SsoDeleteConnectionCall::organization_id) (required), [`connection_id`](SsoDeleteConnectionCall::connection_id) (required) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn delete_connection(&self) -> SsoDeleteConnectionCall<'a> {
        SsoDeleteConnectionCall {
            client: self.client,
            request: self.client.inner.api.sso_delete_connection(),
            path_params: crate::call::PathParams::default(),
            member: crate::call::MemberAuthorization::default(),
        }
    }

    /// List SSO connections.
    ///
    /// Lists an organization's SAML and OIDC connections.
    ///
    /// `GET /v1/b2b/sso/{organization_id}` (`sso_get_connections`). To act for a member, whose roles the API then checks, set `member_session_token` or `member_session_jwt` on the call. Set [`organization_id`](SsoGetConnectionsCall::organization_id) (required) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn get_connections(&self) -> SsoGetConnectionsCall<'a> {
        SsoGetConnectionsCall {
            client: self.client,
            request: self.client.inner.api.sso_get_connections(),
            path_params: crate::call::PathParams::default(),
            member: crate::call::MemberAuthorization::default(),
        }
    }
}

/// Creates and updates External SSO connections, which reuse an SSO connection from another Organization.
///
/// Reached with `client.sso().external()`.
#[derive(Debug, Clone, Copy)]
pub struct SsoExternal<'a> {
    pub(crate) client: &'a crate::Client,
}

impl<'a> SsoExternal<'a> {
    /// Create an External SSO connection.
    ///
    /// Creates an SSO connection that reuses an SSO connection configured in another Organization of the same project, optionally with implicit role assignments. If member-session headers (`X-Stytch-Member-Session` or `X-Stytch-Member-SessionJWT`) are supplied, the API also checks that Member's RBAC permissions.
    ///
    /// `POST /v1/b2b/sso/external/{organization_id}` (`sso_external_create_connection`). To act for a member, whose roles the API then checks, set `member_session_token` or `member_session_jwt` on the call. Set [`organization_id`](SsoExternalCreateConnectionCall::organization_id) (required) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing or a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn create_connection<B>(&self, body: B) -> SsoExternalCreateConnectionCall<'a>
    where
        B: TryInto<SsoExternalCreateConnectionRequest>,
        B::Error: std::fmt::Display,
    {
        SsoExternalCreateConnectionCall {
            client: self.client,
            request: self.client.inner.api.sso_external_create_connection().body(body),
            path_params: crate::call::PathParams::default(),
            member: crate::call::MemberAuthorization::default(),
        }
    }

    /// Update an External SSO connection.
    ///
    /// Changes an External SSO connection's display name or its connection- and group-based implicit role assignments. Implicit role assignments are not supported when the underlying connection is OIDC. If member-session headers (`X-Stytch-Member-Session` or `X-Stytch-Member-SessionJWT`) are supplied, the API also checks that Member's RBAC permissions.
    ///
    /// `PUT /v1/b2b/sso/external/{organization_id}/connections/{connection_id}` (`sso_external_update_connection`). To act for a member, whose roles the API then checks, set `member_session_token` or `member_session_jwt` on the call. Set [`organization_id`](SsoExternalUpdateConnectionCall::organization_id) (required), [`connection_id`](SsoExternalUpdateConnectionCall::connection_id) (required) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing or a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn update_connection<B>(&self, body: B) -> SsoExternalUpdateConnectionCall<'a>
    where
        B: TryInto<SsoExternalUpdateConnectionRequest>,
        B::Error: std::fmt::Display,
    {
        SsoExternalUpdateConnectionCall {
            client: self.client,
            request: self.client.inner.api.sso_external_update_connection().body(body),
            path_params: crate::call::PathParams::default(),
            member: crate::call::MemberAuthorization::default(),
        }
    }
}

/// OIDC connections.
///
/// Reached with `client.sso().oidc()`.
#[derive(Debug, Clone, Copy)]
pub struct SsoOidc<'a> {
    pub(crate) client: &'a crate::Client,
}

impl<'a> SsoOidc<'a> {
    /// Create an OIDC connection.
    ///
    /// Creates an OIDC connection for an organization; configure it afterwards with the update call.
    ///
    /// `POST /v1/b2b/sso/oidc/{organization_id}` (`sso_oidc_create_connection`). To act for a member, whose roles the API then checks, set `member_session_token` or `member_session_jwt` on the call. Set [`organization_id`](SsoOidcCreateConnectionCall::organization_id) (required) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing or a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn create_connection<B>(&self, body: B) -> SsoOidcCreateConnectionCall<'a>
    where
        B: TryInto<SsoOidcCreateConnectionRequest>,
        B::Error: std::fmt::Display,
    {
        SsoOidcCreateConnectionCall {
            client: self.client,
            request: self.client.inner.api.sso_oidc_create_connection().body(body),
            path_params: crate::call::PathParams::default(),
            member: crate::call::MemberAuthorization::default(),
        }
    }

    /// Update an OIDC connection.
    ///
    /// Sets the identity provider details of an OIDC connection. Leaving the URLs out lets Stytch discover them from the issuer.
    ///
    /// `PUT /v1/b2b/sso/oidc/{organization_id}/connections/{connection_id}` (`sso_oidc_update_connection`). To act for a member, whose roles the API then checks, set `member_session_token` or `member_session_jwt` on the call. Set [`organization_id`](SsoOidcUpdateConnectionCall::organization_id) (required), [`connection_id`](SsoOidcUpdateConnectionCall::connection_id) (required) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing or a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn update_connection<B>(&self, body: B) -> SsoOidcUpdateConnectionCall<'a>
    where
        B: TryInto<SsoOidcUpdateConnectionRequest>,
        B::Error: std::fmt::Display,
    {
        SsoOidcUpdateConnectionCall {
            client: self.client,
            request: self.client.inner.api.sso_oidc_update_connection().body(body),
            path_params: crate::call::PathParams::default(),
            member: crate::call::MemberAuthorization::default(),
        }
    }
}

/// SAML connections.
///
/// Reached with `client.sso().saml()`.
#[derive(Debug, Clone, Copy)]
pub struct SsoSaml<'a> {
    pub(crate) client: &'a crate::Client,
}

impl<'a> SsoSaml<'a> {
    /// Create a SAML connection.
    ///
    /// Creates a SAML connection for an organization; configure it afterwards with the update call.
    ///
    /// `POST /v1/b2b/sso/saml/{organization_id}` (`sso_saml_create_connection`). To act for a member, whose roles the API then checks, set `member_session_token` or `member_session_jwt` on the call. Set [`organization_id`](SsoSamlCreateConnectionCall::organization_id) (required) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing or a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn create_connection<B>(&self, body: B) -> SsoSamlCreateConnectionCall<'a>
    where
        B: TryInto<SsoSamlCreateConnectionRequest>,
        B::Error: std::fmt::Display,
    {
        SsoSamlCreateConnectionCall {
            client: self.client,
            request: self.client.inner.api.sso_saml_create_connection().body(body),
            path_params: crate::call::PathParams::default(),
            member: crate::call::MemberAuthorization::default(),
        }
    }

    /// Delete a SAML encryption private key.
    ///
    /// Removes the encryption private key with the given ID from the SAML connection and returns that ID. If member-session headers (`X-Stytch-Member-Session` or `X-Stytch-Member-SessionJWT`) are supplied, the API also checks that Member's RBAC permissions.
    ///
    /// `DELETE /v1/b2b/sso/saml/{organization_id}/connections/{connection_id}/encryption_private_keys/{private_key_id}` (`sso_saml_delete_encryption_private_key`). To act for a member, whose roles the API then checks, set `member_session_token` or `member_session_jwt` on the call. Set [`organization_id`](SsoSamlDeleteEncryptionPrivateKeyCall::organization_id) (required), [`connection_id`](SsoSamlDeleteEncryptionPrivateKeyCall::connection_id) (required), [`private_key_id`](SsoSamlDeleteEncryptionPrivateKeyCall::private_key_id) (required) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn delete_encryption_private_key(
        &self,
    ) -> SsoSamlDeleteEncryptionPrivateKeyCall<'a> {
        SsoSamlDeleteEncryptionPrivateKeyCall {
            client: self.client,
            request: self.client.inner.api.sso_saml_delete_encryption_private_key(),
            path_params: crate::call::PathParams::default(),
            member: crate::call::MemberAuthorization::default(),
        }
    }

    /// Delete a SAML verification certificate.
    ///
    /// Removes one of the identity provider certificates used to verify SAML assertions.
    ///
    /// `DELETE /v1/b2b/sso/saml/{organization_id}/connections/{connection_id}/verification_certificates/{certificate_id}` (`sso_saml_delete_verification_certificate`). To act for a member, whose roles the API then checks, set `member_session_token` or `member_session_jwt` on the call. Set [`organization_id`](SsoSamlDeleteVerificationCertificateCall::organization_id) (required), [`connection_id`](SsoSamlDeleteVerificationCertificateCall::connection_id) (required), [`certificate_id`](SsoSamlDeleteVerificationCertificateCall::certificate_id) (required) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn delete_verification_certificate(
        &self,
    ) -> SsoSamlDeleteVerificationCertificateCall<'a> {
        SsoSamlDeleteVerificationCertificateCall {
            client: self.client,
            request: self.client.inner.api.sso_saml_delete_verification_certificate(),
            path_params: crate::call::PathParams::default(),
            member: crate::call::MemberAuthorization::default(),
        }
    }

    /// Update a SAML connection from a metadata URL.
    ///
    /// Fetches the identity provider's metadata from `metadata_url` and applies it to the SAML connection. The attribute mapping must still be set with the regular update call before the connection can become active. If member-session headers (`X-Stytch-Member-Session` or `X-Stytch-Member-SessionJWT`) are supplied, the API also checks that Member's RBAC permissions.
    ///
    /// `PUT /v1/b2b/sso/saml/{organization_id}/connections/{connection_id}/url` (`sso_saml_update_by_url`). To act for a member, whose roles the API then checks, set `member_session_token` or `member_session_jwt` on the call. Set [`organization_id`](SsoSamlUpdateByUrlCall::organization_id) (required), [`connection_id`](SsoSamlUpdateByUrlCall::connection_id) (required) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing or a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn update_by_url<B>(&self, body: B) -> SsoSamlUpdateByUrlCall<'a>
    where
        B: TryInto<SsoSamlUpdateByUrlRequest>,
        B::Error: std::fmt::Display,
    {
        SsoSamlUpdateByUrlCall {
            client: self.client,
            request: self.client.inner.api.sso_saml_update_by_url().body(body),
            path_params: crate::call::PathParams::default(),
            member: crate::call::MemberAuthorization::default(),
        }
    }

    /// Update a SAML connection.
    ///
    /// Sets the identity provider details of a SAML connection: entity id, sign-on URL, certificate and attribute mapping.
    ///
    /// `PUT /v1/b2b/sso/saml/{organization_id}/connections/{connection_id}` (`sso_saml_update_connection`). To act for a member, whose roles the API then checks, set `member_session_token` or `member_session_jwt` on the call. Set [`organization_id`](SsoSamlUpdateConnectionCall::organization_id) (required), [`connection_id`](SsoSamlUpdateConnectionCall::connection_id) (required) on the returned call, then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing or a path parameter is missing or empty (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn update_connection<B>(&self, body: B) -> SsoSamlUpdateConnectionCall<'a>
    where
        B: TryInto<SsoSamlUpdateConnectionRequest>,
        B::Error: std::fmt::Display,
    {
        SsoSamlUpdateConnectionCall {
            client: self.client,
            request: self.client.inner.api.sso_saml_update_connection().body(body),
            path_params: crate::call::PathParams::default(),
            member: crate::call::MemberAuthorization::default(),
        }
    }
}

/// The `sso_authenticate` operation.
pub(crate) const SSO_AUTHENTICATE: crate::call::Operation = crate::call::Operation {
    id: "sso_authenticate",
    method: "POST",
    path: "/v1/b2b/sso/authenticate",
    sdk_call: "sso().authenticate()",
    idempotent: false,
};

/// A `sso_authenticate` call, made by [`Sso::authenticate`](Sso::authenticate): `.await` it to send it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct SsoAuthenticateCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::SsoAuthenticate<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> ::std::future::IntoFuture for SsoAuthenticateCall<'a> {
    type Output = Result<SsoAuthenticateResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, SsoAuthenticateResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &SSO_AUTHENTICATE,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `sso_oidc_create_connection` operation.
pub(crate) const SSO_OIDC_CREATE_CONNECTION: crate::call::Operation = crate::call::Operation {
    id: "sso_oidc_create_connection",
    method: "POST",
    path: "/v1/b2b/sso/oidc/{organization_id}",
    sdk_call: "sso().oidc().create_connection()",
    idempotent: false,
};

/// A `sso_oidc_create_connection` call, made by [`SsoOidc::create_connection`](SsoOidc::create_connection): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct SsoOidcCreateConnectionCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::SsoOidcCreateConnection<'a>,
    path_params: crate::call::PathParams,
    member: crate::call::MemberAuthorization,
}

impl<'a> SsoOidcCreateConnectionCall<'a> {
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

impl<'a> ::std::future::IntoFuture for SsoOidcCreateConnectionCall<'a> {
    type Output = Result<SsoOidcCreateConnectionResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, SsoOidcCreateConnectionResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params, member } = self;
        client
            .send(
                &SSO_OIDC_CREATE_CONNECTION,
                path_params,
                member,
                move || request.clone().send(),
            )
    }
}

/// The `sso_oidc_update_connection` operation.
pub(crate) const SSO_OIDC_UPDATE_CONNECTION: crate::call::Operation = crate::call::Operation {
    id: "sso_oidc_update_connection",
    method: "PUT",
    path: "/v1/b2b/sso/oidc/{organization_id}/connections/{connection_id}",
    sdk_call: "sso().oidc().update_connection()",
    idempotent: true,
};

/// A `sso_oidc_update_connection` call, made by [`SsoOidc::update_connection`](SsoOidc::update_connection): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct SsoOidcUpdateConnectionCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::SsoOidcUpdateConnection<'a>,
    path_params: crate::call::PathParams,
    member: crate::call::MemberAuthorization,
}

impl<'a> SsoOidcUpdateConnectionCall<'a> {
    /// Organization identifier (Path parameter, required).
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("organization_id", value.into());
        self.request = self.request.organization_id(value);
        self
    }

    /// SSO connection identifier (Path parameter, required).
    pub fn connection_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("connection_id", value.into());
        self.request = self.request.connection_id(value);
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

impl<'a> ::std::future::IntoFuture for SsoOidcUpdateConnectionCall<'a> {
    type Output = Result<SsoOidcUpdateConnectionResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, SsoOidcUpdateConnectionResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params, member } = self;
        client
            .send(
                &SSO_OIDC_UPDATE_CONNECTION,
                path_params,
                member,
                move || request.clone().send(),
            )
    }
}

/// The `sso_saml_create_connection` operation.
pub(crate) const SSO_SAML_CREATE_CONNECTION: crate::call::Operation = crate::call::Operation {
    id: "sso_saml_create_connection",
    method: "POST",
    path: "/v1/b2b/sso/saml/{organization_id}",
    sdk_call: "sso().saml().create_connection()",
    idempotent: false,
};

/// A `sso_saml_create_connection` call, made by [`SsoSaml::create_connection`](SsoSaml::create_connection): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct SsoSamlCreateConnectionCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::SsoSamlCreateConnection<'a>,
    path_params: crate::call::PathParams,
    member: crate::call::MemberAuthorization,
}

impl<'a> SsoSamlCreateConnectionCall<'a> {
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

impl<'a> ::std::future::IntoFuture for SsoSamlCreateConnectionCall<'a> {
    type Output = Result<SsoSamlCreateConnectionResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, SsoSamlCreateConnectionResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params, member } = self;
        client
            .send(
                &SSO_SAML_CREATE_CONNECTION,
                path_params,
                member,
                move || request.clone().send(),
            )
    }
}

/// The `sso_saml_update_connection` operation.
pub(crate) const SSO_SAML_UPDATE_CONNECTION: crate::call::Operation = crate::call::Operation {
    id: "sso_saml_update_connection",
    method: "PUT",
    path: "/v1/b2b/sso/saml/{organization_id}/connections/{connection_id}",
    sdk_call: "sso().saml().update_connection()",
    idempotent: true,
};

/// A `sso_saml_update_connection` call, made by [`SsoSaml::update_connection`](SsoSaml::update_connection): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct SsoSamlUpdateConnectionCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::SsoSamlUpdateConnection<'a>,
    path_params: crate::call::PathParams,
    member: crate::call::MemberAuthorization,
}

impl<'a> SsoSamlUpdateConnectionCall<'a> {
    /// Organization identifier (Path parameter, required).
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("organization_id", value.into());
        self.request = self.request.organization_id(value);
        self
    }

    /// SSO connection identifier (Path parameter, required).
    pub fn connection_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("connection_id", value.into());
        self.request = self.request.connection_id(value);
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

impl<'a> ::std::future::IntoFuture for SsoSamlUpdateConnectionCall<'a> {
    type Output = Result<SsoSamlUpdateConnectionResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, SsoSamlUpdateConnectionResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params, member } = self;
        client
            .send(
                &SSO_SAML_UPDATE_CONNECTION,
                path_params,
                member,
                move || request.clone().send(),
            )
    }
}

/// The `sso_saml_delete_verification_certificate` operation.
pub(crate) const SSO_SAML_DELETE_VERIFICATION_CERTIFICATE: crate::call::Operation = crate::call::Operation {
    id: "sso_saml_delete_verification_certificate",
    method: "DELETE",
    path: "/v1/b2b/sso/saml/{organization_id}/connections/{connection_id}/verification_certificates/{certificate_id}",
    sdk_call: "sso().saml().delete_verification_certificate()",
    idempotent: false,
};

/// A `sso_saml_delete_verification_certificate` call, made by [`SsoSaml::delete_verification_certificate`](SsoSaml::delete_verification_certificate): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct SsoSamlDeleteVerificationCertificateCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::SsoSamlDeleteVerificationCertificate<'a>,
    path_params: crate::call::PathParams,
    member: crate::call::MemberAuthorization,
}

impl<'a> SsoSamlDeleteVerificationCertificateCall<'a> {
    /// Organization identifier (Path parameter, required).
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("organization_id", value.into());
        self.request = self.request.organization_id(value);
        self
    }

    /// SSO connection identifier (Path parameter, required).
    pub fn connection_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("connection_id", value.into());
        self.request = self.request.connection_id(value);
        self
    }

    /// Certificate id (Path parameter, required).
    pub fn certificate_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("certificate_id", value.into());
        self.request = self.request.certificate_id(value);
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

impl<'a> ::std::future::IntoFuture for SsoSamlDeleteVerificationCertificateCall<'a> {
    type Output = Result<SsoSamlDeleteVerificationCertificateResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<
        'a,
        SsoSamlDeleteVerificationCertificateResponse,
    >;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params, member } = self;
        client
            .send(
                &SSO_SAML_DELETE_VERIFICATION_CERTIFICATE,
                path_params,
                member,
                move || request.clone().send(),
            )
    }
}

/// The `sso_get_connections` operation.
pub(crate) const SSO_GET_CONNECTIONS: crate::call::Operation = crate::call::Operation {
    id: "sso_get_connections",
    method: "GET",
    path: "/v1/b2b/sso/{organization_id}",
    sdk_call: "sso().get_connections()",
    idempotent: true,
};

/// A `sso_get_connections` call, made by [`Sso::get_connections`](Sso::get_connections): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct SsoGetConnectionsCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::SsoGetConnections<'a>,
    path_params: crate::call::PathParams,
    member: crate::call::MemberAuthorization,
}

impl<'a> SsoGetConnectionsCall<'a> {
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

impl<'a> ::std::future::IntoFuture for SsoGetConnectionsCall<'a> {
    type Output = Result<SsoGetConnectionsResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, SsoGetConnectionsResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params, member } = self;
        client
            .send(
                &SSO_GET_CONNECTIONS,
                path_params,
                member,
                move || request.clone().send(),
            )
    }
}

/// The `sso_delete_connection` operation.
pub(crate) const SSO_DELETE_CONNECTION: crate::call::Operation = crate::call::Operation {
    id: "sso_delete_connection",
    method: "DELETE",
    path: "/v1/b2b/sso/{organization_id}/connections/{connection_id}",
    sdk_call: "sso().delete_connection()",
    idempotent: false,
};

/// A `sso_delete_connection` call, made by [`Sso::delete_connection`](Sso::delete_connection): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct SsoDeleteConnectionCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::SsoDeleteConnection<'a>,
    path_params: crate::call::PathParams,
    member: crate::call::MemberAuthorization,
}

impl<'a> SsoDeleteConnectionCall<'a> {
    /// Organization identifier (Path parameter, required).
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("organization_id", value.into());
        self.request = self.request.organization_id(value);
        self
    }

    /// SSO connection identifier (Path parameter, required).
    pub fn connection_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("connection_id", value.into());
        self.request = self.request.connection_id(value);
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

impl<'a> ::std::future::IntoFuture for SsoDeleteConnectionCall<'a> {
    type Output = Result<SsoDeleteConnectionResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, SsoDeleteConnectionResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params, member } = self;
        client
            .send(
                &SSO_DELETE_CONNECTION,
                path_params,
                member,
                move || request.clone().send(),
            )
    }
}

/// The `sso_saml_update_by_url` operation.
pub(crate) const SSO_SAML_UPDATE_BY_URL: crate::call::Operation = crate::call::Operation {
    id: "sso_saml_update_by_url",
    method: "PUT",
    path: "/v1/b2b/sso/saml/{organization_id}/connections/{connection_id}/url",
    sdk_call: "sso().saml().update_by_url()",
    idempotent: false,
};

/// A `sso_saml_update_by_url` call, made by [`SsoSaml::update_by_url`](SsoSaml::update_by_url): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct SsoSamlUpdateByUrlCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::SsoSamlUpdateByUrl<'a>,
    path_params: crate::call::PathParams,
    member: crate::call::MemberAuthorization,
}

impl<'a> SsoSamlUpdateByUrlCall<'a> {
    /// Globally unique ID of an Organization; most request paths and bodies also accept the Organization's slug or external ID (Path parameter, required).
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("organization_id", value.into());
        self.request = self.request.organization_id(value);
        self
    }

    /// ID of an SSO or SCIM connection (Path parameter, required).
    pub fn connection_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("connection_id", value.into());
        self.request = self.request.connection_id(value);
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

impl<'a> ::std::future::IntoFuture for SsoSamlUpdateByUrlCall<'a> {
    type Output = Result<SsoSamlUpdateByUrlResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, SsoSamlUpdateByUrlResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params, member } = self;
        client
            .send(
                &SSO_SAML_UPDATE_BY_URL,
                path_params,
                member,
                move || request.clone().send(),
            )
    }
}

/// The `sso_saml_delete_encryption_private_key` operation.
pub(crate) const SSO_SAML_DELETE_ENCRYPTION_PRIVATE_KEY: crate::call::Operation = crate::call::Operation {
    id: "sso_saml_delete_encryption_private_key",
    method: "DELETE",
    path: "/v1/b2b/sso/saml/{organization_id}/connections/{connection_id}/encryption_private_keys/{private_key_id}",
    sdk_call: "sso().saml().delete_encryption_private_key()",
    idempotent: false,
};

/// A `sso_saml_delete_encryption_private_key` call, made by [`SsoSaml::delete_encryption_private_key`](SsoSaml::delete_encryption_private_key): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct SsoSamlDeleteEncryptionPrivateKeyCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::SsoSamlDeleteEncryptionPrivateKey<'a>,
    path_params: crate::call::PathParams,
    member: crate::call::MemberAuthorization,
}

impl<'a> SsoSamlDeleteEncryptionPrivateKeyCall<'a> {
    /// Globally unique ID of an Organization; most request paths and bodies also accept the Organization's slug or external ID (Path parameter, required).
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("organization_id", value.into());
        self.request = self.request.organization_id(value);
        self
    }

    /// ID of an SSO or SCIM connection (Path parameter, required).
    pub fn connection_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("connection_id", value.into());
        self.request = self.request.connection_id(value);
        self
    }

    /// ID of a SAML encryption private key (Path parameter, required).
    pub fn private_key_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("private_key_id", value.into());
        self.request = self.request.private_key_id(value);
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

impl<'a> ::std::future::IntoFuture for SsoSamlDeleteEncryptionPrivateKeyCall<'a> {
    type Output = Result<SsoSamlDeleteEncryptionPrivateKeyResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<
        'a,
        SsoSamlDeleteEncryptionPrivateKeyResponse,
    >;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params, member } = self;
        client
            .send(
                &SSO_SAML_DELETE_ENCRYPTION_PRIVATE_KEY,
                path_params,
                member,
                move || request.clone().send(),
            )
    }
}

/// The `sso_external_create_connection` operation.
pub(crate) const SSO_EXTERNAL_CREATE_CONNECTION: crate::call::Operation = crate::call::Operation {
    id: "sso_external_create_connection",
    method: "POST",
    path: "/v1/b2b/sso/external/{organization_id}",
    sdk_call: "sso().external().create_connection()",
    idempotent: false,
};

/// A `sso_external_create_connection` call, made by [`SsoExternal::create_connection`](SsoExternal::create_connection): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct SsoExternalCreateConnectionCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::SsoExternalCreateConnection<'a>,
    path_params: crate::call::PathParams,
    member: crate::call::MemberAuthorization,
}

impl<'a> SsoExternalCreateConnectionCall<'a> {
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

impl<'a> ::std::future::IntoFuture for SsoExternalCreateConnectionCall<'a> {
    type Output = Result<SsoExternalCreateConnectionResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, SsoExternalCreateConnectionResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params, member } = self;
        client
            .send(
                &SSO_EXTERNAL_CREATE_CONNECTION,
                path_params,
                member,
                move || request.clone().send(),
            )
    }
}

/// The `sso_external_update_connection` operation.
pub(crate) const SSO_EXTERNAL_UPDATE_CONNECTION: crate::call::Operation = crate::call::Operation {
    id: "sso_external_update_connection",
    method: "PUT",
    path: "/v1/b2b/sso/external/{organization_id}/connections/{connection_id}",
    sdk_call: "sso().external().update_connection()",
    idempotent: false,
};

/// A `sso_external_update_connection` call, made by [`SsoExternal::update_connection`](SsoExternal::update_connection): set its parameters, then `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct SsoExternalUpdateConnectionCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::SsoExternalUpdateConnection<'a>,
    path_params: crate::call::PathParams,
    member: crate::call::MemberAuthorization,
}

impl<'a> SsoExternalUpdateConnectionCall<'a> {
    /// Globally unique ID of an Organization; most request paths and bodies also accept the Organization's slug or external ID (Path parameter, required).
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("organization_id", value.into());
        self.request = self.request.organization_id(value);
        self
    }

    /// ID of an SSO or SCIM connection (Path parameter, required).
    pub fn connection_id(mut self, value: impl Into<String>) -> Self {
        let value = self.path_params.check("connection_id", value.into());
        self.request = self.request.connection_id(value);
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

impl<'a> ::std::future::IntoFuture for SsoExternalUpdateConnectionCall<'a> {
    type Output = Result<SsoExternalUpdateConnectionResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, SsoExternalUpdateConnectionResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params, member } = self;
        client
            .send(
                &SSO_EXTERNAL_UPDATE_CONNECTION,
                path_params,
                member,
                move || request.clone().send(),
            )
    }
}
