//! Releases: `list_releases` (paged), `create_release`.

use dolthub_api::types::CreateReleaseRequest;
use dolthub_api::v1alpha1::ops;

use crate::error::Result;
use crate::models::Release;
use crate::pagination::{FetchPage, Page, Pages, list_fetcher};
use crate::resources::{Db, require};
use crate::transport::request::RequestSpec;

/// Releases of one database; see [`DatabaseHandler::releases`](crate::resources::DatabaseHandler::releases).
#[derive(Clone, Debug)]
pub struct ReleasesHandler {
    pub(crate) db: Db,
}

impl ReleasesHandler {
    /// List releases, a page at a time (`send`) or all of them (`stream`).
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// use futures::TryStreamExt;
    /// let all: Vec<_> = client.database("dolthub", "museum-collections")
    ///     .releases().list().stream().try_collect().await?;
    /// # Ok(()) }
    /// ```
    pub fn list(&self) -> ListReleases {
        ListReleases {
            db: self.db.clone(),
            page_token: None,
        }
    }

    /// Publish a release of tag `tag`; name the commit with
    /// [`ReleaseAt::at`] (a commit hash or a branch name, whose head is used).
    /// The title defaults to the tag. Two steps, so the tag and the commit
    /// cannot be swapped at the call site.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// client.database("dolthub", "museum-collections").releases()
    ///     .create("v1")
    ///     .at("main")
    ///     .title("LACMA collection 2024")
    ///     .description("All LACMA records imported and reviewed.")
    ///     .create_tag_if_not_exists(true)
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn create(&self, tag: impl Into<String>) -> ReleaseAt {
        ReleaseAt {
            db: self.db.clone(),
            tag: tag.into(),
        }
    }
}

/// First step of `create_release`: the tag is known, the commit is next.
#[derive(Clone, Debug)]
#[must_use]
pub struct ReleaseAt {
    db: Db,
    tag: String,
}

impl ReleaseAt {
    /// The commit the release points at: a commit hash or a branch name.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// client.database("o", "d").releases().create("v1").at("main").await?;
    /// # Ok(()) }
    /// ```
    pub fn at(self, commit_or_branch: impl Into<String>) -> CreateRelease {
        CreateRelease {
            db: self.db,
            title: self.tag.clone(),
            tag: self.tag,
            commit_sha: commit_or_branch.into(),
            description: None,
            create_tag_if_not_exists: None,
        }
    }
}

/// Builder for `list_releases`.
#[derive(Clone, Debug)]
#[must_use]
pub struct ListReleases {
    db: Db,
    page_token: Option<String>,
}

impl ListReleases {
    /// Start at this page token.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client, token: String) -> dolthub::Result<()> {
    /// let page = client.database("o", "d").releases().list().page_token(token).await?;
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
    /// let page = client.database("o", "d").releases().list().send().await?;
    /// # Ok(()) }
    /// ```
    pub async fn send(self) -> Result<Page<Release>> {
        let token = self.page_token.clone();
        self.fetcher()(token).await
    }

    /// Every release, page by page.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// use futures::TryStreamExt;
    /// let mut releases = client.database("o", "d").releases().list().stream();
    /// while let Some(r) = releases.try_next().await? { println!("{}", r.title); }
    /// # Ok(()) }
    /// ```
    pub fn stream(self) -> Pages<Release> {
        let start = self.page_token.clone();
        Pages::new(ops::LIST_RELEASES.id, start, self.fetcher())
    }

    fn fetcher(self) -> FetchPage<Release> {
        if self.db.is_v2() {
            return crate::v2::handles::releases(&self.db);
        }
        let db = self.db;
        list_fetcher(&db.client.clone(), "releases", move |token| {
            // The release list documents `next_page_token` as its page
            // parameter, every other list `pageToken`: send both.
            Ok(
                RequestSpec::for_operation(&ops::LIST_RELEASES, &db.params())?
                    .query_opt("next_page_token", token.map(str::to_owned)),
            )
        })
    }
}

impl_into_future!(ListReleases => Page<Release>);

/// Builder for `create_release`.
#[derive(Clone, Debug)]
#[must_use]
pub struct CreateRelease {
    db: Db,
    title: String,
    tag: String,
    commit_sha: String,
    description: Option<String>,
    create_tag_if_not_exists: Option<bool>,
}

impl CreateRelease {
    /// The release's title (default: the tag).
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// client.database("o", "d").releases().create("v1").at("main").title("Spring data").await?;
    /// # Ok(()) }
    /// ```
    pub fn title(mut self, title: impl Into<String>) -> Self {
        self.title = title.into();
        self
    }

    /// Release notes.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// client.database("o", "d").releases().create("v1").at("main").description("Notes").await?;
    /// # Ok(()) }
    /// ```
    pub fn description(mut self, description: impl Into<String>) -> Self {
        self.description = Some(description.into());
        self
    }

    /// Create the tag when it does not exist yet.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// client.database("o", "d").releases().create("v9").at("main").create_tag_if_not_exists(true).await?;
    /// # Ok(()) }
    /// ```
    pub fn create_tag_if_not_exists(mut self, yes: bool) -> Self {
        self.create_tag_if_not_exists = Some(yes);
        self
    }

    /// Send the request.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let release = client.database("o", "d").releases().create("v1").at("main").send().await?;
    /// println!("{} at {}", release.tag, release.commit_sha);
    /// # Ok(()) }
    /// ```
    pub async fn send(self) -> Result<Release> {
        require("release title", &self.title)?;
        require("release tag", &self.tag)?;
        require("release commit", &self.commit_sha)?;
        if self.db.is_v2() {
            return crate::v2::handles::create_release(
                &self.db,
                self.title,
                self.tag,
                self.commit_sha,
                self.description,
                self.create_tag_if_not_exists,
            )
            .await;
        }
        let body = CreateReleaseRequest {
            title: self.title,
            tag: self.tag,
            commit_sha: self.commit_sha,
            description: self.description,
            create_tag_if_not_exists: self.create_tag_if_not_exists,
        };
        let spec =
            RequestSpec::for_operation(&ops::CREATE_RELEASE, &self.db.params())?.json(&body)?;
        self.db.client.transport().json(spec, false).await
    }
}

impl_into_future!(CreateRelease => Release);
