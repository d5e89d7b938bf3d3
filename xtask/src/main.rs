//! `cargo xtask codegen [--check]`: turn `openapi/b2b.yaml` into
//! `crates/stytch-b2b-api/src/generated.rs` with progenitor.

mod codegen;
mod constructor;
mod emulator_routes;
mod error_types;
mod operations;
mod optional_setters;
mod render;
mod sdk;
mod surface;
mod test_support;

use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask codegen [--check]

  codegen          regenerate crates/stytch-b2b-api/src/generated.rs from openapi/b2b.yaml
  codegen --check  exit non-zero if the committed file differs from fresh output";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let result = match args.as_slice() {
        ["codegen"] => codegen::run(codegen::Mode::Write),
        ["codegen", "--check"] => codegen::run(codegen::Mode::Check),
        ["-h" | "--help" | "help"] => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}
