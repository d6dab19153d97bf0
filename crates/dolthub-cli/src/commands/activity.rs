//! `job list|watch`, `op list`, `user`.

use std::time::Duration;

use super::{Ctx, take, wait_for};
use crate::cli::{DbRef, JobCommand, OpCommand, OpType};
use crate::exit::{CliError, CliResult, Kind};
use crate::output::Out;
use crate::view::{self, JobView};

pub async fn job(ctx: &Ctx, cmd: JobCommand) -> CliResult<Out> {
    match cmd {
        JobCommand::List { db, limit } => {
            // A public database's jobs are readable without a token.
            let jobs = take(ctx.db(&db.db).jobs().list().stream(), limit.limit).await?;
            Ok(view::jobs(&jobs))
        }
        JobCommand::View { id, db } => {
            let job = find_job(ctx, &db.db, &id).await?;
            let v = JobView::from(&job);
            let fields = vec![
                ("id", v.id.clone()),
                ("type", v.job_type.clone()),
                ("status", v.status.clone()),
                ("creator", v.creator.clone()),
                ("created", v.created_at.clone()),
                ("description", v.description.clone()),
                ("error", v.error.clone()),
            ];
            Ok(Out::record(&v, fields))
        }
        JobCommand::Watch {
            id,
            db,
            wait_timeout,
        } => {
            let job = watch(ctx, &db.db, &id, wait_timeout.0).await?;
            let v = JobView::from(&job);
            Ok(Out::done(
                format!("Job {} ({}) succeeded", v.id, v.job_type),
                Some(v.status.clone()),
                &v,
            ))
        }
    }
}

/// Follow a job with the wrapper's [`Operation`](dolthub::Operation) wait
/// (backoff with jitter, deadline, progress, fail-fast on repeated poll
/// errors), after one look that answers at once for a finished or unknown job.
async fn watch(
    ctx: &Ctx,
    db: &DbRef,
    id: &str,
    deadline: Duration,
) -> CliResult<dolthub::models::Job> {
    let op = ctx.db(db).jobs().watch(id);
    match op.poll().await {
        Ok(dolthub::PollStatus::Done(job)) => return Ok(job),
        Err(dolthub::Error::NotFound { .. }) => {
            return Err(
                CliError::new(Kind::NotFound, format!("no job `{id}` in {db}"))
                    .with_hint(format!("see `dolthub job list --db {db}`")),
            );
        }
        Err(e) => return Err(e.into()),
        Ok(_) => {}
    }
    wait_for(op, &format!("Job {id}"), deadline).await
}

/// A job by id, looked up in the job list (neither version has a call that
/// reads one job without treating a failed one as an error).
async fn find_job(ctx: &Ctx, db: &DbRef, id: &str) -> CliResult<dolthub::models::Job> {
    let mut jobs = std::pin::pin!(ctx.db(db).jobs().list().stream());
    while let Some(job) = futures::TryStreamExt::try_next(&mut jobs).await? {
        if job.id == id || job.id.rsplit('/').next() == Some(id) {
            return Ok(job);
        }
    }
    Err(
        CliError::new(Kind::NotFound, format!("no job `{id}` in {db}"))
            .with_hint(format!("see `dolthub job list --db {db}`")),
    )
}

pub async fn op(ctx: &Ctx, cmd: OpCommand) -> CliResult<Out> {
    match cmd {
        OpCommand::List {
            op_type,
            user,
            limit,
        } => {
            ctx.require_version(
                dolthub::ApiVersion::V1alpha1,
                "op list",
                "API v2 lists operations per database: `dolthub job list --db OWNER/DB`",
            )?;
            ctx.require_token("listing operations")?;
            let user = match user {
                Some(u) => u,
                None => ctx.username().await?,
            };
            let mut req = ctx.client.operations(&user);
            if let Some(t) = op_type {
                req = req.operation_type(match t {
                    OpType::SqlWrite => "SqlWrite",
                    OpType::SqlRead => "SqlRead",
                    OpType::Import => "Import",
                    OpType::Merge => "Merge",
                    OpType::Migrate => "Migrate",
                });
            }
            let ops = take(req.stream(), limit.limit).await?;
            Ok(view::operations(&ops))
        }
    }
}

pub async fn user(ctx: &Ctx) -> CliResult<Out> {
    ctx.require_token("`dolthub user`")?;
    let me = ctx.client.user().await?;
    Ok(view::user(&me))
}
