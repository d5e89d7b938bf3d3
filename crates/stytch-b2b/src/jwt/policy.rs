//! The time rules: `exp`, `nbf`, `iat` and the maximum age, with the leeway.
//!
//! All arithmetic is in `i128` nanoseconds since the Unix epoch: claims are bounded to
//! years 1970–9999 and durations to `u64` seconds, so no sum or difference can overflow,
//! and a clock before the epoch is just a negative number.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use chrono::{DateTime, Utc};

use super::error::JwtError;
use super::options::JwtVerifyOptions;

const NANOS_PER_SECOND: i128 = 1_000_000_000;

/// Latest accepted claim time: 9999-12-31T23:59:59Z, the end of RFC 3339's range.
const MAX_CLAIM_SECONDS: i128 = 253_402_300_799;

/// A JWT NumericDate, as nanoseconds since the Unix epoch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct NumericDate(i128);

impl NumericDate {
    /// Reads the text of a JSON number of seconds, fractions allowed; `None` when it is not
    /// a number between the epoch and year 9999.
    pub(crate) fn from_json_text(number: &str) -> Option<Self> {
        let nanos = match whole_seconds(number) {
            Some(seconds) => seconds * NANOS_PER_SECOND,
            // Fractions, exponents, signs and very long integers.
            None => {
                let seconds = number.parse::<f64>().ok().filter(|s| s.is_finite())?;
                if !(0.0..=MAX_CLAIM_SECONDS as f64).contains(&seconds) {
                    return None;
                }
                // In range, so the conversions cannot saturate. The whole seconds convert
                // exactly; only the fraction goes through a multiplication.
                let whole = seconds.trunc();
                whole as i128 * NANOS_PER_SECOND
                    + ((seconds - whole) * NANOS_PER_SECOND as f64).round() as i128
            }
        };
        (0..=MAX_CLAIM_SECONDS * NANOS_PER_SECOND)
            .contains(&nanos)
            .then_some(Self(nanos))
    }

    /// The same instant as a UTC date-time.
    pub(crate) fn to_datetime(self) -> DateTime<Utc> {
        let seconds = self.0.div_euclid(NANOS_PER_SECOND);
        let nanos = self.0.rem_euclid(NANOS_PER_SECOND);
        // Both are in range by construction: seconds within 1970..=9999, nanos below 10^9.
        i64::try_from(seconds)
            .ok()
            .zip(u32::try_from(nanos).ok())
            .and_then(|(s, n)| DateTime::from_timestamp(s, n))
            .unwrap_or_default()
    }
}

/// The registered time claims of a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TokenTimes {
    pub(crate) expires: NumericDate,
    pub(crate) not_before: NumericDate,
    pub(crate) issued_at: NumericDate,
}

impl TokenTimes {
    /// Applies the time rules at the options' current time.
    pub(crate) fn check(&self, options: &JwtVerifyOptions) -> Result<(), JwtError> {
        let now = nanos_since_epoch(options.clock.now());
        let leeway = duration_nanos(options.leeway);
        if now >= self.expires.0 + leeway {
            return Err(JwtError::Expired {
                expired_at: self.expires.to_datetime(),
            });
        }
        if now + leeway < self.not_before.0 {
            return Err(JwtError::NotYetValid {
                not_before: self.not_before.to_datetime(),
            });
        }
        if self.issued_at.0 > now + leeway {
            return Err(JwtError::IssuedInFuture {
                issued_at: self.issued_at.to_datetime(),
            });
        }
        if let Some(max_age) = options.max_token_age {
            // `iat` is at most `leeway` ahead of `now` here, so the age is bounded below.
            if now - self.issued_at.0 > duration_nanos(max_age) {
                return Err(JwtError::TooOld {
                    issued_at: self.issued_at.to_datetime(),
                    max_age,
                });
            }
        }
        Ok(())
    }
}

fn nanos_since_epoch(time: SystemTime) -> i128 {
    match time.duration_since(UNIX_EPOCH) {
        Ok(after) => duration_nanos(after),
        Err(before) => -duration_nanos(before.duration()),
    }
}

fn duration_nanos(duration: Duration) -> i128 {
    // A Duration holds at most u64::MAX seconds, about 1.8e28 ns: far inside i128.
    i128::try_from(duration.as_nanos()).unwrap_or(i128::MAX)
}

/// The value of a plain run of at most 18 digits (every time claim Stytch issues), read
/// without the general float parser.
fn whole_seconds(number: &str) -> Option<i128> {
    if number.is_empty() || number.len() > 18 {
        return None;
    }
    let seconds = number.bytes().try_fold(0u64, |value, byte| {
        byte.is_ascii_digit()
            .then(|| value * 10 + u64::from(byte - b'0'))
    })?;
    Some(i128::from(seconds))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::jwt::Clock;

    fn date(seconds: i64) -> NumericDate {
        NumericDate(i128::from(seconds) * NANOS_PER_SECOND)
    }

    fn at(seconds: u64) -> JwtVerifyOptions {
        JwtVerifyOptions::default()
            .with_clock(Clock::fixed(UNIX_EPOCH + Duration::from_secs(seconds)))
    }

    const TIMES: TokenTimes = TokenTimes {
        expires: NumericDate(2_000 * NANOS_PER_SECOND),
        not_before: NumericDate(1_000 * NANOS_PER_SECOND),
        issued_at: NumericDate(1_000 * NANOS_PER_SECOND),
    };

    #[test]
    fn boundaries_without_leeway() {
        assert_eq!(TIMES.check(&at(1_000)), Ok(()));
        assert_eq!(TIMES.check(&at(1_999)), Ok(()));
        assert!(matches!(
            TIMES.check(&at(2_000)),
            Err(JwtError::Expired { .. })
        ));
        assert!(matches!(
            TIMES.check(&at(999)),
            Err(JwtError::NotYetValid { .. })
        ));
    }

    #[test]
    fn leeway_widens_both_ends() {
        let leeway = Duration::from_secs(10);
        assert_eq!(TIMES.check(&at(2_009).with_leeway(leeway)), Ok(()));
        assert_eq!(TIMES.check(&at(990).with_leeway(leeway)), Ok(()));
        assert!(matches!(
            TIMES.check(&at(2_010).with_leeway(leeway)),
            Err(JwtError::Expired { .. })
        ));
    }

    #[test]
    fn issued_in_future_beyond_leeway() {
        let times = TokenTimes {
            not_before: date(0),
            ..TIMES
        };
        assert!(matches!(
            times.check(&at(999)),
            Err(JwtError::IssuedInFuture { .. })
        ));
        assert_eq!(
            times.check(&at(999).with_leeway(Duration::from_secs(1))),
            Ok(())
        );
    }

    #[test]
    fn max_age_cannot_underflow_or_overflow() {
        let huge = JwtVerifyOptions::default()
            .with_clock(Clock::fixed(UNIX_EPOCH))
            .with_max_token_age(Duration::MAX)
            .with_leeway(Duration::MAX);
        assert_eq!(TIMES.check(&huge), Ok(()));
        assert!(matches!(
            TIMES.check(&at(1_500).with_max_token_age(Duration::from_secs(499))),
            Err(JwtError::TooOld { .. })
        ));
        assert_eq!(
            TIMES.check(&at(1_500).with_max_token_age(Duration::from_secs(500))),
            Ok(())
        );
    }

    #[test]
    fn numeric_dates_are_bounded() {
        let parse = NumericDate::from_json_text;
        assert_eq!(parse("1700000000"), Some(date(1_700_000_000)));
        assert_eq!(parse("1.5"), Some(NumericDate(3 * NANOS_PER_SECOND / 2)));
        assert_eq!(parse("-1"), None);
        assert_eq!(parse("253402300800"), None);
        assert_eq!(parse("18446744073709551615"), None);
        assert_eq!(parse("1e300"), None);
        assert_eq!(parse("1e400"), None);
        assert_eq!(parse("-0"), Some(date(0)));
        assert_eq!(parse("1.7e9"), Some(date(1_700_000_000)));
        // Whole seconds written as floats read exactly as the integers do.
        for seconds in [4_611_686_019_i64, 253_402_300_799] {
            assert_eq!(parse(&format!("{seconds}.0")), Some(date(seconds)));
            assert_eq!(parse(&format!("{seconds}e0")), Some(date(seconds)));
        }
        assert_eq!(parse("99999999999999999999999999999999999999999"), None);
        assert_eq!(
            date(1_700_000_000).to_datetime().to_rfc3339(),
            "2023-11-14T22:13:20+00:00"
        );
    }
}
