//! Neither token kind shows up in any output, and the Bearer token never
//! reaches the storage host or another origin.

use dolthub::{ApiVersion, Client, RetryPolicy};
use httpmock::Method::{GET, POST, PUT};
use serde_json::json;

use super::common::*;

const V1_TOKEN: &str = "dhat.v1.s3cr3t-abcdef0123456789";

#[tokio::test]
async fn neither_token_kind_appears_in_debug_display_or_errors() {
    let server = server().await;
    // Both servers echo the credentials they received back in their error
    // text, as careless servers do.
    let echo = |req: &httpmock::HttpMockRequest| {
        let auth = req
            .headers()
            .get("authorization")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        let body = json!({"title": format!("bad token {auth}"), "status": 401,
            "code": "UNAUTHENTICATED", "detail": auth, "request_id": "r",
            "message": format!("invalid token {auth}")});
        httpmock::HttpMockResponse::builder()
            .status(401)
            .body(body.to_string())
            .build()
    };
    server
        .mock_async(|when, then| {
            when.method(GET).path_includes("/user");
            then.respond_with(echo);
        })
        .await;
    for (token, version) in [(TOKEN, ApiVersion::V2), (V1_TOKEN, ApiVersion::V1alpha1)] {
        let builder = Client::builder()
            .token(token)
            .api_version(version)
            .base_url(server.base_url())
            .retry_policy(RetryPolicy::none());
        let shown_builder = format!("{builder:?}");
        let client = builder.build().unwrap();
        let err = client.user().await.unwrap_err();
        let status = client.whoami().await;
        for shown in [
            shown_builder,
            format!("{client:?}"),
            format!("{err:?}"),
            err.to_string(),
            format!("{status:?}"),
            format!(
                "{:?}",
                client.database(OWNER, DB).pull("1").merge_operation("x")
            ),
        ] {
            assert!(!shown.contains(token), "{version}: {shown}");
            assert!(!shown.contains("s3cr3t"), "{version}: {shown}");
        }
    }
}

#[tokio::test]
async fn the_bearer_token_never_reaches_the_storage_host() {
    let server = server().await;
    let storage = httpmock::MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method(POST).path(format!("{API}/imports/uploads")).header("authorization", BEARER);
            then.status(201).body(data(json!({
                "token": "t", "contents_key": "k", "http_method": "PUT",
                "parts": [{"part_number": 1, "url": format!("{}/b/1", storage.base_url())}], "headers": {},
            })));
        })
        .await;
    let with_auth = storage
        .mock_async(|when, then| {
            when.method(PUT).header_exists("authorization");
            then.status(500);
        })
        .await;
    let clean = storage
        .mock_async(|when, then| {
            when.method(PUT)
                .path("/b/1")
                .header_missing("authorization");
            then.status(200).header("etag", "\"e\"");
        })
        .await;
    server
        .mock_async(|when, then| {
            when.method(POST)
                .path(format!("{API}/imports"))
                .header("authorization", BEARER);
            then.status(202)
                .body(data(json!({"id": "i", "href": "/api/v2/operations/i"})));
        })
        .await;
    client(&server)
        .database(OWNER, DB)
        .import_reader(&b"a\n1\n"[..], 4, "t.csv")
        .table("t")
        .start()
        .await
        .unwrap();
    clean.assert_async().await;
    with_auth.assert_calls_async(0).await;
}
