//! Path and query parameters: each is a named setter on the call, a required one left
//! unset and an empty path parameter fail when the call is awaited, naming the
//! parameter, and nothing is sent. (`project_id` is never unset: the call starts with
//! the client's project id, so only an empty one is refused.)

use std::fmt::Debug;

use httpmock::{Mock, MockServer};
use stytch_b2b::Error;
use stytch_b2b::organizations::{OrganizationsMembersUpdateRequest, OrganizationsUpdateRequest};
use stytch_b2b_tests::expected_call::{ExpectedCall, client};

use crate::TestResult;

const ORGANIZATION_ID: &str = "organization-test-1";
const MEMBER_ID: &str = "member-test-1";

/// A mock answering any request, to count what was sent.
async fn any_request(server: &MockServer) -> Mock<'_> {
    server
        .mock_async(|when, then| {
            when.any_request();
            then.status(200).body("{}");
        })
        .await
}

/// Asserts that `result` is the `InvalidRequest` of parameter `field`, with `message`.
fn assert_invalid_request<T: Debug>(result: Result<T, Error>, field: &str, message: &str) {
    match result {
        Err(Error::InvalidRequest {
            field: Some(named),
            message: shown,
        }) => {
            assert_eq!(named, field, "the parameter named in the error");
            assert_eq!(shown, message, "the message of the error about {field}");
        }
        other => panic!("expected Error::InvalidRequest for {field}, got {other:?}"),
    }
}

/// `InvalidRequest` of the required parameter `field` never set.
fn assert_unset<T: Debug>(result: Result<T, Error>, field: &str) {
    if let Err(error) = &result {
        assert!(!error.is_retryable(), "{error:?}");
    }
    assert_invalid_request(
        result,
        field,
        &format!("the required parameter {field} was not set"),
    );
}

/// `InvalidRequest` of the path parameter `field` set to an empty string.
fn assert_empty<T: Debug>(result: Result<T, Error>, field: &str) {
    assert_invalid_request(
        result,
        field,
        &format!("path parameter {field} must not be empty"),
    );
}

#[tokio::test]
async fn unset_required_path_parameter_fails_naming_it_and_sends_nothing() {
    let server = MockServer::start_async().await;
    let any = any_request(&server).await;
    let client = client(&server);

    assert_unset(client.organizations().get().await, "organization_id");
    assert_unset(client.organizations().delete().await, "organization_id");
    assert_unset(
        client
            .organizations()
            .update(OrganizationsUpdateRequest::builder().organization_name("Acme".to_owned()))
            .await,
        "organization_id",
    );
    assert_unset(
        client
            .organizations()
            .members()
            .delete()
            .organization_id(ORGANIZATION_ID)
            .await,
        "member_id",
    );
    assert_unset(
        client
            .organizations()
            .members()
            .delete()
            .member_id(MEMBER_ID)
            .await,
        "organization_id",
    );
    assert_unset(
        client
            .organizations()
            .members()
            .update(OrganizationsMembersUpdateRequest::builder().name("Grace Hopper".to_owned()))
            .organization_id(ORGANIZATION_ID)
            .await,
        "member_id",
    );
    assert_unset(
        client
            .organizations()
            .members()
            .delete_password()
            .organization_id(ORGANIZATION_ID)
            .await,
        "member_password_id",
    );
    assert_unset(
        client
            .organizations()
            .members()
            .get()
            .lookup(MEMBER_ID)
            .await,
        "organization_id",
    );
    assert_unset(
        client
            .sso()
            .saml()
            .delete_verification_certificate()
            .organization_id(ORGANIZATION_ID)
            .connection_id("saml-connection-test-1")
            .await,
        "certificate_id",
    );
    assert_unset(
        client
            .sso()
            .delete_connection()
            .organization_id(ORGANIZATION_ID)
            .await,
        "connection_id",
    );
    assert_unset(client.sso().get_connections().await, "organization_id");

    assert_eq!(any.calls_async().await, 0, "nothing may be sent");
}

#[tokio::test]
async fn unset_required_query_parameter_fails_naming_it_and_sends_nothing() {
    let server = MockServer::start_async().await;
    let any = any_request(&server).await;
    let client = client(&server);

    assert_unset(
        client
            .sessions()
            .get()
            .organization_id(ORGANIZATION_ID)
            .await,
        "member_id",
    );
    assert_unset(
        client.sessions().get().member_id(MEMBER_ID).await,
        "organization_id",
    );

    assert_eq!(any.calls_async().await, 0, "nothing may be sent");
}

#[tokio::test]
async fn empty_path_parameter_fails_naming_it_and_sends_nothing() {
    let server = MockServer::start_async().await;
    let any = any_request(&server).await;
    let client = client(&server);

    assert_empty(
        client.organizations().get().organization_id("").await,
        "organization_id",
    );
    assert_empty(
        client
            .organizations()
            .members()
            .update(OrganizationsMembersUpdateRequest::builder().name("Grace Hopper".to_owned()))
            .organization_id(ORGANIZATION_ID)
            .member_id("")
            .await,
        "member_id",
    );
    assert_empty(
        client
            .organizations()
            .members()
            .reactivate()
            .organization_id("")
            .member_id(MEMBER_ID)
            .await,
        "organization_id",
    );
    assert_empty(
        client
            .sso()
            .saml()
            .delete_verification_certificate()
            .organization_id(ORGANIZATION_ID)
            .connection_id("saml-connection-test-1")
            .certificate_id("")
            .await,
        "certificate_id",
    );
    assert_empty(
        client.sessions().get_jwks().project_id("").await,
        "project_id",
    );

    assert_eq!(any.calls_async().await, 0, "nothing may be sent");
}

/// Each id is set by name, so two ids cannot be swapped by writing them in the wrong
/// order: in either order each lands in its own path segment.
#[tokio::test]
async fn each_id_is_named_so_the_order_they_are_set_in_does_not_matter() -> TestResult {
    let server = MockServer::start_async().await;
    let mock =
        ExpectedCall::delete("/v1/b2b/organizations/organization-test-1/members/member-test-1")
            .mock(&server, "organizations_members_delete")
            .await;
    let client = client(&server);

    client
        .organizations()
        .members()
        .delete()
        .organization_id(ORGANIZATION_ID)
        .member_id(MEMBER_ID)
        .await?;
    client
        .organizations()
        .members()
        .delete()
        .member_id(MEMBER_ID)
        .organization_id(ORGANIZATION_ID)
        .await?;

    assert_eq!(mock.calls_async().await, 2);
    Ok(())
}

#[tokio::test]
async fn the_latest_value_of_a_path_parameter_is_the_one_checked_and_sent() -> TestResult {
    let server = MockServer::start_async().await;
    let mock = ExpectedCall::get("/v1/b2b/organizations/organization-test-1")
        .mock(&server, "organizations_get")
        .await;
    let client = client(&server);

    client
        .organizations()
        .get()
        .organization_id("")
        .organization_id(ORGANIZATION_ID)
        .await?;
    assert_empty(
        client
            .organizations()
            .get()
            .organization_id(ORGANIZATION_ID)
            .organization_id("")
            .await,
        "organization_id",
    );

    assert_eq!(mock.calls_async().await, 1);
    Ok(())
}
