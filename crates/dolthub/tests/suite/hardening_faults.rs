//! Bad servers: a loopback TCP server scripts broken answers byte by byte,
//! and each must surface as the right typed `dolthub::Error`, promptly, with
//! bounded memory.

use dolthub::{Client, Error, RetryPolicy, WaitOptions};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// What the scripted server does with each request.
#[derive(Clone)]
enum Script {
    /// Write these bytes, then close.
    Reply(Vec<u8>),
    /// Write these bytes, then keep the connection open and silent.
    Stall(Vec<u8>),
    /// Write the head, then the same chunk forever (until the client goes away).
    Endless { head: Vec<u8>, chunk: Vec<u8> },
    /// Wait, then write these bytes and close.
    Slow(Duration, Vec<u8>),
}

struct Server {
    url: String,
    hits: Arc<AtomicUsize>,
}

async fn serve(script: Script) -> Server {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let hits = Arc::new(AtomicUsize::new(0));
    let counter = hits.clone();
    tokio::spawn(async move {
        loop {
            let Ok((socket, _)) = listener.accept().await else {
                return;
            };
            let script = script.clone();
            let counter = counter.clone();
            tokio::spawn(async move { answer(socket, script, counter).await });
        }
    });
    Server { url, hits }
}

/// Reads one request head (and discards any body), then follows the script.
async fn answer(mut socket: TcpStream, script: Script, hits: Arc<AtomicUsize>) {
    loop {
        if crate::common::read_head(&mut socket).await.is_none() {
            return;
        }
        hits.fetch_add(1, Ordering::SeqCst);
        match &script {
            Script::Reply(bytes) => {
                let _ = socket.write_all(bytes).await;
                let _ = socket.shutdown().await;
                return;
            }
            Script::Stall(bytes) => {
                let _ = socket.write_all(bytes).await;
                let mut sink = [0u8; 64];
                let _ = socket.read(&mut sink).await;
                return;
            }
            Script::Endless { head, chunk } => {
                if socket.write_all(head).await.is_err() {
                    return;
                }
                while socket.write_all(chunk).await.is_ok() {}
                return;
            }
            Script::Slow(delay, bytes) => {
                tokio::time::sleep(*delay).await;
                if socket.write_all(bytes).await.is_err() {
                    return;
                }
            }
        }
    }
}

fn response(status: &str, content_type: &str, body: &str) -> Vec<u8> {
    format!(
        "HTTP/1.1 {status}\r\ncontent-type: {content_type}\r\ncontent-length: {}\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

fn client(url: &str) -> Client {
    Client::builder()
        .token("dhat.secret-for-faults")
        .base_url(url)
        .retry_policy(RetryPolicy::default().base_backoff(Duration::from_millis(5)))
        .timeout(Duration::from_millis(800))
        .build()
        .unwrap()
}

async fn list_branches(url: &str) -> Result<usize, Error> {
    client(url)
        .database("o", "d")
        .branches()
        .list()
        .send()
        .await
        .map(|b| b.len())
}

#[tokio::test]
async fn connection_reset_mid_body_is_a_transport_error() {
    let head = "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 5000\r\n\r\n";
    let server = serve(Script::Reply(
        format!("{head}{{\"status\":\"Succ").into_bytes(),
    ))
    .await;
    let err = list_branches(&server.url).await.unwrap_err();
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
}

#[tokio::test]
async fn truncated_json_is_a_decode_error_with_an_excerpt() {
    let body = r#"{"status":"Success","branches":[{"branch_name":"ma"#;
    let server = serve(Script::Reply(response("200 OK", "application/json", body))).await;
    match list_branches(&server.url).await.unwrap_err() {
        Error::Decode { excerpt, .. } => assert!(excerpt.contains("branch_name"), "{excerpt}"),
        other => panic!("expected Decode, got {other:?}"),
    }
}

#[tokio::test]
async fn a_body_that_never_ends_hits_the_timeout() {
    let head = "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 100000\r\n\r\n{\"branches\":[";
    let server = serve(Script::Stall(head.as_bytes().to_vec())).await;
    let started = Instant::now();
    let err = list_branches(&server.url).await.unwrap_err();
    assert!(matches!(err, Error::Timeout { .. }), "{err:?}");
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "the timeout fired late: {:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn a_10_mb_error_page_gives_a_short_excerpt() {
    let head = "HTTP/1.1 500 Internal Server Error\r\ncontent-type: text/html\r\ncontent-length: 10485760\r\n\r\n";
    let chunk = b"<html><body>oops upstream said no</body></html>\n".repeat(1000);
    let server = serve(Script::Endless {
        head: head.as_bytes().to_vec(),
        chunk,
    })
    .await;
    match list_branches(&server.url).await.unwrap_err() {
        Error::Gateway { status, excerpt } => {
            assert_eq!(status, 500);
            assert!(
                excerpt.chars().count() <= 200,
                "excerpt of {} chars",
                excerpt.chars().count()
            );
            assert!(excerpt.contains("upstream"), "{excerpt}");
        }
        other => panic!("expected Gateway, got {other:?}"),
    }
    let shown = list_branches(&server.url).await.unwrap_err().to_string();
    assert!(
        shown.len() < 1000,
        "Display stays short: {} bytes",
        shown.len()
    );
}

#[tokio::test]
async fn html_instead_of_json_is_a_decode_error() {
    let page =
        "<!DOCTYPE html><html><head><title>Sign in</title></head><body>Please log in</body></html>";
    let server = serve(Script::Reply(response("200 OK", "text/html", page))).await;
    match list_branches(&server.url).await.unwrap_err() {
        Error::Decode { excerpt, .. } => assert!(excerpt.contains("<!DOCTYPE html>"), "{excerpt}"),
        other => panic!("expected Decode, got {other:?}"),
    }
}

#[tokio::test]
async fn rate_limited_forever_stops_at_the_retry_bound() {
    let reply = "HTTP/1.1 429 Too Many Requests\r\nretry-after: 0\r\ncontent-length: 0\r\n\r\n";
    let server = serve(Script::Reply(reply.as_bytes().to_vec())).await;
    let policy = RetryPolicy::default()
        .max_attempts(4)
        .base_backoff(Duration::from_millis(1));
    let client = Client::builder()
        .base_url(&server.url)
        .retry_policy(policy)
        .build()
        .unwrap();
    let err = client
        .database("o", "d")
        .branches()
        .list()
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::RateLimited { .. }), "{err:?}");
    assert_eq!(
        server.hits.load(Ordering::SeqCst),
        4,
        "one try plus three retries, then stop"
    );
}

#[tokio::test]
async fn a_slow_poll_endpoint_does_not_stretch_the_wait_deadline() {
    let body = r#"{"status":"Success","job_created":true,"job_status":"In Progress"}"#;
    let server = serve(Script::Slow(
        Duration::from_secs(30),
        response("200 OK", "application/json", body),
    ))
    .await;
    let client = Client::builder()
        .base_url(&server.url)
        .no_timeout()
        .build()
        .unwrap();
    let options = WaitOptions::default()
        .deadline(Duration::from_millis(400))
        .initial(Duration::from_millis(10));
    let started = Instant::now();
    let err = client
        .database("o", "d")
        .pull("1")
        .merge_operation("repositoryOwners/o/repositories/d/jobs/1")
        .with_options(options)
        .wait()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Timeout { .. }), "{err:?}");
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "deadline overrun: {:?}",
        started.elapsed()
    );
}

/// A refused connection never reached the server, so even the first attempt
/// may be repeated: the test waits for the transport's "retrying" event, then
/// starts listening on the refused port, and the retry gets through.
#[tokio::test]
async fn a_refused_connection_is_retried_until_the_server_is_up() {
    use tracing_subscriber::fmt::MakeWriter;

    #[derive(Clone)]
    struct Lines(tokio::sync::mpsc::UnboundedSender<String>);
    impl std::io::Write for Lines {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            let _ = self.0.send(String::from_utf8_lossy(buf).into_owned());
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    impl<'a> MakeWriter<'a> for Lines {
        type Writer = Lines;
        fn make_writer(&'a self) -> Lines {
            self.clone()
        }
    }

    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::DEBUG)
        .with_ansi(false)
        .with_writer(Lines(tx))
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    // A free port with nothing listening: connections to it are refused.
    let addr = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    let policy = RetryPolicy::default()
        .max_attempts(20)
        .base_backoff(Duration::from_millis(50))
        .max_backoff(Duration::from_millis(200));
    let client = Client::builder()
        .base_url(format!("http://{addr}"))
        .retry_policy(policy)
        .build()
        .unwrap();
    let call =
        tokio::spawn(async move { client.database("o", "d").branches().list().send().await });

    while let Some(line) = rx.recv().await {
        if line.contains("retrying") {
            break;
        }
    }
    let listener = TcpListener::bind(addr).await.unwrap();
    let body = r#"{"status":"Success","branches":[{"branch_name":"main"}]}"#;
    let reply = response("200 OK", "application/json", body);
    tokio::spawn(async move {
        let (socket, _) = listener.accept().await.unwrap();
        answer(socket, Script::Reply(reply), Arc::new(AtomicUsize::new(0))).await;
    });
    let branches = call
        .await
        .unwrap()
        .expect("the retry reached the server once it was up");
    assert_eq!(branches.len(), 1);
}
