//! SSO implicit role assignment through the SDK against the emulator: a member who
//! logs in through a SAML or external connection gets the connection's implicit
//! roles (source `sso_connection`) and the roles of the IdP groups the assertion
//! carried (source `sso_connection_group`), in the member object, the session, the
//! session JWT and member-authorization checks; a session without an SSO factor of
//! the connection does not hold them, and removing an assignment (or a group from
//! the next assertion) removes the role.

use serde_json::{Value, json};
use stytch_b2b::{Client, ErrorType, types};
use stytch_b2b_emulator::{Emulator, OAuthLogin, SsoLogin};
use stytch_b2b_tests::emulator::{
    create_organization, get_member, jwt_segment, refused, start_emulator,
};
use stytch_b2b_tests::expected_call::client_for;

type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error>>;

/// Custom role that may search members (granted by the connection itself).
const SEARCHER: &str = "searcher";
/// Custom role that may rename the organization (granted by an IdP group).
const RENAMER: &str = "renamer";

/// Gives `org_id` the custom roles [`SEARCHER`] and [`RENAMER`].
async fn custom_roles(client: &Client, org_id: &str) -> Result {
    let role = |id: &str, resource: &str, action: &str| {
        json!({"role_id": id, "description": "custom", "permissions": [
            {"resource_id": resource, "actions": [action]}]})
    };
    let policy: types::OrgPolicy = serde_json::from_value(json!({"roles": [
        role(SEARCHER, "stytch.member", "search"),
        role(RENAMER, "stytch.organization", "update.info.name"),
    ]}))?;
    client
        .rbac()
        .organizations()
        .set_org_policy(types::RbacOrganizationsSetOrgPolicyRequest::builder().org_policy(policy))
        .organization_id(org_id)
        .await?;
    Ok(())
}

/// The SAML connection's implicit role assignments: `connection_roles` for everyone
/// registered, `(group, role)` pairs for IdP groups.
async fn saml_assignments(
    client: &Client,
    org_id: &str,
    connection_id: &str,
    connection_roles: &[&str],
    group_roles: &[(&str, &str)],
) -> Result<types::SamlConnection> {
    let body = types::SsoSamlUpdateConnectionRequest::builder()
        .saml_connection_implicit_role_assignments(
            connection_roles
                .iter()
                .map(|r| types::SamlConnectionImplicitRoleAssignment {
                    role_id: (*r).to_owned(),
                })
                .collect::<Vec<_>>(),
        )
        .saml_group_implicit_role_assignments(
            group_roles
                .iter()
                .map(|(g, r)| types::SamlGroupImplicitRoleAssignment {
                    group: (*g).to_owned(),
                    role_id: (*r).to_owned(),
                })
                .collect::<Vec<_>>(),
        );
    Ok(client
        .sso()
        .saml()
        .update_connection(body)
        .organization_id(org_id)
        .connection_id(connection_id)
        .await?
        .connection
        .ok_or("no connection")?)
}

/// An SSO login of `email` through `connection_id` whose assertion carries `groups`:
/// `(member, session, session_token, session_jwt)`.
async fn sso_login(
    emu: &Emulator,
    client: &Client,
    connection_id: &str,
    email: &str,
    groups: &[&str],
) -> Result<(types::Member, types::MemberSession, String, String)> {
    let token = emu.mint_sso_token(&SsoLogin {
        groups: groups.iter().map(|g| (*g).to_owned()).collect(),
        ..SsoLogin::new(connection_id, email)
    })?;
    let authed = client
        .sso()
        .authenticate(types::SsoAuthenticateRequest::builder().sso_token(token))
        .await?;
    let session = authed.member_session.ok_or("no member session")?;
    let token = authed.session_token.ok_or("no session token")?;
    let jwt = authed.session_jwt.ok_or("no session jwt")?;
    Ok((
        authed.member,
        session,
        token.expose().to_owned(),
        jwt.expose().to_owned(),
    ))
}

/// The sources of `role_id` in `member.roles`, as `(type, details)`.
fn sources(member: &types::Member, role_id: &str) -> Vec<(String, Value)> {
    member
        .roles
        .iter()
        .filter(|r| r.role_id == role_id)
        .flat_map(|r| &r.sources)
        .map(|s| (s.type_.clone(), Value::Object(s.details.clone())))
        .collect()
}

/// The role ids of the `https://stytch.com/session` claim of `jwt`.
fn jwt_roles(jwt: &str) -> Result<Vec<String>> {
    let claims = jwt_segment(jwt, 1)?;
    let roles = claims["https://stytch.com/session"]["roles"]
        .as_array()
        .ok_or("no roles claim")?;
    Ok(roles
        .iter()
        .filter_map(|r| r.as_str().map(str::to_owned))
        .collect())
}

/// Asserts that `member` holds [`SEARCHER`] from `connection_id` itself and
/// [`RENAMER`] from its IdP group `group`, with Stytch's source types and details.
fn assert_connection_roles(member: &types::Member, connection_id: &str, group: &str) {
    assert_eq!(
        sources(member, SEARCHER),
        [(
            "sso_connection".to_owned(),
            json!({"connection_id": connection_id})
        )]
    );
    assert_eq!(
        sources(member, RENAMER),
        [(
            "sso_connection_group".to_owned(),
            json!({"connection_id": connection_id, "group": group})
        )]
    );
}

fn has(roles: &[String], role: &str) -> bool {
    roles.iter().any(|r| r == role)
}

/// Renames `org_id` on behalf of the member session `token`.
async fn rename_as(
    client: &Client,
    org_id: &str,
    name: &str,
    token: &str,
) -> std::result::Result<(), stytch_b2b::Error> {
    client
        .organizations()
        .update(types::OrganizationsUpdateRequest::builder().organization_name(name.to_owned()))
        .organization_id(org_id)
        .member_session_token(token.to_owned())
        .await
        .map(|_| ())
}

/// `sessions/authenticate` of `token` with an authorization check of
/// `update.info.name` on the organization.
async fn may_rename(
    client: &Client,
    org_id: &str,
    token: &str,
) -> std::result::Result<types::SessionsAuthenticateResponse, stytch_b2b::Error> {
    client
        .sessions()
        .authenticate(
            types::SessionsAuthenticateRequest::builder()
                .session_token(token.to_owned())
                .authorization_check(types::AuthorizationCheck {
                    action: "update.info.name".to_owned(),
                    organization_id: org_id.to_owned(),
                    resource_id: "stytch.organization".to_owned(),
                }),
        )
        .await
}

/// An organization with the custom roles and a SAML connection: `(org_id, connection_id)`.
async fn org_with_saml(client: &Client, slug: &str) -> Result<(String, String)> {
    let org_id = create_organization(client, slug).await?;
    custom_roles(client, &org_id).await?;
    let saml = client
        .sso()
        .saml()
        .create_connection(
            types::SsoSamlCreateConnectionRequest::builder().display_name("Okta".to_owned()),
        )
        .organization_id(&org_id)
        .await?
        .connection
        .ok_or("no connection")?;
    Ok((org_id, saml.connection_id))
}

/// The emulator, a client and an organization with the custom roles and a SAML
/// connection with the given [`saml_assignments`]: `(emu, client, org_id, connection)`.
async fn start_with_saml(
    slug: &str,
    connection_roles: &[&str],
    group_roles: &[(&str, &str)],
) -> Result<(Emulator, Client, String, types::SamlConnection)> {
    let emu = start_emulator().await?;
    let client = client_for(emu.base_url());
    let (org_id, saml_id) = org_with_saml(&client, slug).await?;
    let connection =
        saml_assignments(&client, &org_id, &saml_id, connection_roles, group_roles).await?;
    Ok((emu, client, org_id, connection))
}

#[tokio::test]
async fn saml_roles_reach_the_member_the_session_its_jwt_and_authorization() -> Result {
    let (emu, client, org_id, connection) = start_with_saml(
        "sso-roles",
        &[SEARCHER],
        &[("engineering", RENAMER), ("sales", "stytch_admin")],
    )
    .await?;
    let saml_id = connection.connection_id.clone();
    assert_eq!(connection.saml_group_implicit_role_assignments.len(), 2);

    let (member, session, token, jwt) = sso_login(
        &emu,
        &client,
        &saml_id,
        "ada@sso.example",
        &["engineering", "support"],
    )
    .await?;
    // The member object: each role with Stytch's source type and details.
    assert_connection_roles(&member, &saml_id, "engineering");
    // Only groups the assertion carried count.
    assert!(sources(&member, "stytch_admin").is_empty() && !member.is_admin);
    // The session and its JWT.
    for roles in [session.roles.clone(), jwt_roles(&jwt)?] {
        assert!(has(&roles, "stytch_member") && has(&roles, SEARCHER) && has(&roles, RENAMER));
    }
    // Member authorization and the authorization check.
    rename_as(&client, &org_id, "Renamed by SSO", &token).await?;
    let verdict = may_rename(&client, &org_id, &token)
        .await?
        .verdict
        .ok_or("no verdict")?;
    assert!(verdict.authorized);
    assert_eq!(verdict.granting_roles, [RENAMER]);
    let searched = client
        .organizations()
        .members()
        .search(
            types::OrganizationsMembersSearchRequest::builder()
                .organization_ids(vec![org_id.clone()]),
        )
        .member_session_token(token.clone())
        .await?;
    assert_eq!(searched.members.len(), 1);

    // Read back: the member keeps the roles between logins.
    let got = get_member(&client, &org_id, &member.member_id).await?;
    assert_eq!(sources(&got, RENAMER).len(), 1);
    Ok(())
}

#[tokio::test]
async fn a_session_without_an_sso_factor_of_the_connection_does_not_hold_its_roles() -> Result {
    let (emu, client, org_id, connection) =
        start_with_saml("sso-factor", &[], &[("engineering", RENAMER)]).await?;
    let saml_id = connection.connection_id;
    let email = "bea@sso.example";
    sso_login(&emu, &client, &saml_id, email, &["engineering"]).await?;

    // The same member, logged in with Google: the member lists the role, the
    // session does not hold it (Stytch grants SSO roles only to sessions with an
    // SSO factor of the connection).
    let google = emu.mint_oauth_token(&OAuthLogin::google(Some(&org_id), email))?;
    let authed = client
        .oauth()
        .authenticate(types::OauthAuthenticateRequest::builder().oauth_token(google))
        .await?;
    assert_eq!(sources(&authed.member, RENAMER).len(), 1);
    let session = authed.member_session.clone().ok_or("no member session")?;
    let token = authed.session_token.clone().ok_or("no session token")?;
    let jwt = authed.session_jwt.clone().ok_or("no session jwt")?;
    assert!(!has(&session.roles, RENAMER));
    assert!(!has(&jwt_roles(jwt.expose())?, RENAMER));
    let denied = rename_as(&client, &org_id, "Not by Google", token.expose()).await;
    assert_eq!(refused(denied), (403, ErrorType::SessionAuthorizationError));
    let denied = may_rename(&client, &org_id, token.expose()).await;
    assert_eq!(refused(denied), (403, ErrorType::SessionAuthorizationError));
    Ok(())
}

#[tokio::test]
async fn removing_an_assignment_or_a_group_removes_the_role() -> Result {
    let (emu, client, org_id, connection) =
        start_with_saml("sso-removal", &[SEARCHER], &[("engineering", RENAMER)]).await?;
    let saml_id = connection.connection_id;
    let email = "cy@sso.example";
    let (member, _, token, _) = sso_login(&emu, &client, &saml_id, email, &["engineering"]).await?;
    rename_as(&client, &org_id, "Before", &token).await?;
    let member_id = member.member_id;

    // The group assignment goes: gone from the member at once, and from the live
    // session's next authentication, its JWT and its checks.
    saml_assignments(&client, &org_id, &saml_id, &[SEARCHER], &[]).await?;
    let got = get_member(&client, &org_id, &member_id).await?;
    assert!(sources(&got, RENAMER).is_empty());
    assert_eq!(sources(&got, SEARCHER).len(), 1);
    let denied = may_rename(&client, &org_id, &token).await;
    assert_eq!(refused(denied), (403, ErrorType::SessionAuthorizationError));
    let again = client
        .sessions()
        .authenticate(types::SessionsAuthenticateRequest::builder().session_token(token.clone()))
        .await?;
    let roles = again.member_session.clone().ok_or("no session")?.roles;
    assert!(has(&roles, SEARCHER) && !has(&roles, RENAMER));
    let jwt = again.session_jwt.clone().ok_or("no jwt")?;
    assert!(!has(&jwt_roles(jwt.expose())?, RENAMER));
    let denied = rename_as(&client, &org_id, "After", &token).await;
    assert_eq!(refused(denied), (403, ErrorType::SessionAuthorizationError));

    // Back again, but the next assertion no longer carries the group.
    saml_assignments(
        &client,
        &org_id,
        &saml_id,
        &[SEARCHER],
        &[("engineering", RENAMER)],
    )
    .await?;
    assert_eq!(
        sources(&get_member(&client, &org_id, &member_id).await?, RENAMER).len(),
        1
    );
    let (member, session, _, _) = sso_login(&emu, &client, &saml_id, email, &["sales"]).await?;
    assert!(sources(&member, RENAMER).is_empty() && !has(&session.roles, RENAMER));
    // One user at the IdP, one registration: its groups were replaced.
    assert_eq!(member.sso_registrations.len(), 1);

    // Deleting the connection drops its connection role too.
    client
        .sso()
        .delete_connection()
        .organization_id(&org_id)
        .connection_id(&saml_id)
        .await?;
    let got = get_member(&client, &org_id, &member_id).await?;
    assert!(sources(&got, SEARCHER).is_empty());
    let ids: Vec<&str> = got.roles.iter().map(|r| r.role_id.as_str()).collect();
    assert_eq!(ids, ["stytch_member"]);
    Ok(())
}

#[tokio::test]
async fn external_connections_grant_their_connection_and_group_roles() -> Result {
    let emu = start_emulator().await?;
    let client = client_for(emu.base_url());
    // The identity provider's connection lives in the source organization.
    let (source_org, saml_id) = org_with_saml(&client, "sso-source").await?;
    let org_id = create_organization(&client, "sso-guest").await?;
    custom_roles(&client, &org_id).await?;
    let external = client
        .sso()
        .external()
        .create_connection(
            types::SsoExternalCreateConnectionRequest::builder()
                .external_organization_id(source_org.clone())
                .external_connection_id(saml_id.clone())
                .connection_implicit_role_assignments(vec![
                    types::SamlConnectionImplicitRoleAssignment {
                        role_id: SEARCHER.to_owned(),
                    },
                ])
                .group_implicit_role_assignments(vec![types::SamlGroupImplicitRoleAssignment {
                    group: "partners".to_owned(),
                    role_id: RENAMER.to_owned(),
                }]),
        )
        .organization_id(&org_id)
        .await?
        .connection
        .ok_or("no connection")?;
    let external_id = external.connection_id.clone();

    let (member, session, token, jwt) = sso_login(
        &emu,
        &client,
        &external_id,
        "dee@partner.example",
        &["partners"],
    )
    .await?;
    assert_eq!(member.organization_id, org_id);
    assert_connection_roles(&member, &external_id, "partners");
    assert!(has(&session.roles, RENAMER) && has(&jwt_roles(&jwt)?, SEARCHER));
    rename_as(&client, &org_id, "Renamed by a partner", &token).await?;

    // The external connection's assignments removed: the roles go.
    client
        .sso()
        .external()
        .update_connection(
            types::SsoExternalUpdateConnectionRequest::builder()
                .external_connection_implicit_role_assignments(Vec::new())
                .external_group_implicit_role_assignments(Vec::new()),
        )
        .organization_id(&org_id)
        .connection_id(&external_id)
        .await?;
    let got = get_member(&client, &org_id, &member.member_id).await?;
    assert!(sources(&got, SEARCHER).is_empty() && sources(&got, RENAMER).is_empty());
    let denied = rename_as(&client, &org_id, "No longer", &token).await;
    assert_eq!(refused(denied), (403, ErrorType::SessionAuthorizationError));
    Ok(())
}
