//! Wire tests of the generated v2 client on a loopback mock server, one
//! `wire_v2_<operationId>` per operation (the xtask coverage check counts
//! them; see `xtask/src/paths.rs` `V2_WIRE_TESTS`). Each asserts the method,
//! the path, the Bearer header, the query or JSON body the spec implies, and
//! how the envelope decodes.

#![cfg(feature = "v2")]

use dolthub_api::v2::prelude::*;
use dolthub_api::v2::types;
use httpmock::prelude::*;
use serde_json::{Value, json};

const TOKEN: &str = "dh_wiretest0000";
const BEARER: &str = "Bearer dh_wiretest0000";
const BASE: &str = "/api/v2/databases/liuliu/museum";

fn client(server: &MockServer) -> Client {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(
        "authorization",
        reqwest::header::HeaderValue::from_str(&format!("Bearer {TOKEN}")).unwrap(),
    );
    let http = reqwest::Client::builder()
        .default_headers(headers)
        .build()
        .unwrap();
    Client::new_with_client(&server.base_url(), http)
}

/// A request body built from JSON, so the test states the wire form once.
fn body<T: serde::de::DeserializeOwned>(value: &Value) -> T {
    serde_json::from_value(value.clone()).expect("the JSON is a valid request body")
}

fn operation_ref(id: &str) -> Value {
    json!({"data": {"id": id, "href": format!("https://www.dolthub.com/api/v2/operations/{}", id.replace('/', "%2F"))}})
}

fn branch_ref(owner: &str, branch: &str) -> Value {
    json!({"database": {"owner": owner, "name": "museum"}, "branch_name": branch})
}

fn pull(number: i64, state: &str) -> Value {
    json!({
        "pull_number": number, "title": "Add LACMA", "state": state,
        "created_at": "2026-07-10T12:30:00.000Z", "creator": "liuliu",
        "from_branch": branch_ref("liuliu", "lacma"), "to_branch": branch_ref("liuliu", "main")
    })
}

#[tokio::test]
async fn wire_v2_get_current_user() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(GET).path("/api/v2/user").header("authorization", BEARER);
            then.status(200).json_body(json!({"data": {
                "username": "liuliu", "display_name": "Liu",
                "email_addresses": [{"address": "liu@example.com", "is_primary": true, "is_verified": false}]
            }}));
        })
        .await;
    let user = client(&server)
        .get_current_user()
        .send()
        .await
        .unwrap()
        .into_inner();
    mock.assert_async().await;
    assert_eq!(user.data.username, "liuliu");
    assert!(user.data.email_addresses[0].is_primary);
    assert!(user.meta.is_none(), "a missing meta is accepted");
}

#[tokio::test]
async fn wire_v2_create_database() {
    let server = MockServer::start_async().await;
    let request =
        json!({"owner": "liuliu", "name": "museum", "visibility": "private", "description": "d"});
    let sent = request.clone();
    let mock = server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/api/v2/databases")
                .header("authorization", BEARER)
                .header("content-type", "application/json")
                .json_body(sent);
            then.status(201).json_body(json!({"data": {
                "owner": "liuliu", "name": "museum", "visibility": "private",
                "fork_network_count": 0, "star_count": 0, "size_bytes": 0
            }}));
        })
        .await;
    let created = client(&server)
        .create_database()
        .body(body::<types::CreateDatabaseRequest>(&request))
        .send()
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(created.status().as_u16(), 201);
    assert_eq!(created.into_inner().data.visibility, "private");
}

#[tokio::test]
async fn wire_v2_get_database() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(GET).path(BASE).header("authorization", BEARER);
            then.status(200).json_body(json!({"data": {
                "owner": "liuliu", "name": "museum", "visibility": "public",
                "fork_network_count": 3, "star_count": 12, "size_bytes": 48213504i64,
                "last_write_at": "2026-07-14T09:12:45.000Z",
                "parent": {"owner": "dolthub", "name": "museum"},
                "network_root": {"owner": "dolthub", "name": "museum"},
                "a_field_added_later": true
            }}));
        })
        .await;
    let db = client(&server)
        .get_database()
        .owner("liuliu")
        .database("museum")
        .send()
        .await
        .unwrap()
        .into_inner()
        .data;
    mock.assert_async().await;
    assert_eq!(db.size_bytes, 48213504);
    assert_eq!(db.parent.unwrap().owner, "dolthub");
    assert_eq!(
        db.last_write_at.as_deref(),
        Some("2026-07-14T09:12:45.000Z")
    );
}

#[tokio::test]
async fn wire_v2_list_branches() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(GET)
                .path(format!("{BASE}/branches"))
                .query_param("page_token", "tok=")
                .header("authorization", BEARER);
            then.status(200).json_body(json!({
                "data": [{"name": "main", "head_commit_sha": "abc"}],
                "meta": {"next_page_token": "next", "extra": 1}
            }));
        })
        .await;
    let page = client(&server)
        .list_branches()
        .owner("liuliu")
        .database("museum")
        .page_token("tok=")
        .send()
        .await
        .unwrap()
        .into_inner();
    mock.assert_async().await;
    assert_eq!(page.data[0].name, "main");
    assert_eq!(page.meta.unwrap().next_page_token.as_deref(), Some("next"));
}

#[tokio::test]
async fn wire_v2_create_branch() {
    let server = MockServer::start_async().await;
    let request = json!({"name": "lacma", "from": {"commit": "0p5ng7hd4lcjeqv2b1m3r8k6t9s0u2vf"}});
    let sent = request.clone();
    let mock = server
        .mock_async(|when, then| {
            when.method(POST)
                .path(format!("{BASE}/branches"))
                .header("authorization", BEARER)
                .json_body(sent);
            then.status(201)
                .json_body(json!({"data": {"name": "lacma", "head_commit_sha": "0p5ng7hd4lcjeqv2b1m3r8k6t9s0u2vf"}}));
        })
        .await;
    let request: types::CreateBranchRequest = body(&request);
    assert!(matches!(request.from, types::RefSource::CommitSource(_)));
    let branch = client(&server)
        .create_branch()
        .owner("liuliu")
        .database("museum")
        .body(request)
        .send()
        .await
        .unwrap()
        .into_inner()
        .data;
    mock.assert_async().await;
    assert_eq!(branch.name, "lacma");
}

#[tokio::test]
async fn wire_v2_list_tags() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(GET).path(format!("{BASE}/tags")).header("authorization", BEARER);
            then.status(200).json_body(json!({"data": [
                {"name": "v1", "commit_sha": "abc", "message": "first", "tagged_at": "2026-07-01T08:00:00Z"},
                {"name": "nightly", "commit_sha": "def"}
            ]}));
        })
        .await;
    let tags = client(&server)
        .list_tags()
        .owner("liuliu")
        .database("museum")
        .send()
        .await
        .unwrap()
        .into_inner()
        .data;
    mock.assert_async().await;
    assert_eq!(tags.len(), 2);
    assert_eq!(tags[0].message.as_deref(), Some("first"));
    assert!(tags[1].message.is_none(), "lightweight tag");
}

#[tokio::test]
async fn wire_v2_create_tag() {
    let server = MockServer::start_async().await;
    let request = json!({"name": "v1", "from": {"branch": "main"}, "message": "first"});
    let sent = request.clone();
    let mock = server
        .mock_async(|when, then| {
            when.method(POST)
                .path(format!("{BASE}/tags"))
                .header("authorization", BEARER)
                .json_body(sent);
            then.status(201).json_body(
                json!({"data": {"name": "v1", "commit_sha": "abc", "message": "first"}}),
            );
        })
        .await;
    let tag = client(&server)
        .create_tag()
        .owner("liuliu")
        .database("museum")
        .body(body::<types::CreateTagRequest>(&request))
        .send()
        .await
        .unwrap()
        .into_inner()
        .data;
    mock.assert_async().await;
    assert_eq!(tag.commit_sha, "abc");
}

#[tokio::test]
async fn wire_v2_list_forks() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(GET)
                .path(format!("{BASE}/forks"))
                .header("authorization", BEARER);
            then.status(200)
                .json_body(json!({"data": [{"owner": "coop", "name": "museum"}]}));
        })
        .await;
    let forks = client(&server)
        .list_forks()
        .owner("liuliu")
        .database("museum")
        .send()
        .await
        .unwrap()
        .into_inner()
        .data;
    mock.assert_async().await;
    assert_eq!(forks[0].owner, "coop");
}

#[tokio::test]
async fn wire_v2_create_fork() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(POST)
                .path(format!("{BASE}/forks"))
                .header("authorization", BEARER)
                .json_body(json!({"owner": "coop"}));
            then.status(202)
                .json_body(operation_ref("owners/liuliu/repos/museum/jobs/fk_1"));
        })
        .await;
    let started = client(&server)
        .create_fork()
        .owner("liuliu")
        .database("museum")
        .body(body::<types::CreateForkRequest>(&json!({"owner": "coop"})))
        .send()
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(started.status().as_u16(), 202);
    assert_eq!(
        started.into_inner().data.id,
        "owners/liuliu/repos/museum/jobs/fk_1"
    );
}

#[tokio::test]
async fn wire_v2_list_releases() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(GET)
                .path(format!("{BASE}/releases"))
                .header("authorization", BEARER);
            then.status(200).json_body(json!({"data": [{
                "tag": "v1", "title": "First", "commit_sha": "abc",
                "created_at": "2026-07-01T08:05:00.000Z", "updated_at": "2026-07-01T08:05:00.000Z"
            }], "meta": {"next_page_token": ""}}));
        })
        .await;
    let page = client(&server)
        .list_releases()
        .owner("liuliu")
        .database("museum")
        .send()
        .await
        .unwrap()
        .into_inner();
    mock.assert_async().await;
    assert_eq!(page.data[0].title, "First");
    assert_eq!(page.meta.unwrap().next_page_token.as_deref(), Some(""));
}

#[tokio::test]
async fn wire_v2_create_release() {
    let server = MockServer::start_async().await;
    let request = json!({"tag": "v1", "title": "First", "commit_sha": "abc", "create_tag_if_not_exists": true});
    let sent = request.clone();
    let mock = server
        .mock_async(|when, then| {
            when.method(POST)
                .path(format!("{BASE}/releases"))
                .header("authorization", BEARER)
                .json_body(sent);
            then.status(201).json_body(json!({"data": {
                "tag": "v1", "title": "First", "commit_sha": "abc",
                "created_at": "2026-07-01T08:05:00Z", "updated_at": "2026-07-01T08:05:00Z"
            }}));
        })
        .await;
    let release = client(&server)
        .create_release()
        .owner("liuliu")
        .database("museum")
        .body(body::<types::CreateReleaseRequest>(&request))
        .send()
        .await
        .unwrap()
        .into_inner()
        .data;
    mock.assert_async().await;
    assert_eq!(release.tag, "v1");
}

#[tokio::test]
async fn wire_v2_run_sql_read_query() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(GET)
                .path(format!("{BASE}/sql"))
                .query_param("ref", "feature/x")
                .query_param("q", "SELECT 1")
                .query_param("limit", "10")
                .query_param("timeout_ms", "5000")
                .header("authorization", BEARER);
            // The live form: lower-case types, no message or warnings.
            then.status(200).json_body(json!({"data": {
                "status": "success",
                "columns": [{"name": "1", "type": "bigint"}],
                "rows": [["1"], [null]]
            }}));
        })
        .await;
    let result = client(&server)
        .run_sql_read_query()
        .owner("liuliu")
        .database("museum")
        .ref_("feature/x")
        .q("SELECT 1")
        .limit("10")
        .timeout_ms("5000")
        .send()
        .await
        .unwrap()
        .into_inner()
        .data;
    mock.assert_async().await;
    assert_eq!(result.status, "success");
    assert_eq!(result.rows, vec![vec![Some("1".to_string())], vec![None]]);
    assert!(result.warnings.is_empty() && result.message.is_none());
}

#[tokio::test]
async fn wire_v2_run_sql_read_query_post() {
    let server = MockServer::start_async().await;
    let request = json!({"ref": "main", "q": "SELECT COUNT(*) FROM objects", "limit": 10, "timeout_ms": 5000});
    let sent = request.clone();
    let mock = server
        .mock_async(|when, then| {
            when.method(POST)
                .path(format!("{BASE}/sql"))
                .header("authorization", BEARER)
                .json_body(sent);
            then.status(200).json_body(json!({"data": {
                "status": "row_limit", "message": "cut", "warnings": ["w"],
                "columns": [{"name": "n", "type": "BIGINT", "source_table": ""}], "rows": [["48213"]]
            }}));
        })
        .await;
    let result = client(&server)
        .run_sql_read_query_post()
        .owner("liuliu")
        .database("museum")
        .body(body::<types::SqlReadRequest>(&request))
        .send()
        .await
        .unwrap()
        .into_inner()
        .data;
    mock.assert_async().await;
    assert_eq!(result.status, "row_limit");
    assert_eq!(result.warnings, ["w"]);
}

#[tokio::test]
async fn wire_v2_run_sql_write_query() {
    let server = MockServer::start_async().await;
    let request = json!({"from_branch": "main", "to_branch": "fix", "q": "DELETE FROM t"});
    let sent = request.clone();
    let mock = server
        .mock_async(|when, then| {
            when.method(POST)
                .path(format!("{BASE}/sql-writes"))
                .header("authorization", BEARER)
                .json_body(sent);
            then.status(202)
                .json_body(operation_ref("owners/liuliu/repos/museum/jobs/sw_1"));
        })
        .await;
    let started = client(&server)
        .run_sql_write_query()
        .owner("liuliu")
        .database("museum")
        .body(body::<types::SqlWriteRequest>(&request))
        .send()
        .await
        .unwrap()
        .into_inner()
        .data;
    mock.assert_async().await;
    assert!(
        started
            .href
            .ends_with("owners%2Fliuliu%2Frepos%2Fmuseum%2Fjobs%2Fsw_1")
    );
}

#[tokio::test]
async fn wire_v2_list_pulls() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(GET)
                .path(format!("{BASE}/pulls"))
                .header("authorization", BEARER);
            then.status(200).json_body(json!({"data": [
                {"pull_number": 66, "title": "Add LACMA", "state": "open",
                 "created_at": "2026-07-10T12:30:00.000Z", "creator": "liuliu"}
            ]}));
        })
        .await;
    let pulls = client(&server)
        .list_pulls()
        .owner("liuliu")
        .database("museum")
        .send()
        .await
        .unwrap()
        .into_inner()
        .data;
    mock.assert_async().await;
    assert_eq!(pulls[0].pull_number, 66);
    assert_eq!(pulls[0].state.0, "open");
    assert!(pulls[0].description.is_none());
}

#[tokio::test]
async fn wire_v2_create_pull() {
    let server = MockServer::start_async().await;
    let request = json!({
        "title": "Add LACMA", "from_branch": branch_ref("liuliu", "lacma"),
        "to_branch": branch_ref("liuliu", "main")
    });
    let sent = request.clone();
    let mock = server
        .mock_async(|when, then| {
            when.method(POST)
                .path(format!("{BASE}/pulls"))
                .header("authorization", BEARER)
                .json_body(sent);
            then.status(201)
                .json_body(json!({"data": pull(66, "open")}));
        })
        .await;
    let created = client(&server)
        .create_pull()
        .owner("liuliu")
        .database("museum")
        .body(body::<types::CreatePullRequest>(&request))
        .send()
        .await
        .unwrap()
        .into_inner()
        .data;
    mock.assert_async().await;
    assert_eq!(created.from_branch.branch_name, "lacma");
}

#[tokio::test]
async fn wire_v2_get_pull() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(GET)
                .path(format!("{BASE}/pulls/66"))
                .header("authorization", BEARER);
            then.status(200)
                .json_body(json!({"data": pull(66, "merged")}));
        })
        .await;
    let got = client(&server)
        .get_pull()
        .owner("liuliu")
        .database("museum")
        .pull_number("66")
        .send()
        .await
        .unwrap()
        .into_inner()
        .data;
    mock.assert_async().await;
    assert_eq!(got.state.0, "merged");
    assert_eq!(got.to_branch.database.name, "museum");
}

#[tokio::test]
async fn wire_v2_update_pull() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(PATCH)
                .path(format!("{BASE}/pulls/66"))
                .header("authorization", BEARER)
                .json_body(json!({"state": "open"}));
            then.status(200)
                .json_body(json!({"data": pull(66, "open")}));
        })
        .await;
    let request = types::UpdatePullRequest {
        state: Some(types::UpdatePullRequestState::Open),
        title: None,
        description: None,
    };
    let updated = client(&server)
        .update_pull()
        .owner("liuliu")
        .database("museum")
        .pull_number("66")
        .body(request)
        .send()
        .await
        .unwrap()
        .into_inner()
        .data;
    mock.assert_async().await;
    assert_eq!(updated.state.0, "open", "v2 can reopen");
}

#[tokio::test]
async fn wire_v2_list_pull_comments() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(GET)
                .path(format!("{BASE}/pulls/66/comments"))
                .header("authorization", BEARER);
            then.status(200).json_body(json!({"data": [{
                "comment_id": "c1", "author": "rev", "body": "ok",
                "created_at": "2026-07-10T13:00:00Z", "updated_at": "2026-07-10T13:00:00Z"
            }]}));
        })
        .await;
    let comments = client(&server)
        .list_pull_comments()
        .owner("liuliu")
        .database("museum")
        .pull_number("66")
        .send()
        .await
        .unwrap()
        .into_inner()
        .data;
    mock.assert_async().await;
    assert_eq!(comments[0].comment_id, "c1");
}

#[tokio::test]
async fn wire_v2_create_pull_comment() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(POST)
                .path(format!("{BASE}/pulls/66/comments"))
                .header("authorization", BEARER)
                .json_body(json!({"body": "ship it"}));
            then.status(201).json_body(json!({"data": {
                "comment_id": "c2", "author": "liuliu", "body": "ship it",
                "created_at": "2026-07-10T14:10:00Z", "updated_at": "2026-07-10T14:10:00Z"
            }}));
        })
        .await;
    let comment = client(&server)
        .create_pull_comment()
        .owner("liuliu")
        .database("museum")
        .pull_number("66")
        .body(body::<types::CreatePullCommentRequest>(
            &json!({"body": "ship it"}),
        ))
        .send()
        .await
        .unwrap()
        .into_inner()
        .data;
    mock.assert_async().await;
    assert_eq!(comment.body, "ship it");
}

#[tokio::test]
async fn wire_v2_merge_pull() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(POST)
                .path(format!("{BASE}/pulls/66/merge"))
                .header("authorization", BEARER)
                .header("content-type", "application/json")
                .json_body(json!({}));
            then.status(202)
                .json_body(operation_ref("owners/liuliu/repos/museum/jobs/mg_1"));
        })
        .await;
    let started = client(&server)
        .merge_pull()
        .owner("liuliu")
        .database("museum")
        .pull_number("66")
        .body(types::MergePullRequest {})
        .send()
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(started.status().as_u16(), 202);
    assert_eq!(
        started.into_inner().data.id,
        "owners/liuliu/repos/museum/jobs/mg_1"
    );
}

#[tokio::test]
async fn wire_v2_create_import_upload() {
    let server = MockServer::start_async().await;
    let request = json!({"content_length": 7340032, "num_parts": 2, "file_type": "csv"});
    let sent = request.clone();
    let mock = server
        .mock_async(|when, then| {
            when.method(POST)
                .path(format!("{BASE}/imports/uploads"))
                .header("authorization", BEARER)
                .json_body(sent);
            then.status(201).json_body(json!({"data": {
                "token": "t", "contents_key": "k", "http_method": "PUT",
                "headers": {"Content-Type": ["text/csv"]},
                "parts": [{"part_number": 1, "url": "https://storage.example/1"},
                          {"part_number": 2, "url": "https://storage.example/2"}]
            }}));
        })
        .await;
    let upload = client(&server)
        .create_import_upload()
        .owner("liuliu")
        .database("museum")
        .body(body::<types::CreateImportUploadRequest>(&request))
        .send()
        .await
        .unwrap()
        .into_inner()
        .data;
    mock.assert_async().await;
    assert_eq!(upload.parts.len(), 2);
    assert_eq!(upload.parts[1].part_number.get(), 2);
    assert_eq!(upload.headers["Content-Type"], ["text/csv"]);
}

#[tokio::test]
async fn wire_v2_create_import() {
    let server = MockServer::start_async().await;
    let request = json!({
        "branch_name": "main", "table_name": "lacma", "file_name": "lacma.csv",
        "file_size": 7340032, "file_type": "csv", "import_operation": "create",
        "primary_keys": ["object_id"], "token": "t", "contents_key": "k",
        "completed_parts": [{"part_number": 1, "etag": "\"e1\""}, {"part_number": 2, "etag": "\"e2\""}],
        "file_parts_md5": "kdF4sVc0fRZ3k8a1m2Q9bA==",
        "pull_request_branch_name": "lacma-import", "column_map": {"ObjectID": "object_id"}
    });
    let sent = request.clone();
    let mock = server
        .mock_async(|when, then| {
            when.method(POST)
                .path(format!("{BASE}/imports"))
                .header("authorization", BEARER)
                .json_body(sent);
            then.status(202)
                .json_body(operation_ref("owners/liuliu/repos/museum/jobs/im_1"));
        })
        .await;
    let started = client(&server)
        .create_import()
        .owner("liuliu")
        .database("museum")
        .body(body::<types::CreateImportRequest>(&request))
        .send()
        .await
        .unwrap()
        .into_inner()
        .data;
    mock.assert_async().await;
    assert_eq!(started.id, "owners/liuliu/repos/museum/jobs/im_1");
}

#[tokio::test]
async fn wire_v2_list_operations() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(GET)
                .path(format!("{BASE}/operations"))
                .query_param("page_token", "p2")
                .header("authorization", BEARER);
            then.status(200).json_body(json!({"data": [
                {"id": "a/b", "type": "dolt_ci", "status": "queued", "created_at": "2026-07-10T12:00:00Z", "cancelable": false},
                {"id": "c/d", "type": "import", "status": "succeeded", "created_at": "2026-07-10T12:00:00Z",
                 "cancelable": false, "result": {"pull_id": "66"}}
            ]}));
        })
        .await;
    let ops = client(&server)
        .list_operations()
        .owner("liuliu")
        .database("museum")
        .page_token("p2")
        .send()
        .await
        .unwrap()
        .into_inner()
        .data;
    mock.assert_async().await;
    assert_eq!(ops[0].type_.0, "dolt_ci");
    let result: types::ImportResult =
        serde_json::from_value(Value::Object(ops[1].result.clone())).unwrap();
    assert_eq!(result.pull_id.unwrap().to_string(), "66");
}

#[tokio::test]
async fn wire_v2_get_operation() {
    let server = MockServer::start_async().await;
    let id = "owners/liuliu/repos/museum/jobs/sw_1";
    let mock = server
        .mock_async(|when, then| {
            // The id travels as ONE segment: every `/` percent-encoded.
            when.method(GET)
                .path_matches(r"^/api/v2/operations/owners%2Fliuliu%2Frepos%2Fmuseum%2Fjobs%2Fsw_1$")
                .header("authorization", BEARER);
            then.status(200).json_body(json!({"data": {
                "id": "owners/liuliu/repos/museum/jobs/sw_1", "type": "sql_write", "status": "succeeded",
                "created_at": "2026-07-14T09:12:00.000Z", "cancelable": false,
                "result": {"commit_sha": "9hq2b0e4m6o8r1t3v5a7c9d1f3g5i7k9"}
            }}));
        })
        .await;
    let op = client(&server)
        .get_operation()
        .operation_id(id)
        .send()
        .await
        .unwrap()
        .into_inner()
        .data;
    mock.assert_async().await;
    assert_eq!(op.status.0, "succeeded");
    let result: types::SqlWriteResult = serde_json::from_value(Value::Object(op.result)).unwrap();
    assert_eq!(result.commit_sha, "9hq2b0e4m6o8r1t3v5a7c9d1f3g5i7k9");
}

#[tokio::test]
async fn problems_decode_from_problem_json_with_unknown_codes_and_bare_uuid_ids() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(GET).path(format!("{BASE}/pulls/9"));
            then.status(404)
                .header("content-type", "application/problem+json")
                .body(r#"{"type":"https://dolthub.com/docs/x","title":"Pull not found","status":404,
                          "code":"PULL_NOT_FOUND","request_id":"883c3d40-5a0c-4c61-9f62-3f1d2a7b9e10",
                          "instance":"/api/v2/databases/liuliu/museum/pulls/9","extra":1}"#);
        })
        .await;
    let err = client(&server)
        .get_pull()
        .owner("liuliu")
        .database("museum")
        .pull_number("9")
        .send()
        .await
        .unwrap_err();
    mock.assert_async().await;
    let dolthub_api::v2::Error::ErrorResponse(problem) = err else {
        panic!("expected a decoded problem, got {err:?}");
    };
    assert_eq!(problem.status().as_u16(), 404);
    assert_eq!(problem.code.0, "PULL_NOT_FOUND");
    assert_eq!(problem.request_id, "883c3d40-5a0c-4c61-9f62-3f1d2a7b9e10");
}

#[tokio::test]
async fn a_failed_operation_is_a_200_with_an_error() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method(GET).path_matches(r"^/api/v2/operations/x%2Fy$");
            then.status(200).json_body(json!({"data": {
                "id": "x/y", "type": "merge", "status": "failed", "created_at": "2026-07-10T15:00:00Z",
                "cancelable": false,
                "error": {"status": 422, "code": "OPERATION_FAILED", "title": "Merge failed"}
            }}));
        })
        .await;
    let op = client(&server)
        .get_operation()
        .operation_id("x/y")
        .send()
        .await
        .unwrap()
        .into_inner()
        .data;
    let error = op.error.expect("failed operations carry an error");
    assert_eq!(
        (error.status, error.code.0.as_str()),
        (422, "OPERATION_FAILED")
    );
    assert!(op.result.is_empty());
}
