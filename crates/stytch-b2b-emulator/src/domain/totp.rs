//! TOTP (RFC 6238: HMAC-SHA-1, 30-second steps, six digits) with base32 secrets, as
//! a standard authenticator app computes them, and the recovery codes that come with
//! a registration. A code is accepted once: the registration remembers the last time
//! step it accepted and refuses any code of that step or an earlier one (RFC 6238
//! §5.2), so a code seen over someone's shoulder cannot be replayed within its window.

use chrono::{DateTime, Utc};

use crate::ids;

/// Seconds per TOTP step.
const STEP_SECS: i64 = 30;
/// Steps before and after the current one that are still accepted (clock skew).
const WINDOW: i64 = 1;
/// Recovery codes per registration.
const RECOVERY_CODES: usize = 10;

/// A member's TOTP registration.
#[derive(Debug, Clone)]
pub(crate) struct TotpRegistration {
    pub(crate) registration_id: String,
    /// The shared secret, raw bytes.
    pub(crate) secret: Vec<u8>,
    /// Recovery codes not used yet.
    pub(crate) recovery_codes: Vec<String>,
    /// Set once a code was accepted (or the registration was migrated).
    pub(crate) verified: bool,
    /// The time step of the last code accepted; codes of this step or an earlier one
    /// are refused from then on (RFC 6238 §5.2: a verifier must not accept the same
    /// OTP twice).
    pub(crate) last_accepted_step: Option<i64>,
}

/// What [`TotpRegistration::verify`] made of a code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TotpCheck {
    /// The code of a step in the window, later than any accepted before; now used up.
    Accepted,
    /// The code of a step in the window that was already used (or precedes one that
    /// was): a replay.
    Reused,
    /// Not the code of any step in the window.
    Wrong,
}

impl TotpRegistration {
    /// A new registration with a random 20-byte secret and fresh recovery codes.
    pub(crate) fn generate(registration_id: String) -> Self {
        Self {
            registration_id,
            secret: ids::random_bytes::<20>().to_vec(),
            recovery_codes: recovery_codes(),
            verified: false,
            last_accepted_step: None,
        }
    }

    /// The secret in base32 (RFC 4648, no padding), as authenticator apps take it.
    pub(crate) fn secret_base32(&self) -> String {
        base32_encode(&self.secret)
    }

    /// Checks `code` against the current step and the steps next to it, and uses it
    /// up when accepted: the step it belongs to becomes the last accepted one, so
    /// neither it nor the code of an earlier step in the window is accepted again.
    pub(crate) fn verify(&mut self, code: &str, now: DateTime<Utc>) -> TotpCheck {
        let step = now.timestamp().div_euclid(STEP_SECS);
        // Every step of the window is compared (no early exit), so the time taken
        // does not tell which step matched.
        let matching: Vec<i64> = (-WINDOW..=WINDOW)
            .map(|d| step + d)
            .filter(|&s| {
                let expected = code_at(&self.secret, s);
                aws_lc_rs::constant_time::verify_slices_are_equal(
                    expected.as_bytes(),
                    code.as_bytes(),
                )
                .is_ok()
            })
            .collect();
        // Two steps of the window may share a code by chance; the latest one not yet
        // used is the one the code is taken for.
        let fresh = matching
            .iter()
            .copied()
            .filter(|&s| self.last_accepted_step.is_none_or(|last| s > last))
            .max();
        match fresh {
            Some(s) => {
                self.last_accepted_step = Some(s);
                self.verified = true;
                TotpCheck::Accepted
            }
            None if matching.is_empty() => TotpCheck::Wrong,
            None => TotpCheck::Reused,
        }
    }

    /// Uses up `code` if it is one of the remaining recovery codes.
    pub(crate) fn take_recovery_code(&mut self, code: &str) -> bool {
        match self.recovery_codes.iter().position(|c| c == code) {
            Some(i) => {
                self.recovery_codes.remove(i);
                true
            }
            None => false,
        }
    }

    /// Replaces the recovery codes.
    pub(crate) fn rotate_recovery_codes(&mut self) {
        self.recovery_codes = recovery_codes();
    }
}

/// Fresh recovery codes, `xxxx-xxxx-xxxx` in lower-case hex.
pub(crate) fn recovery_codes() -> Vec<String> {
    (0..RECOVERY_CODES)
        .map(|_| {
            let b = ids::random_bytes::<6>();
            format!(
                "{:02x}{:02x}-{:02x}{:02x}-{:02x}{:02x}",
                b[0], b[1], b[2], b[3], b[4], b[5]
            )
        })
        .collect()
}

/// The six-digit code of time step `step` (RFC 4226 dynamic truncation).
pub(crate) fn code_at(secret: &[u8], step: i64) -> String {
    let key = aws_lc_rs::hmac::Key::new(aws_lc_rs::hmac::HMAC_SHA1_FOR_LEGACY_USE_ONLY, secret);
    let tag = aws_lc_rs::hmac::sign(&key, &step.to_be_bytes());
    let mac = tag.as_ref();
    let offset = usize::from(mac.last().copied().unwrap_or(0) & 0x0f);
    let word = mac
        .get(offset..offset + 4)
        .map_or(0, |b| u32::from_be_bytes([b[0] & 0x7f, b[1], b[2], b[3]]));
    format!("{:06}", word % 1_000_000)
}

const ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/// RFC 4648 base32 without padding.
pub(crate) fn base32_encode(bytes: &[u8]) -> String {
    let mut out = String::new();
    let mut buffer: u32 = 0;
    let mut bits = 0;
    for &b in bytes {
        buffer = (buffer << 8) | u32::from(b);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(char::from(ALPHABET[((buffer >> bits) & 31) as usize]));
        }
    }
    if bits > 0 {
        out.push(char::from(ALPHABET[((buffer << (5 - bits)) & 31) as usize]));
    }
    out
}

/// RFC 4648 base32, case-insensitive, padding and spaces ignored; `None` if invalid.
pub(crate) fn base32_decode(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let mut buffer: u32 = 0;
    let mut bits = 0;
    for c in text.chars().filter(|c| *c != '=' && !c.is_whitespace()) {
        let c = c.to_ascii_uppercase();
        let value = ALPHABET.iter().position(|a| char::from(*a) == c)?;
        buffer = (buffer << 5) | u32::try_from(value).ok()?;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            out.push(u8::try_from((buffer >> bits) & 0xff).ok()?);
        }
    }
    (!out.is_empty()).then_some(out)
}

/// The `otpauth://` URI an authenticator app scans.
pub(crate) fn otpauth_uri(issuer: &str, account: &str, secret_base32: &str) -> String {
    let enc = |s: &str| {
        s.bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                    char::from(b).to_string()
                }
                _ => format!("%{b:02X}"),
            })
            .collect::<String>()
    };
    format!(
        "otpauth://totp/{}:{}?secret={secret_base32}&issuer={}&algorithm=SHA1&digits=6&period=30",
        enc(issuer),
        enc(account),
        enc(issuer)
    )
}

#[cfg(test)]
mod tests {
    use chrono::{DateTime, Utc};

    use super::{STEP_SECS, TotpCheck, TotpRegistration, base32_decode, base32_encode, code_at};

    #[test]
    fn a_code_is_accepted_once_and_earlier_steps_are_refused_after_it() {
        let mut reg = TotpRegistration::generate("totp-test".to_owned());
        let t = 1_700_000_000_i64;
        let step = t.div_euclid(STEP_SECS);
        let at = |secs: i64| DateTime::<Utc>::from_timestamp(secs, 0).unwrap_or_default();
        let current = code_at(&reg.secret, step);
        let previous = code_at(&reg.secret, step - 1);
        let next = code_at(&reg.secret, step + 1);
        assert_eq!(reg.verify("000000x", at(t)), TotpCheck::Wrong);
        assert_eq!(reg.verify(&current, at(t)), TotpCheck::Accepted);
        assert_eq!(reg.last_accepted_step, Some(step));
        // The same code again, and the code of the step before, within the window.
        if previous != current {
            assert_eq!(reg.verify(&previous, at(t)), TotpCheck::Reused);
        }
        assert_eq!(reg.verify(&current, at(t + 10)), TotpCheck::Reused);
        // The next step's code is fresh, once.
        if next != current {
            assert_eq!(reg.verify(&next, at(t)), TotpCheck::Accepted);
            assert_eq!(reg.verify(&next, at(t + STEP_SECS)), TotpCheck::Reused);
        }
    }

    #[test]
    fn rfc_6238_sha1_vectors() {
        let secret = b"12345678901234567890";
        // RFC 6238 appendix B, truncated to six digits.
        assert_eq!(code_at(secret, 59 / 30), "287082");
        assert_eq!(code_at(secret, 1_111_111_109 / 30), "081804");
        assert_eq!(code_at(secret, 2_000_000_000 / 30), "279037");
    }

    #[test]
    fn base32_round_trips() {
        assert_eq!(base32_encode(b"foobar"), "MZXW6YTBOI");
        assert_eq!(base32_decode("MZXW6YTBOI======"), Some(b"foobar".to_vec()));
        assert_eq!(base32_decode("mzxw6ytboi"), Some(b"foobar".to_vec()));
        assert_eq!(base32_decode("1"), None);
    }
}
