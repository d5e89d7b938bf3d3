//! Bounded, masked excerpts of response bodies for error messages.
//!
//! A body that failed to decode may still be a success response holding session
//! tokens or JWTs, so every value under a secret-like key (a string, a number, an array
//! or an object alike), every JWT-shaped string under any key, and secret-like
//! parameters of URLs inside strings are masked before the excerpt is kept.

/// Longest excerpt kept, in bytes.
pub(crate) const EXCERPT_LIMIT: usize = 512;

/// How much of a body is looked at: enough to fill the excerpt after masking
/// shortened it, without scanning a multi-megabyte body for 512 bytes.
const SCAN_LIMIT: usize = EXCERPT_LIMIT * 8;

/// The part of `body` that is decoded and masked: at most [`SCAN_LIMIT`] bytes.
fn scan_window(body: &[u8]) -> &[u8] {
    &body[..body.len().min(SCAN_LIMIT)]
}

/// The start of `response`'s body, as much as [`excerpt`] looks at plus one byte (so
/// it still knows the body went on). An unexpected answer, say a proxy's error page,
/// may be larger than the response cap; its start is all an error message needs.
pub(crate) async fn excerpt_input(mut response: reqwest::Response) -> Vec<u8> {
    let mut start = Vec::new();
    while start.len() <= SCAN_LIMIT {
        match response.chunk().await {
            Ok(Some(chunk)) => {
                let wanted = (SCAN_LIMIT + 1 - start.len()).min(chunk.len());
                start.extend_from_slice(&chunk[..wanted]);
            }
            // A body cut short, or cut off by the cap, still has a usable start.
            Ok(None) | Err(_) => break,
        }
    }
    start
}

/// Key fragments whose values are masked.
const SECRET_KEY_PARTS: &[&str] = &["token", "jwt", "secret", "password", "code"];

const MASK: &str = "[redacted]";

/// The first [`EXCERPT_LIMIT`] bytes of `body` as text, with secret-like values
/// masked and an ellipsis when cut.
pub(crate) fn excerpt(body: &[u8]) -> String {
    let scanned = scan_window(body);
    let text = String::from_utf8_lossy(scanned);
    let masked = mask_secret_values(&text);
    if masked.len() <= EXCERPT_LIMIT && scanned.len() == body.len() {
        return masked;
    }
    let mut end = masked.len().min(EXCERPT_LIMIT);
    while !masked.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}…", &masked[..end])
}

fn is_secret_key(key: &str) -> bool {
    let key = key.to_ascii_lowercase();
    SECRET_KEY_PARTS.iter().any(|part| key.contains(part))
}

/// Masks, in JSON text that may be truncated or otherwise invalid (where a parser
/// would give up): the whole value after every `"key":` whose key looks secret,
/// every JWT-shaped string, and secret-like URL parameters inside strings.
fn mask_secret_values(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find('"') {
        let (before, from_quote) = rest.split_at(start);
        out.push_str(before);
        let Some((string, after)) = split_string(from_quote) else {
            // A string cut off by truncation.
            out.push('"');
            let content = &from_quote[1..];
            if content.starts_with(JWT_PREFIX) {
                out.push_str(MASK);
            } else {
                out.push_str(&mask_url_parameters(content));
            }
            return out;
        };
        let content = &string[1..string.len() - 1];
        out.push('"');
        if looks_like_jwt(content) {
            out.push_str(MASK);
        } else {
            out.push_str(&mask_url_parameters(content));
        }
        out.push('"');
        rest = after;
        let trimmed = rest.trim_start();
        if !is_secret_key(content) || !trimmed.starts_with(':') {
            continue;
        }
        let value = trimmed[1..].trim_start();
        out.push_str(&rest[..rest.len() - value.len()]);
        out.push('"');
        out.push_str(MASK);
        out.push('"');
        rest = skip_value(value);
    }
    out.push_str(rest);
    out
}

/// What follows the JSON value at the start of `text` (all of it when the value is
/// cut off): a string, an array or object (nesting and strings respected), or a
/// number or literal.
fn skip_value(text: &str) -> &str {
    match text.as_bytes().first() {
        Some(b'"') => split_string(text).map_or("", |(_, after)| after),
        Some(b'[' | b'{') => {
            let mut depth = 0usize;
            let mut rest = text;
            while let Some(i) = rest.find(['"', '[', '{', ']', '}']) {
                let (_, at) = rest.split_at(i);
                match at.as_bytes()[0] {
                    b'"' => {
                        rest = match split_string(at) {
                            Some((_, after)) => after,
                            None => return "",
                        };
                        continue;
                    }
                    b'[' | b'{' => depth += 1,
                    _ => depth = depth.saturating_sub(1),
                }
                rest = &at[1..];
                if depth == 0 {
                    return rest;
                }
            }
            ""
        }
        _ => {
            let end = text
                .find(|c: char| matches!(c, ',' | '}' | ']') || c.is_whitespace())
                .unwrap_or(text.len());
            &text[end..]
        }
    }
}

/// `text` with the value of every `name=value` URL parameter whose name looks secret
/// masked (`…/callback?token=abc&x=1` -> `…/callback?token=[redacted]&x=1`).
fn mask_url_parameters(text: &str) -> String {
    if !text.contains('=') {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(eq) = rest.find('=') {
        let (before, from_eq) = rest.split_at(eq);
        out.push_str(before);
        out.push('=');
        let name_start = before
            .rfind(['?', '&', '#', ';', ' ', '\\'])
            .map_or(0, |i| i + 1);
        let value = &from_eq[1..];
        let value_end = value
            .find(['&', '#', ';', ' ', '"', '\\'])
            .unwrap_or(value.len());
        if is_secret_key(&before[name_start..]) && value_end > 0 {
            out.push_str(MASK);
        } else {
            out.push_str(&value[..value_end]);
        }
        rest = &value[value_end..];
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
    fn masks_whole_values_of_any_type_under_secret_keys() {
        assert_eq!(
            excerpt(br#"{"recovery_codes":["a1","b2"],"otp_code":123456,"secret":{"k":"v","n":[1]},"jwt":null,"ok":true}"#),
            r#"{"recovery_codes":"[redacted]","otp_code":"[redacted]","secret":"[redacted]","jwt":"[redacted]","ok":true}"#
        );
        assert_eq!(
            excerpt(br#"{"client_secret":{"nested":["cut"#),
            r#"{"client_secret":"[redacted]""#
        );
    }

    #[test]
    fn masks_secret_parameters_of_urls() {
        assert_eq!(
            excerpt(br#"{"redirect":"https://app.example/cb?stytch_token_type=x&token=abc123&next=/home","n":"a=b"}"#),
            r#"{"redirect":"https://app.example/cb?stytch_token_type=[redacted]&token=[redacted]&next=/home","n":"a=b"}"#
        );
        assert_eq!(
            excerpt(b"<a href=\"/reset?password_reset_token=zzz\">"),
            "<a href=\"/reset?password_reset_token=[redacted]\">"
        );
    }

    #[test]
    fn only_the_start_of_a_huge_body_is_scanned() {
        let mut body = br#"{"session_token":"abc","pad":""#.to_vec();
        body.extend(std::iter::repeat_n(b'x', 10 * 1024 * 1024));
        let cut = excerpt(&body);
        assert!(
            cut.starts_with(r#"{"session_token":"[redacted]","pad":""#),
            "{cut}"
        );
        assert!(cut.len() <= EXCERPT_LIMIT + '…'.len_utf8());
        assert!(cut.ends_with('…'));
        assert_eq!(scan_window(&body).len(), SCAN_LIMIT);
        assert_eq!(scan_window(b"{}"), b"{}");
    }

    #[test]
    fn html_passes_through() {
        assert_eq!(
            excerpt(b"<html>502 Bad Gateway</html>"),
            "<html>502 Bad Gateway</html>"
        );
    }
}
