//! JWKS document parsing, as a fetch or a preload does it.
//!
//! Properties: no panic; a document that loads is a JSON object with a `keys` array, each
//! usable key id names exactly one RSA signing entry whose exponent and modulus pass the
//! validation rules, re-checked here independently; refusals are `InvalidKey`s; the
//! public `preload_json` agrees with the parser.

#![no_main]

use std::sync::OnceLock;

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use libfuzzer_sys::fuzz_target;
use serde_json::Value;
use stytch_b2b::__fuzz::parse_jwks;
use stytch_b2b::jwt::{JwksError, JwksManager, JwtConfig};

/// The unsigned integer of a Base64urlUInt member, with at most one sign byte dropped;
/// `None` if it is not one.
fn unsigned(value: &Value) -> Option<Vec<u8>> {
    let bytes = URL_SAFE_NO_PAD.decode(value.as_str()?).ok()?;
    match bytes.as_slice() {
        [0, next, rest @ ..] if *next >= 0x80 => {
            Some(std::iter::once(*next).chain(rest.iter().copied()).collect())
        }
        [0, ..] | [] => None,
        _ => Some(bytes),
    }
}

/// The validation rules, re-stated independently of the crate.
fn acceptable(entry: &Value) -> bool {
    let (Some(n), Some(e)) = (unsigned(&entry["n"]), unsigned(&entry["e"])) else {
        return false;
    };
    let bits = n.len() * 8 - n[0].leading_zeros() as usize;
    (2048..=8192).contains(&bits)
        && n[n.len() - 1] & 1 == 1
        && e[e.len() - 1] & 1 == 1
        && e != [1]
        && entry["kty"] == "RSA"
}

fuzz_target!(|data: &[u8]| {
    let parsed = parse_jwks(data);
    if let Ok(text) = std::str::from_utf8(data) {
        static JWKS: OnceLock<JwksManager> = OnceLock::new();
        let jwks = JWKS.get_or_init(|| {
            let config = JwtConfig::default();
            JwksManager::new(reqwest::Client::new(), "http://127.0.0.1:9/jwks", &config)
        });
        match (&parsed, jwks.preload_json(text)) {
            (Ok((ids, refused)), Ok(count)) => {
                assert_eq!(ids.len(), count);
                assert_eq!(&jwks.refused_keys(), refused);
            }
            (Err(ours), Err(theirs)) => assert_eq!(ours, &theirs),
            (ours, theirs) => panic!("parser {ours:?} but preload {theirs:?}"),
        }
    }
    let (ids, refused) = match parsed {
        Ok(found) => found,
        Err(error) => {
            assert!(!error.to_string().is_empty());
            return;
        }
    };
    assert!(!ids.is_empty(), "a loaded set without keys");
    for error in &refused {
        assert!(matches!(error, JwksError::InvalidKey { .. }), "{error:?}");
    }
    let document: Value = serde_json::from_slice(data).expect("a loaded document is JSON");
    let entries = document["keys"].as_array().expect("a `keys` array");
    for (index, kid) in ids.iter().enumerate() {
        assert!(!ids[..index].contains(kid), "key id {kid:?} twice");
        // With a repeated kid the first usable entry wins, so any may be the one.
        assert!(
            entries
                .iter()
                .any(|entry| entry["kid"] == kid.as_str() && acceptable(entry)),
            "{kid}: no entry passes the validation rules"
        );
    }
});
