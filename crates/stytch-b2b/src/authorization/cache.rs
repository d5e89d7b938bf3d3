//! The client's cache of RBAC policies: the project's, and each organization's custom
//! roles, each loaded on first use and refreshed in the background.
//!
//! A check on a warm cache reads an `Arc` and compares a timestamp; nothing waits. A
//! cold slot is filled by exactly one request however many checks wait for it; a stale
//! one is served while one background task refreshes it, and stays in use for as long
//! as refreshing fails (stale-if-error), with at most one attempt per cooldown.

use std::convert::Infallible;
use std::fmt;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use arc_swap::ArcSwapOption;

use super::config::PolicyCacheConfig;
use super::error::PolicyUnavailable;
use super::policy::RolePermissions;
use crate::single_flight::SingleFlight;
use crate::{Client, Error};

/// The RBAC policies a client has fetched, with counters.
///
/// Reached through [`crate::rbac::Rbac::policy_cache`]; shared by all clones of a client.
pub struct PolicyCache {
    shared: Arc<Shared>,
}

/// What a [`PolicyCache`] has done so far.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct PolicyCacheStats {
    /// Requests made for the project's policy (`rbac_policy`).
    pub project_fetches: u64,
    /// Requests made for organizations' custom roles (`rbac_organizations_get_org_policy`).
    pub organization_fetches: u64,
    /// Requests of either kind that failed.
    pub fetch_failures: u64,
    /// Lookups answered with a policy younger than the refresh interval.
    pub hits: u64,
    /// Lookups answered with an older policy, while it was being refreshed or because
    /// refreshing it failed.
    pub stale_hits: u64,
    /// Lookups that found nothing cached and waited for a fetch (`hits + stale_hits +
    /// misses` is every lookup).
    pub misses: u64,
    /// Organizations with an entry in the cache now, including any whose fetch failed.
    pub organizations_cached: usize,
    /// How long ago the project's policy was fetched, when it has been.
    pub project_policy_age: Option<Duration>,
}

/// Which policy a slot holds, and so which operation fills it.
#[derive(Debug, Clone)]
enum Source {
    Project,
    Organization(String),
}

struct Shared {
    config: PolicyCacheConfig,
    project: Arc<Slot>,
    organizations: quick_cache::sync::Cache<String, Arc<Slot>>,
    project_fetches: AtomicU64,
    organization_fetches: AtomicU64,
    fetch_failures: AtomicU64,
    hits: AtomicU64,
    stale_hits: AtomicU64,
    misses: AtomicU64,
}

/// One policy: the last one loaded, and the single flight that loads the next.
#[derive(Default)]
struct Slot {
    loaded: ArcSwapOption<Loaded>,
    /// Held by whoever fetches; holds the outcome of the last fetch.
    fetch: SingleFlight<Option<Result<(), PolicyUnavailable>>>,
    /// When the last fetch failed, for the cooldown before the next attempt.
    last_failure: Mutex<Option<Instant>>,
    refreshing: AtomicBool,
    /// Bumped by [`PolicyCache::invalidate`], so that a fetch sent before it does not
    /// install its (possibly outdated) answer after it.
    generation: AtomicU64,
}

struct Loaded {
    permissions: Arc<RolePermissions>,
    loaded_at: Instant,
}

impl PolicyCache {
    pub(crate) fn new(config: PolicyCacheConfig) -> Self {
        let organizations = quick_cache::sync::Cache::new(config.max_organizations.max(1));
        Self {
            shared: Arc::new(Shared {
                config,
                project: Arc::default(),
                organizations,
                project_fetches: AtomicU64::new(0),
                organization_fetches: AtomicU64::new(0),
                fetch_failures: AtomicU64::new(0),
                hits: AtomicU64::new(0),
                stale_hits: AtomicU64::new(0),
                misses: AtomicU64::new(0),
            }),
        }
    }

    /// The counters.
    pub fn stats(&self) -> PolicyCacheStats {
        let shared = &self.shared;
        PolicyCacheStats {
            project_fetches: shared.project_fetches.load(Ordering::Relaxed),
            organization_fetches: shared.organization_fetches.load(Ordering::Relaxed),
            fetch_failures: shared.fetch_failures.load(Ordering::Relaxed),
            hits: shared.hits.load(Ordering::Relaxed),
            stale_hits: shared.stale_hits.load(Ordering::Relaxed),
            misses: shared.misses.load(Ordering::Relaxed),
            organizations_cached: shared.organizations.len(),
            project_policy_age: shared
                .project
                .loaded
                .load()
                .as_ref()
                .map(|loaded| loaded.loaded_at.elapsed()),
        }
    }

    /// The settings the cache was built with.
    pub fn config(&self) -> &PolicyCacheConfig {
        &self.shared.config
    }

    /// Drops every cached policy, so that the next checks fetch them again: call it
    /// after changing roles, to see the change before the refresh interval passes.
    pub fn invalidate(&self) {
        self.shared
            .project
            .generation
            .fetch_add(1, Ordering::AcqRel);
        self.shared.project.loaded.store(None);
        self.shared.organizations.clear();
    }

    /// Drops one organization's cached custom roles (after `set_org_policy`, say).
    pub fn invalidate_organization(&self, organization_id: &str) {
        self.shared.organizations.remove(organization_id);
    }

    /// The project's roles.
    pub(crate) async fn project(
        &self,
        client: &Client,
    ) -> Result<Arc<RolePermissions>, PolicyUnavailable> {
        let slot = Arc::clone(&self.shared.project);
        self.shared.get(client, Source::Project, &slot).await
    }

    /// An organization's custom roles.
    pub(crate) async fn organization(
        &self,
        client: &Client,
        organization_id: &str,
    ) -> Result<Arc<RolePermissions>, PolicyUnavailable> {
        let slot = self
            .shared
            .organizations
            .get_or_insert_with(organization_id, || {
                Ok::<_, Infallible>(Arc::new(Slot::default()))
            })
            .unwrap_or_else(|never| match never {});
        let source = Source::Organization(organization_id.to_owned());
        self.shared.get(client, source, &slot).await
    }
}

impl Shared {
    async fn get(
        self: &Arc<Self>,
        client: &Client,
        source: Source,
        slot: &Arc<Slot>,
    ) -> Result<Arc<RolePermissions>, PolicyUnavailable> {
        if let Some(loaded) = slot.loaded.load_full() {
            if loaded.loaded_at.elapsed() < self.config.refresh_interval {
                self.hits.fetch_add(1, Ordering::Relaxed);
            } else {
                self.stale_hits.fetch_add(1, Ordering::Relaxed);
                self.refresh_in_background(client, source, slot);
            }
            return Ok(Arc::clone(&loaded.permissions));
        }
        self.load_cold(client, &source, slot).await
    }

    /// Fills an empty slot: one caller fetches while the others wait for its outcome.
    async fn load_cold(
        &self,
        client: &Client,
        source: &Source,
        slot: &Slot,
    ) -> Result<Arc<RolePermissions>, PolicyUnavailable> {
        self.misses.fetch_add(1, Ordering::Relaxed);
        let (mut last, finished_meanwhile) = slot.fetch.join().await;
        if let Some(loaded) = slot.loaded.load_full() {
            return Ok(Arc::clone(&loaded.permissions));
        }
        if (finished_meanwhile || slot.failed_within(self.config.failure_cooldown))
            && let Some(Err(error)) = last.as_ref()
        {
            return Err(error.clone());
        }
        self.fetch_and_install(client, source, slot, &mut last)
            .await
            .map(|loaded| Arc::clone(&loaded.permissions))
    }

    fn refresh_in_background(self: &Arc<Self>, client: &Client, source: Source, slot: &Arc<Slot>) {
        if slot.failed_within(self.config.failure_cooldown)
            || slot.refreshing.swap(true, Ordering::AcqRel)
        {
            return;
        }
        // Clears the flag however the task ends, even if it is dropped before it runs
        // (a runtime shutting down).
        let scheduled = ClearOnDrop(Arc::clone(slot));
        let Ok(runtime) = tokio::runtime::Handle::try_current() else {
            tracing::debug!("RBAC policy is stale but no Tokio runtime is running to refresh it");
            return;
        };
        let (shared, client) = (Arc::clone(self), client.clone());
        runtime.spawn(async move {
            let slot = &scheduled.0;
            let mut last = slot.fetch.lock().await;
            let still_stale =
                slot.loaded.load().as_ref().is_none_or(|loaded| {
                    loaded.loaded_at.elapsed() >= shared.config.refresh_interval
                });
            if still_stale && !slot.failed_within(shared.config.failure_cooldown) {
                // A failure is counted and logged inside; the stale policy stays in use.
                let _ = shared
                    .fetch_and_install(&client, &source, slot, &mut last)
                    .await;
            }
        });
    }

    /// Performs one fetch; the caller holds the slot's fetch lock, whose content is `last`.
    async fn fetch_and_install(
        &self,
        client: &Client,
        source: &Source,
        slot: &Slot,
        last: &mut Option<Result<(), PolicyUnavailable>>,
    ) -> Result<Arc<Loaded>, PolicyUnavailable> {
        let generation = slot.generation.load(Ordering::Acquire);
        let outcome = match source {
            Source::Project => {
                self.project_fetches.fetch_add(1, Ordering::Relaxed);
                fetch_project(client).await
            }
            Source::Organization(organization_id) => {
                self.organization_fetches.fetch_add(1, Ordering::Relaxed);
                fetch_organization(client, organization_id).await
            }
        };
        let result = match outcome {
            Ok(permissions) => {
                tracing::debug!(policy = ?source, roles = permissions.len(), "RBAC policy loaded");
                let loaded = Arc::new(Loaded {
                    permissions: Arc::new(permissions),
                    loaded_at: Instant::now(),
                });
                if slot.generation.load(Ordering::Acquire) == generation {
                    slot.loaded.store(Some(Arc::clone(&loaded)));
                }
                *last = Some(Ok(()));
                Ok(loaded)
            }
            Err(error) => {
                self.fetch_failures.fetch_add(1, Ordering::Relaxed);
                if let Ok(mut failed) = slot.last_failure.lock() {
                    *failed = Some(Instant::now());
                }
                tracing::warn!(policy = ?source, %error, "RBAC policy fetch failed");
                let error = PolicyUnavailable::new(error);
                *last = Some(Err(error.clone()));
                Err(error)
            }
        };
        slot.fetch.complete();
        result
    }
}

/// Clears a slot's "refresh scheduled" flag when dropped.
struct ClearOnDrop(Arc<Slot>);

impl Drop for ClearOnDrop {
    fn drop(&mut self) {
        self.0.refreshing.store(false, Ordering::Release);
    }
}

impl Slot {
    fn failed_within(&self, cooldown: Duration) -> bool {
        self.last_failure
            .lock()
            .ok()
            .and_then(|attempt| *attempt)
            .is_some_and(|at| at.elapsed() < cooldown)
    }
}

async fn fetch_project(client: &Client) -> Result<RolePermissions, Error> {
    let response = client.rbac().policy().await?;
    let policy = response.policy.ok_or_else(|| Error::Decode {
        status: None,
        reason: "the `rbac_policy` response has no `policy`".to_owned(),
        body_excerpt: String::new(),
        retry_after: None,
    })?;
    Ok(RolePermissions::from_policy(&policy))
}

async fn fetch_organization(
    client: &Client,
    organization_id: &str,
) -> Result<RolePermissions, Error> {
    let response = client
        .rbac()
        .organizations()
        .get_org_policy()
        .organization_id(organization_id)
        .await?;
    Ok(RolePermissions::from_org_policy(&response.org_policy))
}

impl fmt::Debug for PolicyCache {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PolicyCache")
            .field("config", &self.shared.config)
            .field("stats", &self.stats())
            .finish()
    }
}
