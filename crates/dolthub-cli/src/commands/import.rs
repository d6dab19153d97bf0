//! `import FILE --table T --pk COL --op OP --branch B [--wait]`.

use std::path::PathBuf;
use std::time::Duration;

use serde::Serialize;

use super::{Ctx, wait_for};
use crate::cli::{DbRef, FileType, ImportArgs, ImportOp};
use crate::exit::{CliError, CliResult};
use crate::output::Out;
use crate::progress;

/// `import` JSON output.
#[derive(Debug, Serialize)]
pub struct ImportView {
    /// `owner/db`.
    pub database: String,
    /// Target table (empty for SQL files).
    pub table: String,
    /// Branch imported into.
    pub branch: String,
    /// The uploaded file.
    pub file: String,
    /// Bytes uploaded.
    pub bytes: u64,
    /// The import job (its id in `job list`).
    pub operation: String,
    /// `importing` (without --wait) or `done`.
    pub status: &'static str,
    /// The pull request the import opened (known once done).
    pub pull_id: String,
}

/// Everything an import needs (shared with the tour).
pub struct ImportRequest {
    /// Target database.
    pub db: DbRef,
    /// Local file.
    pub file: PathBuf,
    /// Table.
    pub table: Option<String>,
    /// Primary keys.
    pub pk: Vec<String>,
    /// Import mode.
    pub op: ImportOp,
    /// Branch; `None` picks `main`, or `""` for a database without any branch
    /// yet (DoltHub's way of saying "create the default branch").
    pub branch: Option<String>,
    /// File type, when not taken from the extension.
    pub file_type: Option<FileType>,
    /// API v2: land on this new branch and open a pull request into `branch`.
    pub pr_branch: Option<String>,
    /// API v2: the import's commit message.
    pub commit_message: Option<String>,
    /// Wait this long for the job (None: do not wait).
    pub wait: Option<Duration>,
}

pub async fn import(ctx: &Ctx, args: ImportArgs) -> CliResult<Out> {
    ctx.require_token("importing")?;
    let req = ImportRequest {
        db: args.db.db,
        file: args.file,
        table: args.table,
        pk: args.pk,
        op: args.op,
        branch: args.branch,
        file_type: args.file_type,
        pr_branch: args.pr_branch,
        commit_message: args.commit_message,
        wait: args.wait.wait.then_some(args.wait.wait_timeout.0),
    };
    let v = run_import(ctx, req).await?;
    let target = if v.table.is_empty() {
        v.branch.clone()
    } else {
        format!("{} on {}", v.table, v.branch)
    };
    if v.status == "done" {
        let message = if v.pull_id.is_empty() {
            format!("Imported {} into {target}", v.file)
        } else {
            format!(
                "Imported {} into {target}; review pull request #{} (dolthub pr view {} --db {})",
                v.file, v.pull_id, v.pull_id, v.database
            )
        };
        let value = if v.pull_id.is_empty() {
            v.operation.clone()
        } else {
            v.pull_id.clone()
        };
        Ok(Out::done(message, Some(value), &v))
    } else {
        Ok(Out::done(
            format!(
                "Uploaded {} ({} bytes) for {target}; import job {} is running (use --wait to wait for it)",
                v.file, v.bytes, v.operation
            ),
            Some(v.operation.clone()),
            &v,
        ))
    }
}

/// The branch an import without `--branch` goes to: `main`, or `""` when the
/// database has no branch at all yet. A new DoltHub database has none until
/// its first write or import, and the upload then takes an empty branch name.
/// API v2 always needs a name: `main` is sent, and the sandbox creates it with the
/// first import (DoltHub's v2 documentation does not say what it does here).
async fn default_branch(ctx: &Ctx, db: &DbRef) -> CliResult<String> {
    if ctx.version() == dolthub::ApiVersion::V2 {
        return Ok("main".to_owned());
    }
    let branches = ctx.db(db).branches().list().await?;
    Ok(if branches.is_empty() {
        String::new()
    } else {
        "main".to_owned()
    })
}

/// Upload with a byte progress bar, then (optionally) wait with a spinner.
pub async fn run_import(ctx: &Ctx, req: ImportRequest) -> CliResult<ImportView> {
    let v1 = ctx.version() == dolthub::ApiVersion::V1alpha1;
    if v1 && (req.pr_branch.is_some() || req.commit_message.is_some()) {
        return Err(CliError::unsupported(
            "`import --pr-branch/--commit-message`",
            dolthub::ApiVersion::V1alpha1,
            format!(
                "v1alpha1 imports always open a pull request from a branch the server names: drop \
                 them; or {}",
                crate::exit::other_version_hint(dolthub::ApiVersion::V1alpha1)
            ),
        ));
    }
    let meta = std::fs::metadata(&req.file)
        .map_err(|e| CliError::other(format!("cannot read {}: {e}", req.file.display())))?;
    if !meta.is_file() {
        return Err(CliError::other(format!(
            "{} is not a file",
            req.file.display()
        )));
    }
    let total = meta.len();
    let file_name = req
        .file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let branch = match &req.branch {
        Some(b) => b.clone(),
        None => default_branch(ctx, &req.db).await?,
    };
    let mut builder = ctx
        .db(&req.db)
        .import(&req.file)
        .branch(&branch)
        .mode(req.op.0);
    if let Some(t) = &req.table {
        builder = builder.table(t);
    }
    if !req.pk.is_empty() {
        builder = builder.primary_keys(req.pk.iter().map(|k| k.trim().to_owned()));
    }
    if let Some(ft) = req.file_type {
        builder = builder.file_type(match ft {
            FileType::Csv => dolthub::resources::FileType::Csv,
            FileType::Psv => dolthub::resources::FileType::Psv,
            FileType::Json => dolthub::resources::FileType::Json,
            FileType::Xlsx => dolthub::resources::FileType::Xlsx,
            FileType::Sql => dolthub::resources::FileType::Sql,
            FileType::Yaml => dolthub::resources::FileType::Yaml,
        });
    }
    if let Some(b) = &req.pr_branch {
        builder = builder.pull_request_branch(b);
    }
    if let Some(m) = &req.commit_message {
        builder = builder.commit_message(m);
    }
    let bar = progress::bytes(total, format!("Uploading {file_name}"));
    let b = bar.clone();
    let started = builder
        .on_progress(move |sent, _total| b.set_position(sent))
        .start()
        .await;
    // Leave the finished bar on screen; a failed upload clears it.
    if started.is_ok() {
        bar.finish();
    } else {
        bar.finish_and_clear();
    }
    let op = started?;
    let mut view = ImportView {
        database: req.db.to_string(),
        table: req.table.clone().unwrap_or_default(),
        // "" asked the server to create the default branch, which is `main`.
        branch: if branch.is_empty() {
            "main".to_owned()
        } else {
            branch
        },
        file: file_name.clone(),
        bytes: total,
        operation: op.name().to_owned(),
        status: "importing",
        pull_id: String::new(),
    };
    if let Some(deadline) = req.wait {
        let outcome = wait_for(op, &format!("Importing {file_name}"), deadline).await?;
        view.status = "done";
        view.pull_id = outcome.pull_id;
    }
    Ok(view)
}
