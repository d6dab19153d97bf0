// Build-cost candidate program: fetch one pull request through `dolthub`.
#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = dolthub::Client::from_env()?;
    let pull = client.database("dolthub", "us-jails").pull("1").get().await?;
    println!("{pull:?}");
    Ok(())
}
