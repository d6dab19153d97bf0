//! What a version lacks is a typed `Unsupported` error before anything is sent.

use dolthub::{ApiVersion, Client, Error, RetryPolicy};
use futures::TryStreamExt;
use httpmock::MockServer;

use super::common::*;

async fn nothing_allowed(server: &MockServer) -> httpmock::Mock<'_> {
    server
        .mock_async(|when, then| {
            when.any_request();
            then.status(500);
        })
        .await
}

fn assert_unsupported<T: std::fmt::Debug>(result: dolthub::Result<T>, version: ApiVersion) {
    match result {
        Err(Error::Unsupported {
            version: v, hint, ..
        }) => {
            assert_eq!(v, version);
            assert!(!hint.is_empty());
        }
        other => panic!("expected Unsupported, got {other:?}"),
    }
}

#[tokio::test]
async fn v2_lacks_per_user_operations_default_branch_reads_empty_write_merges_and_pr_filters() {
    let server = server().await;
    let any = nothing_allowed(&server).await;
    let client = client(&server);
    assert_unsupported(client.operations("liuliu").await, ApiVersion::V2);
    let db = client.database(OWNER, DB);
    assert_unsupported(
        db.sql().read_default_branch("SHOW TABLES").await,
        ApiVersion::V2,
    );
    assert_unsupported(db.sql().merge("lacma").to("main").await, ApiVersion::V2);
    let filtered: dolthub::Result<Vec<_>> = db
        .pulls()
        .list()
        .review_status(dolthub::models::ReviewStatus::Approved)
        .stream()
        .try_collect()
        .await;
    assert_unsupported(filtered, ApiVersion::V2);
    any.assert_calls_async(0).await;
}

#[tokio::test]
async fn v1alpha1_lacks_get_database_comment_lists_reopening_and_v2_import_options() {
    let server = server().await;
    let any = nothing_allowed(&server).await;
    let client = Client::builder()
        .token("dhat.test.token")
        .base_url(server.base_url())
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap();
    assert_eq!(client.api_version(), ApiVersion::V1alpha1);
    let db = client.database(OWNER, DB);
    assert_unsupported(db.get().await, ApiVersion::V1alpha1);
    assert_unsupported(db.pull("7").comments().await, ApiVersion::V1alpha1);
    assert_unsupported(db.pull("7").reopen().await, ApiVersion::V1alpha1);
    assert_unsupported(
        db.sql().read("main", "SELECT 1").limit(5).await,
        ApiVersion::V1alpha1,
    );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.csv");
    std::fs::write(&path, b"a\n1\n").unwrap();
    assert_unsupported(
        db.import(&path)
            .table("t")
            .commit_message("m")
            .start()
            .await,
        ApiVersion::V1alpha1,
    );
    any.assert_calls_async(0).await;
}
