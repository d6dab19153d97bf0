//! The sandbox's state: databases with their refs, pull requests, releases and
//! asynchronous operations, plus each database's version-controlled store (see
//! [`crate::engine`]). The store is the source of truth for branches, tags and commits;
//! `Database::branches`, `Database::tags` and `Durable::commits` mirror it after every
//! change so request handlers can answer without opening the store. Everything in
//! [`Durable`] is persisted as JSON; the stores are kept beside it as files.

use crate::engine::Refs;
use crate::util::{hash_id, now_iso};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};
use std::sync::Arc;

/// Version of the persisted format (2: one doltlite store per database).
pub(crate) const DURABLE_VERSION: u32 = 2;

/// Database visibility.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Visibility {
    Public,
    Private,
}

impl Visibility {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Visibility::Public => "public",
            Visibility::Private => "private",
        }
    }
}

/// One commit as mirrored from a store (Dolt-form hashes).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct Commit {
    pub id: String,
    pub parents: Vec<String>,
    pub message: String,
    pub author: String,
    pub created_at: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct TagRec {
    pub commit: String,
    pub message: String,
    pub tagger: String,
    pub tagged_at: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct ReleaseRec {
    pub seq: u64,
    pub title: String,
    pub tag: String,
    pub commit: String,
    pub description: String,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum PullState {
    Open,
    Closed,
    Merged,
}

impl PullState {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            PullState::Open => "open",
            PullState::Closed => "closed",
            PullState::Merged => "merged",
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct CommentRec {
    pub author: String,
    pub body: String,
    pub created_at: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct PullRec {
    pub id: u64,
    pub seq: u64,
    pub title: String,
    pub description: String,
    pub state: PullState,
    pub from_owner: String,
    pub from_database: String,
    pub from_branch: String,
    pub to_branch: String,
    pub author: String,
    pub created_at: String,
    pub updated_at: String,
    pub comments: Vec<CommentRec>,
    /// Name of a merge operation that has not finished yet.
    pub merging: Option<String>,
    pub merge_commit: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct Database {
    pub owner: String,
    pub name: String,
    pub description: String,
    pub visibility: Visibility,
    pub created_at: String,
    /// Direct fork parent `(owner, name)`.
    pub parent: Option<(String, String)>,
    pub default_branch: String,
    pub branches: BTreeMap<String, String>,
    pub tags: BTreeMap<String, TagRec>,
    pub releases: Vec<ReleaseRec>,
    pub pulls: BTreeMap<u64, PullRec>,
    pub next_pull: u64,
}

impl Database {
    /// A new database created now: no refs, no pulls yet, `main` as default branch.
    pub(crate) fn new(owner: &str, name: &str, visibility: Visibility) -> Self {
        Database {
            owner: owner.to_string(),
            name: name.to_string(),
            description: String::new(),
            visibility,
            created_at: now_iso(),
            parent: None,
            default_branch: "main".into(),
            branches: BTreeMap::new(),
            tags: BTreeMap::new(),
            releases: Vec::new(),
            pulls: BTreeMap::new(),
            next_pull: 1,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) enum OpKind {
    Fork,
    SqlWrite,
    Merge,
    Import,
}

impl OpKind {
    /// Value of `operation_type` / `job_type`.
    pub(crate) fn type_name(self) -> &'static str {
        match self {
            OpKind::Fork => "Fork",
            OpKind::SqlWrite => "SqlWrite",
            OpKind::Merge => "Merge",
            OpKind::Import => "Import",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) enum OpStatus {
    Pending,
    Running,
    Succeeded,
    Failed,
}

impl OpStatus {
    pub(crate) fn is_finished(self) -> bool {
        matches!(self, OpStatus::Succeeded | OpStatus::Failed)
    }
    /// Job vocabulary (`list_jobs`).
    pub(crate) fn job_word(self) -> &'static str {
        match self {
            OpStatus::Pending => "Pending",
            OpStatus::Running => "Running",
            OpStatus::Succeeded => "Succeeded",
            OpStatus::Failed => "Failed",
        }
    }
    /// Operation vocabulary (`list_user_operations`).
    pub(crate) fn operation_word(self) -> &'static str {
        match self {
            OpStatus::Pending => "Pending",
            OpStatus::Running => "Running",
            OpStatus::Succeeded => "Success",
            OpStatus::Failed => "Failure",
        }
    }
    /// Poll vocabulary (`poll_merge`, `poll_import`).
    pub(crate) fn poll_word(self) -> &'static str {
        match self {
            OpStatus::Pending => "Pending",
            OpStatus::Running => "In Progress",
            OpStatus::Succeeded => "Completed",
            OpStatus::Failed => "Failed",
        }
    }
}

/// What a finished operation produced.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub(crate) struct OpOutcome {
    /// Fork: the new database.
    pub fork: Option<(String, String)>,
    /// Write: commit before / commit made (empty when none).
    pub from_commit: String,
    pub to_commit: String,
    pub message: String,
    /// Write changed nothing (poll answers the bare-text 400).
    pub no_change: bool,
    /// Write failed before running because the base branch is missing (poll answers a
    /// JSON 400).
    pub missing_base: bool,
    /// Merge: the pull request; import: the pull request it opened.
    pub pull_id: Option<u64>,
    /// Merge via SQL: true (the poll reports the merge commit in `from_commit_id`).
    pub was_merge: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct OpRec {
    pub seq: u64,
    pub kind: OpKind,
    /// Name returned by the starting call and accepted by the poll.
    pub name: String,
    /// `users/<u>/userOperations/<uuid>`.
    pub user_op_name: String,
    pub creator: String,
    pub owner: String,
    pub database: String,
    pub status: OpStatus,
    pub error: String,
    pub created_at: String,
    pub updated_at: String,
    pub description: String,
    pub metadata: Vec<(String, String)>,
    /// Branch of an import (for the import poll's `branch` parameter).
    pub branch: String,
    pub outcome: OpOutcome,
}

/// Everything that is persisted as JSON.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct Durable {
    pub version: u32,
    /// Mixed into page tokens so tokens of another sandbox are refused.
    pub salt: String,
    pub seq: u64,
    pub databases: BTreeMap<String, Database>,
    pub commits: HashMap<String, Commit>,
    pub ops: Vec<OpRec>,
}

impl Default for Durable {
    fn default() -> Self {
        Durable {
            version: DURABLE_VERSION,
            salt: crate::util::uuid().replace('-', "")[..12].to_string(),
            seq: 0,
            databases: BTreeMap::new(),
            commits: HashMap::new(),
            ops: Vec::new(),
        }
    }
}

/// In-memory state: durable data, the stores, and indexes.
#[derive(Debug, Default)]
pub(crate) struct State {
    pub d: Durable,
    /// Each database's store (the bytes of a doltlite file), by [`db_key`].
    pub stores: HashMap<String, Arc<Vec<u8>>>,
    /// Operation names (both forms) to their index in `d.ops`.
    pub op_index: HashMap<String, usize>,
    /// Stores changed since the last save, by [`db_key`].
    pub unsaved_stores: BTreeSet<String>,
}

pub(crate) fn db_key(owner: &str, name: &str) -> String {
    format!("{owner}/{name}")
}

/// doltlite's `YYYY-MM-DD HH:MM:SS` (UTC) as the sandbox's ISO-8601 timestamps.
pub(crate) fn iso_from_engine_date(date: &str) -> String {
    match date.split_once(' ') {
        Some((day, time)) if day.len() == 10 && time.len() == 8 => format!("{day}T{time}.000Z"),
        _ => date.to_string(),
    }
}

impl State {
    pub(crate) fn from_durable(d: Durable, stores: HashMap<String, Arc<Vec<u8>>>) -> Self {
        let mut s = State {
            d,
            stores,
            op_index: HashMap::new(),
            unsaved_stores: BTreeSet::new(),
        };
        s.reindex();
        s
    }

    fn reindex(&mut self) {
        self.op_index.clear();
        for (i, op) in self.d.ops.iter().enumerate() {
            self.op_index.insert(op.name.clone(), i);
            self.op_index.insert(op.user_op_name.clone(), i);
        }
    }

    pub(crate) fn next_seq(&mut self) -> u64 {
        self.d.seq += 1;
        self.d.seq
    }

    pub(crate) fn db(&self, owner: &str, name: &str) -> Option<&Database> {
        self.d.databases.get(&db_key(owner, name))
    }

    pub(crate) fn db_mut(&mut self, owner: &str, name: &str) -> Option<&mut Database> {
        self.d.databases.get_mut(&db_key(owner, name))
    }

    /// The store of a database.
    pub(crate) fn store(&self, owner: &str, name: &str) -> Option<Arc<Vec<u8>>> {
        self.stores.get(&db_key(owner, name)).cloned()
    }

    /// Records a database's changed store and mirrors its refs and commits; returns the
    /// stored bytes (their `Arc` identifies this version of the store).
    pub(crate) fn put_store(
        &mut self,
        owner: &str,
        name: &str,
        bytes: Vec<u8>,
        refs: Refs,
    ) -> Arc<Vec<u8>> {
        let key = db_key(owner, name);
        let version = Arc::new(bytes);
        self.stores.insert(key.clone(), version.clone());
        self.unsaved_stores.insert(key);
        for c in refs.commits {
            self.d
                .commits
                .entry(c.id.clone())
                .or_insert_with(|| Commit {
                    id: c.id,
                    parents: c.parents,
                    message: c.message,
                    author: c.author,
                    created_at: iso_from_engine_date(&c.date),
                });
        }
        if let Some(db) = self.db_mut(owner, name) {
            db.branches = refs.branches;
            db.tags = refs
                .tags
                .into_iter()
                .map(|(n, t)| {
                    let rec = TagRec {
                        commit: t.commit,
                        message: t.message,
                        tagger: t.tagger,
                        tagged_at: iso_from_engine_date(&t.date),
                    };
                    (n, rec)
                })
                .collect();
        }
        version
    }

    /// Resolves a branch, tag or commit hash of `db` to a commit id. Commit hashes must be
    /// reachable from one of the database's branches or tags.
    pub(crate) fn resolve_ref(&self, db: &Database, r: &str) -> Option<String> {
        if let Some(c) = db.branches.get(r) {
            return Some(c.clone());
        }
        if let Some(t) = db.tags.get(r) {
            return Some(t.commit.clone());
        }
        if !self.d.commits.contains_key(r) {
            return None;
        }
        let heads = db
            .branches
            .values()
            .chain(db.tags.values().map(|t| &t.commit));
        for h in heads {
            if self.ancestors(h).contains(r) {
                return Some(r.to_string());
            }
        }
        None
    }

    /// All commits reachable from `head`, `head` included.
    pub(crate) fn ancestors(&self, head: &str) -> HashSet<String> {
        let mut seen = HashSet::new();
        let mut queue = VecDeque::from([head.to_string()]);
        while let Some(c) = queue.pop_front() {
            if !seen.insert(c.clone()) {
                continue;
            }
            if let Some(commit) = self.d.commits.get(&c) {
                queue.extend(commit.parents.iter().cloned());
            }
        }
        seen
    }

    pub(crate) fn op(&self, name: &str) -> Option<&OpRec> {
        self.op_index.get(name).map(|&i| &self.d.ops[i])
    }

    pub(crate) fn op_mut(&mut self, name: &str) -> Option<&mut OpRec> {
        match self.op_index.get(name) {
            Some(&i) => Some(&mut self.d.ops[i]),
            None => None,
        }
    }

    pub(crate) fn push_op(&mut self, op: OpRec) {
        let i = self.d.ops.len();
        self.op_index.insert(op.name.clone(), i);
        self.op_index.insert(op.user_op_name.clone(), i);
        self.d.ops.push(op);
    }

    /// Marks operations that were still running when the state was saved as failed (used
    /// after a reload: their inputs are gone).
    pub(crate) fn fail_unfinished(&mut self) {
        let now = now_iso();
        let mut unlock = Vec::new();
        for op in &mut self.d.ops {
            if !op.status.is_finished() {
                op.status = OpStatus::Failed;
                op.error = "the sandbox restarted before this operation finished".to_string();
                op.updated_at = now.clone();
                if op.kind == OpKind::Merge {
                    unlock.push((op.owner.clone(), op.database.clone(), op.name.clone()));
                }
            }
        }
        for (o, d, name) in unlock {
            if let Some(db) = self.db_mut(&o, &d) {
                for p in db.pulls.values_mut() {
                    if p.merging.as_deref() == Some(name.as_str()) {
                        p.merging = None;
                    }
                }
            }
        }
    }

    /// A digest over all durable state (for "nothing changed" checks).
    pub(crate) fn fingerprint(&self) -> String {
        let mut commits: Vec<&String> = self.d.commits.keys().collect();
        commits.sort();
        let json = serde_json::to_string(&(&self.d.databases, &commits, &self.d.ops, self.d.seq))
            .unwrap_or_default();
        hash_id(&[&json])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn db(branches: &[(&str, &str)]) -> Database {
        Database {
            branches: branches
                .iter()
                .map(|(b, c)| (b.to_string(), c.to_string()))
                .collect(),
            ..Database::new("o", "d", Visibility::Public)
        }
    }

    #[test]
    fn stores_mirror_refs_and_commits() {
        let mut s = State::default();
        s.d.databases.insert(db_key("o", "d"), db(&[]));
        let session = crate::engine::Session::create().unwrap();
        session
            .conn()
            .execute_batch("CREATE TABLE t (id INT PRIMARY KEY)")
            .unwrap();
        let c1 = session.commit_all("c1", "u").unwrap();
        session.create_tag("v1", "main", "tagged", "u").unwrap();
        let mut session = session;
        let refs = session.refs().unwrap();
        let bytes = session.save().unwrap();
        s.put_store("o", "d", bytes, refs);
        let d = s.db("o", "d").unwrap().clone();
        assert_eq!(d.branches["main"], c1);
        assert_eq!(d.tags["v1"].commit, c1);
        assert_eq!(d.tags["v1"].tagger, "u");
        assert!(d.tags["v1"].tagged_at.ends_with('Z'));
        assert_eq!(s.d.commits[&c1].message, "c1");
        assert_eq!(s.d.commits[&c1].parents.len(), 1);
        assert_eq!(s.unsaved_stores.len(), 1);
        assert!(s.store("o", "d").is_some());
        // every commit in history resolves; a root of another store does not
        let root = s.d.commits[&c1].parents[0].clone();
        assert_eq!(s.resolve_ref(&d, &root), Some(root.clone()));
        assert_eq!(s.resolve_ref(&d, "v1"), Some(c1.clone()));
        s.d.commits.insert(
            "x".repeat(32),
            Commit {
                id: "x".repeat(32),
                parents: vec![],
                message: String::new(),
                author: String::new(),
                created_at: now_iso(),
            },
        );
        assert_eq!(s.resolve_ref(&d, &"x".repeat(32)), None);
        assert_eq!(s.resolve_ref(&d, "nope"), None);
    }

    #[test]
    fn engine_dates_become_iso() {
        assert_eq!(
            iso_from_engine_date("2026-11-30 19:23:24"),
            "2026-11-30T19:23:24.000Z"
        );
        assert_eq!(iso_from_engine_date("odd"), "odd");
    }

    #[test]
    fn durable_roundtrip_and_unfinished_ops() {
        let mut s = State::default();
        s.push_op(OpRec {
            seq: 1,
            kind: OpKind::Import,
            name: "jobs/1".into(),
            user_op_name: "users/u/userOperations/1".into(),
            creator: "u".into(),
            owner: "o".into(),
            database: "d".into(),
            status: OpStatus::Running,
            error: String::new(),
            created_at: now_iso(),
            updated_at: now_iso(),
            description: String::new(),
            metadata: vec![],
            branch: "main".into(),
            outcome: OpOutcome::default(),
        });
        let json = serde_json::to_string(&s.d).unwrap();
        let d: Durable = serde_json::from_str(&json).unwrap();
        let mut s2 = State::from_durable(d, HashMap::new());
        assert!(s2.op("users/u/userOperations/1").is_some());
        assert_eq!(s.fingerprint(), s2.fingerprint());
        s2.fail_unfinished();
        assert_eq!(s2.op("jobs/1").unwrap().status, OpStatus::Failed);
        assert_ne!(s.fingerprint(), s2.fingerprint());
    }
}
