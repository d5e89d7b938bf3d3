//! Session-JWT verification throughput, against the bare RSA check as baseline.
//!
//! `cargo bench -p stytch-b2b --bench jwt` measures, in one run and on one core:
//! * the bare RSA-2048 PKCS#1 v1.5 SHA-256 verification of a token's signing input with a
//!   pre-parsed aws-lc-rs key (the floor of any local verification), for one token and
//!   cycling through 1,024 distinct tokens;
//! * a first-seen token, with the cache off (the whole pipeline on every call);
//! * first-seen tokens with the cache on, cycling through the same 1,024 tokens (a miss,
//!   then an insertion that evicts);
//! * a repeated token (a cache hit);
//!
//! and prints each rate and its ratio to the baseline over the same input after criterion's
//! report: 1,024 tokens (1.8 MB) do not stay in the CPU caches, so reading them costs the
//! bare check as much as the verifier. Because the machine may be shared, the ratios are
//! also measured pairwise: short batches of the baseline and of the verification
//! alternate, so that both see the same load.

use std::future::Future;
use std::hint::black_box;
use std::pin::pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Waker};
use std::time::{Duration, Instant};

use aws_lc_rs::signature::{ParsedPublicKey, RSA_PKCS1_2048_8192_SHA256};
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use criterion::{Criterion, Throughput};
use serde_json::json;
use stytch_b2b::jwt::{JwksManager, JwtConfig, JwtVerifier, JwtVerifyOptions};
use stytch_b2b::testkit::{TestKey, TestSessionJwt, jwks_json};

const PROJECT_ID: &str = "project-live-7c3f1a52-9f0e-4d7b-8a61-2b9e5d4c1f08";
const DISTINCT_TOKENS: usize = 1024;
const SMALL_CACHE: usize = 16;

/// Total iterations and time criterion spent in each benchmark, warm-up included.
#[derive(Default)]
struct Tally {
    iterations: u64,
    elapsed: Duration,
}

impl Tally {
    fn per_second(&self) -> f64 {
        self.iterations as f64 / self.elapsed.as_secs_f64()
    }
}

/// Runs `routine` `iterations` times, adds the time to `tally`, and returns it to criterion.
fn timed(tally: &Mutex<Tally>, iterations: u64, mut routine: impl FnMut()) -> Duration {
    let start = Instant::now();
    for _ in 0..iterations {
        routine();
    }
    let elapsed = start.elapsed();
    if let Ok(mut tally) = tally.lock() {
        tally.iterations += iterations;
        tally.elapsed += elapsed;
    }
    elapsed
}

/// Polls a future that completes without waiting (the keys are preloaded), with no
/// executor overhead in the measurement.
fn ready<F: Future>(future: F) -> F::Output {
    let mut future = pin!(future);
    let mut context = Context::from_waker(Waker::noop());
    loop {
        if let Poll::Ready(output) = future.as_mut().poll(&mut context) {
            return output;
        }
    }
}

fn verifier(key: &TestKey, cache_capacity: usize) -> JwtVerifier {
    let config = JwtConfig::default().with_token_cache_capacity(cache_capacity);
    let url = format!("https://api.stytch.com/v1/b2b/sessions/jwks/{PROJECT_ID}");
    let jwks = Arc::new(JwksManager::new(reqwest::Client::new(), url, &config));
    if let Err(error) = jwks.preload_json(&jwks_json(&[key])) {
        panic!("preloading the benchmark key failed: {error}");
    }
    JwtVerifier::new(
        PROJECT_ID,
        JwtVerifier::expected_issuer(PROJECT_ID, None),
        jwks,
        &config,
    )
}

/// A realistic member-session token: one factor, two roles, two custom claims.
fn mint(key: &TestKey, serial: usize) -> String {
    let token = TestSessionJwt::new(PROJECT_ID)
        .member_id(format!("member-live-2f9c1e7a-5b3d-4c8e-9a10-{serial:012}"))
        .organization_slug("acme-corp")
        .roles(["stytch_member", "billing_admin"])
        .custom_claim(
            "https://acme.example/tenant",
            json!({"region": "eu-west-1", "plan": "enterprise"}),
        )
        .custom_claim("feature_flags", json!(["new-dashboard", "audit-log"]))
        .sign(key);
    match token {
        Ok(token) => token,
        Err(error) => panic!("minting failed: {error}"),
    }
}

fn parsed_public_key(key: &TestKey) -> ParsedPublicKey {
    match ParsedPublicKey::new(&RSA_PKCS1_2048_8192_SHA256, key.public_key_der()) {
        Ok(parsed) => parsed,
        Err(error) => panic!("parsing the benchmark key failed: {error}"),
    }
}

fn main() {
    let key = match TestKey::generate("jwk-live-bench") {
        Ok(key) => key,
        Err(error) => panic!("key generation failed: {error}"),
    };
    let token = mint(&key, 0);
    let distinct: Vec<String> = (1..=DISTINCT_TOKENS).map(|i| mint(&key, i)).collect();
    let options = JwtVerifyOptions::default();

    // Baseline inputs: the tokens' signing inputs and decoded signatures.
    let public_key = parsed_public_key(&key);
    let (signing_input, signature) = baseline_input(&token);
    let distinct_inputs: Vec<(&str, Vec<u8>)> =
        distinct.iter().map(|t| baseline_input(t)).collect();
    for (input, signature) in std::iter::once((signing_input, &signature)).chain(
        distinct_inputs
            .iter()
            .map(|(input, signature)| (*input, signature)),
    ) {
        assert!(public_key.verify_sig(input.as_bytes(), signature).is_ok());
    }

    let uncached = verifier(&key, 0);
    let small_cache = verifier(&key, SMALL_CACHE);
    let cached = verifier(&key, JwtConfig::default().token_cache_capacity);
    assert!(ready(uncached.verify(&token, &options)).is_ok());
    assert!(ready(cached.verify(&token, &options)).is_ok());

    // Anything the verifiers might spawn needs a runtime context.
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build();
    let runtime = match runtime {
        Ok(runtime) => runtime,
        Err(error) => panic!("runtime: {error}"),
    };
    let _context = runtime.enter();

    let bare = Mutex::new(Tally::default());
    let bare_cycled = Mutex::new(Tally::default());
    let first_seen = Mutex::new(Tally::default());
    let first_seen_cached = Mutex::new(Tally::default());
    let hit = Mutex::new(Tally::default());

    let mut criterion = Criterion::default().configure_from_args();
    let mut group = criterion.benchmark_group("session_jwt");
    group.throughput(Throughput::Elements(1));
    group.bench_function("bare_rsa2048_pkcs1_sha256_verify", |b| {
        b.iter_custom(|iterations| {
            timed(&bare, iterations, || {
                let verified = public_key
                    .verify_sig(black_box(signing_input.as_bytes()), black_box(&signature));
                black_box(verified.is_ok());
            })
        });
    });
    let mut next_input = 0;
    group.bench_function("bare_rsa2048_pkcs1_sha256_verify_1024_tokens", |b| {
        b.iter_custom(|iterations| {
            timed(&bare_cycled, iterations, || {
                next_input = (next_input + 1) % DISTINCT_TOKENS;
                let (input, signature) = &distinct_inputs[next_input];
                let verified =
                    public_key.verify_sig(black_box(input.as_bytes()), black_box(signature));
                black_box(verified.is_ok());
            })
        });
    });
    group.bench_function("first_seen_cache_off", |b| {
        b.iter_custom(|iterations| {
            timed(&first_seen, iterations, || {
                let session = ready(uncached.verify(black_box(&token), &options));
                black_box(session.is_ok());
            })
        });
    });
    let mut next = 0;
    group.bench_function("first_seen_cache_on_1024_tokens", |b| {
        b.iter_custom(|iterations| {
            timed(&first_seen_cached, iterations, || {
                next = (next + 1) % DISTINCT_TOKENS;
                let session = ready(small_cache.verify(black_box(&distinct[next]), &options));
                black_box(session.is_ok());
            })
        });
    });
    group.bench_function("cache_hit", |b| {
        b.iter_custom(|iterations| {
            timed(&hit, iterations, || {
                let session = ready(cached.verify(black_box(&token), &options));
                black_box(session.is_ok());
            })
        });
    });
    group.finish();
    criterion.final_summary();

    let rate = |tally: &Mutex<Tally>| tally.lock().map(|t| t.per_second()).unwrap_or(f64::NAN);
    let (one_token, many_tokens) = (rate(&bare), rate(&bare_cycled));
    let small_stats = small_cache.jwks().stats();
    println!();
    println!(
        "session-JWT verification, one core (token of {} bytes)",
        token.len()
    );
    let line = |name: &str, per_second: f64, baseline: Option<(f64, &str)>| match baseline {
        Some((baseline, of)) => println!(
            "  {name:<44} {per_second:>10.0} /s  {:>7.1}% of {of}",
            100.0 * per_second / baseline
        ),
        None => println!("  {name:<44} {per_second:>10.0} /s"),
    };
    line("bare RSA check, one token", one_token, None);
    line("bare RSA check, 1,024 tokens", many_tokens, None);
    line(
        "first-seen token, cache off",
        rate(&first_seen),
        Some((one_token, "bare, one token")),
    );
    line(
        "first-seen tokens, cache on (miss), 1,024",
        rate(&first_seen_cached),
        Some((many_tokens, "bare, 1,024 tokens")),
    );
    line(
        "repeated token (cache hit)",
        rate(&hit),
        Some((one_token, "bare, one token")),
    );
    println!(
        "  cache-on run: {} hits among its verifications of {DISTINCT_TOKENS} tokens cycling through a cache of {SMALL_CACHE}",
        small_stats.token_cache_hits
    );

    let cache_off = paired_ratio(
        &mut || {
            let verified =
                public_key.verify_sig(black_box(signing_input.as_bytes()), black_box(&signature));
            black_box(verified.is_ok());
        },
        &mut || {
            black_box(ready(uncached.verify(black_box(&token), &options)).is_ok());
        },
    );
    // Half a ring apart, so that neither side finds the tokens the other just read in the
    // CPU caches.
    let (mut base_cursor, mut cursor) = (DISTINCT_TOKENS / 2, 0);
    let cache_on = paired_ratio(
        &mut || {
            base_cursor = (base_cursor + 1) % DISTINCT_TOKENS;
            let (input, signature) = &distinct_inputs[base_cursor];
            black_box(
                public_key
                    .verify_sig(black_box(input.as_bytes()), black_box(signature))
                    .is_ok(),
            );
        },
        &mut || {
            cursor = (cursor + 1) % DISTINCT_TOKENS;
            black_box(ready(small_cache.verify(black_box(&distinct[cursor]), &options)).is_ok());
        },
    );
    println!("  paired batches (baseline and verification alternating):");
    println!(
        "  {:<44} {:>7.1}% of bare, one token",
        "first-seen token, cache off",
        100.0 * cache_off
    );
    println!(
        "  {:<44} {:>7.1}% of bare, 1,024 tokens",
        "first-seen tokens, cache on (miss), 1,024",
        100.0 * cache_on
    );
    println!("  targets: first-seen >= 85% of bare; cache hit >= 1,000,000 /s");
}

/// A token's signing input and decoded signature, as the bare check takes them.
fn baseline_input(token: &str) -> (&str, Vec<u8>) {
    let (signing_input, signature) = token.rsplit_once('.').unwrap_or_default();
    (
        signing_input,
        URL_SAFE_NO_PAD.decode(signature).unwrap_or_default(),
    )
}

/// Rate of `routine` over rate of `baseline`, from alternating batches of each.
fn paired_ratio(baseline: &mut dyn FnMut(), routine: &mut dyn FnMut()) -> f64 {
    const ROUNDS: u32 = 300;
    const BATCH: u32 = 100;
    let (mut base, mut measured) = (Duration::ZERO, Duration::ZERO);
    for _ in 0..ROUNDS {
        let start = Instant::now();
        for _ in 0..BATCH {
            baseline();
        }
        base += start.elapsed();
        let start = Instant::now();
        for _ in 0..BATCH {
            routine();
        }
        measured += start.elapsed();
    }
    base.as_secs_f64() / measured.as_secs_f64()
}
