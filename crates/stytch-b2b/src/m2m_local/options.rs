//! What one M2M token authentication checks besides the token itself.

use std::fmt;
use std::sync::Arc;

use super::scopes::has_required_scopes;
use crate::authorization::AuthorizationError;
use crate::jwt::JwtVerifyOptions;

/// A replacement for the default scope rule: given the token's scopes and the required
/// ones, whether the token may proceed.
pub type ScopeCheck = dyn Fn(&[String], &[String]) -> bool + Send + Sync;

/// Options of [`M2m::authenticate_token`](crate::m2m::M2m::authenticate_token).
///
/// ```
/// use std::time::Duration;
/// use stytch_b2b::jwt::JwtVerifyOptions;
/// use stytch_b2b::m2m_local::M2mAuthenticateOptions;
///
/// let options = M2mAuthenticateOptions::default()
///     .with_required_scopes(["read:invoices"])
///     .with_verify_options(JwtVerifyOptions::default().with_leeway(Duration::from_secs(5)));
/// assert_eq!(options.required_scopes, ["read:invoices"]);
///
/// // Every required scope verbatim, instead of Stytch's `action:resource` rule.
/// let exact = options.with_scope_check(|held, required| required.iter().all(|r| held.contains(r)));
/// # let _ = exact;
/// ```
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct M2mAuthenticateOptions {
    /// The time rules (`exp`, `nbf`, `iat`, maximum age), as for session JWTs.
    pub verify: JwtVerifyOptions,
    /// Scopes the token must cover (none by default); see
    /// [`has_required_scopes`](super::has_required_scopes) for the default rule.
    pub required_scopes: Vec<String>,
    scope_check: Option<Arc<ScopeCheck>>,
}

impl M2mAuthenticateOptions {
    /// Sets [`M2mAuthenticateOptions::required_scopes`].
    #[must_use]
    pub fn with_required_scopes<I, S>(mut self, scopes: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.required_scopes = scopes.into_iter().map(Into::into).collect();
        self
    }

    /// Sets [`M2mAuthenticateOptions::verify`].
    #[must_use]
    pub fn with_verify_options(mut self, verify: JwtVerifyOptions) -> Self {
        self.verify = verify;
        self
    }

    /// Decides scopes with `check` (token scopes, required scopes) instead of the default
    /// rule. It runs on every verified token, even when no scope is required, so it can
    /// enforce a policy of its own.
    #[must_use]
    pub fn with_scope_check(
        mut self,
        check: impl Fn(&[String], &[String]) -> bool + Send + Sync + 'static,
    ) -> Self {
        self.scope_check = Some(Arc::new(check));
        self
    }

    /// Applies the scope rule to a verified token's scopes.
    pub(crate) fn check_scopes(&self, token_scopes: &[String]) -> Result<(), AuthorizationError> {
        let allowed = match &self.scope_check {
            Some(check) => check(token_scopes, &self.required_scopes),
            None => has_required_scopes(token_scopes, &self.required_scopes),
        };
        if allowed {
            Ok(())
        } else {
            Err(AuthorizationError::MissingScopes {
                required: self.required_scopes.clone(),
            })
        }
    }
}

impl fmt::Debug for M2mAuthenticateOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("M2mAuthenticateOptions")
            .field("verify", &self.verify)
            .field("required_scopes", &self.required_scopes)
            .field("scope_check", &self.scope_check.as_ref().map(|_| "custom"))
            .finish()
    }
}
