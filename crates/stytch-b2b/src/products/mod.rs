//! One sub-client per product group, reached from [`Client`].

pub mod discovery;
pub mod magic_links;
pub mod oauth;
pub mod organizations;
pub mod otps;
pub mod passwords;
pub mod sessions;
pub mod sso;

use crate::Client;

impl Client {
    /// Discovery flows: organizations an end user can reach before choosing one.
    pub fn discovery(&self) -> discovery::Discovery<'_> {
        discovery::Discovery { client: self }
    }

    /// Email magic links.
    pub fn magic_links(&self) -> magic_links::MagicLinks<'_> {
        magic_links::MagicLinks { client: self }
    }

    /// OAuth logins.
    pub fn oauth(&self) -> oauth::OAuth<'_> {
        oauth::OAuth { client: self }
    }

    /// One-time passcodes.
    pub fn otps(&self) -> otps::Otps<'_> {
        otps::Otps { client: self }
    }

    /// Organizations (tenants) and their members.
    pub fn organizations(&self) -> organizations::Organizations<'_> {
        organizations::Organizations { client: self }
    }

    /// Passwords.
    pub fn passwords(&self) -> passwords::Passwords<'_> {
        passwords::Passwords { client: self }
    }

    /// Enterprise single sign-on.
    pub fn sso(&self) -> sso::Sso<'_> {
        sso::Sso { client: self }
    }

    /// Member sessions.
    pub fn sessions(&self) -> sessions::Sessions<'_> {
        sessions::Sessions { client: self }
    }
}
