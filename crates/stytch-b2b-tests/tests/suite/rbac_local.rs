//! Local RBAC: `rbac().authorize(..)` against the cached project and organization
//! policies, the cache's single flight and stale-if-error, and
//! `sessions().authenticate_jwt_authorized(..)` with its API fallbacks, counted on a
//! mock server.

use std::sync::Arc;
use std::time::Duration;

use crate::jwt_support::{key_a, options, options_at, session_jwt};
use httpmock::Mock;
use httpmock::prelude::*;
use serde_json::{Value, json};
use stytch_b2b::authorization::{
    AuthorizationCheck, AuthorizationError, PolicyCacheConfig, PolicyCacheStats,
};
use stytch_b2b::jwt::{JwtError, LocalMemberSession};
use stytch_b2b::{Client, Error, JwtAuthentication, JwtVerifyOptions};
use stytch_b2b_tests::{PROJECT_ID, SECRET};

const ORG: &str = "organization-test-0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
const OTHER_ORG: &str = "organization-test-99999999-8888-4777-8666-555555555555";

fn policy_body() -> Value {
    json!({
        "request_id": "request-id-test-policy",
        "status_code": 200,
        "policy": {
            "roles": [
                {"role_id": "stytch_member", "description": "Every member.",
                 "permissions": [{"resource_id": "stytch.self", "actions": ["*"]}]},
                {"role_id": "stytch_admin", "description": "Administrators.",
                 "permissions": [{"resource_id": "stytch.organization", "actions": ["*"]},
                                 {"resource_id": "stytch.member", "actions": ["*"]}]},
                {"role_id": "editor", "description": "Edits documents.",
                 "permissions": [{"resource_id": "documents", "actions": ["read", "edit"]}]}
            ],
            "resources": [
                {"resource_id": "documents", "description": "Documents.",
                 "actions": ["read", "edit", "delete"]}
            ],
            "scopes": []
        }
    })
}

fn org_policy_body(roles: Value) -> Value {
    json!({
        "request_id": "request-id-test-org-policy",
        "status_code": 200,
        "org_policy": {"roles": roles}
    })
}

fn reviewer_roles() -> Value {
    json!([{"role_id": "org-reviewer", "description": "Reviews documents of this organization.",
            "permissions": [{"resource_id": "documents", "actions": ["read", "approve"]}]}])
}

struct Api {
    server: MockServer,
    client: Client,
}

impl Api {
    async fn start(config: PolicyCacheConfig) -> Self {
        let server = MockServer::start_async().await;
        let client = Client::builder(PROJECT_ID, SECRET)
            .base_url(server.base_url())
            .policy_cache_config(config)
            .build()
            .unwrap_or_else(|e| panic!("client: {e}"));
        Self { server, client }
    }

    async fn project_policy(&self, status: u16, body: Value) -> Mock<'_> {
        self.project_policy_delayed(status, body, Duration::ZERO)
            .await
    }

    async fn project_policy_delayed(&self, status: u16, body: Value, delay: Duration) -> Mock<'_> {
        self.server
            .mock_async(move |when, then| {
                when.method(GET)
                    .path("/v1/b2b/rbac/policy")
                    .header_exists("authorization");
                then.status(status)
                    .header("content-type", "application/json")
                    .json_body(body)
                    .delay(delay);
            })
            .await
    }

    async fn org_policy(&self, organization_id: &str, status: u16, body: Value) -> Mock<'_> {
        let path = format!("/v1/b2b/rbac/organizations/{organization_id}");
        self.server
            .mock_async(move |when, then| {
                when.method(GET).path(path);
                then.status(status)
                    .header("content-type", "application/json")
                    .json_body(body);
            })
            .await
    }

    fn stats(&self) -> PolicyCacheStats {
        self.client.rbac().policy_cache().stats()
    }

    async fn authorize(
        &self,
        roles: &[&str],
        organization_id: &str,
        resource: &str,
        action: &str,
    ) -> Result<(), Error> {
        self.client
            .rbac()
            .authorize(&session(roles).await, organization_id, resource, action)
            .await
    }
}

/// A session of `ORG` holding `roles`, as local verification yields it.
async fn session(roles: &[&str]) -> Arc<LocalMemberSession> {
    let token = session_jwt()
        .organization_id(ORG)
        .roles(roles.iter().copied())
        .sign(key_a())
        .unwrap_or_else(|e| panic!("{e}"));
    let verifier = crate::jwt_support::preloaded_verifier(
        &stytch_b2b::testkit::jwks_json(&[key_a()]),
        &stytch_b2b::JwtConfig::default(),
    );
    verifier
        .verify(&token, &options())
        .await
        .unwrap_or_else(|e| panic!("{e}"))
}

fn denied(resource: &str, action: &str) -> AuthorizationError {
    AuthorizationError::PermissionDenied {
        resource: resource.to_owned(),
        action: action.to_owned(),
    }
}

fn authorization_error(result: Result<(), Error>) -> AuthorizationError {
    match result {
        Err(Error::Authorization(error)) => error,
        other => panic!("expected an authorization error, got {other:?}"),
    }
}

#[tokio::test]
async fn default_and_custom_project_roles_grant_their_permissions_only() {
    let api = Api::start(PolicyCacheConfig::default()).await;
    let project = api.project_policy(200, policy_body()).await;
    let org = api.org_policy(ORG, 200, org_policy_body(json!([]))).await;

    api.authorize(&["stytch_member"], ORG, "stytch.self", "update.info.name")
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    api.authorize(&["stytch_member", "editor"], ORG, "documents", "edit")
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    api.authorize(&["stytch_admin"], ORG, "stytch.member", "delete")
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        authorization_error(
            api.authorize(&["stytch_member", "editor"], ORG, "documents", "delete")
                .await
        ),
        denied("documents", "delete")
    );
    assert_eq!(
        authorization_error(
            api.authorize(&["stytch_admin"], ORG, "documents", "read")
                .await
        ),
        denied("documents", "read"),
        "a `*` on other resources grants nothing on this one"
    );

    assert_eq!(
        project.calls_async().await,
        1,
        "one fetch serves every check"
    );
    assert_eq!(
        org.calls_async().await,
        0,
        "every role is a project role, so the organization's roles are not needed"
    );
    let stats = api.stats();
    assert_eq!((stats.project_fetches, stats.organization_fetches), (1, 0));
    assert_eq!((stats.hits, stats.misses, stats.stale_hits), (4, 1, 0));
}

#[tokio::test]
async fn unknown_resource_and_unknown_role_are_denied() {
    let api = Api::start(PolicyCacheConfig::default()).await;
    api.project_policy(200, policy_body()).await;
    let org = api.org_policy(ORG, 200, org_policy_body(json!([]))).await;

    assert_eq!(
        authorization_error(
            api.authorize(&["editor"], ORG, "spreadsheets", "read")
                .await
        ),
        denied("spreadsheets", "read")
    );
    assert_eq!(
        authorization_error(api.authorize(&["ghost"], ORG, "documents", "read").await),
        denied("documents", "read")
    );
    assert_eq!(
        org.calls_async().await,
        1,
        "a role the project does not define sends the check to the organization's roles"
    );
}

#[tokio::test]
async fn organization_custom_roles_are_merged_with_the_project_roles() {
    let api = Api::start(PolicyCacheConfig::default()).await;
    api.project_policy(200, policy_body()).await;
    let org = api
        .org_policy(ORG, 200, org_policy_body(reviewer_roles()))
        .await;

    api.authorize(
        &["stytch_member", "org-reviewer"],
        ORG,
        "documents",
        "approve",
    )
    .await
    .unwrap_or_else(|e| panic!("{e}"));
    api.authorize(&["editor", "org-reviewer"], ORG, "documents", "edit")
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        authorization_error(
            api.authorize(&["org-reviewer"], ORG, "documents", "delete")
                .await
        ),
        denied("documents", "delete")
    );
    assert_eq!(
        org.calls_async().await,
        1,
        "the organization's roles are cached"
    );
    assert_eq!(api.stats().organizations_cached, 1);
}

#[tokio::test]
async fn star_action_grants_every_action_on_its_resource() {
    let api = Api::start(PolicyCacheConfig::default()).await;
    api.project_policy(200, policy_body()).await;
    api.org_policy(
        ORG,
        200,
        org_policy_body(json!([{"role_id": "org-owner", "description": "",
            "permissions": [{"resource_id": "documents", "actions": ["*"]}]}])),
    )
    .await;

    for action in ["read", "delete", "any.action.at.all"] {
        api.authorize(&["org-owner"], ORG, "documents", action)
            .await
            .unwrap_or_else(|e| panic!("{action}: {e}"));
    }
    assert_eq!(
        authorization_error(api.authorize(&["org-owner"], ORG, "billing", "read").await),
        denied("billing", "read")
    );
}

#[tokio::test]
async fn another_organization_is_a_tenancy_mismatch_without_any_request() {
    let api = Api::start(PolicyCacheConfig::default()).await;
    let project = api.project_policy(200, policy_body()).await;

    assert_eq!(
        authorization_error(
            api.authorize(&["stytch_admin"], OTHER_ORG, "stytch.member", "delete")
                .await
        ),
        AuthorizationError::TenancyMismatch {
            session_organization_id: Some(ORG.to_owned()),
            requested_organization_id: OTHER_ORG.to_owned(),
        }
    );
    assert_eq!(project.calls_async().await, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_thousand_concurrent_checks_on_a_cold_cache_make_one_fetch_of_each_policy() {
    let api = Api::start(PolicyCacheConfig::default()).await;
    // Slow answers, so that every check arrives while the first fetch is in flight.
    let project = api
        .project_policy_delayed(200, policy_body(), Duration::from_millis(200))
        .await;
    let org = api
        .org_policy(ORG, 200, org_policy_body(reviewer_roles()))
        .await;
    let session = session(&["org-reviewer"]).await;

    let checks = (0..1_000).map(|_| {
        let (client, session) = (api.client.clone(), Arc::clone(&session));
        tokio::spawn(async move {
            client
                .rbac()
                .authorize(&session, ORG, "documents", "approve")
                .await
        })
    });
    for outcome in futures_util::future::join_all(checks).await {
        outcome
            .unwrap_or_else(|e| panic!("task: {e}"))
            .unwrap_or_else(|e| panic!("check: {e}"));
    }
    assert_eq!(project.calls_async().await, 1);
    assert_eq!(org.calls_async().await, 1);
    let stats = api.stats();
    assert_eq!((stats.project_fetches, stats.organization_fetches), (1, 1));
    assert_eq!(stats.fetch_failures, 0);
}

#[tokio::test]
async fn a_cold_failure_is_reported_and_not_retried_within_the_cooldown() {
    let api = Api::start(PolicyCacheConfig::default()).await;
    let failing = api
        .project_policy(
            500,
            json!({"status_code": 500, "request_id": "request-id-test-500",
                   "error_type": "internal_server_error", "error_message": "boom",
                   "error_url": "https://stytch.com/docs/api/errors/500"}),
        )
        .await;

    for _ in 0..3 {
        match api.authorize(&["editor"], ORG, "documents", "read").await {
            Err(Error::PolicyUnavailable(unavailable)) => {
                assert_eq!(unavailable.cause().status().map(|s| s.as_u16()), Some(500));
            }
            other => panic!("expected PolicyUnavailable, got {other:?}"),
        }
    }
    assert_eq!(failing.calls_async().await, 1, "one attempt per cooldown");
    assert_eq!(api.stats().fetch_failures, 1);
}

#[tokio::test]
async fn a_stale_policy_is_refreshed_in_the_background_and_kept_when_refreshing_fails() {
    let config = PolicyCacheConfig::default()
        .with_refresh_interval(Duration::from_millis(100))
        .with_failure_cooldown(Duration::from_millis(300));
    let api = Api::start(config).await;
    let mut good = api.project_policy(200, policy_body()).await;
    api.authorize(&["editor"], ORG, "documents", "edit")
        .await
        .unwrap_or_else(|e| panic!("{e}"));

    // Stytch starts failing; the policy goes stale.
    good.delete_async().await;
    let failing = api.project_policy(503, json!({"status_code": 503})).await;
    tokio::time::sleep(Duration::from_millis(150)).await;
    api.authorize(&["editor"], ORG, "documents", "edit")
        .await
        .unwrap_or_else(|e| panic!("a stale policy still decides: {e}"));
    wait_until(|| api.stats().fetch_failures == 1).await;
    api.authorize(&["editor"], ORG, "documents", "edit")
        .await
        .unwrap_or_else(|e| panic!("stale-if-error: {e}"));
    // Stale hits within the cooldown after the failure start no further request.
    for _ in 0..20 {
        api.authorize(&["editor"], ORG, "documents", "edit")
            .await
            .unwrap_or_else(|e| panic!("stale-if-error: {e}"));
    }
    let failed_calls = failing.calls_async().await;
    assert!(
        (1..=2).contains(&failed_calls),
        "one background attempt per cooldown, not one per check: {failed_calls}"
    );
    assert!(api.stats().stale_hits >= 22, "{:?}", api.stats());

    // Stytch recovers with a changed policy: `editor` lost `edit`.
    failing.delete_async().await;
    good = api
        .project_policy(
            200,
            json!({"request_id": "r", "status_code": 200, "policy": {"roles": [
                {"role_id": "editor", "description": "", "permissions": [
                    {"resource_id": "documents", "actions": ["read"]}]}],
                "resources": [], "scopes": []}}),
        )
        .await;
    let mut refreshed = false;
    for _ in 0..150 {
        if api
            .authorize(&["editor"], ORG, "documents", "edit")
            .await
            .is_err()
        {
            refreshed = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(refreshed, "the refreshed policy is used: {:?}", api.stats());
    assert!(good.calls_async().await >= 1);
}

/// A background refresh spawned on a runtime that is dropped before running it (a
/// test's runtime, a short-lived `block_on`) must not keep later refreshes from
/// starting.
#[test]
fn a_refresh_dropped_with_its_runtime_does_not_stop_later_refreshes() {
    let runtime = || {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap_or_else(|e| panic!("{e}"))
    };
    let first = runtime();
    let config = PolicyCacheConfig::default().with_refresh_interval(Duration::from_millis(50));
    let api = first.block_on(Api::start(config));
    first.block_on(api.project_policy(200, policy_body()));
    let session = first.block_on(session(&["editor"]));
    let check = |rt: &tokio::runtime::Runtime| {
        rt.block_on(
            api.client
                .rbac()
                .authorize(&session, ORG, "documents", "edit"),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    };
    check(&first);
    std::thread::sleep(Duration::from_millis(80));
    // Stale: the check is answered at once and schedules a refresh on `first`, whose
    // `block_on` returns before the task runs.
    check(&first);
    assert_eq!(api.stats().project_fetches, 1);
    drop(first);

    let second = runtime();
    std::thread::sleep(Duration::from_millis(80));
    check(&second);
    second.block_on(async {
        for _ in 0..200 {
            if api.stats().project_fetches >= 2 {
                return;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        panic!(
            "no refresh after the first runtime was dropped: {:?}",
            api.stats()
        );
    });
}

#[tokio::test]
async fn invalidate_drops_the_cached_policies() {
    let api = Api::start(PolicyCacheConfig::default()).await;
    let project = api.project_policy(200, policy_body()).await;
    api.authorize(&["editor"], ORG, "documents", "read")
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    api.client.rbac().policy_cache().invalidate();
    api.authorize(&["editor"], ORG, "documents", "read")
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(project.calls_async().await, 2);
}

#[tokio::test]
async fn a_fetch_in_flight_during_invalidate_does_not_install_its_answer() {
    let api = Api::start(PolicyCacheConfig::default()).await;
    let project = api
        .project_policy_delayed(200, policy_body(), Duration::from_millis(400))
        .await;
    let early = {
        let (client, session) = (api.client.clone(), session(&["editor"]).await);
        tokio::spawn(async move {
            client
                .rbac()
                .authorize(&session, ORG, "documents", "edit")
                .await
        })
    };
    tokio::time::sleep(Duration::from_millis(100)).await;
    // Roles changed while the request was on its way.
    api.client.rbac().policy_cache().invalidate();
    early
        .await
        .unwrap_or_else(|e| panic!("{e}"))
        .unwrap_or_else(|e| panic!("the check that was waiting gets the answer: {e}"));
    assert_eq!(api.stats().project_policy_age, None, "{:?}", api.stats());
    api.authorize(&["editor"], ORG, "documents", "edit")
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        project.calls_async().await,
        2,
        "the next check fetches again"
    );
}

#[tokio::test]
async fn the_number_of_cached_organizations_is_bounded() {
    let api = Api::start(PolicyCacheConfig::default().with_max_organizations(2)).await;
    api.project_policy(200, policy_body()).await;
    let mut org_mocks = Vec::new();
    for n in 0..6 {
        let organization_id = format!("organization-test-{n:08}-0000-4000-8000-000000000000");
        org_mocks.push(
            api.org_policy(&organization_id, 200, org_policy_body(json!([])))
                .await,
        );
        let token = session_jwt()
            .organization_id(organization_id.as_str())
            .roles(["org-custom"])
            .sign(key_a())
            .unwrap_or_else(|e| panic!("{e}"));
        let verifier = crate::jwt_support::preloaded_verifier(
            &stytch_b2b::testkit::jwks_json(&[key_a()]),
            &stytch_b2b::JwtConfig::default(),
        );
        let session = verifier
            .verify(&token, &options())
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        let _ = api
            .client
            .rbac()
            .authorize(&session, &organization_id, "documents", "read")
            .await;
    }
    let stats = api.stats();
    assert_eq!(stats.organization_fetches, 6);
    assert!(stats.organizations_cached <= 2, "{stats:?}");
}

// ----- sessions().authenticate_jwt_authorized -----

fn check(resource: &str, action: &str) -> AuthorizationCheck {
    AuthorizationCheck {
        organization_id: ORG.to_owned(),
        resource_id: resource.to_owned(),
        action: action.to_owned(),
    }
}

async fn with_jwks(api: &Api) -> Mock<'_> {
    api.server
        .mock_async(|when, then| {
            when.method(GET)
                .path(format!("/v1/b2b/sessions/jwks/{PROJECT_ID}"));
            then.status(200)
                .header("content-type", "application/json")
                .body(stytch_b2b::testkit::jwks_json(&[key_a()]));
        })
        .await
}

fn token_of(api: &Api, roles: &[&str]) -> String {
    session_jwt()
        .issuer(api.server.base_url())
        .organization_id(ORG)
        .roles(roles.iter().copied())
        .sign(key_a())
        .unwrap_or_else(|e| panic!("{e}"))
}

/// `authenticate_jwt_authorized` of an editor's token, checking `documents`/`edit`.
async fn editor_edits(api: &Api, options: &JwtVerifyOptions) -> Result<JwtAuthentication, Error> {
    api.client
        .sessions()
        .authenticate_jwt_authorized(
            &token_of(api, &["editor"]),
            &check("documents", "edit"),
            options,
        )
        .await
}

async fn remote_authenticate(api: &Api, status: u16, body: Value) -> Mock<'_> {
    api.server
        .mock_async(move |when, then| {
            when.method(POST)
                .path("/v1/b2b/sessions/authenticate")
                .json_body_includes(
                    json!({"authorization_check": {"organization_id": ORG,
                        "resource_id": "documents", "action": "edit"}})
                    .to_string(),
                );
            then.status(status)
                .header("content-type", "application/json")
                .json_body(body);
        })
        .await
}

#[tokio::test]
async fn authorized_jwt_is_decided_locally_when_it_can_be() {
    let api = Api::start(PolicyCacheConfig::default()).await;
    with_jwks(&api).await;
    api.project_policy(200, policy_body()).await;
    let remote = remote_authenticate(
        &api,
        200,
        stytch_b2b_tests::expected_call::fixture("sessions_authenticate"),
    )
    .await;
    let sessions = api.client.sessions();

    let outcome = sessions
        .authenticate_jwt_authorized(
            &token_of(&api, &["editor"]),
            &check("documents", "edit"),
            &options(),
        )
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        matches!(outcome, JwtAuthentication::Local(_)),
        "{outcome:?}"
    );
    assert_eq!(outcome.organization_id(), ORG);

    let refused = sessions
        .authenticate_jwt_authorized(
            &token_of(&api, &["stytch_member"]),
            &check("documents", "edit"),
            &options(),
        )
        .await;
    assert!(
        matches!(&refused, Err(Error::Authorization(e)) if *e == denied("documents", "edit")),
        "{refused:?}"
    );
    assert_eq!(
        remote.calls_async().await,
        0,
        "both decided without the API"
    );
}

#[tokio::test]
async fn an_expired_jwt_is_authenticated_and_authorized_by_the_api() {
    let api = Api::start(PolicyCacheConfig::default()).await;
    with_jwks(&api).await;
    let project = api.project_policy(200, policy_body()).await;
    let remote = remote_authenticate(
        &api,
        200,
        stytch_b2b_tests::expected_call::fixture("sessions_authenticate"),
    )
    .await;

    // Ten hours after minting: the token expired long ago.
    let outcome = editor_edits(&api, &options_at(36_000))
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        matches!(outcome.fallback_reason(), Some(JwtError::Expired { .. })),
        "{outcome:?}"
    );
    assert!(outcome.refreshed_session_jwt().is_some());
    assert_eq!(remote.calls_async().await, 1);
    assert_eq!(
        project.calls_async().await,
        0,
        "the API decided the permission"
    );
}

/// What `authenticate_jwt_authorized` makes of the API refusing an expired token's
/// check with `error_type`.
async fn remote_refusal(error_type: &str) -> Result<JwtAuthentication, Error> {
    let api = Api::start(PolicyCacheConfig::default()).await;
    with_jwks(&api).await;
    remote_authenticate(
        &api,
        403,
        json!({"status_code": 403, "request_id": "request-id-test-403",
               "error_type": error_type, "error_message": "Refused.",
               "error_url": "https://stytch.com/docs/api/errors/403"}),
    )
    .await;
    editor_edits(&api, &options_at(36_000)).await
}

#[tokio::test]
async fn the_apis_refusals_are_the_same_authorization_errors() {
    let outcome = remote_refusal("session_authorization_error").await;
    assert!(
        matches!(&outcome, Err(Error::Authorization(e)) if *e == denied("documents", "edit")),
        "{outcome:?}"
    );
    let outcome = remote_refusal("session_authorization_tenancy_error").await;
    let tenancy = AuthorizationError::TenancyMismatch {
        session_organization_id: None,
        requested_organization_id: ORG.to_owned(),
    };
    assert!(
        matches!(&outcome, Err(Error::Authorization(e)) if *e == tenancy),
        "{outcome:?}"
    );
    let outcome = remote_refusal("unauthorized_action").await;
    assert!(
        matches!(&outcome, Err(Error::Api(e)) if e.status.as_u16() == 403),
        "other refusals stay API errors: {outcome:?}"
    );
}

#[tokio::test]
async fn an_unavailable_policy_sends_a_verified_jwt_to_the_api() {
    let api = Api::start(PolicyCacheConfig::default()).await;
    with_jwks(&api).await;
    api.project_policy(500, json!({"status_code": 500})).await;
    let remote = remote_authenticate(
        &api,
        200,
        stytch_b2b_tests::expected_call::fixture("sessions_authenticate"),
    )
    .await;
    let outcome = editor_edits(&api, &options())
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    match &outcome {
        JwtAuthentication::RemoteAuthorization {
            policy_unavailable, ..
        } => assert_eq!(
            policy_unavailable.cause().status().map(|s| s.as_u16()),
            Some(500)
        ),
        other => panic!("expected RemoteAuthorization, got {other:?}"),
    }
    assert_eq!(remote.calls_async().await, 1);
}

/// Polls `condition` for up to two seconds.
async fn wait_until(condition: impl Fn() -> bool) {
    for _ in 0..200 {
        if condition() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("condition not reached within 2 s");
}
