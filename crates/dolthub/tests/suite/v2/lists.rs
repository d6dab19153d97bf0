//! The v2 lists answered as one complete list (branches, tags, forks): every
//! page is fetched in order, and the paging rules of the streamed lists hold
//! (a repeated token stops the walk, a failing page fails the whole list).

use std::time::Duration;

use dolthub::Error;
use httpmock::Method::GET;
use httpmock::MockServer;
use serde_json::json;

use super::common::*;

/// Three pages at `{API}/<list>`: no token, then `a`, then `b`, whose answer
/// hands out `last` as the next token. Returns the three mocks.
async fn three_pages<'a>(
    server: &'a MockServer,
    list: &str,
    items: [serde_json::Value; 3],
    last: &str,
) -> [httpmock::Mock<'a>; 3] {
    let path = format!("{API}/{list}");
    let [one, two, three] = items;
    let first = server
        .mock_async(|when, then| {
            when.method(GET)
                .path(&path)
                .query_param_missing("page_token");
            then.status(200).body(page(json!([one]), "a"));
        })
        .await;
    let second = server
        .mock_async(|when, then| {
            when.method(GET).path(&path).query_param("page_token", "a");
            then.status(200).body(page(json!([two]), "b"));
        })
        .await;
    let third = server
        .mock_async(|when, then| {
            when.method(GET).path(&path).query_param("page_token", "b");
            then.status(200).body(page(json!([three]), last));
        })
        .await;
    [first, second, third]
}

#[tokio::test]
async fn complete_lists_keep_every_page_in_order() {
    let server = server().await;
    let mocks = three_pages(
        &server,
        "branches",
        [
            json!({"name": "main"}),
            json!({"name": "b1"}),
            json!({"name": "b2"}),
        ],
        "",
    )
    .await;
    let branches = client(&server)
        .database(OWNER, DB)
        .branches()
        .list()
        .await
        .unwrap();
    for mock in &mocks {
        mock.assert_async().await;
    }
    let names: Vec<_> = branches.iter().map(|b| b.name.as_str()).collect();
    assert_eq!(names, ["main", "b1", "b2"]);
}

#[tokio::test]
async fn a_repeated_token_ends_a_complete_list_with_a_pagination_loop() {
    for (list, operation) in [
        ("branches", "list_branches"),
        ("tags", "list_tags"),
        ("forks", "list_forks"),
    ] {
        let server = server().await;
        let item = json!({"name": "x", "owner": "o"});
        let mocks = three_pages(&server, list, [item.clone(), item.clone(), item], "a").await;
        let db = client(&server).database(OWNER, DB);
        let walk = async {
            match list {
                "branches" => db.branches().list().await.map(drop),
                "tags" => db.tags().list().await.map(drop),
                _ => db.forks().list().await.map(drop),
            }
        };
        // Without the guard the walk would cycle a -> b -> a forever: a
        // generous limit turns that into a failure instead of a hang.
        let err = tokio::time::timeout(Duration::from_secs(30), walk)
            .await
            .unwrap_or_else(|_| panic!("{list}: the walk did not stop at the repeated token"))
            .unwrap_err();
        assert!(
            matches!(&err, Error::PaginationLoop { operation: op } if op == operation),
            "{list}: {err:?}"
        );
        // Each page was asked for once: the repeated token was not followed.
        for mock in &mocks {
            mock.assert_async().await;
        }
    }
}

#[tokio::test]
async fn a_failing_later_page_fails_the_whole_list() {
    let server = server().await;
    server
        .mock_async(|when, then| {
            when.method(GET)
                .path(format!("{API}/branches"))
                .query_param_missing("page_token");
            then.status(200).body(page(json!([{"name": "main"}]), "p2"));
        })
        .await;
    let second = server
        .mock_async(|when, then| {
            when.method(GET)
                .path(format!("{API}/branches"))
                .query_param("page_token", "p2");
            then.status(404)
                .header("content-type", "application/problem+json")
                .body(
                    json!({"title": "Not Found", "status": 404, "code": "NOT_FOUND"}).to_string(),
                );
        })
        .await;
    let result = client(&server).database(OWNER, DB).branches().list().await;
    second.assert_async().await;
    assert!(
        matches!(result, Err(Error::NotFound { status: 404, .. })),
        "{result:?}"
    );
}
