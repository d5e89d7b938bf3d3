//! Sets up an organization with two members, one of them an editor, and an M2M client
//! on the emulator; serves the app on loopback; and calls it as each of them.

use stytch_b2b::m2m::M2mClientsCreateRequest;
use stytch_b2b::magic_links::{MagicLinksAuthenticateRequest, MagicLinksEmailInviteRequest};
use stytch_b2b::organizations::{OrganizationsCreateRequest, OrganizationsMembersUpdateRequest};
use stytch_b2b::rbac::RbacOrganizationsSetOrgPolicyRequest;
use stytch_b2b::types::{OrgPolicy, Policy, PolicyResource, PolicyRole, PolicyRolePermission};
use stytch_b2b::{Client, SecretString};
use stytch_b2b_emulator::Emulator;

use crate::app;

/// One request the scenario made, and the app's answer.
#[derive(Debug)]
pub(crate) struct Exchange {
    pub(crate) label: String,
    pub(crate) path: String,
    pub(crate) status: u16,
    pub(crate) body: String,
}

pub(crate) async fn run(emulator: &Emulator) -> Result<Vec<Exchange>, String> {
    // What the project's Dashboard would define: the app's own resource.
    emulator
        .set_project_policy(&Policy {
            resources: vec![PolicyResource {
                resource_id: "documents".to_owned(),
                description: "The organization's documents.".to_owned(),
                actions: vec!["read".to_owned(), "edit".to_owned(), "delete".to_owned()],
            }],
            roles: Vec::new(),
            scopes: Vec::new(),
        })
        .map_err(|e| format!("define the project's resources: {}", e.message))?;
    let config = emulator.config();
    let client = Client::builder(&config.project_id, &config.secret)
        .base_url(emulator.base_url())
        .build()
        .map_err(|e| e.to_string())?;

    let organization = client
        .organizations()
        .create(
            OrganizationsCreateRequest::builder()
                .organization_name("Acme Corporation")
                .organization_slug("acme")
                .email_invites("ALL_ALLOWED"),
        )
        .await
        .map_err(|e| format!("create the organization: {e}"))?
        .organization;
    let other = client
        .organizations()
        .create(
            OrganizationsCreateRequest::builder()
                .organization_name("Globex")
                .organization_slug("globex"),
        )
        .await
        .map_err(|e| format!("create the second organization: {e}"))?
        .organization;
    let org_id = organization.organization_id.as_str();

    client
        .rbac()
        .organizations()
        .set_org_policy(
            RbacOrganizationsSetOrgPolicyRequest::builder().org_policy(OrgPolicy {
                roles: vec![PolicyRole {
                    role_id: "editor".to_owned(),
                    description: "Edits the organization's documents.".to_owned(),
                    permissions: vec![PolicyRolePermission {
                        resource_id: "documents".to_owned(),
                        actions: vec!["edit".to_owned(), "read".to_owned()],
                    }],
                }],
            }),
        )
        .organization_id(org_id)
        .await
        .map_err(|e| format!("define the editor role: {e}"))?;

    let ada = sign_in(
        &client,
        emulator,
        org_id,
        "ada@acme.example.com",
        Some("editor"),
    )
    .await?;
    let bob = sign_in(&client, emulator, org_id, "bob@acme.example.com", None).await?;

    let machine = client
        .m2m()
        .clients()
        .create(
            M2mClientsCreateRequest::builder()
                .client_name("billing service")
                .scopes(vec!["read:invoices".to_owned()]),
        )
        .await
        .map_err(|e| format!("create the M2M client: {e}"))?
        .m2m_client;
    let access_token = client
        .m2m()
        .cached_token(
            &machine.client_id,
            &machine.client_secret,
            &["read:invoices"],
        )
        .await
        .map_err(|e| format!("get an M2M access token: {e}"))?;

    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .map_err(|e| format!("bind the app: {e}"))?;
    let base = format!(
        "http://{}",
        listener.local_addr().map_err(|e| e.to_string())?
    );
    let server = tokio::spawn(axum::serve(listener, app::router(client.clone())).into_future());

    let http = reqwest::Client::new();
    let me = format!("/orgs/{org_id}/me");
    let edit = format!("/orgs/{org_id}/documents/edit");
    let elsewhere = format!("/orgs/{}/me", other.organization_id);
    let calls: [(&str, &str, Option<String>); 8] = [
        ("no session", me.as_str(), None),
        (
            "a malformed token",
            me.as_str(),
            Some("Bearer not-a-jwt".to_owned()),
        ),
        (
            "Ada, an editor",
            me.as_str(),
            Some(format!("Bearer {}", ada.expose())),
        ),
        (
            "Ada, in another organization",
            elsewhere.as_str(),
            Some(format!("Bearer {}", ada.expose())),
        ),
        (
            "Ada, an editor",
            edit.as_str(),
            Some(format!("Bearer {}", ada.expose())),
        ),
        (
            "Bob, a member",
            edit.as_str(),
            Some(format!("Bearer {}", bob.expose())),
        ),
        (
            "the billing service",
            "/invoices",
            Some(format!("Bearer {}", access_token.access_token.expose())),
        ),
        (
            "Bob's session as an M2M token",
            "/invoices",
            Some(format!("Bearer {}", bob.expose())),
        ),
    ];
    let mut exchanges = Vec::new();
    for (label, path, authorization) in calls {
        let mut request = http.get(format!("{base}{path}"));
        if let Some(value) = authorization {
            request = request.header("authorization", value);
        }
        let response = request
            .send()
            .await
            .map_err(|e| format!("GET {path}: {e}"))?;
        exchanges.push(Exchange {
            label: label.to_owned(),
            path: path.to_owned(),
            status: response.status().as_u16(),
            body: response.text().await.map_err(|e| e.to_string())?,
        });
    }
    server.abort();
    Ok(exchanges)
}

/// Invites `email` (with `role`, if any), redeems the magic link from the emulator's
/// outbox, and returns the member's session JWT.
async fn sign_in(
    client: &Client,
    emulator: &Emulator,
    organization_id: &str,
    email: &str,
    role: Option<&str>,
) -> Result<SecretString, String> {
    let invited = client
        .magic_links()
        .email()
        .invite(
            MagicLinksEmailInviteRequest::builder()
                .organization_id(organization_id)
                .email_address(email),
        )
        .await
        .map_err(|e| format!("invite {email}: {e}"))?;
    if let Some(role) = role {
        client
            .organizations()
            .members()
            .update(OrganizationsMembersUpdateRequest::builder().roles(vec![role.to_owned()]))
            .organization_id(organization_id)
            .member_id(invited.member_id.as_str())
            .await
            .map_err(|e| format!("give {email} the role {role}: {e}"))?;
    }
    let token = emulator
        .latest_message_to(email)
        .map(|message| message.token)
        .ok_or_else(|| format!("the emulator sent no magic link to {email}"))?;
    let authenticated = client
        .magic_links()
        .authenticate(MagicLinksAuthenticateRequest::builder().magic_links_token(token))
        .await
        .map_err(|e| format!("redeem {email}'s magic link: {e}"))?;
    authenticated
        .session_jwt
        .filter(|jwt| !jwt.expose().is_empty())
        .ok_or_else(|| format!("{email} got no session JWT"))
}
