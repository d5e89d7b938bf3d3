//! Member authorization through the SDK against the emulator: on the operations the
//! spec marks `member_authorization`, a call made for a member (session token or JWT
//! in `X-Stytch-Member-Session` / `X-Stytch-Member-SessionJWT`) is allowed only if
//! the member's roles grant the operation's action, only in the member's own
//! organization, and only with a live session.

use std::collections::BTreeSet;

use serde_json::json;
use stytch_b2b::{Client, ErrorType, types};
use stytch_b2b_emulator::{Emulator, OAuthLogin};
use stytch_b2b_tests::emulator::start_emulator;
use stytch_b2b_tests::{PROJECT_ID, SECRET, spec};

type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error>>;

fn sdk(emu: &Emulator) -> Result<Client> {
    Ok(Client::builder(PROJECT_ID, SECRET)
        .base_url(emu.base_url())
        .build()?)
}

/// Status and error type of a call that must fail with an API error.
fn refused<T: std::fmt::Debug>(
    result: std::result::Result<T, stytch_b2b::Error>,
) -> (u16, ErrorType) {
    match result {
        Err(e) => match (e.status(), e.error_type()) {
            (Some(status), Some(t)) => (status.as_u16(), t.clone()),
            _ => panic!("expected an API error, got {e:?}"),
        },
        Ok(ok) => panic!("expected an API error, got {ok:?}"),
    }
}

async fn org(client: &Client, slug: &str) -> Result<String> {
    Ok(client
        .organizations()
        .create(
            types::OrganizationsCreateRequest::builder()
                .organization_name(slug)
                .organization_slug(slug.to_owned()),
        )
        .await?
        .organization
        .organization_id)
}

/// A member of `org_id` with `roles`, logged in through a minted Google login:
/// `(member_id, session_token, session_jwt)`.
async fn member(
    emu: &Emulator,
    client: &Client,
    org_id: &str,
    email: &str,
    roles: &[&str],
) -> Result<(String, String, String)> {
    let member_id = client
        .organizations()
        .members()
        .create(
            types::OrganizationsMembersCreateRequest::builder()
                .email_address(email)
                .roles(roles.iter().map(|r| (*r).to_owned()).collect::<Vec<_>>()),
        )
        .organization_id(org_id)
        .await?
        .member_id;
    let token = emu.mint_oauth_token(&OAuthLogin::google(Some(org_id), email))?;
    let authed = client
        .oauth()
        .authenticate(types::OauthAuthenticateRequest::builder().oauth_token(token))
        .await?;
    let session_token = authed.session_token.ok_or("no session token")?;
    let session_jwt = authed.session_jwt.ok_or("no session jwt")?;
    Ok((
        member_id,
        session_token.expose().to_owned(),
        session_jwt.expose().to_owned(),
    ))
}

fn rename(name: &str) -> types::builder::OrganizationsUpdateRequest {
    types::OrganizationsUpdateRequest::builder().organization_name(name.to_owned())
}

#[tokio::test]
async fn permissions_decide_and_other_organizations_are_out_of_reach() -> Result {
    let emu = start_emulator().await?;
    let client = sdk(&emu)?;
    let acme = org(&client, "acme").await?;
    let globex = org(&client, "globex").await?;
    let (admin_id, admin_token, admin_jwt) = member(
        &emu,
        &client,
        &acme,
        "admin@acme.example",
        &["stytch_admin"],
    )
    .await?;
    let (plain_id, plain_token, _) =
        member(&emu, &client, &acme, "plain@acme.example", &[]).await?;
    let (other_id, _, _) = member(&emu, &client, &globex, "x@globex.example", &[]).await?;

    // The organization: an admin may rename it, a plain member may not.
    let denied = client
        .organizations()
        .update(rename("Acme 2"))
        .organization_id(&acme)
        .member_session_token(plain_token.clone())
        .await;
    assert_eq!(refused(denied), (403, ErrorType::SessionAuthorizationError));
    let renamed = client
        .organizations()
        .update(rename("Acme 2"))
        .organization_id(&acme)
        .member_session_token(admin_token.clone())
        .await?;
    assert_eq!(renamed.organization.organization_name, "Acme 2");
    // By JWT as well.
    client
        .organizations()
        .update(rename("Acme 3"))
        .organization_id(&acme)
        .member_session_jwt(admin_jwt.clone())
        .await?;
    // Trusted metadata is never the member's to set.
    let trusted = client
        .organizations()
        .update(
            types::OrganizationsUpdateRequest::builder()
                .set_trusted_metadata(json!({"plan": "gold"}).as_object().cloned()),
        )
        .organization_id(&acme)
        .member_session_token(admin_token.clone())
        .await;
    assert_eq!(
        refused(trusted),
        (400, ErrorType::CannotUpdateTrustedMetadata)
    );

    // Tenancy: the admin of acme has no say over globex.
    let elsewhere = client
        .organizations()
        .update(rename("Not yours"))
        .organization_id(&globex)
        .member_session_token(admin_token.clone())
        .await;
    assert_eq!(
        refused(elsewhere),
        (403, ErrorType::SessionAuthorizationTenancyError)
    );
    let search_elsewhere = client
        .organizations()
        .members()
        .search(
            types::OrganizationsMembersSearchRequest::builder()
                .organization_ids(vec![globex.clone()]),
        )
        .member_session_token(admin_token.clone())
        .await;
    assert_eq!(
        refused(search_elsewhere),
        (403, ErrorType::SessionAuthorizationTenancyError)
    );
    let deleting_elsewhere = client
        .organizations()
        .members()
        .delete()
        .organization_id(&globex)
        .member_id(&other_id)
        .member_session_token(admin_token.clone())
        .await;
    assert_eq!(
        refused(deleting_elsewhere),
        (403, ErrorType::SessionAuthorizationTenancyError)
    );

    // Members: searching needs stytch.member search.
    let found = client
        .organizations()
        .members()
        .search(
            types::OrganizationsMembersSearchRequest::builder()
                .organization_ids(vec![acme.clone()]),
        )
        .member_session_token(admin_token.clone())
        .await?;
    assert_eq!(found.members.len(), 2);
    let plain_search = client
        .organizations()
        .members()
        .search(
            types::OrganizationsMembersSearchRequest::builder()
                .organization_ids(vec![acme.clone()]),
        )
        .member_session_token(plain_token.clone())
        .await;
    assert_eq!(
        refused(plain_search),
        (403, ErrorType::SessionAuthorizationError)
    );

    // A member may change their own name (stytch.self), not their roles, and not
    // another member's name.
    let own = client
        .organizations()
        .members()
        .update(types::OrganizationsMembersUpdateRequest::builder().name("Plain".to_owned()))
        .organization_id(&acme)
        .member_id(&plain_id)
        .member_session_token(plain_token.clone())
        .await?;
    assert_eq!(own.member.name, "Plain");
    let promote = client
        .organizations()
        .members()
        .update(
            types::OrganizationsMembersUpdateRequest::builder()
                .roles(vec!["stytch_admin".to_owned()]),
        )
        .organization_id(&acme)
        .member_id(&plain_id)
        .member_session_token(plain_token.clone())
        .await;
    assert_eq!(
        refused(promote),
        (403, ErrorType::SessionAuthorizationError)
    );
    let others = client
        .organizations()
        .members()
        .update(types::OrganizationsMembersUpdateRequest::builder().name("Boss".to_owned()))
        .organization_id(&acme)
        .member_id(&admin_id)
        .member_session_token(plain_token.clone())
        .await;
    assert_eq!(refused(others), (403, ErrorType::SessionAuthorizationError));
    // The admin may.
    client
        .organizations()
        .members()
        .update(
            types::OrganizationsMembersUpdateRequest::builder()
                .name("Plain Jane".to_owned())
                .roles(Vec::<String>::new()),
        )
        .organization_id(&acme)
        .member_id(&plain_id)
        .member_session_token(admin_token.clone())
        .await?;

    // A custom role of the organization grants what it lists.
    let policy: types::OrgPolicy = serde_json::from_value(json!({"roles": [{
        "role_id": "directory", "description": "reads the member directory",
        "permissions": [{"resource_id": "stytch.member", "actions": ["search"]}]}]}))?;
    client
        .rbac()
        .organizations()
        .set_org_policy(types::RbacOrganizationsSetOrgPolicyRequest::builder().org_policy(policy))
        .organization_id(&acme)
        .await?;
    client
        .organizations()
        .members()
        .update(
            types::OrganizationsMembersUpdateRequest::builder().roles(vec!["directory".to_owned()]),
        )
        .organization_id(&acme)
        .member_id(&plain_id)
        .await?;
    let directory = client
        .organizations()
        .members()
        .search(
            types::OrganizationsMembersSearchRequest::builder()
                .organization_ids(vec![acme.clone()]),
        )
        .member_session_token(plain_token.clone())
        .await?;
    assert_eq!(directory.members.len(), 2);

    // Sessions: revoking one's own session needs nothing beyond stytch.self;
    // revoking another member's needs stytch.member revoke_sessions.
    let revoke_admin = client
        .sessions()
        .revoke(types::SessionsRevokeRequest::builder().member_id(admin_id.clone()))
        .member_session_token(plain_token.clone())
        .await;
    assert_eq!(
        refused(revoke_admin),
        (403, ErrorType::SessionAuthorizationError)
    );
    client
        .sessions()
        .revoke(types::SessionsRevokeRequest::builder().session_token(plain_token.clone()))
        .member_session_token(plain_token.clone())
        .await?;

    // A revoked or unknown session is not found; an unparseable JWT is refused.
    let gone = client
        .organizations()
        .update(rename("Acme 4"))
        .organization_id(&acme)
        .member_session_token(plain_token.clone())
        .await;
    assert_eq!(refused(gone), (404, ErrorType::SessionNotFound));
    let garbage = client
        .organizations()
        .update(rename("Acme 4"))
        .organization_id(&acme)
        .member_session_jwt("not-a-jwt")
        .await;
    assert_eq!(refused(garbage), (401, ErrorType::UnableToParseSessionJwt));

    // Without a member session, the project's credentials decide alone.
    client
        .organizations()
        .update(rename("Acme 5"))
        .organization_id(&acme)
        .await?;
    Ok(())
}

#[tokio::test]
async fn an_admin_deletes_a_member_a_plain_member_cannot() -> Result {
    let emu = start_emulator().await?;
    let client = sdk(&emu)?;
    let acme = org(&client, "acme").await?;
    let (_, admin_token, _) = member(
        &emu,
        &client,
        &acme,
        "admin@acme.example",
        &["stytch_admin"],
    )
    .await?;
    let (plain_id, plain_token, _) =
        member(&emu, &client, &acme, "plain@acme.example", &[]).await?;
    let (victim_id, _, _) = member(&emu, &client, &acme, "victim@acme.example", &[]).await?;
    let denied = client
        .organizations()
        .members()
        .delete()
        .organization_id(&acme)
        .member_id(&victim_id)
        .member_session_token(plain_token.clone())
        .await;
    assert_eq!(refused(denied), (403, ErrorType::SessionAuthorizationError));
    client
        .organizations()
        .members()
        .delete()
        .organization_id(&acme)
        .member_id(&victim_id)
        .member_session_token(admin_token.clone())
        .await?;
    // Deleting oneself is a stytch.self action.
    client
        .organizations()
        .members()
        .delete()
        .organization_id(&acme)
        .member_id(&plain_id)
        .member_session_token(plain_token.clone())
        .await?;
    // SSO and SCIM management is the admin's.
    let sso = client
        .sso()
        .get_connections()
        .organization_id(&acme)
        .member_session_token(admin_token.clone())
        .await?;
    assert!(sso.saml_connections.is_empty());
    Ok(())
}

/// The `x-stytch-sdk.member_authorization` operations of the spec.
fn member_authorization_operations() -> Result<BTreeSet<String>> {
    let text = std::fs::read_to_string(spec::SPEC_PATH)?;
    let doc: serde_yaml::Value = serde_yaml::from_str(&text)?;
    let mut out = BTreeSet::new();
    for (_, item) in doc["paths"].as_mapping().ok_or("no paths")? {
        for (_, op) in item.as_mapping().ok_or("bad path item")? {
            if op["x-stytch-sdk"]["member_authorization"].as_bool() == Some(true) {
                out.insert(op["operationId"].as_str().ok_or("no id")?.to_owned());
            }
        }
    }
    Ok(out)
}

#[tokio::test]
async fn every_member_authorization_operation_checks_the_member_session() -> Result {
    let emu = start_emulator().await?;
    let client = sdk(&emu)?;
    let acme = org(&client, "acme").await?;
    let wanted = member_authorization_operations()?;
    assert_eq!(wanted.len(), 40);
    let http = reqwest::Client::new();
    let mut checked = BTreeSet::new();
    for op in spec::operations()? {
        if !wanted.contains(&op.id) {
            continue;
        }
        let path = op
            .path
            .replace("{organization_id}", &acme)
            .split('/')
            .map(|s| if s.starts_with('{') { "some-id" } else { s })
            .collect::<Vec<_>>()
            .join("/");
        let method = reqwest::Method::from_bytes(op.method.as_bytes())?;
        let response = http
            .request(method, format!("{}{path}", emu.base_url()))
            .basic_auth(PROJECT_ID, Some(SECRET))
            .header("X-Stytch-Member-Session", "no-such-session")
            .json(&json!({"organization_id": acme, "organization_ids": [acme]}))
            .send()
            .await?;
        let status = response.status().as_u16();
        let body: serde_json::Value = response.json().await?;
        assert_eq!(
            (status, body["error_type"].as_str()),
            (404, Some("session_not_found")),
            "{} {} ({})",
            op.method,
            op.path,
            op.id
        );
        checked.insert(op.id);
    }
    assert_eq!(checked, wanted);

    // Elsewhere the header is not read.
    let got = http
        .get(format!("{}/v1/b2b/organizations/{acme}", emu.base_url()))
        .basic_auth(PROJECT_ID, Some(SECRET))
        .header("X-Stytch-Member-Session", "no-such-session")
        .send()
        .await?;
    assert_eq!(got.status(), 200);
    Ok(())
}

/// Status, error type and message of a raw response.
async fn raw_refusal(response: reqwest::Response) -> Result<(u16, String, String)> {
    let status = response.status().as_u16();
    let body: serde_json::Value = response.json().await?;
    Ok((
        status,
        body["error_type"].as_str().unwrap_or_default().to_owned(),
        body["error_message"]
            .as_str()
            .unwrap_or_default()
            .to_owned(),
    ))
}

#[tokio::test]
async fn a_malformed_member_header_matters_only_where_members_are_authorized() -> Result {
    let emu = start_emulator().await?;
    let client = sdk(&emu)?;
    let acme = org(&client, "acme").await?;
    let http = reqwest::Client::new();
    let not_text = reqwest::header::HeaderValue::from_bytes(b"\xff\xfe-token")?;
    let url = format!("{}/v1/b2b/organizations/{acme}", emu.base_url());

    // Getting an organization is not authorized per member: the headers pass unread.
    for name in ["X-Stytch-Member-Session", "X-Stytch-Member-SessionJWT"] {
        let got = http
            .get(&url)
            .basic_auth(PROJECT_ID, Some(SECRET))
            .header(name, not_text.clone())
            .send()
            .await?;
        assert_eq!(got.status(), 200, "{name}");
    }
    // Updating it is: no session has such a token.
    for name in ["X-Stytch-Member-Session", "X-Stytch-Member-SessionJWT"] {
        let refused = http
            .put(&url)
            .basic_auth(PROJECT_ID, Some(SECRET))
            .header(name, not_text.clone())
            .json(&json!({"organization_name": "Renamed"}))
            .send()
            .await?;
        let (status, error_type, _) = raw_refusal(refused).await?;
        assert_eq!(
            (status, error_type.as_str()),
            (404, "session_not_found"),
            "{name}"
        );
    }
    let unchanged = client.organizations().get().organization_id(&acme).await?;
    assert_eq!(unchanged.organization.organization_name, "acme");
    Ok(())
}

/// `OrganizationsUpdateRequest` as a JSON array, its fields in declaration order (serde
/// decodes a struct from either shape), with `organization_name` set to `name`.
fn positional_rename(name: &str) -> Result<serde_json::Value> {
    let decodes = |fields: &[serde_json::Value]| {
        serde_json::from_value::<types::OrganizationsUpdateRequest>(json!(fields)).ok()
    };
    let arity = (1..200)
        .find(|n| decodes(&vec![serde_json::Value::Null; *n]).is_some())
        .ok_or("no arity")?;
    for at in 0..arity {
        let mut fields = vec![serde_json::Value::Null; arity];
        fields[at] = json!(name);
        if decodes(&fields)
            .and_then(|r| r.organization_name)
            .as_deref()
            == Some(name)
        {
            return Ok(json!(fields));
        }
    }
    Err("organization_name not found".into())
}

#[tokio::test]
async fn the_check_fails_closed_on_unreadable_path_parameters_and_bodies() -> Result {
    let emu = start_emulator().await?;
    let client = sdk(&emu)?;
    let acme = org(&client, "acme").await?;
    let globex = org(&client, "globex").await?;
    let (_, plain_token, _) = member(&emu, &client, &acme, "plain@acme.example", &[]).await?;
    let (_, other_admin, _) = member(
        &emu,
        &client,
        &globex,
        "admin@globex.example",
        &["stytch_admin"],
    )
    .await?;
    let http = reqwest::Client::new();
    let url = format!("{}/v1/b2b/organizations/{acme}", emu.base_url());

    // A body the rule cannot read is refused, not checked without its fields: a plain
    // member may not rename the organization, whatever shape the body has.
    let array = positional_rename("Renamed by a plain member")?;
    for body in [array, json!("organization_name"), json!(7)] {
        let response = http
            .put(&url)
            .basic_auth(PROJECT_ID, Some(SECRET))
            .header("X-Stytch-Member-Session", &plain_token)
            .json(&body)
            .send()
            .await?;
        let (status, error_type, _) = raw_refusal(response).await?;
        assert_eq!(
            (status, error_type.as_str()),
            (400, "bad_request"),
            "{body}"
        );
    }
    let unchanged = client.organizations().get().organization_id(&acme).await?;
    assert_eq!(unchanged.organization.organization_name, "acme");
    // The same body from the project alone is the handler's to judge.
    let response = http
        .put(&url)
        .basic_auth(PROJECT_ID, Some(SECRET))
        .json(&json!("organization_name"))
        .send()
        .await?;
    assert_eq!(response.status(), 400);

    // Path parameters that cannot be read (not UTF-8 once decoded) are refused before
    // the check, for members of the organization and of others alike.
    let bad_path = format!("{}/v1/b2b/organizations/%FF%FE", emu.base_url());
    for token in [&plain_token, &other_admin] {
        let response = http
            .put(&bad_path)
            .basic_auth(PROJECT_ID, Some(SECRET))
            .header("X-Stytch-Member-Session", token)
            .json(&json!({"organization_name": "Renamed"}))
            .send()
            .await?;
        let (status, error_type, message) = raw_refusal(response).await?;
        assert_eq!((status, error_type.as_str()), (400, "bad_request"));
        assert!(
            message.starts_with("The path parameters could not be read"),
            "{message}"
        );
    }
    Ok(())
}
