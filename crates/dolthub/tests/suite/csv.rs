//! CSV downloads stream to writers and files.

use dolthub::Error;
use futures::TryStreamExt;
use httpmock::Method::GET;

use crate::common::*;

#[tokio::test]
async fn large_table_streams_in_chunks() {
    let server = server().await;
    let body: String = (0..200_000).map(|i| format!("{i},title {i}\n")).collect();
    let expected = body.clone();
    server
        .mock_async(move |when, then| {
            when.method(GET)
                .path("/csv/dolthub/museum-collections/main/lacma");
            then.status(200)
                .header("content-type", "text/csv")
                .body(body);
        })
        .await;
    let mut stream = client(&server)
        .database(OWNER, DB)
        .csv("main")
        .table("lacma")
        .bytes_stream()
        .await
        .unwrap();
    let mut chunks = 0;
    let mut got = Vec::new();
    while let Some(chunk) = stream.try_next().await.unwrap() {
        chunks += 1;
        got.extend_from_slice(&chunk);
    }
    assert!(chunks > 1, "the body arrived as one chunk");
    assert_eq!(got, expected.as_bytes());
}

#[tokio::test]
async fn failed_download_leaves_no_file() {
    let server = server().await;
    server
        .mock_async(|when, then| {
            when.method(GET);
            then.status(400)
                .body(r#"{"status":"Error","message":"no such repository"}"#);
        })
        .await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.csv");
    let err = client(&server)
        .database(OWNER, DB)
        .csv("main")
        .table("t")
        .save(&path)
        .await
        .unwrap_err();
    assert!(matches!(err, Error::NotFound { .. }));
    assert!(!path.exists());
}
