//! v2 imports against a loopback "storage" server: parts, parallelism,
//! retries, expiry, ETags, readers and progress.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use dolthub::Error;
use httpmock::Method::{POST, PUT};
use httpmock::{HttpMockRequest, HttpMockResponse, MockServer};
use serde_json::json;

use super::common::*;

const MIB: usize = 1 << 20;

/// A DoltHub mock handing out `parts` URLs on `storage` (`/bucket/<n>`).
async fn session(server: &MockServer, storage: &MockServer, parts: usize) {
    let urls: Vec<_> = (1..=parts)
        .map(|n| json!({"part_number": n, "url": format!("{}/bucket/{n}?sig=abc", storage.base_url())}))
        .collect();
    server
        .mock_async(|when, then| {
            when.method(POST).path(format!("{API}/imports/uploads"));
            then.status(201).body(data(json!({
                "token": "t", "contents_key": "k", "http_method": "PUT", "parts": urls, "headers": {},
            })));
        })
        .await;
}

fn etag_response(req: &HttpMockRequest) -> HttpMockResponse {
    let n = req
        .uri()
        .path()
        .rsplit('/')
        .next()
        .unwrap_or("0")
        .to_owned();
    HttpMockResponse::builder()
        .status(200)
        .header("etag", format!("\"etag-{n}\""))
        .build()
}

#[tokio::test]
async fn a_file_goes_up_in_five_mib_parts_named_in_order_with_progress() {
    let server = server().await;
    let storage = MockServer::start_async().await;
    session(&server, &storage, 3).await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.csv");
    let content: Vec<u8> = (0..(12 * MIB)).map(|i| b'a' + (i % 23) as u8).collect();
    std::fs::write(&path, &content).unwrap();
    let mut puts = Vec::new();
    for (n, len) in [(1, 5 * MIB), (2, 5 * MIB), (3, 2 * MIB)] {
        let (start, end) = ((n - 1) * 5 * MIB, (n - 1) * 5 * MIB + len);
        let body = content[start..end].to_vec();
        puts.push(
            storage
                .mock_async(move |when, then| {
                    when.method(PUT)
                        .path(format!("/bucket/{n}"))
                        .header("content-length", len.to_string())
                        .header_missing("authorization")
                        .body(String::from_utf8_lossy(&body).into_owned());
                    then.respond_with(etag_response);
                })
                .await,
        );
    }
    let import = server
        .mock_async(|when, then| {
            when.method(POST)
                .path(format!("{API}/imports"))
                .json_body_includes(
                    json!({"completed_parts": [
                    {"part_number": 1, "etag": "\"etag-1\""},
                    {"part_number": 2, "etag": "\"etag-2\""},
                    {"part_number": 3, "etag": "\"etag-3\""},
                ], "file_size": 12 * MIB})
                    .to_string(),
                );
            then.status(202).body(data(
                json!({"id": "i/1", "href": "/api/v2/operations/i%2F1"}),
            ));
        })
        .await;
    let last = Arc::new(std::sync::Mutex::new((0u64, 0u64)));
    let seen = Arc::clone(&last);
    client(&server)
        .database(OWNER, DB)
        .import(&path)
        .table("big")
        .on_progress(move |sent, total| *seen.lock().unwrap() = (sent, total))
        .start()
        .await
        .unwrap();
    for put in &puts {
        put.assert_async().await;
    }
    import.assert_async().await;
    let total = content.len() as u64;
    assert_eq!(*last.lock().unwrap(), (total, total));
}

#[tokio::test]
async fn a_part_is_retried_on_503_and_the_import_goes_on() {
    let server = server().await;
    let storage = MockServer::start_async().await;
    session(&server, &storage, 1).await;
    let calls = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&calls);
    let put = storage
        .mock_async(move |when, then| {
            when.method(PUT).path("/bucket/1").body("a,b\n1,2\n");
            then.respond_with(move |req: &HttpMockRequest| {
                if counter.fetch_add(1, Ordering::SeqCst) < 2 {
                    HttpMockResponse::builder().status(503).build()
                } else {
                    etag_response(req)
                }
            });
        })
        .await;
    let import = server
        .mock_async(|when, then| {
            when.method(POST).path(format!("{API}/imports"));
            then.status(202)
                .body(data(json!({"id": "i/1", "href": ""})));
        })
        .await;
    client(&server)
        .database(OWNER, DB)
        .import_reader(&b"a,b\n1,2\n"[..], 8, "t.csv")
        .table("t")
        .part_retries(4, Duration::from_millis(1))
        .start()
        .await
        .unwrap();
    put.assert_calls_async(3).await;
    import.assert_async().await;
}

#[tokio::test]
async fn an_expired_url_is_a_clear_error_and_not_retried() {
    let server = server().await;
    let storage = MockServer::start_async().await;
    session(&server, &storage, 1).await;
    let put = storage
        .mock_async(|when, then| {
            when.method(PUT).path("/bucket/1");
            then.status(403).body(
                "<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>",
            );
        })
        .await;
    let import = server
        .mock_async(|when, then| {
            when.method(POST).path(format!("{API}/imports"));
            then.status(202);
        })
        .await;
    let err = client(&server)
        .database(OWNER, DB)
        .import_reader(&b"x"[..], 1, "t.csv")
        .table("t")
        .part_retries(4, Duration::from_millis(1))
        .start()
        .await
        .unwrap_err();
    put.assert_calls_async(1).await;
    import.assert_calls_async(0).await;
    let text = err.to_string();
    assert!(text.contains("expired"), "{text}");
    assert!(
        !text.contains("sig=abc"),
        "the signed URL must not leak: {text}"
    );
}

#[tokio::test]
async fn a_part_without_an_etag_fails_the_import() {
    let server = server().await;
    let storage = MockServer::start_async().await;
    session(&server, &storage, 1).await;
    storage
        .mock_async(|when, then| {
            when.method(PUT).path("/bucket/1");
            then.status(200);
        })
        .await;
    let import = server
        .mock_async(|when, then| {
            when.method(POST).path(format!("{API}/imports"));
            then.status(202);
        })
        .await;
    let err = client(&server)
        .database(OWNER, DB)
        .import_reader(&b"x"[..], 1, "t.csv")
        .table("t")
        .start()
        .await
        .unwrap_err();
    import.assert_calls_async(0).await;
    assert!(err.to_string().contains("ETag"), "{err}");
}

#[tokio::test]
async fn a_redirecting_storage_host_is_not_followed() {
    let server = server().await;
    let storage = MockServer::start_async().await;
    let elsewhere = MockServer::start_async().await;
    session(&server, &storage, 1).await;
    let target = elsewhere
        .mock_async(|when, then| {
            when.any_request();
            then.status(200).header("etag", "\"x\"");
        })
        .await;
    let location = format!("{}/steal", elsewhere.base_url());
    storage
        .mock_async(|when, then| {
            when.method(PUT).path("/bucket/1");
            then.status(307).header("location", location);
        })
        .await;
    let err = client(&server)
        .database(OWNER, DB)
        .import_reader(&b"x"[..], 1, "t.csv")
        .table("t")
        .start()
        .await
        .unwrap_err();
    target.assert_calls_async(0).await;
    assert!(matches!(err, Error::Api { status: 307, .. }), "{err:?}");
}

#[tokio::test]
async fn sizes_are_checked_before_anything_is_sent() {
    let server = server().await;
    let any = server
        .mock_async(|when, then| {
            when.any_request();
            then.status(500);
        })
        .await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.csv");
    // Sparse: one byte past 1 GiB costs no disk.
    std::fs::File::create(&path)
        .unwrap()
        .set_len(dolthub::resources::MAX_V2_IMPORT_BYTES + 1)
        .unwrap();
    let err = client(&server)
        .database(OWNER, DB)
        .import(&path)
        .table("t")
        .start()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::InvalidInput { .. }), "{err:?}");
    assert!(err.to_string().contains("1 GiB"), "{err}");
    let empty = dir.path().join("empty.csv");
    std::fs::write(&empty, b"").unwrap();
    let err = client(&server)
        .database(OWNER, DB)
        .import(&empty)
        .table("t")
        .start()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::InvalidInput { .. }), "{err:?}");
    any.assert_calls_async(0).await;
}

#[tokio::test]
async fn a_reader_shorter_than_announced_is_an_io_error() {
    let server = server().await;
    let storage = MockServer::start_async().await;
    session(&server, &storage, 1).await;
    let put = storage
        .mock_async(|when, then| {
            when.method(PUT);
            then.status(200).header("etag", "\"x\"");
        })
        .await;
    let err = client(&server)
        .database(OWNER, DB)
        .import_reader(&b"abc"[..], 10, "t.csv")
        .table("t")
        .start()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Io { .. }), "{err:?}");
    put.assert_calls_async(0).await;
}
