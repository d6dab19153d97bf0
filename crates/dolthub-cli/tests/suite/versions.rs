//! The `dolthub` command on both API versions against one sandbox: every
//! command on v1alpha1 and v2 (or its clear refusal, exit 7), the
//! `--api-version` / `DOLTHUB_API_VERSION` precedence, the v2-only options
//! and the tour on both versions.

use std::time::Duration;

use assert_cmd::Command;
use serde_json::Value;

const ALICE_V1: &str = "dhat.alice.0000000000000001";
const ALICE_V2: &str = "dh_alice_000000000000000000001";

/// The two versions, by their flag value.
const BOTH: [&str; 2] = ["v1alpha1", "v2"];

/// A sandbox and the version (and matching token) every command speaks.
struct Env {
    sandbox: dolthub_sandbox::Sandbox,
    version: &'static str,
    _rt: tokio::runtime::Runtime,
}

impl Env {
    fn new(version: &'static str) -> Env {
        Env::with(version, |b| b)
    }

    fn with(
        version: &'static str,
        configure: impl FnOnce(dolthub_sandbox::SandboxBuilder) -> dolthub_sandbox::SandboxBuilder,
    ) -> Env {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .unwrap();
        let builder = dolthub_sandbox::Sandbox::builder()
            .job_delay(Duration::from_millis(20))
            .user("alice", ALICE_V1)
            .v2_token("alice", ALICE_V2);
        let sandbox = rt.block_on(configure(builder).start()).unwrap();
        Env {
            sandbox,
            version,
            _rt: rt,
        }
    }

    fn v2(&self) -> bool {
        self.version == "v2"
    }

    /// The default user's token for this version.
    fn token(&self) -> &str {
        if self.v2() {
            self.sandbox.v2_token()
        } else {
            self.sandbox.token()
        }
    }

    fn alice(&self) -> &'static str {
        if self.v2() { ALICE_V2 } else { ALICE_V1 }
    }

    fn cmd(&self) -> Command {
        self.cmd_as(self.token())
    }

    fn cmd_as(&self, token: &str) -> Command {
        let mut cmd = bare();
        cmd.args([
            "--api-url",
            self.sandbox.url(),
            "--token",
            token,
            "--api-version",
            self.version,
        ]);
        cmd
    }

    /// Exit 0 with a silent stderr; stdout.
    fn ok(&self, args: &[&str]) -> String {
        let out = self.cmd().args(args).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            out.status.success() && stderr.is_empty(),
            "[{}] {args:?} failed ({:?}): {stderr}",
            self.version,
            out.status.code()
        );
        String::from_utf8(out.stdout).unwrap()
    }

    fn json(&self, args: &[&str]) -> Value {
        let text = self.ok(&[args, &["--json"]].concat());
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
    }

    /// Exit `code`; stderr.
    fn fails(&self, args: &[&str], code: i32) -> String {
        let out = self.cmd().args(args).output().unwrap();
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(
            out.status.code(),
            Some(code),
            "[{}] {args:?}: {stderr}",
            self.version
        );
        stderr
    }

    /// Exit 7 naming the version, with a hint; nothing sent (state unchanged).
    fn refused(&self, args: &[&str], names: &str) -> String {
        let before = self.sandbox.fingerprint();
        let stderr = self.fails(args, 7);
        assert!(
            stderr.contains(names) && stderr.contains(&format!("API {}", self.version)),
            "[{}] {args:?}: {stderr}",
            self.version
        );
        assert!(stderr.contains("hint: "), "{stderr}");
        assert_eq!(self.sandbox.fingerprint(), before, "{args:?} changed state");
        stderr
    }

    /// `sandbox/<name>` with table `pieces` on main and a `feature` branch one row ahead.
    fn seeded(&self, name: &str) -> String {
        let db = format!("sandbox/{name}");
        self.ok(&["db", "create", &db, "--public"]);
        self.ok(&[
            "sql",
            "write",
            "--db",
            &db,
            "--from",
            "main",
            "--wait",
            "CREATE TABLE pieces (id INT PRIMARY KEY, title VARCHAR(100), year INT)",
        ]);
        self.ok(&["branch", "create", "feature", "--from", "main", "--db", &db]);
        self.ok(&[
            "sql",
            "write",
            "--db",
            &db,
            "--from",
            "feature",
            "--wait",
            "INSERT INTO pieces VALUES (1, 'Nighthawks', 1942), (2, 'Water Lilies', 1906)",
        ]);
        db
    }
}

/// The binary with none of the configuration variables set and no config file.
fn bare() -> Command {
    crate::home::bare_command(std::path::Path::new(crate::home::UNUSED_CONFIG_DIR))
}

// ---------------------------------------------------------------- choosing the version

/// `-v` names the version the client speaks.
fn chosen(env_value: Option<&str>, flag: Option<&str>, token: &str, url: &str) -> (i32, String) {
    let mut cmd = bare();
    cmd.args(["--api-url", url, "--token", token, "-v", "user"]);
    if let Some(v) = env_value {
        cmd.env("DOLTHUB_API_VERSION", v);
    }
    if let Some(f) = flag {
        cmd.args(["--api-version", f]);
    }
    let out = cmd.output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn the_flag_beats_the_environment_which_beats_auto() {
    let env = Env::new("v2");
    let (v1, v2, url) = (
        env.sandbox.token(),
        env.sandbox.v2_token(),
        env.sandbox.url(),
    );
    // auto: a sandbox is not DoltHub, so v1alpha1 (whatever the token looks like).
    let (code, err) = chosen(None, None, v1, url);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("api_version=v1alpha1"), "{err}");
    assert!(err.contains("auto"), "{err}");
    // the environment alone (any case)
    let (code, err) = chosen(Some("V2"), None, v2, url);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("api_version=v2"), "{err}");
    // the flag wins over the environment, both ways
    let (code, err) = chosen(Some("v2"), Some("v1alpha1"), v1, url);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("api_version=v1alpha1"), "{err}");
    let (code, err) = chosen(Some("v1alpha1"), Some("v2"), v2, url);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("api_version=v2"), "{err}");
    // an explicit `auto` flag also beats the environment
    let (code, err) = chosen(Some("v2"), Some("auto"), v1, url);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("api_version=v1alpha1"), "{err}");
    // the token never shows in the debug output
    assert!(!err.contains(v1), "{err}");
    // the config file's api_version comes after the environment and the flag
    let dir = tempfile::tempdir().unwrap();
    let with_config = |env_value: Option<&str>, flag: Option<&str>, token: &str| {
        let mut cmd = bare();
        cmd.env("DOLTHUB_CONFIG_DIR", dir.path());
        cmd.args(["--api-url", url, "--token", token, "-v", "user"]);
        if let Some(v) = env_value {
            cmd.env("DOLTHUB_API_VERSION", v);
        }
        if let Some(f) = flag {
            cmd.args(["--api-version", f]);
        }
        let out = cmd.output().unwrap();
        String::from_utf8(out.stderr).unwrap()
    };
    let out = bare()
        .env("DOLTHUB_CONFIG_DIR", dir.path())
        .args(["config", "set", "api_version", "v2"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let err = with_config(None, None, v2);
    assert!(
        err.contains("api_version=v2") && err.contains("config.json"),
        "{err}"
    );
    let err = with_config(Some("v1alpha1"), None, v1);
    assert!(err.contains("api_version=v1alpha1"), "{err}");
    let err = with_config(Some("v1alpha1"), Some("v2"), v2);
    assert!(
        err.contains("api_version=v2") && err.contains("--api-version"),
        "{err}"
    );
    // An explicit `auto` is a choice, not "not given": the flag set to auto beats the
    // file's v2 (a sandbox is not DoltHub, so auto speaks v1alpha1), and so does the
    // variable set to auto; each names where the choice came from.
    let err = with_config(None, Some("auto"), v1);
    assert!(
        err.contains("api_version=v1alpha1")
            && err.contains("choice=\"auto\"")
            && err.contains("--api-version flag"),
        "{err}"
    );
    let err = with_config(Some("auto"), None, v1);
    assert!(
        err.contains("api_version=v1alpha1")
            && err.contains("choice=\"auto\"")
            && err.contains("DOLTHUB_API_VERSION"),
        "{err}"
    );
    let err = with_config(Some("v2"), Some("auto"), v1);
    assert!(
        err.contains("api_version=v1alpha1") && err.contains("--api-version flag"),
        "{err}"
    );

    // unknown names are usage errors, from either source
    let (code, err) = chosen(Some("v3"), None, v1, url);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("v3") && err.contains("v2"), "{err}");
    let (code, err) = chosen(None, Some("v9"), v1, url);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("v9"), "{err}");
}

#[test]
fn help_documents_the_option_and_exit_7() {
    let out = bare().arg("--help").output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    for needle in [
        "--api-version",
        "DOLTHUB_API_VERSION",
        "7  unsupported",
        "v1alpha1",
    ] {
        assert!(text.contains(needle), "help lacks {needle:?}");
    }
}

#[test]
fn a_version_refusal_is_a_distinct_json_error_kind() {
    let env = Env::new("v1alpha1");
    let out = env
        .cmd()
        .args(["db", "view", "sandbox/x", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(7));
    let doc: Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(doc["error"]["kind"], "unsupported");
    assert_eq!(doc["error"]["exit_code"], 7);
    assert!(
        doc["error"]["hint"]
            .as_str()
            .unwrap()
            .contains("--api-version v2")
    );
}

// ---------------------------------------------------------------- databases

#[test]
fn databases_and_forks_on_both_versions() {
    for version in BOTH {
        let env = Env::new(version);
        let me = env.json(&["user"]);
        assert_eq!(me["username"], "sandbox", "[{version}]");

        let v = env.json(&[
            "db",
            "create",
            "sandbox/museum",
            "--public",
            "--description",
            "Pieces",
        ]);
        assert_eq!(v["visibility"], "public", "[{version}] {v}");
        env.fails(&["db", "create", "sandbox/museum", "--public"], 3);

        if env.v2() {
            let v = env.json(&["db", "view", "sandbox/museum"]);
            assert_eq!(v["database"], "sandbox/museum");
            assert_eq!(v["description"], "Pieces");
            assert!(v.get("forks").is_none(), "{v}");
            let text = env.ok(&["db", "view", "--db", "sandbox/museum", "--format", "table"]);
            assert!(
                text.contains("visibility:") && text.contains("public"),
                "{text}"
            );
            env.fails(&["db", "view", "sandbox/nope"], 5);
        } else {
            let err = env.refused(&["db", "view", "sandbox/museum"], "`db view`");
            assert!(err.contains("branch list --db sandbox/museum"), "{err}");
        }

        // alice's database, forked by the default user
        env.cmd_as(env.alice())
            .args(["db", "create", "alice/prices", "--public"])
            .assert()
            .success();
        let v = env.json(&["fork", "alice/prices", "--wait"]);
        assert_eq!(v["status"], "done", "[{version}] {v}");
        assert_eq!(v["owner"], "sandbox");
        let v = env.json(&["fork", "list", "alice/prices"]);
        let forks = v["forks"].as_array().unwrap();
        assert!(
            forks.iter().any(|f| f["owner"] == "sandbox"),
            "[{version}] {v}"
        );
        if env.v2() {
            let v = env.json(&["db", "view", "alice/prices", "--forks"]);
            assert_eq!(v["forks"], serde_json::json!(["sandbox/prices"]), "{v}");
            let v = env.json(&["db", "view", "sandbox/prices"]);
            assert_eq!(v["parent"], "alice/prices", "{v}");
        }
    }
}

// ---------------------------------------------------------------- branches, tags, releases

#[test]
fn refs_on_both_versions() {
    for version in BOTH {
        let env = Env::new(version);
        let db = env.seeded("refs");
        let v = env.json(&["branch", "list", "--db", &db]);
        let names: Vec<&str> = v["branches"]
            .as_array()
            .unwrap()
            .iter()
            .map(|b| b["name"].as_str().unwrap())
            .collect();
        assert!(
            names.contains(&"main") && names.contains(&"feature"),
            "[{version}] {v}"
        );

        let v = env.json(&[
            "tag", "create", "v1", "--from", "feature", "-m", "First", "--db", &db,
        ]);
        assert_eq!(v["name"], "v1", "[{version}] {v}");
        let v = env.json(&["tag", "list", "--db", &db]);
        assert_eq!(v["tags"][0]["name"], "v1", "[{version}] {v}");

        let v = env.json(&[
            "release", "create", "v1", "--title", "Spring", "--commit", "feature", "--db", &db,
        ]);
        assert_eq!(v["tag"], "v1", "[{version}] {v}");
        let v = env.json(&["release", "list", "--db", &db]);
        assert_eq!(v["releases"][0]["title"], "Spring", "[{version}] {v}");

        // a branch and a tag from a tag (v2 has no tag start: its commit is used)
        env.ok(&["branch", "create", "from-tag", "--from", "v1", "--db", &db]);
        env.ok(&["tag", "create", "v1-copy", "--from", "v1", "--db", &db]);
        let v = env.json(&[
            "sql",
            "SELECT COUNT(*) AS n FROM pieces",
            "--ref",
            "from-tag",
            "--db",
            &db,
        ]);
        let n = &v["rows"][0]["n"];
        assert!(n == "2" || n == 2, "[{version}] {v}");
        env.fails(&["branch", "create", "x", "--from", "nope", "--db", &db], 5);
        // a zip of every table on both versions
        let dir = tempfile::tempdir().unwrap();
        let zip = dir.path().join("all.zip");
        env.ok(&[
            "csv",
            "--zip",
            "--ref",
            "feature",
            "-o",
            zip.to_str().unwrap(),
            "--db",
            &db,
        ]);
        assert!(
            std::fs::read(&zip).unwrap().starts_with(b"PK"),
            "[{version}] not a zip"
        );

        env.ok(&["branch", "delete", "feature", "--db", &db, "--wait"]);
        let v = env.json(&["branch", "list", "--db", &db]);
        assert_eq!(v["count"], 2, "[{version}] {v}");
        assert!(!v.to_string().contains("\"feature\""), "[{version}] {v}");
    }
}

// ---------------------------------------------------------------- pull requests

#[test]
fn pull_requests_on_both_versions() {
    for version in BOTH {
        let env = Env::new(version);
        let db = env.seeded("pulls");
        let id = env
            .ok(&[
                "pr", "create", "--from", "feature", "--title", "Add rows", "--db", &db,
            ])
            .trim()
            .to_owned();
        assert_eq!(id, "1", "[{version}]");
        let v = env.json(&["pr", "list", "--state", "open", "--db", &db]);
        assert_eq!(v["count"], 1, "[{version}] {v}");
        let v = env.json(&["pr", "edit", &id, "--title", "Add two rows", "--db", &db]);
        assert_eq!(v["id"], "1", "[{version}] {v}");
        let v = env.json(&["pr", "view", &id, "--db", &db]);
        assert_eq!(v["title"], "Add two rows", "[{version}] {v}");
        env.ok(&["pr", "comment", &id, "--body", "Looks right", "--db", &db]);

        if env.v2() {
            let v = env.json(&["pr", "view", &id, "--comments", "--db", &db]);
            assert_eq!(v["title"], "Add two rows");
            assert_eq!(v["comments"][0]["body"], "Looks right", "{v}");
            assert_eq!(v["comments"][0]["author"], "sandbox", "{v}");
            let text = env.ok(&["pr", "view", &id, "-c", "--db", &db, "--format", "table"]);
            assert!(
                text.contains("comment 1:") && text.contains("Looks right"),
                "{text}"
            );
            env.refused(
                &["pr", "list", "--review", "approved", "--db", &db],
                "`pr list --review`",
            );
        } else {
            env.refused(
                &["pr", "view", &id, "--comments", "--db", &db],
                "`pr view --comments`",
            );
        }
        // --search on both (the server on v1alpha1, the command on v2)
        let v = env.json(&["pr", "list", "--search", "TWO", "--db", &db]);
        assert_eq!(v["count"], 1, "[{version}] {v}");
        let v = env.json(&["pr", "list", "--search", "nothing like it", "--db", &db]);
        assert_eq!(v["count"], 0, "[{version}] {v}");

        let v = env.json(&["pr", "merge", &id, "--wait", "--db", &db]);
        assert_eq!(v["status"], "merged", "[{version}] {v}");
        let v = env.json(&["pr", "view", &id, "--db", &db]);
        assert_eq!(v["state"], "merged", "[{version}] {v}");

        env.ok(&["branch", "create", "other", "--from", "main", "--db", &db]);
        env.ok(&[
            "sql",
            "write",
            "--db",
            &db,
            "--from",
            "other",
            "--wait",
            "INSERT INTO pieces VALUES (3, 'Flaming June', 1895)",
        ]);
        let second = env
            .ok(&[
                "pr", "create", "--from", "other", "--title", "More", "--db", &db,
            ])
            .trim()
            .to_owned();
        let v = env.json(&["pr", "close", &second, "--db", &db]);
        assert_eq!(v["state"], "closed", "[{version}] {v}");
    }
}

// ---------------------------------------------------------------- imports

#[test]
fn imports_on_both_versions() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("pieces.csv");
    std::fs::write(&file, "id,title\n1,Nighthawks\n2,Water Lilies\n").unwrap();
    let file = file.to_str().unwrap();
    for version in BOTH {
        let env = Env::new(version);
        let db = "sandbox/imports";
        env.ok(&["db", "create", db, "--public"]);
        // The first import needs no --branch on either version.
        let v = env.json(&[
            "import", file, "--table", "pieces", "--pk", "id", "--db", db, "--wait",
        ]);
        assert_eq!(v["status"], "done", "[{version}] {v}");
        assert_eq!(v["branch"], "main", "[{version}] {v}");
        if env.v2() {
            // v2 commits straight to the branch...
            let rows = env.json(&["sql", "SELECT COUNT(*) AS n FROM pieces", "--db", db]);
            let n = &rows["rows"][0]["n"];
            assert!(n == "2" || n == 2, "{rows}");
            // ...or opens a pull request from a new branch when asked.
            let v = env.json(&[
                "import",
                file,
                "--table",
                "pieces",
                "--op",
                "update",
                "--branch",
                "main",
                "--pr-branch",
                "more",
                "-m",
                "Refresh",
                "--db",
                db,
                "--wait",
            ]);
            assert!(!v["pull_id"].as_str().unwrap().is_empty(), "{v}");
        } else {
            assert!(!v["pull_id"].as_str().unwrap().is_empty(), "{v}");
            env.refused(
                &[
                    "import",
                    file,
                    "--table",
                    "pieces",
                    "--op",
                    "update",
                    "--pr-branch",
                    "more",
                    "--db",
                    db,
                ],
                "`import --pr-branch/--commit-message`",
            );
        }
    }
}

// ---------------------------------------------------------------- SQL

#[test]
fn sql_on_both_versions() {
    for version in BOTH {
        let env = Env::new(version);
        let db = env.seeded("sql");
        let q = "SELECT id, title FROM pieces ORDER BY id";
        let v = env.json(&["sql", q, "--ref", "feature", "--db", &db]);
        assert_eq!(v["row_count"], 2, "[{version}] {v}");

        // --limit: the server on v2, the command on v1alpha1; same answer, no warning.
        let out = env
            .cmd()
            .args([
                "sql", q, "--ref", "feature", "--limit", "1", "--db", &db, "--json",
            ])
            .output()
            .unwrap();
        assert!(out.status.success(), "[{version}]");
        assert!(
            out.stderr.is_empty(),
            "[{version}] {:?}",
            String::from_utf8_lossy(&out.stderr)
        );
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(v["row_count"], 1, "[{version}] {v}");
        assert_eq!(v["rows"][0]["title"], "Nighthawks", "[{version}] {v}");
        assert_eq!(v["truncated"], true, "[{version}] {v}");
        env.fails(&["sql", q, "--limit", "0", "--db", &db], 2);
        env.fails(&["sql", q, "--limit", "1", "--all", "--db", &db], 2);

        // --all pages on both versions (CSV export on v1alpha1, key pages on v2).
        let text = env.ok(&[
            "sql",
            "SELECT * FROM pieces",
            "--ref",
            "feature",
            "--all",
            "--db",
            &db,
        ]);
        assert_eq!(text.lines().count(), 2, "[{version}] {text}");

        // Writes, and the empty write that merges (v1alpha1 only).
        let v = env.json(&[
            "sql",
            "write",
            "--db",
            &db,
            "--from",
            "feature",
            "--wait",
            "UPDATE pieces SET year = 1943 WHERE id = 1",
        ]);
        assert_eq!(v["status"], "committed", "[{version}] {v}");
        if env.v2() {
            let err = env.refused(
                &[
                    "sql", "write", "--db", &db, "--from", "feature", "--to", "main", "",
                ],
                "merging with an empty `sql write`",
            );
            assert!(err.contains("DOLT_MERGE('feature')"), "{err}");
        } else {
            let v = env.json(&[
                "sql", "write", "--db", &db, "--from", "feature", "--to", "main", "--wait", "",
            ]);
            assert_eq!(v["status"], "committed", "{v}");
        }

        // CSV export of one table
        let text = env.ok(&["csv", "pieces", "--ref", "feature", "--db", &db]);
        assert!(text.starts_with("id,title,year"), "[{version}] {text}");
    }
}

#[test]
fn sql_timeout_on_both_versions() {
    for version in BOTH {
        let env = Env::with(version, |b| b.sql_read_delay(Duration::from_secs(3)));
        env.ok(&["db", "create", "sandbox/slow", "--public"]);
        env.ok(&[
            "sql",
            "write",
            "--db",
            "sandbox/slow",
            "--from",
            "main",
            "--wait",
            "CREATE TABLE t (id INT PRIMARY KEY)",
        ]);
        let err = env.fails(
            &[
                "sql",
                "SELECT * FROM t",
                "--timeout",
                "300ms",
                "--db",
                "sandbox/slow",
            ],
            6,
        );
        if env.v2() {
            assert!(err.contains("time limit"), "{err}");
        } else {
            assert!(
                err.contains("within 300ms") && err.contains("--api-version v2"),
                "{err}"
            );
        }
        env.fails(
            &[
                "sql",
                "SELECT 1",
                "--timeout",
                "soon",
                "--db",
                "sandbox/slow",
            ],
            2,
        );
        let err = env.fails(
            &["sql", "SELECT 1", "--timeout", "0s", "--db", "sandbox/slow"],
            2,
        );
        assert!(err.contains("at least 1ms"), "{err}");
    }
}

// ---------------------------------------------------------------- jobs, operations, api

#[test]
fn jobs_operations_and_api_on_both_versions() {
    for version in BOTH {
        let env = Env::new(version);
        let db = env.seeded("jobs");
        // A merge is a job on both versions.
        env.ok(&[
            "pr", "create", "--from", "feature", "--title", "T", "--db", &db,
        ]);
        env.ok(&["pr", "merge", "1", "--wait", "--db", &db]);
        let v = env.json(&["job", "list", "--db", &db]);
        let jobs = v["jobs"].as_array().unwrap();
        let merge = jobs
            .iter()
            .find(|j| j["job_type"] == "Merge")
            .unwrap_or_else(|| panic!("[{version}] no merge job: {v}"));
        let id = merge["id"].as_str().unwrap().to_owned();
        let v = env.json(&["job", "watch", &id, "--db", &db]);
        assert_eq!(v["id"], id.as_str(), "[{version}] {v}");
        let v = env.json(&["job", "view", &id, "--db", &db]);
        assert_eq!(v["status"], "Succeeded", "[{version}] {v}");
        let text = env.ok(&["job", "view", &id, "--db", &db, "--format", "table"]);
        assert!(text.contains("type:") && text.contains("Merge"), "{text}");
        env.fails(&["job", "view", "no-such-job", "--db", &db], 5);

        if env.v2() {
            let err = env.refused(&["op", "list"], "`op list`");
            assert!(err.contains("dolthub job list --db"), "{err}");
        } else {
            let v = env.json(&["op", "list", "--type", "sql-write"]);
            assert_eq!(v["count"], 2, "{v}");
        }

        // `api` PATH is relative to the version's root; /api/... is taken as written.
        let v: Value = serde_json::from_str(&env.ok(&["api", "/user"])).unwrap();
        let name = if env.v2() {
            &v["data"]["username"]
        } else {
            &v["username"]
        };
        assert_eq!(name, "sandbox", "[{version}] {v}");
        let path = format!("/api/{version}/user");
        let v: Value = serde_json::from_str(&env.ok(&["api", &path])).unwrap();
        assert!(v.to_string().contains("sandbox"), "[{version}] {v}");
    }
    // a v2 path from a v2 client, paging the v2 way
    let env = Env::with("v2", |b| b.v2_page_size(1));
    let db = env.seeded("paged");
    let text = env.ok(&[
        "api",
        &format!("/api/v2/databases/{db}/branches"),
        "--paginate",
    ]);
    assert_eq!(text.matches("\"name\"").count(), 2, "{text}");
}

// ---------------------------------------------------------------- the tour

#[test]
fn the_tour_runs_on_v2_by_default_and_on_v1alpha1_when_asked() {
    let out = bare().arg("tour").output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    for needle in [
        "over API v2",
        "$ dolthub db view sandbox/museum-tour",
        "visibility:",
        "the import job created main with the first commit",
        "$ dolthub pr view 1 --comments",
        "comment 1:",
        "Merged pull request #1 into main",
        "13 rows on main.",
        "Tour complete",
    ] {
        assert!(text.contains(needle), "v2 tour lacks {needle:?}:\n{text}");
    }

    for how in [
        &["--api-version", "v1alpha1"][..],
        &["--api-version=v1"][..],
    ] {
        let out = bare().arg("tour").args(how).output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = String::from_utf8(out.stdout).unwrap();
        for needle in [
            "over API v1alpha1",
            "opened pull request #1",
            "Merged pull request #2 into main",
            "13 rows on main.",
        ] {
            assert!(
                text.contains(needle),
                "v1alpha1 tour lacks {needle:?}:\n{text}"
            );
        }
        assert!(!text.contains("db view"), "{text}");
    }
    let out = bare()
        .env("DOLTHUB_API_VERSION", "v1alpha1")
        .arg("tour")
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("over API v1alpha1"));
}

// ---------------------------------------------------------------- `dh` users' spellings

#[test]
fn dh_spellings_work() {
    let env = Env::new("v2");
    let db = env.seeded("dh");
    // -R / --repo for --db
    let v = env.json(&["branch", "list", "-R", &db]);
    assert_eq!(v["count"], 2, "{v}");
    let v = env.json(&["tag", "list", "--repo", &db]);
    assert_eq!(v["count"], 0, "{v}");
    // branch/tag sources, pull request head/base, release target
    env.ok(&[
        "branch",
        "create",
        "b2",
        "--from-branch",
        "feature",
        "-R",
        &db,
    ]);
    env.ok(&["tag", "create", "t1", "--from-branch", "b2", "-R", &db]);
    env.ok(&["release", "create", "t1", "--target", "b2", "-R", &db]);
    let id = env
        .ok(&[
            "pr", "create", "--head", "b2", "--base", "main", "--title", "T", "-R", &db,
        ])
        .trim()
        .to_owned();
    let v = env.json(&["pr", "view", &id, "-R", &db]);
    assert_eq!(v["from_branch"], "b2", "{v}");
    assert_eq!(v["to_branch"], "main", "{v}");
    // `completion` as well as `completions`
    let script = env.ok(&["completion", "bash"]);
    assert!(script.contains("dolthub"), "completion script");
    // sql --file FILE and --file - (stdin)
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("q.sql");
    std::fs::write(&file, "\n  SELECT title FROM pieces ORDER BY id  \n").unwrap();
    let v = env.json(&[
        "sql",
        "--file",
        file.to_str().unwrap(),
        "--ref",
        "feature",
        "-R",
        &db,
    ]);
    assert_eq!(v["rows"][0]["title"], "Nighthawks", "{v}");
    assert_eq!(v["query"], "SELECT title FROM pieces ORDER BY id", "{v}");
    let out = env
        .cmd()
        .args(["sql", "-f", "-", "--ref", "feature", "-R", &db, "--json"])
        .write_stdin("SELECT COUNT(*) AS n FROM pieces")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::write(&file, "  \n").unwrap();
    let err = env.fails(&["sql", "--file", file.to_str().unwrap(), "-R", &db], 2);
    assert!(err.contains("holds no query"), "{err}");
    env.fails(
        &[
            "sql",
            "SELECT 1",
            "--file",
            file.to_str().unwrap(),
            "-R",
            &db,
        ],
        2,
    );
    // pr create / comment --body-file FILE and -
    let body = dir.path().join("body.md");
    std::fs::write(&body, "Two lines\nof description\n").unwrap();
    let id = env
        .ok(&[
            "pr",
            "create",
            "--head",
            "feature",
            "--title",
            "F",
            "--body-file",
            body.to_str().unwrap(),
            "-R",
            &db,
        ])
        .trim()
        .to_owned();
    let v = env.json(&["pr", "view", &id, "-R", &db]);
    assert_eq!(v["description"], "Two lines\nof description", "{v}");
    let out = env
        .cmd()
        .args(["pr", "comment", &id, "--body-file", "-", "-R", &db])
        .write_stdin("From stdin\n")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v = env.json(&["pr", "view", &id, "--comments", "-R", &db]);
    assert_eq!(v["comments"][0]["body"], "From stdin", "{v}");
    env.fails(&["pr", "comment", &id, "-R", &db], 2);
    env.fails(&["pr", "comment", &id, "--body", " ", "-R", &db], 2);
    env.fails(
        &[
            "pr",
            "comment",
            &id,
            "--body",
            "x",
            "--body-file",
            "-",
            "-R",
            &db,
        ],
        2,
    );

    // db create NAME: the owner is the token's user
    let v = env.json(&["db", "create", "bare-name", "--private"]);
    assert_eq!(v["owner"], "sandbox", "{v}");
    assert_eq!(v["name"], "bare-name", "{v}");
    env.fails(&["db", "create", "a/b/c", "--public"], 2);

    // release --notes-file, --no-wait
    std::fs::write(&body, "Notes\n").unwrap();
    env.ok(&["tag", "create", "t2", "--from", "main", "-R", &db]);
    env.ok(&[
        "release",
        "create",
        "t2",
        "--notes-file",
        body.to_str().unwrap(),
        "-R",
        &db,
    ]);
    let v = env.json(&["release", "list", "-R", &db]);
    assert!(v.to_string().contains("\"Notes\""), "{v}");
    let v = env.json(&[
        "sql",
        "write",
        "--from",
        "main",
        "--no-wait",
        "-R",
        &db,
        "INSERT INTO pieces VALUES (7, 'Seven', 1907)",
    ]);
    assert_eq!(v["status"], "started", "{v}");
    env.fails(&["pr", "merge", "1", "--wait", "--no-wait", "-R", &db], 2);

    // `operation` for `job`, `db fork` and `db import`
    let v = env.json(&["operation", "list", "-R", &db]);
    assert!(v["count"].as_u64().unwrap() >= 1, "{v}");
    env.cmd_as(ALICE_V2)
        .args(["db", "create", "alice/y", "--public"])
        .assert()
        .success();
    let v = env.json(&["db", "fork", "alice/y", "--wait"]);
    assert_eq!(v["database"], "y", "{v}");
    let csv = dir.path().join("more.csv");
    std::fs::write(&csv, "id,title\n9,Nine\n").unwrap();
    let v = env.json(&[
        "db",
        "import",
        csv.to_str().unwrap(),
        "--table",
        "more",
        "--pk",
        "id",
        "--branch",
        "main",
        "-R",
        &db,
        "--wait",
    ]);
    assert_eq!(v["status"], "done", "{v}");

    // fork --org
    env.cmd_as(ALICE_V2)
        .args(["db", "create", "alice/x", "--public"])
        .assert()
        .success();
    let v = env.json(&["fork", "alice/x", "--org", "sandbox", "--wait"]);
    assert_eq!(v["owner"], "sandbox", "{v}");
}

#[test]
fn jq_picks_fields_on_both_versions() {
    for version in BOTH {
        let env = Env::new(version);
        let db = env.seeded("jq");
        let text = env.ok(&["branch", "list", "--db", &db, "--jq", ".branches[].name"]);
        let mut names: Vec<&str> = text.lines().collect();
        names.sort_unstable();
        assert_eq!(names, ["feature", "main"], "[{version}]");
        let text = env.ok(&[
            "sql",
            "SELECT id, title FROM pieces ORDER BY id",
            "--ref",
            "feature",
            "--db",
            &db,
            "--jq",
            ".row_count, .rows[0].title",
        ]);
        assert_eq!(text, "2\nNighthawks\n", "[{version}]");
        // --all collects under --jq, so the filter sees one document
        let text = env.ok(&[
            "sql",
            "SELECT * FROM pieces",
            "--ref",
            "feature",
            "--all",
            "--db",
            &db,
            "--jq",
            ".rows[-1].id",
        ]);
        assert_eq!(text.trim_matches(['\n', '"']), "2", "[{version}]");
        let text = env.ok(&[
            "api",
            "/user",
            "--jq",
            if env.v2() {
                ".data.username"
            } else {
                ".username"
            },
        ]);
        assert_eq!(text, "sandbox\n", "[{version}]");
        let err = env.fails(&["branch", "list", "--db", &db, "--jq", "branches"], 2);
        assert!(err.contains("starts with `.`"), "{err}");
        let err = env.fails(&["branch", "list", "--db", &db, "--jq", ".count[]"], 1);
        assert!(err.contains("cannot iterate over a number"), "{err}");
    }
}

#[test]
fn a_token_for_the_other_version_gets_a_hint_saying_so() {
    let env = Env::with("v2", |b| b.cross_version_tokens(false));
    let (v1, v2) = (
        env.sandbox.token().to_owned(),
        env.sandbox.v2_token().to_owned(),
    );
    for (token, version, names) in [
        (v1.as_str(), "v2", "`dhat.` token, made for API v1alpha1"),
        (v2.as_str(), "v1alpha1", "`dh_` token, made for API v2"),
    ] {
        for args in [&["user"][..], &["api", "/user"][..]] {
            let out = bare()
                .args(["--api-url", env.sandbox.url(), "--token", token])
                .args(["--api-version", version])
                .args(args)
                .output()
                .unwrap();
            let err = String::from_utf8(out.stderr).unwrap();
            // 401 on v2; on v1alpha1 the 400 "invalid authorization header" (both exit 4)
            assert_eq!(out.status.code(), Some(4), "{args:?} {err}");
            assert!(err.contains(names), "{args:?} {err}");
            assert!(!err.contains(token), "the token leaked: {err}");
        }
    }
}

#[test]
fn the_tour_runs_against_a_configured_v2_server_with_yes_really() {
    let env = Env::new("v2");
    let out = env.cmd().args(["tour", "--yes-really"]).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("over API v2"), "{text}");
    assert!(
        text.contains("sandbox/museum-tour-"),
        "a fresh name on a real server: {text}"
    );
    assert!(text.contains("Tour complete"), "{text}");
}

#[test]
fn browse_prints_the_page_address_in_a_pipe() {
    for version in BOTH {
        let env = Env::new(version);
        let before = env.sandbox.fingerprint();
        let text = env.ok(&["browse", "3", "--db", "sandbox/museum"]);
        assert_eq!(
            text.trim(),
            format!("{}/repositories/sandbox/museum/pulls/3", env.sandbox.url()),
            "[{version}]"
        );
        let v = env.json(&["browse", "--branch", "a b", "-n", "-R", "sandbox/museum"]);
        assert!(v["url"].as_str().unwrap().ends_with("/data/a%20b"), "{v}");
        assert_eq!(v["opened"], false);
        env.fails(&["browse", "x", "--db", "sandbox/museum"], 2);
        assert_eq!(env.sandbox.fingerprint(), before, "browse sent nothing");
    }
}
