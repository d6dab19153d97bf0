//! The multipart upload that starts an import.
//!
//! The `file` part is streamed to a temporary file while its bytes are counted; a file
//! over the limit is refused as soon as the count passes it, without reading the rest.
//! A `Content-Length` that cannot fit is refused before reading anything.

use super::{ApiResult, Ctx, Errs, ok_json, to_map};
use crate::import::{FileType, ImportOp};
use crate::jobs::{self, ImportWork, Work};
use crate::state::OpKind;
use axum::extract::{FromRequest, Multipart, Request};
use axum::http::header;
use dolthub_api::types::{
    UploadFileResponse, UploadParams, UploadParamsFileType, UploadParamsImportOp,
};
use tokio::io::AsyncWriteExt;

/// Room for the `params` part and multipart framing on top of the file limit.
const FRAMING_SLACK: u64 = 1024 * 1024;
/// Largest `params` part.
const PARAMS_LIMIT: usize = 64 * 1024;

pub(crate) async fn upload(ctx: &Ctx, owner: &str, db: &str, req: Request) -> ApiResult {
    let errs = Errs::standard("Invalid request body.")
        .echo("database_owner", owner)
        .echo("database_name", db)
        .echo("branch_name", "")
        .echo("table_name", "");
    let user = ctx.require_user(&errs)?;
    {
        let st = ctx.lock();
        ctx.check_writable(&st, owner, db, &user, &errs)?;
    }
    let max = ctx.cfg().max_upload_bytes;
    let too_big = || {
        errs.bad(format!(
            "the file is larger than the upload limit of {max} bytes ({} MB)",
            max / (1024 * 1024)
        ))
    };
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > max.saturating_add(FRAMING_SLACK)) {
        return Err(too_big());
    }
    let mut multipart = Multipart::from_request(req, &())
        .await
        .map_err(|e| errs.bad(format!("expected a multipart/form-data body: {e}")))?;
    let mut file: Option<(tempfile::TempPath, u64, Option<String>)> = None;
    let mut params: Option<String> = None;
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(e) => {
                if file.as_ref().is_some_and(|(_, n, _)| *n >= max) {
                    return Err(too_big());
                }
                return Err(errs.bad(format!("malformed multipart body: {e}")));
            }
        };
        match field.name().unwrap_or_default() {
            "file" => {
                let filename = field.file_name().map(str::to_string);
                let tmp = tempfile::NamedTempFile::new()
                    .map_err(|e| errs.internal(format!("cannot store the upload: {e}")))?;
                let (std_file, path) = tmp.into_parts();
                let mut out = tokio::fs::File::from_std(std_file);
                let mut count: u64 = 0;
                let mut field = field;
                loop {
                    let chunk = match field.chunk().await {
                        Ok(Some(c)) => c,
                        Ok(None) => break,
                        Err(e) => {
                            if count >= max {
                                return Err(too_big());
                            }
                            return Err(errs.bad(format!("malformed multipart body: {e}")));
                        }
                    };
                    count += chunk.len() as u64;
                    if count > max {
                        return Err(too_big());
                    }
                    out.write_all(&chunk)
                        .await
                        .map_err(|e| errs.internal(format!("cannot store the upload: {e}")))?;
                }
                out.flush()
                    .await
                    .map_err(|e| errs.internal(format!("cannot store the upload: {e}")))?;
                file = Some((path, count, filename));
            }
            "params" => {
                let bytes = field
                    .bytes()
                    .await
                    .map_err(|e| errs.bad(format!("malformed multipart body: {e}")))?;
                if bytes.len() > PARAMS_LIMIT {
                    return Err(errs.bad("the params part is too large"));
                }
                params = Some(
                    String::from_utf8(bytes.to_vec())
                        .map_err(|_| errs.bad("the params part is not UTF-8 text"))?,
                );
            }
            other => {
                return Err(errs.bad(format!(
                    "unexpected form part {other:?}; send only `file` and `params`"
                )));
            }
        }
    }
    let Some(params_text) = params else {
        return Err(errs.bad("missing form part `params` (a JSON-encoded UploadParams document)"));
    };
    let params: UploadParams =
        serde_json::from_str(&params_text).map_err(|e| errs.bad(format!("invalid params: {e}")))?;
    let errs = errs
        .echo("branch_name", params.branch_name.clone())
        .echo("table_name", params.table_name.clone().unwrap_or_default());
    let Some((path, _size, _filename)) = file else {
        return Err(errs.bad("missing form part `file`"));
    };
    let file_type = match params.file_type {
        UploadParamsFileType::Csv => FileType::Csv,
        UploadParamsFileType::Psv => FileType::Psv,
        UploadParamsFileType::Json => FileType::Json,
        UploadParamsFileType::Sql => FileType::Sql,
        UploadParamsFileType::Xlsx => FileType::Xlsx,
    };
    let op = match params.import_op {
        UploadParamsImportOp::Create => ImportOp::Create,
        UploadParamsImportOp::Update => ImportOp::Update,
        UploadParamsImportOp::Overwrite => ImportOp::Overwrite,
        UploadParamsImportOp::Replace => ImportOp::Replace,
    };
    let table = params.table_name.clone().unwrap_or_default();
    if file_type != FileType::Sql && table.trim().is_empty() {
        return Err(errs.bad("tableName is required for Csv, Psv, Json and Xlsx files"));
    }
    if table.contains(['\0', '`']) {
        return Err(errs.bad(format!("invalid table name {table:?}")));
    }
    let (op_name, user_op, branch) = {
        let mut st = ctx.lock();
        ctx.check_writable(&st, owner, db, &user, &errs)?;
        let d = st
            .db(owner, db)
            .ok_or_else(|| errs.no_such_repository(owner, db))?;
        let branch = if params.branch_name.is_empty() {
            d.default_branch.clone()
        } else {
            params.branch_name.clone()
        };
        // A new database has no branch yet: its first import creates `branch`.
        if !d.branches.is_empty() && !d.branches.contains_key(&branch) {
            return Err(errs.bad(format!("branch not found: {branch}")));
        }
        let running = st.d.ops.iter().any(|o| {
            o.kind == OpKind::Import
                && o.owner == owner
                && o.database == db
                && !o.status.is_finished()
        });
        if running {
            return Err(errs.bad(format!(
                "an import is already running on {owner}/{db}; wait for it to finish"
            )));
        }
        let uuid = crate::util::uuid();
        let target = if file_type == FileType::Sql {
            "the database".to_string()
        } else {
            format!("table {table}")
        };
        let name = jobs::new_op(
            &mut st,
            OpKind::Import,
            format!("repositoryOwners/{owner}/repositories/{db}/jobs/{uuid}"),
            &uuid,
            &user,
            (owner, db),
            format!("Import {} into {target}", params.file_name),
            vec![
                ("branch_name".into(), branch.clone()),
                ("file_name".into(), params.file_name.clone()),
                ("import_op".into(), params.import_op.to_string()),
                ("repo_name".into(), db.into()),
                ("repo_owner".into(), owner.into()),
                ("table_name".into(), table.clone()),
            ],
            &branch,
        );
        let user_op = st
            .op(&name)
            .map(|o| o.user_op_name.clone())
            .unwrap_or_default();
        (name, user_op, branch)
    };
    ctx.shared.dirty();
    jobs::spawn(
        ctx.shared.clone(),
        op_name.clone(),
        Work::Import(Box::new(ImportWork {
            owner: owner.into(),
            db: db.into(),
            branch: branch.clone(),
            table: table.clone(),
            file_name: params.file_name.clone(),
            file_type,
            op,
            primary_keys: params.primary_keys.clone(),
            file: path,
            author: user,
            landing: jobs::Landing::PullRequest,
            commit_message: None,
        })),
    );
    Ok(ok_json(to_map(&UploadFileResponse {
        status: Some("Success".into()),
        database_owner: Some(owner.into()),
        database_name: Some(db.into()),
        branch_name: Some(branch),
        table_name: Some(table),
        operation_name: Some(op_name),
        user_operation_name: Some(user_op),
    })))
}
