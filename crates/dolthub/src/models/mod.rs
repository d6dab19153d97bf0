//! Response models.
//!
//! Every model decodes tolerantly: all fields are optional on the wire (absent
//! text is `""`, absent flags `false`), unknown fields are ignored, ids may be
//! strings or numbers, and the key variants DoltHub has been seen to send
//! (`"title:"`, `from_branch_name`, `job_error`/`error`, `name`/`branch_name`,
//! `"sql_query:"`, `"query:"`, `"operation_name:"`) are read alongside the
//! documented ones. States are open enums with an `Other(String)` arm.
//!
//! Models also implement `Serialize`, emitting the documented wire keys
//! (`pull_id`, `job_error`, `sql_query`, ...), so decoding the output again
//! gives the same value; handy for caching, fixtures and `--json` output.

mod activity;
mod database;
pub(crate) mod de;
mod enums;
mod ops;
mod pull;
mod refs;
mod sql;
mod user;

pub use activity::{Job, UserOperation};
pub use database::{Database, DatabaseRef, ForkNetwork};
pub use enums::{JobStatus, OperationType, PullState, ReviewStatus, SqlStatus, Visibility};
pub use ops::{
    ForkPoll, ForkStarted, ImportStarted, JobPoll, MergeStarted, WriteDetails, WritePoll,
    WriteStarted,
};
pub use pull::{Pull, PullComment};
pub(crate) use refs::branch_list;
pub use refs::{Branch, BranchCreated, Release, Tag};
pub use sql::{Column, Row, SqlResult};
pub use user::{EmailAddress, User};
