//! Per-call verification options and the injectable clock.

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

/// Source of the current time for the time-dependent checks (`exp`, `nbf`, `iat`, maximum age).
///
/// The default reads the system clock; tests can pin or script the time.
///
/// ```
/// use std::time::{Duration, SystemTime, UNIX_EPOCH};
/// use stytch_b2b::jwt::Clock;
///
/// let noon = UNIX_EPOCH + Duration::from_secs(1_700_000_000);
/// assert_eq!(Clock::fixed(noon).now(), noon);
/// ```
#[derive(Clone, Default)]
pub struct Clock(ClockSource);

#[derive(Clone, Default)]
enum ClockSource {
    #[default]
    System,
    Fixed(SystemTime),
    Custom(Arc<dyn Fn() -> SystemTime + Send + Sync>),
}

impl Clock {
    /// The system clock.
    pub fn system() -> Self {
        Self(ClockSource::System)
    }

    /// A clock that always answers `at`.
    pub fn fixed(at: SystemTime) -> Self {
        Self(ClockSource::Fixed(at))
    }

    /// A clock that asks `now` for the time.
    pub fn from_fn(now: impl Fn() -> SystemTime + Send + Sync + 'static) -> Self {
        Self(ClockSource::Custom(Arc::new(now)))
    }

    /// The current time according to this clock.
    pub fn now(&self) -> SystemTime {
        match &self.0 {
            ClockSource::System => SystemTime::now(),
            ClockSource::Fixed(at) => *at,
            ClockSource::Custom(now) => now(),
        }
    }
}

impl fmt::Debug for Clock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            ClockSource::System => f.write_str("Clock::System"),
            ClockSource::Fixed(at) => f.debug_tuple("Clock::Fixed").field(at).finish(),
            ClockSource::Custom(_) => f.write_str("Clock::Custom"),
        }
    }
}

/// Options of one local verification.
///
/// ```
/// use std::time::Duration;
/// use stytch_b2b::jwt::JwtVerifyOptions;
///
/// let options = JwtVerifyOptions::default()
///     .with_max_token_age(Duration::from_secs(300))
///     .with_leeway(Duration::from_secs(5));
/// assert_eq!(options.max_token_age, Some(Duration::from_secs(300)));
/// ```
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct JwtVerifyOptions {
    /// Reject tokens whose `iat` is older than this (none by default).
    pub max_token_age: Option<Duration>,
    /// Clock skew tolerated on `exp`, `nbf` and `iat` (zero by default, as in Stytch's SDKs).
    pub leeway: Duration,
    /// Where the current time comes from (the system clock by default).
    pub clock: Clock,
}

impl JwtVerifyOptions {
    /// Sets [`JwtVerifyOptions::max_token_age`].
    #[must_use]
    pub fn with_max_token_age(mut self, max_age: Duration) -> Self {
        self.max_token_age = Some(max_age);
        self
    }

    /// Sets [`JwtVerifyOptions::leeway`].
    #[must_use]
    pub fn with_leeway(mut self, leeway: Duration) -> Self {
        self.leeway = leeway;
        self
    }

    /// Sets [`JwtVerifyOptions::clock`].
    #[must_use]
    pub fn with_clock(mut self, clock: Clock) -> Self {
        self.clock = clock;
        self
    }
}
