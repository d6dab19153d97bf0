//! One wire test per spec operationId: method, path, query, body and the
//! `authorization: token ...` header are asserted by the mock (it only
//! answers a matching request), and the documented response is decoded.

use dolthub::models::{JobStatus, OperationType, PullState, ReviewStatus, SqlStatus, Visibility};
use dolthub::{PollStatus, Revision, WriteOutcome};
use httpmock::Method::{GET, PATCH, POST};

use crate::common::*;

#[tokio::test]
async fn wire_sql_read_default_branch() {
    let server = server().await;
    // The one operation that must not carry a token (DoltHub refuses
    // token-authenticated reads without a ref), so the header must be absent.
    let mock = server
        .mock_async(|when, then| {
            when.method(GET)
                .path(API)
                .query_param(
                    "q",
                    "SELECT id, title, on_view FROM lacma ORDER BY id LIMIT 2",
                )
                .header_missing("authorization");
            then.status(200)
                .header("content-type", "application/json")
                .body(fixture("sql/sql_read_default_branch.json"));
        })
        .await;
    let result = anonymous(&server)
        .database(OWNER, DB)
        .sql()
        .read_default_branch("SELECT id, title, on_view FROM lacma ORDER BY id LIMIT 2")
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(result.status, SqlStatus::Success);
    assert!(!result.truncated);
    assert_eq!(result.column_names(), vec!["id", "title", "on_view"]);
    assert_eq!(result.rows.len(), 2);
    assert_eq!(result.commit_ref, "main");
}

#[tokio::test]
async fn wire_sql_read() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(GET)
                .path(format!("{API}/feature%2Flacma"))
                .query_param("q", "SELECT id, title FROM lacma")
                .header("authorization", AUTH);
            then.status(200)
                .header("content-type", "application/json")
                .body(fixture("sql/sql_read.json"));
        })
        .await;
    let result = client(&server)
        .database(OWNER, DB)
        .sql()
        .read("feature/lacma", "SELECT id, title FROM lacma")
        .await
        .unwrap();
    mock.assert_async().await;
    assert!(result.truncated);
    assert_eq!(result.status, SqlStatus::RowLimit);
    assert_eq!(result.commit_ref, "feature/lacma");
    assert_eq!(result.rows[1]["title"], "Landscape with Cattle");
}

#[tokio::test]
async fn wire_sql_write() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(POST)
                .path(format!("{API}/write/main/feature%2Flacma"))
                .query_param_missing("q")
                .header("authorization", AUTH)
                .header("content-type", "application/json")
                .json_body(fixture_json("sql/sql_write.request.json"));
            then.status(200)
                .header("content-type", "application/json")
                .body(fixture("sql/sql_write.json"));
        })
        .await;
    let op = client(&server)
        .database(OWNER, DB)
        .sql()
        .write("INSERT INTO lacma (id, title, on_view) VALUES (3, 'Still Life with Lemons', 1)")
        .to("feature/lacma")
        .from("main")
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(op.name(), "operations/72abb56b-d478-43ae-9a2d-c9602184c7ab");
    assert_eq!(op.kind(), dolthub::OperationKind::SqlWrite);
}

#[tokio::test]
async fn wire_poll_sql_write() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(GET)
                .path(format!("{API}/write"))
                .query_param(
                    "operationName",
                    "operations/72abb56b-d478-43ae-9a2d-c9602184c7ab",
                )
                .header("authorization", AUTH);
            then.status(200)
                .header("content-type", "application/json")
                .body(fixture("sql/poll_sql_write.json"));
        })
        .await;
    let status = client(&server)
        .database(OWNER, DB)
        .sql()
        .write_operation("operations/72abb56b-d478-43ae-9a2d-c9602184c7ab")
        .poll()
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(
        status,
        PollStatus::Done(WriteOutcome::Committed {
            from_commit_id: "7ch0vd1gd4pcr3jbm3uq5cm0lp0v9ji2".into(),
            to_commit_id: "lu1dqd8f6v4k6bbd1i9s0q5m6d1t5gs8".into(),
            message: "Query OK, 1 row affected. Rows matched: 0  Changed: 0  Warnings: 0.".into(),
        })
    );
}

#[tokio::test]
async fn wire_get_current_user() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/api/v1alpha1/user")
                .header("authorization", AUTH);
            then.status(200)
                .header("content-type", "application/json")
                .body(fixture("users/get_current_user.json"));
        })
        .await;
    let user = client(&server).user().await.unwrap();
    mock.assert_async().await;
    assert_eq!(user.username, "liuliu");
    assert_eq!(user.display_name, "Liu Liu");
    assert_eq!(user.email_addresses.len(), 2);
    assert_eq!(user.primary_email(), Some("liuliu@example.com"));
    assert!(!user.email_addresses[1].is_verified);
}

#[tokio::test]
async fn wire_create_database() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/api/v1alpha1/database")
                .header("authorization", AUTH)
                .json_body(fixture_json("databases/create_database.request.json"));
            then.status(200)
                .header("content-type", "application/json")
                .body(fixture("databases/create_database.json"));
        })
        .await;
    let db = client(&server)
        .create_database("dolthub", "museum-collections")
        .visibility(Visibility::Public)
        .description("Collection records gathered from art museums.")
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(db.owner, "dolthub");
    assert_eq!(db.name, "museum-collections");
    assert_eq!(db.visibility, "public");
}

#[tokio::test]
async fn wire_fork_database() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/api/v1alpha1/fork")
                .header("authorization", AUTH)
                .json_body(fixture_json("forks/fork_database.request.json"));
            then.status(200)
                .header("content-type", "application/json")
                .body(fixture("forks/fork_database.json"));
        })
        .await;
    let op = client(&server)
        .fork("dolthub", "museum-collections")
        .to_owner("liuliu")
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(op.name(), "operations/b09a9221-9dcb-4a15-9ca8-a64656946f12");
    assert_eq!(op.kind(), dolthub::OperationKind::Fork);
}

#[tokio::test]
async fn wire_poll_fork() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/api/v1alpha1/fork")
                .query_param(
                    "operationName",
                    "operations/b09a9221-9dcb-4a15-9ca8-a64656946f12",
                )
                .header("authorization", AUTH);
            then.status(200)
                .header("content-type", "application/json")
                .body(fixture("forks/poll_fork.json"));
        })
        .await;
    let fork = client(&server)
        .fork_operation("operations/b09a9221-9dcb-4a15-9ca8-a64656946f12")
        .with_options(fast_wait())
        .wait()
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(fork.owner, "liuliu");
    assert_eq!(fork.database, "museum-collections");
}

#[tokio::test]
async fn wire_list_forks() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(GET)
                .path(format!("{API}/forks"))
                .header("authorization", AUTH);
            then.status(200)
                .header("content-type", "application/json")
                .body(fixture("forks/list_forks.json"));
        })
        .await;
    let net = client(&server)
        .database(OWNER, DB)
        .forks()
        .list()
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(net.forks.len(), 2);
    assert_eq!(net.forks[0].owner, "liuliu");
    assert_eq!(net.fork_network_count, 2);
    assert!(net.is_root());
    assert_eq!(net.network_root_owner, "dolthub");
}

#[tokio::test]
async fn wire_create_branch() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(POST)
                .path(format!("{API}/branches"))
                .header("authorization", AUTH)
                .json_body(fixture_json("branches/create_branch.request.json"));
            then.status(200)
                .header("content-type", "application/json")
                .body(fixture("branches/create_branch.json"));
        })
        .await;
    let created = client(&server)
        .database(OWNER, DB)
        .branches()
        .create("lacma", Revision::branch("main"))
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(created.name, "lacma");
    assert_eq!(created.revision_name, "main");
    assert_eq!(created.revision_type, "branch");
}

#[tokio::test]
async fn wire_list_branches() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(GET)
                .path(format!("{API}/branches"))
                .header("authorization", AUTH);
            then.status(200)
                .header("content-type", "application/json")
                .body(fixture("branches/list_branches.json"));
        })
        .await;
    let branches = client(&server)
        .database(OWNER, DB)
        .branches()
        .list()
        .await
        .unwrap();
    mock.assert_async().await;
    let names: Vec<&str> = branches.iter().map(|b| b.name.as_str()).collect();
    assert_eq!(names, vec!["main", "lacma", "feature/lacma"]);
}

#[tokio::test]
async fn wire_create_tag() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(POST)
                .path(format!("{API}/tags"))
                .header("authorization", AUTH)
                .json_body(fixture_json("tags/create_tag.request.json"));
            then.status(200)
                .header("content-type", "application/json")
                .body(fixture("tags/create_tag.json"));
        })
        .await;
    let tag = client(&server)
        .database(OWNER, DB)
        .tags()
        .create("v1", Revision::branch("main"))
        .message("First complete import of the LACMA collection")
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(tag.name, "v1");
    assert_eq!(tag.message, "First complete import of the LACMA collection");
}

#[tokio::test]
async fn wire_list_tags() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(GET)
                .path(format!("{API}/tags"))
                .header("authorization", AUTH);
            then.status(200)
                .header("content-type", "application/json")
                .body(fixture("tags/list_tags.json"));
        })
        .await;
    let tags = client(&server)
        .database(OWNER, DB)
        .tags()
        .list()
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(tags.len(), 1);
    assert_eq!(tags[0].tagged_at, "2024-03-31T18:00:00Z");
}

#[tokio::test]
async fn wire_create_release() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(POST)
                .path(format!("{API}/releases"))
                .header("authorization", AUTH)
                .json_body(fixture_json("releases/create_release.request.json"));
            then.status(200)
                .header("content-type", "application/json")
                .body(fixture("releases/create_release.json"));
        })
        .await;
    let release = client(&server)
        .database(OWNER, DB)
        .releases()
        .create("v1")
        .at("main")
        .title("LACMA collection 2024")
        .description("All LACMA records imported and reviewed.")
        .create_tag_if_not_exists(true)
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(release.tag, "v1");
    assert_eq!(release.commit_sha, "lu1dqd8f6v4k6bbd1i9s0q5m6d1t5gs8");
    assert_eq!(release.created_at, "2024-04-02T09:15:00Z");
}

#[tokio::test]
async fn wire_list_releases() {
    let server = server().await;
    // Both spellings of the page parameter carry the same token.
    let mock = server
        .mock_async(|when, then| {
            when.method(GET)
                .path(format!("{API}/releases"))
                .query_param("pageToken", "AWE2=")
                .query_param("next_page_token", "AWE2=")
                .header("authorization", AUTH);
            then.status(200)
                .header("content-type", "application/json")
                .body(fixture("releases/list_releases.json"));
        })
        .await;
    let page = client(&server)
        .database(OWNER, DB)
        .releases()
        .list()
        .page_token("AWE2=")
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(page.items.len(), 1);
    assert_eq!(page.items[0].title, "LACMA collection 2024");
    // `""` marks the last page.
    assert_eq!(page.next_page_token, None);
}

#[tokio::test]
async fn wire_create_pull() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(POST)
                .path(format!("{API}/pulls"))
                .header("authorization", AUTH)
                .json_body(fixture_json("pulls/create_pull.request.json"));
            then.status(200)
                .header("content-type", "application/json")
                .body(fixture("pulls/create_pull.json"));
        })
        .await;
    let pull = client(&server)
        .database(OWNER, DB)
        .pulls()
        .create("Add LACMA records")
        .from("lacma")
        .to("main")
        .from_owner("liuliu")
        .description("Rows imported from the LACMA open-access export.")
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(pull.id, "66");
    assert_eq!(pull.from_owner, "liuliu");
    assert_eq!(pull.from_database, "museum-collections");
    assert_eq!(pull.from_branch, "lacma");
    assert_eq!(pull.to_owner, "dolthub");
    assert_eq!(pull.to_branch, "main");
}

#[tokio::test]
async fn wire_list_pulls() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(GET)
                .path(format!("{API}/pulls"))
                .query_param("filterByState", "Open")
                .query_param("filterByReviewStatus", "Approved")
                .query_param("query", "lacma")
                .query_param_missing("pageToken")
                .header("authorization", AUTH);
            then.status(200)
                .header("content-type", "application/json")
                .body(fixture("pulls/list_pulls.json"));
        })
        .await;
    let page = client(&server)
        .database(OWNER, DB)
        .pulls()
        .list()
        .state(PullState::Open)
        .review_status(ReviewStatus::Approved)
        .query("lacma")
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(page.items.len(), 2);
    // The first item uses the colon-suffixed keys.
    assert_eq!(page.items[0].title, "Add LACMA records");
    assert_eq!(page.items[0].state, PullState::Open);
    assert_eq!(page.items[0].author, "liuliu");
    assert_eq!(page.items[1].state, PullState::Merged);
    assert!(page.next_page_token.as_deref().unwrap().ends_with('='));
}

#[tokio::test]
async fn wire_get_pull() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(GET)
                .path(format!("{API}/pulls/66"))
                .header("authorization", AUTH);
            then.status(200)
                .header("content-type", "application/json")
                .body(fixture("pulls/get_pull.json"));
        })
        .await;
    let pull = client(&server)
        .database(OWNER, DB)
        .pull("66")
        .get()
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(pull.id, "66");
    assert_eq!(pull.from_branch, "lacma");
    assert_eq!(pull.to_branch, "main");
    assert_eq!(pull.author, "liuliu");
    assert_eq!(pull.state, PullState::Open);
}

#[tokio::test]
async fn wire_update_pull() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(PATCH)
                .path(format!("{API}/pulls/66"))
                .header("authorization", AUTH)
                .json_body(fixture_json("pulls/update_pull.request.json"));
            then.status(200)
                .header("content-type", "application/json")
                .body(fixture("pulls/update_pull.json"));
        })
        .await;
    let pull = client(&server)
        .database(OWNER, DB)
        .pull("66")
        .update()
        .title("Add LACMA records (superseded)")
        .description("Replaced by a later import.")
        .close()
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(pull.state, PullState::Closed);
    assert_eq!(pull.title, "Add LACMA records (superseded)");
}

#[tokio::test]
async fn wire_create_pull_comment() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(POST)
                .path(format!("{API}/pulls/66/comments"))
                .header("authorization", AUTH)
                .json_body(fixture_json("pulls/create_pull_comment.request.json"));
            then.status(200)
                .header("content-type", "application/json")
                .body(fixture("pulls/create_pull_comment.json"));
        })
        .await;
    let comment = client(&server)
        .database(OWNER, DB)
        .pull("66")
        .comment("Spot-checked 50 rows against the source; looks right.")
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(comment.pull_id, "66");
    assert_eq!(comment.owner, "dolthub");
}

#[tokio::test]
async fn wire_merge_pull() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(POST)
                .path(format!("{API}/pulls/66/merge"))
                .header("authorization", AUTH)
                .body("");
            then.status(200)
                .header("content-type", "application/json")
                .body(fixture("pulls/merge_pull.json"));
        })
        .await;
    let op = client(&server)
        .database(OWNER, DB)
        .pull("66")
        .merge()
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(
        op.name(),
        "repositoryOwners/dolthub/repositories/museum-collections/jobs/b09a9221-9dcb-4a15-9ca8-a64656946f12"
    );
    assert_eq!(
        op.user_operation_name(),
        Some("users/liuliu/userOperations/5e4834c9-375d-4bbd-bdaf-09eb0734127c")
    );
}

#[tokio::test]
async fn wire_poll_merge() {
    let server = server().await;
    let name = "repositoryOwners/dolthub/repositories/museum-collections/jobs/b09a9221-9dcb-4a15-9ca8-a64656946f12";
    let mock = server
        .mock_async(|when, then| {
            when.method(GET)
                .path(format!("{API}/pulls/66/merge"))
                .query_param("operationName", name)
                .header("authorization", AUTH);
            then.status(200)
                .header("content-type", "application/json")
                .body(fixture("pulls/poll_merge.json"));
        })
        .await;
    let status = client(&server)
        .database(OWNER, DB)
        .pull("66")
        .merge_operation(name)
        .poll()
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(
        status,
        PollStatus::Running {
            state: "Running".into()
        }
    );
}

#[tokio::test]
async fn wire_upload_file() {
    let server = server().await;
    let params = r#"{"branchName":"main","fileName":"lacma.csv","fileType":"Csv","importOp":"Create","primaryKeys":["id"],"tableName":"lacma"}"#;
    let mock = server
        .mock_async(|when, then| {
            when.method(POST)
                .path(format!("{API}/upload"))
                .header("authorization", AUTH)
                .header_prefix("content-type", "multipart/form-data; boundary=")
                .body_includes("name=\"params\"\r\n\r\n")
                .body_includes(params)
                .body_includes("name=\"file\"; filename=\"lacma.csv\"")
                .body_includes("id,title\r\n1,Portrait\r\n");
            then.status(200)
                .header("content-type", "application/json")
                .body(fixture("imports/upload_file.json"));
        })
        .await;
    let data = b"id,title\r\n1,Portrait\r\n";
    let op = client(&server)
        .database(OWNER, DB)
        .import_reader(&data[..], data.len() as u64, "lacma.csv")
        .table("lacma")
        .primary_keys(["id"])
        .start()
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(
        op.name(),
        "repositoryOwners/dolthub/repositories/museum-collections/jobs/b09a9221-9dcb-4a15-9ca8-a64656946f12"
    );
    assert_eq!(op.kind(), dolthub::OperationKind::Import);
}

#[tokio::test]
async fn wire_poll_import() {
    let server = server().await;
    let name = "repositoryOwners/dolthub/repositories/museum-collections/jobs/b09a9221-9dcb-4a15-9ca8-a64656946f12";
    let mock = server
        .mock_async(|when, then| {
            when.method(GET)
                .path(format!("{API}/upload"))
                .query_param("branch", "feature/lacma")
                .query_param("branchName", "feature/lacma")
                .query_param("operationName", name)
                .header("authorization", AUTH);
            then.status(200)
                .header("content-type", "application/json")
                .body(fixture("imports/poll_import.json"));
        })
        .await;
    let outcome = client(&server)
        .database(OWNER, DB)
        .import_operation("feature/lacma", name)
        .with_options(fast_wait())
        .wait()
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(outcome.pull_id, "67");
    assert_eq!(outcome.operation_name, name);
}

#[tokio::test]
async fn wire_list_user_operations() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/api/v1alpha1/users/liuliu/operations")
                .query_param("operationType", "SqlWrite")
                .query_param_missing("pageToken")
                .header("authorization", AUTH);
            then.status(200)
                .header("content-type", "application/json")
                .body(fixture("operations/list_user_operations.json"));
        })
        .await;
    let page = client(&server)
        .operations("liuliu")
        .operation_type(OperationType::SqlWrite)
        .await
        .unwrap();
    mock.assert_async().await;
    let op = &page.items[0];
    assert_eq!(op.operation_type, OperationType::SqlWrite);
    assert_eq!(op.status, JobStatus::Failed);
    assert_eq!(op.error, "table with name artists already exists");
    assert_eq!(op.metadata_map()["to_repo_owner"], "liuliu");
    assert!(page.next_page_token.is_some());
}

#[tokio::test]
async fn wire_list_jobs() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(GET)
                .path(format!("{API}/jobs"))
                .query_param_missing("pageToken")
                .header("authorization", AUTH);
            then.status(200)
                .header("content-type", "application/json")
                .body(fixture("jobs/list_jobs.json"));
        })
        .await;
    let page = client(&server)
        .database(OWNER, DB)
        .jobs()
        .list()
        .await
        .unwrap();
    mock.assert_async().await;
    let job = &page.items[0];
    assert_eq!(job.job_type, OperationType::Merge);
    assert_eq!(job.status, JobStatus::Failed);
    assert_eq!(job.error, "failed to push to branch");
    assert_eq!(page.next_page_token, None);
}

#[tokio::test]
async fn wire_download_table_csv() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/csv/dolthub/museum-collections/feature%2Flacma/lacma")
                .header("authorization", AUTH);
            then.status(200)
                .header("content-type", "text/csv")
                .body(fixture("csv/download_table_csv.csv"));
        })
        .await;
    let mut out = Vec::new();
    let n = client(&server)
        .database(OWNER, DB)
        .csv("feature/lacma")
        .table("lacma")
        .write_to(&mut out)
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(
        String::from_utf8(out).unwrap(),
        fixture("csv/download_table_csv.csv")
    );
    assert_eq!(n as usize, fixture("csv/download_table_csv.csv").len());
}

#[tokio::test]
async fn wire_download_database_zip() {
    let server = server().await;
    let zip_bytes: Vec<u8> = b"PK\x03\x04fake-zip\x00\xff\x01".to_vec();
    let body = zip_bytes.clone();
    let mock = server
        .mock_async(move |when, then| {
            when.method(GET)
                .path("/csv/dolthub/museum-collections/main")
                .header("authorization", AUTH);
            then.status(200)
                .header("content-type", "application/zip")
                .body(body);
        })
        .await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("all.zip");
    let n = client(&server)
        .database(OWNER, DB)
        .csv("main")
        .zip()
        .save(&path)
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(n as usize, zip_bytes.len());
    assert_eq!(std::fs::read(&path).unwrap(), zip_bytes);
}
