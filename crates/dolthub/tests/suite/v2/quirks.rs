//! The live v2 behaviour the reference lists (section 4) and the
//! contract's open cases: problem+json, bare-UUID request ids, no
//! `x-request-id` header, lists without `meta`, lower-case column types,
//! SQL failures inside HTTP 200, failed operations, `href` handling.

use dolthub::{Error, ErrorCode};
use futures::TryStreamExt;
use httpmock::Method::{GET, POST};
use serde_json::json;

use super::common::*;

const UUID: &str = "883c3d40-0d4e-4c47-9d0b-0c7b7c1a4e51";

#[tokio::test]
async fn quirk_problem_json_with_bare_uuid_request_id_and_no_header() {
    let server = server().await;
    server
        .mock_async(|when, then| {
            when.method(GET).path(API);
            then.status(404)
                .header("content-type", "application/problem+json")
                .body(json!({
                    "type": "https://dolthub.com/docs/products/dolthub/api/v2/models/#model-errorcode",
                    "title": "Not Found", "status": 404, "code": "NOT_FOUND",
                    "detail": "database dolthub/museum-collections not found",
                    "instance": API, "request_id": UUID,
                }).to_string());
        })
        .await;
    let err = client(&server).database(OWNER, DB).get().await.unwrap_err();
    assert!(
        matches!(err, Error::NotFound { status: 404, .. }),
        "{err:?}"
    );
    assert_eq!(err.code(), Some(&ErrorCode::NotFound));
    assert_eq!(err.request_id(), Some(UUID));
    assert!(err.to_string().contains(UUID), "{err}");
}

#[tokio::test]
async fn quirk_request_id_header_wins_and_unknown_codes_are_kept() {
    let server = server().await;
    server
        .mock_async(|when, then| {
            when.method(POST).path(format!("{API}/branches"));
            then.status(409)
                .header("x-request-id", "req_01HZX9P7Q5N2M8")
                .body(json!({"title": "Conflict", "status": 409, "code": "BRANCH_EXISTS", "request_id": UUID}).to_string());
        })
        .await;
    let err = client(&server)
        .database(OWNER, DB)
        .branches()
        .create("lacma", "main")
        .await
        .unwrap_err();
    // Unknown code: the variant follows the HTTP status.
    assert!(matches!(err, Error::AlreadyExists { .. }), "{err:?}");
    assert_eq!(err.code(), Some(&ErrorCode::Other("BRANCH_EXISTS".into())));
    assert_eq!(err.request_id(), Some("req_01HZX9P7Q5N2M8"));
}

#[tokio::test]
async fn quirk_every_request_sends_its_own_request_id() {
    let server = server().await;
    let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::<String>::new()));
    let log = std::sync::Arc::clone(&seen);
    server
        .mock_async(move |when, then| {
            when.method(GET).path("/api/v2/user");
            then.respond_with(move |req: &httpmock::HttpMockRequest| {
                let id = req
                    .headers()
                    .get("x-request-id")
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or_default()
                    .to_owned();
                log.lock().unwrap().push(id);
                httpmock::HttpMockResponse::builder()
                    .status(200)
                    .body(data(json!({"username": "u", "email_addresses": []})))
                    .build()
            });
        })
        .await;
    let client = client(&server);
    client.user().await.unwrap();
    client.user().await.unwrap();
    let ids = seen.lock().unwrap().clone();
    assert_eq!(ids.len(), 2);
    assert!(ids.iter().all(|id| id.len() >= 32), "{ids:?}");
    assert_ne!(ids[0], ids[1]);
}

#[tokio::test]
async fn quirk_last_page_without_meta_and_the_repeated_token_guard() {
    let server = server().await;
    server
        .mock_async(|when, then| {
            when.method(GET)
                .path(format!("{API}/pulls"))
                .query_param_missing("page_token");
            then.status(200).body(page(json!([]), "same"));
        })
        .await;
    server
        .mock_async(|when, then| {
            when.method(GET)
                .path(format!("{API}/pulls"))
                .query_param("page_token", "same");
            then.status(200).body(page(json!([]), "same"));
        })
        .await;
    let result: Result<Vec<_>, _> = client(&server)
        .database(OWNER, DB)
        .pulls()
        .list()
        .stream()
        .try_collect()
        .await;
    assert!(
        matches!(result, Err(Error::PaginationLoop { .. })),
        "{result:?}"
    );

    let server = super::common::server().await;
    server
        .mock_async(|when, then| {
            when.method(GET).path(format!("{API}/releases"));
            then.status(200)
                .body(json!({"data": [{"tag": "v1", "title": "t"}]}).to_string());
        })
        .await;
    let page = client(&server)
        .database(OWNER, DB)
        .releases()
        .list()
        .await
        .unwrap();
    assert_eq!(page.items.len(), 1);
    assert_eq!(page.next_page_token, None);
}

#[tokio::test]
async fn quirk_lower_case_column_types_and_absent_message_and_warnings() {
    let server = server().await;
    server
        .mock_async(|when, then| {
            when.method(GET).path(format!("{API}/sql"));
            then.status(200).body(data(json!({
                "columns": [{"name": "Tables_in_museum-collections", "type": "longtext", "source_table": ""}],
                "rows": [["lacma"]], "status": "success",
            })));
        })
        .await;
    let result = anonymous(&server)
        .database(OWNER, DB)
        .sql()
        .read("main", "SHOW TABLES")
        .await
        .unwrap();
    assert_eq!(result.schema[0].column_type, "longtext");
    assert_eq!(result.rows[0]["Tables_in_museum-collections"], "lacma");
    assert!(result.message.is_empty() && result.warnings.is_empty());
}

#[tokio::test]
async fn quirk_sql_failures_arrive_inside_http_200() {
    let server = server().await;
    server
        .mock_async(|when, then| {
            when.method(GET).path(format!("{API}/sql")).query_param("q", "SELEC 1");
            then.status(200).body(data(json!({"columns": [], "rows": [], "status": "error", "message": "syntax error at position 6"})));
        })
        .await;
    server
        .mock_async(|when, then| {
            when.method(GET)
                .path(format!("{API}/sql"))
                .query_param("q", "SELECT SLEEP(100)");
            then.status(200).body(data(
                json!({"columns": [], "rows": [], "status": "timeout"}),
            ));
        })
        .await;
    let sql = client(&server).database(OWNER, DB).sql();
    let err = sql.read("main", "SELEC 1").await.unwrap_err();
    assert!(
        matches!(&err, Error::Sql { message, .. } if message.contains("syntax")),
        "{err:?}"
    );
    let err = sql.read("main", "SELECT SLEEP(100)").await.unwrap_err();
    assert!(matches!(err, Error::Timeout { .. }), "{err:?}");
}

#[tokio::test]
async fn quirk_failed_operation_with_any_code() {
    let server = server().await;
    server
        .mock_async(|when, then| {
            when.method(POST).path(format!("{API}/pulls/3/merge"));
            then.status(202).body(data(
                json!({"id": "ops/9", "href": "/api/v2/operations/ops/9"}),
            ));
        })
        .await;
    // The migration page's raw-slash href form is followed as given.
    server
        .mock_async(|when, then| {
            when.method(GET).path("/api/v2/operations/ops/9");
            then.status(200).body(data(json!({
                "id": "ops/9", "type": "merge", "status": "failed", "created_at": "2026-07-01T10:00:00Z",
                "cancelable": false,
                "error": {"status": 422, "code": "UNPROCESSABLE", "title": "Unprocessable", "detail": "merge conflict"},
            })));
        })
        .await;
    let err = client(&server)
        .database(OWNER, DB)
        .pull("3")
        .merge()
        .await
        .unwrap()
        .with_options(fast_wait())
        .wait()
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::OperationFailed { message, .. } if message.contains("merge conflict")),
        "{err:?}"
    );
    assert_eq!(err.code(), Some(&ErrorCode::Unprocessable));
}

#[tokio::test]
async fn quirk_href_to_another_origin_is_not_followed() {
    let server = server().await;
    let elsewhere = httpmock::MockServer::start_async().await;
    let stolen = elsewhere
        .mock_async(|when, then| {
            when.any_request();
            then.status(200);
        })
        .await;
    let href = format!("{}/api/v2/operations/ops%2F1", elsewhere.base_url());
    server
        .mock_async(|when, then| {
            when.method(POST).path(format!("{API}/forks"));
            then.status(202)
                .body(data(json!({"id": "ops/1", "href": href})));
        })
        .await;
    let poll = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/api/v2/operations/ops%2F1")
                .header("authorization", BEARER);
            then.status(200).body(operation(
                "ops/1",
                "fork",
                "succeeded",
                json!({"database": {"owner": "me", "name": DB}}),
            ));
        })
        .await;
    let fork = client(&server)
        .fork(OWNER, DB)
        .to_owner("me")
        .await
        .unwrap()
        .with_options(fast_wait())
        .wait()
        .await
        .unwrap();
    poll.assert_async().await;
    stolen.assert_calls_async(0).await;
    assert_eq!(fork.owner, "me");
}
