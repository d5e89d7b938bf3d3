//! The layer and extractors through `tower::ServiceExt::oneshot`: every kind of
//! credential against every extractor, asserting status, body and headers, with a mock
//! Stytch that counts what the SDK asked it.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::OnceLock;
use std::time::{Duration, SystemTime};

use axum::Router;
use axum::body::Body;
use axum::routing::get;
use http::{Request, StatusCode};
use http_body_util::BodyExt;
use httpmock::Mock;
use httpmock::prelude::*;
use serde_json::{Value, json};
use stytch_b2b::Client;
use stytch_b2b::testkit::{TestKey, TestM2mJwt, TestSessionJwt, jwks_json};
use stytch_b2b_axum::{
    M2mClient, Member, Permission, RefreshedCookie, RequirePermission, Scopes, StytchLayer,
};
use tower::ServiceExt;

const PROJECT_ID: &str = "project-test-11111111-2222-3333-4444-555555555555";
const SECRET: &str = "secret-test-axum-extractors";
const ORG: &str = "organization-test-0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
const OTHER_ORG: &str = "organization-test-99999999-8888-4777-8666-555555555555";

fn key() -> &'static TestKey {
    static KEY: OnceLock<TestKey> = OnceLock::new();
    KEY.get_or_init(|| TestKey::generate("jwk-test-axum").unwrap())
}

/// A key the project's JWKS does not hold, for forgeries.
fn forger() -> &'static TestKey {
    static KEY: OnceLock<TestKey> = OnceLock::new();
    KEY.get_or_init(|| TestKey::generate("jwk-test-axum").unwrap())
}

struct EditDocuments;
impl Permission for EditDocuments {
    const RESOURCE: &'static str = "documents";
    const ACTION: &'static str = "edit";
}

struct ReadInvoices;
impl Scopes for ReadInvoices {
    const REQUIRED: &'static [&'static str] = &["read:invoices"];
}

async fn me(member: Member) -> String {
    format!("{} {}", member.member_id(), member.organization_id())
}

async fn maybe(member: Option<Member>) -> String {
    member.map_or_else(|| "anonymous".to_owned(), |m| m.member_id().to_owned())
}

async fn edit(member: RequirePermission<EditDocuments>) -> String {
    format!("{} may edit", member.member_id())
}

async fn machine(caller: M2mClient<ReadInvoices>) -> String {
    caller.client_id().to_owned()
}

/// A logout that clears the session cookie itself.
async fn logout(_member: Member) -> ([(http::header::HeaderName, &'static str); 1], &'static str) {
    (
        [(
            http::header::SET_COOKIE,
            "stytch_session_jwt=; Path=/; Max-Age=0",
        )],
        "bye",
    )
}

struct Stytch {
    server: &'static MockServer,
    authenticate: Mock<'static>,
    policy: Mock<'static>,
}

impl Stytch {
    async fn start(remote_status: u16) -> Self {
        Self::start_with_policy(remote_status, 200).await
    }

    async fn start_with_policy(remote_status: u16, policy_status: u16) -> Self {
        let server: &'static MockServer = Box::leak(Box::new(MockServer::start_async().await));
        server
            .mock_async(|when, then| {
                when.method(GET)
                    .path(format!("/v1/b2b/sessions/jwks/{PROJECT_ID}"));
                then.status(200)
                    .header("content-type", "application/json")
                    .body(jwks_json(&[key()]));
            })
            .await;
        let policy = server
            .mock_async(|when, then| {
                when.method(GET).path("/v1/b2b/rbac/policy");
                then.status(policy_status).json_body(json!({
                    "request_id": "request-id-test-policy", "status_code": 200,
                    "policy": {"roles": [
                        {"role_id": "stytch_member", "description": "",
                         "permissions": [{"resource_id": "stytch.self", "actions": ["*"]}]},
                        {"role_id": "editor", "description": "",
                         "permissions": [{"resource_id": "documents", "actions": ["edit"]}]}],
                     "resources": [], "scopes": []}}));
            })
            .await;
        let authenticate = server
            .mock_async(move |when, then| {
                when.method(POST).path("/v1/b2b/sessions/authenticate");
                if remote_status == 200 {
                    then.status(200)
                        .json_body(stytch_b2b_tests_fixture("sessions_authenticate"));
                } else {
                    then.status(remote_status).json_body(json!({
                        "status_code": remote_status, "request_id": "request-id-test-404",
                        "error_type": "session_not_found",
                        "error_message": "Session could not be found.",
                        "error_url": "https://stytch.com/docs/api/errors/404"}));
                }
            })
            .await;
        Self {
            server,
            authenticate,
            policy,
        }
    }

    fn client(&self) -> Client {
        Client::builder(PROJECT_ID, SECRET)
            .base_url(self.server.base_url())
            .build()
            .unwrap()
    }

    fn app(&self, layer: impl FnOnce(StytchLayer) -> StytchLayer) -> Router {
        Router::new()
            .route("/me", get(me))
            .route("/maybe", get(maybe))
            .route("/documents", get(edit))
            .route("/orgs/{organization_id}/me", get(me))
            .route("/machine", get(machine))
            .route("/logout", get(logout))
            .layer(layer(StytchLayer::new(self.client()).organization_from(
                |parts| {
                    let mut segments = parts.uri.path().split('/').skip(1);
                    (segments.next() == Some("orgs"))
                        .then(|| segments.next())
                        .flatten()
                        .map(str::to_owned)
                },
            )))
    }

    fn session(&self, roles: &[&str]) -> TestSessionJwt {
        TestSessionJwt::new(PROJECT_ID)
            .issuer(self.server.base_url())
            .organization_id(ORG)
            .roles(roles.iter().copied())
    }
}

/// The response fixture of `operation_id`, shared with the SDK's tests.
fn stytch_b2b_tests_fixture(operation_id: &str) -> Value {
    let path = format!(
        "{}/../stytch-b2b-tests/fixtures/responses/{operation_id}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

struct Answer {
    status: StatusCode,
    body: String,
    headers: http::HeaderMap,
}

async fn get_with(app: &Router, path: &str, headers: &[(&str, &str)]) -> Answer {
    let mut request = Request::get(path);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = app
        .clone()
        .oneshot(request.body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    Answer {
        status,
        body: String::from_utf8(bytes.to_vec()).unwrap(),
        headers,
    }
}

fn bearer(token: &str) -> String {
    format!("Bearer {token}")
}

fn assert_refused(answer: &Answer, status: StatusCode, kind: &str) {
    assert_eq!(answer.status, status, "{}", answer.body);
    assert_eq!(answer.body, format!(r#"{{"error":"{kind}"}}"#));
    assert_eq!(
        answer.headers.get("content-type").unwrap(),
        "application/json"
    );
}

#[tokio::test]
async fn a_good_session_from_the_bearer_header_or_the_cookie_reaches_the_handler() {
    let stytch = Stytch::start(404).await;
    let app = stytch.app(|layer| layer);
    let token = stytch
        .session(&["stytch_member"])
        .member_id("member-test-good")
        .sign(key())
        .unwrap();

    let answer = get_with(&app, "/me", &[("authorization", &bearer(&token))]).await;
    assert_eq!(answer.status, StatusCode::OK);
    assert_eq!(answer.body, format!("member-test-good {ORG}"));

    let cookie = format!("theme=dark; stytch_session_jwt={token}");
    let answer = get_with(&app, "/me", &[("cookie", &cookie)]).await;
    assert_eq!(answer.status, StatusCode::OK);
    assert!(answer.headers.get("set-cookie").is_none());

    let answer = get_with(&app, "/maybe", &[("authorization", &bearer(&token))]).await;
    assert_eq!(answer.body, "member-test-good");
    assert_eq!(stytch.authenticate.calls_async().await, 0, "all local");
}

#[tokio::test]
async fn missing_malformed_and_forged_sessions_are_401_without_asking_the_api() {
    let stytch = Stytch::start(404).await;
    let app = stytch.app(|layer| layer);
    let forged = stytch.session(&["stytch_member"]).sign(forger()).unwrap();
    let wrong_project = TestSessionJwt::new("project-test-00000000-0000-0000-0000-000000000000")
        .issuer(stytch.server.base_url())
        .sign(key())
        .unwrap();

    for headers in [
        vec![],
        vec![("authorization", "Bearer not-a-jwt".to_owned())],
        vec![("authorization", "Basic dXNlcjpwYXNz".to_owned())],
        vec![("authorization", bearer(&forged))],
        vec![("authorization", bearer(&wrong_project))],
        vec![("cookie", "stytch_session_jwt=a.b.c".to_owned())],
    ] {
        let headers: Vec<(&str, &str)> = headers.iter().map(|(n, v)| (*n, v.as_str())).collect();
        let answer = get_with(&app, "/me", &headers).await;
        assert_refused(&answer, StatusCode::UNAUTHORIZED, "unauthenticated");
        assert_eq!(answer.headers.get("www-authenticate").unwrap(), "Bearer");
        assert_eq!(get_with(&app, "/maybe", &headers).await.body, "anonymous");
    }
    assert_eq!(stytch.authenticate.calls_async().await, 0);
}

#[tokio::test]
async fn an_expired_session_goes_to_the_api_and_a_revoked_one_is_401() {
    let stytch = Stytch::start(404).await;
    let app = stytch.app(|layer| layer);
    let expired = stytch
        .session(&["stytch_member"])
        .at(SystemTime::now() - Duration::from_secs(10 * 3600))
        .sign(key())
        .unwrap();
    let answer = get_with(&app, "/me", &[("authorization", &bearer(&expired))]).await;
    assert_refused(&answer, StatusCode::UNAUTHORIZED, "unauthenticated");
    assert_eq!(stytch.authenticate.calls_async().await, 1);
}

#[tokio::test]
async fn the_apis_refreshed_jwt_goes_back_as_a_cookie_only_when_asked() {
    let stytch = Stytch::start(200).await;
    let refreshed = stytch_b2b_tests_fixture("sessions_authenticate")["session_jwt"]
        .as_str()
        .unwrap()
        .to_owned();
    let expired = stytch
        .session(&["stytch_member"])
        .at(SystemTime::now() - Duration::from_secs(10 * 3600))
        .sign(key())
        .unwrap();

    let plain = stytch.app(|layer| layer);
    let answer = get_with(&plain, "/me", &[("authorization", &bearer(&expired))]).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
    assert!(answer.headers.get("set-cookie").is_none());

    let with_cookie = stytch.app(|layer| layer.set_refreshed_cookie(RefreshedCookie::default()));
    let answer = get_with(&with_cookie, "/me", &[("authorization", &bearer(&expired))]).await;
    assert_eq!(answer.status, StatusCode::OK);
    assert_eq!(
        answer.headers.get("set-cookie").unwrap().to_str().unwrap(),
        format!("stytch_session_jwt={refreshed}; Path=/; Secure; HttpOnly; SameSite=Lax")
    );
    assert_eq!(stytch.authenticate.calls_async().await, 2);
}

#[tokio::test]
async fn an_unnamed_refreshed_cookie_takes_the_name_the_layer_reads_the_session_from() {
    let stytch = Stytch::start(200).await;
    let refreshed = stytch_b2b_tests_fixture("sessions_authenticate")["session_jwt"]
        .as_str()
        .unwrap()
        .to_owned();
    let expired = stytch
        .session(&["stytch_member"])
        .at(SystemTime::now() - Duration::from_secs(10 * 3600))
        .sign(key())
        .unwrap();
    let set_cookie = |app: Router| {
        let expired = expired.clone();
        async move {
            let answer = get_with(&app, "/me", &[("authorization", &bearer(&expired))]).await;
            assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
            let cookies: Vec<_> = answer
                .headers
                .get_all("set-cookie")
                .iter()
                .map(|value| value.to_str().unwrap().to_owned())
                .collect();
            cookies
        }
    };
    let attributes = "Path=/; Secure; HttpOnly; SameSite=Lax";

    let renamed = stytch.app(|layer| {
        layer
            .session_cookie("sid")
            .set_refreshed_cookie(RefreshedCookie::default())
    });
    assert_eq!(
        set_cookie(renamed).await,
        [format!("sid={refreshed}; {attributes}")]
    );
    // Whichever of the two is configured first.
    let renamed_after = stytch.app(|layer| {
        layer
            .set_refreshed_cookie(RefreshedCookie::default())
            .session_cookie("sid")
    });
    assert_eq!(
        set_cookie(renamed_after).await,
        [format!("sid={refreshed}; {attributes}")]
    );
    // A name of its own is kept.
    let named = stytch.app(|layer| {
        layer
            .session_cookie("sid")
            .set_refreshed_cookie(RefreshedCookie::default().with_name("other"))
    });
    assert_eq!(
        set_cookie(named).await,
        [format!("other={refreshed}; {attributes}")]
    );
    // Bearer-only: the name Stytch's frontend SDKs use.
    let bearer_only = stytch.app(|layer| {
        layer
            .without_session_cookie()
            .set_refreshed_cookie(RefreshedCookie::default())
    });
    assert_eq!(
        set_cookie(bearer_only).await,
        [format!("stytch_session_jwt={refreshed}; {attributes}")]
    );
    assert_eq!(stytch.authenticate.calls_async().await, 4);
}

#[tokio::test]
async fn a_session_of_another_organization_is_403() {
    let stytch = Stytch::start(404).await;
    let app = stytch.app(|layer| layer);
    let token = stytch.session(&["stytch_member"]).sign(key()).unwrap();

    let own = get_with(
        &app,
        &format!("/orgs/{ORG}/me"),
        &[("authorization", &bearer(&token))],
    )
    .await;
    assert_eq!(own.status, StatusCode::OK);
    let other = get_with(
        &app,
        &format!("/orgs/{OTHER_ORG}/me"),
        &[("authorization", &bearer(&token))],
    )
    .await;
    assert_refused(&other, StatusCode::FORBIDDEN, "forbidden");
}

#[tokio::test]
async fn a_permission_is_granted_by_a_role_and_refused_without_it() {
    let stytch = Stytch::start(404).await;
    let app = stytch.app(|layer| layer);
    let editor = stytch
        .session(&["stytch_member", "editor"])
        .member_id("member-test-editor")
        .sign(key())
        .unwrap();
    let member = stytch.session(&["stytch_member"]).sign(key()).unwrap();

    let granted = get_with(&app, "/documents", &[("authorization", &bearer(&editor))]).await;
    assert_eq!(granted.status, StatusCode::OK);
    assert_eq!(granted.body, "member-test-editor may edit");
    let refused = get_with(&app, "/documents", &[("authorization", &bearer(&member))]).await;
    assert_refused(&refused, StatusCode::FORBIDDEN, "forbidden");
    let anonymous = get_with(&app, "/documents", &[]).await;
    assert_refused(&anonymous, StatusCode::UNAUTHORIZED, "unauthenticated");
    assert_eq!(stytch.policy.calls_async().await, 1, "the policy is cached");
}

#[tokio::test]
async fn m2m_tokens_need_the_scopes_and_a_session_jwt_is_no_m2m_token() {
    let stytch = Stytch::start(404).await;
    let app = stytch.app(|layer| layer);
    let m2m = |scopes: &[&str]| {
        TestM2mJwt::new(PROJECT_ID, "m2m-client-test-1")
            .issuer(stytch.server.base_url())
            .scopes(scopes.iter().copied())
            .sign(key())
            .unwrap()
    };

    let good = get_with(
        &app,
        "/machine",
        &[("authorization", &bearer(&m2m(&["read:invoices"])))],
    )
    .await;
    assert_eq!(good.status, StatusCode::OK, "{}", good.body);
    assert_eq!(good.body, "m2m-client-test-1");
    let wildcard = get_with(
        &app,
        "/machine",
        &[("authorization", &bearer(&m2m(&["read:*"])))],
    )
    .await;
    assert_eq!(wildcard.status, StatusCode::OK);
    let short = get_with(
        &app,
        "/machine",
        &[("authorization", &bearer(&m2m(&["write:invoices"])))],
    )
    .await;
    assert_refused(&short, StatusCode::FORBIDDEN, "forbidden");
    let session = stytch.session(&["stytch_member"]).sign(key()).unwrap();
    let wrong_kind = get_with(&app, "/machine", &[("authorization", &bearer(&session))]).await;
    assert_refused(&wrong_kind, StatusCode::UNAUTHORIZED, "unauthenticated");
    let as_member = get_with(
        &app,
        "/me",
        &[("authorization", &bearer(&m2m(&["read:invoices"])))],
    )
    .await;
    assert_refused(&as_member, StatusCode::UNAUTHORIZED, "unauthenticated");
}

#[tokio::test]
async fn an_extractor_without_the_layer_is_a_500_not_a_panic() {
    let app: Router = Router::new().route("/me", get(me));
    let answer = get_with(&app, "/me", &[("authorization", "Bearer x")]).await;
    assert_refused(&answer, StatusCode::INTERNAL_SERVER_ERROR, "internal");
}

#[tokio::test]
async fn stytch_unreachable_is_503() {
    // Nothing listens on the JWKS URL's port.
    let client = Client::builder(PROJECT_ID, SECRET)
        .base_url("http://127.0.0.1:9")
        .build()
        .unwrap();
    let app = Router::new()
        .route("/me", get(me))
        .layer(StytchLayer::new(client));
    let token = TestSessionJwt::new(PROJECT_ID).sign(key()).unwrap();
    let answer = get_with(&app, "/me", &[("authorization", &bearer(&token))]).await;
    assert_refused(&answer, StatusCode::SERVICE_UNAVAILABLE, "unavailable");
}

#[tokio::test]
async fn the_bearer_token_is_the_credential_when_a_cookie_is_also_sent() {
    let stytch = Stytch::start(404).await;
    let app = stytch.app(|layer| layer);
    let good = stytch
        .session(&["stytch_member"])
        .member_id("member-test-cookie")
        .sign(key())
        .unwrap();
    let cookie = format!("stytch_session_jwt={good}");

    let bad_bearer = get_with(
        &app,
        "/me",
        &[("authorization", "Bearer not-a-jwt"), ("cookie", &cookie)],
    )
    .await;
    assert_refused(&bad_bearer, StatusCode::UNAUTHORIZED, "unauthenticated");
    let other = stytch
        .session(&["stytch_member"])
        .member_id("member-test-bearer")
        .sign(key())
        .unwrap();
    let both_good = get_with(
        &app,
        "/me",
        &[("authorization", &bearer(&other)), ("cookie", &cookie)],
    )
    .await;
    assert_eq!(both_good.body, format!("member-test-bearer {ORG}"));
    let cookie_only = stytch.app(|layer| layer.without_session_cookie());
    let ignored = get_with(&cookie_only, "/me", &[("cookie", &cookie)]).await;
    assert_refused(&ignored, StatusCode::UNAUTHORIZED, "unauthenticated");
    let renamed = stytch.app(|layer| layer.session_cookie("sid"));
    let by_name = get_with(&renamed, "/me", &[("cookie", &format!("sid={good}"))]).await;
    assert_eq!(by_name.status, StatusCode::OK);
}

#[tokio::test]
async fn a_handlers_own_session_cookie_is_not_overwritten() {
    let stytch = Stytch::start(200).await;
    let app = stytch.app(|layer| layer.set_refreshed_cookie(RefreshedCookie::default()));
    let expired = stytch
        .session(&["stytch_member"])
        .at(SystemTime::now() - Duration::from_secs(10 * 3600))
        .sign(key())
        .unwrap();
    let answer = get_with(&app, "/logout", &[("authorization", &bearer(&expired))]).await;
    assert_eq!(answer.status, StatusCode::OK);
    let cookies: Vec<_> = answer.headers.get_all("set-cookie").iter().collect();
    assert_eq!(cookies, ["stytch_session_jwt=; Path=/; Max-Age=0"]);
}

#[tokio::test]
async fn an_unavailable_policy_lets_the_api_decide_the_permission() {
    let stytch = Stytch::start_with_policy(200, 500).await;
    let app = stytch.app(|layer| layer);
    let editor = stytch.session(&["editor"]).sign(key()).unwrap();
    let answer = get_with(&app, "/documents", &[("authorization", &bearer(&editor))]).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
    assert_eq!(stytch.policy.calls_async().await, 1);
    assert_eq!(
        stytch.authenticate.calls_async().await,
        1,
        "sessions/authenticate with the authorization_check"
    );
}
