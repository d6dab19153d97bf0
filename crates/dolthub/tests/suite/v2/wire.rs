//! One wire test per v2 operation: the mock answers only a request with the
//! right method, path, query, body, `Authorization: Bearer` and an
//! `x-request-id`, and each test decodes the documented answer.

use dolthub::models::{JobStatus, OperationType, PullState, SqlStatus, Visibility};
use dolthub::{PollStatus, Revision, WriteOutcome};
use futures::TryStreamExt;
use httpmock::Method::{GET, PATCH, POST, PUT};
use serde_json::json;

use super::common::*;

fn pull_json(number: u64, state: &str) -> serde_json::Value {
    json!({
        "pull_number": number, "title": "Add LACMA", "state": state,
        "created_at": "2023-10-04T17:01:20.000Z", "creator": "liuliu",
        "from_branch": {"database": {"owner": "liuliu", "name": "museum-collections"}, "branch_name": "lacma"},
        "to_branch": {"database": {"owner": OWNER, "name": DB}, "branch_name": "main"},
    })
}

#[tokio::test]
async fn wire_v2_get_current_user() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/api/v2/user")
                .header("authorization", BEARER)
                .header_exists("x-request-id");
            then.status(200).body(data(json!({
                "username": "liuliu", "display_name": "Liu", "website_url": "https://liu.example",
                "profile_pic_url": "https://img.example/l.png",
                "email_addresses": [{"address": "l@example.com", "is_primary": true, "is_verified": true}],
            })));
        })
        .await;
    let user = client(&server).user().await.unwrap();
    mock.assert_async().await;
    assert_eq!(user.username, "liuliu");
    assert_eq!(user.url, "https://liu.example");
    assert_eq!(user.profile_picture_url, "https://img.example/l.png");
    assert_eq!(user.primary_email(), Some("l@example.com"));
}

#[tokio::test]
async fn wire_v2_create_database() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/api/v2/databases")
                .header("authorization", BEARER)
                .header("content-type", "application/json")
                .json_body(json!({"owner": "liuliu", "name": "museum", "visibility": "private", "description": "Art"}));
            then.status(201).body(data(json!({
                "owner": "liuliu", "name": "museum", "visibility": "private", "description": "Art",
                "fork_network_count": 0, "star_count": 0, "size_bytes": 0,
            })));
        })
        .await;
    let db = client(&server)
        .create_database("liuliu", "museum")
        .visibility(Visibility::Private)
        .description("Art")
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!((db.owner.as_str(), db.name.as_str()), ("liuliu", "museum"));
    assert_eq!(db.visibility, "private");
}

#[tokio::test]
async fn wire_v2_get_database() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(GET).path(API).header("authorization", BEARER);
            then.status(200).body(data(json!({
                "owner": OWNER, "name": DB, "visibility": "public", "fork_network_count": 3,
                "star_count": 12, "size_bytes": 1048576, "last_write_at": "2026-07-01T10:00:00.000Z",
                "parent": {"owner": "root", "name": DB}, "network_root": {"owner": "root", "name": DB},
            })));
        })
        .await;
    let db = client(&server).database(OWNER, DB).get().await.unwrap();
    mock.assert_async().await;
    assert_eq!(db.star_count, 12);
    assert_eq!(db.size_bytes, 1_048_576);
    assert_eq!(db.parent.as_ref().map(|p| p.owner.as_str()), Some("root"));
    assert_eq!(db.fork_network_count, 3);
}

#[tokio::test]
async fn wire_v2_list_branches() {
    let server = server().await;
    let first = server
        .mock_async(|when, then| {
            when.method(GET)
                .path(format!("{API}/branches"))
                .query_param_missing("page_token");
            then.status(200).body(page(
                json!([{"name": "main", "head_commit_sha": "abc"}]),
                "p2",
            ));
        })
        .await;
    let second = server
        .mock_async(|when, then| {
            when.method(GET)
                .path(format!("{API}/branches"))
                .query_param("page_token", "p2");
            // The live service leaves `meta` out on the last page.
            then.status(200)
                .body(data(json!([{"name": "lacma", "head_commit_sha": "def",
                "last_updated_at": "2026-07-01T10:00:00.000Z"}])));
        })
        .await;
    let branches = client(&server)
        .database(OWNER, DB)
        .branches()
        .list()
        .await
        .unwrap();
    first.assert_async().await;
    second.assert_async().await;
    let names: Vec<_> = branches.iter().map(|b| b.name.as_str()).collect();
    assert_eq!(names, ["main", "lacma"]);
    assert_eq!(branches[1].head_commit_sha, "def");
}

#[tokio::test]
async fn wire_v2_create_branch() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(POST)
                .path(format!("{API}/branches"))
                .header("authorization", BEARER)
                .json_body(json!({"name": "audit", "from": {"commit": "lu1dqd8f6v4k6bbd1i9s0q5m6d1t5gs8"}}));
            then.status(201).body(data(json!({"name": "audit", "head_commit_sha": "lu1dqd8f6v4k6bbd1i9s0q5m6d1t5gs8"})));
        })
        .await;
    let created = client(&server)
        .database(OWNER, DB)
        .branches()
        .create(
            "audit",
            Revision::commit("lu1dqd8f6v4k6bbd1i9s0q5m6d1t5gs8"),
        )
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(created.name, "audit");
    assert_eq!(created.revision_type, "commit");
    assert_eq!(created.head_commit_sha, "lu1dqd8f6v4k6bbd1i9s0q5m6d1t5gs8");
}

#[tokio::test]
async fn wire_v2_list_tags() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(GET).path(format!("{API}/tags"));
            then.status(200).body(data(json!([
                {"name": "v1", "commit_sha": "abc", "message": "first", "tagged_at": "2026-07-01T10:00:00.000Z"},
                {"name": "light", "commit_sha": "def"},
            ])));
        })
        .await;
    let tags = client(&server)
        .database(OWNER, DB)
        .tags()
        .list()
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(tags.len(), 2);
    assert_eq!(tags[0].message, "first");
    assert_eq!(tags[1].commit_sha, "def");
    assert_eq!(tags[1].message, "");
}

#[tokio::test]
async fn wire_v2_create_tag() {
    let server = server().await;
    // No message: a lightweight tag, so no `message` key at all.
    let mock = server
        .mock_async(|when, then| {
            when.method(POST)
                .path(format!("{API}/tags"))
                .json_body(json!({"name": "v2", "from": {"branch": "main"}}));
            then.status(201)
                .body(data(json!({"name": "v2", "commit_sha": "abc"})));
        })
        .await;
    let tag = client(&server)
        .database(OWNER, DB)
        .tags()
        .create("v2", Revision::branch("main"))
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(tag.name, "v2");
    assert_eq!(tag.commit_sha, "abc");
}

#[tokio::test]
async fn wire_v2_list_forks() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(GET).path(format!("{API}/forks"));
            then.status(200)
                .body(data(json!([{"owner": "liuliu", "name": DB}])));
        })
        .await;
    let net = client(&server)
        .database(OWNER, DB)
        .forks()
        .list()
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(net.forks.len(), 1);
    assert_eq!(net.forks[0].owner, "liuliu");
    assert_eq!(net.forks[0].database, DB);
}

#[tokio::test]
async fn wire_v2_create_fork() {
    let server = server().await;
    let id = "owners/liuliu/repos/museum-collections/jobs/f1";
    let start = server
        .mock_async(|when, then| {
            when.method(POST)
                .path(format!("{API}/forks"))
                .json_body(json!({"owner": "liuliu"}));
            then.status(202).body(operation_ref(&server, id));
        })
        .await;
    let poll = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/api/v2/operations/owners%2Fliuliu%2Frepos%2Fmuseum-collections%2Fjobs%2Ff1")
                .header("authorization", BEARER);
            then.status(200).body(operation(
                id,
                "fork",
                "succeeded",
                json!({"database": {"owner": "liuliu", "name": DB}}),
            ));
        })
        .await;
    let fork = client(&server)
        .fork(OWNER, DB)
        .to_owner("liuliu")
        .await
        .unwrap()
        .with_options(fast_wait())
        .wait()
        .await
        .unwrap();
    start.assert_async().await;
    poll.assert_async().await;
    assert_eq!(
        (fork.owner.as_str(), fork.database.as_str()),
        ("liuliu", DB)
    );
}

#[tokio::test]
async fn wire_v2_list_releases() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(GET)
                .path(format!("{API}/releases"))
                .query_param("page_token", "r2");
            then.status(200).body(page(
                json!([{"tag": "v1", "title": "First", "commit_sha": "abc",
                    "created_at": "2026-07-01T10:00:00.000Z", "updated_at": "2026-07-01T10:00:00.000Z"}]),
                "",
            ));
        })
        .await;
    let page = client(&server)
        .database(OWNER, DB)
        .releases()
        .list()
        .page_token("r2")
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(page.items[0].title, "First");
    assert_eq!(
        page.next_page_token, None,
        "an empty token is the last page"
    );
}

#[tokio::test]
async fn wire_v2_create_release() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(POST)
                .path(format!("{API}/releases"))
                .json_body(json!({
                    "tag": "v1", "title": "First", "commit_sha": "abc",
                    "description": "notes", "create_tag_if_not_exists": true,
                }));
            then.status(201).body(data(
                json!({"tag": "v1", "title": "First", "commit_sha": "abc",
                "description": "notes", "created_at": "2026-07-01T10:00:00.000Z",
                "updated_at": "2026-07-01T10:00:00.000Z"}),
            ));
        })
        .await;
    let release = client(&server)
        .database(OWNER, DB)
        .releases()
        .create("v1")
        .at("abc")
        .title("First")
        .description("notes")
        .create_tag_if_not_exists(true)
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(release.tag, "v1");
    assert_eq!(release.description, "notes");
}

#[tokio::test]
async fn wire_v2_run_sql_read_query() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(GET)
                .path(format!("{API}/sql"))
                .query_param("ref", "feature/lacma")
                .query_param("q", "SELECT id, title FROM lacma")
                .query_param("limit", "2")
                .query_param("timeout_ms", "5000");
            then.status(200).body(data(json!({
                "columns": [{"name": "id", "type": "int", "is_primary_key": true, "source_table": "lacma"},
                            {"name": "title", "type": "longtext", "source_table": "lacma"}],
                "rows": [["1", "Vase"], ["2", null]],
                "status": "row_limit", "message": "limited", "warnings": ["w1"],
            })));
        })
        .await;
    let result = client(&server)
        .database(OWNER, DB)
        .sql()
        .read("feature/lacma", "SELECT id, title FROM lacma")
        .limit(2)
        .server_timeout(std::time::Duration::from_secs(5))
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(result.status, SqlStatus::RowLimit);
    assert!(result.truncated);
    assert_eq!(result.column_names(), vec!["id", "title"]);
    assert_eq!(result.rows[0]["title"], "Vase");
    assert!(result.rows[1]["title"].is_null());
    assert_eq!(result.warnings, vec!["w1"]);
    assert!(result.schema[0].is_primary_key);
}

#[tokio::test]
async fn wire_v2_run_sql_read_query_post() {
    let server = server().await;
    // A query past the URL budget travels in the body.
    let long = format!(
        "SELECT id FROM lacma WHERE title IN ({})",
        vec!["'x'"; 900].join(",")
    );
    let expected = json!({"ref": "main", "q": long, "limit": 10});
    let mock = server
        .mock_async(|when, then| {
            when.method(POST)
                .path(format!("{API}/sql"))
                .header("authorization", BEARER)
                .json_body(expected);
            then.status(200).body(data(json!({
                "columns": [{"name": "id", "type": "int"}], "rows": [["1"]], "status": "success",
            })));
        })
        .await;
    let result = client(&server)
        .database(OWNER, DB)
        .sql()
        .read("main", long.clone())
        .limit(10)
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(result.rows.len(), 1);
    assert_eq!(result.query, long);
}

#[tokio::test]
async fn wire_v2_run_sql_write_query() {
    let server = server().await;
    let id = "owners/dolthub/repos/museum-collections/jobs/w1";
    let start = server
        .mock_async(|when, then| {
            when.method(POST).path(format!("{API}/sql-writes")).json_body(json!({
                "from_branch": "main", "to_branch": "lacma", "q": "DELETE FROM lacma WHERE id = 3",
            }));
            then.status(202).body(operation_ref(&server, id));
        })
        .await;
    let poll = server
        .mock_async(|when, then| {
            when.method(GET).path(
                "/api/v2/operations/owners%2Fdolthub%2Frepos%2Fmuseum-collections%2Fjobs%2Fw1",
            );
            then.status(200).body(operation(
                id,
                "sql_write",
                "succeeded",
                json!({"commit_sha": "c0ffee"}),
            ));
        })
        .await;
    let outcome = client(&server)
        .database(OWNER, DB)
        .sql()
        .write("DELETE FROM lacma WHERE id = 3")
        .to("lacma")
        .from("main")
        .await
        .unwrap()
        .with_options(fast_wait())
        .wait()
        .await
        .unwrap();
    start.assert_async().await;
    poll.assert_async().await;
    assert_eq!(outcome.commit_id(), Some("c0ffee"));
    assert!(matches!(outcome, WriteOutcome::Committed { .. }));
}

#[tokio::test]
async fn wire_v2_list_pulls() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(GET).path(format!("{API}/pulls"));
            then.status(200).body(data(json!([
                {"pull_number": 1, "title": "a", "state": "open", "created_at": "2026-07-01T10:00:00.000Z", "creator": "x"},
                {"pull_number": 2, "title": "b", "state": "merged", "created_at": "2026-07-01T10:00:00.000Z", "creator": "y"},
            ])));
        })
        .await;
    // v2 has no state filter: the client applies it (and says so in the docs).
    let open: Vec<_> = client(&server)
        .database(OWNER, DB)
        .pulls()
        .list()
        .state(PullState::Open)
        .stream()
        .try_collect()
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(open.len(), 1);
    assert_eq!(open[0].id, "1");
    assert_eq!(open[0].author, "x");
}

#[tokio::test]
async fn wire_v2_create_pull() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(POST).path(format!("{API}/pulls")).json_body(json!({
                "title": "Add LACMA",
                "from_branch": {"database": {"owner": "liuliu", "name": DB}, "branch_name": "lacma"},
                "to_branch": {"database": {"owner": OWNER, "name": DB}, "branch_name": "main"},
                "description": "rows",
            }));
            then.status(201).body(data(pull_json(7, "open")));
        })
        .await;
    let pull = client(&server)
        .database(OWNER, DB)
        .pulls()
        .create("Add LACMA")
        .from("lacma")
        .to("main")
        .from_owner("liuliu")
        .description("rows")
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(pull.id, "7");
    assert_eq!(pull.from_owner, "liuliu");
    assert_eq!(pull.to_branch, "main");
    assert_eq!(pull.state, PullState::Open);
}

#[tokio::test]
async fn wire_v2_get_pull() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(GET).path(format!("{API}/pulls/7"));
            then.status(200).body(data(pull_json(7, "merged")));
        })
        .await;
    let pull = client(&server)
        .database(OWNER, DB)
        .pull("7")
        .get()
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(pull.state, PullState::Merged);
    assert_eq!(pull.from_branch, "lacma");
    assert_eq!(pull.created_at, "2023-10-04T17:01:20.000Z");
}

#[tokio::test]
async fn wire_v2_update_pull() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(PATCH)
                .path(format!("{API}/pulls/7"))
                .json_body(json!({"title": "Try again", "state": "open"}));
            then.status(200).body(data(pull_json(7, "open")));
        })
        .await;
    let pull = client(&server)
        .database(OWNER, DB)
        .pull("7")
        .reopen()
        .title("Try again")
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(pull.state, PullState::Open);
}

#[tokio::test]
async fn wire_v2_list_pull_comments() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(GET).path(format!("{API}/pulls/7/comments"));
            then.status(200).body(data(json!([{
                "comment_id": "c-1", "author": "liuliu", "body": "LGTM",
                "created_at": "2026-07-01T10:00:00.000Z", "updated_at": "2026-07-01T10:00:00.000Z",
            }])));
        })
        .await;
    let comments = client(&server)
        .database(OWNER, DB)
        .pull("7")
        .comments()
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(comments.len(), 1);
    assert_eq!(comments[0].comment, "LGTM");
    assert_eq!(comments[0].comment_id, "c-1");
    assert_eq!(comments[0].pull_id, "7");
}

#[tokio::test]
async fn wire_v2_create_pull_comment() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(POST)
                .path(format!("{API}/pulls/7/comments"))
                .json_body(json!({"body": "Spot-checked 50 rows"}));
            then.status(201).body(data(json!({
                "comment_id": "c-2", "author": "liuliu", "body": "Spot-checked 50 rows",
                "created_at": "2026-07-01T10:00:00.000Z", "updated_at": "2026-07-01T10:00:00.000Z",
            })));
        })
        .await;
    let comment = client(&server)
        .database(OWNER, DB)
        .pull("7")
        .comment("Spot-checked 50 rows")
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(comment.author, "liuliu");
    assert_eq!(comment.comment, "Spot-checked 50 rows");
}

#[tokio::test]
async fn wire_v2_merge_pull() {
    let server = server().await;
    let id = "owners/dolthub/repos/museum-collections/jobs/m1";
    // The body `{}` is required.
    let start = server
        .mock_async(|when, then| {
            when.method(POST)
                .path(format!("{API}/pulls/7/merge"))
                .header("content-type", "application/json")
                .json_body(json!({}));
            then.status(202).body(operation_ref(&server, id));
        })
        .await;
    let poll = server
        .mock_async(|when, then| {
            when.method(GET).path(
                "/api/v2/operations/owners%2Fdolthub%2Frepos%2Fmuseum-collections%2Fjobs%2Fm1",
            );
            then.status(200)
                .body(operation(id, "merge", "succeeded", json!({"pull_id": 7})));
        })
        .await;
    let merged = client(&server)
        .database(OWNER, DB)
        .pull("7")
        .merge()
        .await
        .unwrap()
        .with_options(fast_wait())
        .wait()
        .await
        .unwrap();
    start.assert_async().await;
    poll.assert_async().await;
    assert_eq!(merged.pull_id, "7");
    assert_eq!(merged.operation_name, id);
}

#[tokio::test]
async fn wire_v2_create_import_upload() {
    let server = server().await;
    let storage = httpmock::MockServer::start_async().await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("lacma.csv");
    std::fs::write(&path, b"id,title\n1,Vase\n").unwrap();
    let session = server
        .mock_async(|when, then| {
            when.method(POST)
                .path(format!("{API}/imports/uploads"))
                .header("authorization", BEARER)
                .json_body(json!({"content_length": 16, "num_parts": 1, "file_type": "csv"}));
            then.status(201).body(data(json!({
                "token": "upl-token", "contents_key": "uploads/abc", "http_method": "PUT",
                "parts": [{"part_number": 1, "url": format!("{}/bucket/abc?X-Sig=s1", storage.base_url())}],
                "headers": {"x-amz-server-side-encryption": ["AES256"]},
            })));
        })
        .await;
    let put = storage
        .mock_async(|when, then| {
            when.method(PUT)
                .path("/bucket/abc")
                .query_param("X-Sig", "s1")
                .header("x-amz-server-side-encryption", "AES256")
                .header_missing("authorization")
                .body("id,title\n1,Vase\n");
            then.status(200).header("etag", "\"e1\"");
        })
        .await;
    let import = server
        .mock_async(|when, then| {
            when.method(POST).path(format!("{API}/imports"));
            then.status(202).body(operation_ref(&server, "imp/1"));
        })
        .await;
    client(&server)
        .database(OWNER, DB)
        .import(&path)
        .table("lacma")
        .primary_keys(["id"])
        .start()
        .await
        .unwrap();
    session.assert_async().await;
    put.assert_async().await;
    import.assert_async().await;
}

#[tokio::test]
async fn wire_v2_create_import() {
    let server = server().await;
    let storage = httpmock::MockServer::start_async().await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("lacma.csv");
    std::fs::write(&path, b"hello").unwrap();
    server
        .mock_async(|when, then| {
            when.method(POST).path(format!("{API}/imports/uploads"));
            then.status(201).body(data(json!({
                "token": "upl-token", "contents_key": "uploads/abc", "http_method": "PUT",
                "parts": [{"part_number": 1, "url": format!("{}/bucket/abc", storage.base_url())}],
                "headers": {},
            })));
        })
        .await;
    storage
        .mock_async(|when, then| {
            when.method(PUT).path("/bucket/abc");
            then.status(200).header("etag", "\"9f2b\"");
        })
        .await;
    // MD5("hello") in base64 is "XUFAKrxLKna5cZ2REBfFkg=="; the file digest
    // is the base64 MD5 of that text.
    let import = server
        .mock_async(|when, then| {
            when.method(POST)
                .path(format!("{API}/imports"))
                .json_body(json!({
                    "branch_name": "main", "table_name": "lacma", "file_name": "lacma.csv",
                    "file_size": 5, "file_type": "csv", "import_operation": "update",
                    "token": "upl-token", "contents_key": "uploads/abc",
                    "completed_parts": [{"part_number": 1, "etag": "\"9f2b\""}],
                    "file_parts_md5": "eemE4JzI0uwz7mIwt0ypOw==",
                    "primary_keys": [], "commit_message": "Import LACMA",
                    "pull_request_branch_name": "import-lacma",
                    "column_map": {"Title": "title"},
                }));
            then.status(202).body(operation_ref(&server, "imp/2"));
        })
        .await;
    let poll = server
        .mock_async(|when, then| {
            when.method(GET).path("/api/v2/operations/imp%2F2");
            then.status(200).body(operation(
                "imp/2",
                "import",
                "succeeded",
                json!({"pull_id": "12"}),
            ));
        })
        .await;
    let outcome = client(&server)
        .database(OWNER, DB)
        .import(&path)
        .table("lacma")
        .mode(dolthub::resources::ImportMode::Update)
        .commit_message("Import LACMA")
        .pull_request_branch("import-lacma")
        .column_map([("Title", "title")])
        .start()
        .await
        .unwrap()
        .with_options(fast_wait())
        .wait()
        .await
        .unwrap();
    import.assert_async().await;
    poll.assert_async().await;
    assert_eq!(outcome.pull_id, "12");
}

#[tokio::test]
async fn wire_v2_list_operations() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(GET).path(format!("{API}/operations"));
            then.status(200).body(data(json!([
                {"id": "ops/1", "type": "import", "status": "failed", "created_at": "2026-07-01T10:00:00.000Z",
                 "cancelable": false, "error": {"status": 422, "code": "OPERATION_FAILED", "title": "Bad file", "detail": "row 3"}},
                {"id": "ops/2", "type": "dolt_ci", "status": "running", "created_at": "2026-07-01T10:00:00.000Z", "cancelable": false},
            ])));
        })
        .await;
    let page = client(&server)
        .database(OWNER, DB)
        .jobs()
        .list()
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(page.items.len(), 2);
    assert_eq!(page.items[0].job_type, OperationType::Import);
    assert_eq!(page.items[0].status, JobStatus::Failed);
    assert_eq!(page.items[0].error, "Bad file: row 3");
    assert_eq!(page.items[1].status, JobStatus::Running);
    assert_eq!(page.next_page_token, None);
}

#[tokio::test]
async fn wire_v2_get_operation() {
    let server = server().await;
    let id = "owners/dolthub/repos/museum-collections/jobs/abc123";
    let mock = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/api/v2/operations/owners%2Fdolthub%2Frepos%2Fmuseum-collections%2Fjobs%2Fabc123")
                .header("authorization", BEARER);
            then.status(200).body(operation(id, "merge", "running", json!(null)));
        })
        .await;
    let op = client(&server)
        .database(OWNER, DB)
        .pull("66")
        .merge_operation(id);
    let status = op.poll().await.unwrap();
    mock.assert_async().await;
    assert_eq!(
        status,
        PollStatus::Running {
            state: "running".into()
        }
    );
}
