//! The accept loop: HTTP/1 with hyper, a header read timeout and a cap on concurrent
//! connections (`axum::serve` offers neither). Body read timeouts are applied where
//! bodies are read (`wire::JsonBody`).

use std::time::Duration;

use axum::Router;
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
