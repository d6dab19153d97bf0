//! Walk every open pull request, page by page, as one stream.
//!
//! ```sh
//! cargo run -p dolthub --example page_through_pulls -- dolthub museum-collections
//! ```

use dolthub::Client;
use dolthub::models::PullState;
use futures::TryStreamExt;

#[tokio::main]
async fn main() -> dolthub::Result<()> {
    let mut args = std::env::args().skip(1);
    let owner = args.next().unwrap_or_else(|| "dolthub".into());
    let name = args.next().unwrap_or_else(|| "museum-collections".into());

    let client = Client::from_env()?;
    let mut pulls = client
        .database(&owner, &name)
        .pulls()
        .list()
        .state(PullState::Open)
        .stream();
    let mut count = 0;
    while let Some(pull) = pulls.try_next().await? {
        count += 1;
        println!(
            "#{:<5} {:<10} {} ({})",
            pull.id, pull.author, pull.title, pull.created_at
        );
    }
    println!("{count} open pull requests");
    Ok(())
}
