//! Helpers of the emulator tests: start-up with the test credentials, the API error of
//! a call that must fail (of either client), an organization and a member to work
//! in, and the decoded segments of the session JWTs it issues.

use std::fmt::Debug;

use serde_json::Value;
use stytch_b2b_api::types::StytchErrorBody;
use stytch_b2b_api::{Client, ResponseValue};
use stytch_b2b_emulator::{Emulator, EmulatorConfig, StartError};

use crate::{PROJECT_ID, SECRET, generated_client};

/// An emulator expecting [`PROJECT_ID`] and [`SECRET`].
pub async fn start_emulator() -> Result<Emulator, StartError> {
    Emulator::start(EmulatorConfig {
        project_id: PROJECT_ID.to_owned(),
        secret: SECRET.to_owned(),
        ..EmulatorConfig::default()
    })
    .await
}

/// [`start_emulator`] plus a generated client pointed at it.
pub async fn start_emulator_with_client() -> Result<(Emulator, Client), StartError> {
    let emu = start_emulator().await?;
    let client = generated_client(emu.base_url());
    Ok((emu, client))
}

/// The error response of a call that must have failed with an API error; panics
/// otherwise.
pub fn api_error_body<T: Debug>(
    result: Result<T, stytch_b2b_api::Error<StytchErrorBody>>,
) -> ResponseValue<StytchErrorBody> {
    match result {
        Err(stytch_b2b_api::Error::ErrorResponse(body)) => body,
        other => panic!("expected an API error, got {other:?}"),
    }
}

/// Status and `error_type` (empty when absent) of a call that must have failed with
/// an API error; panics otherwise.
pub fn api_error<T: Debug>(
    result: Result<T, stytch_b2b_api::Error<StytchErrorBody>>,
) -> (u16, String) {
    let body = api_error_body(result);
    let status = body.status().as_u16();
    (status, body.into_inner().error_type.unwrap_or_default())
}

/// The JSON of segment `index` of `jwt` (0: header, 1: payload).
///
/// The error is a `String` so that `?` turns it into either boxed error the tests
/// return (a `Send + Sync` box does not convert into a plain one).
pub fn jwt_segment(jwt: &str, index: usize) -> Result<Value, String> {
    use base64::Engine as _;
    let segment = jwt
        .split('.')
        .nth(index)
        .ok_or_else(|| format!("the JWT has no segment {index}"))?;
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(segment)
        .map_err(|e| format!("JWT segment {index} is not base64url: {e}"))?;
    serde_json::from_slice(&bytes).map_err(|e| format!("JWT segment {index} is not JSON: {e}"))
}

/// Status and error type of a call of the ergonomic client that must have failed with
/// an API error; panics otherwise.
pub fn refused<T: Debug>(result: Result<T, stytch_b2b::Error>) -> (u16, stytch_b2b::ErrorType) {
    match result {
        Err(e) => match (e.status(), e.error_type()) {
            (Some(status), Some(t)) => (status.as_u16(), t.clone()),
            _ => panic!("expected an API error, got {e:?}"),
        },
        Ok(ok) => panic!("expected an API error, got {ok:?}"),
    }
}

/// Creates the organization `slug` (named and slugged alike); returns its id.
pub async fn create_organization(
    client: &stytch_b2b::Client,
    slug: &str,
) -> Result<String, stytch_b2b::Error> {
    Ok(client
        .organizations()
        .create(
            stytch_b2b::types::OrganizationsCreateRequest::builder()
                .organization_name(slug)
                .organization_slug(slug.to_owned()),
        )
        .await?
        .organization
        .organization_id)
}

/// Creates a member of `org_id` with `email`; returns its id.
pub async fn create_member(
    client: &stytch_b2b::Client,
    org_id: &str,
    email: &str,
) -> Result<String, stytch_b2b::Error> {
    Ok(client
        .organizations()
        .members()
        .create(
            stytch_b2b::types::OrganizationsMembersCreateRequest::builder().email_address(email),
        )
        .organization_id(org_id)
        .await?
        .member_id)
}

/// The member `member_id` of `org_id`, read back.
pub async fn get_member(
    client: &stytch_b2b::Client,
    org_id: &str,
    member_id: &str,
) -> Result<stytch_b2b::types::Member, stytch_b2b::Error> {
    Ok(client
        .organizations()
        .members()
        .get()
        .organization_id(org_id)
        .member_id(member_id)
        .await?
        .member)
}
