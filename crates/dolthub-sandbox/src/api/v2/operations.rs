//! The single operations poller and the per-database operation list.

use super::problem::Problem;
use super::{Call, Reply, V2Result, model, newest_first, page};
use crate::state::{OpKind, OpRec, State};

/// 202 with the `OperationRef` of an operation a shared handler just started.
pub(crate) fn accepted(call: &Call, v1_name: &str) -> V2Result {
    let st = call.lock();
    let op = st
        .op(v1_name)
        .ok_or_else(|| Problem::internal("the new operation vanished"))?;
    Ok(Reply::accepted(model::op_ref(&call.base_url, op)))
}

/// Whether an operation belongs to the list of `owner/db`: its own, plus forks made
/// from it.
fn concerns(op: &OpRec, owner: &str, db: &str) -> bool {
    if op.owner == owner && op.database == db {
        return true;
    }
    op.kind == OpKind::Fork
        && op
            .metadata
            .iter()
            .any(|(k, v)| k == "parent_owner" && v == owner)
        && op
            .metadata
            .iter()
            .any(|(k, v)| k == "parent_database" && v == db)
}

pub(crate) fn list(call: &Call, o: &str, d: &str) -> V2Result {
    let st = call.lock();
    call.readable(&st, o, d)?;
    let items =
        st.d.ops
            .iter()
            .filter(|op| concerns(op, o, d))
            .map(|op| (newest_first(op.seq), model::operation(&st, op)))
            .collect();
    let list = format!("operations:{}", crate::state::db_key(o, d));
    let (items, next) = page(
        &st,
        &list,
        call.param("page_token"),
        call.shared.cfg.v2.page_size,
        items,
    )?;
    Ok(Reply::list(items, next))
}

/// The operation with v2 id `id`.
fn find<'s>(st: &'s State, id: &str) -> Option<&'s OpRec> {
    let uuid = id.rsplit('/').next()?;
    st.d.ops
        .iter()
        .find(|op| op.user_op_name.rsplit('/').next() == Some(uuid) && model::op_id(op) == id)
}

pub(crate) fn get(call: &Call, id: &str) -> V2Result {
    let user = call.user()?;
    let st = call.lock();
    let missing = || Problem::not_found(format!("operation {id} not found"));
    let op = find(&st, id).ok_or_else(missing)?;
    // Visible to its creator and to those who may write the database it concerns.
    if op.creator != user && !call.shared.cfg.can_write(&op.owner, &user) {
        return Err(missing());
    }
    Ok(Reply::ok(model::operation(&st, op)))
}
