//! The server under abuse: slow headers, slow bodies, a flood of idle connections, a shutdown
//! with a stalled client, and requests without exactly one Host header.

use std::time::{Duration, Instant};

use mitra_store::testing::TestDatabase;
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::TcpStream;

use crate::support::TestApp;

/// Tight limits, so the tests take a second or two.
fn tight() -> mitra_server::Limits {
    mitra_server::Limits {
        header_read_timeout: Duration::from_secs(1),
        body_read_timeout: Duration::from_secs(1),
        max_connections: 8,
        shutdown_grace: Duration::from_secs(1),
    }
}

async fn tight_app() -> TestApp {
    TestApp::spawn_with(TestDatabase::sqlite().await, tight()).await
}

/// Everything the server sends until it closes the connection, or `None` if it is still open
/// after `patience`.
async fn until_closed(stream: &mut TcpStream, patience: Duration) -> Option<String> {
    let mut received = Vec::new();
    let read = tokio::time::timeout(patience, stream.read_to_end(&mut received)).await;
    match read {
        Ok(_) => Some(String::from_utf8_lossy(&received).into_owned()),
        Err(_) => None,
    }
}

/// The first line the server answers a raw request with.
async fn status_line(address: &str, request: &str) -> String {
    let mut stream = TcpStream::connect(address).await.unwrap();
    stream.write_all(request.as_bytes()).await.unwrap();
    let answer =
        until_closed(&mut stream, Duration::from_secs(5)).await.expect("the server answers and closes");
    answer.lines().next().unwrap_or_default().to_owned()
}

#[tokio::test]
async fn a_client_that_sends_its_headers_too_slowly_is_disconnected() {
    let app = tight_app().await;
    let mut stream = TcpStream::connect(app.socket_address()).await.unwrap();
    let started = Instant::now();
    stream.write_all(b"GET /healthz HTTP/1.1\r\nHost: mitra\r\nX-Slow: ").await.unwrap();
    let closed = until_closed(&mut stream, Duration::from_secs(5)).await;
    assert!(closed.is_some(), "the connection is still open after 5 s");
    let waited = started.elapsed();
    assert!(waited >= Duration::from_millis(900) && waited < Duration::from_secs(3), "{waited:?}");
    app.stop().await;
}

#[tokio::test]
async fn a_body_that_arrives_too_slowly_gets_408_and_nothing_is_stored() {
    let app = tight_app().await;
    let mut stream = TcpStream::connect(app.socket_address()).await.unwrap();
    let head = format!(
        "POST /api/v1/organizations HTTP/1.1\r\nHost: mitra\r\nAuthorization: Bearer {}\r\nContent-Type: application/json\r\n\
                Content-Length: 1000\r\nConnection: close\r\n\r\n{{\"kind\":",
        app.token
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    let started = Instant::now();
    let answer = until_closed(&mut stream, Duration::from_secs(5)).await.expect("answered within 5 s");
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(started.elapsed() < Duration::from_secs(3));
    assert_eq!(app.count("/api/v1/organizations").await, 0);
    app.stop().await;
}

#[tokio::test]
async fn connections_beyond_the_limit_get_503_and_idle_ones_are_closed_so_health_checks_get_through() {
    let app = tight_app().await;
    let mut idle = Vec::new();
    for _ in 0..8 {
        idle.push(TcpStream::connect(app.socket_address()).await.unwrap());
    }
    tokio::time::sleep(Duration::from_millis(200)).await;
    let beyond = status_line(&app.socket_address(), "GET /healthz HTTP/1.1\r\nHost: mitra\r\n\r\n").await;
    assert_eq!(beyond, "HTTP/1.1 503 Service Unavailable");
    // The idle connections never send a request: the header timeout closes them.
    for stream in &mut idle {
        assert!(
            until_closed(stream, Duration::from_secs(3)).await.is_some(),
            "an idle connection stayed open"
        );
    }
    let health = app.get("/healthz").await;
    assert_eq!(health.status, reqwest::StatusCode::OK);
    app.stop().await;
}

#[tokio::test]
async fn shutdown_finishes_within_its_grace_period_despite_a_stalled_client() {
    let app = tight_app().await;
    // A request in flight whose body never comes: with a long body timeout it would hold the
    // connection for 30 s.
    let mut stalled = TcpStream::connect(app.socket_address()).await.unwrap();
    let head = format!(
        "POST /api/v1/organizations HTTP/1.1\r\nHost: mitra\r\nAuthorization: Bearer {}\r\nContent-Type: application/json\r\n\
                Content-Length: 100000\r\n\r\n{{",
        app.token
    );
    stalled.write_all(head.as_bytes()).await.unwrap();
    tokio::time::sleep(Duration::from_millis(200)).await;
    let started = Instant::now();
    app.stop().await;
    assert!(started.elapsed() < Duration::from_secs(3), "shutdown took {:?}", started.elapsed());
}

#[tokio::test]
async fn a_request_without_exactly_one_host_header_is_refused() {
    let app = tight_app().await;
    let address = app.socket_address();
    let none = status_line(&address, "GET /healthz HTTP/1.1\r\nConnection: close\r\n\r\n").await;
    assert_eq!(none, "HTTP/1.1 400 Bad Request");
    let two =
        status_line(&address, "GET /healthz HTTP/1.1\r\nHost: a\r\nHost: b\r\nConnection: close\r\n\r\n")
            .await;
    assert_eq!(two, "HTTP/1.1 400 Bad Request");
    let one =
        status_line(&address, "GET /healthz HTTP/1.1\r\nHost: mitra\r\nConnection: close\r\n\r\n").await;
    assert_eq!(one, "HTTP/1.1 200 OK");
    app.stop().await;
}
