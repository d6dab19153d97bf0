//! The plain-reqwest baselines: what a careful user would write by hand with
//! `reqwest` + `serde_json`, decoding into minimal typed structs.

use serde::Deserialize;

/// The token both sides send (the bench server ignores it).
pub const TOKEN: &str = "token dhat.bench";

#[derive(Deserialize)]
struct Branches {
    #[serde(default)]
    branches: Vec<Branch>,
}

#[derive(Deserialize)]
struct Branch {
    #[serde(default)]
    branch_name: Option<String>,
}

/// Every field of the get-pull answer, as the `dolthub` model keeps them all:
/// decoding fewer fields would compare different work.
#[derive(Deserialize)]
#[allow(dead_code)]
struct Pull {
    status: Option<String>,
    database_owner: Option<String>,
    database_name: Option<String>,
    pull_id: Option<String>,
    title: Option<String>,
    description: Option<String>,
    state: Option<String>,
    from_branch_owner: Option<String>,
    from_branch_database: Option<String>,
    from_branch: Option<String>,
    to_branch_owner: Option<String>,
    to_branch_database: Option<String>,
    to_branch: Option<String>,
    created_at: Option<String>,
    author: Option<String>,
}

#[derive(Deserialize)]
struct PullsPage {
    #[serde(default)]
    pulls: Vec<serde_json::Value>,
    #[serde(default)]
    next_page_token: Option<String>,
}

/// GET list branches; returns how many branch names came back.
pub async fn list_branches(http: &reqwest::Client, base: &str) -> usize {
    let bytes = http
        .get(format!("{base}/api/v1alpha1/bench/db/branches"))
        .header("authorization", TOKEN)
        .send()
        .await
        .expect("baseline request")
        .error_for_status()
        .expect("baseline status")
        .bytes()
        .await
        .expect("baseline body");
    let page: Branches = serde_json::from_slice(&bytes).expect("baseline decode");
    page.branches
        .iter()
        .filter(|b| b.branch_name.is_some())
        .count()
}

/// GET one pull request; returns its id length (so the decode is not optimised away).
pub async fn get_pull(http: &reqwest::Client, base: &str, id: &str) -> usize {
    let bytes = http
        .get(format!("{base}/api/v1alpha1/bench/db/pulls/{id}"))
        .header("authorization", TOKEN)
        .send()
        .await
        .expect("baseline request")
        .error_for_status()
        .expect("baseline status")
        .bytes()
        .await
        .expect("baseline body");
    let pull: Pull = serde_json::from_slice(&bytes).expect("baseline decode");
    pull.pull_id.map_or(0, |p| p.len())
}

/// Walks every page of pulls; returns the number of items seen.
pub async fn walk_pulls(http: &reqwest::Client, base: &str) -> usize {
    let mut token = String::new();
    let mut seen = 0;
    loop {
        let mut request = http
            .get(format!("{base}/api/v1alpha1/bench/db/pulls"))
            .header("authorization", TOKEN);
        if !token.is_empty() {
            request = request.query(&[("pageToken", token.as_str())]);
        }
        let page: PullsPage = request
            .send()
            .await
            .expect("baseline request")
            .json()
            .await
            .expect("baseline decode");
        seen += page.pulls.len();
        match page.next_page_token {
            Some(next) if !next.is_empty() => token = next,
            _ => return seen,
        }
    }
}

/// The v2 token both sides send (the bench server ignores it).
pub const TOKEN_V2: &str = "Bearer dh_bench";

#[derive(Deserialize)]
struct Data<T> {
    data: T,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct BranchV2 {
    name: Option<String>,
    head_commit_sha: Option<String>,
    last_updated_at: Option<String>,
}

#[derive(Deserialize, Default)]
#[allow(dead_code)]
struct DatabaseRefV2 {
    owner: Option<String>,
    name: Option<String>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct BranchRefV2 {
    #[serde(default)]
    database: DatabaseRefV2,
    branch_name: Option<String>,
}

/// Every field of the v2 pull, as the `dolthub` model keeps them all.
#[derive(Deserialize)]
#[allow(dead_code)]
struct PullV2 {
    pull_number: Option<String>,
    title: Option<String>,
    description: Option<String>,
    state: Option<String>,
    created_at: Option<String>,
    updated_at: Option<String>,
    creator: Option<String>,
    from_branch: Option<BranchRefV2>,
    to_branch: Option<BranchRefV2>,
}

/// v2 GET list branches (one page, no `meta`); returns how many names came back.
pub async fn list_branches_v2(http: &reqwest::Client, base: &str) -> usize {
    let bytes = http
        .get(format!("{base}/api/v2/databases/bench/db/branches"))
        .header("authorization", TOKEN_V2)
        .send()
        .await
        .expect("baseline request")
        .error_for_status()
        .expect("baseline status")
        .bytes()
        .await
        .expect("baseline body");
    let page: Data<Vec<BranchV2>> = serde_json::from_slice(&bytes).expect("baseline decode");
    page.data.iter().filter(|b| b.name.is_some()).count()
}

/// v2 GET one pull request; returns its number's length.
pub async fn get_pull_v2(http: &reqwest::Client, base: &str, id: &str) -> usize {
    let bytes = http
        .get(format!("{base}/api/v2/databases/bench/db/pulls/{id}"))
        .header("authorization", TOKEN_V2)
        .send()
        .await
        .expect("baseline request")
        .error_for_status()
        .expect("baseline status")
        .bytes()
        .await
        .expect("baseline body");
    let pull: Data<PullV2> = serde_json::from_slice(&bytes).expect("baseline decode");
    pull.data.pull_number.map_or(0, |n| n.len())
}

/// A streaming multipart upload of a file, as `reqwest::multipart` allows by hand.
pub async fn upload(http: &reqwest::Client, base: &str, path: &std::path::Path) -> u64 {
    let file = tokio::fs::File::open(path).await.expect("open upload");
    let len = file.metadata().await.expect("metadata").len();
    let stream = tokio_util::io::ReaderStream::with_capacity(file, 64 * 1024);
    let part =
        reqwest::multipart::Part::stream_with_length(reqwest::Body::wrap_stream(stream), len)
            .file_name("bench.csv")
            .mime_str("application/octet-stream")
            .expect("mime");
    let params = r#"{"tableName":"objects","fileName":"bench.csv","branchName":"main","fileType":"Csv","importOp":"Create","primaryKeys":["id"]}"#;
    let form = reqwest::multipart::Form::new()
        .part("file", part)
        .text("params", params);
    http.post(format!("{base}/api/v1alpha1/bench/db/upload"))
        .header("authorization", TOKEN)
        .multipart(form)
        .send()
        .await
        .expect("baseline upload")
        .error_for_status()
        .expect("baseline upload status");
    len
}
