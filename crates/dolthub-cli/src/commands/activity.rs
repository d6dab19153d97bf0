//! `job list|watch`, `op list`, `user`.

use std::time::{Duration, Instant};

use futures::TryStreamExt;

use super::{Ctx, human_duration, take};
use crate::cli::{DbRef, JobCommand, OpCommand, OpType};
use crate::exit::{CliError, CliResult, Kind};
use crate::output::Out;
use crate::progress;
use crate::view::{self, JobView};

pub async fn job(ctx: &Ctx, cmd: JobCommand) -> CliResult<Out> {
    match cmd {
        JobCommand::List { db, limit } => {
            ctx.require_token("listing jobs")?;
            let jobs = take(ctx.db(&db.db).jobs().list().stream(), limit.limit).await?;
            Ok(view::jobs(&jobs))
        }
        JobCommand::Watch {
            id,
            db,
            wait_timeout,
        } => {
            ctx.require_token("watching a job")?;
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

/// Whether `job` is the one the user named (the full id, or its last segment).
fn matches_id(job: &dolthub::models::Job, id: &str) -> bool {
    job.id == id || job.id.rsplit('/').next() == Some(id)
}

async fn find_job(ctx: &Ctx, db: &DbRef, id: &str) -> CliResult<Option<dolthub::models::Job>> {
    let mut jobs = std::pin::pin!(ctx.db(db).jobs().list().stream());
    while let Some(job) = jobs.try_next().await? {
        if matches_id(&job, id) {
            return Ok(Some(job));
        }
    }
    Ok(None)
}

/// Poll the job list until the job has finished.
async fn watch(
    ctx: &Ctx,
    db: &DbRef,
    id: &str,
    deadline: Duration,
) -> CliResult<dolthub::models::Job> {
    let started = Instant::now();
    let spinner = progress::spinner(format!("Job {id}: looking"));
    let mut delay = Duration::from_millis(200);
    let result = loop {
        let job = match find_job(ctx, db, id).await {
            Ok(Some(job)) => job,
            Ok(None) => {
                break Err(
                    CliError::new(Kind::NotFound, format!("no job `{id}` in {db}"))
                        .with_hint(format!("see `dolthub job list --db {db}`")),
                );
            }
            Err(e) => break Err(e),
        };
        spinner.set_message(format!("Job {id}: {}", job.status));
        match job.status {
            dolthub::models::JobStatus::Succeeded => break Ok(job),
            dolthub::models::JobStatus::Failed => {
                let reason = if job.error.is_empty() {
                    "no error text reported".to_owned()
                } else {
                    job.error.clone()
                };
                break Err(CliError::new(
                    Kind::Api,
                    format!("job {} ({}) failed: {reason}", job.id, job.job_type),
                ));
            }
            _ => {}
        }
        let elapsed = started.elapsed();
        if elapsed >= deadline {
            break Err(CliError::new(
                Kind::Timeout,
                format!(
                    "job {id} did not finish within {} (last status: {})",
                    human_duration(deadline),
                    job.status
                ),
            )
            .with_hint("the job keeps running on the server; raise --wait-timeout"));
        }
        tokio::time::sleep(delay.min(deadline - elapsed)).await;
        delay = (delay * 2).min(Duration::from_secs(5));
    };
    spinner.finish_and_clear();
    result
}

pub async fn op(ctx: &Ctx, cmd: OpCommand) -> CliResult<Out> {
    match cmd {
        OpCommand::List {
            op_type,
            user,
            limit,
        } => {
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
