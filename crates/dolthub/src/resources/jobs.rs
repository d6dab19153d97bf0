//! Jobs of a database: `list_jobs` (paged).

use std::sync::Arc;

use serde::Deserialize;

use crate::error::Result;
use crate::models::{Job, de};
use crate::pagination::{FetchPage, Page, Pages};
use crate::resources::Db;
use crate::transport::request::RequestSpec;

/// Background jobs of one database; see [`DatabaseHandler::jobs`](crate::resources::DatabaseHandler::jobs).
#[derive(Clone, Debug)]
pub struct JobsHandler {
    pub(crate) db: Db,
}

impl JobsHandler {
    /// List jobs (at most 15 per page), newest first as the server decides.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// use futures::TryStreamExt;
    /// let mut jobs = client.database("dolthub", "museum-collections").jobs().list().stream();
    /// while let Some(job) = jobs.try_next().await? {
    ///     println!("{} {} {}", job.job_type, job.status, job.error);
    /// }
    /// # Ok(()) }
    /// ```
    pub fn list(&self) -> ListJobs {
        ListJobs {
            db: self.db.clone(),
            page_token: None,
        }
    }
}

/// Builder for `list_jobs`.
///
/// The request parameter for further pages is not documented; like the other
/// lists it is sent as `pageToken` (an unverified guess shared with the spec).
/// A server that ignores it returns the same token again, which ends the
/// stream with [`Error::PaginationLoop`](crate::Error::PaginationLoop).
#[derive(Clone, Debug)]
#[must_use]
pub struct ListJobs {
    db: Db,
    page_token: Option<String>,
}

#[derive(Deserialize)]
struct JobsPage {
    #[serde(default, deserialize_with = "de::list")]
    jobs: Vec<Job>,
    #[serde(default, deserialize_with = "de::opt_string")]
    next_page_token: Option<String>,
}

impl ListJobs {
    /// Start at this page token.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client, token: String) -> dolthub::Result<()> {
    /// let page = client.database("o", "d").jobs().list().page_token(token).await?;
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
    /// let page = client.database("o", "d").jobs().list().send().await?;
    /// # Ok(()) }
    /// ```
    pub async fn send(self) -> Result<Page<Job>> {
        let token = self.page_token.clone();
        self.fetcher()(token).await
    }

    /// Every job, page by page.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// use futures::TryStreamExt;
    /// let jobs: Vec<_> = client.database("o", "d").jobs().list().stream().try_collect().await?;
    /// # Ok(()) }
    /// ```
    pub fn stream(self) -> Pages<Job> {
        let start = self.page_token.clone();
        Pages::new("list_jobs", start, self.fetcher())
    }

    fn fetcher(self) -> FetchPage<Job> {
        if self.db.is_v2() {
            // v2's per-database `list_operations` (which also holds Dolt CI jobs).
            return crate::v2::handles::jobs(&self.db);
        }
        let db = Arc::new(self.db);
        Arc::new(move |token: Option<String>| {
            let db = Arc::clone(&db);
            Box::pin(async move {
                let spec =
                    RequestSpec::new("list_jobs", &db.params())?.query_opt("pageToken", token);
                let page: JobsPage = db.client.transport().json(spec, false).await?;
                Ok(Page::new(page.jobs, page.next_page_token))
            })
        })
    }
}

impl_into_future!(ListJobs => Page<Job>);
