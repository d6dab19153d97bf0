//! Forks: `fork_database` (+ `poll_fork` through [`Operation`]) and `list_forks`.

use dolthub_api::types::ForkDatabaseRequest;
use dolthub_api::v1alpha1::ops;

use crate::client::Client;
use crate::error::{Error, Result};
use crate::models::{ForkNetwork, ForkStarted};
use crate::operation::outcome::ForkOutcome;
use crate::operation::poll::ForkPoller;
use crate::operation::{Operation, OperationKind};
use crate::resources::{Db, require};
use crate::transport::request::RequestSpec;

impl Client {
    /// Fork `owner/database` into the account set with [`ForkDatabase::to_owner`].
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let fork = client.fork("dolthub", "museum-collections")
    ///     .to_owner("liuliu")
    ///     .await?
    ///     .wait().await?;
    /// println!("forked into {}/{}", fork.owner, fork.database);
    /// # Ok(()) }
    /// ```
    pub fn fork(&self, owner: impl Into<String>, database: impl Into<String>) -> ForkDatabase {
        ForkDatabase {
            client: self.clone(),
            parent_owner: owner.into(),
            parent_database: database.into(),
            to_owner: None,
        }
    }

    /// Resume waiting for a fork started earlier, given its `operation_name`.
    /// The outcome names the fork only if the poll answer does.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let fork = client.fork_operation("operations/b09a9221-9dcb-4a15-9ca8-a64656946f12").wait().await?;
    /// # Ok(()) }
    /// ```
    pub fn fork_operation(&self, operation_name: impl Into<String>) -> Operation<ForkOutcome> {
        if self.api_version() == crate::ApiVersion::V2 {
            return crate::v2::operation::resume(
                self,
                OperationKind::Fork,
                operation_name.into(),
                Default::default(),
            );
        }
        Operation::new(
            self.clone(),
            OperationKind::Fork,
            operation_name.into(),
            None,
            ForkPoller {
                forked_owner: String::new(),
                database: String::new(),
            },
        )
    }
}

/// Builder for `fork_database`; see [`Client::fork`].
#[derive(Clone, Debug)]
#[must_use]
pub struct ForkDatabase {
    client: Client,
    parent_owner: String,
    parent_database: String,
    to_owner: Option<String>,
}

impl ForkDatabase {
    /// The account that receives the fork (required).
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let op = client.fork("dolthub", "museum-collections").to_owner("liuliu").await?;
    /// # Ok(()) }
    /// ```
    pub fn to_owner(mut self, owner: impl Into<String>) -> Self {
        self.to_owner = Some(owner.into());
        self
    }

    /// Start the fork (sent once, never retried automatically). An existing
    /// fork fails with [`Error::AlreadyExists`].
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let op = client.fork("dolthub", "museum-collections").to_owner("liuliu").send().await?;
    /// # Ok(()) }
    /// ```
    pub async fn send(self) -> Result<Operation<ForkOutcome>> {
        require("owner of the database to fork", &self.parent_owner)?;
        require("database to fork", &self.parent_database)?;
        let to_owner = self
            .to_owner
            .filter(|o| !o.trim().is_empty())
            .ok_or_else(|| Error::invalid("the fork's owner is required: call .to_owner(..)"))?;
        if self.client.api_version() == crate::ApiVersion::V2 {
            let db = Db {
                client: self.client,
                owner: self.parent_owner.into(),
                database: self.parent_database.into(),
            };
            return crate::v2::handles::create_fork(&db, to_owner).await;
        }
        let body = ForkDatabaseRequest {
            parent_owner_name: self.parent_owner,
            parent_database_name: self.parent_database.clone(),
            owner_name: to_owner.clone(),
        };
        let spec = RequestSpec::for_operation(&ops::FORK_DATABASE, &[])?.json(&body)?;
        let started: ForkStarted = self.client.transport().json(spec, false).await?;
        if started.operation_name.is_empty() {
            return Err(Error::Api {
                status: 200,
                message: "the fork answer carries no operation_name to poll".into(),
                body: String::new(),
                code: None,
                request_id: None,
            });
        }
        Ok(Operation::new(
            self.client,
            OperationKind::Fork,
            started.operation_name,
            None,
            ForkPoller {
                forked_owner: if started.forked_owner.is_empty() {
                    to_owner
                } else {
                    started.forked_owner
                },
                database: self.parent_database,
            },
        ))
    }
}

impl_into_future!(ForkDatabase => Operation<ForkOutcome>);

/// The fork network of one database; see [`DatabaseHandler::forks`](crate::resources::DatabaseHandler::forks).
#[derive(Clone, Debug)]
pub struct ForksHandler {
    pub(crate) db: Db,
}

impl ForksHandler {
    /// List the fork network (one response, no paging).
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let net = client.database("dolthub", "museum-collections").forks().list().await?;
    /// for f in &net.forks { println!("{}/{}", f.owner, f.database); }
    /// # Ok(()) }
    /// ```
    pub fn list(&self) -> ListForks {
        ListForks {
            db: self.db.clone(),
        }
    }
}

/// Builder for `list_forks`.
#[derive(Clone, Debug)]
#[must_use]
pub struct ListForks {
    db: Db,
}

impl ListForks {
    /// Send the request.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let net = client.database("o", "d").forks().list().send().await?;
    /// # Ok(()) }
    /// ```
    pub async fn send(self) -> Result<ForkNetwork> {
        if self.db.is_v2() {
            return crate::v2::handles::list_forks(&self.db).await;
        }
        let spec = RequestSpec::for_operation(&ops::LIST_FORKS, &self.db.params())?;
        self.db.client.transport().json(spec, false).await
    }
}

impl_into_future!(ListForks => ForkNetwork);
