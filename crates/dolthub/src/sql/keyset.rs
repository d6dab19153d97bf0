//! Keyset paging: `WHERE key >= lo AND key < hi ORDER BY key LIMIT n` over
//! the query as a subquery, at the pinned commit.
//!
//! Page boundaries come from one window-function query (every n-th key in
//! key order), so pages are independent and several run at once; `buffered`
//! keeps them in key order and holds at most `concurrency` pages. When the
//! server cannot answer that query, pages run one after another, each
//! starting at the last key of the one before.
//!
//! Continuations re-read the last key (`>=`) and expect exactly one row
//! with it: a second one means the key is not unique, which would otherwise
//! skip rows silently. NULL keys cannot be ordered against and are refused.

use std::sync::{Arc, OnceLock};

use futures::stream::{self, BoxStream, StreamExt, TryStreamExt};
use serde_json::Value;

use crate::error::{Error, Result};
use crate::models::{Row, SqlResult};
use crate::sql::scan::{self, quote, quote_ident};
use crate::sql::stream::Source;

/// Alias of the wrapped query; unlikely to clash with the caller's names.
const ROWS: &str = "dolthub_rows";
const MARKS: &str = "dolthub_marks";
const ROW_NUMBER: &str = "dolthub_rn";

/// Pick the key to page on, or `None` to let the caller fall back to OFFSET.
/// With `explicit` (Strategy::Keyset asked for) a missing key is an error.
pub(crate) async fn choose_key(
    source: &Source,
    named: Option<Vec<String>>,
    explicit: bool,
) -> Result<Option<Vec<String>>> {
    let refuse = |why: String| {
        if explicit {
            Err(Error::invalid(format!(
                "Strategy::Keyset: {why}; name unique, non-NULL result columns with key([...])"
            )))
        } else {
            tracing::debug!(target: "dolthub::sql", reason = %why, "no keyset paging");
            Ok(None)
        }
    };
    let key = match named {
        Some(key) => key,
        None => {
            let Some(table) = scan::single_table(&source.body) else {
                return refuse("the query does not read a single table".into());
            };
            let key = primary_key(source, &table).await?;
            if key.is_empty() {
                return refuse(format!("table `{table}` has no primary key"));
            }
            // An ORDER BY other than the key would be overridden by key order.
            match scan::ascending_order_by(&source.body) {
                Ok(None) => {}
                Ok(Some(cols)) if same_columns(&cols, &key) => {}
                _ if explicit => {}
                _ => return refuse("the query orders by something other than its key".into()),
            }
            key
        }
    };
    // The key columns must come out of the query.
    let probe = source
        .read(format!("SELECT * FROM ({}) AS {ROWS} LIMIT 0", source.body))
        .await?;
    source.note_columns(&probe);
    let names: Vec<&str> = probe.schema.iter().map(|c| c.name.as_str()).collect();
    if let Some(missing) = key.iter().find(|k| !names.contains(&k.as_str())) {
        return refuse(format!(
            "the key column `{missing}` is not among the query's result columns {names:?}"
        ));
    }
    Ok(Some(key))
}

fn same_columns(a: &[String], b: &[String]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.eq_ignore_ascii_case(y))
}

/// Primary-key columns of `table` (from `DESCRIBE`, which both DoltHub and the sandbox answer).
async fn primary_key(source: &Source, table: &str) -> Result<Vec<String>> {
    let described = source
        .read(format!("DESCRIBE {}", quote_ident(table)))
        .await?;
    Ok(described
        .rows
        .iter()
        .filter(|r| r.get("Key").and_then(Value::as_str) == Some("PRI"))
        .filter_map(|r| r.get("Field").and_then(Value::as_str).map(str::to_owned))
        .collect())
}

/// Key column names and, once seen, their SQL types (for literals).
#[derive(Debug)]
struct Key {
    names: Vec<String>,
    types: OnceLock<Vec<String>>,
}

impl Key {
    fn learn_types(&self, result: &SqlResult) {
        if self.types.get().is_some() {
            return;
        }
        let types: Vec<String> = self
            .names
            .iter()
            .map(|n| {
                result
                    .schema
                    .iter()
                    .find(|c| &c.name == n)
                    .map(|c| c.column_type.to_ascii_uppercase())
                    .unwrap_or_default()
            })
            .collect();
        let _ = self.types.set(types);
    }

    fn order_by(&self) -> String {
        self.names
            .iter()
            .map(|n| quote_ident(n))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The key cells of a row; NULL or a missing column is an error.
    fn of(&self, row: &Row) -> Result<Vec<Value>> {
        self.names
            .iter()
            .map(|n| match row.get(n) {
                Some(Value::Null) | None => Err(Error::invalid(format!(
                    "keyset paging met a NULL (or missing) `{n}`: NULL keys cannot be paged \
                     past; name non-NULL columns with key([...]) or use Strategy::Offset"
                ))),
                Some(v) => Ok(v.clone()),
            })
            .collect()
    }

    /// `key >= vals` (`inclusive`) or `key < vals`, spelled out
    /// lexicographically so any SQL engine understands it.
    fn compare(&self, vals: &[Value], lower: bool) -> String {
        let types = self.types.get();
        let lit = |i: usize| {
            literal(
                &vals[i],
                types.and_then(|t| t.get(i)).map_or("", String::as_str),
            )
        };
        let col = |i: usize| quote_ident(&self.names[i]);
        let last_op = if lower { ">=" } else { "<" };
        let strict = if lower { ">" } else { "<" };
        // (a, b, c) >= (x, y, z)  ==  a > x OR (a = x AND (b > y OR (b = y AND c >= z)))
        let n = self.names.len();
        let mut expr = format!("{} {last_op} {}", col(n - 1), lit(n - 1));
        for i in (0..n - 1).rev() {
            expr = format!(
                "{c} {strict} {v} OR ({c} = {v} AND ({expr}))",
                c = col(i),
                v = lit(i)
            );
        }
        format!("({expr})")
    }
}

/// A key value as a SQL literal: numbers bare for numeric columns, anything
/// else quoted (MySQL compares a quoted number with a numeric column numerically).
fn literal(v: &Value, column_type: &str) -> String {
    const NUMERIC: &[&str] = &[
        "INT", "DECIMAL", "NUMERIC", "FLOAT", "DOUBLE", "REAL", "YEAR",
    ];
    let numeric = NUMERIC.iter().any(|t| column_type.contains(t));
    match v {
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => u8::from(*b).to_string(),
        Value::String(s) if numeric && is_plain_number(s) => s.clone(),
        Value::String(s) => quote(s),
        other => quote(&other.to_string()),
    }
}

fn is_plain_number(s: &str) -> bool {
    let digits = s.strip_prefix('-').unwrap_or(s);
    !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && digits.bytes().filter(|&b| b == b'.').count() <= 1
        && !digits.starts_with('.')
        && !digits.ends_with('.')
}

/// A slice of the key space: `lo <= key` (when set) and `key < hi` (when set).
#[derive(Debug, Clone)]
struct Range {
    lo: Option<Vec<Value>>,
    hi: Option<Vec<Value>>,
    /// Rows the range holds by construction (`None` = unknown).
    expected: Option<u64>,
}

/// The rows of `source` in key order.
pub(crate) fn rows(
    source: Arc<Source>,
    key: Vec<String>,
    concurrency: usize,
) -> BoxStream<'static, Result<Row>> {
    let key = Arc::new(Key {
        names: key,
        types: OnceLock::new(),
    });
    let ranges = ranges(Arc::clone(&source), Arc::clone(&key));
    ranges
        .map(move |range| {
            let (source, key) = (Arc::clone(&source), Arc::clone(&key));
            async move {
                match range {
                    // Known-size ranges are fetched whole (bounded: one page each).
                    Ok(
                        r @ Range {
                            expected: Some(_), ..
                        },
                    ) => range_pages(source, key, r)
                        .try_concat()
                        .await
                        .map(|rows| stream::iter(rows.into_iter().map(Ok)).boxed()),
                    // An open range streams page by page.
                    Ok(r) => Ok(range_pages(source, key, r)
                        .map_ok(|rows| stream::iter(rows.into_iter().map(Ok)))
                        .try_flatten()
                        .boxed()),
                    Err(e) => Err(e),
                }
            }
        })
        .buffered(concurrency)
        .try_flatten()
        .boxed()
}

/// Ranges of `page_size` keys each, from boundary queries; one open range
/// when the server cannot compute boundaries.
fn ranges(source: Arc<Source>, key: Arc<Key>) -> BoxStream<'static, Result<Range>> {
    enum Next {
        /// Plan the ranges from this key on (`None` = from the start).
        Plan(Option<Vec<Value>>),
        Done,
    }
    stream::try_unfold(Next::Plan(None), move |next| {
        let (source, key) = (Arc::clone(&source), Arc::clone(&key));
        async move {
            let Next::Plan(start) = next else {
                return Ok(None);
            };
            let first = start.is_none();
            let marks = match boundaries(&source, &key, start.as_deref()).await {
                Ok(marks) => marks,
                Err(
                    Error::Sql { message, .. }
                    | Error::Gateway {
                        excerpt: message, ..
                    },
                ) if first => {
                    tracing::debug!(
                        target: "dolthub::sql",
                        %message,
                        "page boundaries unavailable; keyset pages run one after another"
                    );
                    let open = Range {
                        lo: None,
                        hi: None,
                        expected: None,
                    };
                    return Ok(Some((stream::iter(vec![Ok(open)]), Next::Done)));
                }
                Err(e) => return Err(e),
            };
            let (values, truncated) = marks;
            if values.is_empty() {
                return Ok(Some((stream::iter(Vec::new()), Next::Done)));
            }
            let page = u64::from(source.page_size);
            let mut out = Vec::with_capacity(values.len());
            for pair in values.windows(2) {
                out.push(Ok(Range {
                    lo: Some(pair[0].clone()),
                    hi: Some(pair[1].clone()),
                    expected: Some(page),
                }));
            }
            let last = values.last().cloned();
            let next = if truncated {
                Next::Plan(last)
            } else {
                out.push(Ok(Range {
                    lo: last,
                    hi: None,
                    expected: Some(page),
                }));
                Next::Done
            };
            Ok(Some((stream::iter(out), next)))
        }
    })
    .try_flatten()
    .boxed()
}

/// Every `page_size`-th key from `start` on, in key order, and whether the
/// server cut the list at its row cap.
async fn boundaries(
    source: &Source,
    key: &Key,
    start: Option<&[Value]>,
) -> Result<(Vec<Vec<Value>>, bool)> {
    let cols = key.order_by();
    let filter = start
        .map(|s| format!(" WHERE {}", key.compare(s, true)))
        .unwrap_or_default();
    let query = format!(
        "SELECT {cols} FROM (SELECT {cols}, ROW_NUMBER() OVER (ORDER BY {cols}) AS {ROW_NUMBER} \
         FROM ({body}) AS {ROWS}{filter}) AS {MARKS} WHERE ({ROW_NUMBER} - 1) % {n} = 0 ORDER BY {cols}",
        body = source.body,
        n = source.page_size,
    );
    let result = source.read(query).await?;
    key.learn_types(&result);
    let mut out: Vec<Vec<Value>> = Vec::with_capacity(result.rows.len());
    for row in &result.rows {
        let vals = key.of(row)?;
        if out.last() == Some(&vals) {
            return Err(not_unique(key, &vals));
        }
        out.push(vals);
    }
    Ok((out, result.truncated))
}

fn not_unique(key: &Key, vals: &[Value]) -> Error {
    Error::invalid(format!(
        "keyset paging needs a unique key, but {:?} = {:?} appears more than once; \
         name unique columns with key([...]) or use Strategy::Offset",
        key.names, vals
    ))
}

/// The pages of one range, one request after another.
fn range_pages(
    source: Arc<Source>,
    key: Arc<Key>,
    range: Range,
) -> BoxStream<'static, Result<Vec<Row>>> {
    struct State {
        source: Arc<Source>,
        key: Arc<Key>,
        hi: Option<Vec<Value>>,
        /// Lower bound of the next page and whether it is the previous page's last key.
        lo: Option<Vec<Value>>,
        overlap: bool,
        left: Option<u64>,
        done: bool,
    }
    let state = State {
        source,
        key,
        hi: range.hi,
        lo: range.lo,
        overlap: false,
        left: range.expected,
        done: false,
    };
    stream::try_unfold(state, |mut st| async move {
        if st.done {
            return Ok(None);
        }
        // A continuation re-reads the previous page's last row, so it asks for one more.
        let n = u64::from(st.source.page_size) + u64::from(st.overlap);
        let mut conds = Vec::new();
        if let Some(lo) = &st.lo {
            conds.push(st.key.compare(lo, true));
        }
        if let Some(hi) = &st.hi {
            conds.push(st.key.compare(hi, false));
        }
        let filter = if conds.is_empty() {
            String::new()
        } else {
            format!(" WHERE {}", conds.join(" AND "))
        };
        let query = format!(
            "SELECT * FROM ({body}) AS {ROWS}{filter} ORDER BY {cols} LIMIT {n}",
            body = st.source.body,
            cols = st.key.order_by(),
        );
        let result = st.source.read(query).await?;
        st.source.note_columns(&result);
        st.key.learn_types(&result);
        let got = result.rows.len() as u64;
        let truncated = result.truncated;
        let mut rows = result.rows;
        // Check order-defining keys: no NULL, no repeats.
        let mut keys = Vec::with_capacity(rows.len());
        for row in &rows {
            keys.push(st.key.of(row)?);
        }
        for pair in keys.windows(2) {
            if pair[0] == pair[1] {
                return Err(not_unique(&st.key, &pair[0]));
            }
        }
        if st.overlap {
            // The page starts again at the last key seen: that row, once.
            match keys.first() {
                Some(first) if Some(first) == st.lo.as_ref() => {
                    rows.remove(0);
                    keys.remove(0);
                }
                _ => {}
            }
        }
        let fresh = rows.len() as u64;
        if let Some(left) = st.left.as_mut() {
            *left = left.saturating_sub(fresh);
        }
        let page_full = truncated || got >= n;
        // A known-size range is complete once it has all its rows (the commit is pinned).
        st.done = fresh == 0 || !page_full || st.left == Some(0);
        if !st.done {
            st.lo = keys.last().cloned();
            st.overlap = true;
        }
        Ok(Some((rows, st)))
    })
    .boxed()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn key(names: &[&str], types: &[&str]) -> Key {
        let k = Key {
            names: names.iter().map(|s| s.to_string()).collect(),
            types: OnceLock::new(),
        };
        let _ = k.types.set(types.iter().map(|s| s.to_string()).collect());
        k
    }

    #[test]
    fn literals_follow_column_types() {
        assert_eq!(literal(&json!("42"), "BIGINT"), "42");
        assert_eq!(literal(&json!("42"), "VARCHAR(10)"), "'42'");
        assert_eq!(literal(&json!("4e2; DROP"), "INT"), "'4e2; DROP'");
        assert_eq!(literal(&json!("-1.5"), "DECIMAL(5,2)"), "-1.5");
        assert_eq!(literal(&json!("o'k"), ""), "'o''k'");
        assert_eq!(literal(&json!(7), ""), "7");
    }

    #[test]
    fn compound_comparisons_are_lexicographic() {
        let k = key(&["a", "b"], &["INT", "VARCHAR(5)"]);
        assert_eq!(
            k.compare(&[json!("1"), json!("x")], true),
            "(`a` > 1 OR (`a` = 1 AND (`b` >= 'x')))"
        );
        assert_eq!(
            k.compare(&[json!("1"), json!("x")], false),
            "(`a` < 1 OR (`a` = 1 AND (`b` < 'x')))"
        );
        let single = key(&["id"], &["INT"]);
        assert_eq!(single.compare(&[json!("5")], true), "(`id` >= 5)");
    }

    #[test]
    fn null_keys_are_refused() {
        let k = key(&["id"], &["INT"]);
        let row: Row = serde_json::from_value(json!({"id": null})).unwrap();
        assert!(matches!(k.of(&row), Err(Error::InvalidInput { .. })));
    }
}
