//! Fault switches: 429 with Retry-After, 502 text bodies, slow answers, the no-change
//! write 400 and the legacy response variants.

use crate::common::*;
use dolthub_api::prelude::*;
use dolthub_api::types;
use dolthub_sandbox::Sandbox;
use serde_json::{Value, json};
use std::time::{Duration, Instant};

#[tokio::test]
async fn rate_limits_and_gateway_timeouts_count_down() {
    let sb = sandbox().await;
    let url = format!("{}/api/v1alpha1/user", sb.url());
    sb.faults().rate_limit_next(2, 3);
    for _ in 0..2 {
        let resp = raw(&sb).get(&url).send().await.unwrap();
        assert_eq!(resp.status().as_u16(), 429);
        assert_eq!(resp.headers()["retry-after"], "3");
        let (_, v) = status_json(resp).await;
        assert_eq!(v["status"], "Error");
    }
    assert_eq!(
        raw(&sb).get(&url).send().await.unwrap().status().as_u16(),
        200
    );

    sb.faults().gateway_timeout_next(1);
    let resp = raw(&sb).get(&url).send().await.unwrap();
    assert_eq!(resp.status().as_u16(), 502);
    assert!(
        resp.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/plain")
    );
    assert_eq!(resp.text().await.unwrap(), "upstream request timeout");
    assert_eq!(
        raw(&sb).get(&url).send().await.unwrap().status().as_u16(),
        200
    );

    // faults apply before anything else: a faulted create does not create
    create_db(&sb, "f").await;
    let before = sb.fingerprint();
    sb.faults().gateway_timeout_next(1);
    let resp = raw(&sb)
        .post(format!("{}/api/v1alpha1/database", sb.url()))
        .json(&json!({"ownerName": sb.username(), "repoName": "g", "visibility": "public"}))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 502);
    assert_eq!(sb.fingerprint(), before);
}

#[tokio::test]
async fn configured_at_start_and_slow_answers() {
    let sb = Sandbox::builder()
        .rate_limit_next(1, 1)
        .gateway_timeout_next(1)
        .response_delay(Duration::from_millis(150))
        .start()
        .await
        .unwrap();
    let url = format!("{}/api/v1alpha1/user", sb.url());
    assert_eq!(
        raw(&sb).get(&url).send().await.unwrap().status().as_u16(),
        429
    );
    assert_eq!(
        raw(&sb).get(&url).send().await.unwrap().status().as_u16(),
        502
    );
    let t = Instant::now();
    assert_eq!(
        raw(&sb).get(&url).send().await.unwrap().status().as_u16(),
        200
    );
    assert!(t.elapsed() >= Duration::from_millis(150));
    sb.faults().set_response_delay(Duration::ZERO);
    assert_eq!(sb.faults().response_delay(), Duration::ZERO);
}

#[tokio::test]
async fn forced_no_change_writes() {
    let sb = sandbox().await;
    create_db(&sb, "n").await;
    let before = read(&sb, "n", "main", "SHOW TABLES").await;
    sb.faults().no_change_writes_next(1);
    let (s, body) = write(&sb, "n", "main", "main", "CREATE TABLE t (id INT)").await;
    assert_eq!(s, 400);
    assert_eq!(
        body,
        "cannot return null for non-nullable field SqlWrite.toCommitId"
    );
    assert_eq!(
        read(&sb, "n", "main", "SHOW TABLES").await.rows,
        before.rows
    );
    write_ok(&sb, "n", "main", "main", "CREATE TABLE t (id INT)").await;
}

fn keys(v: &Value) -> Vec<String> {
    v.as_object().unwrap().keys().cloned().collect()
}

#[tokio::test]
async fn legacy_variants_switch() {
    let sb = sandbox().await;
    let me = sb.username().to_string();
    create_db(&sb, "l").await;
    write_ok(&sb, "l", "main", "b", "CREATE TABLE t (id INT PRIMARY KEY)").await;
    let pr = api(&sb)
        .create_pull()
        .owner(&me)
        .database("l")
        .body(types::CreatePullRequest {
            title: "T".into(),
            description: Some("D".into()),
            from_branch_owner_name: me.clone(),
            from_branch_repo_name: "l".into(),
            from_branch_name: "b".into(),
            to_branch_owner_name: me.clone(),
            to_branch_repo_name: "l".into(),
            to_branch_name: "main".into(),
        })
        .send()
        .await
        .unwrap()
        .into_inner();
    let id = pr.pull_id.unwrap();
    let pull = api(&sb)
        .get_pull()
        .owner(&me)
        .database("l")
        .pull_id(&id)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(pull.from_branch.as_deref(), Some("b"));
    let (_, merge) = status_json(
        raw(&sb)
            .post(format!("{}/api/v1alpha1/{me}/l/pulls/{id}/merge", sb.url()))
            .send()
            .await
            .unwrap(),
    )
    .await;
    let merge_op = merge["operation_name"].as_str().unwrap().to_string();

    sb.faults().set_legacy_variants(true);
    let get = |path: String| {
        let c = raw(&sb);
        let url = format!("{}/api/v1alpha1/{path}", sb.url());
        async move { status_json(c.get(url).send().await.unwrap()).await.1 }
    };
    let list = get(format!("{me}/l/pulls")).await;
    let item = &list["pulls"][0];
    assert_eq!(item["title:"], "T");
    assert_eq!(item["description:"], "D");
    assert!(item.get("title").is_none());

    let one = get(format!("{me}/l/pulls/{id}")).await;
    assert_eq!(one["from_branch_name"], "b");
    assert_eq!(one["to_branch_name"], "main");
    assert_eq!(one["title:"], "T");
    assert!(one.get("from_branch").is_none());

    let branches = get(format!("{me}/l/branches")).await;
    assert!(
        branches["branches"]
            .as_array()
            .unwrap()
            .iter()
            .all(|b| b.get("name").is_some() && b.get("branch_name").is_none())
    );

    until("merge job", || {
        let get = &get;
        let path = format!(
            "{me}/l/pulls/{id}/merge?operationName={}",
            percent(&merge_op)
        );
        async move { (get(path).await["job_status"] == "Completed").then_some(()) }
    })
    .await;
    let jobs = get(format!("{me}/l/jobs")).await;
    let job = &jobs["jobs"][0];
    assert_eq!(job["error"], "");
    assert!(job.get("job_error").is_none());

    let r = get(format!("{me}/l/main?q=SELECT%201")).await;
    assert_eq!(r["sql_query:"], "SELECT 1");
    assert!(!keys(&r).contains(&"sql_query".to_string()));

    let (_, w) = status_json(
        raw(&sb)
            .post(format!("{}/api/v1alpha1/{me}/l/write/main/main", sb.url()))
            .json(&json!({"query": "INSERT INTO t VALUES (5)"}))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(w["query:"], "INSERT INTO t VALUES (5)");
    let op = w["operation_name:"].as_str().unwrap().to_string();
    let (s, body) = wait_write(&sb, "l", &op).await;
    assert_eq!(s, 200);
    let flat: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(flat["query_execution_status"], "Success");
    assert!(flat.get("res_details").is_none());
    // the generated types still decode the legacy forms (unknown keys are tolerated)
    let typed: types::PollSqlWriteResponse = serde_json::from_value(flat).unwrap();
    assert_eq!(typed.done, Some(true));

    sb.faults().set_legacy_variants(false);
    let list = get(format!("{me}/l/pulls")).await;
    assert_eq!(list["pulls"][0]["title"], "T");
    sb.faults().clear();
}
