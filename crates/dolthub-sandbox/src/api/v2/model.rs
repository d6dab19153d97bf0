//! The v2 representation of the shared state: `Database`, `Branch`, `Tag`, `Release`,
//! `PullSummary`, `Pull`, `PullComment`, `Operation`, `OperationRef`. Optional fields
//! are omitted rather than `null`, as the spec asks.

use crate::state::{
    CommentRec, Database, OpKind, OpRec, OpStatus, PullRec, ReleaseRec, State, TagRec,
};
use dolthub_api::v2::types as t;
use percent_encoding::{NON_ALPHANUMERIC, utf8_percent_encode};
use serde_json::{Map, Value};

/// The root of a database's fork network.
pub(crate) fn network_root(st: &State, owner: &str, name: &str) -> (String, String) {
    let mut cur = (owner.to_string(), name.to_string());
    for _ in 0..1000 {
        match st.db(&cur.0, &cur.1).and_then(|d| d.parent.clone()) {
            Some(p) if st.db(&p.0, &p.1).is_some() => cur = p,
            _ => break,
        }
    }
    cur
}

/// Bytes of the database's store, history included (0 before its first commit).
fn size_bytes(st: &State, db: &Database) -> u64 {
    st.store(&db.owner, &db.name).map_or(0, |b| b.len() as u64)
}

/// A generated response type as JSON (they always serialize).
fn value<T: serde::Serialize>(v: T) -> Value {
    serde_json::to_value(v).unwrap_or(Value::Null)
}

fn non_empty(s: &str) -> Option<String> {
    (!s.is_empty()).then(|| s.to_string())
}

fn dbref(owner: &str, name: &str) -> t::DatabaseRef {
    t::DatabaseRef {
        owner: owner.to_string(),
        name: name.to_string(),
    }
}

/// `Database`.
pub(crate) fn database(st: &State, db: &Database) -> Value {
    let root = network_root(st, &db.owner, &db.name);
    let network =
        st.d.databases
            .values()
            .filter(|d| (d.owner.clone(), d.name.clone()) != root)
            .filter(|d| network_root(st, &d.owner, &d.name) == root)
            .count();
    let last_write_at = db
        .branches
        .values()
        .filter_map(|c| st.d.commits.get(c))
        .map(|c| c.created_at.clone())
        .max();
    let is_root = root == (db.owner.clone(), db.name.clone());
    value(t::Database {
        owner: db.owner.clone(),
        name: db.name.clone(),
        visibility: db.visibility.as_str().to_string(),
        fork_network_count: i32::try_from(network).unwrap_or(i32::MAX),
        star_count: 0,
        size_bytes: i64::try_from(size_bytes(st, db)).unwrap_or(i64::MAX),
        description: non_empty(&db.description),
        last_write_at,
        parent: db.parent.as_ref().map(|(o, n)| dbref(o, n)),
        network_root: (!is_root).then(|| dbref(&root.0, &root.1)),
    })
}

/// `DatabaseRef`.
pub(crate) fn database_ref(db: &Database) -> Value {
    value(dbref(&db.owner, &db.name))
}

/// `Branch`.
pub(crate) fn branch(st: &State, name: &str, head: &str) -> Value {
    value(t::Branch {
        name: name.to_string(),
        head_commit_sha: head.to_string(),
        last_updated_at: st.d.commits.get(head).map(|c| c.created_at.clone()),
    })
}

/// `Tag` (`message` only on annotated tags).
pub(crate) fn tag(name: &str, tg: &TagRec) -> Value {
    value(t::Tag {
        name: name.to_string(),
        commit_sha: tg.commit.clone(),
        message: non_empty(&tg.message),
        tagged_at: non_empty(&tg.tagged_at),
    })
}

/// `Release`.
pub(crate) fn release(r: &ReleaseRec) -> Value {
    value(t::Release {
        tag: r.tag.clone(),
        title: r.title.clone(),
        commit_sha: r.commit.clone(),
        created_at: r.created_at.clone(),
        updated_at: r.updated_at.clone(),
        description: non_empty(&r.description),
    })
}

fn pull_number(p: &PullRec) -> i64 {
    i64::try_from(p.id).unwrap_or(i64::MAX)
}

/// `PullSummary`.
pub(crate) fn pull_summary(p: &PullRec) -> Value {
    value(t::PullSummary {
        pull_number: pull_number(p),
        title: p.title.clone(),
        state: t::PullState(p.state.as_str().to_string()),
        created_at: p.created_at.clone(),
        creator: p.author.clone(),
        description: non_empty(&p.description),
    })
}

/// `Pull`.
pub(crate) fn pull(owner: &str, db: &str, p: &PullRec) -> Value {
    value(t::Pull {
        pull_number: pull_number(p),
        title: p.title.clone(),
        state: t::PullState(p.state.as_str().to_string()),
        created_at: p.created_at.clone(),
        creator: p.author.clone(),
        description: non_empty(&p.description),
        from_branch: t::BranchRef {
            database: dbref(&p.from_owner, &p.from_database),
            branch_name: p.from_branch.clone(),
        },
        to_branch: t::BranchRef {
            database: dbref(owner, db),
            branch_name: p.to_branch.clone(),
        },
    })
}

/// `PullComment`. Comments are never edited or deleted, so their position is their id.
pub(crate) fn comment(pull: u64, index: usize, c: &CommentRec) -> Value {
    value(t::PullComment {
        comment_id: format!("{pull}-{}", index + 1),
        author: c.author.clone(),
        body: c.body.clone(),
        created_at: c.created_at.clone(),
        updated_at: c.created_at.clone(),
    })
}

/// The v2 `type` of an operation.
pub(crate) fn op_type(kind: OpKind) -> &'static str {
    match kind {
        OpKind::Fork => "fork",
        OpKind::SqlWrite => "sql_write",
        OpKind::Merge => "merge",
        OpKind::Import => "import",
    }
}

/// The v2 id of an operation, `<type>/<owner>/<database>/<uuid>` (the form DoltHub was
/// recorded using). Derived from the shared record, so operations started through
/// v1alpha1 have one too.
pub(crate) fn op_id(op: &OpRec) -> String {
    let uuid = op.user_op_name.rsplit('/').next().unwrap_or_default();
    format!("{}/{}/{}/{uuid}", op_type(op.kind), op.owner, op.database)
}

/// `OperationRef`: the id and the absolute poll URL (the id as one `%2F` segment).
pub(crate) fn op_ref(base_url: &str, op: &OpRec) -> Value {
    let id = op_id(op);
    let href = format!(
        "{base_url}/api/v2/operations/{}",
        utf8_percent_encode(&id, NON_ALPHANUMERIC)
    );
    value(t::OperationRef { id, href })
}

/// `Operation`, with the typed `result` of a success and the `error` of a failure.
pub(crate) fn operation(st: &State, op: &OpRec) -> Value {
    let status = match op.status {
        OpStatus::Pending => "queued",
        OpStatus::Running => "running",
        OpStatus::Succeeded => "succeeded",
        OpStatus::Failed => "failed",
    };
    let error = (op.status == OpStatus::Failed).then(|| t::OperationError {
        status: 422,
        code: t::ErrorCode("OPERATION_FAILED".into()),
        title: "The operation failed".into(),
        detail: non_empty(&op.error),
    });
    let result = match (op.status, result(st, op)) {
        (OpStatus::Succeeded, Value::Object(m)) => m,
        _ => Map::new(),
    };
    value(t::Operation {
        id: op_id(op),
        type_: t::OperationType(op_type(op.kind).into()),
        status: t::OperationStatus(status.into()),
        created_at: op.created_at.clone(),
        cancelable: false,
        error,
        result,
    })
}

fn pull_id(id: Option<u64>) -> Option<t::PullId> {
    id.map(|n| t::PullId::Int64(i64::try_from(n).unwrap_or(i64::MAX)))
}

fn result(st: &State, op: &OpRec) -> Value {
    let out = &op.outcome;
    match op.kind {
        OpKind::Import => value(t::ImportResult {
            pull_id: pull_id(out.pull_id),
        }),
        OpKind::Merge => value(t::MergeResult {
            pull_id: pull_id(out.pull_id),
        }),
        OpKind::Fork => match &out.fork {
            Some((o, n)) => value(t::ForkResult {
                database: dbref(o, n),
            }),
            None => Value::Object(Map::new()),
        },
        OpKind::SqlWrite => {
            // A merge commit is reported in `from_commit`; a write that changed nothing
            // reports the branch head it left as it was.
            let commit_sha = if out.was_merge {
                out.from_commit.clone()
            } else if !out.to_commit.is_empty() {
                out.to_commit.clone()
            } else {
                st.db(&op.owner, &op.database)
                    .and_then(|d| d.branches.get(&op.branch).cloned())
                    .unwrap_or_else(|| out.from_commit.clone())
            };
            value(t::SqlWriteResult { commit_sha })
        }
    }
}
