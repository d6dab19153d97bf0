//! Every v2 route on its happy path and its documented statuses.

use crate::v2_common::*;
use serde_json::json;

const DB: &str = "sandbox/shop";

#[tokio::test]
async fn v2_database_refs_and_releases() {
    let sb = sandbox().await;
    let c = v2(&sb);
    let db = c.create_db("sandbox", "shop", "public").await;
    assert_eq!(db["owner"], "sandbox");
    assert_eq!(db["visibility"], "public");
    assert_eq!(db["star_count"], 0);
    assert!(db.get("parent").is_none() && db.get("network_root").is_none());
    c.post(
        "/api/v2/databases",
        json!({"owner": "sandbox", "name": "shop", "visibility": "public"}),
    )
    .await
    .problem(409, "CONFLICT");
    c.post(
        "/api/v2/databases",
        json!({"owner": "sandbox", "name": "-bad", "visibility": "public"}),
    )
    .await
    .problem(400, "VALIDATION_FAILED");
    c.post(
        "/api/v2/databases",
        json!({"owner": "someone", "name": "x", "visibility": "public"}),
    )
    .await
    .problem(403, "PERMISSION_DENIED");

    let got = c.get(&format!("/api/v2/databases/{DB}")).await;
    assert_eq!(got.status, 200);
    assert_eq!(got.data()["name"], "shop");

    let write = c
        .write(DB, "main", "CREATE TABLE t (id INT PRIMARY KEY, n TEXT)")
        .await;
    let sha = write["result"]["commit_sha"].as_str().unwrap().to_string();
    let branches = c.get(&format!("/api/v2/databases/{DB}/branches")).await;
    assert_eq!(branches.data()[0]["name"], "main");
    assert_eq!(branches.data()[0]["head_commit_sha"], sha.as_str());

    let b = c
        .post(
            &format!("/api/v2/databases/{DB}/branches"),
            json!({"name": "dev", "from": {"branch": "main"}}),
        )
        .await;
    assert_eq!(b.status, 201, "{}", b.text);
    assert_eq!(b.data()["head_commit_sha"], sha.as_str());
    c.post(
        &format!("/api/v2/databases/{DB}/branches"),
        json!({"name": "dev", "from": {"branch": "main"}}),
    )
    .await
    .problem(409, "CONFLICT");
    c.post(
        &format!("/api/v2/databases/{DB}/branches"),
        json!({"name": "x", "from": {"branch": "nope"}}),
    )
    .await
    .problem(404, "NOT_FOUND");
    c.post(
        &format!("/api/v2/databases/{DB}/branches"),
        json!({"name": "x", "from": {"branch": "main", "commit": sha}}),
    )
    .await
    .problem(400, "VALIDATION_FAILED");
    let from_commit = c
        .post(
            &format!("/api/v2/databases/{DB}/branches"),
            json!({"name": "at-commit", "from": {"commit": sha}}),
        )
        .await;
    assert_eq!(from_commit.status, 201, "{}", from_commit.text);

    let light = c
        .post(
            &format!("/api/v2/databases/{DB}/tags"),
            json!({"name": "v1", "from": {"branch": "main"}}),
        )
        .await;
    assert_eq!(light.status, 201, "{}", light.text);
    assert!(
        light.data().get("message").is_none(),
        "lightweight tags have no message"
    );
    let annotated = c
        .post(
            &format!("/api/v2/databases/{DB}/tags"),
            json!({"name": "v2", "from": {"commit": sha}, "message": "second"}),
        )
        .await;
    assert_eq!(annotated.data()["message"], "second");
    c.post(
        &format!("/api/v2/databases/{DB}/tags"),
        json!({"name": "v1", "from": {"branch": "main"}}),
    )
    .await
    .problem(409, "CONFLICT");
    // `from.commit` takes a hash only, as on DoltHub: a tag or branch name there is a 400
    // problem (the wrapper resolves tags to their commit itself), and a well-formed hash
    // that names no commit is a 404.
    for not_a_hash in ["v1", "main", &sha[..31], sha.to_uppercase().as_str()] {
        let refused = c
            .post(
                &format!("/api/v2/databases/{DB}/branches"),
                json!({"name": "from-name", "from": {"commit": not_a_hash}}),
            )
            .await;
        refused.problem(400, "VALIDATION_FAILED");
        let detail = refused.body["detail"].as_str().unwrap();
        assert!(detail.contains("commit hash"), "{detail}");
    }
    c.post(
        &format!("/api/v2/databases/{DB}/tags"),
        json!({"name": "from-name", "from": {"commit": "v1"}}),
    )
    .await
    .problem(400, "VALIDATION_FAILED");
    c.post(
        &format!("/api/v2/databases/{DB}/branches"),
        json!({"name": "from-name", "from": {"commit": "0".repeat(32)}}),
    )
    .await
    .problem(404, "NOT_FOUND");
    let tags = c.get(&format!("/api/v2/databases/{DB}/tags")).await;
    assert_eq!(tags.data().as_array().unwrap().len(), 2);

    let rel = c
        .post(
            &format!("/api/v2/databases/{DB}/releases"),
            json!({"tag": "v1", "title": "First", "commit_sha": sha}),
        )
        .await;
    assert_eq!(rel.status, 201, "{}", rel.text);
    assert_eq!(rel.data()["created_at"], rel.data()["updated_at"]);
    c.post(
        &format!("/api/v2/databases/{DB}/releases"),
        json!({"tag": "v1", "title": "Again", "commit_sha": sha}),
    )
    .await
    .problem(409, "CONFLICT");
    c.post(
        &format!("/api/v2/databases/{DB}/releases"),
        json!({"tag": "v9", "title": "T", "commit_sha": sha}),
    )
    .await
    .problem(404, "NOT_FOUND");
    let created_tag = c
        .post(&format!("/api/v2/databases/{DB}/releases"), json!({"tag": "v3", "title": "T", "commit_sha": sha, "create_tag_if_not_exists": true, "description": "notes"}))
        .await;
    assert_eq!(created_tag.status, 201, "{}", created_tag.text);
    assert_eq!(created_tag.data()["description"], "notes");
    let releases = c.get(&format!("/api/v2/databases/{DB}/releases")).await;
    assert_eq!(releases.data()[0]["tag"], "v3", "newest first");
}

#[tokio::test]
async fn v2_pull_requests_comments_and_merges() {
    let sb = sandbox().await;
    let c = v2(&sb);
    c.create_db("sandbox", "shop", "public").await;
    c.write(DB, "main", "CREATE TABLE t (id INT PRIMARY KEY, n TEXT)")
        .await;
    c.post(
        &format!("/api/v2/databases/{DB}/branches"),
        json!({"name": "feature", "from": {"branch": "main"}}),
    )
    .await;
    c.write(DB, "feature", "INSERT INTO t VALUES (1, 'a')")
        .await;

    let pr = |title: &str| {
        json!({
            "title": title,
            "description": "adds a row",
            "from_branch": {"database": {"owner": "sandbox", "name": "shop"}, "branch_name": "feature"},
            "to_branch": {"database": {"owner": "sandbox", "name": "shop"}, "branch_name": "main"},
        })
    };
    let created = c
        .post(&format!("/api/v2/databases/{DB}/pulls"), pr("Add a row"))
        .await;
    assert_eq!(created.status, 201, "{}", created.text);
    let n = created.data()["pull_number"].as_u64().unwrap();
    assert_eq!(created.data()["state"], "open");
    assert_eq!(created.data()["from_branch"]["branch_name"], "feature");
    c.post(&format!("/api/v2/databases/{DB}/pulls"), pr("Twin"))
        .await
        .problem(409, "CONFLICT");

    let got = c.get(&format!("/api/v2/databases/{DB}/pulls/{n}")).await;
    assert_eq!(got.data()["title"], "Add a row");
    c.get(&format!("/api/v2/databases/{DB}/pulls/0{n}"))
        .await
        .problem(400, "VALIDATION_FAILED");
    c.get(&format!("/api/v2/databases/{DB}/pulls/99"))
        .await
        .problem(404, "NOT_FOUND");

    let closed = c
        .patch(
            &format!("/api/v2/databases/{DB}/pulls/{n}"),
            json!({"state": "closed"}),
        )
        .await;
    assert_eq!(closed.data()["state"], "closed");
    c.post(
        &format!("/api/v2/databases/{DB}/pulls/{n}/merge"),
        json!({}),
    )
    .await
    .problem(422, "UNPROCESSABLE");
    let reopened = c
        .patch(
            &format!("/api/v2/databases/{DB}/pulls/{n}"),
            json!({"state": "open", "title": "Add one row"}),
        )
        .await;
    assert_eq!(
        (
            reopened.data()["state"].as_str(),
            reopened.data()["title"].as_str()
        ),
        (Some("open"), Some("Add one row"))
    );
    c.patch(&format!("/api/v2/databases/{DB}/pulls/{n}"), json!({}))
        .await
        .problem(400, "VALIDATION_FAILED");

    let comment = c
        .post(
            &format!("/api/v2/databases/{DB}/pulls/{n}/comments"),
            json!({"body": "Looks good"}),
        )
        .await;
    assert_eq!(comment.status, 201, "{}", comment.text);
    assert_eq!(comment.data()["author"], "sandbox");
    let comments = c
        .get(&format!("/api/v2/databases/{DB}/pulls/{n}/comments"))
        .await;
    assert_eq!(
        comments.data()[0]["comment_id"],
        comment.data()["comment_id"]
    );
    assert_eq!(comments.data()[0]["body"], "Looks good");

    c.post(
        &format!("/api/v2/databases/{DB}/pulls/{n}/merge"),
        json!({"now": true}),
    )
    .await
    .problem(400, "VALIDATION_FAILED");
    let merge = c
        .post(
            &format!("/api/v2/databases/{DB}/pulls/{n}/merge"),
            json!({}),
        )
        .await;
    let op = c.wait(&merge).await;
    assert_eq!(op["type"], "merge");
    assert_eq!(op["status"], "succeeded", "{op}");
    assert_eq!(op["result"]["pull_id"], n);
    assert_eq!(op["cancelable"], false);
    assert_eq!(
        c.get(&format!("/api/v2/databases/{DB}/pulls/{n}"))
            .await
            .data()["state"],
        "merged"
    );
    c.post(
        &format!("/api/v2/databases/{DB}/pulls/{n}/merge"),
        json!({}),
    )
    .await
    .problem(422, "UNPROCESSABLE");
    let rows = c.read(DB, "main", "SELECT n FROM t").await;
    assert_eq!(rows["rows"], json!([["a"]]));

    let ops = c.get(&format!("/api/v2/databases/{DB}/operations")).await;
    let kinds: Vec<&str> = ops
        .data()
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["type"].as_str().unwrap())
        .collect();
    assert_eq!(kinds[0], "merge", "newest first: {kinds:?}");
    assert_eq!(kinds.iter().filter(|k| **k == "sql_write").count(), 2);
    let list = c.get(&format!("/api/v2/databases/{DB}/pulls")).await;
    assert_eq!(list.data()[0]["pull_number"], n);
    assert!(
        list.data()[0].get("from_branch").is_none(),
        "summaries carry no branches"
    );
}

#[tokio::test]
async fn v2_sql_reads_limits_timeouts_and_failures() {
    let sb = sandbox().await;
    let c = v2(&sb);
    c.create_db("sandbox", "shop", "public").await;
    c.write(DB, "main", "CREATE TABLE t (id INT PRIMARY KEY, n TEXT)")
        .await;
    c.write(
        DB,
        "main",
        "INSERT INTO t VALUES (1, 'a'), (2, NULL), (3, 'c')",
    )
    .await;

    let get = c.get(&format!("/api/v2/databases/{DB}/sql?ref=main&q=SELECT%20id%2C%20n%20FROM%20t%20ORDER%20BY%20id&limit=2")).await;
    assert_eq!(get.status, 200, "{}", get.text);
    assert_eq!(get.data()["status"], "row_limit");
    assert_eq!(get.data()["rows"], json!([["1", "a"], ["2", null]]));
    assert_eq!(get.data()["columns"][0]["name"], "id");
    let t = get.data()["columns"][0]["type"].as_str().unwrap();
    assert_eq!(t, t.to_lowercase(), "column types are lower case");

    let all = c.read(DB, "main", "SELECT id FROM t ORDER BY id").await;
    assert_eq!(all["status"], "success");
    assert_eq!(all["rows"].as_array().unwrap().len(), 3);
    let failed = c.read(DB, "main", "SELECT * FROM missing").await;
    assert_eq!(failed["status"], "error");
    assert!(failed["message"].as_str().is_some_and(|m| !m.is_empty()));

    c.get(&format!("/api/v2/databases/{DB}/sql?q=SELECT%201"))
        .await
        .problem(400, "VALIDATION_FAILED");
    c.get(&format!(
        "/api/v2/databases/{DB}/sql?ref=main&q=SELECT%201&limit=0"
    ))
    .await
    .problem(400, "VALIDATION_FAILED");
    c.post(
        &format!("/api/v2/databases/{DB}/sql"),
        json!({"ref": "main", "q": "SELECT 1", "timeout_ms": 60001}),
    )
    .await
    .problem(400, "VALIDATION_FAILED");
    c.post(
        &format!("/api/v2/databases/{DB}/sql"),
        json!({"ref": "nope", "q": "SELECT 1"}),
    )
    .await
    .problem(404, "NOT_FOUND");

    let slow = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 5000000) SELECT count(*) FROM c";
    let timed_out = c
        .post(
            &format!("/api/v2/databases/{DB}/sql"),
            json!({"ref": "main", "q": slow, "timeout_ms": 1}),
        )
        .await;
    assert_eq!(timed_out.status, 200, "{}", timed_out.text);
    assert_eq!(timed_out.data()["status"], "timeout");

    c.post(
        &format!("/api/v2/databases/{DB}/sql-writes"),
        json!({"from_branch": "main", "to_branch": "main", "q": ""}),
    )
    .await
    .problem(400, "VALIDATION_FAILED");
    let failing = c
        .post(&format!("/api/v2/databases/{DB}/sql-writes"), json!({"from_branch": "main", "to_branch": "main", "q": "INSERT INTO t VALUES (1, 'dup')"}))
        .await;
    let op = c.wait(&failing).await;
    assert_eq!(op["status"], "failed");
    assert_eq!(op["error"]["code"], "OPERATION_FAILED");
    assert!(
        op["error"]["detail"]
            .as_str()
            .is_some_and(|d| !d.is_empty())
    );
}

#[tokio::test]
async fn v2_forks_and_duplicate_forks() {
    let sb = dolthub_sandbox::Sandbox::builder()
        .job_delay(std::time::Duration::from_millis(10))
        .user("alice", "dhat.alice.1")
        .v2_token("alice", "dh_alice_1")
        .start()
        .await
        .unwrap();
    let c = v2(&sb);
    c.create_db("sandbox", "shop", "public").await;
    let alice = as_token(&sb, Some("dh_alice_1"));
    alice
        .post(
            &format!("/api/v2/databases/{DB}/forks"),
            json!({"owner": "sandbox"}),
        )
        .await
        .problem(403, "PERMISSION_DENIED");
    let fork = alice
        .post(
            &format!("/api/v2/databases/{DB}/forks"),
            json!({"owner": "alice"}),
        )
        .await;
    let op = alice.wait(&fork).await;
    assert_eq!(op["type"], "fork");
    assert_eq!(
        op["result"]["database"],
        json!({"owner": "alice", "name": "shop"})
    );
    alice
        .post(
            &format!("/api/v2/databases/{DB}/forks"),
            json!({"owner": "alice"}),
        )
        .await
        .problem(422, "UNPROCESSABLE");
    let forks = c.get(&format!("/api/v2/databases/{DB}/forks")).await;
    assert_eq!(forks.data(), &json!([{"owner": "alice", "name": "shop"}]));
    let forked = c.get("/api/v2/databases/alice/shop").await;
    assert_eq!(
        forked.data()["parent"],
        json!({"owner": "sandbox", "name": "shop"})
    );
    assert_eq!(
        forked.data()["network_root"],
        json!({"owner": "sandbox", "name": "shop"})
    );
    assert_eq!(
        c.get(&format!("/api/v2/databases/{DB}")).await.data()["fork_network_count"],
        1
    );
    let ops = c.get(&format!("/api/v2/databases/{DB}/operations")).await;
    assert_eq!(
        ops.data()[0]["type"],
        "fork",
        "the source lists forks made from it"
    );

    let me = alice.get("/api/v2/user").await;
    assert_eq!(me.data()["username"], "alice");
    assert_eq!(me.data()["email_addresses"][0]["is_primary"], true);
}
