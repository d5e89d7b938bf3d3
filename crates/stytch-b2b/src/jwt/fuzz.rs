//! Entry points into the private parts of the verifier for the fuzz targets in `fuzz/`
//! (feature `fuzzing`), re-exported as `stytch_b2b::__fuzz`. Not an API: unstable, and
//! absent from normal builds.

use super::claims;
use super::error::{JwksError, JwtError};
use super::json_scan::{ScanError, Scanner};
use super::keyset::KeySet;
use super::options::JwtVerifyOptions;
use super::session::LocalMemberSession;

/// What the strict JSON scanner made of a whole document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScanOutcome {
    /// RFC 8259 JSON, without a repeated member name, nested at most 127 levels deep.
    Valid,
    /// Not JSON, too deep, or a number out of the range of an `f64`: the description.
    Refused(String),
    /// A member name repeats in some object: the path to it.
    RepeatedName(String),
}

/// Runs the scanner over `text` as the verifier reads a header or a payload: one value,
/// then only whitespace.
pub fn scan_json(text: &str) -> ScanOutcome {
    let mut scanner = Scanner::new(text);
    match scanner.skip(1).and_then(|()| scanner.finish()) {
        Ok(()) => ScanOutcome::Valid,
        Err(ScanError::Duplicate(path)) => ScanOutcome::RepeatedName(path),
        Err(ScanError::RepeatedHere) => ScanOutcome::RepeatedName(String::new()),
        Err(error) => ScanOutcome::Refused(error.describe(text)),
    }
}

/// Applies the claim rules to a payload as if its signature had verified: the session it
/// yields, with the verdict of the time rules at the current time.
///
/// # Errors
/// The [`JwtError`] of the first claim rule the payload breaks.
pub fn extract_claims(
    payload: &[u8],
    project_id: &str,
    issuers: &[&str],
) -> Result<(LocalMemberSession, Result<(), JwtError>), JwtError> {
    let issuers: Vec<Box<str>> = issuers.iter().map(|issuer| Box::from(*issuer)).collect();
    let claims = claims::extract(payload, project_id, &issuers)?;
    let times = claims.times.check(&JwtVerifyOptions::default());
    Ok((claims.session, times))
}

/// Parses a JWKS document as a fetch or a preload does: the usable key ids, in document
/// order, and the refused keys.
///
/// # Errors
/// The [`JwksError`] that makes the document unusable.
pub fn parse_jwks(document: &[u8]) -> Result<(Vec<String>, Vec<JwksError>), JwksError> {
    let set = KeySet::parse(document, 1)?;
    Ok((set.key_ids().map(str::to_owned).collect(), set.refused))
}
