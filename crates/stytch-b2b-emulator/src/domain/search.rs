//! The `query` of the two search endpoints: operands with a filter name and value,
//! joined by AND or OR; plus cursor pagination.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::Value;
use stytch_b2b_api::types;

use stytch_b2b_api::ErrorType;

use crate::errors::{ApiError, ApiResult};

/// The JSON type a filter expects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Strings,
    Text,
    Bool,
}

#[derive(Debug, Clone)]
pub(crate) enum FilterValue {
    Strings(Vec<String>),
    Text(String),
    Bool(bool),
}

#[derive(Debug, Clone)]
pub(crate) struct Operand {
    pub(crate) name: String,
    pub(crate) value: FilterValue,
}

/// Error types of one search endpoint (organizations or members).
#[derive(Debug)]
pub(crate) struct SearchErrors {
    pub(crate) not_recognized: ErrorType,
    pub(crate) name_must_be_string: ErrorType,
    pub(crate) missing_value: ErrorType,
    pub(crate) expected_array: ErrorType,
    pub(crate) expected_string: ErrorType,
    pub(crate) expected_bool: ErrorType,
}

#[derive(Debug)]
pub(crate) struct Query {
    any: bool,
    operands: Vec<Operand>,
}

impl Query {
    /// Whether `test` holds for the operands as the operator combines them.
    pub(crate) fn matches(&self, test: impl Fn(&Operand) -> bool) -> bool {
        if self.operands.is_empty() {
            return true;
        }
        if self.any {
            self.operands.iter().any(test)
        } else {
            self.operands.iter().all(test)
        }
    }
}

pub(crate) fn parse(
    query: Option<&types::SearchQuery>,
    filters: &[(&str, Kind)],
    errors: &SearchErrors,
) -> ApiResult<Query> {
    let Some(query) = query else {
        return Ok(Query {
            any: false,
            operands: Vec::new(),
        });
    };
    let any = match query.operator.to_ascii_uppercase().as_str() {
        "AND" => false,
        "OR" => true,
        other => {
            return Err(ApiError::bad_request(
                ErrorType::BadRequest,
                format!("query.operator must be AND or OR, got {other:?}."),
            ));
        }
    };
    let mut operands = Vec::with_capacity(query.operands.len());
    for (i, operand) in query.operands.iter().enumerate() {
        let name = match operand.get("filter_name") {
            Some(Value::String(s)) => s.clone(),
            _ => {
                return Err(ApiError::bad_request(
                    errors.name_must_be_string.clone(),
                    format!("query.operands[{i}].filter_name must be a string."),
                ));
            }
        };
        let Some((_, kind)) = filters.iter().find(|(n, _)| *n == name) else {
            let known: Vec<&str> = filters.iter().map(|(n, _)| *n).collect();
            return Err(ApiError::bad_request(
                errors.not_recognized.clone(),
                format!(
                    "Filter {name:?} is not recognized; the emulator supports {}.",
                    known.join(", ")
                ),
            ));
        };
        let raw = operand.get("filter_value").ok_or_else(|| {
            ApiError::bad_request(
                errors.missing_value.clone(),
                format!("Filter {name:?} needs a filter_value."),
            )
        })?;
        let value = match (kind, raw) {
            (Kind::Strings, Value::Array(items)) => {
                let strings: Option<Vec<String>> = items
                    .iter()
                    .map(|v| v.as_str().map(str::to_owned))
                    .collect();
                FilterValue::Strings(strings.ok_or_else(|| {
                    ApiError::bad_request(
                        errors.expected_array.clone(),
                        format!("Filter {name:?} expects an array of strings."),
                    )
                })?)
            }
            (Kind::Strings, _) => {
                return Err(ApiError::bad_request(
                    errors.expected_array.clone(),
                    format!("Filter {name:?} expects an array of strings."),
                ));
            }
            (Kind::Text, Value::String(s)) => FilterValue::Text(s.clone()),
            (Kind::Text, _) => {
                return Err(ApiError::bad_request(
                    errors.expected_string.clone(),
                    format!("Filter {name:?} expects a string."),
                ));
            }
            (Kind::Bool, Value::Bool(b)) => FilterValue::Bool(*b),
            (Kind::Bool, _) => {
                return Err(ApiError::bad_request(
                    errors.expected_bool.clone(),
                    format!("Filter {name:?} expects a boolean."),
                ));
            }
        };
        operands.push(Operand { name, value });
    }
    Ok(Query { any, operands })
}

/// `value` is one of `candidates` (exact, or case-insensitive when `ci`).
pub(crate) fn any_of(value: &str, candidates: &[String], ci: bool) -> bool {
    candidates.iter().any(|c| {
        if ci {
            c.eq_ignore_ascii_case(value)
        } else {
            c == value
        }
    })
}

/// Case-insensitive substring match.
pub(crate) fn fuzzy(haystack: &str, needle: &str) -> bool {
    haystack.to_lowercase().contains(&needle.to_lowercase())
}

pub(crate) const DEFAULT_LIMIT: i64 = 100;
pub(crate) const MAX_LIMIT: i64 = 1000;

/// One page of `items` and the metadata Stytch returns with it.
pub(crate) fn paginate<T>(
    items: Vec<T>,
    cursor: Option<&str>,
    limit: Option<i64>,
) -> ApiResult<(Vec<T>, types::ResultsMetadata)> {
    let limit = limit.unwrap_or(DEFAULT_LIMIT);
    if !(1..=MAX_LIMIT).contains(&limit) {
        return Err(ApiError::bad_request(
            ErrorType::BadRequest,
            format!("limit must be between 1 and {MAX_LIMIT}, got {limit}."),
        ));
    }
    let start = match cursor.filter(|c| !c.is_empty()) {
        None => 0,
        Some(c) => decode_cursor(c)?,
    };
    let total = items.len();
    let limit = usize::try_from(limit).unwrap_or(usize::MAX);
    let page: Vec<T> = items.into_iter().skip(start).take(limit).collect();
    let end = start.saturating_add(page.len());
    let next_cursor = (end < total).then(|| URL_SAFE_NO_PAD.encode(format!("offset:{end}")));
    Ok((
        page,
        types::ResultsMetadata {
            next_cursor,
            total: i64::try_from(total).unwrap_or(i64::MAX),
        },
    ))
}

fn decode_cursor(cursor: &str) -> ApiResult<usize> {
    URL_SAFE_NO_PAD
        .decode(cursor)
        .ok()
        .and_then(|b| String::from_utf8(b).ok())
        .and_then(|s| s.strip_prefix("offset:").and_then(|n| n.parse().ok()))
        .ok_or_else(|| {
            ApiError::bad_request(
                ErrorType::BadRequest,
                "The cursor is not one this emulator issued.",
            )
        })
}
