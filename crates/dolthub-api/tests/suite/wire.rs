//! Wire tests of the generated layer against a loopback mock server: the
//! request progenitor builds from the spec, and how the spec's response types
//! decode what DoltHub sends. The per-endpoint suite lives in the `dolthub` crate.

use dolthub_api::prelude::*;
use dolthub_api::types;
use futures::TryStreamExt;
use httpmock::prelude::*;
use serde_json::json;

const TOKEN: &str = "token dhat.test-token";

fn client(server: &MockServer) -> Client {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(
        "authorization",
        reqwest::header::HeaderValue::from_static(TOKEN),
    );
    let http = reqwest::Client::builder()
        .default_headers(headers)
        .build()
        .unwrap();
    Client::new_with_client(&server.base_url(), http)
}

#[tokio::test]
async fn create_database_posts_camel_case_json_and_decodes_snake_case() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/api/v1alpha1/database")
                .header("authorization", TOKEN)
                .header("content-type", "application/json")
                .json_body(json!({
                    "ownerName": "dolthub", "repoName": "museum", "visibility": "public",
                    "description": "Collections"
                }));
            then.status(200).json_body(json!({
                "status": "Success", "description": "Collections", "repository_owner": "dolthub",
                "repository_name": "museum", "visibility": "public"
            }));
        })
        .await;
    let body = types::CreateDatabaseRequest {
        owner_name: "dolthub".into(),
        repo_name: "museum".into(),
        visibility: types::CreateDatabaseRequestVisibility::Public,
        description: Some("Collections".into()),
    };
    let created = client(&server)
        .create_database()
        .body(body)
        .send()
        .await
        .unwrap()
        .into_inner();
    mock.assert_async().await;
    assert_eq!(created.repository_name.as_deref(), Some("museum"));
    assert_eq!(created.visibility.as_deref(), Some("public"));
}

#[tokio::test]
async fn list_pulls_sends_page_token_and_filters_and_reads_the_next_token() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/api/v1alpha1/dolthub/museum/pulls")
                .query_param("pageToken", "AbC/+=")
                .query_param("filterByState", "Open");
            then.status(200).json_body(json!({
                "status": "Success", "database_owner": "dolthub", "database_name": "museum",
                "next_page_token": "page-3",
                "pulls": [{"pull_id": "7", "title:": "Add rows", "state": "open", "creator": "liu"}]
            }));
        })
        .await;
    let page = client(&server)
        .list_pulls()
        .owner("dolthub")
        .database("museum")
        .page_token("AbC/+=")
        .filter_by_state(types::ListPullsFilterByState::Open)
        .send()
        .await
        .unwrap()
        .into_inner();
    mock.assert_async().await;
    assert_eq!(page.next_page_token.as_deref(), Some("page-3"));
    assert_eq!(page.pulls[0].pull_id.as_deref(), Some("7"));
}

#[tokio::test]
async fn a_400_decodes_into_the_error_envelope() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/api/v1alpha1/dolthub/museum/branches");
            then.status(400).json_body(json!({
                "status": "Error", "message": "Error creating a branch.",
                "database_owner": "dolthub", "new_branch_name": "x"
            }));
        })
        .await;
    let body = types::CreateBranchRequest {
        new_branch_name: "x".into(),
        revision_name: "main".into(),
        revision_type: types::CreateBranchRequestRevisionType::Branch,
    };
    let err = client(&server)
        .create_branch()
        .owner("dolthub")
        .database("museum")
        .body(body)
        .send()
        .await
        .unwrap_err();
    match err {
        dolthub_api::Error::ErrorResponse(envelope) => {
            assert_eq!(envelope.status().as_u16(), 400);
            assert_eq!(
                envelope.message.as_deref(),
                Some("Error creating a branch.")
            );
        }
        other => panic!("expected the error envelope, got {other:?}"),
    }
}

#[tokio::test]
async fn poll_merge_encodes_the_operation_name_and_reads_the_job_state() {
    let server = MockServer::start_async().await;
    let op = "repositoryOwners/dolthub/repositories/museum/jobs/0b5c";
    let mock = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/api/v1alpha1/dolthub/museum/pulls/7/merge")
                .query_param("operationName", op);
            then.status(200).json_body(json!({
                "status": "Success", "operation_name": op, "job_created": true,
                "database_owner": "dolthub", "database_name": "museum", "pull_id": "7",
                "job_status": "In Progress"
            }));
        })
        .await;
    let poll = client(&server)
        .poll_merge()
        .owner("dolthub")
        .database("museum")
        .pull_id("7")
        .operation_name(op)
        .send()
        .await
        .unwrap()
        .into_inner();
    mock.assert_async().await;
    assert_eq!(poll.job_created, Some(true));
    assert_eq!(poll.job_status.as_deref(), Some("In Progress"));
}

#[tokio::test]
async fn csv_download_is_a_byte_stream_and_the_ref_stays_one_segment() {
    let server = MockServer::start_async().await;
    let csv = "id,name\n1,vase\n2,mask\n".repeat(1000);
    let mock = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/csv/dolthub/museum/feature%2Fx/objects");
            then.status(200)
                .header("content-type", "text/csv")
                .body(&csv);
        })
        .await;
    let response = client(&server)
        .download_table_csv()
        .owner("dolthub")
        .database("museum")
        .ref_("feature/x")
        .table("objects")
        .send()
        .await
        .unwrap();
    let mut stream = response.into_inner().into_inner();
    let mut received = Vec::new();
    let mut chunks = 0;
    while let Some(chunk) = stream.try_next().await.unwrap() {
        chunks += 1;
        received.extend_from_slice(&chunk);
    }
    mock.assert_async().await;
    assert!(chunks >= 1);
    assert_eq!(received, csv.as_bytes());
}
