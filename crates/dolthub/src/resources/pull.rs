//! One pull request: `get_pull`, `update_pull`, `create_pull_comment`,
//! `merge_pull` (+ `poll_merge` through [`Operation`]).

use dolthub_api::types::{CreatePullCommentRequest, UpdatePullRequest, UpdatePullRequestState};
use dolthub_api::v1alpha1::ops;

use crate::ApiVersion;
use crate::error::{Error, Result};
use crate::models::{MergeStarted, Pull, PullComment, PullState};
use crate::operation::outcome::MergeOutcome;
use crate::operation::poll::MergePoller;
use crate::operation::{Operation, OperationKind};
use crate::resources::{Db, require};
use crate::transport::request::RequestSpec;
use crate::v2;

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
            reopen: false,
        }
    }

    /// Close the pull request (shorthand for `update().close()`).
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// client.database("dolthub", "museum-collections").pull("66").close().await?;
    /// # Ok(()) }
    /// ```
    pub fn close(&self) -> UpdatePull {
        self.update().close()
    }

    /// Reopen a closed pull request (shorthand for `update().reopen()`; API
    /// v2 only, v1alpha1 answers [`Error::Unsupported`] before sending).
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// client.database("dolthub", "museum-collections").pull("66").reopen().await?;
    /// # Ok(()) }
    /// ```
    pub fn reopen(&self) -> UpdatePull {
        self.update().reopen()
    }

    /// List the comments (API v2 only; v1alpha1 answers [`Error::Unsupported`]
    /// before sending).
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// for c in client.database("dolthub", "museum-collections").pull("66").comments().await? {
    ///     println!("{}: {}", c.author, c.comment);
    /// }
    /// # Ok(()) }
    /// ```
    pub fn comments(&self) -> ListPullComments {
        ListPullComments { pull: self.clone() }
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
        if self.db.is_v2() {
            let fallback = crate::v2::operation::Fallback {
                pull_id: self.pull_id.clone(),
                ..Default::default()
            };
            return crate::v2::operation::resume(
                &self.db.client,
                OperationKind::Merge,
                name,
                fallback,
            );
        }
        Operation::new(
            self.db.client.clone(),
            OperationKind::Merge,
            name,
            user_operation_name,
            MergePoller {
                owner: self.db.owner.to_string(),
                database: self.db.database.to_string(),
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
        if self.pull.db.is_v2() {
            return v2::handles::get_pull(&self.pull.db, &self.pull.pull_id).await;
        }
        let spec = RequestSpec::for_operation(&ops::GET_PULL, &self.pull.params())?;
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
    reopen: bool,
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
        self.reopen = false;
        self
    }

    /// Reopen the pull request (API v2 only).
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// client.database("o", "d").pull("7").update().reopen().title("Try again").await?;
    /// # Ok(()) }
    /// ```
    pub fn reopen(mut self) -> Self {
        self.reopen = true;
        self.close = false;
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
        if self.title.is_none() && self.description.is_none() && !self.close && !self.reopen {
            return Err(Error::invalid(
                "nothing to update: set a title, a description, close() or reopen()",
            ));
        }
        let db = &self.pull.db;
        if db.is_v2() {
            let state = if self.close {
                Some(PullState::Closed)
            } else if self.reopen {
                Some(PullState::Open)
            } else {
                None
            };
            return v2::handles::update_pull(
                db,
                &self.pull.pull_id,
                self.title,
                self.description,
                state,
            )
            .await;
        }
        if self.reopen {
            return Err(Error::unsupported(
                "PullHandler::reopen",
                ApiVersion::V1alpha1,
                "v1alpha1 can only close pull requests; reopening needs API v2",
            ));
        }
        let body = UpdatePullRequest {
            title: self.title,
            description: self.description,
            state: self.close.then_some(UpdatePullRequestState::Closed),
        };
        let spec =
            RequestSpec::for_operation(&ops::UPDATE_PULL, &self.pull.params())?.json(&body)?;
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
        if self.pull.db.is_v2() {
            return v2::handles::create_pull_comment(&self.pull.db, &self.pull.pull_id, self.text)
                .await;
        }
        let body = CreatePullCommentRequest { comment: self.text };
        let spec = RequestSpec::for_operation(&ops::CREATE_PULL_COMMENT, &self.pull.params())?
            .json(&body)?;
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
        if self.pull.db.is_v2() {
            return v2::handles::merge_pull(&self.pull.db, &self.pull.pull_id).await;
        }
        let spec = RequestSpec::for_operation(&ops::MERGE_PULL, &self.pull.params())?;
        let started: MergeStarted = self.pull.db.client.transport().json(spec, false).await?;
        if started.operation_name.is_empty() {
            return Err(Error::Api {
                status: 200,
                message: "the merge answer carries no operation_name to poll".into(),
                body: String::new(),
                code: None,
                request_id: None,
            });
        }
        Ok(self
            .pull
            .operation(started.operation_name, Some(started.user_operation_name)))
    }
}

impl_into_future!(MergePull => Operation<MergeOutcome>);

/// Builder for `list_pull_comments` (API v2); see [`PullHandler::comments`].
#[derive(Clone, Debug)]
#[must_use]
pub struct ListPullComments {
    pull: PullHandler,
}

impl ListPullComments {
    /// Send the request (every page, should the server start paging).
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let comments = client.database("o", "d").pull("7").comments().send().await?;
    /// # Ok(()) }
    /// ```
    pub async fn send(self) -> Result<Vec<PullComment>> {
        let db = &self.pull.db;
        if !db.is_v2() {
            return Err(Error::unsupported(
                "PullHandler::comments (list_pull_comments)",
                db.client.api_version(),
                "v1alpha1 cannot list pull-request comments; use API v2",
            ));
        }
        v2::handles::list_pull_comments(db, &self.pull.pull_id).await
    }
}

impl_into_future!(ListPullComments => Vec<PullComment>);
