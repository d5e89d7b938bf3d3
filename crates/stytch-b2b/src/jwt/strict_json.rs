//! Zero-copy reading of JSON objects that refuses repeated member names.
//!
//! `serde_json` keeps the last of two equal names silently; a token whose payload says
//! `"sub"` twice can mean different things to different parsers, so the policy refuses it.
//! Objects are split into borrowed members (`&RawValue`) without building `Value`s, and
//! values that are read but not interpreted are walked without being built.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashSet;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::value::RawValue;

/// Why a document was refused.
#[derive(Debug)]
pub(crate) enum StrictJsonError {
    /// A member name repeats; the path leads to it from the object given (`a`, `a.b`, `a[0].b`).
    Duplicate(String),
    /// The document is not what was expected (not JSON, not an object, trailing bytes).
    Invalid(serde_json::Error),
}

/// The members of a JSON object, in document order, borrowed from the input.
pub(crate) type Members<'de> = Vec<(Cow<'de, str>, &'de RawValue)>;

/// Splits `json` (one JSON object, nothing after it) into its members, refusing repeated
/// names at its top level. Nested values are not inspected.
pub(crate) fn object_members(json: &[u8]) -> Result<Members<'_>, StrictJsonError> {
    let duplicate = RefCell::new(None);
    let mut deserializer = serde_json::Deserializer::from_slice(json);
    let parsed = MembersSeed {
        duplicate: &duplicate,
    }
    .deserialize(&mut deserializer)
    .and_then(|members| deserializer.end().map(|()| members));
    parsed.map_err(|error| match duplicate.into_inner() {
        Some(name) => StrictJsonError::Duplicate(name),
        None => StrictJsonError::Invalid(error),
    })
}

/// The JSON type of a raw value, read from its first byte.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Object,
    Array,
    String,
    Number,
    Bool,
    Null,
}

pub(crate) fn kind(raw: &RawValue) -> Kind {
    match raw.get().as_bytes().first() {
        Some(b'{') => Kind::Object,
        Some(b'[') => Kind::Array,
        Some(b'"') => Kind::String,
        Some(b't' | b'f') => Kind::Bool,
        Some(b'n') => Kind::Null,
        _ => Kind::Number,
    }
}

/// The string a raw value holds, borrowed unless it contains escapes.
pub(crate) fn as_str(raw: &RawValue) -> Option<Cow<'_, str>> {
    if kind(raw) != Kind::String {
        return None;
    }
    serde_json::from_str::<Name<'_>>(raw.get())
        .ok()
        .map(|name| name.0)
}

/// A member name or string, borrowed from the input when it has no escapes (so a borrowed
/// name never contains a backslash or a quote).
pub(crate) struct Name<'de>(pub(crate) Cow<'de, str>);

impl<'de> de::Deserialize<'de> for Name<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct NameVisitor;

        impl<'de> Visitor<'de> for NameVisitor {
            type Value = Name<'de>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }

            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Name<'de>, E> {
                Ok(Name(Cow::Borrowed(v)))
            }

            fn visit_str<E>(self, v: &str) -> Result<Name<'de>, E> {
                Ok(Name(Cow::Owned(v.to_owned())))
            }

            fn visit_string<E>(self, v: String) -> Result<Name<'de>, E> {
                Ok(Name(Cow::Owned(v)))
            }
        }

        deserializer.deserialize_str(NameVisitor)
    }
}

/// Names seen in one object. Objects are small: the first few borrowed names live inline
/// (no allocation) and are scanned linearly; a set takes over for large objects.
pub(crate) struct SeenNames<'a> {
    inline: [&'a str; SeenNames::INLINE],
    inline_len: usize,
    rest: Vec<Cow<'a, str>>,
    set: Option<HashSet<Cow<'a, str>>>,
}

impl<'a> SeenNames<'a> {
    const INLINE: usize = 4;
    const LINEAR_LIMIT: usize = 16;

    pub(crate) fn new() -> Self {
        Self {
            inline: [""; SeenNames::INLINE],
            inline_len: 0,
            rest: Vec::new(),
            set: None,
        }
    }

    /// Records `name`; false if it was already there.
    pub(crate) fn insert(&mut self, name: Cow<'a, str>) -> bool {
        if let Some(set) = &mut self.set {
            return set.insert(name);
        }
        let text: &str = &name;
        if self.inline[..self.inline_len].contains(&text)
            || self.rest.iter().any(|seen| seen == text)
        {
            return false;
        }
        match name {
            Cow::Borrowed(borrowed) if self.inline_len < Self::INLINE => {
                self.inline[self.inline_len] = borrowed;
                self.inline_len += 1;
            }
            other => self.rest.push(other),
        }
        if self.inline_len + self.rest.len() > Self::LINEAR_LIMIT {
            let inline = self.inline[..self.inline_len]
                .iter()
                .map(|name| Cow::Borrowed(*name));
            self.set = Some(inline.chain(self.rest.drain(..)).collect());
        }
        true
    }
}

/// Where a visitor records the path of a repeated name before failing, since serde's errors
/// carry no structured data.
pub(crate) type DuplicateSlot = RefCell<Option<String>>;

/// Records `name` as repeated and returns the error that stops the parse.
pub(crate) fn duplicate<E: de::Error>(slot: &DuplicateSlot, name: &str) -> E {
    *slot.borrow_mut() = Some(name.to_owned());
    E::custom("repeated member name")
}

/// Prefixes the recorded path, if any, with the enclosing member name or `[index]`.
pub(crate) fn prefix_path(slot: &DuplicateSlot, segment: impl fmt::Display) {
    if let Some(path) = slot.borrow_mut().as_mut() {
        let separator = if path.starts_with('[') { "" } else { "." };
        *path = format!("{segment}{separator}{path}");
    }
}

struct MembersSeed<'a> {
    duplicate: &'a DuplicateSlot,
}

impl<'de> DeserializeSeed<'de> for MembersSeed<'_> {
    type Value = Members<'de>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for MembersSeed<'_> {
    type Value = Members<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut members: Members<'de> = Vec::with_capacity(16);
        let mut seen = SeenNames::new();
        while let Some(Name(name)) = map.next_key::<Name<'de>>()? {
            if !seen.insert(name.clone()) {
                return Err(duplicate(self.duplicate, &name));
            }
            let value: &'de RawValue = map.next_value()?;
            members.push((name, value));
        }
        Ok(members)
    }
}

/// Walks any value without building it, refusing repeated names.
pub(crate) struct Walk<'a> {
    pub(crate) duplicate: &'a DuplicateSlot,
}

impl<'de> DeserializeSeed<'de> for Walk<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Walk<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }

    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }

    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }

    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }

    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }

    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut index = 0usize;
        loop {
            let walk = Walk {
                duplicate: self.duplicate,
            };
            match seq.next_element_seed(walk) {
                Ok(Some(())) => index += 1,
                Ok(None) => return Ok(()),
                Err(error) => {
                    prefix_path(self.duplicate, format_args!("[{index}]"));
                    return Err(error);
                }
            }
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut seen = SeenNames::new();
        while let Some(Name(name)) = map.next_key::<Name<'de>>()? {
            if !seen.insert(name.clone()) {
                return Err(duplicate(self.duplicate, &name));
            }
            let walk = Walk {
                duplicate: self.duplicate,
            };
            if let Err(error) = map.next_value_seed(walk) {
                prefix_path(self.duplicate, &name);
                return Err(error);
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(json: &str) -> &RawValue {
        match serde_json::from_str(json) {
            Ok(raw) => raw,
            Err(error) => panic!("fixture {json}: {error}"),
        }
    }

    #[test]
    fn splits_members_in_order_and_borrows_plain_names() {
        let Ok(members) = object_members(br#"{"a":1,"b\u0021":[true,{"c":"d"}],"e":"x"}"#) else {
            panic!("valid object refused");
        };
        let names: Vec<&str> = members.iter().map(|(name, _)| name.as_ref()).collect();
        assert_eq!(names, ["a", "b!", "e"]);
        assert!(matches!(members[0].0, Cow::Borrowed(_)));
        assert_eq!(members[1].1.get(), r#"[true,{"c":"d"}]"#);
        assert_eq!(as_str(members[2].1).as_deref(), Some("x"));
    }

    #[test]
    fn refuses_repeated_top_level_names_even_when_escaped() {
        for json in [
            &br#"{"sub":"a","sub":"b"}"#[..],
            br#"{"sub":"a","s\u0075b":"b"}"#,
        ] {
            assert!(matches!(
                object_members(json),
                Err(StrictJsonError::Duplicate(name)) if name == "sub"
            ));
        }
    }

    #[test]
    fn walks_nested_values_for_repeated_names() {
        let path = |json: &str| {
            let slot = RefCell::new(None);
            let mut deserializer = serde_json::Deserializer::from_str(json);
            match (Walk { duplicate: &slot }).deserialize(&mut deserializer) {
                Ok(()) => None,
                Err(_) => slot.into_inner(),
            }
        };
        assert_eq!(path(r#"{"id":"a","id":"b"}"#).as_deref(), Some("id"));
        assert_eq!(
            path(r#"{"f":[{},{"t":1,"t":2}]}"#).as_deref(),
            Some("f[1].t")
        );
        assert_eq!(
            path(r#"[[{"x":{"y":0,"y":1}}]]"#).as_deref(),
            Some("[0][0].x.y")
        );
        assert_eq!(path(r#"{"a":{"b":[1,2,{"c":null}]},"d":"e"}"#), None);
        let many: Vec<String> = (0..40).map(|i| format!("\"k{i}\":{i}")).collect();
        assert_eq!(path(&format!("{{{}}}", many.join(","))), None);
        assert_eq!(
            path(&format!("{{{},\"k3\":0}}", many.join(","))).as_deref(),
            Some("k3")
        );
    }

    #[test]
    fn refuses_non_objects_and_trailing_bytes() {
        for input in [
            &b"[]"[..],
            b"1",
            b"\"x\"",
            b"{} {}",
            b"{\"a\":1",
            b"",
            b"{\"a\":tru}",
        ] {
            assert!(matches!(
                object_members(input),
                Err(StrictJsonError::Invalid(_))
            ));
        }
    }

    #[test]
    fn reads_kinds_from_the_first_byte() {
        for (json, expected) in [
            ("{}", Kind::Object),
            ("[]", Kind::Array),
            ("\"s\"", Kind::String),
            ("-1.5", Kind::Number),
            ("false", Kind::Bool),
            ("null", Kind::Null),
        ] {
            assert_eq!(kind(raw(json)), expected);
        }
        assert_eq!(as_str(raw("5")), None);
    }
}
