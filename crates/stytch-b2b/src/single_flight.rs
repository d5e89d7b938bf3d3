//! One fetch at a time for a cached value, with the outcome shared by those who waited.
//!
//! The key set, the RBAC policies and the M2M access tokens each refetch on demand. A
//! caller takes a [`Ticket`] before it queues for the lock; once it holds the lock,
//! [`SingleFlight::completed_since`] tells whether someone else's fetch finished in the
//! meantime, in which case the caller takes that outcome (kept in the locked state)
//! instead of sending another request.

use std::sync::atomic::{AtomicU64, Ordering};

use tokio::sync::{Mutex, MutexGuard};

/// The lock around a cached value's fetch state `S`, and a count of finished fetches.
#[derive(Debug, Default)]
pub(crate) struct SingleFlight<S> {
    state: Mutex<S>,
    completed: AtomicU64,
}

/// How many fetches had finished when a caller decided to wait.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Ticket(u64);

impl<S> SingleFlight<S> {
    pub(crate) fn new(state: S) -> Self {
        Self {
            state: Mutex::new(state),
            completed: AtomicU64::new(0),
        }
    }

    /// Read before queueing for [`SingleFlight::lock`].
    pub(crate) fn ticket(&self) -> Ticket {
        Ticket(self.completed.load(Ordering::Acquire))
    }

    /// Waits for the fetch in flight, if any, and holds the state.
    pub(crate) async fn lock(&self) -> MutexGuard<'_, S> {
        self.state.lock().await
    }

    /// A ticket, then the lock: the guard, and whether a fetch finished while waiting.
    pub(crate) async fn join(&self) -> (MutexGuard<'_, S>, bool) {
        let ticket = self.ticket();
        let guard = self.lock().await;
        let finished = self.completed_since(ticket);
        (guard, finished)
    }

    /// Whether a fetch finished after `ticket` was taken.
    pub(crate) fn completed_since(&self, ticket: Ticket) -> bool {
        self.completed.load(Ordering::Acquire) != ticket.0
    }

    /// Marks a fetch as finished; called with the lock held, once its outcome is stored.
    pub(crate) fn complete(&self) {
        self.completed.fetch_add(1, Ordering::AcqRel);
    }
}
