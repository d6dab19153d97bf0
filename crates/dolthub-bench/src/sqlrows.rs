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
use crate::stats::{fmt, median, ratio};

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

/// Rounds of the export and of the default path per table size.
pub const EXPORT_ROUNDS: usize = 9;

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

/// Table sizes from `20000,80000,200000` (also `200_000` or `200k`), each
/// at least 1, in the order given.
pub fn parse_sizes(list: &str) -> Result<Vec<u64>, String> {
    list.split(',')
        .map(|item| {
            let n = item.trim().replace('_', "");
            let (digits, scale) = match n.strip_suffix(['k', 'K']) {
                Some(d) => (d, 1_000),
                None => (n.as_str(), 1),
            };
            digits
                .parse::<u64>()
                .ok()
                .and_then(|d| d.checked_mul(scale))
                .filter(|&rows| rows > 0)
                .ok_or_else(|| {
                    format!(
                        "`{}` is not a table size (rows, e.g. 20000,80000,200000)",
                        item.trim()
                    )
                })
        })
        .collect()
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
        // Per size: µs per row of the export, OFFSET, keyset and the default path.
        let mut per_row: Vec<(u64, [f64; 4])> = Vec::new();
        for (n, db) in &dbs {
            let n = *n;
            let offset = timed(n, offset_baseline(&http, sb.url(), sb.token(), &owner, db)).await;
            let keyset = timed(n, dolthub_rows(&client, &owner, db, Strategy::Keyset)).await;
            // The export and the default path are quick: several alternating
            // rounds, medians, so one hiccup of a shared machine does not make the ratio.
            let (mut exports, mut autos) = (Vec::new(), Vec::new());
            for round in 0..EXPORT_ROUNDS {
                for side in if round % 2 == 0 { [0, 1] } else { [1, 0] } {
                    if side == 0 {
                        exports.push(timed(n, export_baseline(&http, sb.url(), &owner, db)).await);
                    } else {
                        autos.push(
                            timed(n, dolthub_rows(&client, &owner, db, Strategy::Auto)).await,
                        );
                    }
                }
            }
            let (export, auto) = (median(&exports), median(&autos));
            let us = |d: Duration| d.as_secs_f64() * 1e6 / n as f64;
            per_row.push((n, [us(export), us(offset), us(keyset), us(auto)]));
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
                notes: format!(
                    "{:.1} µs/row; goal <= 2x the export; export and default path: medians of \
                     {EXPORT_ROUNDS} alternating rounds",
                    us(auto)
                ),
            });
        }
        if let Some(row) = per_row_summary(&per_row) {
            out.push(row);
        }
        out
    })
}

/// Time per row at every size, and how it grows from the smallest table to
/// the largest (1.00x = flat).
fn per_row_summary(per_row: &[(u64, [f64; 4])]) -> Option<Row> {
    let [(small, first), .., (big, last)] = per_row else {
        return None;
    };
    let sizes: Vec<String> = per_row.iter().map(|(n, _)| n.to_string()).collect();
    let method = |i: usize, name: &str| {
        let each: Vec<String> = per_row
            .iter()
            .map(|(_, us)| format!("{:.1}", us[i]))
            .collect();
        format!(
            "{name} {} µs/row ({:.2}x)",
            each.join(" / "),
            last[i] / first[i]
        )
    };
    Some(Row {
        name: format!("time per row at {} rows", sizes.join(" / ")),
        baseline: format!("export {:.1} µs/row at {small} rows", first[0]),
        candidate: format!("default path {:.1} µs/row at {big} rows", last[3]),
        ratio: None,
        notes: format!(
            "{}; {}; {}; {} (in brackets: largest table against smallest, 1.00x = flat)",
            method(0, "CSV export (plain reqwest)"),
            method(1, "OFFSET"),
            method(2, "keyset"),
            method(3, "dolthub default (export path)"),
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_sizes_parse_with_separators_and_suffixes() {
        assert_eq!(
            parse_sizes("20000, 80_000,200k").unwrap(),
            [20_000, 80_000, 200_000]
        );
        assert!(parse_sizes("200,000x").unwrap_err().contains("`000x`"));
        assert!(parse_sizes("0").is_err());
        assert!(parse_sizes("").is_err());
    }

    #[test]
    fn the_summary_shows_every_size() {
        let row = per_row_summary(&[
            (20_000, [3.0, 90.0, 50.0, 6.0]),
            (80_000, [3.3, 200.0, 70.0, 6.3]),
            (200_000, [3.6, 400.0, 90.0, 6.6]),
        ])
        .unwrap();
        assert_eq!(row.name, "time per row at 20000 / 80000 / 200000 rows");
        assert!(
            row.notes
                .contains("dolthub default (export path) 6.0 / 6.3 / 6.6 µs/row (1.10x)"),
            "{}",
            row.notes
        );
        assert!(per_row_summary(&[(20_000, [1.0; 4])]).is_none());
    }
}
