//! A JSON object kept as validated text and turned into a map only when first asked for.
//!
//! Custom claims and the raw authentication factors are rarely all read, so building their
//! `serde_json::Value`s during verification would be wasted work on the hot path. The text
//! is taken from a payload that already parsed (with no repeated names), so materialising
//! it cannot fail; the map is then shared by every reader of the cached session.
//!
//! The custom-claims accessors of the verified claims types ([`LocalMemberSession`] and
//! [`M2mTokenClaims`]) are written once here, over this type.
//!
//! [`LocalMemberSession`]: super::LocalMemberSession
//! [`M2mTokenClaims`]: super::M2mTokenClaims

use std::fmt;
use std::sync::OnceLock;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};

use super::error::JwtError;

/// JSON object text with its lazily parsed map.
#[derive(Clone, Default)]
pub(crate) struct JsonObject {
    /// Kept as a `String`: shrinking it to a `Box<str>` would copy it once more.
    text: String,
    parsed: OnceLock<Map<String, Value>>,
}

impl JsonObject {
    /// Wraps text that is known to be one JSON object.
    pub(crate) fn from_validated(text: String) -> Self {
        Self {
            text,
            parsed: OnceLock::new(),
        }
    }

    /// Wraps an already parsed object, keeping the map rather than parsing its text again.
    pub(crate) fn from_map(map: Map<String, Value>) -> Self {
        // Serialising a map of JSON values cannot fail.
        let text = serde_json::to_string(&map).unwrap_or_default();
        let object = Self::from_validated(text);
        let _ = object.parsed.set(map);
        object
    }

    pub(crate) fn text(&self) -> &str {
        if self.text.is_empty() {
            "{}"
        } else {
            &self.text
        }
    }

    pub(crate) fn map(&self) -> &Map<String, Value> {
        self.parsed
            .get_or_init(|| serde_json::from_str(self.text()).unwrap_or_default())
    }

    /// Decodes the object, a token's custom claims, into `T`, naming the claim that does not
    /// fit.
    pub(crate) fn decode_claims<T: DeserializeOwned>(&self) -> Result<T, JwtError> {
        let mut deserializer = serde_json::Deserializer::from_str(self.text());
        serde_path_to_error::deserialize(&mut deserializer).map_err(|error| {
            let path = error.path().to_string();
            let reason = error.into_inner().to_string();
            let claim = if path == "." {
                missing_field_name(&reason)
                    .unwrap_or("(top level)")
                    .to_owned()
            } else {
                path
            };
            JwtError::CustomClaims { claim, reason }
        })
    }
}

/// The field named by serde's "missing field `name` ..." message.
fn missing_field_name(message: &str) -> Option<&str> {
    message.strip_prefix("missing field `")?.split('`').next()
}

/// The public custom-claims accessors of a verified token's claims type, which keeps its
/// custom claims in a `custom_claims: JsonObject` field. The doc comments given are those
/// of `custom_claims`, the one whose wording depends on the token kind.
macro_rules! custom_claims_accessors {
    ($(#[$custom_claims_doc:meta])*) => {
        $(#[$custom_claims_doc])*
        pub fn custom_claims(&self) -> &::serde_json::Map<String, ::serde_json::Value> {
            self.custom_claims.map()
        }

        /// The custom claims as a JSON object text.
        pub fn custom_claims_json(&self) -> &str {
            self.custom_claims.text()
        }

        /// The custom claims decoded into `T` (a struct or a map).
        ///
        /// # Errors
        /// [`JwtError::CustomClaims`](crate::jwt::JwtError::CustomClaims) naming the claim
        /// that does not fit `T`.
        pub fn custom_claims_as<T: ::serde::de::DeserializeOwned>(
            &self,
        ) -> Result<T, $crate::jwt::JwtError> {
            self.custom_claims.decode_claims()
        }
    };
}

pub(super) use custom_claims_accessors;

impl PartialEq for JsonObject {
    fn eq(&self, other: &Self) -> bool {
        self.text() == other.text() || self.map() == other.map()
    }
}

impl fmt::Debug for JsonObject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.map(), f)
    }
}

impl Serialize for JsonObject {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.map().serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for JsonObject {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Map::<String, Value>::deserialize(deserializer).map(Self::from_map)
    }
}
