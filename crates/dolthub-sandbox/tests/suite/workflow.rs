//! End-to-end workflows through the generated `dolthub-api` client.

use crate::common::*;
use dolthub_api::prelude::*;
use dolthub_api::types;
use dolthub_sandbox::Sandbox;
use serde_json::json;
use std::collections::BTreeSet;
use std::time::Duration;

#[tokio::test]
async fn import_pull_request_comment_merge_then_read() {
    let sb = sandbox().await;
    let c = api(&sb);
    let me = sb.username().to_string();
    create_db(&sb, "museum").await;

    let branch = c
        .create_branch()
        .owner(&me)
        .database("museum")
        .body(types::CreateBranchRequest {
            new_branch_name: "feature/lacma".into(),
            revision_name: "main".into(),
            revision_type: types::CreateBranchRequestRevisionType::Branch,
        })
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(branch.new_branch_name.as_deref(), Some("feature/lacma"));

    let csv = "id,title,on_view\n1,Portrait of a Woman,1\n2,Landscape with Cattle,0\n3,,1\n";
    let (status, started) = upload(
        &sb,
        "museum",
        "lacma.csv",
        csv.as_bytes().to_vec(),
        json!({"tableName": "lacma", "fileName": "lacma.csv", "branchName": "feature/lacma",
               "fileType": "Csv", "importOp": "Create", "primaryKeys": ["id"]}),
    )
    .await;
    assert_eq!(status, 200, "{started}");
    let started: types::UploadFileResponse = serde_json::from_value(started).unwrap();
    let op = started.operation_name.unwrap();
    assert!(op.starts_with(&format!("repositoryOwners/{me}/repositories/museum/jobs/")));
    assert!(
        started
            .user_operation_name
            .unwrap()
            .starts_with(&format!("users/{me}/userOperations/"))
    );

    let done = wait_import(&sb, "museum", "feature/lacma", &op).await;
    assert_eq!(done.job_status.as_deref(), Some("Completed"));
    let pull_id = done
        .pull_id
        .expect("a completed import opens a pull request");

    // the data is not on the branch before the pull request is merged
    let before = read(&sb, "museum", "feature/lacma", "SHOW TABLES").await;
    assert!(before.rows.is_empty());

    let pull = c
        .get_pull()
        .owner(&me)
        .database("museum")
        .pull_id(&pull_id)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(pull.state.as_deref(), Some("open"));
    assert_eq!(pull.to_branch.as_deref(), Some("feature/lacma"));
    assert_eq!(pull.author.as_deref(), Some(me.as_str()));
    let import_branch = pull.from_branch.clone().unwrap();

    let comment = c
        .create_pull_comment()
        .owner(&me)
        .database("museum")
        .pull_id(&pull_id)
        .body(types::CreatePullCommentRequest {
            comment: "Spot-checked; looks right.".into(),
        })
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(comment.repository_name.as_deref(), Some("museum"));
    assert_eq!(comment.pull_id.as_deref(), Some(pull_id.as_str()));

    assert_eq!(merge_and_wait(&sb, "museum", &pull_id).await, "Completed");
    let merged = c
        .get_pull()
        .owner(&me)
        .database("museum")
        .pull_id(&pull_id)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(merged.state.as_deref(), Some("merged"));

    let rows = read(
        &sb,
        "museum",
        "feature/lacma",
        "SELECT * FROM lacma ORDER BY id",
    )
    .await;
    assert_eq!(rows.query_execution_status.as_deref(), Some("Success"));
    let names: Vec<_> = rows
        .schema
        .iter()
        .map(|c| c.column_name.clone().unwrap())
        .collect();
    assert_eq!(names, ["id", "title", "on_view"]);
    assert_eq!(rows.schema[0].column_type.as_deref(), Some("INT"));
    assert_eq!(
        cells(&rows),
        vec![
            vec!["1", "Portrait of a Woman", "1"],
            vec!["2", "Landscape with Cattle", "0"],
            vec!["3", "NULL", "1"],
        ]
    );
    assert_eq!(rows.rows[2]["title"], serde_json::Value::Null);

    // the import branch can be read with %2F in one path segment, via the raw URL too
    let url = format!(
        "{}/api/v1alpha1/{me}/museum/{}?q=SELECT%20COUNT(*)%20AS%20n%20FROM%20lacma",
        sb.url(),
        percent(&import_branch)
    );
    let (s, v) = status_json(raw(&sb).get(url).send().await.unwrap()).await;
    assert_eq!(s, 200);
    assert_eq!(v["rows"][0]["n"], "3");

    // second pull request: feature/lacma -> main, merged, then main sees the rows
    let pr = c
        .create_pull()
        .owner(&me)
        .database("museum")
        .body(types::CreatePullRequest {
            title: "Add LACMA".into(),
            description: Some("rows from the import".into()),
            from_branch_owner_name: me.clone(),
            from_branch_repo_name: "museum".into(),
            from_branch_name: "feature/lacma".into(),
            to_branch_owner_name: me.clone(),
            to_branch_repo_name: "museum".into(),
            to_branch_name: "main".into(),
        })
        .send()
        .await
        .unwrap()
        .into_inner();
    let pr_id = pr.pull_id.unwrap();
    assert_ne!(pr_id, pull_id);
    assert_eq!(merge_and_wait(&sb, "museum", &pr_id).await, "Completed");
    let main_rows = read(&sb, "museum", "main", "SELECT COUNT(*) AS n FROM lacma").await;
    assert_eq!(cells(&main_rows), vec![vec!["3"]]);

    // list pulls: both merged, newest first; filters work
    let list = c
        .list_pulls()
        .owner(&me)
        .database("museum")
        .filter_by_state(types::ListPullsFilterByState::Merged)
        .send()
        .await
        .unwrap()
        .into_inner();
    let ids: Vec<_> = list
        .pulls
        .iter()
        .map(|p| p.pull_id.clone().unwrap())
        .collect();
    assert_eq!(ids, vec![pr_id.clone(), pull_id.clone()]);
    let open = c
        .list_pulls()
        .owner(&me)
        .database("museum")
        .filter_by_state(types::ListPullsFilterByState::Open)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert!(open.pulls.is_empty());
    let searched = c
        .list_pulls()
        .owner(&me)
        .database("museum")
        .query("add")
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(searched.pulls.len(), 1);
    assert_eq!(searched.pulls[0].title.as_deref(), Some("Add LACMA"));

    // a merged pull request cannot be merged or closed again
    let again = raw(&sb)
        .post(format!(
            "{}/api/v1alpha1/{me}/museum/pulls/{pr_id}/merge",
            sb.url()
        ))
        .send()
        .await
        .unwrap();
    let (s, v) = status_json(again).await;
    assert_eq!(s, 400);
    assert_eq!(v["status"], "Error");
    assert!(
        v["message"]
            .as_str()
            .unwrap()
            .starts_with("Error merging a pull request.")
    );
}

#[tokio::test]
async fn update_and_close_a_pull_request() {
    let sb = sandbox().await;
    let c = api(&sb);
    let me = sb.username().to_string();
    create_db(&sb, "prs").await;
    write_ok(
        &sb,
        "prs",
        "main",
        "work",
        "CREATE TABLE t (id INT PRIMARY KEY)",
    )
    .await;
    let pr = c
        .create_pull()
        .owner(&me)
        .database("prs")
        .body(types::CreatePullRequest {
            title: "Work".into(),
            description: None,
            from_branch_owner_name: me.clone(),
            from_branch_repo_name: "prs".into(),
            from_branch_name: "work".into(),
            to_branch_owner_name: me.clone(),
            to_branch_repo_name: "prs".into(),
            to_branch_name: "main".into(),
        })
        .send()
        .await
        .unwrap()
        .into_inner();
    let id = pr.pull_id.unwrap();
    let updated = c
        .update_pull()
        .owner(&me)
        .database("prs")
        .pull_id(&id)
        .body(types::UpdatePullRequest {
            title: Some("Work (superseded)".into()),
            description: Some("replaced".into()),
            state: Some(types::UpdatePullRequestState::Closed),
        })
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(updated.state.as_deref(), Some("closed"));
    assert_eq!(updated.title.as_deref(), Some("Work (superseded)"));
    let list = c
        .list_pulls()
        .owner(&me)
        .database("prs")
        .filter_by_state(types::ListPullsFilterByState::Closed)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(list.pulls.len(), 1);
    assert_eq!(list.pulls[0].description.as_deref(), Some("replaced"));
    let (s, v) = status_json(
        raw(&sb)
            .post(format!(
                "{}/api/v1alpha1/{me}/prs/pulls/{id}/merge",
                sb.url()
            ))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(s, 400, "{v}");
}

#[tokio::test]
async fn fork_poll_list_forks_and_pull_request_from_fork() {
    let sb = Sandbox::builder()
        .job_delay(Duration::from_millis(20))
        .user("alice", "dhat.alice.1")
        .start()
        .await
        .unwrap();
    let owner = api(&sb);
    let alice = api_as(&sb, "dhat.alice.1");
    create_db(&sb, "museum").await;
    write_ok(
        &sb,
        "museum",
        "main",
        "main",
        "CREATE TABLE art (id INT PRIMARY KEY, name TEXT)",
    )
    .await;
    write_ok(
        &sb,
        "museum",
        "main",
        "main",
        "INSERT INTO art VALUES (1, 'one')",
    )
    .await;

    let started = alice
        .fork_database()
        .body(types::ForkDatabaseRequest {
            owner_name: "alice".into(),
            parent_database_name: "museum".into(),
            parent_owner_name: "sandbox".into(),
        })
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(started.forked_owner.as_deref(), Some("alice"));
    let op = started.operation_name.unwrap();
    let poll = until("fork", || {
        let alice = &alice;
        let op = op.clone();
        async move {
            let p = alice
                .poll_fork()
                .operation_name(op)
                .send()
                .await
                .unwrap()
                .into_inner();
            (p.done == Some(true)).then_some(p)
        }
    })
    .await;
    assert_eq!(poll.status.as_deref(), Some("Success"));
    assert_eq!(poll.database_owner.as_deref(), Some("alice"));
    assert_eq!(poll.database_name.as_deref(), Some("museum"));

    // forking again: already exists
    let again = raw_anon()
        .post(format!("{}/api/v1alpha1/fork", sb.url()))
        .header("authorization", "token dhat.alice.1")
        .json(&json!({"ownerName": "alice", "parentOwnerName": "sandbox", "parentDatabaseName": "museum"}))
        .send()
        .await
        .unwrap();
    let (s, v) = status_json(again).await;
    assert_eq!(s, 400);
    assert!(
        v["message"].as_str().unwrap().contains("already exists"),
        "{v}"
    );
    assert_eq!(v["forked_owner"], "alice");

    for (o, parent_owner) in [("sandbox", ""), ("alice", "sandbox")] {
        let forks = owner
            .list_forks()
            .owner(o)
            .database("museum")
            .send()
            .await
            .unwrap()
            .into_inner();
        assert_eq!(forks.fork_network_count, Some(1));
        assert_eq!(forks.forks.len(), 1);
        assert_eq!(forks.forks[0].database_owner.as_deref(), Some("alice"));
        assert_eq!(forks.network_root_owner.as_deref(), Some("sandbox"));
        assert_eq!(forks.parent_owner.as_deref(), Some(parent_owner));
    }

    // alice writes in her fork and opens a pull request against the parent
    let c = api_as(&sb, "dhat.alice.1");
    let w = c
        .sql_write()
        .owner("alice")
        .database("museum")
        .from_branch("main")
        .to_branch("more")
        .body(types::SqlWriteRequest {
            query: Some("INSERT INTO art VALUES (2, 'two')".into()),
        })
        .send()
        .await
        .unwrap()
        .into_inner();
    let op = w.operation_name.unwrap();
    until("alice's write", || {
        let c = &c;
        let op = op.clone();
        async move {
            let p = c
                .poll_sql_write()
                .owner("alice")
                .database("museum")
                .operation_name(op)
                .send()
                .await
                .unwrap()
                .into_inner();
            (p.done == Some(true)).then_some(())
        }
    })
    .await;
    let pr = c
        .create_pull()
        .owner("sandbox")
        .database("museum")
        .body(types::CreatePullRequest {
            title: "More art".into(),
            description: None,
            from_branch_owner_name: "alice".into(),
            from_branch_repo_name: "museum".into(),
            from_branch_name: "more".into(),
            to_branch_owner_name: "sandbox".into(),
            to_branch_repo_name: "museum".into(),
            to_branch_name: "main".into(),
        })
        .send()
        .await
        .unwrap()
        .into_inner();
    let id = pr.pull_id.unwrap();
    // alice cannot merge into sandbox's database
    let (s, _) = status_json(
        raw_anon()
            .post(format!(
                "{}/api/v1alpha1/sandbox/museum/pulls/{id}/merge",
                sb.url()
            ))
            .header("authorization", "token dhat.alice.1")
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(s, 400);
    assert_eq!(merge_and_wait(&sb, "museum", &id).await, "Completed");
    let rows = read(&sb, "museum", "main", "SELECT name FROM art ORDER BY id").await;
    assert_eq!(cells(&rows), vec![vec!["one"], vec!["two"]]);
    let pull = owner
        .get_pull()
        .owner("sandbox")
        .database("museum")
        .pull_id(&id)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(pull.from_branch_owner.as_deref(), Some("alice"));
    assert_eq!(pull.to_branch_owner.as_deref(), Some("sandbox"));
}

#[tokio::test]
async fn tags_and_paged_releases() {
    let sb = Sandbox::builder()
        .job_delay(Duration::from_millis(10))
        .releases_page_size(2)
        .start()
        .await
        .unwrap();
    let c = api(&sb);
    let me = sb.username().to_string();
    create_db(&sb, "rel").await;
    let first = write_ok(
        &sb,
        "rel",
        "main",
        "main",
        "CREATE TABLE t (id INT PRIMARY KEY)",
    )
    .await;
    let commit = first.to_commit_id.unwrap();

    let tag = c
        .create_tag()
        .owner(&me)
        .database("rel")
        .body(types::CreateTagRequest {
            tag_name: "v1".into(),
            tag_message: "first".into(),
            revision_type: types::CreateTagRequestRevisionType::Commit,
            revision_name: commit.clone(),
        })
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(tag.tag_description.as_deref(), Some("first"));
    write_ok(&sb, "rel", "main", "main", "INSERT INTO t VALUES (1)").await;
    // the tag still shows the old content
    let at_tag = read(&sb, "rel", "v1", "SELECT COUNT(*) AS n FROM t").await;
    assert_eq!(cells(&at_tag), vec![vec!["0"]]);
    let at_commit = read(&sb, "rel", &commit, "SELECT COUNT(*) AS n FROM t").await;
    assert_eq!(cells(&at_commit), vec![vec!["0"]]);
    let tags = c
        .list_tags()
        .owner(&me)
        .database("rel")
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(tags.tags.len(), 1);
    assert!(tags.tags[0].tagged_at.as_deref().unwrap().ends_with('Z'));

    for i in 1..=5 {
        let r = c
            .create_release()
            .owner(&me)
            .database("rel")
            .body(types::CreateReleaseRequest {
                title: format!("Release {i}"),
                tag: if i == 1 { "v1".into() } else { format!("r{i}") },
                commit_sha: if i == 1 {
                    commit.clone()
                } else {
                    "main".into()
                },
                description: Some(format!("notes {i}")),
                create_tag_if_not_exists: Some(i != 1),
            })
            .send()
            .await
            .unwrap()
            .into_inner();
        assert_eq!(r.release_title, Some(format!("Release {i}")));
    }
    // a release for a missing tag without createTagIfNotExists fails
    let (s, v) = status_json(
        raw(&sb)
            .post(format!("{}/api/v1alpha1/{me}/rel/releases", sb.url()))
            .json(&json!({"title": "x", "tag": "nope", "commitSha": "main"}))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(s, 400);
    assert_eq!(v["release_tag"], "nope");

    let mut titles = Vec::new();
    let mut token: Option<String> = None;
    let mut seen = BTreeSet::new();
    loop {
        let mut req = c.list_releases().owner(&me).database("rel");
        if let Some(t) = &token {
            req = req.page_token(t).next_page_token(t);
        }
        let page = req.send().await.unwrap().into_inner();
        assert!(page.releases.len() <= 2);
        titles.extend(
            page.releases
                .iter()
                .map(|r| r.release_title.clone().unwrap()),
        );
        match page.next_page_token.filter(|t| !t.is_empty()) {
            Some(t) => {
                assert!(seen.insert(t.clone()), "token repeated");
                token = Some(t);
            }
            None => break,
        }
    }
    assert_eq!(
        titles,
        [
            "Release 5",
            "Release 4",
            "Release 3",
            "Release 2",
            "Release 1"
        ]
    );
    let tags = c
        .list_tags()
        .owner(&me)
        .database("rel")
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(tags.tags.len(), 5);
}

#[tokio::test]
async fn jobs_and_operations_are_paged() {
    let sb = Sandbox::builder()
        .job_delay(Duration::from_millis(5))
        .page_size(2)
        .start()
        .await
        .unwrap();
    let c = api(&sb);
    let me = sb.username().to_string();
    create_db(&sb, "ops").await;
    write_ok(
        &sb,
        "ops",
        "main",
        "main",
        "CREATE TABLE t (id INT PRIMARY KEY)",
    )
    .await;
    write_ok(&sb, "ops", "main", "main", "INSERT INTO t VALUES (1)").await;
    let mut pulls = Vec::new();
    for i in 0..2 {
        let (s, started) = upload(
            &sb,
            "ops",
            &format!("f{i}.csv"),
            format!("id\n{}\n", 10 + i).into_bytes(),
            json!({"tableName": "t", "fileName": format!("f{i}.csv"), "branchName": "main",
                   "fileType": "Csv", "importOp": "Update"}),
        )
        .await;
        assert_eq!(s, 200, "{started}");
        let done = wait_import(
            &sb,
            "ops",
            "main",
            started["operation_name"].as_str().unwrap(),
        )
        .await;
        let pull = done.pull_id.unwrap();
        assert_eq!(merge_and_wait(&sb, "ops", &pull).await, "Completed");
        pulls.push(pull);
    }
    let rows = read(&sb, "ops", "main", "SELECT id FROM t ORDER BY id").await;
    assert_eq!(cells(&rows), vec![vec!["1"], vec!["10"], vec!["11"]]);

    // jobs: 2 imports + 2 merges, two per page, newest first
    let mut jobs = Vec::new();
    let mut token: Option<String> = None;
    loop {
        let mut req = c.list_jobs().owner(&me).database("ops");
        if let Some(t) = &token {
            req = req.page_token(t);
        }
        let page = req.send().await.unwrap().into_inner();
        assert!(page.jobs.len() <= 2);
        jobs.extend(page.jobs);
        match page.next_page_token.filter(|t| !t.is_empty()) {
            Some(t) => token = Some(t),
            None => break,
        }
    }
    let kinds: Vec<_> = jobs.iter().map(|j| j.job_type.clone().unwrap()).collect();
    assert_eq!(kinds, ["Merge", "Import", "Merge", "Import"]);
    assert!(
        jobs.iter()
            .all(|j| j.status.as_deref() == Some("Succeeded"))
    );
    assert!(jobs.iter().all(|j| j.job_error.as_deref() == Some("")));

    // operations: the first write that made main + 2 writes + 2 imports + 2 merges
    let mut ops = Vec::new();
    let mut token: Option<String> = None;
    let mut pages = 0;
    loop {
        let mut req = c.list_user_operations().username(&me);
        if let Some(t) = &token {
            req = req.page_token(t);
        }
        let page = req.send().await.unwrap().into_inner();
        pages += 1;
        ops.extend(page.operations);
        match page.next_page_token.filter(|t| !t.is_empty()) {
            Some(t) => token = Some(t),
            None => break,
        }
    }
    assert_eq!(pages, 4);
    assert_eq!(ops.len(), 7);
    let names: BTreeSet<_> = ops
        .iter()
        .map(|o| o.operation_name.clone().unwrap())
        .collect();
    assert_eq!(names.len(), 7, "no duplicates across pages");
    assert!(
        ops.iter()
            .all(|o| o.operation_status.as_deref() == Some("Success"))
    );
    let writes: Vec<_> = ops
        .iter()
        .filter(|o| o.operation_type.as_deref() == Some("SqlWrite"))
        .collect();
    assert_eq!(
        writes.len(),
        3,
        "the first write that made main, and two more"
    );
    assert!(
        writes[0]
            .metadata
            .as_deref()
            .unwrap()
            .contains("'sql_query':'INSERT INTO t VALUES (1)'")
    );

    let only_merges = c
        .list_user_operations()
        .username(&me)
        .operation_type(types::ListUserOperationsOperationType::Merge)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(only_merges.operations.len(), 2);
    assert!(
        only_merges
            .operations
            .iter()
            .all(|o| o.operation_type.as_deref() == Some("Merge"))
    );
}

#[tokio::test]
async fn sql_writes_merges_branch_deletes_and_no_change() {
    let sb = sandbox().await;
    let me = sb.username().to_string();
    create_db(&sb, "w").await;
    let created = write_ok(
        &sb,
        "w",
        "main",
        "main",
        "CREATE TABLE t (id INT PRIMARY KEY, v VARCHAR(10))",
    )
    .await;
    let commit = created.to_commit_id.clone().unwrap();
    assert_eq!(commit.len(), 32);
    // Dolt's form: 32 characters of 0-9a-v
    assert!(commit.chars().all(|c| matches!(c, '0'..='9' | 'a'..='v')));
    assert_ne!(created.from_commit_id, created.to_commit_id);

    // the write lands on a new branch created from main
    let ins = write_ok(
        &sb,
        "w",
        "main",
        "feature",
        "INSERT INTO t VALUES (1, 'a'), (2, 'b')",
    )
    .await;
    assert_eq!(ins.from_commit_id.as_deref(), Some(commit.as_str()));
    assert_eq!(
        ins.query_execution_message.as_deref(),
        Some("Query OK, 2 rows affected.")
    );
    assert_eq!(
        cells(&read(&sb, "w", "main", "SELECT COUNT(*) FROM t").await),
        vec![vec!["0"]]
    );

    // MySQL upsert with identical values changes nothing: bare-text 400
    let (s, body) = write(
        &sb,
        "w",
        "feature",
        "feature",
        "INSERT INTO t (id, v) VALUES (1, 'a') ON DUPLICATE KEY UPDATE v = VALUES(v)",
    )
    .await;
    assert_eq!(s, 400);
    assert_eq!(
        body,
        "cannot return null for non-nullable field SqlWrite.toCommitId"
    );

    // empty query = merge feature (first path branch) into main (second)
    let merged = write_ok(&sb, "w", "feature", "main", "").await;
    assert_eq!(merged.to_commit_id.as_deref(), Some(""));
    let merge_commit = merged.from_commit_id.unwrap();
    assert_eq!(merge_commit.len(), 32);
    assert_eq!(
        cells(&read(&sb, "w", "main", "SELECT COUNT(*) FROM t").await),
        vec![vec!["2"]]
    );
    let log = read(
        &sb,
        "w",
        "main",
        "SELECT commit_hash, message FROM dolt_log",
    )
    .await;
    assert_eq!(log.rows[0]["commit_hash"], merge_commit.as_str());
    assert!(log.rows.len() >= 4);
    // merging again changes nothing
    let (s, _) = write(&sb, "w", "feature", "main", "").await;
    assert_eq!(s, 400);

    // delete the branch through SQL
    let (s, _) = write(
        &sb,
        "w",
        "main",
        "main",
        "CALL DOLT_BRANCH('-D', 'feature')",
    )
    .await;
    assert_eq!(s, 400, "a branch delete commits nothing");
    let branches = api(&sb)
        .list_branches()
        .owner(&me)
        .database("w")
        .send()
        .await
        .unwrap()
        .into_inner();
    let names: Vec<_> = branches
        .branches
        .iter()
        .map(|b| b.branch_name.clone().unwrap())
        .collect();
    assert_eq!(names, ["main"]);

    // a constraint violation fails the write; the poll says so in res_details
    let (s, body) = write(&sb, "w", "main", "main", "INSERT INTO t VALUES (1, 'dup')").await;
    assert_eq!(s, 200, "{body}");
    let poll: types::PollSqlWriteResponse = serde_json::from_str(&body).unwrap();
    let details = poll.res_details.unwrap();
    assert_eq!(details.query_execution_status.as_deref(), Some("Error"));
    // MySQL's wording (issue 10), not SQLite's "UNIQUE constraint failed"
    assert!(
        details
            .query_execution_message
            .unwrap()
            .contains("Duplicate entry")
    );

    // a missing base branch: JSON 400 carrying the same text as the no-change case
    let (s, body) = write(&sb, "w", "nope", "other", "INSERT INTO t VALUES (9, 'x')").await;
    assert_eq!(s, 400);
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(v["query_execution_status"], "Error");
    assert!(
        v["query_execution_message"]
            .as_str()
            .unwrap()
            .contains("SqlWrite.toCommitId")
    );
}

#[tokio::test]
async fn reads_default_branch_row_limit_and_csv_exports() {
    let sb = Sandbox::builder()
        .job_delay(Duration::from_millis(5))
        .row_limit(50)
        .start()
        .await
        .unwrap();
    let me = sb.username().to_string();
    create_db(&sb, "r").await;
    write_ok(
        &sb,
        "r",
        "main",
        "main",
        "CREATE TABLE n (i INT PRIMARY KEY, label TEXT)",
    )
    .await;
    write_ok(
        &sb,
        "r",
        "main",
        "main",
        "INSERT INTO n WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 60) SELECT x, 'row ' || x FROM c",
    )
    .await;

    let capped = read(&sb, "r", "main", "SELECT * FROM n ORDER BY i").await;
    assert_eq!(capped.query_execution_status.as_deref(), Some("RowLimit"));
    assert_eq!(capped.rows.len(), 50);
    let fits = read(&sb, "r", "main", "SELECT * FROM n WHERE i <= 50").await;
    assert_eq!(fits.query_execution_status.as_deref(), Some("Success"));

    // anonymous read of the default branch
    let anon_read = anon(&sb)
        .sql_read_default_branch()
        .owner(&me)
        .database("r")
        .q("SELECT COUNT(*) AS c FROM n")
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(anon_read.commit_ref.as_deref(), Some("main"));
    assert_eq!(anon_read.rows[0]["c"], "60");
    // without q: SHOW TABLES
    let tables = anon(&sb)
        .sql_read_default_branch()
        .owner(&me)
        .database("r")
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(tables.schema[0].column_name.as_deref(), Some("Tables_in_r"));
    assert_eq!(tables.rows[0]["Tables_in_r"], "n");
    // a token on the default-branch read is refused
    let (s, v) = status_json(
        raw(&sb)
            .get(format!("{}/api/v1alpha1/{me}/r?q=SELECT%201", sb.url()))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(s, 400);
    assert_eq!(v["query_execution_status"], "Error");
    assert_eq!(
        v["query_execution_message"],
        "Calls authenticated with a token must include a refName"
    );

    // CSV of a table: every row, not capped
    let resp = raw_anon()
        .get(format!("{}/csv/{me}/r/main/n", sb.url()))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.headers()["content-type"], "text/csv; charset=utf-8");
    let text = resp.text().await.unwrap();
    assert_eq!(text.lines().count(), 61);
    assert!(text.starts_with("i,label\n1,row 1\n"));
    // ZIP of all tables, through the generated client
    let zip = api(&sb)
        .download_database_zip()
        .owner(&me)
        .database("r")
        .ref_("main")
        .send()
        .await
        .unwrap()
        .into_inner();
    use futures::TryStreamExt;
    let bytes: Vec<u8> = zip
        .into_inner()
        .map_ok(|b| b.to_vec())
        .try_concat()
        .await
        .unwrap();
    assert!(bytes.starts_with(b"PK"));
    let missing = raw_anon()
        .get(format!("{}/csv/{me}/r/main/nope", sb.url()))
        .send()
        .await
        .unwrap();
    let (s, v) = status_json(missing).await;
    assert_eq!(s, 404);
    assert!(v["message"].as_str().unwrap().contains("table not found"));
}

#[tokio::test]
async fn current_user_and_private_databases() {
    let sb = Sandbox::builder()
        .job_delay(Duration::from_millis(5))
        .user("bob", "dhat.bob.2")
        .organization("team", ["sandbox"])
        .start()
        .await
        .unwrap();
    let me = api(&sb)
        .get_current_user()
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(me.username.as_deref(), Some("sandbox"));
    assert_eq!(me.email_addresses.len(), 1);
    let (s, v) = status_json(
        raw_anon()
            .get(format!("{}/api/v1alpha1/user", sb.url()))
            .send()
            .await
            .unwrap(),
    )
    .await;
    // DoltHub documents 401 `Not authenticated` for /user; anonymous calls are seen to
    // get 400 `no authentication`, and the sandbox sends that.
    assert_eq!(s, 400);
    assert_eq!(v["status"], "Error");
    assert_eq!(v["message"], "no authentication");

    // an organization database, private
    api(&sb)
        .create_database()
        .body(types::CreateDatabaseRequest {
            owner_name: "team".into(),
            repo_name: "secret".into(),
            visibility: types::CreateDatabaseRequestVisibility::Private,
            description: None,
        })
        .send()
        .await
        .unwrap();
    // its first write creates `main`
    let (s, _) = write_in(&sb, "team", "secret", "main", "main", "SELECT 1").await;
    assert_eq!(s, 400, "a first write that changes nothing");
    let ok = api(&sb)
        .sql_read()
        .owner("team")
        .database("secret")
        .ref_("main")
        .q("SHOW TABLES")
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(ok.query_execution_status.as_deref(), Some("Success"));
    for client in [anon(&sb), api_as(&sb, "dhat.bob.2")] {
        let err = client
            .sql_read()
            .owner("team")
            .database("secret")
            .ref_("main")
            .q("SHOW TABLES")
            .send()
            .await
            .unwrap_err();
        assert_eq!(err.status().map(|s| s.as_u16()), Some(400));
        let csv = client
            .download_table_csv()
            .owner("team")
            .database("secret")
            .ref_("main")
            .table("t")
            .send()
            .await;
        let Err(csv) = csv else {
            panic!("private table exported")
        };
        assert_eq!(csv.status().map(|s| s.as_u16()), Some(400));
    }
    // bob cannot create databases for the organization
    let (s, _) = status_json(
        raw_anon()
            .post(format!("{}/api/v1alpha1/database", sb.url()))
            .header("authorization", "token dhat.bob.2")
            .json(&json!({"ownerName": "team", "repoName": "x", "visibility": "public"}))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(s, 400);
}

/// Uploads a file into `main`, waits, merges the pull request; returns the job status.
async fn import_and_merge(
    sb: &Sandbox,
    db: &str,
    file: &str,
    body: &str,
    params: serde_json::Value,
) -> String {
    let (s, started) = upload(sb, db, file, body.as_bytes().to_vec(), params).await;
    assert_eq!(s, 200, "{started}");
    let done = wait_import(sb, db, "main", started["operation_name"].as_str().unwrap()).await;
    if let Some(pull) = done.pull_id {
        assert_eq!(merge_and_wait(sb, db, &pull).await, "Completed");
    }
    done.job_status.unwrap()
}

#[tokio::test]
async fn psv_json_and_sql_files_with_every_import_op() {
    let sb = sandbox().await;
    create_db(&sb, "files").await;
    let p = |file: &str, ty: &str, op: &str, pks: &[&str]| {
        json!({"tableName": "people", "fileName": file, "branchName": "main",
               "fileType": ty, "importOp": op, "primaryKeys": pks})
    };
    let status = import_and_merge(
        &sb,
        "files",
        "p.psv",
        "id|name\n1|Ann\n2|Bo\n",
        p("p.psv", "Psv", "Create", &["id"]),
    )
    .await;
    assert_eq!(status, "Completed");
    let status = import_and_merge(
        &sb,
        "files",
        "u.json",
        r#"[{"id": 2, "name": "Bob"}, {"id": 3, "name": "Cy"}]"#,
        p("u.json", "Json", "Update", &[]),
    )
    .await;
    assert_eq!(status, "Completed");
    let rows = read(
        &sb,
        "files",
        "main",
        "SELECT id, name FROM people ORDER BY id",
    )
    .await;
    assert_eq!(
        cells(&rows),
        vec![vec!["1", "Ann"], vec!["2", "Bob"], vec!["3", "Cy"]]
    );

    let status = import_and_merge(
        &sb,
        "files",
        "o.json",
        r#"{"rows": [{"id": 9, "name": "Zed"}]}"#,
        // Replace keeps the table's schema and swaps its rows (issue 10 bug 3:
        // the sandbox had Replace and Overwrite the wrong way round)
        p("o.json", "Json", "Replace", &[]),
    )
    .await;
    assert_eq!(status, "Completed");
    let rows = read(&sb, "files", "main", "SELECT id, name FROM people").await;
    assert_eq!(cells(&rows), vec![vec!["9", "Zed"]]);

    let status = import_and_merge(
        &sb,
        "files",
        "r.csv",
        "code,label\nA,x\n",
        // Overwrite drops the table and creates it from the file, schema included
        p("r.csv", "Csv", "Overwrite", &["code"]),
    )
    .await;
    assert_eq!(status, "Completed");
    let cols = read(&sb, "files", "main", "DESCRIBE people").await;
    assert_eq!(
        cells(&cols)
            .iter()
            .map(|r| r[0].clone())
            .collect::<Vec<_>>(),
        ["code", "label"]
    );
    assert_eq!(cells(&cols)[0][3], "PRI");

    let sql = "CREATE TABLE extra (id INT PRIMARY KEY); INSERT INTO extra VALUES (1); INSERT INTO extra VALUES (2);";
    let status = import_and_merge(
        &sb,
        "files",
        "s.sql",
        sql,
        json!({"fileName": "s.sql", "branchName": "", "fileType": "Sql", "importOp": "Create"}),
    )
    .await;
    assert_eq!(status, "Completed");
    let rows = read(&sb, "files", "main", "SELECT COUNT(*) FROM extra").await;
    assert_eq!(cells(&rows), vec![vec!["2"]]);

    // a Create of an existing table fails the job
    let status = import_and_merge(
        &sb,
        "files",
        "again.csv",
        "code\nB\n",
        p("again.csv", "Csv", "Create", &[]),
    )
    .await;
    assert_eq!(status, "Failed");
}

#[tokio::test]
async fn branch_procedures_and_dolt_merge() {
    let sb = sandbox().await;
    let me = sb.username().to_string();
    create_db(&sb, "proc").await;
    write_ok(
        &sb,
        "proc",
        "main",
        "main",
        "CREATE TABLE t (id INT PRIMARY KEY)",
    )
    .await;
    let branches = || async {
        api(&sb)
            .list_branches()
            .owner(&me)
            .database("proc")
            .send()
            .await
            .unwrap()
            .into_inner()
            .branches
            .into_iter()
            .map(|b| b.branch_name.unwrap())
            .collect::<Vec<_>>()
    };
    let (s, _) = write(&sb, "proc", "main", "main", "CALL DOLT_BRANCH('feature')").await;
    assert_eq!(s, 400, "branch procedures commit nothing");
    assert_eq!(branches().await, ["feature", "main"]);
    let (s, _) = write(
        &sb,
        "proc",
        "main",
        "main",
        "CALL DOLT_BRANCH('-m', 'feature', 'renamed')",
    )
    .await;
    assert_eq!(s, 400);
    assert_eq!(branches().await, ["main", "renamed"]);
    write_ok(
        &sb,
        "proc",
        "renamed",
        "renamed",
        "INSERT INTO t VALUES (7)",
    )
    .await;
    let merged = write_ok(&sb, "proc", "main", "main", "CALL DOLT_MERGE('renamed')").await;
    assert_eq!(merged.to_commit_id.as_deref(), Some(""));
    assert_eq!(
        cells(&read(&sb, "proc", "main", "SELECT id FROM t").await),
        vec![vec!["7"]]
    );
    let (s, body) = write(
        &sb,
        "proc",
        "main",
        "main",
        "CALL DOLT_BRANCH('-d', 'main')",
    )
    .await;
    assert_eq!(s, 200, "{body}");
    assert!(body.contains("cannot delete branch main"), "{body}");
    let (s, body) = write(
        &sb,
        "proc",
        "main",
        "main",
        "CALL DOLT_BRANCH('-d', 'ghost')",
    )
    .await;
    assert_eq!(s, 200);
    assert!(body.contains("branch not found: ghost"), "{body}");
}
