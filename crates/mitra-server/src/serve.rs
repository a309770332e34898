//! The connection loop: accepting connections and serving them within limits, so that slow or
//! idle clients cannot hold the server, and shutting down within a deadline.
//!
//! - A client has [`Limits::header_read_timeout`] to send a request's headers, from the moment
//!   the connection is ready for it: the first request after connecting, and each next request
//!   on a kept-alive connection (so this is also how long a connection may sit idle).
//! - A request body must arrive whole within [`Limits::body_read_timeout`] (the JSON reader
//!   answers 408 otherwise).
//! - At most [`Limits::max_connections`] connections are served at once; one more is answered
//!   with a 503 problem document and closed, so the server keeps file descriptors for its
//!   database and its health check stays reachable once idle clients time out.
//! - An accept error (such as running out of file descriptors) waits before the next accept,
//!   doubling up to a second, instead of spinning.
//! - On shutdown the listener closes at once, every connection is asked to finish its request
//!   in flight and close, and whatever is still open after [`Limits::shutdown_grace`] is
//!   dropped, stalled clients or not.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::io::AsyncWriteExt as _;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Semaphore;
use tokio::task::JoinSet;

/// How long and how many: the server's defences, each configurable (see the README's table).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    pub header_read_timeout: Duration,
    pub body_read_timeout: Duration,
    pub max_connections: usize,
    pub shutdown_grace: Duration,
}

impl Default for Limits {
    /// Ten seconds for headers is far more than a phone on a slow link needs for a few hundred
    /// bytes; thirty for a body of at most 256 KiB is about 70 kbit/s, slower than 2G; 512
    /// connections stay well under the usual limit of 1,024 file descriptors; ten seconds lets
    /// any request of this API finish.
    fn default() -> Self {
        Self {
            header_read_timeout: Duration::from_secs(10),
            body_read_timeout: Duration::from_secs(30),
            max_connections: 512,
            shutdown_grace: Duration::from_secs(10),
        }
    }
}

/// The answer to a connection beyond the limit.
const BUSY: &[u8] = b"HTTP/1.1 503 Service Unavailable\r\ncontent-type: application/problem+json\r\nretry-after: 1\r\nconnection: close\r\ncontent-length: 138\r\n\r\n{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,\"detail\":\"The server is at its limit of connections; try again shortly.\"}";

/// Serves `router` on `listener` within `limits` until `shutdown` completes, then shuts down
/// within the grace period.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    limits: Limits,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let graceful = GracefulShutdown::new();
    let permits = Arc::new(Semaphore::new(limits.max_connections));
    let mut connections = JoinSet::new();
    let mut backoff = Duration::from_millis(5);
    tokio::pin!(shutdown);
    loop {
        tokio::select! {
            () = &mut shutdown => break,
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
            accepted = listener.accept() => match accepted {
                Ok((stream, peer)) => {
                    backoff = Duration::from_millis(5);
                    let Ok(permit) = permits.clone().try_acquire_owned() else {
                        tracing::warn!(connections.max = limits.max_connections, "connection refused: at the limit");
                        connections.spawn(refuse(stream));
                        continue;
                    };
                    let _ = stream.set_nodelay(true);
                    let service = TowerToHyperService::new(tower_http::add_extension::AddExtension::new(
                        router.clone(),
                        crate::extract::Peer(peer),
                    ));
                    // HTTP/1.1 only: detecting HTTP/2 would wait for a first byte with no timeout,
                    // and browsers speak HTTP/1.1 to a server without TLS anyway.
                    let connection = http1::Builder::new()
                        .timer(TokioTimer::new())
                        .header_read_timeout(limits.header_read_timeout)
                        .serve_connection(TokioIo::new(stream), service);
                    let connection = graceful.watch(connection);
                    connections.spawn(async move {
                        if let Err(error) = connection.await {
                            tracing::debug!(error = %error, "connection ended with an error");
                        }
                        drop(permit);
                    });
                }
                Err(error) => {
                    tracing::warn!(error = %error, wait_ms = backoff.as_millis() as u64, "accept failed; waiting");
                    tokio::time::sleep(backoff).await;
                    backoff = (backoff * 2).min(Duration::from_secs(1));
                }
            },
        }
    }
    drop(listener);
    tracing::info!(
        connections.open = connections.len(),
        grace_s = limits.shutdown_grace.as_secs(),
        "shutting down"
    );
    if tokio::time::timeout(limits.shutdown_grace, graceful.shutdown()).await.is_err() {
        tracing::warn!(
            connections.open = connections.len(),
            "grace period over: closing the connections still open"
        );
    }
    connections.shutdown().await;
    Ok(())
}

/// Answers a connection beyond the limit with a 503 and closes it, giving the client a second.
async fn refuse(mut stream: TcpStream) {
    let _ = tokio::time::timeout(Duration::from_secs(1), async {
        stream.write_all(BUSY).await?;
        stream.shutdown().await
    })
    .await;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_busy_answer_declares_its_length_truly() {
        let text = std::str::from_utf8(BUSY).unwrap();
        let (head, body) = text.split_once("\r\n\r\n").unwrap();
        assert!(head.contains(&format!("content-length: {}", body.len())), "{}", body.len());
        assert!(serde_json::from_str::<serde_json::Value>(body).is_ok());
    }
}
