//! The application: three routes, each asking one question of the request.

use axum::Router;
use axum::routing::get;
use stytch_b2b::Client;
use stytch_b2b_axum::{
    M2mClient, Member, Permission, RefreshedCookie, RequirePermission, Scopes, StytchLayer,
};

/// Editing an organization's documents: a custom role of the organization grants it.
pub(crate) struct EditDocuments;

impl Permission for EditDocuments {
    const RESOURCE: &'static str = "documents";
    const ACTION: &'static str = "edit";
}

/// What the billing service's M2M client must hold to read invoices.
pub(crate) struct ReadInvoices;

impl Scopes for ReadInvoices {
    const REQUIRED: &'static [&'static str] = &["read:invoices"];
}

async fn me(member: Member) -> String {
    format!(
        "member {} of {} with roles {:?}",
        member.member_id(),
        member.organization_id(),
        member.roles()
    )
}

async fn edit_document(member: RequirePermission<EditDocuments>) -> String {
    format!("{} edited the document", member.member_id())
}

async fn invoices(caller: M2mClient<ReadInvoices>) -> String {
    format!("invoices for M2M client {}", caller.client_id())
}

/// The router: `/orgs/{organization_id}/...` routes are about that organization, so a
/// member of another one is refused there.
pub(crate) fn router(client: Client) -> Router {
    let layer = StytchLayer::new(client)
        // Plain http on loopback here; keep `Secure` in production.
        .set_refreshed_cookie(RefreshedCookie::default().with_secure(false))
        .organization_from(|parts| {
            let mut segments = parts.uri.path().split('/').skip(1);
            (segments.next() == Some("orgs"))
                .then(|| segments.next())
                .flatten()
                .map(str::to_owned)
        });
    Router::new()
        .route("/orgs/{organization_id}/me", get(me))
        .route("/orgs/{organization_id}/documents/edit", get(edit_document))
        .route("/invoices", get(invoices))
        .layer(layer)
}
