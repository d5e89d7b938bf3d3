//! Everything the emulator remembers, behind one lock (see `server::App::store`).
//! Responses are built from the generated types held here, so what is stored is
//! exactly what the wire shows.

use std::collections::{HashMap, VecDeque};
use stytch_b2b_api::ErrorType;

use chrono::{DateTime, TimeDelta, Utc};
use serde_json::{Map, Value};
use stytch_b2b_api::types;

use crate::errors::{ApiError, ApiResult};
use crate::ids;
use crate::jwt::{self, KeyRing};
use crate::outbox::OutboxMessage;
use crate::password::StoredPassword;

pub(crate) const STATUS_ACTIVE: &str = "active";
pub(crate) const STATUS_INVITED: &str = "invited";
pub(crate) const STATUS_PENDING: &str = "pending";
pub(crate) const STATUS_DELETED: &str = "deleted";

/// How long anything with an expiry (single-use tokens, OTP codes, intermediate and
/// member sessions) is kept after it expired, in emulator time: until then an expired
/// or used token is refused as such (`401`), afterwards it is unknown (`404`).
pub(crate) const EXPIRED_RETENTION_SECS: i64 = 24 * 3600;
/// Expired entries are swept when something is inserted, at most this often
/// (emulator time), so the sweep costs little per insertion.
const PRUNE_INTERVAL_SECS: i64 = 60;

#[derive(Debug)]
pub(crate) struct OrgRecord {
    pub(crate) seq: u64,
    pub(crate) org: types::Organization,
}

#[derive(Debug)]
pub(crate) struct MemberRecord {
    pub(crate) seq: u64,
    pub(crate) member: types::Member,
    pub(crate) email_id: String,
    pub(crate) phone_id: String,
    pub(crate) password: Option<StoredPassword>,
    /// Roles assigned to the member directly (create/update `roles`); the roles on
    /// the wire add the implicit ones (see `domain::roles`).
    pub(crate) explicit_roles: Vec<String>,
    /// The member's TOTP registration, if any (`domain::totp`).
    pub(crate) totp: Option<crate::domain::totp::TotpRegistration>,
    /// The IdP groups the latest SSO assertion carried, by SSO registration id: what
    /// the connection's group role assignments are matched against (`domain::roles`).
    pub(crate) sso_groups: HashMap<String, Vec<String>>,
    /// The tokens of the latest login per OAuth registration, by
    /// `member_oauth_registration_id` (`domain::provider_tokens`).
    pub(crate) provider_tokens: HashMap<String, crate::domain::provider_tokens::ProviderTokens>,
}

#[derive(Debug, Clone)]
pub(crate) struct SessionRecord {
    pub(crate) id: String,
    pub(crate) token: String,
    pub(crate) member_id: String,
    pub(crate) organization_id: String,
    pub(crate) organization_slug: String,
    pub(crate) started_at: DateTime<Utc>,
    pub(crate) last_accessed_at: DateTime<Utc>,
    pub(crate) expires_at: DateTime<Utc>,
    pub(crate) factors: Vec<types::AuthenticationFactor>,
    pub(crate) custom_claims: Map<String, Value>,
    pub(crate) roles: Vec<String>,
}

impl SessionRecord {
    pub(crate) fn to_wire(&self) -> types::MemberSession {
        types::MemberSession {
            authentication_factors: self.factors.clone(),
            custom_claims: self.custom_claims.clone(),
            expires_at: Some(self.expires_at),
            last_accessed_at: Some(self.last_accessed_at),
            member_id: self.member_id.clone(),
            member_session_id: self.id.clone(),
            organization_id: self.organization_id.clone(),
            organization_slug: self.organization_slug.clone(),
            roles: self.roles.clone(),
            started_at: Some(self.started_at),
        }
    }
}

/// Who a magic link authenticates.
#[derive(Debug, Clone)]
pub(crate) enum MagicLinkTarget {
    Member {
        organization_id: String,
        member_id: String,
    },
    Discovery {
        email: String,
    },
}

#[derive(Debug, Clone)]
pub(crate) struct OneTimeToken<T> {
    pub(crate) target: T,
    pub(crate) expires_at: DateTime<Utc>,
    pub(crate) used: bool,
    pub(crate) pkce_challenge: Option<String>,
}

#[derive(Debug, Clone)]
pub(crate) struct ResetTarget {
    pub(crate) organization_id: String,
    pub(crate) member_id: String,
}

#[derive(Debug, Clone)]
pub(crate) struct PendingOtp {
    pub(crate) code: String,
    pub(crate) phone_number: String,
    pub(crate) expires_at: DateTime<Utc>,
}

/// An identity-provider login minted through a control endpoint.
#[derive(Debug, Clone)]
pub(crate) struct OAuthGrant {
    /// `None` for a discovery token.
    pub(crate) organization_id: Option<String>,
    pub(crate) email: String,
    pub(crate) name: String,
    pub(crate) provider_type: String,
    pub(crate) provider_subject: String,
    /// The tenant the provider reports (Slack workspace, HubSpot Hub, ...), if the
    /// login named one.
    pub(crate) provider_tenant_id: Option<String>,
}

#[derive(Debug, Clone)]
pub(crate) struct SsoGrant {
    pub(crate) organization_id: String,
    pub(crate) connection_id: String,
    pub(crate) email: String,
    pub(crate) name: String,
    pub(crate) external_id: String,
    /// The IdP groups the assertion carries.
    pub(crate) groups: Vec<String>,
}

#[derive(Debug, Clone)]
pub(crate) struct IntermediateSession {
    pub(crate) email: String,
    /// Set when primary authentication happened in (or for) one organization and
    /// MFA is what is left.
    pub(crate) organization_id: Option<String>,
    pub(crate) member_id: Option<String>,
    pub(crate) factors: Vec<types::AuthenticationFactor>,
    pub(crate) expires_at: DateTime<Utc>,
}

#[derive(Debug, Clone)]
pub(crate) enum SsoConnection {
    Saml(types::SamlConnection),
    Oidc(types::OidcConnection),
    /// A connection that lets members of another organization's connection in.
    External(types::Connection),
}

impl SsoConnection {
    pub(crate) fn organization_id(&self) -> &str {
        match self {
            Self::Saml(c) => &c.organization_id,
            Self::Oidc(c) => &c.organization_id,
            Self::External(c) => &c.organization_id,
        }
    }

    pub(crate) fn is_active(&self) -> bool {
        match self {
            Self::Saml(c) => c.status == STATUS_ACTIVE,
            Self::Oidc(c) => c.status == STATUS_ACTIVE,
            Self::External(c) => c.status == STATUS_ACTIVE,
        }
    }

    pub(crate) fn identity_provider(&self) -> &str {
        match self {
            Self::Saml(c) => &c.identity_provider,
            Self::Oidc(c) => &c.identity_provider,
            Self::External(_) => "",
        }
    }

    pub(crate) fn display_name(&self) -> &str {
        match self {
            Self::Saml(c) => &c.display_name,
            Self::Oidc(c) => &c.display_name,
            Self::External(c) => &c.display_name,
        }
    }
}

/// An M2M client: what the API shows plus its secrets.
#[derive(Debug, Clone)]
pub(crate) struct M2mRecord {
    pub(crate) seq: u64,
    pub(crate) client: types::M2mClient,
    pub(crate) secrets: crate::domain::clients::ClientSecrets,
}

/// A connected-app client: what the API shows plus its secrets.
#[derive(Debug, Clone)]
pub(crate) struct ConnectedAppRecord {
    pub(crate) seq: u64,
    pub(crate) app: types::ConnectedApp,
    pub(crate) secrets: crate::domain::clients::ClientSecrets,
}

/// New member fields; everything else starts empty or false.
#[derive(Debug, Default)]
pub(crate) struct NewMember {
    pub(crate) email: String,
    pub(crate) name: String,
    pub(crate) status: &'static str,
    pub(crate) email_verified: bool,
    pub(crate) is_breakglass: bool,
    pub(crate) mfa_enrolled: bool,
    pub(crate) mfa_phone_number: String,
    pub(crate) trusted_metadata: Map<String, Value>,
    pub(crate) untrusted_metadata: Map<String, Value>,
    pub(crate) roles: Vec<String>,
    pub(crate) external_id: Option<String>,
    pub(crate) created_at: Option<DateTime<Utc>>,
}

#[derive(Debug)]
pub(crate) struct Store {
    pub(crate) env: &'static str,
    pub(crate) keys: KeyRing,
    seq: u64,
    pub(crate) orgs: HashMap<String, OrgRecord>,
    pub(crate) members: HashMap<String, MemberRecord>,
    pub(crate) sessions: HashMap<String, SessionRecord>,
    pub(crate) session_by_token: HashMap<String, String>,
    pub(crate) magic_links: HashMap<String, OneTimeToken<MagicLinkTarget>>,
    pub(crate) password_resets: HashMap<String, OneTimeToken<ResetTarget>>,
    pub(crate) otps: HashMap<String, PendingOtp>,
    pub(crate) oauth_grants: HashMap<String, OneTimeToken<OAuthGrant>>,
    pub(crate) sso_grants: HashMap<String, OneTimeToken<SsoGrant>>,
    pub(crate) intermediate: HashMap<String, IntermediateSession>,
    pub(crate) connections: HashMap<String, SsoConnection>,
    pub(crate) m2m_clients: HashMap<String, M2mRecord>,
    pub(crate) connected_apps: HashMap<String, ConnectedAppRecord>,
    /// SCIM connections by connection id (`domain::scim`).
    pub(crate) scim: HashMap<String, crate::domain::scim::ScimRecord>,
    /// Email one-time passcodes by member id or, for discovery, by email address.
    pub(crate) email_otps: HashMap<String, crate::domain::email_otp::PendingEmailOtp>,
    /// Fraud rules set through `fraud/rules/set` (`domain::fraud`).
    pub(crate) fraud: crate::domain::fraud::FraudState,
    /// Connected-app grants, authorization codes and tokens (`domain::idp`).
    pub(crate) idp: crate::domain::idp::IdpState,
    /// Impersonation tokens, trusted auth token profiles and external sessions
    /// (`domain::session_sources`).
    pub(crate) sources: crate::domain::session_sources::SessionSources,
    /// Cross-organization password resets by token: the email address they reset.
    pub(crate) discovery_password_resets: HashMap<String, OneTimeToken<String>>,
    /// Oldest first, at most `outbox_capacity` messages (see `flows::push_message`).
    pub(crate) outbox: VecDeque<OutboxMessage>,
    pub(crate) outbox_capacity: usize,
    /// Emulator time before which [`Store::prune_expired`] does nothing.
    next_prune: Option<DateTime<Utc>>,
    /// The project's RBAC policy: configuration, so a reset keeps it.
    pub(crate) rbac_policy: types::Policy,
}

impl Store {
    pub(crate) fn new(env: &'static str, keys: KeyRing, outbox_capacity: usize) -> Self {
        Self {
            env,
            keys,
            seq: 0,
            orgs: HashMap::new(),
            members: HashMap::new(),
            sessions: HashMap::new(),
            session_by_token: HashMap::new(),
            magic_links: HashMap::new(),
            password_resets: HashMap::new(),
            otps: HashMap::new(),
            oauth_grants: HashMap::new(),
            sso_grants: HashMap::new(),
            intermediate: HashMap::new(),
            connections: HashMap::new(),
            m2m_clients: HashMap::new(),
            connected_apps: HashMap::new(),
            scim: HashMap::new(),
            email_otps: HashMap::new(),
            fraud: crate::domain::fraud::FraudState::default(),
            idp: crate::domain::idp::IdpState::default(),
            sources: crate::domain::session_sources::SessionSources::default(),
            discovery_password_resets: HashMap::new(),
            outbox: VecDeque::new(),
            outbox_capacity,
            next_prune: None,
            rbac_policy: crate::domain::rbac::default_policy(),
        }
    }

    /// Forgets all data; keeps the signing keys so cached JWKS stay valid.
    pub(crate) fn reset(&mut self) {
        self.orgs.clear();
        self.members.clear();
        self.sessions.clear();
        self.session_by_token.clear();
        self.magic_links.clear();
        self.password_resets.clear();
        self.otps.clear();
        self.oauth_grants.clear();
        self.sso_grants.clear();
        self.intermediate.clear();
        self.connections.clear();
        self.m2m_clients.clear();
        self.connected_apps.clear();
        self.scim.clear();
        self.email_otps.clear();
        self.fraud = crate::domain::fraud::FraudState::default();
        self.idp = crate::domain::idp::IdpState::default();
        self.sources = crate::domain::session_sources::SessionSources::default();
        self.discovery_password_resets.clear();
        self.outbox.clear();
        self.next_prune = None;
    }

    /// Forgets whatever expired more than [`EXPIRED_RETENTION_SECS`] ago: single-use
    /// tokens, OTP codes, intermediate and member sessions. Called before inserting
    /// one of those; sweeps at most once per [`PRUNE_INTERVAL_SECS`] of emulator time.
    pub(crate) fn prune_expired(&mut self, now: DateTime<Utc>) {
        if self.next_prune.is_some_and(|at| now < at) {
            return;
        }
        self.next_prune = Some(now + TimeDelta::seconds(PRUNE_INTERVAL_SECS));
        let cutoff = now - TimeDelta::seconds(EXPIRED_RETENTION_SECS);
        self.magic_links.retain(|_, t| t.expires_at > cutoff);
        self.password_resets.retain(|_, t| t.expires_at > cutoff);
        self.oauth_grants.retain(|_, t| t.expires_at > cutoff);
        self.sso_grants.retain(|_, t| t.expires_at > cutoff);
        self.otps.retain(|_, o| o.expires_at > cutoff);
        self.email_otps.retain(|_, o| o.expires_at > cutoff);
        self.intermediate.retain(|_, i| i.expires_at > cutoff);
        self.discovery_password_resets
            .retain(|_, t| t.expires_at > cutoff);
        self.idp.prune(cutoff);
        self.sources.prune(cutoff);
        let expired: Vec<String> = self
            .sessions
            .values()
            .filter(|s| s.expires_at <= cutoff)
            .map(|s| s.id.clone())
            .collect();
        for id in &expired {
            self.remove_session(id);
        }
    }

    pub(crate) fn next_seq(&mut self) -> u64 {
        self.seq += 1;
        self.seq
    }

    pub(crate) fn new_id(&self, kind: &str) -> String {
        ids::id(kind, self.env)
    }

    pub(crate) fn org(&self, id: &str) -> ApiResult<&types::Organization> {
        self.orgs
            .get(id)
            .map(|r| &r.org)
            .ok_or_else(|| ApiError::organization_not_found(id))
    }

    pub(crate) fn org_mut(&mut self, id: &str) -> ApiResult<&mut types::Organization> {
        self.orgs
            .get_mut(id)
            .map(|r| &mut r.org)
            .ok_or_else(|| ApiError::organization_not_found(id))
    }

    pub(crate) fn slug_taken(&self, slug: &str, except_org: Option<&str>) -> bool {
        self.orgs.values().any(|r| {
            r.org.organization_slug == slug && Some(r.org.organization_id.as_str()) != except_org
        })
    }

    /// The member `member_id` of organization `org_id` (any status).
    pub(crate) fn member(&self, org_id: &str, member_id: &str) -> ApiResult<&MemberRecord> {
        self.org(org_id)?;
        self.members
            .get(member_id)
            .filter(|m| m.member.organization_id == org_id)
            .ok_or_else(ApiError::member_not_found)
    }

    pub(crate) fn member_mut(
        &mut self,
        org_id: &str,
        member_id: &str,
    ) -> ApiResult<&mut MemberRecord> {
        self.org(org_id)?;
        self.members
            .get_mut(member_id)
            .filter(|m| m.member.organization_id == org_id)
            .ok_or_else(ApiError::member_not_found)
    }

    /// The member `member_id` of organization `org_id`, unless it was deleted (a deleted
    /// member is not found, as on the API).
    pub(crate) fn live_member(&self, org_id: &str, member_id: &str) -> ApiResult<&MemberRecord> {
        Some(self.member(org_id, member_id)?)
            .filter(|m| m.member.status != STATUS_DELETED)
            .ok_or_else(ApiError::member_not_found)
    }

    /// [`Store::live_member`], mutable.
    pub(crate) fn live_member_mut(
        &mut self,
        org_id: &str,
        member_id: &str,
    ) -> ApiResult<&mut MemberRecord> {
        Some(self.member_mut(org_id, member_id)?)
            .filter(|m| m.member.status != STATUS_DELETED)
            .ok_or_else(ApiError::member_not_found)
    }

    /// The non-deleted member of `org_id` with `email` (case-insensitive).
    pub(crate) fn member_by_email(&self, org_id: &str, email: &str) -> Option<&MemberRecord> {
        self.members.values().find(|m| {
            m.member.organization_id == org_id
                && m.member.status != STATUS_DELETED
                && m.member.email_address.eq_ignore_ascii_case(email)
        })
    }

    pub(crate) fn insert_member(&mut self, org_id: &str, new: NewMember) -> String {
        let member_id = self.new_id("member");
        let seq = self.next_seq();
        let record = MemberRecord {
            seq,
            member: types::Member {
                created_at: new.created_at,
                default_mfa_method: String::new(),
                external_id: new.external_id.filter(|s| !s.is_empty()),
                is_admin: false,
                is_locked: false,
                lock_created_at: None,
                lock_expires_at: None,
                retired_email_addresses: Vec::new(),
                roles: Vec::new(),
                scim_registration: None,
                totp_registration_id: String::new(),
                updated_at: new.created_at,
                email_address: new.email,
                email_address_verified: new.email_verified,
                is_breakglass: new.is_breakglass,
                member_id: member_id.clone(),
                member_password_id: String::new(),
                mfa_enrolled: new.mfa_enrolled,
                mfa_phone_number: new.mfa_phone_number,
                mfa_phone_number_verified: false,
                name: new.name,
                oauth_registrations: Vec::new(),
                organization_id: org_id.to_owned(),
                sso_registrations: Vec::new(),
                status: new.status.to_owned(),
                trusted_metadata: new.trusted_metadata,
                untrusted_metadata: new.untrusted_metadata,
            },
            email_id: self.new_id("member-email"),
            phone_id: self.new_id("member-phone"),
            password: None,
            explicit_roles: new.roles,
            totp: None,
            sso_groups: HashMap::new(),
            provider_tokens: HashMap::new(),
        };
        self.members.insert(member_id.clone(), record);
        crate::domain::roles::refresh_member(self, &member_id);
        member_id
    }

    /// A live session by its opaque token.
    pub(crate) fn session_by_token(
        &self,
        token: &str,
        now: DateTime<Utc>,
    ) -> ApiResult<&SessionRecord> {
        self.session_by_token
            .get(token)
            .and_then(|id| self.sessions.get(id))
            .filter(|s| s.expires_at > now)
            .ok_or_else(ApiError::session_not_found)
    }

    /// A live session by a JWT this emulator signed (expired JWTs are accepted while
    /// the session lives, as Stytch does).
    pub(crate) fn session_by_jwt(
        &self,
        token: &str,
        now: DateTime<Utc>,
    ) -> ApiResult<&SessionRecord> {
        let claims = self.keys.verify(token).map_err(|why| {
            ApiError::unauthorized(
                ErrorType::UnableToParseSessionJwt,
                format!("The session JWT could not be verified: {why}."),
            )
        })?;
        jwt::session_id(&claims)
            .and_then(|id| self.sessions.get(id))
            .filter(|s| s.expires_at > now)
            .ok_or_else(ApiError::session_not_found)
    }

    /// The session named by exactly one of a token or a JWT.
    pub(crate) fn session_by_credentials(
        &self,
        token: Option<&str>,
        jwt: Option<&str>,
        now: DateTime<Utc>,
    ) -> ApiResult<Option<&SessionRecord>> {
        match (non_empty(token), non_empty(jwt)) {
            (None, None) => Ok(None),
            (Some(_), Some(_)) => Err(ApiError::bad_request(
                ErrorType::TooManySessionArguments,
                "Pass either session_token or session_jwt, not both.",
            )),
            (Some(t), None) => self.session_by_token(t, now).map(Some),
            (None, Some(j)) => self.session_by_jwt(j, now).map(Some),
        }
    }

    pub(crate) fn remove_session(&mut self, session_id: &str) -> Option<SessionRecord> {
        let session = self.sessions.remove(session_id)?;
        self.session_by_token.remove(&session.token);
        Some(session)
    }

    pub(crate) fn revoke_member_sessions(&mut self, member_id: &str) -> usize {
        let ids: Vec<String> = self
            .sessions
            .values()
            .filter(|s| s.member_id == member_id)
            .map(|s| s.id.clone())
            .collect();
        for id in &ids {
            self.remove_session(id);
        }
        ids.len()
    }

    /// Removes an organization and everything that belongs to it.
    pub(crate) fn delete_org(&mut self, org_id: &str) {
        self.orgs.remove(org_id);
        let members: Vec<String> = self
            .members
            .values()
            .filter(|m| m.member.organization_id == org_id)
            .map(|m| m.member.member_id.clone())
            .collect();
        for id in members {
            self.revoke_member_sessions(&id);
            self.members.remove(&id);
            self.otps.remove(&id);
        }
        self.connections
            .retain(|_, c| c.organization_id() != org_id);
    }

    /// Recomputes the organization's list of active SSO connections.
    pub(crate) fn refresh_active_connections(&mut self, org_id: &str) {
        let mut active: Vec<types::ActiveSsoConnection> = self
            .connections
            .iter()
            .filter(|(_, c)| c.organization_id() == org_id && c.is_active())
            .map(|(id, c)| types::ActiveSsoConnection {
                connection_id: id.clone(),
                display_name: c.display_name().to_owned(),
                identity_provider: c.identity_provider().to_owned(),
            })
            .collect();
        active.sort_by(|a, b| a.connection_id.cmp(&b.connection_id));
        if let Some(record) = self.orgs.get_mut(org_id) {
            record.org.sso_active_connections = active;
        }
    }
}

pub(crate) fn non_empty(s: Option<&str>) -> Option<&str> {
    s.filter(|s| !s.is_empty())
}

#[cfg(test)]
mod tests {
    use chrono::{DateTime, TimeDelta, Utc};

    use super::{
        EXPIRED_RETENTION_SECS, IntermediateSession, MagicLinkTarget, OAuthGrant, ResetTarget,
        SsoGrant, Store,
    };
    use crate::config::DEFAULT_OUTBOX_CAPACITY;
    use crate::domain::flows::{self, Ctx};
    use crate::domain::tokens;
    use crate::jwt::{KeyError, KeyRing, SigningKey};
    use crate::outbox::{Channel, MessageKind, OutboxMessage};

    type Result = std::result::Result<(), Box<dyn std::error::Error>>;

    fn store(outbox_capacity: usize) -> std::result::Result<Store, KeyError> {
        let key = SigningKey::generate("test")?;
        Ok(Store::new("test", KeyRing::new(key), outbox_capacity))
    }

    /// One of everything that expires, all ten minutes after `now` (the OTP code and
    /// the session through the flows that insert them).
    fn fill(store: &mut Store, now: DateTime<Utc>) -> Result {
        let expires_at = now + TimeDelta::minutes(10);
        let email = "prune@example.com".to_owned();
        tokens::issue(
            &mut store.magic_links,
            MagicLinkTarget::Discovery {
                email: email.clone(),
            },
            expires_at,
            None,
        );
        let reset = ResetTarget {
            organization_id: "org".to_owned(),
            member_id: "member".to_owned(),
        };
        tokens::issue(&mut store.password_resets, reset, expires_at, None);
        let oauth = OAuthGrant {
            organization_id: None,
            email: email.clone(),
            name: String::new(),
            provider_type: "google".to_owned(),
            provider_subject: "subject".to_owned(),
            provider_tenant_id: None,
        };
        tokens::issue(&mut store.oauth_grants, oauth, expires_at, None);
        let sso = SsoGrant {
            organization_id: "org".to_owned(),
            connection_id: "connection".to_owned(),
            email: email.clone(),
            name: String::new(),
            external_id: "external".to_owned(),
            groups: Vec::new(),
        };
        tokens::issue(&mut store.sso_grants, sso, expires_at, None);
        let intermediate = IntermediateSession {
            email,
            organization_id: None,
            member_id: None,
            factors: Vec::new(),
            expires_at,
        };
        store.intermediate.insert("ist".to_owned(), intermediate);
        flows::send_otp(store, now, "org", "member", "+15555550100");
        let ctx = Ctx {
            project_id: "project-test-prune",
            issuer: "http://127.0.0.1:1",
            now,
        };
        flows::start_session(store, ctx, "org", "member", Vec::new(), Some(10), None)
            .map_err(|e| e.message().to_owned())?;
        Ok(())
    }

    fn sizes(store: &Store) -> [usize; 8] {
        [
            store.magic_links.len(),
            store.password_resets.len(),
            store.oauth_grants.len(),
            store.sso_grants.len(),
            store.otps.len(),
            store.intermediate.len(),
            store.sessions.len(),
            store.session_by_token.len(),
        ]
    }

    #[test]
    fn what_expired_a_day_ago_is_forgotten_when_something_new_is_inserted() -> Result {
        let mut store = store(DEFAULT_OUTBOX_CAPACITY)?;
        let t0 = Utc::now();
        fill(&mut store, t0)?;
        assert_eq!(sizes(&store), [1; 8]);

        // Expired, but within the retention: still known (refused as expired).
        let soon = t0 + TimeDelta::minutes(30);
        flows::create_intermediate(&mut store, soon, "a@example.com", None, None, Vec::new());
        assert_eq!(sizes(&store), [1, 1, 1, 1, 1, 2, 1, 1]);

        // A day after expiry, the next insertion sweeps every expired entry.
        let late = soon + TimeDelta::seconds(EXPIRED_RETENTION_SECS) + TimeDelta::minutes(11);
        flows::create_intermediate(&mut store, late, "b@example.com", None, None, Vec::new());
        assert_eq!(sizes(&store), [0, 0, 0, 0, 0, 1, 0, 0]);
        Ok(())
    }

    fn message(n: usize) -> OutboxMessage {
        let now = Utc::now();
        OutboxMessage {
            message_id: format!("message-{n}"),
            kind: MessageKind::Discovery,
            channel: Channel::Email,
            recipient: format!("user{n}@example.com"),
            organization_id: None,
            member_id: None,
            token: format!("token-{n}"),
            redirect_url: None,
            sent_at: now,
            expires_at: now,
        }
    }

    #[test]
    fn the_outbox_keeps_the_newest_thousand_messages_by_default() -> Result {
        let mut store = store(DEFAULT_OUTBOX_CAPACITY)?;
        for n in 0..=DEFAULT_OUTBOX_CAPACITY {
            flows::push_message(&mut store, message(n));
        }
        assert_eq!(store.outbox.len(), 1_000);
        let ids = |m: Option<&OutboxMessage>| m.map(|m| m.message_id.clone());
        assert_eq!(ids(store.outbox.front()), Some("message-1".to_owned()));
        assert_eq!(ids(store.outbox.back()), Some("message-1000".to_owned()));

        let mut none = self::store(0)?;
        flows::push_message(&mut none, message(0));
        assert!(none.outbox.is_empty());
        Ok(())
    }
}
