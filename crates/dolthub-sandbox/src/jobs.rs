//! Background jobs: fork, SQL write (and merge-by-write), pull-request merge and import.
//!
//! Each job is a Tokio task that stays `Pending` for the configured delay, then
//! `Running` (polls say `In Progress`) for the same delay, then does its work and ends
//! `Succeeded` or `Failed`. Every change of a branch head happens while holding the
//! database's writer lock, so concurrent writers and merges never lose an update.

use crate::api::Shared;
use crate::engine::{Merged, Session};
use crate::import::{self, FileType, ImportOp};
use crate::sql::{self, Statement};
use crate::state::{Database, OpKind, OpOutcome, OpRec, OpStatus, PullRec, PullState, State};
use crate::stores::{self, Save};
use crate::util::{now_iso, truncate_bytes};
use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

/// The work of one job.
#[derive(Debug)]
pub(crate) enum Work {
    Fork {
        parent_owner: String,
        parent_name: String,
        owner: String,
    },
    Write {
        owner: String,
        db: String,
        from: String,
        to: String,
        query: String,
        author: String,
        /// API v2: merge `from` into an existing `to` after the statement.
        merge_after: bool,
    },
    Merge {
        owner: String,
        db: String,
        pull_id: u64,
        author: String,
    },
    Import(Box<ImportWork>),
}

/// An import job's inputs.
#[derive(Debug)]
pub(crate) struct ImportWork {
    pub owner: String,
    pub db: String,
    pub branch: String,
    pub table: String,
    pub file_name: String,
    pub file_type: FileType,
    pub op: ImportOp,
    pub primary_keys: Vec<String>,
    /// The uploaded bytes, deleted when the job ends.
    pub file: tempfile::TempPath,
    pub author: String,
    /// Where the import lands: on a new branch with a pull request into `branch` (named
    /// by the caller or by the sandbox), or directly on `branch` (API v2 without
    /// `pull_request_branch_name`).
    pub landing: Landing,
    /// Commit message instead of the sandbox's `Import <file> into ...`.
    pub commit_message: Option<String>,
}

/// Where an import's commit goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Landing {
    /// A new branch named by the sandbox, with a pull request (v1alpha1).
    PullRequest,
    /// A new branch of this name, with a pull request (API v2).
    NamedPullRequest(String),
    /// Straight onto the target branch, no pull request (API v2).
    Direct,
}

/// How a job ended.
struct Done {
    status: OpStatus,
    error: String,
    outcome: OpOutcome,
}

impl Done {
    fn ok(outcome: OpOutcome) -> Self {
        Done {
            status: OpStatus::Succeeded,
            error: String::new(),
            outcome,
        }
    }
    fn failed(error: impl Into<String>, outcome: OpOutcome) -> Self {
        Done {
            status: OpStatus::Failed,
            error: error.into(),
            outcome,
        }
    }
}

/// Registers a new pending operation and returns its name.
#[allow(clippy::too_many_arguments)]
pub(crate) fn new_op(
    st: &mut State,
    kind: OpKind,
    name: String,
    uuid: &str,
    creator: &str,
    (owner, database): (&str, &str),
    description: String,
    metadata: Vec<(String, String)>,
    branch: &str,
) -> String {
    let seq = st.next_seq();
    let now = now_iso();
    st.push_op(OpRec {
        seq,
        kind,
        name: name.clone(),
        user_op_name: format!("users/{creator}/userOperations/{uuid}"),
        creator: creator.to_string(),
        owner: owner.to_string(),
        database: database.to_string(),
        status: OpStatus::Pending,
        error: String::new(),
        created_at: now.clone(),
        updated_at: now,
        description,
        metadata,
        branch: branch.to_string(),
        outcome: OpOutcome::default(),
    });
    name
}

/// Sleeps `d` unless the sandbox shuts down first (then returns false).
async fn pause(stop: &mut tokio::sync::watch::Receiver<bool>, d: Duration) -> bool {
    if *stop.borrow() {
        return false;
    }
    if d.is_zero() {
        return true;
    }
    tokio::select! {
        _ = tokio::time::sleep(d) => true,
        _ = stop.wait_for(|s| *s) => false,
    }
}

fn set_status(shared: &Shared, name: &str, status: OpStatus) {
    {
        let mut st = shared.lock();
        if let Some(op) = st.op_mut(name) {
            op.status = status;
            op.updated_at = now_iso();
        }
    }
    shared.dirty();
}

fn finish(shared: &Shared, name: &str, done: Done) {
    {
        let mut st = shared.lock();
        if let Some(op) = st.op_mut(name) {
            op.status = done.status;
            op.error = done.error;
            let fork = op.outcome.fork.take();
            op.outcome = done.outcome;
            if op.outcome.fork.is_none() {
                op.outcome.fork = fork;
            }
            op.updated_at = now_iso();
        }
    }
    shared.dirty();
}

/// Starts a job in the background.
pub(crate) fn spawn(shared: Arc<Shared>, name: String, work: Work) {
    tokio::spawn(async move {
        let mut stop = shared.shutdown.clone();
        let delay = shared.cfg.job_delay;
        if !pause(&mut stop, delay).await {
            return;
        }
        set_status(&shared, &name, OpStatus::Running);
        if !pause(&mut stop, delay).await {
            return;
        }
        let done = match work {
            Work::Fork {
                parent_owner,
                parent_name,
                owner,
            } => fork(&shared, &parent_owner, &parent_name, &owner).await,
            Work::Write {
                owner,
                db,
                from,
                to,
                query,
                author,
                merge_after,
            } => {
                let target = WriteTarget {
                    owner: &owner,
                    db: &db,
                    from: &from,
                    to: &to,
                    merge_after,
                };
                write(&shared, target, &query, &author).await
            }
            Work::Merge {
                owner,
                db,
                pull_id,
                author,
            } => merge_pull(&shared, &name, &owner, &db, pull_id, &author).await,
            Work::Import(w) => import_file(&shared, *w).await,
        };
        finish(&shared, &name, done);
    });
}

async fn fork(shared: &Shared, parent_owner: &str, parent_name: &str, owner: &str) -> Done {
    let out = OpOutcome {
        fork: Some((owner.to_string(), parent_name.to_string())),
        ..Default::default()
    };
    // the fork is a byte copy of the parent's store: same commits, branches and tags
    // (a parent without a commit yet has no store, and neither has the fork)
    let (parent, bytes) = {
        let st = shared.lock();
        match st.db(parent_owner, parent_name).cloned() {
            Some(p) => (p, st.store(parent_owner, parent_name)),
            None => {
                return Done::failed(
                    format!("no such repository: {parent_owner}/{parent_name}"),
                    out,
                );
            }
        }
    };
    let refs = match &bytes {
        None => None,
        Some(b) => {
            let copy = b.to_vec();
            let refs = tokio::task::spawn_blocking(move || Session::open(&copy)?.refs())
                .await
                .map_err(|e| format!("fork task failed: {e}"))
                .and_then(|r| r);
            match refs {
                Ok(r) => Some(r),
                Err(e) => return Done::failed(e, out),
            }
        }
    };
    {
        let mut st = shared.lock();
        if st.db(owner, parent_name).is_some() {
            return Done::failed(
                format!("database {owner}/{parent_name} already exists"),
                out,
            );
        }
        st.d.databases.insert(
            crate::state::db_key(owner, parent_name),
            Database {
                description: parent.description.clone(),
                parent: Some((parent_owner.to_string(), parent_name.to_string())),
                default_branch: parent.default_branch.clone(),
                ..Database::new(owner, &parent.name, parent.visibility)
            },
        );
        if let (Some(bytes), Some(refs)) = (bytes, refs) {
            st.put_store(owner, parent_name, bytes.to_vec(), refs);
        }
    }
    shared.dirty();
    Done::ok(out)
}

/// Procedures a write may not call: they reach other servers or the store's
/// configuration, which the sandbox manages itself.
const REFUSED_PROCEDURES: &[&str] = &[
    "dolt_backup",
    "dolt_clone",
    "dolt_config",
    "dolt_fetch",
    "dolt_pull",
    "dolt_push",
    "dolt_remote",
];

/// Why a write may not call procedure `name`, if it may not.
pub(crate) fn procedure_refusal(name: &str) -> Option<String> {
    if !name.starts_with("dolt_") {
        return Some(format!("procedure {name} does not exist"));
    }
    REFUSED_PROCEDURES.contains(&name).then(|| {
        format!(
            "procedure {name} is not supported by the sandbox (no remotes, fixed configuration)"
        )
    })
}

/// What one write did.
enum WriteEnd {
    /// `from` does not exist (and `to` did not either).
    MissingBase,
    /// Nothing changed (the poll answers the bare-text 400).
    NoChange,
    /// A new commit on `to` (Dolt form) after `n` changed rows.
    Committed { commit: String, rows: u64 },
    /// A merge commit on `to`.
    Merged { commit: String, message: String },
    /// The statement failed; nothing but a newly created `to` was kept.
    Failed(String),
}

/// Where a write runs.
struct WriteTarget<'a> {
    owner: &'a str,
    db: &'a str,
    from: &'a str,
    to: &'a str,
    /// API v2: after the statement, merge `from` into `to` when `to` already existed.
    merge_after: bool,
}

async fn write(shared: &Shared, target: WriteTarget<'_>, query: &str, author: &str) -> Done {
    let WriteTarget {
        owner,
        db,
        from,
        to,
        merge_after,
    } = target;
    let mut out = OpOutcome::default();
    // The first write to a new database (`write/main/main`) creates its branch.
    if from == to
        && let Err(e) = crate::api::first_commit(&mut shared.lock(), owner, db, from, author)
    {
        return Done::failed(e, out);
    }
    if shared.lock().store(owner, db).is_none() {
        // a database without a commit has no branch to start from
        out.missing_base = true;
        return Done::failed(format!("branch not found: {from}"), out);
    }
    let statements = sql::split_statements(query);
    if statements.len() > 1 {
        return Done::failed(sql::MULTI_STATEMENT_MESSAGE, out);
    }
    let mysql_text = statements.first().cloned();
    let statement = mysql_text.as_deref().map(|s| sql::translate(s, db));
    if let Some(Statement::Call { name, .. }) = &statement
        && let Some(refusal) = procedure_refusal(name)
    {
        return Done::failed(refusal, out);
    }
    let no_change_fault = shared.faults.take_no_change_write();
    let (from_s, to_s, db_s) = (from.to_string(), to.to_string(), db.to_string());
    let message = format!("Run SQL query: {}", truncate_bytes(query.trim(), 1000));
    let author_s = author.to_string();
    let result = stores::change(shared, owner, db, author, move |s| {
        let (from, to) = (from_s.as_str(), to_s.as_str());
        let created = if s.has_branch(to)? {
            false
        } else if s.has_branch(from)? {
            s.create_branch(to, from)?;
            true
        } else {
            return Ok(((WriteEnd::MissingBase, String::new()), Save::No));
        };
        let before = s.resolve(to).unwrap_or_default();
        let keep = if created { Save::Yes } else { Save::No };
        if no_change_fault {
            return Ok(((WriteEnd::NoChange, before), keep));
        }
        s.checkout(to)?;
        let end = match statement {
            None => {
                let message = format!("Merge branch '{from}' into {to}");
                merge_end(s.merge(to, from, &message, &author_s), message)
            }
            Some(Statement::Call { name, args }) if name == "dolt_merge" => {
                let before = s.resolve(to);
                match s.atomically(|s| match s.procedure(&name, &args) {
                    Ok(_) => Ok(()),
                    Err(e) => Err(s.explain_merge_failure(e)),
                }) {
                    Err(e) => WriteEnd::Failed(e),
                    Ok(()) => match s.resolve(to) {
                        Some(after) if Some(&after) != before.as_ref() => WriteEnd::Merged {
                            commit: after,
                            message: format!("Merge into {to}: {}", args.join(" ")),
                        },
                        _ => WriteEnd::NoChange,
                    },
                }
            }
            Some(Statement::Call { name, args }) => {
                let to_engine: HashMap<String, String> =
                    s.hash_map()?.into_iter().map(|(e, d)| (d, e)).collect();
                let args: Vec<String> = args
                    .into_iter()
                    .map(|a| to_engine.get(&a).cloned().unwrap_or(a))
                    .collect();
                let deleting = args
                    .iter()
                    .any(|a| matches!(a.as_str(), "-d" | "-D" | "--delete" | "--force"));
                if name == "dolt_branch" && deleting && args.iter().any(|a| a == to) {
                    let e =
                        format!("cannot delete branch {to}: it is the branch this write runs on");
                    return Ok(((WriteEnd::Failed(e), before), keep));
                }
                match s.atomically(|s| {
                    s.procedure(&name, &args).map_err(|e| {
                        // doltlite does not say which branch; Dolt does
                        if e == "branch not found" {
                            let names: Vec<&str> = args
                                .iter()
                                .filter(|a| !a.starts_with('-'))
                                .map(String::as_str)
                                .collect();
                            format!("branch not found: {}", names.join(", "))
                        } else {
                            e
                        }
                    })?;
                    if s.is_dirty()? {
                        s.commit_all(&message, &author_s)?;
                    }
                    Ok(())
                }) {
                    Err(e) => WriteEnd::Failed(e),
                    Ok(()) => match s.resolve(to) {
                        Some(after) if after != before => WriteEnd::Committed {
                            commit: after,
                            rows: 0,
                        },
                        _ => WriteEnd::NoChange,
                    },
                }
            }
            Some(Statement::Unsupported(message)) => WriteEnd::Failed(message),
            Some(Statement::Sql(stmt)) => {
                // Hash literals are matched on the MySQL text (see
                // `engine_literals`), then that text is translated again.
                let hashes = s.hash_map()?;
                let to_engine = hashes.into_iter().map(|(e, d)| (d, e)).collect();
                let mysql = mysql_text.as_deref().unwrap_or_default();
                let stmt = match sql::translate(&sql::engine_literals(mysql, &to_engine), &db_s) {
                    Statement::Sql(translated) => translated,
                    _ => stmt,
                };
                match s.atomically(|s| {
                    let n = sql::execute(s.conn(), &stmt)?;
                    if s.is_dirty()? {
                        Ok(Some((s.commit_all(&message, &author_s)?, n)))
                    } else {
                        Ok(None)
                    }
                }) {
                    Err(e) => WriteEnd::Failed(e),
                    Ok(None) => WriteEnd::NoChange,
                    Ok(Some((commit, rows))) => WriteEnd::Committed { commit, rows },
                }
            }
        };
        let end = if merge_after && !created && from != to {
            merge_after_write(s, end, from, to, &author_s)?
        } else {
            end
        };
        let save = match &end {
            WriteEnd::Failed(_) | WriteEnd::MissingBase => keep,
            // procedures may change refs without a commit (branches, tags)
            _ => Save::Yes,
        };
        Ok(((end, before), save))
    })
    .await;
    let (end, before) = match result {
        Ok(x) => x,
        Err(e) => return Done::failed(e, out),
    };
    out.from_commit = before;
    match end {
        WriteEnd::MissingBase => {
            out.missing_base = true;
            Done::failed(format!("branch not found: {from}"), out)
        }
        WriteEnd::NoChange => {
            out.no_change = true;
            Done::ok(out)
        }
        WriteEnd::Failed(e) => Done::failed(e, out),
        WriteEnd::Committed { commit, rows } => {
            out.to_commit = commit;
            out.message = sql::rows_affected_message(rows);
            Done::ok(out)
        }
        WriteEnd::Merged { commit, message } => {
            out.was_merge = true;
            out.from_commit = commit;
            out.to_commit = String::new();
            out.message = message;
            Done::ok(out)
        }
    }
}

/// API v2's write between two existing branches: once the statement has run on `to`,
/// `from` is merged into it. A failed statement is not followed by a merge; a failed merge
/// fails the whole write (nothing of it is saved, as the caller keeps only successes).
/// The result names the merge commit, or the write's commit when `from` had nothing new.
fn merge_after_write(
    s: &crate::engine::Session,
    end: WriteEnd,
    from: &str,
    to: &str,
    author: &str,
) -> Result<WriteEnd, String> {
    let (written, rows) = match end {
        WriteEnd::Committed { commit, rows } => (Some(commit), rows),
        WriteEnd::NoChange => (None, 0),
        other => return Ok(other),
    };
    let message = format!("Merge branch '{from}' into {to}");
    Ok(match s.merge(to, from, &message, author) {
        Err(e) => WriteEnd::Failed(format!(
            "the write to {to} succeeded but merging {from} into it failed: {e}"
        )),
        Ok(Merged::Commit(commit)) => WriteEnd::Committed { commit, rows },
        Ok(Merged::UpToDate) => match written {
            Some(commit) => WriteEnd::Committed { commit, rows },
            None => WriteEnd::NoChange,
        },
    })
}

/// A merge's result as a write's end.
fn merge_end(result: Result<Merged, String>, message: String) -> WriteEnd {
    match result {
        Err(e) => WriteEnd::Failed(e),
        Ok(Merged::UpToDate) => WriteEnd::NoChange,
        Ok(Merged::Commit(commit)) => WriteEnd::Merged { commit, message },
    }
}

async fn merge_pull(
    shared: &Shared,
    op_name: &str,
    owner: &str,
    db: &str,
    pull_id: u64,
    author: &str,
) -> Done {
    let lock = shared.db_lock(owner, db);
    let _guard = lock.lock().await;
    let out = OpOutcome {
        pull_id: Some(pull_id),
        ..Default::default()
    };
    // the pull request and, for one from a fork, the fork's store
    type PullAndSource = (PullRec, Option<Arc<Vec<u8>>>);
    let pull: Result<PullAndSource, String> = {
        let st = shared.lock();
        (|| {
            let d = st
                .db(owner, db)
                .ok_or_else(|| format!("no such repository: {owner}/{db}"))?;
            let p = d
                .pulls
                .get(&pull_id)
                .cloned()
                .ok_or_else(|| format!("no such pull request: {pull_id}"))?;
            let source_db = st.db(&p.from_owner, &p.from_database).ok_or_else(|| {
                format!("no such repository: {}/{}", p.from_owner, p.from_database)
            })?;
            if !source_db.branches.contains_key(&p.from_branch) {
                return Err(format!("branch not found: {}", p.from_branch));
            }
            if !d.branches.contains_key(&p.to_branch) {
                return Err(format!("branch not found: {}", p.to_branch));
            }
            // a pull request from a fork merges through a fetch of the fork's store
            let other = if (p.from_owner.as_str(), p.from_database.as_str()) == (owner, db) {
                None
            } else {
                Some(st.store(&p.from_owner, &p.from_database).ok_or_else(|| {
                    format!("no such repository: {}/{}", p.from_owner, p.from_database)
                })?)
            };
            Ok((p, other))
        })()
    };
    let release = |shared: &Shared| {
        let mut st = shared.lock();
        if let Some(p) = st.db_mut(owner, db).and_then(|d| d.pulls.get_mut(&pull_id))
            && p.merging.as_deref() == Some(op_name)
        {
            p.merging = None;
        }
    };
    let (pull, other) = match pull {
        Ok(x) => x,
        Err(e) => {
            release(shared);
            return Done::failed(e, out);
        }
    };
    let message = format!(
        "Merge pull request #{pull_id} from {}/{}",
        pull.from_owner, pull.from_branch
    );
    let (from, to) = (pull.from_branch.clone(), pull.to_branch.clone());
    let author_s = author.to_string();
    let work = move |s: &Session| {
        let merged = match other {
            None => s.merge(&to, &from, &message, &author_s)?,
            Some(bytes) => s.merge_from_store(&bytes, &from, &to, &message, &author_s)?,
        };
        let head = s.resolve(&to).unwrap_or_default();
        let save = match merged {
            Merged::UpToDate => Save::No,
            Merged::Commit(_) => Save::Yes,
        };
        Ok((head, save))
    };
    let result = stores::change_locked(shared, owner, db, author, work).await;
    match result {
        Err(e) => {
            release(shared);
            Done::failed(e, out)
        }
        Ok(head) => {
            let mut st = shared.lock();
            if let Some(p) = st.db_mut(owner, db).and_then(|d| d.pulls.get_mut(&pull_id)) {
                p.state = PullState::Merged;
                p.merging = None;
                p.merge_commit = Some(head);
                p.updated_at = now_iso();
            }
            Done::ok(out)
        }
    }
}

async fn import_file(shared: &Shared, w: ImportWork) -> Done {
    let out = OpOutcome::default();
    // The first import into a new database creates its branch (empty), so the
    // import can open its pull request against it like any other.
    if let Err(e) =
        crate::api::first_commit(&mut shared.lock(), &w.owner, &w.db, &w.branch, &w.author)
    {
        return Done::failed(e, out);
    }
    let (file_type, op, table, pks, db_name) = (
        w.file_type,
        w.op,
        w.table.clone(),
        w.primary_keys.clone(),
        w.db.clone(),
    );
    let what = if w.file_type == FileType::Sql {
        "the database".to_string()
    } else {
        format!("table {}", w.table)
    };
    let message = w
        .commit_message
        .clone()
        .filter(|m| !m.trim().is_empty())
        .unwrap_or_else(|| format!("Import {} into {what}", w.file_name));
    let path = w.file.to_path_buf();
    let (base, author, landing) = (w.branch.clone(), w.author.clone(), w.landing.clone());
    let result = stores::change(shared, &w.owner, &w.db, &w.author, move |s| {
        if !s.has_branch(&base)? {
            return Err(format!("branch not found: {base}"));
        }
        // the import lands on `base` itself, or on a new branch proposed as a pull
        // request into `base`
        let branch = match landing {
            Landing::Direct => None,
            Landing::NamedPullRequest(name) if s.has_branch(&name)? => {
                return Err(format!("branch {name} already exists"));
            }
            Landing::NamedPullRequest(name) => Some(name),
            Landing::PullRequest => {
                let mut found = None;
                for _ in 0..100 {
                    let candidate = format!(
                        "{author}/import-{}",
                        &crate::util::uuid().replace('-', "")[..8]
                    );
                    if !s.has_branch(&candidate)? {
                        found = Some(candidate);
                        break;
                    }
                }
                Some(found.ok_or("no free branch name for the import")?)
            }
        };
        match &branch {
            Some(b) => {
                s.create_branch(b, &base)?;
                s.checkout(b)?;
            }
            None => s.checkout(&base)?,
        }
        let rows = if file_type == FileType::Sql {
            let text = std::fs::read_to_string(&path)
                .map_err(|e| format!("the SQL file is not UTF-8 text: {e}"))?;
            import::apply_sql_file(s.conn(), &text, &db_name)?
        } else {
            let file = std::fs::File::open(&path).map_err(|e| e.to_string())?;
            let data = import::parse(std::io::BufReader::new(file), file_type)?;
            import::apply(s.conn(), &table, op, &pks, &data)?
        };
        if s.is_dirty()? {
            s.commit_all(&message, &author)?;
        } else {
            s.commit_all_allow_empty(&message, &author)?;
        }
        Ok(((branch, rows), Save::Yes))
    })
    .await;
    drop(w.file);
    let (branch, rows) = match result {
        Ok(x) => x,
        Err(e) => return Done::failed(e, out),
    };
    let Some(branch) = branch else {
        return Done::ok(out);
    };
    let mut out = out;
    let mut st = shared.lock();
    let seq = st.next_seq();
    let now = now_iso();
    let Some(d) = st.db_mut(&w.owner, &w.db) else {
        return Done::failed("database disappeared", out);
    };
    let id = d.next_pull;
    d.next_pull += 1;
    let op_word = match w.op {
        ImportOp::Create => "create",
        ImportOp::Update => "update",
        ImportOp::Overwrite => "overwrite",
        ImportOp::Replace => "replace",
    };
    d.pulls.insert(
        id,
        PullRec {
            id,
            seq,
            title: format!("Import {}", w.file_name),
            description: format!(
                "Imported {rows} rows from {} into {what} ({op_word}).",
                w.file_name
            ),
            state: PullState::Open,
            from_owner: w.owner.clone(),
            from_database: w.db.clone(),
            from_branch: branch,
            to_branch: w.branch.clone(),
            author: w.author.clone(),
            created_at: now.clone(),
            updated_at: now,
            comments: Vec::new(),
            merging: None,
            merge_commit: None,
        },
    );
    out.pull_id = Some(id);
    Done::ok(out)
}
