//! Access tokens of M2M clients, fetched once and reused until shortly before they expire.
//!
//! Entries are keyed by client id, the set of requested scopes and a keyed fingerprint of
//! the client secret: a caller holding a wrong (or an old) secret is never handed a token
//! another caller obtained with the right one, and the secret itself is not kept. Each key
//! has a slot behind an async mutex, so concurrent callers for one key wait for a single
//! request (single flight) and then share its outcome: its token, or its failure as an
//! [`M2mTokenUnavailable`]. The number of keys is bounded (quick_cache's S3-FIFO
//! eviction); a failed request is never cached: a call that starts after the failure
//! sends a new request.

use std::convert::Infallible;
use std::future::Future;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant, SystemTime};

use crate::single_flight::SingleFlight;
use aws_lc_rs::hmac;
use quick_cache::sync::Cache;
use stytch_b2b_api::SecretString;
use stytch_b2b_api::types::M2mTokenResponse;

use crate::Error;

/// Most keys (client, scope set, secret) held at once. Applications use a handful of M2M
/// clients; the bound only protects memory against callers that vary scopes without end.
pub const M2M_TOKEN_CACHE_CAPACITY: usize = 256;

/// Longest refresh margin: a token is refetched once less than
/// `min(MAX_REFRESH_MARGIN, lifetime / 10)` of its lifetime is left, so that a token handed
/// out is never about to expire in the hands of its user. For Stytch's one-hour tokens the
/// margin is five minutes.
pub const MAX_REFRESH_MARGIN: Duration = Duration::from_secs(5 * 60);

/// Longest lifetime believed from `expires_in`; keeps the time arithmetic far from overflow.
const MAX_LIFETIME: Duration = Duration::from_secs(24 * 60 * 60);

/// An M2M access token, with when it expires and the scopes it was asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct M2mAccessToken {
    /// The access token (a JWT), to send as `Authorization: Bearer …`.
    pub access_token: SecretString,
    /// When the token expires: the time its request was sent plus `expires_in`.
    pub expires_at: SystemTime,
    /// The requested scopes, sorted and without repeats; empty when none were named, in
    /// which case Stytch grants all of the client's scopes.
    pub scopes: Vec<String>,
}

/// Counters of [`M2mTokenCache`], since the client was built.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct M2mTokenCacheStats {
    /// Token requests sent to Stytch, failed ones included.
    pub fetches: u64,
    /// Of those, requests that failed.
    pub fetch_errors: u64,
    /// Calls answered with a cached token, without a request.
    pub hits: u64,
    /// Keys currently held (at most [`M2M_TOKEN_CACHE_CAPACITY`]).
    pub entries: usize,
}

/// The M2M access-token cache of a client, shared by its clones; reached with
/// `client.m2m().token_cache()`, filled by
/// [`M2m::cached_token`](crate::m2m::M2m::cached_token).
pub struct M2mTokenCache {
    slots: Cache<SlotKey, Arc<Slot>>,
    /// Keys the secret fingerprints; random per cache, so a fingerprint says nothing
    /// outside this process.
    fingerprint_key: hmac::Key,
    fetches: AtomicU64,
    fetch_errors: AtomicU64,
    hits: AtomicU64,
}

/// No `Debug`: it holds the secret's fingerprint.
#[derive(Clone, PartialEq, Eq, Hash)]
struct SlotKey {
    client_id: String,
    scopes: Vec<String>,
    secret_fingerprint: [u8; 32],
}

/// A key's single flight: held by whoever fetches.
type Slot = SingleFlight<SlotState>;

#[derive(Default)]
struct SlotState {
    fresh: Option<Fresh>,
    /// The failure of the last completed request, until a request succeeds: handed to the
    /// callers that were already waiting for it, never to later ones.
    failed: Option<M2mTokenUnavailable>,
}

/// An M2M access token request of [`M2m::cached_token`](crate::m2m::M2m::cached_token)
/// failed; [`cause`](Self::cause) is the [`Error`] of the request.
///
/// The calls for one key that wait for a single request all get the same failure (the
/// single flight shares it rather than sending one request per waiting caller), hence a
/// cheaply cloned wrapper. It is transparent: its message and source are the cause's,
/// and the classifiers of [`Error`] ([`Error::status`], [`Error::error_type`],
/// [`Error::is_retryable`], …) answer for the cause.
#[derive(Debug, Clone, thiserror::Error)]
#[error(transparent)]
pub struct M2mTokenUnavailable {
    source: Arc<Error>,
}

impl M2mTokenUnavailable {
    fn new(source: Error) -> Self {
        Self {
            source: Arc::new(source),
        }
    }

    /// Why the request failed, e.g. [`Error::Api`] with `invalid_client` for a wrong
    /// secret, or [`Error::Timeout`].
    pub fn cause(&self) -> &Error {
        &self.source
    }
}

struct Fresh {
    token: M2mAccessToken,
    /// When the token stops being handed out (monotonic, so clock steps do not matter).
    refresh_at: Instant,
}

impl M2mTokenCache {
    pub(crate) fn new() -> Self {
        let mut key = [0u8; 32];
        if aws_lc_rs::rand::fill(&mut key).is_err() {
            // Still unique per process; the fingerprint only needs to be unguessable
            // offline, and the secrets it covers are random themselves.
            key.iter_mut().for_each(|byte| *byte = fastrand::u8(..));
        }
        Self {
            slots: Cache::new(M2M_TOKEN_CACHE_CAPACITY),
            fingerprint_key: hmac::Key::new(hmac::HMAC_SHA256, &key),
            fetches: AtomicU64::new(0),
            fetch_errors: AtomicU64::new(0),
            hits: AtomicU64::new(0),
        }
    }

    /// The counters.
    pub fn stats(&self) -> M2mTokenCacheStats {
        M2mTokenCacheStats {
            fetches: self.fetches.load(Ordering::Relaxed),
            fetch_errors: self.fetch_errors.load(Ordering::Relaxed),
            hits: self.hits.load(Ordering::Relaxed),
            entries: self.slots.len(),
        }
    }

    /// Forgets every cached token, so that the next call for each key fetches anew.
    pub fn clear(&self) {
        self.slots.clear();
    }

    /// The token for (`client_id`, `scopes`, `client_secret`): the cached one while it is
    /// fresh, otherwise the one `fetch` obtains, given the `scope` parameter to send.
    pub(crate) async fn get<F, Fut>(
        &self,
        client_id: &str,
        client_secret: &SecretString,
        scopes: &[&str],
        fetch: F,
    ) -> Result<M2mAccessToken, Error>
    where
        F: FnOnce(Option<String>) -> Fut,
        Fut: Future<Output = Result<M2mTokenResponse, Error>>,
    {
        let mut scopes: Vec<String> = scopes
            .iter()
            .flat_map(|scope| scope.split_whitespace())
            .map(str::to_owned)
            .collect();
        scopes.sort_unstable();
        scopes.dedup();
        let key = SlotKey {
            client_id: client_id.to_owned(),
            secret_fingerprint: self.fingerprint(client_secret),
            scopes,
        };
        let slot = self
            .slots
            .get_or_insert_with(&key, || Ok::<_, Infallible>(Arc::default()))
            .unwrap_or_else(|never| match never {});

        // Held across the request: callers for the same key queue here and find its
        // outcome. A request that completed after `seen` was read is one this call waited
        // for; if it failed, its failure is this call's too.
        let (mut state, finished_meanwhile) = slot.join().await;
        if let Some(cached) = state
            .fresh
            .as_ref()
            .filter(|f| Instant::now() < f.refresh_at)
        {
            self.hits.fetch_add(1, Ordering::Relaxed);
            return Ok(cached.token.clone());
        }
        if finished_meanwhile && let Some(failed) = state.failed.as_ref() {
            return Err(Error::M2mTokenUnavailable(failed.clone()));
        }

        self.fetches.fetch_add(1, Ordering::Relaxed);
        tracing::debug!(client_id, scopes = ?key.scopes, "fetching an M2M access token");
        let (sent, sent_at) = (Instant::now(), SystemTime::now());
        let scope = (!key.scopes.is_empty()).then(|| key.scopes.join(" "));
        // A caller dropped during the request completes nothing: the next one fetches.
        let outcome = fetch(scope).await;
        slot.complete();
        let response = match outcome {
            Ok(response) => response,
            Err(error) => {
                self.fetch_errors.fetch_add(1, Ordering::Relaxed);
                let failed = M2mTokenUnavailable::new(error);
                *state = SlotState {
                    fresh: None,
                    failed: Some(failed.clone()),
                };
                return Err(Error::M2mTokenUnavailable(failed));
            }
        };

        let lifetime = u64::try_from(response.expires_in)
            .map_or(Duration::ZERO, Duration::from_secs)
            .min(MAX_LIFETIME);
        let token = M2mAccessToken {
            access_token: response.access_token,
            expires_at: sent_at.checked_add(lifetime).unwrap_or(sent_at),
            scopes: key.scopes,
        };
        let usable_for = reuse_window(lifetime);
        // A token without a positive lifetime is returned, never reused.
        *state = SlotState {
            fresh: (!usable_for.is_zero()).then(|| Fresh {
                token: token.clone(),
                refresh_at: sent + usable_for,
            }),
            failed: None,
        };
        Ok(token)
    }

    fn fingerprint(&self, secret: &SecretString) -> [u8; 32] {
        let tag = hmac::sign(&self.fingerprint_key, secret.expose().as_bytes());
        let mut fingerprint = [0u8; 32];
        fingerprint.copy_from_slice(&tag.as_ref()[..32]);
        fingerprint
    }
}

/// How long after its request a token of `lifetime` is handed out: all but the margin of
/// [`MAX_REFRESH_MARGIN`] or a tenth of the lifetime, whichever is shorter.
fn reuse_window(lifetime: Duration) -> Duration {
    lifetime - MAX_REFRESH_MARGIN.min(lifetime / 10)
}

impl std::fmt::Debug for M2mTokenCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("M2mTokenCache")
            .field("stats", &self.stats())
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn response(token: &str, expires_in: i64) -> M2mTokenResponse {
        M2mTokenResponse {
            access_token: token.into(),
            expires_in,
            token_type: "bearer".to_owned(),
        }
    }

    #[tokio::test]
    async fn scopes_are_normalized_into_one_key_and_the_scope_parameter() {
        let cache = M2mTokenCache::new();
        let secret = SecretString::from("secret-test-1");
        let sent = std::sync::Mutex::new(Vec::new());
        for scopes in [&["b", "a"][..], &["a b", "b"], &["a", "b", "a"]] {
            let token = cache
                .get("client-1", &secret, scopes, |scope| {
                    sent.lock().map(|mut s| s.push(scope)).ok();
                    async { Ok(response("t1", 3600)) }
                })
                .await;
            assert_eq!(
                token.ok().map(|t| t.scopes),
                Some(vec!["a".to_owned(), "b".to_owned()])
            );
        }
        assert_eq!(
            *sent.lock().unwrap_or_else(|e| e.into_inner()),
            [Some("a b".to_owned())]
        );
        assert_eq!(cache.stats().fetches, 1);
        assert_eq!(cache.stats().hits, 2);
    }

    #[tokio::test]
    async fn another_secret_is_another_key() {
        let cache = M2mTokenCache::new();
        for (secret, token) in [("right", "t1"), ("wrong", "t2"), ("right", "t3")] {
            let got = cache
                .get("client-1", &secret.into(), &[], |_| async move {
                    Ok(response(token, 3600))
                })
                .await;
            let expected = if secret == "right" { "t1" } else { "t2" };
            assert_eq!(
                got.ok().map(|t| t.access_token.into_inner()),
                Some(expected.to_owned())
            );
        }
        assert_eq!(cache.stats().entries, 2);
    }

    #[tokio::test]
    async fn tokens_without_a_lifetime_are_not_reused_and_errors_not_cached() {
        let cache = M2mTokenCache::new();
        let secret = SecretString::from("s");
        for expires_in in [0, -5, 0] {
            let token = cache
                .get("c", &secret, &[], |_| async move {
                    Ok(response("t", expires_in))
                })
                .await;
            assert!(token.is_ok());
        }
        let failed = cache
            .get("c", &secret, &[], |_| async {
                Err(Error::Internal("down".into()))
            })
            .await;
        assert!(matches!(
            failed,
            Err(Error::M2mTokenUnavailable(ref shared)) if matches!(shared.cause(), Error::Internal(_))
        ));
        assert_eq!(
            (
                cache.stats().fetches,
                cache.stats().fetch_errors,
                cache.stats().hits
            ),
            (4, 1, 0)
        );
    }

    #[test]
    fn the_margin_is_a_tenth_of_the_lifetime_up_to_five_minutes() {
        let window = |lifetime: u64| reuse_window(Duration::from_secs(lifetime));
        assert_eq!(window(3600), Duration::from_secs(3300));
        assert_eq!(window(7200), Duration::from_secs(6900));
        assert_eq!(window(600), Duration::from_secs(540));
        assert_eq!(window(1), Duration::from_millis(900));
        assert_eq!(window(0), Duration::ZERO);
    }
}
