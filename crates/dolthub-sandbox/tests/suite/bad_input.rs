//! Bad input gets DoltHub's error envelopes and leaves the state unchanged.

use crate::common::*;
use dolthub_sandbox::Sandbox;
use serde_json::{Value, json};

async fn setup() -> Sandbox {
    let sb = sandbox().await;
    create_db(&sb, "db").await;
    write_ok(
        &sb,
        "db",
        "main",
        "main",
        "CREATE TABLE t (id INT PRIMARY KEY, v TEXT)",
    )
    .await;
    write_ok(&sb, "db", "main", "main", "INSERT INTO t VALUES (1, 'a')").await;
    sb
}

fn api_url(sb: &Sandbox, path: &str) -> String {
    format!("{}/api/v1alpha1/{path}", sb.url())
}

/// Sends `body` raw with a JSON content type.
async fn post_raw(sb: &Sandbox, path: &str, body: &str) -> (u16, Value) {
    status_json(
        raw(sb)
            .post(api_url(sb, path))
            .header("content-type", "application/json")
            .body(body.to_string())
            .send()
            .await
            .unwrap(),
    )
    .await
}

fn assert_standard(v: &Value, prefix: &str) {
    assert_eq!(v["status"], "Error", "{v}");
    let m = v["message"].as_str().unwrap_or_default();
    assert!(
        m.starts_with(prefix),
        "message {m:?} should start with {prefix:?}"
    );
}

#[tokio::test]
async fn malformed_json_and_unknown_fields_get_the_standard_envelope() {
    let sb = setup().await;
    let me = sb.username().to_string();
    let before = sb.fingerprint();
    let cases: Vec<(String, &str, &str)> = vec![
        (
            "database".into(),
            "{\"ownerName\": ",
            "Error creating a database.",
        ),
        (
            "database".into(),
            r#"{"ownerName":"sandbox","repoName":"x","visibility":"public","color":"red"}"#,
            "Error creating a database.",
        ),
        (
            "database".into(),
            r#"{"ownerName":"sandbox","repoName":"x","visibility":"Public"}"#,
            "Error creating a database.",
        ),
        ("database".into(), "", "Error creating a database."),
        (
            "fork".into(),
            r#"{"ownerName":"sandbox","parentOwnerName":"sandbox"}"#,
            "Error creating a database.",
        ),
        (
            format!("{me}/db/branches"),
            r#"{"newBranchName":"x","revisionName":"main","revisionType":"branch","extra":1}"#,
            "Error creating a branch.",
        ),
        (
            format!("{me}/db/branches"),
            "[1,2",
            "Error creating a branch.",
        ),
        (
            format!("{me}/db/tags"),
            r#"{"tagName":"v1","tagMessage":"m","revisionType":"tag","revisionName":"main"}"#,
            "Error creating a tag.",
        ),
        (
            format!("{me}/db/releases"),
            r#"{"title":"t","tag":"v1","commitSha":"main","tagName":"old-body"}"#,
            "Error creating a release.",
        ),
        (
            format!("{me}/db/pulls"),
            r#"{"title":"t"}"#,
            "Error creating a pull request.",
        ),
        (
            format!("{me}/db/pulls/1/comments"),
            r#"{"comment":"x","author":"me"}"#,
            "Error merging a pull request.",
        ),
    ];
    for (path, body, prefix) in cases {
        let (s, v) = post_raw(&sb, &path, body).await;
        assert_eq!(s, 400, "{path} {body}: {v}");
        assert_standard(&v, prefix);
    }
    // echoed fields are there even when the body is rejected
    let (_, v) = post_raw(
        &sb,
        "database",
        r#"{"ownerName":"sandbox","repoName":"x","visibility":"public","color":"red"}"#,
    )
    .await;
    assert_eq!(v["repository_owner"], "sandbox");
    assert_eq!(v["repository_name"], "x");
    assert!(
        v["message"]
            .as_str()
            .unwrap()
            .contains("unknown field `color`")
    );

    let (s, v) = status_json(
        raw(&sb)
            .patch(api_url(&sb, &format!("{me}/db/pulls/1")))
            .json(&json!({"state": "open"}))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(s, 400);
    assert_standard(&v, "Error updating the pull request.");
    assert_eq!(sb.fingerprint(), before, "nothing changed");
}

#[tokio::test]
async fn sql_errors_use_the_sql_envelope() {
    let sb = setup().await;
    let me = sb.username().to_string();
    let before = sb.fingerprint();

    // reads: HTTP 200 with query_execution_status Error
    for (q, needle) in [
        ("SELEC * FROM t", "syntax error"),
        ("SELECT * FROM nope", "table not found: nope"),
        ("SELECT 1; SELECT 2", "one statement"),
        ("DELETE FROM t", "read-only"),
    ] {
        let r = read(&sb, "db", "main", q).await;
        assert_eq!(r.query_execution_status.as_deref(), Some("Error"), "{q}");
        let msg = r.query_execution_message.unwrap();
        assert!(msg.contains(needle), "{q}: {msg}");
        assert_eq!(r.sql_query.as_deref(), Some(q));
        assert!(r.rows.is_empty());
    }
    // unknown refs on reads: HTTP 200 Error "branch not found"
    let r = read(&sb, "db", "nope", "SELECT 1").await;
    assert_eq!(r.query_execution_status.as_deref(), Some("Error"));
    assert_eq!(
        r.query_execution_message.as_deref(),
        Some("branch not found: nope")
    );

    // writes: SQL envelope 400 at once, operation_name empty, nothing started
    for (body, needle) in [
        (
            json!({"query": "INSERT INTO t VALUES (2, 'b'); INSERT INTO t VALUES (3, 'c')"}),
            "one statement",
        ),
        (json!({"query": "INSRT INTO t VALUES (2)"}), "syntax error"),
        (
            json!({"query": "CALL DOLT_PUSH('origin', 'main')"}),
            "not supported",
        ),
        (json!({"query": "x", "extra": true}), "unknown field"),
    ] {
        let (s, v) = status_json(
            raw(&sb)
                .post(api_url(&sb, &format!("{me}/db/write/main/main")))
                .json(&body)
                .send()
                .await
                .unwrap(),
        )
        .await;
        assert_eq!(s, 400, "{body}: {v}");
        assert_eq!(v["query_execution_status"], "Error");
        assert_eq!(v["operation_name"], "");
        assert!(
            v["query_execution_message"]
                .as_str()
                .unwrap()
                .contains(needle),
            "{v}"
        );
    }
    let (s, v) = status_json(
        raw(&sb)
            .post(api_url(&sb, &format!("{me}/db/write/main/main")))
            .header("content-type", "application/json")
            .body("{not json")
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(s, 400);
    assert!(
        v["query_execution_message"]
            .as_str()
            .unwrap()
            .contains("malformed JSON")
    );
    assert_eq!(sb.fingerprint(), before, "nothing changed");
    let rows = read(&sb, "db", "main", "SELECT COUNT(*) FROM t").await;
    assert_eq!(cells(&rows), vec![vec!["1"]]);
}

#[tokio::test]
async fn unknown_refs_databases_pulls_and_operations() {
    let sb = setup().await;
    let me = sb.username().to_string();
    let before = sb.fingerprint();
    let get = |path: String| {
        let c = raw(&sb);
        async move { status_json(c.get(path).send().await.unwrap()).await }
    };

    let (s, v) = get(api_url(&sb, &format!("{me}/nope/main?q=SELECT%201"))).await;
    assert_eq!(s, 400);
    assert_eq!(v["query_execution_status"], "Error");
    assert!(
        v["query_execution_message"]
            .as_str()
            .unwrap()
            .contains("no such repository")
    );

    let (s, v) = get(api_url(&sb, &format!("{me}/nope/branches"))).await;
    assert_eq!(s, 400);
    // DoltHub's words for a missing database, with the request's own fields
    assert_eq!(v["status"], "Error", "{v}");
    assert_eq!(v["message"], "no such repository", "{v}");
    assert_eq!(v["database_owner"], me.as_str());
    assert_eq!(v["database_name"], "nope");

    let (s, v) = get(api_url(&sb, &format!("{me}/db/pulls/99"))).await;
    assert_eq!(s, 400);
    assert_eq!(v["status"], "Error", "{v}");
    assert_eq!(v["message"], "no such pull", "{v}");
    assert_eq!(v["pull_id"], "99");
    assert_eq!(v["database_name"], "db");

    let (s, v) = get(api_url(&sb, &format!("{me}/db/pulls/x1"))).await;
    assert_eq!(s, 400, "{v}");

    let (s, v) = get(api_url(
        &sb,
        &format!("{me}/db/pulls/1/merge?operationName=repositoryOwners%2Fx%2Fjobs%2F1"),
    ))
    .await;
    assert_eq!(s, 400);
    assert_standard(&v, "Error polling an operation status.");
    assert_eq!(v["operation_name"], "repositoryOwners/x/jobs/1");

    let (s, v) = get(api_url(&sb, "fork?operationName=operations%2Fnope")).await;
    assert_eq!(s, 400);
    assert_standard(&v, "Error polling an operation status.");

    let (s, v) = get(api_url(
        &sb,
        &format!("{me}/db/write?operationName=operations%2Fnope"),
    ))
    .await;
    assert_eq!(s, 400);
    assert_eq!(v["query_execution_status"], "Error");

    let (s, v) = get(api_url(&sb, &format!("{me}/db/upload?operationName=x"))).await;
    assert_eq!(s, 400, "branch is required");
    assert_standard(&v, "Error polling an operation status.");

    // branches and tags from unknown revisions
    for (path, body) in [
        (
            "branches",
            json!({"newBranchName": "b", "revisionName": "nope", "revisionType": "branch"}),
        ),
        (
            "branches",
            json!({"newBranchName": "b", "revisionName": "0123456789abcdef0123456789abcdef", "revisionType": "commit"}),
        ),
        (
            "tags",
            json!({"tagName": "v", "tagMessage": "", "revisionName": "nope", "revisionType": "ref"}),
        ),
    ] {
        let (s, v) = status_json(
            raw(&sb)
                .post(api_url(&sb, &format!("{me}/db/{path}")))
                .json(&body)
                .send()
                .await
                .unwrap(),
        )
        .await;
        assert_eq!(s, 400, "{v}");
        assert!(v["message"].as_str().unwrap().contains("not found"), "{v}");
    }
    // CSV of an unknown ref
    let (s, v) = get(format!("{}/csv/{me}/db/nope/t", sb.url())).await;
    assert_eq!(s, 404);
    assert!(v["message"].as_str().unwrap().contains("branch not found"));
    // duplicate branch: already exists
    let (s, v) = status_json(
        raw(&sb)
            .post(api_url(&sb, &format!("{me}/db/branches")))
            .json(
                &json!({"newBranchName": "main", "revisionName": "main", "revisionType": "branch"}),
            )
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(s, 400);
    assert!(v["message"].as_str().unwrap().contains("already exists"));
    // duplicate database
    let (s, v) = post_raw(
        &sb,
        "database",
        &json!({"ownerName": me, "repoName": "db", "visibility": "public"}).to_string(),
    )
    .await;
    assert_eq!(s, 400);
    assert!(v["message"].as_str().unwrap().contains("already exists"));
    assert_eq!(sb.fingerprint(), before, "nothing changed");
}

#[tokio::test]
async fn auth_rules() {
    let sb = setup().await;
    let me = sb.username().to_string();
    let before = sb.fingerprint();
    let read_url = api_url(&sb, &format!("{me}/db/main?q=SELECT%201"));
    // anonymous public read works
    let (s, _) = status_json(raw_anon().get(&read_url).send().await.unwrap()).await;
    assert_eq!(s, 200);
    // reads of a public database's lists need no token (DoltHub's own
    // end-to-end tests call them anonymously)
    for list in ["branches", "tags", "releases", "pulls", "jobs", "forks"] {
        let url = api_url(&sb, &format!("{me}/db/{list}"));
        let (s, v) = status_json(raw_anon().get(&url).send().await.unwrap()).await;
        assert_eq!(s, 200, "anonymous {list}: {v}");
        assert_eq!(v["status"], "Success", "anonymous {list}");
    }
    // a bad token is refused even on a public read
    for header in [
        "token dhat.wrong",
        "dhat.sandbox.0000000000000000",
        "Bearer x",
        "token ",
    ] {
        let (s, v) = status_json(
            raw_anon()
                .get(&read_url)
                .header("authorization", header)
                .send()
                .await
                .unwrap(),
        )
        .await;
        assert_eq!(s, 400, "{header}");
        assert_eq!(v["query_execution_status"], "Error");
        assert!(
            v["query_execution_message"]
                .as_str()
                .unwrap()
                .starts_with("invalid authorization header"),
            "{v}"
        );
    }
    let (s, v) = status_json(
        raw_anon()
            .get(api_url(&sb, &format!("{me}/db/branches")))
            .header("authorization", "token nope")
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(s, 400);
    assert_eq!(v["status"], "Error");
    assert!(
        v["message"]
            .as_str()
            .unwrap()
            .contains("no token found for given api token")
    );
    // writes need a token
    let (s, v) = status_json(
        raw_anon()
            .post(api_url(&sb, &format!("{me}/db/write/main/main")))
            .json(&json!({"query": "DELETE FROM t"}))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(s, 400);
    assert_eq!(v["query_execution_message"], "Not authenticated");
    let (s, v) = status_json(
        raw_anon()
            .post(api_url(&sb, "database"))
            .json(&json!({"ownerName": me, "repoName": "n", "visibility": "public"}))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(s, 400);
    assert_eq!(v["message"], "Not authenticated");
    // polls and operations need a token; operations only for the token's user
    for path in [
        format!("users/{me}/operations"),
        "fork?operationName=x".to_string(),
    ] {
        let (s, _) = status_json(raw_anon().get(api_url(&sb, &path)).send().await.unwrap()).await;
        assert_eq!(s, 400, "{path}");
    }
    let (s, v) = status_json(
        raw(&sb)
            .get(api_url(&sb, "users/someone/operations"))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(s, 400);
    assert_standard(&v, "Error getting the operations list.");
    let (s, v) = status_json(
        raw(&sb)
            .get(api_url(
                &sb,
                &format!("users/{me}/operations?operationType=Nope"),
            ))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(s, 400);
    assert_eq!(v["operation_type"], "Nope");
    // unknown routes and methods
    let (s, v) = status_json(
        raw(&sb)
            .get(api_url(&sb, &format!("{me}/db/branches/")))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(s, 400);
    assert!(v["message"].as_str().unwrap().starts_with("no such route"));
    let resp = raw(&sb)
        .delete(api_url(&sb, &format!("{me}/db/branches")))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.headers()["allow"], "GET, POST");
    assert_eq!(resp.status().as_u16(), 400);
    assert_eq!(sb.fingerprint(), before, "nothing changed");
}

#[tokio::test]
async fn upload_validation() {
    let sb = setup().await;
    let before = sb.fingerprint();
    let good = json!({"tableName": "x", "fileName": "x.csv", "branchName": "main",
                      "fileType": "Csv", "importOp": "Create"});
    let cases = [
        json!({"tableName": "x", "fileName": "x.csv", "branchName": "nope", "fileType": "Csv", "importOp": "Create"}),
        json!({"fileName": "x.csv", "branchName": "main", "fileType": "Csv", "importOp": "Create"}),
        json!({"tableName": "x", "fileName": "x.csv", "branchName": "main", "fileType": "csv", "importOp": "Create"}),
        json!({"tableName": "x", "fileName": "x.csv", "branchName": "main", "fileType": "Csv", "importOp": "Create", "md5": "x"}),
    ];
    for params in cases {
        let (s, v) = upload(&sb, "db", "x.csv", b"id\n1\n".to_vec(), params.clone()).await;
        assert_eq!(s, 400, "{params}: {v}");
        assert_standard(&v, "Invalid request body.");
        assert_eq!(v["database_name"], "db");
    }
    // params that are not JSON, a missing file part, a non-multipart body
    let url = format!("{}/api/v1alpha1/{}/db/upload", sb.url(), sb.username());
    let form = reqwest::multipart::Form::new().text("params", "{oops");
    let (s, v) = status_json(raw(&sb).post(&url).multipart(form).send().await.unwrap()).await;
    assert_eq!(s, 400);
    assert!(v["message"].as_str().unwrap().contains("invalid params"));
    let form = reqwest::multipart::Form::new().text("params", good.to_string());
    let (s, v) = status_json(raw(&sb).post(&url).multipart(form).send().await.unwrap()).await;
    assert_eq!(s, 400);
    assert!(
        v["message"]
            .as_str()
            .unwrap()
            .contains("missing form part `file`")
    );
    let (s, v) = status_json(raw(&sb).post(&url).json(&good).send().await.unwrap()).await;
    assert_eq!(s, 400);
    assert!(v["message"].as_str().unwrap().contains("multipart"));
    assert_eq!(sb.fingerprint(), before, "nothing changed");

    // a file that fails to import: the job fails, no pull request, the branch is unchanged
    let (s, v) = upload(&sb, "db", "x.csv", b"a,b\n1\n".to_vec(), good.clone()).await;
    assert_eq!(s, 200, "{v}");
    let done = wait_import(&sb, "db", "main", v["operation_name"].as_str().unwrap()).await;
    assert_eq!(done.job_status.as_deref(), Some("Failed"));
    assert!(done.pull_id.is_none());
    let jobs = dolthub_api::prelude::ClientJobsExt::list_jobs(&api(&sb))
        .owner(sb.username())
        .database("db")
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(jobs.jobs[0].status.as_deref(), Some("Failed"));
    assert!(jobs.jobs[0].job_error.as_deref().unwrap().contains("row 2"));
    let tables = read(&sb, "db", "main", "SHOW TABLES").await;
    assert_eq!(tables.rows.len(), 1);
}

#[tokio::test]
async fn one_import_at_a_time_per_database() {
    let sb = Sandbox::builder()
        .job_delay(std::time::Duration::from_millis(300))
        .start()
        .await
        .unwrap();
    create_db(&sb, "db").await;
    let params = json!({"tableName": "x", "fileName": "x.csv", "branchName": "main",
                        "fileType": "Csv", "importOp": "Create"});
    let (s, first) = upload(&sb, "db", "x.csv", b"id\n1\n".to_vec(), params.clone()).await;
    assert_eq!(s, 200);
    let (s, v) = upload(&sb, "db", "x.csv", b"id\n1\n".to_vec(), params.clone()).await;
    assert_eq!(s, 400, "{v}");
    assert!(v["message"].as_str().unwrap().contains("already running"));
    wait_import(&sb, "db", "main", first["operation_name"].as_str().unwrap()).await;
    let (s, _) = upload(&sb, "db", "y.csv", b"id\n1\n".to_vec(), params).await;
    assert_eq!(s, 200, "the next import may start once the first finished");
}
