//! `client.scim().connection()`: every call may act for a member, whose session is
//! then sent as `X-Stytch-Member-Session` or `X-Stytch-Member-SessionJWT`.

use futures_util::TryStreamExt as _;
use httpmock::{Method, Mock, MockServer};
use serde_json::{Value, json};
use stytch_b2b::scim::{
    ScimConnectionCreateRequest, ScimConnectionGetGroupsResponse, ScimConnectionUpdateRequest,
};
use stytch_b2b::types::ScimGroupImplicitRoleAssignments;
use stytch_b2b_tests::basic_auth_header;
use stytch_b2b_tests::expected_call::{assert_decodes_fixture, client, fixture};

use crate::{SESSION_JWT, SESSION_TOKEN, TestResult};

const CONNECTION_ID: &str = "scim-connection-test-3f1e8a2b-7c4d-4e5f-a6b7-c8d9e0f1a2b3";
const ORGANIZATION_PATH: &str = "/v1/b2b/scim/org%2Fwith%20space/connection";
const CONNECTION_PATH: &str = "/v1/b2b/scim/org%2Fwith%20space/connection/conn%2Fwith%20space";
const MEMBER_SESSION: &str = "x-stytch-member-session";
const MEMBER_SESSION_JWT: &str = "x-stytch-member-sessionjwt";

/// The member a call acts for, and so the member header the API receives.
#[derive(Debug, Clone, Copy)]
enum ActingFor {
    /// `member_session_token(SESSION_TOKEN)`: `X-Stytch-Member-Session` only.
    SessionToken,
    /// `member_session_jwt(SESSION_JWT)`: `X-Stytch-Member-SessionJWT` only.
    SessionJwt,
    /// Neither header.
    Nobody,
}

/// The exact request of a SCIM call, as `ExpectedCall` checks it (method, path, no
/// query beyond `query`, the exact JSON body with its content type or no body at all,
/// Basic auth and user agent), plus the member header of `acting_for` and not the
/// other one. A matching request is answered `200` with `response`.
async fn expect_member_call<'a>(
    server: &'a MockServer,
    method: Method,
    path: &str,
    query: &[(&str, &str)],
    body: Option<Value>,
    acting_for: ActingFor,
    response: Value,
) -> Mock<'a> {
    let path = path.to_owned();
    let query: Vec<(String, String)> = query
        .iter()
        .map(|(name, value)| ((*name).to_owned(), (*value).to_owned()))
        .collect();
    server
        .mock_async(move |when, then| {
            let mut when = when
                .method(method)
                .path(path)
                .header("authorization", basic_auth_header())
                .header("user-agent", stytch_b2b::USER_AGENT);
            let query_len = query.len();
            when = when.is_true(move |request| request.query_param_length() == query_len);
            for (name, value) in query {
                when = when.query_param(name, value);
            }
            when = match acting_for {
                ActingFor::SessionToken => when
                    .header(MEMBER_SESSION, SESSION_TOKEN)
                    .header_missing(MEMBER_SESSION_JWT),
                ActingFor::SessionJwt => when
                    .header(MEMBER_SESSION_JWT, SESSION_JWT)
                    .header_missing(MEMBER_SESSION),
                ActingFor::Nobody => when
                    .header_missing(MEMBER_SESSION)
                    .header_missing(MEMBER_SESSION_JWT),
            };
            match body {
                Some(body) => {
                    when.header("content-type", "application/json")
                        .json_body(body);
                }
                None => {
                    when.is_true(|request| request.body_ref().is_empty());
                }
            }
            then.status(200).json_body(response);
        })
        .await
}

#[tokio::test]
pub(crate) async fn scim_connection_create() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = expect_member_call(
            &server,
            Method::POST,
            ORGANIZATION_PATH,
            &[],
            Some(json!({"display_name": "Okta SCIM", "identity_provider": "okta"})),
            ActingFor::SessionToken,
            fixture("scim_connection_create"),
        )
        .await;

        let response = client(&server)
            .scim()
            .connection()
            .create(
                ScimConnectionCreateRequest::builder()
                    .display_name("Okta SCIM")
                    .identity_provider("okta"),
            )
            .organization_id("org/with space")
            .member_session_token(SESSION_TOKEN)
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "scim_connection_create");
        let connection = response.connection.as_ref().ok_or("no connection")?;
        assert_eq!(connection.connection_id, CONNECTION_ID);
        assert_eq!(
            connection.bearer_token.expose(),
            "scim-bearer-token-test-fake-0123456789abcdef"
        );
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn scim_connection_get() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = expect_member_call(
            &server,
            Method::GET,
            ORGANIZATION_PATH,
            &[],
            None,
            ActingFor::SessionJwt,
            fixture("scim_connection_get"),
        )
        .await;

        let response = client(&server)
            .scim()
            .connection()
            .get()
            .organization_id("org/with space")
            .member_session_jwt(SESSION_JWT)
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "scim_connection_get");
        let connection = response.connection.as_ref().ok_or("no connection")?;
        assert_eq!(connection.display_name, "Okta SCIM");
        assert_eq!(connection.next_bearer_token_last_four, "3210");
        assert_eq!(
            connection.bearer_token_expires_at.map(|t| t.to_rfc3339()),
            Some("2026-06-15T15:06:40+00:00".to_owned())
        );
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn scim_connection_get_groups() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = expect_member_call(
            &server,
            Method::GET,
            CONNECTION_PATH,
            &[("cursor", "cursor-page-1"), ("limit", "0")],
            None,
            ActingFor::SessionToken,
            fixture("scim_connection_get_groups"),
        )
        .await;

        let response = client(&server)
            .scim()
            .connection()
            .get_groups()
            .organization_id("org/with space")
            .connection_id("conn/with space")
            .cursor("cursor-page-1")
            .limit(0)
            .member_session_token(SESSION_TOKEN)
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "scim_connection_get_groups");
        let group = &response.scim_groups[0];
        assert_eq!(group.group_name, "Finance");
        assert_eq!(group.connection_id, CONNECTION_ID);
        assert_eq!(
            response.next_cursor.as_deref(),
            Some("cursor-test-5f3a1c7e-9b2d-4e6f-8a0c-1d3b5f7a9c2e")
        );
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn scim_connection_update() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = expect_member_call(
            &server,
            Method::PUT,
            CONNECTION_PATH,
            &[],
            Some(json!({
                "display_name": "Okta SCIM (EU)",
                "identity_provider": "okta",
                "scim_group_implicit_role_assignments": [
                    {
                        "role_id": "billing_admin",
                        "group_id": "scim-group-test-2c4e6a8b-0d1f-4a3c-9e5b-7d9f1b3d5f7a",
                        "group_name": "Finance"
                    }
                ]
            })),
            ActingFor::SessionJwt,
            fixture("scim_connection_update"),
        )
        .await;

        let assignment = ScimGroupImplicitRoleAssignments::try_from(
            ScimGroupImplicitRoleAssignments::builder()
                .role_id("billing_admin")
                .group_id("scim-group-test-2c4e6a8b-0d1f-4a3c-9e5b-7d9f1b3d5f7a")
                .group_name("Finance"),
        )?;
        let response = client(&server)
            .scim()
            .connection()
            .update(
                ScimConnectionUpdateRequest::builder()
                    .display_name("Okta SCIM (EU)")
                    .identity_provider("okta")
                    .scim_group_implicit_role_assignments(vec![assignment]),
            )
            .organization_id("org/with space")
            .connection_id("conn/with space")
            .member_session_jwt(SESSION_JWT)
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "scim_connection_update");
        let connection = response.connection.as_ref().ok_or("no connection")?;
        let assigned = &connection.scim_group_implicit_role_assignments[0];
        assert_eq!(
            (assigned.role_id.as_str(), assigned.group_name.as_str()),
            ("billing_admin", "Finance")
        );
        assert_eq!(connection.identity_provider, "okta");
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn scim_connection_delete() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = expect_member_call(
            &server,
            Method::DELETE,
            CONNECTION_PATH,
            &[],
            None,
            ActingFor::SessionToken,
            fixture("scim_connection_delete"),
        )
        .await;

        let response = client(&server)
            .scim()
            .connection()
            .delete()
            .organization_id("org/with space")
            .connection_id("conn/with space")
            .member_session_token(SESSION_TOKEN)
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "scim_connection_delete");
        assert_eq!(response.connection_id, CONNECTION_ID);
        assert_eq!(response.status_code, 200);
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn scim_connection_rotate_start() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = expect_member_call(
            &server,
            Method::POST,
            &format!("{CONNECTION_PATH}/rotate/start"),
            &[],
            Some(json!({})),
            ActingFor::SessionJwt,
            fixture("scim_connection_rotate_start"),
        )
        .await;

        let response = client(&server)
            .scim()
            .connection()
            .rotate_start()
            .organization_id("org/with space")
            .connection_id("conn/with space")
            .member_session_jwt(SESSION_JWT)
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "scim_connection_rotate_start");
        let connection = response.connection.as_ref().ok_or("no connection")?;
        assert_eq!(
            connection.next_bearer_token.expose(),
            "scim-bearer-token-test-fake-next-fedcba9876543210"
        );
        assert_eq!(connection.bearer_token_last_four, "cdef");
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn scim_connection_rotate_complete() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = expect_member_call(
            &server,
            Method::POST,
            &format!("{CONNECTION_PATH}/rotate/complete"),
            &[],
            Some(json!({})),
            ActingFor::SessionToken,
            fixture("scim_connection_rotate_complete"),
        )
        .await;

        let response = client(&server)
            .scim()
            .connection()
            .rotate_complete()
            .organization_id("org/with space")
            .connection_id("conn/with space")
            .member_session_token(SESSION_TOKEN)
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "scim_connection_rotate_complete");
        let connection = response.connection.as_ref().ok_or("no connection")?;
        assert_eq!(connection.connection_id, CONNECTION_ID);
        assert_eq!(connection.status, "active");
        Ok(())
    })
    .await;
}

#[tokio::test]
pub(crate) async fn scim_connection_rotate_cancel() {
    crate::wire_test(async {
        let server = MockServer::start_async().await;
        let mock = expect_member_call(
            &server,
            Method::POST,
            &format!("{CONNECTION_PATH}/rotate/cancel"),
            &[],
            Some(json!({})),
            ActingFor::SessionJwt,
            fixture("scim_connection_rotate_cancel"),
        )
        .await;

        let response = client(&server)
            .scim()
            .connection()
            .rotate_cancel()
            .organization_id("org/with space")
            .connection_id("conn/with space")
            .member_session_jwt(SESSION_JWT)
            .await?;

        mock.assert_async().await;
        assert_decodes_fixture(&response, "scim_connection_rotate_cancel");
        let connection = response.connection.as_ref().ok_or("no connection")?;
        assert_eq!(connection.connection_id, CONNECTION_ID);
        assert_eq!(
            connection
                .next_bearer_token_expires_at
                .map(|t| t.to_rfc3339()),
            Some("2026-07-15T15:06:40+00:00".to_owned())
        );
        Ok(())
    })
    .await;
}

/// An empty member session token or JWT sends no member header: the call is made
/// with the project's credentials alone.
#[tokio::test]
async fn scim_empty_member_credentials_send_no_member_header() -> TestResult {
    let server = MockServer::start_async().await;
    let mock = expect_member_call(
        &server,
        Method::GET,
        ORGANIZATION_PATH,
        &[],
        None,
        ActingFor::Nobody,
        fixture("scim_connection_get"),
    )
    .await;
    let client = client(&server);

    client
        .scim()
        .connection()
        .get()
        .organization_id("org/with space")
        .member_session_token("")
        .await?;
    client
        .scim()
        .connection()
        .get()
        .organization_id("org/with space")
        .member_session_jwt("")
        .await?;
    client
        .scim()
        .connection()
        .get()
        .organization_id("org/with space")
        .member_session_token("")
        .member_session_jwt("")
        .await?;
    client
        .scim()
        .connection()
        .get()
        .organization_id("org/with space")
        .await?;

    mock.assert_calls_async(4).await;
    Ok(())
}

/// Page `number` of a three-page group listing, naming the cursor of the next page
/// (none on the last).
fn groups_page(number: usize) -> Value {
    let mut page = fixture("scim_connection_get_groups");
    page["scim_groups"][0]["group_name"] = json!(format!("Group {number}"));
    page["next_cursor"] = json!((number < 3).then(|| format!("cursor-page-{}", number + 1)));
    page
}

/// `pages(n)` on the group listing follows `next_cursor` through the `cursor` query
/// parameter, acting for the same member on every page.
#[tokio::test]
async fn scim_connection_get_groups_pages_follow_the_cursor_as_the_member() -> TestResult {
    let server = MockServer::start_async().await;
    let mut mocks = Vec::new();
    for number in 1..=3 {
        let cursor = format!("cursor-page-{number}");
        let query: Vec<(&str, &str)> = match number {
            1 => vec![("limit", "2")],
            _ => vec![("limit", "2"), ("cursor", cursor.as_str())],
        };
        mocks.push(
            expect_member_call(
                &server,
                Method::GET,
                CONNECTION_PATH,
                &query,
                None,
                ActingFor::SessionToken,
                groups_page(number),
            )
            .await,
        );
    }

    let pages: Vec<ScimConnectionGetGroupsResponse> = client(&server)
        .scim()
        .connection()
        .get_groups()
        .organization_id("org/with space")
        .connection_id("conn/with space")
        .limit(2)
        .member_session_token(SESSION_TOKEN)
        .pages(10)
        .try_collect()
        .await?;

    let names: Vec<&str> = pages
        .iter()
        .map(|page| page.scim_groups[0].group_name.as_str())
        .collect();
    assert_eq!(names, ["Group 1", "Group 2", "Group 3"]);
    for mock in &mocks {
        mock.assert_calls_async(1).await;
    }
    Ok(())
}
