//! Oversized uploads are refused without the server reading them into memory, and
//! without the test writing large files: the body is generated as a stream.

use crate::common::*;
use bytes::Bytes;
use serde_json::json;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

const MIB: u64 = 1024 * 1024;

/// A stream of `total` bytes of CSV-ish filler, produced chunk by chunk; `sent` counts
/// what the client actually handed to the connection.
fn filler(total: u64, sent: Arc<AtomicU64>) -> reqwest::Body {
    let chunk = Bytes::from(vec![b'7'; 256 * 1024]);
    let header = Bytes::from_static(b"id\n");
    let mut remaining = total;
    let mut first = true;
    let stream = futures::stream::iter(std::iter::from_fn(move || {
        if first {
            first = false;
            remaining -= header.len() as u64;
            return Some(Ok::<Bytes, std::io::Error>(header.clone()));
        }
        if remaining == 0 {
            return None;
        }
        let n = remaining.min(chunk.len() as u64) as usize;
        remaining -= n as u64;
        sent.fetch_add(n as u64, Ordering::Relaxed);
        Some(Ok(chunk.slice(..n)))
    }));
    reqwest::Body::wrap_stream(stream)
}

fn params() -> String {
    json!({"tableName": "big", "fileName": "big.csv", "branchName": "main",
           "fileType": "Csv", "importOp": "Create"})
    .to_string()
}

async fn assert_refused(resp: Result<reqwest::Response, reqwest::Error>) {
    let resp = resp.expect("the server answers instead of dropping the connection");
    let (s, v) = status_json(resp).await;
    assert_eq!(s, 400, "{v}");
    assert_eq!(v["status"], "Error");
    let msg = v["message"].as_str().unwrap();
    assert!(msg.starts_with("Invalid request body."), "{msg}");
    assert!(msg.contains("upload limit"), "{msg}");
    assert_eq!(v["database_name"], "big");
}

#[tokio::test]
async fn a_streamed_upload_over_100_mb_is_refused_at_the_cap() {
    let sb = sandbox().await;
    create_db(&sb, "big").await;
    let before = sb.fingerprint();
    let total = 100 * MIB + 8 * MIB;
    let sent = Arc::new(AtomicU64::new(0));
    // no length: the request is chunked, so the server must count while streaming
    let form = reqwest::multipart::Form::new()
        .part(
            "file",
            reqwest::multipart::Part::stream(filler(total, sent.clone())).file_name("big.csv"),
        )
        .text("params", params());
    let url = format!("{}/api/v1alpha1/{}/big/upload", sb.url(), sb.username());
    assert_refused(raw(&sb).post(url).multipart(form).send().await).await;
    assert!(
        sent.load(Ordering::Relaxed) < total,
        "the server stopped reading before the end of the body"
    );
    assert_eq!(sb.fingerprint(), before, "nothing changed");
}

#[tokio::test]
async fn a_declared_length_over_the_cap_is_refused_before_reading() {
    let sb = sandbox().await;
    create_db(&sb, "big").await;
    let before = sb.fingerprint();
    let total = 200 * MIB;
    let sent = Arc::new(AtomicU64::new(0));
    let form = reqwest::multipart::Form::new()
        .part(
            "file",
            reqwest::multipart::Part::stream_with_length(filler(total, sent.clone()), total)
                .file_name("big.csv"),
        )
        .text("params", params());
    let url = format!("{}/api/v1alpha1/{}/big/upload", sb.url(), sb.username());
    assert_refused(raw(&sb).post(url).multipart(form).send().await).await;
    assert!(sent.load(Ordering::Relaxed) < 16 * MIB);
    assert_eq!(sb.fingerprint(), before);
}

#[tokio::test]
async fn a_configured_smaller_cap_applies_and_small_files_pass() {
    let sb = dolthub_sandbox::Sandbox::builder()
        .job_delay(std::time::Duration::from_millis(5))
        .max_upload_bytes(1024)
        .start()
        .await
        .unwrap();
    create_db(&sb, "big").await;
    let (s, v) = upload(
        &sb,
        "big",
        "big.csv",
        vec![b'1'; 2048],
        serde_json::from_str(&params()).unwrap(),
    )
    .await;
    assert_eq!(s, 400, "{v}");
    let (s, v) = upload(
        &sb,
        "big",
        "big.csv",
        b"id\n1\n2\n".to_vec(),
        serde_json::from_str(&params()).unwrap(),
    )
    .await;
    assert_eq!(s, 200, "{v}");
}
