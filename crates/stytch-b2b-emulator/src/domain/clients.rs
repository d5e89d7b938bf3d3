//! OAuth 2.0 clients the project registers (M2M clients and connected apps): client
//! ids, secrets with a two-step rotation, scope checks.

use aws_lc_rs::constant_time::verify_slices_are_equal;

use crate::ids;

/// A client's secret and, during a rotation, the one that will replace it. Both
/// authenticate until the rotation completes or is cancelled.
#[derive(Debug, Clone)]
pub(crate) struct ClientSecrets {
    pub(crate) current: String,
    pub(crate) next: Option<String>,
}

impl ClientSecrets {
    /// `given`, or a fresh random secret.
    pub(crate) fn new(given: Option<String>) -> Self {
        Self {
            current: given.filter(|s| !s.is_empty()).unwrap_or_else(ids::token),
            next: None,
        }
    }

    /// Whether `secret` is the current or the next secret.
    pub(crate) fn accepts(&self, secret: &str) -> bool {
        let matches = |s: &String| verify_slices_are_equal(s.as_bytes(), secret.as_bytes()).is_ok();
        matches(&self.current) || self.next.as_ref().is_some_and(matches)
    }

    /// Starts a rotation: a new next secret (replacing any earlier one).
    pub(crate) fn start_rotation(&mut self) -> String {
        let next = ids::token();
        self.next = Some(next.clone());
        next
    }

    /// Drops the next secret; `false` if no rotation was in progress.
    pub(crate) fn cancel_rotation(&mut self) -> bool {
        self.next.take().is_some()
    }

    /// Makes the next secret the current one; `false` if no rotation was in progress.
    pub(crate) fn complete_rotation(&mut self) -> bool {
        match self.next.take() {
            Some(next) => {
                self.current = next;
                true
            }
            None => false,
        }
    }

    pub(crate) fn current_last_four(&self) -> String {
        last_four(&self.current)
    }

    pub(crate) fn next_last_four(&self) -> Option<String> {
        self.next.as_deref().map(last_four)
    }
}

/// The last four characters of a secret, as the API shows them.
pub(crate) fn last_four(secret: &str) -> String {
    let chars: Vec<char> = secret.chars().collect();
    chars[chars.len().saturating_sub(4)..].iter().collect()
}

/// Splits an OAuth 2.0 `scope` string (space-separated).
pub(crate) fn split_scopes(scope: &str) -> Vec<String> {
    scope.split_whitespace().map(str::to_owned).collect()
}
