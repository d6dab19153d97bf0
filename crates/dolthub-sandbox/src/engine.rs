//! The storage engine: one doltlite store per sandbox database.
//!
//! doltlite is SQLite's SQL layer on a prolly-tree store with Dolt's version control, so
//! commits, branches, tags, merges (with conflict tables), diffs and history all belong
//! to the store. A store lives in the sandbox as the bytes of its file (the whole
//! history); a [`Session`] is a private copy of those bytes in a file of its own, and a
//! change saves the file's bytes back. Reads therefore see a consistent store and can
//! never leak changes, and forks are byte copies. `crate::stores` keeps sessions open
//! between requests so a read does not reload the store.
//!
//! Sessions are files, never in-memory images: doltlite (0.41.3) checkpoints its chunk
//! log once 8 MiB or 2,048 chunks have been appended since the last checkpoint, and a
//! checkpoint written into an in-memory image (`deserialize`d, or the one `serialize`
//! builds) destroys the image's header, so a table past about 100,000 rows came back as
//! "file is not a database" or "database disk image is malformed". In a file the
//! checkpoint is written correctly (see the sandbox README for the reproduction).
//!
//! The rest of the sandbox talks to the engine only through this module. Commit hashes
//! leave it in Dolt's form (32 characters of `0-9a-v`, see [`dolt_hash`]); doltlite's own
//! form is 40 hex characters of the same 20 bytes.

use rusqlite::types::ValueRef;
use rusqlite::{Connection, OptionalExtension};
use std::collections::{BTreeMap, HashMap};

/// A hidden branch a read session checks out to run at a tag or a commit (doltlite has
/// no detached HEAD). It only ever exists in a throw-away copy.
pub(crate) const AT_REF_BRANCH: &str = "__sandbox_at_ref";
/// The remote name used while fetching a fork's branch for a pull-request merge.
const FORK_REMOTE: &str = "__sandbox_fork";

const BASE32: &[u8; 32] = b"0123456789abcdefghijklmnopqrstuv";

/// doltlite's 40-hex commit hash in Dolt's 32-character base32 form (same 20 bytes).
/// Returns `None` for anything that is not 40 hex characters.
pub(crate) fn dolt_hash(hex40: &str) -> Option<String> {
    if hex40.len() != 40 || !hex40.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let mut bytes = [0u8; 20];
    for (i, b) in bytes.iter_mut().enumerate() {
        *b = u8::from_str_radix(&hex40[2 * i..2 * i + 2], 16).ok()?;
    }
    let mut out = String::with_capacity(32);
    let (mut acc, mut bits) = (0u32, 0u32);
    for b in bytes {
        acc = (acc << 8) | u32::from(b);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(BASE32[((acc >> bits) & 31) as usize] as char);
        }
    }
    Some(out)
}

/// Dolt's 32-character hash back in doltlite's 40-hex form; `None` when `s` is not one.
pub(crate) fn engine_hash(s: &str) -> Option<String> {
    if s.len() != 32 {
        return None;
    }
    let mut out = String::with_capacity(40);
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in s.bytes() {
        let v = BASE32.iter().position(|&x| x == c.to_ascii_lowercase())? as u32;
        acc = (acc << 5) | v;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            out.push_str(&format!("{:02x}", (acc >> bits) & 0xff));
        }
    }
    Some(out)
}

/// A ref as doltlite understands it: Dolt-form hashes become 40-hex, names stay.
fn engine_ref(r: &str) -> String {
    engine_hash(r).unwrap_or_else(|| r.to_string())
}

/// `name <name@sandbox.invalid>`, the author string of the sandbox's users.
pub(crate) fn author_of(user: &str) -> String {
    format!("{user} <{user}@sandbox.invalid>")
}

/// A new database's store and its refs: doltlite's first commit on `branch` (the only
/// branch).
pub(crate) fn new_store(branch: &str) -> EngineResult<(Vec<u8>, Refs)> {
    let mut s = Session::create()?;
    if branch != "main" {
        // doltlite names its first branch `main`; move it
        s.call("dolt_branch", &["-m", "main", branch])?;
    }
    let refs = s.refs()?;
    Ok((s.save()?, refs))
}

/// One commit as the sandbox shows it (hashes in Dolt form).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct CommitInfo {
    pub id: String,
    pub parents: Vec<String>,
    pub author: String,
    pub date: String,
    pub message: String,
}

/// One tag (commit hash in Dolt form).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct TagInfo {
    pub commit: String,
    pub tagger: String,
    pub date: String,
    pub message: String,
}

/// Everything the HTTP layer mirrors from a store: branch heads, tags and the commits
/// reachable from them.
#[derive(Debug, Clone, Default)]
pub(crate) struct Refs {
    pub branches: BTreeMap<String, String>,
    pub tags: BTreeMap<String, TagInfo>,
    pub commits: Vec<CommitInfo>,
}

/// How a merge ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Merged {
    /// The source was already contained in the target.
    UpToDate,
    /// A merge commit (Dolt-form hash).
    Commit(String),
}

/// An engine error: the message as users should see it.
pub(crate) type EngineResult<T> = Result<T, String>;

fn err(e: rusqlite::Error) -> String {
    crate::sql::error_text(&e)
}

/// A private, writable copy of one store, in a file of its own.
#[derive(Debug)]
pub(crate) struct Session {
    conn: Connection,
    /// The store's file (see the module docs for why it is never an in-memory image).
    path: std::path::PathBuf,
    /// Holds the file; dropped after the connection (fields drop in order).
    _dir: tempfile::TempDir,
}

/// The file name of a session's store inside its directory.
const STORE_FILE: &str = "store.doltlite";

impl Session {
    /// A new store: doltlite starts it with the commit `Initialize data repository` on
    /// `main`.
    pub(crate) fn create() -> EngineResult<Session> {
        Self::open_file(None)
    }

    /// A copy of the store saved as `bytes` (see [`Session::save`]).
    pub(crate) fn open(bytes: &[u8]) -> EngineResult<Session> {
        Self::open_file(Some(bytes))
    }

    fn open_file(bytes: Option<&[u8]>) -> EngineResult<Session> {
        let dir = tempfile::Builder::new()
            .prefix("dolthub-sandbox-store")
            .tempdir()
            .map_err(|e| format!("cannot stage the store: {e}"))?;
        let path = dir.path().join(STORE_FILE);
        if let Some(bytes) = bytes {
            std::fs::write(&path, bytes).map_err(|e| format!("cannot stage the store: {e}"))?;
        }
        let conn = Connection::open(&path).map_err(err)?;
        Ok(Session {
            conn,
            path,
            _dir: dir,
        })
    }

    /// The store's bytes, history included: its file, which holds every committed
    /// transaction (doltlite appends and syncs each one).
    pub(crate) fn save(&mut self) -> EngineResult<Vec<u8>> {
        std::fs::read(&self.path).map_err(|e| format!("cannot read the store: {e}"))
    }

    /// The SQL connection (for statements, reads and imports).
    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }

    /// Runs one of doltlite's version-control functions with text arguments and returns
    /// its result as text.
    fn call(&self, function: &str, args: &[&str]) -> EngineResult<Option<String>> {
        let placeholders = vec!["?"; args.len()].join(", ");
        let sql = format!("SELECT {function}({placeholders})");
        self.conn
            .query_row(&sql, rusqlite::params_from_iter(args.iter()), |r| {
                Ok(match r.get_ref(0)? {
                    ValueRef::Null => None,
                    ValueRef::Integer(i) => Some(i.to_string()),
                    ValueRef::Real(f) => Some(f.to_string()),
                    ValueRef::Text(t) | ValueRef::Blob(t) => {
                        Some(String::from_utf8_lossy(t).into_owned())
                    }
                })
            })
            .map_err(err)
    }

    /// Runs a `dolt_*` procedure as a user wrote it (`CALL DOLT_X(...)`).
    pub(crate) fn procedure(&self, name: &str, args: &[String]) -> EngineResult<Option<String>> {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        self.call(name, &args)
    }

    /// Sets the user that commits, merges and tags are attributed to.
    pub(crate) fn set_user(&self, user: &str) -> EngineResult<()> {
        self.call("dolt_config", &["user.name", user])?;
        self.call(
            "dolt_config",
            &["user.email", &format!("{user}@sandbox.invalid")],
        )?;
        Ok(())
    }

    pub(crate) fn has_branch(&self, name: &str) -> EngineResult<bool> {
        self.conn
            .query_row(
                "SELECT 1 FROM dolt_branches WHERE name = ?1",
                [name],
                |_| Ok(()),
            )
            .optional()
            .map(|o| o.is_some())
            .map_err(err)
    }

    /// The commit a branch, tag or commit hash (either form) points at, in Dolt form.
    pub(crate) fn resolve(&self, r: &str) -> Option<String> {
        self.call("dolt_hashof", &[&engine_ref(r)])
            .ok()
            .flatten()
            .and_then(|h| dolt_hash(&h))
    }

    pub(crate) fn checkout(&self, branch: &str) -> EngineResult<()> {
        self.call("dolt_checkout", &[branch]).map(|_| ())
    }

    /// Checks out `r`: a branch as it is, a tag or commit through a hidden branch (this
    /// session is a throw-away copy, so the store never sees it).
    pub(crate) fn checkout_ref(&self, r: &str) -> EngineResult<()> {
        if self.has_branch(r)? {
            return self.checkout(r);
        }
        if r.starts_with("__sandbox") {
            return Err(format!("branch not found: {r}"));
        }
        self.call("dolt_branch", &[AT_REF_BRANCH, &engine_ref(r)])
            .map_err(|_| format!("branch not found: {r}"))?;
        self.checkout(AT_REF_BRANCH)
    }

    pub(crate) fn create_branch(&self, name: &str, start: &str) -> EngineResult<()> {
        self.call("dolt_branch", &[name, &engine_ref(start)])
            .map(|_| ())
    }

    pub(crate) fn create_tag(
        &self,
        name: &str,
        start: &str,
        message: &str,
        user: &str,
    ) -> EngineResult<()> {
        let author = author_of(user);
        let mut args = vec![name, "", "--author", &author];
        let start = engine_ref(start);
        args[1] = &start;
        if !message.is_empty() {
            args.extend(["-m", message]);
        }
        self.call("dolt_tag", &args).map(|_| ())
    }

    /// True when the working set differs from the checked-out branch's head.
    pub(crate) fn is_dirty(&self) -> EngineResult<bool> {
        self.conn
            .query_row("SELECT count(*) FROM dolt_status", [], |r| {
                r.get::<_, i64>(0)
            })
            .map(|n| n > 0)
            .map_err(err)
    }

    /// Commits every change of the working set; returns the new commit (Dolt form).
    pub(crate) fn commit_all(&self, message: &str, user: &str) -> EngineResult<String> {
        let author = author_of(user);
        let hash = self
            .call("dolt_commit", &["-A", "-m", message, "--author", &author])?
            .unwrap_or_default();
        dolt_hash(&hash).ok_or_else(|| format!("unexpected commit hash {hash:?}"))
    }

    /// Commits even when nothing changed (an import of zero new rows still records that
    /// it happened).
    pub(crate) fn commit_all_allow_empty(&self, message: &str, user: &str) -> EngineResult<String> {
        let author = author_of(user);
        let hash = self
            .call(
                "dolt_commit",
                &["-A", "--allow-empty", "-m", message, "--author", &author],
            )?
            .unwrap_or_default();
        dolt_hash(&hash).ok_or_else(|| format!("unexpected commit hash {hash:?}"))
    }

    /// Runs `f` in a SQL transaction: committed when it succeeds, rolled back (working
    /// set included) when it fails.
    pub(crate) fn atomically<T>(
        &self,
        f: impl FnOnce(&Self) -> EngineResult<T>,
    ) -> EngineResult<T> {
        self.conn.execute_batch("BEGIN").map_err(err)?;
        match f(self) {
            Ok(v) => {
                self.conn.execute_batch("COMMIT").map_err(err)?;
                Ok(v)
            }
            Err(e) => {
                let _ = self.conn.execute_batch("ROLLBACK");
                Err(e)
            }
        }
    }

    /// Merges `source` (a branch, tag or commit of this store) into branch `target`,
    /// always with a merge commit unless `target` already contains `source`. A conflict
    /// rolls everything back and names the conflicting tables.
    pub(crate) fn merge(
        &self,
        target: &str,
        source: &str,
        message: &str,
        user: &str,
    ) -> EngineResult<Merged> {
        self.checkout(target)?;
        let author = author_of(user);
        let source = engine_ref(source);
        let merged = self.atomically(|s| {
            match s.call(
                "dolt_merge",
                &[&source, "--no-ff", "-m", message, "--author", &author],
            ) {
                Ok(Some(text)) => Ok(dolt_hash(&text).map_or(Merged::UpToDate, Merged::Commit)),
                Ok(None) => Ok(Merged::UpToDate),
                Err(e) => Err(s.explain_merge_failure(e)),
            }
        });
        match merged {
            // doltlite's forced merge commit still merges the tables and refuses some
            // changes (a new primary key) that need no merging when the target has not
            // moved; then the target simply moves to the source, as Dolt's fast-forward.
            Err(e) if !e.starts_with("merge conflict") && self.is_ancestor(target, &source) => {
                self.atomically(|s| s.call("dolt_merge", &[&source]))?;
                Ok(self
                    .resolve(target)
                    .map_or(Merged::UpToDate, Merged::Commit))
            }
            other => other,
        }
    }

    /// Whether the head of `ancestor` is an ancestor of (or equal to) `of`.
    fn is_ancestor(&self, ancestor: &str, of: &str) -> bool {
        let (Ok(Some(a)), Ok(Some(o))) = (
            self.call("dolt_hashof", &[ancestor]),
            self.call("dolt_hashof", &[of]),
        ) else {
            return false;
        };
        matches!(self.call("dolt_merge_base", &[&a, &o]), Ok(Some(b)) if b == a)
    }

    /// Turns doltlite's merge error into a message naming the tables in conflict or with
    /// constraint violations (read before the transaction rolls back).
    pub(crate) fn explain_merge_failure(&self, raw: String) -> String {
        let names = |sql: &str| -> Vec<String> {
            self.conn
                .prepare(sql)
                .and_then(|mut st| {
                    st.query_map([], |r| r.get::<_, String>(0))?
                        .collect::<rusqlite::Result<Vec<_>>>()
                })
                .unwrap_or_default()
        };
        let mut conflicts = names("SELECT \"table\" FROM dolt_conflicts ORDER BY 1");
        conflicts.extend(names(
            "SELECT table_name FROM dolt_schema_conflicts ORDER BY 1",
        ));
        conflicts.dedup();
        let violations = names("SELECT \"table\" FROM dolt_constraint_violations ORDER BY 1");
        if !conflicts.is_empty() {
            format!(
                "merge conflict: the branches changed the same rows or schema differently in table(s) {}; \
                 resolve the conflicts on one branch and merge again",
                conflicts.join(", ")
            )
        } else if !violations.is_empty() {
            format!(
                "merge failed: the merged data violates constraints in table(s) {}",
                violations.join(", ")
            )
        } else {
            raw
        }
    }

    /// Fetches branch `branch` of another store (a fork sharing this store's history)
    /// and merges it into `target`.
    pub(crate) fn merge_from_store(
        &self,
        other: &[u8],
        branch: &str,
        target: &str,
        message: &str,
        user: &str,
    ) -> EngineResult<Merged> {
        let file = tempfile::Builder::new()
            .prefix("dolthub-sandbox-fork-")
            .suffix(".doltlite")
            .tempfile()
            .map_err(|e| format!("cannot stage the fork for merging: {e}"))?;
        std::fs::write(file.path(), other)
            .map_err(|e| format!("cannot stage the fork for merging: {e}"))?;
        let url = format!("file://{}", file.path().display());
        self.call("dolt_remote", &["add", FORK_REMOTE, &url])?;
        let result = self
            .call("dolt_fetch", &[FORK_REMOTE, branch])
            .and_then(|_| self.merge(target, &format!("{FORK_REMOTE}/{branch}"), message, user));
        self.call("dolt_remote", &["remove", FORK_REMOTE])?;
        result
    }

    /// Branches, tags and reachable commits, hashes in Dolt form.
    pub(crate) fn refs(&self) -> EngineResult<Refs> {
        let mut refs = Refs::default();
        let mut st = self
            .conn
            .prepare("SELECT name, hash FROM dolt_branches ORDER BY name")
            .map_err(err)?;
        let rows = st
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))
            .map_err(err)?;
        for row in rows {
            let (name, hash) = row.map_err(err)?;
            if name.starts_with("__sandbox") {
                continue;
            }
            refs.branches.insert(name, dolt_hash(&hash).unwrap_or(hash));
        }
        let mut st = self
            .conn
            .prepare("SELECT tag_name, tag_hash, tagger, date, message FROM dolt_tags")
            .map_err(err)?;
        let rows = st
            .query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    TagInfo {
                        commit: r.get(1)?,
                        tagger: r.get::<_, Option<String>>(2)?.unwrap_or_default(),
                        date: r.get::<_, Option<String>>(3)?.unwrap_or_default(),
                        message: r.get::<_, Option<String>>(4)?.unwrap_or_default(),
                    },
                ))
            })
            .map_err(err)?;
        for row in rows {
            let (name, mut tag) = row.map_err(err)?;
            tag.commit = dolt_hash(&tag.commit).unwrap_or(tag.commit);
            refs.tags.insert(name, tag);
        }
        // parents of every commit in the store, then the metadata of those reachable
        // from a branch or a tag
        let mut parents: HashMap<String, Vec<(i64, String)>> = HashMap::new();
        let mut st = self
            .conn
            .prepare("SELECT commit_hash, parent_hash, parent_index FROM dolt_commit_ancestors")
            .map_err(err)?;
        let rows = st
            .query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, Option<String>>(1)?,
                    r.get::<_, i64>(2)?,
                ))
            })
            .map_err(err)?;
        for row in rows {
            let (c, p, i) = row.map_err(err)?;
            let entry = parents.entry(c).or_default();
            if let Some(p) = p {
                entry.push((i, p));
            }
        }
        let heads: Vec<String> = refs
            .branches
            .values()
            .chain(refs.tags.values().map(|t| &t.commit))
            .filter_map(|h| engine_hash(h))
            .collect();
        let mut seen = std::collections::HashSet::new();
        let mut st = self
            .conn
            .prepare("SELECT commit_hash, committer, date, message FROM dolt_log(?1)")
            .map_err(err)?;
        for head in heads {
            if seen.contains(&head) {
                continue;
            }
            let rows = st
                .query_map([&head], |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, Option<String>>(1)?.unwrap_or_default(),
                        r.get::<_, Option<String>>(2)?.unwrap_or_default(),
                        r.get::<_, Option<String>>(3)?.unwrap_or_default(),
                    ))
                })
                .map_err(err)?;
            for row in rows {
                let (hash, author, date, message) = row.map_err(err)?;
                if !seen.insert(hash.clone()) {
                    continue;
                }
                let mut ps = parents.get(&hash).cloned().unwrap_or_default();
                ps.sort();
                refs.commits.push(CommitInfo {
                    id: dolt_hash(&hash).unwrap_or_else(|| hash.clone()),
                    parents: ps
                        .into_iter()
                        .map(|(_, p)| dolt_hash(&p).unwrap_or(p))
                        .collect(),
                    author,
                    date,
                    message,
                });
            }
        }
        Ok(refs)
    }

    /// Every commit of the store: doltlite's hash to Dolt's (to rewrite hashes in query
    /// results and literals).
    pub(crate) fn hash_map(&self) -> EngineResult<HashMap<String, String>> {
        let mut st = self
            .conn
            .prepare("SELECT DISTINCT commit_hash FROM dolt_commit_ancestors")
            .map_err(err)?;
        let rows = st.query_map([], |r| r.get::<_, String>(0)).map_err(err)?;
        let mut out = HashMap::new();
        for h in rows {
            let h = h.map_err(err)?;
            if let Some(d) = dolt_hash(&h) {
                out.insert(h, d);
            }
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_convert_both_ways() {
        let hex = "83dc5a329cb34306a33a7429f58b8c2087d67a03";
        let d = dolt_hash(hex).unwrap();
        assert_eq!(d.len(), 32);
        assert!(d.bytes().all(|b| BASE32.contains(&b)), "{d}");
        assert_eq!(engine_hash(&d).as_deref(), Some(hex));
        assert_eq!(
            dolt_hash("0000000000000000000000000000000000000000").unwrap(),
            "0".repeat(32)
        );
        assert_eq!(dolt_hash(&"f".repeat(40)).unwrap(), "v".repeat(32));
        assert!(dolt_hash("xyz").is_none());
        assert!(engine_hash("main").is_none());
        assert!(engine_hash(&"w".repeat(32)).is_none());
    }

    #[test]
    fn commits_branches_tags_and_merges_live_in_the_store() {
        let s = Session::create().unwrap();
        s.set_user("alice").unwrap();
        s.conn()
            .execute_batch(
                "CREATE TABLE t (id INT PRIMARY KEY, v TEXT); INSERT INTO t VALUES (1, 'a');",
            )
            .unwrap();
        assert!(s.is_dirty().unwrap());
        let c1 = s.commit_all("first", "alice").unwrap();
        assert!(!s.is_dirty().unwrap());
        assert_eq!(s.resolve("main").as_deref(), Some(c1.as_str()));
        s.create_branch("feature", "main").unwrap();
        s.create_tag("v1", &c1, "one", "alice").unwrap();
        s.checkout("feature").unwrap();
        s.conn()
            .execute_batch("INSERT INTO t VALUES (2, 'f')")
            .unwrap();
        let c2 = s.commit_all("feature row", "alice").unwrap();
        s.checkout("main").unwrap();
        s.conn()
            .execute_batch("INSERT INTO t VALUES (3, 'm')")
            .unwrap();
        s.commit_all("main row", "alice").unwrap();
        let Merged::Commit(m) = s.merge("main", "feature", "merge it", "bob").unwrap() else {
            panic!("expected a merge commit")
        };
        assert_eq!(
            s.merge("main", "feature", "again", "bob").unwrap(),
            Merged::UpToDate
        );
        let mut copy = Session::open(&{
            let mut s = s;
            s.save().unwrap()
        })
        .unwrap();
        let refs = copy.refs().unwrap();
        assert_eq!(refs.branches["main"], m);
        assert_eq!(refs.branches["feature"], c2);
        assert_eq!(refs.tags["v1"].commit, c1);
        assert_eq!(refs.tags["v1"].message, "one");
        let merge = refs.commits.iter().find(|c| c.id == m).unwrap();
        assert_eq!(merge.parents.len(), 2);
        assert_eq!(merge.author, "bob");
        assert_eq!(merge.message, "merge it");
        assert!(
            refs.commits
                .iter()
                .any(|c| c.message == "Initialize data repository")
        );
        // reads at a tag see the tagged data, and the hidden branch is not a ref
        copy.checkout_ref("v1").unwrap();
        let n: i64 = copy
            .conn()
            .query_row("SELECT count(*) FROM t", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 1);
        assert!(!copy.refs().unwrap().branches.contains_key(AT_REF_BRANCH));
        assert!(
            copy.checkout_ref("nope")
                .unwrap_err()
                .contains("branch not found")
        );
        let _ = copy.save().unwrap();
    }

    #[test]
    fn new_stores_start_on_the_first_branch() {
        let (bytes, refs) = new_store("main").unwrap();
        assert_eq!(refs.branches.keys().collect::<Vec<_>>(), ["main"]);
        assert_eq!(refs.commits.len(), 1);
        assert!(Session::open(&bytes).unwrap().has_branch("main").unwrap());
        let (bytes, refs) = new_store("dev").unwrap();
        assert_eq!(refs.branches.keys().collect::<Vec<_>>(), ["dev"]);
        let s = Session::open(&bytes).unwrap();
        s.checkout("dev").unwrap();
        s.conn()
            .execute_batch("CREATE TABLE t (id INT PRIMARY KEY)")
            .unwrap();
        s.commit_all("on dev", "u").unwrap();
    }

    #[test]
    fn conflicting_merge_names_the_tables_and_changes_nothing() {
        let s = Session::create().unwrap();
        s.conn()
            .execute_batch(
                "CREATE TABLE t (id INT PRIMARY KEY, v TEXT); INSERT INTO t VALUES (1, 'a');",
            )
            .unwrap();
        s.commit_all("base", "u").unwrap();
        s.create_branch("other", "main").unwrap();
        s.conn()
            .execute_batch("UPDATE t SET v = 'main' WHERE id = 1")
            .unwrap();
        let head = s.commit_all("main edit", "u").unwrap();
        s.checkout("other").unwrap();
        s.conn()
            .execute_batch("UPDATE t SET v = 'other' WHERE id = 1")
            .unwrap();
        s.commit_all("other edit", "u").unwrap();
        let e = s.merge("main", "other", "m", "u").unwrap_err();
        assert!(e.contains("conflict") && e.contains("table(s) t"), "{e}");
        assert_eq!(s.resolve("main").as_deref(), Some(head.as_str()));
        assert!(!s.is_dirty().unwrap());
    }

    #[test]
    fn branches_with_slashes_and_fork_only_branches_merge() {
        let mut parent = Session::create().unwrap();
        parent
            .conn()
            .execute_batch("CREATE TABLE t (id INT PRIMARY KEY); INSERT INTO t VALUES (1);")
            .unwrap();
        parent.commit_all("base", "u").unwrap();
        parent.create_branch("u/import-1", "main").unwrap();
        parent.checkout("u/import-1").unwrap();
        parent
            .conn()
            .execute_batch("INSERT INTO t VALUES (5)")
            .unwrap();
        parent.commit_all("import", "u").unwrap();
        parent.create_branch("copy/of", "u/import-1").unwrap();
        assert!(matches!(
            parent.merge("main", "u/import-1", "m", "u").unwrap(),
            Merged::Commit(_)
        ));
        let bytes = parent.save().unwrap();
        let mut parent = Session::open(&bytes).unwrap();
        parent.set_user("sandbox").unwrap();
        let mut fork = Session::open(&bytes).unwrap();
        fork.set_user("alice").unwrap();
        fork.create_branch("more", "main").unwrap();
        fork.checkout("more").unwrap();
        fork.conn()
            .execute_batch("INSERT INTO t VALUES (2)")
            .unwrap();
        fork.commit_all("fork row", "v").unwrap();
        let fork_bytes = fork.save().unwrap();
        assert!(matches!(
            parent
                .merge_from_store(&fork_bytes, "more", "main", "Merge fork", "u")
                .unwrap(),
            Merged::Commit(_)
        ));
        let n: i64 = parent
            .conn()
            .query_row("SELECT count(*) FROM t", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 3);
        // the on-disk copy serializes like any other
        let back = Session::open(&parent.save().unwrap()).unwrap();
        assert_eq!(back.refs().unwrap().branches.len(), 3);
    }

    #[test]
    fn a_fork_branch_whose_name_has_a_slash_merges() {
        let mut parent = Session::create().unwrap();
        parent
            .conn()
            .execute_batch("CREATE TABLE t (id INT PRIMARY KEY); INSERT INTO t VALUES (1);")
            .unwrap();
        parent.commit_all("base", "u").unwrap();
        let bytes = parent.save().unwrap();
        let parent = Session::open(&bytes).unwrap();
        let mut fork = Session::open(&bytes).unwrap();
        fork.create_branch("feature/x", "main").unwrap();
        fork.create_branch("other/y", "main").unwrap();
        fork.checkout("feature/x").unwrap();
        fork.conn()
            .execute_batch("INSERT INTO t VALUES (2)")
            .unwrap();
        fork.commit_all("fork row", "v").unwrap();
        let fork_bytes = fork.save().unwrap();
        let merged = parent
            .merge_from_store(&fork_bytes, "feature/x", "main", "Merge fork", "u")
            .unwrap();
        assert!(matches!(merged, Merged::Commit(_)), "{merged:?}");
        let n: i64 = parent
            .conn()
            .query_row("SELECT count(*) FROM t", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 2);
        // nothing of the staging is left behind: no remote, no extra branch
        assert_eq!(
            parent.refs().unwrap().branches.keys().collect::<Vec<_>>(),
            ["main"]
        );
        let remotes: i64 = parent
            .conn()
            .query_row("SELECT count(*) FROM dolt_remotes", [], |r| r.get(0))
            .unwrap();
        assert_eq!(remotes, 0);
    }

    #[test]
    fn forks_merge_through_a_fetch() {
        let mut parent = Session::create().unwrap();
        parent
            .conn()
            .execute_batch("CREATE TABLE t (id INT PRIMARY KEY); INSERT INTO t VALUES (1);")
            .unwrap();
        parent.commit_all("base", "u").unwrap();
        let bytes = parent.save().unwrap();
        let mut fork = Session::open(&bytes).unwrap();
        fork.conn()
            .execute_batch("INSERT INTO t VALUES (2)")
            .unwrap();
        let fork_head = fork.commit_all("fork row", "v").unwrap();
        let fork_bytes = fork.save().unwrap();
        let Merged::Commit(m) = parent
            .merge_from_store(&fork_bytes, "main", "main", "Merge fork", "u")
            .unwrap()
        else {
            panic!("expected a merge commit")
        };
        let refs = parent.refs().unwrap();
        assert_eq!(refs.branches["main"], m);
        assert!(refs.commits.iter().any(|c| c.id == fork_head));
        let n: i64 = parent
            .conn()
            .query_row("SELECT count(*) FROM t", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 2);
    }
}
