//! What a second factor (SMS, TOTP, recovery code) builds on: the primary factors of
//! an intermediate session issued for the member, or an existing session.

use chrono::{DateTime, Utc};
use stytch_b2b_api::ErrorType;
use stytch_b2b_api::types;

use crate::domain::flows;
use crate::errors::{ApiError, ApiResult};
use crate::store::{Store, non_empty};

/// The factors already proven, from exactly one of an intermediate session token
/// (issued for this member of this organization) or a session of the member.
pub(crate) fn primary_factors(
    store: &Store,
    org_id: &str,
    member_id: &str,
    ist: Option<&str>,
    session_token: Option<&str>,
    session_jwt: Option<&str>,
    now: DateTime<Utc>,
) -> ApiResult<Vec<types::AuthenticationFactor>> {
    let ist = non_empty(ist);
    let existing = store.session_by_credentials(session_token, session_jwt, now)?;
    match (ist, existing) {
        (Some(_), Some(_)) => Err(ApiError::bad_request(
            ErrorType::TooManySessionArguments,
            "Pass an intermediate_session_token or a session, not both.",
        )),
        (None, None) => Err(ApiError::bad_request(
            ErrorType::NoSessionArguments,
            "Pass the intermediate_session_token from primary authentication, or a session_token or session_jwt.",
        )),
        (Some(token), None) => {
            let i = flows::intermediate(store, token, now)?;
            let matches = i.organization_id.as_deref() == Some(org_id)
                && i.member_id.as_deref() == Some(member_id);
            if !matches {
                return Err(ApiError::bad_request(
                    ErrorType::InvalidIntermediateSessionTokenForOrganization,
                    "The intermediate session was not issued for this member of this organization.",
                ));
            }
            Ok(i.factors.clone())
        }
        (None, Some(session)) => {
            if session.member_id != member_id {
                return Err(ApiError::bad_request(
                    ErrorType::MemberSessionMemberIdMismatch,
                    "The session belongs to a different member.",
                ));
            }
            Ok(Vec::new())
        }
    }
}
