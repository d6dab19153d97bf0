//! `dolthub browse`: open a database, pull request or branch on the web
//! (like `gh browse` and `dh browse`). No API call is made; the page address
//! is built from the configured server and printed, and opened in the
//! system's browser unless `--no-browser` is given or stdout is a pipe.

use std::io::IsTerminal;
use std::process::{Command, Stdio};

use clap::Args;
use serde::Serialize;

use super::Ctx;
use crate::cli::DbArg;
use crate::exit::{CliError, CliResult};
use crate::output::Out;

/// `browse` arguments.
#[derive(Debug, Args)]
#[command(after_help = "\
Examples:
  $ dolthub browse --db dolthub/museum-collections
  $ dolthub browse 7 --db dolthub/museum-collections        # pull request #7
  $ dolthub browse --branch dev -n --db me/museums           # print the address only")]
pub struct BrowseArgs {
    /// A pull request to open (same as --pull).
    #[arg(value_name = "PULL", conflicts_with_all = ["pull", "branch"])]
    pub number: Option<String>,
    /// Open this pull request.
    #[arg(long, value_name = "ID", conflicts_with = "branch")]
    pub pull: Option<String>,
    /// Open this branch's data.
    #[arg(long, value_name = "BRANCH")]
    pub branch: Option<String>,
    /// Print the address instead of opening a browser.
    #[arg(short = 'n', long)]
    pub no_browser: bool,
    #[command(flatten)]
    pub db: DbArg,
}

/// `browse --json` output.
#[derive(Debug, Serialize)]
struct BrowseView {
    url: String,
    opened: bool,
}

/// One path segment, percent-encoded (everything but RFC 3986 unreserved characters).
fn segment(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The page address for `args` below `base` (the server's web root).
fn page(base: &str, args: &BrowseArgs) -> CliResult<String> {
    let db = &args.db.db;
    let mut url = format!(
        "{}/repositories/{}/{}",
        base.trim_end_matches('/'),
        segment(&db.owner),
        segment(&db.name)
    );
    if let Some(id) = args.number.as_ref().or(args.pull.as_ref()) {
        let id = id.trim().trim_start_matches('#');
        if id.is_empty() || !id.bytes().all(|b| b.is_ascii_digit()) {
            return Err(CliError::usage(format!(
                "`{id}` is not a pull request number"
            )));
        }
        url.push_str(&format!("/pulls/{id}"));
    } else if let Some(branch) = &args.branch {
        if branch.trim().is_empty() {
            return Err(CliError::usage("--branch needs a name"));
        }
        url.push_str(&format!("/data/{}", segment(branch)));
    }
    Ok(url)
}

/// Hand the address to the platform's opener; `false` when there is none.
fn open(url: &str) -> bool {
    let mut cmd = if cfg!(target_os = "macos") {
        Command::new("open")
    } else if cfg!(windows) {
        let mut c = Command::new("cmd");
        c.args(["/C", "start", ""]);
        c
    } else {
        Command::new("xdg-open")
    };
    cmd.arg(url)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

pub async fn browse(ctx: &Ctx, args: BrowseArgs) -> CliResult<Out> {
    let url = page(ctx.client.base_url().as_str(), &args)?;
    // Scripts get the address; people get the page.
    let opened = !args.no_browser && std::io::stdout().is_terminal() && open(&url);
    let message = if opened {
        format!("Opened {url}")
    } else {
        url.clone()
    };
    Ok(Out::done(
        message,
        Some(url.clone()),
        &BrowseView { url, opened },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    #[derive(Parser)]
    struct T {
        #[command(flatten)]
        args: BrowseArgs,
    }

    fn url(argv: &[&str]) -> CliResult<String> {
        let t = T::try_parse_from([&["t"], argv].concat()).unwrap();
        page("https://www.dolthub.com/", &t.args)
    }

    #[test]
    fn addresses_for_a_database_a_pull_and_a_branch() {
        assert_eq!(
            url(&["--db", "dolthub/museum"]).unwrap(),
            "https://www.dolthub.com/repositories/dolthub/museum"
        );
        assert_eq!(
            url(&["7", "--db", "a/b"]).unwrap(),
            "https://www.dolthub.com/repositories/a/b/pulls/7"
        );
        assert_eq!(
            url(&["--pull", "#12", "--db", "a/b"]).unwrap(),
            "https://www.dolthub.com/repositories/a/b/pulls/12"
        );
        assert_eq!(
            url(&["--branch", "fix/dates x", "--db", "a/b"]).unwrap(),
            "https://www.dolthub.com/repositories/a/b/data/fix%2Fdates%20x"
        );
        assert!(url(&["x7", "--db", "a/b"]).is_err());
    }
}
