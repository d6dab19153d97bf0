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

impl Revision {
    /// Read a plain string as a revision: a Dolt commit hash (32 characters of
    /// `0-9` and `a-v`) is a [`Commit`](Revision::Commit); anything else is a
    /// [`Ref`](Revision::Ref), which resolves as a branch or a tag (on v1alpha1
    /// the server does it; v2 starts only from a branch or a commit, so the
    /// client tries the branch and then looks the tag's commit up).
    /// So `"v1.0"` (a tag) works where a branch name would, and so does `"main"`.
    ///
    /// ```
    /// use dolthub::Revision;
    /// assert_eq!(Revision::parse("v1.0"), Revision::reference("v1.0"));
    /// assert_eq!(Revision::parse("main"), Revision::reference("main"));
    /// assert_eq!(
    ///     Revision::parse("7n2ks1tclj9v1b3oh7ar0fpd5ml2gkq1"),
    ///     Revision::commit("7n2ks1tclj9v1b3oh7ar0fpd5ml2gkq1"),
    /// );
    /// ```
    pub fn parse(text: impl Into<String>) -> Self {
        let text = text.into();
        if is_commit_hash(&text) {
            Revision::Commit(text)
        } else {
            Revision::Ref(text)
        }
    }
}

/// Dolt commit hashes: 32 characters of base32 (`0-9`, `a-v`).
fn is_commit_hash(text: &str) -> bool {
    text.len() == 32 && text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'v'))
}

impl From<&str> for Revision {
    /// See [`Revision::parse`]: a commit hash or else a branch-or-tag ref.
    fn from(name: &str) -> Self {
        Revision::parse(name)
    }
}

impl From<String> for Revision {
    /// See [`Revision::parse`]: a commit hash or else a branch-or-tag ref.
    fn from(name: String) -> Self {
        Revision::parse(name)
    }
}

impl From<&String> for Revision {
    /// See [`Revision::parse`]: a commit hash or else a branch-or-tag ref.
    fn from(name: &String) -> Self {
        Revision::parse(name.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 10 bug 1: a tag given as a plain string was sent as a branch.
    #[test]
    fn plain_strings_name_refs_or_commits_never_only_branches() {
        assert_eq!(Revision::from("v1.0"), Revision::Ref("v1.0".into()));
        assert_eq!(
            Revision::from("v1.0").branch_type(),
            CreateBranchRequestRevisionType::Ref
        );
        assert_eq!(
            Revision::from(String::from("feature/lacma")).tag_type(),
            CreateTagRequestRevisionType::Ref
        );
        let hash = "0123456789abcdefghijklmnopqrstuv";
        assert_eq!(Revision::from(hash), Revision::Commit(hash.into()));
        // Not hashes: wrong length, letters past `v`, upper case.
        for not_hash in [
            "0123456789abcdef",
            "0123456789abcdefghijklmnopqrstuw",
            "0123456789ABCDEFGHIJKLMNOPQRSTUV",
        ] {
            assert_eq!(Revision::from(not_hash), Revision::Ref(not_hash.into()));
        }
    }
}
