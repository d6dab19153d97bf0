//! Tracing output names operations and attempts but never the token.
//!
//! A separate test binary: `tracing` caches per-callsite interest globally,
//! so a subscriber installed by one test races with other tests' threads.
//! Here the process-wide subscriber is installed before any request.

use std::io::Write;
use std::sync::{Arc, Mutex};

use dolthub::{Client, RetryPolicy};
use httpmock::Method::GET;
use httpmock::MockServer;

const TOKEN: &str = "dhat.test.s3cr3t-0123456789";

#[derive(Clone, Default)]
struct Capture(Arc<Mutex<Vec<u8>>>);

impl Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn spans_carry_operation_id_attempt_and_status_but_no_token() {
    let capture = Capture::default();
    let writer = capture.clone();
    tracing::subscriber::set_global_default(
        tracing_subscriber::fmt()
            // Client-side crates only: the in-process mock server logs the
            // headers it receives, which is the server's business, not ours.
            .with_env_filter("dolthub=trace,reqwest=trace,hyper=trace,hyper_util=trace")
            .with_writer(move || writer.clone())
            .with_ansi(false)
            .finish(),
    )
    .unwrap();

    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method(GET).path("/api/v1alpha1/user");
            then.status(200).body(r#"{"username":"liuliu"}"#);
        })
        .await;
    server
        .mock_async(|when, then| {
            when.method(GET).path("/api/v1alpha1/o/d/tags");
            then.status(503).body(format!("echo {TOKEN}"));
        })
        .await;
    let client = Client::builder()
        .token(TOKEN)
        .base_url(server.base_url())
        .retry_policy(
            RetryPolicy::default()
                .max_attempts(2)
                .base_backoff(std::time::Duration::from_millis(1)),
        )
        .build()
        .unwrap();
    client.user().await.unwrap();
    let _ = client.database("o", "d").tags().list().await;

    let logs = String::from_utf8(capture.0.lock().unwrap().clone()).unwrap();
    assert!(logs.contains("operation_id=\"get_current_user\""), "{logs}");
    assert!(logs.contains("operation_id=\"list_tags\""), "{logs}");
    assert!(logs.contains("attempt=2"), "{logs}");
    assert!(logs.contains("status=503"), "{logs}");
    assert!(!logs.contains("s3cr3t"), "{logs}");
}
