//! One pass over a verified payload that picks out what the session needs.
//!
//! Serde seeds walk the payload once, borrowing strings from it, and record each claim in
//! a lenient shape: a claim of the wrong type is noted (`Other`), not an error, so that
//! [`claims`](super::claims) can report it with the right rejection reason and in the
//! policy's order. Only two things stop the pass: invalid JSON and a repeated name, among
//! the claims or inside the Stytch claims (session, attributes, factors, organization).
//! Custom claim values and the type-specific detail of factors are opaque to the verifier:
//! they are kept as text, and their insides are only parsed for syntax.

use std::borrow::Cow;
use std::cell::RefCell;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Number;
use serde_json::value::RawValue;

use super::strict_json::{
    DuplicateSlot, Name, SeenNames, StrictJsonError, Walk, duplicate, prefix_path,
};

/// Claim holding the member session.
pub(crate) const SESSION_CLAIM: &str = "https://stytch.com/session";
/// Claim holding the organization.
pub(crate) const ORGANIZATION_CLAIM: &str = "https://stytch.com/organization";
/// Every claim under this prefix belongs to Stytch and is never a custom claim.
const STYTCH_CLAIM_PREFIX: &str = "https://stytch.com/";

/// A claim value as far as a scalar claim needs it.
#[derive(Debug)]
pub(crate) enum Scalar<'de> {
    Str(Cow<'de, str>),
    Number(Number),
    Null,
    /// A boolean, an array or an object.
    Other,
}

/// A value that should be an object.
#[derive(Debug)]
pub(crate) enum Shaped<T> {
    Object(T),
    Null,
    Other,
}

/// A value that should be a list; `T` holds what was gathered from its elements.
#[derive(Debug)]
pub(crate) enum List<T> {
    Items(T),
    Null,
    Other,
}

/// The `aud` claim.
#[derive(Debug)]
pub(crate) enum Audience<'de> {
    One(Scalar<'de>),
    /// An array, judged as it is read.
    Many {
        all_strings: bool,
        contains_project: bool,
    },
}

#[derive(Debug, Default)]
pub(crate) struct Payload<'de> {
    pub(crate) iss: Option<Scalar<'de>>,
    pub(crate) sub: Option<Scalar<'de>>,
    pub(crate) aud: Option<Audience<'de>>,
    pub(crate) exp: Option<Scalar<'de>>,
    pub(crate) nbf: Option<Scalar<'de>>,
    pub(crate) iat: Option<Scalar<'de>>,
    pub(crate) session: Option<Shaped<SessionClaim<'de>>>,
    pub(crate) organization: Option<Shaped<OrganizationClaim<'de>>>,
    /// Custom claims, as the text of one JSON object; `None` when there are none.
    pub(crate) custom: Option<String>,
}

#[derive(Debug, Default)]
pub(crate) struct SessionClaim<'de> {
    pub(crate) id: Option<Scalar<'de>>,
    pub(crate) started_at: Option<Scalar<'de>>,
    pub(crate) last_accessed_at: Option<Scalar<'de>>,
    pub(crate) expires_at: Option<Scalar<'de>>,
    pub(crate) attributes: Option<Shaped<()>>,
    pub(crate) authentication_factors: Option<List<Vec<Shaped<FactorClaim<'de>>>>>,
    pub(crate) roles: Option<List<Strings>>,
}

#[derive(Debug, Default)]
pub(crate) struct FactorClaim<'de> {
    pub(crate) kind: Option<Scalar<'de>>,
    pub(crate) delivery_method: Option<Scalar<'de>>,
    pub(crate) last_authenticated_at: Option<Scalar<'de>>,
    pub(crate) created_at: Option<Scalar<'de>>,
    pub(crate) updated_at: Option<Scalar<'de>>,
    /// The whole factor object, as JSON text.
    pub(crate) raw: String,
}

#[derive(Debug, Default)]
pub(crate) struct OrganizationClaim<'de> {
    pub(crate) organization_id: Option<Scalar<'de>>,
    pub(crate) slug: Option<Scalar<'de>>,
}

/// Reads a payload in one pass into `out`, filled in place rather than returned, so that the
/// claims are not copied from frame to frame. Taking `&str` (UTF-8 checked once by the
/// caller) spares the parser from validating every string and captured value again.
/// `project_id` is what an `aud` array is searched for while it is read.
pub(crate) fn read<'de>(
    payload: &'de str,
    project_id: &str,
    out: &mut Payload<'de>,
) -> Result<(), StrictJsonError> {
    let slot = RefCell::new(None);
    let mut deserializer = serde_json::Deserializer::from_str(payload);
    let parsed = PayloadSeed {
        slot: &slot,
        project_id,
        out,
    }
    .deserialize(&mut deserializer)
    .and_then(|()| deserializer.end());
    parsed.map_err(|error| match slot.into_inner() {
        Some(path) => StrictJsonError::Duplicate(path),
        None => StrictJsonError::Invalid(error),
    })
}

/// Implements the visitor methods of the JSON types a lenient visitor does not want: they
/// yield `$other`, and arrays and objects are still walked for repeated names.
macro_rules! otherwise {
    ($other:expr) => {
        fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
            Ok($other)
        }
        fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
            Ok($other)
        }
        fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
            Ok($other)
        }
        fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
            Ok($other)
        }
        fn visit_str<E>(self, _: &str) -> Result<Self::Value, E> {
            Ok($other)
        }
    };
    ($other:expr, seq) => {
        otherwise!($other);
        fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
            Walk { duplicate: self.0 }.visit_seq(seq).map(|()| $other)
        }
    };
}

/// Reads the next member's value with `seed`, prefixing a duplicate's path with `name`.
fn member<'de, A, S>(
    map: &mut A,
    seed: S,
    slot: &DuplicateSlot,
    name: &str,
) -> Result<S::Value, A::Error>
where
    A: MapAccess<'de>,
    S: DeserializeSeed<'de>,
{
    map.next_value_seed(seed)
        .inspect_err(|_| prefix_path(slot, name))
}

/// Reads a known member into `target`, which must still be empty: a known name seen twice
/// is a repeated name.
fn once<'de, A, S>(
    target: &mut Option<S::Value>,
    map: &mut A,
    seed: S,
    slot: &DuplicateSlot,
    name: &str,
) -> Result<(), A::Error>
where
    A: MapAccess<'de>,
    S: DeserializeSeed<'de>,
{
    if target.is_some() {
        return Err(duplicate(slot, name));
    }
    *target = Some(member(map, seed, slot, name)?);
    Ok(())
}

/// Records a member name that no field stands for, refusing one already seen.
fn unknown<'de, E: de::Error>(
    seen: &mut SeenNames<'de>,
    name: Cow<'de, str>,
    slot: &DuplicateSlot,
) -> Result<(), E> {
    if seen.insert(name.clone()) {
        Ok(())
    } else {
        Err(duplicate(slot, &name))
    }
}

struct PayloadSeed<'s, 'de> {
    slot: &'s DuplicateSlot,
    project_id: &'s str,
    out: &'s mut Payload<'de>,
}

impl<'de> DeserializeSeed<'de> for PayloadSeed<'_, 'de> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for PayloadSeed<'_, 'de> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object of claims")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let slot = self.slot;
        let audience = AudienceSeed {
            slot,
            project_id: self.project_id,
        };
        let payload = self.out;
        let mut jti = None;
        let mut seen = SeenNames::new();
        while let Some(Name(name)) = map.next_key::<Name<'de>>()? {
            let m = &mut map;
            match name.as_ref() {
                "iss" => once(&mut payload.iss, m, ScalarSeed(slot), slot, &name)?,
                "sub" => once(&mut payload.sub, m, ScalarSeed(slot), slot, &name)?,
                "aud" => once(&mut payload.aud, m, audience, slot, &name)?,
                "exp" => once(&mut payload.exp, m, ScalarSeed(slot), slot, &name)?,
                "nbf" => once(&mut payload.nbf, m, ScalarSeed(slot), slot, &name)?,
                "iat" => once(&mut payload.iat, m, ScalarSeed(slot), slot, &name)?,
                "jti" => once(&mut jti, m, ScalarSeed(slot), slot, &name)?,
                SESSION_CLAIM => once(&mut payload.session, m, SessionSeed(slot), slot, &name)?,
                ORGANIZATION_CLAIM => once(
                    &mut payload.organization,
                    m,
                    OrganizationSeed(slot),
                    slot,
                    &name,
                )?,
                other if other.starts_with(STYTCH_CLAIM_PREFIX) => {
                    unknown(&mut seen, name.clone(), slot)?;
                    member(m, Walk { duplicate: slot }, slot, &name)?;
                }
                _ => {
                    unknown(&mut seen, name.clone(), slot)?;
                    let value: &'de RawValue = map.next_value()?;
                    let text = payload
                        .custom
                        .get_or_insert_with(|| String::with_capacity(256));
                    text.push(if text.is_empty() { '{' } else { ',' });
                    push_name(text, &name);
                    text.push(':');
                    text.push_str(value.get());
                }
            }
        }
        if let Some(text) = &mut payload.custom {
            text.push('}');
        }
        Ok(())
    }
}

struct ScalarSeed<'s>(&'s DuplicateSlot);

impl<'de> DeserializeSeed<'de> for ScalarSeed<'_> {
    type Value = Scalar<'de>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for ScalarSeed<'_> {
    type Value = Scalar<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(Scalar::Str(Cow::Borrowed(v)))
    }

    fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Scalar::Str(Cow::Owned(v.to_owned())))
    }

    fn visit_string<E>(self, v: String) -> Result<Self::Value, E> {
        Ok(Scalar::Str(Cow::Owned(v)))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Self::Value, E> {
        Ok(Scalar::Number(v.into()))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Self::Value, E> {
        Ok(Scalar::Number(v.into()))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Self::Value, E> {
        Ok(Number::from_f64(v).map_or(Scalar::Other, Scalar::Number))
    }

    fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
        Ok(Scalar::Other)
    }

    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(Scalar::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        Walk { duplicate: self.0 }
            .visit_seq(seq)
            .map(|()| Scalar::Other)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        Walk { duplicate: self.0 }
            .visit_map(map)
            .map(|()| Scalar::Other)
    }
}

/// Where a list's elements go as they are read, so that a list the session keeps in
/// another shape (roles as strings, the audience as a verdict) needs no intermediate vector.
pub(crate) trait Collect<T> {
    fn add(&mut self, item: T);
}

impl<T> Collect<T> for Vec<T> {
    fn add(&mut self, item: T) {
        self.push(item);
    }
}

/// The elements of a list that must hold only strings (the roles).
#[derive(Debug)]
pub(crate) struct Strings {
    pub(crate) items: Vec<String>,
    /// False once an element is not a string.
    pub(crate) all_strings: bool,
}

impl Collect<Scalar<'_>> for Strings {
    fn add(&mut self, item: Scalar<'_>) {
        match item {
            Scalar::Str(text) if self.all_strings => self.items.push(text.into_owned()),
            _ => self.all_strings = false,
        }
    }
}

/// The verdict on an `aud` array: whether it holds only strings, and the project id.
#[derive(Debug)]
pub(crate) struct AudienceList<'p> {
    project_id: &'p str,
    pub(crate) all_strings: bool,
    pub(crate) contains_project: bool,
}

impl Collect<Scalar<'_>> for AudienceList<'_> {
    fn add(&mut self, item: Scalar<'_>) {
        match item {
            Scalar::Str(text) => self.contains_project |= text == self.project_id,
            _ => self.all_strings = false,
        }
    }
}

/// Reads a list whose elements are read by `E` and gathered by `C`.
struct ListSeed<'s, E, C> {
    slot: &'s DuplicateSlot,
    element: fn(&'s DuplicateSlot) -> E,
    items: C,
}

impl<'de, 's, E: DeserializeSeed<'de>, C: Collect<E::Value>> DeserializeSeed<'de>
    for ListSeed<'s, E, C>
{
    type Value = List<C>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de, 's, E: DeserializeSeed<'de>, C: Collect<E::Value>> Visitor<'de> for ListSeed<'s, E, C> {
    type Value = List<C>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON array")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut items = self.items;
        let mut index = 0usize;
        loop {
            match seq.next_element_seed((self.element)(self.slot)) {
                Ok(Some(item)) => {
                    items.add(item);
                    index += 1;
                }
                Ok(None) => return Ok(List::Items(items)),
                Err(error) => {
                    prefix_path(self.slot, format_args!("[{index}]"));
                    return Err(error);
                }
            }
        }
    }

    fn visit_unit<E2>(self) -> Result<Self::Value, E2> {
        Ok(List::Null)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        Walk {
            duplicate: self.slot,
        }
        .visit_map(map)
        .map(|()| List::Other)
    }

    fn visit_bool<E2>(self, _: bool) -> Result<Self::Value, E2> {
        Ok(List::Other)
    }

    fn visit_i64<E2>(self, _: i64) -> Result<Self::Value, E2> {
        Ok(List::Other)
    }

    fn visit_u64<E2>(self, _: u64) -> Result<Self::Value, E2> {
        Ok(List::Other)
    }

    fn visit_f64<E2>(self, _: f64) -> Result<Self::Value, E2> {
        Ok(List::Other)
    }

    fn visit_str<E2>(self, _: &str) -> Result<Self::Value, E2> {
        Ok(List::Other)
    }
}

#[derive(Clone, Copy)]
struct AudienceSeed<'s> {
    slot: &'s DuplicateSlot,
    project_id: &'s str,
}

impl<'de> DeserializeSeed<'de> for AudienceSeed<'_> {
    type Value = Audience<'de>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for AudienceSeed<'_> {
    type Value = Audience<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string or an array of strings")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        let list = ListSeed {
            slot: self.slot,
            element: ScalarSeed,
            items: AudienceList {
                project_id: self.project_id,
                all_strings: true,
                contains_project: false,
            },
        };
        match list.visit_seq(seq)? {
            List::Items(verdict) => Ok(Audience::Many {
                all_strings: verdict.all_strings,
                contains_project: verdict.contains_project,
            }),
            List::Null | List::Other => Ok(Audience::One(Scalar::Other)),
        }
    }

    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(Audience::One(Scalar::Str(Cow::Borrowed(v))))
    }

    fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Audience::One(Scalar::Str(Cow::Owned(v.to_owned()))))
    }

    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(Audience::One(Scalar::Null))
    }

    fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
        Ok(Audience::One(Scalar::Other))
    }

    fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
        Ok(Audience::One(Scalar::Other))
    }

    fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
        Ok(Audience::One(Scalar::Other))
    }

    fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
        Ok(Audience::One(Scalar::Other))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        Walk {
            duplicate: self.slot,
        }
        .visit_map(map)
        .map(|()| Audience::One(Scalar::Other))
    }
}

/// An object whose members are only checked for repeated names (`attributes`).
struct ShapeSeed<'s>(&'s DuplicateSlot);

impl<'de> DeserializeSeed<'de> for ShapeSeed<'_> {
    type Value = Shaped<()>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for ShapeSeed<'_> {
    type Value = Shaped<()>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        Walk { duplicate: self.0 }
            .visit_map(map)
            .map(|()| Shaped::Object(()))
    }

    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(Shaped::Null)
    }

    otherwise!(Shaped::Other, seq);
}

struct SessionSeed<'s>(&'s DuplicateSlot);

impl<'de> DeserializeSeed<'de> for SessionSeed<'_> {
    type Value = Shaped<SessionClaim<'de>>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for SessionSeed<'_> {
    type Value = Shaped<SessionClaim<'de>>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the session claim object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let slot = self.0;
        let mut claim = SessionClaim::default();
        let mut seen = SeenNames::new();
        while let Some(Name(name)) = map.next_key::<Name<'de>>()? {
            let m = &mut map;
            match name.as_ref() {
                "id" => once(&mut claim.id, m, ScalarSeed(slot), slot, &name)?,
                "started_at" => once(&mut claim.started_at, m, ScalarSeed(slot), slot, &name)?,
                "last_accessed_at" => once(
                    &mut claim.last_accessed_at,
                    m,
                    ScalarSeed(slot),
                    slot,
                    &name,
                )?,
                "expires_at" => once(&mut claim.expires_at, m, ScalarSeed(slot), slot, &name)?,
                "attributes" => once(&mut claim.attributes, m, ShapeSeed(slot), slot, &name)?,
                "authentication_factors" => {
                    let factors = ListSeed {
                        slot,
                        element: FactorSeed,
                        items: Vec::new(),
                    };
                    once(&mut claim.authentication_factors, m, factors, slot, &name)?;
                }
                "roles" => {
                    let roles = ListSeed {
                        slot,
                        element: ScalarSeed,
                        items: Strings {
                            items: Vec::new(),
                            all_strings: true,
                        },
                    };
                    once(&mut claim.roles, m, roles, slot, &name)?;
                }
                _ => {
                    unknown(&mut seen, name.clone(), slot)?;
                    member(m, Walk { duplicate: slot }, slot, &name)?;
                }
            }
        }
        Ok(Shaped::Object(claim))
    }

    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(Shaped::Null)
    }

    otherwise!(Shaped::Other, seq);
}

struct OrganizationSeed<'s>(&'s DuplicateSlot);

impl<'de> DeserializeSeed<'de> for OrganizationSeed<'_> {
    type Value = Shaped<OrganizationClaim<'de>>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for OrganizationSeed<'_> {
    type Value = Shaped<OrganizationClaim<'de>>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the organization claim object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let slot = self.0;
        let mut claim = OrganizationClaim::default();
        let mut seen = SeenNames::new();
        while let Some(Name(name)) = map.next_key::<Name<'de>>()? {
            let m = &mut map;
            match name.as_ref() {
                "organization_id" => {
                    once(&mut claim.organization_id, m, ScalarSeed(slot), slot, &name)?
                }
                "slug" => once(&mut claim.slug, m, ScalarSeed(slot), slot, &name)?,
                _ => {
                    unknown(&mut seen, name.clone(), slot)?;
                    member(m, Walk { duplicate: slot }, slot, &name)?;
                }
            }
        }
        Ok(Shaped::Object(claim))
    }

    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(Shaped::Null)
    }

    otherwise!(Shaped::Other, seq);
}

/// Reads one authentication factor, keeping its whole object as text.
struct FactorSeed<'s>(&'s DuplicateSlot);

impl<'de> DeserializeSeed<'de> for FactorSeed<'_> {
    type Value = Shaped<FactorClaim<'de>>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for FactorSeed<'_> {
    type Value = Shaped<FactorClaim<'de>>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an authentication factor object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let slot = self.0;
        let mut factor = FactorClaim::default();
        let mut seen = SeenNames::new();
        factor.raw.reserve(384);
        factor.raw.push('{');
        while let Some(Name(name)) = map.next_key::<Name<'de>>()? {
            let target = match name.as_ref() {
                "type" => Some(&mut factor.kind),
                "delivery_method" => Some(&mut factor.delivery_method),
                "last_authenticated_at" => Some(&mut factor.last_authenticated_at),
                "created_at" => Some(&mut factor.created_at),
                "updated_at" => Some(&mut factor.updated_at),
                _ => None,
            };
            if factor.raw.len() > 1 {
                factor.raw.push(',');
            }
            push_name(&mut factor.raw, &name);
            factor.raw.push(':');
            match target {
                Some(target) if target.is_some() => return Err(duplicate(slot, &name)),
                Some(target) => {
                    let value = member(&mut map, ScalarSeed(slot), slot, &name)?;
                    push_scalar(&mut factor.raw, &value);
                    *target = Some(value);
                }
                None => {
                    unknown(&mut seen, name.clone(), slot)?;
                    let value: &'de RawValue = map.next_value()?;
                    factor.raw.push_str(value.get());
                }
            }
        }
        factor.raw.push('}');
        Ok(Shaped::Object(factor))
    }

    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(Shaped::Null)
    }

    otherwise!(Shaped::Other, seq);
}

/// Appends a scalar as JSON text. A value of the wrong type makes the token invalid, so
/// its text is never read; `null` stands in for it.
fn push_scalar(out: &mut String, value: &Scalar<'_>) {
    match value {
        Scalar::Str(text) => push_name(out, text),
        Scalar::Number(number) => out.push_str(&number.to_string()),
        Scalar::Null | Scalar::Other => out.push_str("null"),
    }
}

/// Appends a member name as a JSON string. A borrowed name had no escape in the source, so
/// it holds no quote, backslash or control character and can be copied as it is.
#[expect(clippy::ptr_arg, reason = "whether the name is borrowed is the point")]
fn push_name(out: &mut String, name: &Cow<'_, str>) {
    match name {
        Cow::Borrowed(plain) => {
            out.push('"');
            out.push_str(plain);
            out.push('"');
        }
        // Re-encoding a string cannot fail.
        Cow::Owned(escaped) => out.push_str(&serde_json::to_string(escaped).unwrap_or_default()),
    }
}
