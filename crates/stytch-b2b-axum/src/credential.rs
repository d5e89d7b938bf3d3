//! Where a request carries its credential: `Authorization: Bearer`, or a cookie.

use http::header::{AUTHORIZATION, COOKIE};
use http::{HeaderMap, HeaderValue};

/// The token of an `Authorization: Bearer <token>` header (scheme in any case).
pub(crate) fn bearer(headers: &HeaderMap) -> Option<&str> {
    headers.get(AUTHORIZATION).and_then(bearer_in)
}

fn bearer_in(value: &HeaderValue) -> Option<&str> {
    let (scheme, token) = value.to_str().ok()?.split_once(' ')?;
    let token = token.trim();
    (scheme.eq_ignore_ascii_case("bearer") && !token.is_empty()).then_some(token)
}

fn cookie_in<'v>(value: &'v HeaderValue, name: &str) -> Option<&'v str> {
    value
        .to_str()
        .ok()?
        .split(';')
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

/// The header a session JWT arrived in: the bearer token, else the cookie `cookie_name`.
/// Holding the header (whose clone shares the request's bytes) keeps the JWT readable
/// after the request's headers are gone, without copying it.
#[derive(Clone)]
pub(crate) enum JwtHeader {
    Bearer(HeaderValue),
    Cookie(HeaderValue),
}

impl JwtHeader {
    pub(crate) fn of(headers: &HeaderMap, cookie_name: Option<&str>) -> Option<Self> {
        if let Some(value) = headers
            .get(AUTHORIZATION)
            .filter(|v| bearer_in(v).is_some())
        {
            return Some(Self::Bearer(value.clone()));
        }
        let name = cookie_name?;
        headers
            .get_all(COOKIE)
            .iter()
            .find(|value| cookie_in(value, name).is_some())
            .map(|value| Self::Cookie(value.clone()))
    }

    /// The JWT; `cookie_name` is the one [`JwtHeader::of`] was given.
    pub(crate) fn jwt(&self, cookie_name: Option<&str>) -> Option<&str> {
        match self {
            Self::Bearer(value) => bearer_in(value),
            Self::Cookie(value) => cookie_in(value, cookie_name?),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first cookie `name`, read as the layer reads a session cookie.
    fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
        JwtHeader::of(headers, Some(name))?
            .jwt(Some(name))
            .map(str::to_owned)
    }

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
        assert_eq!(cookie(&map, "stytch_session_jwt").as_deref(), Some("tok"));
        assert_eq!(cookie(&map, "theme").as_deref(), Some("dark"));
        assert_eq!(cookie(&map, "missing").as_deref(), None);
        assert_eq!(
            cookie(
                &headers(&[("cookie", "stytch_session_jwt=")]),
                "stytch_session_jwt"
            )
            .as_deref(),
            None
        );
        assert_eq!(
            cookie(&headers(&[("cookie", "s=\"x\"")]), "s").as_deref(),
            Some("x")
        );
        assert_eq!(
            cookie(&headers(&[("cookie", "s=\"\"x\"\"")]), "s").as_deref(),
            Some("\"x\"")
        );
        assert_eq!(
            cookie(&headers(&[("cookie", "s=\"x")]), "s").as_deref(),
            Some("\"x")
        );
    }
}
