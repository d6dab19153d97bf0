//! Create a database (or reuse it if it exists), seed it with one write, and
//! branch from `main`.
//!
//! ```sh
//! DOLTHUB_API_TOKEN=dhat... cargo run -p dolthub --example create_and_branch -- liuliu museum-collections
//! ```

use dolthub::{Client, Error, Revision, WriteOutcome};

#[tokio::main]
async fn main() -> dolthub::Result<()> {
    let mut args = std::env::args().skip(1);
    let owner = args.next().unwrap_or_else(|| "liuliu".into());
    let name = args.next().unwrap_or_else(|| "museum-collections".into());

    let client = Client::from_env()?;
    match client
        .create_database(&owner, &name)
        .private()
        .description("Collection records gathered from art museums.")
        .await
    {
        Ok(db) => println!("created {}/{}", db.owner, db.name),
        Err(Error::AlreadyExists { .. }) => println!("{owner}/{name} exists already"),
        Err(e) => return Err(e),
    }

    let db = client.database(&owner, &name);
    // A new database has no commit and therefore no `main` yet: the first
    // write creates it.
    let outcome = db
        .sql()
        .write(
            "CREATE TABLE IF NOT EXISTS lacma (id INT PRIMARY KEY, title VARCHAR(255), on_view TINYINT)",
        )
        .to("main")
        .await?
        .wait()
        .await?;
    if let WriteOutcome::Committed { to_commit_id, .. } = &outcome {
        println!("schema committed as {to_commit_id}");
    }

    let branch = db
        .branches()
        .create("lacma", Revision::branch("main"))
        .await?;
    println!(
        "created branch {} from {}",
        branch.name, branch.revision_name
    );
    for b in db.branches().list().await? {
        println!("  {}", b.name);
    }
    Ok(())
}
