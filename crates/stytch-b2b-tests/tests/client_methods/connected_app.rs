//! `client.connected_app().clients()` and `client.connected_app().clients().secrets()`.

use futures_util::TryStreamExt as _;
use httpmock::{Mock, MockServer};
use serde_json::{Value, json};
use stytch_b2b::connected_app::{
    ConnectedAppClientsCreateRequest, ConnectedAppClientsSearchRequest,
    ConnectedAppClientsSearchResponse, ConnectedAppClientsUpdateRequest,
};
use stytch_b2b_tests::expected_call::{ExpectedCall, assert_decodes_fixture, client, fixture};

use crate::{
    TestResult, assert_page_calls, assert_two_items_per_page, mock_three_cursor_pages, strings,
};

const CLIENT_ID: &str = "connected-app-test-0b4d8f2a-6c1e-4a3b-9d5f-7e9a1c3b5d7f";
const CLIENT_PATH: &str = "/v1/connected_apps/clients/client%2Fwith%20space";
const ACCESS_TOKEN_TEMPLATE: &str = r#"{"plan": "{{ member.trusted_metadata.plan }}"}"#;
const ID_TOKEN_TEMPLATE: &str = r#"{"department": "{{ member.trusted_metadata.department }}"}"#;

#[tokio::test]
pub(crate) async fn connected_app_clients_create() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::post("/v1/connected_apps/clients")
            .body(json!({
                "client_type": "first_party",
                "client_name": "Acme Billing Dashboard",
                "client_description": "Acme's internal billing dashboard.",
                "redirect_urls": ["https://dashboard.acme.example.com/oauth/callback"],
                "full_access_allowed": false,
                "access_token_expiry_minutes": 0,
                "access_token_custom_audience": "https://api.acme.example.com",
                "access_token_template_content": ACCESS_TOKEN_TEMPLATE,
                "post_logout_redirect_urls": ["https://dashboard.acme.example.com/logged-out"],
                "logo_url": "https://dashboard.acme.example.com/logo.png",
                "bypass_consent_for_offline_access": false,
                "id_token_template_content": ID_TOKEN_TEMPLATE
            }))
            .mock(&server, "connected_app_clients_create")
            .await;

        let response = client(&server)
            .connected_app()
            .clients()
            .create(
                ConnectedAppClientsCreateRequest::builder()
                    .client_type("first_party")
                    .client_name("Acme Billing Dashboard")
                    .client_description("Acme's internal billing dashboard.")
                    .redirect_urls(strings(&[
                        "https://dashboard.acme.example.com/oauth/callback",
                    ]))
                    .full_access_allowed(false)
                    .access_token_expiry_minutes(0)
                    .access_token_custom_audience("https://api.acme.example.com")
                    .access_token_template_content(ACCESS_TOKEN_TEMPLATE)
                    .post_logout_redirect_urls(strings(&[
                        "https://dashboard.acme.example.com/logged-out",
                    ]))
                    .logo_url("https://dashboard.acme.example.com/logo.png")
                    .bypass_consent_for_offline_access(false)
                    .id_token_template_content(ID_TOKEN_TEMPLATE),
            )
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "connected_app_clients_create");
        let app = &response.connected_app;
        assert_eq!(app.client_id, CLIENT_ID);
        assert_eq!(
            app.client_secret.as_deref(),
            Some("secret-test-fake-client-secret-AbC123xYz789")
        );
        assert_eq!(app.access_token_expiry_minutes, 30);
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn connected_app_clients_get() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::get(CLIENT_PATH)
            .mock(&server, "connected_app_clients_get")
            .await;

        let response = client(&server)
            .connected_app()
            .clients()
            .get()
            .client_id("client/with space")
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "connected_app_clients_get");
        let app = &response.connected_app;
        assert_eq!(app.client_id, CLIENT_ID);
        assert_eq!(app.creation_method, "API");
        assert_eq!(app.client_secret_last_four.as_deref(), Some("z789"));
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn connected_app_clients_update() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::put(CLIENT_PATH)
            .body(json!({
                "client_name": "Acme Billing",
                "client_description": "Billing dashboard, renamed.",
                "redirect_urls": ["https://billing.acme.example.com/oauth/callback"],
                "full_access_allowed": false,
                "access_token_expiry_minutes": 0,
                "access_token_custom_audience": "https://billing-api.acme.example.com",
                "access_token_template_content": ACCESS_TOKEN_TEMPLATE,
                "post_logout_redirect_urls": [],
                "logo_url": "https://billing.acme.example.com/logo.png",
                "bypass_consent_for_offline_access": false,
                "id_token_template_content": ID_TOKEN_TEMPLATE
            }))
            .mock(&server, "connected_app_clients_update")
            .await;

        let response = client(&server)
            .connected_app()
            .clients()
            .update(
                ConnectedAppClientsUpdateRequest::builder()
                    .client_name("Acme Billing")
                    .client_description("Billing dashboard, renamed.")
                    .redirect_urls(strings(&[
                        "https://billing.acme.example.com/oauth/callback",
                    ]))
                    .full_access_allowed(false)
                    .access_token_expiry_minutes(0)
                    .access_token_custom_audience("https://billing-api.acme.example.com")
                    .access_token_template_content(ACCESS_TOKEN_TEMPLATE)
                    .post_logout_redirect_urls(Vec::<String>::new())
                    .logo_url("https://billing.acme.example.com/logo.png")
                    .bypass_consent_for_offline_access(false)
                    .id_token_template_content(ID_TOKEN_TEMPLATE),
            )
            .client_id("client/with space")
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "connected_app_clients_update");
        let app = &response.connected_app;
        assert_eq!(app.client_name, "Acme Billing Dashboard");
        assert_eq!(
            app.post_logout_redirect_urls,
            strings(&["https://dashboard.acme.example.com/logged-out"])
        );
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn connected_app_clients_delete() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::delete(CLIENT_PATH)
            .mock(&server, "connected_app_clients_delete")
            .await;

        let response = client(&server)
            .connected_app()
            .clients()
            .delete()
            .client_id("client/with space")
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "connected_app_clients_delete");
        assert_eq!(response.client_id, CLIENT_ID);
        assert_eq!(response.status_code, 200);
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn connected_app_clients_search() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::post("/v1/connected_apps/clients/search")
            .body(json!({"cursor": "cursor-page-1", "limit": 0}))
            .mock(&server, "connected_app_clients_search")
            .await;

        let response = client(&server)
            .connected_app()
            .clients()
            .search(
                ConnectedAppClientsSearchRequest::builder()
                    .cursor("cursor-page-1")
                    .limit(0),
            )
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "connected_app_clients_search");
        assert_eq!(response.connected_apps[0].client_id, CLIENT_ID);
        assert_eq!(
            response.results_metadata.next_cursor.as_deref(),
            Some("cursor-test-5f3a1c7e-9b2d-4e6f-8a0c-1d3b5f7a9c2e")
        );
        assert_eq!(response.results_metadata.total, 1);
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn connected_app_clients_secrets_rotate_start() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::post(&format!("{CLIENT_PATH}/secrets/rotate/start"))
            .body(json!({}))
            .mock(&server, "connected_app_clients_secrets_rotate_start")
            .await;

        let response = client(&server)
            .connected_app()
            .clients()
            .secrets()
            .rotate_start()
            .client_id("client/with space")
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "connected_app_clients_secrets_rotate_start");
        let app = &response.connected_app;
        assert_eq!(
            app.next_client_secret.expose(),
            "secret-test-fake-next-client-secret-DeF456uVw012"
        );
        assert_eq!(app.client_secret_last_four, "z789");
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn connected_app_clients_secrets_rotate_cancel() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::post(&format!("{CLIENT_PATH}/secrets/rotate/cancel"))
            .body(json!({}))
            .mock(&server, "connected_app_clients_secrets_rotate_cancel")
            .await;

        let response = client(&server)
            .connected_app()
            .clients()
            .secrets()
            .rotate_cancel()
            .client_id("client/with space")
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "connected_app_clients_secrets_rotate_cancel");
        let app = &response.connected_app;
        assert_eq!(app.client_id, CLIENT_ID);
        assert_eq!(app.next_client_secret_last_four.as_deref(), Some("w012"));
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn connected_app_clients_secrets_rotate() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::post(&format!("{CLIENT_PATH}/secrets/rotate"))
            .body(json!({}))
            .mock(&server, "connected_app_clients_secrets_rotate")
            .await;

        let response = client(&server)
            .connected_app()
            .clients()
            .secrets()
            .rotate()
            .client_id("client/with space")
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "connected_app_clients_secrets_rotate");
        let app = &response.connected_app;
        assert_eq!(app.client_id, CLIENT_ID);
        assert_eq!(app.client_type, "first_party");
        Ok(())
    })
    .await;
}

/// Page `number` of a three-page search: the fixture response with two Connected
/// Apps of its own, naming the cursor of the next page (none on the last).
fn search_page(number: usize) -> Value {
    let mut page = fixture("connected_app_clients_search");
    let app = page["connected_apps"][0].clone();
    let apps: Vec<Value> = ['a', 'b']
        .iter()
        .map(|suffix| {
            let mut app = app.clone();
            app["client_id"] = json!(format!("connected-app-test-page-{number}{suffix}"));
            app
        })
        .collect();
    page["connected_apps"] = json!(apps);
    page["results_metadata"] = json!({
        "total": 6,
        "next_cursor": (number < 3).then(|| format!("cursor-page-{}", number + 1))
    });
    page
}

/// The three pages of the listing, each mock matching only the body that asks for it.
async fn three_search_pages(server: &MockServer) -> Vec<Mock<'_>> {
    mock_three_cursor_pages(
        server,
        "/v1/connected_apps/clients/search",
        json!({"limit": 2}),
        search_page,
    )
    .await
}

fn client_ids(page: &ConnectedAppClientsSearchResponse) -> Vec<&str> {
    page.connected_apps
        .iter()
        .map(|app| app.client_id.as_str())
        .collect()
}

/// `pages(n)` follows `results_metadata.next_cursor` page by page until a page names
/// none, and stops after `n` pages.
#[tokio::test]
async fn connected_app_clients_search_pages_follow_the_cursor() -> TestResult {
    let server = MockServer::start_async().await;
    let mocks = three_search_pages(&server).await;

    let pages: Vec<ConnectedAppClientsSearchResponse> = client(&server)
        .connected_app()
        .clients()
        .search(ConnectedAppClientsSearchRequest::builder().limit(2))
        .pages(10)
        .try_collect()
        .await?;

    assert_eq!(pages.len(), 3);
    let items: Vec<Vec<&str>> = pages.iter().map(client_ids).collect();
    assert_two_items_per_page(&items, "connected-app-test");
    assert_page_calls(&mocks, [1, 1, 1]).await;

    let server = MockServer::start_async().await;
    let mocks = three_search_pages(&server).await;
    let pages: Vec<ConnectedAppClientsSearchResponse> = client(&server)
        .connected_app()
        .clients()
        .search(ConnectedAppClientsSearchRequest::builder().limit(2))
        .pages(2)
        .try_collect()
        .await?;
    assert_eq!(pages.len(), 2, "max_pages = 2 stops after two pages");
    assert_eq!(client_ids(&pages[1])[0], "connected-app-test-page-2a");
    assert_page_calls(&mocks, [1, 1, 0]).await;
    Ok(())
}
