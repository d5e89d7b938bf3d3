//! Local verification of Stytch B2B member-session JWTs and M2M access tokens.
//!
//! A [`JwtVerifier`] checks a session JWT against the project's JSON Web Key Set, kept by a
//! [`JwksManager`], and returns the [`LocalMemberSession`] it describes, without calling the
//! Stytch API. Repeated tokens are answered from a bounded verified-token cache.
//! [`JwtVerifier::verify_m2m`] applies the same policy to M2M access tokens, up to the
//! claims (see [`M2mTokenClaims`]), with a cache of its own.
//!
//! # Policy
//!
//! Every rejection is its own [`JwtError`] variant; nothing a token contains can panic.
//!
//! * The token is at most [`JwtConfig::max_token_len`] bytes (checked before any decoding),
//!   has exactly three segments, each strict base64url without padding.
//! * The header is a JSON object without repeated members; `alg` is `RS256` whatever the
//!   JWK says; `typ` is absent or `JWT` (any case); there is no `crit`; `kid` names an RSA
//!   key of the key set.
//! * The payload is a JSON object, and no member name repeats in any object of the header
//!   or the payload (the claims, the Stytch claims, custom claim values). Custom claim
//!   values and the type-specific detail of factors are not interpreted; they are kept as
//!   they are.
//! * `iss`, `sub`, `aud`, `exp`, `nbf` and `iat` are present; times are numbers. `aud` (a
//!   string or an array) contains the project id; `iss` is `stytch.com/{project_id}`, the
//!   custom base URL when one is configured ([`JwtVerifier::expected_issuer`]), or one of
//!   [`JwtConfig::additional_issuers`] ([`JwtVerifier::accepted_issuers`]).
//! * The `https://stytch.com/session` and `https://stytch.com/organization` claims are
//!   present and well formed (RFC 3339 times, roles a list of strings).
//! * Last, the time rules with [`JwtVerifyOptions::leeway`]: `exp` has not passed, `nbf` has,
//!   `iat` is not in the future, and the token is not older than
//!   [`JwtVerifyOptions::max_token_age`]. Checking them last means that a rejection which
//!   [allows a fallback to the API](JwtError::allows_remote_fallback) implies that every
//!   other rule passed.
//!
//! # Why not `jsonwebtoken`
//!
//! The pipeline is written on `aws-lc-rs` (the backend rustls already links), `base64` and a
//! small strict JSON scanner because the policy asks for more than `jsonwebtoken` checks:
//! it ignores `crit` and `typ`, caps no length before decoding, lets an `iat` in the future
//! and repeated claim names through, and rebuilds the RSA key from the JWK's components on
//! every verification. Here each JWK is parsed once when the set loads, so a first-seen
//! token costs one RSA verification plus one pass over its JSON, and a repeated one a hash
//! lookup. The scanner replaces `serde_json` on this path because it reads a payload with
//! markedly fewer instructions than serde's visitors, which matters next to a 15 µs RSA
//! check.

mod cache;
mod claims;
mod config;
mod error;
#[cfg(feature = "fuzzing")]
pub(crate) mod fuzz;
mod json_object;
mod json_scan;
mod jwks;
mod keyset;
mod m2m;
mod options;
mod payload;
mod policy;
mod session;
mod token;
mod verifier;

pub use config::JwtConfig;
pub use error::{JwksError, JwtError, TokenSegment};
pub use jwks::{JwksManager, JwksStats};
pub use m2m::M2mTokenClaims;
pub use options::{Clock, JwtVerifyOptions};
pub use session::{
    AuthenticationFactor, FactorType, LocalMemberSession, LocalMemberSessionWithClaims,
};
pub use verifier::JwtVerifier;
