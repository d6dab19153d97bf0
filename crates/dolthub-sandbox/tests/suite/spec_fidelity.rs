//! Every operation of the spec is answered by a real route (no 404 "no such route",
//! no 405), with and without the resources it names.

use crate::common::*;
use dolthub_api::spec_index::{HAND_WRITTEN_OPERATIONS, OPERATIONS};
use serde_json::Value;

fn concrete(path: &str, owner: &str, db: &str) -> String {
    path.replace("{owner}", owner)
        .replace("{database}", db)
        .replace("{ref}", "main")
        .replace("{from_branch}", "main")
        .replace("{to_branch}", "main")
        .replace("{pull_id}", "1")
        .replace("{username}", owner)
        .replace("{table}", "t")
}

#[tokio::test]
async fn every_spec_operation_is_routed() {
    assert_eq!(OPERATIONS.len(), 28, "the spec has 28 operations");
    assert_eq!(HAND_WRITTEN_OPERATIONS, &["upload_file"]);
    let sb = sandbox().await;
    let me = sb.username().to_string();
    create_db(&sb, "fidelity").await;
    write_ok(
        &sb,
        "fidelity",
        "main",
        "main",
        "CREATE TABLE t (id INT PRIMARY KEY)",
    )
    .await;

    let mut answered = Vec::new();
    for db in ["fidelity", "missing"] {
        for op in OPERATIONS {
            assert!(!op.path.contains("{{"), "{}", op.id);
            let url = format!("{}{}", sb.url(), concrete(op.path, &me, db));
            let method = reqwest::Method::from_bytes(op.method.as_bytes()).unwrap();
            let mut req = raw(&sb).request(method, &url);
            if op.method != "GET" {
                req = req.header("content-type", "application/json").body("{}");
            }
            let resp = req.send().await.unwrap();
            let status = resp.status().as_u16();
            let text = resp.text().await.unwrap();
            assert_ne!(status, 405, "{} {} -> 405: {text}", op.method, op.path);
            let body: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
            let message = body["message"].as_str().unwrap_or_default();
            assert!(
                !message.starts_with("no such route"),
                "{} {} is not routed: {text}",
                op.method,
                op.path
            );
            answered.push(op.id);
        }
    }
    assert_eq!(answered.len(), 56);
}

#[tokio::test]
async fn literal_routes_shadow_refs_with_the_same_name() {
    let sb = sandbox().await;
    let me = sb.username().to_string();
    create_db(&sb, "lit").await;
    write_ok(&sb, "lit", "main", "branches", "CREATE TABLE t (id INT)").await;
    // GET /{owner}/{database}/branches lists branches; it is not a SQL read of branch "branches"
    let (s, v) = status_json(
        raw(&sb)
            .get(format!(
                "{}/api/v1alpha1/{me}/lit/branches?q=SELECT%201",
                sb.url()
            ))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(s, 200);
    assert!(v.get("branches").is_some(), "{v}");
    // a branch with a slash is read through %2F
    write_ok(&sb, "lit", "main", "a/b", "CREATE TABLE u (id INT)").await;
    let r = read(&sb, "lit", "a/b", "SHOW TABLES").await;
    assert_eq!(r.commit_ref.as_deref(), Some("a/b"));
    assert_eq!(cells(&r), vec![vec!["u"]]);
}

#[tokio::test]
async fn empty_lists_are_sent_as_empty_arrays() {
    let sb = sandbox().await;
    let me = sb.username().to_string();
    // a new database, as DoltHub leaves it: no commit and no branch
    create_fresh_db(&sb, "empty").await;
    for (path, key) in [
        (format!("{me}/empty/branches"), "branches"),
        (format!("{me}/empty/main?q=SHOW%20TABLES"), "rows"),
        (format!("{me}/empty/main?q=SELEC"), "schema"),
        (format!("{me}/empty/pulls"), "pulls"),
        (format!("{me}/empty/tags"), "tags"),
        (format!("{me}/empty/releases"), "releases"),
        (format!("{me}/empty/jobs"), "jobs"),
        (format!("{me}/empty/forks"), "forks"),
        (
            "users/nobody-yet/operations".replace("nobody-yet", &me),
            "operations",
        ),
    ] {
        let (s, v) = status_json(
            raw(&sb)
                .get(format!("{}/api/v1alpha1/{path}", sb.url()))
                .send()
                .await
                .unwrap(),
        )
        .await;
        assert_eq!(s, 200, "{path}: {v}");
        assert_eq!(v[key], serde_json::json!([]), "{path}: {v}");
    }
}

/// Whether the spec lets `op` be called without a token: its own `security` (or the
/// document's) lists the empty requirement `{}`.
fn anonymous_allowed(spec: &serde_yaml::Value, op: &serde_yaml::Value) -> bool {
    let security = op.get("security").unwrap_or(&spec["security"]);
    security
        .as_sequence()
        .expect("security is a list")
        .iter()
        .any(|req| req.as_mapping().is_some_and(|m| m.is_empty()))
}

#[tokio::test]
async fn anonymous_gets_match_the_security_the_spec_declares() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../openapi/dolthub-v1alpha1.yaml"
    );
    let spec: serde_yaml::Value =
        serde_yaml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let sb = sandbox().await;
    let me = sb.username().to_string();
    create_db(&sb, "anon").await;
    write_ok(
        &sb,
        "anon",
        "main",
        "main",
        "CREATE TABLE t (id INT PRIMARY KEY)",
    )
    .await;

    let mut checked = Vec::new();
    for (template, item) in spec["paths"].as_mapping().unwrap() {
        let template = template.as_str().unwrap();
        let Some(get) = item.get("get") else { continue };
        let id = get["operationId"].as_str().unwrap();
        // The default-branch read is anonymous-only (a token there is refused): skip it.
        if id == "sql_read_default_branch" {
            continue;
        }
        let url = format!("{}{}", sb.url(), concrete(template, &me, "anon"));
        let resp = raw_anon().get(&url).send().await.unwrap();
        let status = resp.status().as_u16();
        let text = resp.text().await.unwrap();
        // `/user` sends what DoltHub is seen to send anonymous callers there.
        let refused = text.contains("Not authenticated")
            || (id == "get_current_user" && text.contains("no authentication"));
        if anonymous_allowed(&spec, get) {
            // Allowed: answered, or refused for another reason (`no such pull` for pull 1).
            assert!(
                !refused && status != 401,
                "{id}: the spec allows anonymous calls, the sandbox answered {status} {text}"
            );
        } else {
            assert!(
                status == 400 && refused,
                "{id}: the spec requires a token, the sandbox answered {status} {text}"
            );
        }
        checked.push(id);
    }
    for id in [
        "list_branches",
        "list_tags",
        "list_releases",
        "list_jobs",
        "list_forks",
    ] {
        assert!(checked.contains(&id), "{id} was checked");
    }
}
