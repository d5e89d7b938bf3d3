//! Single-use tokens (magic links, password resets, minted OAuth and SSO logins):
//! expiry, one use only, and the PKCE check.

use std::collections::HashMap;
use stytch_b2b_api::ErrorType;

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, Utc};

use crate::errors::{ApiError, ApiResult};
use crate::ids;
use crate::store::OneTimeToken;

/// What to answer when a token is unknown, or known but spent or expired.
#[derive(Debug, Clone, Copy)]
pub(crate) struct TokenErrors {
    pub(crate) unknown: fn() -> ApiError,
    pub(crate) unusable: fn() -> ApiError,
}

/// Checks a PKCE code verifier against the challenge the token was minted with.
pub(crate) fn check_pkce(challenge: Option<&str>, verifier: Option<&str>) -> ApiResult<()> {
    match (
        challenge.filter(|c| !c.is_empty()),
        verifier.filter(|v| !v.is_empty()),
    ) {
        (None, None) => Ok(()),
        (Some(_), None) => Err(ApiError::bad_request(
            ErrorType::PkceExpectedCodeVerifier,
            "This token was issued with a PKCE code challenge; pass its code verifier.",
        )),
        (None, Some(_)) => Err(ApiError::bad_request(
            ErrorType::PkceDidNotExpectCodeVerifier,
            "This token was issued without a PKCE code challenge; do not pass a code verifier.",
        )),
        (Some(c), Some(v)) => {
            let digest = aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA256, v.as_bytes());
            if URL_SAFE_NO_PAD.encode(digest.as_ref()) == c {
                Ok(())
            } else {
                Err(ApiError::bad_request(
                    ErrorType::PkceMismatch,
                    "The PKCE code verifier does not match the code challenge.",
                ))
            }
        }
    }
}

/// Looks a token up without using it.
pub(crate) fn peek<'m, T>(
    map: &'m HashMap<String, OneTimeToken<T>>,
    token: &str,
    now: DateTime<Utc>,
    errors: TokenErrors,
) -> ApiResult<&'m T> {
    let entry = map.get(token).ok_or_else(errors.unknown)?;
    if entry.used || entry.expires_at <= now {
        return Err((errors.unusable)());
    }
    Ok(&entry.target)
}

/// Uses a token up (after the PKCE check) and returns what it stands for.
pub(crate) fn consume<T: Clone>(
    map: &mut HashMap<String, OneTimeToken<T>>,
    token: &str,
    now: DateTime<Utc>,
    verifier: Option<&str>,
    errors: TokenErrors,
) -> ApiResult<T> {
    peek(map, token, now, errors)?;
    let entry = map.get_mut(token).ok_or_else(errors.unknown)?;
    check_pkce(entry.pkce_challenge.as_deref(), verifier)?;
    entry.used = true;
    Ok(entry.target.clone())
}

/// Stores a fresh single-use token standing for `target`; returns the token.
pub(crate) fn issue<T>(
    map: &mut HashMap<String, OneTimeToken<T>>,
    target: T,
    expires_at: DateTime<Utc>,
    pkce_challenge: Option<String>,
) -> String {
    let token = ids::token();
    map.insert(
        token.clone(),
        OneTimeToken {
            target,
            expires_at,
            used: false,
            pkce_challenge,
        },
    );
    token
}
