//! A parsed JWKS: RSA verification keys by `kid`, each parsed once when the set loads.
//!
//! Entries that cannot serve RS256 verification are skipped one by one, never failing the
//! whole set: other key types, keys meant for encryption, keys without a `kid`, malformed
//! or undersized moduli. Members this crate does not know (`x5c`, `x5t#S256`, …) are
//! ignored as RFC 7517 §4 requires; the key's `alg` is ignored too, since the policy is
//! RS256 whatever the JWK says.

use std::fmt;
use std::sync::Arc;
use std::time::Instant;

use aws_lc_rs::signature::{ParsedPublicKey, RSA_PKCS1_2048_8192_SHA256, RsaPublicKeyComponents};
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::{Map, Value};

use super::error::{JwksError, describe_json_error};

/// Accepted modulus sizes, in bits (those of `RSA_PKCS1_2048_8192_SHA256`).
const MODULUS_BITS: std::ops::RangeInclusive<usize> = 2048..=8192;

/// The keys of one JWKS document.
pub(crate) struct KeySet {
    /// A JWKS holds a handful of keys, so a list searched in order beats hashing the `kid`
    /// on every verification and cache hit.
    rsa: Vec<(Box<str>, Arc<ParsedPublicKey>)>,
    /// Ids of keys skipped for being of another type, to tell "not RSA" from "unknown".
    other_types: Vec<Box<str>>,
    /// Increases with every installed set; 0 means nothing was ever loaded.
    pub(crate) generation: u64,
    /// Increases whenever an installed set lacks a key its predecessor had, so that caches
    /// keyed by `kid` know when to drop entries.
    pub(crate) removals: u64,
    /// When this set was fetched or preloaded.
    pub(crate) loaded_at: Instant,
}

/// The outcome of looking up a `kid`.
pub(crate) enum Lookup<'a> {
    Rsa(&'a Arc<ParsedPublicKey>),
    OtherType,
    Absent,
}

impl KeySet {
    /// The set before anything is loaded.
    pub(crate) fn empty() -> Self {
        Self {
            rsa: Vec::new(),
            other_types: Vec::new(),
            generation: 0,
            removals: 0,
            loaded_at: Instant::now(),
        }
    }

    /// Parses a JWKS document. Fails only when the document itself is unusable: not a JSON
    /// object with a `keys` array, or without a single usable RSA key.
    pub(crate) fn parse(document: &[u8], generation: u64) -> Result<Self, JwksError> {
        let mut root: Map<String, Value> =
            serde_json::from_slice(document).map_err(|error| JwksError::InvalidDocument {
                reason: describe_json_error(&error),
            })?;
        let Some(Value::Array(entries)) = root.remove("keys") else {
            return Err(JwksError::InvalidDocument {
                reason: "no `keys` array".to_owned(),
            });
        };
        let mut set = Self {
            generation,
            ..Self::empty()
        };
        for (index, entry) in entries.iter().enumerate() {
            match parse_entry(entry) {
                Ok(Parsed::Rsa(kid, key)) => {
                    if set.contains(&kid) {
                        tracing::warn!(index, kid, "JWKS repeats a key id; keeping the first");
                    } else {
                        set.rsa.push((kid.into(), Arc::new(key)));
                    }
                }
                Ok(Parsed::OtherType(kid)) => {
                    tracing::debug!(index, kid, "JWKS key of another type skipped");
                    set.other_types.push(kid.into());
                }
                Err(reason) => {
                    tracing::warn!(index, reason, "JWKS key skipped");
                }
            }
        }
        let rsa = &set.rsa;
        set.other_types
            .retain(|kid| !rsa.iter().any(|(rsa_kid, _)| rsa_kid == kid));
        if set.rsa.is_empty() {
            return Err(JwksError::NoUsableKeys);
        }
        Ok(set)
    }

    pub(crate) fn lookup(&self, kid: &str) -> Lookup<'_> {
        match self.rsa.iter().find(|(known, _)| **known == *kid) {
            Some((_, key)) => Lookup::Rsa(key),
            None if self.other_types.iter().any(|other| **other == *kid) => Lookup::OtherType,
            None => Lookup::Absent,
        }
    }

    pub(crate) fn contains(&self, kid: &str) -> bool {
        self.rsa.iter().any(|(known, _)| **known == *kid)
    }

    pub(crate) fn is_loaded(&self) -> bool {
        self.generation != 0
    }

    pub(crate) fn len(&self) -> usize {
        self.rsa.len()
    }

    pub(crate) fn key_ids(&self) -> impl Iterator<Item = &str> {
        self.rsa.iter().map(|(kid, _)| &**kid)
    }
}

impl fmt::Debug for KeySet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("KeySet")
            .field("rsa", &self.key_ids().collect::<Vec<_>>())
            .field("other_types", &self.other_types)
            .field("generation", &self.generation)
            .field("removals", &self.removals)
            .finish()
    }
}

enum Parsed {
    Rsa(String, ParsedPublicKey),
    OtherType(String),
}

fn parse_entry(entry: &Value) -> Result<Parsed, &'static str> {
    let Value::Object(entry) = entry else {
        return Err("not an object");
    };
    let text = |name: &str| entry.get(name).and_then(Value::as_str);
    let kid = match text("kid") {
        Some(kid) if !kid.is_empty() => kid.to_owned(),
        _ => return Err("no `kid`"),
    };
    if entry.get("use").is_some_and(|usage| usage != "sig") {
        return Err("`use` is not `sig`");
    }
    if let Some(ops) = entry.get("key_ops") {
        let verifies = ops
            .as_array()
            .is_some_and(|ops| ops.iter().any(|op| op == "verify"));
        if !verifies {
            return Err("`key_ops` does not allow `verify`");
        }
    }
    match text("kty") {
        Some("RSA") => {}
        Some(_) => return Ok(Parsed::OtherType(kid)),
        None => return Err("no `kty`"),
    }
    let n = big_endian(text("n"))?;
    let e = big_endian(text("e"))?;
    let bits = n.len() * 8 - n.first().map_or(8, |top| top.leading_zeros() as usize);
    if !MODULUS_BITS.contains(&bits) {
        return Err("modulus size outside 2048..=8192 bits");
    }
    let key = RsaPublicKeyComponents { n, e }
        .to_parsed_public_key(&RSA_PKCS1_2048_8192_SHA256)
        .map_err(|_| "not a valid RSA public key")?;
    Ok(Parsed::Rsa(kid, key))
}

/// Decodes an unsigned big-endian integer member, dropping the leading zero bytes some
/// producers add.
fn big_endian(member: Option<&str>) -> Result<Vec<u8>, &'static str> {
    let encoded = member.ok_or("missing `n` or `e`")?;
    let bytes = URL_SAFE_NO_PAD
        .decode(encoded)
        .map_err(|_| "`n` or `e` is not base64url")?;
    let start = bytes
        .iter()
        .position(|&byte| byte != 0)
        .ok_or("`n` or `e` is zero")?;
    Ok(bytes[start..].to_vec())
}
