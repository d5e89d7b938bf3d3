//! A stateful local emulator of the Stytch B2B API.
//!
//! Stytch ships no emulator; this crate is one, for offline development and tests.
//! It speaks the wire format of `openapi/b2b.yaml` through the generated types of
//! `stytch-b2b-api` (requests are decoded into the generated request types and
//! responses are built from the generated response types, so shapes cannot drift
//! from the spec), keeps real state in memory and checks HTTP Basic authentication
//! against the configured project.
//!
//! ```no_run
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! use stytch_b2b_emulator::{Emulator, EmulatorConfig};
//!
//! let emu = Emulator::start(EmulatorConfig {
//!     project_id: "project-test-11111111-2222-3333-4444-555555555555".to_owned(),
//!     secret: "secret-test-local".to_owned(),
//!     ..EmulatorConfig::default()
//! })
//! .await?;
//! // Point any Stytch client at emu.base_url() with those credentials; invite a
//! // member, then read the magic link token the emulator "emailed":
//! if let Some(message) = emu.latest_message_to("ada@example.com") {
//!     println!("magic link token for {}", message.recipient);
//! }
//! println!("JWKS: {}", emu.jwks_json());
//! # Ok(())
//! # }
//! ```
//!
//! # What it does
//!
//! * **Organizations and members**: CRUD, search (filters listed in the README),
//!   unique slugs, member statuses `pending`, `invited`, `active`, `deleted`.
//! * **Magic links, passwords, SMS OTP, OAuth, SSO, discovery**: tokens and codes go
//!   to the [outbox](Emulator::outbox); passwords are argon2id-hashed and scored with
//!   zxcvbn; OAuth and SSO logins are minted with [`Emulator::mint_oauth_token`] and
//!   [`Emulator::mint_sso_token`] (or the matching control endpoints).
//! * **MFA**: an organization with `mfa_policy` `REQUIRED_FOR_ALL` (or an enrolled
//!   member) gets `member_authenticated: false` and an intermediate session token
//!   from primary authentication; SMS OTP completes it.
//! * **Sessions**: opaque tokens and RS256 JWTs in Stytch's claim layout, a JWKS,
//!   authenticate/get/revoke/exchange.
//! * **Connected apps, impersonation, attest, migrate**: the project as an OAuth
//!   2.0 / OIDC provider (consent, codes, the token endpoint, introspection, access
//!   tokens exchanged for sessions); impersonation tokens, Trusted Auth Token
//!   profiles, external sessions and SCIM groups come from control operations
//!   ([`Emulator::mint_impersonation_token`], ...), standing in for the dashboard
//!   and other identity providers.
//! * **Member authorization**: the member-session headers of the operations the API
//!   authorizes per member are checked against the member's roles and organization.
//! * **Control**: outbox, clock, key rotation, fault injection and reset, in-process
//!   or over HTTP under `/__emulator/` (see [`CONTROL_ROUTES`]).
//!
//! * **Limits**: header and body read timeouts, a connection cap, 2 MiB request
//!   bodies, bounded cost parameters of migrated password hashes, expired tokens and
//!   sessions forgotten a day after expiry, a capped outbox (see [`EmulatorConfig`]);
//!   a host other than loopback needs a secret other than [`DEFAULT_SECRET`].
//!
//! The emulator is a test double: password hashes use light argon2 parameters,
//! nothing is persisted, and nothing is ever really sent.
//!
//! # How it is built
//!
//! It serves every operation of the spec, listed in [`API_ROUTES`]. The route table,
//! the path and query parameter types, one handler trait per product group and the
//! axum glue are generated from `openapi/b2b.yaml` by `cargo xtask codegen`
//! (`src/routes/generated.rs`), so an operation cannot go unserved. The handlers
//! implement those traits, one file per product group under `src/routes/`; they
//! translate a decoded request into calls of the domain layer (`src/domain/`: the
//! rules of organizations, members, sessions, tokens, search, ...), which works on the
//! in-memory store. The control routes ([`CONTROL_ROUTES`]) are written by hand.

#![deny(missing_docs)]

mod auth;
mod clock;
mod config;
mod control;
mod domain;
mod errors;
mod faults;
mod ids;
mod jwt;
mod outbox;
mod password;
mod routes;
mod serve;
mod server;
mod store;
mod wire;
mod x509;

pub use config::{
    DEFAULT_BODY_READ_TIMEOUT, DEFAULT_HEADER_READ_TIMEOUT, DEFAULT_MAX_CONNECTIONS,
    DEFAULT_OUTBOX_CAPACITY, DEFAULT_PROJECT_ID, DEFAULT_SECRET, EmulatorConfig, JwtIssuer,
};
pub use control::{
    ControlError, ExternalSession, Impersonation, OAuthLogin, ScimGroupPush, SsoLogin,
    TrustedToken, TrustedTokenProfile,
};
pub use faults::Fault;
pub use jwt::KeyError;
pub use outbox::{Channel, MessageKind, OutboxMessage};
pub use routes::{API_ROUTES, CONTROL_ROUTES, Route};
pub use server::{Emulator, StartError};
