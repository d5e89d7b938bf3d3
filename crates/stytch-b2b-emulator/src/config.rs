//! What an emulator instance is started with.

use std::fmt;
use std::net::{IpAddr, Ipv4Addr};

/// Project id an emulator uses when none is given.
pub const DEFAULT_PROJECT_ID: &str = "project-test-00000000-0000-4000-8000-000000000000";
/// Project secret an emulator uses when none is given.
pub const DEFAULT_SECRET: &str = "secret-test-emulator-0000000000000000000000";

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
    /// Project secret: the Basic-auth password.
    pub secret: String,
    /// Address to listen on; loopback by default.
    pub host: IpAddr,
    /// Port to listen on; `0` picks a free one.
    pub port: u16,
}

impl Default for EmulatorConfig {
    fn default() -> Self {
        Self {
            project_id: DEFAULT_PROJECT_ID.to_owned(),
            secret: DEFAULT_SECRET.to_owned(),
            host: IpAddr::V4(Ipv4Addr::LOCALHOST),
            port: 0,
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
}
