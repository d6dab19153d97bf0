//! v2 response bodies (the `data` of the envelope) and their conversion into
//! the crate's version-neutral [`models`](crate::models).
//!
//! Decoding is as tolerant as for v1alpha1: every field may be absent, ids
//! may be numbers or strings, unknown fields are ignored (DoltHub adds
//! response fields without a version bump). A program sees the same model
//! types on both versions; fields only v2 reports (commit shas, star counts,
//! comment ids) are filled on v2 and empty on v1alpha1.

use serde::Deserialize;
use serde_json::Value;

use crate::models::{self, JobStatus, OperationType, PullState, SqlStatus, de};

macro_rules! v2_strings {
    ($(#[$meta:meta])* $name:ident { $($field:ident),+ $(,)? } $(+ { $($extra:tt)* })?) => {
        $(#[$meta])*
        #[derive(Debug, Default, Deserialize)]
        pub(crate) struct $name {
            $(
                #[serde(default, deserialize_with = "de::string")]
                pub(crate) $field: String,
            )+
            $($($extra)*)?
        }
    };
}

v2_strings!(
    /// `User`.
    User { username, display_name, bio, location, website_url, profile_pic_url } + {
        #[serde(default, deserialize_with = "de::list")]
        pub(crate) email_addresses: Vec<models::EmailAddress>,
    }
);

v2_strings!(
    /// `DatabaseRef`.
    DatabaseRef { owner, name }
);

v2_strings!(
    /// `Database`.
    Database { owner, name, visibility, description, last_write_at } + {
        #[serde(default, deserialize_with = "de::integer")]
        pub(crate) fork_network_count: i64,
        #[serde(default, deserialize_with = "de::integer")]
        pub(crate) star_count: i64,
        #[serde(default, deserialize_with = "de::integer")]
        pub(crate) size_bytes: i64,
        #[serde(default)]
        pub(crate) parent: Option<DatabaseRef>,
        #[serde(default)]
        pub(crate) network_root: Option<DatabaseRef>,
    }
);

v2_strings!(
    /// `Branch`.
    Branch { name, head_commit_sha, last_updated_at }
);

v2_strings!(
    /// `Tag`.
    Tag { name, commit_sha, message, tagged_at }
);

v2_strings!(
    /// `Release`.
    Release { tag, title, commit_sha, description, created_at, updated_at }
);

v2_strings!(
    /// `BranchRef` (`{database: {owner, name}, branch_name}`).
    BranchRef { branch_name } + {
        #[serde(default)]
        pub(crate) database: DatabaseRef,
    }
);

v2_strings!(
    /// `Pull` and `PullSummary` (the summary has no branches).
    Pull { pull_number, title, description, created_at, creator, updated_at } + {
        /// Parsed as it is read: no copy of the text is kept.
        #[serde(default, deserialize_with = "de::pull_state")]
        pub(crate) state: PullState,
        #[serde(default)]
        pub(crate) from_branch: Option<BranchRef>,
        #[serde(default)]
        pub(crate) to_branch: Option<BranchRef>,
    }
);

v2_strings!(
    /// `PullComment`.
    PullComment { comment_id, author, body, created_at, updated_at }
);

v2_strings!(
    /// `QueryColumn`.
    QueryColumn { name, r#type, source_table } + {
        #[serde(default, deserialize_with = "de::boolean")]
        pub(crate) is_primary_key: bool,
    }
);

v2_strings!(
    /// `QueryResult`. Rows are arrays of cells in column order.
    QueryResult { status, message } + {
        #[serde(default, deserialize_with = "de::list")]
        pub(crate) columns: Vec<QueryColumn>,
        #[serde(default)]
        pub(crate) rows: Option<Vec<Value>>,
        #[serde(default)]
        pub(crate) warnings: Option<Vec<Value>>,
    }
);

v2_strings!(
    /// `OperationRef`: what the four asynchronous starts answer.
    OperationRef { id, href }
);

v2_strings!(
    /// `OperationError`.
    OperationError { code, title, detail }
);

v2_strings!(
    /// `Operation`. `result` stays untyped here; [`crate::v2::operation`] reads it by `type`.
    Operation { id, r#type, status, created_at } + {
        #[serde(default)]
        pub(crate) error: Option<OperationError>,
        #[serde(default)]
        pub(crate) result: Option<Value>,
    }
);

impl From<User> for models::User {
    fn from(u: User) -> Self {
        models::User {
            username: u.username,
            display_name: u.display_name,
            bio: u.bio,
            location: u.location,
            url: u.website_url,
            profile_picture_url: u.profile_pic_url,
            email_addresses: u.email_addresses,
        }
    }
}

impl From<DatabaseRef> for models::DatabaseRef {
    fn from(r: DatabaseRef) -> Self {
        models::DatabaseRef {
            owner: r.owner,
            database: r.name,
        }
    }
}

impl From<Database> for models::Database {
    fn from(d: Database) -> Self {
        models::Database {
            owner: d.owner,
            name: d.name,
            description: d.description,
            visibility: d.visibility,
            fork_network_count: d.fork_network_count,
            star_count: d.star_count,
            size_bytes: d.size_bytes,
            last_write_at: d.last_write_at,
            parent: d.parent.map(Into::into),
            network_root: d.network_root.map(Into::into),
        }
    }
}

impl From<Branch> for models::Branch {
    fn from(b: Branch) -> Self {
        models::Branch {
            name: b.name,
            head_commit_sha: b.head_commit_sha,
            last_updated_at: b.last_updated_at,
        }
    }
}

impl From<Tag> for models::Tag {
    fn from(t: Tag) -> Self {
        models::Tag {
            name: t.name,
            message: t.message,
            tagged_at: t.tagged_at,
            revision_type: "commit".into(),
            revision_name: t.commit_sha.clone(),
            commit_sha: t.commit_sha,
        }
    }
}

impl From<Release> for models::Release {
    fn from(r: Release) -> Self {
        models::Release {
            title: r.title,
            tag: r.tag,
            commit_sha: r.commit_sha,
            description: r.description,
            created_at: r.created_at,
            updated_at: r.updated_at,
        }
    }
}

impl Pull {
    /// The crate's [`models::Pull`]; `owner`/`database` are the URL's (v2
    /// bodies do not repeat them).
    pub(crate) fn into_model(self, owner: &str, database: &str) -> models::Pull {
        let (from_owner, from_database, from_branch) = split_ref(self.from_branch);
        let (to_owner, to_database, to_branch) = split_ref(self.to_branch);
        models::Pull {
            id: self.pull_number,
            title: self.title,
            description: self.description,
            state: self.state,
            owner: owner.to_owned(),
            database: database.to_owned(),
            from_owner,
            from_database,
            from_branch,
            to_owner,
            to_database,
            to_branch,
            author: self.creator,
            created_at: self.created_at,
            updated_at: self.updated_at,
        }
    }
}

fn split_ref(r: Option<BranchRef>) -> (String, String, String) {
    r.map(|r| (r.database.owner, r.database.name, r.branch_name))
        .unwrap_or_default()
}

impl PullComment {
    pub(crate) fn into_model(self, owner: &str, database: &str, pull: &str) -> models::PullComment {
        models::PullComment {
            pull_id: pull.to_owned(),
            comment: self.body,
            owner: owner.to_owned(),
            database: database.to_owned(),
            comment_id: self.comment_id,
            author: self.author,
            created_at: self.created_at,
            updated_at: self.updated_at,
        }
    }
}

impl QueryResult {
    /// The crate's [`models::SqlResult`]. Array rows become objects keyed by
    /// column name (as v1alpha1 answers them); the status words map onto
    /// [`SqlStatus`] (`row_limit` as `RowLimit`, so `truncated` is set).
    pub(crate) fn into_model(
        self,
        owner: &str,
        database: &str,
        git_ref: &str,
        query: &str,
    ) -> models::SqlResult {
        let status = SqlStatus::from_wire(&self.status);
        let schema: Vec<models::Column> = self
            .columns
            .into_iter()
            .map(|c| models::Column {
                name: c.name,
                column_type: c.r#type,
                is_primary_key: c.is_primary_key,
                source_table: c.source_table,
            })
            .collect();
        let rows = self
            .rows
            .unwrap_or_default()
            .into_iter()
            .map(|row| match row {
                Value::Array(cells) => schema
                    .iter()
                    .map(|c| c.name.clone())
                    .zip(cells.into_iter().chain(std::iter::repeat(Value::Null)))
                    .collect(),
                Value::Object(map) => map,
                other => models::Row::from_iter([(String::new(), other)]),
            })
            .collect();
        let warnings = self
            .warnings
            .unwrap_or_default()
            .into_iter()
            .map(|w| match w {
                Value::String(s) => s,
                other => other.to_string(),
            })
            .collect();
        models::SqlResult {
            truncated: status == SqlStatus::RowLimit,
            status,
            message: self.message,
            owner: owner.to_owned(),
            database: database.to_owned(),
            commit_ref: git_ref.to_owned(),
            query: query.to_owned(),
            schema,
            rows,
            warnings,
        }
    }
}

impl Operation {
    /// The operation as a [`models::Job`] (the v1alpha1 job list's item).
    pub(crate) fn into_job(self) -> models::Job {
        let error = self
            .error
            .map(|e| match (e.title.is_empty(), e.detail.is_empty()) {
                (false, false) => format!("{}: {}", e.title, e.detail),
                (false, true) => e.title,
                _ => e.detail,
            })
            .unwrap_or_default();
        models::Job {
            id: self.id,
            creator: String::new(),
            description: String::new(),
            job_type: OperationType::from_wire(&self.r#type),
            status: JobStatus::from_wire(&self.status),
            created_at: self.created_at,
            error,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_rows_keep_column_order_nulls_and_lower_case_types() {
        let body = r#"{"columns":[{"name":"Tables_in_db","type":"longtext","source_table":""},
            {"name":"n","type":"int","is_primary_key":true}],
            "rows":[["a",null],["b","2"],["short"]],"status":"success"}"#;
        let q: QueryResult = serde_json::from_str(body).unwrap();
        let r = q.into_model("o", "d", "main", "SHOW TABLES");
        assert_eq!(r.status, SqlStatus::Success);
        assert!(r.warnings.is_empty());
        assert_eq!(r.schema[0].column_type, "longtext");
        assert!(r.schema[1].is_primary_key);
        assert_eq!(r.column_names(), vec!["Tables_in_db", "n"]);
        assert_eq!(r.rows[0]["n"], Value::Null);
        assert_eq!(r.rows[1]["n"], "2");
        assert_eq!(
            r.rows[2]["n"],
            Value::Null,
            "short rows are padded with null"
        );
    }

    #[test]
    fn pull_numbers_may_be_integers_and_descriptions_absent() {
        let p: Pull = serde_json::from_str(
            r#"{"pull_number":7,"title":"t","state":"merged","created_at":"2023-10-04T17:01:20.000Z","creator":"liuliu",
               "from_branch":{"database":{"owner":"f","name":"d2"},"branch_name":"feat"},
               "to_branch":{"database":{"owner":"o","name":"d"},"branch_name":"main"}}"#,
        )
        .unwrap();
        let m = p.into_model("o", "d");
        assert_eq!(m.id, "7");
        assert_eq!(m.state, PullState::Merged);
        assert_eq!(
            (m.from_owner.as_str(), m.from_branch.as_str()),
            ("f", "feat")
        );
        assert_eq!(m.to_branch, "main");
        assert_eq!(m.description, "");
        assert_eq!(m.author, "liuliu");
    }
}
