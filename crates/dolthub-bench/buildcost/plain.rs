// Build-cost baseline program: fetch one pull request with plain reqwest.
#[derive(serde::Deserialize, Debug)]
#[allow(dead_code)]
struct Pull {
    pull_id: Option<String>,
    title: Option<String>,
    state: Option<String>,
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let base = std::env::var("DOLTHUB_API_URL").unwrap_or_else(|_| "https://www.dolthub.com".into());
    let pull: Pull = reqwest::Client::new()
        .get(format!("{base}/api/v1alpha1/dolthub/us-jails/pulls/1"))
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?;
    println!("{pull:?}");
    Ok(())
}
