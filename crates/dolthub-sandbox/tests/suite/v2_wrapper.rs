//! The shared scenario through the `dolthub` crate on both API versions against one
//! sandbox, including reading through v2 what was written through v1alpha1.

use dolthub::models::PullState;
use dolthub::{ApiVersion, Client, Revision, WaitOptions};
use dolthub_sandbox::Sandbox;
use std::time::Duration;

#[derive(Debug, PartialEq, serde::Deserialize)]
struct N {
    n: String,
}

fn fast() -> WaitOptions {
    WaitOptions::default()
        .initial(Duration::from_millis(10))
        .max(Duration::from_millis(50))
        .deadline(Duration::from_secs(20))
}

fn client(sb: &Sandbox, version: ApiVersion) -> Client {
    let token = match version {
        ApiVersion::V2 => sb.v2_token(),
        _ => sb.token(),
    };
    Client::builder()
        .base_url(sb.url())
        .token(token)
        .api_version(version)
        .build()
        .unwrap()
}

/// Create database, first write, branch, pull request, comment, merge, SQL read, list
/// operations; returns the pull request id.
async fn scenario(c: &Client, name: &str) -> String {
    let me = "sandbox";
    c.create_database(me, name).public().send().await.unwrap();
    let db = c.database(me, name);
    db.sql()
        .write("CREATE TABLE t (id INT PRIMARY KEY, n TEXT)")
        .to("main")
        .from("main")
        .send()
        .await
        .unwrap()
        .with_options(fast())
        .wait()
        .await
        .unwrap();
    db.branches()
        .create("feature", Revision::branch("main"))
        .send()
        .await
        .unwrap();
    db.sql()
        .write("INSERT INTO t VALUES (1, 'one')")
        .to("feature")
        .from("feature")
        .send()
        .await
        .unwrap()
        .with_options(fast())
        .wait()
        .await
        .unwrap();
    let pull = db
        .pulls()
        .create("Add one", "feature", "main")
        .send()
        .await
        .unwrap();
    let id = pull.id.clone();
    db.pull(&id).comment("Looks right.").send().await.unwrap();
    db.pull(&id)
        .merge()
        .send()
        .await
        .unwrap()
        .with_options(fast())
        .wait()
        .await
        .unwrap();
    assert_eq!(
        db.pull(&id).get().send().await.unwrap().state,
        PullState::Merged
    );
    let read = db
        .sql()
        .read("main", "SELECT n FROM t")
        .send()
        .await
        .unwrap();
    let rows: Vec<N> = read.rows().unwrap();
    assert_eq!(rows, vec![N { n: "one".into() }]);
    let jobs = db.jobs().list().send().await.unwrap();
    assert!(!jobs.items.is_empty(), "the merge is listed");
    id
}

#[tokio::test]
async fn shared_scenario_on_both_versions_against_one_sandbox() {
    let sb = Sandbox::builder()
        .job_delay(Duration::from_millis(10))
        .start()
        .await
        .unwrap();
    let v1 = client(&sb, ApiVersion::V1alpha1);
    let v2 = client(&sb, ApiVersion::V2);
    scenario(&v1, "via-v1").await;
    let v2_pull = scenario(&v2, "via-v2").await;

    // v2 reads what v1alpha1 wrote
    let old = v2.database("sandbox", "via-v1");
    let branches = old.branches().list().send().await.unwrap();
    assert!(branches.iter().any(|b| b.name == "feature"));
    let read = old
        .sql()
        .read("main", "SELECT n FROM t")
        .send()
        .await
        .unwrap();
    let rows: Vec<N> = read.rows().unwrap();
    assert_eq!(rows, vec![N { n: "one".into() }]);
    assert_eq!(
        old.pull("1").get().send().await.unwrap().state,
        PullState::Merged
    );
    // and v1alpha1 reads what v2 wrote
    let new = v1.database("sandbox", "via-v2");
    assert_eq!(
        new.pull(&v2_pull).get().send().await.unwrap().title,
        "Add one"
    );
}
