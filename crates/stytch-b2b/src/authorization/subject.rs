//! What a permission check needs to know about a member session.

use std::sync::Arc;

use stytch_b2b_api::types::MemberSession;

use crate::jwt::LocalMemberSession;
use crate::session_jwt::JwtAuthentication;

/// A member session as a permission check sees it: the organization it belongs to and
/// the member's roles in it (explicit and implicit, as Stytch lists them in the session).
///
/// Implemented for locally verified sessions ([`LocalMemberSession`]), the API's
/// [`MemberSession`], and [`JwtAuthentication`] either way it went.
pub trait MemberRoles {
    /// The organization the session belongs to.
    fn organization_id(&self) -> &str;
    /// The ids of the member's roles.
    fn roles(&self) -> &[String];
}

impl MemberRoles for LocalMemberSession {
    fn organization_id(&self) -> &str {
        &self.organization_id
    }

    fn roles(&self) -> &[String] {
        &self.roles
    }
}

impl MemberRoles for MemberSession {
    fn organization_id(&self) -> &str {
        &self.organization_id
    }

    fn roles(&self) -> &[String] {
        &self.roles
    }
}

impl MemberRoles for JwtAuthentication {
    fn organization_id(&self) -> &str {
        JwtAuthentication::organization_id(self)
    }

    fn roles(&self) -> &[String] {
        self.session_roles()
    }
}

impl<T: MemberRoles + ?Sized> MemberRoles for Arc<T> {
    fn organization_id(&self) -> &str {
        (**self).organization_id()
    }

    fn roles(&self) -> &[String] {
        (**self).roles()
    }
}
