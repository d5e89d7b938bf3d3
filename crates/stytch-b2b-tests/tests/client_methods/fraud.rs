//! `client.fraud()`: every call goes to the fraud base URL, with the usual Basic auth.

use futures_util::TryStreamExt as _;
use httpmock::{Mock, MockServer};
use serde_json::{Value, json};
use stytch_b2b::fraud::{
    FraudEmailRiskRequest, FraudFingerprintLookupRequest, FraudRulesListRequest,
    FraudRulesListResponse, FraudRulesSetRequest, FraudVerdictReasonsListRequest,
    FraudVerdictReasonsOverrideRequest,
};
use stytch_b2b::types::Metadata;
use stytch_b2b_tests::expected_call::{ExpectedCall, assert_decodes_fixture, client, fixture};
use stytch_b2b_tests::{PROJECT_ID, SECRET};

use crate::{TestResult, assert_page_calls, assert_two_items_per_page, mock_three_cursor_pages};

const TELEMETRY_ID: &str = "telemetry-id-test-026ac93b-8cdf-4fcb-bfa6-36a31cfecac1";
const VISITOR_ID: &str = "visitor-test-6139cbcc-4dda-4b1f-b1c0-13c08ec64d72";

/// A client that sends every call, the fraud calls included, to `server`.
fn fraud_client(server: &MockServer) -> stytch_b2b::Client {
    stytch_b2b::Client::builder(PROJECT_ID, SECRET)
        .base_url(server.base_url())
        .fraud_base_url(server.base_url())
        .build()
        .unwrap_or_else(|e| panic!("test client does not build: {e}"))
}

#[tokio::test]
pub(crate) async fn fraud_fingerprint_lookup() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::post("/v1/fingerprint/lookup")
            .body(json!({
                "telemetry_id": TELEMETRY_ID,
                "external_metadata": {
                    "external_id": "acme-user-1815",
                    "organization_id": "organization-test-1",
                    "user_action": "login"
                }
            }))
            .mock(&server, "fraud_fingerprint_lookup")
            .await;

        let external_metadata = Metadata::try_from(
            Metadata::builder()
                .external_id("acme-user-1815")
                .organization_id("organization-test-1")
                .user_action("login"),
        )?;
        let response = fraud_client(&server)
            .fraud()
            .fingerprint()
            .lookup(
                FraudFingerprintLookupRequest::builder()
                    .telemetry_id(TELEMETRY_ID)
                    .external_metadata(external_metadata),
            )
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "fraud_fingerprint_lookup");
        assert_eq!(response.telemetry_id, TELEMETRY_ID);
        assert_eq!(response.verdict.action, "CHALLENGE");
        assert_eq!(response.verdict.reasons, ["VIRTUAL_MACHINE", "RULE_MATCH"]);
        assert_eq!(
            response.fingerprints.visitor_id.as_deref(),
            Some(VISITOR_ID)
        );
        assert_eq!(response.raw_signals.get("incognito"), Some(&json!(false)));
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn fraud_rules_set() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::post("/v1/rules/set")
            .body(json!({
                "action": "BLOCK",
                "visitor_id": VISITOR_ID,
                "browser_id": "browser-test-4f2a8c6e-0b1d-4e3f-9a5c-7e9b1d3f5a7c",
                "visitor_fingerprint": "vfp_test_5c1d9e7a3b2f4a6c8e0d1f3b5a7c9e1d",
                "browser_fingerprint": "bfp_test_8a2c4e6f0b1d3f5a7c9e1b3d5f7a9c2e",
                "hardware_fingerprint": "hfp_test_3d5f7a9c1e2b4d6f8a0c2e4b6d8f0a1c",
                "network_fingerprint": "nfp_test_7e9a1c3e5b2d4f6a8c0e2a4c6e8b0d3f",
                "expires_in_minutes": 0,
                "cidr_block": "203.0.113.0/24",
                "country_code": "US",
                "asn": "64500",
                "description": "Visitor seen in a credential-stuffing attempt."
            }))
            .mock(&server, "fraud_rules_set")
            .await;

        let response = fraud_client(&server)
            .fraud()
            .rules()
            .set(
                FraudRulesSetRequest::builder()
                    .action("BLOCK")
                    .visitor_id(VISITOR_ID)
                    .browser_id("browser-test-4f2a8c6e-0b1d-4e3f-9a5c-7e9b1d3f5a7c")
                    .visitor_fingerprint("vfp_test_5c1d9e7a3b2f4a6c8e0d1f3b5a7c9e1d")
                    .browser_fingerprint("bfp_test_8a2c4e6f0b1d3f5a7c9e1b3d5f7a9c2e")
                    .hardware_fingerprint("hfp_test_3d5f7a9c1e2b4d6f8a0c2e4b6d8f0a1c")
                    .network_fingerprint("nfp_test_7e9a1c3e5b2d4f6a8c0e2a4c6e8b0d3f")
                    .expires_in_minutes(0)
                    .cidr_block("203.0.113.0/24")
                    .country_code("US")
                    .asn("64500")
                    .description("Visitor seen in a credential-stuffing attempt."),
            )
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "fraud_rules_set");
        assert_eq!(response.action, "BLOCK");
        assert_eq!(response.visitor_id.as_deref(), Some(VISITOR_ID));
        assert_eq!(
            response.expires_at.map(|t| t.to_rfc3339()),
            Some("2025-07-15T15:06:40+00:00".to_owned())
        );
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn fraud_rules_list() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::post("/v1/rules/list")
            .body(json!({"cursor": "cursor-page-1", "limit": 0}))
            .mock(&server, "fraud_rules_list")
            .await;

        let response = fraud_client(&server)
            .fraud()
            .rules()
            .list(
                FraudRulesListRequest::builder()
                    .cursor("cursor-page-1")
                    .limit(0),
            )
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "fraud_rules_list");
        assert_eq!(
            response.next_cursor,
            "cursor-test-5f3a1c7e-9b2d-4e6f-8a0c-1d3b5f7a9c2e"
        );
        let rule = &response.rules[0];
        assert_eq!(
            (rule.rule_type.as_str(), rule.action.as_str()),
            ("VISITOR_ID", "BLOCK")
        );
        assert_eq!(
            rule.description.as_deref(),
            Some("Visitor seen in a credential-stuffing attempt.")
        );
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn fraud_verdict_reasons_override() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::post("/v1/verdict_reasons/override")
            .body(json!({
                "verdict_reason": "VIRTUAL_MACHINE",
                "override_action": "BLOCK",
                "override_description": "Acme blocks virtual machines outright."
            }))
            .mock(&server, "fraud_verdict_reasons_override")
            .await;

        let response = fraud_client(&server)
            .fraud()
            .verdict_reasons()
            .r#override(
                FraudVerdictReasonsOverrideRequest::builder()
                    .verdict_reason("VIRTUAL_MACHINE")
                    .override_action("BLOCK")
                    .override_description("Acme blocks virtual machines outright."),
            )
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "fraud_verdict_reasons_override");
        let action = &response.verdict_reason_action;
        assert_eq!(action.verdict_reason, "VIRTUAL_MACHINE");
        assert_eq!(action.override_action.as_deref(), Some("BLOCK"));
        assert_eq!(action.default_action, "CHALLENGE");
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn fraud_verdict_reasons_list() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::post("/v1/verdict_reasons/list")
            .body(json!({"overrides_only": false}))
            .mock(&server, "fraud_verdict_reasons_list")
            .await;

        let response = fraud_client(&server)
            .fraud()
            .verdict_reasons()
            .list(FraudVerdictReasonsListRequest::builder().overrides_only(false))
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "fraud_verdict_reasons_list");
        let action = &response.verdict_reason_actions[0];
        assert_eq!(action.verdict_reason, "VIRTUAL_MACHINE");
        assert_eq!(
            action.override_created_at.map(|t| t.to_rfc3339()),
            Some("2025-06-15T15:06:40+00:00".to_owned())
        );
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn fraud_email_risk() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = ExpectedCall::post("/v1/email/risk")
            .body(json!({"email_address": "ada@acme.example.com"}))
            .mock(&server, "fraud_email_risk")
            .await;

        let response = fraud_client(&server)
            .fraud()
            .email()
            .risk(FraudEmailRiskRequest::builder().email_address("ada@acme.example.com"))
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "fraud_email_risk");
        assert_eq!(
            (response.action.as_str(), response.risk_score),
            ("ALLOW", 12)
        );
        assert_eq!(
            response.address_information.normalized_email,
            "ada@acme.example.com"
        );
        assert!(!response.domain_information.is_disposable_domain);
        Ok(())
    })
    .await;
}

/// The fraud calls go to the fraud base URL, never to the API base URL: with only
/// `base_url` set they stay on Stytch's fraud host, and with `fraud_base_url` set
/// every one of them reaches that server and nothing reaches the API server, which
/// still receives the other calls.
#[tokio::test]
async fn fraud_calls_go_to_the_fraud_base_url_only() -> TestResult {
    let api = MockServer::start_async().await;
    let fraud = MockServer::start_async().await;

    let only_api = client(&api);
    assert_eq!(only_api.fraud_base_url(), stytch_b2b::FRAUD_BASE_URL);
    assert_eq!(stytch_b2b::FRAUD_BASE_URL, "https://telemetry.stytch.com");

    let nothing_on_api = api
        .mock_async(|when, then| {
            when.any_request();
            then.status(500).body("{}");
        })
        .await;
    let client = stytch_b2b::Client::builder(PROJECT_ID, SECRET)
        .base_url(api.base_url())
        .fraud_base_url(fraud.base_url())
        .build()?;
    assert_eq!(client.fraud_base_url(), fraud.base_url());

    let lookup = ExpectedCall::post("/v1/fingerprint/lookup")
        .body(json!({"telemetry_id": TELEMETRY_ID}))
        .mock(&fraud, "fraud_fingerprint_lookup")
        .await;
    let set = ExpectedCall::post("/v1/rules/set")
        .body(json!({"action": "ALLOW", "visitor_id": VISITOR_ID}))
        .mock(&fraud, "fraud_rules_set")
        .await;
    let list = ExpectedCall::post("/v1/rules/list")
        .body(json!({}))
        .mock(&fraud, "fraud_rules_list")
        .await;
    let r#override = ExpectedCall::post("/v1/verdict_reasons/override")
        .body(json!({"verdict_reason": "VIRTUAL_MACHINE", "override_action": "ALLOW"}))
        .mock(&fraud, "fraud_verdict_reasons_override")
        .await;
    let reasons = ExpectedCall::post("/v1/verdict_reasons/list")
        .body(json!({}))
        .mock(&fraud, "fraud_verdict_reasons_list")
        .await;
    let risk = ExpectedCall::post("/v1/email/risk")
        .body(json!({"email_address": "ada@acme.example.com"}))
        .mock(&fraud, "fraud_email_risk")
        .await;

    let fraud_calls = client.fraud();
    fraud_calls
        .fingerprint()
        .lookup(FraudFingerprintLookupRequest::builder().telemetry_id(TELEMETRY_ID))
        .await?;
    fraud_calls
        .rules()
        .set(
            FraudRulesSetRequest::builder()
                .action("ALLOW")
                .visitor_id(VISITOR_ID),
        )
        .await?;
    fraud_calls
        .rules()
        .list(FraudRulesListRequest::builder())
        .await?;
    fraud_calls
        .verdict_reasons()
        .r#override(
            FraudVerdictReasonsOverrideRequest::builder()
                .verdict_reason("VIRTUAL_MACHINE")
                .override_action("ALLOW"),
        )
        .await?;
    fraud_calls
        .verdict_reasons()
        .list(FraudVerdictReasonsListRequest::builder())
        .await?;
    fraud_calls
        .email()
        .risk(FraudEmailRiskRequest::builder().email_address("ada@acme.example.com"))
        .await?;

    for mock in [&lookup, &set, &list, &r#override, &reasons, &risk] {
        mock.assert_async().await;
    }
    assert_eq!(
        nothing_on_api.calls_async().await,
        0,
        "a fraud call reached the API server"
    );

    // The other calls still go to the API base URL, not to the fraud one.
    nothing_on_api.delete_async().await;
    let whoami = ExpectedCall::get("/v1/debug/whoami")
        .mock(&api, "debug_whoami")
        .await;
    client.debug().whoami().await?;
    whoami.assert_async().await;
    for mock in [&lookup, &set, &list, &r#override, &reasons, &risk] {
        mock.assert_calls_async(1).await;
    }
    Ok(())
}

/// Page `number` of a three-page rule listing: the fixture response with two rules
/// of its own, naming the cursor of the next page (empty on the last, as the API
/// always sends `next_cursor`).
fn rules_page(number: usize) -> Value {
    let mut page = fixture("fraud_rules_list");
    let rule = page["rules"][0].clone();
    let rules: Vec<Value> = ['a', 'b']
        .iter()
        .map(|suffix| {
            let mut rule = rule.clone();
            rule["visitor_id"] = json!(format!("visitor-test-page-{number}{suffix}"));
            rule
        })
        .collect();
    page["rules"] = json!(rules);
    page["next_cursor"] = json!(if number < 3 {
        format!("cursor-page-{}", number + 1)
    } else {
        String::new()
    });
    page
}

/// The three pages of the listing, each mock matching only the body that asks for it.
async fn three_rules_pages(server: &MockServer) -> Vec<Mock<'_>> {
    mock_three_cursor_pages(server, "/v1/rules/list", json!({"limit": 2}), rules_page).await
}

fn visitor_ids(page: &FraudRulesListResponse) -> Vec<&str> {
    page.rules
        .iter()
        .map(|rule| rule.visitor_id.as_deref().unwrap_or_default())
        .collect()
}

/// `pages(n)` follows the top-level `next_cursor` page by page until a page names
/// none (an empty cursor), and stops after `n` pages.
#[tokio::test]
async fn fraud_rules_list_pages_follow_the_cursor() -> TestResult {
    let server = MockServer::start_async().await;
    let mocks = three_rules_pages(&server).await;

    let pages: Vec<FraudRulesListResponse> = fraud_client(&server)
        .fraud()
        .rules()
        .list(FraudRulesListRequest::builder().limit(2))
        .pages(10)
        .try_collect()
        .await?;

    assert_eq!(pages.len(), 3);
    let items: Vec<Vec<&str>> = pages.iter().map(visitor_ids).collect();
    assert_two_items_per_page(&items, "visitor-test");
    assert_page_calls(&mocks, [1, 1, 1]).await;

    let server = MockServer::start_async().await;
    let mocks = three_rules_pages(&server).await;
    let pages: Vec<FraudRulesListResponse> = fraud_client(&server)
        .fraud()
        .rules()
        .list(FraudRulesListRequest::builder().limit(2))
        .pages(2)
        .try_collect()
        .await?;
    assert_eq!(pages.len(), 2, "max_pages = 2 stops after two pages");
    assert_eq!(visitor_ids(&pages[1])[0], "visitor-test-page-2a");
    assert_page_calls(&mocks, [1, 1, 0]).await;
    Ok(())
}
