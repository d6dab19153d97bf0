//! `dolthub`: DoltHub from the shell.
//!
//! gh-style nouns and verbs over the `dolthub` crate. See `dolthub --help`.

mod cli;
mod commands;
mod credentials;
mod detail;
mod exit;
mod fields;
mod jq;
mod lock;
mod output;
mod progress;
mod settings;
mod tour;
mod view;

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use clap::FromArgMatches;

use crate::cli::{Cli, Command};
use crate::exit::{CliError, Kind};
use crate::output::Printer;

fn main() -> ExitCode {
    let matches = match settings::with_config_defaults(cli::command()).try_get_matches() {
        Ok(m) => m,
        Err(e) => return clap_exit(&e),
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(c) => c,
        Err(e) => return clap_exit(&e),
    };
    init_tracing(cli.global.verbose);
    if let Some(filter) = &cli.global.jq {
        jq::install(filter.clone());
    }
    // Whatever token the command would send, flag, environment or file.
    let secret = settings::secret_for_scrub(&cli.global);
    let json_errors = cli.global.format() == output::Format::Json;

    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            CliError::other(format!("could not start the async runtime: {e}"))
                .report(None, json_errors);
            return ExitCode::from(Kind::Other.code());
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        // `dolthub csv t | head`: the reader has what it wanted; not a failure.
        Err(e) if e.is_broken_pipe() => ExitCode::SUCCESS,
        Err(e) => {
            e.report(secret.as_ref().map(|s| s.expose()), json_errors);
            e.exit_code()
        }
    }
}

/// Print a clap error (or help/version) and pick the exit code: 0 for help
/// and version, 2 for usage errors.
fn clap_exit(e: &clap::Error) -> ExitCode {
    let _ = e.print();
    ExitCode::from(if e.use_stderr() {
        Kind::Usage.code()
    } else {
        0
    })
}

fn init_tracing(verbose: u8) {
    if verbose == 0 {
        return;
    }
    let filter = match verbose {
        1 => "dolthub=debug,dolthub_cli=debug",
        _ => "dolthub=trace,dolthub_cli=trace,reqwest=debug",
    };
    let _ = tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::new(filter))
        .with_writer(io::stderr)
        .with_ansi(io::stderr().is_terminal())
        .with_target(false)
        .try_init();
}

async fn run(cli: Cli) -> Result<(), CliError> {
    let printer = Printer::new(cli.global.format());
    let fields = fields::requested(&cli.global)?;
    if !fields.is_empty() {
        fields::check_supported(&cli.command)?;
    }
    let out = match cli.command {
        Command::Completions { shell } => {
            completions(shell)?;
            return Ok(());
        }
        Command::Tour(args) => {
            return tour::run(&cli.global, &args)
                .await
                .map_err(|e| commands::explain_token_kind(&cli.global, e));
        }
        // Writes each answer (or page) as it arrives, not one `Out` at the end.
        Command::Api(args) => {
            return commands::api::run(&cli.global, args)
                .await
                .map_err(|e| commands::explain_token_kind(&cli.global, e));
        }
        // Work on the files and on other hosts, not with the configured client.
        Command::Auth(cmd) => commands::auth::run(&cli.global, cmd).await?,
        Command::Config(cmd) => commands::config::run(&cli.global, cmd)?,
        command => commands::dispatch(&cli.global, printer, command)
            .await
            .map_err(|e| commands::explain_token_kind(&cli.global, e))?,
    };
    let out = fields::select(out, &fields)?;
    printer.print(&out).map_err(CliError::from)
}

fn completions(shell: cli::Shell) -> Result<(), CliError> {
    use clap_complete::Shell as S;
    let shell = match shell {
        cli::Shell::Bash => S::Bash,
        cli::Shell::Zsh => S::Zsh,
        cli::Shell::Fish => S::Fish,
        cli::Shell::Powershell => S::PowerShell,
        cli::Shell::Elvish => S::Elvish,
    };
    let mut cmd = cli::command();
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut cmd, "dolthub", &mut buf);
    let stdout = io::stdout();
    let mut w = stdout.lock();
    w.write_all(&buf)?;
    w.flush()?;
    Ok(())
}
