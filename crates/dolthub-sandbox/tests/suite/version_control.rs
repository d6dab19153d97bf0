//! Dolt's version control through the `dolthub` crate against the sandbox's doltlite
//! engine: pull-request and SQL-write merges (clean and conflicting), version-control
//! SQL in reads and writes, Dolt-form commit hashes, history across restarts, and the
//! MySQL behaviours users notice.

use dolthub::models::JobStatus;
use dolthub::resources::DatabaseHandler as Database;
use dolthub::{Client, RetryPolicy, Revision, WaitOptions, WriteOutcome};
use dolthub_sandbox::Sandbox;
use futures::TryStreamExt;
use std::time::Duration;

fn fast() -> WaitOptions {
    WaitOptions::default()
        .initial(Duration::from_millis(10))
        .max(Duration::from_millis(50))
        .deadline(Duration::from_secs(30))
}

fn client(sb: &Sandbox) -> Client {
    Client::builder()
        .base_url(sb.url())
        .token(sb.token())
        .retry_policy(
            RetryPolicy::default()
                .base_backoff(Duration::from_millis(5))
                .max_backoff(Duration::from_millis(20)),
        )
        .build()
        .unwrap()
}

async fn start(dir: Option<&std::path::Path>) -> Sandbox {
    let mut b = Sandbox::builder().job_delay(Duration::from_millis(5));
    if let Some(d) = dir {
        b = b.data_dir(d);
    }
    b.start().await.unwrap()
}

/// A public database `name` owned by the sandbox user.
async fn database(sb: &Sandbox, c: &Client, name: &str) -> Database {
    let me = sb.username().to_string();
    c.create_database(&me, name).public().send().await.unwrap();
    c.database(&me, name)
}

async fn write(db: &Database, from: &str, to: &str, q: &str) -> dolthub::Result<WriteOutcome> {
    db.sql()
        .write(q)
        .to(to)
        .from(from)
        .send()
        .await?
        .with_options(fast())
        .wait()
        .await
}

async fn ok_write(db: &Database, from: &str, to: &str, q: &str) -> WriteOutcome {
    write(db, from, to, q)
        .await
        .unwrap_or_else(|e| panic!("{q}: {e}"))
}

/// The cells of `q`'s rows at `at`, in schema order, NULL as "NULL".
async fn cells(db: &Database, at: &str, q: &str) -> Vec<Vec<String>> {
    let r = db
        .sql()
        .read(at, q)
        .send()
        .await
        .unwrap_or_else(|e| panic!("{q}: {e}"));
    r.rows
        .iter()
        .map(|row| {
            r.schema
                .iter()
                .map(|c| match row.get(&c.name) {
                    Some(serde_json::Value::String(s)) => s.clone(),
                    Some(serde_json::Value::Null) | None => "NULL".to_string(),
                    Some(other) => other.to_string(),
                })
                .collect()
        })
        .collect()
}

async fn read_error(db: &Database, at: &str, q: &str) -> String {
    match db.sql().read(at, q).send().await {
        Ok(r) => panic!("{q} should fail, got {:?}", r.rows),
        Err(e) => format!("{e} {e:?}"),
    }
}

fn is_dolt_hash(h: &str) -> bool {
    h.len() == 32 && h.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'v'))
}

/// main with `t(id, v)` holding (1, 'base'), plus branches `left` and `right` that both
/// change row 1.
async fn diverged(db: &Database) {
    ok_write(
        db,
        "main",
        "main",
        "CREATE TABLE t (id INT PRIMARY KEY, v VARCHAR(20))",
    )
    .await;
    ok_write(db, "main", "main", "INSERT INTO t VALUES (1, 'base')").await;
    ok_write(db, "main", "left", "UPDATE t SET v = 'left' WHERE id = 1").await;
    ok_write(db, "main", "right", "UPDATE t SET v = 'right' WHERE id = 1").await;
}

#[tokio::test]
async fn pull_request_merges_commit_or_fail_naming_the_conflicting_tables() {
    let sb = start(None).await;
    let c = client(&sb);
    let db = database(&sb, &c, "prs").await;
    diverged(&db).await;
    ok_write(&db, "left", "left", "INSERT INTO t VALUES (2, 'left only')").await;
    let main_before =
        cells(&db, "main", "SELECT commit_hash FROM dolt_log LIMIT 1").await[0][0].clone();

    // clean: left -> main makes a merge commit with both parents
    let pr = db
        .pulls()
        .create("left")
        .from("left")
        .to("main")
        .send()
        .await
        .unwrap();
    db.pull(&pr.id)
        .merge()
        .send()
        .await
        .unwrap()
        .with_options(fast())
        .wait()
        .await
        .unwrap();
    let log = cells(
        &db,
        "main",
        "SELECT commit_hash, message FROM dolt_log LIMIT 1",
    )
    .await;
    let merge_commit = log[0][0].clone();
    assert!(is_dolt_hash(&merge_commit), "{merge_commit}");
    assert!(
        log[0][1].starts_with(&format!("Merge pull request #{}", pr.id)),
        "{log:?}"
    );
    let parents = cells(
        &db,
        "main",
        &format!("SELECT parent_hash FROM dolt_commit_ancestors WHERE commit_hash = '{merge_commit}' ORDER BY parent_index"),
    )
    .await;
    assert_eq!(parents.len(), 2, "a merge commit has two parents");
    assert_eq!(parents[0][0], main_before);

    // dolt_diff_<table> after the merge shows what the merge brought to main
    let diff = cells(
        &db,
        "main",
        &format!(
            "SELECT to_id, to_v, from_v, diff_type, to_commit FROM dolt_diff_t WHERE to_commit = '{merge_commit}' ORDER BY to_id"
        ),
    )
    .await;
    assert_eq!(
        diff,
        vec![
            vec![
                "1".into(),
                "left".into(),
                "base".into(),
                "modified".into(),
                merge_commit.clone()
            ],
            vec![
                "2".into(),
                "left only".into(),
                "NULL".into(),
                "added".into(),
                merge_commit.clone()
            ],
        ]
    );

    // conflicting: right changed the same row -> the merge job fails naming table t
    let pr2 = db
        .pulls()
        .create("right")
        .from("right")
        .to("main")
        .send()
        .await
        .unwrap();
    let failed = db
        .pull(&pr2.id)
        .merge()
        .send()
        .await
        .unwrap()
        .with_options(fast())
        .wait()
        .await;
    // The merge poll does not say why; the wait finds the reason in the job list.
    match &failed {
        Err(dolthub::Error::OperationFailed { message, .. }) => assert!(
            message.contains("conflict") && message.contains("table(s) t"),
            "{message}"
        ),
        other => panic!("expected a failed merge, got {other:?}"),
    }
    let jobs: Vec<_> = db.jobs().list().stream().try_collect().await.unwrap();
    let job = jobs
        .iter()
        .find(|j| j.status == JobStatus::Failed)
        .expect("a failed merge job");
    assert!(
        job.error.contains("conflict") && job.error.contains("table(s) t"),
        "{}",
        job.error
    );
    assert_eq!(
        cells(&db, "main", "SELECT commit_hash FROM dolt_log LIMIT 1").await[0][0],
        merge_commit,
        "a failed merge leaves main alone"
    );
    assert_eq!(
        cells(&db, "main", "SELECT count(*) FROM dolt_conflicts").await,
        vec![vec!["0".to_string()]]
    );
}

#[tokio::test]
async fn sql_write_merges_commit_or_fail_naming_the_conflicting_tables() {
    let sb = start(None).await;
    let c = client(&sb);
    let db = database(&sb, &c, "writes").await;
    diverged(&db).await;
    let merged = db
        .sql()
        .merge("left")
        .to("main")
        .send()
        .await
        .unwrap()
        .with_options(fast())
        .wait()
        .await
        .unwrap();
    let WriteOutcome::Committed { from_commit_id, .. } = merged else {
        panic!("expected a merge commit, got {merged:?}")
    };
    assert!(is_dolt_hash(&from_commit_id), "{from_commit_id}");
    assert_eq!(
        cells(
            &db,
            "main",
            "SELECT commit_hash, message FROM dolt_log LIMIT 1"
        )
        .await[0],
        vec![
            from_commit_id.clone(),
            "Merge branch 'left' into main".to_string()
        ]
    );
    let conflict = db
        .sql()
        .merge("right")
        .to("main")
        .send()
        .await
        .unwrap()
        .with_options(fast())
        .wait()
        .await
        .unwrap_err()
        .to_string();
    assert!(conflict.contains("table(s) t"), "{conflict}");
    // the same through CALL DOLT_MERGE
    let conflict = write(&db, "main", "main", "CALL DOLT_MERGE('right')")
        .await
        .unwrap_err()
        .to_string();
    assert!(conflict.contains("table(s) t"), "{conflict}");
    assert_eq!(
        cells(&db, "main", "SELECT v FROM t WHERE id = 1").await,
        vec![vec!["left".to_string()]]
    );
}

#[tokio::test]
async fn version_control_sql_in_reads_and_writes() {
    let sb = start(None).await;
    let c = client(&sb);
    let db = database(&sb, &c, "vc").await;
    ok_write(
        &db,
        "main",
        "main",
        "CREATE TABLE t (id INT PRIMARY KEY, v TEXT)",
    )
    .await;
    let first = ok_write(&db, "main", "main", "INSERT INTO t VALUES (1, 'one')").await;
    let first = first.commit_id().unwrap().to_string();
    ok_write(&db, "main", "main", "UPDATE t SET v = 'uno' WHERE id = 1").await;

    // procedures, written MySQL-style
    let empty = ok_write(
        &db,
        "main",
        "main",
        "CALL DOLT_COMMIT('--allow-empty', '-m', 'checkpoint')",
    )
    .await;
    assert!(is_dolt_hash(empty.commit_id().unwrap()));
    assert_eq!(
        ok_write(&db, "main", "main", "CALL DOLT_BRANCH('feature')").await,
        WriteOutcome::NothingToCommit
    );
    ok_write(
        &db,
        "main",
        "main",
        &format!("CALL DOLT_TAG('v1', '{first}', '-m', 'first row')"),
    )
    .await;
    ok_write(&db, "main", "main", "CALL DOLT_CHECKOUT('-b', 'scratch')").await;
    ok_write(&db, "main", "feature", "INSERT INTO t VALUES (2, 'two')").await;
    let merged = ok_write(&db, "main", "main", "CALL DOLT_MERGE('feature')").await;
    assert!(
        matches!(merged, WriteOutcome::Committed { .. }),
        "{merged:?}"
    );
    ok_write(&db, "main", "main", "CALL DOLT_BRANCH('-D', 'scratch')").await;

    let branches = cells(&db, "main", "SELECT name FROM dolt_branches ORDER BY name").await;
    assert_eq!(
        branches,
        vec![vec!["feature".to_string()], vec!["main".to_string()]]
    );
    let tags = cells(
        &db,
        "main",
        "SELECT tag_name, tag_hash, message FROM dolt_tags",
    )
    .await;
    assert_eq!(
        tags,
        vec![vec![
            "v1".to_string(),
            first.clone(),
            "first row".to_string()
        ]]
    );
    let log = cells(&db, "main", "SELECT commit_hash, message FROM dolt_log").await;
    assert!(log.iter().all(|r| is_dolt_hash(&r[0])), "{log:?}");
    assert!(log.iter().any(|r| r[1] == "checkpoint"), "{log:?}");
    assert_eq!(
        cells(&db, "main", "SELECT count(*) FROM dolt_commits").await[0][0],
        log.len().to_string(),
        "dolt_commits reads the branch's commits"
    );
    assert!(
        cells(&db, "main", "SELECT * FROM dolt_status")
            .await
            .is_empty()
    );
    assert!(
        cells(&db, "main", "SELECT * FROM dolt_conflicts")
            .await
            .is_empty()
    );
    let history = cells(
        &db,
        "main",
        "SELECT v FROM dolt_history_t WHERE id = 1 ORDER BY commit_date, v",
    )
    .await;
    assert!(
        history.contains(&vec!["one".to_string()]) && history.contains(&vec!["uno".to_string()]),
        "{history:?}"
    );
    let diff = cells(
        &db,
        "main",
        "SELECT from_v, to_v FROM dolt_diff_t WHERE diff_type = 'modified'",
    )
    .await;
    assert_eq!(diff, vec![vec!["one".to_string(), "uno".to_string()]]);

    // reads at a commit: AS OF, the ref of the read, and a tag
    assert_eq!(
        cells(&db, "main", &format!("SELECT v FROM t AS OF '{first}'")).await,
        vec![vec!["one".to_string()]]
    );
    assert_eq!(
        cells(&db, &first, "SELECT v FROM t").await,
        vec![vec!["one".to_string()]]
    );
    assert_eq!(
        cells(&db, "v1", "SELECT count(*) FROM t").await,
        vec![vec!["1".to_string()]]
    );

    // version control stays on the write endpoint
    let e = read_error(&db, "main", "SELECT dolt_commit('-m', 'sneaky')").await;
    assert!(e.contains("write endpoint"), "{e}");
}

#[tokio::test]
async fn commit_hashes_are_dolt_form_stable_and_accepted_as_refs() {
    let sb = start(None).await;
    let c = client(&sb);
    let db = database(&sb, &c, "hashes").await;
    let made = ok_write(&db, "main", "main", "CREATE TABLE t (id INT PRIMARY KEY)").await;
    let hash = made.commit_id().unwrap().to_string();
    assert!(is_dolt_hash(&hash), "{hash}");
    assert_eq!(
        cells(&db, "main", "SELECT commit_hash FROM dolt_log LIMIT 1").await[0][0],
        hash
    );
    assert_eq!(
        cells(
            &db,
            "main",
            "SELECT hash FROM dolt_branches WHERE name = 'main'"
        )
        .await[0][0],
        hash,
        "dolt_branches shows the same hash"
    );
    // accepted back: branch from it, tag it, read at it, filter by it
    db.branches()
        .create("from-hash", Revision::commit(&hash))
        .send()
        .await
        .unwrap();
    db.tags()
        .create("at-hash", Revision::commit(&hash))
        .send()
        .await
        .unwrap();
    ok_write(&db, "main", "main", "INSERT INTO t VALUES (1)").await;
    assert_eq!(
        cells(&db, "from-hash", "SELECT count(*) FROM t").await[0][0],
        "0"
    );
    assert_eq!(
        cells(&db, "at-hash", "SELECT count(*) FROM t").await[0][0],
        "0"
    );
    assert_eq!(cells(&db, &hash, "SELECT count(*) FROM t").await[0][0], "0");
    assert_eq!(
        cells(
            &db,
            "main",
            &format!("SELECT count(*) FROM dolt_log WHERE commit_hash = '{hash}'")
        )
        .await[0][0],
        "1"
    );
    // A backslash literal before the hash, on the write path too: the hash
    // is matched on the MySQL text, so the row is inserted.
    ok_write(
        &db,
        "main",
        "main",
        &format!(
            r"INSERT INTO t SELECT 7 FROM dolt_log WHERE '\\' <> '' AND commit_hash = '{hash}'"
        ),
    )
    .await;
    assert_eq!(
        cells(&db, "main", "SELECT count(*) FROM t WHERE id = 7").await[0][0],
        "1"
    );
    let unknown = db.sql().read("0".repeat(32), "SELECT 1").send().await;
    assert!(unknown.is_err(), "{unknown:?}");
}

#[tokio::test]
async fn history_survives_a_restart_with_a_data_dir() {
    let dir = tempfile::tempdir().unwrap();
    let (log_before, me) = {
        let sb = start(Some(dir.path())).await;
        let c = client(&sb);
        let db = database(&sb, &c, "kept").await;
        ok_write(&db, "main", "main", "CREATE TABLE t (id INT PRIMARY KEY)").await;
        ok_write(&db, "main", "main", "INSERT INTO t VALUES (1)").await;
        ok_write(&db, "main", "side", "INSERT INTO t VALUES (2)").await;
        let log = cells(&db, "main", "SELECT commit_hash, message FROM dolt_log").await;
        let me = sb.username().to_string();
        sb.shutdown().await;
        (log, me)
    };
    let sb = start(Some(dir.path())).await;
    let c = client(&sb);
    let db = c.database(&me, "kept");
    assert_eq!(
        cells(&db, "main", "SELECT commit_hash, message FROM dolt_log").await,
        log_before
    );
    assert_eq!(
        cells(&db, "side", "SELECT count(*) FROM t").await[0][0],
        "2"
    );
    assert_eq!(
        cells(&db, "main", "SELECT count(*) FROM dolt_history_t").await[0][0],
        "1",
        "history of t on main: one row in one commit"
    );
}

#[tokio::test]
async fn mysql_behaviours_users_notice() {
    let sb = start(None).await;
    let c = client(&sb);
    let db = database(&sb, &c, "mysqlish").await;
    ok_write(
        &db,
        "main",
        "main",
        "CREATE TABLE t (id INT PRIMARY KEY, name VARCHAR(3), n INT)",
    )
    .await;
    ok_write(&db, "main", "main", "INSERT INTO t VALUES (1, 'abc', 7)").await;

    // exact division with MySQL's four extra decimals
    assert_eq!(
        cells(&db, "main", "SELECT 5/2, 7.5 / 2, n / 2 AS half, n FROM t").await,
        vec![vec![
            "2.5000".to_string(),
            "3.75000".into(),
            "3.5000".into(),
            "7".into()
        ]]
    );
    assert_eq!(
        cells(&db, "main", "SELECT id FROM t WHERE n / 2 > 3").await[0][0],
        "1"
    );
    // SHOW TABLES names its column after the database
    let tables = db.sql().read("main", "SHOW TABLES").send().await.unwrap();
    assert_eq!(tables.schema[0].name, "Tables_in_mysqlish");
    // type and length checks on insert
    let long = write(&db, "main", "main", "INSERT INTO t VALUES (2, 'abcdef', 1)")
        .await
        .unwrap_err()
        .to_string();
    assert!(long.contains("Data too long for column 'name'"), "{long}");
    let not_int = write(
        &db,
        "main",
        "main",
        "INSERT INTO t VALUES (3, 'x', 'seven')",
    )
    .await
    .unwrap_err()
    .to_string();
    assert!(
        not_int.contains("Incorrect integer value for column 'n'"),
        "{not_int}"
    );
    // duplicate keys
    let dup = write(&db, "main", "main", "INSERT INTO t VALUES (1, 'dup', 1)")
        .await
        .unwrap_err()
        .to_string();
    assert!(dup.contains("Duplicate entry"), "{dup}");
    assert_eq!(
        cells(&db, "main", "SELECT count(*) FROM t").await[0][0],
        "1"
    );
    // what the engine cannot do is named
    let f = read_error(&db, "main", "SELECT CURDATE()").await;
    assert!(f.contains("CURDATE") && f.contains("not supported"), "{f}");
    let sys = read_error(&db, "main", "SELECT * FROM dolt_procedures").await;
    assert!(
        sys.contains("dolt_procedures") && sys.contains("system table"),
        "{sys}"
    );
    let show = read_error(&db, "main", "SHOW DATABASES").await;
    assert!(show.contains("SHOW DATABASES is not supported"), "{show}");
}
