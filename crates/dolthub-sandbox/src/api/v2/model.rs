//! The v2 representation of the shared state: `Database`, `Branch`, `Tag`, `Release`,
//! `PullSummary`, `Pull`, `PullComment`, `Operation`, `OperationRef`. Optional fields
//! are omitted rather than `null`, as the spec asks.

use crate::state::{
    CommentRec, Database, OpKind, OpRec, OpStatus, PullRec, ReleaseRec, State, TagRec,
};
use percent_encoding::{NON_ALPHANUMERIC, utf8_percent_encode};
use serde_json::{Map, Value, json};

fn db_ref(owner: &str, name: &str) -> Value {
    json!({ "owner": owner, "name": name })
}

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

/// Bytes of the data at the default branch's head (0 when there is none).
fn size_bytes(st: &State, db: &Database) -> u64 {
    db.branches
        .get(&db.default_branch)
        .and_then(|head| st.snapshot_of(head))
        .map_or(0, |b| b.len() as u64)
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
    let mut m = Map::new();
    m.insert("owner".into(), json!(db.owner));
    m.insert("name".into(), json!(db.name));
    m.insert("visibility".into(), json!(db.visibility.as_str()));
    m.insert("fork_network_count".into(), json!(network));
    m.insert("star_count".into(), json!(0));
    m.insert("size_bytes".into(), json!(size_bytes(st, db)));
    if !db.description.is_empty() {
        m.insert("description".into(), json!(db.description));
    }
    let last_write = db
        .branches
        .values()
        .filter_map(|c| st.d.commits.get(c))
        .map(|c| c.created_at.clone())
        .max();
    if let Some(t) = last_write {
        m.insert("last_write_at".into(), json!(t));
    }
    if let Some((po, pn)) = &db.parent {
        m.insert("parent".into(), db_ref(po, pn));
    }
    if root != (db.owner.clone(), db.name.clone()) {
        m.insert("network_root".into(), db_ref(&root.0, &root.1));
    }
    Value::Object(m)
}

/// `DatabaseRef`.
pub(crate) fn database_ref(db: &Database) -> Value {
    db_ref(&db.owner, &db.name)
}

/// `Branch`.
pub(crate) fn branch(st: &State, name: &str, head: &str) -> Value {
    let mut v = json!({ "name": name, "head_commit_sha": head });
    if let Some(c) = st.d.commits.get(head) {
        v["last_updated_at"] = json!(c.created_at);
    }
    v
}

/// `Tag` (`message` only on annotated tags).
pub(crate) fn tag(name: &str, t: &TagRec) -> Value {
    let mut v = json!({ "name": name, "commit_sha": t.commit, "tagged_at": t.tagged_at });
    if !t.message.is_empty() {
        v["message"] = json!(t.message);
    }
    v
}

/// `Release`.
pub(crate) fn release(r: &ReleaseRec) -> Value {
    let mut v = json!({
        "tag": r.tag,
        "title": r.title,
        "commit_sha": r.commit,
        "created_at": r.created_at,
        "updated_at": r.updated_at,
    });
    if !r.description.is_empty() {
        v["description"] = json!(r.description);
    }
    v
}

/// `PullSummary`.
pub(crate) fn pull_summary(p: &PullRec) -> Value {
    let mut v = json!({
        "pull_number": p.id,
        "title": p.title,
        "state": p.state.as_str(),
        "created_at": p.created_at,
        "creator": p.author,
    });
    if !p.description.is_empty() {
        v["description"] = json!(p.description);
    }
    v
}

/// `Pull`.
pub(crate) fn pull(owner: &str, db: &str, p: &PullRec) -> Value {
    let mut v = pull_summary(p);
    v["from_branch"] = json!({
        "database": db_ref(&p.from_owner, &p.from_database),
        "branch_name": p.from_branch,
    });
    v["to_branch"] = json!({ "database": db_ref(owner, db), "branch_name": p.to_branch });
    v
}

/// `PullComment`. Comments are never edited or deleted, so their position is their id.
pub(crate) fn comment(pull: u64, index: usize, c: &CommentRec) -> Value {
    json!({
        "comment_id": format!("{pull}-{}", index + 1),
        "author": c.author,
        "body": c.body,
        "created_at": c.created_at,
        "updated_at": c.created_at,
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
    json!({ "id": id, "href": href })
}

/// `Operation`, with the typed `result` of a success and the `error` of a failure.
pub(crate) fn operation(st: &State, op: &OpRec) -> Value {
    let status = match op.status {
        OpStatus::Pending => "queued",
        OpStatus::Running => "running",
        OpStatus::Succeeded => "succeeded",
        OpStatus::Failed => "failed",
    };
    let mut v = json!({
        "id": op_id(op),
        "type": op_type(op.kind),
        "status": status,
        "created_at": op.created_at,
        "cancelable": false,
    });
    match op.status {
        OpStatus::Succeeded => v["result"] = result(st, op),
        OpStatus::Failed => {
            v["error"] = json!({
                "status": 422,
                "code": "OPERATION_FAILED",
                "title": "The operation failed",
                "detail": op.error,
            });
        }
        _ => {}
    }
    v
}

fn result(st: &State, op: &OpRec) -> Value {
    let out = &op.outcome;
    match op.kind {
        OpKind::Import | OpKind::Merge => match out.pull_id {
            Some(id) => json!({ "pull_id": id }),
            None => json!({}),
        },
        OpKind::Fork => match &out.fork {
            Some((o, n)) => json!({ "database": db_ref(o, n) }),
            None => json!({}),
        },
        OpKind::SqlWrite => {
            // A merge commit is reported in `from_commit`; a write that changed nothing
            // reports the branch head it left as it was.
            let sha = if out.was_merge {
                out.from_commit.clone()
            } else if !out.to_commit.is_empty() {
                out.to_commit.clone()
            } else {
                st.db(&op.owner, &op.database)
                    .and_then(|d| d.branches.get(&op.branch).cloned())
                    .unwrap_or_else(|| out.from_commit.clone())
            };
            json!({ "commit_sha": sha })
        }
    }
}
