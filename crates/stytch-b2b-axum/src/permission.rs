//! `RequirePermission<P>`: a member session whose roles grant one permission.

use std::fmt;
use std::marker::PhantomData;
use std::ops::Deref;

use axum::extract::FromRequestParts;
use http::request::Parts;

use crate::member::Member;
use crate::rejection::Rejection;

/// A permission of the project's RBAC policy: an action on a resource.
///
/// ```
/// use stytch_b2b_axum::{Permission, RequirePermission};
///
/// struct EditDocuments;
/// impl Permission for EditDocuments {
///     const RESOURCE: &'static str = "documents";
///     const ACTION: &'static str = "edit";
/// }
///
/// async fn edit(member: RequirePermission<EditDocuments>) -> String {
///     format!("{} may edit", member.member_id())
/// }
/// ```
pub trait Permission {
    /// The resource id.
    const RESOURCE: &'static str;
    /// The action.
    const ACTION: &'static str;
}

/// A [`Member`] whose roles grant the permission `P` in the request's organization,
/// checked with [`Member::authorize`]. `401` without a valid session, `403` without the
/// permission or in another organization, `503` when neither the cached policy nor the
/// API can decide.
pub struct RequirePermission<P> {
    member: Member,
    permission: PhantomData<fn() -> P>,
}

impl<P> RequirePermission<P> {
    /// The member.
    pub fn into_member(self) -> Member {
        self.member
    }
}

impl<P> Deref for RequirePermission<P> {
    type Target = Member;

    fn deref(&self) -> &Member {
        &self.member
    }
}

impl<P: Permission, S: Send + Sync> FromRequestParts<S> for RequirePermission<P> {
    type Rejection = Rejection;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let member = Member::from_parts(parts).await?;
        member.authorize(P::RESOURCE, P::ACTION).await?;
        Ok(Self {
            member,
            permission: PhantomData,
        })
    }
}

impl<P: Permission> fmt::Debug for RequirePermission<P> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RequirePermission")
            .field("resource", &P::RESOURCE)
            .field("action", &P::ACTION)
            .field("member", &self.member)
            .finish()
    }
}
