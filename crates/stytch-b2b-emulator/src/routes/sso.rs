//! SSO: authentication with a minted SSO login; the connection operations of the `sso`
//! group are in [`connections`], called from the same trait `impl`. The
//! identity-provider round trip is replaced by tokens minted through the control
//! endpoint `/__emulator/sso/tokens`; `sso/authenticate` accepts them once, before they
//! expire. A login records the IdP groups its assertion carried on the member's SSO
//! registration, which decide the connection's group role assignments
//! (`domain::roles`).

use axum::http::StatusCode;
use stytch_b2b_api::ErrorType;
use stytch_b2b_api::types;

use crate::domain::factors;
use crate::domain::flows::{self, SessionOptions};
use crate::domain::members::find_or_provision;
use crate::domain::tokens::{self, TokenErrors};
use crate::errors::{ApiError, ApiResult};
use crate::ids::request_id;
use crate::server::App;
use crate::store::SsoConnection;

use super::Handlers;
use super::generated::{
    SsoDeleteConnectionPath, SsoExternalCreateConnectionPath, SsoExternalUpdateConnectionPath,
    SsoGetConnectionsPath, SsoOidcCreateConnectionPath, SsoOidcUpdateConnectionPath, SsoRoutes,
    SsoSamlCreateConnectionPath, SsoSamlDeleteEncryptionPrivateKeyPath,
    SsoSamlDeleteVerificationCertificatePath, SsoSamlUpdateByUrlPath, SsoSamlUpdateConnectionPath,
};

mod connections;
mod external;

const SSO_ERRORS: TokenErrors = TokenErrors {
    unknown: || ApiError::not_found(ErrorType::SsoTokenNotFound, "The SSO token is unknown."),
    unusable: || {
        ApiError::unauthorized(
            ErrorType::SsoTokenNotFound,
            "The SSO token was already used or has expired.",
        )
    },
};

impl SsoRoutes for Handlers {
    async fn sso_authenticate(
        app: App,
        req: types::SsoAuthenticateRequest,
    ) -> ApiResult<types::SsoAuthenticateResponse> {
        let ctx = app.ctx();
        let mut store = app.store();
        let grant = tokens::peek(&store.sso_grants, &req.sso_token, ctx.now, SSO_ERRORS)?.clone();
        let org_id = grant.organization_id.clone();
        let org = store.org(&org_id)?.clone();
        let saml = match store.connections.get(&grant.connection_id) {
            Some(SsoConnection::Saml(_)) => true,
            Some(SsoConnection::Oidc(_) | SsoConnection::External(_)) => false,
            None => {
                return Err(ApiError::not_found(
                    ErrorType::SsoConnectionNotFound,
                    "The SSO connection this login used no longer exists.",
                ));
            }
        };
        let opts = SessionOptions {
            duration_minutes: req.session_duration_minutes,
            custom_claims: req.session_custom_claims.as_ref(),
            session_token: req.session_token.as_deref(),
            session_jwt: req.session_jwt.as_deref(),
        };
        opts.precheck(&store, ctx.now)?;
        let may_join = match org.sso_jit_provisioning.as_str() {
            "ALL_ALLOWED" => true,
            "RESTRICTED" => org
                .sso_jit_provisioning_allowed_connections
                .contains(&grant.connection_id),
            _ => false,
        };
        let refusal = ApiError::new(
            StatusCode::FORBIDDEN,
            ErrorType::InvalidConnectionForJitProvisioning,
            "No member has this email address and the organization does not provision members through this connection.",
        );
        let member_id = find_or_provision(
            &mut store,
            &org_id,
            &grant.email,
            &grant.name,
            may_join,
            refusal,
        )?;
        tokens::consume(
            &mut store.sso_grants,
            &req.sso_token,
            ctx.now,
            req.pkce_code_verifier.as_deref(),
            SSO_ERRORS,
        )?;
        let new_id = store.new_id("sso-registration");
        let record = store.member_mut(&org_id, &member_id)?;
        record.member.email_address_verified = true;
        let registrations = &mut record.member.sso_registrations;
        let registration_id = match registrations
            .iter()
            .find(|r| r.connection_id == grant.connection_id && r.external_id == grant.external_id)
        {
            Some(r) => r.registration_id.clone(),
            None => {
                registrations.push(types::SsoRegistration {
                    connection_id: grant.connection_id.clone(),
                    external_id: grant.external_id.clone(),
                    registration_id: new_id.clone(),
                    sso_attributes: serde_json::Map::new(),
                });
                new_id
            }
        };
        // The groups of this assertion replace those of the previous login through
        // the connection, so a group the IdP no longer sends stops granting its role.
        record
            .sso_groups
            .insert(registration_id.clone(), grant.groups.clone());
        crate::domain::roles::refresh_member(&mut store, &member_id);
        let factor = factors::sso(
            saml,
            &registration_id,
            &grant.connection_id,
            &grant.external_id,
            ctx.now,
        );
        let outcome =
            flows::authenticate_member(&mut store, ctx, &org_id, &member_id, vec![factor], opts)?;
        Ok(types::SsoAuthenticateResponse {
            intermediate_session_token: outcome.intermediate_session_token.clone(),
            member_authenticated: outcome.member_authenticated,
            member_id,
            member_session: outcome.member_session(),
            mfa_required: outcome.mfa_required.clone(),
            intermediate_session_token_expires_at: outcome.intermediate_expires_at,
            member_device: None,
            primary_required: None,
            organization_id: org_id,
            request_id: request_id(),
            reset_session: false,
            session_jwt: outcome.session_jwt(),
            session_token: outcome.session_token(),
            status_code: 200,
            member: outcome.member,
            organization: outcome.organization,
        })
    }

    async fn sso_oidc_create_connection(
        app: App,
        path: SsoOidcCreateConnectionPath,
        req: types::SsoOidcCreateConnectionRequest,
    ) -> ApiResult<types::SsoOidcCreateConnectionResponse> {
        connections::oidc_create(app, path, req)
    }

    async fn sso_oidc_update_connection(
        app: App,
        path: SsoOidcUpdateConnectionPath,
        req: types::SsoOidcUpdateConnectionRequest,
    ) -> ApiResult<types::SsoOidcUpdateConnectionResponse> {
        connections::oidc_update(app, path, req)
    }

    async fn sso_saml_create_connection(
        app: App,
        path: SsoSamlCreateConnectionPath,
        req: types::SsoSamlCreateConnectionRequest,
    ) -> ApiResult<types::SsoSamlCreateConnectionResponse> {
        connections::saml_create(app, path, req)
    }

    async fn sso_saml_update_connection(
        app: App,
        path: SsoSamlUpdateConnectionPath,
        req: types::SsoSamlUpdateConnectionRequest,
    ) -> ApiResult<types::SsoSamlUpdateConnectionResponse> {
        connections::saml_update(app, path, req)
    }

    async fn sso_saml_delete_verification_certificate(
        app: App,
        path: SsoSamlDeleteVerificationCertificatePath,
    ) -> ApiResult<types::SsoSamlDeleteVerificationCertificateResponse> {
        connections::saml_delete_certificate(app, path)
    }

    async fn sso_get_connections(
        app: App,
        path: SsoGetConnectionsPath,
    ) -> ApiResult<types::SsoGetConnectionsResponse> {
        connections::list(app, path)
    }

    async fn sso_delete_connection(
        app: App,
        path: SsoDeleteConnectionPath,
    ) -> ApiResult<types::SsoDeleteConnectionResponse> {
        connections::delete(app, path)
    }

    async fn sso_saml_update_by_url(
        app: App,
        path: SsoSamlUpdateByUrlPath,
        req: types::SsoSamlUpdateByUrlRequest,
    ) -> ApiResult<types::SsoSamlUpdateByUrlResponse> {
        external::saml_update_by_url(app, path, req)
    }

    async fn sso_saml_delete_encryption_private_key(
        app: App,
        path: SsoSamlDeleteEncryptionPrivateKeyPath,
    ) -> ApiResult<types::SsoSamlDeleteEncryptionPrivateKeyResponse> {
        external::saml_delete_encryption_key(app, path)
    }

    async fn sso_external_create_connection(
        app: App,
        path: SsoExternalCreateConnectionPath,
        req: types::SsoExternalCreateConnectionRequest,
    ) -> ApiResult<types::SsoExternalCreateConnectionResponse> {
        external::external_create(app, path, req)
    }

    async fn sso_external_update_connection(
        app: App,
        path: SsoExternalUpdateConnectionPath,
        req: types::SsoExternalUpdateConnectionRequest,
    ) -> ApiResult<types::SsoExternalUpdateConnectionResponse> {
        external::external_update(app, path, req)
    }
}
