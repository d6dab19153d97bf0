//! `db create`, `fork`, `fork list`.

use serde::Serialize;

use super::{Ctx, wait_for};
use crate::cli::{DbCommand, ForkArgs, ForkCommand};
use crate::detail;
use crate::exit::{CliError, CliResult};
use crate::output::Out;
use crate::view::{self, DatabaseView};

pub async fn db(ctx: &Ctx, cmd: DbCommand) -> CliResult<Out> {
    match cmd {
        DbCommand::Create {
            db,
            public,
            private,
            description,
        } => {
            ctx.require_token("creating a database")?;
            let db = if db.owner.is_empty() {
                crate::cli::DbRef {
                    owner: ctx.username().await?,
                    ..db
                }
            } else {
                db
            };
            let mut req = ctx.client.create_database(&db.owner, &db.name);
            // clap makes exactly one of the two flags present.
            debug_assert!(public != private);
            req = if private { req.private() } else { req.public() };
            if let Some(d) = description {
                req = req.description(d);
            }
            let created = req.await?;
            let mut v = DatabaseView::from(&created);
            // Fill what the answer left out with what was asked for.
            if v.owner.is_empty() {
                v.owner = db.owner.clone();
            }
            if v.name.is_empty() {
                v.name = db.name.clone();
            }
            if v.visibility.is_empty() {
                v.visibility = if private { "private" } else { "public" }.into();
            }
            let full = format!("{}/{}", v.owner, v.name);
            Ok(Out::done(
                format!("Created {} database {full}", v.visibility),
                Some(full.clone()),
                &v,
            ))
        }
        // `dh db fork` / `dh db import` spellings.
        DbCommand::Fork(args) => fork(ctx, args).await,
        DbCommand::Import(args) => super::import::import(ctx, args).await,
        DbCommand::View { db, forks, db_flag } => {
            let db = db
                .or(db_flag)
                .ok_or_else(|| CliError::usage("db view needs OWNER/DB (or --db / DOLTHUB_DB)"))?;
            ctx.require_version(
                dolthub::ApiVersion::V2,
                "db view",
                &format!(
                    "on v1alpha1, `dolthub branch list --db {db}` checks that it exists \
                     and `dolthub fork list {db}` shows its fork network"
                ),
            )?;
            let handle = ctx.db(&db);
            let found = handle.get().await?;
            let children = if forks {
                let network = handle.forks().list().await?;
                Some(
                    network
                        .forks
                        .iter()
                        .map(|f| format!("{}/{}", f.owner, f.database))
                        .collect(),
                )
            } else {
                None
            };
            Ok(detail::database(&found, children))
        }
    }
}

/// `fork` JSON output.
#[derive(Debug, Serialize)]
struct ForkView {
    parent: String,
    owner: String,
    /// Name of the fork (known once finished).
    database: String,
    operation: String,
    /// `started` or `done`.
    status: &'static str,
}

pub async fn fork(ctx: &Ctx, args: ForkArgs) -> CliResult<Out> {
    if let Some(ForkCommand::List { db, limit }) = args.command {
        let network = ctx.db(&db).forks().list().await?;
        return Ok(view::fork_network(&network, limit.limit));
    }
    let db = args
        .db
        .ok_or_else(|| CliError::usage("fork needs OWNER/DB (or `fork list OWNER/DB`)"))?;
    ctx.require_token("forking")?;
    let to = match args.to {
        Some(to) => to,
        None => ctx.username().await?,
    };
    let op = ctx.client.fork(&db.owner, &db.name).to_owner(&to).await?;
    let operation = op.name().to_owned();
    let parent = db.to_string();
    if !args.wait.wait {
        let v = ForkView {
            parent: parent.clone(),
            owner: to.clone(),
            database: String::new(),
            operation: operation.clone(),
            status: "started",
        };
        return Ok(Out::done(
            format!(
                "Forking {parent} into {to} (operation {operation}); use --wait to wait for it"
            ),
            Some(operation),
            &v,
        ));
    }
    let outcome = wait_for(op, &format!("Forking {parent}"), args.wait.wait_timeout.0).await?;
    let owner = if outcome.owner.is_empty() {
        to
    } else {
        outcome.owner
    };
    let database = if outcome.database.is_empty() {
        db.name.clone()
    } else {
        outcome.database
    };
    let full = format!("{owner}/{database}");
    let v = ForkView {
        parent: parent.clone(),
        owner,
        database,
        operation,
        status: "done",
    };
    Ok(Out::done(
        format!("Forked {parent} to {full}"),
        Some(full),
        &v,
    ))
}
