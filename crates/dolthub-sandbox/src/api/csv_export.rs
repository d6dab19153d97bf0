//! CSV export: one table as CSV, or a ZIP of every table.

use super::{ApiError, ApiResult, Ctx, Errs};
use crate::sql;
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use std::sync::Arc;

fn snapshot(
    ctx: &Ctx,
    owner: &str,
    db: &str,
    r: &str,
    errs: &Errs,
) -> Result<Arc<Vec<u8>>, ApiError> {
    let st = ctx.lock();
    ctx.check_readable(&st, owner, db, errs)?;
    let d = st
        .db(owner, db)
        .ok_or_else(|| errs.no_such_repository(owner, db))?;
    st.resolve_ref(d, r)
        .and_then(|c| st.snapshot_of(&c))
        .ok_or_else(|| errs.not_found(format!("branch not found: {r}")))
}

pub(crate) async fn table(ctx: &Ctx, owner: &str, db: &str, r: &str, table: &str) -> ApiResult {
    let errs = Errs::standard("Error exporting a table.")
        .echo("database_owner", owner)
        .echo("database_name", db)
        .echo("ref", r)
        .echo("table", table);
    let bytes = snapshot(ctx, owner, db, r, &errs)?;
    let t = table.to_string();
    let csv = tokio::task::spawn_blocking(move || {
        let conn = sql::open(&bytes, true).map_err(|e| sql::error_text(&e))?;
        sql::table_csv(&conn, &t)
    })
    .await
    .map_err(|e| errs.internal(format!("export task failed: {e}")))?
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
    let bytes = snapshot(ctx, owner, db, r, &errs)?;
    let archive = tokio::task::spawn_blocking(move || {
        let conn = sql::open(&bytes, true).map_err(|e| sql::error_text(&e))?;
        sql::database_zip(&conn)
    })
    .await
    .map_err(|e| errs.internal(format!("export task failed: {e}")))?
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
