//! `dolthub api PATH`: any API call with the configured credentials, for what
//! the other commands do not cover (like `gh api`). Its arguments live here,
//! beside the handler.

use std::io::{self, Read, Write};
use std::path::PathBuf;

use clap::Args;
use dolthub::{RawRequest, RawResponse};
use futures::TryStreamExt;
use serde_json::{Map, Value};

use crate::cli::Global;
use crate::commands;
use crate::exit::{CliError, CliResult};

/// `api` arguments.
#[derive(Debug, Args)]
#[command(after_help = "\
PATH is relative to the API root of the client's version (`/user` is /api/v1alpha1/user);
paths starting with /api/ or /csv/ are taken from the server root. Full URLs are accepted
only on the configured server: the token is never sent anywhere else.

Examples:
  $ dolthub api /user
  $ dolthub api /dolthub/museum-collections/main -f q='SELECT COUNT(*) FROM lacma'
  $ dolthub api /dolthub/museum-collections/pulls --paginate
  $ dolthub api -X POST /dolthub/museum-collections/branches --input branch.json --include")]
pub struct ApiArgs {
    /// API path, e.g. `/user` or `/OWNER/DB/pulls`.
    #[arg(value_name = "PATH")]
    pub path: String,

    /// HTTP method [default: GET, or POST with fields or --input].
    #[arg(short = 'X', long, value_name = "METHOD")]
    pub method: Option<String>,

    /// A string parameter `key=value`: query for GET, JSON body field otherwise (repeatable).
    #[arg(short = 'f', long = "raw-field", value_name = "KEY=VALUE")]
    pub fields: Vec<String>,

    /// Like -f, but `true`, `false`, `null`, numbers and JSON values keep their type.
    #[arg(short = 'F', long = "field", value_name = "KEY=VALUE")]
    pub typed_fields: Vec<String>,

    /// Read the JSON body from FILE (`-` for stdin).
    #[arg(long, value_name = "FILE", conflicts_with_all = ["fields", "typed_fields"])]
    pub input: Option<PathBuf>,

    /// Follow page tokens and print every page.
    #[arg(long)]
    pub paginate: bool,

    /// Print the status line and response headers before the body.
    #[arg(short = 'i', long)]
    pub include: bool,
}

/// Run `dolthub api`, writing answers to stdout as they come.
pub async fn run(global: &Global, args: ApiArgs) -> CliResult {
    let client = commands::client(global)?;
    let has_body = args.input.is_some()
        || (!args.fields.is_empty() || !args.typed_fields.is_empty())
            && args
                .method
                .as_deref()
                .is_some_and(|m| !m.eq_ignore_ascii_case("GET"));
    let method = match &args.method {
        Some(m) => dolthub::Method::from_bytes(m.trim().to_ascii_uppercase().as_bytes())
            .map_err(|_| CliError::usage(format!("`{m}` is not an HTTP method")))?,
        None if args.input.is_some() => dolthub::Method::POST,
        None => dolthub::Method::GET,
    };
    let fields = parse_fields(&args.fields, &args.typed_fields)?;
    let mut request = client.request(method.clone(), args.path.clone());
    if method == dolthub::Method::GET && args.input.is_none() {
        for (key, value) in &fields {
            let text = match value {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            request = request.query(key.clone(), text);
        }
    } else if let Some(path) = &args.input {
        request = request.json_bytes(read_input(path)?);
    } else if has_body || !fields.is_empty() {
        request = request.json(&Value::Object(fields.into_iter().collect::<Map<_, _>>()));
    }
    let stdout = io::stdout();
    if args.paginate {
        let mut pages = request.pages();
        while let Some(page) = pages.try_next().await? {
            print(&mut stdout.lock(), &page, args.include)?;
        }
        return Ok(());
    }
    let answer = send(request).await?;
    print(&mut stdout.lock(), &answer, args.include)
}

async fn send(request: RawRequest) -> CliResult<RawResponse> {
    Ok(request.send().await?)
}

/// `key=value` pairs; typed ones read `value` as JSON when it parses.
fn parse_fields(raw: &[String], typed: &[String]) -> CliResult<Vec<(String, Value)>> {
    let split = |field: &String| {
        field
            .split_once('=')
            .filter(|(k, _)| !k.trim().is_empty())
            .map(|(k, v)| (k.trim().to_owned(), v.to_owned()))
            .ok_or_else(|| CliError::usage(format!("field `{field}` is not KEY=VALUE")))
    };
    let mut out = Vec::new();
    for field in raw {
        let (k, v) = split(field)?;
        out.push((k, Value::String(v)));
    }
    for field in typed {
        let (k, v) = split(field)?;
        let value = serde_json::from_str(&v).unwrap_or(Value::String(v));
        out.push((k, value));
    }
    Ok(out)
}

fn read_input(path: &PathBuf) -> CliResult<Vec<u8>> {
    let mut bytes = Vec::new();
    if path.as_os_str() == "-" {
        io::stdin().read_to_end(&mut bytes)?;
    } else {
        bytes = std::fs::read(path)
            .map_err(|e| CliError::usage(format!("cannot read {}: {e}", path.display())))?;
    }
    Ok(bytes)
}

/// The body, pretty when it is JSON; status and headers first with `--include`.
fn print(out: &mut impl Write, answer: &RawResponse, include: bool) -> CliResult {
    if include {
        writeln!(out, "HTTP {}", answer.status())?;
        for (name, value) in answer.headers() {
            writeln!(out, "{name}: {}", String::from_utf8_lossy(value.as_bytes()))?;
        }
        writeln!(out)?;
    }
    match (answer.json::<Value>(), crate::jq::active()) {
        (Ok(json), Some(filter)) => {
            let text = filter.render(&json.to_string()).map_err(CliError::usage)?;
            out.write_all(text.as_bytes())?;
        }
        (Ok(json), None) => {
            serde_json::to_writer_pretty(&mut *out, &json).map_err(io::Error::other)?;
            writeln!(out)?;
        }
        (Err(_), _) => out.write_all(answer.bytes())?,
    }
    out.flush()?;
    Ok(())
}
