//! Command handlers: one module per noun, each turning arguments into wrapper
//! calls and the answers into [`Out`] values.

mod activity;
pub mod api;
pub mod auth;
pub mod browse;
pub mod config;
mod db;
mod import;
mod pr;
mod refs;
mod sql;

use std::time::Duration;

use futures::{Stream, TryStreamExt};

use crate::cli::{Command, DbRef, Global};
use crate::exit::{CliError, CliResult, Kind};
use crate::output::{Out, Printer};
use crate::progress;

pub use import::{ImportRequest, run_import};
pub use pr::{merge_pull, pull_record};
pub use sql::{print_sql_result, read_sql};

/// What every handler gets.
pub struct Ctx {
    /// The API client.
    pub client: dolthub::Client,
    /// The output writer.
    pub printer: Printer,
}

impl Ctx {
    /// Handle on `db`.
    pub fn db(&self, db: &DbRef) -> dolthub::resources::DatabaseHandler {
        self.client.database(&db.owner, &db.name)
    }

    /// The API version the client speaks.
    pub fn version(&self) -> dolthub::ApiVersion {
        self.client.api_version()
    }

    /// Refuse (exit 7) unless the client speaks `needed`; `what` names the
    /// command or option, `instead` what to use on the current version.
    pub fn require_version(
        &self,
        needed: dolthub::ApiVersion,
        what: &str,
        instead: &str,
    ) -> CliResult {
        let current = self.version();
        if current == needed {
            return Ok(());
        }
        let hint = crate::exit::other_version_hint(current);
        let hint = if instead.is_empty() {
            hint
        } else {
            format!("{instead}; or {hint}")
        };
        Err(CliError::unsupported(format!("`{what}`"), current, hint))
    }

    /// Fail with an auth error (exit 4) when no token is configured.
    pub fn require_token(&self, what: &str) -> CliResult {
        if self.client.has_token() {
            Ok(())
        } else {
            Err(
                CliError::new(Kind::Auth, format!("{what} needs an API token")).with_hint(
                    "run `dolthub auth login --with-token`, pass --token or set DOLTHUB_API_TOKEN \
                 (create one at https://www.dolthub.com/settings/tokens)",
                ),
            )
        }
    }

    /// The token's username (from `GET /user`).
    pub async fn username(&self) -> CliResult<String> {
        self.require_token("this command")?;
        let user = self.client.user().await?;
        Ok(user.username)
    }
}

/// The user agent sent by the command.
pub const USER_AGENT: &str = concat!("dolthub-cli/", env!("CARGO_PKG_VERSION"));

/// Build the client from the global options, the environment and the
/// config files ([`crate::settings::Settings`]).
pub fn client(global: &Global) -> CliResult<dolthub::Client> {
    let settings = crate::settings::Settings::resolve(global)?;
    let client = settings.client()?;
    tracing::debug!(
        api_version = %client.api_version(),
        chosen_by = %settings.api_version.source,
        choice = settings.api_version.value.as_str(),
        base_url = %client.base_url(),
        "client ready"
    );
    Ok(client)
}

/// A rejected token that belongs to the other API version gets a hint
/// saying so (`dh_` tokens are v2's, `dhat.` tokens v1alpha1's), instead of
/// only "set a valid token". The token itself is never part of the text.
pub fn explain_token_kind(global: &Global, err: CliError) -> CliError {
    if err.kind != Kind::Auth {
        return err;
    }
    // The token and version the command used: flag, environment or files.
    let Ok(settings) = crate::settings::Settings::resolve(global) else {
        return err;
    };
    let Some(token) = &settings.token else {
        return err;
    };
    let token = token.value.expose();
    let (kind_of, belongs) = if token.starts_with("dh_") {
        ("a `dh_` token", dolthub::ApiVersion::V2)
    } else if token.starts_with("dhat.") {
        ("a `dhat.` token", dolthub::ApiVersion::V1alpha1)
    } else {
        return err;
    };
    let Ok(version) = settings.client().map(|c| c.api_version()) else {
        return err;
    };
    if belongs == version {
        return err;
    }
    err.with_hint(format!(
        "this is {kind_of}, made for API {belongs}, but the command spoke API {version}: \
         use --api-version {belongs} (or DOLTHUB_API_VERSION), or a token for API {version}"
    ))
}

/// Run one command (everything except `completions` and `tour`).
pub async fn dispatch(global: &Global, printer: Printer, command: Command) -> CliResult<Out> {
    let ctx = Ctx {
        client: client(global)?,
        printer,
    };
    match command {
        Command::Db(cmd) => db::db(&ctx, cmd).await,
        Command::Fork(args) => db::fork(&ctx, args).await,
        Command::Branch(cmd) => refs::branch(&ctx, cmd).await,
        Command::Tag(cmd) => refs::tag(&ctx, cmd).await,
        Command::Release(cmd) => refs::release(&ctx, cmd).await,
        Command::Pr(cmd) => pr::pr(&ctx, cmd).await,
        Command::Import(args) => import::import(&ctx, args).await,
        Command::Sql(args) => sql::sql(&ctx, args).await,
        Command::Csv(args) => sql::csv(&ctx, args).await,
        Command::Job(cmd) => activity::job(&ctx, cmd).await,
        Command::Op(cmd) => activity::op(&ctx, cmd).await,
        Command::User => activity::user(&ctx).await,
        Command::Browse(args) => browse::browse(&ctx, args).await,
        Command::Completions { .. }
        | Command::Tour(_)
        | Command::Api(_)
        | Command::Auth(_)
        | Command::Config(_) => {
            unreachable!("handled in main before dispatch")
        }
    }
}

/// The text of `--body-file` / `--notes-file` (`-` for stdin), trailing
/// newlines removed.
pub fn read_text_file(path: &std::path::Path) -> CliResult<String> {
    let text = if path.as_os_str() == "-" {
        std::io::read_to_string(std::io::stdin())?
    } else {
        std::fs::read_to_string(path)
            .map_err(|e| CliError::usage(format!("cannot read {}: {e}", path.display())))?
    };
    Ok(text.trim_end_matches(['\n', '\r']).to_owned())
}

/// Collect at most `limit` items of a paged stream (pages are fetched lazily).
pub async fn take<T>(
    stream: impl Stream<Item = dolthub::Result<T>>,
    limit: usize,
) -> CliResult<Vec<T>> {
    let mut stream = std::pin::pin!(stream);
    let mut items = Vec::new();
    while items.len() < limit {
        match stream.try_next().await? {
            Some(item) => items.push(item),
            None => break,
        }
    }
    Ok(items)
}

/// Wait for an operation with a spinner showing its state (silent off a terminal).
pub async fn wait_for<T>(
    op: dolthub::Operation<T>,
    what: &str,
    deadline: Duration,
) -> CliResult<T> {
    let spinner = progress::spinner(format!("{what}: waiting"));
    let bar = spinner.clone();
    let label = what.to_owned();
    let result = op
        .with_options(wait_options(deadline))
        .on_progress(move |event| match event {
            dolthub::Progress::StateChanged { state, .. } => {
                bar.set_message(format!("{label}: {state}"));
            }
            dolthub::Progress::PollFailed { consecutive, .. } => {
                bar.set_message(format!("{label}: poll failed ({consecutive}), retrying"));
            }
            _ => {}
        })
        .wait()
        .await;
    spinner.finish_and_clear();
    result.map_err(|e| {
        let err = CliError::from(e);
        if err.kind == Kind::Timeout {
            err.with_hint(format!(
                "the job keeps running on the server; raise --wait-timeout (was {}) \
                 or follow it with `dolthub job list`",
                human_duration(deadline)
            ))
        } else {
            err
        }
    })
}

/// Poll schedule for waits: a short first step so quick jobs return quickly.
pub fn wait_options(deadline: Duration) -> dolthub::WaitOptions {
    dolthub::WaitOptions::default()
        .deadline(deadline)
        .initial(Duration::from_millis(200))
        .max(Duration::from_secs(5))
}

/// `90s`, `2m30s`, `250ms`.
pub fn human_duration(d: Duration) -> String {
    let ms = d.as_millis();
    if ms < 1000 {
        format!("{ms}ms")
    } else if !ms.is_multiple_of(1000) && ms < 60_000 {
        format!("{:.1}s", d.as_secs_f64())
    } else {
        let s = d.as_secs();
        match (s / 60, s % 60) {
            (0, s) => format!("{s}s"),
            (m, 0) => format!("{m}m"),
            (m, s) => format!("{m}m{s}s"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_well() {
        assert_eq!(human_duration(Duration::from_millis(250)), "250ms");
        assert_eq!(human_duration(Duration::from_millis(1500)), "1.5s");
        assert_eq!(human_duration(Duration::from_secs(90)), "1m30s");
        assert_eq!(human_duration(Duration::from_secs(600)), "10m");
    }
}
