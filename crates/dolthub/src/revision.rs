//! Where a new branch or tag points.

use dolthub_api::types::{CreateBranchRequestRevisionType, CreateTagRequestRevisionType};

/// A revision to branch or tag from.
///
/// ```
/// use dolthub::Revision;
/// let from_main = Revision::branch("main");
/// let from_commit = Revision::commit("lu1dqd8f6v4k6bbd1i9s0q5m6d1t5gs8");
/// assert_eq!(from_main.name(), "main");
/// # let _ = from_commit;
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Revision {
    /// The tip of an existing branch.
    Branch(String),
    /// Any ref name (branch or tag).
    Ref(String),
    /// A commit hash.
    Commit(String),
}

impl Revision {
    /// The tip of branch `name`.
    ///
    /// ```
    /// let r = dolthub::Revision::branch("main");
    /// # let _ = r;
    /// ```
    pub fn branch(name: impl Into<String>) -> Self {
        Revision::Branch(name.into())
    }

    /// Any ref `name`.
    ///
    /// ```
    /// let r = dolthub::Revision::reference("v1");
    /// # let _ = r;
    /// ```
    pub fn reference(name: impl Into<String>) -> Self {
        Revision::Ref(name.into())
    }

    /// Commit `hash`.
    ///
    /// ```
    /// let r = dolthub::Revision::commit("lu1dqd8f6v4k6bbd1i9s0q5m6d1t5gs8");
    /// # let _ = r;
    /// ```
    pub fn commit(hash: impl Into<String>) -> Self {
        Revision::Commit(hash.into())
    }

    /// The branch, ref or commit name.
    ///
    /// ```
    /// assert_eq!(dolthub::Revision::commit("abc").name(), "abc");
    /// ```
    pub fn name(&self) -> &str {
        match self {
            Revision::Branch(n) | Revision::Ref(n) | Revision::Commit(n) => n,
        }
    }

    pub(crate) fn branch_type(&self) -> CreateBranchRequestRevisionType {
        match self {
            Revision::Branch(_) => CreateBranchRequestRevisionType::Branch,
            Revision::Ref(_) => CreateBranchRequestRevisionType::Ref,
            Revision::Commit(_) => CreateBranchRequestRevisionType::Commit,
        }
    }

    pub(crate) fn tag_type(&self) -> CreateTagRequestRevisionType {
        match self {
            Revision::Branch(_) => CreateTagRequestRevisionType::Branch,
            Revision::Ref(_) => CreateTagRequestRevisionType::Ref,
            Revision::Commit(_) => CreateTagRequestRevisionType::Commit,
        }
    }
}

impl From<&str> for Revision {
    /// A plain string is taken as a branch name.
    fn from(name: &str) -> Self {
        Revision::branch(name)
    }
}

impl From<String> for Revision {
    /// A plain string is taken as a branch name.
    fn from(name: String) -> Self {
        Revision::branch(name)
    }
}
