//! Checks of request values the schema cannot express (formats, documented values).

use stytch_b2b_api::ErrorType;

use crate::errors::{ApiError, ApiResult};

pub(crate) fn email(address: &str) -> ApiResult<()> {
    let ok = match address.rsplit_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !address.chars().any(|c| c.is_whitespace() || c.is_control())
                && address.len() <= 254
        }
        None => false,
    };
    if ok {
        Ok(())
    } else {
        Err(ApiError::bad_request(
            ErrorType::InvalidEmail,
            format!("{address:?} is not a valid email address."),
        ))
    }
}

/// E.164: `+` then 8 to 15 digits, the first not zero.
pub(crate) fn phone(number: &str) -> ApiResult<()> {
    let digits = number.strip_prefix('+').unwrap_or("");
    let ok = (8..=15).contains(&digits.len())
        && digits.chars().all(|c| c.is_ascii_digit())
        && !digits.starts_with('0');
    if ok {
        Ok(())
    } else {
        Err(ApiError::bad_request(
            ErrorType::InvalidPhoneNumber,
            format!("{number:?} is not a phone number in E.164 format (e.g. +15555550123)."),
        ))
    }
}

/// 2–128 characters of lowercase letters, digits, `-`, `.`, `_` or `~`.
pub(crate) fn slug(slug: &str) -> ApiResult<()> {
    let ok = (2..=128).contains(&slug.len())
        && slug
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "-._~".contains(c));
    if ok {
        Ok(())
    } else {
        Err(ApiError::bad_request(
            ErrorType::InvalidOrganizationSlug,
            format!(
                "{slug:?} is not a valid organization slug: use 2 to 128 lowercase letters, digits, '-', '.', '_' or '~'."
            ),
        ))
    }
}

/// A slug derived from an organization name, for creates that omit one.
pub(crate) fn slug_from_name(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let trimmed = out.trim_end_matches('-');
    let mut slug: String = trimmed.chars().take(100).collect();
    if slug.len() < 2 {
        slug.push_str("-org");
    }
    slug
}

pub(crate) fn organization_name(name: &str) -> ApiResult<()> {
    if name.trim().is_empty() {
        Err(ApiError::bad_request(
            ErrorType::OrganizationNameMissing,
            "organization_name must not be empty.",
        ))
    } else {
        Ok(())
    }
}

/// One of the documented values of an organization setting.
pub(crate) fn one_of(
    field: &str,
    value: &str,
    allowed: &[&str],
    error_type: ErrorType,
) -> ApiResult<()> {
    if allowed.contains(&value) {
        Ok(())
    } else {
        Err(ApiError::bad_request(
            error_type,
            format!(
                "{field} must be one of {}, got {value:?}.",
                allowed.join(", ")
            ),
        ))
    }
}

pub(crate) const MFA_POLICIES: &[&str] = &["REQUIRED_FOR_ALL", "OPTIONAL"];
pub(crate) const AUTH_METHODS: &[&str] = &["ALL_ALLOWED", "RESTRICTED"];
pub(crate) const ALLOWED_AUTH_METHODS: &[&str] = &[
    "sso",
    "magic_link",
    "password",
    "google_oauth",
    "microsoft_oauth",
    "github_oauth",
    "slack_oauth",
];
pub(crate) const EMAIL_INVITES: &[&str] = &["ALL_ALLOWED", "RESTRICTED", "NOT_ALLOWED"];
pub(crate) const EMAIL_JIT: &[&str] = &["RESTRICTED", "NOT_ALLOWED"];
pub(crate) const SSO_JIT: &[&str] = &["ALL_ALLOWED", "RESTRICTED", "NOT_ALLOWED"];
