//! Presigned imports: upload sessions, part PUTs on the storage endpoint, ETags, the
//! replayed headers, expiry, and the `file_parts_md5` check at import creation.

use crate::v2_common::*;
use dolthub_sandbox::Sandbox;
use md5::{Digest, Md5};
use serde_json::{Value, json};
use std::time::Duration;

const CSV: &str = "id,name\n1,ada\n2,grace\n3,edsger\n";

fn b64(bytes: &[u8]) -> String {
    const A: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for c in bytes.chunks(3) {
        let n = (u32::from(c[0]) << 16)
            | (u32::from(*c.get(1).unwrap_or(&0)) << 8)
            | u32::from(*c.get(2).unwrap_or(&0));
        for i in 0..4 {
            if i <= c.len() {
                out.push(A[(n >> (18 - 6 * i)) as usize & 63] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// `file_parts_md5` as `dh` computes it.
fn parts_md5(parts: &[&[u8]]) -> String {
    let mut outer = Md5::new();
    for p in parts {
        outer.update(b64(&Md5::digest(p)).as_bytes());
    }
    b64(&outer.finalize())
}

async fn session(c: &V2, db: &str, len: usize, parts: u32) -> Value {
    let a = c
        .post(
            &format!("/api/v2/databases/{db}/imports/uploads"),
            json!({"content_length": len, "num_parts": parts, "file_type": "csv"}),
        )
        .await;
    assert_eq!(a.status, 201, "{}", a.text);
    a.data().clone()
}

/// PUTs one part the way a client should: every value of every session header.
async fn put(session: &Value, index: usize, bytes: &[u8], replay: bool) -> reqwest::Response {
    let url = session["parts"][index]["url"].as_str().unwrap();
    let mut req = reqwest::Client::new().put(url).body(bytes.to_vec());
    if replay {
        for (name, values) in session["headers"].as_object().unwrap() {
            for v in values.as_array().unwrap() {
                req = req.header(name.as_str(), v.as_str().unwrap());
            }
        }
    }
    req.send().await.unwrap()
}

fn import_body(s: &Value, etags: &[String], md5: &str, extra: Value) -> Value {
    let mut body = json!({
        "branch_name": "main",
        "table_name": "people",
        "file_name": "people.csv",
        "file_size": CSV.len(),
        "file_type": "csv",
        "import_operation": "create",
        "token": s["token"],
        "contents_key": s["contents_key"],
        "completed_parts": etags.iter().enumerate()
            .map(|(i, e)| json!({"part_number": i + 1, "etag": e})).collect::<Vec<_>>(),
        "file_parts_md5": md5,
        "primary_keys": ["id"],
    });
    if let (Some(b), Some(e)) = (body.as_object_mut(), extra.as_object()) {
        for (k, v) in e {
            b.insert(k.clone(), v.clone());
        }
    }
    body
}

#[tokio::test]
async fn v2_presigned_import_lands_on_the_branch() {
    let sb = sandbox().await;
    let c = v2(&sb);
    c.create_db("sandbox", "people", "public").await;
    // a fresh database has no branch until its first write
    c.write(
        "sandbox/people",
        "main",
        "CREATE TABLE seed (id INT PRIMARY KEY)",
    )
    .await;
    let (a, b) = CSV.as_bytes().split_at(12);
    let s = session(&c, "sandbox/people", CSV.len(), 2).await;
    assert_eq!(s["http_method"], "PUT");
    assert_eq!(s["parts"][1]["part_number"], 2);
    assert!(s["parts"][0]["url"].as_str().unwrap().starts_with(sb.url()));

    let refused = put(&s, 0, a, false).await;
    assert_eq!(refused.status(), 403, "headers must be replayed");
    let mut etags = Vec::new();
    for (i, bytes) in [a, b].iter().enumerate() {
        let r = put(&s, i, bytes, true).await;
        assert_eq!(r.status(), 200);
        let etag = r.headers()["etag"].to_str().unwrap().to_string();
        assert_eq!(etag, format!("\"{:x}\"", Md5::digest(bytes)));
        etags.push(etag);
    }
    let tampered = s["parts"][0]["url"]
        .as_str()
        .unwrap()
        .replace("signature=", "signature=0");
    let r = reqwest::Client::new()
        .put(tampered)
        .body("x")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);

    let md5 = parts_md5(&[a, b]);
    c.post(
        "/api/v2/databases/sandbox/people/imports",
        import_body(&s, &etags, "AAAAAAAAAAAAAAAAAAAAAA==", json!({})),
    )
    .await
    .problem(400, "VALIDATION_FAILED");
    let wrong_etag = vec![etags[0].clone(), "\"0000\"".to_string()];
    c.post(
        "/api/v2/databases/sandbox/people/imports",
        import_body(&s, &wrong_etag, &md5, json!({})),
    )
    .await
    .problem(400, "VALIDATION_FAILED");
    c.post(
        "/api/v2/databases/sandbox/people/imports",
        import_body(&s, &etags[..1], &md5, json!({})),
    )
    .await
    .problem(400, "VALIDATION_FAILED");
    c.post(
        "/api/v2/databases/sandbox/people/imports",
        import_body(&s, &etags, &md5, json!({"file_size": 5})),
    )
    .await
    .problem(400, "VALIDATION_FAILED");

    let started = c
        .post(
            "/api/v2/databases/sandbox/people/imports",
            import_body(&s, &etags, &md5, json!({"commit_message": "Load people"})),
        )
        .await;
    let op = c.wait(&started).await;
    assert_eq!(op["type"], "import");
    assert_eq!(op["status"], "succeeded", "{op}");
    let rows = c
        .read(
            "sandbox/people",
            "main",
            "SELECT name FROM people ORDER BY id",
        )
        .await;
    assert_eq!(rows["rows"], json!([["ada"], ["grace"], ["edsger"]]));
    let log = c
        .read(
            "sandbox/people",
            "main",
            "SELECT message FROM dolt_log LIMIT 1",
        )
        .await;
    assert_eq!(log["rows"], json!([["Load people"]]));
    // one import per upload session
    c.post(
        "/api/v2/databases/sandbox/people/imports",
        import_body(&s, &etags, &md5, json!({})),
    )
    .await
    .problem(400, "VALIDATION_FAILED");
}

#[tokio::test]
async fn v2_import_to_a_pull_request_branch_with_a_column_map() {
    let sb = sandbox().await;
    let c = v2(&sb);
    c.create_db("sandbox", "people", "public").await;
    c.write(
        "sandbox/people",
        "main",
        "CREATE TABLE seed (id INT PRIMARY KEY)",
    )
    .await;
    let s = session(&c, "sandbox/people", CSV.len(), 1).await;
    let r = put(&s, 0, CSV.as_bytes(), true).await;
    let etag = r.headers()["etag"].to_str().unwrap().to_string();
    let body = import_body(
        &s,
        &[etag],
        &parts_md5(&[CSV.as_bytes()]),
        json!({
            "pull_request_branch_name": "load-people",
            "column_map": {"name": "full_name"},
        }),
    );
    let op = c
        .wait(
            &c.post("/api/v2/databases/sandbox/people/imports", body)
                .await,
        )
        .await;
    assert_eq!(op["status"], "succeeded", "{op}");
    let n = op["result"]["pull_id"]
        .as_u64()
        .expect("an import to a branch opens a pull request");
    let pull = c
        .get(&format!("/api/v2/databases/sandbox/people/pulls/{n}"))
        .await;
    assert_eq!(pull.data()["from_branch"]["branch_name"], "load-people");
    assert_eq!(pull.data()["to_branch"]["branch_name"], "main");
    let rows = c
        .read(
            "sandbox/people",
            "load-people",
            "SELECT full_name FROM people WHERE id = 1",
        )
        .await;
    assert_eq!(rows["rows"], json!([["ada"]]), "{rows}");
    assert_eq!(
        c.read("sandbox/people", "main", "SHOW TABLES").await["rows"],
        json!([["seed"]])
    );
}

#[tokio::test]
async fn v2_expired_part_urls_are_refused() {
    let sb = Sandbox::builder()
        .upload_url_ttl(Duration::ZERO)
        .start()
        .await
        .unwrap();
    let c = v2(&sb);
    c.create_db("sandbox", "people", "public").await;
    let s = session(&c, "sandbox/people", CSV.len(), 1).await;
    let r = put(&s, 0, CSV.as_bytes(), true).await;
    assert_eq!(r.status(), 403);
    let text = r.text().await.unwrap();
    assert!(text.contains("expired"), "{text}");
    assert!(
        !text.contains("signature="),
        "errors never echo the signed URL"
    );
}

#[tokio::test]
async fn v2_upload_sessions_check_their_inputs() {
    let sb = Sandbox::builder()
        .max_import_bytes(100)
        .start()
        .await
        .unwrap();
    let c = v2(&sb);
    c.create_db("sandbox", "people", "public").await;
    let path = "/api/v2/databases/sandbox/people/imports/uploads";
    for bad in [
        json!({"content_length": 0, "num_parts": 1, "file_type": "csv"}),
        json!({"content_length": 101, "num_parts": 1, "file_type": "csv"}),
        json!({"content_length": 10, "num_parts": 11, "file_type": "csv"}),
        json!({"content_length": 10, "num_parts": 1, "file_type": "docx"}),
    ] {
        c.post(path, bad).await.problem(400, "VALIDATION_FAILED");
    }
    anon(&sb)
        .post(
            path,
            json!({"content_length": 10, "num_parts": 1, "file_type": "csv"}),
        )
        .await
        .problem(401, "UNAUTHENTICATED");
    let s = session(&c, "sandbox/people", 10, 1).await;
    let r = put(&s, 0, &[b'x'; 11], true).await;
    assert_eq!(r.status(), 400, "a part cannot exceed the declared length");
}

/// The first import into a database that has no branch yet, on `branch_name: main`.
/// DoltHub's v2 material is silent on this case (see the README); the sandbox's choice is
/// pinned here: a direct import creates `main` with the import's commit, and an import
/// through a pull request branch creates both, the pull request proposing the data to a
/// `main` that starts at the same commit.
#[tokio::test]
async fn v2_first_import_into_a_new_database_creates_the_branch() {
    let sb = sandbox().await;
    let c = v2(&sb);
    for (db, extra) in [
        ("direct", json!({})),
        ("via-pr", json!({"pull_request_branch_name": "load-people"})),
    ] {
        c.create_db("sandbox", db, "public").await;
        let path = format!("sandbox/{db}");
        let none = c.get(&format!("/api/v2/databases/{path}/branches")).await;
        assert_eq!(none.data(), &json!([]), "a new database has no branch");
        let s = session(&c, &path, CSV.len(), 1).await;
        let r = put(&s, 0, CSV.as_bytes(), true).await;
        let etag = r.headers()["etag"].to_str().unwrap().to_string();
        let body = import_body(&s, &[etag], &parts_md5(&[CSV.as_bytes()]), extra);
        let op = c
            .wait(
                &c.post(&format!("/api/v2/databases/{path}/imports"), body)
                    .await,
            )
            .await;
        assert_eq!(op["status"], "succeeded", "{db}: {op}");
        let branches = c.get(&format!("/api/v2/databases/{path}/branches")).await;
        let names: Vec<&str> = branches
            .data()
            .as_array()
            .unwrap()
            .iter()
            .map(|b| b["name"].as_str().unwrap())
            .collect();
        let landed = if db == "direct" {
            assert_eq!(names, ["main"], "{db}");
            "main"
        } else {
            assert_eq!(names, ["load-people", "main"], "{db}");
            assert!(op["result"]["pull_id"].as_u64().is_some(), "{op}");
            "load-people"
        };
        let rows = c
            .read(&path, landed, "SELECT name FROM people ORDER BY id")
            .await;
        assert_eq!(
            rows["rows"],
            json!([["ada"], ["grace"], ["edsger"]]),
            "{db}"
        );
    }
}
