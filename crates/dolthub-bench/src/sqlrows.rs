//! Reading every row of a big table, against the sandbox's real SQL engine
//! with a modelled server time per SQL read (DoltHub answers a read in
//! roughly 0.5-0.9 s; the bench uses a smaller delay so a run stays short,
//! and the delay is the same for every side).
//!
//! Baseline: the table's CSV export, downloaded with plain `reqwest` and
//! split into lines (the least work that still touches every row). Compared
//! with it: today's approach (sequential `LIMIT 1000 OFFSET k` pages, plain
//! `reqwest` + `serde_json`), and `dolthub`'s row stream decoding typed rows,
//! once on keyset pages and once on its default path (the export for a
//! whole-table read).

use std::time::{Duration, Instant};

use dolthub::Client;
use dolthub::sql::Strategy;
use dolthub_sandbox::Sandbox;
use futures::TryStreamExt;

use crate::report::Row;
use crate::stats::{fmt, ratio};

/// Server time added to every SQL read.
pub const SQL_READ_DELAY: Duration = Duration::from_millis(50);

/// One record of the bench table, as a user would declare it.
#[derive(serde::Deserialize)]
#[allow(dead_code)]
struct Object {
    id: u64,
    title: String,
    year: u32,
    on_view: bool,
}

async fn write(client: &Client, owner: &str, db: &str, query: &str) {
    client
        .database(owner, db)
        .sql()
        .write(query)
        .to("main")
        .await
        .expect("start write")
        .with_options(
            dolthub::WaitOptions::default()
                .initial(Duration::from_millis(20))
                .max(Duration::from_millis(200))
                .deadline(Duration::from_secs(600)),
        )
        .wait()
        .await
        .expect("write");
}

/// Rows per INSERT while filling a table.
const FILL_BATCH: u64 = 20_000;

/// A database `rows<n>` with table `objects` of `n` rows.
async fn fill(client: &Client, owner: &str, n: u64) -> String {
    let db = format!("rows{n}");
    client
        .create_database(owner, &db)
        .public()
        .send()
        .await
        .expect("create database");
    write(
        client,
        owner,
        &db,
        "CREATE TABLE objects (id INT PRIMARY KEY, title VARCHAR(200), year INT, on_view TINYINT)",
    )
    .await;
    // In batches of 20,000, as a user loading a big table would (one
    // 200,000-row INSERT works too since the sandbox keeps its stores in files).
    for first in (1..=n).step_by(FILL_BATCH as usize) {
        let last = (first + FILL_BATCH - 1).min(n);
        write(
            client,
            owner,
            &db,
            &format!(
                "INSERT INTO objects WITH RECURSIVE s(x) AS (SELECT {first} UNION ALL SELECT x + 1 FROM s \
                 WHERE x < {last}) SELECT x, 'Untitled object number ' || x || ' from the collection', \
                 1800 + x % 200, x % 2 FROM s"
            ),
        )
        .await;
    }
    db
}

/// Plain reqwest: the CSV export, lines counted as they stream.
async fn export_baseline(http: &reqwest::Client, url: &str, owner: &str, db: &str) -> u64 {
    let mut response = http
        .get(format!("{url}/csv/{owner}/{db}/main/objects"))
        .send()
        .await
        .expect("export")
        .error_for_status()
        .expect("export status");
    let mut lines = 0u64;
    while let Some(chunk) = response.chunk().await.expect("export body") {
        lines += memchr_count(&chunk);
    }
    lines - 1
}

fn memchr_count(bytes: &[u8]) -> u64 {
    bytes.iter().filter(|&&b| b == b'\n').count() as u64
}

/// Plain reqwest, today's loop: `LIMIT 1000 OFFSET k` until a short page.
async fn offset_baseline(
    http: &reqwest::Client,
    url: &str,
    token: &str,
    owner: &str,
    db: &str,
) -> u64 {
    let mut offset = 0u64;
    loop {
        let q = format!("SELECT * FROM objects ORDER BY id LIMIT 1000 OFFSET {offset}");
        let page: serde_json::Value = http
            .get(format!("{url}/api/v1alpha1/{owner}/{db}/main"))
            .header("authorization", format!("token {token}"))
            .query(&[("q", q)])
            .send()
            .await
            .expect("read")
            .json()
            .await
            .expect("read body");
        let n = page["rows"].as_array().map_or(0, Vec::len) as u64;
        offset += n;
        if n < 1000 {
            return offset;
        }
    }
}

async fn dolthub_rows(client: &Client, owner: &str, db: &str, strategy: Strategy) -> u64 {
    let mut rows = client
        .database(owner, db)
        .sql()
        .stream_rows("main", "SELECT * FROM objects")
        .strategy(strategy)
        .concurrency(8)
        .stream_as::<Object>();
    let mut n = 0u64;
    while let Some(o) = rows.try_next().await.expect("row stream") {
        std::hint::black_box(o);
        n += 1;
    }
    n
}

async fn timed<F: std::future::Future<Output = u64>>(expected: u64, f: F) -> Duration {
    let start = Instant::now();
    let n = f.await;
    assert_eq!(n, expected, "read every row");
    start.elapsed()
}

/// The rows of the report; `sizes` are the table sizes measured.
pub fn run(sizes: &[u64]) -> Vec<Row> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async {
        let sb = Sandbox::builder()
            .job_delay(Duration::from_millis(5))
            .start()
            .await
            .expect("sandbox");
        let owner = sb.username().to_string();
        let client = Client::builder()
            .base_url(sb.url())
            .token(sb.token())
            .build()
            .expect("client");
        let http = reqwest::Client::new();
        let mut dbs = Vec::new();
        for &n in sizes {
            dbs.push((n, fill(&client, &owner, n).await));
        }
        sb.faults().set_sql_read_delay(SQL_READ_DELAY);
        let mut out = Vec::new();
        let mut per_row: Vec<(u64, [f64; 3])> = Vec::new();
        for (n, db) in &dbs {
            let n = *n;
            let export = timed(n, export_baseline(&http, sb.url(), &owner, db)).await;
            let offset = timed(n, offset_baseline(&http, sb.url(), sb.token(), &owner, db)).await;
            let keyset = timed(n, dolthub_rows(&client, &owner, db, Strategy::Keyset)).await;
            let auto = timed(n, dolthub_rows(&client, &owner, db, Strategy::Auto)).await;
            let us = |d: Duration| d.as_secs_f64() * 1e6 / n as f64;
            per_row.push((n, [us(offset), us(keyset), us(auto)]));
            let base = format!("{} (CSV export, plain reqwest)", fmt(export));
            let label = |what: &str| format!("all {n} rows, {what}");
            out.push(Row {
                name: label("sequential LIMIT/OFFSET pages of 1,000 (before), plain reqwest"),
                baseline: base.clone(),
                candidate: fmt(offset),
                ratio: Some(ratio(offset, export)),
                notes: format!(
                    "{:.1} µs/row; {} ms per SQL read",
                    us(offset),
                    SQL_READ_DELAY.as_millis()
                ),
            });
            out.push(Row {
                name: label("dolthub keyset pages, typed rows, 8 in flight, pinned commit"),
                baseline: base.clone(),
                candidate: fmt(keyset),
                ratio: Some(ratio(keyset, export)),
                notes: format!("{:.1} µs/row", us(keyset)),
            });
            out.push(Row {
                name: label("dolthub default (export path), typed rows"),
                baseline: base,
                candidate: fmt(auto),
                ratio: Some(ratio(auto, export)),
                notes: format!("{:.1} µs/row; goal <= 2x the export", us(auto)),
            });
        }
        if let [(small, a), .., (big, b)] = per_row.as_slice() {
            out.push(Row {
                name: format!("time per row, {big} rows against {small} rows"),
                baseline: format!("{small} rows"),
                candidate: format!("{big} rows"),
                ratio: None,
                notes: format!(
                    "OFFSET {:.2}x, keyset {:.2}x, export path {:.2}x (1.00x = flat)",
                    b[0] / a[0],
                    b[1] / a[1],
                    b[2] / a[2]
                ),
            });
        }
        out
    })
}
