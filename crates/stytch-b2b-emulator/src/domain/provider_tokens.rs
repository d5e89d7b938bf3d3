//! The tokens an OAuth identity provider issues at a member's login, kept per OAuth
//! registration as Stytch keeps them: `oauth/authenticate` answers them as
//! `provider_values`, and `organizations/{id}/members/{id}/oauth_providers/{provider}`
//! returns those of the member's latest login (refresh tokens only when asked for).
//!
//! What each provider issues follows the provider: Google and Microsoft an access,
//! refresh and OpenID Connect ID token; GitHub an access token only (no refresh
//! token, no expiry); Slack (Sign in with Slack) an access and ID token; HubSpot an
//! access and refresh token, with a Hub ID as tenant. The tokens are random; ID
//! tokens are JWT-shaped (header and claims readable) but their signature is random,
//! so nothing can verify them.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, Duration, Utc};
use serde_json::json;
use stytch_b2b_api::types;

use crate::ids;

/// The tokens of one registration, from its latest login.
#[derive(Debug, Clone)]
pub(crate) struct ProviderTokens {
    pub(crate) provider_subject: String,
    pub(crate) access_token: String,
    /// `None` for providers that issue none (GitHub, Slack).
    pub(crate) refresh_token: Option<String>,
    /// `None` for providers that are not OpenID Connect providers (GitHub, HubSpot).
    pub(crate) id_token: Option<String>,
    pub(crate) scopes: Vec<String>,
    /// `None` for access tokens that do not expire (GitHub, Slack).
    pub(crate) expires_at: Option<DateTime<Utc>>,
    /// The provider's tenants of the user: a Slack workspace, a HubSpot Hub, GitHub
    /// organizations, a Google Workspace domain or a Microsoft tenant.
    pub(crate) tenant_ids: Vec<String>,
    /// When the login that issued them happened; the latest login wins where the API
    /// returns one set of tokens per provider.
    pub(crate) issued_at: DateTime<Utc>,
    /// Store sequence number of that login, to order logins within one instant.
    pub(crate) issued_seq: u64,
}

/// Who logged in at the provider, and when.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Login<'a> {
    /// `google`, `microsoft`, `github`, `slack` or `hubspot`.
    pub(crate) provider_type: &'a str,
    pub(crate) provider_subject: &'a str,
    pub(crate) email: &'a str,
    /// The tenant the login carried, if the control operation named one.
    pub(crate) tenant_id: Option<&'a str>,
    pub(crate) now: DateTime<Utc>,
    pub(crate) seq: u64,
}

/// Seconds a provider's access token lives, for those whose tokens expire.
fn lifetime_secs(provider: &str) -> Option<i64> {
    match provider {
        "google" | "microsoft" => Some(3600),
        // HubSpot access tokens last 30 minutes.
        "hubspot" => Some(1800),
        _ => None,
    }
}

fn scopes(provider: &str) -> Vec<String> {
    let s: &[&str] = match provider {
        "github" => &["read:user", "user:email"],
        "hubspot" => &["oauth"],
        "microsoft" => &["openid", "email", "profile", "offline_access"],
        _ => &["openid", "email", "profile"],
    };
    s.iter().map(|s| (*s).to_owned()).collect()
}

/// The tenant a login without a named one gets: Slack and HubSpot always put the
/// user in a workspace or Hub, the other providers need not.
fn default_tenant(provider: &str) -> Option<String> {
    let b = ids::random_bytes::<5>();
    match provider {
        "slack" => Some(format!(
            "T{:02X}{:02X}{:02X}{:02X}{:02X}",
            b[0], b[1], b[2], b[3], b[4]
        )),
        "hubspot" => {
            let n = u32::from_be_bytes([b[0], b[1], b[2], b[3]]) % 90_000_000 + 10_000_000;
            Some(n.to_string())
        }
        _ => None,
    }
}

/// The `iss` of the provider's ID tokens.
fn id_token_issuer(provider: &str, tenant: Option<&str>) -> String {
    match provider {
        "google" => "https://accounts.google.com".to_owned(),
        "microsoft" => format!(
            "https://login.microsoftonline.com/{}/v2.0",
            tenant.unwrap_or("common")
        ),
        _ => "https://slack.com".to_owned(),
    }
}

/// A JWT-shaped ID token with the login's claims and a random signature.
fn id_token(login: &Login<'_>, tenant: Option<&str>, expires_at: DateTime<Utc>) -> String {
    let header = json!({"alg": "RS256", "typ": "JWT"});
    let claims = json!({
        "iss": id_token_issuer(login.provider_type, tenant),
        "sub": login.provider_subject,
        "email": login.email,
        "email_verified": true,
        "iat": login.now.timestamp(),
        "exp": expires_at.timestamp(),
    });
    let part = |v: &serde_json::Value| URL_SAFE_NO_PAD.encode(v.to_string());
    format!(
        "{}.{}.{}",
        part(&header),
        part(&claims),
        URL_SAFE_NO_PAD.encode(ids::random_bytes::<64>())
    )
}

impl ProviderTokens {
    /// The tokens the provider issues at `login`.
    pub(crate) fn issue(login: &Login<'_>) -> Self {
        let provider = login.provider_type;
        let tenant = login
            .tenant_id
            .filter(|t| !t.is_empty())
            .map(str::to_owned)
            .or_else(|| default_tenant(provider));
        let expires_at = lifetime_secs(provider).map(|s| login.now + Duration::seconds(s));
        let refresh_token = matches!(provider, "google" | "microsoft" | "hubspot").then(ids::token);
        let id_token = matches!(provider, "google" | "microsoft" | "slack").then(|| {
            let exp = expires_at.unwrap_or(login.now + Duration::hours(1));
            id_token(login, tenant.as_deref(), exp)
        });
        Self {
            provider_subject: login.provider_subject.to_owned(),
            access_token: ids::token(),
            refresh_token,
            id_token,
            scopes: scopes(provider),
            expires_at,
            tenant_ids: tenant.into_iter().collect(),
            issued_at: login.now,
            issued_seq: login.seq,
        }
    }

    /// The `provider_values` of the `oauth/authenticate` answer.
    pub(crate) fn provider_values(&self) -> types::ProviderValues {
        types::ProviderValues {
            access_token: Some(self.access_token.clone().into()),
            expires_at: self.expires_at,
            id_token: self.id_token.clone().map(Into::into),
            refresh_token: self.refresh_token.clone().map(Into::into),
            scopes: self.scopes.clone(),
        }
    }

    /// Seconds until the access token expires at `now` (0 once expired); for a token
    /// that does not expire, a provider's usual hour.
    pub(crate) fn expires_in(&self, now: DateTime<Utc>) -> i64 {
        self.expires_at
            .map_or(3600, |at| (at - now).num_seconds().max(0))
    }

    /// The refresh token, when asked for and the provider issued one.
    pub(crate) fn refresh_token_if(
        &self,
        include: Option<bool>,
    ) -> Option<stytch_b2b_api::SecretString> {
        if include == Some(true) {
            self.refresh_token.clone().map(Into::into)
        } else {
            None
        }
    }

    /// The single tenant id (`provider_tenant_id`), empty unless exactly one.
    pub(crate) fn tenant_id(&self) -> String {
        match self.tenant_ids.as_slice() {
            [one] => one.clone(),
            _ => String::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Login, ProviderTokens};

    fn login(provider: &str) -> ProviderTokens {
        ProviderTokens::issue(&Login {
            provider_type: provider,
            provider_subject: "subject-1",
            email: "ada@acme.example",
            tenant_id: None,
            now: chrono::Utc::now(),
            seq: 1,
        })
    }

    #[test]
    fn each_provider_issues_what_it_issues() {
        let google = login("google");
        assert!(google.refresh_token.is_some() && google.id_token.is_some());
        assert!(google.tenant_ids.is_empty());
        let github = login("github");
        assert!(github.refresh_token.is_none() && github.id_token.is_none());
        assert!(github.expires_at.is_none());
        let slack = login("slack");
        assert!(slack.refresh_token.is_none() && slack.id_token.is_some());
        assert!(slack.tenant_id().starts_with('T'));
        let hubspot = login("hubspot");
        assert!(hubspot.refresh_token.is_some() && hubspot.id_token.is_none());
        assert_eq!(hubspot.tenant_id().len(), 8);
    }
}
