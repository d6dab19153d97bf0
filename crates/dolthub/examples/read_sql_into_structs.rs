//! Read SQL results into typed structs: one capped read, then every row with
//! automatic paging past the ~1,000-row limit.
//!
//! ```sh
//! cargo run -p dolthub --example read_sql_into_structs -- dolthub museum-collections main
//! ```

use dolthub::Client;
use futures::TryStreamExt;
use serde::Deserialize;

/// Cells arrive mostly as strings; the decoder reads "7" as 7 and "1" as true.
#[derive(Deserialize)]
struct Piece {
    id: u64,
    title: String,
    on_view: bool,
}

#[tokio::main]
async fn main() -> dolthub::Result<()> {
    let mut args = std::env::args().skip(1);
    let owner = args.next().unwrap_or_else(|| "dolthub".into());
    let name = args.next().unwrap_or_else(|| "museum-collections".into());
    let branch = args.next().unwrap_or_else(|| "main".into());

    let client = Client::from_env()?;
    let sql = client.database(&owner, &name).sql();

    let result = sql
        .read(
            &branch,
            "SELECT id, title, on_view FROM lacma ORDER BY id LIMIT 10",
        )
        .await?;
    println!("columns: {}", result.column_names().join(", "));
    for piece in result.rows::<Piece>()? {
        let shown = if piece.on_view {
            "on view"
        } else {
            "in storage"
        };
        println!("{:>6}  {}  ({shown})", piece.id, piece.title);
    }

    let mut all = sql
        .stream_rows(&branch, "SELECT id, title, on_view FROM lacma ORDER BY id")
        .stream_as::<Piece>();
    let mut on_view = 0u64;
    let mut total = 0u64;
    while let Some(piece) = all.try_next().await? {
        total += 1;
        on_view += u64::from(piece.on_view);
    }
    println!("{on_view} of {total} pieces are on view");
    Ok(())
}
