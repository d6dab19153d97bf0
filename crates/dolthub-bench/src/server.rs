//! The loopback server both sides of every benchmark talk to. It serves
//! canned DoltHub-shaped answers from memory (so the server costs the same
//! for baseline and candidate), counts accepted connections, swallows uploads
//! and runs a job that completes at a known instant.

use axum::extract::{Path, Query, State};
use axum::routing::get;
use axum::serve::ListenerExt;
use axum::{Json, Router};
use futures::StreamExt;
use serde_json::{Value, json};
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Instant;

/// Pages served by the pulls listing.
pub const PAGES: usize = 1000;
/// Pull summaries per page.
pub const PER_PAGE: usize = 20;

/// Counters and the running job, shared with the benchmarks.
#[derive(Default)]
pub struct Stats {
    /// TCP connections accepted so far.
    pub connections: AtomicUsize,
    /// Merge polls answered so far.
    pub polls: AtomicUsize,
    /// Bytes of request bodies received by the upload route.
    pub uploaded: AtomicU64,
    /// Merge jobs by operation name: when they complete.
    jobs: Mutex<HashMap<String, Instant>>,
}

impl Stats {
    /// Registers a job that completes at `at`; returns its operation name.
    pub fn job_completing_at(&self, at: Instant) -> String {
        let mut jobs = self.jobs.lock().expect("jobs lock");
        let name = format!("repositoryOwners/bench/repositories/db/jobs/{}", jobs.len());
        jobs.insert(name.clone(), at);
        name
    }
}

/// A running bench server.
pub struct BenchServer {
    /// `http://127.0.0.1:PORT`.
    pub url: String,
    /// Shared counters.
    pub stats: Arc<Stats>,
}

/// Starts the server on its own thread and single-threaded runtime, so its
/// work never competes with the client runtime's scheduler.
pub fn start() -> BenchServer {
    let stats = Arc::new(Stats::default());
    let (tx, rx) = std::sync::mpsc::channel();
    let shared = stats.clone();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("server runtime");
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
                .await
                .expect("bind loopback");
            tx.send(listener.local_addr().expect("local addr"))
                .expect("report address");
            let counter = shared.clone();
            let listener = listener.tap_io(move |_| {
                counter.connections.fetch_add(1, Ordering::Relaxed);
            });
            axum::serve(listener, router(shared)).await.expect("serve");
        });
    });
    let addr = rx.recv().expect("server started");
    BenchServer {
        url: format!("http://{addr}"),
        stats,
    }
}

fn router(stats: Arc<Stats>) -> Router {
    Router::new()
        .route("/api/v1alpha1/{owner}/{db}/branches", get(branches))
        .route("/api/v1alpha1/{owner}/{db}/pulls", get(pulls_page))
        .route("/api/v1alpha1/{owner}/{db}/pulls/{id}", get(pull))
        .route("/api/v2/databases/{owner}/{db}/branches", get(branches_v2))
        .route("/api/v2/databases/{owner}/{db}/pulls/{id}", get(pull_v2))
        .route(
            "/api/v1alpha1/{owner}/{db}/pulls/{id}/merge",
            get(poll_merge).post(start_merge),
        )
        .route(
            "/api/v1alpha1/{owner}/{db}/upload",
            get(poll_import)
                .post(upload)
                .layer(axum::extract::DefaultBodyLimit::disable()),
        )
        .with_state(stats)
}

/// The list-branches answer: 25 branches, about 1.5 KB of JSON.
pub fn branches_body() -> Value {
    let branches: Vec<Value> = (0..25)
        .map(|i| json!({"branch_name": format!("feature/branch-{i:03}")}))
        .collect();
    json!({"status": "Success", "database_owner": "bench", "database_name": "db", "branches": branches})
}

/// The get-pull answer.
pub fn pull_body(id: &str) -> Value {
    json!({
        "status": "Success", "database_owner": "bench", "database_name": "db", "pull_id": id,
        "title": "Import the 2026 catalogue", "description": "Adds 4,211 rows to objects and fixes three typos.",
        "state": "open", "from_branch_owner": "bench", "from_branch_database": "db",
        "from_branch": "import-2026", "to_branch_owner": "bench", "to_branch_database": "db",
        "to_branch": "main", "created_at": "2026-11-01T10:00:00.000Z", "author": "curator"
    })
}

/// The v2 list-branches answer: the same 25 branches in a `{data}` envelope
/// without `meta` (the last page).
pub fn branches_v2_body() -> Value {
    let branches: Vec<Value> = (0..25)
        .map(|i| {
            json!({"name": format!("feature/branch-{i:03}"), "head_commit_sha": "u6gdhb8k2sq3hfkkmqnsv4a2mmoo7ev3",
                   "last_updated_at": "2026-11-01T10:00:00Z"})
        })
        .collect();
    json!({ "data": branches })
}

/// The v2 get-pull answer.
pub fn pull_v2_body(id: &str) -> Value {
    json!({"data": {
        "pull_number": id, "title": "Import the 2026 catalogue",
        "description": "Adds 4,211 rows to objects and fixes three typos.", "state": "open",
        "created_at": "2026-11-01T10:00:00Z", "updated_at": "2026-11-02T09:30:00Z", "creator": "curator",
        "from_branch": {"database": {"owner": "bench", "name": "db"}, "branch_name": "import-2026"},
        "to_branch": {"database": {"owner": "bench", "name": "db"}, "branch_name": "main"}
    }})
}

async fn branches_v2() -> Json<Value> {
    Json(branches_v2_body())
}

async fn pull_v2(Path((_, _, id)): Path<(String, String, String)>) -> Json<Value> {
    Json(pull_v2_body(&id))
}

async fn branches() -> Json<Value> {
    Json(branches_body())
}

async fn pull(Path((_, _, id)): Path<(String, String, String)>) -> Json<Value> {
    Json(pull_body(&id))
}

async fn pulls_page(Query(query): Query<HashMap<String, String>>) -> Json<Value> {
    let page: usize = query
        .get("pageToken")
        .and_then(|t| t.parse().ok())
        .unwrap_or(0);
    let pulls: Vec<Value> = (0..PER_PAGE)
        .map(|i| {
            json!({"pull_id": (page * PER_PAGE + i).to_string(), "title": "A pull request title of ordinary length",
                   "description": "Some description text that a reviewer wrote.", "state": "open",
                   "created_at": "2026-11-01T10:00:00Z", "creator": "curator"})
        })
        .collect();
    let next = if page + 1 < PAGES {
        (page + 1).to_string()
    } else {
        String::new()
    };
    Json(
        json!({"status": "Success", "database_owner": "bench", "database_name": "db",
                "next_page_token": next, "pulls": pulls}),
    )
}

async fn start_merge(
    State(stats): State<Arc<Stats>>,
    Path((_, _, id)): Path<(String, String, String)>,
) -> Json<Value> {
    // The benchmark registers the job before starting the merge; the most
    // recently registered job is the one this merge refers to.
    let name = {
        let jobs = stats.jobs.lock().expect("jobs lock");
        format!(
            "repositoryOwners/bench/repositories/db/jobs/{}",
            jobs.len().saturating_sub(1)
        )
    };
    Json(
        json!({"status": "Success", "database_owner": "bench", "database_name": "db", "pull_id": id,
                "operation_name": name, "user_operation_name": "users/bench/userOperations/1"}),
    )
}

async fn poll_merge(
    State(stats): State<Arc<Stats>>,
    Path((_, _, id)): Path<(String, String, String)>,
    Query(query): Query<HashMap<String, String>>,
) -> Json<Value> {
    stats.polls.fetch_add(1, Ordering::Relaxed);
    let name = query.get("operationName").cloned().unwrap_or_default();
    let done_at = stats.jobs.lock().expect("jobs lock").get(&name).copied();
    let state = match done_at {
        Some(at) if Instant::now() >= at => "Completed",
        Some(_) => "In Progress",
        None => "Pending",
    };
    Json(
        json!({"status": "Success", "operation_name": name, "job_created": true, "database_owner": "bench",
                "database_name": "db", "pull_id": id, "job_status": state}),
    )
}

async fn upload(State(stats): State<Arc<Stats>>, body: axum::body::Body) -> Json<Value> {
    let mut stream = body.into_data_stream();
    while let Some(chunk) = stream.next().await {
        match chunk {
            Ok(bytes) => {
                stats
                    .uploaded
                    .fetch_add(bytes.len() as u64, Ordering::Relaxed);
            }
            Err(_) => break,
        }
    }
    Json(
        json!({"status": "Success", "database_owner": "bench", "database_name": "db",
                "branch_name": "main", "table_name": "objects",
                "operation_name": "repositoryOwners/bench/repositories/db/jobs/import",
                "user_operation_name": "users/bench/userOperations/import"}),
    )
}

async fn poll_import(Query(query): Query<HashMap<String, String>>) -> Json<Value> {
    let name = query.get("operationName").cloned().unwrap_or_default();
    Json(
        json!({"status": "Success", "operation_name": name, "job_created": true, "database_owner": "bench",
                "database_name": "db", "job_status": "Completed", "pull_id": "42"}),
    )
}
