//! The claims of a verified M2M access token, and how a verified payload yields them.
//!
//! An M2M token passes the same structural, header, signature, registered-claim and time
//! rules as a session JWT; what differs is the rest of the payload: `sub` is the client id,
//! the `scope` claim, a string, is required, and the Stytch session claim is refused. The
//! last two keep the kinds apart: an M2M token lacks the session claim a session JWT needs,
//! and a session JWT is never an M2M token, even one whose custom claims hold a `scope`.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::claims::{self, Registered};
use super::error::{JwtError, describe_json_error};
use super::json_object::{JsonObject, custom_claims_accessors};
use super::payload::{Payload, SESSION_CLAIM};
use super::policy::TokenTimes;

/// The claim holding the granted scopes, space-separated.
const SCOPE_CLAIM: &str = "scope";

/// The claims of an M2M access token verified locally, without a call to the Stytch API.
///
/// Verification returns it inside an [`Arc`](std::sync::Arc), so a repeated token served
/// from the verified-token cache costs no copy.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct M2mTokenClaims {
    /// The M2M client the token was issued to (`sub`).
    pub client_id: String,
    /// The granted scopes: the `scope` claim split on whitespace, in token order. Empty
    /// when the claim is an empty string.
    pub scopes: Vec<String>,
    /// When the token was issued (`iat`).
    pub issued_at: DateTime<Utc>,
    /// When the token expires (`exp`).
    pub expires_at: DateTime<Utc>,
    pub(crate) custom_claims: JsonObject,
}

impl M2mTokenClaims {
    custom_claims_accessors! {
        /// Every claim that is neither a registered JWT claim (`iss`, `sub`, `aud`, `exp`, `nbf`,
        /// `iat`, `jti`), nor `scope`, nor a `https://stytch.com/…` claim: for an M2M client,
        /// its trusted metadata as Stytch puts it in the token.
    }
}

/// Reads the payload of an M2M token whose signature verified; the time rules are left to
/// the caller, as for session JWTs.
pub(crate) fn extract(
    payload: &[u8],
    project_id: &str,
    issuers: &[Box<str>],
) -> Result<(M2mTokenClaims, TokenTimes), JwtError> {
    let mut claims = Payload::default();
    claims::scan(payload, project_id, &mut claims)?;
    let Registered { subject, times } = claims::registered(&mut claims, project_id, issuers)?;
    if claims.session.is_some() {
        return Err(JwtError::MalformedStytchClaims {
            claim: SESSION_CLAIM.to_owned(),
            reason: "present in an M2M token",
        });
    }
    // The scanner keeps `scope` among the custom claims (so that session JWTs keep theirs
    // unchanged); taking it out needs the parsed object, which becomes the custom claims.
    // The text passed the strict scanner, so serde_json reads the same object.
    let mut custom = match claims.custom.as_deref() {
        Some(text) => serde_json::from_str::<Map<String, Value>>(text).map_err(|error| {
            JwtError::InvalidPayload {
                reason: describe_json_error(&error),
            }
        })?,
        None => Map::new(),
    };
    let scopes = match custom.remove(SCOPE_CLAIM) {
        Some(Value::String(scope)) => scope.split_whitespace().map(str::to_owned).collect(),
        Some(_) => {
            return Err(JwtError::InvalidClaim {
                claim: SCOPE_CLAIM,
                reason: "not a string",
            });
        }
        None => return Err(JwtError::MissingClaim { claim: SCOPE_CLAIM }),
    };
    let claims = M2mTokenClaims {
        client_id: subject.into_owned(),
        scopes,
        issued_at: times.issued_at.to_datetime(),
        expires_at: times.expires.to_datetime(),
        custom_claims: JsonObject::from_map(custom),
    };
    Ok((claims, times))
}
