//! JSON objects parsed with a refusal of repeated member names, at every depth.
//!
//! `serde_json` keeps the last of two equal names silently. A token whose payload says
//! `"sub"` twice can mean different things to different parsers, so the policy rejects it.
//! The duplicate's path is recorded on the side while the parser unwinds, which costs
//! nothing on the success path.

use std::cell::RefCell;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

/// Why a document was refused.
#[derive(Debug)]
pub(crate) enum StrictJsonError {
    /// A member name repeats; the path leads from the top-level object to it (`a.b`, `a[0].b`).
    Duplicate(String),
    /// The document is not a single JSON object.
    Invalid(serde_json::Error),
}

/// Parses `bytes` as one JSON object, refusing repeated member names and trailing bytes.
pub(crate) fn parse_object(bytes: &[u8]) -> Result<Map<String, Value>, StrictJsonError> {
    let duplicate = RefCell::new(None);
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    let parsed = StrictObject {
        duplicate: &duplicate,
    }
    .deserialize(&mut deserializer)
    .and_then(|object| deserializer.end().map(|()| object));
    match parsed {
        Ok(object) => Ok(object),
        Err(error) => match duplicate.into_inner() {
            Some(path) => Err(StrictJsonError::Duplicate(path)),
            None => Err(StrictJsonError::Invalid(error)),
        },
    }
}

type DuplicateSlot = RefCell<Option<String>>;

/// Seed for the top level, which must be an object.
struct StrictObject<'a> {
    duplicate: &'a DuplicateSlot,
}

impl<'de> DeserializeSeed<'de> for StrictObject<'_> {
    type Value = Map<String, Value>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for StrictObject<'_> {
    type Value = Map<String, Value>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        visit_object(self.duplicate, map)
    }
}

fn visit_object<'de, A: MapAccess<'de>>(
    duplicate: &DuplicateSlot,
    mut map: A,
) -> Result<Map<String, Value>, A::Error> {
    let mut object = Map::new();
    while let Some(name) = map.next_key::<String>()? {
        if object.contains_key(&name) {
            *duplicate.borrow_mut() = Some(name);
            return Err(de::Error::custom("duplicate member name"));
        }
        match map.next_value_seed(StrictValue { duplicate }) {
            Ok(value) => {
                object.insert(name, value);
            }
            Err(error) => {
                if let Some(path) = duplicate.borrow_mut().as_mut() {
                    let separator = if path.starts_with('[') { "" } else { "." };
                    *path = format!("{name}{separator}{path}");
                }
                return Err(error);
            }
        }
    }
    Ok(object)
}

/// Seed for any nested value.
struct StrictValue<'a> {
    duplicate: &'a DuplicateSlot,
}

impl<'de> DeserializeSeed<'de> for StrictValue<'_> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for StrictValue<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        // serde_json never hands over a non-finite number, so `from_f64` cannot fail here.
        Ok(serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(64));
        loop {
            match seq.next_element_seed(StrictValue {
                duplicate: self.duplicate,
            }) {
                Ok(Some(item)) => items.push(item),
                Ok(None) => return Ok(Value::Array(items)),
                Err(error) => {
                    if let Some(path) = self.duplicate.borrow_mut().as_mut() {
                        let separator = if path.starts_with('[') { "" } else { "." };
                        *path = format!("[{}]{separator}{path}", items.len());
                    }
                    return Err(error);
                }
            }
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Value, A::Error> {
        visit_object(self.duplicate, map).map(Value::Object)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn duplicate_path(json: &str) -> Option<String> {
        match parse_object(json.as_bytes()) {
            Err(StrictJsonError::Duplicate(path)) => Some(path),
            _ => None,
        }
    }

    #[test]
    fn accepts_distinct_names_and_keeps_values() {
        let object = parse_object(br#"{"a":1,"b":[true,null,{"c":"d"}],"e":-2.5}"#);
        let Ok(object) = object else {
            panic!("valid object refused");
        };
        assert_eq!(
            Value::Object(object),
            serde_json::json!({"a":1,"b":[true,null,{"c":"d"}],"e":-2.5})
        );
    }

    #[test]
    fn reports_duplicates_with_their_path() {
        assert_eq!(
            duplicate_path(r#"{"sub":"a","sub":"b"}"#).as_deref(),
            Some("sub")
        );
        assert_eq!(
            duplicate_path(r#"{"s":{"id":"a","id":"b"}}"#).as_deref(),
            Some("s.id")
        );
        assert_eq!(
            duplicate_path(r#"{"s":{"f":[{},{"t":1,"t":2}]}}"#).as_deref(),
            Some("s.f[1].t")
        );
    }

    #[test]
    fn refuses_non_objects_and_trailing_bytes() {
        for input in [&b"[]"[..], b"1", b"\"x\"", b"{} {}", b"{\"a\":1", b""] {
            assert!(matches!(
                parse_object(input),
                Err(StrictJsonError::Invalid(_))
            ));
        }
    }
}
