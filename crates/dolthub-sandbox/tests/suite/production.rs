//! The sandbox held against DoltHub's observed behaviour (issue 10): a new
//! database has no branch until its first write or import, management errors
//! are HTTP 400 envelopes echoing the request, and the wrapper still turns
//! those envelopes into the right typed errors.

use crate::common::*;
use dolthub::{Client, Error};
use serde_json::json;

fn wrapper(sb: &dolthub_sandbox::Sandbox, token: Option<&str>) -> Client {
    let mut b = Client::builder().base_url(sb.url());
    if let Some(t) = token {
        b = b.token(t);
    }
    b.build().unwrap()
}

#[tokio::test]
async fn a_new_database_has_no_branch_until_its_first_write() {
    let sb = sandbox().await;
    let me = sb.username().to_string();
    create_fresh_db(&sb, "fresh").await;
    let url = |p: &str| format!("{}/api/v1alpha1/{me}/fresh/{p}", sb.url());
    let (s, v) = status_json(raw(&sb).get(url("branches")).send().await.unwrap()).await;
    assert_eq!(s, 200);
    assert_eq!(v["branches"], json!([]), "{v}");
    // reads fail like DoltHub's: HTTP 200 with a SQL error
    let r = read(&sb, "fresh", "main", "SHOW TABLES").await;
    assert_eq!(r.query_execution_status.as_deref(), Some("Error"));
    assert!(
        r.query_execution_message
            .unwrap_or_default()
            .contains("not found"),
    );
    // nothing to branch from yet
    let (s, v) = status_json(
        raw(&sb)
            .post(url("branches"))
            .json(&json!({"newBranchName": "b", "revisionName": "main", "revisionType": "branch"}))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(s, 400, "{v}");
    // a write into another branch has no base: it fails in the poll
    let (s, body) = write(
        &sb,
        "fresh",
        "main",
        "feature",
        "CREATE TABLE t (id INT PRIMARY KEY)",
    )
    .await;
    assert_eq!(s, 400, "{body}");
    assert!(
        body.contains("query_execution_status"),
        "a JSON failure: {body}"
    );
    // the first write on main creates main
    write_ok(
        &sb,
        "fresh",
        "main",
        "main",
        "CREATE TABLE t (id INT PRIMARY KEY)",
    )
    .await;
    let (_, v) = status_json(raw(&sb).get(url("branches")).send().await.unwrap()).await;
    assert_eq!(v["branches"], json!([{"branch_name": "main"}]), "{v}");
}

#[tokio::test]
async fn a_new_database_takes_its_first_import_with_an_empty_branch_name() {
    let sb = sandbox().await;
    create_fresh_db(&sb, "first").await;
    let (s, v) = upload(
        &sb,
        "first",
        "a.csv",
        b"id,name\n1,Ann\n".to_vec(),
        json!({"tableName": "people", "fileName": "a.csv", "branchName": "",
               "fileType": "Csv", "importOp": "Create", "primaryKeys": ["id"]}),
    )
    .await;
    assert_eq!(s, 200, "{v}");
    let op = v["operation_name"].as_str().unwrap().to_owned();
    let poll = wait_import(&sb, "first", "", &op).await;
    assert_eq!(poll.job_status.as_deref(), Some("Completed"), "{poll:?}");
    let pull = poll
        .pull_id
        .clone()
        .expect("the import opened a pull request");
    assert_eq!(merge_and_wait(&sb, "first", &pull).await, "Completed");
    let r = read(&sb, "first", "main", "SELECT name FROM people").await;
    assert_eq!(cells(&r), vec![vec!["Ann"]]);
}

#[tokio::test]
async fn public_reads_need_no_token_but_a_wrong_token_is_refused() {
    let sb = sandbox().await;
    create_db(&sb, "open").await;
    let anon = wrapper(&sb, None);
    let db = anon.database(sb.username(), "open");
    assert_eq!(db.branches().list().send().await.unwrap().len(), 1);
    db.tags().list().send().await.unwrap();
    db.releases().list().send().await.unwrap();
    db.pulls().list().send().await.unwrap();
    db.jobs().list().send().await.unwrap();
    db.forks().list().send().await.unwrap();
    let wrong = wrapper(&sb, Some("dhat.wrong.0000000000"));
    let refused = wrong
        .database(sb.username(), "open")
        .branches()
        .list()
        .send()
        .await;
    assert!(
        matches!(refused, Err(Error::Unauthorized { status: 400, .. })),
        "{refused:?}"
    );
}

#[tokio::test]
async fn management_errors_are_400_envelopes_the_wrapper_types() {
    let sb = sandbox().await;
    let me = sb.username().to_string();
    create_db(&sb, "db").await;
    let (s, v) = status_json(
        raw(&sb)
            .get(format!("{}/api/v1alpha1/{me}/db/pulls/7", sb.url()))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(s, 400);
    assert_eq!(
        v,
        json!({"status": "Error", "message": "no such pull", "database_owner": me,
               "database_name": "db", "pull_id": "7"})
    );
    let c = wrapper(&sb, Some(sb.token()));
    let missing_pull = c.database(&me, "db").pull("7").get().await;
    assert!(
        matches!(missing_pull, Err(Error::NotFound { status: 400, .. })),
        "{missing_pull:?}"
    );
    let missing_db = c.database(&me, "nope").branches().list().send().await;
    assert!(
        matches!(missing_db, Err(Error::NotFound { status: 400, .. })),
        "{missing_db:?}"
    );
    let dup = c.create_database(&me, "db").public().send().await;
    assert!(
        matches!(dup, Err(Error::AlreadyExists { status: 400, .. })),
        "{dup:?}"
    );
    let anon = wrapper(&sb, None);
    let unauth = anon.create_database(&me, "x").public().send().await;
    assert!(
        matches!(unauth, Err(Error::Unauthorized { status: 400, .. })),
        "{unauth:?}"
    );
    // paged lists always carry next_page_token, empty on the last page
    for list in ["pulls", "releases", "jobs"] {
        let (s, v) = status_json(
            raw(&sb)
                .get(format!("{}/api/v1alpha1/{me}/db/{list}", sb.url()))
                .send()
                .await
                .unwrap(),
        )
        .await;
        assert_eq!(s, 200);
        assert_eq!(v["next_page_token"], "", "{list}: {v}");
    }
}
