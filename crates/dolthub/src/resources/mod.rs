//! Resource handles and request builders.
//!
//! Handles are scoped to path parameters (`client.database(owner, db).pulls()`)
//! and borrow nothing, so they can be stored and cloned. Each operation is a
//! builder: set optional fields with `impl Into` setters, then call `send()`
//! or simply `.await` the builder (every builder implements `IntoFuture`).
//! Input is checked before any request is made: empty or dot path values,
//! missing required fields and bad choices fail with
//! [`Error::InvalidInput`](crate::Error).

macro_rules! impl_into_future {
    ($ty:ty => $out:ty) => {
        impl ::std::future::IntoFuture for $ty {
            type Output = $crate::Result<$out>;
            type IntoFuture = ::futures::future::BoxFuture<'static, $crate::Result<$out>>;
            fn into_future(self) -> Self::IntoFuture {
                Box::pin(self.send())
            }
        }
    };
}

mod account;
mod branches;
mod csv;
mod database;
mod forks;
mod import;
mod jobs;
mod pull;
mod pulls;
mod releases;
mod tags;

pub use crate::sql::{
    DeleteBranch, MergeTo, ReadSql, ReadSqlDefaultBranch, RowStream, SqlHandler, Strategy,
    StreamRows, WriteSql, WriteTo,
};
pub use crate::v2::parts::MAX_V2_IMPORT_BYTES;
pub use account::{CreateDatabase, GetUser, ListOperations, TokenStatus};
pub use branches::{BranchesHandler, CreateBranch, ListBranches};
pub use csv::{CsvDownload, CsvHandler};
pub use database::{DatabaseHandler, GetDatabase};
pub use forks::{ForkDatabase, ForksHandler, ListForks};
pub use import::{FileType, ImportBuilder, ImportMode, MAX_UPLOAD_BYTES};
pub use jobs::{JobsHandler, ListJobs};
pub use pull::{CreatePullComment, GetPull, ListPullComments, MergePull, PullHandler, UpdatePull};
pub use pulls::{CreatePull, ListPulls, NewPull, PullFrom, PullsHandler};
pub use releases::{CreateRelease, ListReleases, ReleaseAt, ReleasesHandler};
pub use tags::{CreateTag, ListTags, TagsHandler};

use std::sync::Arc;

use crate::client::Client;
use crate::error::{Error, Result};

/// The database a handle is scoped to.
#[derive(Clone, Debug)]
pub(crate) struct Db {
    pub(crate) client: Client,
    pub(crate) owner: Arc<str>,
    pub(crate) database: Arc<str>,
}

impl Db {
    /// `owner` and `database` path parameters.
    pub(crate) fn params(&self) -> [(&'static str, &str); 2] {
        [("owner", &self.owner), ("database", &self.database)]
    }
}

/// A required text field must be present and not blank.
pub(crate) fn require(what: &str, value: &str) -> Result<()> {
    if value.trim().is_empty() {
        Err(Error::invalid(format!(
            "{what} is required and must not be empty"
        )))
    } else {
        Ok(())
    }
}
