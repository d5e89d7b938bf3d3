//! Password storage, verification and strength scoring.
//!
//! New passwords are stored as argon2id PHC strings. The cost parameters are lighter
//! than a production store would use (4 MiB, one pass) because the emulator holds
//! throwaway test credentials and must stay fast in debug builds. Migrated bcrypt and
//! argon2 hashes are kept as given and replaced by an argon2id hash on the first
//! successful login. Their cost parameters are bounded on import (a bcrypt cost of 31
//! or an argon2 `m` of 4 TiB would hang or abort the first login): see
//! [`BCRYPT_COSTS`] and the `ARGON2_MAX_*` constants.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use stytch_b2b_api::ErrorType;
use stytch_b2b_api::types;

use crate::errors::{ApiError, ApiResult};
use crate::ids;

/// Minimum zxcvbn score (0–4) a new password needs, as in Stytch's default policy.
pub(crate) const MIN_SCORE: u8 = 3;

/// bcrypt costs `passwords/migrate` accepts (bcrypt itself refuses below 4; 14 is
/// about 1.5 s per verification in a release build, each step doubles it).
pub(crate) const BCRYPT_COSTS: std::ops::RangeInclusive<u32> = 4..=14;
/// Largest argon2 memory (`m`, KiB) accepted on import: 64 MiB, the default of PHP's
/// `password_hash` and of the common Node and Python argon2 libraries.
pub(crate) const ARGON2_MAX_M_COST: u32 = 64 * 1024;
/// Largest argon2 work, `m` × `t` (KiB × passes), accepted on import: 64 MiB over
/// four passes (those libraries use three or four), about 0.25 s per verification in
/// a release build.
pub(crate) const ARGON2_MAX_WORK: u64 = 4 * 64 * 1024;
/// Largest argon2 parallelism (`p`) accepted on import.
pub(crate) const ARGON2_MAX_P_COST: u32 = 16;

/// A stored password hash.
#[derive(Clone, PartialEq, Eq)]
pub(crate) enum StoredPassword {
    /// Argon2 (i, d or id) in PHC string form; what the emulator writes itself.
    Argon2(String),
    /// A migrated bcrypt hash (`$2a$`, `$2b$`, `$2y$`).
    Bcrypt(String),
}

impl std::fmt::Debug for StoredPassword {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Argon2(_) => f.write_str("Argon2(<hash>)"),
            Self::Bcrypt(_) => f.write_str("Bcrypt(<hash>)"),
        }
    }
}

impl StoredPassword {
    /// Whether this hash should be replaced by the emulator's own after a login.
    pub(crate) fn is_legacy(&self) -> bool {
        !matches!(self, Self::Argon2(h) if h.starts_with("$argon2id$"))
    }
}

fn hasher() -> ApiResult<Argon2<'static>> {
    let params = Params::new(4 * 1024, 1, 1, None)
        .map_err(|e| ApiError::internal(format!("argon2 parameters: {e}")))?;
    Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
}

/// Hashes a new password with argon2id and a random salt.
pub(crate) fn hash(password: &str) -> ApiResult<StoredPassword> {
    let salt = SaltString::encode_b64(&ids::random_bytes::<16>())
        .map_err(|e| ApiError::internal(format!("argon2 salt: {e}")))?;
    let phc = hasher()?
        .hash_password(password.as_bytes(), &salt)
        .map_err(|e| ApiError::internal(format!("argon2: {e}")))?;
    Ok(StoredPassword::Argon2(phc.to_string()))
}

/// Whether `password` matches `stored`. A malformed stored hash never matches.
pub(crate) fn verify(password: &str, stored: &StoredPassword) -> bool {
    match stored {
        StoredPassword::Argon2(phc) => PasswordHash::new(phc)
            .map(|parsed| {
                Argon2::default()
                    .verify_password(password.as_bytes(), &parsed)
                    .is_ok()
            })
            .unwrap_or(false),
        StoredPassword::Bcrypt(h) => bcrypt::verify(password, h).unwrap_or(false),
    }
}

/// Checks a hash handed to `passwords/migrate` and turns it into a stored password.
pub(crate) fn import(hash_type: types::PasswordHashType, hash: &str) -> ApiResult<StoredPassword> {
    use types::PasswordHashType as T;
    match hash_type {
        T::Bcrypt => {
            let parts = hash.parse::<bcrypt::HashParts>().map_err(|e| {
                ApiError::bad_request(
                    ErrorType::InvalidBcryptHash,
                    format!("The bcrypt hash is not valid: {e}."),
                )
            })?;
            let cost = parts.get_cost();
            if !BCRYPT_COSTS.contains(&cost) {
                return Err(ApiError::bad_request(
                    ErrorType::InvalidBcryptCost,
                    format!(
                        "The bcrypt cost is {cost}; the emulator accepts {} to {}.",
                        BCRYPT_COSTS.start(),
                        BCRYPT_COSTS.end()
                    ),
                ));
            }
            Ok(StoredPassword::Bcrypt(hash.to_owned()))
        }
        T::Argon2i | T::Argon2id => {
            let expected = if hash_type == T::Argon2i {
                "argon2i"
            } else {
                "argon2id"
            };
            let parsed = PasswordHash::new(hash).map_err(|e| {
                ApiError::bad_request(
                    ErrorType::InvalidHash,
                    format!("The argon2 hash must be a PHC string ($argon2id$v=19$m=…,t=…,p=…$salt$hash): {e}."),
                )
            })?;
            if parsed.algorithm.as_str() != expected {
                return Err(ApiError::bad_request(
                    ErrorType::InvalidHash,
                    format!(
                        "hash_type is {hash_type} but the hash is {}.",
                        parsed.algorithm
                    ),
                ));
            }
            let params = Params::try_from(&parsed).map_err(|e| {
                ApiError::bad_request(
                    ErrorType::InvalidHash,
                    format!("The argon2 parameters are not valid: {e}."),
                )
            })?;
            check_argon2_costs(&params)?;
            Ok(StoredPassword::Argon2(hash.to_owned()))
        }
        other => Err(ApiError::bad_request(
            ErrorType::InvalidHashType,
            format!("The emulator migrates bcrypt, argon_2i and argon_2id hashes, not {other}."),
        )),
    }
}

/// Refuses argon2 parameters whose verification would take too long or too much memory.
fn check_argon2_costs(params: &Params) -> ApiResult<()> {
    let (m, t, p) = (params.m_cost(), params.t_cost(), params.p_cost());
    if m > ARGON2_MAX_M_COST {
        return Err(ApiError::bad_request(
            ErrorType::InvalidArgon2Memory,
            format!(
                "The argon2 memory is m={m} KiB; the emulator accepts at most {ARGON2_MAX_M_COST}."
            ),
        ));
    }
    if u64::from(m) * u64::from(t) > ARGON2_MAX_WORK {
        return Err(ApiError::bad_request(
            ErrorType::InvalidArgon2IterationAmount,
            format!(
                "The argon2 work m × t is {m} KiB × {t} passes; the emulator accepts at most {ARGON2_MAX_WORK}."
            ),
        ));
    }
    if p > ARGON2_MAX_P_COST {
        return Err(ApiError::bad_request(
            ErrorType::InvalidArgon2Threads,
            format!(
                "The argon2 parallelism is p={p}; the emulator accepts at most {ARGON2_MAX_P_COST}."
            ),
        ));
    }
    Ok(())
}

/// zxcvbn score and feedback plus LUDS facts, as `passwords/strength_check` reports.
#[derive(Debug)]
pub(crate) struct Strength {
    pub(crate) score: u8,
    pub(crate) zxcvbn: types::ZxcvbnFeedback,
    pub(crate) luds: types::LudsFeedback,
}

impl Strength {
    pub(crate) fn is_valid(&self) -> bool {
        self.score >= MIN_SCORE
    }
}

pub(crate) fn strength(password: &str, email: Option<&str>) -> Strength {
    let mut inputs: Vec<&str> = Vec::new();
    if let Some(email) = email {
        inputs.push(email);
        inputs.extend(email.split(['@', '.']).filter(|p| !p.is_empty()));
    }
    let entropy = zxcvbn::zxcvbn(password, &inputs);
    let score = u8::from(entropy.score());
    let (warning, suggestions) = match entropy.feedback() {
        Some(f) => (
            f.warning().map(|w| w.to_string()).unwrap_or_default(),
            f.suggestions().iter().map(ToString::to_string).collect(),
        ),
        None => (String::new(), Vec::new()),
    };
    let has_lower_case = password.chars().any(char::is_lowercase);
    let has_upper_case = password.chars().any(char::is_uppercase);
    let has_digit = password.chars().any(|c| c.is_ascii_digit());
    let has_symbol = password.chars().any(|c| !c.is_alphanumeric());
    let kinds = [has_lower_case, has_upper_case, has_digit, has_symbol]
        .iter()
        .filter(|k| **k)
        .count();
    let length = password.chars().count();
    Strength {
        score,
        zxcvbn: types::ZxcvbnFeedback {
            suggestions,
            warning,
        },
        luds: types::LudsFeedback {
            has_digit,
            has_lower_case,
            has_symbol,
            has_upper_case,
            missing_characters: i64::try_from(8usize.saturating_sub(length)).unwrap_or(0),
            missing_complexity: i64::try_from(3usize.saturating_sub(kinds)).unwrap_or(0),
        },
    }
}

/// Refuses a password below the strength policy.
pub(crate) fn require_strong(password: &str, email: Option<&str>) -> ApiResult<()> {
    let s = strength(password, email);
    if s.is_valid() {
        Ok(())
    } else {
        Err(ApiError::bad_request(
            ErrorType::WeakPassword,
            format!(
                "The password is too weak (zxcvbn score {} of 4, {} required). {}",
                s.score, MIN_SCORE, s.zxcvbn.warning
            ),
        )
        .with_details(serde_json::json!({ "score": s.score, "suggestions": s.zxcvbn.suggestions })))
    }
}
