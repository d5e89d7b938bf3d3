//! Local session-JWT verification against a fixed test key set.
//!
//! The first input byte picks how the rest is used:
//! * mostly, the bytes are the token (invalid UTF-8 replaced), as an attacker sends it;
//! * `% 8 == 1 | 2`: pairs of (offset, byte) patched into a genuine token, so that the
//!   search starts next to a token that verifies;
//! * `% 8 == 0`: header and payload JSON (split at the first `0xFF`) that the target signs
//!   with the real key, so that arbitrary claims get past the signature.
//!
//! Properties: no panic; a forged token never verifies and never reaches the time rules
//! (only unknown-key rejections allow a fallback to the API); an accepted self-signed token
//! has the member id and issuer that `serde_json` reads in its payload.

#![no_main]

use std::sync::OnceLock;
use std::time::{Duration, UNIX_EPOCH};

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use libfuzzer_sys::fuzz_target;
use stytch_b2b::jwt::{Clock, JwksManager, JwtConfig, JwtError, JwtVerifier, JwtVerifyOptions};
use stytch_b2b::testkit::{TestKey, TestSessionJwt, jwks_json};

const PROJECT_ID: &str = "project-test-11111111-2222-3333-4444-555555555555";
const ISSUER: &str = "stytch.com/project-test-11111111-2222-3333-4444-555555555555";
const CUSTOM_ISSUER: &str = "https://auth.example.com";

struct World {
    runtime: tokio::runtime::Runtime,
    key: TestKey,
    genuine: String,
    verifiers: Vec<JwtVerifier>,
    options: JwtVerifyOptions,
}

fn world() -> &'static World {
    static WORLD: OnceLock<World> = OnceLock::new();
    WORLD.get_or_init(|| {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        let key = TestKey::generate("jwk-fuzz-1").expect("key");
        let minted_at = UNIX_EPOCH + Duration::from_secs(1_750_000_000);
        let genuine = TestSessionJwt::new(PROJECT_ID)
            .at(minted_at)
            .custom_claim("plan", "enterprise")
            .sign(&key)
            .expect("token");
        // An unknown kid costs one refused connection to a closed loopback port, then the
        // cooldown keeps the verifier off the network.
        let verifier = |config: JwtConfig| {
            let config = config.with_unknown_kid_cooldown(Duration::from_secs(86_400));
            let url = format!("http://127.0.0.1:9/v1/b2b/sessions/jwks/{PROJECT_ID}");
            let jwks = JwksManager::new(reqwest::Client::new(), url, &config);
            jwks.preload_json(&jwks_json(&[&key])).expect("preload");
            JwtVerifier::new(PROJECT_ID, CUSTOM_ISSUER, jwks.into(), &config)
        };
        let verifiers = vec![
            verifier(JwtConfig::default().with_token_cache_capacity(0)),
            verifier(JwtConfig::default().with_token_cache_capacity(64)),
        ];
        let options = JwtVerifyOptions::default()
            .with_clock(Clock::fixed(minted_at + Duration::from_secs(1)));
        World {
            runtime,
            key,
            genuine,
            verifiers,
            options,
        }
    })
}

fn check(world: &World, token: &str, self_signed: bool) {
    for verifier in &world.verifiers {
        let verdict = world
            .runtime
            .block_on(verifier.verify(token, &world.options));
        match verdict {
            Ok(session) => {
                if token == world.genuine {
                    continue;
                }
                assert!(self_signed, "a forged token verified: {token:?}");
                let payload = token.split('.').nth(1).unwrap_or_default();
                let bytes = URL_SAFE_NO_PAD
                    .decode(payload)
                    .expect("accepted payload is base64");
                let claims: serde_json::Value =
                    serde_json::from_slice(&bytes).expect("accepted payload is JSON");
                assert_eq!(claims["sub"], session.member_id.as_str(), "{token:?}");
                let iss = claims["iss"].as_str().unwrap_or_default();
                assert!(iss == ISSUER || iss == CUSTOM_ISSUER, "issuer {iss:?}");
            }
            Err(error) => {
                assert!(!error.reason().is_empty());
                assert!(!error.to_string().is_empty());
                let forged = !self_signed && token != world.genuine;
                if forged && error.allows_remote_fallback() {
                    assert!(
                        matches!(
                            error,
                            JwtError::UnknownKeyId { .. } | JwtError::JwksUnavailable(_)
                        ),
                        "a forged token reached the time rules: {error:?}"
                    );
                }
            }
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let world = world();
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    match mode % 8 {
        0 => {
            let (header, payload) = match rest.iter().position(|&b| b == 0xFF) {
                Some(at) => (&rest[..at], &rest[at + 1..]),
                None => (
                    &br#"{"alg":"RS256","typ":"JWT","kid":"jwk-fuzz-1"}"#[..],
                    rest,
                ),
            };
            let header = String::from_utf8_lossy(header);
            let payload = String::from_utf8_lossy(payload);
            let token = world.key.sign_compact(&header, &payload).expect("signing");
            check(world, &token, true);
        }
        1 | 2 => {
            let mut bytes = world.genuine.clone().into_bytes();
            for patch in rest.chunks_exact(3) {
                let at = usize::from(u16::from_le_bytes([patch[0], patch[1]])) % bytes.len();
                bytes[at] = patch[2];
            }
            check(world, &String::from_utf8_lossy(&bytes), false);
        }
        _ => check(world, &String::from_utf8_lossy(rest), false),
    }
});
