//! Members: the uniqueness rules of email addresses and MFA phone numbers within an
//! organization, and just-in-time provisioning by identity-provider logins.

use crate::errors::{ApiError, ApiResult};
use crate::store::{NewMember, STATUS_ACTIVE, STATUS_DELETED, Store};
use stytch_b2b_api::ErrorType;

/// The error for an email address a live member of the organization already has.
pub(crate) fn duplicate_email(email: &str) -> ApiError {
    ApiError::bad_request(
        ErrorType::DuplicateMemberEmail,
        format!("A member with the email address {email} already exists in this organization."),
    )
}

/// Refuses a phone number another live member of the organization uses.
pub(crate) fn check_phone_free(
    store: &Store,
    org_id: &str,
    phone: &str,
    except: Option<&str>,
) -> ApiResult<()> {
    let taken = store.members.values().any(|m| {
        m.member.organization_id == org_id
            && m.member.status != STATUS_DELETED
            && m.member.mfa_phone_number == phone
            && Some(m.member.member_id.as_str()) != except
    });
    if taken {
        Err(ApiError::bad_request(
            ErrorType::DuplicateMemberPhoneNumber,
            "Another member of this organization uses that MFA phone number.",
        ))
    } else {
        Ok(())
    }
}

/// The member of `org_id` with `email`, provisioned just in time (active, email
/// verified) when `may_join`; `refusal` otherwise.
pub(crate) fn find_or_provision(
    store: &mut Store,
    org_id: &str,
    email: &str,
    name: &str,
    may_join: bool,
    refusal: ApiError,
) -> ApiResult<String> {
    if let Some(m) = store.member_by_email(org_id, email) {
        return Ok(m.member.member_id.clone());
    }
    if !may_join {
        return Err(refusal);
    }
    Ok(store.insert_member(
        org_id,
        NewMember {
            email: email.to_owned(),
            name: name.to_owned(),
            status: STATUS_ACTIVE,
            email_verified: true,
            ..NewMember::default()
        },
    ))
}
