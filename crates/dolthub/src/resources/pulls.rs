//! Pull requests of a database: `list_pulls` (paged, filtered), `create_pull`.

use std::sync::Arc;

use dolthub_api::types::CreatePullRequest;
use dolthub_api::v1alpha1::ops;

use crate::error::Result;
use crate::models::{Pull, PullState, ReviewStatus};
use crate::pagination::{FetchPage, Page, Pages, list_fetcher};
use crate::resources::{Db, require};
use crate::transport::request::RequestSpec;

/// Pull requests of one database; see [`DatabaseHandler::pulls`](crate::resources::DatabaseHandler::pulls).
#[derive(Clone, Debug)]
pub struct PullsHandler {
    pub(crate) db: Db,
}

impl PullsHandler {
    /// List pull requests, optionally filtered; filters apply to every page.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// use futures::TryStreamExt;
    /// use dolthub::models::PullState;
    /// let open: Vec<_> = client.database("dolthub", "museum-collections").pulls().list()
    ///     .state(PullState::Open)
    ///     .query("lacma")
    ///     .stream().try_collect().await?;
    /// # Ok(()) }
    /// ```
    pub fn list(&self) -> ListPulls {
        ListPulls {
            db: self.db.clone(),
            state: None,
            review_status: None,
            query: None,
            page_token: None,
        }
    }

    /// Open a pull request titled `title`; name its branches with
    /// [`NewPull::from`] (the branch with the changes) and [`PullFrom::to`]
    /// (the branch to merge into), so the two cannot be swapped unnoticed.
    /// Both ends default to this database; use the `from_*`/`to_*` setters for forks.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let pull = client.database("dolthub", "museum-collections").pulls()
    ///     .create("Add LACMA records")
    ///     .from("lacma")
    ///     .to("main")
    ///     .from_owner("liuliu")
    ///     .description("Rows imported from the LACMA open-access export.")
    ///     .await?;
    /// println!("opened #{}", pull.id);
    /// # Ok(()) }
    /// ```
    pub fn create(&self, title: impl Into<String>) -> NewPull {
        NewPull {
            db: self.db.clone(),
            title: title.into(),
        }
    }
}

/// First step of `create_pull`: the title is known, the source branch is next.
#[derive(Clone, Debug)]
#[must_use]
pub struct NewPull {
    db: Db,
    title: String,
}

impl NewPull {
    /// The branch with the changes.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// client.database("o", "d").pulls().create("T").from("feature").to("main").await?;
    /// # Ok(()) }
    /// ```
    pub fn from(self, from_branch: impl Into<String>) -> PullFrom {
        PullFrom {
            db: self.db,
            title: self.title,
            from_branch: from_branch.into(),
        }
    }
}

/// Second step of `create_pull`: the target branch is next.
#[derive(Clone, Debug)]
#[must_use]
pub struct PullFrom {
    db: Db,
    title: String,
    from_branch: String,
}

impl PullFrom {
    /// The branch to merge into.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// client.database("o", "d").pulls().create("T").from("feature").to("main").await?;
    /// # Ok(()) }
    /// ```
    pub fn to(self, to_branch: impl Into<String>) -> CreatePull {
        CreatePull {
            db: self.db,
            title: self.title,
            description: None,
            from_branch: self.from_branch,
            to_branch: to_branch.into(),
            from_owner: None,
            from_database: None,
            to_owner: None,
            to_database: None,
        }
    }
}

/// Builder for `list_pulls`.
#[derive(Clone, Debug)]
#[must_use]
pub struct ListPulls {
    db: Db,
    state: Option<PullState>,
    review_status: Option<ReviewStatus>,
    query: Option<String>,
    page_token: Option<String>,
}

impl ListPulls {
    /// Only pull requests in this state (`filterByState`).
    ///
    /// API v2 has no list filters: there this filter is applied by the client
    /// to each page as it arrives, so a page may hold fewer items than the
    /// server sent (even none while later pages still match); streams are
    /// unaffected.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let page = client.database("o", "d").pulls().list().state(dolthub::models::PullState::Merged).await?;
    /// # Ok(()) }
    /// ```
    pub fn state(mut self, state: impl Into<PullState>) -> Self {
        self.state = Some(state.into());
        self
    }

    /// Only pull requests with this review status (`filterByReviewStatus`).
    /// v2 lists carry no review data: [`Error::Unsupported`](crate::Error::Unsupported) there.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let page = client.database("o", "d").pulls().list()
    ///     .review_status(dolthub::models::ReviewStatus::Approved).await?;
    /// # Ok(()) }
    /// ```
    pub fn review_status(mut self, status: impl Into<ReviewStatus>) -> Self {
        self.review_status = Some(status.into());
        self
    }

    /// Free-text search over title and author (`query`).
    /// [`Error::Unsupported`](crate::Error::Unsupported) on API v2.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let page = client.database("o", "d").pulls().list().query("lacma").await?;
    /// # Ok(()) }
    /// ```
    pub fn query(mut self, text: impl Into<String>) -> Self {
        self.query = Some(text.into());
        self
    }

    /// Start at this page token.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client, token: String) -> dolthub::Result<()> {
    /// let page = client.database("o", "d").pulls().list().page_token(token).await?;
    /// # Ok(()) }
    /// ```
    pub fn page_token(mut self, token: impl Into<String>) -> Self {
        self.page_token = Some(token.into());
        self
    }

    /// Fetch one page.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let page = client.database("o", "d").pulls().list().send().await?;
    /// for p in &page.items { println!("#{} {} ({})", p.id, p.title, p.state); }
    /// # Ok(()) }
    /// ```
    pub async fn send(self) -> Result<Page<Pull>> {
        let token = self.page_token.clone();
        self.fetcher()(token).await
    }

    /// Every matching pull request, page by page.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// use futures::TryStreamExt;
    /// let mut pulls = client.database("o", "d").pulls().list().stream();
    /// while let Some(p) = pulls.try_next().await? { println!("#{}", p.id); }
    /// # Ok(()) }
    /// ```
    pub fn stream(self) -> Pages<Pull> {
        let start = self.page_token.clone();
        Pages::new(ops::LIST_PULLS.id, start, self.fetcher())
    }

    fn fetcher(self) -> FetchPage<Pull> {
        let this = Arc::new(self);
        let v1alpha1 = list_fetcher(&this.db.client, "pulls", {
            let this = Arc::clone(&this);
            move |_| {
                Ok(
                    RequestSpec::for_operation(&ops::LIST_PULLS, &this.db.params())?
                        .query_opt("filterByState", this.state.as_ref().map(|s| s.as_str()))
                        .query_opt(
                            "filterByReviewStatus",
                            this.review_status.as_ref().map(|s| s.as_str()),
                        )
                        .query_opt("query", this.query.clone()),
                )
            }
        });
        Arc::new(move |token: Option<String>| {
            let this = Arc::clone(&this);
            let v1alpha1 = Arc::clone(&v1alpha1);
            Box::pin(async move {
                if this.db.is_v2() {
                    let fetch = crate::v2::handles::pulls(
                        &this.db,
                        this.state.clone(),
                        this.review_status.is_some() || this.query.is_some(),
                    )?;
                    return fetch(token).await;
                }
                v1alpha1(token).await
            })
        })
    }
}

impl_into_future!(ListPulls => Page<Pull>);

/// Builder for `create_pull`.
#[derive(Clone, Debug)]
#[must_use]
pub struct CreatePull {
    db: Db,
    title: String,
    description: Option<String>,
    from_branch: String,
    to_branch: String,
    from_owner: Option<String>,
    from_database: Option<String>,
    to_owner: Option<String>,
    to_database: Option<String>,
}

impl CreatePull {
    /// Description text.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// client.database("o", "d").pulls().create("T").from("feature").to("main").description("Why").await?;
    /// # Ok(()) }
    /// ```
    pub fn description(mut self, description: impl Into<String>) -> Self {
        self.description = Some(description.into());
        self
    }

    /// Owner of the source database (default: this database's owner), e.g. a fork's owner.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// client.database("dolthub", "d").pulls().create("T").from("feature").to("main").from_owner("liuliu").await?;
    /// # Ok(()) }
    /// ```
    pub fn from_owner(mut self, owner: impl Into<String>) -> Self {
        self.from_owner = Some(owner.into());
        self
    }

    /// Name of the source database (default: this database).
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// client.database("o", "d").pulls().create("T").from("f").to("main").from_database("d-fork").await?;
    /// # Ok(()) }
    /// ```
    pub fn from_database(mut self, database: impl Into<String>) -> Self {
        self.from_database = Some(database.into());
        self
    }

    /// Owner of the target database (default: this database's owner).
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// client.database("liuliu", "d").pulls().create("T").from("f").to("main").to_owner("dolthub").await?;
    /// # Ok(()) }
    /// ```
    pub fn to_owner(mut self, owner: impl Into<String>) -> Self {
        self.to_owner = Some(owner.into());
        self
    }

    /// Name of the target database (default: this database).
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// client.database("o", "d").pulls().create("T").from("f").to("main").to_database("upstream").await?;
    /// # Ok(()) }
    /// ```
    pub fn to_database(mut self, database: impl Into<String>) -> Self {
        self.to_database = Some(database.into());
        self
    }

    /// Send the request.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let pull = client.database("o", "d").pulls().create("T").from("f").to("main").send().await?;
    /// # Ok(()) }
    /// ```
    pub async fn send(self) -> Result<Pull> {
        require("pull request title", &self.title)?;
        require("source branch", &self.from_branch)?;
        require("target branch", &self.to_branch)?;
        let db = &self.db;
        if db.is_v2() {
            let from_owner = self.from_owner.unwrap_or_else(|| db.owner.to_string());
            let from_database = self
                .from_database
                .unwrap_or_else(|| db.database.to_string());
            let to_owner = self.to_owner.unwrap_or_else(|| db.owner.to_string());
            let to_database = self.to_database.unwrap_or_else(|| db.database.to_string());
            return crate::v2::handles::create_pull(
                db,
                self.title,
                self.description,
                (&from_owner, &from_database, &self.from_branch),
                (&to_owner, &to_database, &self.to_branch),
            )
            .await;
        }
        let body = CreatePullRequest {
            title: self.title,
            description: self.description,
            from_branch_name: self.from_branch,
            from_branch_owner_name: self.from_owner.unwrap_or_else(|| db.owner.to_string()),
            from_branch_repo_name: self
                .from_database
                .unwrap_or_else(|| db.database.to_string()),
            to_branch_name: self.to_branch,
            to_branch_owner_name: self.to_owner.unwrap_or_else(|| db.owner.to_string()),
            to_branch_repo_name: self.to_database.unwrap_or_else(|| db.database.to_string()),
        };
        require("source owner", &body.from_branch_owner_name)?;
        require("source database", &body.from_branch_repo_name)?;
        require("target owner", &body.to_branch_owner_name)?;
        require("target database", &body.to_branch_repo_name)?;
        let spec = RequestSpec::for_operation(&ops::CREATE_PULL, &db.params())?.json(&body)?;
        db.client.transport().json(spec, false).await
    }
}

impl_into_future!(CreatePull => Pull);
