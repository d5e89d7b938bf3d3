//! `client.rbac().authorize(..)`: Stytch's RBAC rules applied to a session, locally.

use super::cache::PolicyCache;
use super::error::AuthorizationError;
use super::subject::MemberRoles;
use crate::Error;
use crate::rbac::Rbac;

impl Rbac<'_> {
    /// Checks that `session` may take `action` on `resource_id` in `organization_id`,
    /// with the project's RBAC policy and the organization's custom roles, cached by the
    /// client (see [`crate::authorization`]).
    ///
    /// Stytch's rules: the session must belong to `organization_id`; then one of its
    /// roles must hold a permission on exactly `resource_id` whose actions list
    /// `action` or `*`. The organization's custom roles are fetched only when the
    /// project's roles do not grant the action and the session has a role the project
    /// policy does not define. Once the policies are cached, a check makes no request.
    ///
    /// ```no_run
    /// # async fn run(client: stytch_b2b::Client, session_jwt: &str) -> Result<(), stytch_b2b::Error> {
    /// use stytch_b2b::JwtVerifyOptions;
    ///
    /// let session = client
    ///     .sessions()
    ///     .authenticate_jwt_local(session_jwt, &JwtVerifyOptions::default())
    ///     .await?;
    /// client
    ///     .rbac()
    ///     .authorize(&session, &session.organization_id, "documents", "edit")
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    ///
    /// # Errors
    ///
    /// [`Error::Authorization`] with [`AuthorizationError::TenancyMismatch`] or
    /// [`AuthorizationError::PermissionDenied`]; [`Error::PolicyUnavailable`] when a
    /// policy the check needs could not be fetched and none was cached.
    pub async fn authorize(
        &self,
        session: &(impl MemberRoles + ?Sized),
        organization_id: &str,
        resource_id: &str,
        action: &str,
    ) -> Result<(), Error> {
        if session.organization_id() != organization_id {
            return Err(AuthorizationError::TenancyMismatch {
                session_organization_id: Some(session.organization_id().to_owned()),
                requested_organization_id: organization_id.to_owned(),
            }
            .into());
        }
        let roles = session.roles();
        let cache = self.policy_cache();
        let project = cache.project(self.client).await?;
        // Stytch refuses organization roles that reuse a project role's id, so a session
        // whose roles are all project roles needs nothing from the organization.
        let granted = project.grants(roles.iter().map(String::as_str), resource_id, action)
            || (roles.iter().any(|role| !project.has_role(role))
                && cache
                    .organization(self.client, organization_id)
                    .await?
                    .grants(roles.iter().map(String::as_str), resource_id, action));
        if granted {
            Ok(())
        } else {
            Err(AuthorizationError::PermissionDenied {
                resource: resource_id.to_owned(),
                action: action.to_owned(),
            }
            .into())
        }
    }

    /// The client's cache of RBAC policies: counters, invalidation.
    pub fn policy_cache(&self) -> &PolicyCache {
        &self.client.inner.policies
    }
}
