//! Each observed server variant decodes through the real request path.

use dolthub::models::{JobStatus, OperationType, PullState, SqlStatus};
use dolthub::{PollStatus, WriteOutcome};
use httpmock::Method::{GET, POST};

use crate::common::*;

async fn serve(path: &str, fixture_path: &str) -> httpmock::MockServer {
    let server = server().await;
    let body = fixture(fixture_path);
    let path = path.to_owned();
    server
        .mock_async(move |when, then| {
            when.path(path);
            then.status(200)
                .header("content-type", "application/json")
                .body(body);
        })
        .await;
    server
}

#[tokio::test]
async fn legacy_pull_keys_numeric_id_and_upper_case_state() {
    let server = serve(&format!("{API}/pulls/66"), "quirks/get_pull_legacy.json").await;
    let pull = client(&server)
        .database(OWNER, DB)
        .pull("66")
        .get()
        .await
        .unwrap();
    assert_eq!(pull.id, "66");
    assert_eq!(pull.title, "Add LACMA records");
    assert_eq!(
        pull.description,
        "Rows imported from the LACMA open-access export."
    );
    assert_eq!(pull.from_branch, "lacma");
    assert_eq!(pull.to_branch, "main");
    assert_eq!(pull.state, PullState::Merged);
}

#[tokio::test]
async fn both_spellings_present_prefer_the_current_one() {
    let server = serve(
        &format!("{API}/pulls/66"),
        "quirks/get_pull_both_spellings.json",
    )
    .await;
    let pull = client(&server)
        .database(OWNER, DB)
        .pull("66")
        .get()
        .await
        .unwrap();
    assert_eq!(pull.title, "Current title");
    assert_eq!(pull.description, "Legacy description");
    assert_eq!(pull.from_branch, "lacma");
    assert_eq!(pull.to_branch, "main");
}

#[tokio::test]
async fn branch_items_with_name() {
    let server = serve(&format!("{API}/branches"), "quirks/list_branches_name.json").await;
    let branches = client(&server)
        .database(OWNER, DB)
        .branches()
        .list()
        .await
        .unwrap();
    let names: Vec<&str> = branches.iter().map(|b| b.name.as_str()).collect();
    assert_eq!(names, vec!["main", "lacma", "x"]);
}

#[tokio::test]
async fn job_error_and_error_keys() {
    let server = serve(&format!("{API}/jobs"), "quirks/list_jobs_error_key.json").await;
    let page = client(&server)
        .database(OWNER, DB)
        .jobs()
        .list()
        .await
        .unwrap();
    assert_eq!(page.items[0].error, "bad csv header");
    assert_eq!(page.items[1].error, "");
    assert_eq!(page.items[1].status, JobStatus::Succeeded);
    assert_eq!(page.items[2].error, "new key wins");
    assert_eq!(page.items[2].status, JobStatus::Pending);
    assert_eq!(
        page.items[2].job_type,
        OperationType::Other("Reindex".into())
    );
    assert_eq!(page.next_page_token, None);
}

#[tokio::test]
async fn sql_query_with_colon_and_mixed_cells() {
    let server = serve(&format!("{API}/main"), "quirks/sql_read_colon.json").await;
    let result = client(&server)
        .database(OWNER, DB)
        .sql()
        .read("main", "SELECT COUNT(*) AS n, TRUE AS b FROM lacma")
        .await
        .unwrap();
    assert_eq!(result.query, "SELECT COUNT(*) AS n, TRUE AS b FROM lacma");
    #[derive(serde::Deserialize)]
    struct Count {
        n: u64,
        b: bool,
    }
    let rows: Vec<Count> = result.rows().unwrap();
    assert_eq!(rows[0].n, 16_777_216);
    assert!(rows[0].b);
}

#[tokio::test]
async fn write_answer_with_colon_keys() {
    let server = server().await;
    server
        .mock_async(|when, then| {
            when.method(POST).path(format!("{API}/write/main/main"));
            then.status(200)
                .header("content-type", "application/json")
                .body(fixture("quirks/sql_write_colon.json"));
        })
        .await;
    let op = client(&server)
        .database(OWNER, DB)
        .sql()
        .write("DELETE FROM lacma WHERE id = 3")
        .to("main")
        .await
        .unwrap();
    assert_eq!(op.name(), "operations/1111");
}

#[tokio::test]
async fn legacy_flat_write_poll() {
    let server = serve(&format!("{API}/write"), "quirks/poll_sql_write_flat.json").await;
    let status = client(&server)
        .database(OWNER, DB)
        .sql()
        .write_operation("operations/1111")
        .poll()
        .await
        .unwrap();
    assert_eq!(
        status,
        PollStatus::Done(WriteOutcome::Committed {
            from_commit_id: "aaaa".into(),
            to_commit_id: "bbbb".into(),
            message: "Query OK, 1 row affected.".into()
        })
    );
}

#[tokio::test]
async fn create_pull_with_numeric_id_and_old_owner_keys() {
    let server = server().await;
    server
        .mock_async(|when, then| {
            when.method(POST).path(format!("{API}/pulls"));
            then.status(200)
                .header("content-type", "application/json")
                .body(fixture("quirks/create_pull_numeric_id.json"));
        })
        .await;
    let pull = client(&server)
        .database(OWNER, DB)
        .pulls()
        .create("Add LACMA records")
        .from("lacma")
        .to("main")
        .await
        .unwrap();
    assert_eq!(pull.id, "67");
    assert_eq!(pull.from_owner, "liuliu");
    assert_eq!(pull.to_database, "museum-collections");
    assert_eq!(pull.state, PullState::Other(String::new()));
}

#[tokio::test]
async fn nulls_and_wrong_scalar_types_do_not_fail() {
    let server = serve("/api/v1alpha1/user", "quirks/nulls_everywhere.json").await;
    let user = client(&server).user().await.unwrap();
    assert_eq!(user.username, "");
    assert_eq!(user.display_name, "42");
    assert_eq!(user.bio, "true");
    assert!(user.email_addresses.is_empty());
}

#[tokio::test]
async fn merge_poll_done_flag_and_string_booleans() {
    let server = serve(
        &format!("{API}/pulls/66/merge"),
        "quirks/poll_merge_done_flag.json",
    )
    .await;
    let outcome = client(&server)
        .database(OWNER, DB)
        .pull("66")
        .merge_operation("op")
        .with_options(fast_wait())
        .wait()
        .await
        .unwrap();
    assert_eq!(outcome.pull_id, "66");
}

#[tokio::test]
async fn unknown_sql_status_is_kept() {
    let server = server().await;
    server
        .mock_async(|when, then| {
            when.method(GET).path(format!("{API}/main"));
            then.status(200)
                .header("content-type", "application/json")
                .body(r#"{"query_execution_status":"Partial","rows":[{"a":null}]}"#);
        })
        .await;
    let result = client(&server)
        .database(OWNER, DB)
        .sql()
        .read("main", "SELECT a")
        .await
        .unwrap();
    assert_eq!(result.status, SqlStatus::Other("Partial".into()));
    assert!(result.rows[0]["a"].is_null());
}
