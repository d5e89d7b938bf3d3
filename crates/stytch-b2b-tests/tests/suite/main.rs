//! The test crate's integration tests in one binary, one module per area, so a build
//! links the 80k-line generated client once instead of once per file. Run one area with
//! `cargo test -p stytch-b2b-tests --test suite -- <module>::`.
//!
//! Kept in binaries of their own: `client_methods` (its wire-test table is generated
//! in that layout) and the three tests that read tracing output (`client_secrets`,
//! `jwt_fallback_logging`, `jwt_log_hygiene`), which tracing's per-callsite interest
//! cache could starve of events while other tests log without a subscriber.

mod jwt_support;

mod client_claims;
mod client_config;
mod client_errors;
mod client_hardening;
mod client_retries;
mod emulator_concurrency;
mod emulator_control;
mod emulator_every_operation;
mod emulator_flows;
mod emulator_fraud_rules;
mod emulator_hardening;
mod emulator_hostile_input;
mod emulator_jwt;
mod emulator_jwt_rotation;
mod emulator_m2m;
mod emulator_member_authorization;
mod emulator_newly_served;
mod emulator_public_routes;
mod emulator_spec;
mod emulator_sso_roles;
mod emulator_totp_and_oauth_tokens;
mod fixtures_complete;
mod generated_client;
mod jwks_shapes;
mod jwt_claim_rules;
mod jwt_fallback;
mod jwt_hostile_input;
mod jwt_issuers;
mod jwt_jwks;
mod jwt_key_validation;
mod jwt_property;
mod jwt_refetch_fallback;
mod jwt_token_cache;
mod jwt_token_structure;
mod jwt_valid_token;
mod m2m_authenticate;
mod m2m_cached_token;
mod m2m_token_rules;
mod quickstart;
mod rbac_local;
