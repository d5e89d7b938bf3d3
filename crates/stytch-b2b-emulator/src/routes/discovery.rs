//! Discovery: list the organizations an intermediate session (or a session) can
//! enter, exchange an intermediate session for a member session, create an
//! organization from one.

use axum::http::StatusCode;
use stytch_b2b_api::ErrorType;
use stytch_b2b_api::types;

use crate::domain::factors;
use crate::domain::flows::{self, Outcome, SessionOptions};
use crate::domain::organizations::{NewOrg, insert_org};
use crate::errors::{ApiError, ApiResult};
use crate::ids::request_id;
use crate::server::App;
use crate::store::{NewMember, STATUS_ACTIVE, non_empty};

use super::Handlers;
use super::generated::DiscoveryRoutes;

/// Factors of an intermediate session that carry over into `org_id`/`member_id`: its
/// primary factors, plus an SMS factor only when it was earned by that same member.
fn transferable(
    i: &crate::store::IntermediateSession,
    org_id: &str,
    member_id: &str,
) -> Vec<types::AuthenticationFactor> {
    let same_member =
        i.organization_id.as_deref() == Some(org_id) && i.member_id.as_deref() == Some(member_id);
    i.factors
        .iter()
        .filter(|f| same_member || !factors::is_sms_otp(f))
        .cloned()
        .collect()
}

impl DiscoveryRoutes for Handlers {
    async fn discovery_intermediate_sessions_exchange(
        app: App,
        req: types::DiscoveryIntermediateSessionsExchangeRequest,
    ) -> ApiResult<types::DiscoveryIntermediateSessionsExchangeResponse> {
        flows::validate_duration(req.session_duration_minutes)?;
        let ctx = app.ctx();
        let mut store = app.store();
        let ist = flows::intermediate(&store, &req.intermediate_session_token, ctx.now)?.clone();
        let org = store.org(&req.organization_id)?.clone();
        let member_id = match store.member_by_email(&req.organization_id, &ist.email) {
            Some(m) => m.member.member_id.clone(),
            None if flows::email_jit_allowed(&org, &ist.email) => store.insert_member(
                &req.organization_id,
                NewMember {
                    email: ist.email.clone(),
                    status: STATUS_ACTIVE,
                    email_verified: true,
                    ..NewMember::default()
                },
            ),
            None => {
                return Err(ApiError::new(
                    StatusCode::FORBIDDEN,
                    ErrorType::EmailJitProvisioningNotAllowed,
                    "The email address is not a member of this organization and may not join it by email domain.",
                ));
            }
        };
        let carried = transferable(&ist, &req.organization_id, &member_id);
        let outcome = flows::authenticate_member(
            &mut store,
            ctx,
            &req.organization_id,
            &member_id,
            carried,
            SessionOptions {
                duration_minutes: req.session_duration_minutes,
                custom_claims: req.session_custom_claims.as_ref(),
                ..SessionOptions::default()
            },
        )?;
        store.intermediate.remove(&*req.intermediate_session_token);
        Ok(types::DiscoveryIntermediateSessionsExchangeResponse {
            intermediate_session_token: outcome.intermediate_session_token.clone(),
            member_authenticated: outcome.member_authenticated,
            member_id,
            member_session: outcome.member_session(),
            mfa_required: outcome.mfa_required.clone(),
            intermediate_session_token_expires_at: outcome.intermediate_expires_at,
            member_device: None,
            primary_required: None,
            request_id: request_id(),
            session_jwt: outcome.session_jwt(),
            session_token: outcome.session_token(),
            status_code: 200,
            member: outcome.member,
            organization: outcome.organization,
        })
    }

    async fn discovery_organizations_list(
        app: App,
        req: types::DiscoveryOrganizationsListRequest,
    ) -> ApiResult<types::DiscoveryOrganizationsListResponse> {
        let now = app.clock.now();
        let store = app.store();
        let session = store.session_by_credentials(
            req.session_token.as_deref(),
            req.session_jwt.as_deref(),
            now,
        )?;
        let (email, factor, hint) = match (
            non_empty(req.intermediate_session_token.as_deref()),
            session,
        ) {
            (Some(_), Some(_)) => {
                return Err(ApiError::bad_request(
                    ErrorType::TooManySessionArguments,
                    "Pass an intermediate_session_token or a session, not both.",
                ));
            }
            (None, None) => {
                return Err(ApiError::bad_request(
                    ErrorType::NoSessionArguments,
                    "Pass an intermediate_session_token, session_token or session_jwt.",
                ));
            }
            (Some(token), None) => {
                let i = flows::intermediate(&store, token, now)?;
                let primary = i.factors.iter().find(|f| !factors::is_sms_otp(f)).cloned();
                (i.email.clone(), primary, i.organization_id.clone())
            }
            (None, Some(s)) => {
                let email = store
                    .member(&s.organization_id, &s.member_id)?
                    .member
                    .email_address
                    .clone();
                let primary = s.factors.iter().find(|f| !factors::is_sms_otp(f)).cloned();
                (email, primary, Some(s.organization_id.clone()))
            }
        };
        let discovered_organizations =
            flows::discovered_organizations(&store, &email, factor.as_ref());
        Ok(types::DiscoveryOrganizationsListResponse {
            discovered_organizations,
            email_address: email,
            organization_id_hint: hint,
            request_id: request_id(),
            status_code: 200,
        })
    }

    async fn discovery_organizations_create(
        app: App,
        req: types::DiscoveryOrganizationsCreateRequest,
    ) -> ApiResult<types::DiscoveryOrganizationsCreateResponse> {
        flows::validate_duration(req.session_duration_minutes)?;
        let ctx = app.ctx();
        let mut store = app.store();
        let ist = flows::intermediate(&store, &req.intermediate_session_token, ctx.now)?.clone();
        let org = insert_org(
            &mut store,
            NewOrg {
                name: req.organization_name,
                slug: Some(req.organization_slug),
                logo_url: req.organization_logo_url,
                trusted_metadata: req.trusted_metadata,
                email_allowed_domains: req.email_allowed_domains,
                email_jit_provisioning: req.email_jit_provisioning,
                email_invites: req.email_invites,
                auth_methods: req.auth_methods,
                allowed_auth_methods: req.allowed_auth_methods,
                mfa_policy: req.mfa_policy,
                sso_jit_provisioning: req.sso_jit_provisioning,
                mfa_methods: req.mfa_methods,
                allowed_mfa_methods: req.allowed_mfa_methods,
                organization_external_id: req.organization_external_id,
                rbac_email_implicit_role_assignments: req.rbac_email_implicit_role_assignments,
                claimed_email_domains: None,
            },
            ctx.now,
        )?;
        let org_id = org.organization_id.clone();
        let member_id = store.insert_member(
            &org_id,
            NewMember {
                email: ist.email.clone(),
                status: STATUS_ACTIVE,
                email_verified: true,
                ..NewMember::default()
            },
        );
        let carried = transferable(&ist, &org_id, &member_id);
        let result = flows::authenticate_member(
            &mut store,
            ctx,
            &org_id,
            &member_id,
            carried,
            SessionOptions {
                duration_minutes: req.session_duration_minutes,
                custom_claims: req.session_custom_claims.as_ref(),
                ..SessionOptions::default()
            },
        );
        let outcome: Outcome = match result {
            Ok(o) => o,
            Err(e) => {
                // Creating the organization and its first member is all or nothing.
                store.delete_org(&org_id);
                return Err(e);
            }
        };
        store.intermediate.remove(&*req.intermediate_session_token);
        Ok(types::DiscoveryOrganizationsCreateResponse {
            intermediate_session_token: outcome.intermediate_session_token.clone(),
            member_authenticated: outcome.member_authenticated,
            member_id,
            member_session: outcome.member_session(),
            mfa_required: outcome.mfa_required.clone(),
            intermediate_session_token_expires_at: outcome.intermediate_expires_at,
            member_device: None,
            primary_required: None,
            organization: Some(outcome.organization.clone()),
            request_id: request_id(),
            session_jwt: outcome.session_jwt(),
            session_token: outcome.session_token(),
            status_code: 200,
            member: outcome.member,
        })
    }
}
