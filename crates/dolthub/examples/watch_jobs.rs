//! Show a database's recent jobs and the calling user's failed operations,
//! with their error texts.
//!
//! ```sh
//! cargo run -p dolthub --example watch_jobs -- dolthub museum-collections
//! ```

use dolthub::models::JobStatus;
use dolthub::{Client, TokenStatus};
use futures::TryStreamExt;

#[tokio::main]
async fn main() -> dolthub::Result<()> {
    let mut args = std::env::args().skip(1);
    let owner = args.next().unwrap_or_else(|| "dolthub".into());
    let name = args.next().unwrap_or_else(|| "museum-collections".into());

    let client = Client::from_env()?;
    let me = match client.whoami().await {
        TokenStatus::Valid(user) => user,
        TokenStatus::Invalid { reason } => {
            eprintln!("the token was refused: {reason}");
            std::process::exit(1);
        }
        TokenStatus::Unknown { error } => return Err(error),
        _ => unreachable!("TokenStatus has three states"),
    };

    // The first page is enough for a dashboard (at most 15 jobs).
    let page = client.database(&owner, &name).jobs().list().await?;
    for job in &page.items {
        println!(
            "{:<8} {:<10} {:<24} {}",
            job.job_type, job.status, job.created_at, job.description
        );
        if job.status == JobStatus::Failed {
            println!("         error: {}", job.error);
        }
    }

    let failed: Vec<_> = client
        .operations(&me.username)
        .stream()
        .try_filter(|op| futures::future::ready(op.status == JobStatus::Failed))
        .try_collect()
        .await?;
    println!("{} failed operations of {}", failed.len(), me.username);
    for op in failed {
        println!("  {} {}: {}", op.operation_type, op.description, op.error);
    }
    Ok(())
}
