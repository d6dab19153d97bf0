//! One pull request: `get_pull`, `update_pull`, `create_pull_comment`,
//! `merge_pull` (+ `poll_merge` through [`Operation`]).

use dolthub_api::types::{CreatePullCommentRequest, UpdatePullRequest, UpdatePullRequestState};

use crate::error::{Error, Result};
use crate::models::{MergeStarted, Pull, PullComment};
use crate::operation::outcome::MergeOutcome;
use crate::operation::poll::MergePoller;
use crate::operation::{Operation, OperationKind};
use crate::resources::{Db, require};
use crate::transport::request::RequestSpec;

/// One pull request; see [`DatabaseHandler::pull`](crate::resources::DatabaseHandler::pull).
#[derive(Clone, Debug)]
pub struct PullHandler {
    pub(crate) db: Db,
    pub(crate) pull_id: String,
}

impl PullHandler {
    fn params(&self) -> [(&'static str, &str); 3] {
        let [owner, database] = self.db.params();
        [owner, database, ("pull_id", &self.pull_id)]
    }

    /// Fetch the pull request with both of its ends.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let pull = client.database("dolthub", "museum-collections").pull("66").get().await?;
    /// println!("{} -> {}: {}", pull.from_branch, pull.to_branch, pull.state);
    /// # Ok(()) }
    /// ```
    pub fn get(&self) -> GetPull {
        GetPull { pull: self.clone() }
    }

    /// Change title and/or description, or close the pull request.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// client.database("dolthub", "museum-collections").pull("66").update()
    ///     .title("Add LACMA records (superseded)")
    ///     .close()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn update(&self) -> UpdatePull {
        UpdatePull {
            pull: self.clone(),
            title: None,
            description: None,
            close: false,
        }
    }

    /// Close the pull request (shorthand for `update().close()`); reopening is not possible.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// client.database("dolthub", "museum-collections").pull("66").close().await?;
    /// # Ok(()) }
    /// ```
    pub fn close(&self) -> UpdatePull {
        self.update().close()
    }

    /// Add a comment.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// client.database("dolthub", "museum-collections").pull("66")
    ///     .comment("Spot-checked 50 rows; looks right.").await?;
    /// # Ok(()) }
    /// ```
    pub fn comment(&self, text: impl Into<String>) -> CreatePullComment {
        CreatePullComment {
            pull: self.clone(),
            text: text.into(),
        }
    }

    /// Start merging; the returned [`Operation`] waits for the merge job.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let merged = client.database("dolthub", "museum-collections").pull("66")
    ///     .merge().await?
    ///     .wait().await?;
    /// # Ok(()) }
    /// ```
    pub fn merge(&self) -> MergePull {
        MergePull { pull: self.clone() }
    }

    /// Resume waiting for a merge started earlier, given its `operation_name`.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let merged = client.database("dolthub", "museum-collections").pull("66")
    ///     .merge_operation("repositoryOwners/dolthub/repositories/museum-collections/jobs/b09a")
    ///     .wait().await?;
    /// # Ok(()) }
    /// ```
    pub fn merge_operation(&self, operation_name: impl Into<String>) -> Operation<MergeOutcome> {
        self.operation(operation_name.into(), None)
    }

    fn operation(
        &self,
        name: String,
        user_operation_name: Option<String>,
    ) -> Operation<MergeOutcome> {
        Operation::new(
            self.db.client.clone(),
            OperationKind::Merge,
            name,
            user_operation_name,
            MergePoller {
                owner: self.db.owner.clone(),
                database: self.db.database.clone(),
                pull_id: self.pull_id.clone(),
            },
        )
    }
}

/// Builder for `get_pull`.
#[derive(Clone, Debug)]
#[must_use]
pub struct GetPull {
    pull: PullHandler,
}

impl GetPull {
    /// Send the request.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let pull = client.database("o", "d").pull("66").get().send().await?;
    /// # Ok(()) }
    /// ```
    pub async fn send(self) -> Result<Pull> {
        let spec = RequestSpec::new("get_pull", &self.pull.params())?;
        self.pull.db.client.transport().json(spec, false).await
    }
}

impl_into_future!(GetPull => Pull);

/// Builder for `update_pull`.
#[derive(Clone, Debug)]
#[must_use]
pub struct UpdatePull {
    pull: PullHandler,
    title: Option<String>,
    description: Option<String>,
    close: bool,
}

impl UpdatePull {
    /// New title.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// client.database("o", "d").pull("66").update().title("Better title").await?;
    /// # Ok(()) }
    /// ```
    pub fn title(mut self, title: impl Into<String>) -> Self {
        self.title = Some(title.into());
        self
    }

    /// New description.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// client.database("o", "d").pull("66").update().description("More context").await?;
    /// # Ok(()) }
    /// ```
    pub fn description(mut self, description: impl Into<String>) -> Self {
        self.description = Some(description.into());
        self
    }

    /// Close the pull request (state `closed`).
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// client.database("o", "d").pull("66").update().close().await?;
    /// # Ok(()) }
    /// ```
    pub fn close(mut self) -> Self {
        self.close = true;
        self
    }

    /// Send the request; at least one change must be set.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let pull = client.database("o", "d").pull("66").update().title("T").send().await?;
    /// # Ok(()) }
    /// ```
    pub async fn send(self) -> Result<Pull> {
        if self.title.is_none() && self.description.is_none() && !self.close {
            return Err(Error::invalid(
                "nothing to update: set a title, a description or close()",
            ));
        }
        let body = UpdatePullRequest {
            title: self.title,
            description: self.description,
            state: self.close.then_some(UpdatePullRequestState::Closed),
        };
        let spec = RequestSpec::new("update_pull", &self.pull.params())?.json(&body)?;
        self.pull.db.client.transport().json(spec, false).await
    }
}

impl_into_future!(UpdatePull => Pull);

/// Builder for `create_pull_comment`.
#[derive(Clone, Debug)]
#[must_use]
pub struct CreatePullComment {
    pull: PullHandler,
    text: String,
}

impl CreatePullComment {
    /// Send the request.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let c = client.database("o", "d").pull("66").comment("LGTM").send().await?;
    /// # Ok(()) }
    /// ```
    pub async fn send(self) -> Result<PullComment> {
        require("comment", &self.text)?;
        let body = CreatePullCommentRequest { comment: self.text };
        let spec = RequestSpec::new("create_pull_comment", &self.pull.params())?.json(&body)?;
        self.pull.db.client.transport().json(spec, false).await
    }
}

impl_into_future!(CreatePullComment => PullComment);

/// Builder for `merge_pull`.
#[derive(Clone, Debug)]
#[must_use]
pub struct MergePull {
    pull: PullHandler,
}

impl MergePull {
    /// Start the merge (sent once, never retried automatically).
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let op = client.database("o", "d").pull("66").merge().send().await?;
    /// println!("merge job {}", op.name());
    /// # Ok(()) }
    /// ```
    pub async fn send(self) -> Result<Operation<MergeOutcome>> {
        let spec = RequestSpec::new("merge_pull", &self.pull.params())?;
        let started: MergeStarted = self.pull.db.client.transport().json(spec, false).await?;
        if started.operation_name.is_empty() {
            return Err(Error::Api {
                status: 200,
                message: "the merge answer carries no operation_name to poll".into(),
                body: String::new(),
            });
        }
        Ok(self
            .pull
            .operation(started.operation_name, Some(started.user_operation_name)))
    }
}

impl_into_future!(MergePull => Operation<MergeOutcome>);
