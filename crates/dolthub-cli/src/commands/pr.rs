//! `pr list|view|create|edit|close|comment|merge`.

use std::time::Duration;

use futures::TryStreamExt;
use serde::Serialize;

use super::{Ctx, take, wait_for};
use crate::cli::{DbRef, PrCommand, PrState, ReviewStatus};
use crate::detail;
use crate::exit::{CliError, CliResult};
use crate::output::Out;
use crate::view::{self, PullView};

/// `pr comment` JSON output.
#[derive(Debug, Serialize)]
struct CommentView {
    pull_id: String,
    comment: String,
}

/// `pr merge` JSON output.
#[derive(Debug, Serialize)]
pub struct MergeView {
    /// The pull request.
    pub pull_id: String,
    /// The merge job (its id in `job list`).
    pub operation: String,
    /// `merging` (without --wait) or `merged`.
    pub status: &'static str,
}

pub async fn pr(ctx: &Ctx, cmd: PrCommand) -> CliResult<Out> {
    match cmd {
        PrCommand::List {
            state,
            review,
            search,
            db,
            limit,
        } => {
            let v2 = ctx.version() == dolthub::ApiVersion::V2;
            if v2 && review.is_some() {
                return Err(CliError::unsupported(
                    "`pr list --review`",
                    dolthub::ApiVersion::V2,
                    format!(
                        "API v2 does not report review status: drop --review, or {}",
                        crate::exit::other_version_hint(dolthub::ApiVersion::V2)
                    ),
                ));
            }
            let mut req = ctx.db(&db.db).pulls().list();
            let filter = match state {
                PrState::Open => Some("Open"),
                PrState::Closed => Some("Closed"),
                PrState::Merged => Some("Merged"),
                PrState::All => None,
            };
            if let Some(f) = filter {
                req = req.state(f);
            }
            if let Some(r) = review {
                req = req.review_status(match r {
                    ReviewStatus::Approved => "Approved",
                    ReviewStatus::AssignedReviewer => "AssignedReviewer",
                    ReviewStatus::Rejected => "Rejected",
                    ReviewStatus::Reviewed => "Reviewed",
                });
            }
            // v2 has no text filter: the command matches titles and authors
            // itself (case-insensitive), before counting --limit.
            let local = search.as_ref().filter(|_| v2).map(|q| q.to_lowercase());
            if let Some(q) = search.filter(|_| !v2) {
                req = req.query(q);
            }
            let stream = req.stream().try_filter(move |p| {
                let keep = local.as_ref().is_none_or(|q| {
                    p.title.to_lowercase().contains(q) || p.author.to_lowercase().contains(q)
                });
                std::future::ready(keep)
            });
            let pulls = take(stream, limit.limit).await?;
            Ok(view::pulls(&pulls))
        }
        PrCommand::View { id, comments, db } => {
            if comments {
                ctx.require_version(
                    dolthub::ApiVersion::V2,
                    "pr view --comments",
                    "on v1alpha1, `dolthub pr view ID` shows the pull request without its comments",
                )?;
            }
            let pull = pull_record(ctx, &db.db, &id).await?;
            if !comments {
                return Ok(view::pull(&pull));
            }
            let list = ctx.db(&db.db).pull(&id).comments().await?;
            Ok(detail::pull_with_comments(&pull, &list))
        }
        PrCommand::Create {
            title,
            description,
            body_file,
            from,
            from_db,
            to,
            db,
        } => {
            let description = match &body_file {
                Some(path) => super::read_text_file(path)?,
                None => description,
            };
            ctx.require_token("opening a pull request")?;
            let mut req = ctx.db(&db.db).pulls().create(&title).from(&from).to(&to);
            if !description.is_empty() {
                req = req.description(&description);
            }
            if let Some(src) = &from_db {
                req = req.from_owner(&src.owner).from_database(&src.name);
            }
            let pull = req.await?;
            let mut v = PullView::from(&pull);
            if v.state.is_empty() {
                v.state = "open".into();
            }
            if v.title.is_empty() {
                v.title = title;
            }
            Ok(Out::done(
                format!("Opened pull request #{} ({from} → {to}) in {}", v.id, db.db),
                Some(v.id.clone()),
                &v,
            ))
        }
        PrCommand::Edit {
            id,
            title,
            description,
            db,
        } => {
            if title.is_none() && description.is_none() {
                return Err(CliError::usage(
                    "nothing to change: pass --title and/or --description",
                ));
            }
            ctx.require_token("editing a pull request")?;
            let mut req = ctx.db(&db.db).pull(&id).update();
            if let Some(t) = title {
                req = req.title(t);
            }
            if let Some(d) = description {
                req = req.description(d);
            }
            let pull = req.await?;
            let mut v = PullView::from(&pull);
            if v.id.is_empty() {
                v.id = id;
            }
            Ok(Out::done(
                format!("Updated pull request #{}", v.id),
                Some(v.id.clone()),
                &v,
            ))
        }
        PrCommand::Close { id, db } => {
            ctx.require_token("closing a pull request")?;
            let pull = ctx.db(&db.db).pull(&id).close().await?;
            let mut v = PullView::from(&pull);
            if v.id.is_empty() {
                v.id = id;
            }
            if v.state.is_empty() {
                v.state = "closed".into();
            }
            Ok(Out::done(
                format!("Closed pull request #{}", v.id),
                Some(v.id.clone()),
                &v,
            ))
        }
        PrCommand::Reopen { id, db } => reopen(ctx, &db.db, id).await,
        PrCommand::Comment {
            id,
            body,
            body_file,
            db,
        } => {
            let body = match (body, &body_file) {
                (Some(b), _) => b,
                (None, Some(path)) => super::read_text_file(path)?,
                (None, None) => {
                    return Err(CliError::usage("pr comment needs --body or --body-file"));
                }
            };
            if body.trim().is_empty() {
                return Err(CliError::usage("the comment is empty"));
            }
            ctx.require_token("commenting")?;
            let c = ctx.db(&db.db).pull(&id).comment(&body).await?;
            let v = CommentView {
                pull_id: if c.pull_id.is_empty() { id } else { c.pull_id },
                comment: if c.comment.is_empty() {
                    body
                } else {
                    c.comment
                },
            };
            Ok(Out::done(
                format!("Commented on pull request #{}", v.pull_id),
                Some(v.pull_id.clone()),
                &v,
            ))
        }
        PrCommand::Merge { id, db, wait } => {
            ctx.require_token("merging")?;
            let deadline = wait.wait.then_some(wait.wait_timeout.0);
            let v = merge_pull(ctx, &db.db, &id, deadline).await?;
            let message = if v.status == "merged" {
                format!("Merged pull request #{id}")
            } else {
                format!(
                    "Merging pull request #{id} (job {}); use --wait to wait for it",
                    v.operation
                )
            };
            Ok(Out::done(message, Some(v.operation.clone()), &v))
        }
    }
}

/// Fetch one pull request.
pub async fn pull_record(ctx: &Ctx, db: &DbRef, id: &str) -> CliResult<dolthub::models::Pull> {
    Ok(ctx.db(db).pull(id).get().await?)
}

/// Start a merge and, with a deadline, wait for it.
pub async fn merge_pull(
    ctx: &Ctx,
    db: &DbRef,
    id: &str,
    deadline: Option<Duration>,
) -> CliResult<MergeView> {
    let op = ctx.db(db).pull(id).merge().await?;
    let operation = op.name().to_owned();
    let Some(deadline) = deadline else {
        return Ok(MergeView {
            pull_id: id.to_owned(),
            operation,
            status: "merging",
        });
    };
    wait_for(op, &format!("Merging #{id}"), deadline).await?;
    Ok(MergeView {
        pull_id: id.to_owned(),
        operation,
        status: "merged",
    })
}

/// `pr reopen`: v2 sets the state back to open; v1alpha1 has no way to, so
/// the crate refuses before sending and the hint names the way out.
async fn reopen(ctx: &Ctx, db: &DbRef, id: String) -> CliResult<Out> {
    ctx.require_token("reopening a pull request")?;
    let pull = ctx.db(db).pull(&id).reopen().await.map_err(|e| {
        let unsupported = matches!(e, dolthub::Error::Unsupported { .. });
        let err = CliError::from(e);
        if unsupported {
            err.with_hint(
                "reopening needs API v2: --api-version v2, DOLTHUB_API_VERSION=v2 or \
                 `dolthub config set api_version v2` (DoltLab serves only v1alpha1)",
            )
        } else {
            err
        }
    })?;
    let mut v = PullView::from(&pull);
    if v.id.is_empty() {
        v.id = id;
    }
    if v.state.is_empty() {
        v.state = "open".into();
    }
    Ok(Out::done(
        format!("Reopened pull request #{}", v.id),
        Some(v.id.clone()),
        &v,
    ))
}
