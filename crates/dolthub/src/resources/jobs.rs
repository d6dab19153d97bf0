//! Jobs of a database: `list_jobs` (paged).

use dolthub_api::v1alpha1::ops;
use futures::TryStreamExt;
use futures::future::BoxFuture;

use crate::client::Client;
use crate::error::{Error, Result};
use crate::models::{Job, JobStatus};
use crate::operation::poll::{PollStatus, Poller};
use crate::operation::{Operation, OperationKind};
use crate::pagination::{FetchPage, Page, Pages, list_fetcher};
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

    /// Follow the job `id` (its full id, or the last segment of it) until it
    /// finishes, with the same [`Operation::wait`] as every other operation:
    /// backoff with jitter, deadline, progress events, fail-fast on repeated
    /// poll errors. Each poll reads the job list, newest first, only as far as
    /// the job. A job that is not listed is [`Error::NotFound`]; a failed job
    /// is [`Error::OperationFailed`] with its error text.
    ///
    /// Prefer the [`Operation`] a merge or import returns when you have it;
    /// this is for a job id seen in [`list`](Self::list) or printed by a tool.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let job = client.database("dolthub", "museum-collections").jobs()
    ///     .watch("repositoryOwners/dolthub/repositories/museum-collections/jobs/4f1c")
    ///     .wait()
    ///     .await?;
    /// println!("{} {}", job.job_type, job.status);
    /// # Ok(()) }
    /// ```
    pub fn watch(&self, id: impl Into<String>) -> Operation<Job> {
        Operation::new(
            self.db.client.clone(),
            OperationKind::Job,
            id.into(),
            None,
            JobListPoller {
                db: self.db.clone(),
            },
        )
    }
}

/// Polls a job by finding it in `list_jobs`.
struct JobListPoller {
    db: Db,
}

/// Whether `job` is the one named `id` (the full id, or its last segment).
fn is_job(job: &Job, id: &str) -> bool {
    job.id == id || job.id.rsplit('/').next() == Some(id)
}

/// What one sighting of the job says.
fn job_status(job: Job, id: &str) -> Result<PollStatus<Job>> {
    match job.status {
        JobStatus::Succeeded => Ok(PollStatus::Done(job)),
        JobStatus::Failed => Err(Error::OperationFailed {
            operation: id.to_owned(),
            message: if job.error.is_empty() {
                format!("{} job failed without an error text", job.job_type)
            } else {
                job.error
            },
            code: None,
        }),
        other => Ok(PollStatus::Running {
            state: other.to_string(),
        }),
    }
}

impl Poller<Job> for JobListPoller {
    fn poll<'a>(
        &'a self,
        _client: &'a Client,
        id: &'a str,
    ) -> BoxFuture<'a, Result<PollStatus<Job>>> {
        Box::pin(async move {
            let list = JobsHandler {
                db: self.db.clone(),
            }
            .list()
            .stream();
            let mut jobs = std::pin::pin!(list);
            while let Some(job) = jobs.try_next().await? {
                if is_job(&job, id) {
                    return job_status(job, id);
                }
            }
            Err(Error::NotFound {
                status: 200,
                message: format!("no job {id} in {}/{}", self.db.owner, self.db.database),
                code: None,
                request_id: None,
            })
        })
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
        Pages::new(ops::LIST_JOBS.id, start, self.fetcher())
    }

    fn fetcher(self) -> FetchPage<Job> {
        if self.db.is_v2() {
            // v2's per-database `list_operations` (which also holds Dolt CI jobs).
            return crate::v2::handles::jobs(&self.db);
        }
        let db = self.db;
        list_fetcher(&db.client.clone(), "jobs", move |_| {
            RequestSpec::for_operation(&ops::LIST_JOBS, &db.params())
        })
    }
}

impl_into_future!(ListJobs => Page<Job>);
