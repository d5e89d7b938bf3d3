//! Compact-serialization parsing: the length cap, the three segments, strict base64url and
//! the JOSE header rules (RS256 only, `typ`, `crit`, `kid`).

use std::borrow::Cow;
use std::sync::{Arc, LazyLock};

use arc_swap::ArcSwap;
use base64::Engine as _;
use base64::engine::Simd;
use base64::engine::general_purpose::NO_PAD;

use super::error::{JwtError, TokenSegment, echo};
use super::json_scan::{ScanError, Scanner, SeenNames};

/// Strict base64url: URL-safe alphabet, padding refused, non-canonical trailing bits refused.
/// The SIMD engine decodes exactly what the scalar one does, several times faster.
static BASE64URL: LazyLock<Simd> = LazyLock::new(|| Simd::url_safe(NO_PAD));

/// The only signature algorithm accepted, whatever the JWK's own `alg` says.
const ACCEPTED_ALG: &str = "RS256";

/// Most headers seen, with their `kid`, kept for the few a verifier meets.
const REMEMBERED_HEADERS: usize = 16;

/// Header segments that already passed the header rules, with their `kid`. Every token a
/// key signs carries the same header, so its base64 and JSON are decoded once. Keyed by the
/// exact segment text: equal bytes, equal verdict.
#[derive(Debug, Default)]
pub(crate) struct HeaderMemo {
    known: ArcSwap<Vec<(Box<str>, Arc<str>)>>,
}

impl HeaderMemo {
    fn get(&self, header_b64: &str) -> Option<Arc<str>> {
        self.known
            .load()
            .iter()
            .find(|(known, _)| **known == *header_b64)
            .map(|(_, kid)| Arc::clone(kid))
    }

    /// Remembers a header once a token carrying it proved genuine, so that unsigned tokens
    /// cannot fill the memo.
    fn remember(&self, header_b64: &str, kid: &Arc<str>) {
        if self.known.load().len() >= REMEMBERED_HEADERS {
            return;
        }
        self.known.rcu(|known| {
            let mut known = Vec::clone(known);
            if known.len() < REMEMBERED_HEADERS && !known.iter().any(|(h, _)| **h == *header_b64) {
                known.push((header_b64.into(), Arc::clone(kid)));
            }
            known
        });
    }
}

/// A token whose header passed the policy and whose segments decoded; its signature is not
/// checked yet.
#[derive(Debug)]
pub(crate) struct DecodedToken<'a> {
    /// `header.payload`, the bytes the signature covers.
    pub(crate) signing_input: &'a str,
    pub(crate) kid: Arc<str>,
    /// The header segment, when it passed the rules here rather than coming from the memo.
    new_header: Option<&'a str>,
    /// The decoded payload followed by the decoded signature, in one allocation.
    bytes: Vec<u8>,
    payload_len: usize,
}

impl DecodedToken<'_> {
    pub(crate) fn payload(&self) -> &[u8] {
        &self.bytes[..self.payload_len]
    }

    pub(crate) fn signature(&self) -> &[u8] {
        &self.bytes[self.payload_len..]
    }

    /// Adds the token's header to `headers`; call once its signature verified.
    pub(crate) fn remember_header(&self, headers: &HeaderMemo) {
        if let Some(header_b64) = self.new_header {
            headers.remember(header_b64, &self.kid);
        }
    }
}

/// Applies the structural rules to `token`, in order: length, segments, base64 of each
/// segment, then the header rules (skipped for a header `headers` already passed).
pub(crate) fn decode<'a>(
    token: &'a str,
    max_len: usize,
    headers: &HeaderMemo,
) -> Result<DecodedToken<'a>, JwtError> {
    if token.len() > max_len {
        return Err(JwtError::TooLong {
            len: token.len(),
            max: max_len,
        });
    }
    // The first and the last dot delimit the segments; a dot in between (more than three
    // segments) cannot survive base64 decoding, and is reported when decoding fails. This
    // spares a scan of the payload, the longest segment.
    let (Some(first), Some(last)) = (token.find('.'), token.rfind('.')) else {
        return Err(JwtError::MalformedSegments { found: 1 });
    };
    if first == last {
        return Err(JwtError::MalformedSegments { found: 2 });
    }
    let header_b64 = &token[..first];
    let payload_b64 = &token[first + 1..last];
    let signature_b64 = &token[last + 1..];
    let rejected = |segment| {
        if payload_b64.contains('.') {
            JwtError::MalformedSegments {
                found: token.split('.').count(),
            }
        } else {
            JwtError::InvalidBase64 { segment }
        }
    };

    let known_kid = headers.get(header_b64);
    let header = match known_kid {
        Some(_) => Vec::new(),
        None => BASE64URL
            .decode(header_b64)
            .map_err(|_| rejected(TokenSegment::Header))?,
    };
    let mut bytes = Vec::with_capacity((payload_b64.len() + signature_b64.len()) / 4 * 3 + 6);
    BASE64URL
        .decode_vec(payload_b64, &mut bytes)
        .map_err(|_| rejected(TokenSegment::Payload))?;
    let payload_len = bytes.len();
    BASE64URL
        .decode_vec(signature_b64, &mut bytes)
        .map_err(|_| rejected(TokenSegment::Signature))?;
    let (kid, new_header) = match known_kid {
        Some(kid) => (kid, None),
        None => (check_header(&header)?.into(), Some(header_b64)),
    };
    Ok(DecodedToken {
        signing_input: &token[..last],
        kid,
        new_header,
        bytes,
        payload_len,
    })
}

/// Checks the header and returns its `kid`. Members other than `alg`, `typ`, `crit` and
/// `kid` (`jku`, `x5u`, `jwk`, …) are ignored: keys only ever come from the project's JWKS.
fn check_header(header: &[u8]) -> Result<String, JwtError> {
    let text = std::str::from_utf8(header).map_err(|_| JwtError::InvalidHeader {
        reason: "not UTF-8".to_owned(),
    })?;
    let (mut alg, mut typ, mut kid, mut crit) = (None, None, None, false);
    let mut seen = SeenNames::new();
    let mut scanner = Scanner::new(text);
    let scanned = scanner
        .object(1, |s, name| {
            let target = match name.as_ref() {
                "alg" => &mut alg,
                "typ" => &mut typ,
                "kid" => &mut kid,
                "crit" => {
                    crit = true;
                    &mut None
                }
                _ => &mut None,
            };
            if !seen.insert(name) {
                return Err(ScanError::RepeatedHere);
            }
            *target = Some(HeaderValue::read(s)?);
            Ok(())
        })
        .and_then(|()| scanner.finish());
    scanned.map_err(|error| JwtError::InvalidHeader {
        reason: match error {
            ScanError::Duplicate(name) => {
                format!("member {name:?} appears more than once")
            }
            other => other.describe(text),
        },
    })?;

    let alg = alg.ok_or(JwtError::MissingAlgorithm)?;
    if alg.string.as_deref() != Some(ACCEPTED_ALG) {
        return Err(JwtError::UnsupportedAlgorithm { alg: alg.echo() });
    }
    if let Some(typ) = typ
        && !typ
            .string
            .as_deref()
            .is_some_and(|typ| typ.eq_ignore_ascii_case("JWT"))
    {
        return Err(JwtError::UnsupportedType { typ: typ.echo() });
    }
    if crit {
        return Err(JwtError::CriticalHeader);
    }
    let kid = kid.ok_or(JwtError::MissingKeyId)?;
    kid.string
        .map(Cow::into_owned)
        .ok_or_else(|| JwtError::InvalidHeader {
            reason: "`kid` is not a string".to_owned(),
        })
}

/// A header member's value: its text when it is a string, and its JSON source.
struct HeaderValue<'a> {
    string: Option<Cow<'a, str>>,
    source: &'a str,
}

impl<'a> HeaderValue<'a> {
    fn read(scanner: &mut Scanner<'a>) -> Result<Self, ScanError> {
        let start = scanner.offset();
        let string = if scanner.peek() == Some(b'"') {
            Some(scanner.string()?)
        } else {
            scanner.skip(2)?;
            None
        };
        Ok(Self {
            string,
            source: scanner.since(start),
        })
    }

    /// The value for an error message: a string without its quotes, anything else as JSON.
    fn echo(&self) -> String {
        echo(self.string.as_deref().unwrap_or(self.source))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b64(text: &str) -> String {
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(text)
    }

    fn token_with_header(header: &str) -> String {
        format!("{}.{}.{}", b64(header), b64("{}"), b64("sig"))
    }

    #[test]
    fn length_cap_comes_before_any_decoding() {
        assert_eq!(
            decode("!!!!!", 4, &HeaderMemo::default()).map(|_| ()),
            Err(JwtError::TooLong { len: 5, max: 4 })
        );
    }

    #[test]
    fn counts_segments() {
        for (token, found) in [("a", 1), ("a.b", 2), ("a.b.c.d", 4), ("a.b.c.d.e", 5)] {
            assert_eq!(
                decode(token, 1000, &HeaderMemo::default()).map(|_| ()),
                Err(JwtError::MalformedSegments { found })
            );
        }
    }

    #[test]
    fn base64_is_strict() {
        let header = b64(r#"{"alg":"RS256","kid":"k"}"#);
        let payload = b64("{}");
        // Padding, the standard alphabet, whitespace and non-canonical trailing bits.
        for (token, segment) in [
            (format!("{header}.{payload}=.AA"), TokenSegment::Payload),
            (format!("{header}.{payload}.A+/A"), TokenSegment::Signature),
            (format!("{header} .{payload}.AA"), TokenSegment::Header),
            (format!("{header}.{payload}.AB"), TokenSegment::Signature),
        ] {
            assert_eq!(
                decode(&token, 10_000, &HeaderMemo::default()).map(|_| ()),
                Err(JwtError::InvalidBase64 { segment })
            );
        }
    }

    #[test]
    fn header_rules() {
        let cases = [
            (r#"{"kid":"k"}"#, JwtError::MissingAlgorithm),
            (
                r#"{"alg":"rs256","kid":"k"}"#,
                JwtError::UnsupportedAlgorithm {
                    alg: "rs256".into(),
                },
            ),
            (
                r#"{"alg":null,"kid":"k"}"#,
                JwtError::UnsupportedAlgorithm { alg: "null".into() },
            ),
            (
                r#"{"alg":"RS256","typ":"JOSE","kid":"k"}"#,
                JwtError::UnsupportedType { typ: "JOSE".into() },
            ),
            (
                r#"{"alg":"RS256","crit":[],"kid":"k"}"#,
                JwtError::CriticalHeader,
            ),
            (r#"{"alg":"RS256"}"#, JwtError::MissingKeyId),
        ];
        for (header, expected) in cases {
            assert_eq!(
                decode(&token_with_header(header), 10_000, &HeaderMemo::default()).map(|_| ()),
                Err(expected),
                "{header}"
            );
        }
        let accepted = token_with_header(r#"{"alg":"RS256","typ":"jwt","kid":"k1"}"#);
        let memo = HeaderMemo::default();
        let first = decode(&accepted, 10_000, &memo);
        assert_eq!(first.as_ref().map(|t| &*t.kid), Ok("k1"));
        // Nothing is remembered until the caller vouches for the token.
        assert_eq!(memo.known.load().len(), 0);
        if let Ok(token) = &first {
            token.remember_header(&memo);
        }
        // The second time the header comes from the memo, with the same verdict.
        assert_eq!(memo.known.load().len(), 1);
        assert_eq!(
            decode(&accepted, 10_000, &memo).map(|t| t.kid),
            Ok("k1".into())
        );
    }

    #[test]
    fn repeated_header_member_is_refused() {
        let token = token_with_header(r#"{"alg":"RS256","alg":"none","kid":"k"}"#);
        assert!(matches!(
            decode(&token, 10_000, &HeaderMemo::default()),
            Err(JwtError::InvalidHeader { .. })
        ));
    }
}
