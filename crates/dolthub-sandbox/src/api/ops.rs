//! Polls (fork, merge, import), database jobs and user operations.

use super::sqlroutes::metadata_string;
use super::{
    ApiResult, Ctx, Errs, ok_json, paginate, parse_page_token, rename_key, to_map, with_arrays,
};
use crate::state::{OpKind, OpRec, OpStatus, db_key};
use dolthub_api::types::{
    Job, ListJobsResponse, ListUserOperationsResponse, PollForkResponse, PollImportResponse,
    PollMergeResponse, UserOperation,
};
use serde_json::Value;

fn poll_errs(ctx: &Ctx) -> (Errs, String) {
    let name = ctx.param("operationName").unwrap_or_default().to_string();
    (
        Errs::standard("Error polling an operation status.").echo("operation_name", name.clone()),
        name,
    )
}

pub(crate) fn poll_fork(ctx: &Ctx) -> ApiResult {
    let (errs, name) = poll_errs(ctx);
    let user = ctx.require_user(&errs)?;
    if name.is_empty() {
        return Err(errs.bad("missing query parameter operationName"));
    }
    let op = {
        let st = ctx.lock();
        st.op(&name)
            .filter(|op| op.kind == OpKind::Fork && op.creator == user)
            .cloned()
            .ok_or_else(|| errs.bad(format!("no such operation: {name}")))?
    };
    let done = op.status.is_finished();
    let (fork_owner, fork_name) = op.outcome.fork.clone().unwrap_or_default();
    let failed = op.status == OpStatus::Failed;
    let map = to_map(&PollForkResponse {
        status: Some(if failed { "Error" } else { "Success" }.into()),
        done: Some(done),
        operation_name: Some(op.name.clone()),
        database_owner: Some(fork_owner),
        database_name: Some(fork_name),
        message: failed.then(|| op.error.clone()),
    });
    Ok(ok_json(map))
}

/// Finds an operation of `kind` on `owner/db` visible to the caller.
fn find_op(
    ctx: &Ctx,
    errs: &Errs,
    user: &str,
    name: &str,
    kind: OpKind,
    owner: &str,
    db: &str,
) -> Result<OpRec, super::ApiError> {
    let st = ctx.lock();
    ctx.check_readable(&st, owner, db, errs)?;
    st.op(name)
        .filter(|op| {
            op.kind == kind
                && op.owner == owner
                && op.database == db
                && (op.creator == user || ctx.cfg().can_write(owner, user))
        })
        .cloned()
        .ok_or_else(|| errs.bad(format!("no such operation: {name}")))
}

pub(crate) fn poll_merge(ctx: &Ctx, owner: &str, db: &str, pull_id: &str) -> ApiResult {
    let (errs, name) = poll_errs(ctx);
    let user = ctx.require_user(&errs)?;
    if name.is_empty() {
        return Err(errs.bad("missing query parameter operationName"));
    }
    let op = find_op(ctx, &errs, &user, &name, OpKind::Merge, owner, db)?;
    if op.outcome.pull_id.map(|p| p.to_string()).as_deref() != Some(pull_id) {
        return Err(errs.bad(format!(
            "no such operation for pull request {pull_id}: {name}"
        )));
    }
    Ok(ok_json(to_map(&PollMergeResponse {
        status: Some("Success".into()),
        operation_name: Some(op.name.clone()),
        job_created: Some(true),
        database_owner: Some(owner.into()),
        database_name: Some(db.into()),
        pull_id: Some(pull_id.into()),
        job_status: Some(op.status.poll_word().into()),
        done: None,
    })))
}

pub(crate) fn poll_import(ctx: &Ctx, owner: &str, db: &str) -> ApiResult {
    let (errs, name) = poll_errs(ctx);
    let user = ctx.require_user(&errs)?;
    if name.is_empty() {
        return Err(errs.bad("missing query parameter operationName"));
    }
    let branch = ctx
        .query
        .get("branch")
        .or_else(|| ctx.query.get("branchName"))
        .cloned()
        .ok_or_else(|| errs.bad("missing query parameter branch"))?;
    let op = find_op(ctx, &errs, &user, &name, OpKind::Import, owner, db)?;
    if !branch.is_empty() && branch != op.branch {
        return Err(errs.bad(format!("no such operation on branch {branch}: {name}")));
    }
    Ok(ok_json(to_map(&PollImportResponse {
        status: Some("Success".into()),
        operation_name: Some(op.name.clone()),
        job_created: Some(true),
        database_owner: Some(owner.into()),
        database_name: Some(db.into()),
        job_status: Some(op.status.poll_word().into()),
        pull_id: if op.status == OpStatus::Succeeded {
            op.outcome.pull_id.map(|p| p.to_string())
        } else {
            None
        },
    })))
}

pub(crate) fn list_jobs(ctx: &Ctx, owner: &str, db: &str) -> ApiResult {
    let errs = Errs::standard("Error getting the jobs list.")
        .echo("database_owner", owner)
        .echo("database_name", db);
    // Public databases' jobs are readable without a token, as on DoltHub.
    let st = ctx.lock();
    ctx.check_readable(&st, owner, db, &errs)?;
    let list = format!("jobs:{}", db_key(owner, db));
    let before = match ctx.param("pageToken") {
        Some(t) => Some(
            parse_page_token(&st.d.salt, &list, t).ok_or_else(|| errs.bad("invalid page token"))?,
        ),
        None => None,
    };
    let mut items: Vec<(u64, Job)> =
        st.d.ops
            .iter()
            .filter(|op| {
                op.owner == owner
                    && op.database == db
                    && matches!(op.kind, OpKind::Import | OpKind::Merge)
            })
            .map(|op| {
                (
                    op.seq,
                    Job {
                        job_id: Some(op.name.clone()),
                        creator: Some(op.creator.clone()),
                        description: Some(op.description.clone()),
                        job_type: Some(op.kind.type_name().into()),
                        status: Some(op.status.job_word().into()),
                        created_at: Some(op.created_at.clone()),
                        job_error: Some(op.error.clone()),
                        error: None,
                    },
                )
            })
            .collect();
    items.sort_by_key(|item| std::cmp::Reverse(item.0));
    let (jobs, next) = paginate(&items, before, ctx.cfg().jobs_page_size, &st.d.salt, &list);
    let mut map = with_arrays(
        &["jobs"],
        to_map(&ListJobsResponse {
            status: Some("Success".into()),
            database_owner: Some(owner.into()),
            database_name: Some(db.into()),
            next_page_token: Some(next),
            jobs,
        }),
    );
    if ctx.legacy
        && let Some(Value::Array(items)) = map.get_mut("jobs")
    {
        for item in items {
            if let Value::Object(m) = item {
                rename_key(m, "job_error", "error");
            }
        }
    }
    Ok(ok_json(map))
}

const OPERATION_TYPES: [&str; 5] = ["SqlWrite", "SqlRead", "Import", "Merge", "Migrate"];

pub(crate) fn list_user_operations(ctx: &Ctx, username: &str) -> ApiResult {
    let op_type = ctx.param("operationType").map(str::to_string);
    let errs = Errs::standard("Error getting the operations list.")
        .echo("username", username)
        .echo("operation_type", op_type.clone().unwrap_or_default());
    let user = ctx.require_user(&errs)?;
    if user != username {
        return Err(errs.forbidden(format!(
            "permission denied: the token belongs to {user}, not {username}"
        )));
    }
    if let Some(t) = &op_type
        && !OPERATION_TYPES.contains(&t.as_str())
    {
        return Err(errs.bad(format!(
            "invalid operationType {t:?}; expected one of {}",
            OPERATION_TYPES.join(", ")
        )));
    }
    let st = ctx.lock();
    let list = format!("operations:{username}");
    let before = match ctx.param("pageToken") {
        Some(t) => Some(
            parse_page_token(&st.d.salt, &list, t).ok_or_else(|| errs.bad("invalid page token"))?,
        ),
        None => None,
    };
    let mut items: Vec<(u64, UserOperation)> =
        st.d.ops
            .iter()
            .filter(|op| op.creator == username && op.kind != OpKind::Fork)
            .filter(|op| op_type.as_deref().is_none_or(|t| op.kind.type_name() == t))
            .map(|op| {
                (
                    op.seq,
                    UserOperation {
                        operation_name: Some(op.user_op_name.clone()),
                        creator: Some(op.creator.clone()),
                        description: Some(op.description.clone()),
                        operation_type: Some(op.kind.type_name().into()),
                        operation_status: Some(op.status.operation_word().into()),
                        error: Some(op.error.clone()),
                        metadata: Some(metadata_string(&op.metadata)),
                        created_at: Some(op.created_at.clone()),
                        updated_at: Some(op.updated_at.clone()),
                    },
                )
            })
            .collect();
    items.sort_by_key(|item| std::cmp::Reverse(item.0));
    let (operations, next) = paginate(
        &items,
        before,
        ctx.cfg().operations_page_size,
        &st.d.salt,
        &list,
    );
    Ok(ok_json(with_arrays(
        &["operations"],
        to_map(&ListUserOperationsResponse {
            status: Some("Success".into()),
            next_page_token: Some(next),
            operations,
        }),
    )))
}
