//! Typed view of the `error_type` field carried by Stytch API error responses.
//!
//! Every non-2xx response from the Stytch API carries a machine-readable
//! `error_type` string (for example `"session_not_found"`). [`ErrorType`]
//! turns that string into an enum so callers can `match` on the failures they
//! care about instead of comparing strings.
//!
//! The list of known values covers the error types that the B2B endpoints
//! wrapped by the SDK (discovery, magic links, OAuth, SMS OTP,
//! organizations, members, passwords, SSO, sessions and JWKS) are documented
//! to return, plus the request-level errors every endpoint can produce.
//! Stytch adds new error types over time, so the enum is `#[non_exhaustive]`
//! and any string it does not recognise is preserved verbatim in
//! [`ErrorType::Unknown`]; converting or deserializing never fails because of
//! an unfamiliar value.
//!
//! ```
//! use stytch_b2b_api::ErrorType;
//!
//! let kind = ErrorType::from("organization_slug_already_used");
//! assert_eq!(kind, ErrorType::OrganizationSlugAlreadyUsed);
//! assert_eq!(kind.to_string(), "organization_slug_already_used");
//!
//! let future = ErrorType::from("some_brand_new_error");
//! assert!(!future.is_known());
//! assert_eq!(future.as_str(), "some_brand_new_error");
//! ```

use std::fmt;
use std::str::FromStr;

// The enum, `KNOWN`, `as_str` and `from_known` are generated from
// `openapi/error-types.yaml` by `cargo xtask codegen`; everything else is here.
#[rustfmt::skip]
#[path = "generated_error_types.rs"]
mod generated_error_types;

pub use generated_error_types::ErrorType;

impl ErrorType {
    /// Returns `true` unless this is [`ErrorType::Unknown`].
    pub fn is_known(&self) -> bool {
        !matches!(self, ErrorType::Unknown(_))
    }

    /// Returns `true` when the error says a referenced resource does not exist.
    ///
    /// This follows Stytch's naming convention: every error type whose wire
    /// string ends in `_not_found` (such as `member_not_found` or
    /// `session_not_found`) qualifies. Because the check is made on the
    /// string, it also recognises unknown error types that follow the same
    /// convention.
    pub fn is_not_found(&self) -> bool {
        self.as_str().ends_with("_not_found")
    }

    /// Returns `true` when the request was rejected by rate limiting
    /// (`too_many_requests` or `too_few_tokens_authenticated`).
    ///
    /// Such requests may succeed later; retry them with a backoff.
    pub fn is_rate_limit(&self) -> bool {
        matches!(
            self,
            ErrorType::TooManyRequests | ErrorType::TooFewTokensAuthenticated
        )
    }

    /// Returns `true` for failures on Stytch's side
    /// (`internal_server_error` or `server_unavailable`).
    pub fn is_server_error(&self) -> bool {
        matches!(
            self,
            ErrorType::InternalServerError | ErrorType::ServerUnavailable
        )
    }

    /// Returns `true` when the project credentials (project ID and secret, or
    /// the `Authorization` header built from them) were rejected.
    ///
    /// These errors point at client configuration rather than at the end
    /// user's input.
    pub fn is_credentials_error(&self) -> bool {
        matches!(
            self,
            ErrorType::UnauthorizedCredentials
                | ErrorType::UnauthorizedCredentialsHomepage
                | ErrorType::InvalidAuthorizationHeader
                | ErrorType::InvalidProjectIdAuthentication
                | ErrorType::InvalidSecretAuthentication
        )
    }

    /// Returns `true` when a token or code presented by the end user could
    /// not be authenticated: a magic link token, an SMS one-time passcode or a
    /// password reset token that is wrong, expired or already used, or a
    /// generally invalid token.
    pub fn is_invalid_token(&self) -> bool {
        matches!(
            self,
            ErrorType::InvalidToken
                | ErrorType::UnableToAuthMagicLink
                | ErrorType::UnableToAuthOtpCode
                | ErrorType::UnableToAuthPasswordResetToken
        )
    }
}

impl AsRef<str> for ErrorType {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl From<&str> for ErrorType {
    fn from(wire: &str) -> Self {
        ErrorType::from_known(wire).unwrap_or_else(|| ErrorType::Unknown(wire.to_owned()))
    }
}

impl From<String> for ErrorType {
    fn from(wire: String) -> Self {
        match ErrorType::from_known(&wire) {
            Some(known) => known,
            None => ErrorType::Unknown(wire),
        }
    }
}

impl FromStr for ErrorType {
    type Err = std::convert::Infallible;

    fn from_str(wire: &str) -> Result<Self, Self::Err> {
        Ok(ErrorType::from(wire))
    }
}

impl fmt::Display for ErrorType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for ErrorType {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for ErrorType {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        deserializer.deserialize_str(ErrorTypeVisitor)
    }
}

/// Accepts any string and maps it onto [`ErrorType`].
struct ErrorTypeVisitor;

impl serde::de::Visitor<'_> for ErrorTypeVisitor {
    type Value = ErrorType;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a Stytch error_type string")
    }

    fn visit_str<E>(self, value: &str) -> Result<ErrorType, E>
    where
        E: serde::de::Error,
    {
        Ok(ErrorType::from(value))
    }

    fn visit_string<E>(self, value: String) -> Result<ErrorType, E>
    where
        E: serde::de::Error,
    {
        Ok(ErrorType::from(value))
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_known_variant_round_trips_through_its_wire_string() {
        for known in ErrorType::KNOWN {
            let wire = known.as_str();
            assert!(known.is_known(), "{wire} should be known");
            assert_eq!(&ErrorType::from_str(wire).unwrap(), known);
            assert_eq!(&ErrorType::from(wire), known);
            assert_eq!(&ErrorType::from(wire.to_owned()), known);
            assert_eq!(known.to_string(), wire);
        }
    }

    #[test]
    fn wire_strings_are_unique_and_snake_case() {
        let mut seen = HashSet::new();
        for known in ErrorType::KNOWN {
            let wire = known.as_str();
            assert!(seen.insert(wire), "duplicate wire string {wire}");
            assert!(!wire.is_empty());
            assert!(
                wire.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'),
                "{wire} is not snake_case"
            );
            assert!(!wire.starts_with('_') && !wire.ends_with('_'), "{wire}");
        }
        assert_eq!(seen.len(), ErrorType::KNOWN.len());
    }

    #[test]
    fn known_list_contains_core_error_types() {
        for wire in [
            "bad_request",
            "unauthorized_credentials",
            "too_many_requests",
            "internal_server_error",
            "session_not_found",
            "organization_not_found",
            "member_not_found",
            "organization_slug_already_used",
            "invalid_token",
            "unable_to_auth_magic_link",
            "breached_password",
            "intermediate_session_not_found",
            "sso_connection_not_found",
        ] {
            assert!(ErrorType::from(wire).is_known(), "{wire} should be known");
        }
    }

    #[test]
    fn unknown_strings_are_preserved_verbatim() {
        let wire = "some_future_error_type";
        let parsed = ErrorType::from(wire);
        assert_eq!(parsed, ErrorType::Unknown(wire.to_owned()));
        assert!(!parsed.is_known());
        assert_eq!(parsed.as_str(), wire);
        assert_eq!(parsed.to_string(), wire);
        assert_eq!(ErrorType::from(wire.to_owned()), parsed);
        assert_eq!(ErrorType::from_str(wire).unwrap(), parsed);

        assert_eq!(ErrorType::from(""), ErrorType::Unknown(String::new()));
        // Matching is exact: case or whitespace differences are not folded.
        assert!(!ErrorType::from("SESSION_NOT_FOUND").is_known());
        assert!(!ErrorType::from(" session_not_found").is_known());
    }

    #[test]
    fn serde_uses_the_plain_wire_string() {
        let json = serde_json::to_string(&ErrorType::SessionNotFound).unwrap();
        assert_eq!(json, "\"session_not_found\"");

        let parsed: ErrorType = serde_json::from_str("\"member_not_found\"").unwrap();
        assert_eq!(parsed, ErrorType::MemberNotFound);

        let unknown: ErrorType = serde_json::from_str("\"brand_new_error\"").unwrap();
        assert_eq!(unknown, ErrorType::Unknown("brand_new_error".to_owned()));
        assert_eq!(
            serde_json::to_string(&unknown).unwrap(),
            "\"brand_new_error\""
        );

        // Owned strings (visit_string) and escaped strings take other paths.
        let owned: ErrorType =
            serde_json::from_value(serde_json::Value::String("too_many_requests".to_owned()))
                .unwrap();
        assert_eq!(owned, ErrorType::TooManyRequests);
        let escaped: ErrorType = serde_json::from_str("\"bad\\u005frequest\"").unwrap();
        assert_eq!(escaped, ErrorType::BadRequest);

        assert!(serde_json::from_str::<ErrorType>("42").is_err());
    }

    #[test]
    fn serde_round_trips_every_known_variant() {
        for known in ErrorType::KNOWN {
            let json = serde_json::to_string(known).unwrap();
            assert_eq!(json, format!("\"{}\"", known.as_str()));
            let back: ErrorType = serde_json::from_str(&json).unwrap();
            assert_eq!(&back, known);
        }
    }

    #[test]
    fn deserializes_inside_an_error_body() {
        #[derive(serde::Deserialize)]
        struct Body {
            error_type: Option<ErrorType>,
        }
        let body: Body = serde_json::from_str(
            r#"{"status_code":404,"request_id":"req","error_type":"organization_not_found"}"#,
        )
        .unwrap();
        assert_eq!(body.error_type, Some(ErrorType::OrganizationNotFound));
        let body: Body = serde_json::from_str(r#"{"error_type":null}"#).unwrap();
        assert_eq!(body.error_type, None);
    }

    #[test]
    fn classifiers() {
        assert!(ErrorType::SessionNotFound.is_not_found());
        assert!(ErrorType::MemberNotFound.is_not_found());
        assert!(ErrorType::from("widget_not_found").is_not_found());
        assert!(!ErrorType::BadRequest.is_not_found());
        assert!(!ErrorType::NoDeletedMemberFoundForReactivation.is_not_found());

        assert!(ErrorType::TooManyRequests.is_rate_limit());
        assert!(ErrorType::TooFewTokensAuthenticated.is_rate_limit());
        assert!(!ErrorType::InternalServerError.is_rate_limit());

        assert!(ErrorType::InternalServerError.is_server_error());
        assert!(ErrorType::ServerUnavailable.is_server_error());
        assert!(!ErrorType::BadRequest.is_server_error());

        assert!(ErrorType::UnauthorizedCredentials.is_credentials_error());
        assert!(!ErrorType::SessionNotFound.is_credentials_error());

        assert!(ErrorType::UnableToAuthMagicLink.is_invalid_token());
        assert!(ErrorType::UnableToAuthOtpCode.is_invalid_token());
        assert!(!ErrorType::WeakPassword.is_invalid_token());

        let unknown = ErrorType::from("mystery");
        assert!(!unknown.is_rate_limit());
        assert!(!unknown.is_server_error());
        assert!(!unknown.is_credentials_error());
        assert!(!unknown.is_invalid_token());
        assert!(!unknown.is_not_found());
    }
}
