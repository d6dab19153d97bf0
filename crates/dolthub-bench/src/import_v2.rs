//! API v2 import of a 1 GiB file: the crate's presigned flow (session,
//! parallel 5 MiB part PUTs with per-part MD5, import call) against a plain
//! parallel PUT of the same parts with `reqwest` that also hashes every part
//! (the protocol requires it), both to the same loopback
//! "storage" server in the same run, each in a child process for its peak RSS.
//!
//! The file is sparse (made with `set_len` in a temp dir, removed afterwards),
//! so it costs no disk and reads come from the page cache.

use std::io::SeekFrom;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use axum::body::Body;
use axum::extract::{Path as UrlPath, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::IntoResponse;
use axum::routing::{post, put};
use axum::{Json, Router};
use futures::{StreamExt, TryStreamExt};
use serde_json::{Value, json};

use crate::child;
use crate::report::Row;
use crate::stats::{fmt, median, ratio};

/// The file size: v2's import limit.
pub const BYTES: u64 = 1 << 30;
/// The smaller file that shows memory does not grow with the file.
const SMALL_BYTES: u64 = BYTES / 8;
/// Part size, as the crate and DoltHub's clients use.
const PART: u64 = 5 << 20;
/// Parts in flight on both sides.
const PARALLEL: usize = 4;

/// Runs both sides `rounds` times (alternating who goes first) and reports.
pub fn row(rounds: usize) -> Row {
    let url = start_server();
    let dir = std::env::temp_dir().join(format!("dolthub-bench-v2-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("import.csv");
    std::fs::File::create(&path)
        .and_then(|f| f.set_len(BYTES))
        .expect("sparse 1 GiB file");
    let (mut base, mut cand) = (Vec::new(), Vec::new());
    for round in 0..rounds {
        let order = if round % 2 == 0 {
            ["import-v2-baseline", "import-v2-dolthub"]
        } else {
            ["import-v2-dolthub", "import-v2-baseline"]
        };
        for scenario in order {
            let m = child::spawn(scenario, &url, Some(&path));
            assert_eq!(m.count, BYTES, "{scenario} sent the whole file");
            if scenario == "import-v2-baseline" {
                base.push(m)
            } else {
                cand.push(m)
            }
        }
    }
    // The same import of a file 1/8 the size: peak memory must not follow
    // the file's size.
    let small = dir.join("small.csv");
    std::fs::File::create(&small)
        .and_then(|f| f.set_len(SMALL_BYTES))
        .expect("sparse small file");
    let small_peak = child::spawn("import-v2-dolthub", &url, Some(&small)).peak_kib;
    let _ = std::fs::remove_dir_all(&dir);
    let t =
        |v: &[child::Measured]| median(&v.iter().map(child::Measured::elapsed).collect::<Vec<_>>());
    let peak = |v: &[child::Measured]| v.iter().map(|m| m.peak_kib).max().unwrap_or(0);
    let (b, c) = (t(&base), t(&cand));
    Row {
        name: "import v2: 1 GiB file, presigned 5 MiB parts, 4 in flight".into(),
        baseline: format!(
            "{} / peak RSS {:.1} MiB (plain parallel PUT + MD5)",
            fmt(b),
            peak(&base) as f64 / 1024.0
        ),
        candidate: format!(
            "{} / peak RSS {:.1} MiB",
            fmt(c),
            peak(&cand) as f64 / 1024.0
        ),
        ratio: Some(ratio(c, b)),
        notes: format!(
            "{rounds} round(s); dolthub peak RSS for a {} MiB file: {:.1} MiB (flat = bounded by \
             the parts in flight, not the file); both sides read each part in one call and hash it (MD5) off the \
             runtime thread; dolthub also makes the session and import calls, reports progress and \
             retries; target: time <= 1.2x, memory bounded by the parts in flight",
            SMALL_BYTES >> 20,
            small_peak as f64 / 1024.0
        ),
    }
}

/// The child side: `import-v2-baseline` or `import-v2-dolthub`.
pub async fn child(scenario: &str, url: &str, path: &Path) -> u64 {
    match scenario {
        "import-v2-baseline" => baseline(url, path).await,
        "import-v2-dolthub" => {
            let client = dolthub::Client::builder()
                .token("dh_bench")
                .api_version(dolthub::ApiVersion::V2)
                .base_url(url)
                .build()
                .expect("dolthub client");
            client
                .database("bench", "db")
                .import(path)
                .table("objects")
                .primary_keys(["id"])
                .parallel_parts(PARALLEL)
                .start()
                .await
                .expect("v2 import");
            std::fs::metadata(path).expect("size").len()
        }
        other => panic!("unknown v2 import scenario {other}"),
    }
}

/// What a careful hand-written client does at the least: for each 5 MiB
/// part, four at a time, read it in one call and hash it (the protocol needs
/// every part's MD5 for `file_parts_md5`) on the blocking pool, PUT it, keep
/// the ETag; then the `file_parts_md5` digest. No session or import call.
async fn baseline(url: &str, path: &Path) -> u64 {
    use base64::Engine as _;
    use md5::Digest as _;
    use std::io::{Read as _, Seek as _};
    let http = reqwest::Client::new();
    let len = std::fs::metadata(path).expect("size").len();
    let parts = len.div_ceil(PART);
    let sent = Arc::new(AtomicU64::new(0));
    let path = Arc::new(path.to_path_buf());
    let mut done: Vec<(u64, String, String)> = futures::stream::iter(1..=parts)
        .map(|n| {
            let http = http.clone();
            let sent = Arc::clone(&sent);
            let path = Arc::clone(&path);
            async move {
                let offset = (n - 1) * PART;
                let size = PART.min(len - offset);
                let (bytes, md5) = tokio::task::spawn_blocking(move || {
                    let mut file = std::fs::File::open(path.as_path()).expect("open");
                    file.seek(SeekFrom::Start(offset)).expect("seek");
                    let mut buf = Vec::with_capacity(size as usize);
                    file.take(size).read_to_end(&mut buf).expect("read");
                    let md5 =
                        base64::engine::general_purpose::STANDARD.encode(md5::Md5::digest(&buf));
                    (bytes::Bytes::from(buf), md5)
                })
                .await
                .expect("read task");
                let response = http
                    .put(format!("{url}/storage/{n}"))
                    .body(bytes)
                    .send()
                    .await
                    .expect("baseline PUT")
                    .error_for_status()
                    .expect("baseline PUT status");
                sent.fetch_add(size, Ordering::Relaxed);
                let etag = response
                    .headers()
                    .get("etag")
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or_default()
                    .to_owned();
                (n, etag, md5)
            }
        })
        .buffer_unordered(PARALLEL)
        .collect()
        .await;
    assert_eq!(done.len() as u64, parts);
    done.sort_by_key(|d| d.0);
    let mut all = md5::Md5::new();
    for (_, _, md5) in &done {
        all.update(md5.as_bytes());
    }
    std::hint::black_box(all.finalize());
    sent.load(Ordering::Relaxed)
}

/// A loopback server for both sides: the two v2 import calls and a storage
/// route that swallows each part and answers an ETag.
fn start_server() -> String {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("server runtime");
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
                .await
                .expect("bind loopback");
            let addr = listener.local_addr().expect("local addr");
            tx.send(addr).expect("report address");
            let base = Arc::new(format!("http://{addr}"));
            let router = Router::new()
                .route(
                    "/api/v2/databases/{owner}/{db}/imports/uploads",
                    post(session),
                )
                .route("/api/v2/databases/{owner}/{db}/imports", post(start_import))
                .route(
                    "/storage/{n}",
                    put(store).layer(axum::extract::DefaultBodyLimit::disable()),
                )
                .with_state(base);
            axum::serve(listener, router).await.expect("serve");
        });
    });
    format!("http://{}", rx.recv().expect("server started"))
}

async fn session(State(base): State<Arc<String>>, Json(body): Json<Value>) -> impl IntoResponse {
    let parts = body["num_parts"].as_u64().unwrap_or(0);
    let urls: Vec<Value> = (1..=parts)
        .map(|n| json!({"part_number": n, "url": format!("{base}/storage/{n}?sig=bench")}))
        .collect();
    (
        StatusCode::CREATED,
        Json(
            json!({"data": {"token": "t", "contents_key": "k", "http_method": "PUT",
            "parts": urls, "headers": {}}}),
        ),
    )
}

async fn start_import(Json(body): Json<Value>) -> impl IntoResponse {
    let parts = body["completed_parts"].as_array().map_or(0, Vec::len);
    assert!(parts > 0, "the import names its parts");
    (
        StatusCode::ACCEPTED,
        Json(json!({"data": {"id": "bench/import", "href": "/api/v2/operations/bench%2Fimport"}})),
    )
}

async fn store(UrlPath(n): UrlPath<u64>, body: Body) -> impl IntoResponse {
    let received = body
        .into_data_stream()
        .try_fold(0usize, |sum, chunk| async move { Ok(sum + chunk.len()) })
        .await
        .unwrap_or(0);
    let mut headers = HeaderMap::new();
    let etag = format!("\"part-{n}-{received}\"");
    headers.insert("etag", HeaderValue::from_str(&etag).expect("etag"));
    (StatusCode::OK, headers)
}
