//! State in a data directory survives a restart.

use crate::common::*;
use dolthub_api::prelude::*;
use dolthub_sandbox::Sandbox;
use serde_json::json;
use std::time::Duration;

#[tokio::test]
async fn state_is_saved_and_reloaded() {
    let dir = tempfile::tempdir().unwrap();
    let sb = Sandbox::builder()
        .data_dir(dir.path())
        .job_delay(Duration::from_millis(5))
        .start()
        .await
        .unwrap();
    let me = sb.username().to_string();
    create_db(&sb, "keep").await;
    write_ok(
        &sb,
        "keep",
        "main",
        "main",
        "CREATE TABLE t (id INT PRIMARY KEY, v TEXT)",
    )
    .await;
    write_ok(
        &sb,
        "keep",
        "main",
        "dev",
        "INSERT INTO t VALUES (1, 'persisted')",
    )
    .await;
    let (s, started) = upload(
        &sb,
        "keep",
        "u.csv",
        b"id,v\n2,uploaded\n".to_vec(),
        json!({"tableName": "t", "fileName": "u.csv", "branchName": "dev",
               "fileType": "Csv", "importOp": "Update"}),
    )
    .await;
    assert_eq!(s, 200);
    let done = wait_import(
        &sb,
        "keep",
        "dev",
        started["operation_name"].as_str().unwrap(),
    )
    .await;
    let pull = done.pull_id.unwrap();
    let fingerprint = sb.fingerprint();
    sb.shutdown().await;

    assert!(dir.path().join("state.json").exists());
    let snapshots = std::fs::read_dir(dir.path().join("snapshots"))
        .unwrap()
        .count();
    assert!(snapshots >= 3, "{snapshots} snapshot files");

    let sb = Sandbox::builder()
        .data_dir(dir.path())
        .job_delay(Duration::from_millis(5))
        .start()
        .await
        .unwrap();
    assert_eq!(sb.fingerprint(), fingerprint);
    let rows = read(&sb, "keep", "dev", "SELECT v FROM t ORDER BY id").await;
    assert_eq!(cells(&rows), vec![vec!["persisted"]]);
    assert_eq!(merge_and_wait(&sb, "keep", &pull).await, "Completed");
    let rows = read(&sb, "keep", "dev", "SELECT v FROM t ORDER BY id").await;
    assert_eq!(cells(&rows), vec![vec!["persisted"], vec!["uploaded"]]);
    let ops = api(&sb)
        .list_user_operations()
        .username(&me)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(
        ops.operations.len(),
        5,
        "the first write that made main, two writes, an import and a merge"
    );
    drop(sb);

    // dropping (without shutdown) saves too
    let sb = Sandbox::builder()
        .data_dir(dir.path())
        .start()
        .await
        .unwrap();
    let pull = api(&sb)
        .get_pull()
        .owner(&me)
        .database("keep")
        .pull_id(&pull)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(pull.state.as_deref(), Some("merged"));
}

#[tokio::test]
async fn unfinished_jobs_fail_after_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let sb = Sandbox::builder()
        .data_dir(dir.path())
        .job_delay(Duration::from_secs(60))
        .start()
        .await
        .unwrap();
    // a new database: its first import creates `main`
    create_fresh_db(&sb, "slow").await;
    let (s, started) = upload(
        &sb,
        "slow",
        "u.csv",
        b"id\n1\n".to_vec(),
        json!({"tableName": "t", "fileName": "u.csv", "branchName": "main",
               "fileType": "Csv", "importOp": "Create"}),
    )
    .await;
    assert_eq!(s, 200);
    sb.flush().await;
    drop(sb);
    let sb = Sandbox::builder()
        .data_dir(dir.path())
        .job_delay(Duration::from_millis(5))
        .start()
        .await
        .unwrap();
    let poll = wait_import(
        &sb,
        "slow",
        "main",
        started["operation_name"].as_str().unwrap(),
    )
    .await;
    assert_eq!(poll.job_status.as_deref(), Some("Failed"));
    // a new import may start: the failed one no longer blocks the database
    let (s, _) = upload(
        &sb,
        "slow",
        "u.csv",
        b"id\n1\n".to_vec(),
        json!({"tableName": "t", "fileName": "u.csv", "branchName": "main",
               "fileType": "Csv", "importOp": "Create"}),
    )
    .await;
    assert_eq!(s, 200);
}

#[tokio::test]
async fn a_corrupt_state_file_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("state.json"), "{nope").unwrap();
    let err = Sandbox::builder()
        .data_dir(dir.path())
        .start()
        .await
        .unwrap_err();
    assert!(
        matches!(err, dolthub_sandbox::Error::Persistence(_)),
        "{err}"
    );
    let err = Sandbox::builder()
        .addr("10.1.2.3:0".parse().unwrap())
        .start()
        .await
        .unwrap_err();
    assert!(matches!(err, dolthub_sandbox::Error::Config(_)), "{err}");
}
