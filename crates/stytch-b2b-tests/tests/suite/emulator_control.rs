//! The emulator's control endpoints over HTTP: outbox, clock, fault injection,
//! minting identity-provider logins, reset.

use std::time::{Duration, Instant};

use serde_json::{Value, json};
use stytch_b2b_api::types;
use stytch_b2b_emulator::{Emulator, Fault, OAuthLogin};
use stytch_b2b_tests::emulator::{api_error, start_emulator_with_client};
use stytch_b2b_tests::{PROJECT_ID, SECRET};

type Result = std::result::Result<(), Box<dyn std::error::Error>>;
type Res<T> = std::result::Result<T, Box<dyn std::error::Error>>;

async fn control(
    emu: &Emulator,
    method: reqwest::Method,
    path: &str,
    body: Value,
) -> Res<(u16, Value)> {
    let response = reqwest::Client::new()
        .request(method, format!("{}/__emulator/{path}", emu.base_url()))
        .basic_auth(PROJECT_ID, Some(SECRET))
        .json(&body)
        .send()
        .await?;
    Ok((response.status().as_u16(), response.json().await?))
}

async fn create_org(client: &stytch_b2b_api::Client, name: &str) -> Res<types::Organization> {
    Ok(client
        .organizations_create()
        .body(types::OrganizationsCreateRequest::builder().organization_name(name))
        .send()
        .await?
        .into_inner()
        .organization)
}

#[tokio::test]
async fn outbox_and_clock_over_http() -> Result {
    let (emu, client) = start_emulator_with_client().await?;
    let before = emu.now();
    client
        .magic_links_email_discovery_send()
        .body(
            types::MagicLinksEmailDiscoverySendRequest::builder()
                .email_address("http@outbox.example"),
        )
        .send()
        .await?;
    let (status, listed) = control(
        &emu,
        reqwest::Method::GET,
        "outbox?recipient=HTTP@outbox.example",
        json!(null),
    )
    .await?;
    assert_eq!(status, 200);
    let messages = listed["messages"].as_array().ok_or("no messages")?;
    assert_eq!(messages.len(), 1);
    assert_eq!(messages[0]["kind"], json!("discovery"));
    assert_eq!(messages[0]["channel"], json!("email"));
    assert_eq!(messages[0]["token"].as_str().map(str::len), Some(44));

    let (_, advanced) = control(
        &emu,
        reqwest::Method::POST,
        "clock/advance",
        json!({"seconds": 3600}),
    )
    .await?;
    let now: chrono::DateTime<chrono::Utc> = serde_json::from_value(advanced["now"].clone())?;
    assert!(now >= before + chrono::TimeDelta::seconds(3600));
    assert_eq!(emu.now(), now);
    // The link was valid for an hour: now it is refused.
    let token = messages[0]["token"].as_str().ok_or("no token")?.to_owned();
    let late = client
        .magic_links_discovery_authenticate()
        .body(
            types::MagicLinksDiscoveryAuthenticateRequest::builder()
                .discovery_magic_links_token(token),
        )
        .send()
        .await;
    assert_eq!(api_error(late).0, 401);

    let (status, _) = control(&emu, reqwest::Method::DELETE, "outbox", json!(null)).await?;
    assert_eq!(status, 200);
    assert!(emu.outbox().is_empty());
    let (status, err) = control(
        &emu,
        reqwest::Method::POST,
        "clock/advance",
        json!({"seconds": -5}),
    )
    .await?;
    assert_eq!(
        (status, err["error_type"].clone()),
        (400, json!("bad_request"))
    );
    Ok(())
}

#[tokio::test]
async fn injected_faults_hit_the_next_n_calls_then_clear() -> Result {
    let (emu, client) = start_emulator_with_client().await?;
    let org = create_org(&client, "Faulty").await?;
    let (status, armed) = control(
        &emu,
        reqwest::Method::POST,
        "faults",
        json!({"status": 503, "count": 2, "retry_after_secs": 7}),
    )
    .await?;
    assert_eq!((status, armed["count"].clone()), (200, json!(2)));

    for _ in 0..2 {
        let response = reqwest::Client::new()
            .get(format!(
                "{}/v1/b2b/organizations/{}",
                emu.base_url(),
                org.organization_id
            ))
            .basic_auth(PROJECT_ID, Some(SECRET))
            .send()
            .await?;
        assert_eq!(response.status().as_u16(), 503);
        assert_eq!(
            response
                .headers()
                .get("retry-after")
                .and_then(|v| v.to_str().ok()),
            Some("7")
        );
        let body: types::StytchErrorBody = response.json().await?;
        assert_eq!(body.error_type.as_deref(), Some("server_unavailable"));
    }
    // Control endpoints are never affected, and the third API call goes through.
    let third = client
        .organizations_get()
        .organization_id(&org.organization_id)
        .send()
        .await?;
    assert_eq!(third.organization.organization_name, "Faulty");

    // An HTML page from a "proxy", only on matching paths.
    emu.inject_fault(Fault {
        status: Some(502),
        body: Some(json!("<html><body>Bad gateway</body></html>")),
        path_prefix: Some("/v1/b2b/sessions".to_owned()),
        ..Fault::default()
    });
    client
        .organizations_get()
        .organization_id(&org.organization_id)
        .send()
        .await?;
    let response = reqwest::Client::new()
        .post(format!("{}/v1/b2b/sessions/authenticate", emu.base_url()))
        .basic_auth(PROJECT_ID, Some(SECRET))
        .body("{}")
        .send()
        .await?;
    assert_eq!(response.status().as_u16(), 502);
    assert!(
        response
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|c| c.starts_with("text/html"))
    );
    assert_eq!(
        response.text().await?,
        "<html><body>Bad gateway</body></html>"
    );

    // Latency only: the call is slow, then answers normally.
    emu.inject_fault(Fault {
        latency_ms: 200,
        ..Fault::default()
    });
    let started = Instant::now();
    client
        .organizations_get()
        .organization_id(&org.organization_id)
        .send()
        .await?;
    assert!(started.elapsed() >= Duration::from_millis(200));

    emu.inject_fault(Fault {
        status: Some(500),
        count: 5,
        ..Fault::default()
    });
    let (status, _) = control(&emu, reqwest::Method::DELETE, "faults", json!(null)).await?;
    assert_eq!(status, 200);
    client
        .organizations_get()
        .organization_id(&org.organization_id)
        .send()
        .await?;

    let (status, err) =
        control(&emu, reqwest::Method::POST, "faults", json!({"status": 42})).await?;
    assert_eq!(
        (status, err["error_type"].clone()),
        (400, json!("bad_request"))
    );
    let (status, _) = control(
        &emu,
        reqwest::Method::POST,
        "faults",
        json!({"stauts": 500}),
    )
    .await?;
    assert_eq!(status, 400, "unknown fields are refused, not ignored");
    Ok(())
}

#[tokio::test]
async fn minted_oauth_logins_work_once() -> Result {
    let (emu, client) = start_emulator_with_client().await?;
    let org = client
        .organizations_create()
        .body(
            types::OrganizationsCreateRequest::builder()
                .organization_name("Provisioned")
                .email_jit_provisioning("RESTRICTED".to_owned())
                .email_allowed_domains(vec!["prov.example".to_owned()]),
        )
        .send()
        .await?
        .into_inner()
        .organization;
    let (status, minted) = control(
        &emu,
        reqwest::Method::POST,
        "oauth/tokens",
        json!({"organization_id": org.organization_id, "email_address": "new@prov.example", "provider_type": "microsoft", "provider_subject": "ms-123"}),
    )
    .await?;
    assert_eq!(status, 200);
    assert_eq!(minted["use_as"], json!("oauth_token"));
    let token = minted["token"].as_str().ok_or("no token")?.to_owned();
    let authed = client
        .oauth_authenticate()
        .body(types::OauthAuthenticateRequest::builder().oauth_token(&token))
        .send()
        .await?
        .into_inner();
    assert!(authed.member_authenticated);
    assert_eq!(authed.provider_type, "microsoft");
    assert_eq!(authed.provider_subject, "ms-123");
    assert_eq!(authed.member.status, "active");
    assert_eq!(authed.member.oauth_registrations.len(), 1);
    let factor = &authed
        .member_session
        .as_ref()
        .ok_or("no session")?
        .authentication_factors[0];
    assert_eq!(
        (factor.type_.as_str(), factor.delivery_method.as_str()),
        ("oauth", "oauth_microsoft")
    );
    assert_eq!(
        factor
            .microsoft_oauth_factor
            .as_ref()
            .map(|f| f.provider_subject.as_str()),
        Some("ms-123")
    );
    let again = client
        .oauth_authenticate()
        .body(types::OauthAuthenticateRequest::builder().oauth_token(&token))
        .send()
        .await;
    assert_eq!(api_error(again).1, "oauth_token_not_found");

    // An address outside the allowed domains is not provisioned.
    let outsider = emu.mint_oauth_token(&OAuthLogin::google(
        Some(&org.organization_id),
        "eve@elsewhere.example",
    ))?;
    let refused = client
        .oauth_authenticate()
        .body(types::OauthAuthenticateRequest::builder().oauth_token(outsider))
        .send()
        .await;
    assert_eq!(api_error(refused).0, 403);

    let (status, err) = control(
        &emu,
        reqwest::Method::POST,
        "oauth/tokens",
        json!({"organization_id": "organization-test-missing", "email_address": "a@b.example"}),
    )
    .await?;
    assert_eq!(
        (status, err["error_type"].clone()),
        (404, json!("organization_not_found"))
    );
    let (status, err) = control(
        &emu,
        reqwest::Method::POST,
        "sso/tokens",
        json!({"connection_id": "nope", "email_address": "a@b.example"}),
    )
    .await?;
    assert_eq!(
        (status, err["error_type"].clone()),
        (404, json!("sso_connection_not_found"))
    );
    Ok(())
}

#[tokio::test]
async fn reset_forgets_everything_but_keeps_the_keys() -> Result {
    let (emu, client) = start_emulator_with_client().await?;
    let org = create_org(&client, "Ephemeral").await?;
    emu.advance_clock(Duration::from_secs(86_400));
    let kid = emu.current_kid();
    let (status, _) = control(&emu, reqwest::Method::POST, "reset", json!(null)).await?;
    assert_eq!(status, 200);
    let gone = client
        .organizations_get()
        .organization_id(&org.organization_id)
        .send()
        .await;
    assert_eq!(api_error(gone).0, 404);
    assert!(
        emu.now() < chrono::Utc::now() + chrono::TimeDelta::seconds(5),
        "clock back to wall time"
    );
    assert_eq!(emu.current_kid(), kid);
    // The slug is free again.
    create_org(&client, "Ephemeral").await?;
    Ok(())
}
