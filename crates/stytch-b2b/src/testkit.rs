//! Test helpers for applications that verify Stytch B2B session JWTs and M2M access tokens:
//! RSA key pairs, their JWKS document, and Stytch-shaped member-session JWTs
//! ([`TestSessionJwt`]) and M2M access tokens ([`TestM2mJwt`]) with every part choosable.
//!
//! Enabled by the `testkit` feature; meant for dev-dependencies.
//!
//! ```
//! use std::time::{Duration, SystemTime};
//! use stytch_b2b::testkit::{TestKey, TestSessionJwt, jwks_json};
//!
//! # fn main() -> Result<(), stytch_b2b::testkit::TestkitError> {
//! let key = TestKey::generate("jwk-test-1")?;
//! let jwks = jwks_json(&[&key]); // serve this as the JWKS endpoint's body
//! let token = TestSessionJwt::new("project-test-1")
//!     .organization_slug("acme")
//!     .roles(["stytch_member", "editor"])
//!     .custom_claim("plan", "enterprise")
//!     .expires_in(Duration::from_secs(60))
//!     .sign(&key)?;
//! assert_eq!(token.split('.').count(), 3);
//! # Ok(())
//! # }
//! ```

use std::fmt;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use aws_lc_rs::rand::SystemRandom;
use aws_lc_rs::rsa::{KeyPair, KeySize};
use aws_lc_rs::signature::{self, KeyPair as _, RsaEncoding};
use aws_lc_rs::{hmac, io::Positive};
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, SecondsFormat, Utc};
use serde_json::{Map, Value, json};

mod basics;
mod m2m;

use basics::{TokenBasics, token_basics_setters};
pub use m2m::TestM2mJwt;

/// A failure of the key generator or the signer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum TestkitError {
    /// The RSA key pair could not be generated.
    #[error("RSA key generation failed")]
    KeyGeneration,
    /// The signature could not be computed.
    #[error("signing failed")]
    Signing,
}

/// An RSA-2048 key pair with a key id, standing in for one of Stytch's signing keys.
pub struct TestKey {
    kid: String,
    pair: KeyPair,
}

impl TestKey {
    /// Generates a fresh RSA-2048 key pair named `kid`.
    ///
    /// # Errors
    /// [`TestkitError::KeyGeneration`] if the generator fails.
    pub fn generate(kid: impl Into<String>) -> Result<Self, TestkitError> {
        let pair = KeyPair::generate(KeySize::Rsa2048).map_err(|_| TestkitError::KeyGeneration)?;
        Ok(Self {
            kid: kid.into(),
            pair,
        })
    }

    /// The key id.
    pub fn kid(&self) -> &str {
        &self.kid
    }

    /// The public key as a JWK, shaped like the entries of Stytch's JWKS.
    pub fn jwk(&self) -> Value {
        let public = self.pair.public_key();
        json!({
            "kty": "RSA",
            "use": "sig",
            "key_ops": ["verify"],
            "alg": "RS256",
            "kid": self.kid,
            "n": b64(positive(&public.modulus())),
            "e": b64(positive(&public.exponent())),
        })
    }

    /// The public key as DER (`RSAPublicKey`, RFC 8017).
    pub fn public_key_der(&self) -> &[u8] {
        self.pair.public_key().as_ref()
    }

    /// Signs `message` with RSASSA-PKCS1-v1_5 and SHA-256 (RS256).
    ///
    /// # Errors
    /// [`TestkitError::Signing`] if the signer fails.
    pub fn sign_rs256(&self, message: &[u8]) -> Result<Vec<u8>, TestkitError> {
        self.sign_rsa(&signature::RSA_PKCS1_SHA256, message)
    }

    /// Builds a compact JWT from raw header and payload JSON text, signed RS256. The text
    /// is used as given, so it can hold what a JSON builder cannot (a repeated name).
    ///
    /// # Errors
    /// [`TestkitError::Signing`] if the signer fails.
    pub fn sign_compact(
        &self,
        header_json: &str,
        payload_json: &str,
    ) -> Result<String, TestkitError> {
        self.sign_segments(&b64(header_json), &b64(payload_json))
    }

    /// Signs two already encoded segments (which need not be valid base64url) with RS256
    /// and appends the signature.
    ///
    /// # Errors
    /// [`TestkitError::Signing`] if the signer fails.
    pub fn sign_segments(
        &self,
        header_b64: &str,
        payload_b64: &str,
    ) -> Result<String, TestkitError> {
        self.sign_segments_as("RS256", header_b64, payload_b64)
    }

    /// Signs two encoded segments as `alg` says (see `sign_as`) and appends the
    /// signature.
    fn sign_segments_as(
        &self,
        alg: &str,
        header_b64: &str,
        payload_b64: &str,
    ) -> Result<String, TestkitError> {
        let signing_input = format!("{header_b64}.{payload_b64}");
        let signature = self.sign_as(alg, signing_input.as_bytes())?;
        Ok(format!("{signing_input}.{}", b64(signature)))
    }

    fn sign_rsa(
        &self,
        encoding: &'static dyn RsaEncoding,
        message: &[u8],
    ) -> Result<Vec<u8>, TestkitError> {
        let mut signature = vec![0; self.pair.public_modulus_len()];
        self.pair
            .sign(encoding, &SystemRandom::new(), message, &mut signature)
            .map_err(|_| TestkitError::Signing)?;
        Ok(signature)
    }

    /// Signs as the header's `alg` says. Unknown names get an RS256 signature, so that only
    /// the header tells the token apart from a valid one.
    fn sign_as(&self, alg: &str, message: &[u8]) -> Result<Vec<u8>, TestkitError> {
        match alg {
            "RS384" => self.sign_rsa(&signature::RSA_PKCS1_SHA384, message),
            "RS512" => self.sign_rsa(&signature::RSA_PKCS1_SHA512, message),
            "PS256" => self.sign_rsa(&signature::RSA_PSS_SHA256, message),
            "PS384" => self.sign_rsa(&signature::RSA_PSS_SHA384, message),
            "PS512" => self.sign_rsa(&signature::RSA_PSS_SHA512, message),
            // The algorithm-confusion attack: an HMAC keyed with the public key.
            "HS256" => {
                let key = hmac::Key::new(hmac::HMAC_SHA256, self.public_key_der());
                Ok(hmac::sign(&key, message).as_ref().to_vec())
            }
            "none" => Ok(Vec::new()),
            _ => self.sign_rs256(message),
        }
    }
}

impl fmt::Debug for TestKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TestKey")
            .field("kid", &self.kid)
            .finish_non_exhaustive()
    }
}

/// A JWKS document holding the public halves of `keys`, shaped like the body of Stytch's
/// `GET /v1/b2b/sessions/jwks/{project_id}`.
pub fn jwks_json(keys: &[&TestKey]) -> String {
    jwks_json_from(keys.iter().map(|key| key.jwk()).collect())
}

/// A JWKS document holding the given JWK objects as they are (for keys of other types or
/// malformed entries).
pub fn jwks_json_from(jwks: Vec<Value>) -> String {
    json!({
        "keys": jwks,
        "request_id": "request-id-test-00000000-0000-0000-0000-000000000000",
        "status_code": 200,
    })
    .to_string()
}

/// An email magic-link authentication factor, as Stytch puts it in a session claim.
pub fn email_magic_link_factor(email_address: &str, authenticated_at: SystemTime) -> Value {
    json!({
        "type": "magic_link",
        "delivery_method": "email",
        "last_authenticated_at": rfc3339(authenticated_at),
        "email_factor": {
            "email_id": "email-test-00000000-0000-0000-0000-000000000001",
            "email_address": email_address,
        },
    })
}

/// A builder of Stytch-shaped B2B member-session JWTs.
///
/// Defaults: issuer `stytch.com/{project_id}`, audience `[project_id]`, issued and valid from
/// now, token expiry in 5 minutes, a session started 10 minutes ago and expiring in an hour,
/// one email magic-link factor, role `stytch_member`, organization slug `example-org`,
/// `alg` RS256, `typ` JWT and `kid` the signing key's.
#[derive(Debug, Clone)]
pub struct TestSessionJwt {
    basics: TokenBasics,
    member_id: String,
    member_session_id: String,
    organization_id: String,
    organization_slug: Option<String>,
    roles: Vec<String>,
    factors: Option<Vec<Value>>,
    session_started_at: Option<SystemTime>,
    session_last_accessed_at: Option<SystemTime>,
    session_expires_at: Option<SystemTime>,
}

impl TestSessionJwt {
    /// A token for `project_id` with the defaults listed on the type.
    pub fn new(project_id: impl Into<String>) -> Self {
        Self {
            basics: TokenBasics::new(project_id.into()),
            member_id: "member-test-00000000-0000-0000-0000-000000000001".to_owned(),
            member_session_id: "member-session-test-00000000-0000-0000-0000-000000000001"
                .to_owned(),
            organization_id: "organization-test-00000000-0000-0000-0000-000000000001".to_owned(),
            organization_slug: Some("example-org".to_owned()),
            roles: vec!["stytch_member".to_owned()],
            factors: None,
            session_started_at: None,
            session_last_accessed_at: None,
            session_expires_at: None,
        }
    }

    token_basics_setters!(header_issuer_audience {
        /// The header's `alg`; the signature follows it (RS*/PS*, HS256 keyed with the public
        /// key, `none` unsigned; any other name gets an RS256 signature).
        algorithm
    });

    /// The member id (`sub`).
    #[must_use]
    pub fn member_id(mut self, member_id: impl Into<String>) -> Self {
        self.member_id = member_id.into();
        self
    }

    /// The member session id (the session claim's `id`).
    #[must_use]
    pub fn member_session_id(mut self, id: impl Into<String>) -> Self {
        self.member_session_id = id.into();
        self
    }

    /// The organization id.
    #[must_use]
    pub fn organization_id(mut self, id: impl Into<String>) -> Self {
        self.organization_id = id.into();
        self
    }

    /// The organization slug.
    #[must_use]
    pub fn organization_slug(mut self, slug: impl Into<String>) -> Self {
        self.organization_slug = Some(slug.into());
        self
    }

    /// Leaves the slug out of the organization claim.
    #[must_use]
    pub fn without_organization_slug(mut self) -> Self {
        self.organization_slug = None;
        self
    }

    /// The member's roles.
    #[must_use]
    pub fn roles<I, S>(mut self, roles: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.roles = roles.into_iter().map(Into::into).collect();
        self
    }

    /// The session's authentication factors, as JSON objects.
    #[must_use]
    pub fn authentication_factors(mut self, factors: Vec<Value>) -> Self {
        self.factors = Some(factors);
        self
    }

    token_basics_setters!(times);

    /// The session's `started_at`.
    #[must_use]
    pub fn session_started_at(mut self, at: SystemTime) -> Self {
        self.session_started_at = Some(at);
        self
    }

    /// The session's `last_accessed_at`.
    #[must_use]
    pub fn session_last_accessed_at(mut self, at: SystemTime) -> Self {
        self.session_last_accessed_at = Some(at);
        self
    }

    /// The session's `expires_at`.
    #[must_use]
    pub fn session_expires_at(mut self, at: SystemTime) -> Self {
        self.session_expires_at = Some(at);
        self
    }

    token_basics_setters!(claim_overrides {
        /// Sets a top-level claim: a custom claim, or a replacement for any built claim.
        custom_claim
        /// Removes a top-level claim from the payload (e.g. `exp`).
        without_claim
    });

    /// The header this builder produces when signed by `key`.
    pub fn header_json(&self, key: &TestKey) -> Map<String, Value> {
        self.basics.header_json(key)
    }

    /// The payload this builder produces.
    pub fn payload_json(&self) -> Map<String, Value> {
        let now = self.basics.now;
        let minutes = |n: u64| Duration::from_secs(60 * n);
        let mut organization = Map::new();
        organization.insert(
            "organization_id".to_owned(),
            Value::from(self.organization_id.as_str()),
        );
        if let Some(slug) = &self.organization_slug {
            organization.insert("slug".to_owned(), Value::from(slug.as_str()));
        }
        let factors = self
            .factors
            .clone()
            .unwrap_or_else(|| vec![email_magic_link_factor("member@example.com", now)]);
        let session = json!({
            "id": self.member_session_id,
            "started_at": rfc3339(self.session_started_at.unwrap_or(now - minutes(10))),
            "last_accessed_at": rfc3339(self.session_last_accessed_at.unwrap_or(now)),
            "expires_at": rfc3339(self.session_expires_at.unwrap_or(now + minutes(60))),
            "attributes": {"ip_address": "203.0.113.7", "user_agent": "Mozilla/5.0 (testkit)"},
            "authentication_factors": factors,
            "roles": self.roles,
        });
        let mut claims = Map::new();
        claims.insert("https://stytch.com/session".to_owned(), session);
        claims.insert(
            "https://stytch.com/organization".to_owned(),
            Value::Object(organization),
        );
        self.basics
            .payload_json(claims, &self.member_id, minutes(5))
    }

    /// Encodes and signs the token with `key`.
    ///
    /// # Errors
    /// [`TestkitError::Signing`] if the signer fails.
    pub fn sign(&self, key: &TestKey) -> Result<String, TestkitError> {
        self.basics.sign(key, self.payload_json())
    }
}

fn apply(object: &mut Map<String, Value>, overrides: &[(String, Option<Value>)]) {
    for (name, value) in overrides {
        match value {
            Some(value) => {
                object.insert(name.clone(), value.clone());
            }
            None => {
                object.remove(name);
            }
        }
    }
}

fn b64(bytes: impl AsRef<[u8]>) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

fn positive<'a>(value: &'a Positive<'a>) -> &'a [u8] {
    value.big_endian_without_leading_zero()
}

/// Whole seconds since the Unix epoch (negative before it).
fn unix(at: SystemTime) -> Value {
    match at.duration_since(UNIX_EPOCH) {
        Ok(after) => Value::from(after.as_secs()),
        Err(before) => {
            Value::from(i64::try_from(before.duration().as_secs()).map_or(i64::MIN, |s| -s))
        }
    }
}

/// RFC 3339 in UTC with whole seconds, as Stytch writes session times.
pub fn rfc3339(at: SystemTime) -> String {
    DateTime::<Utc>::from(at).to_rfc3339_opts(SecondsFormat::Secs, true)
}
