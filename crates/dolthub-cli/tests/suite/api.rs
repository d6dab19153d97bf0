//! `dolthub api`: raw calls against an in-process sandbox (127.0.0.1 only).

use std::time::Duration;

use assert_cmd::Command;
use serde_json::Value;

const TOKEN: &str = "dhat.alice.0000000000000001";

struct Env {
    sandbox: dolthub_sandbox::Sandbox,
    _rt: tokio::runtime::Runtime,
}

impl Env {
    fn new() -> Env {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .unwrap();
        let sandbox = rt
            .block_on(
                dolthub_sandbox::Sandbox::builder()
                    .job_delay(Duration::from_millis(20))
                    .user("alice", TOKEN)
                    .releases_page_size(1)
                    .start(),
            )
            .unwrap();
        Env { sandbox, _rt: rt }
    }

    fn cmd(&self) -> Command {
        let mut cmd = Command::cargo_bin("dolthub").unwrap();
        for var in [
            "DOLTHUB_API_TOKEN",
            "DOLTHUB_API_URL",
            "DOLTHUB_DB",
            "DOLTHUB_API_VERSION",
        ] {
            cmd.env_remove(var);
        }
        cmd.env("DOLTHUB_CONFIG_DIR", crate::home::UNUSED_CONFIG_DIR);
        cmd.args(["--api-url", self.sandbox.url(), "--token", TOKEN]);
        cmd.timeout(Duration::from_secs(60));
        cmd
    }

    fn ok(&self, args: &[&str]) -> String {
        let out = self.cmd().args(args).assert().success();
        String::from_utf8(out.get_output().stdout.clone()).unwrap()
    }
}

#[test]
fn api_user_prints_the_json_and_include_adds_status_and_headers() {
    let env = Env::new();
    let me: Value = serde_json::from_str(&env.ok(&["api", "/user"])).unwrap();
    assert_eq!(me["username"], "alice");
    let text = env.ok(&["api", "user", "--include"]);
    assert!(text.starts_with("HTTP 200\n"), "{text}");
    assert!(
        text.to_ascii_lowercase()
            .contains("content-type: application/json"),
        "{text}"
    );
    assert!(!text.contains(TOKEN));
}

#[test]
fn api_refuses_another_origin_before_sending() {
    let env = Env::new();
    let out = env
        .cmd()
        .args(["api", "http://127.0.0.2:9/api/v1alpha1/user"])
        .assert()
        .failure();
    let stderr = String::from_utf8_lossy(&out.get_output().stderr);
    assert!(stderr.contains("refusing"), "{stderr}");
    assert!(!stderr.contains(TOKEN));
}

#[test]
fn api_posts_fields_and_input_and_paginates() {
    let env = Env::new();
    let dir = tempfile::tempdir().unwrap();
    let body = dir.path().join("db.json");
    std::fs::write(
        &body,
        r#"{"ownerName":"alice","repoName":"museum","visibility":"public","description":"d"}"#,
    )
    .unwrap();
    env.ok(&["api", "/database", "--input", body.to_str().unwrap()]);
    env.ok(&[
        "api",
        "-X",
        "POST",
        "/alice/museum/write/main/main?q=CREATE%20TABLE%20t%20(id%20INT%20PRIMARY%20KEY)",
    ]);
    // Three releases, one per page: --paginate walks all three pages.
    let wait_for_main = || {
        for _ in 0..200 {
            let branches = env.ok(&["api", "/alice/museum/branches"]);
            if branches.contains("\"main\"") {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("main never appeared");
    };
    wait_for_main();
    for tag in ["v1", "v2", "v3"] {
        env.ok(&[
            "api",
            "-X",
            "POST",
            "/alice/museum/releases",
            "-F",
            &format!("title=\"{tag}\""),
            "-f",
            &format!("tag={tag}"),
            "-f",
            "commitSha=main",
            "-F",
            "createTagIfNotExists=true",
        ]);
    }
    let text = env.ok(&["api", "/alice/museum/releases", "--paginate"]);
    let pages: Vec<Value> = serde_json::Deserializer::from_str(&text)
        .into_iter()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(pages.len(), 3, "{text}");
    let releases: usize = pages
        .iter()
        .map(|p| p["releases"].as_array().map_or(0, Vec::len))
        .sum();
    assert_eq!(releases, 3, "{text}");
}
