//! The SQL handle and single reads: `sql_read` and `sql_read_default_branch`.

use crate::error::{Error, Result};
use crate::models::{SqlResult, SqlStatus};
use crate::operation::Operation;
use crate::outcome::WriteOutcome;
use crate::request::RequestSpec;
use crate::resources::{Db, require};
use crate::sql::stream::StreamRows;
use crate::sql::write::{DeleteBranch, MergeTo, WriteTo, write_operation};
use dolthub_api::v1alpha1::ops;

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
    /// API v2 always needs a ref: [`Error::Unsupported`] there.
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

    /// Stream every row of `query` at `ref_`, past the server's row cap.
    ///
    /// The ref is resolved to its commit once and every page is read at that
    /// commit, so writes landing meanwhile neither skip nor repeat rows. How
    /// the rows are fetched is chosen per query (see [`Strategy`](crate::sql::Strategy)):
    /// a whole-table read (`SELECT * FROM t`, or named columns of one table)
    /// streams the CSV export in one request; other single-table queries page
    /// on the primary key (several pages in flight, rows in key order); the
    /// rest page with `LIMIT`/`OFFSET`. The query must not have its own
    /// top-level `LIMIT`.
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
        StreamRows::new(self.db.clone(), ref_.into(), query.into())
    }

    /// Run one write statement. Name the branch it writes to with
    /// [`WriteTo::to`] (the write does not start without one) and, when that
    /// branch does not exist yet, the branch to create it from with
    /// [`WriteSql::from`]. `to` is always the branch that changes and `from`
    /// where its new content comes from, as in [`merge`](Self::merge). Each
    /// successful write is one commit. The statement travels in the JSON body,
    /// so its length is not limited by the URL.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let outcome = client.database("dolthub", "museum-collections").sql()
    ///     .write("UPDATE lacma SET on_view = 1 WHERE id = 3")
    ///     .to("lacma")
    ///     .from("main")
    ///     .await?
    ///     .wait().await?;
    /// match outcome {
    ///     dolthub::WriteOutcome::Committed { to_commit_id, .. } => println!("commit {to_commit_id}"),
    ///     dolthub::WriteOutcome::NothingToCommit => println!("no change"),
    ///     _ => {}
    /// }
    /// # Ok(()) }
    /// ```
    pub fn write(&self, query: impl Into<String>) -> WriteTo {
        WriteTo {
            db: self.db.clone(),
            query: query.into(),
        }
    }

    /// Merge `from_branch` into the branch named with [`MergeTo::to`], with an
    /// empty write (`from` and `to` mean what they mean for [`write`](Self::write):
    /// `to` changes, `from` is where the changes come from).
    ///
    /// API v2 has no empty writes: there this is [`Error::Unsupported`]
    /// (merge through a pull request, or write `CALL DOLT_MERGE(..)`).
    ///
    /// The direction follows DoltHub's published example (first path branch
    /// into the second); one vendor text says the opposite, so verify on your
    /// server before relying on it.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// client.database("dolthub", "museum-collections").sql()
    ///     .merge("lacma").to("main").await?
    ///     .wait().await?;
    /// # Ok(()) }
    /// ```
    pub fn merge(&self, from_branch: impl Into<String>) -> MergeTo {
        MergeTo {
            db: self.db.clone(),
            from: from_branch.into(),
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
        DeleteBranch::new(self.db.clone(), branch.into())
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

/// Path segments that DoltHub routes before the `{ref}` of a SQL read: a
/// ref with one of these names would silently hit another endpoint.
const FIXED_ROUTES: &[&str] = &[
    "branches", "tags", "releases", "pulls", "jobs", "forks", "write", "upload",
];

pub(crate) fn check_ref_route(reference: &str) -> Result<()> {
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
    pub(crate) db: Db,
    pub(crate) reference: String,
    pub(crate) query: String,
    pub(crate) fail_if_truncated: bool,
    /// v2-only read options (limit, server timeout, POST).
    pub(crate) options: crate::v2::sql::ReadOptions,
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
        let spec = RequestSpec::for_operation(
            &ops::SQL_READ,
            &[owner, database, ("ref", &self.reference)],
        )?
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
        let spec = RequestSpec::for_operation(&ops::SQL_READ_DEFAULT_BRANCH, &self.db.params())?
            .query("q", self.query);
        let result = self.db.client.transport().json(spec, false).await?;
        check_result(result, false)
    }
}

impl_into_future!(ReadSqlDefaultBranch => SqlResult);

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
}
