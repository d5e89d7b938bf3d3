//! Hostile and broken input to the emulator: every refusal is a Stytch-shaped error
//! with the right status and error type, a unique request id, and the emulator keeps
//! serving afterwards.

use std::collections::BTreeSet;

use serde_json::json;
use stytch_b2b_api::types;
use stytch_b2b_emulator::Emulator;
use stytch_b2b_tests::emulator::{api_error_body, start_emulator, start_emulator_with_client};
use stytch_b2b_tests::{PROJECT_ID, SECRET, generated_client};

type Result = std::result::Result<(), Box<dyn std::error::Error>>;

/// Sends `body` verbatim with Basic auth and returns status and decoded error body.
async fn raw(
    emu: &Emulator,
    method: reqwest::Method,
    path: &str,
    body: &'static str,
    auth: Option<(&str, &str)>,
) -> std::result::Result<(u16, types::StytchErrorBody), Box<dyn std::error::Error>> {
    let mut request = reqwest::Client::new()
        .request(method, format!("{}{path}", emu.base_url()))
        .header("content-type", "application/json")
        .body(body);
    if let Some((user, password)) = auth {
        request = request.basic_auth(user, Some(password));
    }
    let response = request.send().await?;
    let status = response.status().as_u16();
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    assert_eq!(content_type.as_deref(), Some("application/json"), "{path}");
    let body: types::StytchErrorBody = response.json().await?;
    Ok((status, body))
}

fn assert_shape(status: u16, body: &types::StytchErrorBody, error_type: &str) {
    assert_eq!(body.status_code, Some(i64::from(status)));
    assert_eq!(body.error_type.as_deref(), Some(error_type), "{body:?}");
    assert!(body.error_message.as_deref().is_some_and(|m| !m.is_empty()));
    assert!(
        body.request_id
            .as_deref()
            .is_some_and(|id| id.starts_with("request-id-test-")),
        "{body:?}"
    );
    assert_eq!(
        body.error_url.as_deref(),
        Some(format!("https://stytch.com/docs/api/errors/{status}#{error_type}").as_str())
    );
}

const AUTH: Option<(&str, &str)> = Some((PROJECT_ID, SECRET));

#[tokio::test]
async fn malformed_and_truncated_json_is_a_400_bad_request() -> Result {
    let emu = start_emulator().await?;
    for body in [
        "{",
        "{\"organization_name\": \"Acme\"",
        "not json at all",
        "[1, 2, 3]",
        "\"a string\"",
        "{\"organization_name\": \"Acme\"} trailing",
        "{\"organization_name\": \"\u{0}\"}",
    ] {
        let (status, err) = raw(
            &emu,
            reqwest::Method::POST,
            "/v1/b2b/organizations",
            body,
            AUTH,
        )
        .await?;
        assert_eq!(status, 400, "{body}");
        assert_shape(status, &err, "bad_request");
    }
    Ok(())
}

#[tokio::test]
async fn a_missing_required_field_is_named_with_its_path() -> Result {
    let emu = start_emulator().await?;
    let (status, err) = raw(
        &emu,
        reqwest::Method::POST,
        "/v1/b2b/organizations",
        "{}",
        AUTH,
    )
    .await?;
    assert_eq!(status, 400);
    assert_shape(status, &err, "bad_request");
    assert!(
        err.error_message
            .as_deref()
            .is_some_and(|m| m.contains("`organization_name`")),
        "{err:?}"
    );
    assert_eq!(
        err.error_details,
        Some(json!({"field": "organization_name"}))
    );

    // Nested: the search query's operator.
    let (status, err) = raw(
        &emu,
        reqwest::Method::POST,
        "/v1/b2b/organizations/search",
        r#"{"query": {"operands": []}}"#,
        AUTH,
    )
    .await?;
    assert_eq!(status, 400);
    assert_eq!(err.error_details, Some(json!({"field": "query.operator"})));

    // An empty body is read as `{}`, so the field is still named.
    let (status, err) = raw(
        &emu,
        reqwest::Method::POST,
        "/v1/b2b/sessions/exchange",
        "",
        AUTH,
    )
    .await?;
    assert_eq!(status, 400);
    assert_eq!(err.error_details, Some(json!({"field": "organization_id"})));
    Ok(())
}

#[tokio::test]
async fn wrong_types_nulls_and_unknown_enum_values_name_the_field() -> Result {
    let emu = start_emulator().await?;
    let cases: [(&str, &'static str, &str); 4] = [
        (
            "/v1/b2b/organizations",
            r#"{"organization_name": 42}"#,
            "organization_name",
        ),
        (
            "/v1/b2b/organizations",
            r#"{"organization_name": null}"#,
            "organization_name",
        ),
        (
            "/v1/b2b/passwords/migrate",
            r#"{"email_address": "a@b.example", "hash": "x", "hash_type": "rot13", "organization_id": "o"}"#,
            "hash_type",
        ),
        (
            "/v1/b2b/magic_links/authenticate",
            r#"{"magic_links_token": "t", "locale": "xx-klingon"}"#,
            "locale",
        ),
    ];
    for (path, body, field) in cases {
        let (status, err) = raw(&emu, reqwest::Method::POST, path, body, AUTH).await?;
        assert_eq!(status, 400, "{body}");
        assert_shape(status, &err, "bad_request");
        assert_eq!(err.error_details, Some(json!({ "field": field })), "{body}");
    }
    Ok(())
}

#[tokio::test]
async fn wrong_or_missing_credentials_are_401_unauthorized_credentials() -> Result {
    let emu = start_emulator().await?;
    let cases = [
        None,
        Some((PROJECT_ID, "secret-test-wrong")),
        Some(("project-test-someone-else", SECRET)),
        Some(("", "")),
    ];
    for auth in cases {
        let (status, err) = raw(
            &emu,
            reqwest::Method::GET,
            "/v1/b2b/organizations/organization-test-x",
            "",
            auth,
        )
        .await?;
        assert_eq!(status, 401, "{auth:?}");
        assert_shape(status, &err, "unauthorized_credentials");
        // The secret never comes back in the error.
        assert!(!format!("{err:?}").contains(SECRET));
    }
    // A header that is not Basic at all.
    let response = reqwest::Client::new()
        .get(format!("{}/v1/b2b/organizations/x", emu.base_url()))
        .header("authorization", "Bearer abc.def.ghi")
        .send()
        .await?;
    assert_eq!(response.status().as_u16(), 401);
    let err: types::StytchErrorBody = response.json().await?;
    assert_eq!(err.error_type.as_deref(), Some("unauthorized_credentials"));
    // Control endpoints are guarded the same way.
    let (status, _) = raw(&emu, reqwest::Method::GET, "/__emulator/outbox", "", None).await?;
    assert_eq!(status, 401);
    Ok(())
}

#[tokio::test]
async fn unknown_ids_are_404_with_the_matching_error_type() -> Result {
    let (_emu, client) = start_emulator_with_client().await?;
    let org_err = api_error_body(
        client
            .organizations_get()
            .organization_id("organization-test-00000000-0000-0000-0000-000000000000")
            .send()
            .await,
    );
    assert_eq!(org_err.status(), 404);
    assert_shape(404, &org_err, "organization_not_found");

    let org = client
        .organizations_create()
        .body(types::OrganizationsCreateRequest::builder().organization_name("Hostile Co"))
        .send()
        .await?;
    let org_id = org.organization.organization_id.clone();
    let member_err = api_error_body(
        client
            .organizations_members_get()
            .organization_id(&org_id)
            .member_id("member-test-nope")
            .send()
            .await,
    );
    assert_eq!(member_err.status(), 404);
    assert_shape(404, &member_err, "member_not_found");

    let session_err = client
        .sessions_authenticate()
        .body(
            types::SessionsAuthenticateRequest::builder()
                .session_token("no-such-session-token".to_owned()),
        )
        .send()
        .await;
    assert_shape(404, &api_error_body(session_err), "session_not_found");

    let link_err = client
        .magic_links_authenticate()
        .body(types::MagicLinksAuthenticateRequest::builder().magic_links_token("made-up"))
        .send()
        .await;
    assert_shape(404, &api_error_body(link_err), "magic_link_not_found");
    Ok(())
}

#[tokio::test]
async fn hostile_tokens_and_routes_never_crash_the_emulator() -> Result {
    let emu = start_emulator().await?;
    let hostile_jwts = [
        r#"{"session_jwt": "a.b"}"#,
        r#"{"session_jwt": "a.b.c.d"}"#,
        r#"{"session_jwt": "!!!.@@@.###"}"#,
        r#"{"session_jwt": "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0."}"#,
        r#"{"session_jwt": "eyJhbGciOiJSUzI1NiIsImtpZCI6Im5vcGUifQ.e30.c2ln"}"#,
    ];
    for body in hostile_jwts {
        let (status, err) = raw(
            &emu,
            reqwest::Method::POST,
            "/v1/b2b/sessions/authenticate",
            body,
            AUTH,
        )
        .await?;
        assert_eq!(status, 401, "{body}");
        assert_shape(status, &err, "unable_to_parse_session_jwt");
    }
    let (status, err) = raw(
        &emu,
        reqwest::Method::GET,
        "/v1/b2b/no/such/route",
        "",
        AUTH,
    )
    .await?;
    assert_eq!(status, 404);
    assert_shape(status, &err, "route_not_found");
    let (status, err) = raw(
        &emu,
        reqwest::Method::PATCH,
        "/v1/b2b/organizations",
        "{}",
        AUTH,
    )
    .await?;
    assert_eq!(status, 405);
    assert_shape(status, &err, "method_not_allowed");
    // Percent-encoded garbage in a path parameter is just an unknown id.
    let (status, err) = raw(
        &emu,
        reqwest::Method::GET,
        "/v1/b2b/organizations/%F0%9F%92%A3%00",
        "",
        AUTH,
    )
    .await?;
    assert_eq!(status, 404);
    assert_shape(status, &err, "organization_not_found");
    let (status, _) = raw(
        &emu,
        reqwest::Method::GET,
        "/v1/b2b/organizations/%FF%FE",
        "",
        AUTH,
    )
    .await?;
    assert_eq!(status, 400);

    // Still serving.
    let client = generated_client(emu.base_url());
    let created = client
        .organizations_create()
        .body(types::OrganizationsCreateRequest::builder().organization_name("Still Alive"))
        .send()
        .await?;
    assert_eq!(created.organization.organization_slug, "still-alive");
    Ok(())
}

#[tokio::test]
async fn request_ids_are_unique_across_successes_and_errors() -> Result {
    let (emu, client) = start_emulator_with_client().await?;
    let mut ids = BTreeSet::new();
    for i in 0..20 {
        let ok = client
            .organizations_create()
            .body(
                types::OrganizationsCreateRequest::builder().organization_name(format!("Org {i}")),
            )
            .send()
            .await?;
        assert!(ids.insert(ok.request_id.clone()));
        let (_, err) = raw(
            &emu,
            reqwest::Method::POST,
            "/v1/b2b/organizations",
            "{",
            AUTH,
        )
        .await?;
        assert!(ids.insert(err.request_id.unwrap_or_default()));
    }
    assert_eq!(ids.len(), 40);
    Ok(())
}

#[tokio::test]
async fn a_duplicate_slug_is_refused_with_organization_slug_already_used() -> Result {
    let (emu, client) = start_emulator_with_client().await?;
    client
        .organizations_create()
        .body(
            types::OrganizationsCreateRequest::builder()
                .organization_name("Acme")
                .organization_slug("acme".to_owned()),
        )
        .send()
        .await?;
    let err = client
        .organizations_create()
        .body(
            types::OrganizationsCreateRequest::builder()
                .organization_name("Acme 2")
                .organization_slug("acme".to_owned()),
        )
        .send()
        .await;
    let err = api_error_body(err);
    assert_eq!(err.status(), 400);
    assert_shape(400, &err, "organization_slug_already_used");
    let (status, err) = raw(
        &emu,
        reqwest::Method::POST,
        "/v1/b2b/organizations",
        r#"{"organization_name": "Bad", "organization_slug": "Not A Slug!"}"#,
        AUTH,
    )
    .await?;
    assert_eq!(status, 400);
    assert_shape(status, &err, "invalid_organization_slug");
    Ok(())
}
