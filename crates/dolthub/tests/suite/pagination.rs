//! Paged lists walk every page, carry filters, and stop on repeated tokens.

use dolthub::Error;
use futures::{StreamExt, TryStreamExt};
use httpmock::Method::GET;
use serde_json::json;

use crate::common::*;

fn pulls_page(ids: &[&str], next: Option<&str>) -> String {
    let pulls: Vec<_> = ids
        .iter()
        .map(|id| json!({"pull_id": id, "title:": format!("pull {id}"), "state": "open"}))
        .collect();
    json!({"status": "Success", "pulls": pulls, "next_page_token": next}).to_string()
}

#[tokio::test]
async fn pulls_stream_walks_three_pages_with_filters_on_every_page() {
    let server = server().await;
    let path = format!("{API}/pulls");
    let first = server
        .mock_async(|when, then| {
            when.method(GET)
                .path(path.clone())
                .query_param("filterByState", "Open")
                .query_param("query", "lacma")
                .query_param_missing("pageToken")
                .header("authorization", AUTH);
            then.status(200)
                .body(pulls_page(&["1", "2"], Some("tok/one=")));
        })
        .await;
    let second = server
        .mock_async(|when, then| {
            when.method(GET)
                .path(path.clone())
                .query_param("filterByState", "Open")
                .query_param("query", "lacma")
                .query_param("pageToken", "tok/one=");
            then.status(200).body(pulls_page(&["3"], Some("tok+two")));
        })
        .await;
    let third = server
        .mock_async(|when, then| {
            when.method(GET)
                .path(path.clone())
                .query_param("filterByState", "Open")
                .query_param("query", "lacma")
                .query_param("pageToken", "tok+two");
            then.status(200).body(pulls_page(&["4", "5"], Some("")));
        })
        .await;
    let ids: Vec<String> = client(&server)
        .database(OWNER, DB)
        .pulls()
        .list()
        .state("open")
        .query("lacma")
        .stream()
        .map_ok(|p| p.id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids, vec!["1", "2", "3", "4", "5"]);
    first.assert_calls_async(1).await;
    second.assert_calls_async(1).await;
    third.assert_calls_async(1).await;
}

#[tokio::test]
async fn releases_stream_sends_both_page_parameters() {
    let server = server().await;
    let path = format!("{API}/releases");
    let page = |title: &str, next: Option<&str>| {
        json!({"releases": [{"release_title": title}], "next_page_token": next}).to_string()
    };
    let p1 = server
        .mock_async(|when, then| {
            when.method(GET)
                .path(path.clone())
                .query_param_missing("pageToken")
                .query_param_missing("next_page_token");
            then.status(200).body(page("a", Some("r2")));
        })
        .await;
    let p2 = server
        .mock_async(|when, then| {
            when.method(GET)
                .path(path.clone())
                .query_param("pageToken", "r2")
                .query_param("next_page_token", "r2");
            then.status(200).body(page("b", Some("r3")));
        })
        .await;
    let p3 = server
        .mock_async(|when, then| {
            when.method(GET)
                .path(path.clone())
                .query_param("pageToken", "r3")
                .query_param("next_page_token", "r3");
            then.status(200).body(page("c", None));
        })
        .await;
    let titles: Vec<String> = client(&server)
        .database(OWNER, DB)
        .releases()
        .list()
        .stream()
        .map_ok(|r| r.title)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(titles, vec!["a", "b", "c"]);
    for m in [p1, p2, p3] {
        m.assert_calls_async(1).await;
    }
}

#[tokio::test]
async fn operations_stream_carries_the_type_filter() {
    let server = server().await;
    let path = "/api/v1alpha1/users/liuliu/operations";
    let page = |name: &str, next: Option<&str>| {
        json!({"operations": [{"operation_name": name, "operation_type": "Import"}], "next_page_token": next})
            .to_string()
    };
    for (token, name, next) in [
        (None, "o1", Some("t2")),
        (Some("t2"), "o2", Some("t3")),
        (Some("t3"), "o3", None),
    ] {
        let body = page(name, next);
        server
            .mock_async(move |when, then| {
                let when = when
                    .method(GET)
                    .path(path)
                    .query_param("operationType", "Import");
                match token {
                    Some(t) => when.query_param("pageToken", t),
                    None => when.query_param_missing("pageToken"),
                };
                then.status(200).body(body);
            })
            .await;
    }
    let names: Vec<String> = client(&server)
        .operations("liuliu")
        .operation_type("Import")
        .stream()
        .map_ok(|o| o.name)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(names, vec!["o1", "o2", "o3"]);
}

#[tokio::test]
async fn repeated_token_ends_with_pagination_loop() {
    let server = server().await;
    let path = format!("{API}/jobs");
    // A server that ignores `pageToken` keeps answering with the same token.
    let mock = server
        .mock_async(|when, then| {
            when.method(GET).path(path.clone());
            then.status(200)
                .body(json!({"jobs": [{"job_id": "j"}], "next_page_token": "same"}).to_string());
        })
        .await;
    let results: Vec<_> = client(&server)
        .database(OWNER, DB)
        .jobs()
        .list()
        .stream()
        .collect()
        .await;
    assert_eq!(
        results.len(),
        3,
        "two pages of one job, then the loop error"
    );
    assert!(results[0].is_ok() && results[1].is_ok());
    assert!(matches!(
        &results[2],
        Err(Error::PaginationLoop { operation }) if operation == "list_jobs"
    ));
    mock.assert_calls_async(2).await;
}

#[tokio::test]
async fn page_errors_end_the_stream() {
    let server = server().await;
    server
        .mock_async(|when, then| {
            when.method(GET).path(format!("{API}/pulls"));
            then.status(400)
                .body(r#"{"status":"Error","message":"Error getting pull request list."}"#);
        })
        .await;
    let results: Vec<_> = client(&server)
        .database(OWNER, DB)
        .pulls()
        .list()
        .stream()
        .collect()
        .await;
    assert_eq!(results.len(), 1);
    assert!(matches!(results[0], Err(Error::Api { .. })));
}
