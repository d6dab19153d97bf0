//! One state, two versions: what one version writes, the other reads.

use crate::v2_common::*;
use reqwest::Method;
use serde_json::{Value, json};
use std::time::Instant;

/// Polls a v1alpha1 SQL write until it is done.
async fn v1_wait_write(sb: &dolthub_sandbox::Sandbox, db: &str, op: &str) -> Value {
    let end = Instant::now() + DEADLINE;
    loop {
        let path = format!("/api/v1alpha1/{db}/write?operationName={op}");
        let (status, body) = v1(sb, Some(sb.token()), Method::GET, &path, None).await;
        assert_eq!(status, 200, "{body}");
        if body["done"] == true {
            return body;
        }
        assert!(Instant::now() < end);
        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    }
}

#[tokio::test]
async fn v2_reads_what_v1alpha1_wrote() {
    let sb = sandbox().await;
    let t = Some(sb.token());
    let (s, b) = v1(&sb, t, Method::POST, "/api/v1alpha1/database",
        Some(json!({"ownerName": "sandbox", "repoName": "old", "visibility": "public", "description": "made by v1"}))).await;
    assert_eq!(s, 200, "{b}");
    let (s, b) = v1(
        &sb,
        t,
        Method::POST,
        "/api/v1alpha1/sandbox/old/write/main/main",
        Some(json!({"query": "CREATE TABLE t (id INT PRIMARY KEY)"})),
    )
    .await;
    assert_eq!(s, 200, "{b}");
    let write_op = b["operation_name"].as_str().unwrap().to_string();
    v1_wait_write(&sb, "sandbox/old", &write_op).await;
    let (s, b) = v1(
        &sb,
        t,
        Method::POST,
        "/api/v1alpha1/sandbox/old/branches",
        Some(json!({"newBranchName": "feat", "revisionType": "branch", "revisionName": "main"})),
    )
    .await;
    assert_eq!(s, 200, "{b}");
    let (s, b) = v1(
        &sb,
        t,
        Method::POST,
        "/api/v1alpha1/sandbox/old/write/feat/feat",
        Some(json!({"query": "INSERT INTO t VALUES (7)"})),
    )
    .await;
    assert_eq!(s, 200, "{b}");
    v1_wait_write(&sb, "sandbox/old", b["operation_name"].as_str().unwrap()).await;
    let (s, b) = v1(&sb, t, Method::POST, "/api/v1alpha1/sandbox/old/pulls", Some(json!({
        "title": "From v1", "description": "", "fromBranchOwnerName": "sandbox", "fromBranchRepoName": "old",
        "fromBranchName": "feat", "toBranchOwnerName": "sandbox", "toBranchRepoName": "old", "toBranchName": "main"}))).await;
    assert_eq!(s, 200, "{b}");
    let pull_id = b["pull_id"].as_str().unwrap().to_string();

    let c = v2(&sb);
    let db = c.get("/api/v2/databases/sandbox/old").await;
    assert_eq!(db.data()["description"], "made by v1");
    let branches = c.get("/api/v2/databases/sandbox/old/branches").await;
    let names: Vec<&str> = branches
        .data()
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["feat", "main"]);
    let pull = c
        .get(&format!("/api/v2/databases/sandbox/old/pulls/{pull_id}"))
        .await;
    assert_eq!(pull.data()["title"], "From v1");
    assert_eq!(
        pull.data()["pull_number"].as_u64().unwrap().to_string(),
        pull_id
    );
    assert_eq!(
        c.read("sandbox/old", "feat", "SELECT id FROM t").await["rows"],
        json!([["7"]])
    );
    let ops = c.get("/api/v2/databases/sandbox/old/operations").await;
    let ops = ops.data().as_array().unwrap();
    assert_eq!(ops.len(), 2);
    assert!(
        ops.iter()
            .all(|o| o["type"] == "sql_write" && o["status"] == "succeeded")
    );
    // operations started through v1alpha1 are pollable through v2
    let id = ops[1]["id"].as_str().unwrap();
    let enc: String = id.replace('/', "%2F");
    let polled = c.get(&format!("/api/v2/operations/{enc}")).await;
    assert_eq!(polled.data()["id"], id);
    assert!(
        polled.data()["result"]["commit_sha"]
            .as_str()
            .is_some_and(|s| !s.is_empty())
    );
    // and with raw slashes too
    assert_eq!(
        c.get(&format!("/api/v2/operations/{id}")).await.data()["id"],
        id
    );

    // merge through v2 what v1alpha1 proposed
    let merge = c
        .post(
            &format!("/api/v2/databases/sandbox/old/pulls/{pull_id}/merge"),
            json!({}),
        )
        .await;
    assert_eq!(c.wait(&merge).await["status"], "succeeded");
    let (_, got) = v1(
        &sb,
        t,
        Method::GET,
        &format!("/api/v1alpha1/sandbox/old/pulls/{pull_id}"),
        None,
    )
    .await;
    assert_eq!(got["state"], "merged");
}

#[tokio::test]
async fn v1alpha1_reads_what_v2_wrote() {
    let sb = sandbox().await;
    let c = v2(&sb);
    c.create_db("sandbox", "new", "private").await;
    c.write("sandbox/new", "main", "CREATE TABLE t (id INT PRIMARY KEY)")
        .await;
    c.post(
        "/api/v2/databases/sandbox/new/branches",
        json!({"name": "side", "from": {"branch": "main"}}),
    )
    .await;
    c.write("sandbox/new", "side", "INSERT INTO t VALUES (3)")
        .await;
    let pr = c.post("/api/v2/databases/sandbox/new/pulls", json!({
        "title": "From v2",
        "from_branch": {"database": {"owner": "sandbox", "name": "new"}, "branch_name": "side"},
        "to_branch": {"database": {"owner": "sandbox", "name": "new"}, "branch_name": "main"},
    })).await;
    let n = pr.data()["pull_number"].as_u64().unwrap();
    c.post(
        &format!("/api/v2/databases/sandbox/new/pulls/{n}/comments"),
        json!({"body": "ship it"}),
    )
    .await;

    let t = Some(sb.token());
    let (s, branches) = v1(
        &sb,
        t,
        Method::GET,
        "/api/v1alpha1/sandbox/new/branches",
        None,
    )
    .await;
    assert_eq!(s, 200, "{branches}");
    assert_eq!(branches["branches"].as_array().unwrap().len(), 2);
    let (_, pull) = v1(
        &sb,
        t,
        Method::GET,
        &format!("/api/v1alpha1/sandbox/new/pulls/{n}"),
        None,
    )
    .await;
    assert_eq!(pull["title"], "From v2");
    assert_eq!(pull["from_branch"], "side");
    let (_, rows) = v1(
        &sb,
        t,
        Method::GET,
        "/api/v1alpha1/sandbox/new/side?q=SELECT%20id%20FROM%20t",
        None,
    )
    .await;
    assert_eq!(rows["rows"], json!([{"id": "3"}]), "{rows}");
    let (s, _) = v1(
        &sb,
        None,
        Method::GET,
        "/api/v1alpha1/sandbox/new/side?q=SELECT%201",
        None,
    )
    .await;
    assert_eq!(s, 404, "the private database stays hidden on v1alpha1 too");
}
