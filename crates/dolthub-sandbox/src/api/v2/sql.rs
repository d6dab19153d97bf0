//! SQL reads (GET and POST, with `limit` and `timeout_ms`) and SQL writes.
//!
//! Reads run through the v1alpha1 read handler, so both versions share one engine path;
//! this layer adds the v2 options and statuses: `limit` trims the rows and reports
//! `row_limit`, `timeout_ms` bounds the wait and reports `timeout`.

use super::delegate::{answer, json_body, text};
use super::problem::Problem;
use super::{Call, Reply, V2Result, body, non_empty};
use crate::api::sqlroutes;
use axum::body::Body;
use dolthub_api::v2::types as t;
use serde::Deserialize;
use serde_json::{Value, json};
use std::time::Duration;

/// Default `limit`.
const DEFAULT_LIMIT: u64 = 1000;
/// Default and largest `timeout_ms`.
const DEFAULT_TIMEOUT_MS: u64 = 30_000;
const MAX_TIMEOUT_MS: u64 = 60_000;

/// A read's inputs after validation.
struct Read {
    r: String,
    q: String,
    limit: u64,
    timeout_ms: u64,
}

/// A positive decimal query parameter (`^[1-9][0-9]*$`).
fn positive(name: &str, v: Option<&str>) -> Result<Option<u64>, Problem> {
    let Some(v) = v else { return Ok(None) };
    let ok =
        v.starts_with(|c: char| ('1'..='9').contains(&c)) && v.chars().all(|c| c.is_ascii_digit());
    ok.then(|| v.parse::<u64>().ok())
        .flatten()
        .map(Some)
        .ok_or_else(|| Problem::bad(format!("{name} must be a positive integer, not {v:?}")))
}

fn validate(
    r: Option<String>,
    q: Option<String>,
    limit: Option<u64>,
    timeout: Option<u64>,
) -> Result<Read, Problem> {
    let r = r.ok_or_else(|| Problem::bad("ref is required (a branch, tag or commit)"))?;
    non_empty("ref", &r)?;
    let q = q.ok_or_else(|| Problem::bad("q is required"))?;
    non_empty("q", &q)?;
    if limit == Some(0) || timeout == Some(0) {
        return Err(Problem::bad("limit and timeout_ms must be at least 1"));
    }
    let timeout_ms = timeout.unwrap_or(DEFAULT_TIMEOUT_MS);
    if timeout_ms > MAX_TIMEOUT_MS {
        return Err(Problem::bad(format!(
            "timeout_ms must be at most {MAX_TIMEOUT_MS}"
        )));
    }
    Ok(Read {
        r,
        q,
        limit: limit.unwrap_or(DEFAULT_LIMIT),
        timeout_ms,
    })
}

pub(crate) async fn read_get(call: &Call, o: &str, d: &str) -> V2Result {
    let read = validate(
        call.param("ref").map(str::to_string),
        call.param("q").map(str::to_string),
        positive("limit", call.param("limit"))?,
        positive("timeout_ms", call.param("timeout_ms"))?,
    )?;
    run(call, o, d, read).await
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ReadBody {
    #[serde(rename = "ref")]
    r: Option<String>,
    q: Option<String>,
    #[serde(default)]
    limit: Option<u64>,
    #[serde(default)]
    timeout_ms: Option<u64>,
}

pub(crate) async fn read_post(call: &Call, o: &str, d: &str, b: Body) -> V2Result {
    let req: ReadBody = body(b).await?;
    run(
        call,
        o,
        d,
        validate(req.r, req.q, req.limit, req.timeout_ms)?,
    )
    .await
}

async fn run(call: &Call, o: &str, d: &str, read: Read) -> V2Result {
    {
        let st = call.lock();
        let db = call.readable(&st, o, d)?;
        if st.resolve_ref(db, &read.r).is_none() {
            return Err(Problem::not_found(format!(
                "ref {} not found in {o}/{d}",
                read.r
            )));
        }
    }
    let ctx = call.v1(&[("q", &read.q)]);
    let started = sqlroutes::read(&ctx, o, d, &read.r);
    let res = match tokio::time::timeout(Duration::from_millis(read.timeout_ms), started).await {
        Ok(r) => answer(r).await?,
        Err(_) => {
            return Ok(Reply::ok(json!({
                "columns": [],
                "rows": [],
                "status": "timeout",
                "message": format!("the query did not finish within timeout_ms={}", read.timeout_ms),
            })));
        }
    };
    Ok(Reply::ok(query_result(&res, read.limit)))
}

/// A v1alpha1 read answer as a `QueryResult` of at most `limit` rows.
fn query_result(v1: &Value, limit: u64) -> Value {
    let columns: Vec<(String, String)> = v1
        .get("schema")
        .and_then(Value::as_array)
        .map(|cols| {
            cols.iter()
                .map(|c| {
                    (
                        text(c, "columnName"),
                        text(c, "columnType").to_ascii_lowercase(),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    let rows: Vec<Vec<Option<String>>> = v1
        .get("rows")
        .and_then(Value::as_array)
        .map(|rows| {
            rows.iter()
                .map(|row| {
                    columns
                        .iter()
                        .map(|(name, _)| match row.get(name) {
                            Some(Value::String(s)) => Some(s.clone()),
                            Some(Value::Null) | None => None,
                            Some(other) => Some(other.to_string()),
                        })
                        .collect()
                })
                .collect()
        })
        .unwrap_or_default();
    let v1_status = text(v1, "query_execution_status");
    let message = text(v1, "query_execution_message");
    let truncated = rows.len() as u64 > limit;
    let status = match v1_status.as_str() {
        "Error" => "error",
        "RowLimit" => "row_limit",
        _ if truncated => "row_limit",
        _ => "success",
    };
    let rows: Vec<Vec<Option<String>>> = if status == "error" {
        Vec::new()
    } else {
        rows.into_iter().take(limit as usize).collect()
    };
    let message = match status {
        "error" => Some(message),
        "row_limit" => Some(format!(
            "the result has more rows than the limit of {limit}; narrow the query"
        )),
        _ => None,
    };
    let result = t::QueryResult {
        columns: columns
            .into_iter()
            .map(|(name, type_)| t::QueryColumn {
                name,
                type_,
                is_primary_key: None,
                source_table: None,
            })
            .collect(),
        rows,
        status: status.to_string(),
        message,
        warnings: Vec::new(),
    };
    serde_json::to_value(result).unwrap_or(Value::Null)
}

type Write = dolthub_api::v2::types::SqlWriteRequest;

pub(crate) async fn write(call: &Call, o: &str, d: &str, b: Body) -> V2Result {
    call.user()?;
    let req: Write = body(b).await?;
    non_empty("from_branch", &req.from_branch)?;
    non_empty("to_branch", &req.to_branch)?;
    non_empty("q", &req.q)?;
    {
        let st = call.lock();
        call.writable(&st, o, d)?;
    }
    let v1_body = json!({ "query": req.q });
    // v2 documents that `from_branch` is merged into `to_branch` after the write
    // (prose only, unverified against DoltHub).
    let started = sqlroutes::start_write(
        &call.v1(&[]),
        o,
        d,
        &req.from_branch,
        &req.to_branch,
        json_body(&v1_body),
        true,
    )
    .await;
    let res = answer(started).await?;
    super::operations::accepted(call, &text(&res, "operation_name"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn read_results_follow_the_limit() {
        let v1 = json!({
            "query_execution_status": "Success",
            "schema": [{"columnName": "id", "columnType": "INT"}, {"columnName": "n", "columnType": "TEXT"}],
            "rows": [{"id": "1", "n": null}, {"id": "2", "n": "b"}],
        });
        let all = query_result(&v1, 10);
        assert_eq!(all["status"], "success");
        assert_eq!(all["rows"], json!([["1", null], ["2", "b"]]));
        assert_eq!(all["columns"][0], json!({"name": "id", "type": "int"}));
        assert!(all.get("message").is_none());
        let one = query_result(&v1, 1);
        assert_eq!(one["status"], "row_limit");
        assert_eq!(one["rows"], json!([["1", null]]));
        let err = query_result(
            &json!({"query_execution_status": "Error", "query_execution_message": "no such table"}),
            5,
        );
        assert_eq!(
            (err["status"].as_str(), err["message"].as_str()),
            (Some("error"), Some("no such table"))
        );
    }

    #[test]
    fn read_options_are_checked() {
        assert!(positive("limit", Some("01")).is_err());
        assert_eq!(positive("limit", Some("5")).unwrap(), Some(5));
        assert!(validate(None, Some("x".into()), None, None).is_err());
        assert!(validate(Some("main".into()), None, None, None).is_err());
        assert!(validate(Some("main".into()), Some("x".into()), None, Some(60_001)).is_err());
        let r = validate(Some("main".into()), Some("x".into()), None, None).unwrap();
        assert_eq!((r.limit, r.timeout_ms), (1000, 30_000));
    }
}
