#![doc = include_str!("../README.md")]
#![deny(missing_docs)]

#[cfg(feature = "fuzzing")]
#[doc(hidden)]
pub mod __fuzz;

pub mod authorization;
mod call;
mod claims;
mod client;
mod config;
mod error;
pub mod jwt;
#[rustfmt::skip]
mod generated;
pub mod m2m_local;
mod member_lookup;
mod pagination;
mod redact;
mod response;
mod retry;
mod session_jwt;
mod single_flight;
#[cfg(feature = "testkit")]
pub mod testkit;

pub use authorization::AuthorizationError;
pub use call::{CallFuture, Operation};
pub use claims::WithClaims;
pub use claims::{WithClaimsCall, WithClaimsFuture};
pub use client::Client;
pub use config::{
    ClientBuilder, DEFAULT_CONNECT_TIMEOUT, DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_TIMEOUT,
    Environment, FRAUD_BASE_URL, LIVE_BASE_URL, TEST_BASE_URL, USER_AGENT,
};
pub use error::{ApiError, Error};
pub use generated::*;
pub use jwt::{JwtConfig, JwtVerifyOptions, LocalMemberSession};
pub use member_lookup::MemberLookup;
pub use pagination::{PageStream, Paged};
pub use response::{ApiResponse, MemberSessionResponse};
pub use retry::RetryPolicy;
pub use session_jwt::{JwtAuthentication, JwtAuthenticationWithClaims};
pub use stytch_b2b_api::ErrorType;
pub use stytch_b2b_api::SecretString;

/// Every wire type of the API (requests, responses and shared objects such as
/// [`types::Member`], [`types::Organization`] and [`types::MemberSession`]),
/// generated from the OpenAPI spec. Product modules re-export their own requests and
/// responses.
pub use stytch_b2b_api::types;
