//! From a verified payload to a [`LocalMemberSession`]: registered claims, audience and
//! issuer, the Stytch session and organization claims, and the custom claims, each
//! rejection with its own reason and in the policy's order.

use std::borrow::Cow;

use chrono::{DateTime, NaiveDate, Utc};

use super::error::{JwtError, echo};
use super::json_object::JsonObject;
use super::json_scan::ScanError;
use super::payload::{
    self, Audience, FactorClaim, List, ORGANIZATION_CLAIM, OrganizationClaim, Payload,
    SESSION_CLAIM, Scalar, SessionClaim, Shaped,
};
use super::policy::{NumericDate, TokenTimes};
use super::session::{AuthenticationFactor, FactorType, LocalMemberSession};

/// What a payload yields once every non-time rule passed.
#[derive(Debug)]
pub(crate) struct Claims {
    pub(crate) times: TokenTimes,
    pub(crate) session: LocalMemberSession,
}

/// Reads the payload of a token whose signature verified. The time rules are left to the
/// caller, so that every other rejection takes precedence over the ones that allow a
/// fallback to the API.
pub(crate) fn extract(
    payload: &[u8],
    project_id: &str,
    issuers: &[Box<str>],
) -> Result<Claims, JwtError> {
    let mut claims = Payload::default();
    scan(payload, project_id, &mut claims)?;
    let Registered { subject, times } = registered(&mut claims, project_id, issuers)?;
    let custom_claims = claims
        .custom
        .map_or_else(JsonObject::default, JsonObject::from_validated);
    Ok(Claims {
        times,
        session: read_session(
            claims.session,
            claims.organization,
            subject.into_owned(),
            times.expires,
            custom_claims,
        )?,
    })
}

/// The registered claims every Stytch token carries, once they passed their rules.
#[derive(Debug)]
pub(crate) struct Registered<'a> {
    /// `sub`, non-empty.
    pub(crate) subject: Cow<'a, str>,
    pub(crate) times: TokenTimes,
}

/// Reads a verified payload into `out` in one pass: UTF-8, strict JSON, no repeated names.
pub(crate) fn scan<'a>(
    payload: &'a [u8],
    project_id: &str,
    out: &mut Payload<'a>,
) -> Result<(), JwtError> {
    let text = std::str::from_utf8(payload).map_err(|_| JwtError::InvalidPayload {
        reason: "not UTF-8".to_owned(),
    })?;
    payload::read(text, project_id, out).map_err(|error| match error {
        ScanError::Duplicate(claim) => JwtError::DuplicateClaim { claim },
        other => JwtError::InvalidPayload {
            reason: other.describe(text),
        },
    })
}

/// Applies the rules of `iss`, `sub`, `aud`, `exp`, `nbf` and `iat` (presence and type,
/// then issuer, then audience; not the time rules), taking them out of `payload`.
pub(crate) fn registered<'a>(
    payload: &mut Payload<'a>,
    project_id: &str,
    issuers: &[Box<str>],
) -> Result<Registered<'a>, JwtError> {
    let iss = required_string(payload.iss.take(), "iss")?;
    let subject = required_string(payload.sub.take(), "sub")?;
    let aud = payload
        .aud
        .take()
        .ok_or(JwtError::MissingClaim { claim: "aud" })?;
    let expires = numeric_date(payload.exp.take(), "exp")?;
    let not_before = numeric_date(payload.nbf.take(), "nbf")?;
    let issued_at = numeric_date(payload.iat.take(), "iat")?;
    // A handful of short comparisons, the first of which nearly always matches.
    if !issuers.iter().any(|issuer| **issuer == *iss) {
        return Err(JwtError::WrongIssuer {
            expected: issuers.join(" or "),
            found: echo(&iss),
        });
    }
    check_audience(aud, project_id)?;
    Ok(Registered {
        subject,
        times: TokenTimes {
            expires,
            not_before,
            issued_at,
        },
    })
}

fn required_string<'a>(
    value: Option<Scalar<'a>>,
    claim: &'static str,
) -> Result<Cow<'a, str>, JwtError> {
    match value {
        Some(Scalar::Str(text)) if !text.is_empty() => Ok(text),
        Some(Scalar::Str(_)) => Err(JwtError::InvalidClaim {
            claim,
            reason: "empty string",
        }),
        Some(_) => Err(JwtError::InvalidClaim {
            claim,
            reason: "not a string",
        }),
        None => Err(JwtError::MissingClaim { claim }),
    }
}

fn numeric_date(value: Option<Scalar<'_>>, claim: &'static str) -> Result<NumericDate, JwtError> {
    match value {
        Some(Scalar::Number(number)) => {
            NumericDate::from_json_text(number).ok_or(JwtError::InvalidClaim {
                claim,
                reason: "outside 1970-01-01..=9999-12-31",
            })
        }
        Some(_) => Err(JwtError::InvalidClaim {
            claim,
            reason: "not a number of seconds",
        }),
        None => Err(JwtError::MissingClaim { claim }),
    }
}

fn check_audience(aud: Audience<'_>, project_id: &str) -> Result<(), JwtError> {
    let invalid = JwtError::InvalidClaim {
        claim: "aud",
        reason: "not a string or an array of strings",
    };
    let contains = match aud {
        Audience::One(Scalar::Str(one)) => one == project_id,
        Audience::One(_) => return Err(invalid),
        Audience::Many {
            all_strings: false, ..
        } => return Err(invalid),
        Audience::Many {
            contains_project, ..
        } => contains_project,
    };
    if contains {
        Ok(())
    } else {
        Err(JwtError::WrongAudience {
            expected: project_id.to_owned(),
        })
    }
}

fn malformed(claim: impl Into<String>, reason: &'static str) -> JwtError {
    JwtError::MalformedStytchClaims {
        claim: claim.into(),
        reason,
    }
}

/// The object a Stytch claim must be.
fn object<T>(value: Option<Shaped<T>>, path: &str) -> Result<T, JwtError> {
    match value {
        Some(Shaped::Object(object)) => Ok(object),
        Some(Shaped::Null | Shaped::Other) => Err(malformed(path, "not an object")),
        None => Err(malformed(path, "missing")),
    }
}

/// A required non-empty string member of a Stytch claim.
fn member_string(value: Option<Scalar<'_>>, path: impl Fn() -> String) -> Result<String, JwtError> {
    member_str(value, path).map(Cow::into_owned)
}

fn member_str<'a>(
    value: Option<Scalar<'a>>,
    path: impl Fn() -> String,
) -> Result<Cow<'a, str>, JwtError> {
    match value {
        Some(Scalar::Str(text)) if !text.is_empty() => Ok(text),
        Some(Scalar::Str(_)) => Err(malformed(path(), "empty string")),
        Some(_) => Err(malformed(path(), "not a string")),
        None => Err(malformed(path(), "missing")),
    }
}

fn parse_time(text: &str, path: impl FnOnce() -> String) -> Result<DateTime<Utc>, JwtError> {
    if let Some(time) = whole_second_utc(text) {
        return Ok(time);
    }
    DateTime::parse_from_rfc3339(text)
        .map(|time| time.with_timezone(&Utc))
        .map_err(|_| malformed(path(), "not an RFC 3339 date-time"))
}

/// Reads `YYYY-MM-DDTHH:MM:SSZ`, the form of every time Stytch issues, without the general
/// RFC 3339 parser; `None` for any other form (which the general parser then judges).
fn whole_second_utc(text: &str) -> Option<DateTime<Utc>> {
    let bytes = text.as_bytes();
    let separators = [
        (4, b'-'),
        (7, b'-'),
        (10, b'T'),
        (13, b':'),
        (16, b':'),
        (19, b'Z'),
    ];
    if bytes.len() != 20 || separators.iter().any(|&(at, byte)| bytes[at] != byte) {
        return None;
    }
    let field = |from: usize, to: usize| {
        bytes[from..to].iter().try_fold(0u32, |value, &digit| {
            digit
                .is_ascii_digit()
                .then(|| value * 10 + u32::from(digit - b'0'))
        })
    };
    let year = i32::try_from(field(0, 4)?).ok()?;
    NaiveDate::from_ymd_opt(year, field(5, 7)?, field(8, 10)?)?
        .and_hms_opt(field(11, 13)?, field(14, 16)?, field(17, 19)?)
        .map(|time| time.and_utc())
}

fn required_time(
    value: Option<Scalar<'_>>,
    path: impl Fn() -> String,
) -> Result<DateTime<Utc>, JwtError> {
    parse_time(&member_str(value, &path)?, path)
}

/// An optional time: absent, `null` and `""` all mean "not given".
fn optional_time(
    value: Option<Scalar<'_>>,
    path: impl FnOnce() -> String,
) -> Result<Option<DateTime<Utc>>, JwtError> {
    match value {
        None | Some(Scalar::Null) => Ok(None),
        Some(Scalar::Str(text)) if text.is_empty() => Ok(None),
        Some(Scalar::Str(text)) => parse_time(&text, path).map(Some),
        Some(_) => Err(malformed(path(), "not a string")),
    }
}

/// Reads the session claim, then the organization claim (in that order of rejection).
fn read_session(
    claim: Option<Shaped<SessionClaim<'_>>>,
    organization: Option<Shaped<OrganizationClaim<'_>>>,
    member_id: String,
    exp: NumericDate,
    custom_claims: JsonObject,
) -> Result<LocalMemberSession, JwtError> {
    let path = |name: &str| format!("{SESSION_CLAIM}.{name}");
    let claim = object(claim, SESSION_CLAIM)?;
    let member_session_id = member_string(claim.id, || path("id"))?;
    let started_at = required_time(claim.started_at, || path("started_at"))?;
    let last_accessed_at = required_time(claim.last_accessed_at, || path("last_accessed_at"))?;
    let expires_at = optional_time(claim.expires_at, || path("expires_at"))?
        .unwrap_or_else(|| exp.to_datetime());
    if let Some(Shaped::Other) = claim.attributes {
        return Err(malformed(path("attributes"), "not an object"));
    }
    let roles = match claim.roles {
        None | Some(List::Null) => Vec::new(),
        Some(List::Items(roles)) if !roles.not_all_strings => roles.items,
        Some(List::Items(_) | List::Other) => {
            return Err(malformed(path("roles"), "not a list of strings"));
        }
    };
    let authentication_factors = match claim.authentication_factors {
        Some(List::Items(items)) => items
            .into_iter()
            .enumerate()
            .map(|(index, item)| read_factor(item, index))
            .collect::<Result<_, _>>()?,
        Some(List::Null | List::Other) => {
            return Err(malformed(path("authentication_factors"), "not a list"));
        }
        None => return Err(malformed(path("authentication_factors"), "missing")),
    };
    let (organization_id, organization_slug) = read_organization(organization)?;
    Ok(LocalMemberSession {
        member_session_id,
        member_id,
        organization_id,
        organization_slug,
        started_at,
        last_accessed_at,
        expires_at,
        authentication_factors,
        roles,
        custom_claims,
    })
}

fn read_factor(
    item: Shaped<FactorClaim<'_>>,
    index: usize,
) -> Result<AuthenticationFactor, JwtError> {
    let at = || format!("{SESSION_CLAIM}.authentication_factors[{index}]");
    let member = |name: &str| format!("{}.{name}", at());
    let factor = match item {
        Shaped::Object(factor) => factor,
        Shaped::Null | Shaped::Other => return Err(malformed(at(), "not an object")),
    };
    Ok(AuthenticationFactor {
        factor_type: FactorType::parse(&member_string(factor.kind, || member("type"))?),
        delivery_method: member_string(factor.delivery_method, || member("delivery_method"))?,
        last_authenticated_at: optional_time(factor.last_authenticated_at, || {
            member("last_authenticated_at")
        })?,
        created_at: optional_time(factor.created_at, || member("created_at"))?,
        updated_at: optional_time(factor.updated_at, || member("updated_at"))?,
        raw: JsonObject::from_validated(factor.raw.to_owned()),
    })
}

fn read_organization(
    claim: Option<Shaped<OrganizationClaim<'_>>>,
) -> Result<(String, Option<String>), JwtError> {
    let path = |name: &str| format!("{ORGANIZATION_CLAIM}.{name}");
    let claim = object(claim, ORGANIZATION_CLAIM)?;
    let organization_id = member_string(claim.organization_id, || path("organization_id"))?;
    let slug = match claim.slug {
        None | Some(Scalar::Null) => None,
        Some(Scalar::Str(slug)) => Some(slug.into_owned()).filter(|slug| !slug.is_empty()),
        Some(_) => return Err(malformed(path("slug"), "not a string")),
    };
    Ok((organization_id, slug))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_second_times_read_as_the_general_parser_reads_them() {
        for text in [
            "2026-11-25T21:07:41Z",
            "1970-01-01T00:00:00Z",
            "9999-12-31T23:59:59Z",
            "2024-02-29T12:00:00Z",
        ] {
            let general = DateTime::parse_from_rfc3339(text).map(|t| t.with_timezone(&Utc));
            assert_eq!(whole_second_utc(text), general.ok(), "{text}");
        }
        // Left to the general parser: other forms, and values only it can judge.
        for text in [
            "2026-11-25T21:07:41.5Z",
            "2026-11-25t21:07:41z",
            "2026-11-25T21:07:41+01:00",
            "2016-12-31T23:59:60Z",
            "2023-02-29T12:00:00Z",
            "2026-11-25T24:00:00Z",
            "2026-1a-25T21:07:41Z",
            "+026-11-25T21:07:41Z",
            "",
        ] {
            assert_eq!(whole_second_utc(text), None, "{text}");
        }
        assert!(parse_time("2016-12-31T23:59:60Z", String::new).is_ok());
        assert!(parse_time("2023-02-29T12:00:00Z", String::new).is_err());
    }
}
