//! The `dolthub-sandbox` binary prints its URL and token and serves.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

struct Child(std::process::Child);

impl Drop for Child {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[tokio::test]
async fn binary_prints_url_and_token_and_serves() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = Child(
        Command::new(env!("CARGO_BIN_EXE_dolthub-sandbox"))
            .args([
                "--addr",
                "127.0.0.1:0",
                "--job-delay-ms",
                "10",
                "--page-size",
                "3",
            ])
            .args([
                "--user",
                "alice:dhat.alice.9",
                "--org",
                "team:alice,sandbox",
            ])
            .arg("--data-dir")
            .arg(dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("binary starts"),
    );
    let stdout = child.0.stdout.take().unwrap();
    let (url, token) = tokio::task::spawn_blocking(move || {
        let mut url = None;
        let mut token = None;
        for line in BufReader::new(stdout).lines() {
            let line = line.unwrap();
            if let Some(u) = line.strip_prefix("export DOLTHUB_API_URL=") {
                url = Some(u.to_string());
            }
            if let Some(t) = line.strip_prefix("export DOLTHUB_API_TOKEN=") {
                token = Some(t.to_string());
                break;
            }
        }
        (url.expect("URL printed"), token.expect("token printed"))
    })
    .await
    .unwrap();
    assert!(url.starts_with("http://127.0.0.1:"), "{url}");
    assert_eq!(token, dolthub_sandbox::DEFAULT_TOKEN);
    let client = reqwest::Client::new();
    for (t, user) in [(token.as_str(), "sandbox"), ("dhat.alice.9", "alice")] {
        let v: serde_json::Value = client
            .get(format!("{url}/api/v1alpha1/user"))
            .header("authorization", format!("token {t}"))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(v["username"], user);
    }
    let created = client
        .post(format!("{url}/api/v1alpha1/database"))
        .header("authorization", "token dhat.alice.9")
        .json(&serde_json::json!({"ownerName": "team", "repoName": "shared", "visibility": "private"}))
        .send()
        .await
        .unwrap();
    assert_eq!(created.status().as_u16(), 200);
    assert!(dir.path().join("state.json").exists() || dir.path().join("snapshots").exists());
}

#[test]
fn bad_flags_fail_with_a_message() {
    let out = Command::new(env!("CARGO_BIN_EXE_dolthub-sandbox"))
        .args(["--addr", "8.8.8.8:0"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("loopback"), "{err}");
    let out = Command::new(env!("CARGO_BIN_EXE_dolthub-sandbox"))
        .args(["--user", "nocolon"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("NAME:VALUE"));
}
