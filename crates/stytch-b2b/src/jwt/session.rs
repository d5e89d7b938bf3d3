//! The member session that a verified session JWT describes.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::json_object::{JsonObject, custom_claims_accessors};

/// A member session read from a verified session JWT, without a call to the Stytch API.
///
/// Verification returns it inside an [`Arc`], so a repeated token served from the
/// verified-token cache costs no copy of the session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct LocalMemberSession {
    /// The member session id (`id` of the `https://stytch.com/session` claim).
    pub member_session_id: String,
    /// The member id (`sub`).
    pub member_id: String,
    /// The organization id (`organization_id` of the `https://stytch.com/organization` claim).
    pub organization_id: String,
    /// The organization slug (`slug` of the organization claim), when the token has one.
    pub organization_slug: Option<String>,
    /// When the session started.
    pub started_at: DateTime<Utc>,
    /// When the session was last used to authenticate.
    pub last_accessed_at: DateTime<Utc>,
    /// When the session expires: the session claim's `expires_at`, else the token's `exp`.
    pub expires_at: DateTime<Utc>,
    /// The factors the member authenticated with, in token order.
    pub authentication_factors: Vec<AuthenticationFactor>,
    /// The roles of the member in the organization (RBAC role ids).
    pub roles: Vec<String>,
    pub(crate) custom_claims: JsonObject,
}

impl LocalMemberSession {
    custom_claims_accessors! {
        /// Every claim that is neither a registered JWT claim (`iss`, `sub`, `aud`, `exp`, `nbf`,
        /// `iat`, `jti`) nor a `https://stytch.com/…` claim.
        ///
        /// Built on first use and kept, so verifications that never look at custom claims do
        /// not pay for them.
    }
}

/// A verified member session together with its custom claims decoded into `T`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct LocalMemberSessionWithClaims<T> {
    /// The verified session.
    pub session: Arc<LocalMemberSession>,
    /// The custom claims decoded into the caller's type.
    pub custom_claims: T,
}

/// One authentication factor of a member session.
///
/// Factor types and delivery methods that this crate does not know are kept, never
/// rejected: see [`FactorType::Other`] and [`AuthenticationFactor::delivery_method`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AuthenticationFactor {
    /// The kind of factor (`type` in the token).
    pub factor_type: FactorType,
    /// How the factor was delivered, e.g. `email`, `sms`, `oauth_google`, `sso_saml`.
    pub delivery_method: String,
    /// When the member last authenticated with this factor.
    pub last_authenticated_at: Option<DateTime<Utc>>,
    /// When the factor was created.
    pub created_at: Option<DateTime<Utc>>,
    /// When the factor was last updated.
    pub updated_at: Option<DateTime<Utc>>,
    pub(crate) raw: JsonObject,
}

impl AuthenticationFactor {
    /// The whole factor object as it appears in the token, including its type-specific
    /// detail (`email_factor`, `google_oauth_factor`, `saml_sso_factor`, …). Built on first
    /// use.
    pub fn raw(&self) -> &Map<String, Value> {
        self.raw.map()
    }

    /// The factor object as JSON text.
    pub fn raw_json(&self) -> &str {
        self.raw.text()
    }

    /// The factor's type-specific detail object, e.g. `detail("email_factor")`.
    pub fn detail(&self, name: &str) -> Option<&Map<String, Value>> {
        self.raw().get(name).and_then(Value::as_object)
    }
}

/// The `type` of an authentication factor.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum FactorType {
    /// `magic_link`
    MagicLink,
    /// `otp`
    Otp,
    /// `oauth`
    Oauth,
    /// `webauthn`
    Webauthn,
    /// `totp`
    Totp,
    /// `crypto`
    Crypto,
    /// `password`
    Password,
    /// `signature_challenge`
    SignatureChallenge,
    /// `sso`
    Sso,
    /// A type this crate does not know, kept as written in the token.
    #[serde(untagged)]
    Other(String),
}

impl FactorType {
    /// Reads a factor type as written in a token.
    pub fn parse(value: &str) -> Self {
        match value {
            "magic_link" => Self::MagicLink,
            "otp" => Self::Otp,
            "oauth" => Self::Oauth,
            "webauthn" => Self::Webauthn,
            "totp" => Self::Totp,
            "crypto" => Self::Crypto,
            "password" => Self::Password,
            "signature_challenge" => Self::SignatureChallenge,
            "sso" => Self::Sso,
            other => Self::Other(other.to_owned()),
        }
    }

    /// The factor type as written in a token.
    pub fn as_str(&self) -> &str {
        match self {
            Self::MagicLink => "magic_link",
            Self::Otp => "otp",
            Self::Oauth => "oauth",
            Self::Webauthn => "webauthn",
            Self::Totp => "totp",
            Self::Crypto => "crypto",
            Self::Password => "password",
            Self::SignatureChallenge => "signature_challenge",
            Self::Sso => "sso",
            Self::Other(other) => other,
        }
    }
}
