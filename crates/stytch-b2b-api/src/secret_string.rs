//! A string that keeps itself out of `Debug` output: session tokens, JWTs, passwords,
//! one-time codes and the other credentials that travel in request and response bodies.

use serde::{Deserialize, Serialize};

/// A credential carried in a request or response body.
///
/// On the wire it is a plain JSON string. In Rust its `Debug` output is
/// `SecretString([redacted])` and it has no `Display`, so logging a whole request or
/// response with `{:?}` never leaks it; read the value with [`SecretString::expose`].
///
/// ```
/// use stytch_b2b_api::SecretString;
///
/// let token = SecretString::from("mZAYn5aLEqKUlZ_Ad9U_fWr38GaAQ1oFAhT8ds245v7Q");
/// assert_eq!(format!("{token:?}"), "SecretString([redacted])");
/// assert_eq!(token.expose(), "mZAYn5aLEqKUlZ_Ad9U_fWr38GaAQ1oFAhT8ds245v7Q");
/// assert_eq!(token, "mZAYn5aLEqKUlZ_Ad9U_fWr38GaAQ1oFAhT8ds245v7Q");
/// let maybe: Option<SecretString> = Some(token);
/// assert_eq!(maybe.as_deref(), Some("mZAYn5aLEqKUlZ_Ad9U_fWr38GaAQ1oFAhT8ds245v7Q"));
/// ```
#[derive(Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SecretString(String);

impl SecretString {
    /// Wraps `value`.
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }

    /// The secret value.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// The secret value, unwrapped.
    pub fn into_inner(self) -> String {
        self.0
    }

    /// Whether the value is the empty string (Stytch sends `""` for a token that was
    /// not issued).
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl std::fmt::Debug for SecretString {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SecretString([redacted])")
    }
}

/// Reading the value as `&str` is explicit in types (`&*token`, `as_deref()`) yet never
/// prints it: formatting still goes through the redacting `Debug`, and there is no
/// `Display`.
impl std::ops::Deref for SecretString {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for SecretString {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl From<String> for SecretString {
    fn from(value: String) -> Self {
        Self(value)
    }
}

impl From<&str> for SecretString {
    fn from(value: &str) -> Self {
        Self(value.to_owned())
    }
}

impl From<&String> for SecretString {
    fn from(value: &String) -> Self {
        Self(value.clone())
    }
}

impl From<&SecretString> for SecretString {
    fn from(value: &SecretString) -> Self {
        value.clone()
    }
}

impl PartialEq<str> for SecretString {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for SecretString {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}
