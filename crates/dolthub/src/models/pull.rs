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
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
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

/// Which [`Pull`] field a key fills, and how strongly: the lower the rank,
/// the more current the spelling (a non-empty value of a lower rank wins,
/// whatever the key order in the body).
#[derive(Clone, Copy)]
enum Target {
    Id,
    Title,
    Description,
    State,
    Owner,
    Database,
    FromOwner,
    FromDatabase,
    FromBranch,
    ToOwner,
    ToDatabase,
    ToBranch,
    Author,
    CreatedAt,
    UpdatedAt,
}

/// Every spelling DoltHub has been seen using, with its field and rank.
fn target(key: &str) -> Option<(Target, u8)> {
    use Target::*;
    Some(match key {
        "pull_id" => (Id, 0),
        "_id" => (Id, 1),
        "title" => (Title, 0),
        "title:" => (Title, 1),
        "description" => (Description, 0),
        "description:" => (Description, 1),
        "state" => (State, 0),
        "database_owner" => (Owner, 0),
        "repository_owner" => (Owner, 1),
        "database_name" => (Database, 0),
        "repository_name" => (Database, 1),
        "from_branch_owner" => (FromOwner, 0),
        "from_owner_name" => (FromOwner, 1),
        "from_branch_owner_name" => (FromOwner, 2),
        "from_branch_database" => (FromDatabase, 0),
        "from_repository_name" => (FromDatabase, 1),
        "from_branch_repo_name" => (FromDatabase, 2),
        "from_branch" => (FromBranch, 0),
        "from_branch_name" => (FromBranch, 1),
        "to_branch_owner" => (ToOwner, 0),
        "to_owner_name" => (ToOwner, 1),
        "to_branch_owner_name" => (ToOwner, 2),
        "to_branch_database" => (ToDatabase, 0),
        "to_repository_name" => (ToDatabase, 1),
        "to_branch_repo_name" => (ToDatabase, 2),
        "to_branch" => (ToBranch, 0),
        "to_branch_name" => (ToBranch, 1),
        "author" => (Author, 0),
        "creator" => (Author, 1),
        "creator_name" => (Author, 2),
        "created_at" => (CreatedAt, 0),
        "updated_at" => (UpdatedAt, 0),
        _ => return None,
    })
}

/// Decoded straight into [`Pull`], without an intermediate struct of every
/// spelling: the tolerance is the same (each value may be a string, number,
/// boolean or `null`; of several spellings the most current non-empty one
/// wins), at less cost per answer.
impl<'de> Deserialize<'de> for Pull {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_map(PullVisitor)
    }
}

struct PullVisitor;

impl<'de> serde::de::Visitor<'de> for PullVisitor {
    type Value = Pull;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a pull request object")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Pull, A::Error> {
        let mut pull = Pull::default();
        let mut state = String::new();
        // The rank each field was filled with; `u8::MAX`: not yet.
        let mut ranks = [u8::MAX; 15];
        while let Some(key) = map.next_key::<de::Key<'de>>()? {
            let Some((field, rank)) = target(key.as_str()) else {
                map.next_value::<serde::de::IgnoredAny>()?;
                continue;
            };
            let value = map.next_value::<de::OptString>()?.0;
            let Some(value) = value.filter(|v| !v.is_empty()) else {
                continue;
            };
            let slot = &mut ranks[field as usize];
            if rank >= *slot {
                continue;
            }
            *slot = rank;
            *match field {
                Target::Id => &mut pull.id,
                Target::Title => &mut pull.title,
                Target::Description => &mut pull.description,
                Target::State => &mut state,
                Target::Owner => &mut pull.owner,
                Target::Database => &mut pull.database,
                Target::FromOwner => &mut pull.from_owner,
                Target::FromDatabase => &mut pull.from_database,
                Target::FromBranch => &mut pull.from_branch,
                Target::ToOwner => &mut pull.to_owner,
                Target::ToDatabase => &mut pull.to_database,
                Target::ToBranch => &mut pull.to_branch,
                Target::Author => &mut pull.author,
                Target::CreatedAt => &mut pull.created_at,
                Target::UpdatedAt => &mut pull.updated_at,
            } = value;
        }
        pull.state = PullState::from_wire(&state);
        Ok(pull)
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

#[cfg(test)]
mod tests {
    use super::*;

    fn pull(json: &str) -> Pull {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn the_current_spelling_wins_whatever_the_key_order() {
        // Legacy spellings before and after the current ones.
        let p = pull(
            r#"{"title:": "old", "title": "new", "from_branch_name": "legacy",
                "from_branch": "current", "creator_name": "c3", "creator": "c2",
                "author": "a", "_id": 9, "pull_id": 66}"#,
        );
        assert_eq!(p.title, "new");
        assert_eq!(p.from_branch, "current");
        assert_eq!(p.author, "a");
        assert_eq!(p.id, "66");
        let p = pull(r#"{"pull_id": 66, "_id": 9, "title": "new", "title:": "old"}"#);
        assert_eq!((p.id.as_str(), p.title.as_str()), ("66", "new"));
    }

    #[test]
    fn empty_null_and_odd_values_fall_back_or_stay_empty() {
        let p = pull(
            r#"{"title": "", "title:": "legacy", "description": null,
                "description:": "d", "state": "MERGED", "to_branch": {"x": 1},
                "updated_at": true, "unknown": {"nested": [1, {"a": null}]},
                "from_owner_name": "o", "from_branch_owner": null}"#,
        );
        assert_eq!(p.title, "legacy");
        assert_eq!(p.description, "d");
        assert_eq!(p.state, PullState::Merged);
        assert_eq!(p.to_branch, r#"{"x":1}"#);
        assert_eq!(p.updated_at, "true");
        assert_eq!(p.from_owner, "o");
        assert_eq!(pull("{}"), Pull::default());
        assert!(serde_json::from_str::<Pull>("[1]").is_err());
    }

    #[test]
    fn a_serialized_pull_reads_back_unchanged() {
        let p = pull(
            r#"{"pull_id": "7", "title": "t", "description": "d", "state": "open",
                "database_owner": "o", "database_name": "db", "from_branch_owner": "fo",
                "from_branch_database": "fd", "from_branch": "fb", "to_branch_owner": "to",
                "to_branch_database": "td", "to_branch": "tb", "author": "a",
                "created_at": "c", "updated_at": "u"}"#,
        );
        assert_eq!(p.to_owner, "to");
        let again: Pull = serde_json::from_value(serde_json::to_value(&p).unwrap()).unwrap();
        assert_eq!(again, p);
    }
}
