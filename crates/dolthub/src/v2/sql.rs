//! SQL on v2: reads by GET or, for long queries, POST; `limit` and
//! `timeout_ms`; SQL statuses reported inside HTTP 200 answers.

use std::time::Duration;

use dolthub_api::v2::ops;
use serde_json::{Map, Value};

use crate::error::{Error, Result};
use crate::models::{SqlResult, SqlStatus};
use crate::resources::Db;
use crate::v2::{call, wire};

/// Longest query (in bytes, before encoding) sent in a GET URL; longer ones
/// go in a POST body, which the server treats the same. URLs past ~8 KiB are
/// refused by common proxies, and percent-encoding can triple a query's size.
pub(crate) const MAX_GET_QUERY_BYTES: usize = 2048;

/// Read options only v2 understands.
#[derive(Debug, Clone, Default)]
pub(crate) struct ReadOptions {
    pub(crate) limit: Option<u32>,
    pub(crate) timeout: Option<Duration>,
    pub(crate) force_post: bool,
}

/// `run_sql_read_query` or `run_sql_read_query_post`.
pub(crate) async fn read(
    db: &Db,
    git_ref: &str,
    query: &str,
    options: &ReadOptions,
) -> Result<SqlResult> {
    let timeout_ms = options.timeout.map(timeout_ms).transpose()?;
    let limit = options.limit.filter(|l| *l > 0);
    if options.limit == Some(0) {
        return Err(Error::invalid("the row limit must be at least 1"));
    }
    let spec = if options.force_post || query.len() > MAX_GET_QUERY_BYTES {
        let mut body = Map::new();
        body.insert("ref".into(), git_ref.into());
        body.insert("q".into(), query.into());
        if let Some(l) = limit {
            body.insert("limit".into(), l.into());
        }
        if let Some(t) = timeout_ms {
            body.insert("timeout_ms".into(), t.into());
        }
        call::db_spec(&ops::RUN_SQL_READ_QUERY_POST, db)?.json(&Value::Object(body))?
    } else {
        call::db_spec(&ops::RUN_SQL_READ_QUERY, db)?
            .query("ref", git_ref)
            .query("q", query)
            .query_opt("limit", limit.map(|l| l.to_string()))
            .query_opt("timeout_ms", timeout_ms.map(|t| t.to_string()))
    };
    let answer: wire::QueryResult = call::data(&db.client, spec).await?;
    let raw_status = answer.status.trim().to_ascii_lowercase();
    let result = answer.into_model(&db.owner, &db.database, git_ref, query);
    match raw_status.as_str() {
        "timeout" => Err(Error::Timeout {
            what: format!(
                "the server stopped the query at its time limit{}{}",
                timeout_ms.map(|t| format!(" ({t} ms)")).unwrap_or_default(),
                non_empty(&result.message),
            ),
        }),
        "success" | "row_limit" | "rowlimit" => Ok(result),
        other => Err(Error::Sql {
            status: 200,
            message: if result.message.is_empty() {
                format!("the query ended with status `{other}`")
            } else if result.status == SqlStatus::Error {
                result.message
            } else {
                format!("status `{other}`: {}", result.message)
            },
            query: Some(query.to_owned()),
        }),
    }
}

fn non_empty(message: &str) -> String {
    if message.is_empty() {
        String::new()
    } else {
        format!(": {message}")
    }
}

/// v2 accepts 1..=60,000 ms.
fn timeout_ms(timeout: Duration) -> Result<u64> {
    let ms = timeout.as_millis();
    if ms == 0 || ms > 60_000 {
        return Err(Error::invalid(format!(
            "the SQL timeout must be between 1 ms and 60 s (got {ms} ms)"
        )));
    }
    Ok(ms as u64)
}
