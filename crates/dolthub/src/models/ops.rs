//! Answers of the calls that start asynchronous operations, and of their polls.
//!
//! Most callers never see these: [`Operation`](crate::Operation) reads them.
//! They are public for callers that poll by hand and for decoding tests.

use serde::{Deserialize, Serialize};

use crate::models::de;
use crate::models::enums::{JobStatus, SqlStatus};

/// Answer of `fork_database`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ForkStarted {
    /// The database being forked: owner.
    #[serde(default, deserialize_with = "de::string")]
    pub parent_owner: String,
    /// The database being forked: name.
    #[serde(default, deserialize_with = "de::string")]
    pub parent_database: String,
    /// The account receiving the fork.
    #[serde(default, deserialize_with = "de::string")]
    pub forked_owner: String,
    /// Operation to poll.
    #[serde(default, deserialize_with = "de::string")]
    pub operation_name: String,
}

/// Answer of `sql_write`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "RawWriteStarted")]
#[non_exhaustive]
pub struct WriteStarted {
    /// Operation to poll (`operation_name`, also seen as `"operation_name:"`).
    pub operation_name: String,
    /// The statement (`query`, also seen as `"query:"`).
    pub query: String,
    /// Base branch.
    #[serde(rename = "from_branch_name")]
    pub from_branch: String,
    /// Branch written to.
    #[serde(rename = "to_branch_name")]
    pub to_branch: String,
    /// `Success` when the operation was created.
    #[serde(rename = "query_execution_status")]
    pub status: SqlStatus,
    /// e.g. "Operation created. Poll the operation for update."
    #[serde(rename = "query_execution_message")]
    pub message: String,
}

#[derive(Deserialize)]
struct RawWriteStarted {
    #[serde(default, deserialize_with = "de::opt_string")]
    operation_name: Option<String>,
    #[serde(
        default,
        rename = "operation_name:",
        deserialize_with = "de::opt_string"
    )]
    operation_name_colon: Option<String>,
    #[serde(default, deserialize_with = "de::opt_string")]
    query: Option<String>,
    #[serde(default, rename = "query:", deserialize_with = "de::opt_string")]
    query_colon: Option<String>,
    #[serde(default, deserialize_with = "de::opt_string")]
    from_branch_name: Option<String>,
    #[serde(default, deserialize_with = "de::opt_string")]
    to_branch_name: Option<String>,
    #[serde(default, deserialize_with = "de::opt_string")]
    query_execution_status: Option<String>,
    #[serde(default, deserialize_with = "de::opt_string")]
    query_execution_message: Option<String>,
}

impl From<RawWriteStarted> for WriteStarted {
    fn from(r: RawWriteStarted) -> Self {
        WriteStarted {
            operation_name: de::first([r.operation_name, r.operation_name_colon]),
            query: de::first([r.query, r.query_colon]),
            from_branch: de::first([r.from_branch_name]),
            to_branch: de::first([r.to_branch_name]),
            status: SqlStatus::from_wire(&r.query_execution_status.unwrap_or_default()),
            message: de::first([r.query_execution_message]),
        }
    }
}

/// Answer of `merge_pull`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct MergeStarted {
    /// Pull request being merged.
    #[serde(default, deserialize_with = "de::string")]
    pub pull_id: String,
    /// Job path to poll (also the `job_id` in `list_jobs`).
    #[serde(default, deserialize_with = "de::string")]
    pub operation_name: String,
    /// How the merge appears in `list_user_operations`.
    #[serde(default, deserialize_with = "de::string")]
    pub user_operation_name: String,
    /// Undocumented `merging`/`merged` some servers add.
    #[serde(default, deserialize_with = "de::string")]
    pub state: String,
}

/// Answer of `upload_file`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ImportStarted {
    /// Branch being imported into.
    #[serde(default, deserialize_with = "de::string")]
    pub branch_name: String,
    /// Table being imported into.
    #[serde(default, deserialize_with = "de::string")]
    pub table_name: String,
    /// Job path to poll (also the `job_id` in `list_jobs`).
    #[serde(default, deserialize_with = "de::string")]
    pub operation_name: String,
    /// How the import appears in `list_user_operations`.
    #[serde(default, deserialize_with = "de::string")]
    pub user_operation_name: String,
}

/// Answer of `poll_fork` (shape "fork").
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ForkPoll {
    /// `Success` once the fork worked.
    #[serde(default, deserialize_with = "de::string")]
    pub status: String,
    /// Whether the operation has finished.
    #[serde(default, deserialize_with = "de::boolean")]
    pub done: bool,
    /// Operation name (its form may differ from the one sent).
    #[serde(default, deserialize_with = "de::string")]
    pub operation_name: String,
    /// The new fork: owner.
    #[serde(default, deserialize_with = "de::string")]
    pub database_owner: String,
    /// The new fork: name.
    #[serde(default, deserialize_with = "de::string")]
    pub database_name: String,
}

/// Answer of `poll_sql_write` (shape "write"), nested or legacy flat.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "RawWritePoll")]
#[non_exhaustive]
pub struct WritePoll {
    /// Operation name (`_id`).
    #[serde(rename = "_id")]
    pub id: String,
    /// Whether the write has finished.
    pub done: bool,
    /// The outcome, from `res_details` or the legacy top-level fields.
    #[serde(rename = "res_details")]
    pub details: WriteDetails,
}

/// Outcome of a finished SQL write.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct WriteDetails {
    /// `Success`, `SuccessWithWarning` or `Error`.
    #[serde(default, rename = "query_execution_status")]
    pub status: SqlStatus,
    /// e.g. "Query OK, 2 rows affected." or the error text.
    #[serde(
        default,
        rename = "query_execution_message",
        deserialize_with = "de::string"
    )]
    pub message: String,
    /// Commit before the write (the merge commit after a merge).
    #[serde(default, deserialize_with = "de::string")]
    pub from_commit_id: String,
    /// Commit holding the write (empty after a merge).
    #[serde(default, deserialize_with = "de::string")]
    pub to_commit_id: String,
    /// Database owner.
    #[serde(default, deserialize_with = "de::string")]
    pub owner_name: String,
    /// Database name.
    #[serde(default, deserialize_with = "de::string")]
    pub repository_name: String,
}

#[derive(Deserialize)]
struct RawWritePoll {
    #[serde(default, rename = "_id", deserialize_with = "de::opt_string")]
    id: Option<String>,
    #[serde(default, deserialize_with = "de::opt_string")]
    operation_name: Option<String>,
    #[serde(default, deserialize_with = "de::opt_boolean")]
    done: Option<bool>,
    #[serde(default)]
    res_details: Option<WriteDetails>,
    #[serde(flatten)]
    flat: WriteDetails,
}

impl From<RawWritePoll> for WritePoll {
    fn from(r: RawWritePoll) -> Self {
        let has_outcome = r.res_details.is_some()
            || !matches!(&r.flat.status, SqlStatus::Other(s) if s.is_empty());
        let details = match r.res_details {
            Some(nested) => nested,
            None => r.flat,
        };
        WritePoll {
            id: de::first([r.id, r.operation_name]),
            // Legacy flat answers may omit `done` once they carry an outcome.
            done: r.done.unwrap_or(has_outcome),
            details,
        }
    }
}

/// Answer of `poll_merge` and `poll_import` (shape "job").
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "RawJobPoll")]
#[non_exhaustive]
pub struct JobPoll {
    /// Request status (`Success`), not the job's.
    pub status: String,
    /// Operation name.
    pub operation_name: String,
    /// Only says that the job exists; not a completion signal.
    pub job_created: bool,
    /// `Pending`, `In Progress` (as `Running`), `Completed` (as `Succeeded`), ...
    pub job_status: JobStatus,
    /// Completion flag some servers send instead of `job_status`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub done: Option<bool>,
    /// Pull request (merge: the one merged; import: the one opened, once completed).
    pub pull_id: String,
    /// Error text, when a failed job or poll reports one (undocumented; `job_error`,
    /// `error` or an error envelope's `message`).
    #[serde(rename = "job_error")]
    pub error: String,
}

#[derive(Deserialize)]
struct RawJobPoll {
    #[serde(default, deserialize_with = "de::opt_string")]
    status: Option<String>,
    #[serde(default, deserialize_with = "de::opt_string")]
    operation_name: Option<String>,
    #[serde(default, deserialize_with = "de::boolean")]
    job_created: bool,
    #[serde(default, deserialize_with = "de::opt_string")]
    job_status: Option<String>,
    #[serde(default, deserialize_with = "de::opt_boolean")]
    done: Option<bool>,
    #[serde(default, deserialize_with = "de::opt_string")]
    pull_id: Option<String>,
    #[serde(default, deserialize_with = "de::opt_string")]
    error: Option<String>,
    #[serde(default, deserialize_with = "de::opt_string")]
    job_error: Option<String>,
    #[serde(default, deserialize_with = "de::opt_string")]
    message: Option<String>,
}

impl From<RawJobPoll> for JobPoll {
    fn from(r: RawJobPoll) -> Self {
        JobPoll {
            status: de::first([r.status]),
            operation_name: de::first([r.operation_name]),
            job_created: r.job_created,
            job_status: JobStatus::from_wire(&r.job_status.unwrap_or_default()),
            done: r.done,
            pull_id: de::first([r.pull_id]),
            error: de::first([r.job_error, r.error, r.message]),
        }
    }
}
