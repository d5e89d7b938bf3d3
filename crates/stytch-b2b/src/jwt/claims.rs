//! From a verified payload to a [`LocalMemberSession`]: registered claims, audience and
//! issuer, the Stytch session and organization claims, and the custom claims.

use chrono::{DateTime, Utc};
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::error::{JwtError, echo};
use super::policy::{NumericDate, TokenTimes};
use super::session::{AuthenticationFactor, FactorType, LocalMemberSession};

/// Claim holding the member session.
pub(crate) const SESSION_CLAIM: &str = "https://stytch.com/session";
/// Claim holding the organization.
pub(crate) const ORGANIZATION_CLAIM: &str = "https://stytch.com/organization";
/// Every claim under this prefix belongs to Stytch and is not a custom claim.
const STYTCH_CLAIM_PREFIX: &str = "https://stytch.com/";
/// The registered claims of RFC 7519, never custom claims.
const REGISTERED_CLAIMS: [&str; 7] = ["iss", "sub", "aud", "exp", "nbf", "iat", "jti"];

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
    mut payload: Map<String, Value>,
    project_id: &str,
    issuer: &str,
) -> Result<Claims, JwtError> {
    let iss = required_string(&mut payload, "iss")?;
    let member_id = required_string(&mut payload, "sub")?;
    let aud = payload
        .remove("aud")
        .ok_or(JwtError::MissingClaim { claim: "aud" })?;
    let expires = numeric_date(&mut payload, "exp")?;
    let not_before = numeric_date(&mut payload, "nbf")?;
    let issued_at = numeric_date(&mut payload, "iat")?;
    if iss != issuer {
        return Err(JwtError::WrongIssuer {
            expected: issuer.to_owned(),
            found: echo(&iss),
        });
    }
    check_audience(&aud, project_id)?;

    let session_claim = take_object(&mut payload, SESSION_CLAIM)?;
    let organization_claim = take_object(&mut payload, ORGANIZATION_CLAIM)?;
    let session = read_session(session_claim, member_id, expires)?;
    let (organization_id, organization_slug) = read_organization(organization_claim)?;

    for name in REGISTERED_CLAIMS {
        payload.remove(name);
    }
    payload.retain(|name, _| !name.starts_with(STYTCH_CLAIM_PREFIX));

    Ok(Claims {
        times: TokenTimes {
            expires,
            not_before,
            issued_at,
        },
        session: LocalMemberSession {
            organization_id,
            organization_slug,
            custom_claims: payload,
            ..session
        },
    })
}

/// Decodes custom claims into `T`; a failure names the claim it happened in.
pub(crate) fn decode_custom<T: DeserializeOwned>(
    claims: &Map<String, Value>,
) -> Result<T, JwtError> {
    serde_path_to_error::deserialize(claims).map_err(|error| {
        let path = error.path().to_string();
        let reason = error.into_inner().to_string();
        let claim = if path == "." {
            missing_field_name(&reason)
                .unwrap_or("(top level)")
                .to_owned()
        } else {
            path
        };
        JwtError::CustomClaims { claim, reason }
    })
}

/// The field named by serde's "missing field `name`" message.
fn missing_field_name(message: &str) -> Option<&str> {
    let rest = message.strip_prefix("missing field `")?;
    rest.split('`').next()
}

fn required_string(
    payload: &mut Map<String, Value>,
    claim: &'static str,
) -> Result<String, JwtError> {
    match payload.remove(claim) {
        Some(Value::String(value)) if !value.is_empty() => Ok(value),
        Some(Value::String(_)) => Err(JwtError::InvalidClaim {
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

fn numeric_date(
    payload: &mut Map<String, Value>,
    claim: &'static str,
) -> Result<NumericDate, JwtError> {
    match payload.get(claim) {
        Some(Value::Number(number)) => {
            NumericDate::from_json(number).ok_or(JwtError::InvalidClaim {
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

fn check_audience(aud: &Value, project_id: &str) -> Result<(), JwtError> {
    let contains = match aud {
        Value::String(single) => single == project_id,
        Value::Array(many) => {
            let mut found = false;
            for entry in many {
                match entry {
                    Value::String(one) => found |= one == project_id,
                    _ => {
                        return Err(JwtError::InvalidClaim {
                            claim: "aud",
                            reason: "not a string or an array of strings",
                        });
                    }
                }
            }
            found
        }
        _ => {
            return Err(JwtError::InvalidClaim {
                claim: "aud",
                reason: "not a string or an array of strings",
            });
        }
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

fn take_object(
    payload: &mut Map<String, Value>,
    claim: &'static str,
) -> Result<Map<String, Value>, JwtError> {
    match payload.remove(claim) {
        Some(Value::Object(object)) => Ok(object),
        Some(_) => Err(malformed(claim, "not an object")),
        None => Err(malformed(claim, "missing")),
    }
}

/// Reads a required non-empty string member of a Stytch claim.
fn member_string(
    object: &mut Map<String, Value>,
    parent: &str,
    name: &str,
) -> Result<String, JwtError> {
    match object.remove(name) {
        Some(Value::String(value)) if !value.is_empty() => Ok(value),
        Some(Value::String(_)) => Err(malformed(format!("{parent}.{name}"), "empty string")),
        Some(_) => Err(malformed(format!("{parent}.{name}"), "not a string")),
        None => Err(malformed(format!("{parent}.{name}"), "missing")),
    }
}

fn parse_time(value: &str, path: impl FnOnce() -> String) -> Result<DateTime<Utc>, JwtError> {
    DateTime::parse_from_rfc3339(value)
        .map(|time| time.with_timezone(&Utc))
        .map_err(|_| malformed(path(), "not an RFC 3339 date-time"))
}

fn required_time(
    object: &mut Map<String, Value>,
    parent: &str,
    name: &str,
) -> Result<DateTime<Utc>, JwtError> {
    let text = member_string(object, parent, name)?;
    parse_time(&text, || format!("{parent}.{name}"))
}

/// An optional time: absent, `null` and `""` all mean "not given".
fn optional_time(
    object: &Map<String, Value>,
    name: &str,
    path: impl FnOnce() -> String,
) -> Result<Option<DateTime<Utc>>, JwtError> {
    match object.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(text)) if text.is_empty() => Ok(None),
        Some(Value::String(text)) => parse_time(text, path).map(Some),
        Some(_) => Err(malformed(path(), "not a string")),
    }
}

fn read_session(
    mut claim: Map<String, Value>,
    member_id: String,
    exp: NumericDate,
) -> Result<LocalMemberSession, JwtError> {
    let parent = SESSION_CLAIM;
    let member_session_id = member_string(&mut claim, parent, "id")?;
    let started_at = required_time(&mut claim, parent, "started_at")?;
    let last_accessed_at = required_time(&mut claim, parent, "last_accessed_at")?;
    let expires_at = optional_time(&claim, "expires_at", || format!("{parent}.expires_at"))?
        .unwrap_or_else(|| exp.to_datetime());
    match claim.get("attributes") {
        None | Some(Value::Null | Value::Object(_)) => {}
        Some(_) => return Err(malformed(format!("{parent}.attributes"), "not an object")),
    }
    let roles = match claim.remove("roles") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(items)) => items
            .into_iter()
            .map(|item| match item {
                Value::String(role) => Ok(role),
                _ => Err(malformed(
                    format!("{parent}.roles"),
                    "not a list of strings",
                )),
            })
            .collect::<Result<_, _>>()?,
        Some(_) => {
            return Err(malformed(
                format!("{parent}.roles"),
                "not a list of strings",
            ));
        }
    };
    let authentication_factors = match claim.remove("authentication_factors") {
        Some(Value::Array(items)) => items
            .into_iter()
            .enumerate()
            .map(|(index, item)| read_factor(item, index))
            .collect::<Result<_, _>>()?,
        Some(_) => {
            return Err(malformed(
                format!("{parent}.authentication_factors"),
                "not a list",
            ));
        }
        None => {
            return Err(malformed(
                format!("{parent}.authentication_factors"),
                "missing",
            ));
        }
    };
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
        custom_claims: Map::new(),
    })
}

fn read_factor(item: Value, index: usize) -> Result<AuthenticationFactor, JwtError> {
    let path = |name: &str| format!("{SESSION_CLAIM}.authentication_factors[{index}].{name}");
    let Value::Object(raw) = item else {
        return Err(malformed(
            format!("{SESSION_CLAIM}.authentication_factors[{index}]"),
            "not an object",
        ));
    };
    let text = |name: &str| match raw.get(name) {
        Some(Value::String(value)) if !value.is_empty() => Ok(value.clone()),
        Some(Value::String(_)) => Err(malformed(path(name), "empty string")),
        Some(_) => Err(malformed(path(name), "not a string")),
        None => Err(malformed(path(name), "missing")),
    };
    let factor_type = FactorType::parse(&text("type")?);
    let delivery_method = text("delivery_method")?;
    let last_authenticated_at = optional_time(&raw, "last_authenticated_at", || {
        path("last_authenticated_at")
    })?;
    let created_at = optional_time(&raw, "created_at", || path("created_at"))?;
    let updated_at = optional_time(&raw, "updated_at", || path("updated_at"))?;
    Ok(AuthenticationFactor {
        factor_type,
        delivery_method,
        last_authenticated_at,
        created_at,
        updated_at,
        raw,
    })
}

fn read_organization(mut claim: Map<String, Value>) -> Result<(String, Option<String>), JwtError> {
    let organization_id = member_string(&mut claim, ORGANIZATION_CLAIM, "organization_id")?;
    let slug = match claim.remove("slug") {
        None | Some(Value::Null) => None,
        Some(Value::String(slug)) if slug.is_empty() => None,
        Some(Value::String(slug)) => Some(slug),
        Some(_) => {
            return Err(malformed(
                format!("{ORGANIZATION_CLAIM}.slug"),
                "not a string",
            ));
        }
    };
    Ok((organization_id, slug))
}
