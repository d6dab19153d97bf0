//! The token never follows a redirect to another origin (two servers on
//! different ports are different origins).

use dolthub::{Client, Error, RetryPolicy};
use httpmock::Method::GET;

use crate::common::*;

#[tokio::test]
async fn default_client_does_not_follow_cross_origin_redirects() {
    let home = server().await;
    let elsewhere = server().await;
    let target = elsewhere
        .mock_async(|when, then| {
            when.method(GET);
            then.status(200).body("{}");
        })
        .await;
    let location = elsewhere.url("/api/v1alpha1/user");
    home.mock_async(|when, then| {
        when.method(GET).path("/api/v1alpha1/user");
        then.status(302).header("location", location);
    })
    .await;
    let err = client(&home).user().await.unwrap_err();
    assert!(matches!(err, Error::Api { status: 302, .. }), "{err:?}");
    target.assert_calls_async(0).await;
}

#[tokio::test]
async fn default_client_follows_same_origin_redirects_with_the_token() {
    let home = server().await;
    let moved = home
        .mock_async(|when, then| {
            when.method(GET).path("/api/v1alpha1/user");
            then.status(301).header("location", "/api/v1alpha1/user2");
        })
        .await;
    let target = home
        .mock_async(|when, then| {
            when.method(GET)
                .path("/api/v1alpha1/user2")
                .header("authorization", AUTH);
            then.status(200)
                .body(fixture("users/get_current_user.json"));
        })
        .await;
    let user = client(&home).user().await.unwrap();
    assert_eq!(user.username, "liuliu");
    moved.assert_calls_async(1).await;
    target.assert_calls_async(1).await;
}

#[tokio::test]
async fn injected_client_strips_the_token_on_cross_origin_redirects() {
    let home = server().await;
    let elsewhere = server().await;
    let with_token = elsewhere
        .mock_async(|when, then| {
            when.method(GET).header_exists("authorization");
            then.status(200).body("{}");
        })
        .await;
    let without_token = elsewhere
        .mock_async(|when, then| {
            when.method(GET).header_missing("authorization");
            then.status(200)
                .body(fixture("users/get_current_user.json"));
        })
        .await;
    let location = elsewhere.url("/api/v1alpha1/user");
    home.mock_async(|when, then| {
        when.method(GET)
            .path("/api/v1alpha1/user")
            .header("authorization", AUTH);
        then.status(307).header("location", location);
    })
    .await;
    let client = Client::builder()
        .token(TOKEN)
        .base_url(home.base_url())
        .http_client(reqwest::Client::new())
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap();
    let user = client.user().await.unwrap();
    assert_eq!(user.username, "liuliu");
    with_token.assert_calls_async(0).await;
    without_token.assert_calls_async(1).await;
}
