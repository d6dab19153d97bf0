//! Problem bodies, request ids, 404 for hidden databases, paging and the live variants.

use crate::v2_common::*;
use reqwest::Method;
use serde_json::{Value, json};

#[tokio::test]
async fn v2_problems_carry_code_title_detail_and_request_ids() {
    let sb = sandbox().await;
    let c = v2(&sb);
    let a = c
        .call_with(
            Method::GET,
            "/api/v2/databases/sandbox/none",
            None,
            &[("x-request-id", "trace-42")],
        )
        .await;
    a.problem(404, "NOT_FOUND");
    assert_eq!(a.body["request_id"], "trace-42");
    assert_eq!(a.header("x-request-id"), Some("trace-42"));
    assert_eq!(a.body["instance"], "/api/v2/databases/sandbox/none");
    assert!(
        a.body["detail"]
            .as_str()
            .is_some_and(|d| d.contains("sandbox/none"))
    );
    assert_eq!(a.header("content-type"), Some("application/json"));

    let ok = c.get("/api/v2/user").await;
    let rid = ok.header("x-request-id").expect("a generated request id");
    assert!(rid.starts_with("req_"), "{rid}");

    let m = c
        .call(Method::DELETE, "/api/v2/databases/sandbox/x/branches", None)
        .await;
    m.problem(405, "METHOD_NOT_ALLOWED");
    assert_eq!(m.header("allow"), Some("GET, POST"));
    c.get("/api/v2/nothing/here")
        .await
        .problem(404, "NOT_FOUND");
    c.post(
        "/api/v2/databases",
        json!({"owner": "sandbox", "name": "x", "visibility": "public", "extra": 1}),
    )
    .await
    .problem(400, "VALIDATION_FAILED");
    c.call(Method::POST, "/api/v2/databases", None)
        .await
        .problem(400, "VALIDATION_FAILED");
    c.get("/api/v2/operations/merge%2Fsandbox%2Fx%2Fnope")
        .await
        .problem(404, "NOT_FOUND");

    sb.faults().rate_limit_next(1, 3);
    let limited = c.get("/api/v2/user").await;
    limited.problem(429, "RATE_LIMITED");
    assert_eq!(limited.header("retry-after"), Some("3"));
}

#[tokio::test]
async fn v2_private_databases_are_404_to_others_and_anonymous_reads_work_on_public_ones() {
    let sb = dolthub_sandbox::Sandbox::builder()
        .user("bob", "dhat.bob.1")
        .v2_token("bob", "dh_bob_1")
        .start()
        .await
        .unwrap();
    let c = v2(&sb);
    c.create_db("sandbox", "secret", "private").await;
    c.create_db("sandbox", "open", "public").await;
    let bob = as_token(&sb, Some("dh_bob_1"));
    let nobody = anon(&sb);
    for who in [&bob, &nobody] {
        for path in [
            "",
            "/branches",
            "/pulls",
            "/operations",
            "/forks",
            "/tags",
            "/releases",
        ] {
            who.get(&format!("/api/v2/databases/sandbox/secret{path}"))
                .await
                .problem(404, "NOT_FOUND");
        }
        who.get("/api/v2/databases/sandbox/secret/sql?ref=main&q=SELECT%201")
            .await
            .problem(404, "NOT_FOUND");
    }
    assert_eq!(c.get("/api/v2/databases/sandbox/secret").await.status, 200);
    for path in [
        "",
        "/branches",
        "/pulls",
        "/operations",
        "/forks",
        "/tags",
        "/releases",
    ] {
        let a = nobody
            .get(&format!("/api/v2/databases/sandbox/open{path}"))
            .await;
        assert_eq!(a.status, 200, "{path}: {}", a.text);
    }
    let q = nobody
        .get("/api/v2/databases/sandbox/open/sql?ref=main&q=SELECT%201%20AS%20one")
        .await;
    assert_eq!(q.data()["rows"], json!([["1"]]), "{}", q.text);
    bob.post(
        "/api/v2/databases/sandbox/open/branches",
        json!({"name": "b", "from": {"branch": "main"}}),
    )
    .await
    .problem(403, "PERMISSION_DENIED");
    nobody
        .post(
            "/api/v2/databases/sandbox/open/branches",
            json!({"name": "b", "from": {"branch": "main"}}),
        )
        .await
        .problem(401, "UNAUTHENTICATED");
    nobody
        .get("/api/v2/user")
        .await
        .problem(401, "UNAUTHENTICATED");
    // auth comes first: no body and an invented id still give 401
    nobody
        .call(
            Method::POST,
            "/api/v2/databases/sandbox/open/pulls/1/merge",
            None,
        )
        .await
        .problem(401, "UNAUTHENTICATED");
    nobody
        .get("/api/v2/operations/x%2Fy")
        .await
        .problem(401, "UNAUTHENTICATED");
    // a bad token fails even on public data
    as_token(&sb, Some("dh_wrong"))
        .get("/api/v2/databases/sandbox/open")
        .await
        .problem(401, "UNAUTHENTICATED");
}

#[tokio::test]
async fn v2_lists_page_with_page_token_and_meta() {
    let sb = dolthub_sandbox::Sandbox::builder()
        .v2_page_size(2)
        .start()
        .await
        .unwrap();
    let c = v2(&sb);
    c.create_db("sandbox", "shop", "public").await;
    for b in ["b1", "b2", "b3", "b4"] {
        let a = c
            .post(
                "/api/v2/databases/sandbox/shop/branches",
                json!({"name": b, "from": {"branch": "main"}}),
            )
            .await;
        assert_eq!(a.status, 201);
    }
    let mut names = Vec::new();
    let mut token: Option<String> = None;
    let mut pages = 0;
    loop {
        let path = match &token {
            Some(t) => format!(
                "/api/v2/databases/sandbox/shop/branches?page_token={}",
                urlencode(t)
            ),
            None => "/api/v2/databases/sandbox/shop/branches".to_string(),
        };
        let a = c.get(&path).await;
        assert_eq!(a.status, 200, "{}", a.text);
        pages += 1;
        for b in a.data().as_array().unwrap() {
            names.push(b["name"].as_str().unwrap().to_string());
        }
        assert!(a.body.get("meta").is_some(), "spec mode always sends meta");
        match a.body["meta"]["next_page_token"].as_str() {
            Some(t) => token = Some(t.to_string()),
            None => break,
        }
    }
    assert_eq!(pages, 3);
    assert_eq!(names, ["b1", "b2", "b3", "b4", "main"]);
    c.get("/api/v2/databases/sandbox/shop/branches?page_token=bogus")
        .await
        .problem(400, "VALIDATION_FAILED");
}

fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[tokio::test]
async fn v2_live_variants_match_the_recordings() {
    let sb = dolthub_sandbox::Sandbox::builder()
        .v2_live_variants(true)
        .start()
        .await
        .unwrap();
    let c = v2(&sb);
    c.create_db("sandbox", "shop", "public").await;
    let p = c
        .call_with(
            Method::GET,
            "/api/v2/databases/sandbox/none",
            None,
            &[("x-request-id", "mine")],
        )
        .await;
    p.problem(404, "NOT_FOUND");
    assert_eq!(p.header("content-type"), Some("application/problem+json"));
    assert_eq!(p.header("x-request-id"), None);
    assert_eq!(p.body["request_id"], "mine");
    let anon_problem = anon(&sb).get("/api/v2/user").await;
    let rid = anon_problem.body["request_id"].as_str().unwrap();
    assert!(uuid::Uuid::parse_str(rid).is_ok(), "bare UUID, got {rid}");
    assert!(
        anon_problem.body["type"]
            .as_str()
            .unwrap()
            .starts_with("https://")
    );
    let list = c.get("/api/v2/databases/sandbox/shop/branches").await;
    assert_eq!(list.status, 200);
    assert!(
        list.body.get("meta").is_none(),
        "no meta on the last page: {}",
        list.text
    );
    assert_eq!(list.header("x-request-id"), None);

    sb.faults().set_v2_live_variants(false);
    let spec = c.get("/api/v2/databases/sandbox/shop/branches").await;
    assert_eq!(spec.body["meta"], Value::Object(Default::default()));
    assert!(spec.header("x-request-id").is_some());
}
