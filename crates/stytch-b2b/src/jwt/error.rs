//! Why a session JWT or M2M access token was rejected, and why the key set could not be loaded.
//!
//! No variant carries the token, a signature or any credential: errors are safe to log.
//! Strings copied from a token (an algorithm name, an issuer) are cut to
//! [`MAX_ECHO_LEN`] characters.

use std::fmt;
use std::time::Duration;

use chrono::{DateTime, Utc};

/// Longest excerpt of a token-supplied string kept in an error.
const MAX_ECHO_LEN: usize = 64;

/// A rejection of a session JWT or M2M access token by local verification.
///
/// Each variant names one rule of the verification policy.
/// [`JwtError::allows_remote_fallback`] tells which rejections the Stytch API could still
/// overturn.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum JwtError {
    /// The token is longer than [`JwtConfig::max_token_len`](super::JwtConfig::max_token_len).
    #[error("JWT is {len} bytes long, over the limit of {max} bytes")]
    TooLong {
        /// Length of the token in bytes.
        len: usize,
        /// The configured limit.
        max: usize,
    },
    /// The token does not consist of exactly three `.`-separated segments.
    #[error("JWT has {found} segments instead of 3")]
    MalformedSegments {
        /// Number of segments found.
        found: usize,
    },
    /// A segment is not strict base64url (URL-safe alphabet, no padding, canonical trailing bits).
    #[error("JWT {segment} is not strict unpadded base64url")]
    InvalidBase64 {
        /// The offending segment.
        segment: TokenSegment,
    },
    /// The header is not a JSON object, or repeats a member.
    #[error("JWT header is not a valid JSON object: {reason}")]
    InvalidHeader {
        /// What is wrong, without the header's content.
        reason: String,
    },
    /// The header has no `alg`.
    #[error("JWT header has no `alg`")]
    MissingAlgorithm,
    /// The header's `alg` is not `RS256`.
    #[error("JWT algorithm {alg:?} is not accepted; only RS256 is")]
    UnsupportedAlgorithm {
        /// The algorithm named by the token (cut to 64 characters).
        alg: String,
    },
    /// The header's `typ` is present and is not `JWT`.
    #[error("JWT type {typ:?} is not accepted; only JWT is")]
    UnsupportedType {
        /// The type named by the token (cut to 64 characters).
        typ: String,
    },
    /// The header has a `crit` member; no critical extension is supported.
    #[error("JWT header lists critical extensions, none of which are supported")]
    CriticalHeader,
    /// The header has no `kid`.
    #[error("JWT header has no `kid`")]
    MissingKeyId,
    /// No RSA key with the token's `kid` is in the project's key set.
    #[error("no key {kid:?} in the project's JWKS{}", if *.refetched { " after refetching it" } else { "" })]
    UnknownKeyId {
        /// The key id named by the token (cut to 64 characters).
        kid: String,
        /// Whether the key set was refetched for this very verification: its request
        /// answered and still lacked the key. `false` when the key set had been fetched (or
        /// a fetch attempted) within the cooldown, or when this verification waited on a
        /// request made for another one (or for a warm-up or a background refresh): of
        /// many tokens naming unknown keys during one fetch, only the one that triggered it
        /// is reported as refetched, and so allowed a fallback to the API.
        refetched: bool,
    },
    /// The token's `kid` names a key of the key set that is not an RSA key.
    #[error("JWKS key {kid:?} is not an RSA key")]
    KeyNotRsa {
        /// The key id named by the token (cut to 64 characters).
        kid: String,
    },
    /// The RS256 signature does not verify with the named key.
    #[error("JWT signature is invalid")]
    InvalidSignature,
    /// The payload is not a JSON object.
    #[error("JWT payload is not a valid JSON object: {reason}")]
    InvalidPayload {
        /// What is wrong, without the payload's content.
        reason: String,
    },
    /// A claim name appears twice in the payload (or a member name twice in a claim object).
    #[error("JWT payload repeats {claim:?}")]
    DuplicateClaim {
        /// The repeated name, with its enclosing claims for nested objects (`a.b`).
        claim: String,
    },
    /// A required registered claim is missing.
    #[error("JWT has no `{claim}` claim")]
    MissingClaim {
        /// Name of the claim.
        claim: &'static str,
    },
    /// A registered claim has the wrong type or an out-of-range value.
    #[error("JWT claim `{claim}` is invalid: {reason}")]
    InvalidClaim {
        /// Name of the claim.
        claim: &'static str,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// The token's `exp` has passed (after the leeway).
    #[error("JWT expired at {expired_at}")]
    Expired {
        /// The token's `exp`.
        expired_at: DateTime<Utc>,
    },
    /// The token's `nbf` is still ahead (beyond the leeway).
    #[error("JWT is not valid before {not_before}")]
    NotYetValid {
        /// The token's `nbf`.
        not_before: DateTime<Utc>,
    },
    /// The token's `iat` is in the future (beyond the leeway).
    #[error("JWT is issued in the future, at {issued_at}")]
    IssuedInFuture {
        /// The token's `iat`.
        issued_at: DateTime<Utc>,
    },
    /// The token is older than the requested maximum age.
    #[error("JWT issued at {issued_at} is older than {max_age:?}")]
    TooOld {
        /// The token's `iat`.
        issued_at: DateTime<Utc>,
        /// The maximum age requested.
        max_age: Duration,
    },
    /// The `aud` claim does not contain the project id.
    #[error("JWT audience does not include project {expected:?}")]
    WrongAudience {
        /// The project id expected in `aud`.
        expected: String,
    },
    /// The `iss` claim is none of the accepted issuers
    /// ([`JwtVerifier::accepted_issuers`](super::JwtVerifier::accepted_issuers)).
    #[error("JWT issuer {found:?} is not {expected:?}")]
    WrongIssuer {
        /// The accepted issuers, separated by ` or ` (just `stytch.com/{project_id}` when
        /// no other issuer is configured).
        expected: String,
        /// The issuer named by the token (cut to 64 characters).
        found: String,
    },
    /// A Stytch session or organization claim is missing or malformed (or, in an M2M
    /// token, the session claim is present).
    #[error("JWT claim `{claim}` is malformed: {reason}")]
    MalformedStytchClaims {
        /// Path of the offending claim, e.g. `https://stytch.com/session.started_at`.
        claim: String,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// The custom claims could not be decoded into the requested type.
    #[error("custom claim `{claim}` could not be decoded: {reason}")]
    CustomClaims {
        /// Path of the offending claim (`claim.member[2]`), or the missing claim's name.
        claim: String,
        /// The decoder's explanation.
        reason: String,
    },
    /// The key set could not be loaded, so the token could not be checked.
    #[error("JWKS unavailable: {0}")]
    JwksUnavailable(#[source] JwksError),
}

impl JwtError {
    /// Whether the Stytch API could accept a token that local verification rejected this
    /// way, so that asking it (`sessions/authenticate`) is worthwhile.
    ///
    /// True for an expired, too old or not yet valid token (the session may still be
    /// alive and the API issues a fresh JWT), for an unknown `kid` after the key set was
    /// refetched for this verification (a rotation the JWKS does not show yet), and when
    /// the key set is unavailable (a fetch made for this verification failed, or no key set
    /// was ever loaded). Forged, malformed, mis-addressed or badly signed tokens stay
    /// local, and so do unknown key ids within the cooldown.
    pub fn allows_remote_fallback(&self) -> bool {
        matches!(
            self,
            Self::Expired { .. }
                | Self::TooOld { .. }
                | Self::NotYetValid { .. }
                | Self::UnknownKeyId {
                    refetched: true,
                    ..
                }
                | Self::JwksUnavailable(_)
        )
    }

    /// A short, stable name of the rejection reason, suitable as a metric label or a
    /// tracing field.
    pub fn reason(&self) -> &'static str {
        match self {
            Self::TooLong { .. } => "too_long",
            Self::MalformedSegments { .. } => "malformed_segments",
            Self::InvalidBase64 { .. } => "invalid_base64",
            Self::InvalidHeader { .. } => "invalid_header",
            Self::MissingAlgorithm => "missing_algorithm",
            Self::UnsupportedAlgorithm { .. } => "unsupported_algorithm",
            Self::UnsupportedType { .. } => "unsupported_type",
            Self::CriticalHeader => "critical_header",
            Self::MissingKeyId => "missing_key_id",
            Self::UnknownKeyId { .. } => "unknown_key_id",
            Self::KeyNotRsa { .. } => "key_not_rsa",
            Self::InvalidSignature => "invalid_signature",
            Self::InvalidPayload { .. } => "invalid_payload",
            Self::DuplicateClaim { .. } => "duplicate_claim",
            Self::MissingClaim { .. } => "missing_claim",
            Self::InvalidClaim { .. } => "invalid_claim",
            Self::Expired { .. } => "expired",
            Self::NotYetValid { .. } => "not_yet_valid",
            Self::IssuedInFuture { .. } => "issued_in_future",
            Self::TooOld { .. } => "too_old",
            Self::WrongAudience { .. } => "wrong_audience",
            Self::WrongIssuer { .. } => "wrong_issuer",
            Self::MalformedStytchClaims { .. } => "malformed_stytch_claims",
            Self::CustomClaims { .. } => "custom_claims",
            Self::JwksUnavailable(_) => "jwks_unavailable",
        }
    }
}

/// One of the three segments of a compact JWT.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TokenSegment {
    /// The first segment, the JOSE header.
    Header,
    /// The second segment, the claims.
    Payload,
    /// The third segment, the signature.
    Signature,
}

impl fmt::Display for TokenSegment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Header => "header",
            Self::Payload => "payload",
            Self::Signature => "signature",
        })
    }
}

/// Why the project's key set (JWKS) could not be fetched or used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum JwksError {
    /// The JWKS request did not complete within the fetch timeout.
    #[error("JWKS request timed out after {timeout:?}")]
    Timeout {
        /// The configured timeout.
        timeout: Duration,
    },
    /// The JWKS request failed before a response arrived (connection refused, TLS, DNS…).
    #[error("JWKS request failed: {message}")]
    Transport {
        /// The HTTP client's explanation.
        message: String,
    },
    /// The JWKS URL is not an absolute https URL (plain http is allowed only for loopback
    /// hosts), so no request was sent: whoever answers an unprotected request could hand
    /// out keys that sign forged tokens.
    #[error("JWKS URL must be an absolute https URL (http only for loopback hosts)")]
    InsecureUrl,
    /// The JWKS endpoint answered with a non-success status.
    #[error("JWKS endpoint answered HTTP {status}")]
    Status {
        /// The HTTP status code.
        status: u16,
    },
    /// The JWKS document is not a JSON object with a `keys` array, or is too large.
    #[error("JWKS document is invalid: {reason}")]
    InvalidDocument {
        /// What is wrong, without the document's content.
        reason: String,
    },
    /// The JWKS document has no usable RSA signing key.
    #[error("JWKS document has no usable RSA signing key")]
    NoUsableKeys,
    /// An RSA signing key of the JWKS fails validation (malformed or zero-padded `n` or
    /// `e`, a modulus outside 2048..=8192 bits or even, an exponent even or below 3, or a
    /// key the RSA implementation refuses).
    ///
    /// Such a key is skipped with a warning and the document's other keys stay in use
    /// ([`JwksManager::refused_keys`](super::JwksManager::refused_keys) lists it); a load
    /// fails with this error only when no usable key remains.
    #[error("JWKS key {kid:?} is invalid: {reason}")]
    InvalidKey {
        /// The key's `kid` (cut to 64 characters).
        kid: String,
        /// What is wrong with it.
        reason: &'static str,
    },
}

/// Cuts a token-supplied string for inclusion in an error.
pub(crate) fn echo(value: &str) -> String {
    match value.char_indices().nth(MAX_ECHO_LEN) {
        Some((end, _)) => format!("{}…", &value[..end]),
        None => value.to_owned(),
    }
}

/// Describes a JSON parse failure by category and position only, so that no byte of the
/// input reaches the message.
pub(crate) fn describe_json_error(error: &serde_json::Error) -> String {
    use serde_json::error::Category;
    let what = match error.classify() {
        Category::Io => "read error",
        Category::Syntax => "syntax error",
        Category::Data => "unexpected value",
        Category::Eof => "unexpected end of input",
    };
    format!("{what} at line {} column {}", error.line(), error.column())
}
