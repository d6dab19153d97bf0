//! Safe requests are retried (honouring Retry-After); POSTs never are.

use std::time::{Duration, Instant};

use dolthub::{Client, Error, RetryPolicy};
use httpmock::Method::{GET, POST};

use crate::common::*;

fn retrying(server: &httpmock::MockServer, policy: RetryPolicy) -> Client {
    Client::builder()
        .token(TOKEN)
        .base_url(server.base_url())
        .retry_policy(policy)
        .build()
        .unwrap()
}

fn quick() -> RetryPolicy {
    RetryPolicy::default()
        .max_attempts(3)
        .base_backoff(ms(1))
        .max_backoff(ms(5))
        .max_elapsed(Duration::from_secs(5))
}

#[tokio::test]
async fn get_is_retried_on_429_honouring_retry_after() {
    let server = server().await;
    // Defined first, so it answers first; exhausted after one call.
    let limited = server
        .mock_async(|when, then| {
            when.method(GET).path(format!("{API}/tags"));
            then.status(429)
                .header("retry-after", "1")
                .body("slow down")
                .up_to_n_times(1);
        })
        .await;
    let ok = server
        .mock_async(|when, then| {
            when.method(GET)
                .path(format!("{API}/tags"))
                .header("authorization", AUTH);
            then.status(200).body(fixture("tags/list_tags.json"));
        })
        .await;
    let started = Instant::now();
    let tags = retrying(&server, quick().max_retry_after(ms(300)))
        .database(OWNER, DB)
        .tags()
        .list()
        .await
        .unwrap();
    assert_eq!(tags.len(), 1);
    limited.assert_calls_async(1).await;
    ok.assert_calls_async(1).await;
    // Retry-After (1 s) was honoured, capped at 300 ms by the policy.
    let waited = started.elapsed();
    assert!(waited >= ms(300), "{waited:?}");
    assert!(waited < Duration::from_secs(1), "{waited:?}");
}

#[tokio::test]
async fn get_gives_up_after_max_attempts() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(GET).path(format!("{API}/branches"));
            then.status(503).body("busy");
        })
        .await;
    let err = retrying(&server, quick())
        .database(OWNER, DB)
        .branches()
        .list()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Gateway { status: 503, .. }));
    mock.assert_calls_async(3).await;
}

#[tokio::test]
async fn client_errors_are_not_retried() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(GET).path(format!("{API}/branches"));
            then.status(400)
                .body(r#"{"status":"Error","message":"Error getting the branches list."}"#);
        })
        .await;
    let _ = retrying(&server, quick())
        .database(OWNER, DB)
        .branches()
        .list()
        .await
        .unwrap_err();
    mock.assert_calls_async(1).await;
}

#[tokio::test]
async fn posts_are_never_retried() {
    let server = server().await;
    let merge = server
        .mock_async(|when, then| {
            when.method(POST).path(format!("{API}/pulls/66/merge"));
            then.status(503).body("busy");
        })
        .await;
    let write = server
        .mock_async(|when, then| {
            when.method(POST).path(format!("{API}/write/main/main"));
            then.status(429)
                .header("retry-after", "0")
                .body("slow down");
        })
        .await;
    let create = server
        .mock_async(|when, then| {
            when.method(POST).path("/api/v1alpha1/database");
            then.status(502).body("bad gateway");
        })
        .await;
    let client = retrying(&server, quick().max_attempts(5));
    let db = client.database(OWNER, DB);
    assert!(db.pull("66").merge().await.is_err());
    assert!(matches!(
        db.sql().write("DELETE FROM t").to("main").await,
        Err(Error::RateLimited { .. })
    ));
    assert!(client.create_database(OWNER, "x").public().await.is_err());
    merge.assert_calls_async(1).await;
    write.assert_calls_async(1).await;
    create.assert_calls_async(1).await;
}

#[tokio::test]
async fn polls_are_retried() {
    let server = server().await;
    let (responder, calls) = sequence(vec![
        (502, "bad gateway".into()),
        (200, fixture("forks/poll_fork.json")),
    ]);
    server
        .mock_async(|when, then| {
            when.method(GET).path("/api/v1alpha1/fork");
            then.respond_with(responder);
        })
        .await;
    let status = retrying(&server, quick())
        .fork_operation("operations/x")
        .poll()
        .await
        .unwrap();
    assert!(matches!(status, dolthub::PollStatus::Done(_)));
    assert_eq!(calls.load(std::sync::atomic::Ordering::SeqCst), 2);
}
