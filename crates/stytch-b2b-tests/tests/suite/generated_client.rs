//! The generated low-level client, one test per request/response shape: the exact
//! request that goes out and the values that come back.

use httpmock::prelude::*;
use serde_json::json;
use stytch_b2b_api::types;
use stytch_b2b_tests::expected_call::fixture;
use stytch_b2b_tests::{basic_auth_header, fixtures, generated_client};

type Result = std::result::Result<(), Box<dyn std::error::Error>>;

#[tokio::test]
async fn post_with_nested_body_sends_exact_json_and_decodes_members() -> Result {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/v1/b2b/organizations/members/search")
                .header("authorization", basic_auth_header())
                .header("content-type", "application/json")
                .header_missing("api-version")
                .json_body(json!({
                    "organization_ids": ["organization-test-1"],
                    "limit": 10,
                    "query": {
                        "operator": "AND",
                        "operands": [
                            {"filter_name": "member_emails", "filter_value": ["ada@acme.example.com"]}
                        ]
                    }
                }));
            then.status(200)
                .json_body(fixture("organizations_members_search"));
        })
        .await;

    let client = generated_client(&server.base_url());
    let operand = json!({"filter_name": "member_emails", "filter_value": ["ada@acme.example.com"]});
    let response = client
        .organizations_members_search()
        .body(
            types::OrganizationsMembersSearchRequest::builder()
                .organization_ids(vec!["organization-test-1".to_owned()])
                .limit(10)
                .query(types::SearchQuery::try_from(
                    types::SearchQuery::builder()
                        .operator("AND")
                        .operands(vec![operand.as_object().cloned().unwrap_or_default()]),
                )?),
        )
        .send()
        .await?;

    mock.assert_async().await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.members.len(), 1);
    assert_eq!(response.members[0].email_address, "ada@acme.example.com");
    assert_eq!(response.results_metadata.total, 1);
    assert_eq!(
        response.results_metadata.next_cursor.as_deref(),
        Some("cursor-page-2")
    );
    let org = response
        .organizations
        .get("organization-test-07971b06-ac8b-4cdb-9c15-63b17e653931")
        .map(|o| o.organization_slug.as_str());
    assert_eq!(org, Some("acme-co"));
    Ok(())
}

#[tokio::test]
async fn get_with_query_sends_only_the_set_parameters() -> Result {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/v1/b2b/organizations/organization-test-1/member")
                .query_param("email_address", "ada@acme.example.com")
                .query_param_missing("member_id")
                .header("authorization", basic_auth_header());
            then.status(200)
                .json_body(fixture("organizations_members_get"));
        })
        .await;

    let client = generated_client(&server.base_url());
    let response = client
        .organizations_members_get()
        .organization_id("organization-test-1")
        .email_address("ada@acme.example.com")
        .send()
        .await?;

    mock.assert_async().await;
    assert_eq!(response.member.name, "Ada Lovelace");
    assert_eq!(response.member.status, "active");
    assert_eq!(
        response.member.trusted_metadata.get("seats"),
        Some(&json!(25))
    );
    Ok(())
}

#[tokio::test]
async fn sessions_get_sends_required_query_and_decodes_sessions() -> Result {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/v1/b2b/sessions")
                .query_param("organization_id", "organization-test-1")
                .query_param("member_id", "member-test-1")
                .header("authorization", basic_auth_header());
            then.status(200).json_body(fixture("sessions_get"));
        })
        .await;

    let client = generated_client(&server.base_url());
    let response = client
        .sessions_get()
        .organization_id("organization-test-1")
        .member_id("member-test-1")
        .send()
        .await?;

    mock.assert_async().await;
    let session = &response.member_sessions[0];
    assert_eq!(
        session.member_session_id,
        "member-session-test-e6b5c5ad-1e8b-4b5f-9b8b-2c1f1c7a6b4e"
    );
    assert_eq!(
        session.started_at.map(|t| t.to_rfc3339()),
        Some("2024-03-05T17:03:27+00:00".to_owned())
    );
    assert_eq!(session.authentication_factors[0].delivery_method, "email");
    Ok(())
}

#[tokio::test]
async fn put_with_path_parameters_sends_false_and_decodes_member() -> Result {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(PUT)
                .path("/v1/b2b/organizations/organization-test-1/members/member-test-2")
                .header("authorization", basic_auth_header())
                .json_body(json!({"name": "Grace", "is_breakglass": false, "mfa_enrolled": false}));
            then.status(200)
                .json_body(fixture("organizations_members_update"));
        })
        .await;

    let client = generated_client(&server.base_url());
    let response = client
        .organizations_members_update()
        .organization_id("organization-test-1")
        .member_id("member-test-2")
        .body(
            types::OrganizationsMembersUpdateRequest::builder()
                .name("Grace".to_owned())
                .is_breakglass(false)
                .mfa_enrolled(false),
        )
        .send()
        .await?;

    mock.assert_async().await;
    assert_eq!(
        response.member_id,
        "member-test-32fc5024-9c09-4da3-bd2e-c9ce4da9375f"
    );
    Ok(())
}

#[tokio::test]
async fn zero_and_empty_lists_are_sent_when_set() -> Result {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(PUT)
                .path("/v1/b2b/organizations/organization-test-1")
                .json_body(json!({"email_allowed_domains": [], "allowed_auth_methods": [], "trusted_metadata": {}}));
            then.status(200).json_body(fixture("organizations_update"));
        })
        .await;
    let zero_mock = server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/v1/b2b/sessions/authenticate")
                .json_body(json!({"session_token": "tok", "session_duration_minutes": 0}));
            then.status(200).json_body(fixture("sessions_authenticate"));
        })
        .await;

    let client = generated_client(&server.base_url());
    client
        .organizations_update()
        .organization_id("organization-test-1")
        .body(
            types::OrganizationsUpdateRequest::builder()
                .email_allowed_domains(Vec::<String>::new())
                .allowed_auth_methods(Vec::<String>::new())
                .trusted_metadata(serde_json::Map::new()),
        )
        .send()
        .await?;
    client
        .sessions_authenticate()
        .body(
            types::SessionsAuthenticateRequest::builder()
                .session_token("tok".to_owned())
                .session_duration_minutes(0),
        )
        .send()
        .await?;

    mock.assert_async().await;
    zero_mock.assert_async().await;
    Ok(())
}

#[tokio::test]
async fn delete_sends_no_body() -> Result {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(DELETE)
                .path("/v1/b2b/organizations/organization-test-1/members/member-test-2")
                .header("authorization", basic_auth_header())
                .body("");
            then.status(200)
                .json_body(fixture("organizations_members_delete"));
        })
        .await;

    let client = generated_client(&server.base_url());
    let response = client
        .organizations_members_delete()
        .organization_id("organization-test-1")
        .member_id("member-test-2")
        .send()
        .await?;

    mock.assert_async().await;
    assert_eq!(response.status_code, 200);
    Ok(())
}

#[tokio::test]
async fn path_parameters_are_percent_encoded() -> Result {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/v1/b2b/organizations/org%2Fwith%20space%3Fand%23hash");
            then.status(200).json_body(fixture("organizations_get"));
        })
        .await;

    let client = generated_client(&server.base_url());
    client
        .organizations_get()
        .organization_id("org/with space?and#hash")
        .send()
        .await?;

    mock.assert_async().await;
    Ok(())
}

#[tokio::test]
async fn json_4xx_decodes_into_the_error_body() -> Result {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method(GET).path("/v1/b2b/organizations/missing");
            then.status(404).json_body(json!({
                "status_code": 404,
                "request_id": "request-id-test-404",
                "error_type": "organization_not_found",
                "error_message": "Organization could not be found.",
                "error_url": "https://stytch.com/docs/api/errors/404",
                "error_details": {"organization_id": "missing"}
            }));
        })
        .await;

    let client = generated_client(&server.base_url());
    let err = client
        .organizations_get()
        .organization_id("missing")
        .send()
        .await
        .err()
        .ok_or("expected an error")?;

    match err {
        stytch_b2b_api::Error::ErrorResponse(body) => {
            assert_eq!(body.status(), 404);
            assert_eq!(body.error_type.as_deref(), Some("organization_not_found"));
            assert_eq!(body.request_id.as_deref(), Some("request-id-test-404"));
            assert_eq!(
                body.error_message.as_deref(),
                Some("Organization could not be found.")
            );
            assert_eq!(
                body.error_url.as_deref(),
                Some("https://stytch.com/docs/api/errors/404")
            );
            assert_eq!(
                body.error_details,
                Some(json!({"organization_id": "missing"}))
            );
        }
        other => panic!("expected ErrorResponse, got {other:?}"),
    }
    Ok(())
}

#[tokio::test]
async fn unknown_fields_and_new_enum_like_values_decode() -> Result {
    let mut body = fixture("organizations_get");
    body["organization"]["mfa_policy"] = json!("REQUIRED_FOR_ADMINS_ONLY");
    body["organization"]["a_field_added_next_year"] = json!({"nested": true});
    body["brand_new_top_level_field"] = json!(1);
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/v1/b2b/organizations/organization-test-1");
            then.status(200).json_body(body);
        })
        .await;

    let client = generated_client(&server.base_url());
    let response = client
        .organizations_get()
        .organization_id("organization-test-1")
        .send()
        .await?;

    assert_eq!(response.organization.mfa_policy, "REQUIRED_FOR_ADMINS_ONLY");
    assert_eq!(response.organization.organization_name, "Acme Co");
    Ok(())
}

#[tokio::test]
async fn null_member_session_while_mfa_is_pending_decodes_as_none() -> Result {
    let mut body = fixture("magic_links_authenticate");
    body["member_session"] = serde_json::Value::Null;
    body["session_token"] = serde_json::Value::Null;
    body["session_jwt"] = serde_json::Value::Null;
    body["member_authenticated"] = json!(false);
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method(POST).path("/v1/b2b/magic_links/authenticate");
            then.status(200).json_body(body);
        })
        .await;

    let client = generated_client(&server.base_url());
    let response = client
        .magic_links_authenticate()
        .body(types::MagicLinksAuthenticateRequest::builder().magic_links_token("tok".to_owned()))
        .send()
        .await?;

    assert!(response.member_session.is_none());
    assert!(response.session_jwt.is_none());
    assert!(!response.member_authenticated);
    assert!(response.mfa_required.is_some());
    Ok(())
}

#[tokio::test]
async fn missing_required_body_field_is_an_invalid_request_naming_it() {
    let client = generated_client("http://127.0.0.1:9");
    let err = client
        .organizations_create()
        .body(types::OrganizationsCreateRequest::builder().organization_slug("acme".to_owned()))
        .send()
        .await
        .err();
    match err {
        Some(stytch_b2b_api::Error::InvalidRequest(message)) => {
            assert!(message.contains("organization_name"), "{message}");
        }
        other => panic!("expected InvalidRequest, got {other:?}"),
    }
}

#[tokio::test]
async fn non_json_error_keeps_status_through_response_meta() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/v1/b2b/organizations/organization-test-1");
            then.status(502)
                .header("content-type", "text/html")
                .header("retry-after", "7")
                .body("<html><body>502 Bad Gateway</body></html>");
        })
        .await;

    let client = generated_client(&server.base_url());
    let (result, meta) = stytch_b2b_api::capture_response_meta(
        client
            .organizations_get()
            .organization_id("organization-test-1")
            .send(),
    )
    .await;

    assert!(matches!(
        result,
        Err(stytch_b2b_api::Error::InvalidResponsePayload(..))
    ));
    let meta = meta.unwrap_or_else(|| panic!("response metadata was not captured"));
    assert_eq!(meta.status.as_u16(), 502);
    assert_eq!(meta.retry_after.as_deref(), Some("7"));
    assert_eq!(meta.content_type.as_deref(), Some("text/html"));
}

/// Every fixture decodes into its generated response type and encodes back to the
/// same JSON, so no documented field is dropped or mistyped.
#[test]
fn every_fixture_round_trips_through_its_generated_type() {
    assert!(!fixtures::OPERATION_IDS.is_empty());
    for op in fixtures::OPERATION_IDS {
        let encoded = fixtures::decoded_and_encoded(op)
            .unwrap_or_else(|| panic!("{op} has no fixture"))
            .unwrap_or_else(|e| panic!("{op} does not decode or encode: {e}"));
        assert_eq!(encoded, fixture(op), "{op} lost or changed a field");
    }
}

#[test]
fn debug_output_of_requests_and_responses_hides_credentials() -> Result {
    let response: types::SessionsAuthenticateResponse =
        serde_json::from_value(fixture("sessions_authenticate"))?;
    let token = response
        .session_token
        .as_deref()
        .ok_or("fixture has a session token")?;
    let jwt = response
        .session_jwt
        .as_deref()
        .ok_or("fixture has a session JWT")?;
    let printed = format!("{response:?}");
    assert!(!printed.contains(token), "session token in {printed}");
    assert!(!printed.contains(jwt), "session JWT in {printed}");
    assert!(printed.contains("SecretString([redacted])"));
    assert!(
        printed.contains("Ada Lovelace"),
        "non-secret fields still print"
    );

    let request = types::PasswordsAuthenticateRequest::try_from(
        types::PasswordsAuthenticateRequest::builder()
            .organization_id("organization-test-1")
            .email_address("ada@acme.example.com")
            .password("correct horse battery staple")
            .session_token("optional-token-value"),
    )?;
    let printed = format!("{request:?}");
    assert!(!printed.contains("correct horse"), "{printed}");
    assert!(!printed.contains("optional-token-value"), "{printed}");
    assert_eq!(
        serde_json::to_value(&request)?["password"],
        json!("correct horse battery staple"),
        "the wire form is the plain string"
    );
    Ok(())
}

#[test]
fn optional_setters_take_plain_values_and_set_variants_take_options() -> Result {
    let maybe_logo: Option<String> = None;
    let request = types::OrganizationsCreateRequest::try_from(
        types::OrganizationsCreateRequest::builder()
            .organization_name("Acme")
            .organization_slug("acme")
            .mfa_policy("REQUIRED_FOR_ALL")
            .set_organization_logo_url(maybe_logo),
    )?;
    assert_eq!(
        serde_json::to_value(&request)?,
        json!({"organization_name": "Acme", "organization_slug": "acme", "mfa_policy": "REQUIRED_FOR_ALL"})
    );
    Ok(())
}
