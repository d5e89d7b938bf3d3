//! The `Set-Cookie` that carries a refreshed session JWT back to the browser.

use std::time::Duration;

use crate::layer::DEFAULT_SESSION_COOKIE;

/// Attributes of the cookie [`crate::StytchLayer::set_refreshed_cookie`] sets. The
/// default is `<name>=<jwt>; Path=/; Secure; HttpOnly; SameSite=Lax`, where `<name>`
/// is the cookie the layer reads the session from ([`DEFAULT_SESSION_COOKIE`] unless
/// [`crate::StytchLayer::session_cookie`] names another), so the browser's next
/// request carries the refreshed JWT where the layer looks for it.
///
/// A layer that reads no cookie ([`crate::StytchLayer::without_session_cookie`]) sets
/// an unnamed refreshed cookie as [`DEFAULT_SESSION_COOKIE`], the name Stytch's
/// frontend SDKs use; [`RefreshedCookie::with_name`] picks another.
///
/// ```
/// use stytch_b2b_axum::{RefreshedCookie, StytchLayer};
///
/// # fn layer(client: stytch_b2b::Client) -> StytchLayer {
/// // Reads the session from `sid` and refreshes it as `sid=<jwt>; Path=/; ...`.
/// StytchLayer::new(client)
///     .session_cookie("sid")
///     .set_refreshed_cookie(RefreshedCookie::default())
/// # }
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct RefreshedCookie {
    /// Cookie name; `None` (the default) is the name of the cookie the layer reads the
    /// session from, or [`DEFAULT_SESSION_COOKIE`] when it reads none.
    pub name: Option<String>,
    /// `Path` attribute.
    pub path: String,
    /// `Domain` attribute, when set.
    pub domain: Option<String>,
    /// `Max-Age`, when set; otherwise a cookie for the browser session.
    pub max_age: Option<Duration>,
    /// `Secure`: sent only over https (default on).
    pub secure: bool,
    /// `HttpOnly`: out of reach of scripts (default on).
    pub http_only: bool,
    /// `SameSite` value (default `Lax`).
    pub same_site: SameSite,
}

/// The `SameSite` attribute of a cookie.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SameSite {
    /// Sent on same-site requests only.
    Strict,
    /// Also sent on top-level navigations from other sites.
    Lax,
    /// Sent on every request (requires `Secure`).
    None,
}

impl Default for RefreshedCookie {
    fn default() -> Self {
        Self {
            name: None,
            path: "/".to_owned(),
            domain: None,
            max_age: None,
            secure: true,
            http_only: true,
            same_site: SameSite::Lax,
        }
    }
}

impl RefreshedCookie {
    /// Names the cookie, whatever cookie the layer reads the session from.
    pub fn with_name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Sets `Max-Age`.
    pub fn with_max_age(mut self, max_age: Duration) -> Self {
        self.max_age = Some(max_age);
        self
    }

    /// Sets `Domain`.
    pub fn with_domain(mut self, domain: impl Into<String>) -> Self {
        self.domain = Some(domain.into());
        self
    }

    /// Sets `Secure`; turn it off only for plain-http development servers.
    pub fn with_secure(mut self, secure: bool) -> Self {
        self.secure = secure;
        self
    }

    /// The cookie's name for a layer reading the session from `session_cookie`.
    pub(crate) fn name_for<'a>(&'a self, session_cookie: Option<&'a str>) -> &'a str {
        self.name
            .as_deref()
            .or(session_cookie)
            .unwrap_or(DEFAULT_SESSION_COOKIE)
    }

    /// The `Set-Cookie` header value setting cookie `name` to `jwt`, or `None` when the
    /// JWT holds anything but base64url characters and dots (a JWT never does), so that
    /// nothing the API returned can add cookie attributes.
    pub(crate) fn header_value(&self, name: &str, jwt: &str) -> Option<String> {
        let is_jwt_text = |c: char| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.');
        if jwt.is_empty() || !jwt.chars().all(is_jwt_text) {
            return None;
        }
        let mut value = format!("{name}={jwt}; Path={}", self.path);
        if let Some(domain) = &self.domain {
            value.push_str("; Domain=");
            value.push_str(domain);
        }
        if let Some(max_age) = self.max_age {
            value.push_str(&format!("; Max-Age={}", max_age.as_secs()));
        }
        // Browsers drop a `SameSite=None` cookie without `Secure`.
        if self.secure || self.same_site == SameSite::None {
            value.push_str("; Secure");
        }
        if self.http_only {
            value.push_str("; HttpOnly");
        }
        value.push_str(match self.same_site {
            SameSite::Strict => "; SameSite=Strict",
            SameSite::Lax => "; SameSite=Lax",
            SameSite::None => "; SameSite=None",
        });
        Some(value)
    }
}

/// Whether a `Set-Cookie` value sets the cookie `name`.
pub(crate) fn sets_cookie(set_cookie: &[u8], name: &str) -> bool {
    set_cookie
        .split(|&b| b == b'=')
        .next()
        .is_some_and(|set| set.trim_ascii() == name.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_name_follows_the_layer_unless_set() {
        let unnamed = RefreshedCookie::default();
        assert_eq!(unnamed.name_for(Some("sid")), "sid");
        assert_eq!(unnamed.name_for(None), DEFAULT_SESSION_COOKIE);
        let named = RefreshedCookie::default().with_name("other");
        assert_eq!(named.name_for(Some("sid")), "other");
        assert_eq!(named.name_for(None), "other");
    }

    #[test]
    fn default_attributes_and_options() {
        assert_eq!(
            RefreshedCookie::default()
                .header_value("stytch_session_jwt", "a.b.c")
                .as_deref(),
            Some("stytch_session_jwt=a.b.c; Path=/; Secure; HttpOnly; SameSite=Lax")
        );
        let custom = RefreshedCookie::default()
            .with_domain("example.com")
            .with_max_age(Duration::from_secs(3600))
            .with_secure(false);
        assert_eq!(
            custom.header_value("sid", "t").as_deref(),
            Some("sid=t; Path=/; Domain=example.com; Max-Age=3600; HttpOnly; SameSite=Lax")
        );
        let cross_site = RefreshedCookie {
            same_site: SameSite::None,
            ..custom
        };
        assert_eq!(
            cross_site.header_value("sid", "t").as_deref(),
            Some(
                "sid=t; Path=/; Domain=example.com; Max-Age=3600; Secure; HttpOnly; SameSite=None"
            )
        );
    }

    #[test]
    fn a_value_that_is_no_jwt_sets_no_cookie() {
        let cookie = RefreshedCookie::default();
        for hostile in ["", "a.b; Domain=evil.example", "a b", "a\r\nX: y", "a,b"] {
            assert_eq!(cookie.header_value("sid", hostile), None, "{hostile:?}");
        }
    }

    #[test]
    fn recognises_its_own_set_cookie() {
        let name = "stytch_session_jwt";
        assert!(sets_cookie(b"stytch_session_jwt=; Max-Age=0", name));
        assert!(sets_cookie(b" stytch_session_jwt =x", name));
        assert!(!sets_cookie(b"stytch_session_jwt_other=x", name));
        assert!(!sets_cookie(b"theme=dark", name));
    }
}
