//! Helpers shared by the integration tests: sandbox start-up, the generated client with
//! a token, raw HTTP calls, uploads and condition waits (polls until done, no fixed sleeps).
#![allow(dead_code)]

use dolthub_api::prelude::*;
use dolthub_api::types;
use dolthub_sandbox::Sandbox;
use serde_json::Value;
use std::time::{Duration, Instant};

/// How long a wait may take before the test fails.
pub const DEADLINE: Duration = Duration::from_secs(20);
/// Pause between polls while waiting for a condition.
pub const POLL_EVERY: Duration = Duration::from_millis(5);

/// A sandbox with short job delays.
pub async fn sandbox() -> Sandbox {
    Sandbox::builder()
        .job_delay(Duration::from_millis(20))
        .start()
        .await
        .expect("sandbox starts")
}

thread_local! {
    /// Building a reqwest client is slow (TLS roots), so each test thread keeps one per
    /// token. Threads never outlive their test's runtime, so pooled connections do not
    /// cross runtimes.
    static CLIENTS: std::cell::RefCell<std::collections::HashMap<Option<String>, reqwest::Client>> =
        Default::default();
}

fn http(token: Option<&str>) -> reqwest::Client {
    CLIENTS.with(|c| {
        c.borrow_mut()
            .entry(token.map(str::to_string))
            .or_insert_with(|| build_http(token))
            .clone()
    })
}

fn build_http(token: Option<&str>) -> reqwest::Client {
    let mut headers = reqwest::header::HeaderMap::new();
    if let Some(t) = token {
        headers.insert(
            reqwest::header::AUTHORIZATION,
            format!("token {t}").parse().unwrap(),
        );
    }
    reqwest::Client::builder()
        .default_headers(headers)
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap()
}

/// The generated client, authenticated as the sandbox's default user.
pub fn api(sb: &Sandbox) -> dolthub_api::Client {
    dolthub_api::Client::new_with_client(sb.url(), http(Some(sb.token())))
}

/// The generated client with a given token.
pub fn api_as(sb: &Sandbox, token: &str) -> dolthub_api::Client {
    dolthub_api::Client::new_with_client(sb.url(), http(Some(token)))
}

/// The generated client without a token.
pub fn anon(sb: &Sandbox) -> dolthub_api::Client {
    dolthub_api::Client::new_with_client(sb.url(), http(None))
}

/// A plain reqwest client with the default token.
pub fn raw(sb: &Sandbox) -> reqwest::Client {
    http(Some(sb.token()))
}

/// A plain reqwest client without a token.
pub fn raw_anon() -> reqwest::Client {
    http(None)
}

/// Status and body text of a response.
pub async fn status_text(resp: reqwest::Response) -> (u16, String) {
    let s = resp.status().as_u16();
    (s, resp.text().await.unwrap())
}

/// Status and JSON body of a response.
pub async fn status_json(resp: reqwest::Response) -> (u16, Value) {
    let (s, t) = status_text(resp).await;
    let v = serde_json::from_str(&t).unwrap_or_else(|e| panic!("not JSON ({e}): {t}"));
    (s, v)
}

pub fn percent(s: &str) -> String {
    s.replace('%', "%25")
        .replace('/', "%2F")
        .replace(' ', "%20")
}

/// Creates a public database owned by the default user, with an empty `main`
/// branch: a new database has no branch (as on DoltHub) until its first write,
/// so this runs a write that changes nothing on `main`.
pub async fn create_db(sb: &Sandbox, name: &str) {
    create_fresh_db(sb, name).await;
    let (status, body) = write(sb, name, "main", "main", "SELECT 1").await;
    assert_eq!(status, 400, "the no-change first write: {body}");
}

/// Creates a public database owned by the default user, as the API leaves it:
/// no commit and no branch.
pub async fn create_fresh_db(sb: &Sandbox, name: &str) {
    api(sb)
        .create_database()
        .body(types::CreateDatabaseRequest {
            owner_name: sb.username().to_string(),
            repo_name: name.to_string(),
            visibility: types::CreateDatabaseRequestVisibility::Public,
            description: Some(format!("{name} test database")),
        })
        .send()
        .await
        .expect("create database");
}

/// Runs one SQL write and waits for it; returns the poll answer (status, body text).
pub async fn write(sb: &Sandbox, db: &str, from: &str, to: &str, query: &str) -> (u16, String) {
    write_in(sb, sb.username(), db, from, to, query).await
}

/// [`write`] in a database of another owner (an organization of the user).
pub async fn write_in(
    sb: &Sandbox,
    owner: &str,
    db: &str,
    from: &str,
    to: &str,
    query: &str,
) -> (u16, String) {
    let c = api(sb);
    let resp = c
        .sql_write()
        .owner(owner)
        .database(db)
        .from_branch(from)
        .to_branch(to)
        .body(types::SqlWriteRequest {
            query: Some(query.to_string()),
        })
        .send()
        .await
        .unwrap_or_else(|e| panic!("sql_write {query}: {e}"))
        .into_inner();
    let op = resp.operation_name.expect("operation_name");
    wait_write_in(sb, owner, db, &op).await
}

/// Polls a SQL write until it is done; returns the final (status, body text).
pub async fn wait_write(sb: &Sandbox, db: &str, op: &str) -> (u16, String) {
    wait_write_in(sb, sb.username(), db, op).await
}

async fn wait_write_in(sb: &Sandbox, owner: &str, db: &str, op: &str) -> (u16, String) {
    let start = Instant::now();
    loop {
        let url = format!(
            "{}/api/v1alpha1/{}/{}/write?operationName={}",
            sb.url(),
            owner,
            db,
            percent(op)
        );
        let (s, t) = status_text(raw(sb).get(url).send().await.unwrap()).await;
        let done = s != 200
            || serde_json::from_str::<Value>(&t)
                .ok()
                .and_then(|v| v.get("done").and_then(Value::as_bool))
                == Some(true);
        if done {
            return (s, t);
        }
        assert!(start.elapsed() < DEADLINE, "write {op} did not finish");
        tokio::time::sleep(POLL_EVERY).await;
    }
}

/// Runs a write that must succeed; returns `res_details`.
pub async fn write_ok(
    sb: &Sandbox,
    db: &str,
    from: &str,
    to: &str,
    query: &str,
) -> types::SqlWriteResult {
    let (s, t) = write(sb, db, from, to, query).await;
    assert_eq!(s, 200, "write {query}: {t}");
    let poll: types::PollSqlWriteResponse = serde_json::from_str(&t).unwrap();
    let details = poll.res_details.expect("res_details");
    assert_eq!(
        details.query_execution_status.as_deref(),
        Some("Success"),
        "write {query}: {t}"
    );
    details
}

/// Runs a read and returns the typed answer.
pub async fn read(sb: &Sandbox, db: &str, r: &str, q: &str) -> types::SqlReadResponse {
    api(sb)
        .sql_read()
        .owner(sb.username())
        .database(db)
        .ref_(r)
        .q(q)
        .send()
        .await
        .unwrap_or_else(|e| panic!("sql_read {q}: {e}"))
        .into_inner()
}

/// Cells of a read as strings (NULL as "NULL"), rows in result order, columns per schema.
pub fn cells(r: &types::SqlReadResponse) -> Vec<Vec<String>> {
    r.rows
        .iter()
        .map(|row| {
            r.schema
                .iter()
                .map(
                    |c| match row.get(c.column_name.as_deref().unwrap_or_default()) {
                        Some(Value::String(s)) => s.clone(),
                        Some(Value::Null) | None => "NULL".to_string(),
                        Some(other) => other.to_string(),
                    },
                )
                .collect()
        })
        .collect()
}

/// Uploads `content` as a file and returns the upload answer (status, JSON).
pub async fn upload(
    sb: &Sandbox,
    db: &str,
    file_name: &str,
    content: Vec<u8>,
    params: Value,
) -> (u16, Value) {
    let form = reqwest::multipart::Form::new()
        .part(
            "file",
            reqwest::multipart::Part::bytes(content)
                .file_name(file_name.to_string())
                .mime_str("application/octet-stream")
                .unwrap(),
        )
        .text("params", params.to_string());
    let url = format!("{}/api/v1alpha1/{}/{}/upload", sb.url(), sb.username(), db);
    status_json(raw(sb).post(url).multipart(form).send().await.unwrap()).await
}

/// Waits for an import job to finish; returns the last poll answer.
pub async fn wait_import(
    sb: &Sandbox,
    db: &str,
    branch: &str,
    op: &str,
) -> types::PollImportResponse {
    let c = api(sb);
    let start = Instant::now();
    loop {
        let poll = c
            .poll_import()
            .owner(sb.username())
            .database(db)
            .branch(branch)
            .branch_name(branch)
            .operation_name(op)
            .send()
            .await
            .expect("poll_import")
            .into_inner();
        if let Some("Completed" | "Failed") = poll.job_status.as_deref() {
            return poll;
        }
        assert!(start.elapsed() < DEADLINE, "import {op} did not finish");
        tokio::time::sleep(POLL_EVERY).await;
    }
}

/// Merges a pull request and waits; returns the final job status.
pub async fn merge_and_wait(sb: &Sandbox, db: &str, pull_id: &str) -> String {
    let c = api(sb);
    let started = c
        .merge_pull()
        .owner(sb.username())
        .database(db)
        .pull_id(pull_id)
        .send()
        .await
        .expect("merge_pull")
        .into_inner();
    let op = started.operation_name.expect("operation_name");
    let start = Instant::now();
    loop {
        let poll = c
            .poll_merge()
            .owner(sb.username())
            .database(db)
            .pull_id(pull_id)
            .operation_name(&op)
            .send()
            .await
            .expect("poll_merge")
            .into_inner();
        assert_eq!(poll.job_created, Some(true));
        if let Some(s @ ("Completed" | "Failed")) = poll.job_status.as_deref() {
            return s.to_string();
        }
        assert!(start.elapsed() < DEADLINE, "merge {op} did not finish");
        tokio::time::sleep(POLL_EVERY).await;
    }
}

/// Waits until `check` returns `Some`, polling.
pub async fn until<T, F, Fut>(what: &str, mut check: F) -> T
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Option<T>>,
{
    let start = Instant::now();
    loop {
        if let Some(v) = check().await {
            return v;
        }
        assert!(start.elapsed() < DEADLINE, "timed out waiting for {what}");
        tokio::time::sleep(POLL_EVERY).await;
    }
}
