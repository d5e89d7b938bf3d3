//! Stytch-shaped M2M access tokens, as `m2m().token()` returns them.

use std::time::{Duration, SystemTime};

use serde_json::{Map, Value, json};

use super::{KeyIdChoice, TestKey, TestkitError, apply, b64, header_json, unix};

/// A builder of Stytch-shaped M2M access tokens (client-credentials JWTs).
///
/// Defaults: issuer `stytch.com/{project_id}`, audience `[project_id]`, `sub` the client id,
/// an empty `scope`, issued and valid from now, expiry in one hour (the lifetime Stytch
/// gives them), a `jti`, `alg` RS256, `typ` JWT and `kid` the signing key's.
///
/// ```
/// use stytch_b2b::testkit::{TestKey, TestM2mJwt};
///
/// # fn main() -> Result<(), stytch_b2b::testkit::TestkitError> {
/// let key = TestKey::generate("jwk-test-1")?;
/// let builder = TestM2mJwt::new("project-test-1", "m2m-client-test-1")
///     .scopes(["read:invoices", "write:invoices"])
///     .custom_claim("tenant", "acme");
/// assert_eq!(builder.payload_json()["scope"], "read:invoices write:invoices");
/// let token = builder.sign(&key)?;
/// assert_eq!(token.split('.').count(), 3);
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone)]
pub struct TestM2mJwt {
    project_id: String,
    client_id: String,
    now: SystemTime,
    algorithm: String,
    kid: KeyIdChoice,
    header_overrides: Vec<(String, Option<Value>)>,
    issuer: Option<String>,
    audience: Option<Value>,
    scopes: Vec<String>,
    issued_at: Option<SystemTime>,
    not_before: Option<SystemTime>,
    expires_at: Option<SystemTime>,
    claim_overrides: Vec<(String, Option<Value>)>,
}

impl TestM2mJwt {
    /// A token for `project_id` issued to `client_id`, with the defaults listed on the type.
    pub fn new(project_id: impl Into<String>, client_id: impl Into<String>) -> Self {
        Self {
            project_id: project_id.into(),
            client_id: client_id.into(),
            now: SystemTime::now(),
            algorithm: "RS256".to_owned(),
            kid: KeyIdChoice::FromKey,
            header_overrides: Vec::new(),
            issuer: None,
            audience: None,
            scopes: Vec::new(),
            issued_at: None,
            not_before: None,
            expires_at: None,
            claim_overrides: Vec::new(),
        }
    }

    /// The instant the default times are relative to (the system time by default).
    #[must_use]
    pub fn at(mut self, now: SystemTime) -> Self {
        self.now = now;
        self
    }

    /// The header's `alg`; the signature follows it, as for
    /// [`TestSessionJwt::algorithm`](super::TestSessionJwt::algorithm).
    #[must_use]
    pub fn algorithm(mut self, alg: impl Into<String>) -> Self {
        self.algorithm = alg.into();
        self
    }

    /// The header's `kid`, instead of the signing key's.
    #[must_use]
    pub fn key_id(mut self, kid: impl Into<String>) -> Self {
        self.kid = KeyIdChoice::Named(kid.into());
        self
    }

    /// Leaves `kid` out of the header.
    #[must_use]
    pub fn without_key_id(mut self) -> Self {
        self.kid = KeyIdChoice::Omitted;
        self
    }

    /// Sets (or replaces) a header member, e.g. `typ` or `crit`.
    #[must_use]
    pub fn header(mut self, name: impl Into<String>, value: impl Into<Value>) -> Self {
        self.header_overrides
            .push((name.into(), Some(value.into())));
        self
    }

    /// Removes a header member, e.g. `typ` or `alg`.
    #[must_use]
    pub fn without_header(mut self, name: impl Into<String>) -> Self {
        self.header_overrides.push((name.into(), None));
        self
    }

    /// The `iss` claim.
    #[must_use]
    pub fn issuer(mut self, issuer: impl Into<String>) -> Self {
        self.issuer = Some(issuer.into());
        self
    }

    /// The `aud` claim (a string or an array).
    #[must_use]
    pub fn audience(mut self, audience: impl Into<Value>) -> Self {
        self.audience = Some(audience.into());
        self
    }

    /// The granted scopes, written space-separated into the `scope` claim.
    #[must_use]
    pub fn scopes<I, S>(mut self, scopes: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.scopes = scopes.into_iter().map(Into::into).collect();
        self
    }

    /// The token's `iat`.
    #[must_use]
    pub fn issued_at(mut self, at: SystemTime) -> Self {
        self.issued_at = Some(at);
        self
    }

    /// The token's `nbf`.
    #[must_use]
    pub fn not_before(mut self, at: SystemTime) -> Self {
        self.not_before = Some(at);
        self
    }

    /// The token's `exp`.
    #[must_use]
    pub fn expires_at(mut self, at: SystemTime) -> Self {
        self.expires_at = Some(at);
        self
    }

    /// The token's `exp`, relative to the builder's current time.
    #[must_use]
    pub fn expires_in(mut self, after: Duration) -> Self {
        self.expires_at = Some(self.now + after);
        self
    }

    /// Sets a top-level claim: a custom claim, or a replacement for any built claim (e.g. a
    /// `scope` that is not a string).
    #[must_use]
    pub fn custom_claim(mut self, name: impl Into<String>, value: impl Into<Value>) -> Self {
        self.claim_overrides.push((name.into(), Some(value.into())));
        self
    }

    /// Removes a top-level claim from the payload (e.g. `scope` or `sub`).
    #[must_use]
    pub fn without_claim(mut self, name: impl Into<String>) -> Self {
        self.claim_overrides.push((name.into(), None));
        self
    }

    /// The header this builder produces when signed by `key`.
    pub fn header_json(&self, key: &TestKey) -> Map<String, Value> {
        header_json(&self.algorithm, &self.kid, &self.header_overrides, key)
    }

    /// The payload this builder produces.
    pub fn payload_json(&self) -> Map<String, Value> {
        let now = self.now;
        let mut payload = Map::new();
        let mut put = |name: &str, value: Value| {
            payload.insert(name.to_owned(), value);
        };
        put(
            "iss",
            Value::from(
                self.issuer
                    .clone()
                    .unwrap_or_else(|| format!("stytch.com/{}", self.project_id)),
            ),
        );
        put("sub", Value::from(self.client_id.as_str()));
        put(
            "aud",
            self.audience
                .clone()
                .unwrap_or_else(|| json!([self.project_id])),
        );
        put("scope", Value::from(self.scopes.join(" ")));
        put(
            "jti",
            Value::from("m2m-token-test-00000000-0000-0000-0000-000000000001"),
        );
        put("iat", unix(self.issued_at.unwrap_or(now)));
        put("nbf", unix(self.not_before.unwrap_or(now)));
        put(
            "exp",
            unix(
                self.expires_at
                    .unwrap_or(now + Duration::from_secs(60 * 60)),
            ),
        );
        apply(&mut payload, &self.claim_overrides);
        payload
    }

    /// Encodes and signs the token with `key`.
    ///
    /// # Errors
    /// [`TestkitError::Signing`] if the signer fails.
    pub fn sign(&self, key: &TestKey) -> Result<String, TestkitError> {
        let header = Value::Object(self.header_json(key)).to_string();
        let payload = Value::Object(self.payload_json()).to_string();
        key.sign_segments_as(&self.algorithm, &b64(header), &b64(payload))
    }
}
