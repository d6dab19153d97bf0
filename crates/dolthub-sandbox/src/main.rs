//! `dolthub-sandbox`: run the local DoltHub v1alpha1 stand-in until Ctrl-C.
//!
//! Prints the base URL and a ready-made token, e.g.
//!
//! ```text
//! dolthub-sandbox listening on http://127.0.0.1:41234
//! export DOLTHUB_API_URL=http://127.0.0.1:41234
//! export DOLTHUB_API_TOKEN=dhat.sandbox.0000000000000000
//! ```

use clap::Parser;
use std::io::Write;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

/// A local stand-in for DoltHub's HTTP API v1alpha1 (loopback only).
#[derive(Debug, Parser)]
#[command(name = "dolthub-sandbox", version, about)]
struct Args {
    /// Loopback address to listen on; port 0 picks a free port.
    #[arg(long, default_value = "127.0.0.1:0")]
    addr: SocketAddr,

    /// Keep state in this directory (state.json plus one doltlite store per database) and
    /// load it at start. Without it, state lives in memory only.
    #[arg(long)]
    data_dir: Option<PathBuf>,

    /// Milliseconds each background job spends Pending and then In Progress.
    #[arg(long, default_value_t = 500)]
    job_delay_ms: u64,

    /// Page size of every paged list (default: 15 for jobs and operations, 30 for pull
    /// requests and releases).
    #[arg(long)]
    page_size: Option<usize>,

    /// Extra user as NAME:TOKEN (repeatable).
    #[arg(long = "user", value_name = "NAME:TOKEN")]
    users: Vec<String>,

    /// Organization as NAME:MEMBER[,MEMBER...] (repeatable).
    #[arg(long = "org", value_name = "NAME:MEMBERS")]
    orgs: Vec<String>,

    /// Cap on SQL read rows before `RowLimit`.
    #[arg(long, default_value_t = dolthub_sandbox::DEFAULT_ROW_LIMIT)]
    row_limit: usize,

    /// Emit the legacy response variants (`"title:"`, `from_branch_name`, ...).
    #[arg(long)]
    legacy_variants: bool,
}

fn split_pair(s: &str, what: &str) -> Result<(String, String), String> {
    match s.split_once(':') {
        Some((a, b)) if !a.is_empty() && !b.is_empty() => Ok((a.to_string(), b.to_string())),
        _ => Err(format!("{what} must look like NAME:VALUE, got {s:?}")),
    }
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn")),
        )
        .with_writer(std::io::stderr)
        .init();
    let args = Args::parse();
    match run(args).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("dolthub-sandbox: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn run(args: Args) -> Result<(), String> {
    let mut builder = dolthub_sandbox::Sandbox::builder()
        .addr(args.addr)
        .job_delay(Duration::from_millis(args.job_delay_ms))
        .row_limit(args.row_limit)
        .legacy_variants(args.legacy_variants);
    if let Some(n) = args.page_size {
        builder = builder.page_size(n);
    }
    if let Some(dir) = &args.data_dir {
        builder = builder.data_dir(dir);
    }
    for u in &args.users {
        let (name, token) = split_pair(u, "--user")?;
        builder = builder.user(name, token);
    }
    for o in &args.orgs {
        let (name, members) = split_pair(o, "--org")?;
        builder = builder.organization(name, members.split(',').map(str::trim));
    }
    let sandbox = builder.start().await.map_err(|e| e.to_string())?;
    let data = match &args.data_dir {
        Some(d) => d.display().to_string(),
        None => "in memory".to_string(),
    };
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "dolthub-sandbox listening on {}", sandbox.url());
    let _ = writeln!(out, "export DOLTHUB_API_URL={}", sandbox.url());
    let _ = writeln!(out, "export DOLTHUB_API_TOKEN={}", sandbox.token());
    let _ = writeln!(
        out,
        "user {} (token above); state {data}; jobs wait {} ms per phase",
        sandbox.username(),
        args.job_delay_ms
    );
    let _ = writeln!(
        out,
        "try: curl -H 'authorization: token {}' {}/api/v1alpha1/user",
        sandbox.token(),
        sandbox.url()
    );
    let _ = writeln!(out, "Press Ctrl-C to stop.");
    let _ = out.flush();
    drop(out);
    let _ = tokio::signal::ctrl_c().await;
    sandbox.shutdown().await;
    Ok(())
}
