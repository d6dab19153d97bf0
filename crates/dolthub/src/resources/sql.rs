//! SQL: `sql_read`, `sql_read_default_branch`, `sql_write` (+ `poll_sql_write`
//! through [`Operation`]), paging past the row cap, merge by empty write and
//! branch deletion.

use std::sync::Arc;

use dolthub_api::types::SqlWriteRequest;
use serde::de::DeserializeOwned;

use crate::error::{Error, Result};
use crate::models::{Row, SqlResult, SqlStatus, WriteStarted};
use crate::operation::{Operation, OperationKind};
use crate::outcome::WriteOutcome;
use crate::pagination::{FetchPage, Page, Pages};
use crate::poll::WritePoller;
use crate::request::RequestSpec;
use crate::resources::{Db, require};
use crate::sql::{from_row, has_multiple_statements, quote};

/// Default rows per page of [`SqlHandler::stream_rows`] (DoltHub's cap is about 1,000).
pub const DEFAULT_SQL_PAGE_SIZE: u32 = 1000;

/// SQL on one database; see [`DatabaseHandler::sql`](crate::resources::DatabaseHandler::sql).
#[derive(Clone, Debug)]
pub struct SqlHandler {
    pub(crate) db: Db,
}

impl SqlHandler {
    /// Run a read-only query at `ref_` (branch, tag or commit; `/` is fine).
    ///
    /// At most about 1,000 rows come back; [`SqlResult::truncated`] says
    /// whether more exist. Refs named like DoltHub's fixed routes (`pulls`,
    /// `branches`, `write`, ...) are refused, since the server would answer
    /// from that other endpoint. A failing statement is [`Error::Sql`], also when the
    /// server reports it inside an HTTP 200 answer.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let result = client.database("dolthub", "museum-collections").sql()
    ///     .read("feature/lacma", "SELECT id, title FROM lacma ORDER BY id").await?;
    /// for row in &result.rows { println!("{row:?}"); }
    /// if result.truncated { eprintln!("more rows exist; use stream_rows"); }
    /// # Ok(()) }
    /// ```
    pub fn read(&self, ref_: impl Into<String>, query: impl Into<String>) -> ReadSql {
        ReadSql {
            db: self.db.clone(),
            reference: ref_.into(),
            query: query.into(),
            fail_if_truncated: false,
            options: Default::default(),
        }
    }

    /// Run a read-only query on the default branch. Only for anonymous
    /// clients: DoltHub refuses token-authenticated reads without a ref, so
    /// with a token this fails with [`Error::InvalidInput`] before sending.
    ///
    /// ```no_run
    /// # async fn run() -> dolthub::Result<()> {
    /// let anonymous = dolthub::Client::builder().build()?;
    /// let result = anonymous.database("dolthub", "museum-collections").sql()
    ///     .read_default_branch("SHOW TABLES").await?;
    /// # Ok(()) }
    /// ```
    pub fn read_default_branch(&self, query: impl Into<String>) -> ReadSqlDefaultBranch {
        ReadSqlDefaultBranch {
            db: self.db.clone(),
            query: query.into(),
        }
    }

    /// Stream every row of `query` at `ref_`, paging past the row cap by
    /// appending `LIMIT <n> OFFSET <k>`. The query must not have its own
    /// `LIMIT` and should have a deterministic `ORDER BY`, or pages may
    /// overlap or miss rows when the data changes.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// use futures::TryStreamExt;
    /// #[derive(serde::Deserialize)]
    /// struct Piece { id: u64, title: String }
    ///
    /// let mut rows = client.database("dolthub", "museum-collections").sql()
    ///     .stream_rows("main", "SELECT id, title FROM lacma ORDER BY id")
    ///     .stream_as::<Piece>();
    /// while let Some(piece) = rows.try_next().await? { println!("{}", piece.title); }
    /// # Ok(()) }
    /// ```
    pub fn stream_rows(&self, ref_: impl Into<String>, query: impl Into<String>) -> StreamRows {
        StreamRows {
            db: self.db.clone(),
            reference: ref_.into(),
            query: query.into(),
            page_size: DEFAULT_SQL_PAGE_SIZE,
        }
    }

    /// Run one write statement on `to_branch` (created from `from_branch` if
    /// missing); each successful write is one commit. The statement travels
    /// in the JSON body, so length is not limited by the URL.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let outcome = client.database("dolthub", "museum-collections").sql()
    ///     .write("main", "lacma", "UPDATE lacma SET on_view = 1 WHERE id = 3")
    ///     .await?
    ///     .wait().await?;
    /// match outcome {
    ///     dolthub::WriteOutcome::Committed { to_commit_id, .. } => println!("commit {to_commit_id}"),
    ///     dolthub::WriteOutcome::NothingToCommit => println!("no change"),
    ///     _ => {}
    /// }
    /// # Ok(()) }
    /// ```
    pub fn write(
        &self,
        from_branch: impl Into<String>,
        to_branch: impl Into<String>,
        query: impl Into<String>,
    ) -> WriteSql {
        WriteSql {
            db: self.db.clone(),
            from: from_branch.into(),
            to: to_branch.into(),
            query: Some(query.into()),
        }
    }

    /// Merge `from_branch` into `to_branch` with an empty write.
    ///
    /// The direction follows DoltHub's published example (first path branch
    /// into the second); one vendor text says the opposite, so verify on your
    /// server before relying on it.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// client.database("dolthub", "museum-collections").sql()
    ///     .merge("lacma", "main").await?
    ///     .wait().await?;
    /// # Ok(()) }
    /// ```
    pub fn merge(&self, from_branch: impl Into<String>, to_branch: impl Into<String>) -> WriteSql {
        WriteSql {
            db: self.db.clone(),
            from: from_branch.into(),
            to: to_branch.into(),
            query: None,
        }
    }

    /// Delete `branch` with the write `CALL DOLT_BRANCH('-D', '<branch>')`
    /// (there is no delete endpoint). The write runs on `main` unless
    /// [`DeleteBranch::on_branch`] says otherwise.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// client.database("dolthub", "museum-collections").sql()
    ///     .delete_branch("feature/old").on_branch("master")
    ///     .await?.wait().await?;
    /// # Ok(()) }
    /// ```
    pub fn delete_branch(&self, branch: impl Into<String>) -> DeleteBranch {
        DeleteBranch {
            db: self.db.clone(),
            branch: branch.into(),
            on: "main".into(),
        }
    }

    /// Resume waiting for a write started earlier, given its `operation_name`.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let outcome = client.database("dolthub", "museum-collections").sql()
    ///     .write_operation("operations/72abb56b-d478-43ae-9a2d-c9602184c7ab")
    ///     .wait().await?;
    /// # Ok(()) }
    /// ```
    pub fn write_operation(&self, operation_name: impl Into<String>) -> Operation<WriteOutcome> {
        write_operation(&self.db, operation_name.into(), String::new())
    }
}

fn write_operation(db: &Db, name: String, query: String) -> Operation<WriteOutcome> {
    if db.is_v2() {
        return crate::v2::operation::resume(
            &db.client,
            OperationKind::SqlWrite,
            name,
            Default::default(),
        );
    }
    Operation::new(
        db.client.clone(),
        OperationKind::SqlWrite,
        name,
        None,
        WritePoller {
            owner: db.owner.clone(),
            database: db.database.clone(),
            query,
        },
    )
}

/// Path segments that DoltHub routes before the `{ref}` of a SQL read: a
/// ref with one of these names would silently hit another endpoint.
const FIXED_ROUTES: &[&str] = &[
    "branches", "tags", "releases", "pulls", "jobs", "forks", "write", "upload",
];

fn check_ref_route(reference: &str) -> Result<()> {
    if FIXED_ROUTES.contains(&reference) {
        return Err(Error::invalid(format!(
            "a ref named `{reference}` cannot be read through the SQL endpoint: DoltHub routes \
             `/{{owner}}/{{database}}/{reference}` to its own endpoint; use the commit hash instead"
        )));
    }
    Ok(())
}

/// A 200 answer can still carry a SQL failure.
fn check_result(result: SqlResult, fail_if_truncated: bool) -> Result<SqlResult> {
    match result.status {
        SqlStatus::Error => Err(Error::Sql {
            status: 200,
            message: result.message,
            query: (!result.query.is_empty()).then_some(result.query),
        }),
        SqlStatus::RowLimit if fail_if_truncated => Err(Error::Sql {
            status: 200,
            message: format!(
                "the result was cut at the server's row limit after {} rows",
                result.rows.len()
            ),
            query: (!result.query.is_empty()).then_some(result.query),
        }),
        _ => Ok(result),
    }
}

/// Builder for `sql_read`.
#[derive(Clone, Debug)]
#[must_use]
pub struct ReadSql {
    db: Db,
    reference: String,
    query: String,
    fail_if_truncated: bool,
    options: crate::v2::sql::ReadOptions,
}

impl ReadSql {
    /// Treat a truncated result (`RowLimit`) as an [`Error::Sql`] instead of data.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let complete = client.database("o", "d").sql()
    ///     .read("main", "SELECT * FROM small_table").fail_if_truncated().await?;
    /// # Ok(()) }
    /// ```
    pub fn fail_if_truncated(mut self) -> Self {
        self.fail_if_truncated = true;
        self
    }

    /// Return at most `rows` rows (API v2; the server caps it at its own
    /// maximum). v1alpha1 has no such parameter: put a `LIMIT` in the query.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let first = client.database("o", "d").sql().read("main", "SELECT * FROM t").limit(10).await?;
    /// # Ok(()) }
    /// ```
    pub fn limit(mut self, rows: u32) -> Self {
        self.options.limit = Some(rows);
        self
    }

    /// Let the server run the query at most this long (API v2; 1 ms to 60 s,
    /// default 30 s). A query stopped there is an [`Error::Timeout`].
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// use std::time::Duration;
    /// let r = client.database("o", "d").sql().read("main", "SELECT COUNT(*) FROM t")
    ///     .server_timeout(Duration::from_secs(55)).await?;
    /// # Ok(()) }
    /// ```
    pub fn server_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// Send the query in a POST body instead of the URL (API v2). Queries
    /// longer than 2 KiB are sent this way anyway.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let r = client.database("o", "d").sql().read("main", "SELECT 1").post().await?;
    /// # Ok(()) }
    /// ```
    pub fn post(mut self) -> Self {
        self.options.force_post = true;
        self
    }

    /// Send the request.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let result = client.database("o", "d").sql().read("main", "SELECT 1 AS one").send().await?;
    /// # Ok(()) }
    /// ```
    pub async fn send(self) -> Result<SqlResult> {
        require("query", &self.query)?;
        if self.db.is_v2() {
            require("ref", &self.reference)?;
            let result =
                crate::v2::sql::read(&self.db, &self.reference, &self.query, &self.options).await?;
            return check_result(result, self.fail_if_truncated);
        }
        let options = &self.options;
        if options.limit.is_some() || options.timeout.is_some() || options.force_post {
            return Err(Error::unsupported(
                "ReadSql::limit / server_timeout / post",
                self.db.client.api_version(),
                "v1alpha1 reads take only a query in the URL: put LIMIT in the query, or use API v2",
            ));
        }
        check_ref_route(&self.reference)?;
        let [owner, database] = self.db.params();
        let spec = RequestSpec::new("sql_read", &[owner, database, ("ref", &self.reference)])?
            .query("q", self.query);
        let result = self.db.client.transport().json(spec, false).await?;
        check_result(result, self.fail_if_truncated)
    }
}

impl_into_future!(ReadSql => SqlResult);

/// Builder for `sql_read_default_branch`.
#[derive(Clone, Debug)]
#[must_use]
pub struct ReadSqlDefaultBranch {
    db: Db,
    query: String,
}

impl ReadSqlDefaultBranch {
    /// Send the request (anonymous clients only).
    ///
    /// ```no_run
    /// # async fn run() -> dolthub::Result<()> {
    /// let anonymous = dolthub::Client::builder().build()?;
    /// let tables = anonymous.database("dolthub", "museum-collections").sql()
    ///     .read_default_branch("SHOW TABLES").send().await?;
    /// # Ok(()) }
    /// ```
    pub async fn send(self) -> Result<SqlResult> {
        if self.db.is_v2() {
            return Err(Error::unsupported(
                "SqlHandler::read_default_branch",
                crate::ApiVersion::V2,
                "v2 reads need a ref and cannot tell the default branch: use read(<branch>, query)",
            ));
        }
        if self.db.client.has_token() {
            return Err(Error::invalid(
                "DoltHub refuses token-authenticated SQL reads without a ref \
                 (\"Calls authenticated with a token must include a refName\"): \
                 use read(<branch>, query) instead",
            ));
        }
        require("query", &self.query)?;
        let spec =
            RequestSpec::new("sql_read_default_branch", &self.db.params())?.query("q", self.query);
        let result = self.db.client.transport().json(spec, false).await?;
        check_result(result, false)
    }
}

impl_into_future!(ReadSqlDefaultBranch => SqlResult);

/// Builder of a row stream that pages past the row cap; see [`SqlHandler::stream_rows`].
#[derive(Clone, Debug)]
#[must_use]
pub struct StreamRows {
    db: Db,
    reference: String,
    query: String,
    page_size: u32,
}

impl StreamRows {
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

    /// Stream rows as JSON objects.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// use futures::TryStreamExt;
    /// let rows: Vec<dolthub::models::Row> = client.database("o", "d").sql()
    ///     .stream_rows("main", "SELECT * FROM t ORDER BY id").stream().try_collect().await?;
    /// # Ok(()) }
    /// ```
    pub fn stream(self) -> Pages<Row> {
        let fetch = self.fetcher();
        Pages::new("sql_read", None, fetch)
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
    pub fn stream_as<T: DeserializeOwned + Send + 'static>(self) -> Pages<T> {
        let rows = self.fetcher();
        let fetch: FetchPage<T> = Arc::new(move |token| {
            let page = rows(token);
            Box::pin(async move {
                let page = page.await?;
                let items = page
                    .items
                    .iter()
                    .map(from_row)
                    .collect::<Result<Vec<T>>>()?;
                Ok(Page::new(items, page.next_page_token))
            })
        });
        Pages::new("sql_read", None, fetch)
    }

    /// Pages keyed by row offset: the "token" is the next offset.
    fn fetcher(self) -> FetchPage<Row> {
        let base = self
            .query
            .trim()
            .trim_end_matches(';')
            .trim_end()
            .to_owned();
        let this = Arc::new(self);
        Arc::new(move |token: Option<String>| {
            let this = Arc::clone(&this);
            let base = base.clone();
            Box::pin(async move {
                require("query", &base)?;
                if has_limit_clause(&base) {
                    return Err(Error::invalid(
                        "stream_rows adds LIMIT/OFFSET itself; remove LIMIT from the query",
                    ));
                }
                let offset: u64 = token.as_deref().and_then(|t| t.parse().ok()).unwrap_or(0);
                let query = format!("{base} LIMIT {} OFFSET {offset}", this.page_size);
                let result = ReadSql {
                    db: this.db.clone(),
                    reference: this.reference.clone(),
                    query,
                    fail_if_truncated: false,
                    options: Default::default(),
                }
                .send()
                .await?;
                let got = result.rows.len() as u64;
                let more = got > 0 && (result.truncated || got >= u64::from(this.page_size));
                let next = more.then(|| (offset + got).to_string());
                Ok(Page::new(result.rows, next))
            })
        })
    }
}

/// Whether `LIMIT` appears as a word outside quotes (a conservative check).
fn has_limit_clause(query: &str) -> bool {
    let mut word = String::new();
    let mut quote: Option<char> = None;
    for c in query.chars().chain(std::iter::once(' ')) {
        if let Some(q) = quote {
            if c == q {
                quote = None;
            }
            continue;
        }
        if c == '\'' || c == '"' || c == '`' {
            quote = Some(c);
            word.clear();
        } else if c.is_alphanumeric() || c == '_' {
            word.push(c);
        } else {
            if word.eq_ignore_ascii_case("limit") {
                return true;
            }
            word.clear();
        }
    }
    false
}

/// Builder for `sql_write` (a statement, or a merge when built by [`SqlHandler::merge`]).
#[derive(Clone, Debug)]
#[must_use]
pub struct WriteSql {
    db: Db,
    from: String,
    to: String,
    /// `None` = empty write = merge.
    query: Option<String>,
}

impl WriteSql {
    /// Start the write (sent once, never retried automatically).
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let op = client.database("o", "d").sql()
    ///     .write("main", "main", "INSERT INTO t VALUES (1)").send().await?;
    /// let outcome = op.wait().await?;
    /// # Ok(()) }
    /// ```
    pub async fn send(self) -> Result<Operation<WriteOutcome>> {
        if let Some(query) = &self.query {
            if query.trim().trim_end_matches(';').trim().is_empty() {
                return Err(Error::invalid(
                    "the write query is empty; an empty write merges branches: use merge(from, to) for that",
                ));
            }
            if has_multiple_statements(query) {
                return Err(Error::invalid(
                    "DoltHub runs one statement per write; send each statement separately",
                ));
            }
        }
        if self.db.is_v2() {
            return crate::v2::handles::sql_write(
                &self.db,
                self.from,
                self.to,
                self.query.unwrap_or_default(),
            )
            .await;
        }
        let [owner, database] = self.db.params();
        let spec = RequestSpec::new(
            "sql_write",
            &[
                owner,
                database,
                ("from_branch", &self.from),
                ("to_branch", &self.to),
            ],
        )?;
        let spec = match &self.query {
            Some(q) => spec.json(&SqlWriteRequest {
                query: Some(q.clone()),
            })?,
            None => spec,
        };
        let started: WriteStarted = self.db.client.transport().json(spec, false).await?;
        let query = self.query.unwrap_or_default();
        if started.status == SqlStatus::Error {
            return Err(Error::Sql {
                status: 200,
                message: started.message,
                query: (!query.is_empty()).then_some(query),
            });
        }
        if started.operation_name.is_empty() {
            return Err(Error::Api {
                status: 200,
                message: "the write answer carries no operation_name to poll".into(),
                body: String::new(),
                code: None,
                request_id: None,
            });
        }
        Ok(write_operation(&self.db, started.operation_name, query))
    }
}

impl_into_future!(WriteSql => Operation<WriteOutcome>);

/// Builder of a branch deletion through SQL; see [`SqlHandler::delete_branch`].
#[derive(Clone, Debug)]
#[must_use]
pub struct DeleteBranch {
    db: Db,
    branch: String,
    on: String,
}

impl DeleteBranch {
    /// The branch the deleting write runs on (default `main`; must differ from the one deleted).
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// client.database("o", "d").sql().delete_branch("old").on_branch("master").await?;
    /// # Ok(()) }
    /// ```
    pub fn on_branch(mut self, branch: impl Into<String>) -> Self {
        self.on = branch.into();
        self
    }

    /// Start the deleting write. Its outcome is usually
    /// [`WriteOutcome::NothingToCommit`], since deleting a branch changes no table.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// client.database("o", "d").sql().delete_branch("old").send().await?.wait().await?;
    /// # Ok(()) }
    /// ```
    pub async fn send(self) -> Result<Operation<WriteOutcome>> {
        require("branch to delete", &self.branch)?;
        require("branch to run on", &self.on)?;
        if self.branch == self.on {
            return Err(Error::invalid(format!(
                "cannot delete `{}` from a write running on it; pick another branch with on_branch()",
                self.branch
            )));
        }
        WriteSql {
            query: Some(format!("CALL DOLT_BRANCH('-D', {})", quote(&self.branch))),
            from: self.on.clone(),
            to: self.on,
            db: self.db,
        }
        .send()
        .await
    }
}

impl_into_future!(DeleteBranch => Operation<WriteOutcome>);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_route_names_are_not_refs() {
        assert!(check_ref_route("pulls").is_err());
        assert!(check_ref_route("write").is_err());
        assert!(check_ref_route("main").is_ok());
        assert!(check_ref_route("feature/pulls").is_ok());
    }

    #[test]
    fn limit_detection() {
        assert!(has_limit_clause("SELECT * FROM t LIMIT 5"));
        assert!(has_limit_clause("select * from t limit 5"));
        assert!(!has_limit_clause("SELECT 'limit' FROM t"));
        assert!(!has_limit_clause("SELECT speed_limit FROM t"));
    }
}
