//! What an emulator instance is started with.

use std::fmt;
use std::net::{IpAddr, Ipv4Addr};
use std::time::Duration;

/// Project id an emulator uses when none is given.
pub const DEFAULT_PROJECT_ID: &str = "project-test-00000000-0000-4000-8000-000000000000";
/// Project secret an emulator uses when none is given. It is public (it is in this
/// crate's source), so [`Emulator::start`](crate::Emulator::start) refuses it on an
/// address other than loopback.
pub const DEFAULT_SECRET: &str = "secret-test-emulator-0000000000000000000000";

/// Default of [`EmulatorConfig::header_read_timeout`].
pub const DEFAULT_HEADER_READ_TIMEOUT: Duration = Duration::from_secs(10);
/// Default of [`EmulatorConfig::body_read_timeout`].
pub const DEFAULT_BODY_READ_TIMEOUT: Duration = Duration::from_secs(10);
/// Default of [`EmulatorConfig::max_connections`].
pub const DEFAULT_MAX_CONNECTIONS: usize = 512;
/// Default of [`EmulatorConfig::outbox_capacity`].
pub const DEFAULT_OUTBOX_CAPACITY: usize = 1_000;

/// Configuration of an [`Emulator`](crate::Emulator).
///
/// The project id and secret are the credentials the emulator expects in the Basic
/// `Authorization` header of every API call. `Debug` never shows the secret.
///
/// ```
/// use stytch_b2b_emulator::EmulatorConfig;
///
/// let config = EmulatorConfig {
///     project_id: "project-test-11111111-2222-3333-4444-555555555555".to_owned(),
///     secret: "secret-test-local".to_owned(),
///     ..EmulatorConfig::default()
/// };
/// assert!(!format!("{config:?}").contains("secret-test-local"));
/// ```
#[derive(Clone)]
pub struct EmulatorConfig {
    /// Project id: the Basic-auth user name, the JWT issuer suffix and audience.
    pub project_id: String,
    /// Project secret: the Basic-auth password. Must not be [`DEFAULT_SECRET`] when
    /// `host` is not a loopback address.
    pub secret: String,
    /// Address to listen on; loopback by default.
    pub host: IpAddr,
    /// Port to listen on; `0` picks a free one.
    pub port: u16,
    /// How long a client may take to send the head (request line and headers) of a
    /// request, counted from when the server starts waiting for it; an idle
    /// keep-alive connection is closed after the same time (hyper starts waiting for
    /// the next head as soon as a response is written), and every response on a
    /// connection that stays open announces a second less (`Keep-Alive: timeout=9`
    /// by default, 0 under two seconds) so that clients honouring it stop reusing the
    /// connection first. Default [`DEFAULT_HEADER_READ_TIMEOUT`]; must not be zero.
    pub header_read_timeout: Duration,
    /// How long a client may take to send a request body once the handler starts
    /// reading it; a late body is answered with `408` and `Connection: close`, and
    /// the connection is closed.
    /// Default [`DEFAULT_BODY_READ_TIMEOUT`]; must not be zero. (Bodies are also
    /// capped at 2 MiB: a larger one is answered with `413`.)
    pub body_read_timeout: Duration,
    /// Most connections served at once; further clients wait in the listen backlog
    /// until one closes. Default [`DEFAULT_MAX_CONNECTIONS`]; must not be zero.
    pub max_connections: usize,
    /// Most messages the outbox keeps; the oldest is dropped when a new one would
    /// exceed it (`0` keeps none). Default [`DEFAULT_OUTBOX_CAPACITY`].
    pub outbox_capacity: usize,
    /// The `iss` of the JWTs it issues. Default [`JwtIssuer::StytchProject`], which
    /// every Stytch SDK accepts whatever base URL it is configured with.
    pub jwt_issuer: JwtIssuer,
}

/// Which issuer the emulator's session and M2M JWTs name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum JwtIssuer {
    /// `stytch.com/{project_id}`, as Stytch issues without a custom domain.
    #[default]
    StytchProject,
    /// The emulator's own base URL (`http://127.0.0.1:PORT`), as Stytch issues for a
    /// project on a custom domain: a client must then use exactly that base URL.
    BaseUrl,
    /// This exact string.
    Custom(String),
}

impl Default for EmulatorConfig {
    fn default() -> Self {
        Self {
            project_id: DEFAULT_PROJECT_ID.to_owned(),
            secret: DEFAULT_SECRET.to_owned(),
            host: IpAddr::V4(Ipv4Addr::LOCALHOST),
            port: 0,
            header_read_timeout: DEFAULT_HEADER_READ_TIMEOUT,
            body_read_timeout: DEFAULT_BODY_READ_TIMEOUT,
            max_connections: DEFAULT_MAX_CONNECTIONS,
            outbox_capacity: DEFAULT_OUTBOX_CAPACITY,
            jwt_issuer: JwtIssuer::default(),
        }
    }
}

impl fmt::Debug for EmulatorConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EmulatorConfig")
            .field("project_id", &self.project_id)
            .field("secret", &"<redacted>")
            .field("host", &self.host)
            .field("port", &self.port)
            .field("header_read_timeout", &self.header_read_timeout)
            .field("body_read_timeout", &self.body_read_timeout)
            .field("max_connections", &self.max_connections)
            .field("outbox_capacity", &self.outbox_capacity)
            .field("jwt_issuer", &self.jwt_issuer)
            .finish()
    }
}

impl EmulatorConfig {
    /// `"live"` for `project-live-…` ids, `"test"` otherwise; used in generated ids.
    pub(crate) fn environment(&self) -> &'static str {
        if self.project_id.starts_with("project-live-") {
            "live"
        } else {
            "test"
        }
    }

    /// Whether `host` only accepts connections from this machine (an IPv4-mapped
    /// IPv6 address counts as the IPv4 address it maps).
    pub(crate) fn is_loopback(&self) -> bool {
        self.host.to_canonical().is_loopback()
    }
}
