//! Rust SDK for the Stytch B2B API.
//!
//! This crate currently exposes local verification of member-session JWTs
//! ([`jwt`]) and, behind the `testkit` feature, helpers that mint Stytch-shaped
//! tokens for tests ([`testkit`]).
#![deny(missing_docs)]

pub mod jwt;
#[cfg(feature = "testkit")]
pub mod testkit;
