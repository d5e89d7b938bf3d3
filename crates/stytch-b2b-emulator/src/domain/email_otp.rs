//! Email one-time passcodes, for an organization's member or for discovery: sent
//! through the outbox, single use, expiring.

use chrono::{DateTime, Duration, Utc};
use stytch_b2b_api::ErrorType;

use crate::domain::flows::push_message;
use crate::errors::{ApiError, ApiResult};
use crate::ids;
use crate::outbox::{Channel, MessageKind, OutboxMessage};
use crate::store::Store;

/// Default lifetime of an email code, in minutes.
pub(crate) const DEFAULT_MINUTES: i64 = 10;

/// An email code waiting to be used.
#[derive(Debug, Clone)]
pub(crate) struct PendingEmailOtp {
    pub(crate) code: String,
    pub(crate) expires_at: DateTime<Utc>,
}

/// Where a code is filed: per organization and address, or per address for discovery.
pub(crate) fn key(org_id: Option<&str>, email: &str) -> String {
    match org_id {
        Some(org) => format!("org:{org}:{}", email.to_ascii_lowercase()),
        None => format!("discovery:{}", email.to_ascii_lowercase()),
    }
}

/// Sends a fresh code to `email` (replacing an earlier one for the same key).
pub(crate) fn send(
    store: &mut Store,
    now: DateTime<Utc>,
    org_id: Option<&str>,
    member_id: Option<&str>,
    email: &str,
    minutes: Option<i64>,
) {
    store.prune_expired(now);
    let code = ids::otp_code();
    let expires_at = now + Duration::minutes(minutes.unwrap_or(DEFAULT_MINUTES).max(1));
    store.email_otps.insert(
        key(org_id, email),
        PendingEmailOtp {
            code: code.clone(),
            expires_at,
        },
    );
    let kind = if org_id.is_some() {
        MessageKind::EmailOtp
    } else {
        MessageKind::DiscoveryEmailOtp
    };
    let message = OutboxMessage {
        message_id: store.new_id("message"),
        kind,
        channel: Channel::Email,
        recipient: email.to_owned(),
        organization_id: org_id.map(str::to_owned),
        member_id: member_id.map(str::to_owned),
        token: code,
        redirect_url: None,
        sent_at: now,
        expires_at,
    };
    push_message(store, message);
}

/// Uses up the code for `key` if `code` matches and it has not expired.
pub(crate) fn redeem(
    store: &mut Store,
    key: &str,
    code: &str,
    now: DateTime<Utc>,
) -> ApiResult<()> {
    let pending = store.email_otps.get(key).cloned().ok_or_else(|| {
        ApiError::not_found(
            ErrorType::OtpCodeNotFound,
            "No email one-time passcode is outstanding for this address; send one first.",
        )
    })?;
    if pending.expires_at <= now {
        store.email_otps.remove(key);
        return Err(ApiError::unauthorized(
            ErrorType::UnableToAuthOtpCode,
            "The one-time passcode has expired.",
        ));
    }
    let matches =
        aws_lc_rs::constant_time::verify_slices_are_equal(pending.code.as_bytes(), code.as_bytes())
            .is_ok();
    if !matches {
        return Err(ApiError::unauthorized(
            ErrorType::UnableToAuthOtpCode,
            "The one-time passcode is wrong.",
        ));
    }
    store.email_otps.remove(key);
    Ok(())
}
