//! Bounded, masked excerpts of response bodies for error messages.
//!
//! A body that failed to decode may still be a success response holding session
//! tokens or JWTs, so string values under token-like keys, and JWT-shaped strings
//! under any key, are masked before the excerpt is kept.

/// Longest excerpt kept, in bytes.
pub(crate) const EXCERPT_LIMIT: usize = 512;

/// Key fragments whose string values are masked.
const SECRET_KEY_PARTS: &[&str] = &["token", "jwt", "secret", "password", "code"];

const MASK: &str = "[redacted]";

/// The first [`EXCERPT_LIMIT`] bytes of `body` as text, with token-like JSON string
/// values masked and an ellipsis when cut.
pub(crate) fn excerpt(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(body);
    let masked = mask_secret_values(&text);
    if masked.len() <= EXCERPT_LIMIT {
        return masked;
    }
    let mut end = EXCERPT_LIMIT;
    while !masked.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}…", &masked[..end])
}

/// Replaces the string value after every `"key":` whose key looks secret, and every
/// JWT-shaped string wherever it is. Works on truncated or otherwise invalid JSON,
/// where a parser would give up.
fn mask_secret_values(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find('"') {
        let (before, from_quote) = rest.split_at(start);
        out.push_str(before);
        let Some((string, after)) = split_string(from_quote) else {
            // A string cut off by truncation: mask it when it starts like a JWT.
            if from_quote[1..].starts_with(JWT_PREFIX) {
                out.push('"');
                out.push_str(MASK);
            } else {
                out.push_str(from_quote);
            }
            return out;
        };
        if looks_like_jwt(&string[1..string.len() - 1]) {
            out.push('"');
            out.push_str(MASK);
            out.push('"');
        } else {
            out.push_str(string);
        }
        rest = after;
        let key = &string[1..string.len().saturating_sub(1)].to_ascii_lowercase();
        let trimmed = rest.trim_start();
        if !SECRET_KEY_PARTS.iter().any(|part| key.contains(part)) || !trimmed.starts_with(':') {
            continue;
        }
        let value_start = trimmed[1..].trim_start();
        if !value_start.starts_with('"') {
            continue;
        }
        out.push_str(&rest[..rest.len() - value_start.len()]);
        out.push('"');
        out.push_str(MASK);
        out.push('"');
        rest = split_string(value_start)
            .map(|(_, after)| after)
            .unwrap_or("");
    }
    out.push_str(rest);
    out
}

/// `text` with the content of every double-quoted string replaced by the mask.
///
/// For messages of the JSON parser, which quote the offending value verbatim
/// (`invalid type: string "eyJ…", expected …`) and may thus quote a token.
pub(crate) fn mask_quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find('"') {
        let (before, from_quote) = rest.split_at(start);
        out.push_str(before);
        out.push('"');
        out.push_str(MASK);
        out.push('"');
        rest = split_string(from_quote).map_or("", |(_, after)| after);
    }
    out.push_str(rest);
    out
}

/// Every JWT starts with a base64url-encoded JSON object, `{"…`.
const JWT_PREFIX: &str = "eyJ";

/// Whether `value` has the shape of a compact JWT: three dot-separated segments, the
/// first an encoded JSON object.
fn looks_like_jwt(value: &str) -> bool {
    value.starts_with(JWT_PREFIX) && value.split('.').count() == 3
}

/// Splits a leading JSON string literal (quotes included) from what follows.
fn split_string(text: &str) -> Option<(&str, &str)> {
    let mut escaped = false;
    for (i, c) in text.char_indices().skip(1) {
        match c {
            '\\' if !escaped => escaped = true,
            '"' if !escaped => return Some(text.split_at(i + 1)),
            _ => escaped = false,
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_token_values_and_keeps_the_rest() {
        let body =
            br#"{"request_id":"r-1","session_token":"abc\"def","session_jwt": "eyJ.x.y","n":1}"#;
        assert_eq!(
            excerpt(body),
            r#"{"request_id":"r-1","session_token":"[redacted]","session_jwt": "[redacted]","n":1}"#
        );
    }

    #[test]
    fn masks_a_value_cut_off_by_truncation() {
        assert_eq!(
            excerpt(br#"{"session_token":"abcdef"#),
            r#"{"session_token":"[redacted]""#
        );
    }

    #[test]
    fn masks_jwts_under_any_key() {
        assert_eq!(
            excerpt(br#"{"member_session":"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln","n":"x.y"}"#),
            r#"{"member_session":"[redacted]","n":"x.y"}"#
        );
        assert_eq!(
            excerpt(br#"{"organization":"eyJhbGciOiJIUzI1NiJ9.eyJzd"#),
            r#"{"organization":"[redacted]"#
        );
    }

    #[test]
    fn masks_quoted_values_in_parser_messages() {
        assert_eq!(
            mask_quoted(
                r#"invalid type: string "eyJ\"x.y.z", expected struct MemberSession at line 1"#
            ),
            r#"invalid type: string "[redacted]", expected struct MemberSession at line 1"#
        );
        assert_eq!(
            mask_quoted("missing field `member` at line 1"),
            "missing field `member` at line 1"
        );
    }

    #[test]
    fn bounds_the_length_on_a_char_boundary() {
        let body = "é".repeat(600);
        let cut = excerpt(body.as_bytes());
        assert!(cut.len() <= EXCERPT_LIMIT + '…'.len_utf8());
        assert!(cut.ends_with('…'));
    }

    #[test]
    fn html_passes_through() {
        assert_eq!(
            excerpt(b"<html>502 Bad Gateway</html>"),
            "<html>502 Bad Gateway</html>"
        );
    }
}
