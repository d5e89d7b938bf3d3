//! Quickstart: the Stytch B2B flow end to end through this crate.
//!
//! ```sh
//! cargo run --example quickstart
//! ```
//!
//! Runs against a local emulator started in-process, so it needs no network and no
//! credentials. With `STYTCH_PROJECT_ID` and `STYTCH_SECRET` set it runs against your
//! Stytch test project instead, and asks you to paste the token of the invitation
//! email's magic link.

mod walkthrough;

use std::io::{BufRead, Write};
use std::process::ExitCode;

use stytch_b2b::Client;
use stytch_b2b_emulator::{Emulator, EmulatorConfig};
use walkthrough::Inbox;

/// Magic links land in the emulator's outbox.
struct EmulatorInbox<'a>(&'a Emulator);

impl Inbox for EmulatorInbox<'_> {
    fn magic_link_token(&self, email_address: &str) -> Result<String, String> {
        self.0
            .latest_message_to(email_address)
            .map(|message| message.token)
            .ok_or_else(|| format!("the emulator sent no message to {email_address}"))
    }
}

/// With real Stytch the link arrives by email; the person running this pastes it.
struct Terminal;

impl Inbox for Terminal {
    fn magic_link_token(&self, email_address: &str) -> Result<String, String> {
        print!("Paste the `token` parameter of the magic link sent to {email_address}: ");
        std::io::stdout().flush().map_err(|e| e.to_string())?;
        let mut line = String::new();
        std::io::stdin()
            .lock()
            .read_line(&mut line)
            .map_err(|e| e.to_string())?;
        let token = line.trim().to_owned();
        if token.is_empty() {
            Err("no token entered".into())
        } else {
            Ok(token)
        }
    }
}

#[tokio::main]
async fn main() -> ExitCode {
    match run().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("\nquickstart failed: {message}");
            ExitCode::FAILURE
        }
    }
}

async fn run() -> Result<(), String> {
    let suffix = unique_suffix();
    let mut out = std::io::stdout();
    let credentials = (
        std::env::var("STYTCH_PROJECT_ID"),
        std::env::var("STYTCH_SECRET"),
    );
    if let (Ok(project_id), Ok(secret)) = credentials {
        let client = Client::new(project_id, secret).map_err(|e| e.to_string())?;
        println!("Running against Stytch at {}\n", client.base_url());
        walkthrough::run(&client, &Terminal, &suffix, &mut out)
            .await
            .map_err(|e| e.to_string())?;
    } else {
        let emulator = Emulator::start(EmulatorConfig::default())
            .await
            .map_err(|e| format!("cannot start the local emulator: {e}"))?;
        let config = emulator.config();
        let client = Client::builder(&config.project_id, &config.secret)
            .base_url(emulator.base_url())
            .build()
            .map_err(|e| e.to_string())?;
        println!(
            "Running against the local Stytch B2B emulator at {}",
            emulator.base_url()
        );
        println!("(set STYTCH_PROJECT_ID and STYTCH_SECRET to use your Stytch project)\n");
        let summary = walkthrough::run(&client, &EmulatorInbox(&emulator), &suffix, &mut out)
            .await
            .map_err(|e| e.to_string())?;
        print_summary(&summary);
    }
    Ok(())
}

fn print_summary(summary: &walkthrough::Summary) {
    println!(
        "\nDone: member {} ({}) of organization {}, plan {:?} with {} seats; revoked session refused with {}.",
        summary.member_id,
        summary.member_status,
        summary.organization_id,
        summary.claims.plan,
        summary.claims.seats,
        summary.refusal.as_ref().map(|t| t.as_str()).unwrap_or("-"),
    );
}

/// Keeps slugs and emails unique across runs against a real project.
fn unique_suffix() -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or_default();
    format!("{nanos:08x}")
}
