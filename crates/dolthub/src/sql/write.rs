//! Writes: `sql_write` (+ `poll_sql_write` through [`Operation`]), merge by
//! empty write and branch deletion.
//!
//! The two branches of a write travel as path segments
//! `/write/{from}/{to}`; the builders name them with setters (`.to(..)`,
//! `.from(..)`) instead of two positional strings that are easy to swap, and
//! both meanings are the same for writes and merges: `to` is the branch that
//! changes, `from` is where its new content comes from.

use dolthub_api::types::SqlWriteRequest;
use dolthub_api::v1alpha1::ops;

use crate::error::{Error, Result};
use crate::models::{SqlStatus, WriteStarted};
use crate::operation::{Operation, OperationKind};
use crate::outcome::WriteOutcome;
use crate::poll::WritePoller;
use crate::request::RequestSpec;
use crate::resources::{Db, require};
use crate::sql::scan::{has_multiple_statements, quote, statement_body};

pub(crate) fn write_operation(db: &Db, name: String, query: String) -> Operation<WriteOutcome> {
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
            owner: db.owner.to_string(),
            database: db.database.to_string(),
            query,
        },
    )
}

/// A write statement still missing its target branch; see [`SqlHandler::write`](crate::sql::SqlHandler::write).
#[derive(Clone, Debug)]
#[must_use = "name the branch to write to with .to(branch)"]
pub struct WriteTo {
    pub(crate) db: Db,
    pub(crate) query: String,
}

impl WriteTo {
    /// The branch the statement writes to (it changes; created from
    /// [`WriteSql::from`] when missing, which defaults to this branch).
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// client.database("o", "d").sql().write("DELETE FROM t WHERE id = 1").to("main").await?;
    /// # Ok(()) }
    /// ```
    pub fn to(self, branch: impl Into<String>) -> WriteSql {
        let to = branch.into();
        WriteSql {
            db: self.db,
            from: to.clone(),
            to,
            query: Some(self.query),
        }
    }
}

/// A merge still missing its target branch; see [`SqlHandler::merge`](crate::sql::SqlHandler::merge).
#[derive(Clone, Debug)]
#[must_use = "name the branch to merge into with .to(branch)"]
pub struct MergeTo {
    pub(crate) db: Db,
    pub(crate) from: String,
}

impl MergeTo {
    /// The branch that receives the merge.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// client.database("o", "d").sql().merge("feature").to("main").await?.wait().await?;
    /// # Ok(()) }
    /// ```
    pub fn to(self, branch: impl Into<String>) -> WriteSql {
        WriteSql {
            db: self.db,
            from: self.from,
            to: branch.into(),
            query: None,
        }
    }
}

/// Builder for `sql_write` (a statement, or a merge when built by
/// [`SqlHandler::merge`](crate::sql::SqlHandler::merge)).
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
    /// Where the target branch's content comes from: for a write, the branch
    /// it is created from when it does not exist (default: the target
    /// itself); for a merge, the branch merged in.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// client.database("o", "d").sql()
    ///     .write("INSERT INTO t VALUES (1)").to("feature").from("main").await?;
    /// # Ok(()) }
    /// ```
    pub fn from(mut self, branch: impl Into<String>) -> Self {
        self.from = branch.into();
        self
    }

    /// Start the write (sent once, never retried automatically).
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let op = client.database("o", "d").sql()
    ///     .write("INSERT INTO t VALUES (1)").to("main").send().await?;
    /// let outcome = op.wait().await?;
    /// # Ok(()) }
    /// ```
    pub async fn send(self) -> Result<Operation<WriteOutcome>> {
        require("the branch to write to (.to)", &self.to)?;
        require("the branch to start from (.from)", &self.from)?;
        if let Some(query) = &self.query {
            // Comments alone are no statement either (and must not turn into a merge).
            if statement_body(query).map_err(Error::invalid)?.is_empty() {
                return Err(Error::invalid(
                    "the write query has no statement; an empty write merges branches: use merge(from).to(to) for that",
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
        let spec = RequestSpec::for_operation(
            &ops::SQL_WRITE,
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

/// Builder of a branch deletion through SQL; see [`SqlHandler::delete_branch`](crate::sql::SqlHandler::delete_branch).
#[derive(Clone, Debug)]
#[must_use]
pub struct DeleteBranch {
    db: Db,
    branch: String,
    on: String,
}

impl DeleteBranch {
    pub(crate) fn new(db: Db, branch: String) -> Self {
        DeleteBranch {
            db,
            branch,
            on: "main".into(),
        }
    }

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
