//! Time limits against real sockets: the whole-request timeout, the read
//! timeout on downloads, and uploads that keep sending past the read timeout.
//! A loopback server paces its reads and writes; the limits are short so each
//! test ends in about a second.

use std::time::{Duration, Instant};

use dolthub::{Client, Error, RetryPolicy};
use futures::TryStreamExt;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

const MS: fn(u64) -> Duration = Duration::from_millis;

/// What the server does after reading a request's head.
#[derive(Clone)]
enum Pace {
    /// Write `head`, then each chunk after `every`; then close, or with
    /// `stall` keep the connection open and silent.
    Trickle {
        head: Vec<u8>,
        chunks: Vec<Vec<u8>>,
        every: Duration,
        stall: bool,
    },
    /// Read the body (by its content length) `read` bytes at a time, `every`
    /// apart, then write `reply` and close.
    SlowReader {
        read: usize,
        every: Duration,
        reply: Vec<u8>,
    },
}

async fn serve(pace: Pace) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move {
        while let Ok((socket, _)) = listener.accept().await {
            tokio::spawn(answer(socket, pace.clone()));
        }
    });
    url
}

async fn answer(mut socket: TcpStream, pace: Pace) {
    let Some(head) = crate::common::read_head(&mut socket).await else {
        return;
    };
    match pace {
        Pace::Trickle {
            head,
            chunks,
            every,
            stall,
        } => {
            if socket.write_all(&head).await.is_err() {
                return;
            }
            for chunk in chunks {
                tokio::time::sleep(every).await;
                if socket.write_all(&chunk).await.is_err() {
                    return;
                }
            }
            if stall {
                // Silent until the client gives up and closes.
                let mut sink = [0u8; 64];
                let _ = socket.read(&mut sink).await;
            }
            let _ = socket.shutdown().await;
        }
        Pace::SlowReader { read, every, reply } => {
            let text = String::from_utf8_lossy(&head).to_ascii_lowercase();
            let length: usize = text
                .lines()
                .find_map(|l| l.strip_prefix("content-length:"))
                .and_then(|v| v.trim().parse().ok())
                .expect("the upload announces its length");
            let mut buf = vec![0u8; read];
            let mut left = length;
            while left > 0 {
                tokio::time::sleep(every).await;
                let want = left.min(read);
                match socket.read(&mut buf[..want]).await {
                    Ok(0) | Err(_) => return,
                    Ok(n) => left -= n,
                }
            }
            let _ = socket.write_all(&reply).await;
            let _ = socket.shutdown().await;
        }
    }
}

fn client(url: &str, total: Duration, read: Duration) -> Client {
    Client::builder()
        .token("dhat.secret-for-timeouts")
        .base_url(url)
        .retry_policy(RetryPolicy::none())
        .timeout(total)
        .read_timeout(read)
        .build()
        .unwrap()
}

fn head(content_type: &str, length: usize) -> Vec<u8> {
    format!("HTTP/1.1 200 OK\r\ncontent-type: {content_type}\r\ncontent-length: {length}\r\n\r\n")
        .into_bytes()
}

/// 12 chunks of 3 bytes, 100 ms apart: 1.2 s in all.
fn trickled_csv() -> (Vec<u8>, Vec<Vec<u8>>) {
    let chunks: Vec<Vec<u8>> = (0..12).map(|i| format!("{i:02}\n").into_bytes()).collect();
    let length = chunks.iter().map(Vec::len).sum();
    (head("text/csv", length), chunks)
}

#[tokio::test]
async fn a_download_that_keeps_moving_outlasts_the_read_timeout() {
    let (head, chunks) = trickled_csv();
    let url = serve(Pace::Trickle {
        head,
        chunks,
        every: MS(100),
        stall: false,
    })
    .await;
    let started = Instant::now();
    let body: Vec<bytes::Bytes> = client(&url, MS(300), MS(600))
        .database("o", "d")
        .csv("main")
        .table("t")
        .bytes_stream()
        .await
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    let text: Vec<u8> = body.concat();
    assert_eq!(text.len(), 36);
    assert!(text.starts_with(b"00\n01\n"));
    // Twice the read timeout, and four times the whole-request timeout
    // (which downloads are not bound by).
    assert!(started.elapsed() >= MS(1200), "{:?}", started.elapsed());
}

#[tokio::test]
async fn a_download_that_stops_moving_ends_with_a_read_timeout() {
    let url = serve(Pace::Trickle {
        head: head("text/csv", 100),
        chunks: vec![b"a,b\n".to_vec(), b"1,2\n".to_vec()],
        every: MS(50),
        stall: true,
    })
    .await;
    let started = Instant::now();
    let mut body = client(&url, MS(60_000), MS(300))
        .database("o", "d")
        .csv("main")
        .table("t")
        .bytes_stream()
        .await
        .unwrap();
    let mut seen = Vec::new();
    let err = loop {
        match body.try_next().await {
            Ok(Some(chunk)) => seen.extend_from_slice(&chunk),
            Ok(None) => panic!("the body ended without its announced 100 bytes"),
            Err(err) => break err,
        }
    };
    assert_eq!(seen, b"a,b\n1,2\n", "the bytes before the pause arrive");
    assert_timeout(&err, "no data moved for 300 ms");
    let took = started.elapsed();
    assert!(took >= MS(400) && took < MS(5000), "{took:?}");
    // The stream ends after its error.
    assert!(body.try_next().await.unwrap().is_none());
}

/// 12 JSON chunks, 100 ms apart: `{"branches":[` ... `]}`.
fn trickled_branches() -> (Vec<u8>, Vec<Vec<u8>>) {
    let mut chunks = vec![b"{\"status\":\"Success\",\"branches\":[".to_vec()];
    for i in 0..10 {
        let comma = if i == 0 { "" } else { "," };
        chunks.push(format!("{comma}{{\"branch_name\":\"b{i}\"}}").into_bytes());
    }
    chunks.push(b"]}".to_vec());
    let length = chunks.iter().map(Vec::len).sum();
    (head("application/json", length), chunks)
}

/// List branches under these limits: the answer and how long it took.
async fn list_branches(
    url: &str,
    total: Duration,
    read: Duration,
) -> (Result<Vec<dolthub::models::Branch>, Error>, Duration) {
    let started = Instant::now();
    let answer = client(url, total, read)
        .database("o", "d")
        .branches()
        .list()
        .send()
        .await;
    (answer, started.elapsed())
}

/// `err` is a timeout whose text says `says`.
fn assert_timeout(err: &Error, says: &str) {
    assert!(
        matches!(err, Error::Timeout { what } if what.contains(says)),
        "{err:?}"
    );
}

#[tokio::test]
async fn a_json_answer_that_keeps_moving_still_ends_at_the_whole_request_timeout() {
    let (head, chunks) = trickled_branches();
    let trickle = Pace::Trickle {
        head,
        chunks,
        every: MS(100),
        stall: false,
    };
    let url = serve(trickle.clone()).await;
    let (answer, took) = list_branches(&url, MS(500), MS(1000)).await;
    assert_timeout(&answer.unwrap_err(), "within the 500 ms timeout");
    assert!(took >= MS(500) && took < MS(5000), "{took:?}");

    // The same answer within a longer whole-request timeout decodes.
    let url = serve(trickle).await;
    let (answer, _) = list_branches(&url, MS(10_000), MS(1000)).await;
    assert_eq!(answer.unwrap().len(), 10);
}

#[tokio::test]
async fn a_json_answer_that_stalls_ends_at_the_read_timeout() {
    let url = serve(Pace::Trickle {
        head: head("application/json", 1000),
        chunks: vec![b"{\"branches\":[".to_vec()],
        every: MS(10),
        stall: true,
    })
    .await;
    let (answer, took) = list_branches(&url, MS(60_000), MS(300)).await;
    assert_timeout(&answer.unwrap_err(), "no data moved for 300 ms");
    assert!(took >= MS(300) && took < MS(5000), "{took:?}");
}

#[tokio::test]
async fn an_upload_slower_than_the_read_timeout_completes_while_it_keeps_sending() {
    // The server drains 32 MiB in 512 KiB reads 25 ms apart: about 1.6 s,
    // against an 800 ms read timeout. No read of the answer can happen while
    // the body is still going out, so only the bytes sent show that the
    // request is alive (reqwest's own read timeout ended such uploads).
    let reply = r#"{"status":"Success","database_owner":"o","database_name":"d","branch_name":"main","table_name":"t","operation_name":"repositoryOwners/o/repositories/d/jobs/j1","user_operation_name":"users/u/userOperations/u1"}"#;
    let url = serve(Pace::SlowReader {
        read: 512 * 1024,
        every: MS(25),
        reply: [
            head("application/json", reply.len()),
            reply.as_bytes().to_vec(),
        ]
        .concat(),
    })
    .await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.csv");
    let row = b"12345678,some text to fill the line,more text to fill it\n";
    let rows = 32 * 1024 * 1024 / row.len();
    let mut content = b"id,a,b\n".to_vec();
    for _ in 0..rows {
        content.extend_from_slice(row);
    }
    std::fs::write(&path, &content).unwrap();
    let started = Instant::now();
    let op = client(&url, MS(500), MS(800))
        .database("o", "d")
        .import(&path)
        .table("t")
        .start()
        .await
        .unwrap();
    assert_eq!(op.kind(), dolthub::OperationKind::Import);
    let took = started.elapsed();
    // Longer than the read timeout (and the whole-request timeout, which
    // uploads are not bound by), or the test proves nothing.
    assert!(took > MS(800), "the upload took only {took:?}");
}

#[tokio::test]
async fn an_upload_the_server_stops_reading_ends_at_the_read_timeout() {
    // The server reads one 64 KiB piece, then nothing: once the socket
    // buffers are full nothing moves, and the read timeout ends the upload.
    let url = serve(Pace::SlowReader {
        read: 64 * 1024,
        every: Duration::from_secs(3600),
        reply: Vec::new(),
    })
    .await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.csv");
    let mut content = b"id\n".to_vec();
    content.resize(32 * 1024 * 1024, b'7');
    std::fs::write(&path, &content).unwrap();
    let started = Instant::now();
    let err = client(&url, MS(500), MS(400))
        .database("o", "d")
        .import(&path)
        .table("t")
        .start()
        .await
        .unwrap_err();
    assert_timeout(&err, "no data moved for 400 ms");
    assert!(started.elapsed() < MS(10_000), "{:?}", started.elapsed());
}
