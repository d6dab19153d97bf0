//! Branches, tags and releases.

use serde::{Deserialize, Serialize};

use crate::models::de;

/// A branch. Current servers send `branch_name`, one sample `name`; either is read.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "RawBranch")]
#[non_exhaustive]
pub struct Branch {
    /// Branch name.
    #[serde(rename = "branch_name")]
    pub name: String,
    /// Commit at the branch head (v2 only; `""` on v1alpha1).
    pub head_commit_sha: String,
    /// Time of the head commit, RFC 3339 (v2 only, when known).
    pub last_updated_at: String,
}

#[derive(Deserialize)]
struct RawBranch {
    #[serde(default, deserialize_with = "de::opt_string")]
    branch_name: Option<String>,
    #[serde(default, deserialize_with = "de::opt_string")]
    name: Option<String>,
    #[serde(default, deserialize_with = "de::opt_string")]
    head_commit_sha: Option<String>,
    #[serde(default, deserialize_with = "de::opt_string")]
    last_updated_at: Option<String>,
}

impl From<RawBranch> for Branch {
    fn from(raw: RawBranch) -> Self {
        Branch {
            name: de::first([raw.branch_name, raw.name]),
            head_commit_sha: de::first([raw.head_commit_sha]),
            last_updated_at: de::first([raw.last_updated_at]),
        }
    }
}

/// Answer of `create_branch`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BranchCreated {
    /// Database owner.
    #[serde(default, rename = "database_owner", deserialize_with = "de::string")]
    pub owner: String,
    /// Database name.
    #[serde(default, rename = "database_name", deserialize_with = "de::string")]
    pub database: String,
    /// The new branch.
    #[serde(default, rename = "new_branch_name", deserialize_with = "de::string")]
    pub name: String,
    /// `branch`, `ref` or `commit`.
    #[serde(default, deserialize_with = "de::string")]
    pub revision_type: String,
    /// The revision the branch starts at.
    #[serde(default, deserialize_with = "de::string")]
    pub revision_name: String,
    /// The commit the new branch points at (v2 only; `""` on v1alpha1).
    #[serde(default, deserialize_with = "de::string")]
    pub head_commit_sha: String,
}

/// A tag (from `list_tags` or `create_tag`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Tag {
    /// Tag name.
    #[serde(default, rename = "tag_name", deserialize_with = "de::string")]
    pub name: String,
    /// Tag message (`tag_description`).
    #[serde(default, rename = "tag_description", deserialize_with = "de::string")]
    pub message: String,
    /// Creation time (list answers only), ISO-8601.
    #[serde(default, deserialize_with = "de::string")]
    pub tagged_at: String,
    /// `branch`, `ref` or `commit` (create answers only).
    #[serde(default, deserialize_with = "de::string")]
    pub revision_type: String,
    /// The tagged revision (create answers only).
    #[serde(default, deserialize_with = "de::string")]
    pub revision_name: String,
    /// The tagged commit (v2 only; `""` on v1alpha1).
    #[serde(default, deserialize_with = "de::string")]
    pub commit_sha: String,
}

/// A release (from `list_releases` or `create_release`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Release {
    /// Title (`release_title`).
    #[serde(default, rename = "release_title", deserialize_with = "de::string")]
    pub title: String,
    /// Tag (`release_tag`).
    #[serde(default, rename = "release_tag", deserialize_with = "de::string")]
    pub tag: String,
    /// Commit (`release_commit_sha`).
    #[serde(
        default,
        rename = "release_commit_sha",
        deserialize_with = "de::string"
    )]
    pub commit_sha: String,
    /// Release notes (`release_description`).
    #[serde(
        default,
        rename = "release_description",
        deserialize_with = "de::string"
    )]
    pub description: String,
    /// Creation time, ISO-8601.
    #[serde(
        default,
        rename = "release_created_at",
        deserialize_with = "de::string"
    )]
    pub created_at: String,
    /// Last change, ISO-8601.
    #[serde(
        default,
        rename = "release_updated_at",
        deserialize_with = "de::string"
    )]
    pub updated_at: String,
}
