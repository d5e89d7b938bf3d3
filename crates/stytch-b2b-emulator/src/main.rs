//! `stytch-b2b-emulator`: runs the Stytch B2B emulator until interrupted.
//!
//! ```text
//! stytch-b2b-emulator [--host 127.0.0.1] [--port 8787] [--project-id ID] [--secret SECRET]
//!                     [--jwt-issuer stytch|base-url|ISSUER]
//! ```
//! The project id and secret may also come from `STYTCH_PROJECT_ID` and
//! `STYTCH_SECRET`.

use std::net::IpAddr;
use std::process::ExitCode;

use stytch_b2b_emulator::{Emulator, EmulatorConfig, JwtIssuer, StartError};

const USAGE: &str = "\
Usage: stytch-b2b-emulator [OPTIONS]

Runs a local, in-memory emulator of the Stytch B2B API.

Options:
  --host ADDR         address to listen on (default 127.0.0.1; any other address
                      needs a secret of your own)
  --port PORT         port to listen on (default 8787; 0 picks a free one)
  --project-id ID     project id clients authenticate with (or STYTCH_PROJECT_ID)
  --secret SECRET     project secret clients authenticate with (or STYTCH_SECRET)
  --jwt-issuer ISS    `iss` of issued JWTs: `stytch` (default, stytch.com/PROJECT_ID),
                      `base-url` (the emulator's URL, like a custom domain) or a string
  -h, --help          print this help";

const DEFAULT_PORT: u16 = 8787;

fn parse(args: impl IntoIterator<Item = String>) -> Result<Option<EmulatorConfig>, String> {
    let mut config = EmulatorConfig {
        port: DEFAULT_PORT,
        ..EmulatorConfig::default()
    };
    if let Ok(id) = std::env::var("STYTCH_PROJECT_ID") {
        config.project_id = id;
    }
    if let Ok(secret) = std::env::var("STYTCH_SECRET") {
        config.secret = secret;
    }
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) => (f.to_owned(), Some(v.to_owned())),
            None => (arg.clone(), None),
        };
        if flag == "-h" || flag == "--help" {
            return Ok(None);
        }
        let mut value = || {
            inline
                .clone()
                .or_else(|| args.next())
                .ok_or(format!("{flag} needs a value"))
        };
        match flag.as_str() {
            "--host" => {
                let v = value()?;
                config.host = v
                    .parse::<IpAddr>()
                    .map_err(|_| format!("--host: {v:?} is not an IP address"))?;
            }
            "--port" => {
                let v = value()?;
                config.port = v
                    .parse()
                    .map_err(|_| format!("--port: {v:?} is not a port number"))?;
            }
            "--project-id" => config.project_id = value()?,
            "--secret" => config.secret = value()?,
            "--jwt-issuer" => {
                config.jwt_issuer = match value()?.as_str() {
                    "stytch" => JwtIssuer::StytchProject,
                    "base-url" => JwtIssuer::BaseUrl,
                    "" => return Err("--jwt-issuer must not be empty".to_owned()),
                    other => JwtIssuer::Custom(other.to_owned()),
                }
            }
            other => return Err(format!("unknown option {other}")),
        }
    }
    if config.project_id.is_empty() || config.secret.is_empty() {
        return Err("the project id and secret must not be empty".to_owned());
    }
    Ok(Some(config))
}

#[tokio::main]
async fn main() -> ExitCode {
    let config = match parse(std::env::args().skip(1)) {
        Ok(Some(config)) => config,
        Ok(None) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("stytch-b2b-emulator: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let emu = match Emulator::start(config).await {
        Ok(emu) => emu,
        Err(e) => {
            eprintln!("stytch-b2b-emulator: {}", start_error_message(&e));
            return ExitCode::FAILURE;
        }
    };
    println!("Stytch B2B emulator listening on {}", emu.base_url());
    println!("project id: {}", emu.project_id());
    println!(
        "control endpoints under {}/__emulator/ (same Basic auth); Ctrl-C or SIGTERM to stop",
        emu.base_url()
    );
    stop_signal().await;
    emu.shutdown().await;
    ExitCode::SUCCESS
}

/// What to tell the user when the emulator does not start, in terms of the options.
fn start_error_message(e: &StartError) -> String {
    match e {
        StartError::DefaultSecretOnNonLoopback { host } => format!(
            "refusing to listen on {host} with the built-in default secret, which is \
             public: anyone who can reach {host} could call the emulator. Pass \
             --secret SECRET (or set STYTCH_SECRET), or listen on 127.0.0.1 or ::1."
        ),
        other => other.to_string(),
    }
}

/// Ctrl-C, or SIGTERM on Unix: a background job started by a script ignores SIGINT,
/// so `kill` must stop it cleanly too.
async fn stop_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        if let Ok(mut term) = signal(SignalKind::terminate()) {
            tokio::select! {
                result = tokio::signal::ctrl_c() => {
                    if let Err(e) = result {
                        eprintln!("stytch-b2b-emulator: cannot wait for Ctrl-C: {e}");
                    }
                }
                _ = term.recv() => {}
            }
            return;
        }
    }
    if let Err(e) = tokio::signal::ctrl_c().await {
        eprintln!("stytch-b2b-emulator: cannot wait for Ctrl-C: {e}");
    }
}

#[cfg(test)]
mod tests {
    use super::{parse, start_error_message};
    use stytch_b2b_emulator::{Emulator, JwtIssuer, StartError};

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn flags_with_separate_and_inline_values() {
        let config = parse(args(&[
            "--port",
            "9000",
            "--project-id=project-test-x",
            "--secret",
            "s3",
        ]))
        .ok()
        .flatten();
        let config = config.as_ref();
        assert_eq!(config.map(|c| c.port), Some(9000));
        assert_eq!(
            config.map(|c| c.project_id.as_str()),
            Some("project-test-x")
        );
        assert_eq!(config.map(|c| c.secret.as_str()), Some("s3"));
    }

    #[test]
    fn the_jwt_issuer_is_stytch_s_unless_asked_otherwise() {
        let issuer = |extra: &[&str]| {
            let mut list = vec!["--secret", "s3"];
            list.extend_from_slice(extra);
            parse(args(&list)).ok().flatten().map(|c| c.jwt_issuer)
        };
        assert_eq!(issuer(&[]), Some(JwtIssuer::StytchProject));
        assert_eq!(
            issuer(&["--jwt-issuer", "stytch"]),
            Some(JwtIssuer::StytchProject)
        );
        assert_eq!(issuer(&["--jwt-issuer=base-url"]), Some(JwtIssuer::BaseUrl));
        assert_eq!(
            issuer(&["--jwt-issuer", "https://login.example.com"]),
            Some(JwtIssuer::Custom("https://login.example.com".to_owned()))
        );
        assert!(parse(args(&["--jwt-issuer="])).is_err());
    }

    #[test]
    fn bad_input_is_an_error_not_a_panic() {
        assert!(parse(args(&["--port", "seventy"])).is_err());
        assert!(parse(args(&["--port"])).is_err());
        assert!(parse(args(&["--bogus"])).is_err());
        assert!(parse(args(&["--host", "not-an-ip"])).is_err());
        assert!(matches!(parse(args(&["--help"])), Ok(None)));
    }

    #[tokio::test]
    async fn a_public_host_with_the_default_secret_is_refused_naming_the_options() {
        // Not via `parse`: STYTCH_SECRET in the environment would change the secret.
        let config = stytch_b2b_emulator::EmulatorConfig {
            host: std::net::Ipv4Addr::UNSPECIFIED.into(),
            ..stytch_b2b_emulator::EmulatorConfig::default()
        };
        let refused = Emulator::start(config).await;
        let Err(e) = refused else {
            panic!("an emulator on 0.0.0.0 with the default secret started");
        };
        assert!(
            matches!(e, StartError::DefaultSecretOnNonLoopback { .. }),
            "{e:?}"
        );
        let message = start_error_message(&e);
        assert!(message.contains("0.0.0.0"), "{message}");
        assert!(message.contains("--secret"), "{message}");
        assert!(message.contains("STYTCH_SECRET"), "{message}");
    }
}
