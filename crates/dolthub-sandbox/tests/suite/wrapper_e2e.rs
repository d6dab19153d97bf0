//! End-to-end workflows through the `dolthub` wrapper crate against an in-process sandbox.

use dolthub::models::{JobStatus, OperationType, PullState};
use dolthub::{Client, Error, RetryPolicy, Revision, WaitOptions, WriteOutcome};
use dolthub_sandbox::Sandbox;
use futures::TryStreamExt;
use std::time::Duration;

fn fast() -> WaitOptions {
    WaitOptions::default()
        .initial(Duration::from_millis(10))
        .max(Duration::from_millis(50))
        .deadline(Duration::from_secs(20))
}

async fn sandbox(
    configure: impl FnOnce(dolthub_sandbox::SandboxBuilder) -> dolthub_sandbox::SandboxBuilder,
) -> (Sandbox, Client) {
    let sb = configure(Sandbox::builder().job_delay(Duration::from_millis(20)))
        .start()
        .await
        .unwrap();
    let client = client(&sb, sb.token());
    (sb, client)
}

fn client(sb: &Sandbox, token: &str) -> Client {
    Client::builder()
        .base_url(sb.url())
        .token(token)
        .retry_policy(
            RetryPolicy::default()
                .base_backoff(Duration::from_millis(5))
                .max_backoff(Duration::from_millis(20)),
        )
        .build()
        .unwrap()
}

#[derive(Debug, serde::Deserialize, PartialEq)]
struct Piece {
    id: u64,
    title: Option<String>,
    on_view: bool,
}

#[tokio::test]
async fn database_branch_import_pull_comment_merge_read() {
    let (sb, c) = sandbox(|b| b).await;
    let me = sb.username().to_string();
    let db = c.database(&me, "museum");
    c.create_database(&me, "museum")
        .public()
        .description("art")
        .send()
        .await
        .unwrap();
    assert!(
        db.branches().list().send().await.unwrap().is_empty(),
        "a new database has no branch"
    );
    // the first write creates `main`
    db.sql()
        .write("CREATE TABLE notes (id INT PRIMARY KEY)")
        .to("main")
        .send()
        .await
        .unwrap()
        .wait()
        .await
        .unwrap();
    db.branches()
        .create("lacma", Revision::branch("main"))
        .send()
        .await
        .unwrap();

    let data = b"id,title,on_view\n1,Portrait of a Woman,1\n2,Landscape with Cattle,0\n3,,1\n";
    let outcome = db
        .import_reader(&data[..], data.len() as u64, "lacma.csv")
        .table("lacma")
        .primary_keys(["id"])
        .branch("lacma")
        .start()
        .await
        .unwrap()
        .with_options(fast())
        .wait()
        .await
        .unwrap();
    assert!(!outcome.pull_id.is_empty());

    let pull = db.pull(&outcome.pull_id).get().send().await.unwrap();
    assert_eq!(pull.state, PullState::Open);
    assert_eq!(pull.to_branch, "lacma");
    db.pull(&outcome.pull_id)
        .comment("Spot-checked.")
        .send()
        .await
        .unwrap();
    db.pull(&outcome.pull_id)
        .merge()
        .send()
        .await
        .unwrap()
        .with_options(fast())
        .wait()
        .await
        .unwrap();
    assert_eq!(
        db.pull(&outcome.pull_id).get().send().await.unwrap().state,
        PullState::Merged
    );

    let result = db
        .sql()
        .read("lacma", "SELECT * FROM lacma ORDER BY id")
        .send()
        .await
        .unwrap();
    assert!(!result.truncated);
    let pieces: Vec<Piece> = result.rows().unwrap();
    assert_eq!(
        pieces,
        vec![
            Piece {
                id: 1,
                title: Some("Portrait of a Woman".into()),
                on_view: true
            },
            Piece {
                id: 2,
                title: Some("Landscape with Cattle".into()),
                on_view: false
            },
            Piece {
                id: 3,
                title: None,
                on_view: true
            },
        ]
    );

    // lacma -> main through a pull request, then main has the rows
    let pr = db
        .pulls()
        .create("Add LACMA", "lacma", "main")
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
    let open: Vec<_> = db
        .pulls()
        .list()
        .state(PullState::Open)
        .stream()
        .try_collect()
        .await
        .unwrap();
    assert!(open.is_empty());
    let count = db
        .sql()
        .read("main", "SELECT COUNT(*) AS n FROM lacma")
        .send()
        .await
        .unwrap();
    assert_eq!(count.rows[0]["n"], "3");

    // CSV export of the merged table
    let mut csv = Vec::new();
    db.csv("main")
        .table("lacma")
        .write_to(&mut csv)
        .await
        .unwrap();
    assert!(
        String::from_utf8(csv)
            .unwrap()
            .starts_with("id,title,on_view\n1,")
    );
}

#[tokio::test]
async fn writes_merges_no_change_and_branch_delete() {
    let (sb, c) = sandbox(|b| b).await;
    let me = sb.username().to_string();
    c.create_database(&me, "w").public().send().await.unwrap();
    let sql = c.database(&me, "w").sql();
    let first = sql
        .write("CREATE TABLE t (id INT PRIMARY KEY, v TEXT)")
        .to("main")
        .send()
        .await
        .unwrap()
        .with_options(fast())
        .wait()
        .await
        .unwrap();
    assert!(first.commit_id().is_some());
    let on_branch = sql
        .write("INSERT INTO t VALUES (1, 'a')")
        .to("feature/x")
        .from("main")
        .send()
        .await
        .unwrap()
        .with_options(fast())
        .wait()
        .await
        .unwrap();
    assert!(matches!(on_branch, WriteOutcome::Committed { .. }));
    let same = sql
        .write("UPDATE t SET v = 'a' WHERE id = 1")
        .to("feature/x")
        .send()
        .await
        .unwrap()
        .with_options(fast())
        .wait()
        .await
        .unwrap();
    assert_eq!(same, WriteOutcome::NothingToCommit);
    let merged = sql
        .merge("feature/x")
        .to("main")
        .send()
        .await
        .unwrap()
        .with_options(fast())
        .wait()
        .await
        .unwrap();
    match merged {
        WriteOutcome::Committed {
            from_commit_id,
            to_commit_id,
            ..
        } => {
            assert_eq!(from_commit_id.len(), 32);
            assert!(to_commit_id.is_empty());
        }
        other => panic!("merge: {other:?}"),
    }
    let deleted = sql
        .delete_branch("feature/x")
        .send()
        .await
        .unwrap()
        .with_options(fast())
        .wait()
        .await
        .unwrap();
    assert_eq!(deleted, WriteOutcome::NothingToCommit);
    let branches = c.database(&me, "w").branches().list().send().await.unwrap();
    assert_eq!(
        branches.iter().map(|b| b.name.as_str()).collect::<Vec<_>>(),
        ["main"]
    );

    // a statement that fails while running is an error of the wait
    let failed = sql
        .write("INSERT INTO t VALUES (1, 'dup')")
        .to("main")
        .send()
        .await
        .unwrap()
        .with_options(fast())
        .wait()
        .await;
    assert!(failed.is_err(), "{failed:?}");
    // a syntax error is refused at once
    let refused = sql.write("INSRT 1").to("main").send().await;
    assert!(
        matches!(refused, Err(Error::Sql { .. }) | Err(Error::Api { .. })),
        "{refused:?}"
    );
}

#[tokio::test]
async fn fork_list_forks_tags_releases() {
    let (sb, c) = sandbox(|b| b.user("alice", "dhat.alice.1").page_size(2)).await;
    let me = sb.username().to_string();
    c.create_database(&me, "museum")
        .public()
        .send()
        .await
        .unwrap();
    c.database(&me, "museum")
        .sql()
        .write("CREATE TABLE notes (id INT PRIMARY KEY)")
        .to("main")
        .send()
        .await
        .unwrap()
        .wait()
        .await
        .unwrap();
    let alice = client(&sb, "dhat.alice.1");
    let fork = alice
        .fork(&me, "museum")
        .to_owner("alice")
        .send()
        .await
        .unwrap()
        .with_options(fast())
        .wait()
        .await
        .unwrap();
    assert_eq!(
        (fork.owner.as_str(), fork.database.as_str()),
        ("alice", "museum")
    );
    let network = c
        .database(&me, "museum")
        .forks()
        .list()
        .send()
        .await
        .unwrap();
    assert_eq!(network.fork_network_count, 1);
    assert_eq!(network.forks.len(), 1);
    assert_eq!(network.network_root_owner, me);
    let again = alice.fork(&me, "museum").to_owner("alice").send().await;
    assert!(
        matches!(again, Err(Error::AlreadyExists { .. })),
        "{again:?}"
    );

    let db = c.database(&me, "museum");
    db.tags()
        .create("v1", Revision::branch("main"))
        .message("first")
        .send()
        .await
        .unwrap();
    let tags = db.tags().list().send().await.unwrap();
    assert_eq!(tags[0].name, "v1");
    for i in 0..5 {
        db.releases()
            .create(format!("R{i}"), format!("r{i}"), "main")
            .create_tag_if_not_exists(true)
            .send()
            .await
            .unwrap();
    }
    let releases: Vec<_> = db.releases().list().stream().try_collect().await.unwrap();
    assert_eq!(
        releases
            .iter()
            .map(|r| r.title.as_str())
            .collect::<Vec<_>>(),
        ["R4", "R3", "R2", "R1", "R0"]
    );
}

#[tokio::test]
async fn jobs_and_operations_stream_across_pages() {
    let (sb, c) = sandbox(|b| b.page_size(2)).await;
    let me = sb.username().to_string();
    c.create_database(&me, "ops").public().send().await.unwrap();
    let db = c.database(&me, "ops");
    for i in 0..3 {
        let data = format!("id\n{i}\n").into_bytes();
        let len = data.len() as u64;
        let out = db
            .import_reader(std::io::Cursor::new(data), len, format!("f{i}.csv"))
            .table(format!("t{i}"))
            .branch("main")
            .start()
            .await
            .unwrap()
            .with_options(fast())
            .wait()
            .await
            .unwrap();
        db.pull(&out.pull_id)
            .merge()
            .send()
            .await
            .unwrap()
            .with_options(fast())
            .wait()
            .await
            .unwrap();
    }
    let jobs: Vec<_> = db.jobs().list().stream().try_collect().await.unwrap();
    assert_eq!(jobs.len(), 6);
    assert!(jobs.iter().all(|j| j.status == JobStatus::Succeeded));
    let ops: Vec<_> = c.operations(&me).stream().try_collect().await.unwrap();
    assert_eq!(ops.len(), 6);
    let imports: Vec<_> = c
        .operations(&me)
        .operation_type(OperationType::Import)
        .stream()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(imports.len(), 3);
    let tables = db.sql().read("main", "SHOW TABLES").send().await.unwrap();
    assert_eq!(tables.rows.len(), 3);
}

#[tokio::test]
async fn errors_faults_and_legacy_variants() {
    let (sb, c) = sandbox(|b| b).await;
    let me = sb.username().to_string();
    c.create_database(&me, "f").public().send().await.unwrap();
    let db = c.database(&me, "f");

    let missing = c.database(&me, "nope").branches().list().send().await;
    assert!(
        matches!(missing, Err(Error::NotFound { .. })),
        "{missing:?}"
    );
    let dup = c.create_database(&me, "f").public().send().await;
    assert!(matches!(dup, Err(Error::AlreadyExists { .. })), "{dup:?}");
    let bad = client(&sb, "dhat.wrong");
    let who = bad.user().send().await;
    assert!(matches!(who, Err(Error::Unauthorized { .. })), "{who:?}");

    // safe requests are retried through 429 and 502; a create is not retried
    sb.faults().rate_limit_next(1, 0);
    sb.faults().gateway_timeout_next(0);
    db.branches().list().send().await.unwrap();
    sb.faults().gateway_timeout_next(2);
    db.branches().list().send().await.unwrap();
    sb.faults().rate_limit_next(1, 0);
    let created = db
        .branches()
        .create("b", Revision::branch("main"))
        .send()
        .await;
    assert!(
        matches!(created, Err(Error::RateLimited { .. })),
        "{created:?}"
    );
    sb.faults().gateway_timeout_next(1);
    let created = db
        .branches()
        .create("b", Revision::branch("main"))
        .send()
        .await;
    assert!(matches!(created, Err(Error::Gateway { .. })), "{created:?}");

    // forced no-change write
    sb.faults().no_change_writes_next(1);
    let out = db
        .sql()
        .write("CREATE TABLE t (id INT PRIMARY KEY)")
        .to("main")
        .send()
        .await
        .unwrap()
        .with_options(fast())
        .wait()
        .await
        .unwrap();
    assert_eq!(out, WriteOutcome::NothingToCommit);

    // legacy variants decode into the same models
    db.sql()
        .write("CREATE TABLE t (id INT PRIMARY KEY)")
        .to("side")
        .from("main")
        .send()
        .await
        .unwrap()
        .with_options(fast())
        .wait()
        .await
        .unwrap();
    let pr = db
        .pulls()
        .create("Side", "side", "main")
        .description("d")
        .send()
        .await
        .unwrap();
    sb.faults().set_legacy_variants(true);
    let pulls: Vec<_> = db.pulls().list().stream().try_collect().await.unwrap();
    assert_eq!(pulls[0].title, "Side");
    assert_eq!(pulls[0].description, "d");
    let one = db.pull(&pr.id).get().send().await.unwrap();
    assert_eq!(one.from_branch, "side");
    assert_eq!(one.to_branch, "main");
    let branches = db.branches().list().send().await.unwrap();
    assert!(branches.iter().any(|b| b.name == "side"));
    let out = db
        .sql()
        .write("INSERT INTO t VALUES (1)")
        .to("side")
        .send()
        .await
        .unwrap()
        .with_options(fast())
        .wait()
        .await
        .unwrap();
    assert!(matches!(out, WriteOutcome::Committed { .. }), "{out:?}");
    db.pull(&pr.id)
        .merge()
        .send()
        .await
        .unwrap()
        .with_options(fast())
        .wait()
        .await
        .unwrap();
    let jobs: Vec<_> = db.jobs().list().stream().try_collect().await.unwrap();
    assert_eq!(jobs[0].status, JobStatus::Succeeded);
    let read = db
        .sql()
        .read("main", "SELECT COUNT(*) AS n FROM t")
        .send()
        .await
        .unwrap();
    assert_eq!(read.rows[0]["n"], "1");
    sb.faults().clear();

    // slow answers still work
    sb.faults().set_response_delay(Duration::from_millis(50));
    db.branches().list().send().await.unwrap();
}
