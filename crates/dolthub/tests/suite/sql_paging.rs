//! Row streams past the row cap against the sandbox's real SQL engine: every
//! strategy, pinned commits, compound keys, NULL and duplicate keys, and
//! queries whose text hides `LIMIT` or ends in a comment.

use std::time::Duration;

use dolthub::models::Row;
use dolthub::sql::Strategy;
use dolthub::{Client, Error, RetryPolicy, WaitOptions};
use dolthub_sandbox::Sandbox;
use futures::{StreamExt, TryStreamExt};
use serde_json::{Value, json};

fn fast() -> WaitOptions {
    WaitOptions::default()
        .initial(Duration::from_millis(5))
        .max(Duration::from_millis(20))
        .deadline(Duration::from_secs(30))
}

/// A sandbox capped at `row_limit` rows per read, with database `me/db`
/// holding `t(id INT PRIMARY KEY, grp INT, v TEXT)`: ids 1..=n, grp = id % 3,
/// v NULL for ids divisible by 7, else `v<id>`.
async fn setup(row_limit: usize, n: u32) -> (Sandbox, Client) {
    let sb = Sandbox::builder()
        .job_delay(Duration::from_millis(1))
        .row_limit(row_limit)
        .start()
        .await
        .unwrap();
    let client = Client::builder()
        .base_url(sb.url())
        .token(sb.token())
        .retry_policy(RetryPolicy::default().base_backoff(Duration::from_millis(5)))
        .build()
        .unwrap();
    let me = sb.username().to_string();
    client
        .create_database(&me, "db")
        .public()
        .send()
        .await
        .unwrap();
    write(
        &client,
        &me,
        "CREATE TABLE t (id INT PRIMARY KEY, grp INT, v TEXT)",
    )
    .await;
    write(
        &client,
        &me,
        &format!(
            "INSERT INTO t WITH RECURSIVE s(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM s WHERE x < {n}) \
             SELECT x, x % 3, CASE WHEN x % 7 = 0 THEN NULL ELSE 'v' || x END FROM s"
        ),
    )
    .await;
    (sb, client)
}

async fn write(client: &Client, owner: &str, query: &str) {
    client
        .database(owner, "db")
        .sql()
        .write(query)
        .to("main")
        .send()
        .await
        .unwrap()
        .with_options(fast())
        .wait()
        .await
        .unwrap();
}

fn ids(rows: &[Row]) -> Vec<u64> {
    rows.iter()
        .map(|r| r["id"].as_str().unwrap().parse().unwrap())
        .collect()
}

/// Collect a stream, failing the test instead of hanging when paging loops.
async fn all(stream: dolthub::sql::RowStream<Row>) -> dolthub::Result<Vec<Row>> {
    tokio::time::timeout(Duration::from_secs(60), stream.try_collect())
        .await
        .expect("the row stream ended (no paging loop)")
}

#[tokio::test]
async fn offset_paging_is_not_fooled_by_comments_or_limit_in_text() {
    let (sb, c) = setup(7, 40).await;
    let sql = c.database(sb.username(), "db").sql();
    let expected: Vec<u64> = (1..=40).collect();
    for query in [
        "SELECT id FROM t ORDER BY id -- every row",
        "SELECT id FROM t ORDER BY id # every row",
        "SELECT id FROM t ORDER BY id /* LIMIT 3 */;",
        "SELECT id, 'LIMIT 1' AS note FROM t ORDER BY id",
        "SELECT id FROM t WHERE v IS NULL OR v <> '-- LIMIT 1' ORDER BY id -- LIMIT 2",
    ] {
        let rows = all(sql
            .stream_rows("main", query)
            .strategy(Strategy::Offset)
            .page_size(5)
            .stream())
        .await
        .unwrap_or_else(|e| panic!("{query}: {e}"));
        assert_eq!(ids(&rows), expected, "{query}");
    }
}

#[tokio::test]
async fn keyset_pages_run_in_flight_in_key_order_past_a_smaller_cap() {
    // The cap (7) is below the page size (10): every page and the boundary
    // list are cut short and continue where they stopped.
    let (sb, c) = setup(7, 123).await;
    let sql = c.database(sb.username(), "db").sql();
    let mut stream = sql
        .stream_rows("main", "SELECT id, v FROM t WHERE id > 3 ORDER BY id")
        .page_size(10)
        .concurrency(4)
        .stream();
    let first = stream.try_next().await.unwrap().unwrap();
    assert_eq!(stream.strategy(), Some(Strategy::Keyset));
    assert!(stream.commit().is_some_and(|c| c.len() == 32));
    let mut rows = vec![first];
    rows.extend(all(stream).await.unwrap());
    assert_eq!(ids(&rows), (4..=123).collect::<Vec<_>>());
}

#[tokio::test]
async fn compound_keys_page_in_lexicographic_order() {
    let (sb, c) = setup(1000, 0).await;
    let me = sb.username().to_string();
    write(
        &c,
        &me,
        "CREATE TABLE k (a INT, b VARCHAR(10), x INT, PRIMARY KEY (a, b))",
    )
    .await;
    write(
        &c,
        &me,
        "INSERT INTO k WITH RECURSIVE s(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM s WHERE n < 59) \
         SELECT n % 4, 'b' || (n / 4), n FROM s",
    )
    .await;
    let sql = c.database(&me, "db").sql();
    let mut stream = sql
        .stream_rows("main", "SELECT a, b, x FROM k WHERE x >= 0")
        .page_size(4)
        .stream();
    let first = stream.try_next().await.unwrap().unwrap();
    assert_eq!(stream.strategy(), Some(Strategy::Keyset));
    let mut rows = vec![first];
    rows.extend(all(stream).await.unwrap());
    let keys: Vec<(String, String)> = rows
        .iter()
        .map(|r| {
            (
                r["a"].as_str().unwrap().to_owned(),
                r["b"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(keys.len(), 60);
    assert_eq!(keys, sorted, "key order, no repeats");
}

#[tokio::test]
async fn a_table_changing_between_pages_neither_skips_nor_repeats_rows() {
    for strategy in [Strategy::Keyset, Strategy::Offset, Strategy::Auto] {
        let (sb, c) = setup(5, 30).await;
        let me = sb.username().to_string();
        let sql = c.database(&me, "db").sql();
        let mut stream = sql
            .stream_rows("main", "SELECT id FROM t")
            .strategy(strategy)
            .page_size(5)
            .concurrency(1)
            .stream();
        let first = stream.try_next().await.unwrap().unwrap();
        // Meanwhile: rows vanish before and after the read position, others appear.
        write(&c, &me, "DELETE FROM t WHERE id IN (1, 2, 3, 20, 21)").await;
        write(
            &c,
            &me,
            "INSERT INTO t VALUES (0, 0, 'new'), (100, 1, 'new')",
        )
        .await;
        let mut rows = vec![first];
        rows.extend(all(stream).await.unwrap());
        assert_eq!(
            ids(&rows),
            (1..=30).collect::<Vec<_>>(),
            "{strategy:?} read the snapshot of its first page"
        );
    }
}

#[tokio::test]
async fn null_and_duplicate_keys_are_refused_not_skipped() {
    let (sb, c) = setup(1000, 40).await;
    let sql = c.database(sb.username(), "db").sql();
    let nulls = all(sql
        .stream_rows("main", "SELECT id, v FROM t")
        .key(["v"])
        .page_size(5)
        .stream())
    .await
    .unwrap_err();
    assert!(
        matches!(&nulls, Error::InvalidInput { message } if message.contains("NULL")),
        "{nulls}"
    );
    let dups = all(sql
        .stream_rows("main", "SELECT id, grp FROM t")
        .key(["grp"])
        .page_size(5)
        .stream())
    .await
    .unwrap_err();
    assert!(
        matches!(&dups, Error::InvalidInput { message } if message.contains("unique")),
        "{dups}"
    );
    // A key the query does not return cannot be paged on.
    let missing = all(sql
        .stream_rows("main", "SELECT v FROM t WHERE id > 0")
        .strategy(Strategy::Keyset)
        .stream())
    .await
    .unwrap_err();
    assert!(matches!(missing, Error::InvalidInput { .. }), "{missing}");
}

#[tokio::test]
async fn whole_table_reads_take_the_export_path_with_the_same_rows() {
    let (sb, c) = setup(7, 50).await;
    let sql = c.database(sb.username(), "db").sql();
    let mut export = sql.stream_rows("main", "SELECT * FROM t;").stream();
    let first = export.try_next().await.unwrap().unwrap();
    assert_eq!(export.strategy(), Some(Strategy::Export));
    let names: Vec<String> = export
        .columns()
        .unwrap()
        .iter()
        .map(|c| c.name.clone())
        .collect();
    assert_eq!(names, ["id", "grp", "v"]);
    let mut exported = vec![first];
    exported.extend(all(export).await.unwrap());
    let keyset = all(sql
        .stream_rows("main", "SELECT * FROM t")
        .strategy(Strategy::Keyset)
        .page_size(6)
        .stream())
    .await
    .unwrap();
    assert_eq!(exported.len(), 50);
    assert_eq!(exported, keyset, "same rows, NULLs included");
    assert_eq!(exported[6]["v"], Value::Null);

    // A projection keeps the caller's column order.
    let projected = all(sql.stream_rows("main", "SELECT v, id FROM t").stream())
        .await
        .unwrap();
    assert_eq!(
        projected[0],
        serde_json::from_value::<Row>(json!({"v": "v1", "id": "1"})).unwrap()
    );
    let keys: Vec<&String> = projected[0].keys().collect();
    assert_eq!(keys.len(), 2);

    // Typed rows from the export.
    #[derive(serde::Deserialize)]
    struct T {
        id: u32,
        v: Option<String>,
    }
    let typed: Vec<T> = sql
        .stream_rows("main", "SELECT id, v FROM t")
        .stream_as::<T>()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(typed.len(), 50);
    assert!(typed.iter().all(|t| (t.id % 7 == 0) == t.v.is_none()));

    // Export asked for a query it cannot serve: refused before reading.
    let refused = sql
        .stream_rows("main", "SELECT id FROM t WHERE id > 1")
        .strategy(Strategy::Export)
        .stream()
        .next()
        .await
        .unwrap()
        .unwrap_err();
    assert!(matches!(refused, Error::InvalidInput { .. }));
}

#[tokio::test]
async fn empty_strings_and_nulls_survive_the_csv_export_round_trip() {
    let (sb, c) = setup(1000, 1).await;
    let me = sb.username().to_string();
    write(
        &c,
        &me,
        "INSERT INTO t VALUES (2, 0, ''), (3, 0, NULL), (4, NULL, 'a,\"b\"'), (5, 0, ' ')",
    )
    .await;
    let sql = c.database(&me, "db").sql();
    let mut export = sql.stream_rows("main", "SELECT * FROM t").stream();
    let mut rows = vec![export.try_next().await.unwrap().unwrap()];
    assert_eq!(export.strategy(), Some(Strategy::Export));
    rows.extend(all(export).await.unwrap());
    let v: Vec<&Value> = rows.iter().map(|r| &r["v"]).collect();
    assert_eq!(
        v,
        [
            &json!("v1"),
            &json!(""),
            &Value::Null,
            &json!("a,\"b\""),
            &json!(" ")
        ],
        "an empty string stays an empty string, NULL stays NULL"
    );
    assert_eq!(rows[3]["grp"], Value::Null);
    let read = c
        .database(&me, "db")
        .sql()
        .read("main", "SELECT * FROM t ORDER BY id")
        .await
        .unwrap();
    assert_eq!(read.rows, rows, "the export and a SQL read agree");
}

/// One row of `typed`, as a user declares it: every kind of column the
/// exports carry.
#[derive(serde::Deserialize, Debug, PartialEq)]
struct Typed {
    id: u64,
    price: f64,
    ratio: Option<f32>,
    flag: bool,
    born: String,
    seen: Option<String>,
    note: Option<String>,
    label: String,
}

#[tokio::test]
async fn typed_rows_decode_every_column_type_alike_on_the_export_and_on_keyset_pages() {
    let (sb, c) = setup(1000, 1).await;
    let me = sb.username().to_string();
    write(
        &c,
        &me,
        "CREATE TABLE typed (id BIGINT PRIMARY KEY, price DECIMAL(10,2), ratio DOUBLE, flag BOOLEAN, \
         born DATE, seen DATETIME, note TEXT, label VARCHAR(20))",
    )
    .await;
    write(
        &c,
        &me,
        "INSERT INTO typed VALUES \
         (1, 12.50, 0.25, 1, '2024-02-29', '2024-02-29 13:45:00', 'a, \"quoted\"\nline', ''), \
         (2, -3, NULL, 0, '1999-12-31', NULL, NULL, 'x,y'), \
         (9007199254740993, 0.1, 1e-3, 1, '2000-01-01', '2000-01-01 00:00:00', '', ' ')",
    )
    .await;
    let sql = c.database(&me, "db").sql();
    let mut export = sql
        .stream_rows("main", "SELECT * FROM typed")
        .stream_as::<Typed>();
    let mut rows = vec![export.try_next().await.unwrap().unwrap()];
    assert_eq!(export.strategy(), Some(Strategy::Export));
    rows.extend(export.try_collect::<Vec<_>>().await.unwrap());
    let keyset: Vec<Typed> = sql
        .stream_rows("main", "SELECT * FROM typed")
        .strategy(Strategy::Keyset)
        .page_size(2)
        .stream_as()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(rows, keyset, "the same typed rows whichever path read them");
    assert_eq!(
        rows[0],
        Typed {
            id: 1,
            price: 12.5,
            ratio: Some(0.25),
            flag: true,
            born: "2024-02-29".into(),
            seen: Some("2024-02-29 13:45:00".into()),
            note: Some("a, \"quoted\"\nline".into()),
            label: String::new(),
        }
    );
    assert_eq!(rows[1].price, -3.0);
    assert_eq!(
        (rows[1].ratio, &rows[1].seen, &rows[1].note),
        (None, &None, &None)
    );
    assert!(!rows[1].flag);
    assert_eq!(rows[1].label, "x,y");
    assert_eq!(rows[2].id, 9_007_199_254_740_993, "no trip through f64");
    assert_eq!(
        rows[2].note.as_deref(),
        Some(""),
        "an empty string is not NULL"
    );
    assert_eq!(rows[2].label, " ");
}

#[tokio::test]
async fn a_cell_of_the_wrong_type_names_its_row_and_column_on_every_path() {
    // grp = id % 3, so row 2 holds grp 2: not a boolean.
    let (sb, c) = setup(4, 10).await;
    #[derive(serde::Deserialize, Debug)]
    #[allow(dead_code)]
    struct Flagged {
        id: u32,
        grp: bool,
    }
    let sql = c.database(sb.username(), "db").sql();
    for strategy in [Strategy::Export, Strategy::Keyset, Strategy::Offset] {
        let query = if strategy == Strategy::Offset {
            "SELECT id, grp FROM t ORDER BY id"
        } else {
            "SELECT id, grp FROM t"
        };
        let got: Vec<dolthub::Result<Flagged>> = sql
            .stream_rows("main", query)
            .strategy(strategy)
            .page_size(3)
            .stream_as::<Flagged>()
            .collect()
            .await;
        assert_eq!(
            got.len(),
            10,
            "{strategy:?}: the rows after a bad one still come"
        );
        assert!(got[0].is_ok(), "{strategy:?}: {:?}", got[0]);
        let err = got[1].as_ref().unwrap_err();
        assert!(matches!(err, Error::Decode { .. }), "{strategy:?}: {err}");
        let text = err.to_string();
        assert!(
            text.contains("row 2: column `grp`: cannot read \"2\" as a boolean"),
            "{strategy:?}: {text}"
        );
        assert!(got[2].is_ok() && got[3].is_ok(), "{strategy:?}");
    }
}
