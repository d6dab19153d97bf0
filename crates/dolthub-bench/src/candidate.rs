//! The same work as `baseline.rs`, through the `dolthub` crate.

use dolthub::Client;
use futures::TryStreamExt;

/// A client with default settings, as a user would build it.
pub fn client(base: &str) -> Client {
    Client::builder()
        .token("dhat.bench")
        .base_url(base)
        .build()
        .expect("dolthub client")
}

/// A client speaking API v2 (a `dh_` token), default settings otherwise.
pub fn client_v2(base: &str) -> Client {
    Client::builder()
        .token("dh_bench")
        .api_version(dolthub::ApiVersion::V2)
        .base_url(base)
        .build()
        .expect("dolthub v2 client")
}

/// The same client over a plain `reqwest::Client::new()` and without the
/// whole-request timeout: isolates the crate's own work from the
/// configuration of its default HTTP client (timeouts, redirect policy).
pub fn plain_client(base: &str) -> Client {
    Client::builder()
        .token("dhat.bench")
        .base_url(base)
        .http_client(reqwest::Client::new())
        .no_timeout()
        .build()
        .expect("dolthub client")
}

/// [`plain_client`] speaking API v2: isolates the crate's own v2 work from
/// the default HTTP client's configuration.
pub fn plain_client_v2(base: &str) -> Client {
    Client::builder()
        .token("dh_bench")
        .api_version(dolthub::ApiVersion::V2)
        .base_url(base)
        .http_client(reqwest::Client::new())
        .no_timeout()
        .build()
        .expect("dolthub v2 client")
}

/// List branches; returns how many came back.
pub async fn list_branches(client: &Client) -> usize {
    client
        .database("bench", "db")
        .branches()
        .list()
        .send()
        .await
        .expect("dolthub list branches")
        .len()
}

/// Get one pull request; returns its id length.
pub async fn get_pull(client: &Client, id: &str) -> usize {
    client
        .database("bench", "db")
        .pull(id)
        .get()
        .send()
        .await
        .expect("dolthub get pull")
        .id
        .len()
}

/// Walk every page of pulls as a stream, holding one page at a time;
/// `after_first` runs once the first page has been consumed.
pub async fn walk_pulls(client: &Client, mut after: impl FnMut(usize)) -> usize {
    let mut pulls = client.database("bench", "db").pulls().list().stream();
    let mut seen = 0;
    while let Some(_pull) = pulls.try_next().await.expect("dolthub page") {
        seen += 1;
        after(seen);
    }
    seen
}

/// Start an import of the file (the upload only, not the wait).
pub async fn upload(client: &Client, path: &std::path::Path) -> String {
    client
        .database("bench", "db")
        .import(path)
        .table("objects")
        .branch("main")
        .primary_keys(["id"])
        .start()
        .await
        .expect("dolthub import")
        .name()
        .to_string()
}
