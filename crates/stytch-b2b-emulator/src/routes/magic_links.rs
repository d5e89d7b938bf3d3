//! Email magic links: invite, login or sign-up, discovery send; authenticate and
//! discovery authenticate.

use axum::http::StatusCode;
use chrono::Duration;
use stytch_b2b_api::ErrorType;
use stytch_b2b_api::types;

use crate::domain::factors;
use crate::domain::flows::{self, SessionOptions};
use crate::domain::members::duplicate_email;
use crate::domain::metadata::merge_metadata;
use crate::domain::tokens::{self, TokenErrors};
use crate::domain::validate;
use crate::errors::{ApiError, ApiResult};
use crate::ids::request_id;
use crate::outbox::{Channel, MessageKind, OutboxMessage};
use crate::server::App;
use crate::store::{
    MagicLinkTarget, NewMember, STATUS_ACTIVE, STATUS_DELETED, STATUS_INVITED, STATUS_PENDING,
    Store,
};

use super::Handlers;
use super::generated::MagicLinksRoutes;

const INVITE_MINUTES: i64 = 7 * 24 * 60;
const LOGIN_MINUTES: i64 = 60;

const ERRORS: TokenErrors = TokenErrors {
    unknown: || {
        ApiError::not_found(
            ErrorType::MagicLinkNotFound,
            "The magic link token is unknown.",
        )
    },
    unusable: || {
        ApiError::unauthorized(
            ErrorType::UnableToAuthMagicLink,
            "The magic link could not be authenticated: it was already used or has expired.",
        )
    },
};

struct MagicLinkSend<'a> {
    kind: MessageKind,
    target: MagicLinkTarget,
    email: &'a str,
    org_id: Option<&'a str>,
    member_id: Option<&'a str>,
    redirect_url: Option<String>,
    pkce_challenge: Option<String>,
    minutes: i64,
}

fn send(store: &mut Store, now: chrono::DateTime<chrono::Utc>, s: MagicLinkSend<'_>) {
    let expires_at = now + Duration::minutes(s.minutes);
    store.prune_expired(now);
    let token = tokens::issue(
        &mut store.magic_links,
        s.target,
        expires_at,
        s.pkce_challenge,
    );
    let message = OutboxMessage {
        message_id: store.new_id("message"),
        kind: s.kind,
        channel: Channel::Email,
        recipient: s.email.to_owned(),
        organization_id: s.org_id.map(str::to_owned),
        member_id: s.member_id.map(str::to_owned),
        token,
        redirect_url: s.redirect_url,
        sent_at: now,
        expires_at,
    };
    flows::push_message(store, message);
}

impl MagicLinksRoutes for Handlers {
    async fn magic_links_authenticate(
        app: App,
        req: types::MagicLinksAuthenticateRequest,
    ) -> ApiResult<types::MagicLinksAuthenticateResponse> {
        let ctx = app.ctx();
        let mut store = app.store();
        let target = tokens::peek(&store.magic_links, &req.magic_links_token, ctx.now, ERRORS)?;
        let MagicLinkTarget::Member {
            organization_id,
            member_id,
        } = target.clone()
        else {
            return Err(ApiError::bad_request(
                ErrorType::InvalidToken,
                "This is a discovery magic link; authenticate it with magic_links/discovery/authenticate.",
            ));
        };
        let record = store.member(&organization_id, &member_id)?;
        if record.member.status == STATUS_DELETED {
            return Err((ERRORS.unusable)());
        }
        // Validate the session arguments before the token is spent.
        let opts = SessionOptions {
            duration_minutes: req.session_duration_minutes,
            custom_claims: req.session_custom_claims.as_ref(),
            session_token: req.session_token.as_deref(),
            session_jwt: req.session_jwt.as_deref(),
        };
        opts.precheck(&store, ctx.now)?;
        tokens::consume(
            &mut store.magic_links,
            &req.magic_links_token,
            ctx.now,
            req.pkce_code_verifier.as_deref(),
            ERRORS,
        )?;
        let record = store.member_mut(&organization_id, &member_id)?;
        record.member.email_address_verified = true;
        let method_id = record.email_id.clone();
        let factor = factors::magic_link(&record.member.email_address, &method_id, ctx.now);
        let outcome = flows::authenticate_member(
            &mut store,
            ctx,
            &organization_id,
            &member_id,
            vec![factor],
            opts,
        )?;
        Ok(types::MagicLinksAuthenticateResponse {
            intermediate_session_token: outcome.intermediate_session_token.clone(),
            member_authenticated: outcome.member_authenticated,
            member_id,
            member_session: outcome.member_session(),
            method_id,
            mfa_required: outcome.mfa_required.clone(),
            intermediate_session_token_expires_at: outcome.intermediate_expires_at,
            member_device: None,
            primary_required: None,
            organization_id,
            request_id: request_id(),
            reset_sessions: false,
            session_jwt: outcome.session_jwt(),
            session_token: outcome.session_token(),
            status_code: 200,
            member: outcome.member,
            organization: outcome.organization,
        })
    }

    async fn magic_links_discovery_authenticate(
        app: App,
        req: types::MagicLinksDiscoveryAuthenticateRequest,
    ) -> ApiResult<types::MagicLinksDiscoveryAuthenticateResponse> {
        let now = app.clock.now();
        let mut store = app.store();
        let target = tokens::peek(
            &store.magic_links,
            &req.discovery_magic_links_token,
            now,
            ERRORS,
        )?;
        let MagicLinkTarget::Discovery { email } = target.clone() else {
            return Err(ApiError::bad_request(
                ErrorType::InvalidToken,
                "This magic link belongs to an organization; authenticate it with magic_links/authenticate.",
            ));
        };
        tokens::consume(
            &mut store.magic_links,
            &req.discovery_magic_links_token,
            now,
            req.pkce_code_verifier.as_deref(),
            ERRORS,
        )?;
        let factor = factors::magic_link(&email, &store.new_id("email"), now);
        let discovered_organizations =
            flows::discovered_organizations(&store, &email, Some(&factor));
        let ist = flows::create_intermediate(&mut store, now, &email, None, None, vec![factor]);
        Ok(types::MagicLinksDiscoveryAuthenticateResponse {
            discovered_organizations,
            email_address: email,
            intermediate_session_token: Some(ist.into()),
            intermediate_session_token_expires_at: Some(flows::intermediate_expiry(now)),
            request_id: request_id(),
            status_code: 200,
        })
    }

    async fn magic_links_email_discovery_send(
        app: App,
        req: types::MagicLinksEmailDiscoverySendRequest,
    ) -> ApiResult<types::MagicLinksEmailDiscoverySendResponse> {
        validate::email(&req.email_address)?;
        let now = app.clock.now();
        let mut store = app.store();
        send(
            &mut store,
            now,
            MagicLinkSend {
                kind: MessageKind::Discovery,
                target: MagicLinkTarget::Discovery {
                    email: req.email_address.clone(),
                },
                email: &req.email_address,
                org_id: None,
                member_id: None,
                redirect_url: req.discovery_redirect_url,
                pkce_challenge: req.pkce_code_challenge,
                minutes: LOGIN_MINUTES,
            },
        );
        Ok(types::MagicLinksEmailDiscoverySendResponse {
            request_id: request_id(),
            status_code: 200,
        })
    }

    async fn magic_links_email_invite(
        app: App,
        req: types::MagicLinksEmailInviteRequest,
    ) -> ApiResult<types::MagicLinksEmailInviteResponse> {
        validate::email(&req.email_address)?;
        let now = app.clock.now();
        let mut store = app.store();
        let org = store.org(&req.organization_id)?.clone();
        let domain_ok = flows::email_domain(&req.email_address).is_some_and(|d| {
            org.email_allowed_domains
                .iter()
                .any(|a| a.eq_ignore_ascii_case(d))
        });
        if org.email_invites == "NOT_ALLOWED" || (org.email_invites == "RESTRICTED" && !domain_ok) {
            return Err(ApiError::new(
                StatusCode::FORBIDDEN,
                ErrorType::InvalidEmailForInvites,
                "The organization's email_invites setting does not allow inviting this address.",
            ));
        }
        if let Some(id) = req
            .invited_by_member_id
            .as_deref()
            .filter(|s| !s.is_empty())
        {
            store.member(&req.organization_id, id)?;
        }
        let member_id = match store.member_by_email(&req.organization_id, &req.email_address) {
            Some(m) if m.member.status == STATUS_ACTIVE => {
                return Err(duplicate_email(&req.email_address));
            }
            Some(m) => {
                let id = m.member.member_id.clone();
                let record = store.member_mut(&req.organization_id, &id)?;
                record.member.status = STATUS_INVITED.to_owned();
                if let Some(name) = req.name {
                    record.member.name = name;
                }
                merge_metadata(&mut record.member.trusted_metadata, req.trusted_metadata);
                merge_metadata(
                    &mut record.member.untrusted_metadata,
                    req.untrusted_metadata,
                );
                id
            }
            None => store.insert_member(
                &req.organization_id,
                NewMember {
                    email: req.email_address.clone(),
                    name: req.name.unwrap_or_default(),
                    status: STATUS_INVITED,
                    trusted_metadata: req.trusted_metadata.unwrap_or_default(),
                    untrusted_metadata: req.untrusted_metadata.unwrap_or_default(),
                    ..NewMember::default()
                },
            ),
        };
        send(
            &mut store,
            now,
            MagicLinkSend {
                kind: MessageKind::Invite,
                target: MagicLinkTarget::Member {
                    organization_id: req.organization_id.clone(),
                    member_id: member_id.clone(),
                },
                email: &req.email_address,
                org_id: Some(&req.organization_id),
                member_id: Some(&member_id),
                redirect_url: req.invite_redirect_url,
                pkce_challenge: None,
                minutes: INVITE_MINUTES,
            },
        );
        let member = store
            .member(&req.organization_id, &member_id)?
            .member
            .clone();
        Ok(types::MagicLinksEmailInviteResponse {
            member,
            member_id,
            organization: org,
            request_id: request_id(),
            status_code: 200,
        })
    }

    async fn magic_links_email_login_or_signup(
        app: App,
        req: types::MagicLinksEmailLoginOrSignupRequest,
    ) -> ApiResult<types::MagicLinksEmailLoginOrSignupResponse> {
        validate::email(&req.email_address)?;
        let now = app.clock.now();
        let mut store = app.store();
        let org = store.org(&req.organization_id)?.clone();
        let existing = store
            .member_by_email(&req.organization_id, &req.email_address)
            .map(|m| m.member.member_id.clone());
        let (member_id, member_created) = match existing {
            Some(id) => (id, false),
            None if flows::email_jit_allowed(&org, &req.email_address) => {
                let id = store.insert_member(
                    &req.organization_id,
                    NewMember {
                        email: req.email_address.clone(),
                        status: STATUS_PENDING,
                        ..NewMember::default()
                    },
                );
                (id, true)
            }
            None => {
                return Err(ApiError::new(
                    StatusCode::FORBIDDEN,
                    ErrorType::EmailJitProvisioningNotAllowed,
                    "No member has this email address and the organization does not provision members by email domain.",
                ));
            }
        };
        let (kind, redirect_url) = if member_created {
            (MessageKind::Signup, req.signup_redirect_url)
        } else {
            (MessageKind::Login, req.login_redirect_url)
        };
        send(
            &mut store,
            now,
            MagicLinkSend {
                kind,
                target: MagicLinkTarget::Member {
                    organization_id: req.organization_id.clone(),
                    member_id: member_id.clone(),
                },
                email: &req.email_address,
                org_id: Some(&req.organization_id),
                member_id: Some(&member_id),
                redirect_url,
                pkce_challenge: req.pkce_code_challenge,
                minutes: LOGIN_MINUTES,
            },
        );
        let member = store
            .member(&req.organization_id, &member_id)?
            .member
            .clone();
        Ok(types::MagicLinksEmailLoginOrSignupResponse {
            member,
            member_created,
            member_id,
            organization: org,
            request_id: request_id(),
            status_code: 200,
        })
    }
}
