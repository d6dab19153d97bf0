//! Token acceptance across versions: a sandbox setting, since DoltHub does not document it.

use crate::v2_common::*;
use dolthub_sandbox::{DEFAULT_TOKEN, DEFAULT_V2_TOKEN, Sandbox};
use reqwest::Method;

#[tokio::test]
async fn v2_tokens_cross_versions_by_default() {
    let sb = sandbox().await;
    assert_eq!(sb.v2_token(), DEFAULT_V2_TOKEN);
    assert!(sb.v2_token().starts_with("dh_"));
    let by_v1_token = as_token(&sb, Some(DEFAULT_TOKEN)).get("/api/v2/user").await;
    assert_eq!(by_v1_token.status, 200, "{}", by_v1_token.text);
    assert_eq!(by_v1_token.data()["username"], "sandbox");
    let (status, body) = v1(
        &sb,
        Some(DEFAULT_V2_TOKEN),
        Method::GET,
        "/api/v1alpha1/user",
        None,
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["username"], "sandbox");
    // the v1alpha1 scheme is not v2's
    let wrong_scheme = reqwest::Client::new()
        .get(format!("{}/api/v2/user", sb.url()))
        .header("authorization", format!("token {DEFAULT_V2_TOKEN}"))
        .send()
        .await
        .unwrap();
    assert_eq!(wrong_scheme.status(), 401);
}

#[tokio::test]
async fn v2_tokens_stay_on_their_version_when_configured() {
    let sb = Sandbox::builder()
        .cross_version_tokens(false)
        .default_v2_token("dh_custom_1")
        .start()
        .await
        .unwrap();
    assert_eq!(sb.v2_token(), "dh_custom_1");
    as_token(&sb, Some(DEFAULT_TOKEN))
        .get("/api/v2/user")
        .await
        .problem(401, "UNAUTHENTICATED");
    assert_eq!(v2(&sb).get("/api/v2/user").await.status, 200);
    let (status, _) = v1(
        &sb,
        Some("dh_custom_1"),
        Method::GET,
        "/api/v1alpha1/user",
        None,
    )
    .await;
    assert_eq!(status, 400, "v1alpha1 refuses a v2-only token");
    let (status, _) = v1(
        &sb,
        Some(DEFAULT_TOKEN),
        Method::GET,
        "/api/v1alpha1/user",
        None,
    )
    .await;
    assert_eq!(status, 200);
}

#[tokio::test]
async fn v2_token_configuration_errors_are_clear() {
    let unknown = Sandbox::builder().v2_token("ghost", "dh_x").start().await;
    assert!(unknown.unwrap_err().to_string().contains("ghost"));
    let shared = Sandbox::builder()
        .user("alice", "dhat.alice.1")
        .v2_token("alice", DEFAULT_V2_TOKEN)
        .start()
        .await;
    assert!(shared.unwrap_err().to_string().contains("share a token"));
}
