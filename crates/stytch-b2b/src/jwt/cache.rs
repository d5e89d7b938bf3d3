//! The verified-token cache: a bounded map from the exact token to what it proved (a member
//! session, or the claims of an M2M access token), so that a repeated token skips decoding
//! and the RSA check. Each kind of token has its own cache, so a token verified as one kind
//! is never answered from the other's.
//!
//! Only the time-independent outcome is cached; the time rules run again on every hit with
//! the caller's clock and options. An entry whose `kid` left the key set is dropped.
//! Eviction is quick_cache's S3-FIFO, sharded for concurrent readers.

use std::hash::{Hash, Hasher, RandomState};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use quick_cache::sync::{Cache, DefaultLifecycle};
use quick_cache::{Equivalent, UnitWeighter};

use super::keyset::KeySet;
use super::policy::TokenTimes;
use super::session::LocalMemberSession;

/// Bytes at the end of a token fed to the hash: they fall in the signature, which differs
/// between any two tokens, so hashing the whole token (kilobytes) would add nothing but
/// time. Equality still compares every byte.
const HASHED_SUFFIX: usize = 32;

/// What a cache hit restores. Stored by value: cloning it costs two reference counts,
/// boxing it would cost an allocation per insertion.
#[derive(Debug, Clone)]
pub(crate) struct CachedToken<T = Arc<LocalMemberSession>> {
    pub(crate) claims: T,
    pub(crate) kid: Arc<str>,
    pub(crate) times: TokenTimes,
}

pub(crate) struct TokenCache<T = Arc<LocalMemberSession>> {
    entries: Cache<
        TokenKey,
        CachedToken<T>,
        UnitWeighter,
        RandomState,
        DefaultLifecycle<TokenKey, CachedToken<T>>,
    >,
    /// Key removals (see [`KeySet::removals`]) the entries were last reconciled with.
    reconciled_removals: AtomicU64,
}

impl<T: Clone> TokenCache<T> {
    /// A cache of `capacity` tokens; `None` for zero (no cache).
    pub(crate) fn new(capacity: usize) -> Option<Self> {
        (capacity > 0).then(|| Self {
            entries: Cache::with(
                capacity,
                capacity as u64,
                UnitWeighter,
                RandomState::new(),
                DefaultLifecycle::default(),
            ),
            reconciled_removals: AtomicU64::new(0),
        })
    }

    /// The cached outcome for `token`, if any and if its key is still in `keys`.
    pub(crate) fn get(&self, token: &str, keys: &KeySet) -> Option<CachedToken<T>> {
        self.reconcile(keys);
        let entry = self.entries.get(&TokenRef(token))?;
        if keys.contains(&entry.kid) {
            Some(entry)
        } else {
            self.entries.remove(&TokenRef(token));
            None
        }
    }

    pub(crate) fn insert(&self, token: &str, entry: CachedToken<T>) {
        self.entries.insert(TokenKey(token.into()), entry);
    }

    pub(crate) fn remove(&self, token: &str) {
        self.entries.remove(&TokenRef(token));
    }

    /// Drops every entry whose key left the set, once per key removal (a refresh that only
    /// confirms or adds keys costs nothing here).
    fn reconcile(&self, keys: &KeySet) {
        let seen = self.reconciled_removals.load(Ordering::Relaxed);
        if seen == keys.removals
            || self
                .reconciled_removals
                .compare_exchange(seen, keys.removals, Ordering::AcqRel, Ordering::Relaxed)
                .is_err()
        {
            return;
        }
        self.entries.retain(|_, entry| keys.contains(&entry.kid));
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.entries.len()
    }
}

impl<T: Clone> std::fmt::Debug for TokenCache<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenCache")
            .field("len", &self.entries.len())
            .field("capacity", &self.entries.capacity())
            .finish()
    }
}

/// A cached token; its `Debug` never shows the token.
#[derive(PartialEq, Eq)]
struct TokenKey(Box<str>);

/// A borrowed token used for lookups without allocating.
struct TokenRef<'a>(&'a str);

fn hash_token<H: Hasher>(token: &str, state: &mut H) {
    let bytes = token.as_bytes();
    state.write_usize(bytes.len());
    state.write(&bytes[bytes.len().saturating_sub(HASHED_SUFFIX)..]);
}

impl Hash for TokenKey {
    fn hash<H: Hasher>(&self, state: &mut H) {
        hash_token(&self.0, state);
    }
}

impl Hash for TokenRef<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        hash_token(self.0, state);
    }
}

impl Equivalent<TokenKey> for TokenRef<'_> {
    fn equivalent(&self, key: &TokenKey) -> bool {
        *self.0 == *key.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::jwt::policy::NumericDate;

    fn entry(kid: &str) -> CachedToken {
        let date = NumericDate::from_json_text("1").map(|d| TokenTimes {
            expires: d,
            not_before: d,
            issued_at: d,
        });
        let Some(times) = date else {
            panic!("valid date refused");
        };
        let session = serde_json::from_value(serde_json::json!({
            "member_session_id": "s", "member_id": "m", "organization_id": "o",
            "organization_slug": null, "started_at": "2024-01-01T00:00:00Z",
            "last_accessed_at": "2024-01-01T00:00:00Z", "expires_at": "2024-01-01T00:00:00Z",
            "authentication_factors": [], "roles": [], "custom_claims": {}
        }));
        let Ok(session) = session else {
            panic!("session fixture refused");
        };
        CachedToken {
            claims: Arc::new(session),
            kid: kid.into(),
            times,
        }
    }

    #[test]
    fn zero_capacity_means_no_cache() {
        assert!(TokenCache::<Arc<LocalMemberSession>>::new(0).is_none());
    }

    #[test]
    fn tokens_with_equal_suffix_are_told_apart() {
        let Some(cache) = TokenCache::new(16) else {
            panic!("cache not built");
        };
        let keys = KeySet::empty();
        let suffix = "x".repeat(HASHED_SUFFIX);
        cache.insert(&format!("a{suffix}"), entry("k"));
        // Same length and suffix, different first byte: same hash, never the same entry.
        assert!(
            cache
                .entries
                .get(&TokenRef(&format!("b{suffix}")))
                .is_none()
        );
        assert!(
            cache
                .entries
                .get(&TokenRef(&format!("a{suffix}")))
                .is_some()
        );
        // The key set does not hold "k", so the entry is dropped on lookup.
        assert!(cache.get(&format!("a{suffix}"), &keys).is_none());
        assert_eq!(cache.len(), 0);
    }
}
