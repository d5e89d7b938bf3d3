//! The official Stytch SDKs as clients of the emulator: npm `stytch` and PyPI
//! `stytch` drive an in-process emulator through the flows of every product group
//! of their B2B clients (scripts under `tests/official/`), local JWT and M2M token
//! verification included, and every operation each SDK exposes must succeed.
//!
//! The SDKs are installed on first use into `target/official-sdks/` (npm into
//! `node/`, a virtualenv with pip into `python/`) and reused while the installed
//! version is the pinned one.
//!
//! A test whose runtime is missing (`node` or `npm`; `python3`, or its `venv` and
//! `ensurepip` modules while the virtualenv is not installed yet) prints
//! `SKIPPED: <reason>` straight to stderr, past the test harness's capture so it
//! shows under a plain `cargo test` too, and passes. With
//! `STYTCH_REQUIRE_OFFICIAL_SDKS=1` in the environment a missing runtime fails the
//! test instead (for CI, where a skip would hide a broken image). With the runtime
//! present, an install that fails (no registry) or any failing operation fails it.

use std::collections::BTreeSet;
use std::io::{Read as _, Write as _};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;
use stytch_b2b_emulator::{API_ROUTES, Emulator, EmulatorConfig};

const NODE_SDK: &str = "14.2.0";
const PYTHON_SDK: &str = "15.3.0";
const PROJECT_ID: &str = "project-test-0fc1a15d-5d4e-4c1b-9e2a-0ff1c1a15d45";
const SECRET: &str = "secret-test-official-sdks";
/// A whole install (npm or venv plus pip) must finish within this.
const INSTALL_TIMEOUT: Duration = Duration::from_secs(300);
/// A flows script must finish within this.
const SCRIPT_TIMEOUT: Duration = Duration::from_secs(300);
const SUMMARY_PREFIX: &str = "OFFICIAL_SDK_SUMMARY ";
/// Set to `1`, a missing runtime fails the test instead of skipping it.
const REQUIRE_ENV: &str = "STYTCH_REQUIRE_OFFICIAL_SDKS";

type Result = std::result::Result<(), Box<dyn std::error::Error>>;

/// `target/official-sdks`, beside the other build output of the workspace.
fn cache_dir() -> PathBuf {
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    tmp.parent().unwrap_or(tmp).join("official-sdks")
}

fn scripts_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/official")
}

/// Whether `program --version` runs.
fn available(program: &str) -> bool {
    Command::new(program)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// Whether `python3` can create a virtualenv with pip: Debian and Ubuntu ship `venv`
/// and `ensurepip` apart from `python3` (package `python3-venv`).
fn python_can_make_venvs() -> bool {
    Command::new("python3")
        .args(["-c", "import venv, ensurepip; ensurepip.version()"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// A test that cannot run for want of `missing`: passes after saying so, or fails
/// when [`REQUIRE_ENV`] is `1`.
fn skip(missing: &str) -> Result {
    if std::env::var(REQUIRE_ENV).is_ok_and(|v| v == "1") {
        return Err(
            format!("{missing} ({REQUIRE_ENV}=1: a missing runtime fails the test)").into(),
        );
    }
    let line = format!("SKIPPED: {missing} (set {REQUIRE_ENV}=1 to fail instead)\n");
    // `eprintln!` is captured by the test harness and shown only for a failing test
    // (or with `--nocapture`); the stderr handle is not, so a skip is always seen.
    let mut stderr = std::io::stderr().lock();
    let _ = stderr.write_all(line.as_bytes());
    let _ = stderr.flush();
    Ok(())
}

/// Whether `dir` holds the install of `version`, as [`cached_install`] leaves it.
fn installed(dir: &Path, version: &str) -> bool {
    std::fs::read_to_string(dir.join(".installed")).is_ok_and(|v| v.trim() == version)
}

/// Output of a finished child: status, stdout, stderr.
struct Finished {
    success: bool,
    stdout: String,
    stderr: String,
}

/// Runs `cmd` to completion within `limit`, killing it past that.
fn run(cmd: &mut Command, limit: Duration) -> std::result::Result<Finished, String> {
    let described = format!("{cmd:?}");
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("could not start {described}: {e}"))?;
    // Drain both pipes on threads so a chatty child never blocks on a full pipe.
    let drain = |pipe: Option<Box<dyn std::io::Read + Send>>| {
        std::thread::spawn(move || {
            let mut text = String::new();
            if let Some(mut pipe) = pipe {
                let _ = pipe.read_to_string(&mut text);
            }
            text
        })
    };
    let out = drain(child.stdout.take().map(|p| Box::new(p) as _));
    let err = drain(child.stderr.take().map(|p| Box::new(p) as _));
    let deadline = Instant::now() + limit;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(50)),
            Ok(None) => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!(
                    "{described} did not finish within {} s",
                    limit.as_secs()
                ));
            }
            Err(e) => return Err(format!("waiting for {described}: {e}")),
        }
    };
    Ok(Finished {
        success: status.success(),
        stdout: out.join().unwrap_or_default(),
        stderr: err.join().unwrap_or_default(),
    })
}

fn tail(text: &str, lines: usize) -> String {
    let all: Vec<&str> = text.lines().collect();
    all[all.len().saturating_sub(lines)..].join("\n")
}

/// `dir` holding `version` (its `.installed` marker), installing it with `install`
/// into a fresh sibling folder first when it does not. The finished folder is
/// renamed into place, so concurrent test runs never see half an install.
fn cached_install(
    dir: &Path,
    version: &str,
    install: impl FnOnce(&Path) -> std::result::Result<(), String>,
) -> std::result::Result<(), String> {
    let marker = |d: &Path| d.join(".installed");
    if installed(dir, version) {
        return Ok(());
    }
    let parent = dir.parent().ok_or("the cache folder has no parent")?;
    std::fs::create_dir_all(parent).map_err(|e| format!("creating {}: {e}", parent.display()))?;
    let staging = parent.join(format!(
        ".{}-{}-{}",
        dir.file_name().and_then(|n| n.to_str()).unwrap_or("sdk"),
        std::process::id(),
        std::thread::current()
            .name()
            .unwrap_or("t")
            .replace("::", "-"),
    ));
    let _ = std::fs::remove_dir_all(&staging);
    std::fs::create_dir_all(&staging)
        .map_err(|e| format!("creating {}: {e}", staging.display()))?;
    let result = install(&staging).and_then(|()| {
        std::fs::write(marker(&staging), version).map_err(|e| e.to_string())?;
        // Replace a stale cache; if another run installed meanwhile, keep theirs.
        if installed(dir, version) {
            return Ok(());
        }
        let _ = std::fs::remove_dir_all(dir);
        match std::fs::rename(&staging, dir) {
            Ok(()) => Ok(()),
            Err(_) if installed(dir, version) => Ok(()),
            Err(e) => Err(format!("moving the install into {}: {e}", dir.display())),
        }
    });
    let _ = std::fs::remove_dir_all(&staging);
    result
}

fn install_node_sdk(dir: &Path) -> std::result::Result<(), String> {
    cached_install(dir, NODE_SDK, |staging| {
        let done = run(
            Command::new("npm")
                .args(["install", "--no-audit", "--no-fund", "--no-package-lock"])
                .arg("--prefix")
                .arg(staging)
                .arg(format!("stytch@{NODE_SDK}")),
            INSTALL_TIMEOUT,
        )?;
        if !done.success {
            return Err(format!(
                "`npm install stytch@{NODE_SDK}` failed (is the npm registry reachable?):\n{}",
                tail(&done.stderr, 20)
            ));
        }
        Ok(())
    })
}

fn install_python_sdk(dir: &Path) -> std::result::Result<(), String> {
    cached_install(dir, PYTHON_SDK, |staging| {
        let venv = run(
            Command::new("python3").args(["-m", "venv"]).arg(staging),
            INSTALL_TIMEOUT,
        )?;
        if !venv.success {
            return Err(format!(
                "`python3 -m venv` failed (is the venv module installed?):\n{}",
                tail(&venv.stderr, 20)
            ));
        }
        let pip = run(
            Command::new(staging.join("bin/python"))
                .args([
                    "-m",
                    "pip",
                    "install",
                    "--quiet",
                    "--disable-pip-version-check",
                ])
                .arg(format!("stytch=={PYTHON_SDK}")),
            INSTALL_TIMEOUT,
        )?;
        if !pip.success {
            return Err(format!(
                "`pip install stytch=={PYTHON_SDK}` failed (is PyPI reachable?):\n{}",
                tail(&pip.stderr, 20)
            ));
        }
        Ok(())
    })
}

/// What a flows script reported.
#[derive(Debug)]
struct Summary {
    /// The operation ids of the script's table.
    operations: BTreeSet<String>,
    ok: BTreeSet<String>,
    failed: Vec<String>,
    not_exposed: Vec<String>,
    not_reached: Vec<String>,
    aborted: Vec<String>,
    checks: Vec<(String, String)>,
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .map(|x| x.as_str().map_or_else(|| x.to_string(), str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

fn parse_summary(stdout: &str) -> Option<Summary> {
    let line = stdout
        .lines()
        .rev()
        .find_map(|l| l.strip_prefix(SUMMARY_PREFIX))?;
    let v: Value = serde_json::from_str(line).ok()?;
    let entries = |key: &str| -> Vec<String> {
        v[key]
            .as_array()
            .map(|a| a.iter().map(Value::to_string).collect())
            .unwrap_or_default()
    };
    Some(Summary {
        operations: strings(&v["operations"]).into_iter().collect(),
        ok: strings(&v["ok"]).into_iter().collect(),
        failed: entries("failed"),
        not_exposed: strings(&v["not_exposed"]),
        not_reached: strings(&v["not_reached"]),
        aborted: entries("aborted_sections"),
        checks: v["checks"]
            .as_object()
            .map(|m| {
                m.iter()
                    .map(|(k, s)| (k.clone(), s.as_str().unwrap_or("?").to_owned()))
                    .collect()
            })
            .unwrap_or_default(),
    })
}

/// Starts an emulator, runs `cmd` (a flows script) against it with the emulator's
/// address and credentials in the environment, and checks its summary.
async fn run_flows(sdk: &str, version: &str, mut cmd: Command) -> Result {
    let emu = Emulator::start(EmulatorConfig {
        project_id: PROJECT_ID.to_owned(),
        secret: SECRET.to_owned(),
        ..EmulatorConfig::default()
    })
    .await?;
    cmd.env("STYTCH_EMULATOR_URL", emu.base_url())
        .env("STYTCH_PROJECT_ID", PROJECT_ID)
        .env("STYTCH_SECRET", SECRET);
    let started = Instant::now();
    let done = tokio::task::spawn_blocking(move || run(&mut cmd, SCRIPT_TIMEOUT)).await??;
    let elapsed = started.elapsed();
    let summary = parse_summary(&done.stdout).ok_or_else(|| {
        format!(
            "the {sdk} flows printed no summary (exit {}):\nstdout:\n{}\nstderr:\n{}",
            if done.success { "ok" } else { "failed" },
            tail(&done.stdout, 30),
            tail(&done.stderr, 40)
        )
    })?;

    let all: BTreeSet<&str> = API_ROUTES.iter().map(|r| r.operation_id).collect();
    let unknown: Vec<&String> = summary
        .operations
        .iter()
        .filter(|id| !all.contains(id.as_str()))
        .collect();
    let uncovered: Vec<&&str> = all
        .iter()
        .filter(|id| !summary.operations.contains(**id))
        .collect();
    eprintln!(
        "official {sdk} SDK {version}: {} of {} operations ran OK in {:.1} s; not exposed by the SDK: {}; SDK-side checks: {}",
        summary.ok.len(),
        all.len(),
        elapsed.as_secs_f64(),
        if summary.not_exposed.is_empty() {
            "none".to_owned()
        } else {
            summary.not_exposed.join(", ")
        },
        summary
            .checks
            .iter()
            .map(|(k, v)| format!("{k} {v}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let mut problems = Vec::new();
    if !summary.failed.is_empty() {
        problems.push(format!("failed:\n  {}", summary.failed.join("\n  ")));
    }
    if !summary.aborted.is_empty() {
        problems.push(format!(
            "sections cut short:\n  {}",
            summary.aborted.join("\n  ")
        ));
    }
    if !summary.not_reached.is_empty() {
        problems.push(format!(
            "exposed but never called: {}",
            summary.not_reached.join(", ")
        ));
    }
    if !unknown.is_empty() {
        problems.push(format!(
            "operation ids the emulator does not have: {unknown:?}"
        ));
    }
    if !uncovered.is_empty() {
        problems.push(format!(
            "operations missing from the script's table: {uncovered:?}"
        ));
    }
    if !done.success {
        problems.push(format!(
            "the script exited with an error:\n{}",
            tail(&done.stderr, 40)
        ));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "official {sdk} SDK {version} against the emulator:\n{}",
            problems.join("\n")
        )
        .into())
    }
}

/// Fails the test with `result`'s error written out (not `Debug`-escaped).
fn report(result: Result) {
    if let Err(e) = result {
        panic!("{e}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_official_node_sdk_runs_every_flow_against_the_emulator() {
    report(node_flows().await);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_official_python_sdk_runs_every_flow_against_the_emulator() {
    report(python_flows().await);
}

async fn node_flows() -> Result {
    if !available("node") || !available("npm") {
        return skip(&format!(
            "node and npm are needed to run the official Node SDK (npm stytch@{NODE_SDK}) against the emulator"
        ));
    }
    let dir = cache_dir().join("node");
    let install_dir = dir.clone();
    tokio::task::spawn_blocking(move || install_node_sdk(&install_dir)).await??;
    let mut cmd = Command::new("node");
    cmd.arg(scripts_dir().join("node/flows.mjs"))
        .env("STYTCH_SDK_DIR", &dir);
    run_flows("Node", NODE_SDK, cmd).await
}

async fn python_flows() -> Result {
    if !available("python3") {
        return skip(&format!(
            "python3 is needed to run the official Python SDK (PyPI stytch=={PYTHON_SDK}) against the emulator"
        ));
    }
    let dir = cache_dir().join("python");
    // An installed virtualenv needs neither module again.
    if !installed(&dir, PYTHON_SDK) && !python_can_make_venvs() {
        return skip(&format!(
            "python3's venv and ensurepip modules (Debian/Ubuntu: python3-venv) are needed to install the official Python SDK (PyPI stytch=={PYTHON_SDK}) into a virtualenv"
        ));
    }
    let install_dir = dir.clone();
    tokio::task::spawn_blocking(move || install_python_sdk(&install_dir)).await??;
    let mut cmd = Command::new(dir.join("bin/python"));
    cmd.arg(scripts_dir().join("python/flows.py"))
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env("PYTHONUNBUFFERED", "1");
    run_flows("Python", PYTHON_SDK, cmd).await
}
