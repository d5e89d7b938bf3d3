//! Slow clients are cut off and connections are capped: raw TCP against the emulator,
//! with short timeouts so the tests run fast.

use std::time::Duration;

use base64::Engine as _;
use stytch_b2b_emulator::{DEFAULT_PROJECT_ID, Emulator, EmulatorConfig};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::time::{Instant, timeout};

type Result = std::result::Result<(), Box<dyn std::error::Error>>;

const SECRET: &str = "secret-test-server-limits";
/// The configured timeouts of these tests.
const SHORT: Duration = Duration::from_millis(300);
/// What "cut off within the timeout" may take at most, scheduling included.
const CUT_OFF_WITHIN: Duration = Duration::from_secs(5);

fn config() -> EmulatorConfig {
    EmulatorConfig {
        secret: SECRET.to_owned(),
        header_read_timeout: SHORT,
        body_read_timeout: SHORT,
        ..EmulatorConfig::default()
    }
}

fn basic_auth() -> String {
    let credentials = format!("{DEFAULT_PROJECT_ID}:{SECRET}");
    base64::engine::general_purpose::STANDARD.encode(credentials)
}

/// Reads until the server closes (or resets) the connection and returns what it
/// sent; fails if the connection is still open after `within`.
async fn read_until_closed(
    stream: &mut TcpStream,
    within: Duration,
) -> std::result::Result<String, String> {
    let deadline = Instant::now() + within;
    let mut received = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        match tokio::time::timeout_at(deadline, stream.read(&mut buf)).await {
            Err(_) => {
                return Err(format!(
                    "the connection is still open after {within:?}; received {:?}",
                    String::from_utf8_lossy(&received)
                ));
            }
            Ok(Ok(0) | Err(_)) => return Ok(String::from_utf8_lossy(&received).into_owned()),
            Ok(Ok(n)) => received.extend_from_slice(&buf[..n]),
        }
    }
}

#[tokio::test]
async fn a_request_head_that_never_ends_is_cut_off() -> Result {
    let emu = Emulator::start(config()).await?;
    let mut partial = TcpStream::connect(emu.local_addr()).await?;
    partial
        .write_all(b"GET /__emulator/clock HTTP/1.1\r\nHost: emulator\r\n")
        .await?;
    let started = Instant::now();
    let reply = read_until_closed(&mut partial, CUT_OFF_WITHIN).await?;
    assert!(started.elapsed() >= SHORT / 2, "closed too early");
    // hyper may say why before closing.
    assert!(
        reply.is_empty() || reply.starts_with("HTTP/1.1 408"),
        "{reply}"
    );

    // A connection that sends nothing at all is closed the same way.
    let mut silent = TcpStream::connect(emu.local_addr()).await?;
    read_until_closed(&mut silent, CUT_OFF_WITHIN).await?;

    // And the server still serves everybody else.
    let mut good = TcpStream::connect(emu.local_addr()).await?;
    let request = format!(
        "GET /__emulator/clock HTTP/1.1\r\nHost: emulator\r\nAuthorization: Basic {}\r\nConnection: close\r\n\r\n",
        basic_auth()
    );
    good.write_all(request.as_bytes()).await?;
    let reply = read_until_closed(&mut good, CUT_OFF_WITHIN).await?;
    assert!(reply.starts_with("HTTP/1.1 200"), "{reply}");
    Ok(())
}

#[tokio::test]
async fn a_request_body_that_never_ends_is_answered_408_and_cut_off() -> Result {
    let emu = Emulator::start(config()).await?;
    let mut stream = TcpStream::connect(emu.local_addr()).await?;
    let head = format!(
        "POST /__emulator/clock/advance HTTP/1.1\r\nHost: emulator\r\nAuthorization: Basic {}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n",
        basic_auth()
    );
    stream.write_all(head.as_bytes()).await?;
    stream.write_all(b"{\"seconds\": ").await?;
    let reply = read_until_closed(&mut stream, CUT_OFF_WITHIN).await?;
    assert!(reply.starts_with("HTTP/1.1 408"), "{reply}");
    assert!(reply.contains("\"status_code\":408"), "{reply}");
    // The clock was not advanced by the half-sent request.
    assert!(emu.now() < chrono::Utc::now() + chrono::TimeDelta::seconds(5));
    Ok(())
}

#[tokio::test]
async fn connections_beyond_the_limit_wait_until_one_closes() -> Result {
    let emu = Emulator::start(EmulatorConfig {
        max_connections: 1,
        header_read_timeout: Duration::from_secs(30),
        ..config()
    })
    .await?;
    let holder = TcpStream::connect(emu.local_addr()).await?;
    // Let the server accept the holder before the next client arrives.
    tokio::time::sleep(Duration::from_millis(100)).await;
    let mut waiting = TcpStream::connect(emu.local_addr()).await?;
    let request = format!(
        "GET /__emulator/clock HTTP/1.1\r\nHost: emulator\r\nAuthorization: Basic {}\r\nConnection: close\r\n\r\n",
        basic_auth()
    );
    waiting.write_all(request.as_bytes()).await?;
    let mut first = [0u8; 1];
    let early = timeout(Duration::from_millis(500), waiting.read(&mut first)).await;
    assert!(
        early.is_err(),
        "a second connection was served while the only slot was taken"
    );

    drop(holder);
    let reply = read_until_closed(&mut waiting, CUT_OFF_WITHIN).await?;
    assert!(reply.starts_with("HTTP/1.1 200"), "{reply}");
    Ok(())
}
