//! Each error envelope maps to the right `Error` variant through the real request path.

use dolthub::Error;
use httpmock::Method::{GET, POST};

use crate::common::*;

async fn answer(status: u16, body: &str, content_type: &str) -> httpmock::MockServer {
    let server = server().await;
    let body = body.to_owned();
    let content_type = content_type.to_owned();
    server
        .mock_async(move |_when, then| {
            then.status(status)
                .header("content-type", content_type)
                .body(body);
        })
        .await;
    server
}

async fn branches_error(status: u16, body: &str, content_type: &str) -> Error {
    let server = answer(status, body, content_type).await;
    client(&server)
        .database(OWNER, DB)
        .branches()
        .list()
        .await
        .unwrap_err()
}

#[tokio::test]
async fn standard_envelope_is_api_with_raw_body() {
    let body = fixture("errors/standard.json");
    match branches_error(400, &body, "application/json").await {
        Error::Api {
            status,
            message,
            body: raw,
            ..
        } => {
            assert_eq!(status, 400);
            assert_eq!(message, "Error creating a branch.");
            assert_eq!(raw, body);
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn error_key_envelope_for_missing_repository_is_not_found() {
    let err = branches_error(400, &fixture("errors/error_key.json"), "application/json").await;
    assert!(
        matches!(err, Error::NotFound { status: 400, .. }),
        "{err:?}"
    );
}

#[tokio::test]
async fn bad_token_and_401_are_unauthorized_with_a_hint() {
    let err = branches_error(400, &fixture("errors/bad_token.json"), "application/json").await;
    assert!(
        matches!(err, Error::Unauthorized { status: 400, .. }),
        "{err:?}"
    );
    assert!(err.to_string().contains("token <TOKEN>"));
    let err = branches_error(
        401,
        &fixture("errors/not_authenticated.json"),
        "application/json",
    )
    .await;
    assert!(
        matches!(err, Error::Unauthorized { status: 401, .. }),
        "{err:?}"
    );
}

#[tokio::test]
async fn duplicate_database_is_already_exists() {
    let server = answer(
        400,
        &fixture("errors/already_exists.json"),
        "application/json",
    )
    .await;
    let err = client(&server)
        .create_database(OWNER, DB)
        .public()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::AlreadyExists { .. }), "{err:?}");
}

#[tokio::test]
async fn plain_text_gateway_failure_is_gateway_with_excerpt() {
    let err = branches_error(504, &fixture("errors/upstream_timeout.txt"), "text/plain").await;
    match &err {
        Error::Gateway { status, excerpt } => {
            assert_eq!(*status, 504);
            assert_eq!(excerpt, "upstream request timeout");
        }
        other => panic!("{other:?}"),
    }
    assert!(err.is_retryable());
    assert!(err.to_string().contains("55 s"));
}

#[tokio::test]
async fn html_error_page_excerpt_is_short_and_clean() {
    let page = format!("<html>\n\u{1b}[31m{}</html>", "x".repeat(100_000));
    let err = branches_error(502, &page, "text/html").await;
    match err {
        Error::Gateway { excerpt, .. } => {
            assert!(excerpt.chars().count() <= 201);
            assert!(!excerpt.chars().any(char::is_control));
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn huge_error_bodies_are_capped() {
    let body = format!(
        r#"{{"status":"Error","message":"m","pad":"{}"}}"#,
        "y".repeat(500_000)
    );
    let err = branches_error(400, &body, "application/json").await;
    match err {
        // Cut at 64 KiB, the JSON no longer parses: reported as text.
        Error::Gateway { excerpt, .. } => assert!(excerpt.len() <= 1000),
        Error::Api { body, .. } => assert!(body.len() <= 64 * 1024),
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn sql_envelope_is_sql_error_with_query() {
    let server = answer(400, &fixture("errors/sql.json"), "application/json").await;
    let err = client(&server)
        .database(OWNER, DB)
        .sql()
        .read("main", "SELECT * FROM lacmaa")
        .await
        .unwrap_err();
    match err {
        Error::Sql {
            status,
            message,
            query,
        } => {
            assert_eq!(status, 400);
            assert_eq!(message, "table not found: lacmaa");
            assert_eq!(query.as_deref(), Some("SELECT * FROM lacmaa"));
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn sql_error_inside_http_200_is_sql_error() {
    let server = answer(200, &fixture("errors/sql_200.json"), "application/json").await;
    let err = client(&server)
        .database(OWNER, DB)
        .sql()
        .read("nope", "SELECT 1")
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::Sql { status: 200, message, .. } if message.contains("branch not found")),
        "{err:?}"
    );
}

#[tokio::test]
async fn status_error_inside_http_200_is_an_error() {
    let server = answer(
        200,
        &fixture("errors/status_error_200.json"),
        "application/json",
    )
    .await;
    let err = client(&server)
        .database(OWNER, DB)
        .tags()
        .list()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Api { status: 200, .. }), "{err:?}");
}

/// List branches decodes first and reads `status` itself: an error envelope
/// inside a 200 is still an error wherever `status` stands, whether or not
/// the rest decodes, and an ordinary list naming a branch `Error` is not.
#[tokio::test]
async fn list_branches_reads_status_error_inside_http_200_wherever_it_stands() {
    for body in [
        r#"{"status":"Error","message":"Error getting the branches list."}"#,
        r#"{"branches":[],"message":"Error getting the branches list.","status":" error "}"#,
        r#"{"branches":"oops","status":"Error","message":"Error getting the branches list."}"#,
    ] {
        let server = answer(200, body, "application/json").await;
        let err = client(&server)
            .database(OWNER, DB)
            .branches()
            .list()
            .await
            .unwrap_err();
        assert!(
            matches!(&err, Error::Api { status: 200, message, .. } if message.contains("branches list")),
            "{body}: {err:?}"
        );
    }
    let server = answer(
        200,
        r#"{"status":"Success","branches":[{"branch_name":"Error"},{"name":"main"}]}"#,
        "application/json",
    )
    .await;
    let names: Vec<String> = client(&server)
        .database(OWNER, DB)
        .branches()
        .list()
        .await
        .unwrap()
        .into_iter()
        .map(|b| b.name)
        .collect();
    assert_eq!(names, ["Error", "main"]);
}

#[tokio::test]
async fn non_json_success_is_decode_error_with_excerpt() {
    let server = answer(200, "<html>maintenance</html>", "text/html").await;
    let err = client(&server)
        .database(OWNER, DB)
        .tags()
        .list()
        .await
        .unwrap_err();
    match err {
        Error::Decode { excerpt, .. } => assert_eq!(excerpt, "<html>maintenance</html>"),
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn rate_limit_carries_retry_after() {
    let server = server().await;
    server
        .mock_async(|when, then| {
            when.method(GET);
            then.status(429)
                .header("retry-after", "7")
                .body("slow down");
        })
        .await;
    let err = client(&server)
        .database(OWNER, DB)
        .tags()
        .list()
        .await
        .unwrap_err();
    assert_eq!(err.retry_after(), Some(std::time::Duration::from_secs(7)));
    assert_eq!(err.status(), Some(429));
}

#[tokio::test]
async fn no_change_write_is_nothing_to_commit_but_json_variant_is_an_error() {
    let server = server().await;
    server
        .mock_async(|when, then| {
            when.method(GET)
                .path(format!("{API}/write"))
                .query_param("operationName", "operations/text");
            then.status(400)
                .header("content-type", "text/plain")
                .body(fixture("errors/no_change.txt"));
        })
        .await;
    server
        .mock_async(|when, then| {
            when.method(GET)
                .path(format!("{API}/write"))
                .query_param("operationName", "operations/json");
            then.status(400)
                .header("content-type", "application/json")
                .body(fixture("errors/no_change_json.json"));
        })
        .await;
    let sql = client(&server).database(OWNER, DB).sql();
    let outcome = sql
        .write_operation("operations/text")
        .with_options(fast_wait())
        .wait()
        .await
        .unwrap();
    assert_eq!(outcome, dolthub::WriteOutcome::NothingToCommit);
    let err = sql
        .write_operation("operations/json")
        .with_options(fast_wait())
        .wait()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Sql { status: 400, .. }), "{err:?}");
}

#[tokio::test]
async fn sql_write_start_rejected_is_sql_error() {
    let server = server().await;
    server
        .mock_async(|when, then| {
            when.method(POST).path(format!("{API}/write/main/main"));
            then.status(400).header("content-type", "application/json").body(
                r#"{"query_execution_status":"Error","query_execution_message":"syntax error at position 7","operation_name":"","query":"UPDATEE t"}"#,
            );
        })
        .await;
    let err = client(&server)
        .database(OWNER, DB)
        .sql()
        .write("UPDATEE t")
        .to("main")
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Sql { query: Some(q), .. } if q == "UPDATEE t"));
}

#[tokio::test]
async fn connection_refused_is_transport_and_retryable() {
    // Bind then drop a listener to get a port nobody listens on.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let client = dolthub::Client::builder()
        .base_url(format!("http://127.0.0.1:{port}"))
        .retry_policy(dolthub::RetryPolicy::none())
        .build()
        .unwrap();
    let err = client.database(OWNER, DB).tags().list().await.unwrap_err();
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
    assert!(err.is_retryable());
}

#[tokio::test]
async fn request_timeout_is_timeout() {
    let server = server().await;
    server
        .mock_async(|_when, then| {
            then.status(200).delay(ms(500)).body("{}");
        })
        .await;
    let client = dolthub::Client::builder()
        .base_url(server.base_url())
        .timeout(ms(50))
        .retry_policy(dolthub::RetryPolicy::none())
        .build()
        .unwrap();
    let err = client.database(OWNER, DB).tags().list().await.unwrap_err();
    assert!(matches!(err, Error::Timeout { .. }), "{err:?}");
}
