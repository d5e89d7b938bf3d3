//! The project's key set: lazy or eager loading, periodic background refresh, single-flight
//! refetch on an unknown `kid` with a cooldown, and stale-if-error.
//!
//! Verifications read the current [`KeySet`] through an [`ArcSwap`], which takes no lock.
//! Fetches are serialised by an async mutex that verifications only wait on when they need
//! a key the current set lacks; whoever holds it performs the one request, and everyone
//! who was waiting shares its outcome. Only the verification that made the request may
//! report its `kid` as unknown *after a refetch* (the rejection that allows a fallback to
//! the API); the ones that waited report it as unknown within the cooldown.

use std::fmt;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use arc_swap::{ArcSwap, Guard};
use aws_lc_rs::signature::ParsedPublicKey;
use reqwest::header::{ACCEPT, HeaderValue};

use super::config::JwtConfig;
use super::error::{JwksError, JwtError, echo};
use super::keyset::{KeySet, Lookup};
use crate::single_flight::{SingleFlight, Ticket};

/// Largest JWKS document read; Stytch's are a few kilobytes.
const MAX_DOCUMENT_BYTES: usize = 1024 * 1024;

/// Keeps the project's JSON Web Key Set, shared by every clone of a client.
///
/// The set is fetched from `{base}/v1/b2b/sessions/jwks/{project_id}` on first use (or by
/// [`JwksManager::warm_up`]), refreshed in the background once older than
/// [`JwtConfig::jwks_refresh_interval`], and refetched when a token names a key it does
/// not hold, at most once per [`JwtConfig::unknown_kid_cooldown`]. A failed fetch keeps the
/// last good keys.
#[derive(Clone)]
pub struct JwksManager {
    inner: Arc<Inner>,
}

struct Inner {
    http: reqwest::Client,
    /// Sent with every fetch: the client's Basic auth and user agent.
    headers: reqwest::header::HeaderMap,
    url: String,
    refresh_interval: Duration,
    cooldown: Duration,
    timeout: Duration,
    keys: ArcSwap<KeySet>,
    /// Serialises fetches; holds the outcome of the last completed attempt.
    fetch: SingleFlight<Option<Result<(), JwksError>>>,
    /// Milliseconds since `epoch` at which the last attempt completed, plus one (0: never).
    /// Written under the fetch lock with its outcome, and read without the lock.
    last_attempt_ms: AtomicU64,
    next_generation: AtomicU64,
    background_refresh: AtomicBool,
    epoch: Instant,
    fetches: AtomicU64,
    failures: AtomicU64,
    cache_hits: AtomicU64,
}

/// What a verification needing a refetch got.
enum Refetch {
    /// This caller made the request; its result.
    Fetched(Result<(), JwksError>),
    /// Another request (for another verification, a warm-up or a background refresh)
    /// finished while this caller waited; its result.
    Shared(Result<(), JwksError>),
    /// The last attempt is younger than the cooldown; its result.
    CoolingDown(Result<(), JwksError>),
}

/// Counters of a [`JwksManager`], read with [`JwksManager::stats`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct JwksStats {
    /// JWKS requests made (successful or not).
    pub fetches: u64,
    /// JWKS requests that failed (transport error, timeout, bad status or bad document).
    pub fetch_failures: u64,
    /// Verifications answered from the verified-token cache.
    pub token_cache_hits: u64,
    /// RSA keys in the current set.
    pub keys: usize,
    /// Time since the current set was fetched or preloaded; `None` before the first load.
    pub key_set_age: Option<Duration>,
}

/// Refuses a key-set URL that anyone on the network path could answer: keys fetched over
/// plain http would let them sign tokens this verifier accepts.
fn check_transport_security(url: &str) -> Result<(), JwksError> {
    if reqwest::Url::parse(url).is_ok_and(|parsed| crate::config::is_secure_transport(&parsed)) {
        Ok(())
    } else {
        Err(JwksError::InsecureUrl)
    }
}

impl JwksManager {
    /// Creates a manager that fetches `jwks_url` with `http`, which must already carry the
    /// project's authentication. Nothing is fetched until the first verification or
    /// [`JwksManager::warm_up`]; every fetch fails with [`JwksError::InsecureUrl`] unless
    /// `jwks_url` is https (or plain http to a loopback host).
    pub fn new(http: reqwest::Client, jwks_url: impl Into<String>, config: &JwtConfig) -> Self {
        Self::with_headers(http, jwks_url, config, reqwest::header::HeaderMap::new())
    }

    /// Like [`JwksManager::new`], adding `headers` (the client's authentication and user
    /// agent) to every fetch, for an `http` client that does not carry them itself.
    pub(crate) fn with_headers(
        http: reqwest::Client,
        jwks_url: impl Into<String>,
        config: &JwtConfig,
        headers: reqwest::header::HeaderMap,
    ) -> Self {
        let epoch = Instant::now();
        Self {
            inner: Arc::new(Inner {
                http,
                headers,
                url: jwks_url.into(),
                refresh_interval: config.jwks_refresh_interval,
                cooldown: config.unknown_kid_cooldown,
                timeout: config.jwks_fetch_timeout,
                keys: ArcSwap::from_pointee(KeySet::empty()),
                fetch: SingleFlight::new(None),
                last_attempt_ms: AtomicU64::new(0),
                next_generation: AtomicU64::new(1),
                background_refresh: AtomicBool::new(false),
                epoch,
                fetches: AtomicU64::new(0),
                failures: AtomicU64::new(0),
                cache_hits: AtomicU64::new(0),
            }),
        }
    }

    /// The URL the key set is fetched from.
    pub fn url(&self) -> &str {
        &self.inner.url
    }

    /// Fetches the key set now, whatever the cooldown, and returns the number of usable
    /// RSA keys. On failure the previous keys (if any) stay in use.
    ///
    /// # Errors
    /// [`JwksError`] when the request fails, times out, answers a non-success status, or
    /// the document holds no usable key ([`JwksError::InvalidKey`] for the first key that
    /// failed validation, or [`JwksError::NoUsableKeys`]). Invalid keys next to a usable
    /// one are skipped, not an error ([`JwksManager::refused_keys`]).
    pub async fn warm_up(&self) -> Result<usize, JwksError> {
        let mut last = self.inner.fetch.lock().await;
        self.inner.fetch_and_install(&mut last).await
    }

    /// Installs a key set from a JWKS JSON document (an offline start, a test) and returns
    /// the number of usable RSA keys. It counts as fresh for the refresh interval.
    ///
    /// # Errors
    /// [`JwksError::InvalidDocument`], or [`JwksError::InvalidKey`] /
    /// [`JwksError::NoUsableKeys`] when no key is usable; the current keys stay.
    pub fn preload_json(&self, json: &str) -> Result<usize, JwksError> {
        let set = KeySet::parse(json.as_bytes(), self.inner.generation())?;
        let count = set.len();
        self.inner.install(set);
        Ok(count)
    }

    /// A snapshot of the counters.
    pub fn stats(&self) -> JwksStats {
        let keys = self.inner.keys.load();
        JwksStats {
            fetches: self.inner.fetches.load(Ordering::Relaxed),
            fetch_failures: self.inner.failures.load(Ordering::Relaxed),
            token_cache_hits: self.inner.cache_hits.load(Ordering::Relaxed),
            keys: keys.len(),
            key_set_age: keys.is_loaded().then(|| keys.loaded_at.elapsed()),
        }
    }

    /// The ids of the RSA keys in the current set, sorted.
    pub fn key_ids(&self) -> Vec<String> {
        let keys = self.inner.keys.load();
        let mut ids: Vec<String> = keys.key_ids().map(str::to_owned).collect();
        ids.sort_unstable();
        ids
    }

    /// The RSA signing keys that the current set's document held but that failed
    /// validation, each a [`JwksError::InvalidKey`] naming its `kid`, in document order.
    /// They were skipped with a warning; the set's other keys are in use.
    pub fn refused_keys(&self) -> Vec<JwksError> {
        self.inner.keys.load().refused.clone()
    }

    /// The current set, for a quick synchronous look (no lock, no I/O).
    pub(crate) fn current(&self) -> Guard<Arc<KeySet>> {
        self.inner.keys.load()
    }

    /// Counts a verification served from the token cache, and keeps the set fresh for
    /// workloads made only of cache hits.
    pub(crate) fn note_cache_hit(&self, keys: &KeySet) {
        self.inner.cache_hits.fetch_add(1, Ordering::Relaxed);
        self.refresh_in_background_if_stale(keys);
    }

    /// The RSA key named `kid`, loading or refetching the set when needed.
    pub(crate) async fn key_for(&self, kid: &str) -> Result<Arc<ParsedPublicKey>, JwtError> {
        let seen = self.inner.fetch.ticket();
        {
            let keys = self.inner.keys.load();
            if keys.is_loaded() {
                self.refresh_in_background_if_stale(&keys);
                if let Some(found) = found(keys.lookup(kid), kid) {
                    return found;
                }
            }
        }
        tracing::debug!(
            kid = echo(kid),
            "session JWT names a key outside the JWKS; refetching"
        );
        let outcome = self.inner.refetch(seen).await;
        let keys = self.inner.keys.load();
        if let Some(found) = found(keys.lookup(kid), kid) {
            return found;
        }
        // Only the verification whose request answered may send its token to the API: an
        // unknown `kid` after a fresh fetch may be a rotation the key set does not show yet.
        // Those that waited on someone else's request, or arrived within the cooldown,
        // stay local, so that N tokens with invented key ids cost at most one API call per
        // fetch (and one fetch per cooldown), whether or not the fetch succeeds. Without any
        // key set loaded, nothing can be verified locally and every token may go on.
        let unknown = |refetched| JwtError::UnknownKeyId {
            kid: echo(kid),
            refetched,
        };
        Err(match outcome {
            Refetch::Fetched(Ok(())) => unknown(true),
            Refetch::Fetched(Err(error)) => JwtError::JwksUnavailable(error),
            Refetch::Shared(Err(error)) | Refetch::CoolingDown(Err(error)) if !keys.is_loaded() => {
                JwtError::JwksUnavailable(error)
            }
            Refetch::Shared(_) | Refetch::CoolingDown(_) => unknown(false),
        })
    }

    fn refresh_in_background_if_stale(&self, keys: &KeySet) {
        let inner = &self.inner;
        if keys.loaded_at.elapsed() < inner.refresh_interval || inner.attempted_within_cooldown() {
            return;
        }
        if inner.background_refresh.swap(true, Ordering::AcqRel) {
            return;
        }
        let Ok(runtime) = tokio::runtime::Handle::try_current() else {
            inner.background_refresh.store(false, Ordering::Release);
            tracing::debug!("JWKS is stale but no Tokio runtime is running to refresh it");
            return;
        };
        let inner = Arc::clone(inner);
        runtime.spawn(async move {
            let _reset = ResetOnDrop(&inner.background_refresh);
            inner.refresh_if_stale().await;
        });
    }
}

/// Clears the "background refresh scheduled" flag however the task ends.
struct ResetOnDrop<'a>(&'a AtomicBool);

impl Drop for ResetOnDrop<'_> {
    fn drop(&mut self) {
        self.0.store(false, Ordering::Release);
    }
}

impl Inner {
    fn generation(&self) -> u64 {
        self.next_generation.fetch_add(1, Ordering::Relaxed)
    }

    fn attempted_within_cooldown(&self) -> bool {
        match self.last_attempt_ms.load(Ordering::Acquire) {
            0 => false,
            stamp => {
                let since_epoch = self.epoch.elapsed().as_millis();
                since_epoch.saturating_sub(u128::from(stamp - 1)) < self.cooldown.as_millis()
            }
        }
    }

    async fn refetch(&self, seen: Ticket) -> Refetch {
        let mut last = self.fetch.lock().await;
        if self.fetch.completed_since(seen) {
            return Refetch::Shared(last.clone().unwrap_or(Ok(())));
        }
        if self.attempted_within_cooldown()
            && let Some(result) = last.as_ref()
        {
            return Refetch::CoolingDown(result.clone());
        }
        Refetch::Fetched(self.fetch_and_install(&mut last).await.map(|_| ()))
    }

    async fn refresh_if_stale(&self) {
        let (mut last, finished_meanwhile) = self.fetch.join().await;
        let still_stale = self.keys.load().loaded_at.elapsed() >= self.refresh_interval;
        if finished_meanwhile || !still_stale || self.attempted_within_cooldown() {
            return;
        }
        // Failures are counted and logged inside; the last good keys stay either way.
        let _ = self.fetch_and_install(&mut last).await;
    }

    /// Performs one fetch; the caller holds the fetch lock, whose content is `last`.
    async fn fetch_and_install(
        &self,
        last: &mut Option<Result<(), JwksError>>,
    ) -> Result<usize, JwksError> {
        self.fetches.fetch_add(1, Ordering::Relaxed);
        let started = Instant::now();
        let outcome = match self.fetch_document().await {
            Ok(document) => KeySet::parse(&document, self.generation()),
            Err(error) => Err(error),
        };
        let result = match outcome {
            Ok(set) => {
                let count = set.len();
                self.install(set);
                tracing::debug!(
                    url = %self.url,
                    keys = count,
                    elapsed_ms = started.elapsed().as_millis() as u64,
                    "JWKS fetched"
                );
                Ok(count)
            }
            Err(error) => {
                self.failures.fetch_add(1, Ordering::Relaxed);
                tracing::warn!(
                    url = %self.url,
                    error = %error,
                    keeping_keys = self.keys.load().len(),
                    "JWKS fetch failed; the last good keys stay in use"
                );
                Err(error)
            }
        };
        *last = Some(result.as_ref().map(|_| ()).map_err(Clone::clone));
        let stamp = u64::try_from(self.epoch.elapsed().as_millis()).unwrap_or(u64::MAX - 1);
        self.last_attempt_ms.store(stamp + 1, Ordering::Release);
        self.fetch.complete();
        result
    }

    async fn fetch_document(&self) -> Result<Vec<u8>, JwksError> {
        check_transport_security(&self.url)?;
        let mut response = self
            .http
            .get(&self.url)
            .headers(self.headers.clone())
            .header(ACCEPT, HeaderValue::from_static("application/json"))
            .timeout(self.timeout)
            .send()
            .await
            .map_err(|error| self.request_error(error))?;
        let status = response.status();
        if !status.is_success() {
            return Err(JwksError::Status {
                status: status.as_u16(),
            });
        }
        let too_large = || JwksError::InvalidDocument {
            reason: format!("larger than {MAX_DOCUMENT_BYTES} bytes"),
        };
        if response
            .content_length()
            .is_some_and(|len| len > MAX_DOCUMENT_BYTES as u64)
        {
            return Err(too_large());
        }
        let mut body = Vec::new();
        while let Some(chunk) = response
            .chunk()
            .await
            .map_err(|error| self.request_error(error))?
        {
            if body.len() + chunk.len() > MAX_DOCUMENT_BYTES {
                return Err(too_large());
            }
            body.extend_from_slice(&chunk);
        }
        Ok(body)
    }

    fn request_error(&self, error: reqwest::Error) -> JwksError {
        if error.is_timeout() {
            return JwksError::Timeout {
                timeout: self.timeout,
            };
        }
        let error = error.without_url();
        let mut message = error.to_string();
        let mut cause = std::error::Error::source(&error);
        while let Some(inner) = cause {
            message.push_str(": ");
            message.push_str(&inner.to_string());
            cause = inner.source();
        }
        JwksError::Transport { message }
    }

    fn install(&self, mut set: KeySet) {
        let previous = self.keys.load_full();
        let removed: Vec<&str> = previous
            .key_ids()
            .filter(|kid| !set.contains(kid))
            .collect();
        set.removals = previous.removals + u64::from(!removed.is_empty());
        for kid in &removed {
            tracing::info!(kid, "JWKS key removed");
        }
        for kid in set.key_ids().filter(|kid| !previous.contains(kid)) {
            tracing::debug!(kid, generation = set.generation, "JWKS key added");
        }
        self.keys.store(Arc::new(set));
    }
}

impl fmt::Debug for JwksManager {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("JwksManager")
            .field("url", &self.inner.url)
            .field("keys", &self.inner.keys.load().len())
            .field("refresh_interval", &self.inner.refresh_interval)
            .field("cooldown", &self.inner.cooldown)
            .field("timeout", &self.inner.timeout)
            .finish_non_exhaustive()
    }
}

/// The key a lookup settled: the RSA key, or the error for a key of another type; `None`
/// when the set does not hold `kid`.
fn found(lookup: Lookup<'_>, kid: &str) -> Option<Result<Arc<ParsedPublicKey>, JwtError>> {
    match lookup {
        Lookup::Rsa(key) => Some(Ok(Arc::clone(key))),
        Lookup::OtherType => Some(Err(JwtError::KeyNotRsa { kid: echo(kid) })),
        Lookup::Absent => None,
    }
}
