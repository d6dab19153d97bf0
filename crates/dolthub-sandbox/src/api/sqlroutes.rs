//! SQL read, SQL write and the write poll.

use super::{
    ApiResult, Ctx, Errs, decode, ok_json, read_json_value, rename_key, text, to_map, with_arrays,
};
use crate::jobs::{self, Work};
use crate::sql::{self, Statement};
use crate::state::{OpKind, OpStatus};
use crate::util::python_dict;
use axum::body::Body;
use axum::http::StatusCode;
use dolthub_api::types::{
    PollSqlWriteResponse, SqlColumn, SqlReadResponse, SqlWriteRequest, SqlWriteResponse,
    SqlWriteResult,
};
use serde_json::{Map, Value};

/// The no-change write poll body.
pub(crate) const NO_CHANGE_MESSAGE: &str =
    "cannot return null for non-nullable field SqlWrite.toCommitId";

pub(crate) async fn read_default(ctx: &Ctx, owner: &str, db: &str) -> ApiResult {
    if ctx.user.is_some() {
        let q = ctx.param("q").unwrap_or_default().to_string();
        return Err(Errs::sql()
            .echo("repository_owner", owner)
            .echo("repository_name", db)
            .echo("commit_ref", "")
            .echo("sql_query", q)
            .bad("Calls authenticated with a token must include a refName"));
    }
    let branch = {
        let st = ctx.lock();
        st.db(owner, db)
            .map(|d| d.default_branch.clone())
            .unwrap_or_else(|| "main".into())
    };
    run_read(ctx, owner, db, &branch).await
}

pub(crate) async fn read(ctx: &Ctx, owner: &str, db: &str, r: &str) -> ApiResult {
    run_read(ctx, owner, db, r).await
}

async fn run_read(ctx: &Ctx, owner: &str, db: &str, r: &str) -> ApiResult {
    // Modelled server time per read (a fault switch, zero by default).
    let delay = ctx.shared.faults.sql_read_delay();
    if !delay.is_zero() {
        tokio::time::sleep(delay).await;
    }
    let q = ctx.param("q").unwrap_or("SHOW TABLES").to_string();
    let errs = Errs::sql()
        .echo("repository_owner", owner)
        .echo("repository_name", db)
        .echo("commit_ref", r)
        .echo("sql_query", q.clone());
    let base = SqlReadResponse {
        repository_owner: Some(owner.into()),
        repository_name: Some(db.into()),
        commit_ref: Some(r.into()),
        sql_query: Some(q.clone()),
        ..Default::default()
    };
    // a branch is checked out as itself (so dolt_status and friends see it); a tag or
    // commit through the commit it names
    let at = {
        let st = ctx.lock();
        ctx.check_readable(&st, owner, db, &errs)?;
        let d = st
            .db(owner, db)
            .ok_or_else(|| errs.no_such_repository(owner, db))?;
        if d.branches.contains_key(r) {
            Some(r.to_string())
        } else {
            st.resolve_ref(d, r)
        }
    };
    let result = match at {
        None => Err(format!("branch not found: {r}")),
        Some(at) => {
            let limit = ctx.cfg().row_limit;
            let (query, dbname) = (q.clone(), db.to_string());
            crate::stores::read(&ctx.shared, owner, db, &at, move |s, hashes| {
                sql::read(s.conn(), &query, &dbname, limit, hashes)
            })
            .await
        }
    };
    let resp = match result {
        Ok(res) => {
            let rows = res
                .rows
                .iter()
                .map(|row| {
                    let mut m = Map::new();
                    for ((name, _), cell) in res.columns.iter().zip(row) {
                        m.insert(
                            name.clone(),
                            cell.clone().map(Value::String).unwrap_or(Value::Null),
                        );
                    }
                    m
                })
                .collect();
            SqlReadResponse {
                query_execution_status: Some(
                    if res.truncated { "RowLimit" } else { "Success" }.into(),
                ),
                query_execution_message: Some(String::new()),
                schema: res
                    .columns
                    .iter()
                    .map(|(n, t)| SqlColumn {
                        column_name: Some(n.clone()),
                        column_type: Some(t.clone()),
                    })
                    .collect(),
                rows,
                ..base
            }
        }
        Err(msg) => SqlReadResponse {
            query_execution_status: Some("Error".into()),
            query_execution_message: Some(msg),
            ..base
        },
    };
    let mut map = with_arrays(&["schema", "rows"], to_map(&resp));
    if ctx.legacy {
        rename_key(&mut map, "sql_query", "sql_query:");
    }
    Ok(ok_json(map))
}

pub(crate) async fn write(
    ctx: &Ctx,
    owner: &str,
    db: &str,
    from: &str,
    to: &str,
    body: Body,
) -> ApiResult {
    start_write(ctx, owner, db, from, to, body, false).await
}

/// The v1alpha1 write; with `merge_after` (API v2's `sql-writes`), a write to an
/// existing `to` that differs from `from` then merges `from` into `to`.
pub(crate) async fn start_write(
    ctx: &Ctx,
    owner: &str,
    db: &str,
    from: &str,
    to: &str,
    body: Body,
    merge_after: bool,
) -> ApiResult {
    let errs = Errs::sql()
        .echo("repository_owner", owner)
        .echo("repository_name", db)
        .echo("from_branch_name", from)
        .echo("to_branch_name", to)
        .echo("operation_name", "");
    let user = ctx.require_user(
        &errs
            .clone()
            .echo("query", ctx.param("q").unwrap_or_default()),
    )?;
    let raw = read_json_value(body, &errs).await?;
    let body_query = match raw {
        Some(v) => decode::<SqlWriteRequest>(Some(v), &errs)?.query,
        None => None,
    };
    let query = body_query
        .filter(|q| !q.trim().is_empty())
        .or_else(|| ctx.param("q").map(str::to_string))
        .unwrap_or_default();
    let errs = errs.echo("query", query.clone());
    {
        let st = ctx.lock();
        ctx.check_writable(&st, owner, db, &user, &errs)?;
    }
    let statements = sql::split_statements(&query);
    if statements.len() > 1 {
        return Err(errs.bad(sql::MULTI_STATEMENT_MESSAGE));
    }
    if !super::valid_ref_name(to) {
        return Err(errs.bad(format!("invalid branch name {to:?}")));
    }
    let base = {
        let st = ctx.lock();
        let d = st
            .db(owner, db)
            .ok_or_else(|| errs.no_such_repository(owner, db))?;
        [to, from]
            .into_iter()
            .find(|b| d.branches.contains_key(*b))
            .map(str::to_string)
    };
    let description = if let Some(stmt) = statements.first() {
        match sql::translate(stmt, db) {
            Statement::Call { name, .. } => {
                if let Some(refusal) = jobs::procedure_refusal(&name) {
                    return Err(errs.bad(refusal));
                }
                format!("Run query {query}")
            }
            Statement::Unsupported(message) => return Err(errs.bad(message)),
            Statement::Sql(translated) => {
                if let Some(base) = base {
                    let syntax = crate::stores::read(&ctx.shared, owner, db, &base, move |s, _| {
                        Ok(sql::syntax_error(s.conn(), &translated))
                    })
                    .await
                    .ok()
                    .flatten();
                    if let Some(e) = syntax {
                        return Err(errs.bad(e));
                    }
                }
                format!("Run query {query}")
            }
        }
    } else {
        format!("Merge {from} into {to}")
    };
    let id = crate::util::uuid();
    let op_name = {
        let mut st = ctx.lock();
        jobs::new_op(
            &mut st,
            OpKind::SqlWrite,
            format!("operations/{id}"),
            &id,
            &user,
            (owner, db),
            description,
            vec![
                ("from_branch_name".into(), from.into()),
                ("from_repo_name".into(), db.into()),
                ("from_repo_owner".into(), owner.into()),
                ("sql_query".into(), query.clone()),
                ("to_branch_name".into(), to.into()),
                ("to_repo_name".into(), db.into()),
                ("to_repo_owner".into(), owner.into()),
            ],
            to,
        )
    };
    ctx.shared.dirty();
    jobs::spawn(
        ctx.shared.clone(),
        op_name.clone(),
        Work::Write {
            owner: owner.into(),
            db: db.into(),
            from: from.into(),
            to: to.into(),
            query: query.clone(),
            author: user,
            merge_after,
        },
    );
    let mut map = to_map(&SqlWriteResponse {
        query_execution_status: Some("Success".into()),
        query_execution_message: Some("Operation created. Poll the operation for update.".into()),
        repository_owner: Some(owner.into()),
        repository_name: Some(db.into()),
        from_branch_name: Some(from.into()),
        to_branch_name: Some(to.into()),
        query: Some(query),
        operation_name: Some(op_name),
    });
    if ctx.legacy {
        rename_key(&mut map, "query", "query:");
        rename_key(&mut map, "operation_name", "operation_name:");
    }
    Ok(ok_json(map))
}

pub(crate) fn poll_write(ctx: &Ctx, owner: &str, db: &str) -> ApiResult {
    let name = ctx.param("operationName").unwrap_or_default().to_string();
    let errs = Errs::sql().echo("operation_name", name.clone());
    let user = ctx.require_user(&errs)?;
    if name.is_empty() {
        return Err(errs.bad("missing query parameter operationName"));
    }
    let op = {
        let st = ctx.lock();
        ctx.check_readable(&st, owner, db, &errs)?;
        st.op(&name)
            .filter(|op| {
                op.kind == OpKind::SqlWrite
                    && op.owner == owner
                    && op.database == db
                    && (op.creator == user || ctx.cfg().can_write(owner, &user))
            })
            .cloned()
            .ok_or_else(|| errs.bad(format!("no such operation: {name}")))?
    };
    let done = op.status.is_finished();
    let mut resp = PollSqlWriteResponse {
        id: Some(op.name.clone()),
        done: Some(done),
        ..Default::default()
    };
    if done {
        let out = &op.outcome;
        if op.status == OpStatus::Succeeded && out.no_change {
            return Ok(text(StatusCode::BAD_REQUEST, NO_CHANGE_MESSAGE));
        }
        if op.status == OpStatus::Failed && out.missing_base {
            return Err(errs.bad(format!("{}: {NO_CHANGE_MESSAGE}", op.error)));
        }
        let (status, message) = match op.status {
            OpStatus::Succeeded => ("Success", out.message.clone()),
            _ => ("Error", op.error.clone()),
        };
        resp.res_details = Some(SqlWriteResult {
            query_execution_status: Some(status.into()),
            query_execution_message: Some(message),
            owner_name: Some(owner.into()),
            repository_name: Some(db.into()),
            from_commit_id: Some(out.from_commit.clone()),
            to_commit_id: Some(out.to_commit.clone()),
        });
    }
    if ctx.legacy
        && let Some(details) = resp.res_details.take()
    {
        resp.query_execution_status = details.query_execution_status;
        resp.query_execution_message = details.query_execution_message;
    }
    Ok(ok_json(to_map(&resp)))
}

/// Renders an operation's metadata.
pub(crate) fn metadata_string(pairs: &[(String, String)]) -> String {
    let v: Vec<(&str, &str)> = pairs
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    python_dict(&v)
}
