//! The rules of the emulated API, behind the store: what a request may do and what it
//! changes. Route handlers (`crate::routes`) decode a request, call into this layer
//! and encode the answer; the control operations (`crate::control`) use it too.
//!
//! Nothing here knows about HTTP beyond the Stytch error values of
//! [`ApiError`](crate::errors::ApiError).

pub(crate) mod authorization;
pub(crate) mod clients;
pub(crate) mod email_otp;
pub(crate) mod factors;
pub(crate) mod flows;
pub(crate) mod fraud;
pub(crate) mod fraud_network;
pub(crate) mod idp;
pub(crate) mod member_passwords;
pub(crate) mod members;
pub(crate) mod metadata;
pub(crate) mod mfa;
pub(crate) mod organizations;
pub(crate) mod provider_tokens;
pub(crate) mod rbac;
pub(crate) mod roles;
pub(crate) mod scim;
pub(crate) mod search;
pub(crate) mod session_sources;
pub(crate) mod sso_connections;
pub(crate) mod tokens;
pub(crate) mod totp;
pub(crate) mod validate;
