//! The accept loop: HTTP/1 with hyper, a header read timeout and a cap on concurrent
//! connections (`axum::serve` offers neither). Body read timeouts are applied where
//! bodies are read (`wire::JsonBody`).
//!
//! Every response also says truthfully whether its connection stays open
//! ([`keep_alive_or_close`]): hyper closes a connection whose request body was left
//! unread, and unless the response says `Connection: close` a client reuses it for
//! its next request, which then fails ("Remote end closed connection without
//! response").

use std::pin::Pin;
use std::sync::{Arc, Mutex, PoisonError};
use std::task::{Context, Poll};
use std::time::Duration;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderName, HeaderValue, Version, header};
use axum::middleware::{Next, from_fn_with_state};
use axum::response::Response;
use hyper::body::{Body as HttpBody, Frame, SizeHint};
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{oneshot, watch};
use tokio::task::JoinSet;

/// What the accept loop enforces.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Limits {
    pub(crate) header_read_timeout: Duration,
    pub(crate) body_read_timeout: Duration,
    pub(crate) max_connections: usize,
}

/// Serves `router` on `listener` until `stop` fires (or its sender is dropped), then
/// lets open connections finish their current request. Connections live in a
/// [`JoinSet`] owned by this future, so aborting it closes every connection too.
pub(crate) async fn serve(
    listener: TcpListener,
    router: Router,
    limits: Limits,
    mut stop: oneshot::Receiver<()>,
) {
    let router = router.layer(from_fn_with_state(
        ConnectionPolicy::new(limits),
        keep_alive_or_close,
    ));
    let (closing_tx, closing_rx) = watch::channel(());
    let mut connections = JoinSet::new();
    loop {
        while connections.try_join_next().is_some() {}
        if connections.len() >= limits.max_connections {
            // At the cap: accept nobody until a connection ends.
            tokio::select! {
                _ = connections.join_next() => continue,
                _ = &mut stop => break,
            }
        }
        let stream = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _peer)) => stream,
                Err(e) => {
                    accept_failed(&e).await;
                    continue;
                }
            },
            _ = &mut stop => break,
        };
        connections.spawn(connection(
            stream,
            router.clone(),
            limits,
            closing_rx.clone(),
        ));
    }
    drop(listener);
    let _ = closing_tx.send(());
    while connections.join_next().await.is_some() {}
}

/// One connection: HTTP/1 with keep-alive, closed when the head of a request takes
/// longer than the header read timeout (which also ends idle keep-alive connections).
async fn connection(
    stream: TcpStream,
    router: Router,
    limits: Limits,
    mut closing: watch::Receiver<()>,
) {
    // Small responses go out at once rather than waiting for Nagle's algorithm.
    let _ = stream.set_nodelay(true);
    let mut builder = http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(limits.header_read_timeout);
    let conn = builder.serve_connection(TokioIo::new(stream), TowerToHyperService::new(router));
    tokio::pin!(conn);
    let served = tokio::select! {
        served = conn.as_mut() => served,
        // The only change is to closing; a dropped sender means closing as well.
        _ = closing.changed() => {
            conn.as_mut().graceful_shutdown();
            conn.await
        }
    };
    if let Err(e) = served {
        // Timeouts, resets and malformed requests end up here; none is the
        // emulator's fault.
        tracing::debug!(error = %e, "connection closed with an error");
    }
}

/// Logs a failed `accept`; when it is not about one connection (out of file
/// descriptors, say), waits a little so the loop does not spin.
async fn accept_failed(e: &std::io::Error) {
    use std::io::ErrorKind;
    if matches!(
        e.kind(),
        ErrorKind::ConnectionAborted | ErrorKind::ConnectionRefused | ErrorKind::ConnectionReset
    ) {
        return;
    }
    tracing::error!(error = %e, "accepting a connection failed");
    tokio::time::sleep(Duration::from_millis(100)).await;
}

/// What [`keep_alive_or_close`] needs to know.
#[derive(Debug, Clone)]
struct ConnectionPolicy {
    /// How long an unread request body may take to arrive for the connection to be
    /// kept ([`DRAIN_TIMEOUT`] at most).
    drain_within: Duration,
    /// The `Keep-Alive: timeout=N` announced on a connection that stays open.
    keep_alive: HeaderValue,
}

/// Most bytes of a request body its handler did not read that are read (and
/// discarded) to keep the connection open; a larger body closes it.
const DRAIN_LIMIT: u64 = 64 * 1024;
/// Longest wait for such a body to arrive.
const DRAIN_TIMEOUT: Duration = Duration::from_secs(1);
/// `Keep-Alive` (a de facto standard header; `http` has no constant for it).
const KEEP_ALIVE: HeaderName = HeaderName::from_static("keep-alive");

impl ConnectionPolicy {
    fn new(limits: Limits) -> Self {
        // hyper closes an idle connection when its header read timeout runs out, the
        // timer starting once the previous response is written. A client that honours
        // `Keep-Alive` (undici, Node's agent) must stop reusing it a little before
        // that, so the announced timeout is a second shorter (0, "do not reuse", for
        // a timeout under two seconds).
        let idle = limits
            .header_read_timeout
            .saturating_sub(Duration::from_secs(1))
            .as_secs();
        Self {
            drain_within: limits.body_read_timeout.min(DRAIN_TIMEOUT),
            keep_alive: HeaderValue::from_str(&format!("timeout={idle}"))
                .unwrap_or_else(|_| HeaderValue::from_static("timeout=0")),
        }
    }
}

/// Makes every response say whether its connection stays open.
///
/// hyper (1.x) keeps a connection after a response only if the request body was
/// read to its end. When the handler drops the body unread (a route without a body
/// parameter, a rejection by a middleware such as Basic auth, a `404`/`405`, an
/// injected fault), hyper notices only after writing the response, as keep-alive,
/// and then reads on only what has already reached it; a body still on its way
/// (Python's `requests`, which the official Python SDK uses, sends the body in a
/// packet after the head's) closes the connection a moment after the response,
/// with no `Connection: close`. A client that pools connections reuses it and its
/// next request fails. So here a body the handler left untouched is drained before
/// the response goes out, if small and prompt; a body that was half read (`408`,
/// `413`) or could not be drained gets `Connection: close`. A connection that stays
/// open announces how long it may idle (`Keep-Alive`).
async fn keep_alive_or_close(
    State(policy): State<ConnectionPolicy>,
    request: Request,
    next: Next,
) -> Response {
    let client_keeps_alive =
        request.version() == Version::HTTP_11 && !has_connection_token(request.headers(), "close");
    let (parts, body) = request.into_parts();
    let (body, left) = Watched::new(body);
    let mut response = next.run(Request::from_parts(parts, Body::new(body))).await;
    let left = std::mem::replace(
        &mut *left.lock().unwrap_or_else(PoisonError::into_inner),
        Left::InUse,
    );
    let reusable = match left {
        Left::Ended => true,
        Left::Untouched(body) => drain(body, policy.drain_within).await,
        // Half read (a timeout, the size limit, an error), or still held somewhere:
        // hyper will not keep the connection.
        Left::PartlyRead | Left::InUse => false,
    };
    let headers = response.headers_mut();
    if !reusable {
        headers.insert(header::CONNECTION, HeaderValue::from_static("close"));
        headers.remove(KEEP_ALIVE);
    } else if client_keeps_alive && !has_connection_token(headers, "close") {
        headers.insert(KEEP_ALIVE, policy.keep_alive.clone());
    }
    response
}

/// Whether a `Connection` header of `headers` lists `token`.
fn has_connection_token(headers: &HeaderMap, token: &str) -> bool {
    headers
        .get_all(header::CONNECTION)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|t| t.trim().eq_ignore_ascii_case(token))
}

/// Reads `body` to its end within `within`, discarding it; whether it ended.
async fn drain(mut body: Body, within: Duration) -> bool {
    if body.size_hint().lower() > DRAIN_LIMIT {
        return false;
    }
    let to_end = async {
        let mut read = 0u64;
        loop {
            match std::future::poll_fn(|cx| Pin::new(&mut body).poll_frame(cx)).await {
                None => return true,
                Some(Err(_)) => return false,
                Some(Ok(frame)) => {
                    read += frame.data_ref().map_or(0, |d| d.len() as u64);
                    if read > DRAIN_LIMIT {
                        return false;
                    }
                }
            }
        }
    };
    tokio::time::timeout(within, to_end).await.unwrap_or(false)
}

/// What became of a request body, as [`Watched`] leaves it when dropped.
#[derive(Debug)]
enum Left {
    /// Not dropped yet.
    InUse,
    /// Read to its end (or empty).
    Ended,
    /// Never read from: here to be drained.
    Untouched(Body),
    /// Read from but not to its end.
    PartlyRead,
}

/// A request body that, when dropped, records in its [`Left`] whether it was read to
/// the end, and hands itself back if it was never read from.
struct Watched {
    inner: Option<Body>,
    polled: bool,
    ended: bool,
    left: Arc<Mutex<Left>>,
}

impl Watched {
    fn new(body: Body) -> (Self, Arc<Mutex<Left>>) {
        let left = Arc::new(Mutex::new(Left::InUse));
        let watched = Self {
            inner: Some(body),
            polled: false,
            ended: false,
            left: left.clone(),
        };
        (watched, left)
    }
}

impl HttpBody for Watched {
    type Data = Bytes;
    type Error = axum::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, axum::Error>>> {
        let this = &mut *self;
        let Some(inner) = this.inner.as_mut() else {
            return Poll::Ready(None);
        };
        this.polled = true;
        let polled = Pin::new(inner).poll_frame(cx);
        if let Poll::Ready(None) = polled {
            this.ended = true;
        }
        polled
    }

    fn is_end_stream(&self) -> bool {
        self.inner.as_ref().is_none_or(HttpBody::is_end_stream)
    }

    fn size_hint(&self) -> SizeHint {
        self.inner
            .as_ref()
            .map_or_else(|| SizeHint::with_exact(0), HttpBody::size_hint)
    }
}

impl Drop for Watched {
    fn drop(&mut self) {
        let left = match self.inner.take() {
            None => Left::Ended,
            Some(_) if self.ended => Left::Ended,
            Some(body) if body.is_end_stream() => Left::Ended,
            Some(body) if !self.polled => Left::Untouched(body),
            Some(_) => Left::PartlyRead,
        };
        *self.left.lock().unwrap_or_else(PoisonError::into_inner) = left;
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use base64::Engine as _;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    use tokio::net::TcpStream;

    use crate::{DEFAULT_PROJECT_ID, Emulator, EmulatorConfig, StartError};

    type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error>>;

    const SECRET: &str = "secret-test-serve";

    async fn emulator() -> std::result::Result<Emulator, StartError> {
        Emulator::start(EmulatorConfig {
            secret: SECRET.to_owned(),
            body_read_timeout: Duration::from_millis(300),
            ..EmulatorConfig::default()
        })
        .await
    }

    fn auth() -> String {
        let credentials = format!("{DEFAULT_PROJECT_ID}:{SECRET}");
        format!(
            "Authorization: Basic {}\r\n",
            base64::engine::general_purpose::STANDARD.encode(credentials)
        )
    }

    /// One response off `stream`: its head, lower-cased, and its body; `None` if
    /// the connection closes first.
    async fn response(stream: &mut TcpStream) -> Result<Option<(String, String)>> {
        let mut received = Vec::new();
        let mut buf = [0u8; 4096];
        let read = async {
            loop {
                if let Some(end) = received.windows(4).position(|w| w == b"\r\n\r\n") {
                    let head = String::from_utf8_lossy(&received[..end]).to_lowercase();
                    let length: usize = head
                        .lines()
                        .find_map(|l| l.strip_prefix("content-length:"))
                        .and_then(|v| v.trim().parse().ok())
                        .unwrap_or(0);
                    if let Some(body) = received.get(end + 4..end + 4 + length) {
                        return Some((head, String::from_utf8_lossy(body).into_owned()));
                    }
                }
                match stream.read(&mut buf).await {
                    Ok(0) | Err(_) => return None,
                    Ok(n) => received.extend_from_slice(&buf[..n]),
                }
            }
        };
        Ok(tokio::time::timeout(Duration::from_secs(5), read).await?)
    }

    /// Sends a request head announcing `body`, then (after a pause that lets the
    /// handler answer before the body arrives, as with Python's `requests`, which
    /// sends the two apart) the body.
    async fn send_late_body(
        stream: &mut TcpStream,
        request_line: &str,
        headers: &str,
        body: &str,
    ) -> Result {
        let head = format!(
            "{request_line}\r\nHost: emulator\r\n{headers}Content-Type: application/json\r\nContent-Length: {}\r\n\r\n",
            body.len()
        );
        stream.write_all(head.as_bytes()).await?;
        tokio::time::sleep(Duration::from_millis(50)).await;
        stream.write_all(body.as_bytes()).await?;
        Ok(())
    }

    /// The head of the answer to a second request on `stream`.
    async fn second_request(stream: &mut TcpStream) -> Result<String> {
        let request = format!(
            "GET /__emulator/clock HTTP/1.1\r\nHost: emulator\r\n{}\r\n",
            auth()
        );
        stream.write_all(request.as_bytes()).await?;
        let (head, _) = response(stream)
            .await?
            .ok_or("the connection closed before a second response")?;
        Ok(head)
    }

    #[tokio::test]
    async fn a_connection_whose_request_body_went_unread_stays_usable() -> Result {
        let emu = emulator().await?;
        let body = r#"{"organization_id":"organization-test-x","member_id":"member-test-x"}"#;
        let reactivate = "PUT /v1/b2b/organizations/o/members/m/reactivate HTTP/1.1";
        let cases = [
            // A method the route lacks.
            ("PUT /__emulator/clock HTTP/1.1", auth(), "405"),
            // Rejected by the Basic auth middleware.
            (reactivate, String::new(), "401"),
            // No such route.
            ("PUT /v1/b2b/no/such/route HTTP/1.1", auth(), "404"),
            // A handler without a body parameter (the organization is unknown).
            (reactivate, auth(), "404"),
        ];
        for (request_line, headers, status) in cases {
            let mut stream = TcpStream::connect(emu.local_addr()).await?;
            send_late_body(&mut stream, request_line, &headers, body).await?;
            let (head, _) = response(&mut stream).await?.ok_or("no response")?;
            assert!(
                head.starts_with(&format!("http/1.1 {status}")),
                "{request_line}: {head}"
            );
            assert!(
                !head.contains("connection: close"),
                "{request_line}: {head}"
            );
            // The connection serves the next request (hyper used to close it).
            let second = second_request(&mut stream).await?;
            assert!(
                second.starts_with("http/1.1 200"),
                "{request_line}: {second}"
            );
            assert!(
                head.contains("keep-alive: timeout=9"),
                "{request_line}: {head}"
            );
        }
        Ok(())
    }

    #[tokio::test]
    async fn a_connection_that_will_close_says_so() -> Result {
        let emu = emulator().await?;
        // Half a body: 408 once the body read timeout runs out.
        let mut stream = TcpStream::connect(emu.local_addr()).await?;
        let head = format!(
            "POST /__emulator/clock/advance HTTP/1.1\r\nHost: emulator\r\n{}Content-Length: 100\r\n\r\n{{\"seconds\": ",
            auth()
        );
        stream.write_all(head.as_bytes()).await?;
        let (head, body) = response(&mut stream).await?.ok_or("no response")?;
        assert!(head.starts_with("http/1.1 408"), "{head}");
        assert!(head.contains("connection: close"), "{head}");
        assert!(!head.contains("keep-alive:"), "{head}");
        assert!(body.contains("\"status_code\":408"), "{body}");
        assert!(response(&mut stream).await?.is_none(), "closed");

        // A large body nobody reads is not waited for.
        let mut stream = TcpStream::connect(emu.local_addr()).await?;
        let head = format!(
            "PUT /__emulator/clock HTTP/1.1\r\nHost: emulator\r\n{}Content-Length: 1000000\r\n\r\n{{",
            auth()
        );
        stream.write_all(head.as_bytes()).await?;
        let (head, _) = response(&mut stream).await?.ok_or("no response")?;
        assert!(head.starts_with("http/1.1 405"), "{head}");
        assert!(head.contains("connection: close"), "{head}");
        assert!(response(&mut stream).await?.is_none(), "closed");

        // A client that asks for the connection to close is not offered keep-alive.
        let mut stream = TcpStream::connect(emu.local_addr()).await?;
        let request = format!(
            "GET /__emulator/clock HTTP/1.1\r\nHost: emulator\r\n{}Connection: close\r\n\r\n",
            auth()
        );
        stream.write_all(request.as_bytes()).await?;
        let (head, _) = response(&mut stream).await?.ok_or("no response")?;
        assert!(head.starts_with("http/1.1 200"), "{head}");
        assert!(head.contains("connection: close"), "{head}");
        assert!(!head.contains("keep-alive:"), "{head}");
        Ok(())
    }
}
