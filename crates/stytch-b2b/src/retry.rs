//! Opt-in retries for failures that are safe to repeat.
//!
//! Any operation is retried after a failure that never reached Stytch or that Stytch
//! refused before acting ([`Error::is_retryable`]: a connection that could not be
//! made, `429 Too Many Requests`). A `503 Service Unavailable` is retried only for
//! idempotent operations ([`Operation::idempotent`](crate::Operation::idempotent):
//! every GET, plus reads and updates the spec marks so): Stytch does not promise that
//! a request answered `503` had no effect, and repeating an email send or a create
//! could do it twice. Timeouts and other errors are never retried, because the
//! request may already have been processed.

use std::time::Duration;

use crate::Error;

/// When and how often a failed call is sent again. Off unless set with
/// [`crate::ClientBuilder::retry_policy`].
///
/// The delay before retry *n* is drawn uniformly from the upper half of
/// `initial_backoff × 2ⁿ⁻¹` (capped at `max_backoff`); a `Retry-After` from the server
/// replaces it when longer. No retry starts once it would end past `max_elapsed`.
///
/// ```
/// use std::time::Duration;
/// use stytch_b2b::RetryPolicy;
///
/// let policy = RetryPolicy::standard()
///     .max_attempts(5)
///     .max_elapsed(Duration::from_secs(20));
/// assert_eq!(policy.attempts(), 5);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryPolicy {
    max_attempts: u32,
    initial_backoff: Duration,
    max_backoff: Duration,
    max_elapsed: Duration,
}

impl RetryPolicy {
    /// No retries: every call is sent once.
    pub fn disabled() -> Self {
        Self {
            max_attempts: 1,
            ..Self::standard()
        }
    }

    /// Up to 3 attempts, backoff from 200 ms doubling to at most 5 s, within 30 s.
    pub fn standard() -> Self {
        Self {
            max_attempts: 3,
            initial_backoff: Duration::from_millis(200),
            max_backoff: Duration::from_secs(5),
            max_elapsed: Duration::from_secs(30),
        }
    }

    /// Total attempts including the first (at least 1).
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// Backoff before the first retry.
    pub fn initial_backoff(mut self, backoff: Duration) -> Self {
        self.initial_backoff = backoff;
        self
    }

    /// Cap on a single backoff.
    pub fn max_backoff(mut self, backoff: Duration) -> Self {
        self.max_backoff = backoff;
        self
    }

    /// No retry is started that would end later than this after the first attempt
    /// began.
    pub fn max_elapsed(mut self, elapsed: Duration) -> Self {
        self.max_elapsed = elapsed;
        self
    }

    /// Total attempts including the first.
    pub fn attempts(&self) -> u32 {
        self.max_attempts
    }

    /// The wait before the next attempt, or `None` to give up. `attempts_made` counts
    /// the attempts so far (≥ 1); `elapsed` is the time since the first began;
    /// `idempotent` says whether the operation may be repeated after a `503`.
    pub(crate) fn delay_before_retry(
        &self,
        attempts_made: u32,
        elapsed: Duration,
        error: &Error,
        idempotent: bool,
    ) -> Option<Duration> {
        let repeatable = error.is_retryable() || (idempotent && error.is_retryable_if_idempotent());
        if attempts_made >= self.max_attempts || !repeatable {
            return None;
        }
        let exponent = attempts_made.saturating_sub(1).min(31);
        let backoff = self
            .initial_backoff
            .saturating_mul(1u32 << exponent)
            .min(self.max_backoff);
        let half = backoff / 2;
        let jittered = half + half.mul_f64(fastrand::f64());
        let delay = error
            .retry_after()
            .map_or(jittered, |asked| asked.max(jittered));
        (elapsed.saturating_add(delay) <= self.max_elapsed).then_some(delay)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unavailable(retry_after: Option<Duration>) -> Error {
        Error::Decode {
            status: Some(reqwest::StatusCode::SERVICE_UNAVAILABLE),
            reason: "html".into(),
            body_excerpt: String::new(),
            retry_after,
        }
    }

    #[test]
    fn disabled_never_retries() {
        assert_eq!(
            RetryPolicy::disabled().delay_before_retry(1, Duration::ZERO, &unavailable(None), true),
            None
        );
    }

    #[test]
    fn backoff_grows_within_bounds() {
        let policy = RetryPolicy::standard().max_attempts(10);
        for attempt in 1..10 {
            let delay =
                policy.delay_before_retry(attempt, Duration::ZERO, &unavailable(None), true);
            let full = Duration::from_millis(200)
                .saturating_mul(1 << (attempt - 1))
                .min(Duration::from_secs(5));
            let delay = delay.unwrap_or_default();
            assert!(
                delay >= full / 2 && delay <= full,
                "attempt {attempt}: {delay:?}"
            );
        }
    }

    #[test]
    fn retry_after_is_honoured_and_bounded_by_total_time() {
        let policy = RetryPolicy::standard();
        let asked = Some(Duration::from_secs(4));
        assert_eq!(
            policy.delay_before_retry(1, Duration::ZERO, &unavailable(asked), true),
            asked
        );
        assert_eq!(
            policy.delay_before_retry(1, Duration::from_secs(27), &unavailable(asked), true),
            None
        );
    }

    #[test]
    fn unavailable_is_retried_only_when_idempotent() {
        let policy = RetryPolicy::standard();
        assert_eq!(
            policy.delay_before_retry(1, Duration::ZERO, &unavailable(None), false),
            None
        );
        assert!(
            policy
                .delay_before_retry(1, Duration::ZERO, &unavailable(None), true)
                .is_some()
        );
    }

    #[test]
    fn other_errors_are_not_retried() {
        let err = Error::UnexpectedStatus {
            status: reqwest::StatusCode::BAD_GATEWAY,
            body_excerpt: String::new(),
        };
        assert_eq!(
            RetryPolicy::standard().delay_before_retry(1, Duration::ZERO, &err, true),
            None
        );
    }
}
