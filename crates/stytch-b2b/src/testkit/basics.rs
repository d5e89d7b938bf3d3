//! What the token builders share: the header, the registered claims, the claim overrides
//! and the signing, with the setters of those parts.

use std::time::{Duration, SystemTime};

use serde_json::{Map, Value, json};

use super::{TestKey, TestkitError, apply, b64, unix};

/// The parts of a token that every builder sets the same way.
#[derive(Debug, Clone)]
pub(super) struct TokenBasics {
    pub(super) project_id: String,
    /// The instant the default times are relative to.
    pub(super) now: SystemTime,
    pub(super) algorithm: String,
    pub(super) kid: KeyIdChoice,
    pub(super) header_overrides: Vec<(String, Option<Value>)>,
    pub(super) issuer: Option<String>,
    pub(super) audience: Option<Value>,
    pub(super) issued_at: Option<SystemTime>,
    pub(super) not_before: Option<SystemTime>,
    pub(super) expires_at: Option<SystemTime>,
    pub(super) claim_overrides: Vec<(String, Option<Value>)>,
}

#[derive(Debug, Clone)]
pub(super) enum KeyIdChoice {
    FromKey,
    Named(String),
    Omitted,
}

impl TokenBasics {
    /// RS256, the signing key's `kid`, and every claim at its default.
    pub(super) fn new(project_id: String) -> Self {
        Self {
            project_id,
            now: SystemTime::now(),
            algorithm: "RS256".to_owned(),
            kid: KeyIdChoice::FromKey,
            header_overrides: Vec::new(),
            issuer: None,
            audience: None,
            issued_at: None,
            not_before: None,
            expires_at: None,
            claim_overrides: Vec::new(),
        }
    }

    /// A JOSE header as Stytch writes it (`alg`, `typ` JWT, `kid`), then the overrides.
    pub(super) fn header_json(&self, key: &TestKey) -> Map<String, Value> {
        let mut header = Map::new();
        header.insert("alg".to_owned(), Value::from(self.algorithm.as_str()));
        header.insert("typ".to_owned(), Value::from("JWT"));
        match &self.kid {
            KeyIdChoice::FromKey => {
                header.insert("kid".to_owned(), Value::from(key.kid()));
            }
            KeyIdChoice::Named(kid) => {
                header.insert("kid".to_owned(), Value::from(kid.as_str()));
            }
            KeyIdChoice::Omitted => {}
        }
        apply(&mut header, &self.header_overrides);
        header
    }

    /// The payload: the builder's own `claims`, `iss` (by default `stytch.com/{project_id}`),
    /// `sub` the `subject`, `aud` (by default `[project_id]`), `iat` and `nbf` (by default
    /// now) and `exp` (by default `lifetime` from now), then the claim overrides.
    pub(super) fn payload_json(
        &self,
        mut claims: Map<String, Value>,
        subject: &str,
        lifetime: Duration,
    ) -> Map<String, Value> {
        let now = self.now;
        let mut put = |name: &str, value: Value| {
            claims.insert(name.to_owned(), value);
        };
        put(
            "iss",
            Value::from(
                self.issuer
                    .clone()
                    .unwrap_or_else(|| format!("stytch.com/{}", self.project_id)),
            ),
        );
        put("sub", Value::from(subject));
        put(
            "aud",
            self.audience
                .clone()
                .unwrap_or_else(|| json!([self.project_id])),
        );
        put("iat", unix(self.issued_at.unwrap_or(now)));
        put("nbf", unix(self.not_before.unwrap_or(now)));
        put("exp", unix(self.expires_at.unwrap_or(now + lifetime)));
        apply(&mut claims, &self.claim_overrides);
        claims
    }

    /// Encodes the header and `payload` and signs them with `key` as the algorithm says.
    pub(super) fn sign(
        &self,
        key: &TestKey,
        payload: Map<String, Value>,
    ) -> Result<String, TestkitError> {
        let header = Value::Object(self.header_json(key)).to_string();
        let payload = Value::Object(payload).to_string();
        key.sign_segments_as(&self.algorithm, &b64(header), &b64(payload))
    }
}

/// The public setters of a builder's `basics: TokenBasics` field, with their rustdoc, in
/// three groups so that each builder can place its own setters between them:
///
/// * `header_issuer_audience { docs algorithm }`: `at`, `algorithm` (documented by the
///   doc comments given), `key_id`, `without_key_id`, `header`, `without_header`, `issuer`
///   and `audience`;
/// * `times`: `issued_at`, `not_before`, `expires_at` and `expires_in`;
/// * `claim_overrides { docs custom_claim docs without_claim }`: `custom_claim` and
///   `without_claim`, each documented by the doc comments given before its name.
macro_rules! token_basics_setters {
    (header_issuer_audience { $(#[$algorithm_doc:meta])* algorithm }) => {
        /// The instant the default times are relative to (the system time by default).
        #[must_use]
        pub fn at(mut self, now: ::std::time::SystemTime) -> Self {
            self.basics.now = now;
            self
        }

        $(#[$algorithm_doc])*
        #[must_use]
        pub fn algorithm(mut self, alg: impl Into<String>) -> Self {
            self.basics.algorithm = alg.into();
            self
        }

        /// The header's `kid`, instead of the signing key's.
        #[must_use]
        pub fn key_id(mut self, kid: impl Into<String>) -> Self {
            self.basics.kid = $crate::testkit::basics::KeyIdChoice::Named(kid.into());
            self
        }

        /// Leaves `kid` out of the header.
        #[must_use]
        pub fn without_key_id(mut self) -> Self {
            self.basics.kid = $crate::testkit::basics::KeyIdChoice::Omitted;
            self
        }

        /// Sets (or replaces) a header member, e.g. `typ` or `crit`.
        #[must_use]
        pub fn header(
            mut self,
            name: impl Into<String>,
            value: impl Into<::serde_json::Value>,
        ) -> Self {
            self.basics
                .header_overrides
                .push((name.into(), Some(value.into())));
            self
        }

        /// Removes a header member, e.g. `typ` or `alg`.
        #[must_use]
        pub fn without_header(mut self, name: impl Into<String>) -> Self {
            self.basics.header_overrides.push((name.into(), None));
            self
        }

        /// The `iss` claim.
        #[must_use]
        pub fn issuer(mut self, issuer: impl Into<String>) -> Self {
            self.basics.issuer = Some(issuer.into());
            self
        }

        /// The `aud` claim (a string or an array).
        #[must_use]
        pub fn audience(mut self, audience: impl Into<::serde_json::Value>) -> Self {
            self.basics.audience = Some(audience.into());
            self
        }
    };
    (times) => {
        /// The token's `iat`.
        #[must_use]
        pub fn issued_at(mut self, at: ::std::time::SystemTime) -> Self {
            self.basics.issued_at = Some(at);
            self
        }

        /// The token's `nbf`.
        #[must_use]
        pub fn not_before(mut self, at: ::std::time::SystemTime) -> Self {
            self.basics.not_before = Some(at);
            self
        }

        /// The token's `exp`.
        #[must_use]
        pub fn expires_at(mut self, at: ::std::time::SystemTime) -> Self {
            self.basics.expires_at = Some(at);
            self
        }

        /// The token's `exp`, relative to the builder's current time.
        #[must_use]
        pub fn expires_in(mut self, after: ::std::time::Duration) -> Self {
            self.basics.expires_at = Some(self.basics.now + after);
            self
        }
    };
    (claim_overrides {
        $(#[$custom_claim_doc:meta])* custom_claim
        $(#[$without_claim_doc:meta])* without_claim
    }) => {
        $(#[$custom_claim_doc])*
        #[must_use]
        pub fn custom_claim(
            mut self,
            name: impl Into<String>,
            value: impl Into<::serde_json::Value>,
        ) -> Self {
            self.basics
                .claim_overrides
                .push((name.into(), Some(value.into())));
            self
        }

        $(#[$without_claim_doc])*
        #[must_use]
        pub fn without_claim(mut self, name: impl Into<String>) -> Self {
            self.basics.claim_overrides.push((name.into(), None));
            self
        }
    };
}

pub(super) use token_basics_setters;
