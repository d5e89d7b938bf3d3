//! The emulator's clock: wall time plus an offset that control calls can advance, so
//! expiries (tokens, sessions, JWTs) can be tested without waiting.

use std::sync::atomic::{AtomicI64, Ordering};
use std::time::Duration;

use chrono::{DateTime, SubsecRound, TimeDelta, Utc};

#[derive(Debug, Default)]
pub(crate) struct Clock {
    offset_ms: AtomicI64,
}

impl Clock {
    /// Current emulator time, whole seconds (Stytch reports second precision).
    pub(crate) fn now(&self) -> DateTime<Utc> {
        let offset = TimeDelta::milliseconds(self.offset_ms.load(Ordering::SeqCst));
        (Utc::now() + offset).trunc_subsecs(0)
    }

    pub(crate) fn advance(&self, by: Duration) {
        let ms = i64::try_from(by.as_millis()).unwrap_or(i64::MAX);
        // Saturating so a huge request cannot wrap the clock backwards.
        let _ = self
            .offset_ms
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |cur| {
                Some(cur.saturating_add(ms).min(MAX_OFFSET_MS))
            });
    }

    pub(crate) fn reset(&self) {
        self.offset_ms.store(0, Ordering::SeqCst);
    }
}

/// Far enough for any expiry test (about 100 years), small enough for chrono.
const MAX_OFFSET_MS: i64 = 100 * 366 * 24 * 3600 * 1000;
