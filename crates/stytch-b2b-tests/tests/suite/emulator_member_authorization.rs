//! Member authorization through the SDK against the emulator: on the operations the
//! spec marks `member_authorization`, a call made for a member (session token or JWT
//! in `X-Stytch-Member-Session` / `X-Stytch-Member-SessionJWT`) is allowed only if
//! the member's roles grant the operation's action, only in the member's own
//! organization, and only with a live session.

use std::collections::BTreeSet;

use reqwest::header::HeaderValue;
use serde_json::json;
use stytch_b2b::{Client, ErrorType, types};
use stytch_b2b_emulator::{Emulator, OAuthLogin};
use stytch_b2b_tests::emulator::{create_organization as org, refused, start_emulator};
use stytch_b2b_tests::expected_call::client_for;
use stytch_b2b_tests::{PROJECT_ID, SECRET, spec};

type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error>>;

/// A logged-in member: `(member_id, session_token, session_jwt)`.
type Login = (String, String, String);

/// A member of `org_id` with `roles`, logged in through a minted Google login:
/// `(member_id, session_token, session_jwt)`.
async fn member(
    emu: &Emulator,
    client: &Client,
    org_id: &str,
    email: &str,
    roles: &[&str],
) -> Result<Login> {
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

/// The emulator, its client, and organization acme with an admin
/// (`admin@acme.example`) and a plain member (`plain@acme.example`).
async fn acme_with_admin_and_plain() -> Result<(Emulator, Client, String, Login, Login)> {
    let emu = start_emulator().await?;
    let client = client_for(emu.base_url());
    let acme = org(&client, "acme").await?;
    let admin = member(
        &emu,
        &client,
        &acme,
        "admin@acme.example",
        &["stytch_admin"],
    )
    .await?;
    let plain = member(&emu, &client, &acme, "plain@acme.example", &[]).await?;
    Ok((emu, client, acme, admin, plain))
}

fn rename(name: &str) -> types::builder::OrganizationsUpdateRequest {
    types::OrganizationsUpdateRequest::builder().organization_name(name.to_owned())
}

#[tokio::test]
async fn permissions_decide_and_other_organizations_are_out_of_reach() -> Result {
    let (emu, client, acme, admin, plain) = acme_with_admin_and_plain().await?;
    let ((admin_id, admin_token, admin_jwt), (plain_id, plain_token, _)) = (admin, plain);
    let globex = org(&client, "globex").await?;
    let (other_id, _, _) = member(&emu, &client, &globex, "x@globex.example", &[]).await?;

    let rename_as = |org_id: &str, name: &str, token: &str| {
        client
            .organizations()
            .update(rename(name))
            .organization_id(org_id)
            .member_session_token(token.to_owned())
    };
    let search_as = |org_id: &str, token: &str| {
        client
            .organizations()
            .members()
            .search(
                types::OrganizationsMembersSearchRequest::builder()
                    .organization_ids(vec![org_id.to_owned()]),
            )
            .member_session_token(token.to_owned())
    };
    let update_as =
        |member_id: &str, body: types::builder::OrganizationsMembersUpdateRequest, token: &str| {
            client
                .organizations()
                .members()
                .update(body)
                .organization_id(&acme)
                .member_id(member_id)
                .member_session_token(token.to_owned())
        };
    let named =
        |name: &str| types::OrganizationsMembersUpdateRequest::builder().name(name.to_owned());

    // The organization: an admin may rename it, a plain member may not.
    let denied = rename_as(&acme, "Acme 2", &plain_token).await;
    assert_eq!(refused(denied), (403, ErrorType::SessionAuthorizationError));
    let renamed = rename_as(&acme, "Acme 2", &admin_token).await?;
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
    let elsewhere = rename_as(&globex, "Not yours", &admin_token).await;
    assert_eq!(
        refused(elsewhere),
        (403, ErrorType::SessionAuthorizationTenancyError)
    );
    let search_elsewhere = search_as(&globex, &admin_token).await;
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
    let found = search_as(&acme, &admin_token).await?;
    assert_eq!(found.members.len(), 2);
    let plain_search = search_as(&acme, &plain_token).await;
    assert_eq!(
        refused(plain_search),
        (403, ErrorType::SessionAuthorizationError)
    );

    // A member may change their own name (stytch.self), not their roles, and not
    // another member's name.
    let own = update_as(&plain_id, named("Plain"), &plain_token).await?;
    assert_eq!(own.member.name, "Plain");
    let to_admin =
        types::OrganizationsMembersUpdateRequest::builder().roles(vec!["stytch_admin".to_owned()]);
    let promote = update_as(&plain_id, to_admin, &plain_token).await;
    assert_eq!(
        refused(promote),
        (403, ErrorType::SessionAuthorizationError)
    );
    let others = update_as(&admin_id, named("Boss"), &plain_token).await;
    assert_eq!(refused(others), (403, ErrorType::SessionAuthorizationError));
    // The admin may.
    update_as(
        &plain_id,
        named("Plain Jane").roles(Vec::<String>::new()),
        &admin_token,
    )
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
    let directory = search_as(&acme, &plain_token).await?;
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
    let gone = rename_as(&acme, "Acme 4", &plain_token).await;
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
    let (emu, client, acme, (_, admin_token, _), (plain_id, plain_token, _)) =
        acme_with_admin_and_plain().await?;
    let (victim_id, _, _) = member(&emu, &client, &acme, "victim@acme.example", &[]).await?;
    let delete_as = |member_id: &str, token: &str| {
        client
            .organizations()
            .members()
            .delete()
            .organization_id(&acme)
            .member_id(member_id)
            .member_session_token(token.to_owned())
    };
    let denied = delete_as(&victim_id, &plain_token).await;
    assert_eq!(refused(denied), (403, ErrorType::SessionAuthorizationError));
    delete_as(&victim_id, &admin_token).await?;
    // Deleting oneself is a stytch.self action.
    delete_as(&plain_id, &plain_token).await?;
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
    let client = client_for(emu.base_url());
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

/// Puts `body` to `url` with the project's credentials and the member header `name`
/// set to `value`; returns the status, error type and message of the response.
async fn put_as_member(
    http: &reqwest::Client,
    url: &str,
    name: &str,
    value: HeaderValue,
    body: &serde_json::Value,
) -> Result<(u16, String, String)> {
    let response = http
        .put(url)
        .basic_auth(PROJECT_ID, Some(SECRET))
        .header(name, value)
        .json(body)
        .send()
        .await?;
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
    let client = client_for(emu.base_url());
    let acme = org(&client, "acme").await?;
    let http = reqwest::Client::new();
    let not_text = HeaderValue::from_bytes(b"\xff\xfe-token")?;
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
        let renamed = json!({"organization_name": "Renamed"});
        let (status, error_type, _) =
            put_as_member(&http, &url, name, not_text.clone(), &renamed).await?;
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
    let client = client_for(emu.base_url());
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
    let session = "X-Stytch-Member-Session";
    let array = positional_rename("Renamed by a plain member")?;
    for body in [array, json!("organization_name"), json!(7)] {
        let plain = HeaderValue::from_str(&plain_token)?;
        let (status, error_type, _) = put_as_member(&http, &url, session, plain, &body).await?;
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
    let renamed = json!({"organization_name": "Renamed"});
    for token in [&plain_token, &other_admin] {
        let token = HeaderValue::from_str(token)?;
        let (status, error_type, message) =
            put_as_member(&http, &bad_path, session, token, &renamed).await?;
        assert_eq!((status, error_type.as_str()), (400, "bad_request"));
        assert!(
            message.starts_with("The path parameters could not be read"),
            "{message}"
        );
    }
    Ok(())
}
