//! SQL helpers: typed rows, paging past the cap, writes, merges, branch deletion.

use dolthub::Error;
use futures::TryStreamExt;
use httpmock::Method::{GET, POST};
use serde_json::json;

use crate::common::*;

#[derive(serde::Deserialize, Debug, PartialEq)]
struct Piece {
    id: u32,
    title: String,
    on_view: bool,
}

#[tokio::test]
async fn typed_and_dynamic_rows() {
    let server = server().await;
    server
        .mock_async(|when, then| {
            when.method(GET).path(format!("{API}/main"));
            then.status(200)
                .body(fixture("sql/sql_read_default_branch.json"));
        })
        .await;
    let result = client(&server)
        .database(OWNER, DB)
        .sql()
        .read(
            "main",
            "SELECT id, title, on_view FROM lacma ORDER BY id LIMIT 2",
        )
        .await
        .unwrap();
    let pieces: Vec<Piece> = result.rows().unwrap();
    assert_eq!(
        pieces[0],
        Piece {
            id: 1,
            title: "Portrait of a Woman".into(),
            on_view: true
        }
    );
    assert!(!pieces[1].on_view);
    assert_eq!(
        result.ordered_rows()[1],
        vec![json!("2"), json!("Landscape with Cattle"), json!("0")]
    );
}

fn rows_page(from: u32, n: u32, status: &str) -> String {
    let rows: Vec<_> = (from..from + n)
        .map(|i| json!({"id": i.to_string()}))
        .collect();
    json!({"query_execution_status": status, "schema": [{"columnName": "id"}], "rows": rows})
        .to_string()
}

/// A commit hash the pin query answers with; pages are then read at it.
const PINNED: &str = "0123456789abcdefghijklmnopqrstuv";

/// Answer the ref-to-commit lookup for `reference` with [`PINNED`].
async fn pin<'a>(server: &'a httpmock::MockServer, reference: &'static str) -> httpmock::Mock<'a> {
    server
        .mock_async(move |when, then| {
            when.method(GET)
                .path(format!("{API}/{}", reference.replace('/', "%2F")))
                .query_param_includes("q", "dolt_branches");
            then.status(200).body(
                json!({"query_execution_status": "Success", "schema": [{"columnName": "hash"}],
                       "rows": [{"hash": PINNED}]})
                .to_string(),
            );
        })
        .await
}

#[tokio::test]
async fn stream_rows_pages_with_limit_offset_at_the_pinned_commit_after_a_capped_page() {
    let server = server().await;
    let pinned = pin(&server, "feature/x").await;
    let q = "SELECT id FROM lacma ORDER BY id";
    let pages = [
        // Asked for 3, the server capped at 2 (RowLimit): continue at offset 2.
        (
            format!("{q}\nLIMIT 3 OFFSET 0"),
            rows_page(0, 2, "RowLimit"),
        ),
        (format!("{q}\nLIMIT 3 OFFSET 2"), rows_page(2, 3, "Success")),
        (format!("{q}\nLIMIT 3 OFFSET 5"), rows_page(5, 1, "Success")),
    ];
    let mut mocks = Vec::new();
    for (query, body) in pages {
        mocks.push(
            server
                .mock_async(move |when, then| {
                    when.method(GET)
                        .path(format!("{API}/{PINNED}"))
                        .query_param("q", query);
                    then.status(200).body(body);
                })
                .await,
        );
    }
    #[derive(serde::Deserialize)]
    struct Id {
        id: u32,
    }
    let ids: Vec<u32> = client(&server)
        .database(OWNER, DB)
        .sql()
        // The trailing comment must not swallow the appended clause.
        .stream_rows("feature/x", format!("{q}; -- ordered"))
        .strategy(dolthub::sql::Strategy::Offset)
        .page_size(3)
        .stream_as::<Id>()
        .map_ok(|r| r.id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids, vec![0, 1, 2, 3, 4, 5]);
    pinned.assert_calls_async(1).await;
    for m in mocks {
        m.assert_calls_async(1).await;
    }
}

#[tokio::test]
async fn a_page_repeating_the_previous_one_is_an_error_not_a_loop() {
    let server = server().await;
    pin(&server, "main").await;
    // A server that ignores OFFSET answers every page with the first one.
    let pages = server
        .mock_async(|when, then| {
            when.method(GET).path(format!("{API}/{PINNED}"));
            then.status(200).body(rows_page(0, 3, "Success"));
        })
        .await;
    let result = tokio::time::timeout(
        std::time::Duration::from_secs(30),
        client(&server)
            .database(OWNER, DB)
            .sql()
            .stream_rows("main", "SELECT id FROM t ORDER BY id")
            .strategy(dolthub::sql::Strategy::Offset)
            .page_size(3)
            .stream()
            .try_collect::<Vec<_>>(),
    )
    .await
    .expect("paging stopped");
    assert!(
        matches!(result, Err(Error::PaginationLoop { .. })),
        "{result:?}"
    );
    pages.assert_calls_async(2).await;
}

#[tokio::test]
async fn write_and_merge_name_their_branches_the_same_way() {
    // `to` is the branch that changes and `from` where its content comes
    // from, for a write and a merge alike: both are /write/{from}/{to}.
    let server = server().await;
    let write = server
        .mock_async(|when, then| {
            when.method(POST).path(format!("{API}/write/main/feature"));
            then.status(200).body(fixture("sql/sql_write.json"));
        })
        .await;
    let sql = client(&server).database(OWNER, DB).sql();
    sql.write("INSERT INTO t VALUES (1)")
        .to("feature")
        .from("main")
        .await
        .unwrap();
    sql.merge("main").to("feature").await.unwrap();
    write.assert_calls_async(2).await;
}

#[tokio::test]
async fn stream_rows_refuses_queries_with_their_own_limit() {
    let server = server().await;
    let err = client(&server)
        .database(OWNER, DB)
        .sql()
        .stream_rows("main", "SELECT * FROM t LIMIT 10")
        .stream()
        .try_collect::<Vec<_>>()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::InvalidInput { .. }));
}

#[tokio::test]
async fn fail_if_truncated_turns_row_limit_into_an_error() {
    let server = server().await;
    server
        .mock_async(|when, then| {
            when.method(GET);
            then.status(200).body(fixture("sql/sql_read.json"));
        })
        .await;
    let err = client(&server)
        .database(OWNER, DB)
        .sql()
        .read("main", "SELECT id, title FROM lacma")
        .fail_if_truncated()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Sql { status: 200, .. }), "{err:?}");
}

#[tokio::test]
async fn default_branch_read_with_a_token_is_refused_before_sending() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            when.any_request();
            then.status(500);
        })
        .await;
    let err = client(&server)
        .database(OWNER, DB)
        .sql()
        .read_default_branch("SHOW TABLES")
        .await
        .unwrap_err();
    assert!(matches!(&err, Error::InvalidInput { message } if message.contains("refName")));
    mock.assert_calls_async(0).await;
}

#[tokio::test]
async fn bad_writes_are_refused_before_sending() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            when.any_request();
            then.status(500);
        })
        .await;
    let sql = client(&server).database(OWNER, DB).sql();
    for query in [
        "",
        "  ;  ",
        "-- only a comment",
        "/* nothing */ ; # here",
        "INSERT INTO t VALUES ('unclosed)",
        "INSERT INTO t VALUES (1); INSERT INTO t VALUES (2)",
    ] {
        let err = sql.write(query).to("main").await.unwrap_err();
        assert!(matches!(err, Error::InvalidInput { .. }), "{query}");
    }
    let err = sql.delete_branch("main").await.unwrap_err();
    assert!(matches!(err, Error::InvalidInput { .. }));
    mock.assert_calls_async(0).await;
}

#[tokio::test]
async fn merge_is_an_empty_write() {
    let server = server().await;
    let start = server
        .mock_async(|when, then| {
            when.method(POST)
                .path(format!("{API}/write/feature%2Flacma/main"))
                .query_param_missing("q")
                .header("authorization", AUTH)
                .body("");
            then.status(200).body(fixture("sql/sql_write.json"));
        })
        .await;
    server
        .mock_async(|when, then| {
            when.method(GET).path(format!("{API}/write"));
            then.status(200).body(
                r#"{"_id":"operations/72abb56b-d478-43ae-9a2d-c9602184c7ab","done":true,"res_details":{"query_execution_status":"Success","from_commit_id":"merge","to_commit_id":""}}"#,
            );
        })
        .await;
    let outcome = client(&server)
        .database(OWNER, DB)
        .sql()
        .merge("feature/lacma")
        .to("main")
        .await
        .unwrap()
        .with_options(fast_wait())
        .wait()
        .await
        .unwrap();
    start.assert_async().await;
    assert!(
        matches!(outcome, dolthub::WriteOutcome::Committed { ref from_commit_id, .. } if from_commit_id == "merge")
    );
    assert_eq!(outcome.commit_id(), None);
}

#[tokio::test]
async fn delete_branch_calls_dolt_branch_with_an_escaped_name() {
    let server = server().await;
    let start = server
        .mock_async(|when, then| {
            when.method(POST)
                .path(format!("{API}/write/main/main"))
                .json_body(json!({"query": "CALL DOLT_BRANCH('-D', 'it''s\\\\odd/x')"}));
            then.status(200).body(fixture("sql/sql_write.json"));
        })
        .await;
    server
        .mock_async(|when, then| {
            when.method(GET).path(format!("{API}/write"));
            then.status(400)
                .header("content-type", "text/plain")
                .body(fixture("errors/no_change.txt"));
        })
        .await;
    let outcome = client(&server)
        .database(OWNER, DB)
        .branches()
        .delete(r"it's\odd/x")
        .await
        .unwrap()
        .with_options(fast_wait())
        .wait()
        .await
        .unwrap();
    start.assert_async().await;
    assert_eq!(outcome, dolthub::WriteOutcome::NothingToCommit);
}
