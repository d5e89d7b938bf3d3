//! Stytch's rule for whether an M2M token's scopes cover the required ones.

/// The resource of a scope written as a bare action (`read` rather than `read:invoices`).
const NO_RESOURCE: &str = "-";

/// The resource that grants an action on every resource.
const ANY_RESOURCE: &str = "*";

/// Whether `token_scopes` cover every scope in `required`, by Stytch's rule.
///
/// A scope is `action:resource`, split at the first `:`; a bare `action` has the resource
/// `-`. A required scope is covered by a token scope with the same action and either the
/// same resource or the resource `*`. So `read:*` covers `read:invoices` and `read`, while
/// `read` covers only `read`, and `*:invoices` covers nothing but itself (the action is
/// never a wildcard). An empty `required` is always covered.
///
/// ```
/// use stytch_b2b::m2m_local::has_required_scopes;
///
/// let token = ["read:*", "write:invoices", "sync"];
/// assert!(has_required_scopes(&token, &["read:users", "write:invoices", "sync"]));
/// assert!(has_required_scopes(&token, &["read"]));
/// assert!(!has_required_scopes(&token, &["write:users"]));
/// assert!(!has_required_scopes(&token, &["sync:jobs"]));
/// ```
pub fn has_required_scopes<T: AsRef<str>, R: AsRef<str>>(
    token_scopes: &[T],
    required: &[R],
) -> bool {
    required.iter().all(|needed| {
        let (action, resource) = split(needed.as_ref());
        token_scopes.iter().any(|held| {
            let (held_action, held_resource) = split(held.as_ref());
            held_action == action && (held_resource == ANY_RESOURCE || held_resource == resource)
        })
    })
}

fn split(scope: &str) -> (&str, &str) {
    scope.split_once(':').unwrap_or((scope, NO_RESOURCE))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resource_is_everything_after_the_first_colon() {
        assert_eq!(split("read:a:b"), ("read", "a:b"));
        assert!(has_required_scopes(&["read:a:b"], &["read:a:b"]));
        assert!(!has_required_scopes(&["read:a"], &["read:a:b"]));
    }

    #[test]
    fn a_bare_action_is_its_own_resource() {
        assert!(has_required_scopes(&["read"], &["read"]));
        assert!(!has_required_scopes(&["read"], &["read:users"]));
        assert!(has_required_scopes(&["read:-"], &["read"]));
        assert!(has_required_scopes(&["read:*"], &["read"]));
    }

    #[test]
    fn no_token_scopes_cover_only_nothing() {
        let none: [&str; 0] = [];
        assert!(has_required_scopes(&none, &none));
        assert!(!has_required_scopes(&none, &["read"]));
    }
}
