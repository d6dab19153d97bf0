//! Branches: `list_branches`, `create_branch`, and deletion through SQL.

use dolthub_api::types::CreateBranchRequest;
use dolthub_api::v1alpha1::ops;
use serde::Deserialize;

use crate::error::Result;
use crate::models::{Branch, BranchCreated, de};
use crate::resources::{Db, DeleteBranch, SqlHandler, require};
use crate::revision::Revision;
use crate::transport::StatusSeen;
use crate::transport::request::RequestSpec;

/// Branches of one database; see [`DatabaseHandler::branches`](crate::resources::DatabaseHandler::branches).
#[derive(Clone, Debug)]
pub struct BranchesHandler {
    pub(crate) db: Db,
}

impl BranchesHandler {
    /// List every branch (one response, no paging).
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// for b in client.database("dolthub", "museum-collections").branches().list().await? {
    ///     println!("{}", b.name);
    /// }
    /// # Ok(()) }
    /// ```
    pub fn list(&self) -> ListBranches {
        ListBranches {
            db: self.db.clone(),
        }
    }

    /// Create branch `name` at `from` (a [`Revision`]; a plain string means a branch).
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// use dolthub::Revision;
    /// let db = client.database("dolthub", "museum-collections");
    /// db.branches().create("lacma", Revision::branch("main")).await?;
    /// db.branches().create("audit", Revision::commit("lu1dqd8f6v4k6bbd1i9s0q5m6d1t5gs8")).await?;
    /// # Ok(()) }
    /// ```
    pub fn create(&self, name: impl Into<String>, from: impl Into<Revision>) -> CreateBranch {
        CreateBranch {
            db: self.db.clone(),
            name: name.into(),
            from: from.into(),
        }
    }

    /// Delete branch `name`. There is no delete endpoint; this runs the SQL
    /// write `CALL DOLT_BRANCH('-D', '<name>')` (see [`SqlHandler::delete_branch`]).
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// client.database("dolthub", "museum-collections")
    ///     .branches().delete("old-lacma").await?
    ///     .wait().await?;
    /// # Ok(()) }
    /// ```
    pub fn delete(&self, name: impl Into<String>) -> DeleteBranch {
        SqlHandler {
            db: self.db.clone(),
        }
        .delete_branch(name)
    }
}

/// Builder for `list_branches`.
#[derive(Clone, Debug)]
#[must_use]
pub struct ListBranches {
    db: Db,
}

#[derive(Deserialize)]
struct BranchList {
    #[serde(default, deserialize_with = "crate::models::branch_list")]
    branches: Vec<Branch>,
    /// Read here so the transport checks the body for an error only when
    /// it says so (see [`StatusSeen`]).
    #[serde(default, deserialize_with = "de::string")]
    status: String,
}

impl StatusSeen for BranchList {
    fn status_is_error(&self) -> bool {
        self.status.trim().eq_ignore_ascii_case("error")
    }
}

impl ListBranches {
    /// Send the request.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let branches = client.database("dolthub", "museum-collections").branches().list().send().await?;
    /// # Ok(()) }
    /// ```
    pub async fn send(self) -> Result<Vec<Branch>> {
        if self.db.is_v2() {
            return crate::v2::handles::list_branches(&self.db).await;
        }
        let spec = RequestSpec::for_operation(&ops::LIST_BRANCHES, &self.db.params())?;
        let list: BranchList = self.db.client.transport().json_status_seen(spec).await?;
        Ok(list.branches)
    }
}

impl_into_future!(ListBranches => Vec<Branch>);

/// Builder for `create_branch`.
#[derive(Clone, Debug)]
#[must_use]
pub struct CreateBranch {
    db: Db,
    name: String,
    from: Revision,
}

impl CreateBranch {
    /// Send the request.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let created = client.database("dolthub", "museum-collections")
    ///     .branches().create("lacma", "main").send().await?;
    /// println!("created {}", created.name);
    /// # Ok(()) }
    /// ```
    pub async fn send(self) -> Result<BranchCreated> {
        require("branch name", &self.name)?;
        require("revision name", self.from.name())?;
        if self.db.is_v2() {
            return crate::v2::handles::create_branch(&self.db, self.name, &self.from).await;
        }
        let body = CreateBranchRequest {
            new_branch_name: self.name,
            revision_name: self.from.name().to_owned(),
            revision_type: self.from.branch_type(),
        };
        let spec =
            RequestSpec::for_operation(&ops::CREATE_BRANCH, &self.db.params())?.json(&body)?;
        self.db.client.transport().json(spec, false).await
    }
}

impl_into_future!(CreateBranch => BranchCreated);
