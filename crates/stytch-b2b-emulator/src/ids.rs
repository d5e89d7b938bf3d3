//! Identifiers, opaque tokens and one-time codes.

use std::sync::atomic::{AtomicU64, Ordering};

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

/// Fills `N` bytes from the system RNG.
pub(crate) fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    if aws_lc_rs::rand::fill(&mut bytes).is_err() {
        // aws-lc's RNG does not fail in practice; if it ever did, ids must still be
        // unique, so derive them from a counter and the time instead.
        static COUNTER: AtomicU64 = AtomicU64::new(0);
        let seed = format!(
            "{}:{:?}",
            COUNTER.fetch_add(1, Ordering::SeqCst),
            std::time::SystemTime::now()
        );
        let digest = aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA256, seed.as_bytes());
        for (i, b) in bytes.iter_mut().enumerate() {
            *b = digest.as_ref()[i % digest.as_ref().len()];
        }
    }
    bytes
}

/// A random version-4 UUID.
pub(crate) fn uuid() -> uuid::Uuid {
    uuid::Builder::from_random_bytes(random_bytes()).into_uuid()
}

/// An id in Stytch's `kind-env-uuid` form, e.g. `member-test-…`.
pub(crate) fn id(kind: &str, env: &str) -> String {
    format!("{kind}-{env}-{}", uuid())
}

/// A request id, unique per response.
pub(crate) fn request_id() -> String {
    format!("request-id-test-{}", uuid())
}

/// An opaque secret token (44 URL-safe characters, like Stytch's).
pub(crate) fn token() -> String {
    URL_SAFE_NO_PAD.encode(random_bytes::<33>())
}

/// A six-digit one-time passcode.
pub(crate) fn otp_code() -> String {
    let n = u32::from_be_bytes(random_bytes::<4>()) % 1_000_000;
    format!("{n:06}")
}
