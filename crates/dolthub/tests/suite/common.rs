//! Shared helpers: servers, clients, fixtures.

#![allow(dead_code)]

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use dolthub::{Client, RetryPolicy, WaitOptions};
use httpmock::{HttpMockRequest, HttpMockResponse, MockServer};

pub const TOKEN: &str = "dhat.test.s3cr3t-0123456789";
pub const AUTH: &str = "token dhat.test.s3cr3t-0123456789";
pub const OWNER: &str = "dolthub";
pub const DB: &str = "museum-collections";
pub const API: &str = "/api/v1alpha1/dolthub/museum-collections";

pub async fn server() -> MockServer {
    MockServer::start_async().await
}

/// A client with the test token and no automatic retries.
pub fn client(server: &MockServer) -> Client {
    Client::builder()
        .token(TOKEN)
        .base_url(server.base_url())
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap()
}

/// A client without a token.
pub fn anonymous(server: &MockServer) -> Client {
    Client::builder()
        .base_url(server.base_url())
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap()
}

pub fn fixture(path: &str) -> String {
    let full = format!("{}/tests/fixtures/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{full}: {e}"))
}

pub fn fixture_json(path: &str) -> serde_json::Value {
    serde_json::from_str(&fixture(path)).unwrap()
}

pub fn ms(n: u64) -> Duration {
    Duration::from_millis(n)
}

/// Short waits so tests stay fast.
pub fn fast_wait() -> WaitOptions {
    WaitOptions::default()
        .initial(ms(1))
        .max(ms(5))
        .deadline(Duration::from_secs(5))
}

pub fn json_response(status: u16, body: &str) -> HttpMockResponse {
    HttpMockResponse::builder()
        .status(status)
        .header("content-type", "application/json")
        .body(body.to_owned())
        .build()
}

/// A responder that answers the `n`-th call with `bodies[n]` (the last one repeats).
pub fn sequence(
    bodies: Vec<(u16, String)>,
) -> (
    impl Fn(&HttpMockRequest) -> HttpMockResponse + Send + Sync + 'static,
    Arc<AtomicUsize>,
) {
    let calls = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&calls);
    let responder = move |_: &HttpMockRequest| {
        let n = counter.fetch_add(1, Ordering::SeqCst);
        let (status, body) = &bodies[n.min(bodies.len() - 1)];
        json_response(*status, body)
    };
    (responder, calls)
}

/// Read one request head (through its blank line) from a raw socket, byte by
/// byte so nothing after it is consumed; `None` once the client has gone.
pub async fn read_head(socket: &mut tokio::net::TcpStream) -> Option<Vec<u8>> {
    use tokio::io::AsyncReadExt;
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        match socket.read(&mut byte).await {
            Ok(1) => head.push(byte[0]),
            _ => return None,
        }
    }
    Some(head)
}
