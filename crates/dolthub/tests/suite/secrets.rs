//! The token never shows in Debug, Display, errors or tracing output.

use dolthub::Client;
use httpmock::Method::GET;

use crate::common::*;

#[test]
fn client_and_builder_debug_are_redacted() {
    let builder = Client::builder().token(TOKEN);
    assert!(!format!("{builder:?}").contains(TOKEN));
    let client = builder.build().unwrap();
    let debug = format!("{client:?} {:#?}", client);
    assert!(!debug.contains(TOKEN), "{debug}");
    assert!(!debug.contains("s3cr3t"), "{debug}");
}

#[tokio::test]
async fn errors_never_contain_the_token_even_when_the_server_echoes_it() {
    let server = server().await;
    let echo = format!(r#"{{"status":"Error","message":"unknown token {TOKEN}","echo":"{AUTH}"}}"#);
    server
        .mock_async(move |when, then| {
            when.method(GET).path(format!("{API}/tags"));
            then.status(400).body(echo);
        })
        .await;
    server
        .mock_async(move |when, then| {
            when.method(GET).path(format!("{API}/branches"));
            then.status(503).body(format!("gateway saw {TOKEN}"));
        })
        .await;
    let db = client(&server).database(OWNER, DB);
    for err in [
        db.tags().list().await.unwrap_err(),
        db.branches().list().await.unwrap_err(),
    ] {
        let shown = format!("{err} {err:?}");
        assert!(!shown.contains("s3cr3t"), "{shown}");
    }
}

#[tokio::test]
async fn no_authorization_header_without_a_token() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(GET)
                .path(format!("{API}/main"))
                .header_missing("authorization");
            then.status(200).body(fixture("sql/sql_read.json"));
        })
        .await;
    anonymous(&server)
        .database(OWNER, DB)
        .sql()
        .read("main", "SELECT 1")
        .await
        .unwrap();
    mock.assert_async().await;
}

#[tokio::test]
async fn bare_and_prefixed_tokens_send_the_same_header() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/api/v1alpha1/user")
                .header("authorization", AUTH);
            then.status(200)
                .body(fixture("users/get_current_user.json"));
        })
        .await;
    for token in [TOKEN.to_owned(), format!("token {TOKEN}")] {
        let client = Client::builder()
            .token(token)
            .base_url(server.base_url())
            .build()
            .unwrap();
        client.user().await.unwrap();
    }
    mock.assert_calls_async(2).await;
}

#[tokio::test]
async fn whoami_has_three_states() {
    let server = server().await;
    server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/api/v1alpha1/user")
                .header("authorization", AUTH);
            then.status(200)
                .body(fixture("users/get_current_user.json"));
        })
        .await;
    server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/api/v1alpha1/user")
                .header("authorization", "token wrong");
            then.status(400)
                .body(r#"{"status":"Error","message":"no token found for given api token"}"#);
        })
        .await;
    let valid = client(&server).whoami().await;
    assert!(matches!(valid, dolthub::TokenStatus::Valid(ref u) if u.username == "liuliu"));
    let wrong = Client::builder()
        .token("wrong")
        .base_url(server.base_url())
        .build()
        .unwrap();
    assert!(matches!(
        wrong.whoami().await,
        dolthub::TokenStatus::Invalid { .. }
    ));
    assert!(matches!(
        anonymous(&server).whoami().await,
        dolthub::TokenStatus::Invalid { .. }
    ));
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let unreachable = Client::builder()
        .token(TOKEN)
        .base_url(format!("http://127.0.0.1:{port}"))
        .retry_policy(dolthub::RetryPolicy::none())
        .build()
        .unwrap();
    assert!(matches!(
        unreachable.whoami().await,
        dolthub::TokenStatus::Unknown { .. }
    ));
}
