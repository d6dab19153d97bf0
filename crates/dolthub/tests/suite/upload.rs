//! The hand-written multipart upload: parts, boundary, streaming, limits.

use std::sync::{Arc, Mutex};

use dolthub::Error;
use dolthub::resources::{FileType, ImportMode, MAX_UPLOAD_BYTES};
use httpmock::Method::POST;
use httpmock::{HttpMockRequest, HttpMockResponse};

use crate::common::*;

/// One multipart part: its header block and its body.
#[derive(Debug)]
struct PartSeen {
    headers: String,
    body: Vec<u8>,
}

fn split_multipart(content_type: &str, body: &[u8]) -> Vec<PartSeen> {
    let boundary = content_type
        .split("boundary=")
        .nth(1)
        .expect("boundary in content-type")
        .trim_matches('"');
    let delimiter = format!("--{boundary}");
    let text = body;
    let mut parts = Vec::new();
    let positions: Vec<usize> = text
        .windows(delimiter.len())
        .enumerate()
        .filter(|(_, w)| *w == delimiter.as_bytes())
        .map(|(i, _)| i)
        .collect();
    assert!(positions.len() >= 2, "no parts found");
    // The body must end with the closing delimiter.
    let last = *positions.last().unwrap();
    assert_eq!(&text[last..], format!("{delimiter}--\r\n").as_bytes());
    for pair in positions.windows(2) {
        let chunk = &text[pair[0] + delimiter.len() + 2..pair[1] - 2];
        let split = chunk.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
        parts.push(PartSeen {
            headers: String::from_utf8(chunk[..split].to_vec()).unwrap(),
            body: chunk[split + 4..].to_vec(),
        });
    }
    parts
}

type Captured = Arc<Mutex<Option<(String, Vec<u8>)>>>;

fn capturing() -> (
    impl Fn(&HttpMockRequest) -> HttpMockResponse + Send + Sync + 'static,
    Captured,
) {
    let seen: Captured = Arc::new(Mutex::new(None));
    let store = Arc::clone(&seen);
    let responder = move |req: &HttpMockRequest| {
        let content_type = req
            .headers()
            .get("content-type")
            .map(|v| v.to_str().unwrap().to_owned())
            .unwrap_or_default();
        *store.lock().unwrap() = Some((content_type, req.body_vec()));
        json_response(200, &fixture("imports/upload_file.json"))
    };
    (responder, seen)
}

#[tokio::test]
async fn multipart_body_has_params_and_streamed_file_parts() {
    let server = server().await;
    let (responder, seen) = capturing();
    server
        .mock_async(|when, then| {
            when.method(POST)
                .path(format!("{API}/upload"))
                .header("authorization", AUTH);
            then.respond_with(responder);
        })
        .await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("LACMA.PSV");
    let content: Vec<u8> = (0..200_000u32)
        .flat_map(|i| format!("{i}|row {i}\n").into_bytes())
        .collect();
    std::fs::write(&path, &content).unwrap();
    let progress = Arc::new(Mutex::new(Vec::new()));
    let log = Arc::clone(&progress);
    let op = client(&server)
        .database(OWNER, DB)
        .import(&path)
        .table("lacma")
        .branch("feature/lacma")
        .mode(ImportMode::Overwrite)
        .primary_keys(["id", "region"])
        .on_progress(move |sent, total| log.lock().unwrap().push((sent, total)))
        .start()
        .await
        .unwrap();
    assert_eq!(op.kind(), dolthub::OperationKind::Import);

    let (content_type, body) = seen.lock().unwrap().take().unwrap();
    assert!(
        content_type.starts_with("multipart/form-data; boundary="),
        "{content_type}"
    );
    let parts = split_multipart(&content_type, &body);
    assert_eq!(parts.len(), 2);

    assert!(
        parts[0].headers.contains("name=\"params\""),
        "{}",
        parts[0].headers
    );
    assert!(!parts[0].headers.contains("filename"));
    let params: serde_json::Value = serde_json::from_slice(&parts[0].body).unwrap();
    assert_eq!(
        params,
        serde_json::json!({
            "tableName": "lacma",
            "fileName": "LACMA.PSV",
            "branchName": "feature/lacma",
            "fileType": "Psv",
            "importOp": "Overwrite",
            "primaryKeys": ["id", "region"]
        })
    );

    assert!(
        parts[1]
            .headers
            .contains("name=\"file\"; filename=\"LACMA.PSV\"")
    );
    assert!(
        parts[1]
            .headers
            .to_ascii_lowercase()
            .contains("content-type: application/octet-stream")
    );
    assert_eq!(parts[1].body, content);

    let progress = progress.lock().unwrap();
    assert!(progress.len() > 1, "streamed in several chunks");
    assert_eq!(
        progress.last(),
        Some(&(content.len() as u64, content.len() as u64))
    );
    assert!(progress.windows(2).all(|w| w[0].0 < w[1].0));
}

#[tokio::test]
async fn sql_files_need_no_table_and_explicit_type_wins() {
    let server = server().await;
    let (responder, seen) = capturing();
    server
        .mock_async(|when, then| {
            when.method(POST).path(format!("{API}/upload"));
            then.respond_with(responder);
        })
        .await;
    let sql = b"INSERT INTO t VALUES (1);";
    client(&server)
        .database(OWNER, DB)
        .import_reader(&sql[..], sql.len() as u64, "dump.txt")
        .file_type(FileType::Sql)
        .await
        .unwrap();
    let (content_type, body) = seen.lock().unwrap().take().unwrap();
    let parts = split_multipart(&content_type, &body);
    let params: serde_json::Value = serde_json::from_slice(&parts[0].body).unwrap();
    assert_eq!(params["fileType"], "Sql");
    assert_eq!(params["importOp"], "Create");
    assert_eq!(params["branchName"], "main");
    assert!(params.get("tableName").is_none());
}

#[tokio::test]
async fn too_large_files_are_refused_before_sending() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            when.any_request();
            then.status(500);
        })
        .await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.csv");
    // Sparse: no disk space or memory used.
    std::fs::File::create(&path)
        .unwrap()
        .set_len(MAX_UPLOAD_BYTES + 1)
        .unwrap();
    let err = client(&server)
        .database(OWNER, DB)
        .import(&path)
        .table("t")
        .start()
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::InvalidInput { message } if message.contains("104857600")),
        "{err}"
    );
    let err = client(&server)
        .database(OWNER, DB)
        .import_reader(tokio::io::empty(), MAX_UPLOAD_BYTES + 1, "x.csv")
        .table("t")
        .start()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::InvalidInput { .. }));
    mock.assert_calls_async(0).await;
}

#[tokio::test]
async fn bad_import_input_is_refused_before_sending() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            when.any_request();
            then.status(500);
        })
        .await;
    let db = client(&server).database(OWNER, DB);
    let data = b"a,b\n";
    // No table for a CSV.
    let err = db
        .import_reader(&data[..], 4, "x.csv")
        .start()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::InvalidInput { .. }));
    // Unknown extension and no explicit type.
    let err = db
        .import_reader(&data[..], 4, "x.txt")
        .table("t")
        .start()
        .await
        .unwrap_err();
    assert!(matches!(&err, Error::InvalidInput { message } if message.contains("file type")));
    // Missing file.
    let err = db
        .import("/nonexistent/x.csv")
        .table("t")
        .start()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::InvalidInput { .. }));
    mock.assert_calls_async(0).await;
}

#[tokio::test]
async fn a_short_reader_fails_the_upload() {
    let server = server().await;
    server
        .mock_async(|when, then| {
            when.method(POST);
            then.status(200).body(fixture("imports/upload_file.json"));
        })
        .await;
    let data = b"id\n1\n";
    let err = client(&server)
        .database(OWNER, DB)
        .import_reader(&data[..], 100, "x.csv")
        .table("t")
        .start()
        .await
        .unwrap_err();
    assert!(
        matches!(err, Error::Transport { .. } | Error::Timeout { .. }),
        "{err:?}"
    );
}
