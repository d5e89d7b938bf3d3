//! Where a request carries its credential: `Authorization: Bearer`, or a cookie.

use http::HeaderMap;
use http::header::{AUTHORIZATION, COOKIE};

/// The token of an `Authorization: Bearer <token>` header (scheme in any case).
pub(crate) fn bearer(headers: &HeaderMap) -> Option<&str> {
    let value = headers.get(AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    let token = token.trim();
    (scheme.eq_ignore_ascii_case("bearer") && !token.is_empty()).then_some(token)
}

/// The value of the first cookie called `name` in the request's `Cookie` headers.
pub(crate) fn cookie<'h>(headers: &'h HeaderMap, name: &str) -> Option<&'h str> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(cookie_name, value)| *cookie_name == name && !value.is_empty())
        .map(|(_, value)| {
            // RFC 6265 allows one pair of double quotes around a value.
            value
                .strip_prefix('"')
                .and_then(|inner| inner.strip_suffix('"'))
                .unwrap_or(value)
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use http::HeaderValue;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(*name, HeaderValue::from_static(value));
        }
        map
    }

    #[test]
    fn bearer_scheme_in_any_case_and_not_empty() {
        assert_eq!(
            bearer(&headers(&[("authorization", "Bearer abc")])),
            Some("abc")
        );
        assert_eq!(
            bearer(&headers(&[("authorization", "bearer  abc ")])),
            Some("abc")
        );
        assert_eq!(bearer(&headers(&[("authorization", "Basic abc")])), None);
        assert_eq!(bearer(&headers(&[("authorization", "Bearer ")])), None);
        assert_eq!(bearer(&headers(&[("authorization", "Bearer")])), None);
        assert_eq!(bearer(&headers(&[])), None);
    }

    #[test]
    fn cookie_by_exact_name_across_headers() {
        let map = headers(&[
            ("cookie", "theme=dark; stytch_session_jwt_old=x"),
            ("cookie", "a=1; stytch_session_jwt=\"tok\"; b=2"),
        ]);
        assert_eq!(cookie(&map, "stytch_session_jwt"), Some("tok"));
        assert_eq!(cookie(&map, "theme"), Some("dark"));
        assert_eq!(cookie(&map, "missing"), None);
        assert_eq!(
            cookie(
                &headers(&[("cookie", "stytch_session_jwt=")]),
                "stytch_session_jwt"
            ),
            None
        );
        assert_eq!(cookie(&headers(&[("cookie", "s=\"x\"")]), "s"), Some("x"));
        assert_eq!(
            cookie(&headers(&[("cookie", "s=\"\"x\"\"")]), "s"),
            Some("\"x\"")
        );
        assert_eq!(cookie(&headers(&[("cookie", "s=\"x")]), "s"), Some("\"x"));
    }
}
