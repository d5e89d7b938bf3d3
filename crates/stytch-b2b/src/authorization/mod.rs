//! Authorization answered locally: member permissions from the project's RBAC policy,
//! and M2M token scopes.
//!
//! [`crate::rbac::Rbac::authorize`] applies Stytch's RBAC rules to a member session
//! with the policies the client caches ([`PolicyCache`], configured by
//! [`PolicyCacheConfig`]): the project's policy (`rbac_policy`, its default and custom
//! roles) and, when a session holds roles the project does not define, its
//! organization's custom roles (`rbac_organizations_get_org_policy`). Each is fetched on
//! first use by one request however many checks wait for it, refreshed in the
//! background once older than the refresh interval, and kept in use while refreshing
//! fails. [`crate::sessions::Sessions::authenticate_jwt_authorized`] verifies a session
//! JWT and checks a permission in one call, asking the API only when the local checks
//! cannot decide.

mod cache;
mod check;
mod config;
mod error;
mod policy;
mod session_check;
mod subject;

pub use cache::{PolicyCache, PolicyCacheStats};
pub use config::{
    DEFAULT_MAX_CACHED_ORGANIZATIONS, DEFAULT_POLICY_FAILURE_COOLDOWN,
    DEFAULT_POLICY_REFRESH_INTERVAL, PolicyCacheConfig,
};
pub use error::{AuthorizationError, PolicyUnavailable};
pub use policy::RolePermissions;
pub use stytch_b2b_api::types::AuthorizationCheck;
pub use subject::MemberRoles;
