//! One pass over a verified payload that picks out what the session needs.
//!
//! The [scanner](super::json_scan) walks the payload once, borrowing strings from it, and
//! each claim is recorded in a lenient shape: a claim of the wrong type is noted (`Other`),
//! not an error, so that [`claims`](super::claims) can report it with the right rejection
//! reason and in the policy's order. Only two things stop the pass: invalid JSON and a
//! member name that repeats in any object of the payload. Custom claim values and the
//! type-specific detail of factors are opaque to the verifier: they are kept as text.

use std::borrow::Cow;

use super::json_scan::{Scan, ScanError, Scanner, SeenNames};

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
    /// A number, as its JSON text.
    Number(&'de str),
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
    /// The whole factor object, as its JSON text in the token.
    pub(crate) raw: &'de str,
}

#[derive(Debug, Default)]
pub(crate) struct OrganizationClaim<'de> {
    pub(crate) organization_id: Option<Scalar<'de>>,
    pub(crate) slug: Option<Scalar<'de>>,
}

/// The elements of a list that must hold only strings (the roles).
#[derive(Debug, Default)]
pub(crate) struct Strings {
    pub(crate) items: Vec<String>,
    /// True once an element is not a string.
    pub(crate) not_all_strings: bool,
}

/// Reads a payload in one pass into `out`, filled in place rather than returned, so that the
/// claims are not copied from frame to frame. `project_id` is what an `aud` array is
/// searched for while it is read.
pub(crate) fn read<'de>(
    payload: &'de str,
    project_id: &str,
    out: &mut Payload<'de>,
) -> Result<(), ScanError> {
    let mut scanner = Scanner::new(payload);
    claims(&mut scanner, project_id, out)?;
    scanner.finish()
}

/// Nesting level of the members of the payload object.
const CLAIM_DEPTH: usize = 2;

fn claims<'de>(scanner: &mut Scanner<'de>, project_id: &str, out: &mut Payload<'de>) -> Scan<()> {
    let mut jti = None;
    let mut seen = SeenNames::new();
    let mut custom = String::new();
    scanner.object(1, |s, name| {
        let depth = CLAIM_DEPTH;
        match name.as_ref() {
            "iss" => once(&mut out.iss, || scalar(s, depth)),
            "sub" => once(&mut out.sub, || scalar(s, depth)),
            "aud" => once(&mut out.aud, || audience(s, depth, project_id)),
            "exp" => once(&mut out.exp, || scalar(s, depth)),
            "nbf" => once(&mut out.nbf, || scalar(s, depth)),
            "iat" => once(&mut out.iat, || scalar(s, depth)),
            "jti" => once(&mut jti, || scalar(s, depth)),
            SESSION_CLAIM => once(&mut out.session, || session(s)),
            ORGANIZATION_CLAIM => once(&mut out.organization, || organization(s)),
            other if other.starts_with(STYTCH_CLAIM_PREFIX) => {
                unknown(&mut seen, name)?;
                s.skip(depth)
            }
            _ => {
                if custom.is_empty() {
                    custom.reserve(256);
                    custom.push('{');
                } else {
                    custom.push(',');
                }
                push_name(&mut custom, &name);
                unknown(&mut seen, name)?;
                let start = s.offset();
                s.skip(depth)?;
                custom.push(':');
                custom.push_str(s.since(start));
                Ok(())
            }
        }
    })?;
    if !custom.is_empty() {
        custom.push('}');
        out.custom = Some(custom);
    }
    Ok(())
}

/// Reads a known member into `target`, which must still be empty: a known name seen twice
/// is a repeated name.
fn once<T>(target: &mut Option<T>, read: impl FnOnce() -> Scan<T>) -> Scan<()> {
    if target.is_some() {
        return Err(ScanError::RepeatedHere);
    }
    *target = Some(read()?);
    Ok(())
}

/// Records a member name that no field stands for, refusing one already seen.
fn unknown<'de>(seen: &mut SeenNames<'de>, name: Cow<'de, str>) -> Scan<()> {
    if seen.insert(name) {
        Ok(())
    } else {
        Err(ScanError::RepeatedHere)
    }
}

fn scalar<'de>(scanner: &mut Scanner<'de>, depth: usize) -> Scan<Scalar<'de>> {
    Ok(match scanner.peek() {
        Some(b'"') => Scalar::Str(scanner.string()?),
        Some(b'-' | b'0'..=b'9') => Scalar::Number(scanner.number()?),
        Some(b'n') => {
            scanner.literal()?;
            Scalar::Null
        }
        _ => {
            scanner.skip(depth)?;
            Scalar::Other
        }
    })
}

/// Reads a value that should be an object with `object`; anything else is walked.
fn shaped<'de, T>(
    scanner: &mut Scanner<'de>,
    depth: usize,
    object: impl FnOnce(&mut Scanner<'de>) -> Scan<T>,
) -> Scan<Shaped<T>> {
    Ok(match scanner.peek() {
        Some(b'{') => Shaped::Object(object(scanner)?),
        Some(b'n') => {
            scanner.literal()?;
            Shaped::Null
        }
        _ => {
            scanner.skip(depth)?;
            Shaped::Other
        }
    })
}

/// Reads a value that should be an array, handing each element to `element`.
fn list<'de, T>(
    scanner: &mut Scanner<'de>,
    depth: usize,
    mut items: T,
    mut element: impl FnMut(&mut Scanner<'de>, &mut T) -> Scan<()>,
) -> Scan<List<T>> {
    Ok(match scanner.peek() {
        Some(b'[') => {
            scanner.array(depth, |s, _| element(s, &mut items))?;
            List::Items(items)
        }
        Some(b'n') => {
            scanner.literal()?;
            List::Null
        }
        _ => {
            scanner.skip(depth)?;
            List::Other
        }
    })
}

fn audience<'de>(
    scanner: &mut Scanner<'de>,
    depth: usize,
    project_id: &str,
) -> Scan<Audience<'de>> {
    if scanner.peek() != Some(b'[') {
        return scalar(scanner, depth).map(Audience::One);
    }
    let (mut all_strings, mut contains_project) = (true, false);
    scanner.array(depth, |s, _| {
        match scalar(s, depth + 1)? {
            Scalar::Str(text) => contains_project |= text == project_id,
            _ => all_strings = false,
        }
        Ok(())
    })?;
    Ok(Audience::Many {
        all_strings,
        contains_project,
    })
}

fn session<'de>(scanner: &mut Scanner<'de>) -> Scan<Shaped<SessionClaim<'de>>> {
    let depth = CLAIM_DEPTH;
    shaped(scanner, depth, |scanner| {
        let mut claim = SessionClaim::default();
        let mut seen = SeenNames::new();
        let inner = depth + 1;
        scanner.object(depth, |s, name| match name.as_ref() {
            "id" => once(&mut claim.id, || scalar(s, inner)),
            "started_at" => once(&mut claim.started_at, || scalar(s, inner)),
            "last_accessed_at" => once(&mut claim.last_accessed_at, || scalar(s, inner)),
            "expires_at" => once(&mut claim.expires_at, || scalar(s, inner)),
            "attributes" => once(&mut claim.attributes, || {
                shaped(s, inner, |s| s.skip(inner))
            }),
            "authentication_factors" => once(&mut claim.authentication_factors, || {
                list(s, inner, Vec::new(), |s, factors| {
                    factors.push(factor(s, inner + 1)?);
                    Ok(())
                })
            }),
            "roles" => once(&mut claim.roles, || {
                list(s, inner, Strings::default(), |s, roles| {
                    match scalar(s, inner + 1)? {
                        Scalar::Str(role) if !roles.not_all_strings => {
                            roles.items.push(role.into_owned());
                        }
                        _ => roles.not_all_strings = true,
                    }
                    Ok(())
                })
            }),
            _ => {
                unknown(&mut seen, name)?;
                s.skip(inner)
            }
        })?;
        Ok(claim)
    })
}

/// Reads one authentication factor, keeping its whole object as text.
fn factor<'de>(scanner: &mut Scanner<'de>, depth: usize) -> Scan<Shaped<FactorClaim<'de>>> {
    shaped(scanner, depth, |scanner| {
        let start = scanner.offset();
        let mut factor = FactorClaim::default();
        let mut seen = SeenNames::new();
        let inner = depth + 1;
        scanner.object(depth, |s, name| {
            let target = match name.as_ref() {
                "type" => &mut factor.kind,
                "delivery_method" => &mut factor.delivery_method,
                "last_authenticated_at" => &mut factor.last_authenticated_at,
                "created_at" => &mut factor.created_at,
                "updated_at" => &mut factor.updated_at,
                _ => {
                    unknown(&mut seen, name)?;
                    return s.skip(inner);
                }
            };
            once(target, || scalar(s, inner))
        })?;
        factor.raw = scanner.since(start);
        Ok(factor)
    })
}

fn organization<'de>(scanner: &mut Scanner<'de>) -> Scan<Shaped<OrganizationClaim<'de>>> {
    let depth = CLAIM_DEPTH;
    shaped(scanner, depth, |scanner| {
        let mut claim = OrganizationClaim::default();
        let mut seen = SeenNames::new();
        let inner = depth + 1;
        scanner.object(depth, |s, name| match name.as_ref() {
            "organization_id" => once(&mut claim.organization_id, || scalar(s, inner)),
            "slug" => once(&mut claim.slug, || scalar(s, inner)),
            _ => {
                unknown(&mut seen, name)?;
                s.skip(inner)
            }
        })?;
        Ok(claim)
    })
}

/// Appends a member name as a JSON string. A borrowed name had no escape in the token, so
/// it holds no quote, backslash or control character and is copied as it is.
#[expect(clippy::ptr_arg, reason = "whether the name is borrowed is the point")]
fn push_name(out: &mut String, name: &Cow<'_, str>) {
    match name {
        Cow::Borrowed(plain) => {
            out.push('"');
            out.push_str(plain);
            out.push('"');
        }
        // Encoding a string as JSON cannot fail.
        Cow::Owned(escaped) => out.push_str(&serde_json::to_string(escaped).unwrap_or_default()),
    }
}
