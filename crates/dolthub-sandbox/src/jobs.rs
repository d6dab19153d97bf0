//! Background jobs: fork, SQL write (and merge-by-write), pull-request merge and import.
//!
//! Each job is a Tokio task that stays `Pending` for the configured delay, then
//! `Running` (polls say `In Progress`) for the same delay, then does its work and ends
//! `Succeeded` or `Failed`. Every change of a branch head happens while holding the
//! database's writer lock, so concurrent writers and merges never lose an update.

use crate::api::Shared;
use crate::import::{self, FileType, ImportOp};
use crate::sql::{self, Statement};
use crate::state::{Database, OpKind, OpOutcome, OpRec, OpStatus, PullRec, PullState, State};
use crate::util::{now_iso, truncate_bytes};
use std::collections::BTreeMap;
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
            } => fork(&shared, &parent_owner, &parent_name, &owner),
            Work::Write {
                owner,
                db,
                from,
                to,
                query,
                author,
            } => write(&shared, &owner, &db, &from, &to, &query, &author).await,
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

fn fork(shared: &Shared, parent_owner: &str, parent_name: &str, owner: &str) -> Done {
    let out = OpOutcome {
        fork: Some((owner.to_string(), parent_name.to_string())),
        ..Default::default()
    };
    {
        let mut st = shared.lock();
        let Some(parent) = st.db(parent_owner, parent_name).cloned() else {
            return Done::failed(
                format!("no such repository: {parent_owner}/{parent_name}"),
                out,
            );
        };
        if st.db(owner, parent_name).is_some() {
            return Done::failed(
                format!("database {owner}/{parent_name} already exists"),
                out,
            );
        }
        st.d.databases.insert(
            crate::state::db_key(owner, parent_name),
            Database {
                owner: owner.to_string(),
                name: parent.name.clone(),
                description: parent.description.clone(),
                visibility: parent.visibility,
                created_at: now_iso(),
                parent: Some((parent_owner.to_string(), parent_name.to_string())),
                default_branch: parent.default_branch.clone(),
                branches: parent.branches.clone(),
                tags: parent.tags.clone(),
                releases: Vec::new(),
                pulls: BTreeMap::new(),
                next_pull: 1,
            },
        );
    }
    shared.dirty();
    Done::ok(out)
}

/// Result of combining two heads.
enum MergeContent {
    /// The source is already contained in the target.
    Nothing,
    /// Fast-forward: the merged content is an existing snapshot.
    Existing(String),
    /// A new snapshot.
    New(String, Vec<u8>),
}

/// Computes the content of merging `source` into `target` (the caller holds the
/// target database's writer lock).
async fn merge_heads(shared: &Shared, source: &str, target: &str) -> Result<MergeContent, String> {
    let (base, s_bytes, t_bytes) = {
        let st = shared.lock();
        if st.is_ancestor(source, target) {
            return Ok(MergeContent::Nothing);
        }
        let source_snapshot =
            st.d.commits
                .get(source)
                .map(|c| c.snapshot.clone())
                .ok_or("source commit not found")?;
        let base = st.merge_base(source, target);
        if base.as_deref() == Some(target) {
            return Ok(MergeContent::Existing(source_snapshot));
        }
        let base_bytes = match &base {
            Some(b) => st
                .snapshot_of(b)
                .ok_or("snapshot of the merge base not found")?,
            None => Arc::new(Vec::new()),
        };
        (
            base_bytes,
            st.snapshot_of(source).ok_or("source snapshot not found")?,
            st.snapshot_of(target).ok_or("target snapshot not found")?,
        )
    };
    tokio::task::spawn_blocking(move || -> Result<MergeContent, String> {
        let e = |e: rusqlite::Error| sql::error_text(&e);
        let b = sql::open(&base, true).map_err(e)?;
        let s = sql::open(&s_bytes, true).map_err(e)?;
        let t = sql::open(&t_bytes, false).map_err(e)?;
        crate::merge::three_way(&b, &s, &t)?;
        let digest = sql::digest(&t).map_err(e)?;
        let bytes = sql::serialize(&t).map_err(e)?;
        Ok(MergeContent::New(digest, bytes))
    })
    .await
    .map_err(|e| format!("merge task failed: {e}"))?
}

/// Records the merged content as a merge commit on `branch`; returns the commit id.
#[allow(clippy::too_many_arguments)]
fn commit_merge(
    st: &mut State,
    owner: &str,
    db: &str,
    branch: &str,
    parents: [&str; 2],
    content: MergeContent,
    message: &str,
    author: &str,
) -> Option<String> {
    let snap = match content {
        MergeContent::Nothing => return None,
        MergeContent::Existing(s) => s,
        MergeContent::New(d, bytes) => st.add_snapshot(d, bytes),
    };
    let commit = st.new_commit(
        parents.iter().map(|p| p.to_string()).collect(),
        message,
        author,
        &snap,
    );
    if let Some(d) = st.db_mut(owner, db) {
        d.branches.insert(branch.to_string(), commit.clone());
    }
    Some(commit)
}

async fn write(
    shared: &Shared,
    owner: &str,
    db: &str,
    from: &str,
    to: &str,
    query: &str,
    author: &str,
) -> Done {
    let lock = shared.db_lock(owner, db);
    let _guard = lock.lock().await;
    let mut out = OpOutcome::default();
    // The first write to a new database (`write/main/main`) creates its branch.
    if from == to
        && let Err(e) = crate::api::first_commit(&mut shared.lock(), owner, db, from, author)
    {
        return Done::failed(e, out);
    }
    let (from_head, to_head) = {
        let st = shared.lock();
        match st.db(owner, db) {
            Some(d) => (d.branches.get(from).cloned(), d.branches.get(to).cloned()),
            None => return Done::failed(format!("no such repository: {owner}/{db}"), out),
        }
    };
    let Some(from_head) = from_head else {
        out.missing_base = true;
        return Done::failed(format!("branch not found: {from}"), out);
    };
    let base_head = to_head.clone().unwrap_or_else(|| from_head.clone());
    out.from_commit = base_head.clone();
    if to_head.is_none() {
        let mut st = shared.lock();
        if let Some(d) = st.db_mut(owner, db) {
            d.branches.insert(to.to_string(), from_head.clone());
        }
    }
    if shared.faults.take_no_change_write() {
        out.no_change = true;
        return Done::ok(out);
    }
    let statements = sql::split_statements(query);
    if statements.is_empty() {
        return merge_branch(shared, owner, db, from, to, author, out).await;
    }
    if statements.len() > 1 {
        return Done::failed(sql::MULTI_STATEMENT_MESSAGE, out);
    }
    match sql::translate(&statements[0], db) {
        Statement::Call { name, args } if name == "dolt_merge" => {
            match args.iter().find(|a| !a.starts_with('-')) {
                Some(src) => merge_branch(shared, owner, db, src, to, author, out).await,
                None => Done::failed("dolt_merge needs the branch to merge", out),
            }
        }
        Statement::Call { name, args } if name == "dolt_branch" => {
            branch_procedure(shared, owner, db, to, &args, out)
        }
        Statement::Call { name, .. } => Done::failed(
            format!("procedure {name} is not supported by the sandbox"),
            out,
        ),
        Statement::Sql(stmt) => {
            let Some(bytes) = shared.lock().snapshot_of(&base_head) else {
                return Done::failed("snapshot not found", out);
            };
            let result = tokio::task::spawn_blocking(
                move || -> Result<Option<(String, Vec<u8>, u64)>, String> {
                    let e = |e: rusqlite::Error| sql::error_text(&e);
                    let conn = sql::open(&bytes, false).map_err(e)?;
                    let before = sql::digest(&conn).map_err(e)?;
                    let n = sql::execute(&conn, &stmt)?;
                    let after = sql::digest(&conn).map_err(e)?;
                    if before == after {
                        return Ok(None);
                    }
                    Ok(Some((after, sql::serialize(&conn).map_err(e)?, n)))
                },
            )
            .await
            .map_err(|e| format!("write task failed: {e}"))
            .and_then(|r| r);
            match result {
                Err(msg) => Done::failed(msg, out),
                Ok(None) => {
                    out.no_change = true;
                    Done::ok(out)
                }
                Ok(Some((digest, bytes, n))) => {
                    let message = format!("Run SQL query: {}", truncate_bytes(query.trim(), 1000));
                    let mut st = shared.lock();
                    let snap = st.add_snapshot(digest, bytes);
                    let commit = st.new_commit(vec![base_head], &message, author, &snap);
                    if let Some(d) = st.db_mut(owner, db) {
                        d.branches.insert(to.to_string(), commit.clone());
                    }
                    out.to_commit = commit;
                    out.message = sql::rows_affected_message(n);
                    Done::ok(out)
                }
            }
        }
    }
}

/// `CALL DOLT_BRANCH(...)`: delete (`-d`/`-D`/`--delete`), copy (`-c`), move (`-m`) or
/// create (`name [, start]`). Changes no data, so the write reports "nothing to commit".
fn branch_procedure(
    shared: &Shared,
    owner: &str,
    db: &str,
    to: &str,
    args: &[String],
    mut out: OpOutcome,
) -> Done {
    let flags: Vec<&str> = args
        .iter()
        .filter(|a| a.starts_with('-'))
        .map(String::as_str)
        .collect();
    let names: Vec<&str> = args
        .iter()
        .filter(|a| !a.starts_with('-'))
        .map(String::as_str)
        .collect();
    let has = |f: &[&str]| flags.iter().any(|x| f.contains(x));
    let mut st = shared.lock();
    let Some(d) = st.db(owner, db).cloned() else {
        return Done::failed(format!("no such repository: {owner}/{db}"), out);
    };
    let result: Result<BTreeMap<String, String>, String> = (|| {
        let mut branches = d.branches.clone();
        if has(&["-d", "-D", "--delete", "--force"]) {
            if names.is_empty() {
                return Err("dolt_branch: name the branch to delete".into());
            }
            for n in &names {
                if *n == to {
                    return Err(format!(
                        "cannot delete branch {n}: it is the branch this write runs on"
                    ));
                }
                if branches.remove(*n).is_none() {
                    return Err(format!("branch not found: {n}"));
                }
            }
        } else if has(&["-c", "--copy", "-m", "--move"]) {
            let [old, new] = names.as_slice() else {
                return Err("dolt_branch: copy and move need two branch names".into());
            };
            let head = branches
                .get(*old)
                .cloned()
                .ok_or_else(|| format!("branch not found: {old}"))?;
            if branches.contains_key(*new) {
                return Err(format!("branch {new} already exists"));
            }
            if !crate::api::valid_ref_name(new) {
                return Err(format!("invalid branch name {new:?}"));
            }
            if has(&["-m", "--move"]) {
                branches.remove(*old);
            }
            branches.insert(new.to_string(), head);
        } else {
            let (new, start) = match names.as_slice() {
                [new] => (*new, to),
                [new, start] => (*new, *start),
                _ => return Err("dolt_branch: expected a branch name".into()),
            };
            if branches.contains_key(new) {
                return Err(format!("branch {new} already exists"));
            }
            if !crate::api::valid_ref_name(new) {
                return Err(format!("invalid branch name {new:?}"));
            }
            let head = st
                .resolve_ref(&d, start)
                .ok_or_else(|| format!("branch not found: {start}"))?;
            branches.insert(new.to_string(), head);
        }
        Ok(branches)
    })();
    match result {
        Ok(branches) => {
            if let Some(d) = st.db_mut(owner, db) {
                d.branches = branches;
            }
            out.no_change = true;
            Done::ok(out)
        }
        Err(e) => Done::failed(e, out),
    }
}

/// Merges branch `src` into `to` of the same database (empty-query writes and
/// `CALL DOLT_MERGE`).
async fn merge_branch(
    shared: &Shared,
    owner: &str,
    db: &str,
    src: &str,
    to: &str,
    author: &str,
    mut out: OpOutcome,
) -> Done {
    let (src_head, to_head) = {
        let st = shared.lock();
        let Some(d) = st.db(owner, db) else {
            return Done::failed(format!("no such repository: {owner}/{db}"), out);
        };
        (d.branches.get(src).cloned(), d.branches.get(to).cloned())
    };
    let Some(src_head) = src_head else {
        return Done::failed(format!("branch not found: {src}"), out);
    };
    let Some(to_head) = to_head else {
        return Done::failed(format!("branch not found: {to}"), out);
    };
    match merge_heads(shared, &src_head, &to_head).await {
        Err(e) => Done::failed(e, out),
        Ok(MergeContent::Nothing) => {
            out.no_change = true;
            Done::ok(out)
        }
        Ok(content) => {
            let mut st = shared.lock();
            let message = format!("Merge branch '{src}' into {to}");
            let commit = commit_merge(
                &mut st,
                owner,
                db,
                to,
                [&to_head, &src_head],
                content,
                &message,
                author,
            );
            out.was_merge = true;
            out.from_commit = commit.unwrap_or_default();
            out.to_commit = String::new();
            out.message = message;
            Done::ok(out)
        }
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
    let heads: Result<(String, String, PullRec), String> = {
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
            let src = st
                .db(&p.from_owner, &p.from_database)
                .and_then(|s| s.branches.get(&p.from_branch).cloned())
                .ok_or_else(|| format!("branch not found: {}", p.from_branch))?;
            let tgt = d
                .branches
                .get(&p.to_branch)
                .cloned()
                .ok_or_else(|| format!("branch not found: {}", p.to_branch))?;
            Ok((src, tgt, p))
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
    let (src, tgt, pull) = match heads {
        Ok(h) => h,
        Err(e) => {
            release(shared);
            return Done::failed(e, out);
        }
    };
    match merge_heads(shared, &src, &tgt).await {
        Err(e) => {
            release(shared);
            Done::failed(e, out)
        }
        Ok(content) => {
            let mut st = shared.lock();
            let message = format!(
                "Merge pull request #{pull_id} from {}/{}",
                pull.from_owner, pull.from_branch
            );
            let commit = commit_merge(
                &mut st,
                owner,
                db,
                &pull.to_branch,
                [&tgt, &src],
                content,
                &message,
                author,
            );
            if let Some(p) = st.db_mut(owner, db).and_then(|d| d.pulls.get_mut(&pull_id)) {
                p.state = PullState::Merged;
                p.merging = None;
                p.merge_commit = Some(commit.unwrap_or(tgt));
                p.updated_at = now_iso();
            }
            Done::ok(out)
        }
    }
}

async fn import_file(shared: &Shared, w: ImportWork) -> Done {
    let lock = shared.db_lock(&w.owner, &w.db);
    let _guard = lock.lock().await;
    let mut out = OpOutcome::default();
    // The first import into a new database creates its branch (empty), so the
    // import can open its pull request against it like any other.
    if let Err(e) =
        crate::api::first_commit(&mut shared.lock(), &w.owner, &w.db, &w.branch, &w.author)
    {
        return Done::failed(e, out);
    }
    let (base, bytes) = {
        let st = shared.lock();
        let head = st
            .db(&w.owner, &w.db)
            .and_then(|d| d.branches.get(&w.branch).cloned());
        match head.and_then(|h| st.snapshot_of(&h).map(|b| (h, b))) {
            Some(x) => x,
            None => return Done::failed(format!("branch not found: {}", w.branch), out),
        }
    };
    let (file_type, op, table, pks, db_name) = (
        w.file_type,
        w.op,
        w.table.clone(),
        w.primary_keys.clone(),
        w.db.clone(),
    );
    let path = w.file.to_path_buf();
    let result =
        tokio::task::spawn_blocking(move || -> Result<(String, Vec<u8>, usize), String> {
            let e = |e: rusqlite::Error| sql::error_text(&e);
            let conn = sql::open(&bytes, false).map_err(e)?;
            let n = if file_type == FileType::Sql {
                let text = std::fs::read_to_string(&path)
                    .map_err(|e| format!("the SQL file is not UTF-8 text: {e}"))?;
                import::apply_sql_file(&conn, &text, &db_name)?
            } else {
                let file = std::fs::File::open(&path).map_err(|e| e.to_string())?;
                let data = import::parse(std::io::BufReader::new(file), file_type)?;
                import::apply(&conn, &table, op, &pks, &data)?
            };
            Ok((
                sql::digest(&conn).map_err(e)?,
                sql::serialize(&conn).map_err(e)?,
                n,
            ))
        })
        .await
        .map_err(|e| format!("import task failed: {e}"))
        .and_then(|r| r);
    drop(w.file);
    let (digest, bytes, rows) = match result {
        Ok(x) => x,
        Err(e) => return Done::failed(e, out),
    };
    let mut st = shared.lock();
    let snap = st.add_snapshot(digest, bytes);
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
    let commit = st.new_commit(vec![base], &message, &w.author, &snap);
    let Some(d) = st.db(&w.owner, &w.db) else {
        return Done::failed("database disappeared", out);
    };
    let mut branch = String::new();
    match &w.landing {
        Landing::PullRequest => {}
        Landing::NamedPullRequest(name) if d.branches.contains_key(name) => {
            return Done::failed(format!("branch {name} already exists"), out);
        }
        Landing::NamedPullRequest(name) => branch = name.clone(),
        Landing::Direct => {
            if let Some(d) = st.db_mut(&w.owner, &w.db) {
                d.branches.insert(w.branch.clone(), commit);
            }
            return Done::ok(out);
        }
    }
    for _ in 0..100 {
        if !branch.is_empty() {
            break;
        }
        let candidate = format!(
            "{}/import-{}",
            w.author,
            &crate::util::uuid().replace('-', "")[..8]
        );
        if !d.branches.contains_key(&candidate) {
            branch = candidate;
            break;
        }
    }
    let seq = st.next_seq();
    let now = now_iso();
    let Some(d) = st.db_mut(&w.owner, &w.db) else {
        return Done::failed("database disappeared", out);
    };
    d.branches.insert(branch.clone(), commit);
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
