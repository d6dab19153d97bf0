//! CSV export: one table as CSV, or a ZIP of every table.

use super::{ApiError, ApiResult, Ctx, Errs};
use crate::sql;
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;

/// Checks that `r` is a ref of a readable database; returns what to check out in the
/// store (the branch itself, or the commit a tag or hash names).
fn checkout_target(
    ctx: &Ctx,
    owner: &str,
    db: &str,
    r: &str,
    errs: &Errs,
) -> Result<String, ApiError> {
    let st = ctx.lock();
    ctx.check_readable(&st, owner, db, errs)?;
    let d = st
        .db(owner, db)
        .ok_or_else(|| errs.no_such_repository(owner, db))?;
    if d.branches.contains_key(r) {
        return Ok(r.to_string());
    }
    st.resolve_ref(d, r)
        .ok_or_else(|| errs.not_found(format!("branch not found: {r}")))
}

pub(crate) async fn table(ctx: &Ctx, owner: &str, db: &str, r: &str, table: &str) -> ApiResult {
    let errs = Errs::standard("Error exporting a table.")
        .echo("database_owner", owner)
        .echo("database_name", db)
        .echo("ref", r)
        .echo("table", table);
    let at = checkout_target(ctx, owner, db, r, &errs)?;
    let t = table.to_string();
    let csv = crate::stores::read(&ctx.shared, owner, db, &at, move |s, _| {
        sql::table_csv(s.conn(), &t)
    })
    .await
    .map_err(|e| {
        if e.starts_with("table not found") {
            errs.not_found(e)
        } else {
            errs.internal(e)
        }
    })?;
    Ok((
        StatusCode::OK,
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{}.csv\"", table.replace('"', "")),
            ),
        ],
        csv,
    )
        .into_response())
}

pub(crate) async fn zip(ctx: &Ctx, owner: &str, db: &str, r: &str) -> ApiResult {
    let errs = Errs::standard("Error exporting the database.")
        .echo("database_owner", owner)
        .echo("database_name", db)
        .echo("ref", r);
    let at = checkout_target(ctx, owner, db, r, &errs)?;
    let archive = crate::stores::read(&ctx.shared, owner, db, &at, move |s, _| {
        sql::database_zip(s.conn())
    })
    .await
    .map_err(|e| errs.internal(e))?;
    Ok((
        StatusCode::OK,
        [
            (header::CONTENT_TYPE, "application/zip".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{}.zip\"", db.replace('"', "")),
            ),
        ],
        archive,
    )
        .into_response())
}
