//! Row streams past the row cap: the builder, the choice of strategy, the
//! commit every page is read at, and `LIMIT`/`OFFSET` paging.
//!
//! Keyset paging lives in [`super::keyset`], the CSV export path in
//! [`super::export`].

use std::pin::Pin;
use std::sync::{Arc, OnceLock};
use std::task::{Context, Poll};

use futures::stream::{self, BoxStream, Fuse, FusedStream, Stream, StreamExt, TryStreamExt};
use serde::de::DeserializeOwned;

use crate::error::{Error, Result};
use crate::models::{Column, Row, SqlResult};
use crate::resources::{Db, require};
use crate::sql::read::{ReadSql, check_ref_route};
use crate::sql::scan::{self, quote};
use crate::sql::{export, keyset};

/// Default rows per page of [`SqlHandler::stream_rows`](crate::sql::SqlHandler::stream_rows)
/// (DoltHub's cap is about 1,000).
pub const DEFAULT_SQL_PAGE_SIZE: u32 = 1000;

/// Default number of keyset pages in flight at once.
pub const DEFAULT_SQL_CONCURRENCY: usize = 4;

/// How a row stream fetches rows past the server's row cap.
///
/// Every strategy reads at one commit (the ref is resolved once), so the rows
/// are a consistent snapshot. [`Strategy::Auto`] picks the fastest one the
/// query allows; the choice is logged (`tracing`, target `dolthub::sql`, at
/// debug level) and reported by [`RowStream::strategy`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Strategy {
    /// [`Export`](Strategy::Export) for whole-table reads, else
    /// [`Keyset`](Strategy::Keyset) when a key is known (named with
    /// [`StreamRows::key`], or the table's primary key for a single-table
    /// query whose `ORDER BY`, if any, is that key ascending), else
    /// [`Offset`](Strategy::Offset).
    #[default]
    Auto,
    /// Stream the table's CSV export in one request and decode rows from it
    /// (typed rows straight from the CSV fields, by the same cell rules as
    /// [`from_row`](crate::sql::from_row)). Only for `SELECT * FROM t` or
    /// `SELECT a, b FROM t`. An empty unquoted field reads as NULL, a quoted
    /// one (`""`) as an empty string.
    Export,
    /// Pages of `WHERE key > last ORDER BY key LIMIT n`; with page
    /// boundaries known up front (one window-function query), several pages
    /// are in flight at once. Rows come in key order. NULL keys and
    /// duplicate keys are refused with [`Error::InvalidInput`].
    Keyset,
    /// Pages of `LIMIT n OFFSET k`, one after another. Works for any query;
    /// the server's cost grows with the offset. A page that repeats the
    /// previous one ends the stream with [`Error::PaginationLoop`].
    Offset,
}

/// Builder of a row stream that pages past the row cap; see
/// [`SqlHandler::stream_rows`](crate::sql::SqlHandler::stream_rows).
#[derive(Clone, Debug)]
#[must_use]
pub struct StreamRows {
    pub(crate) db: Db,
    pub(crate) reference: String,
    pub(crate) query: String,
    pub(crate) page_size: u32,
    pub(crate) strategy: Strategy,
    pub(crate) key: Option<Vec<String>>,
    pub(crate) concurrency: usize,
}

impl StreamRows {
    pub(crate) fn new(db: Db, reference: String, query: String) -> Self {
        StreamRows {
            db,
            reference,
            query,
            page_size: DEFAULT_SQL_PAGE_SIZE,
            strategy: Strategy::Auto,
            key: None,
            concurrency: DEFAULT_SQL_CONCURRENCY,
        }
    }

    /// Rows requested per page (default 1,000; at least 1). A page cut short
    /// by the server's cap simply continues where it stopped.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let rows = client.database("o", "d").sql()
    ///     .stream_rows("main", "SELECT * FROM t ORDER BY id").page_size(500).stream();
    /// # Ok(()) }
    /// ```
    pub fn page_size(mut self, rows: u32) -> Self {
        self.page_size = rows.max(1);
        self
    }

    /// Choose the strategy instead of letting [`Strategy::Auto`] pick one.
    /// A strategy the query does not allow fails the stream with
    /// [`Error::InvalidInput`] before any row is read.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// use dolthub::sql::Strategy;
    /// let rows = client.database("o", "d").sql()
    ///     .stream_rows("main", "SELECT * FROM t").strategy(Strategy::Keyset).stream();
    /// # Ok(()) }
    /// ```
    pub fn strategy(mut self, strategy: Strategy) -> Self {
        self.strategy = strategy;
        self
    }

    /// Page on these result columns (in this order) instead of the primary
    /// key. Together they must be unique and never NULL; a violation is
    /// detected and fails the stream rather than skipping rows.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let rows = client.database("o", "d").sql()
    ///     .stream_rows("main", "SELECT a.id, a.name FROM artists a JOIN works w ON w.artist = a.id")
    ///     .key(["id"]).stream();
    /// # Ok(()) }
    /// ```
    pub fn key<I, S>(mut self, columns: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.key = Some(columns.into_iter().map(Into::into).collect());
        self
    }

    /// Keyset pages in flight at once (default 4, at least 1). Memory is
    /// bounded by this many pages.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let rows = client.database("o", "d").sql()
    ///     .stream_rows("main", "SELECT id, v FROM t WHERE v > 0").concurrency(8).stream();
    /// # Ok(()) }
    /// ```
    pub fn concurrency(mut self, pages: usize) -> Self {
        self.concurrency = pages.max(1);
        self
    }

    /// Stream rows as JSON objects.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// use futures::TryStreamExt;
    /// let rows: Vec<dolthub::models::Row> = client.database("o", "d").sql()
    ///     .stream_rows("main", "SELECT * FROM t ORDER BY id").stream().try_collect().await?;
    /// # Ok(()) }
    /// ```
    pub fn stream(self) -> RowStream<Row> {
        self.start(Ok)
    }

    /// Stream rows decoded into `T` (lenient cell rules of [`crate::sql::from_row`]).
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// use futures::TryStreamExt;
    /// #[derive(serde::Deserialize)]
    /// struct T { id: i64 }
    /// let all: Vec<T> = client.database("o", "d").sql()
    ///     .stream_rows("main", "SELECT id FROM t ORDER BY id").stream_as::<T>().try_collect().await?;
    /// # Ok(()) }
    /// ```
    pub fn stream_as<T: DeserializeOwned + Send + 'static>(self) -> RowStream<T> {
        self.start(|row| crate::sql::from_row(&row))
    }

    /// Plan lazily (on the first poll) and stream rows of type `T`: the
    /// export path decodes `T` straight from CSV records, the paged paths
    /// turn each JSON row into `T` with `from_json`.
    fn start<T: DeserializeOwned + Send + 'static>(
        self,
        from_json: fn(Row) -> Result<T>,
    ) -> RowStream<T> {
        let info = Arc::new(Info::default());
        let plan = plan(self, Arc::clone(&info), from_json);
        let rows = stream::once(plan).try_flatten().boxed();
        RowStream {
            inner: rows.fuse(),
            info,
        }
    }
}

/// Paged JSON rows as `T`. A row that does not decode is an error naming
/// its row number (1 for the first row), in its place; later rows still come.
fn typed<T: Send + 'static>(
    rows: BoxStream<'static, Result<Row>>,
    from_json: fn(Row) -> Result<T>,
) -> BoxStream<'static, Result<T>> {
    let mut number = 0u64;
    rows.map(move |row| {
        let row = row?;
        number += 1;
        from_json(row).map_err(|e| match e {
            Error::Decode {
                what,
                excerpt,
                source,
            } => Error::Decode {
                what,
                excerpt,
                source: serde::de::Error::custom(format!("row {number}: {source}")),
            },
            other => other,
        })
    })
    .boxed()
}

/// What a stream learned while planning, readable while it runs.
#[derive(Debug, Default)]
pub(crate) struct Info {
    pub(crate) strategy: OnceLock<Strategy>,
    pub(crate) columns: OnceLock<Vec<Column>>,
    pub(crate) commit: OnceLock<String>,
}

/// The rows of [`StreamRows`], fetched lazily. Also tells which strategy
/// runs, the columns in result order and the commit read, once known (after
/// the first item has been polled).
///
/// ```no_run
/// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
/// use futures::TryStreamExt;
/// let mut rows = client.database("o", "d").sql().stream_rows("main", "SELECT * FROM t").stream();
/// while let Some(row) = rows.try_next().await? { println!("{row:?}"); }
/// println!("read with {:?} at {:?}", rows.strategy(), rows.commit());
/// # Ok(()) }
/// ```
pub struct RowStream<T> {
    inner: Fuse<BoxStream<'static, Result<T>>>,
    info: Arc<Info>,
}

impl<T> RowStream<T> {
    /// The strategy in use, once chosen.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// use futures::TryStreamExt;
    /// let mut rows = client.database("o", "d").sql().stream_rows("main", "SELECT * FROM t").stream();
    /// rows.try_next().await?;
    /// assert_eq!(rows.strategy(), Some(dolthub::sql::Strategy::Export));
    /// # Ok(()) }
    /// ```
    pub fn strategy(&self) -> Option<Strategy> {
        self.info.strategy.get().copied()
    }

    /// The result's columns in order (types are empty on the export path), once known.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// use futures::TryStreamExt;
    /// let mut rows = client.database("o", "d").sql().stream_rows("main", "SELECT * FROM t").stream();
    /// rows.try_next().await?;
    /// let names: Vec<&str> = rows.columns().unwrap_or_default().iter().map(|c| c.name.as_str()).collect();
    /// # Ok(()) }
    /// ```
    pub fn columns(&self) -> Option<&[Column]> {
        self.info.columns.get().map(Vec::as_slice)
    }

    /// The commit every page is read at, once resolved. `None` on the export
    /// path (one request needs no pin) and when the server could not resolve
    /// the ref, so pages are read at the ref itself.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// use futures::TryStreamExt;
    /// let mut rows = client.database("o", "d").sql().stream_rows("main", "SELECT * FROM t").stream();
    /// rows.try_next().await?;
    /// println!("{:?}", rows.commit());
    /// # Ok(()) }
    /// ```
    pub fn commit(&self) -> Option<&str> {
        self.info.commit.get().map(String::as_str)
    }
}

impl<T> std::fmt::Debug for RowStream<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RowStream")
            .field("strategy", &self.strategy())
            .finish_non_exhaustive()
    }
}

impl<T> Stream for RowStream<T> {
    type Item = Result<T>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        Pin::new(&mut self.inner).poll_next(cx)
    }
}

impl<T> FusedStream for RowStream<T> {
    fn is_terminated(&self) -> bool {
        self.inner.is_terminated()
    }
}

/// One planned stream's fixed inputs, shared by its page fetches.
#[derive(Debug)]
pub(crate) struct Source {
    pub(crate) db: Db,
    /// The commit hash (or, when unresolvable, the ref) pages are read at.
    pub(crate) at: String,
    /// The query without trailing `;` and comments.
    pub(crate) body: String,
    pub(crate) page_size: u32,
    pub(crate) info: Arc<Info>,
}

impl Source {
    /// One read at the pinned commit.
    pub(crate) async fn read(&self, query: String) -> Result<SqlResult> {
        ReadSql {
            db: self.db.clone(),
            reference: self.at.clone(),
            query,
            fail_if_truncated: false,
            options: Default::default(),
        }
        .send()
        .await
    }

    pub(crate) fn note_columns(&self, result: &SqlResult) {
        if !result.schema.is_empty() {
            let _ = self.info.columns.set(result.schema.clone());
        }
    }
}

/// Check the query, pin the commit, pick the strategy and start it.
async fn plan<T: DeserializeOwned + Send + 'static>(
    s: StreamRows,
    info: Arc<Info>,
    from_json: fn(Row) -> Result<T>,
) -> Result<BoxStream<'static, Result<T>>> {
    require("query", &s.query)?;
    check_ref_route(&s.reference)?;
    require("ref", &s.reference)?;
    let body = scan::statement_body(&s.query).map_err(Error::invalid)?;
    require("query", body)?;
    if scan::has_multiple_statements(&s.query) {
        return Err(Error::invalid(
            "stream_rows runs one statement; send each statement separately",
        ));
    }
    if scan::has_top_level_word(body, "LIMIT") {
        return Err(Error::invalid(
            "stream_rows pages the query itself; remove the query's own LIMIT",
        ));
    }
    if s.key.as_ref().is_some_and(|k| k.is_empty()) {
        return Err(Error::invalid("key() needs at least one column"));
    }
    // API v2 has no CSV export: whole tables page by key there.
    let v2 = s.db.is_v2();
    if v2 && s.strategy == Strategy::Export {
        return Err(Error::unsupported(
            "Strategy::Export",
            crate::ApiVersion::V2,
            "API v2 has no CSV export; use Strategy::Auto or Strategy::Keyset",
        ));
    }
    let whole = scan::whole_table(body).filter(|_| !v2);
    if s.strategy == Strategy::Export && whole.is_none() {
        return Err(Error::invalid(
            "Strategy::Export reads whole tables only: `SELECT * FROM t` or `SELECT a, b FROM t`",
        ));
    }
    // The export is one request, consistent by itself: no extra round trip to pin it.
    let exporting = whole.is_some()
        && s.key.is_none()
        && matches!(s.strategy, Strategy::Auto | Strategy::Export);
    let at = if exporting {
        None
    } else {
        pin(&s.db, &s.reference).await?
    };
    if let Some(commit) = &at {
        let _ = info.commit.set(commit.clone());
    }
    let source = Arc::new(Source {
        db: s.db.clone(),
        at: at.unwrap_or_else(|| s.reference.clone()),
        body: body.to_owned(),
        page_size: s.page_size,
        info: Arc::clone(&info),
    });
    let chosen = match (s.strategy, whole) {
        (Strategy::Export, Some(w)) => Some((Strategy::Export, Plan::Export(w))),
        (Strategy::Auto, Some(w)) if s.key.is_none() => Some((Strategy::Export, Plan::Export(w))),
        (Strategy::Offset, _) => None,
        (strategy, _) => {
            let explicit = strategy == Strategy::Keyset;
            keyset::choose_key(&source, s.key.clone(), explicit)
                .await?
                .map(|key| (Strategy::Keyset, Plan::Keyset(key)))
        }
    };
    let (strategy, plan) = chosen.unwrap_or((Strategy::Offset, Plan::Offset));
    let _ = info.strategy.set(strategy);
    tracing::debug!(
        target: "dolthub::sql",
        ?strategy,
        commit = %source.at,
        page_size = s.page_size,
        concurrency = s.concurrency,
        "row stream"
    );
    Ok(match plan {
        Plan::Export(w) => export::rows(source, w).await?,
        Plan::Keyset(key) => typed(keyset::rows(source, key, s.concurrency), from_json),
        Plan::Offset => typed(offset_rows(source), from_json),
    })
}

enum Plan {
    Export(scan::WholeTable),
    Keyset(Vec<String>),
    Offset,
}

/// Whether `r` is already a commit hash (Dolt: 32 characters of `0-9a-v`).
fn is_commit_hash(r: &str) -> bool {
    r.len() == 32 && r.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'v'))
}

/// Resolve `reference` to the commit it points at now, so every page reads
/// the same snapshot. `None` when the server cannot say (no system tables):
/// pages then read at the ref itself, as before.
pub(crate) async fn pin(db: &Db, reference: &str) -> Result<Option<String>> {
    if is_commit_hash(reference) {
        return Ok(Some(reference.to_owned()));
    }
    let read = |query: String| ReadSql {
        db: db.clone(),
        reference: reference.to_owned(),
        query,
        fail_if_truncated: false,
        options: Default::default(),
    };
    let q = quote(reference);
    let named = read(format!(
        "SELECT hash FROM dolt_branches WHERE name = {q} \
         UNION ALL SELECT tag_hash FROM dolt_tags WHERE tag_name = {q}"
    ));
    let found = match named.send().await {
        Ok(r) => first_cell(&r),
        Err(Error::Sql { message, .. }) => {
            tracing::debug!(target: "dolthub::sql", %message, "branch/tag lookup failed");
            None
        }
        Err(e) => return Err(e),
    };
    if found.is_some() {
        return Ok(found);
    }
    match read("SELECT commit_hash FROM dolt_log LIMIT 1".into())
        .send()
        .await
    {
        Ok(r) => Ok(first_cell(&r)),
        Err(Error::Sql { message, .. }) => {
            tracing::warn!(
                target: "dolthub::sql",
                %message,
                "cannot resolve the ref to a commit; pages read at the ref and may see concurrent writes"
            );
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

fn first_cell(r: &SqlResult) -> Option<String> {
    let row = r.rows.first()?;
    let cell = r
        .schema
        .first()
        .and_then(|c| row.get(&c.name))
        .or_else(|| row.values().next())?;
    cell.as_str().filter(|s| !s.is_empty()).map(str::to_owned)
}

/// `LIMIT`/`OFFSET` pages, one after another.
fn offset_rows(source: Arc<Source>) -> BoxStream<'static, Result<Row>> {
    struct State {
        source: Arc<Source>,
        offset: u64,
        previous: Option<Vec<Row>>,
        done: bool,
    }
    let state = State {
        source,
        offset: 0,
        previous: None,
        done: false,
    };
    stream::try_unfold(state, |mut st| async move {
        if st.done {
            return Ok(None);
        }
        let n = st.source.page_size;
        // The clause goes on its own line after the code, never into a trailing comment.
        let query = format!("{}\nLIMIT {n} OFFSET {}", st.source.body, st.offset);
        let result = st.source.read(query).await?;
        st.source.note_columns(&result);
        let got = result.rows.len() as u64;
        if got > 0 && st.previous.as_ref() == Some(&result.rows) {
            return Err(Error::PaginationLoop {
                operation: format!(
                    "sql_read: the page at OFFSET {} repeated the previous page",
                    st.offset
                ),
            });
        }
        st.done = got == 0 || !(result.truncated || got >= u64::from(n));
        st.offset += got;
        let rows = result.rows;
        st.previous = (!st.done).then(|| rows.clone());
        Ok(Some((stream::iter(rows.into_iter().map(Ok)), st)))
    })
    .try_flatten()
    .boxed()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commit_hashes_are_recognised() {
        assert!(is_commit_hash("u8s83gapv7ghnbmrtpm8q5es0dbl7lpd"));
        assert!(is_commit_hash("0123456789abcdef0123456789abcdef"));
        assert!(!is_commit_hash("main"));
        assert!(!is_commit_hash("0123456789abcdef0123456789abcdeZ"));
    }
}
