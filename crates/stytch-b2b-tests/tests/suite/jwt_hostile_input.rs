//! Hostile input: every truncation and many single-character corruptions of a valid token,
//! and arbitrary bytes, are rejected with a typed error, never a panic.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::jwt_support::*;
use stytch_b2b::jwt::JwtVerifier;
use stytch_b2b::testkit::jwks_json;

/// No cache: every input goes through the whole pipeline.
fn uncached_verifier() -> JwtVerifier {
    preloaded_verifier(&jwks_json(&[key_a()]), &uncached())
}

#[tokio::test]
async fn every_truncation_is_rejected() {
    let verifier = uncached_verifier();
    let valid = session_jwt().sign(key_a()).unwrap();
    assert!(verifier.verify(&valid, &options()).await.is_ok());
    for end in 0..valid.len() {
        let result = verifier.verify(&valid[..end], &options()).await;
        assert!(result.is_err(), "truncation at {end} accepted");
    }
}

#[tokio::test]
async fn single_character_corruptions_are_rejected() {
    let verifier = uncached_verifier();
    let valid = session_jwt().sign(key_a()).unwrap();
    let replacements = ['A', 'g', '-', '_', '.', '=', '+', '/', ' ', '\0', 'é', '🦀'];
    for (position, original) in valid.char_indices() {
        for replacement in replacements {
            if replacement == original {
                continue;
            }
            let mut corrupted = String::with_capacity(valid.len() + 4);
            corrupted.push_str(&valid[..position]);
            corrupted.push(replacement);
            corrupted.push_str(&valid[position + original.len_utf8()..]);
            let result = verifier.verify(&corrupted, &options()).await;
            assert!(result.is_err(), "{replacement:?} at {position} accepted");
        }
    }
}

#[tokio::test]
async fn arbitrary_input_is_rejected_with_a_structural_error() {
    let verifier = uncached_verifier();
    // A small deterministic generator, so that a failure can be replayed.
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let alphabet: Vec<char> = "AZaz09-_.=+/ {}\":,é\u{0}".chars().collect();
    for _ in 0..2_000 {
        let len = (next() % 200) as usize;
        let input: String = (0..len)
            .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
            .collect();
        let error = verifier.verify(&input, &options()).await.unwrap_err();
        assert!(!error.allows_remote_fallback(), "{input:?}: {error:?}");
    }
    for input in [
        "..",
        "...",
        "a.b.c",
        "e30.e30.",
        "e30.e30.e30",
        "eyJhbGciOiJSUzI1NiJ9.e30.AA",
    ] {
        let error = verifier.verify(input, &options()).await.unwrap_err();
        assert!(!error.allows_remote_fallback(), "{input:?}: {error:?}");
    }
}
