//! One user-level workflow, written once against the handles and run on both
//! API versions against the sandbox (which serves v1alpha1 and v2 from the
//! same state): create a database, write, branch, read, tag, open, comment
//! on and merge a pull request, import a file, list jobs. The same body and
//! the same assertions on either version show that a program written against
//! the handles runs unchanged.

use std::time::Duration;

use dolthub::models::PullState;
use dolthub::resources::ImportMode;
use dolthub::{ApiVersion, Client, Revision, WaitOptions};
use dolthub_sandbox::Sandbox;
use futures::TryStreamExt;

#[derive(Debug, PartialEq, serde::Deserialize)]
struct Piece {
    id: u32,
    title: String,
}

fn waits() -> WaitOptions {
    WaitOptions::default()
        .initial(Duration::from_millis(10))
        .max(Duration::from_millis(100))
        .deadline(Duration::from_secs(30))
}

async fn pieces(client: &Client, owner: &str, db: &str, at: &str) -> Vec<Piece> {
    client
        .database(owner, db)
        .sql()
        .read(at, "SELECT id, title FROM lacma ORDER BY id")
        .await
        .unwrap()
        .rows()
        .unwrap()
}

/// The workflow; every step asserts what a user would check.
async fn museum_workflow(client: &Client, owner: &str) {
    let name = format!("museum-{}", client.api_version());
    let me = client.user().await.unwrap();
    assert_eq!(me.username, owner);

    let created = client
        .create_database(owner, &name)
        .public()
        .description("scenario")
        .await
        .unwrap();
    assert_eq!(
        (created.owner.as_str(), created.name.as_str()),
        (owner, name.as_str())
    );
    let db = client.database(owner, &name);

    // A fresh database has no branch: the first write creates `main`.
    db.sql()
        .write("CREATE TABLE lacma (id INT PRIMARY KEY, title VARCHAR(100))")
        .to("main")
        .await
        .unwrap()
        .with_options(waits())
        .wait()
        .await
        .unwrap();
    db.branches()
        .create("feature", Revision::branch("main"))
        .await
        .unwrap();
    let branches: Vec<String> = db
        .branches()
        .list()
        .await
        .unwrap()
        .into_iter()
        .map(|b| b.name)
        .collect();
    assert!(
        branches.contains(&"main".to_owned()) && branches.contains(&"feature".to_owned()),
        "{branches:?}"
    );

    let written = db
        .sql()
        .write("INSERT INTO lacma VALUES (1, 'Vase')")
        .to("feature")
        .await
        .unwrap()
        .with_options(waits())
        .wait()
        .await
        .unwrap();
    assert!(written.commit_id().is_some(), "{written:?}");
    assert_eq!(
        pieces(client, owner, &name, "feature").await,
        vec![Piece {
            id: 1,
            title: "Vase".into()
        }]
    );
    assert!(pieces(client, owner, &name, "main").await.is_empty());

    db.tags()
        .create("v0", Revision::branch("main"))
        .message("empty table")
        .await
        .unwrap();
    let tags = db.tags().list().await.unwrap();
    assert!(tags.iter().any(|t| t.name == "v0"), "{tags:?}");

    let pull = db
        .pulls()
        .create("Add the vase")
        .from("feature")
        .to("main")
        .description("one row")
        .await
        .unwrap();
    assert!(!pull.id.is_empty());
    let open: Vec<_> = db
        .pulls()
        .list()
        .state(PullState::Open)
        .stream()
        .try_collect()
        .await
        .unwrap();
    assert!(open.iter().any(|p| p.id == pull.id), "{open:?}");
    db.pull(&pull.id).comment("Spot-checked").await.unwrap();
    let fetched = db.pull(&pull.id).get().await.unwrap();
    assert_eq!(fetched.from_branch, "feature");
    assert_eq!(fetched.to_branch, "main");

    let merged = db
        .pull(&pull.id)
        .merge()
        .await
        .unwrap()
        .with_options(waits())
        .wait()
        .await
        .unwrap();
    assert_eq!(merged.pull_id, pull.id);
    assert_eq!(pieces(client, owner, &name, "main").await.len(), 1);

    // An import; where it opens a pull request, merging it lands the rows.
    let csv = b"id,title\n2,Bowl\n";
    let imported = db
        .import_reader(&csv[..], csv.len() as u64, "more.csv")
        .table("lacma")
        .mode(ImportMode::Update)
        .primary_keys(["id"])
        .branch("main")
        .start()
        .await
        .unwrap()
        .with_options(waits())
        .wait()
        .await
        .unwrap();
    if !imported.pull_id.is_empty() {
        db.pull(&imported.pull_id)
            .merge()
            .await
            .unwrap()
            .with_options(waits())
            .wait()
            .await
            .unwrap();
    }
    assert_eq!(
        pieces(client, owner, &name, "main").await,
        vec![
            Piece {
                id: 1,
                title: "Vase".into()
            },
            Piece {
                id: 2,
                title: "Bowl".into()
            }
        ]
    );

    let jobs = db.jobs().list().await.unwrap();
    assert!(!jobs.items.is_empty(), "the merge and the import are jobs");
}

#[tokio::test]
async fn scenario_museum_workflow_on_v1alpha1() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = Client::builder()
        .token(sandbox.token())
        .base_url(sandbox.url())
        .build()
        .unwrap();
    assert_eq!(client.api_version(), ApiVersion::V1alpha1);
    museum_workflow(&client, sandbox.username()).await;
}

#[tokio::test]
async fn scenario_museum_workflow_on_v2() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = Client::builder()
        .token(sandbox.v2_token())
        .api_version(ApiVersion::V2)
        .base_url(sandbox.url())
        .build()
        .unwrap();
    museum_workflow(&client, sandbox.username()).await;
}
