//! 32 clients writing and merging at once lose no data and corrupt no state.

use crate::common::*;
use dolthub_api::prelude::*;
use dolthub_api::types;
use dolthub_sandbox::Sandbox;
use std::time::Duration;

const CLIENTS: usize = 32;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn thirty_two_clients_write_and_merge_without_losing_data() {
    let sb = Sandbox::builder()
        .job_delay(Duration::from_millis(5))
        .start()
        .await
        .unwrap();
    let me = sb.username().to_string();
    create_db(&sb, "busy").await;
    write_ok(
        &sb,
        "busy",
        "main",
        "main",
        "CREATE TABLE t (id INT PRIMARY KEY, who TEXT, n INT)",
    )
    .await;
    write_ok(
        &sb,
        "busy",
        "main",
        "main",
        "CREATE TABLE counter (k INT PRIMARY KEY, v INT)",
    )
    .await;
    write_ok(
        &sb,
        "busy",
        "main",
        "main",
        "INSERT INTO counter VALUES (1, 0)",
    )
    .await;

    let sb = std::sync::Arc::new(sb);
    let mut tasks = Vec::new();
    for i in 0..CLIENTS {
        let sb = sb.clone();
        let me = me.clone();
        tasks.push(tokio::spawn(async move {
            match i % 4 {
                // direct writes to main
                0 => {
                    write_ok(
                        &sb,
                        "busy",
                        "main",
                        "main",
                        &format!("INSERT INTO t VALUES ({i}, 'direct', 0)"),
                    )
                    .await;
                    write_ok(
                        &sb,
                        "busy",
                        "main",
                        "main",
                        "UPDATE counter SET v = v + 1 WHERE k = 1",
                    )
                    .await;
                }
                // own branch, then merge by empty write
                1 => {
                    let b = format!("c{i}");
                    write_ok(
                        &sb,
                        "busy",
                        "main",
                        &b,
                        &format!("INSERT INTO t VALUES ({i}, 'branch', 0)"),
                    )
                    .await;
                    write_ok(
                        &sb,
                        "busy",
                        &b,
                        &b,
                        &format!("UPDATE t SET n = {i} WHERE id = {i}"),
                    )
                    .await;
                    write_ok(&sb, "busy", &b, "main", "").await;
                }
                // own branch, pull request, merge job
                2 => {
                    let b = format!("feature/c{i}");
                    write_ok(
                        &sb,
                        "busy",
                        "main",
                        &b,
                        &format!("INSERT INTO t VALUES ({i}, 'pull', {i})"),
                    )
                    .await;
                    let pr = api(&sb)
                        .create_pull()
                        .owner(&me)
                        .database("busy")
                        .body(types::CreatePullRequest {
                            title: format!("client {i}"),
                            description: None,
                            from_branch_owner_name: me.clone(),
                            from_branch_repo_name: "busy".into(),
                            from_branch_name: b,
                            to_branch_owner_name: me.clone(),
                            to_branch_repo_name: "busy".into(),
                            to_branch_name: "main".into(),
                        })
                        .send()
                        .await
                        .unwrap()
                        .into_inner();
                    let status = merge_and_wait(&sb, "busy", &pr.pull_id.unwrap()).await;
                    assert_eq!(status, "Completed");
                }
                // readers while everything else happens
                _ => {
                    for _ in 0..5 {
                        let r = read(&sb, "busy", "main", "SELECT COUNT(*) AS n FROM t").await;
                        assert_eq!(r.query_execution_status.as_deref(), Some("Success"));
                    }
                    write_ok(
                        &sb,
                        "busy",
                        "main",
                        "main",
                        &format!("INSERT INTO t VALUES ({i}, 'late', 0)"),
                    )
                    .await;
                }
            }
        }));
    }
    for t in tasks {
        t.await.expect("client task");
    }

    let rows = read(&sb, "busy", "main", "SELECT id, who, n FROM t ORDER BY id").await;
    let got: Vec<Vec<String>> = cells(&rows);
    assert_eq!(got.len(), CLIENTS, "every client's row is on main: {got:?}");
    for (i, row) in got.iter().enumerate() {
        assert_eq!(row[0], i.to_string());
        let expected_who = ["direct", "branch", "pull", "late"][i % 4];
        assert_eq!(row[1], expected_who);
        let expected_n = if i % 4 == 1 || i % 4 == 2 { i } else { 0 };
        assert_eq!(row[2], expected_n.to_string(), "row {i}");
    }
    let counter = read(&sb, "busy", "main", "SELECT v FROM counter").await;
    assert_eq!(cells(&counter), vec![vec![(CLIENTS / 4).to_string()]]);

    // every pull request is merged, and jobs agree
    let pulls = api(&sb)
        .list_pulls()
        .owner(&me)
        .database("busy")
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(pulls.pulls.len(), CLIENTS / 4);
    assert!(
        pulls
            .pulls
            .iter()
            .all(|p| p.state.as_deref() == Some("merged"))
    );
    let log = read(&sb, "busy", "main", "SELECT COUNT(*) FROM dolt_log").await;
    let commits: usize = cells(&log)[0][0].parse().unwrap();
    assert!(commits > CLIENTS, "history kept: {commits} commits");
}
