//! Stytch-shaped M2M access tokens, as `m2m().token()` returns them.

use std::time::Duration;

use serde_json::{Map, Value};

use super::basics::{TokenBasics, token_basics_setters};
use super::{TestKey, TestkitError};

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
    basics: TokenBasics,
    client_id: String,
    scopes: Vec<String>,
}

impl TestM2mJwt {
    /// A token for `project_id` issued to `client_id`, with the defaults listed on the type.
    pub fn new(project_id: impl Into<String>, client_id: impl Into<String>) -> Self {
        Self {
            basics: TokenBasics::new(project_id.into()),
            client_id: client_id.into(),
            scopes: Vec::new(),
        }
    }

    token_basics_setters!(header_issuer_audience {
        /// The header's `alg`; the signature follows it, as for
        /// [`TestSessionJwt::algorithm`](super::TestSessionJwt::algorithm).
        algorithm
    });

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

    token_basics_setters!(times);

    token_basics_setters!(claim_overrides {
        /// Sets a top-level claim: a custom claim, or a replacement for any built claim (e.g. a
        /// `scope` that is not a string).
        custom_claim
        /// Removes a top-level claim from the payload (e.g. `scope` or `sub`).
        without_claim
    });

    /// The header this builder produces when signed by `key`.
    pub fn header_json(&self, key: &TestKey) -> Map<String, Value> {
        self.basics.header_json(key)
    }

    /// The payload this builder produces.
    pub fn payload_json(&self) -> Map<String, Value> {
        let mut claims = Map::new();
        claims.insert("scope".to_owned(), Value::from(self.scopes.join(" ")));
        claims.insert(
            "jti".to_owned(),
            Value::from("m2m-token-test-00000000-0000-0000-0000-000000000001"),
        );
        self.basics
            .payload_json(claims, &self.client_id, Duration::from_secs(60 * 60))
    }

    /// Encodes and signs the token with `key`.
    ///
    /// # Errors
    /// [`TestkitError::Signing`] if the signer fails.
    pub fn sign(&self, key: &TestKey) -> Result<String, TestkitError> {
        self.basics.sign(key, self.payload_json())
    }
}
