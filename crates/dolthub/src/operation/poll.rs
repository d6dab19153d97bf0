//! The three poll shapes and how each one reads "still running", "done" and
//! "failed" (reference §4).
//!
//! * fork (`poll_fork`): `done` flag; success when `status` is `Success`.
//! * write (`poll_sql_write`): `done` plus `res_details` (or legacy flat
//!   fields); `query_execution_status: Error` is a SQL failure; the bare-text
//!   HTTP 400 `... SqlWrite.toCommitId` is a successful no-op.
//! * job (`poll_merge`, `poll_import`): `job_status` `Pending` → `In Progress`
//!   → `Completed`; `Failed`/`Error` is a failure; `job_created` means nothing
//!   more than "the job exists"; a `done: true` some servers send also ends it.
//!
//! The `interpret_*` functions are pure; the pollers add the request.

use dolthub_api::v1alpha1::ops;
use futures::future::BoxFuture;

use crate::client::Client;
use crate::error::{Error, Result};
use crate::models::{ForkPoll, Job, JobPoll, JobStatus, SqlStatus, WritePoll};
use crate::operation::outcome::{ForkOutcome, ImportOutcome, MergeOutcome, WriteOutcome};
use crate::transport::request::RequestSpec;

/// Where an operation stands after one poll.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum PollStatus<T> {
    /// Not finished; `state` is the server's word for it (`Pending`, `In Progress`, ...).
    Running {
        /// The state as reported.
        state: String,
    },
    /// Finished successfully.
    Done(T),
}

/// One poll request of one operation kind.
pub(crate) trait Poller<T>: Send + Sync {
    fn poll<'a>(
        &'a self,
        client: &'a Client,
        name: &'a str,
    ) -> BoxFuture<'a, Result<PollStatus<T>>>;
}

/// `poll_fork`.
pub(crate) struct ForkPoller {
    /// Fallback when the poll does not name the fork: the target account.
    pub(crate) forked_owner: String,
    /// Fallback when the poll does not name the fork: the parent's name (forks keep it).
    pub(crate) database: String,
}

impl Poller<ForkOutcome> for ForkPoller {
    fn poll<'a>(
        &'a self,
        client: &'a Client,
        name: &'a str,
    ) -> BoxFuture<'a, Result<PollStatus<ForkOutcome>>> {
        Box::pin(async move {
            let spec =
                RequestSpec::for_operation(&ops::POLL_FORK, &[])?.query("operationName", name);
            let answer: ForkPoll = client.transport().json(spec, true).await?;
            interpret_fork(&answer, name, self)
        })
    }
}

pub(crate) fn interpret_fork(
    answer: &ForkPoll,
    name: &str,
    fallback: &ForkPoller,
) -> Result<PollStatus<ForkOutcome>> {
    let status = answer.status.trim();
    if !answer.done {
        if status.eq_ignore_ascii_case("error") {
            return Err(Error::Api {
                status: 200,
                message: "the fork poll answered with status Error".into(),
                body: String::new(),
                code: None,
                request_id: None,
            });
        }
        return Ok(PollStatus::Running {
            state: non_empty(status, "running"),
        });
    }
    if !status.is_empty() && !status.eq_ignore_ascii_case("success") {
        return Err(Error::OperationFailed {
            operation: name.to_owned(),
            message: format!("fork finished with status `{status}`"),
            code: None,
        });
    }
    Ok(PollStatus::Done(ForkOutcome {
        owner: non_empty(&answer.database_owner, &fallback.forked_owner),
        database: non_empty(&answer.database_name, &fallback.database),
    }))
}

/// `poll_sql_write`.
pub(crate) struct WritePoller {
    pub(crate) owner: String,
    pub(crate) database: String,
    /// The statement, for SQL errors (empty for merges).
    pub(crate) query: String,
}

impl Poller<WriteOutcome> for WritePoller {
    fn poll<'a>(
        &'a self,
        client: &'a Client,
        name: &'a str,
    ) -> BoxFuture<'a, Result<PollStatus<WriteOutcome>>> {
        Box::pin(async move {
            let spec = RequestSpec::for_operation(
                &ops::POLL_SQL_WRITE,
                &[("owner", &self.owner), ("database", &self.database)],
            )?
            .query("operationName", name);
            match client.transport().json::<WritePoll>(spec, true).await {
                Ok(answer) => interpret_write(&answer, &self.query),
                Err(err) if is_nothing_to_commit(&err) => {
                    Ok(PollStatus::Done(WriteOutcome::NothingToCommit))
                }
                Err(err) => Err(err),
            }
        })
    }
}

/// The no-change marker, only when it came as bare text: a JSON body with
/// the same words is a real failure (mapped to [`Error::Sql`]).
pub(crate) fn is_nothing_to_commit(err: &Error) -> bool {
    matches!(err, Error::Gateway { status: 400, excerpt }
        if excerpt.to_ascii_lowercase().contains("sqlwrite.tocommitid"))
}

pub(crate) fn interpret_write(answer: &WritePoll, query: &str) -> Result<PollStatus<WriteOutcome>> {
    if !answer.done {
        return Ok(PollStatus::Running {
            state: "running".into(),
        });
    }
    let d = &answer.details;
    if d.status == SqlStatus::Error {
        return Err(Error::Sql {
            status: 200,
            message: d.message.clone(),
            query: (!query.is_empty()).then(|| query.to_owned()),
        });
    }
    Ok(PollStatus::Done(WriteOutcome::Committed {
        from_commit_id: d.from_commit_id.clone(),
        to_commit_id: d.to_commit_id.clone(),
        message: d.message.clone(),
    }))
}

/// `poll_merge`.
pub(crate) struct MergePoller {
    pub(crate) owner: String,
    pub(crate) database: String,
    pub(crate) pull_id: String,
}

impl Poller<MergeOutcome> for MergePoller {
    fn poll<'a>(
        &'a self,
        client: &'a Client,
        name: &'a str,
    ) -> BoxFuture<'a, Result<PollStatus<MergeOutcome>>> {
        Box::pin(async move {
            let spec = RequestSpec::for_operation(
                &ops::POLL_MERGE,
                &[
                    ("owner", &self.owner),
                    ("database", &self.database),
                    ("pull_id", &self.pull_id),
                ],
            )?
            .query("operationName", name);
            let answer: JobPoll = client.transport().json(spec, true).await?;
            let answer = with_job_error(client, &self.owner, &self.database, name, answer).await;
            Ok(match interpret_job(&answer, name)? {
                PollStatus::Running { state } => PollStatus::Running { state },
                PollStatus::Done(poll) => PollStatus::Done(MergeOutcome {
                    pull_id: non_empty(&poll.pull_id, &self.pull_id),
                    operation_name: name.to_owned(),
                }),
            })
        })
    }
}

/// `poll_import`.
pub(crate) struct ImportPoller {
    pub(crate) owner: String,
    pub(crate) database: String,
    pub(crate) branch: String,
}

impl Poller<ImportOutcome> for ImportPoller {
    fn poll<'a>(
        &'a self,
        client: &'a Client,
        name: &'a str,
    ) -> BoxFuture<'a, Result<PollStatus<ImportOutcome>>> {
        Box::pin(async move {
            // The documented parameter is `branch`; one vendor example sends
            // `branchName`. Both carry the same value.
            let spec = RequestSpec::for_operation(
                &ops::POLL_IMPORT,
                &[("owner", &self.owner), ("database", &self.database)],
            )?
            .query("branch", self.branch.as_str())
            .query("branchName", self.branch.as_str())
            .query("operationName", name);
            let answer: JobPoll = client.transport().json(spec, true).await?;
            let answer = with_job_error(client, &self.owner, &self.database, name, answer).await;
            Ok(match interpret_job(&answer, name)? {
                PollStatus::Running { state } => PollStatus::Running { state },
                PollStatus::Done(poll) => PollStatus::Done(ImportOutcome {
                    pull_id: poll.pull_id,
                    operation_name: name.to_owned(),
                }),
            })
        })
    }
}

/// How many pages of `list_jobs` a failed job's reason is looked for in (newest first,
/// so a job that just failed is on the first page unless many started since).
const JOB_ERROR_PAGES: usize = 2;

/// A failed merge or import poll carries no reason on DoltHub (the reference
/// documents none); the database's job list does, as `job_error` of the job
/// whose `job_id` is the operation name. Fill it in when the poll has none.
/// Best effort: if the list cannot be read, the failure is reported without it.
async fn with_job_error(
    client: &Client,
    owner: &str,
    database: &str,
    name: &str,
    mut answer: JobPoll,
) -> JobPoll {
    if answer.job_status != JobStatus::Failed || !answer.error.trim().is_empty() {
        return answer;
    }
    let mut token: Option<String> = None;
    for _ in 0..JOB_ERROR_PAGES {
        let Ok(spec) = RequestSpec::for_operation(
            &ops::LIST_JOBS,
            &[("owner", owner), ("database", database)],
        ) else {
            break;
        };
        let param = spec.dialect.page_token_param();
        let spec = spec.query_opt(param, token.take());
        let Ok(page) = client.transport().page::<Job>(spec, "jobs").await else {
            break;
        };
        if let Some(job) = page.items.iter().find(|j| j.id == name) {
            answer.error = job.error.clone();
            break;
        }
        match page.next_page_token {
            Some(next) => token = Some(next),
            None => break,
        }
    }
    answer
}

pub(crate) fn interpret_job(answer: &JobPoll, name: &str) -> Result<PollStatus<JobPoll>> {
    if answer.status.trim().eq_ignore_ascii_case("error") && !answer.job_status.is_finished() {
        // The poll itself failed (e.g. unknown operation): a poll error, which
        // the wait counts towards its consecutive-error limit.
        return Err(Error::Api {
            status: 200,
            message: if answer.error.is_empty() {
                "the poll answered with status Error".into()
            } else {
                answer.error.clone()
            },
            body: String::new(),
            code: None,
            request_id: None,
        });
    }
    match &answer.job_status {
        JobStatus::Succeeded => Ok(PollStatus::Done(answer.clone())),
        JobStatus::Failed => Err(Error::OperationFailed {
            operation: name.to_owned(),
            message: if answer.error.is_empty() {
                format!(
                    "job status `{}`; the job list (`list_jobs`) may hold the error text",
                    answer.job_status
                )
            } else {
                format!("job status `{}`: {}", answer.job_status, answer.error)
            },
            code: None,
        }),
        _ if answer.done == Some(true) => Ok(PollStatus::Done(answer.clone())),
        JobStatus::Other(raw) if raw.is_empty() => Ok(PollStatus::Running {
            state: if answer.job_created {
                "Pending".into()
            } else {
                "not created yet".into()
            },
        }),
        other => Ok(PollStatus::Running {
            state: other.as_str().to_owned(),
        }),
    }
}

fn non_empty(value: &str, fallback: &str) -> String {
    if value.trim().is_empty() {
        fallback.to_owned()
    } else {
        value.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn job(json: &str) -> JobPoll {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn job_shape() {
        assert!(matches!(
            interpret_job(&job(r#"{"job_created":true,"job_status":"Pending"}"#), "op"),
            Ok(PollStatus::Running { state }) if state == "Pending"
        ));
        assert!(matches!(
            interpret_job(&job(r#"{"job_created":true,"job_status":"In Progress"}"#), "op"),
            Ok(PollStatus::Running { state }) if state == "Running"
        ));
        // job_created alone is not completion.
        assert!(matches!(
            interpret_job(&job(r#"{"job_created":true}"#), "op"),
            Ok(PollStatus::Running { .. })
        ));
        assert!(matches!(
            interpret_job(&job(r#"{"job_status":"Completed","pull_id":"67"}"#), "op"),
            Ok(PollStatus::Done(p)) if p.pull_id == "67"
        ));
        assert!(matches!(
            interpret_job(&job(r#"{"done":true}"#), "op"),
            Ok(PollStatus::Done(_))
        ));
        for failed in ["Failed", "Error", "failure"] {
            let j = job(&format!(
                r#"{{"job_status":"{failed}","job_error":"boom"}}"#
            ));
            match interpret_job(&j, "op") {
                Err(Error::OperationFailed { message, .. }) => assert!(message.contains("boom")),
                other => panic!("{other:?}"),
            }
        }
        assert!(matches!(
            interpret_job(&job(r#"{"job_status":"Sleeping"}"#), "op"),
            Ok(PollStatus::Running { state }) if state == "Sleeping"
        ));
        assert!(matches!(
            interpret_job(&job(r#"{"status":"Error","message":"Error polling an operation status."}"#), "op"),
            Err(Error::Api { message, .. }) if message == "Error polling an operation status."
        ));
    }

    #[test]
    fn fork_shape() {
        let fallback = ForkPoller {
            forked_owner: "liuliu".into(),
            database: "museum".into(),
        };
        let p: ForkPoll = serde_json::from_str(r#"{"done":false,"status":"Success"}"#).unwrap();
        assert!(matches!(
            interpret_fork(&p, "op", &fallback),
            Ok(PollStatus::Running { .. })
        ));
        let p: ForkPoll = serde_json::from_str(r#"{"done":true,"status":"Success"}"#).unwrap();
        assert_eq!(
            interpret_fork(&p, "op", &fallback).unwrap(),
            PollStatus::Done(ForkOutcome {
                owner: "liuliu".into(),
                database: "museum".into()
            })
        );
        let p: ForkPoll = serde_json::from_str(r#"{"done":true,"status":"Error"}"#).unwrap();
        assert!(matches!(
            interpret_fork(&p, "op", &fallback),
            Err(Error::OperationFailed { .. })
        ));
    }

    #[test]
    fn write_shape_nested_flat_and_errors() {
        let nested: WritePoll = serde_json::from_str(
            r#"{"_id":"operations/1","done":true,"res_details":{"query_execution_status":"Success",
               "query_execution_message":"Query OK","from_commit_id":"a","to_commit_id":"b"}}"#,
        )
        .unwrap();
        assert_eq!(
            interpret_write(&nested, "q").unwrap(),
            PollStatus::Done(WriteOutcome::Committed {
                from_commit_id: "a".into(),
                to_commit_id: "b".into(),
                message: "Query OK".into()
            })
        );
        let flat: WritePoll = serde_json::from_str(
            r#"{"_id":"operations/1","query_execution_status":"Success","to_commit_id":"c"}"#,
        )
        .unwrap();
        assert!(flat.done);
        assert_eq!(
            interpret_write(&flat, "q").unwrap(),
            PollStatus::Done(WriteOutcome::Committed {
                from_commit_id: String::new(),
                to_commit_id: "c".into(),
                message: String::new()
            })
        );
        let running: WritePoll = serde_json::from_str(r#"{"_id":"x","done":false}"#).unwrap();
        assert!(matches!(
            interpret_write(&running, "q"),
            Ok(PollStatus::Running { .. })
        ));
        let failed: WritePoll = serde_json::from_str(
            r#"{"done":true,"res_details":{"query_execution_status":"Error","query_execution_message":"syntax"}}"#,
        )
        .unwrap();
        assert!(matches!(
            interpret_write(&failed, "INSERT"),
            Err(Error::Sql { query: Some(q), .. }) if q == "INSERT"
        ));
    }

    #[test]
    fn nothing_to_commit_only_for_bare_text() {
        let bare = crate::version::v1alpha1::error_map::from_status(
            400,
            None,
            b"cannot return null for non-nullable field SqlWrite.toCommitId",
            None,
        );
        assert!(is_nothing_to_commit(&bare));
        let json = crate::version::v1alpha1::error_map::from_status(
            400,
            None,
            br#"{"query_execution_status":"Error","query_execution_message":"cannot return null for non-nullable field SqlWrite.toCommitId"}"#,
            None,
        );
        assert!(matches!(json, Error::Sql { .. }));
        assert!(!is_nothing_to_commit(&json));
    }
}
