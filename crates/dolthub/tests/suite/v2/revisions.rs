//! Plain-string revisions on v2: v2's `from` names only a branch or a
//! commit, so a tag given as a plain string is tried as a branch and, on
//! 404, resolved to the tag's commit (v1alpha1's server resolves refs itself).

use httpmock::Method::{GET, POST};
use serde_json::json;

use super::common::*;

const TAG_COMMIT: &str = "7n2ks1tclj9v1b3oh7ar0fpd5ml2gkq1";

fn not_found(title: &str) -> String {
    json!({"title": title, "status": 404, "code": "NOT_FOUND"}).to_string()
}

#[tokio::test]
async fn a_branch_from_a_tag_name_starts_at_the_tags_commit() {
    let server = server().await;
    let as_branch = server
        .mock_async(|when, then| {
            when.method(POST)
                .path(format!("{API}/branches"))
                .json_body(json!({"name": "audit", "from": {"branch": "v1.0"}}));
            then.status(404)
                .header("content-type", "application/problem+json")
                .body(not_found("branch v1.0 not found"));
        })
        .await;
    let tags = server
        .mock_async(|when, then| {
            when.method(GET).path(format!("{API}/tags"));
            then.status(200).body(page(
                json!([
                    {"name": "v0.9", "commit_sha": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"},
                    {"name": "v1.0", "commit_sha": TAG_COMMIT},
                ]),
                "",
            ));
        })
        .await;
    let from_commit = server
        .mock_async(|when, then| {
            when.method(POST)
                .path(format!("{API}/branches"))
                .header("authorization", BEARER)
                .json_body(json!({"name": "audit", "from": {"commit": TAG_COMMIT}}));
            then.status(201).body(data(
                json!({"name": "audit", "head_commit_sha": TAG_COMMIT}),
            ));
        })
        .await;
    let created = client(&server)
        .database(OWNER, DB)
        .branches()
        .create("audit", "v1.0")
        .await
        .unwrap();
    as_branch.assert_async().await;
    tags.assert_async().await;
    from_commit.assert_async().await;
    assert_eq!(created.head_commit_sha, TAG_COMMIT);
    assert_eq!(created.revision_type, "tag");
    assert_eq!(created.revision_name, "v1.0");
}

#[tokio::test]
async fn a_tag_from_a_tag_name_is_made_at_the_tags_commit() {
    let server = server().await;
    let as_branch = server
        .mock_async(|when, then| {
            when.method(POST).path(format!("{API}/tags")).json_body(
                json!({"name": "v1.0-final", "from": {"branch": "v1.0"}, "message": "m"}),
            );
            then.status(404).body(not_found("branch v1.0 not found"));
        })
        .await;
    let tags = server
        .mock_async(|when, then| {
            when.method(GET).path(format!("{API}/tags"));
            then.status(200).body(page(
                json!([{"name": "v1.0", "commit_sha": TAG_COMMIT}]),
                "",
            ));
        })
        .await;
    let from_commit = server
        .mock_async(|when, then| {
            when.method(POST).path(format!("{API}/tags")).json_body(
                json!({"name": "v1.0-final", "from": {"commit": TAG_COMMIT}, "message": "m"}),
            );
            then.status(201).body(data(
                json!({"name": "v1.0-final", "commit_sha": TAG_COMMIT, "message": "m"}),
            ));
        })
        .await;
    let tag = client(&server)
        .database(OWNER, DB)
        .tags()
        .create("v1.0-final", "v1.0")
        .message("m")
        .await
        .unwrap();
    as_branch.assert_async().await;
    tags.assert_async().await;
    from_commit.assert_async().await;
    assert_eq!(tag.commit_sha, TAG_COMMIT);
}

#[tokio::test]
async fn a_branch_name_costs_one_request_and_a_hash_is_sent_as_a_commit() {
    let server = server().await;
    let from_branch = server
        .mock_async(|when, then| {
            when.method(POST)
                .path(format!("{API}/branches"))
                .json_body(json!({"name": "a", "from": {"branch": "main"}}));
            then.status(201)
                .body(data(json!({"name": "a", "head_commit_sha": "h1"})));
        })
        .await;
    let from_hash = server
        .mock_async(|when, then| {
            when.method(POST)
                .path(format!("{API}/branches"))
                .json_body(json!({"name": "b", "from": {"commit": TAG_COMMIT}}));
            then.status(201)
                .body(data(json!({"name": "b", "head_commit_sha": TAG_COMMIT})));
        })
        .await;
    let tags = server
        .mock_async(|when, then| {
            when.method(GET).path(format!("{API}/tags"));
            then.status(200).body(page(json!([]), ""));
        })
        .await;
    let branches = client(&server).database(OWNER, DB).branches();
    let a = branches.create("a", "main").await.unwrap();
    let b = branches.create("b", TAG_COMMIT).await.unwrap();
    from_branch.assert_async().await;
    from_hash.assert_async().await;
    assert_eq!(tags.calls_async().await, 0);
    assert_eq!(
        (a.revision_type.as_str(), b.revision_type.as_str()),
        ("branch", "commit")
    );
}

#[tokio::test]
async fn a_name_that_is_neither_branch_nor_tag_keeps_the_servers_404() {
    let server = server().await;
    let as_branch = server
        .mock_async(|when, then| {
            when.method(POST).path(format!("{API}/branches"));
            then.status(404)
                .header("content-type", "application/problem+json")
                .body(not_found("branch nope not found"));
        })
        .await;
    let tags = server
        .mock_async(|when, then| {
            when.method(GET).path(format!("{API}/tags"));
            then.status(200).body(page(
                json!([{"name": "v1.0", "commit_sha": TAG_COMMIT}]),
                "",
            ));
        })
        .await;
    let err = client(&server)
        .database(OWNER, DB)
        .branches()
        .create("audit", "nope")
        .await
        .unwrap_err();
    assert!(matches!(err, dolthub::Error::NotFound { .. }), "{err:?}");
    assert!(err.to_string().contains("branch nope not found"), "{err}");
    // One try as a branch, one tag lookup, no retry from a commit.
    assert_eq!(as_branch.calls_async().await, 1);
    assert_eq!(tags.calls_async().await, 1);
}
