//! `auth login|status|logout`: tokens stored per host (see [`crate::credentials`]).

use std::io::{IsTerminal, Read};

use clap::{Args, Subcommand};
use serde::Serialize;

use crate::cli::Global;
use crate::credentials::{HostEntry, HostsFile, Secret};
use crate::exit::{CliError, CliResult, Kind};
use crate::output::Out;
use crate::settings::{Settings, Source, TOKEN_ENV};

/// The longest token accepted on stdin; anything larger is not a token.
const MAX_TOKEN_BYTES: u64 = 16 * 1024;

/// `auth` verbs.
#[derive(Debug, Subcommand)]
pub enum AuthCommand {
    /// Store a token for a host, read from stdin (verified with the server first).
    #[command(after_help = "\
Examples:
  $ dolthub auth login --with-token < ~/dolthub-token.txt
  $ pass show dolthub | dolthub auth login --with-token --host doltlab.example.com

The token is saved in hosts.json in the config directory (mode 0600).
DOLTHUB_API_TOKEN and --token still win over a stored token.")]
    Login {
        /// Read the token from stdin (the only way: it is never typed on the command line).
        #[arg(long, required = true)]
        with_token: bool,
        /// Save without checking the token against the server first.
        #[arg(long)]
        no_verify: bool,
        #[command(flatten)]
        host: HostArg,
    },
    /// Show the host, where the token comes from and the user it belongs to.
    Status {
        #[command(flatten)]
        host: HostArg,
    },
    /// Forget the token stored for a host.
    Logout {
        #[command(flatten)]
        host: HostArg,
    },
}

/// `--host`.
#[derive(Debug, Args)]
pub struct HostArg {
    /// The host, as a name (www.dolthub.com) or base URL [default: the configured host].
    #[arg(long, value_name = "HOST")]
    pub host: Option<String>,
}

/// `auth login` JSON output.
#[derive(Debug, Serialize)]
struct LoginView {
    host: String,
    user: Option<String>,
    token_file: String,
}

/// `auth status` JSON output.
#[derive(Debug, Serialize)]
struct StatusView {
    host: String,
    api_url: String,
    api_version: String,
    token: String,
    token_source: &'static str,
    token_origin: String,
    user: Option<String>,
    user_error: Option<String>,
}

/// `auth logout` JSON output.
#[derive(Debug, Serialize)]
struct LogoutView {
    host: String,
    token_file: String,
}

/// Run an `auth` command.
pub async fn run(global: &Global, cmd: AuthCommand) -> CliResult<Out> {
    match cmd {
        AuthCommand::Login {
            with_token: _,
            no_verify,
            host,
        } => login(global, host.host.as_deref(), no_verify).await,
        AuthCommand::Status { host } => status(global, host.host.as_deref()).await,
        AuthCommand::Logout { host } => logout(global, host.host.as_deref()),
    }
}

async fn login(global: &Global, host: Option<&str>, no_verify: bool) -> CliResult<Out> {
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        // Typing it here would echo it on the screen and into the scrollback.
        return Err(CliError::usage(
            "--with-token reads the token from stdin, not from the terminal",
        )
        .with_hint("pipe it in: `dolthub auth login --with-token < token.txt`"));
    }
    let token = read_token(stdin.lock())?;
    let mut settings = Settings::resolve_with(global, host)?;
    let key = settings.host_key();
    // Verify the token being stored, not one from the environment.
    settings.token = Some(crate::settings::Resolved {
        value: token.clone(),
        source: Source::Flag("--with-token"),
    });
    let user = if no_verify {
        None
    } else {
        let client = settings.client()?;
        match client.user().await {
            Ok(u) => Some(u.username),
            Err(e) => {
                let err = CliError::from(e).context(format!("checking the token with {key}"));
                let err = match err.kind {
                    Kind::Auth => err.with_hint(format!(
                        "{key} rejected the token; nothing was saved. Create a new one, \
                         or check --host"
                    )),
                    _ => err.with_hint(
                        "nothing was saved; pass --no-verify to save it without checking",
                    ),
                };
                return Err(scrubbed(err, &token));
            }
        }
    };
    // Locked from the read to the write: a concurrent login for another host keeps its token.
    let (mut hosts, lock) = HostsFile::load_for_update(&crate::settings::config_dir()?)?;
    hosts.insert(
        &key,
        HostEntry {
            token,
            user: user.clone(),
        },
    );
    hosts.save()?;
    drop(lock);
    if std::env::var(TOKEN_ENV).is_ok_and(|v| !v.trim().is_empty()) {
        eprintln!("note: {TOKEN_ENV} is set and takes precedence over the stored token");
    }
    let file = hosts.path().display().to_string();
    let message = match &user {
        Some(u) => format!("Logged in to {key} as {u} (token saved in {file})"),
        None => format!("Saved a token for {key} in {file} (not verified)"),
    };
    Ok(Out::done(
        message,
        Some(key.clone()),
        &LoginView {
            host: key,
            user,
            token_file: file,
        },
    ))
}

/// Read one token: surrounding whitespace trimmed, nothing else allowed.
fn read_token(mut input: impl Read) -> CliResult<Secret> {
    let mut bytes = Vec::new();
    input
        .by_ref()
        .take(MAX_TOKEN_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| CliError::other(format!("cannot read the token from stdin: {e}")))?;
    if bytes.len() as u64 > MAX_TOKEN_BYTES {
        return Err(CliError::usage(
            "stdin holds more than a token (over 16 KiB); pipe just the token",
        ));
    }
    let text = String::from_utf8(bytes)
        .map_err(|_| CliError::usage("the token on stdin is not UTF-8 text"))?;
    let token = text.trim();
    if token.is_empty() {
        return Err(CliError::usage("no token on stdin")
            .with_hint("pipe it in: `dolthub auth login --with-token < token.txt`"));
    }
    if token.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(CliError::usage(
            "stdin holds more than one word; pipe just the token",
        ));
    }
    Ok(Secret::new(token))
}

async fn status(global: &Global, host: Option<&str>) -> CliResult<Out> {
    let settings = Settings::resolve_with(global, host)?;
    let key = settings.host_key();
    let Some(token) = &settings.token else {
        return Err(
            CliError::new(Kind::Auth, format!("not logged in to {key}")).with_hint(
                "run `dolthub auth login --with-token < token.txt`, or set DOLTHUB_API_TOKEN",
            ),
        );
    };
    let client = settings.client()?;
    let (user, user_error) = match client.user().await {
        Ok(u) => (Some(u.username), None),
        Err(e) => {
            let err = scrubbed(CliError::from(e), &token.value);
            if err.kind == Kind::Auth {
                return Err(CliError::new(
                    Kind::Auth,
                    format!(
                        "{key} rejected the token from {} ({})",
                        token.source,
                        token.value.masked()
                    ),
                )
                .with_hint(
                    "log in again with `dolthub auth login --with-token`, or fix DOLTHUB_API_TOKEN",
                ));
            }
            // Unreachable or failing: still show what is configured.
            (None, Some(err.message))
        }
    };
    let v = StatusView {
        host: key,
        api_url: settings.base_url.value.clone(),
        api_version: client.api_version().to_string(),
        token: token.value.masked(),
        token_source: token.source.kind(),
        token_origin: token.source.to_string(),
        user,
        user_error,
    };
    let user_line = match (&v.user, &v.user_error) {
        (Some(u), _) => u.clone(),
        (None, Some(e)) => format!("unknown ({e})"),
        (None, None) => "unknown".into(),
    };
    let fields = vec![
        ("host", v.host.clone()),
        ("api url", v.api_url.clone()),
        ("api version", v.api_version.clone()),
        ("user", user_line),
        ("token", v.token.clone()),
        ("token from", v.token_origin.clone()),
    ];
    Ok(Out::record(&v, fields))
}

fn logout(global: &Global, host: Option<&str>) -> CliResult<Out> {
    let settings = Settings::resolve_with(global, host)?;
    let key = settings.host_key();
    let (mut hosts, lock) = HostsFile::load_for_update(&crate::settings::config_dir()?)?;
    if !hosts.remove(&key) {
        return Err(CliError::new(
            Kind::Auth,
            format!(
                "not logged in to {key}: no token stored in {}",
                hosts.path().display()
            ),
        ));
    }
    hosts.save()?;
    drop(lock);
    if std::env::var(TOKEN_ENV).is_ok_and(|v| !v.trim().is_empty()) {
        eprintln!("note: {TOKEN_ENV} is still set and still used");
    }
    let file = hosts.path().display().to_string();
    Ok(Out::done(
        format!("Logged out of {key}"),
        Some(key.clone()),
        &LogoutView {
            host: key,
            token_file: file,
        },
    ))
}

/// Remove `token` from an error's text (the crate scrubs its own, but a
/// server may echo what it was sent).
fn scrubbed(mut err: CliError, token: &Secret) -> CliError {
    let t = token.expose();
    if t.len() >= 8 {
        err.message = err.message.replace(t, "[redacted]");
        err.hint = err.hint.map(|h| h.replace(t, "[redacted]"));
    }
    err
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_on_stdin_are_trimmed_and_checked() {
        let t = read_token(&b"  dhat.abc.123456\n"[..]).unwrap();
        assert_eq!(t.expose(), "dhat.abc.123456");
        assert_eq!(read_token(&b"\n \n"[..]).unwrap_err().kind, Kind::Usage);
        let two = read_token(&b"dhat.a.1234567 dhat.b.1234567\n"[..]).unwrap_err();
        assert_eq!(two.kind, Kind::Usage);
        assert!(!two.message.contains("dhat."), "{}", two.message);
        let big = vec![b'a'; 20_000];
        assert_eq!(read_token(&big[..]).unwrap_err().kind, Kind::Usage);
    }
}
