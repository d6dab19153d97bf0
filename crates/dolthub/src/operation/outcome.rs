//! What finished asynchronous operations produce.

/// A finished fork: the new database.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct ForkOutcome {
    /// Account that owns the fork.
    pub owner: String,
    /// Name of the fork.
    pub database: String,
}

/// A finished pull-request merge.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct MergeOutcome {
    /// The merged pull request.
    pub pull_id: String,
    /// The merge job (also its `job_id` in the job list).
    pub operation_name: String,
}

/// A finished import: the pull request it opened, which still has to be merged.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct ImportOutcome {
    /// Id of the pull request the import opened (`""` if the server did not report one).
    pub pull_id: String,
    /// The import job (also its `job_id` in the job list).
    pub operation_name: String,
}

/// A finished SQL write (or merge by empty write).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum WriteOutcome {
    /// The write produced a commit.
    Committed {
        /// Commit before the write (the merge commit after a merge).
        from_commit_id: String,
        /// Commit holding the write (empty after a merge).
        to_commit_id: String,
        /// The server's message, e.g. "Query OK, 2 rows affected."
        message: String,
    },
    /// The statement changed nothing, so there was nothing to commit.
    ///
    /// DoltHub reports this as HTTP 400 with the bare text
    /// `cannot return null for non-nullable field SqlWrite.toCommitId`.
    NothingToCommit,
}

impl WriteOutcome {
    /// The commit holding the write, if one was made.
    ///
    /// ```
    /// assert_eq!(dolthub::WriteOutcome::NothingToCommit.commit_id(), None);
    /// ```
    pub fn commit_id(&self) -> Option<&str> {
        match self {
            WriteOutcome::Committed { to_commit_id, .. } if !to_commit_id.is_empty() => {
                Some(to_commit_id)
            }
            _ => None,
        }
    }
}
