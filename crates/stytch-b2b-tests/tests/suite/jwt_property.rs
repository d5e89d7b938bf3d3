//! Property test of local verification (issue 13, item 10): random and mutated tokens never
//! make the verifier panic, every rejection is a typed [`JwtError`] that names no part of
//! the genuine token, a forged token never gets as far as the time rules, and only the
//! untouched genuine token verifies (or a token the test signed itself, whose session must
//! then match its claims).
//!
//! The generator is seeded: the seed is printed with any failure, and
//! `JWT_PROPERTY_SEED=0x… cargo test -p stytch-b2b-tests --test suite -- jwt_property::`
//! replays it; `JWT_PROPERTY_CASES=N` runs more (or fewer) cases than the default.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;

use crate::jwt_support::*;
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use fastrand::Rng;
use serde_json::{Map, Value, json};
use stytch_b2b::jwt::{JwtConfig, JwtError, JwtVerifier};
use stytch_b2b::testkit::{TestKey, jwks_json};

const DEFAULT_SEED: u64 = 0x1313_5EED_0F0F_2025;
/// Enough to cover every generator many times over, within a few seconds of a debug build.
const DEFAULT_CASES: usize = 6_000;

fn env_number(name: &str) -> Option<u64> {
    let text = std::env::var(name).ok()?;
    let text = text.trim();
    match text.strip_prefix("0x") {
        Some(hex) => u64::from_str_radix(hex, 16).ok(),
        None => text.parse().ok(),
    }
}

/// What a case may yield.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    /// The untouched genuine token: must verify.
    Valid,
    /// Anything else not signed by the test: must be rejected, never with a time rule.
    Rejected,
    /// Claims the test signed with the real key: either verdict, but a session must match
    /// the claims and a rejection may be any rule.
    Either,
}

struct Case {
    kind: &'static str,
    token: String,
    expect: Expect,
}

impl Case {
    fn new(kind: &'static str, token: String) -> Self {
        Self {
            kind,
            token,
            expect: Expect::Rejected,
        }
    }
}

/// Verifiers that see every case: the pipeline on every call, the verified-token cache in
/// front of it, and a length cap high enough for huge segments to reach the decoder.
fn verifiers() -> Vec<Arc<JwtVerifier>> {
    let jwks = jwks_json(&[key_a()]);
    vec![
        Arc::new(preloaded_verifier(&jwks, &uncached())),
        Arc::new(preloaded_verifier(&jwks, &JwtConfig::default())),
        Arc::new(preloaded_verifier(
            &jwks,
            &uncached().with_max_token_len(4 * 1024 * 1024),
        )),
    ]
}

/// Bytes a mutation writes: the token's alphabet, its delimiters, and bytes that are not.
const INTERESTING: &[u8] = b"AZaz09-_.=+/ \t\n\0\"{}[]:,\\\x7f\x80\xbf\xc3\xff";
const NON_ASCII: &[&str] = &["é", "🦀", "\u{feff}", "\u{0}", "\u{2028}", "Ω", "\u{fffd}"];

fn pick<'a, T>(rng: &mut Rng, items: &'a [T]) -> &'a T {
    &items[rng.usize(..items.len())]
}

/// One to four byte-level edits of `token`; invalid UTF-8 becomes U+FFFD.
fn mutate(rng: &mut Rng, token: &str) -> String {
    let mut bytes = token.as_bytes().to_vec();
    for _ in 0..rng.usize(1..=4) {
        let len = bytes.len();
        let at = rng.usize(..=len);
        match rng.u8(..9) {
            0 if len > 0 => bytes[at.min(len - 1)] ^= 1 << rng.u8(..8),
            1 if len > 0 => bytes[at.min(len - 1)] = *pick(rng, INTERESTING),
            2 => bytes.insert(at, *pick(rng, INTERESTING)),
            3 if len > 0 => {
                let end = rng.usize(at.min(len - 1)..len);
                bytes.drain(at.min(len - 1)..=end);
            }
            4 => bytes.truncate(at),
            5 => {
                let text = pick(rng, NON_ASCII).as_bytes();
                bytes.splice(at..at, text.iter().copied());
            }
            6 if len > 0 => {
                let start = rng.usize(..len);
                let end = rng.usize(start..=len.min(start + 64));
                let copy = bytes[start..end].to_vec();
                bytes.splice(at..at, copy);
            }
            7 => bytes.insert(at, rng.u8(..)),
            _ => bytes.extend(std::iter::repeat_n(b'A', rng.usize(1..40))),
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

fn segments(token: &str) -> Vec<&str> {
    token.split('.').collect()
}

fn b64(bytes: impl AsRef<[u8]>) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

/// A random base64url string of up to `max` characters.
fn random_b64(rng: &mut Rng, max: usize) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    (0..rng.usize(..=max))
        .map(|_| char::from(*pick(rng, ALPHABET)))
        .collect()
}

const NAMES: &[&str] = &[
    "alg",
    "kid",
    "typ",
    "crit",
    "iss",
    "sub",
    "aud",
    "exp",
    "nbf",
    "iat",
    "jti",
    "https://stytch.com/session",
    "https://stytch.com/organization",
    "https://stytch.com/other",
    "id",
    "started_at",
    "roles",
    "authentication_factors",
    "type",
    "organization_id",
    "slug",
    "x",
    "é",
    "",
    "a\u{0}b",
];

fn random_string(rng: &mut Rng) -> String {
    match rng.u8(..6) {
        0 => pick(rng, NAMES).to_string(),
        1 => "RS256".to_owned(),
        2 => key_a().kid().to_owned(),
        3 => PROJECT_ID.to_owned(),
        4 => "2025-06-15T15:06:40Z".to_owned(),
        _ => (0..rng.usize(..12))
            .map(|_| char::from_u32(rng.u32(..0x3000)).unwrap_or('?'))
            .collect(),
    }
}

fn random_json(rng: &mut Rng, depth: usize) -> Value {
    let leaf = depth >= 4 || rng.u8(..3) == 0;
    match rng.u8(..if leaf { 6 } else { 8 }) {
        0 => Value::Null,
        1 => Value::Bool(rng.bool()),
        2 => json!(rng.i64(..)),
        3 => json!(rng.u64(1_700_000_000..1_800_000_000)),
        4 => json!(rng.f64() * 1e12),
        5 => Value::String(random_string(rng)),
        6 => Value::Array(
            (0..rng.usize(..5))
                .map(|_| random_json(rng, depth + 1))
                .collect(),
        ),
        _ => Value::Object(random_object(rng, depth + 1)),
    }
}

fn random_object(rng: &mut Rng, depth: usize) -> Map<String, Value> {
    (0..rng.usize(..7))
        .map(|_| (pick(rng, NAMES).to_string(), random_json(rng, depth + 1)))
        .collect()
}

/// A JSON text for a segment: random, or a plausible object with one member made random,
/// sometimes with a member repeated or the text cut.
fn json_text(rng: &mut Rng, plausible: &Map<String, Value>) -> String {
    let mut text = match rng.u8(..4) {
        0 => random_json(rng, 0).to_string(),
        1 => Value::Object(random_object(rng, 0)).to_string(),
        _ => {
            let mut object = plausible.clone();
            let name = pick(rng, NAMES).to_string();
            if rng.bool() {
                object.insert(name, random_json(rng, 1));
            } else {
                object.remove(&name);
            }
            Value::Object(object).to_string()
        }
    };
    match rng.u8(..8) {
        0 => {
            // A repeated member, which a JSON builder cannot write.
            let name = pick(rng, NAMES);
            if let Some(inner) = text.strip_prefix('{') {
                let member = format!("\"{name}\":{},", random_json(rng, 2));
                text = format!("{{{member}{member}{inner}");
            }
        }
        1 => {
            let cut = rng.usize(..=text.len());
            text = String::from_utf8_lossy(&text.as_bytes()[..cut]).into_owned();
        }
        2 => text = mutate(rng, &text),
        _ => {}
    }
    text
}

fn genuine_header() -> Map<String, Value> {
    json!({"alg": "RS256", "typ": "JWT", "kid": key_a().kid()})
        .as_object()
        .cloned()
        .unwrap()
}

/// One generated case.
fn generate(rng: &mut Rng, valid: &str, other: &str, key: &TestKey) -> Case {
    let parts = segments(valid);
    let other_parts = segments(other);
    let payload = session_jwt().payload_json();
    match rng.u8(..100) {
        0..=44 => Case::new("mutated", mutate(rng, valid)),
        45..=54 => {
            // Segments of two genuine tokens mixed, or reordered.
            let pool = [
                parts[0],
                parts[1],
                parts[2],
                other_parts[1],
                other_parts[2],
                "",
            ];
            let count = rng.usize(1..=5);
            let token = (0..count)
                .map(|_| *pick(rng, &pool))
                .collect::<Vec<_>>()
                .join(".");
            Case::new("spliced", token)
        }
        55..=64 => {
            let count = rng.usize(1..=5);
            let token = (0..count)
                .map(|_| random_b64(rng, 400))
                .collect::<Vec<_>>()
                .join(".");
            Case::new("random base64", token)
        }
        65..=82 => {
            // Random JSON re-encoded in the header or the payload, the rest genuine.
            let header = if rng.bool() {
                b64(json_text(rng, &genuine_header()))
            } else {
                parts[0].to_owned()
            };
            let body = if rng.bool() {
                b64(json_text(rng, &payload))
            } else {
                parts[1].to_owned()
            };
            let signature = if rng.bool() {
                parts[2].to_owned()
            } else {
                b64((0..rng.usize(..300))
                    .map(|_| rng.u8(..))
                    .collect::<Vec<_>>())
            };
            Case::new("random json", format!("{header}.{body}.{signature}"))
        }
        83..=88 => {
            let len = match rng.u8(..4) {
                0 => 0,
                1 | 2 => rng.usize(60_000..70_000),
                _ => rng.usize(100_000..300_000),
            };
            let huge = "A".repeat(len);
            let token = match rng.u8(..4) {
                0 => format!("{huge}.{}.{}", parts[1], parts[2]),
                1 => format!("{}.{huge}.{}", parts[0], parts[2]),
                2 => format!("{}.{}.{huge}", parts[0], parts[1]),
                _ => format!("{huge}.{huge}.{huge}"),
            };
            Case::new("huge or empty segment", token)
        }
        89..=96 => {
            // Claims (and sometimes a header) the test signs with the real key, so that
            // random claims get past the signature; signing is the slow part, hence 8 %.
            let header = if rng.u8(..4) == 0 {
                json_text(rng, &genuine_header())
            } else {
                Value::Object(genuine_header()).to_string()
            };
            let body = json_text(rng, &payload);
            let token = key.sign_compact(&header, &body).unwrap();
            Case {
                kind: "signed random claims",
                token,
                expect: Expect::Either,
            }
        }
        _ => {
            let text: String = (0..rng.usize(..300))
                .map(|_| match rng.u8(..4) {
                    0 => '.',
                    1 => char::from_u32(rng.u32(..0x11_0000)).unwrap_or('\u{fffd}'),
                    _ => char::from(rng.u8(0x20..0x7f)),
                })
                .collect();
            Case::new("non-ascii", text)
        }
    }
}

/// Fixed inputs at the edges.
fn edge_cases(valid: &str) -> Vec<Case> {
    let parts = segments(valid);
    let mut deep = String::new();
    for _ in 0..300 {
        deep.push('[');
    }
    let padded: Vec<String> = parts.iter().map(|p| format!("{p}==")).collect();
    [
        String::new(),
        ".".to_owned(),
        "..".to_owned(),
        "...".to_owned(),
        "a.b.c".to_owned(),
        "é.é.é".to_owned(),
        "🦀".repeat(20_000),
        format!("\u{feff}{valid}"),
        format!("{valid}\n"),
        format!(" {valid}"),
        format!("{valid}."),
        format!(".{valid}"),
        padded.join("."),
        format!("{}..{}", parts[0], parts[2]),
        format!("{}.{}.", parts[0], parts[1]),
        format!(".{}.{}", parts[1], parts[2]),
        format!("{}.{}.{}", b64(&deep), parts[1], parts[2]),
        format!("{}.{}.{}", b64("{}"), parts[1], parts[2]),
        format!("{}.{}.{}", b64("null"), b64("null"), parts[2]),
        format!("{}.{}.{}", parts[0], b64(&deep), parts[2]),
        "A".repeat(64 * 1024 + 1),
        format!("{valid}{}", "A".repeat(64 * 1024)),
    ]
    .into_iter()
    .map(|token| Case::new("edge", token))
    .collect()
}

fn preview(token: &str) -> String {
    let mut shown: String = token.chars().take(160).collect();
    if shown.len() < token.len() {
        shown.push('…');
    }
    shown
}

/// The member and organization a verified session reports.
type Verdict = Result<(String, String), JwtError>;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn random_and_mutated_tokens_never_panic_and_are_rejected_with_a_typed_error() {
    let seed = env_number("JWT_PROPERTY_SEED").unwrap_or(DEFAULT_SEED);
    let cases = env_number("JWT_PROPERTY_CASES")
        .and_then(|n| usize::try_from(n).ok())
        .unwrap_or(DEFAULT_CASES);
    let fail = |index: usize, case: &Case, what: String| -> ! {
        panic!(
            "jwt_property: seed {seed:#x}, case {index} ({}), {what}\n  token ({} bytes): {:?}\n  \
             replay with JWT_PROPERTY_SEED={seed:#x}",
            case.kind,
            case.token.len(),
            preview(&case.token)
        )
    };

    let verifiers = verifiers();
    let valid = session_jwt().sign(key_a()).unwrap();
    let other = session_jwt()
        .member_id("member-test-2")
        .sign(key_a())
        .unwrap();
    let secret_parts = [
        segments(&valid)[1].to_owned(),
        segments(&valid)[2].to_owned(),
    ];

    let mut rng = Rng::with_seed(seed);
    let mut all = vec![Case {
        kind: "genuine",
        token: valid.clone(),
        expect: Expect::Valid,
    }];
    all.extend(edge_cases(&valid));
    all.extend((0..cases).map(|_| generate(&mut rng, &valid, &other, key_a())));
    for case in &mut all {
        // A mutation may undo itself, and a splice may rebuild either genuine token.
        if case.expect == Expect::Rejected && (case.token == valid || case.token == other) {
            case.expect = Expect::Valid;
        }
    }

    let mut signed_accepted = 0;
    for (index, case) in all.iter().enumerate() {
        for verifier in &verifiers {
            let verifier = Arc::clone(verifier);
            let token = case.token.clone();
            let verdict: Verdict = match tokio::spawn(async move {
                verifier
                    .verify(&token, &options())
                    .await
                    .map(|s| (s.member_id.clone(), s.organization_id.clone()))
            })
            .await
            {
                Ok(verdict) => verdict,
                Err(join) => fail(index, case, format!("the verifier panicked: {join}")),
            };
            match (&verdict, case.expect) {
                (Ok(_), Expect::Valid) | (Err(_), Expect::Rejected | Expect::Either) => {}
                (Ok((member, organization)), Expect::Either) => {
                    signed_accepted += 1;
                    let payload = segments(&case.token)[1];
                    let claims: Value =
                        serde_json::from_slice(&URL_SAFE_NO_PAD.decode(payload).unwrap())
                            .unwrap_or_else(|e| {
                                fail(index, case, format!("accepted non-JSON: {e}"))
                            });
                    let expected_org =
                        &claims["https://stytch.com/organization"]["organization_id"];
                    if claims["sub"] != json!(member) || *expected_org != json!(organization) {
                        fail(
                            index,
                            case,
                            format!("session {verdict:?} does not match {claims}"),
                        );
                    }
                    if claims["iss"] != json!(ISSUER) {
                        fail(index, case, format!("accepted issuer {}", claims["iss"]));
                    }
                }
                (Ok(_), Expect::Rejected) => fail(index, case, "a forged token verified".into()),
                (Err(error), Expect::Valid) => fail(
                    index,
                    case,
                    format!("the genuine token was rejected: {error:?}"),
                ),
            }
            let Err(error) = verdict else { continue };
            let shown = format!("{error} {error:?}");
            if error.reason().is_empty() || error.to_string().is_empty() {
                fail(index, case, format!("an untyped rejection: {error:?}"));
            }
            if let Some(part) = secret_parts
                .iter()
                .find(|part| shown.contains(part.as_str()))
            {
                fail(
                    index,
                    case,
                    format!("the error shows the genuine token's {part:.12}…"),
                );
            }
            let forged_but_timed = case.expect == Expect::Rejected
                && error.allows_remote_fallback()
                && !matches!(
                    error,
                    JwtError::UnknownKeyId { .. } | JwtError::JwksUnavailable(_)
                );
            if forged_but_timed {
                fail(
                    index,
                    case,
                    format!("a forged token reached the time rules: {error:?}"),
                );
            }
        }
    }
    // The generator does reach the claims rules past the signature.
    assert!(
        all.iter().filter(|c| c.expect == Expect::Either).count() > 10,
        "seed {seed:#x}: too few signed cases"
    );
    println!(
        "jwt_property: seed {seed:#x}, {} cases x {} verifiers, {signed_accepted} self-signed accepted",
        all.len(),
        verifiers.len()
    );
}
