//! [`DatabaseHandler`]: everything scoped to one database.

use std::path::PathBuf;
use std::sync::Arc;

use tokio::io::AsyncRead;

use crate::client::Client;
use crate::operation::outcome::ImportOutcome;
use crate::operation::poll::ImportPoller;
use crate::operation::{Operation, OperationKind};
use crate::resources::{
    BranchesHandler, CsvHandler, Db, ForksHandler, ImportBuilder, JobsHandler, PullHandler,
    PullsHandler, ReleasesHandler, SqlHandler, TagsHandler,
};

/// Handle on one database (`owner/database`); see [`Client::database`].
#[derive(Clone, Debug)]
pub struct DatabaseHandler {
    pub(crate) db: Db,
}

impl Client {
    /// Handle on the database `owner/database`. Nothing is sent until an operation runs.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let db = client.database("dolthub", "museum-collections");
    /// for branch in db.branches().list().await? {
    ///     println!("{}", branch.name);
    /// }
    /// # Ok(()) }
    /// ```
    pub fn database(
        &self,
        owner: impl Into<String>,
        database: impl Into<String>,
    ) -> DatabaseHandler {
        DatabaseHandler {
            db: Db {
                client: self.clone(),
                // Shared, not copied, by every handle and builder made from it.
                owner: Arc::from(owner.into()),
                database: Arc::from(database.into()),
            },
        }
    }
}

impl DatabaseHandler {
    /// Fetch the database's description (API v2 only: v1alpha1 has no such
    /// call and answers [`Error::Unsupported`](crate::Error::Unsupported) before sending).
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let db = client.database("dolthub", "museum-collections").get().await?;
    /// println!("{} stars, {} bytes", db.star_count, db.size_bytes);
    /// # Ok(()) }
    /// ```
    pub fn get(&self) -> GetDatabase {
        GetDatabase {
            db: self.db.clone(),
        }
    }

    /// The owning account.
    ///
    /// ```
    /// let client = dolthub::Client::builder().build()?;
    /// assert_eq!(client.database("dolthub", "museum").owner(), "dolthub");
    /// # Ok::<(), dolthub::Error>(())
    /// ```
    pub fn owner(&self) -> &str {
        &self.db.owner
    }

    /// The database name.
    ///
    /// ```
    /// let client = dolthub::Client::builder().build()?;
    /// assert_eq!(client.database("dolthub", "museum").name(), "museum");
    /// # Ok::<(), dolthub::Error>(())
    /// ```
    pub fn name(&self) -> &str {
        &self.db.database
    }

    /// Branches: list, create, delete.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let branches = client.database("dolthub", "museum-collections").branches().list().await?;
    /// # Ok(()) }
    /// ```
    pub fn branches(&self) -> BranchesHandler {
        BranchesHandler {
            db: self.db.clone(),
        }
    }

    /// Tags: list, create.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let tags = client.database("dolthub", "museum-collections").tags().list().await?;
    /// # Ok(()) }
    /// ```
    pub fn tags(&self) -> TagsHandler {
        TagsHandler {
            db: self.db.clone(),
        }
    }

    /// Releases: list (paged), create.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let first_page = client.database("dolthub", "museum-collections").releases().list().await?;
    /// # Ok(()) }
    /// ```
    pub fn releases(&self) -> ReleasesHandler {
        ReleasesHandler {
            db: self.db.clone(),
        }
    }

    /// Pull requests: list (paged), create.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let page = client.database("dolthub", "museum-collections").pulls().list().await?;
    /// # Ok(()) }
    /// ```
    pub fn pulls(&self) -> PullsHandler {
        PullsHandler {
            db: self.db.clone(),
        }
    }

    /// One pull request: get, update, close, comment, merge.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let pull = client.database("dolthub", "museum-collections").pull("66").get().await?;
    /// # Ok(()) }
    /// ```
    pub fn pull(&self, pull_id: impl Into<String>) -> PullHandler {
        PullHandler {
            db: self.db.clone(),
            pull_id: pull_id.into(),
        }
    }

    /// Background jobs (paged).
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let jobs = client.database("dolthub", "museum-collections").jobs().list().await?;
    /// # Ok(()) }
    /// ```
    pub fn jobs(&self) -> JobsHandler {
        JobsHandler {
            db: self.db.clone(),
        }
    }

    /// The fork network.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let network = client.database("dolthub", "museum-collections").forks().list().await?;
    /// # Ok(()) }
    /// ```
    pub fn forks(&self) -> ForksHandler {
        ForksHandler {
            db: self.db.clone(),
        }
    }

    /// SQL reads, writes, merges by empty write and branch deletion.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let result = client.database("dolthub", "museum-collections").sql()
    ///     .read("main", "SELECT COUNT(*) AS n FROM lacma").await?;
    /// # Ok(()) }
    /// ```
    pub fn sql(&self) -> SqlHandler {
        SqlHandler {
            db: self.db.clone(),
        }
    }

    /// Import the file at `path` into a table (streamed from disk; see [`ImportBuilder`]).
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let outcome = client.database("dolthub", "museum-collections")
    ///     .import("lacma.csv").table("lacma").primary_keys(["id"]).branch("lacma")
    ///     .start().await?
    ///     .wait().await?;
    /// println!("review pull request {}", outcome.pull_id);
    /// # Ok(()) }
    /// ```
    pub fn import(&self, path: impl Into<PathBuf>) -> ImportBuilder {
        ImportBuilder::from_path(self.db.clone(), path.into())
    }

    /// Import `length` bytes read from `reader`, sent as `file_name` (whose
    /// extension picks the file type unless [`ImportBuilder::file_type`] is set).
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let data = b"id,title\n1,Portrait\n";
    /// let op = client.database("dolthub", "museum-collections")
    ///     .import_reader(&data[..], data.len() as u64, "lacma.csv")
    ///     .table("lacma").primary_keys(["id"])
    ///     .start().await?;
    /// # Ok(()) }
    /// ```
    pub fn import_reader(
        &self,
        reader: impl AsyncRead + Send + Unpin + 'static,
        length: u64,
        file_name: impl Into<String>,
    ) -> ImportBuilder {
        ImportBuilder::from_reader(self.db.clone(), Box::new(reader), length, file_name.into())
    }

    /// Resume waiting for an import started earlier (e.g. by another process),
    /// given its branch and `operation_name`.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let outcome = client.database("dolthub", "museum-collections")
    ///     .import_operation("main", "repositoryOwners/dolthub/repositories/museum-collections/jobs/b09a")
    ///     .wait().await?;
    /// # Ok(()) }
    /// ```
    pub fn import_operation(
        &self,
        branch: impl Into<String>,
        operation_name: impl Into<String>,
    ) -> Operation<ImportOutcome> {
        if self.db.is_v2() {
            return crate::v2::operation::resume(
                &self.db.client,
                OperationKind::Import,
                operation_name.into(),
                Default::default(),
            );
        }
        Operation::new(
            self.db.client.clone(),
            OperationKind::Import,
            operation_name.into(),
            None,
            ImportPoller {
                owner: self.db.owner.to_string(),
                database: self.db.database.to_string(),
                branch: branch.into(),
            },
        )
    }

    /// CSV export at `ref_` (branch or commit): one table or a ZIP of all.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let bytes = client.database("dolthub", "museum-collections")
    ///     .csv("main").table("lacma").save("lacma.csv").await?;
    /// # Ok(()) }
    /// ```
    pub fn csv(&self, ref_: impl Into<String>) -> CsvHandler {
        CsvHandler {
            db: self.db.clone(),
            reference: ref_.into(),
        }
    }
}

/// Builder for `get_database` (API v2); see [`DatabaseHandler::get`].
#[derive(Clone, Debug)]
#[must_use]
pub struct GetDatabase {
    db: Db,
}

impl GetDatabase {
    /// Send the request.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let db = client.database("o", "d").get().send().await?;
    /// # Ok(()) }
    /// ```
    pub async fn send(self) -> crate::Result<crate::models::Database> {
        if !self.db.is_v2() {
            return Err(crate::Error::unsupported(
                "DatabaseHandler::get (get_database)",
                self.db.client.api_version(),
                "v1alpha1 cannot describe a database; use API v2 (or list its branches to check it exists)",
            ));
        }
        crate::v2::handles::get_database(&self.db).await
    }
}

impl_into_future!(GetDatabase => crate::models::Database);
