//! The running emulator: shared state, the listening task, and the library API.

use std::fmt;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use chrono::{DateTime, Utc};
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

use crate::clock::Clock;
use crate::config::{DEFAULT_SECRET, EmulatorConfig, JwtIssuer};
use crate::control::{
    self, ControlError, ExternalSession, Impersonation, OAuthLogin, ScimGroupPush, SsoLogin,
    TrustedToken, TrustedTokenProfile,
};
use crate::domain::flows::Ctx;
use crate::faults::{Fault, FaultSlot};
use crate::jwt::{KeyError, KeyRing, SigningKey};
use crate::outbox::OutboxMessage;
use crate::routes;
use crate::serve::{self, Limits};
use crate::store::Store;

/// State shared by every request handler.
pub(crate) struct Shared {
    pub(crate) project_id: String,
    pub(crate) secret: String,
    pub(crate) base_url: String,
    /// The `iss` of issued JWTs.
    pub(crate) issuer: String,
    pub(crate) env: &'static str,
    pub(crate) clock: Clock,
    /// How long a request body may take to arrive (`wire::JsonBody`).
    pub(crate) body_read_timeout: Duration,
    store: Mutex<Store>,
    faults: Mutex<FaultSlot>,
}

/// Neither the secret nor the store (sessions, tokens, the outbox) is shown.
impl fmt::Debug for Shared {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Shared")
            .field("project_id", &self.project_id)
            .field("secret", &"<redacted>")
            .field("base_url", &self.base_url)
            .field("env", &self.env)
            .field("clock", &self.clock)
            .field("body_read_timeout", &self.body_read_timeout)
            .finish_non_exhaustive()
    }
}

pub(crate) type App = Arc<Shared>;

impl Shared {
    /// The store. Never held across an `.await`; a panic elsewhere does not lock
    /// everybody out (the poison is ignored, the data is still consistent per call).
    pub(crate) fn store(&self) -> MutexGuard<'_, Store> {
        self.store.lock().unwrap_or_else(PoisonError::into_inner)
    }

    pub(crate) fn faults(&self) -> MutexGuard<'_, FaultSlot> {
        self.faults.lock().unwrap_or_else(PoisonError::into_inner)
    }

    pub(crate) fn ctx(&self) -> Ctx<'_> {
        Ctx {
            project_id: &self.project_id,
            issuer: &self.issuer,
            now: self.clock.now(),
        }
    }
}

/// Failure to start an emulator.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StartError {
    /// The address could not be bound.
    #[error("could not listen on {addr}: {source}")]
    Bind {
        /// The address asked for.
        addr: SocketAddr,
        /// Why binding failed.
        source: std::io::Error,
    },
    /// The signing key could not be generated.
    #[error(transparent)]
    Key(#[from] KeyError),
    /// `host` is not a loopback address and `secret` is [`DEFAULT_SECRET`], which is
    /// public: anyone who can reach the address could use the emulator.
    #[error(
        "refusing to listen on {host} with the default project secret, which is public; \
         set a secret of your own or listen on a loopback address"
    )]
    DefaultSecretOnNonLoopback {
        /// The address asked for.
        host: IpAddr,
    },
    /// A limit of the configuration is zero.
    #[error("EmulatorConfig::{setting} must be greater than zero")]
    ZeroLimit {
        /// The field of [`EmulatorConfig`] that is zero.
        setting: &'static str,
    },
}

/// Refuses a configuration that would be unsafe or could not serve.
fn check(config: &EmulatorConfig) -> Result<(), StartError> {
    if config.secret == DEFAULT_SECRET && !config.is_loopback() {
        return Err(StartError::DefaultSecretOnNonLoopback { host: config.host });
    }
    let zero = [
        ("header_read_timeout", config.header_read_timeout.is_zero()),
        ("body_read_timeout", config.body_read_timeout.is_zero()),
        ("max_connections", config.max_connections == 0),
    ];
    match zero.into_iter().find(|(_, is_zero)| *is_zero) {
        Some((setting, _)) => Err(StartError::ZeroLimit { setting }),
        None => Ok(()),
    }
}

/// A running emulator. It serves until dropped (or [`Emulator::shutdown`]).
///
/// ```no_run
/// # async fn run() -> Result<(), Box<dyn std::error::Error>> {
/// use stytch_b2b_emulator::{Emulator, EmulatorConfig};
///
/// let emu = Emulator::start(EmulatorConfig::default()).await?;
/// println!("Stytch B2B emulator at {}", emu.base_url());
/// // … point a client at emu.base_url(), then read what was "sent":
/// for message in emu.outbox() {
///     println!("{:?} to {}", message.kind, message.recipient);
/// }
/// # Ok(())
/// # }
/// ```
pub struct Emulator {
    app: App,
    config: EmulatorConfig,
    addr: SocketAddr,
    shutdown: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<()>>,
}

/// Shows where it listens and its configuration (secret redacted), never the store.
impl fmt::Debug for Emulator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Emulator")
            .field("base_url", &self.app.base_url)
            .field("config", &self.config)
            .field("serving", &self.task.is_some())
            .finish_non_exhaustive()
    }
}

impl Emulator {
    /// Binds `config.host:config.port` (port 0 picks a free one), generates an
    /// RSA-2048 signing key and starts serving on the current tokio runtime.
    ///
    /// Refuses ([`StartError::DefaultSecretOnNonLoopback`]) to listen on an address
    /// other than loopback with [`DEFAULT_SECRET`], and ([`StartError::ZeroLimit`]) a
    /// zero timeout or connection limit.
    pub async fn start(config: EmulatorConfig) -> Result<Self, StartError> {
        check(&config)?;
        let env = config.environment();
        let key = tokio::task::spawn_blocking(move || SigningKey::generate(env))
            .await
            .map_err(|_| KeyError::Generate)??;
        let wanted = SocketAddr::new(config.host, config.port);
        let bind_err = |source| StartError::Bind {
            addr: wanted,
            source,
        };
        let listener = TcpListener::bind(wanted).await.map_err(bind_err)?;
        let addr = listener.local_addr().map_err(bind_err)?;
        let base_url = format!("http://{addr}");
        let issuer = match &config.jwt_issuer {
            JwtIssuer::StytchProject => format!("stytch.com/{}", config.project_id),
            JwtIssuer::BaseUrl => base_url.clone(),
            JwtIssuer::Custom(issuer) => issuer.clone(),
        };
        let app = Arc::new(Shared {
            project_id: config.project_id.clone(),
            secret: config.secret.clone(),
            base_url,
            issuer,
            env,
            clock: Clock::default(),
            body_read_timeout: config.body_read_timeout,
            store: Mutex::new(Store::new(env, KeyRing::new(key), config.outbox_capacity)),
            faults: Mutex::new(FaultSlot::default()),
        });
        let router = routes::router(app.clone());
        let limits = Limits {
            header_read_timeout: config.header_read_timeout,
            body_read_timeout: config.body_read_timeout,
            max_connections: config.max_connections,
        };
        let (tx, rx) = oneshot::channel::<()>();
        let task = tokio::spawn(serve::serve(listener, router, limits, rx));
        tracing::info!(%addr, "Stytch B2B emulator listening");
        Ok(Self {
            app,
            config,
            addr,
            shutdown: Some(tx),
            task: Some(task),
        })
    }

    /// Base URL to point a client at, e.g. `http://127.0.0.1:40123` (no trailing slash).
    pub fn base_url(&self) -> &str {
        &self.app.base_url
    }

    /// The address the emulator listens on.
    pub fn local_addr(&self) -> SocketAddr {
        self.addr
    }

    /// The configuration it was started with (`Debug` redacts the secret).
    pub fn config(&self) -> &EmulatorConfig {
        &self.config
    }

    /// Project id the emulator expects.
    pub fn project_id(&self) -> &str {
        &self.app.project_id
    }

    /// Every message sent so far, oldest first (at most
    /// [`EmulatorConfig::outbox_capacity`]: older ones are dropped).
    pub fn outbox(&self) -> Vec<OutboxMessage> {
        self.app.store().outbox.iter().cloned().collect()
    }

    /// The most recent message sent to `recipient` (email address, compared
    /// case-insensitively, or phone number).
    pub fn latest_message_to(&self, recipient: &str) -> Option<OutboxMessage> {
        control::latest_message_to(&self.app, recipient)
    }

    /// Empties the outbox.
    pub fn clear_outbox(&self) {
        self.app.store().outbox.clear();
    }

    /// The JWKS document (`{"keys": [...]}`) session JWTs verify against: the
    /// current key and, after a rotation, the previous one.
    pub fn jwks_json(&self) -> String {
        control::jwks_json(&self.app)
    }

    /// Key id new session JWTs are signed with.
    pub fn current_kid(&self) -> String {
        self.app.store().keys.current_kid().to_owned()
    }

    /// Generates a new signing key and signs with it from now on; the previous key
    /// stays in the JWKS until the next rotation. Returns the new key id.
    pub async fn rotate_signing_key(&self) -> Result<String, KeyError> {
        control::rotate_key(&self.app).await
    }

    /// Current emulator time (wall time plus every [`advance_clock`](Self::advance_clock)).
    pub fn now(&self) -> DateTime<Utc> {
        self.app.clock.now()
    }

    /// Moves the emulator clock forward: tokens, sessions and JWTs expire accordingly.
    pub fn advance_clock(&self, by: Duration) {
        self.app.clock.advance(by);
    }

    /// Arms `fault` for the next `fault.count` API calls.
    pub fn inject_fault(&self, fault: Fault) {
        self.app.faults().arm(fault);
    }

    /// Disarms any injected fault.
    pub fn clear_faults(&self) {
        self.app.faults().clear();
    }

    /// Forgets every organization, member, session, token and message, disarms
    /// faults and resets the clock. Signing keys are kept.
    pub fn reset(&self) {
        control::reset(&self.app);
    }

    /// Mints a token that `oauth/authenticate` (with an organization) or
    /// `oauth/discovery/authenticate` (without) accepts, standing in for the
    /// identity provider's redirect.
    pub fn mint_oauth_token(&self, login: &OAuthLogin) -> Result<String, ControlError> {
        control::mint_oauth(&self.app, login)
    }

    /// Mints a token that `sso/authenticate` accepts for an existing SSO connection.
    pub fn mint_sso_token(&self, login: &SsoLogin) -> Result<String, ControlError> {
        control::mint_sso(&self.app, login)
    }

    /// Mints a token that `impersonation/authenticate` accepts once, within five
    /// minutes, standing in for an impersonation started in the Stytch dashboard.
    pub fn mint_impersonation_token(
        &self,
        impersonation: &Impersonation,
    ) -> Result<String, ControlError> {
        control::public(control::mint_impersonation(&self.app, impersonation))
    }

    /// Registers a Trusted Auth Token profile for `sessions/attest`; returns its id.
    pub fn register_trusted_token_profile(
        &self,
        profile: &TrustedTokenProfile,
    ) -> Result<String, ControlError> {
        control::public(control::register_profile(&self.app, profile))
    }

    /// Signs a token for a registered Trusted Auth Token profile, as the trusted
    /// identity provider would.
    pub fn mint_trusted_token(&self, token: &TrustedToken) -> Result<String, ControlError> {
        control::public(control::mint_trusted_token(&self.app, token))
    }

    /// Registers a session of an external identity provider for `sessions/migrate`;
    /// returns its session token.
    pub fn register_external_session(
        &self,
        session: &ExternalSession,
    ) -> Result<String, ControlError> {
        control::public(control::register_external_session(&self.app, session))
    }

    /// Pushes a group over a SCIM connection, as its identity provider would;
    /// returns the group id.
    pub fn push_scim_group(&self, group: &ScimGroupPush) -> Result<String, ControlError> {
        control::public(control::push_scim_group(&self.app, group))
    }

    /// Sets the project's custom RBAC resources, roles and M2M scopes to those of
    /// `custom`, as a project's Dashboard defines them; Stytch's resources and default
    /// roles always stay. `rbac/policy` serves the result, organizations' custom roles
    /// may then use the custom resources, and member-authorization checks apply the
    /// custom roles. [`Emulator::reset`] keeps it.
    ///
    /// # Errors
    ///
    /// `invalid_role` for a reserved or repeated id, or a permission on a resource or
    /// action the policy does not have.
    pub fn set_project_policy(
        &self,
        custom: &stytch_b2b_api::types::Policy,
    ) -> Result<(), ControlError> {
        let policy = crate::domain::rbac::with_custom(custom).map_err(ControlError::from)?;
        self.app.store().rbac_policy = policy;
        Ok(())
    }

    /// Stops accepting connections, lets requests in progress finish (for up to five
    /// seconds, then closes every connection) and waits for the server to end.
    pub async fn shutdown(mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(mut task) = self.task.take()
            && tokio::time::timeout(Duration::from_secs(5), &mut task)
                .await
                .is_err()
        {
            task.abort();
        }
    }
}

impl Drop for Emulator {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(task) = self.task.take() {
            task.abort();
        }
    }
}
