//! Shared helpers of the v2 tests.

#![allow(dead_code)]

use dolthub::{ApiVersion, Client, RetryPolicy, WaitOptions};
use httpmock::MockServer;
use std::time::Duration;

pub const TOKEN: &str = "dh_test_s3cr3t_0123456789abcdef";
pub const BEARER: &str = "Bearer dh_test_s3cr3t_0123456789abcdef";
pub const OWNER: &str = "dolthub";
pub const DB: &str = "museum-collections";
pub const API: &str = "/api/v2/databases/dolthub/museum-collections";

pub async fn server() -> MockServer {
    MockServer::start_async().await
}

/// A v2 client with the test token and no automatic retries.
pub fn client(server: &MockServer) -> Client {
    Client::builder()
        .token(TOKEN)
        .api_version(ApiVersion::V2)
        .base_url(server.base_url())
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap()
}

/// A v2 client without a token.
pub fn anonymous(server: &MockServer) -> Client {
    Client::builder()
        .api_version(ApiVersion::V2)
        .base_url(server.base_url())
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap()
}

/// `{"data": <data>}` as text.
pub fn data(data: serde_json::Value) -> String {
    serde_json::json!({ "data": data }).to_string()
}

/// `{"data": <data>, "meta": {"next_page_token": <token>}}` as text.
pub fn page(data: serde_json::Value, token: &str) -> String {
    serde_json::json!({ "data": data, "meta": {"next_page_token": token} }).to_string()
}

pub fn fast_wait() -> WaitOptions {
    WaitOptions::default()
        .initial(Duration::from_millis(1))
        .max(Duration::from_millis(5))
        .deadline(Duration::from_secs(5))
}

/// An operation in the given state.
pub fn operation(id: &str, kind: &str, status: &str, result: serde_json::Value) -> String {
    data(serde_json::json!({
        "id": id, "type": kind, "status": status,
        "created_at": "2026-07-01T10:00:00.000Z", "cancelable": false,
        "result": result,
    }))
}

/// A 202 answer naming operation `id` (encoded as one segment in `href`).
pub fn operation_ref(server: &MockServer, id: &str) -> String {
    let encoded = id.replace('/', "%2F");
    data(serde_json::json!({
        "id": id,
        "href": format!("{}/api/v2/operations/{encoded}", server.base_url()),
    }))
}
