//! From a verified payload to a [`LocalMemberSession`]: registered claims, audience and
//! issuer, the Stytch session and organization claims, and the custom claims.
//!
//! The payload is split into borrowed members and only the claims the session needs are
//! decoded; custom claims and the raw factor objects are kept as text (see
//! [`JsonObject`]). Parts kept as text are walked once so that no name repeats anywhere.

use std::borrow::Cow;

use chrono::{DateTime, Utc};
use serde_json::value::RawValue;

use super::error::{JwtError, describe_json_error, echo};
use super::json_object::JsonObject;
use super::policy::{NumericDate, TokenTimes};
use super::session::{AuthenticationFactor, FactorType, LocalMemberSession};
use super::strict_json::{self, Kind, StrictJsonError};

/// Claim holding the member session.
const SESSION_CLAIM: &str = "https://stytch.com/session";
/// Claim holding the organization.
const ORGANIZATION_CLAIM: &str = "https://stytch.com/organization";
/// Every claim under this prefix belongs to Stytch and is not a custom claim.
const STYTCH_CLAIM_PREFIX: &str = "https://stytch.com/";

/// What a payload yields once every non-time rule passed.
#[derive(Debug)]
pub(crate) struct Claims {
    pub(crate) times: TokenTimes,
    pub(crate) session: LocalMemberSession,
}

/// The payload's members, sorted by role.
#[derive(Default)]
struct PayloadMembers<'a> {
    iss: Option<&'a RawValue>,
    sub: Option<&'a RawValue>,
    aud: Option<&'a RawValue>,
    exp: Option<&'a RawValue>,
    nbf: Option<&'a RawValue>,
    iat: Option<&'a RawValue>,
    session: Option<&'a RawValue>,
    organization: Option<&'a RawValue>,
    /// Other `https://stytch.com/` claims: not interpreted, not custom.
    other_stytch: Vec<(Cow<'a, str>, &'a RawValue)>,
    custom: Vec<(Cow<'a, str>, &'a RawValue)>,
}

/// Reads the payload of a token whose signature verified. The time rules are left to the
/// caller, so that every other rejection takes precedence over the ones that allow a
/// fallback to the API.
pub(crate) fn extract(payload: &[u8], project_id: &str, issuer: &str) -> Result<Claims, JwtError> {
    let members = strict_json::object_members(payload).map_err(|error| match error {
        StrictJsonError::Duplicate(claim) => JwtError::DuplicateClaim { claim },
        StrictJsonError::Invalid(error) => JwtError::InvalidPayload {
            reason: describe_json_error(&error),
        },
    })?;
    let mut sorted = PayloadMembers::default();
    for (name, value) in members {
        let slot = match name.as_ref() {
            "iss" => &mut sorted.iss,
            "sub" => &mut sorted.sub,
            "aud" => &mut sorted.aud,
            "exp" => &mut sorted.exp,
            "nbf" => &mut sorted.nbf,
            "iat" => &mut sorted.iat,
            SESSION_CLAIM => &mut sorted.session,
            ORGANIZATION_CLAIM => &mut sorted.organization,
            "jti" => continue,
            other if other.starts_with(STYTCH_CLAIM_PREFIX) => {
                sorted.other_stytch.push((name, value));
                continue;
            }
            _ => {
                sorted.custom.push((name, value));
                continue;
            }
        };
        *slot = Some(value);
    }

    let iss = required_string(sorted.iss, "iss")?;
    let member_id = required_string(sorted.sub, "sub")?.into_owned();
    let aud = sorted.aud.ok_or(JwtError::MissingClaim { claim: "aud" })?;
    let expires = numeric_date(sorted.exp, "exp")?;
    let not_before = numeric_date(sorted.nbf, "nbf")?;
    let issued_at = numeric_date(sorted.iat, "iat")?;
    if iss != issuer {
        return Err(JwtError::WrongIssuer {
            expected: issuer.to_owned(),
            found: echo(&iss),
        });
    }
    check_audience(aud, project_id)?;

    let session = read_session(sorted.session, member_id, expires)?;
    let (organization_id, organization_slug) = read_organization(sorted.organization)?;
    for (name, value) in &sorted.other_stytch {
        unique_names(value, name)?;
    }
    let custom_claims = custom_claims(&sorted.custom)?;

    Ok(Claims {
        times: TokenTimes {
            expires,
            not_before,
            issued_at,
        },
        session: LocalMemberSession {
            organization_id,
            organization_slug,
            custom_claims,
            ..session
        },
    })
}

fn required_string<'a>(
    value: Option<&'a RawValue>,
    claim: &'static str,
) -> Result<Cow<'a, str>, JwtError> {
    let value = value.ok_or(JwtError::MissingClaim { claim })?;
    match strict_json::as_str(value) {
        Some(text) if !text.is_empty() => Ok(text),
        Some(_) => Err(JwtError::InvalidClaim {
            claim,
            reason: "empty string",
        }),
        None => Err(JwtError::InvalidClaim {
            claim,
            reason: "not a string",
        }),
    }
}

fn numeric_date(value: Option<&RawValue>, claim: &'static str) -> Result<NumericDate, JwtError> {
    let value = value.ok_or(JwtError::MissingClaim { claim })?;
    let number = strict_json::as_number(value).ok_or(JwtError::InvalidClaim {
        claim,
        reason: "not a number of seconds",
    })?;
    NumericDate::from_json(&number).ok_or(JwtError::InvalidClaim {
        claim,
        reason: "outside 1970-01-01..=9999-12-31",
    })
}

fn check_audience(aud: &RawValue, project_id: &str) -> Result<(), JwtError> {
    let invalid = JwtError::InvalidClaim {
        claim: "aud",
        reason: "not a string or an array of strings",
    };
    let contains = match strict_json::kind(aud) {
        Kind::String => strict_json::as_str(aud).is_some_and(|one| one == project_id),
        Kind::Array => {
            let mut found = false;
            for entry in strict_json::as_array(aud).ok_or(invalid.clone())? {
                found |= strict_json::as_str(entry).ok_or(invalid.clone())? == project_id;
            }
            found
        }
        _ => return Err(invalid),
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

/// Refuses repeated names anywhere inside `value`, reporting them under `path`.
fn unique_names(value: &RawValue, path: &str) -> Result<(), JwtError> {
    strict_json::check_unique_names(value).map_err(|error| match error {
        StrictJsonError::Duplicate(inner) => {
            let separator = if inner.starts_with('[') { "" } else { "." };
            JwtError::DuplicateClaim {
                claim: format!("{path}{separator}{inner}"),
            }
        }
        // The value was already parsed once as part of the payload.
        StrictJsonError::Invalid(error) => JwtError::InvalidPayload {
            reason: describe_json_error(&error),
        },
    })
}

/// The members of a Stytch claim object, refusing repeated names among them.
fn object_members<'a>(
    value: Option<&'a RawValue>,
    path: &str,
) -> Result<Vec<(Cow<'a, str>, &'a RawValue)>, JwtError> {
    let value = value.ok_or_else(|| malformed(path, "missing"))?;
    if strict_json::kind(value) != Kind::Object {
        return Err(malformed(path, "not an object"));
    }
    strict_json::object_members(value.get().as_bytes()).map_err(|error| match error {
        StrictJsonError::Duplicate(name) => JwtError::DuplicateClaim {
            claim: format!("{path}.{name}"),
        },
        StrictJsonError::Invalid(error) => JwtError::InvalidPayload {
            reason: describe_json_error(&error),
        },
    })
}

/// A required non-empty string member of a Stytch claim.
fn member_string(value: Option<&RawValue>, path: impl Fn() -> String) -> Result<String, JwtError> {
    let value = value.ok_or_else(|| malformed(path(), "missing"))?;
    match strict_json::as_str(value) {
        Some(text) if !text.is_empty() => Ok(text.into_owned()),
        Some(_) => Err(malformed(path(), "empty string")),
        None => Err(malformed(path(), "not a string")),
    }
}

fn parse_time(text: &str, path: impl FnOnce() -> String) -> Result<DateTime<Utc>, JwtError> {
    DateTime::parse_from_rfc3339(text)
        .map(|time| time.with_timezone(&Utc))
        .map_err(|_| malformed(path(), "not an RFC 3339 date-time"))
}

fn required_time(
    value: Option<&RawValue>,
    path: impl Fn() -> String,
) -> Result<DateTime<Utc>, JwtError> {
    let text = member_string(value, &path)?;
    parse_time(&text, path)
}

/// An optional time: absent, `null` and `""` all mean "not given".
fn optional_time(
    value: Option<&RawValue>,
    path: impl FnOnce() -> String,
) -> Result<Option<DateTime<Utc>>, JwtError> {
    let Some(value) = value else {
        return Ok(None);
    };
    match strict_json::kind(value) {
        Kind::Null => Ok(None),
        Kind::String => match strict_json::as_str(value) {
            Some(text) if text.is_empty() => Ok(None),
            Some(text) => parse_time(&text, path).map(Some),
            None => Err(malformed(path(), "not a string")),
        },
        _ => Err(malformed(path(), "not a string")),
    }
}

fn read_session(
    claim: Option<&RawValue>,
    member_id: String,
    exp: NumericDate,
) -> Result<LocalMemberSession, JwtError> {
    let path = |name: &str| format!("{SESSION_CLAIM}.{name}");
    let (mut id, mut started, mut accessed, mut expires) = (None, None, None, None);
    let (mut attributes, mut factors, mut roles) = (None, None, None);
    for (name, value) in object_members(claim, SESSION_CLAIM)? {
        match name.as_ref() {
            "id" => id = Some(value),
            "started_at" => started = Some(value),
            "last_accessed_at" => accessed = Some(value),
            "expires_at" => expires = Some(value),
            "attributes" => attributes = Some(value),
            "authentication_factors" => factors = Some(value),
            "roles" => roles = Some(value),
            other => unique_names(value, &path(other))?,
        }
    }
    let member_session_id = member_string(id, || path("id"))?;
    let started_at = required_time(started, || path("started_at"))?;
    let last_accessed_at = required_time(accessed, || path("last_accessed_at"))?;
    let expires_at =
        optional_time(expires, || path("expires_at"))?.unwrap_or_else(|| exp.to_datetime());
    if let Some(attributes) = attributes {
        match strict_json::kind(attributes) {
            Kind::Null => {}
            Kind::Object => unique_names(attributes, &path("attributes"))?,
            _ => return Err(malformed(path("attributes"), "not an object")),
        }
    }
    let roles = read_roles(roles)?;
    let authentication_factors = read_factors(factors)?;
    Ok(LocalMemberSession {
        member_session_id,
        member_id,
        organization_id: String::new(),
        organization_slug: None,
        started_at,
        last_accessed_at,
        expires_at,
        authentication_factors,
        roles,
        custom_claims: JsonObject::default(),
    })
}

fn read_roles(value: Option<&RawValue>) -> Result<Vec<String>, JwtError> {
    let invalid = || malformed(format!("{SESSION_CLAIM}.roles"), "not a list of strings");
    let Some(value) = value else {
        return Ok(Vec::new());
    };
    if strict_json::kind(value) == Kind::Null {
        return Ok(Vec::new());
    }
    strict_json::as_array(value)
        .ok_or_else(invalid)?
        .into_iter()
        .map(|role| {
            strict_json::as_str(role)
                .map(Cow::into_owned)
                .ok_or_else(invalid)
        })
        .collect()
}

fn read_factors(value: Option<&RawValue>) -> Result<Vec<AuthenticationFactor>, JwtError> {
    let path = format!("{SESSION_CLAIM}.authentication_factors");
    let value = value.ok_or_else(|| malformed(path.clone(), "missing"))?;
    let items =
        strict_json::as_array(value).ok_or_else(|| malformed(path.clone(), "not a list"))?;
    items
        .into_iter()
        .enumerate()
        .map(|(index, item)| read_factor(item, &format!("{path}[{index}]")))
        .collect()
}

fn read_factor(item: &RawValue, path: &str) -> Result<AuthenticationFactor, JwtError> {
    let member = |name: &str| format!("{path}.{name}");
    let (mut kind, mut delivery, mut last, mut created, mut updated) =
        (None, None, None, None, None);
    for (name, value) in object_members(Some(item), path)? {
        match name.as_ref() {
            "type" => kind = Some(value),
            "delivery_method" => delivery = Some(value),
            "last_authenticated_at" => last = Some(value),
            "created_at" => created = Some(value),
            "updated_at" => updated = Some(value),
            other => unique_names(value, &member(other))?,
        }
    }
    Ok(AuthenticationFactor {
        factor_type: FactorType::parse(&member_string(kind, || member("type"))?),
        delivery_method: member_string(delivery, || member("delivery_method"))?,
        last_authenticated_at: optional_time(last, || member("last_authenticated_at"))?,
        created_at: optional_time(created, || member("created_at"))?,
        updated_at: optional_time(updated, || member("updated_at"))?,
        raw: JsonObject::from_validated(item.get().to_owned()),
    })
}

fn read_organization(claim: Option<&RawValue>) -> Result<(String, Option<String>), JwtError> {
    let path = |name: &str| format!("{ORGANIZATION_CLAIM}.{name}");
    let (mut id, mut slug) = (None, None);
    for (name, value) in object_members(claim, ORGANIZATION_CLAIM)? {
        match name.as_ref() {
            "organization_id" => id = Some(value),
            "slug" => slug = Some(value),
            other => unique_names(value, &path(other))?,
        }
    }
    let organization_id = member_string(id, || path("organization_id"))?;
    let slug = match slug {
        None => None,
        Some(value) => match strict_json::kind(value) {
            Kind::Null => None,
            Kind::String => strict_json::as_str(value)
                .filter(|slug| !slug.is_empty())
                .map(Cow::into_owned),
            _ => return Err(malformed(path("slug"), "not a string")),
        },
    };
    Ok((organization_id, slug))
}

/// Checks the custom claims and keeps them as one JSON object text.
fn custom_claims(claims: &[(Cow<'_, str>, &RawValue)]) -> Result<JsonObject, JwtError> {
    if claims.is_empty() {
        return Ok(JsonObject::default());
    }
    let mut text = String::with_capacity(
        2 + claims
            .iter()
            .map(|(n, v)| n.len() + v.get().len() + 4)
            .sum::<usize>(),
    );
    text.push('{');
    for (index, (name, value)) in claims.iter().enumerate() {
        unique_names(value, name)?;
        if index > 0 {
            text.push(',');
        }
        // Names came out of valid JSON; re-encoding them cannot fail.
        text.push_str(&serde_json::to_string(name.as_ref()).unwrap_or_default());
        text.push(':');
        text.push_str(value.get());
    }
    text.push('}');
    Ok(JsonObject::from_validated(text))
}
