//! `client.m2m()`, `client.m2m().clients()` and `client.m2m().clients().secrets()`.

use std::fmt::Debug;

use futures_util::TryStreamExt as _;
use httpmock::{Method, Mock, MockServer};
use serde_json::{Value, json};
use stytch_b2b::m2m::{
    M2mClientsCreateRequest, M2mClientsSearchRequest, M2mClientsSearchResponse,
    M2mClientsUpdateRequest, M2mTokenRequest,
};
use stytch_b2b::types::M2mSearchQuery;
use stytch_b2b::{Error, ErrorType};
use stytch_b2b_tests::PROJECT_ID;
use stytch_b2b_tests::expected_call::{ExpectedCall, assert_decodes_fixture, client, fixture};

use crate::{
    TestResult, assert_page_calls, assert_two_items_per_page, json_object, metadata,
    mock_three_cursor_pages, strings,
};

const CLIENT_ID: &str = "m2m-client-test-d731954d-dab3-4a2b-bdee-07f3ad1be885";
const CLIENT_PATH: &str = "/v1/m2m/clients/client%2Fwith%20space";
/// A client secret with characters that form encoding must escape.
const CLIENT_SECRET: &str = "secret-test+/=AbC 123";
/// The token endpoint of a project id set on the call, percent-encoded in the path.
const OVERRIDDEN_TOKEN_PATH: &str = "/v1/public/project%2Fwith%20space/oauth2/token";

/// The token endpoint of the client's own project, which the call uses unless told
/// otherwise.
fn token_path() -> String {
    format!("/v1/public/{PROJECT_ID}/oauth2/token")
}

/// Expects a form-encoded `POST` to one of the OAuth 2.0 endpoints: exact path and
/// body, the form content type, the user agent, no query and no `Authorization`
/// header (the body carries the client's own credentials, never the project secret).
/// A matching request is answered with `status` and `response`.
pub(crate) async fn expect_form_post<'a>(
    server: &'a MockServer,
    path: &str,
    form: &str,
    status: u16,
    response: Value,
) -> Mock<'a> {
    let (path, form) = (path.to_owned(), form.to_owned());
    server
        .mock_async(move |when, then| {
            when.method(Method::POST)
                .path(path)
                .header("content-type", "application/x-www-form-urlencoded")
                .header("user-agent", stytch_b2b::USER_AGENT)
                .header_missing("authorization")
                .is_true(|request| request.query_param_length() == 0)
                .body(form);
            then.status(status).json_body(response);
        })
        .await
}

/// An OAuth 2.0 error body (RFC 6749 section 5.2) as the token endpoints send it.
pub(crate) fn invalid_client_body() -> Value {
    json!({
        "error": "invalid_client",
        "error_description": "Client authentication failed: the client secret is wrong.",
        "error_uri": "https://stytch.com/docs/b2b/api/errors/401#invalid_client",
        "status_code": 401,
        "request_id": "request-id-test-0a8e2c4f-6b1d-4f3a-9c5e-7d9b1f3a5c7e"
    })
}

/// `result` is the `Error::Api` of [`invalid_client_body`]: `error` is the typed error
/// type, `error_description` the message and `error_uri` the URL.
pub(crate) fn assert_invalid_client<T: Debug>(result: Result<T, Error>) {
    let error = match result {
        Err(Error::Api(error)) => error,
        other => panic!("expected Error::Api, got {other:?}"),
    };
    assert_eq!(error.status.as_u16(), 401);
    assert_eq!(error.error_type, ErrorType::from("invalid_client"));
    assert_eq!(error.error_type, ErrorType::InvalidClient);
    assert!(error.error_type.is_known(), "{:?}", error.error_type);
    assert_eq!(
        error.error_message,
        "Client authentication failed: the client secret is wrong."
    );
    assert_eq!(
        error.error_url.as_deref(),
        Some("https://stytch.com/docs/b2b/api/errors/401#invalid_client")
    );
    assert_eq!(
        error.request_id.as_deref(),
        Some("request-id-test-0a8e2c4f-6b1d-4f3a-9c5e-7d9b1f3a5c7e")
    );
}

fn token_request() -> stytch_b2b::types::builder::M2mTokenRequest {
    M2mTokenRequest::builder()
        .grant_type("client_credentials")
        .client_id(CLIENT_ID)
        .client_secret(CLIENT_SECRET)
        .scope("read:invoices write:invoices")
}

#[tokio::test]
pub(crate) async fn m2m_token() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = expect_form_post(
            &server,
            &token_path(),
            "client_id=m2m-client-test-d731954d-dab3-4a2b-bdee-07f3ad1be885\
             &client_secret=secret-test%2B%2F%3DAbC+123\
             &grant_type=client_credentials\
             &scope=read%3Ainvoices+write%3Ainvoices",
            200,
            fixture("m2m_token"),
        )
        .await;

        // No project id set: the client's own is in the path.
        let response = client(&server).m2m().token(token_request()).await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "m2m_token");
        assert_eq!(
            response.access_token.expose(),
            "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJmYWtlLXRlc3QifQ.ZmFrZS1zaWduYXR1cmU"
        );
        assert_eq!(response.expires_in, 3600);
        assert_eq!(response.token_type, "bearer");
        Ok(())
    })
    .await;
}

/// An OAuth 2.0 error from the token endpoint is an `Error::Api` like any other; and a
/// project id set on the call replaces the client's in the path.
#[tokio::test]
async fn m2m_token_oauth2_error_maps_to_api_error() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(Method::POST).path(OVERRIDDEN_TOKEN_PATH);
            then.status(401).json_body(invalid_client_body());
        })
        .await;

    let result = client(&server)
        .m2m()
        .token(token_request())
        .project_id("project/with space")
        .await;

    mock.assert_async().await;
    assert_invalid_client(result);
}

#[tokio::test]
pub(crate) async fn m2m_clients_create() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::post("/v1/m2m/clients")
            .body(json!({
                "scopes": ["read:invoices", "write:invoices"],
                "client_id": "m2m-client-test-invoice-sync",
                "client_secret": CLIENT_SECRET,
                "client_name": "Invoice sync",
                "client_description": "Nightly job that syncs invoices to the ledger.",
                "trusted_metadata": {"plan": "enterprise", "seats": 0, "beta": false}
            }))
            .mock(&server, "m2m_clients_create")
            .await;

        let response = client(&server)
            .m2m()
            .clients()
            .create(
                M2mClientsCreateRequest::builder()
                    .scopes(strings(&["read:invoices", "write:invoices"]))
                    .client_id("m2m-client-test-invoice-sync")
                    .client_secret(CLIENT_SECRET)
                    .client_name("Invoice sync")
                    .client_description("Nightly job that syncs invoices to the ledger.")
                    .trusted_metadata(metadata()),
            )
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "m2m_clients_create");
        let created = &response.m2m_client;
        assert_eq!(created.client_id, CLIENT_ID);
        assert_eq!(
            created.client_secret.expose(),
            "secret-test-fake-client-secret-AbC123xYz789"
        );
        assert_eq!(created.trusted_metadata.get("seats"), Some(&json!(25)));
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn m2m_clients_get() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::get(CLIENT_PATH)
            .mock(&server, "m2m_clients_get")
            .await;

        let response = client(&server)
            .m2m()
            .clients()
            .get()
            .client_id("client/with space")
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "m2m_clients_get");
        let found = &response.m2m_client;
        assert_eq!(found.client_id, CLIENT_ID);
        assert_eq!(found.scopes, strings(&["read:invoices", "write:invoices"]));
        assert_eq!(found.client_secret_last_four, "z789");
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn m2m_clients_update() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::put(CLIENT_PATH)
            .body(json!({
                "client_name": "Invoice sync (paused)",
                "client_description": "Paused while the ledger migrates.",
                "status": "inactive",
                "scopes": [],
                "trusted_metadata": {"plan": "enterprise", "seats": 0, "beta": false}
            }))
            .mock(&server, "m2m_clients_update")
            .await;

        let response = client(&server)
            .m2m()
            .clients()
            .update(
                M2mClientsUpdateRequest::builder()
                    .client_name("Invoice sync (paused)")
                    .client_description("Paused while the ledger migrates.")
                    .status("inactive")
                    .scopes(Vec::<String>::new())
                    .trusted_metadata(metadata()),
            )
            .client_id("client/with space")
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "m2m_clients_update");
        let updated = &response.m2m_client;
        assert_eq!(updated.status, "active");
        assert_eq!(
            updated.next_client_secret_last_four.as_deref(),
            Some("w012")
        );
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn m2m_clients_delete() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::delete(CLIENT_PATH)
            .mock(&server, "m2m_clients_delete")
            .await;

        let response = client(&server)
            .m2m()
            .clients()
            .delete()
            .client_id("client/with space")
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "m2m_clients_delete");
        assert_eq!(response.client_id, CLIENT_ID);
        assert_eq!(response.status_code, 200);
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn m2m_clients_search() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::post("/v1/m2m/clients/search")
            .body(json!({
                "cursor": "cursor-page-1",
                "limit": 0,
                "query": {
                    "operator": "OR",
                    "operands": [
                        {"filter_name": "client_ids", "filter_value": [CLIENT_ID]},
                        {"filter_name": "scopes", "filter_value": ["read:invoices"]}
                    ]
                }
            }))
            .mock(&server, "m2m_clients_search")
            .await;

        let query =
            M2mSearchQuery::try_from(M2mSearchQuery::builder().operator("OR").operands(vec![
                json_object(json!({"filter_name": "client_ids", "filter_value": [CLIENT_ID]})),
                json_object(json!({"filter_name": "scopes", "filter_value": ["read:invoices"]})),
            ]))?;
        let response = client(&server)
            .m2m()
            .clients()
            .search(
                M2mClientsSearchRequest::builder()
                    .cursor("cursor-page-1")
                    .limit(0)
                    .query(query),
            )
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "m2m_clients_search");
        assert_eq!(response.m2m_clients[0].client_name, "Invoice sync");
        assert_eq!(
            response.results_metadata.next_cursor.as_deref(),
            Some("cursor-test-5f3a1c7e-9b2d-4e6f-8a0c-1d3b5f7a9c2e")
        );
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn m2m_clients_secrets_rotate_start() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::post(&format!("{CLIENT_PATH}/secrets/rotate/start"))
            .body(json!({}))
            .mock(&server, "m2m_clients_secrets_rotate_start")
            .await;

        let response = client(&server)
            .m2m()
            .clients()
            .secrets()
            .rotate_start()
            .client_id("client/with space")
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "m2m_clients_secrets_rotate_start");
        assert_eq!(
            response.m2m_client.next_client_secret.expose(),
            "secret-test-fake-next-client-secret-DeF456uVw012"
        );
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn m2m_clients_secrets_rotate_cancel() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::post(&format!("{CLIENT_PATH}/secrets/rotate/cancel"))
            .body(json!({}))
            .mock(&server, "m2m_clients_secrets_rotate_cancel")
            .await;

        let response = client(&server)
            .m2m()
            .clients()
            .secrets()
            .rotate_cancel()
            .client_id("client/with space")
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "m2m_clients_secrets_rotate_cancel");
        assert_eq!(response.m2m_client.client_id, CLIENT_ID);
        assert_eq!(response.m2m_client.client_secret_last_four, "z789");
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn m2m_clients_secrets_rotate() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::post(&format!("{CLIENT_PATH}/secrets/rotate"))
            .body(json!({}))
            .mock(&server, "m2m_clients_secrets_rotate")
            .await;

        let response = client(&server)
            .m2m()
            .clients()
            .secrets()
            .rotate()
            .client_id("client/with space")
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "m2m_clients_secrets_rotate");
        assert_eq!(response.m2m_client.client_id, CLIENT_ID);
        assert_eq!(
            response.m2m_client.next_client_secret_last_four.as_deref(),
            Some("w012")
        );
        Ok(())
    })
    .await;
}

/// Page `number` of a three-page search: the fixture response with two M2M clients
/// of its own, naming the cursor of the next page (none on the last).
fn search_page(number: usize) -> Value {
    let mut page = fixture("m2m_clients_search");
    let template = page["m2m_clients"][0].clone();
    let clients: Vec<Value> = ['a', 'b']
        .iter()
        .map(|suffix| {
            let mut m2m_client = template.clone();
            m2m_client["client_id"] = json!(format!("m2m-client-test-page-{number}{suffix}"));
            m2m_client
        })
        .collect();
    page["m2m_clients"] = json!(clients);
    page["results_metadata"] = json!({
        "total": 6,
        "next_cursor": (number < 3).then(|| format!("cursor-page-{}", number + 1))
    });
    page
}

/// The three pages of the search, each mock matching only the body that asks for it.
async fn three_search_pages(server: &MockServer) -> Vec<Mock<'_>> {
    let query = json!({"operator": "AND", "operands": [{"filter_name": "scopes", "filter_value": ["read:invoices"]}]});
    mock_three_cursor_pages(
        server,
        "/v1/m2m/clients/search",
        json!({"limit": 2, "query": query}),
        search_page,
    )
    .await
}

fn search_request()
-> Result<stytch_b2b::types::builder::M2mClientsSearchRequest, Box<dyn std::error::Error>> {
    let query =
        M2mSearchQuery::try_from(M2mSearchQuery::builder().operator("AND").operands(vec![
            json_object(json!({"filter_name": "scopes", "filter_value": ["read:invoices"]})),
        ]))?;
    Ok(M2mClientsSearchRequest::builder().limit(2).query(query))
}

fn client_ids(page: &M2mClientsSearchResponse) -> Vec<&str> {
    page.m2m_clients
        .iter()
        .map(|m2m_client| m2m_client.client_id.as_str())
        .collect()
}

/// `pages(n)` follows `results_metadata.next_cursor` page by page, keeping the rest
/// of the body, until a page names none, and stops after `n` pages.
#[tokio::test]
async fn m2m_clients_search_pages_follow_the_cursor() -> TestResult {
    let server = MockServer::start_async().await;
    let mocks = three_search_pages(&server).await;

    let pages: Vec<M2mClientsSearchResponse> = client(&server)
        .m2m()
        .clients()
        .search(search_request()?)
        .pages(10)
        .try_collect()
        .await?;

    assert_eq!(pages.len(), 3);
    let items: Vec<Vec<&str>> = pages.iter().map(client_ids).collect();
    assert_two_items_per_page(&items, "m2m-client-test");
    assert_page_calls(&mocks, [1, 1, 1]).await;

    let server = MockServer::start_async().await;
    let mocks = three_search_pages(&server).await;
    let pages: Vec<M2mClientsSearchResponse> = client(&server)
        .m2m()
        .clients()
        .search(search_request()?)
        .pages(2)
        .try_collect()
        .await?;
    assert_eq!(pages.len(), 2, "max_pages = 2 stops after two pages");
    assert_eq!(client_ids(&pages[1])[0], "m2m-client-test-page-2a");
    assert_page_calls(&mocks, [1, 1, 0]).await;
    Ok(())
}
