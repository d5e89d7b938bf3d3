//! A parsed JWKS: RSA verification keys by `kid`, each validated and parsed once when the
//! set loads.
//!
//! Entries that cannot serve RS256 verification are skipped one by one, never failing the
//! whole set: other key types, keys meant for encryption, keys without a `kid`. Members
//! this crate does not know (`x5c`, `x5t#S256`, …) are ignored as RFC 7517 §4 requires; the
//! key's `alg` is ignored too, since the policy is RS256 whatever the JWK says.
//!
//! An RSA signing key is validated before it is parsed (RFC 7518 §6.3.1, RFC 8017 §3.1):
//! `n` and `e` are strict unpadded base64url of unsigned big-endian integers without
//! leading zero bytes (one `00` before a byte with its top bit set, the two's-complement
//! form some producers emit, is tolerated), the modulus is odd and of 2048 to 8192 bits,
//! and the exponent is odd and at least 3; last, aws-lc-rs must accept the key. A key that
//! fails is refused with [`JwksError::InvalidKey`] naming its `kid`, logged as a warning and
//! skipped: one bad key does not poison the set, the good ones stay in use. Only a document
//! left without any usable key fails to load, with the first refusal (or
//! [`JwksError::NoUsableKeys`] when it held no RSA signing key at all), and the previous
//! set stays.

use std::fmt;
use std::sync::Arc;
use std::time::Instant;

use aws_lc_rs::signature::{ParsedPublicKey, RSA_PKCS1_2048_8192_SHA256, RsaPublicKeyComponents};
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::{Map, Value};

use super::error::{JwksError, describe_json_error, echo};

/// Accepted modulus sizes, in bits (those of `RSA_PKCS1_2048_8192_SHA256`).
const MODULUS_BITS: std::ops::RangeInclusive<usize> = 2048..=8192;

/// The keys of one JWKS document.
pub(crate) struct KeySet {
    /// A JWKS holds a handful of keys, so a list searched in order beats hashing the `kid`
    /// on every verification and cache hit.
    rsa: Vec<(Box<str>, Arc<ParsedPublicKey>)>,
    /// Ids of keys skipped for being of another type, to tell "not RSA" from "unknown".
    other_types: Vec<Box<str>>,
    /// RSA signing keys of the document that failed validation, as
    /// [`JwksError::InvalidKey`]s, in document order.
    pub(crate) refused: Vec<JwksError>,
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
            refused: Vec::new(),
            generation: 0,
            removals: 0,
            loaded_at: Instant::now(),
        }
    }

    /// Parses a JWKS document. Fails only when the document itself is unusable: not a JSON
    /// object with a `keys` array ([`JwksError::InvalidDocument`]), or without a single
    /// usable RSA key (the first [`JwksError::InvalidKey`], or [`JwksError::NoUsableKeys`]).
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
                Err(Skipped::Unusable(reason)) => {
                    tracing::warn!(index, reason, "JWKS key skipped");
                }
                Err(Skipped::Invalid(error)) => {
                    tracing::warn!(index, %error, "JWKS key refused; the other keys stay in use");
                    set.refused.push(error);
                }
            }
        }
        let rsa = &set.rsa;
        set.other_types
            .retain(|kid| !rsa.iter().any(|(rsa_kid, _)| rsa_kid == kid));
        if set.rsa.is_empty() {
            return Err(set
                .refused
                .into_iter()
                .next()
                .unwrap_or(JwksError::NoUsableKeys));
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
            .field("refused", &self.refused)
            .field("generation", &self.generation)
            .field("removals", &self.removals)
            .finish()
    }
}

enum Parsed {
    Rsa(String, ParsedPublicKey),
    OtherType(String),
}

/// Why an entry was not kept.
enum Skipped {
    /// Not a key this crate could use (no `kid`, not for signing, not an object).
    Unusable(&'static str),
    /// An RSA signing key that fails validation: a [`JwksError::InvalidKey`].
    Invalid(JwksError),
}

fn parse_entry(entry: &Value) -> Result<Parsed, Skipped> {
    let Value::Object(entry) = entry else {
        return Err(Skipped::Unusable("not an object"));
    };
    let text = |name: &str| entry.get(name).and_then(Value::as_str);
    let kid = match text("kid") {
        Some(kid) if !kid.is_empty() => kid.to_owned(),
        _ => return Err(Skipped::Unusable("no `kid`")),
    };
    if entry.get("use").is_some_and(|usage| usage != "sig") {
        return Err(Skipped::Unusable("`use` is not `sig`"));
    }
    if let Some(ops) = entry.get("key_ops") {
        let verifies = ops
            .as_array()
            .is_some_and(|ops| ops.iter().any(|op| op == "verify"));
        if !verifies {
            return Err(Skipped::Unusable("`key_ops` does not allow `verify`"));
        }
    }
    match text("kty") {
        Some("RSA") => {}
        Some(_) => return Ok(Parsed::OtherType(kid)),
        None => return Err(Skipped::Unusable("no `kty`")),
    }
    match rsa_key(entry) {
        Ok(key) => Ok(Parsed::Rsa(kid, key)),
        Err(reason) => Err(Skipped::Invalid(JwksError::InvalidKey {
            kid: echo(&kid),
            reason,
        })),
    }
}

/// Validates the components of an RSA signing key and parses it; the error is the reason
/// of a [`JwksError::InvalidKey`].
fn rsa_key(entry: &Map<String, Value>) -> Result<ParsedPublicKey, &'static str> {
    let n = unsigned(entry.get("n"), &MODULUS)?;
    let e = unsigned(entry.get("e"), &EXPONENT)?;
    let bits = n.len() * 8 - n.first().map_or(8, |top| top.leading_zeros() as usize);
    if !MODULUS_BITS.contains(&bits) {
        return Err("modulus size outside 2048..=8192 bits");
    }
    if n.last().is_some_and(|low| low & 1 == 0) {
        return Err("modulus is even");
    }
    if e.last().is_some_and(|low| low & 1 == 0) {
        return Err("exponent is even");
    }
    // Zero and two are refused above; one would make every padded digest a signature.
    if e.as_slice() == [1] {
        return Err("exponent is below 3");
    }
    RsaPublicKeyComponents { n, e }
        .to_parsed_public_key(&RSA_PKCS1_2048_8192_SHA256)
        .map_err(|_| "not a valid RSA public key")
}

/// What to call each defect of one integer member.
struct Member {
    missing: &'static str,
    not_base64url: &'static str,
    leading_zero: &'static str,
    zero: &'static str,
}

const MODULUS: Member = Member {
    missing: "`n` is missing or not a string",
    not_base64url: "`n` is not strict unpadded base64url",
    leading_zero: "`n` has leading zero bytes",
    zero: "`n` is zero",
};

const EXPONENT: Member = Member {
    missing: "`e` is missing or not a string",
    not_base64url: "`e` is not strict unpadded base64url",
    leading_zero: "`e` has leading zero bytes",
    zero: "`e` is zero",
};

/// Decodes a Base64urlUInt member (RFC 7518 §2): the shortest big-endian octets of a
/// positive integer. One leading `00` before a byte with its top bit set (a two's-complement
/// sign byte) is tolerated and dropped; any other leading zero byte is refused.
fn unsigned(member: Option<&Value>, names: &Member) -> Result<Vec<u8>, &'static str> {
    let encoded = member.and_then(Value::as_str).ok_or(names.missing)?;
    let mut bytes = URL_SAFE_NO_PAD
        .decode(encoded)
        .map_err(|_| names.not_base64url)?;
    if bytes.iter().all(|&byte| byte == 0) {
        return Err(names.zero);
    }
    match bytes.as_slice() {
        [0, next, ..] if *next >= 0x80 => {
            bytes.remove(0);
        }
        [0, ..] => return Err(names.leading_zero),
        _ => {}
    }
    Ok(bytes)
}
