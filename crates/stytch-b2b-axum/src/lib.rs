#![doc = include_str!("../README.md")]
#![deny(missing_docs)]

mod cookie;
mod credential;
mod layer;
mod m2m;
mod member;
mod permission;
mod rejection;
mod request_auth;

pub use cookie::{RefreshedCookie, SameSite};
pub use layer::{DEFAULT_SESSION_COOKIE, StytchLayer, StytchService};
pub use m2m::{AnyScope, M2mClient, Scopes};
pub use member::Member;
pub use permission::{Permission, RequirePermission};
pub use rejection::Rejection;
