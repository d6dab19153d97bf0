//! Releases: `list_releases` (paged), `create_release`.

use std::sync::Arc;

use dolthub_api::types::CreateReleaseRequest;
use serde::Deserialize;

use crate::error::Result;
use crate::models::{Release, de};
use crate::pagination::{FetchPage, Page, Pages};
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

    /// Publish a release `title` of tag `tag` at `commit` (a commit hash or branch name).
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// client.database("dolthub", "museum-collections").releases()
    ///     .create("LACMA collection 2024", "v1", "main")
    ///     .description("All LACMA records imported and reviewed.")
    ///     .create_tag_if_not_exists(true)
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn create(
        &self,
        title: impl Into<String>,
        tag: impl Into<String>,
        commit: impl Into<String>,
    ) -> CreateRelease {
        CreateRelease {
            db: self.db.clone(),
            title: title.into(),
            tag: tag.into(),
            commit_sha: commit.into(),
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

#[derive(Deserialize)]
struct ReleasesPage {
    #[serde(default, deserialize_with = "de::list")]
    releases: Vec<Release>,
    #[serde(default, deserialize_with = "de::opt_string")]
    next_page_token: Option<String>,
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
        Pages::new("list_releases", start, self.fetcher())
    }

    fn fetcher(self) -> FetchPage<Release> {
        if self.db.is_v2() {
            return crate::v2::handles::releases(&self.db);
        }
        let db = Arc::new(self.db);
        Arc::new(move |token: Option<String>| {
            let db = Arc::clone(&db);
            Box::pin(async move {
                // The release list documents `next_page_token` as its page
                // parameter, every other list `pageToken`: send both.
                let spec = RequestSpec::new("list_releases", &db.params())?
                    .query_opt("pageToken", token.clone())
                    .query_opt("next_page_token", token);
                let page: ReleasesPage = db.client.transport().json(spec, false).await?;
                Ok(Page::new(page.releases, page.next_page_token))
            })
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
    /// Release notes.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// client.database("o", "d").releases().create("T", "v1", "main").description("Notes").await?;
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
    /// client.database("o", "d").releases().create("T", "v9", "main").create_tag_if_not_exists(true).await?;
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
    /// let release = client.database("o", "d").releases().create("T", "v1", "main").send().await?;
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
        let spec = RequestSpec::new("create_release", &self.db.params())?.json(&body)?;
        self.db.client.transport().json(spec, false).await
    }
}

impl_into_future!(CreateRelease => Release);
