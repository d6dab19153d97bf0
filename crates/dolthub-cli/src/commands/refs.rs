//! `branch`, `tag`, `release`.

use serde::Serialize;

use super::{Ctx, take, wait_for};
use crate::cli::{BranchCommand, ReleaseCommand, TagCommand};
use crate::exit::{CliError, CliResult, Kind};
use crate::output::Out;
use crate::view::{self, ReleaseView, TagView};

/// `branch create` / `branch delete` JSON output.
#[derive(Debug, Serialize)]
struct BranchChange {
    name: String,
    /// `created` or `deleted` (or `deleting` without --wait).
    status: &'static str,
    /// Where the new branch starts (create only).
    #[serde(skip_serializing_if = "String::is_empty")]
    from: String,
    /// The SQL write that deletes the branch (delete only).
    #[serde(skip_serializing_if = "String::is_empty")]
    operation: String,
}

/// What `--from` / `--commit` name: a commit hash is told apart by its form,
/// anything else is a ref the server resolves as a branch or a tag (a tag sent
/// as `revisionType: branch` fails, which is how `--from v1.0` used to break).
fn revision(from: &str, commit: Option<&str>) -> dolthub::Revision {
    match commit {
        Some(hash) => dolthub::Revision::commit(hash),
        None => dolthub::Revision::parse(from),
    }
}

/// API v2 starts branches and tags only at a branch or a commit. A ref that
/// is no branch but a tag is sent as the tag's commit, so `--from v1.0`
/// works on both versions (v1alpha1 resolves tags itself).
async fn resolve_for_v2(
    ctx: &Ctx,
    db: &crate::cli::DbRef,
    revision: dolthub::Revision,
) -> CliResult<dolthub::Revision> {
    let dolthub::Revision::Ref(name) = &revision else {
        return Ok(revision);
    };
    if ctx.version() != dolthub::ApiVersion::V2 {
        return Ok(revision);
    }
    let handle = ctx.db(db);
    if handle
        .branches()
        .list()
        .await?
        .iter()
        .any(|b| &b.name == name)
    {
        return Ok(revision);
    }
    let tags = handle.tags().list().await?;
    match tags.iter().find(|t| &t.name == name) {
        Some(tag) if !tag.commit_sha.is_empty() => {
            Ok(dolthub::Revision::commit(tag.commit_sha.clone()))
        }
        // Neither: let the server say it does not exist.
        _ => Ok(revision),
    }
}

pub async fn branch(ctx: &Ctx, cmd: BranchCommand) -> CliResult<Out> {
    match cmd {
        BranchCommand::List { db, limit } => {
            let mut branches = ctx.db(&db.db).branches().list().await?;
            branches.truncate(limit.limit);
            Ok(view::branches(&branches))
        }
        BranchCommand::Create {
            name,
            from,
            commit,
            db,
        } => {
            ctx.require_token("creating a branch")?;
            let revision = revision(&from, commit.as_deref());
            let start = revision.name().to_owned();
            let revision = resolve_for_v2(ctx, &db.db, revision).await?;
            let created = ctx.db(&db.db).branches().create(&name, revision).await?;
            let name = if created.name.is_empty() {
                name
            } else {
                created.name
            };
            let v = BranchChange {
                name: name.clone(),
                status: "created",
                from: start.clone(),
                operation: String::new(),
            };
            Ok(Out::done(
                format!("Created branch {name} from {start} in {}", db.db),
                Some(name),
                &v,
            ))
        }
        BranchCommand::Delete {
            name,
            via,
            db,
            wait,
        } => {
            if name == via {
                return Err(CliError::usage(format!(
                    "cannot delete `{name}` with a statement running on it; \
                     pass --via with another branch (default: main)"
                )));
            }
            ctx.require_token("deleting a branch")?;
            let op = ctx
                .db(&db.db)
                .branches()
                .delete(&name)
                .on_branch(&via)
                .await?;
            let operation = op.name().to_owned();
            if !wait.wait {
                let v = BranchChange {
                    name: name.clone(),
                    status: "deleting",
                    from: String::new(),
                    operation: operation.clone(),
                };
                return Ok(Out::done(
                    format!(
                        "Deleting branch {name} (operation {operation}); use --wait to wait for it"
                    ),
                    Some(operation),
                    &v,
                ));
            }
            wait_for(op, &format!("Deleting branch {name}"), wait.wait_timeout.0).await?;
            let v = BranchChange {
                name: name.clone(),
                status: "deleted",
                from: String::new(),
                operation,
            };
            Ok(Out::done(
                format!("Deleted branch {name} from {}", db.db),
                Some(name),
                &v,
            ))
        }
    }
}

pub async fn tag(ctx: &Ctx, cmd: TagCommand) -> CliResult<Out> {
    match cmd {
        TagCommand::List { db, limit } => {
            let mut tags = ctx.db(&db.db).tags().list().await?;
            tags.truncate(limit.limit);
            Ok(view::tags(&tags))
        }
        TagCommand::Create {
            name,
            from,
            commit,
            message,
            db,
        } => {
            ctx.require_token("creating a tag")?;
            let revision = revision(&from, commit.as_deref());
            let at = revision.name().to_owned();
            let revision = resolve_for_v2(ctx, &db.db, revision).await?;
            let tag = ctx
                .db(&db.db)
                .tags()
                .create(&name, revision)
                .message(&message)
                .await?;
            let mut v = TagView::from(&tag);
            if v.name.is_empty() {
                v.name = name;
            }
            if v.message.is_empty() {
                v.message = message;
            }
            Ok(Out::done(
                format!("Created tag {} at {at}", v.name),
                Some(v.name.clone()),
                &v,
            ))
        }
    }
}

pub async fn release(ctx: &Ctx, cmd: ReleaseCommand) -> CliResult<Out> {
    match cmd {
        ReleaseCommand::List { db, limit } => {
            let releases = take(ctx.db(&db.db).releases().list().stream(), limit.limit).await?;
            Ok(view::releases(&releases))
        }
        ReleaseCommand::View { tag, db } => {
            // Neither API has a call for one release: find it in the list.
            let stream = ctx.db(&db.db).releases().list().stream();
            let mut stream = std::pin::pin!(stream);
            while let Some(release) = futures::TryStreamExt::try_next(&mut stream).await? {
                if release.tag == tag {
                    return Ok(view::release(&release));
                }
            }
            Err(CliError::new(
                Kind::NotFound,
                format!("no release with tag `{tag}` in {}", db.db),
            )
            .with_hint(format!(
                "list them with `dolthub release list --db {}`",
                db.db
            )))
        }
        ReleaseCommand::Create {
            tag,
            title,
            commit,
            notes,
            notes_file,
            no_create_tag,
            db,
        } => {
            let notes = match &notes_file {
                Some(path) => super::read_text_file(path)?,
                None => notes,
            };
            ctx.require_token("creating a release")?;
            let title = title.unwrap_or_else(|| tag.clone());
            let mut req = ctx
                .db(&db.db)
                .releases()
                .create(&tag)
                .at(&commit)
                .title(&title)
                .create_tag_if_not_exists(!no_create_tag);
            if !notes.is_empty() {
                req = req.description(&notes);
            }
            let release = req.await?;
            let mut v = ReleaseView::from(&release);
            if v.tag.is_empty() {
                v.tag = tag;
            }
            if v.title.is_empty() {
                v.title = title;
            }
            Ok(Out::done(
                format!("Created release {} ({}) at {commit}", v.tag, v.title),
                Some(v.tag.clone()),
                &v,
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::revision;
    use dolthub::Revision;

    /// Issue 10 bug 1: `--from v1.0` (a tag) must not be sent as a branch.
    #[test]
    fn from_names_a_branch_tag_or_commit() {
        assert_eq!(revision("v1.0", None), Revision::reference("v1.0"));
        assert_eq!(revision("main", None), Revision::reference("main"));
        let hash = "7n2ks1tclj9v1b3oh7ar0fpd5ml2gkq1";
        assert_eq!(revision(hash, None), Revision::commit(hash));
        assert_eq!(revision("main", Some(hash)), Revision::commit(hash));
    }
}
