//! Settings of the client's RBAC policy cache.

use std::time::Duration;

/// How the client caches the RBAC policy behind [`crate::rbac::Rbac::authorize`].
///
/// ```
/// use std::time::Duration;
/// use stytch_b2b::authorization::PolicyCacheConfig;
///
/// let config = PolicyCacheConfig::default()
///     .with_refresh_interval(Duration::from_secs(60))
///     .with_max_organizations(200);
/// assert_eq!(config.refresh_interval, Duration::from_secs(60));
/// # let _ = stytch_b2b::Client::builder("project-test-1", "secret-test-1").policy_cache_config(config);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct PolicyCacheConfig {
    /// How long a fetched policy is used before it is fetched again (default 5 minutes).
    /// A policy older than this is still used while the next one loads in the
    /// background, and for as long as loading it fails.
    pub refresh_interval: Duration,
    /// How many organizations' custom roles are kept (default 1,000); rarely used ones
    /// are evicted first (the cache's S3-FIFO policy) and fetched again when next
    /// needed.
    pub max_organizations: usize,
    /// After a failed fetch, how long checks use what is cached (or, with nothing
    /// cached, report the failure) before the next fetch is tried (default 10 s), so an
    /// outage costs one request per interval rather than one per check.
    pub failure_cooldown: Duration,
}

/// Default [`PolicyCacheConfig::refresh_interval`]: 5 minutes.
pub const DEFAULT_POLICY_REFRESH_INTERVAL: Duration = Duration::from_secs(300);
/// Default [`PolicyCacheConfig::max_organizations`].
pub const DEFAULT_MAX_CACHED_ORGANIZATIONS: usize = 1_000;
/// Default [`PolicyCacheConfig::failure_cooldown`]: 10 seconds.
pub const DEFAULT_POLICY_FAILURE_COOLDOWN: Duration = Duration::from_secs(10);

impl Default for PolicyCacheConfig {
    fn default() -> Self {
        Self {
            refresh_interval: DEFAULT_POLICY_REFRESH_INTERVAL,
            max_organizations: DEFAULT_MAX_CACHED_ORGANIZATIONS,
            failure_cooldown: DEFAULT_POLICY_FAILURE_COOLDOWN,
        }
    }
}

impl PolicyCacheConfig {
    /// Sets [`PolicyCacheConfig::refresh_interval`].
    pub fn with_refresh_interval(mut self, interval: Duration) -> Self {
        self.refresh_interval = interval;
        self
    }

    /// Sets [`PolicyCacheConfig::max_organizations`] (at least 1 is kept).
    pub fn with_max_organizations(mut self, max: usize) -> Self {
        self.max_organizations = max;
        self
    }

    /// Sets [`PolicyCacheConfig::failure_cooldown`].
    pub fn with_failure_cooldown(mut self, cooldown: Duration) -> Self {
        self.failure_cooldown = cooldown;
        self
    }
}
