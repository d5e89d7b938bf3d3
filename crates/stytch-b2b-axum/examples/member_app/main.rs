//! An axum app whose routes know who calls and what they may do, run offline.
//!
//! ```sh
//! cargo run -p stytch-b2b-axum --example member_app
//! ```
//!
//! Starts the Stytch B2B emulator in-process, creates an organization whose custom
//! `editor` role may edit documents, signs in Ada (an editor) and Bob (a member), creates
//! an M2M client for a billing service, serves the app of `app.rs` on loopback and calls
//! it as each of them. Every decision is made in the app's process from the cached JWKS
//! and RBAC policy.

mod app;
mod scenario;

use std::process::ExitCode;

use stytch_b2b_emulator::{Emulator, EmulatorConfig};

#[tokio::main]
async fn main() -> ExitCode {
    let emulator = match Emulator::start(EmulatorConfig::default()).await {
        Ok(emulator) => emulator,
        Err(error) => {
            eprintln!("cannot start the local emulator: {error}");
            return ExitCode::FAILURE;
        }
    };
    println!("Stytch B2B emulator at {}\n", emulator.base_url());
    match scenario::run(&emulator).await {
        Ok(exchanges) => {
            for exchange in exchanges {
                println!(
                    "GET {:<60} as {:<30} -> {} {}",
                    exchange.path, exchange.label, exchange.status, exchange.body
                );
            }
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("member_app failed: {message}");
            ExitCode::FAILURE
        }
    }
}
