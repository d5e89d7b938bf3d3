//! Why an authorization check refused.

/// An authorization check that refused: the request is authenticated, but not allowed.
///
/// Messages name the organization, resource, action or scopes involved, which are
/// identifiers, never credentials.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum AuthorizationError {
    /// The session belongs to another organization than the one the check is about.
    #[error("the session does not belong to organization `{requested_organization_id}`")]
    TenancyMismatch {
        /// The organization of the member's session, when the check was local (the
        /// API's refusal does not say).
        session_organization_id: Option<String>,
        /// The organization the check asked about.
        requested_organization_id: String,
    },

    /// None of the member's roles grants the action on the resource.
    #[error("no role of the member grants `{action}` on `{resource}`")]
    PermissionDenied {
        /// The resource asked about.
        resource: String,
        /// The action asked about.
        action: String,
    },

    /// The M2M access token's scopes do not cover the required ones.
    #[error("the access token's scopes do not cover the required scopes {required:?}")]
    MissingScopes {
        /// The scopes the check required.
        required: Vec<String>,
    },
}

/// The RBAC policy needed for a check could not be loaded, and no earlier copy was
/// cached. The source is the failure of the last fetch, shared by every check that
/// waited for it.
#[derive(Debug, Clone, thiserror::Error)]
#[error("the RBAC policy could not be loaded")]
pub struct PolicyUnavailable {
    #[source]
    source: std::sync::Arc<crate::Error>,
}

impl PolicyUnavailable {
    pub(crate) fn new(source: crate::Error) -> Self {
        Self {
            source: std::sync::Arc::new(source),
        }
    }

    /// Why the fetch failed.
    pub fn cause(&self) -> &crate::Error {
        &self.source
    }
}
