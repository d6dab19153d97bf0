//! Import a CSV file into a table on a branch (streamed from disk, with a
//! progress line), wait for the import job, and show the pull request it
//! opened.
//!
//! ```sh
//! cargo run -p dolthub --example import_csv_and_open_pr -- liuliu museum-collections lacma.csv lacma
//! ```

use dolthub::{Client, Progress};

#[tokio::main]
async fn main() -> dolthub::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [owner, name, path, table] = match args.as_slice() {
        [o, n, p, t] => [o.clone(), n.clone(), p.clone(), t.clone()],
        _ => {
            eprintln!("usage: import_csv_and_open_pr <owner> <database> <file.csv> <table>");
            std::process::exit(2);
        }
    };

    let client = Client::from_env()?;
    let db = client.database(&owner, &name);
    let import = db
        .import(&path)
        .table(&table)
        .primary_keys(["id"])
        .branch("main")
        .on_progress(|sent, total| eprint!("\ruploaded {sent}/{total} bytes"))
        .start()
        .await?;
    eprintln!("\nimport job {}", import.name());

    let outcome = import
        .on_progress(|event| {
            if let Progress::StateChanged { state, elapsed } = event {
                eprintln!("  {state} after {:.1} s", elapsed.as_secs_f64());
            }
        })
        .wait()
        .await?;

    let pull = db.pull(&outcome.pull_id).get().await?;
    println!(
        "pull request #{}: {} ({} -> {})",
        pull.id, pull.title, pull.from_branch, pull.to_branch
    );
    Ok(())
}
