//! What authentication and authorization cost an axum request, against the same request
//! to a bare handler as baseline.
//!
//! `cargo bench -p stytch-b2b-axum --bench layer` measures, in one run, on a
//! current-thread runtime, with the JWKS and the RBAC policy cached (no request leaves
//! the process while measuring):
//! * a bare handler: the router, the request with its `Authorization` header, the
//!   response; nothing verified (the baseline);
//! * the same handler taking a [`Member`] behind [`StytchLayer`], same token (a
//!   verified-token cache hit: the first request of a token pays one RSA check);
//! * the same taking [`RequirePermission`] (the above plus a policy check);
//! * `client.sessions().authenticate_jwt_local(..)` alone, same token (the cache hit);
//! * `client.rbac().authorize(..)` alone, on an already verified session;
//!
//! and prints, after criterion's report, each rate and the handlers' cost relative to
//! the bare one, measured pairwise: short batches of the baseline and of the measured
//! route alternate, so that both see the same load on a shared machine.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::hint::black_box;
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Body;
use axum::routing::get;
use criterion::Criterion;
use http::Request;
use httpmock::prelude::*;
use serde_json::json;
use stytch_b2b::testkit::{TestKey, TestSessionJwt, jwks_json};
use stytch_b2b::{Client, JwtVerifyOptions};
use stytch_b2b_axum::{Member, Permission, RequirePermission, StytchLayer};
use tower::ServiceExt;

const PROJECT_ID: &str = "project-live-7c3f1a52-9f0e-4d7b-8a61-2b9e5d4c1f08";
const ORG: &str = "organization-live-3d9a7c1e-5b2f-4e8d-9c60-1a2b3c4d5e6f";

struct EditDocuments;
impl Permission for EditDocuments {
    const RESOURCE: &'static str = "documents";
    const ACTION: &'static str = "edit";
}

async fn bare() -> &'static str {
    "ok"
}

async fn member(member: Member) -> &'static str {
    black_box(member.member_id());
    "ok"
}

async fn permitted(member: RequirePermission<EditDocuments>) -> &'static str {
    black_box(member.member_id());
    "ok"
}

fn request(token: &str) -> Request<Body> {
    Request::get("/")
        .header("authorization", format!("Bearer {token}"))
        .body(Body::empty())
        .unwrap()
}

fn main() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let server = runtime.block_on(MockServer::start_async());
    let key = TestKey::generate("jwk-live-bench").unwrap();
    server.mock(|when, then| {
        when.method(GET).path("/v1/b2b/rbac/policy");
        then.status(200).json_body(json!({
            "request_id": "request-id-live-bench", "status_code": 200,
            "policy": {"roles": [
                {"role_id": "stytch_member", "description": "",
                 "permissions": [{"resource_id": "stytch.self", "actions": ["*"]}]},
                {"role_id": "billing_admin", "description": "",
                 "permissions": [{"resource_id": "invoices", "actions": ["read", "pay"]}]},
                {"role_id": "editor", "description": "",
                 "permissions": [{"resource_id": "documents", "actions": ["read", "edit"]}]}],
             "resources": [], "scopes": []}}));
    });
    let client = Client::builder(PROJECT_ID, "secret-live-bench")
        .base_url(server.base_url())
        .build()
        .unwrap();
    client
        .sessions()
        .jwks()
        .preload_json(&jwks_json(&[&key]))
        .unwrap();
    let token = TestSessionJwt::new(PROJECT_ID)
        .organization_id(ORG)
        .organization_slug("acme-corp")
        .roles(["stytch_member", "billing_admin", "editor"])
        .custom_claim(
            "https://acme.example/tenant",
            json!({"region": "eu-west-1"}),
        )
        .sign(&key)
        .unwrap();

    let layer = StytchLayer::new(client.clone());
    let routers = [
        ("bare handler", Router::new().route("/", get(bare))),
        (
            "Member behind StytchLayer",
            Router::new().route("/", get(member)).layer(layer.clone()),
        ),
        (
            "RequirePermission behind StytchLayer",
            Router::new().route("/", get(permitted)).layer(layer),
        ),
    ];
    let call = |router: &Router| {
        let response = runtime
            .block_on(router.clone().oneshot(request(&token)))
            .unwrap();
        assert_eq!(response.status(), 200);
        black_box(response);
    };
    // Warm: the first request verifies the token and fetches the policy.
    for (_, router) in &routers {
        call(router);
    }
    let session = runtime
        .block_on(
            client
                .sessions()
                .authenticate_jwt_local(&token, &JwtVerifyOptions::default()),
        )
        .unwrap();
    let verify = || {
        runtime
            .block_on(
                client
                    .sessions()
                    .authenticate_jwt_local(&token, &JwtVerifyOptions::default()),
            )
            .unwrap();
    };
    let authorize = || {
        runtime
            .block_on(client.rbac().authorize(&session, ORG, "documents", "edit"))
            .unwrap();
    };

    let mut criterion = Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3))
        .configure_from_args();
    let mut group = criterion.benchmark_group("axum");
    for (name, router) in &routers {
        group.bench_function(*name, |b| b.iter(|| call(router)));
    }
    group.bench_function("authenticate_jwt_local() alone", |b| b.iter(verify));
    group.bench_function("rbac().authorize() alone", |b| b.iter(authorize));
    group.finish();
    criterion.final_summary();

    let (baseline, measured) = routers.split_first().unwrap();
    println!();
    println!(
        "axum request, one core, current-thread runtime (token of {} bytes)",
        token.len()
    );
    let bare_rate = rate(&mut || call(&baseline.1));
    println!("  {:<40} {bare_rate:>10.0} /s", baseline.0);
    for (name, router) in measured {
        let ratio = paired_ratio(&mut || call(&baseline.1), &mut || call(router));
        println!(
            "  {name:<40} {:>10.0} /s  {:>6.2}x the bare handler's time per request",
            bare_rate * ratio,
            1.0 / ratio
        );
    }
    for (name, routine) in [
        ("authenticate_jwt_local() alone", &verify as &dyn Fn()),
        ("rbac().authorize() alone", &authorize),
    ] {
        let ratio = paired_ratio(&mut || call(&baseline.1), &mut || routine());
        println!(
            "  {name:<40} {:>10.0} /s  {:>6.2}x the bare handler's time per request",
            bare_rate * ratio,
            1.0 / ratio
        );
    }
    let stats = client.rbac().policy_cache().stats();
    println!(
        "  policy fetches during the run: {} (project), {} (organizations)",
        stats.project_fetches, stats.organization_fetches
    );
}

/// Calls per second of `routine`, over about half a second.
fn rate(routine: &mut dyn FnMut()) -> f64 {
    let (start, mut calls) = (Instant::now(), 0u64);
    while start.elapsed() < Duration::from_millis(500) {
        routine();
        calls += 1;
    }
    calls as f64 / start.elapsed().as_secs_f64()
}

/// Rate of `measured` as a fraction of the rate of `baseline`, from alternating batches.
fn paired_ratio(baseline: &mut dyn FnMut(), measured: &mut dyn FnMut()) -> f64 {
    const BATCH: u32 = 2_000;
    const ROUNDS: u32 = 10;
    let (mut base_time, mut measured_time) = (Duration::ZERO, Duration::ZERO);
    for _ in 0..ROUNDS {
        let start = Instant::now();
        for _ in 0..BATCH {
            baseline();
        }
        base_time += start.elapsed();
        let start = Instant::now();
        for _ in 0..BATCH {
            measured();
        }
        measured_time += start.elapsed();
    }
    base_time.as_secs_f64() / measured_time.as_secs_f64()
}
