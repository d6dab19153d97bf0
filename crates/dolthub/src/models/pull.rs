//! Pull requests: summaries, details, comments.

use serde::{Deserialize, Serialize};

use crate::models::de;
use crate::models::enums::PullState;

/// A pull request.
///
/// One type serves the list, get, create and update answers, which spell the
/// same facts differently: `title`/`"title:"`, `description`/`"description:"`,
/// `from_branch`/`from_branch_name`, `from_branch_owner`/`from_owner_name`,
/// `author`/`creator`, `pull_id` as string or number. Fields an answer does not
/// carry are empty (list items have no branch information; call
/// [`PullHandler::get`](crate::resources::PullHandler::get) for that).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "RawPull")]
#[non_exhaustive]
pub struct Pull {
    /// Pull request id (a decimal number as a string).
    #[serde(rename = "pull_id")]
    pub id: String,
    /// Title.
    pub title: String,
    /// Description.
    pub description: String,
    /// State (`Other("")` when the answer carries none, e.g. after create).
    pub state: PullState,
    /// Target database owner (the database the request was made against).
    #[serde(rename = "database_owner")]
    pub owner: String,
    /// Target database name.
    #[serde(rename = "database_name")]
    pub database: String,
    /// Source branch owner.
    #[serde(rename = "from_branch_owner")]
    pub from_owner: String,
    /// Source database.
    #[serde(rename = "from_branch_database")]
    pub from_database: String,
    /// Source branch.
    pub from_branch: String,
    /// Target branch owner.
    #[serde(rename = "to_branch_owner")]
    pub to_owner: String,
    /// Target database.
    #[serde(rename = "to_branch_database")]
    pub to_database: String,
    /// Target branch.
    pub to_branch: String,
    /// Author (`author` in details, `creator` in lists).
    pub author: String,
    /// Creation time, ISO-8601.
    pub created_at: String,
    /// Last change, ISO-8601 (undocumented; some servers send it).
    pub updated_at: String,
}

macro_rules! raw_strings {
    ($name:ident { $($field:ident $(= $key:literal)?),+ $(,)? }) => {
        #[derive(Deserialize)]
        struct $name {
            $(
                #[serde(default, deserialize_with = "de::opt_string" $(, rename = $key)?)]
                $field: Option<String>,
            )+
        }
    };
}

raw_strings!(RawPull {
    pull_id,
    underscore_id = "_id",
    title,
    title_colon = "title:",
    description,
    description_colon = "description:",
    state,
    database_owner,
    database_name,
    repository_owner,
    repository_name,
    from_branch_owner,
    from_owner_name,
    from_branch_owner_name,
    from_branch_database,
    from_repository_name,
    from_branch_repo_name,
    from_branch,
    from_branch_name,
    to_branch_owner,
    to_owner_name,
    to_branch_owner_name,
    to_branch_database,
    to_repository_name,
    to_branch_repo_name,
    to_branch,
    to_branch_name,
    author,
    creator,
    creator_name,
    created_at,
    updated_at,
});

impl From<RawPull> for Pull {
    fn from(r: RawPull) -> Self {
        use de::first;
        Pull {
            id: first([r.pull_id, r.underscore_id]),
            title: first([r.title, r.title_colon]),
            description: first([r.description, r.description_colon]),
            state: PullState::from_wire(&r.state.unwrap_or_default()),
            owner: first([r.database_owner, r.repository_owner]),
            database: first([r.database_name, r.repository_name]),
            from_owner: first([
                r.from_branch_owner,
                r.from_owner_name,
                r.from_branch_owner_name,
            ]),
            from_database: first([
                r.from_branch_database,
                r.from_repository_name,
                r.from_branch_repo_name,
            ]),
            from_branch: first([r.from_branch, r.from_branch_name]),
            to_owner: first([r.to_branch_owner, r.to_owner_name, r.to_branch_owner_name]),
            to_database: first([
                r.to_branch_database,
                r.to_repository_name,
                r.to_branch_repo_name,
            ]),
            to_branch: first([r.to_branch, r.to_branch_name]),
            author: first([r.author, r.creator, r.creator_name]),
            created_at: first([r.created_at]),
            updated_at: first([r.updated_at]),
        }
    }
}

/// Answer of `create_pull_comment`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PullComment {
    /// The pull request commented on.
    #[serde(default, deserialize_with = "de::string")]
    pub pull_id: String,
    /// The comment text.
    #[serde(default, deserialize_with = "de::string")]
    pub comment: String,
    /// Database owner (`repository_owner` here, unlike most answers).
    #[serde(default, rename = "repository_owner", deserialize_with = "de::string")]
    pub owner: String,
    /// Database name (`repository_name`).
    #[serde(default, rename = "repository_name", deserialize_with = "de::string")]
    pub database: String,
    /// The comment's id (v2 only; opaque).
    #[serde(default, deserialize_with = "de::string")]
    pub comment_id: String,
    /// Who wrote it (v2 only).
    #[serde(default, deserialize_with = "de::string")]
    pub author: String,
    /// When it was written, RFC 3339 (v2 only).
    #[serde(default, deserialize_with = "de::string")]
    pub created_at: String,
    /// Last edit, RFC 3339 (v2 only).
    #[serde(default, deserialize_with = "de::string")]
    pub updated_at: String,
}
