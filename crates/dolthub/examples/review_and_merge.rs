//! Look at a pull request, comment on it, merge it and wait for the merge.
//!
//! ```sh
//! cargo run -p dolthub --example review_and_merge -- dolthub museum-collections 66
//! ```

use std::time::Duration;

use dolthub::models::PullState;
use dolthub::{Client, WaitOptions};

#[tokio::main]
async fn main() -> dolthub::Result<()> {
    let mut args = std::env::args().skip(1);
    let (Some(owner), Some(name), Some(id)) = (args.next(), args.next(), args.next()) else {
        eprintln!("usage: review_and_merge <owner> <database> <pull id>");
        std::process::exit(2);
    };

    let client = Client::from_env()?;
    let pull = client.database(&owner, &name).pull(&id);
    let details = pull.get().await?;
    println!("#{} {} by {}", details.id, details.title, details.author);
    println!(
        "{}/{}:{} -> {}",
        details.from_owner, details.from_database, details.from_branch, details.to_branch
    );
    if details.state != PullState::Open {
        println!("not open ({}); nothing to do", details.state);
        return Ok(());
    }

    pull.comment("Reviewed with the dolthub Rust SDK; merging.")
        .await?;
    let merged = pull
        .merge()
        .await?
        .with_options(WaitOptions::default().deadline(Duration::from_secs(600)))
        .on_progress(|event| eprintln!("{event:?}"))
        .wait()
        .await?;
    println!(
        "merged pull request {} (job {})",
        merged.pull_id, merged.operation_name
    );
    Ok(())
}
