//! End-to-end tests of the `dolthub` binary against an in-process sandbox.
//!
//! Each test starts its own sandbox on 127.0.0.1 (fast job delay), runs the
//! binary with `--api-url` and `--token`, and checks exit codes, the table
//! (`--format table`), pipe (tsv) and `--json` output.

use std::time::Duration;

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

const ALICE: (&str, &str) = ("alice", "dhat.alice.0000000000000001");

/// A sandbox on its own runtime; dropped (sandbox first) at the end of the test.
struct Env {
    sandbox: dolthub_sandbox::Sandbox,
    _rt: tokio::runtime::Runtime,
}

impl Env {
    fn new() -> Env {
        Env::with(|b| b)
    }

    fn with(
        configure: impl FnOnce(dolthub_sandbox::SandboxBuilder) -> dolthub_sandbox::SandboxBuilder,
    ) -> Env {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .unwrap();
        let builder = dolthub_sandbox::Sandbox::builder()
            .job_delay(Duration::from_millis(20))
            .user(ALICE.0, ALICE.1);
        let sandbox = rt.block_on(configure(builder).start()).unwrap();
        Env { sandbox, _rt: rt }
    }

    /// `dolthub --api-url URL --token TOKEN` with a clean environment.
    fn cmd(&self) -> Command {
        self.cmd_as(self.sandbox.token())
    }

    fn cmd_as(&self, token: &str) -> Command {
        let mut cmd = bare();
        cmd.args(["--api-url", self.sandbox.url(), "--token", token]);
        cmd
    }

    /// Run, expect exit 0 and a silent stderr (no progress off a terminal), return stdout.
    fn ok(&self, args: &[&str]) -> String {
        let out = self.cmd().args(args).assert().success();
        let stderr = String::from_utf8_lossy(&out.get_output().stderr);
        assert!(stderr.is_empty(), "{args:?} wrote to stderr: {stderr}");
        String::from_utf8(out.get_output().stdout.clone()).unwrap()
    }

    /// Run with `--json`, expect exit 0, parse stdout.
    fn json(&self, args: &[&str]) -> Value {
        let text = self.ok(&[args, &["--json"]].concat());
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
    }

    /// Run, expect exit `code`, return stderr.
    fn fails(&self, args: &[&str], code: i32) -> String {
        let out = self.cmd().args(args).assert().code(code);
        String::from_utf8(out.get_output().stderr.clone()).unwrap()
    }

    /// A database `sandbox/<name>` with a `feature` branch holding one committed row.
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
            "--to",
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
            "INSERT INTO pieces VALUES (1, 'Nighthawks', 1942)",
        ]);
        db
    }
}

/// The binary with none of the configuration variables set and no config file.
fn bare() -> Command {
    crate::home::bare_command(std::path::Path::new(crate::home::UNUSED_CONFIG_DIR))
}

fn write_csv(dir: &tempfile::TempDir, name: &str, rows: usize) -> std::path::PathBuf {
    let mut text = String::from("id,title,year\n");
    for i in 1..=rows {
        text.push_str(&format!("{i},Piece number {i},{}\n", 1900 + i));
    }
    let path = dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    path
}

// ---------------------------------------------------------------- help, usage, completions

#[test]
fn help_reads_like_a_polished_tool() {
    let out = bare().arg("--help").assert().success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    for needle in [
        "Work with DoltHub databases from the command line",
        "Examples:",
        "dolthub tour",
        "Exit codes:",
        "DOLTHUB_API_TOKEN",
        "--db OWNER/DB",
        "pr",
        "import",
        "completions",
    ] {
        assert!(text.contains(needle), "--help lacks {needle:?}:\n{text}");
    }
    bare()
        .arg("-h")
        .assert()
        .success()
        .stdout(predicate::str::contains("Usage:"));
    bare()
        .arg("--version")
        .assert()
        .success()
        .stdout(predicate::str::starts_with("dolthub "));
    bare()
        .args(["pr", "merge", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("--wait-timeout"));
}

#[test]
fn token_value_never_shows_in_help() {
    bare()
        .env("DOLTHUB_API_TOKEN", "dhat.secret.help")
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("dhat.secret.help").not());
}

#[test]
fn usage_errors_exit_2() {
    bare().assert().code(2);
    bare().arg("frobnicate").assert().code(2);
    bare()
        .args(["branch", "list"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--db"));
    bare()
        .args(["branch", "list", "--db", "no-slash"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("OWNER/DB"));
    bare()
        .args(["import", "x.csv", "--db", "a/b", "--op", "append"])
        .assert()
        .code(2);
    bare()
        .args([
            "sql",
            "write",
            "--db",
            "a/b",
            "--wait",
            "--wait-timeout",
            "soon",
            "DELETE FROM t",
        ])
        .assert()
        .code(2);
    bare()
        .args([
            "pr",
            "edit",
            "1",
            "--db",
            "a/b",
            "--token",
            "t",
            "--api-url",
            "http://127.0.0.1:9",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("nothing to change"));
    bare()
        .args(["branch", "delete", "main", "--db", "a/b"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--via"));
}

#[test]
fn completions_for_three_shells() {
    for (shell, needle) in [
        ("bash", "_dolthub"),
        ("zsh", "#compdef dolthub"),
        ("fish", "complete -c dolthub"),
    ] {
        bare()
            .args(["completions", shell])
            .assert()
            .success()
            .stdout(predicate::str::contains(needle));
    }
}

// ---------------------------------------------------------------- auth, not found, timeout

#[test]
fn user_in_table_and_json() {
    let env = Env::new();
    let text = env.ok(&["user", "--format", "table"]);
    assert!(
        text.lines()
            .any(|l| l.starts_with("username:") && l.ends_with("sandbox")),
        "{text}"
    );
    let v = env.json(&["user"]);
    assert_eq!(v["username"], "sandbox");
    for key in ["display_name", "email", "bio", "location", "url"] {
        assert!(v.get(key).is_some(), "missing {key}: {v}");
    }
}

#[test]
fn bad_token_exits_4_without_printing_the_token() {
    let env = Env::new();
    let bad = "dhat.wrong.9999999999999999";
    for args in [&["user"][..], &["branch", "list", "--db", "sandbox/x"][..]] {
        let out = env.cmd_as(bad).args(args).assert().code(4);
        let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
        assert!(stderr.starts_with("error: "), "{stderr}");
        assert!(
            stderr.to_lowercase().contains("authorization") || stderr.contains("credentials"),
            "{stderr}"
        );
        assert!(!stderr.contains(bad), "token leaked: {stderr}");
        assert!(out.get_output().stdout.is_empty());
    }
    // No token at all, for a command that needs one.
    bare()
        .args(["--api-url", env.sandbox.url(), "user"])
        .assert()
        .code(4)
        .stderr(predicate::str::contains("DOLTHUB_API_TOKEN"));
}

#[test]
fn unknown_database_exits_5() {
    let env = Env::new();
    for args in [
        &["branch", "list", "--db", "sandbox/nope"][..],
        &["pr", "list", "--db", "sandbox/nope"][..],
        &["sql", "SELECT 1", "--db", "sandbox/nope"][..],
        &["fork", "list", "sandbox/nope"][..],
    ] {
        let stderr = env.fails(args, 5);
        assert!(stderr.contains("no such repository"), "{args:?}: {stderr}");
    }
}

#[test]
fn errors_are_one_json_document_under_json() {
    let env = Env::new();
    let stderr = env.fails(&["branch", "list", "--db", "sandbox/nope", "--json"], 5);
    let doc: serde_json::Value =
        serde_json::from_str(stderr.trim()).expect("stderr is one JSON document");
    assert_eq!(doc["error"]["kind"], "not_found", "{doc}");
    assert_eq!(doc["error"]["exit_code"], 5, "{doc}");
    assert!(
        doc["error"]["message"]
            .as_str()
            .unwrap()
            .contains("no such repository"),
        "{doc}"
    );
}

#[test]
fn waits_that_time_out_exit_6() {
    let env = Env::with(|b| b.job_delay(Duration::from_secs(30)));
    env.ok(&["db", "create", "sandbox/slow", "--public"]);
    let started = std::time::Instant::now();
    let stderr = env.fails(
        &[
            "sql",
            "write",
            "--db",
            "sandbox/slow",
            "--from",
            "main",
            "--wait",
            "--wait-timeout",
            "300ms",
            "CREATE TABLE t (id INT PRIMARY KEY)",
        ],
        6,
    );
    assert!(stderr.contains("timed out"), "{stderr}");
    assert!(stderr.contains("--wait-timeout"), "{stderr}");
    assert!(started.elapsed() < Duration::from_secs(20));
    // job watch on a job that keeps running: an import (a job) is started and
    // must be listed, so the exit-6 check always runs
    let dir = tempfile::tempdir().unwrap();
    let csv = write_csv(&dir, "slow.csv", 3);
    env.ok(&[
        "import",
        csv.to_str().unwrap(),
        "--table",
        "t2",
        "--db",
        "sandbox/slow",
    ]);
    let v = env.json(&["job", "list", "--db", "sandbox/slow"]);
    let id = v["jobs"][0]["id"]
        .as_str()
        .expect("the running import is listed as a job")
        .to_owned();
    let started = std::time::Instant::now();
    let stderr = env.fails(
        &[
            "job",
            "watch",
            &id,
            "--db",
            "sandbox/slow",
            "--wait-timeout",
            "300ms",
        ],
        6,
    );
    assert!(stderr.contains("timed out"), "{stderr}");
    assert!(started.elapsed() < Duration::from_secs(20));
}

/// Issue 10 bug 5: `job watch` uses the wrapper's operation wait: a finished
/// job answers at once, an unknown one is exit 5 at once.
#[test]
fn job_watch_follows_a_job_to_the_end() {
    let env = Env::new();
    env.ok(&["db", "create", "sandbox/jw", "--public"]);
    let dir = tempfile::tempdir().unwrap();
    let csv = write_csv(&dir, "jw.csv", 3);
    env.ok(&[
        "import",
        csv.to_str().unwrap(),
        "--table",
        "t",
        "--db",
        "sandbox/jw",
    ]);
    let v = env.json(&["job", "list", "--db", "sandbox/jw"]);
    let id = v["jobs"][0]["id"].as_str().unwrap().to_owned();
    let v = env.json(&["job", "watch", &id, "--db", "sandbox/jw"]);
    assert_eq!(v["status"], "Succeeded", "{v}");
    // the last segment of the id names it too
    let short = id.rsplit('/').next().unwrap();
    env.ok(&["job", "watch", short, "--db", "sandbox/jw"]);
    let started = std::time::Instant::now();
    let stderr = env.fails(&["job", "watch", "nope", "--db", "sandbox/jw"], 5);
    assert!(stderr.contains("no job `nope`"), "{stderr}");
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "no polling for an unknown job"
    );
}

#[test]
fn api_errors_exit_3_with_the_server_message() {
    let env = Env::new();
    env.ok(&["db", "create", "sandbox/dup", "--public"]);
    let stderr = env.fails(&["db", "create", "sandbox/dup", "--public"], 3);
    assert!(stderr.contains("already exists"), "{stderr}");
    let stderr = env.fails(&["sql", "SELEC nonsense", "--db", "sandbox/dup"], 3);
    assert!(stderr.starts_with("error: SQL error"), "{stderr}");
}

// ---------------------------------------------------------------- databases and forks

#[test]
fn db_create_in_every_mode() {
    let env = Env::new();
    let text = env.ok(&["db", "create", "sandbox/plain", "--public"]);
    assert_eq!(text, "sandbox/plain\n");
    let text = env.ok(&[
        "db",
        "create",
        "sandbox/tabled",
        "--public",
        "--format",
        "table",
    ]);
    assert_eq!(text, "Created public database sandbox/tabled\n");
    let v = env.json(&[
        "db",
        "create",
        "sandbox/secret",
        "--private",
        "--description",
        "Hidden things",
    ]);
    assert_eq!(v["owner"], "sandbox");
    assert_eq!(v["name"], "secret");
    assert_eq!(v["visibility"], "private");
    assert_eq!(v["description"], "Hidden things");
}

#[test]
fn fork_wait_and_fork_list() {
    let env = Env::new();
    env.cmd_as(ALICE.1)
        .args(["db", "create", "alice/museum", "--public"])
        .assert()
        .success();
    let v = env.json(&["fork", "alice/museum"]);
    assert_eq!(v["status"], "started");
    assert_eq!(v["owner"], "sandbox");
    assert!(v["operation"].as_str().unwrap().starts_with("operations/"));

    env.cmd_as(ALICE.1)
        .args(["db", "create", "alice/other", "--public"])
        .assert()
        .success();
    let v = env.json(&["fork", "alice/other", "--wait"]);
    assert_eq!(v["status"], "done");
    assert_eq!(v["database"], "other");
    env.ok(&["branch", "list", "--db", "sandbox/other"]);

    let v = env.json(&["fork", "list", "alice/other"]);
    assert_eq!(v["root"], "alice/other");
    assert_eq!(v["fork_count"], 1);
    assert_eq!(v["forks"][0]["owner"], "sandbox");
    let text = env.ok(&["fork", "list", "alice/other", "--format", "table"]);
    assert!(text.starts_with("FORK"), "{text}");
    assert!(text.contains("sandbox/other"), "{text}");
}

// ---------------------------------------------------------------- branches, tags, releases

#[test]
fn branches_create_list_delete() {
    let env = Env::new();
    env.ok(&["db", "create", "sandbox/b", "--public"]);
    // a new database has no branch until its first write creates `main`
    assert_eq!(env.ok(&["branch", "list", "--db", "sandbox/b"]), "");
    env.fails(&["branch", "create", "dev", "--db", "sandbox/b"], 5);
    env.ok(&[
        "sql",
        "write",
        "--db",
        "sandbox/b",
        "--from",
        "main",
        "--wait",
        "CREATE TABLE notes (id INT PRIMARY KEY)",
    ]);
    assert_eq!(
        env.ok(&["branch", "create", "dev", "--db", "sandbox/b"]),
        "dev\n"
    );
    let v = env.json(&[
        "branch",
        "create",
        "dev2",
        "--from",
        "dev",
        "--db",
        "sandbox/b",
    ]);
    assert_eq!(
        v,
        serde_json::json!({"name": "dev2", "status": "created", "from": "dev"})
    );

    // tsv (pipe default): one name per line
    let text = env.ok(&["branch", "list", "--db", "sandbox/b"]);
    let mut names: Vec<&str> = text.lines().collect();
    names.sort_unstable();
    assert_eq!(names, ["dev", "dev2", "main"]);
    let text = env.ok(&["branch", "list", "--db", "sandbox/b", "--format", "table"]);
    assert_eq!(text.lines().next(), Some("NAME"));
    let v = env.json(&["branch", "list", "--db", "sandbox/b", "--limit", "2"]);
    assert_eq!(v["count"], 2);
    assert_eq!(v["branches"].as_array().unwrap().len(), 2);

    // DOLTHUB_DB names the database too
    let out = env
        .cmd()
        .env("DOLTHUB_DB", "sandbox/b")
        .args([
            "branch", "delete", "dev2", "--via", "dev", "--wait", "--json",
        ])
        .assert()
        .success();
    let v: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(v["status"], "deleted");
    assert_eq!(v["name"], "dev2");
    let out = env
        .cmd()
        .env("DOLTHUB_DB", "sandbox/b")
        .args(["branch", "list", "--json"])
        .assert()
        .success();
    let v: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let names: Vec<&str> = v["branches"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["name"].as_str().unwrap())
        .collect();
    assert!(!names.contains(&"dev2"), "{names:?}");
    assert!(names.contains(&"dev"));
}

#[test]
fn tags_and_releases() {
    let env = Env::new();
    let db = env.seeded("tags");
    // branch and tag from a commit hash
    let v = env.json(&[
        "sql",
        "write",
        "--db",
        &db,
        "--from",
        "main",
        "--wait",
        "INSERT INTO pieces VALUES (3, 'Flaming June', 1895)",
    ]);
    let commit = v["commit"].as_str().unwrap().to_owned();
    let v = env.json(&[
        "branch",
        "create",
        "at-commit",
        "--commit",
        &commit,
        "--db",
        &db,
    ]);
    assert_eq!(v["from"], commit.as_str());
    let v = env.json(&["tag", "create", "v0", "--commit", &commit, "--db", &db]);
    assert_eq!(v["name"], "v0");
    let v = env.json(&[
        "sql",
        "SELECT COUNT(*) AS n FROM pieces",
        "--ref",
        "v0",
        "--db",
        &db,
    ]);
    assert_eq!(v["rows"][0]["n"].to_string().trim_matches('"'), "1");
    let v = env.json(&[
        "tag",
        "create",
        "v1",
        "--from",
        "main",
        "-m",
        "First cut",
        "--db",
        &db,
    ]);
    assert_eq!(v["name"], "v1");
    assert_eq!(v["message"], "First cut");
    let text = env.ok(&["tag", "list", "--db", &db, "--format", "table"]);
    assert!(text.starts_with("NAME"), "{text}");
    assert!(text.lines().any(|l| l.starts_with("v1 ")), "{text}");
    let v = env.json(&["tag", "list", "--db", &db]);
    let v1 = v["tags"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["name"] == "v1")
        .unwrap();
    assert_eq!(v1["message"], "First cut");
    assert!(v1.get("tagged_at").is_some());

    let v = env.json(&[
        "release",
        "create",
        "v2",
        "--title",
        "Spring data",
        "--notes",
        "New rows",
        "--db",
        &db,
    ]);
    assert_eq!(v["tag"], "v2");
    assert_eq!(v["title"], "Spring data");
    env.ok(&["release", "create", "v1", "--db", &db]);
    let v = env.json(&["release", "list", "--db", &db]);
    assert_eq!(v["count"], 2);
    let tags: Vec<&str> = v["releases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["tag"].as_str().unwrap())
        .collect();
    assert!(tags.contains(&"v1") && tags.contains(&"v2"), "{tags:?}");
    let v = env.json(&["release", "list", "--db", &db, "--limit", "1"]);
    assert_eq!(v["count"], 1);
    let text = env.ok(&["release", "list", "--db", &db, "--format", "table"]);
    assert!(text.starts_with("TAG"), "{text}");
}

// ---------------------------------------------------------------- pull requests

#[test]
fn pull_request_lifecycle() {
    let env = Env::new();
    let db = env.seeded("pulls");
    let v = env.json(&[
        "pr",
        "create",
        "--from",
        "feature",
        "--to",
        "main",
        "--title",
        "Add Nighthawks",
        "--description",
        "One painting",
        "--db",
        &db,
    ]);
    let id = v["id"].as_str().unwrap().to_owned();
    assert_eq!(v["title"], "Add Nighthawks");
    assert_eq!(v["state"], "open");

    // view: table and json
    let text = env.ok(&["pr", "view", &id, "--db", &db, "--format", "table"]);
    assert!(text.contains("title:       Add Nighthawks"), "{text}");
    assert!(text.contains("to:          main"), "{text}");
    let v = env.json(&["pr", "view", &id, "--db", &db]);
    assert_eq!(v["from_branch"], "feature");
    assert_eq!(v["to_branch"], "main");
    assert_eq!(v["author"], "sandbox");

    let v = env.json(&[
        "pr",
        "edit",
        &id,
        "--title",
        "Add one painting",
        "--db",
        &db,
    ]);
    assert_eq!(v["id"], id.as_str());
    let v = env.json(&["pr", "view", &id, "--db", &db]);
    assert_eq!(v["title"], "Add one painting");

    let v = env.json(&["pr", "comment", &id, "--body", "Looks right", "--db", &db]);
    assert_eq!(
        v,
        serde_json::json!({"pull_id": id, "comment": "Looks right"})
    );

    // list with filters, table and json
    let text = env.ok(&["pr", "list", "--db", &db, "--format", "table"]);
    assert!(text.starts_with("ID  STATE"), "{text}");
    let v = env.json(&["pr", "list", "--state", "open", "--db", &db]);
    assert_eq!(v["count"], 1);

    // merge and wait; the row is on main afterwards
    let v = env.json(&["pr", "merge", &id, "--wait", "--db", &db]);
    assert_eq!(v["status"], "merged");
    assert_eq!(v["pull_id"], id.as_str());
    let v = env.json(&["pr", "view", &id, "--db", &db]);
    assert_eq!(v["state"], "merged");
    let v = env.json(&["sql", "SELECT title FROM pieces", "--db", &db]);
    assert_eq!(v["rows"][0]["title"], "Nighthawks");
    let v = env.json(&["pr", "list", "--state", "merged", "--db", &db]);
    assert_eq!(v["count"], 1);

    // a second one, closed
    env.ok(&["branch", "create", "other", "--db", &db]);
    let id2 = env.ok(&[
        "pr", "create", "--from", "other", "--title", "Nothing", "--db", &db,
    ]);
    let id2 = id2.trim();
    let v = env.json(&["pr", "close", id2, "--db", &db]);
    assert_eq!(v["state"], "closed");
    let v = env.json(&["pr", "list", "--state", "closed", "--db", &db]);
    assert_eq!(v["pulls"][0]["id"], id2);
    let v = env.json(&["pr", "list", "--db", &db, "--limit", "1"]);
    assert_eq!(v["count"], 1);
    let v = env.json(&["pr", "list", "--search", "painting", "--db", &db]);
    assert_eq!(v["count"], 1, "{v}");
    assert_eq!(v["pulls"][0]["id"], id.as_str());
    env.json(&["pr", "list", "--review", "approved", "--db", &db]);

    // merge without --wait prints the job; job watch follows it
    env.ok(&[
        "branch", "create", "third", "--from", "feature", "--db", &db,
    ]);
    env.ok(&[
        "sql",
        "write",
        "--db",
        &db,
        "--from",
        "third",
        "--wait",
        "INSERT INTO pieces VALUES (2, 'Water Lilies', 1906)",
    ]);
    let id3 = env.ok(&[
        "pr", "create", "--from", "third", "--title", "Lilies", "--db", &db,
    ]);
    let v = env.json(&["pr", "merge", id3.trim(), "--db", &db]);
    assert_eq!(v["status"], "merging");
    let job = v["operation"].as_str().unwrap().to_owned();
    let v = env.json(&["job", "watch", &job, "--db", &db]);
    assert_eq!(v["status"], "Succeeded");
    assert_eq!(v["job_type"], "Merge");

    let stderr = env.fails(&["pr", "view", "999", "--db", &db], 5);
    assert!(stderr.starts_with("error: "), "{stderr}");
}

// ---------------------------------------------------------------- import, jobs, operations

#[test]
fn import_wait_jobs_and_operations() {
    let env = Env::new();
    env.ok(&["db", "create", "sandbox/imp", "--public"]);
    let dir = tempfile::tempdir().unwrap();
    let file = write_csv(&dir, "pieces.csv", 25);
    let file = file.to_str().unwrap();

    let v = env.json(&[
        "import",
        file,
        "--db",
        "sandbox/imp",
        "--table",
        "pieces",
        "--pk",
        "id",
        "--op",
        "create",
        "--branch",
        "main",
        "--wait",
    ]);
    assert_eq!(v["status"], "done");
    assert_eq!(v["table"], "pieces");
    assert_eq!(v["file"], "pieces.csv");
    assert!(v["bytes"].as_u64().unwrap() > 100);
    let pull = v["pull_id"].as_str().unwrap().to_owned();
    assert!(!pull.is_empty());
    env.ok(&["pr", "merge", &pull, "--wait", "--db", "sandbox/imp"]);
    let v = env.json(&[
        "sql",
        "SELECT COUNT(*) AS n FROM pieces",
        "--db",
        "sandbox/imp",
    ]);
    assert_eq!(v["rows"][0]["n"].to_string().trim_matches('"'), "25");

    // without --wait: the job id; piped output is just that
    let file2 = write_csv(&dir, "more.csv", 3);
    let text = env.ok(&[
        "import",
        file2.to_str().unwrap(),
        "--db",
        "sandbox/imp",
        "--table",
        "pieces",
        "--op",
        "update",
        "--branch",
        "main",
    ]);
    let job = text.trim().to_owned();
    assert!(job.contains("/jobs/"), "{text}");
    let v = env.json(&["job", "watch", &job, "--db", "sandbox/imp"]);
    assert_eq!(v["status"], "Succeeded");
    assert_eq!(v["job_type"], "Import");

    // jobs: json and table
    let v = env.json(&["job", "list", "--db", "sandbox/imp"]);
    assert!(v["count"].as_u64().unwrap() >= 3, "{v}");
    let first = &v["jobs"][0];
    for key in [
        "id",
        "job_type",
        "status",
        "creator",
        "description",
        "created_at",
        "error",
    ] {
        assert!(first.get(key).is_some(), "missing {key}: {first}");
    }
    let v = env.json(&["job", "list", "--db", "sandbox/imp", "--limit", "1"]);
    assert_eq!(v["count"], 1);
    let text = env.ok(&["job", "list", "--db", "sandbox/imp", "--format", "table"]);
    assert!(text.starts_with("ID"), "{text}");
    assert!(text.contains("Import"), "{text}");
    env.fails(&["job", "watch", "no-such-job", "--db", "sandbox/imp"], 5);

    // operations of the user
    let v = env.json(&["op", "list"]);
    assert!(v["count"].as_u64().unwrap() >= 2, "{v}");
    let v = env.json(&["op", "list", "--type", "import"]);
    for op in v["operations"].as_array().unwrap() {
        assert_eq!(op["operation_type"], "Import");
    }
    let text = env.ok(&["op", "list", "--format", "table", "--limit", "1"]);
    assert_eq!(text.lines().count(), 2, "{text}");

    // a missing file is a local failure
    env.fails(
        &[
            "import",
            "/nonexistent/x.csv",
            "--db",
            "sandbox/imp",
            "--table",
            "t",
        ],
        1,
    );
}

// ---------------------------------------------------------------- SQL and CSV

#[test]
fn sql_read_in_every_format() {
    let env = Env::new();
    let db = env.seeded("sqlfmt");
    env.ok(&[
        "sql",
        "write",
        "--db",
        &db,
        "--from",
        "main",
        "--wait",
        "INSERT INTO pieces VALUES (7, 'Bird, in Space', NULL)",
    ]);
    let q = "SELECT id, title, year FROM pieces ORDER BY id";

    let text = env.ok(&["sql", q, "--db", &db, "--format", "table"]);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0].split_whitespace().collect::<Vec<_>>(),
        ["ID", "TITLE", "YEAR"]
    );
    assert!(lines[1].starts_with("7   Bird, in Space  NULL"), "{text}");

    assert_eq!(
        env.ok(&["sql", q, "--db", &db]),
        "7\tBird, in Space\tNULL\n"
    );
    assert_eq!(
        env.ok(&["sql", q, "--db", &db, "--format", "csv"]),
        "id,title,year\n7,\"Bird, in Space\",\n"
    );

    let text = env.ok(&["sql", q, "--db", &db, "--json"]);
    assert!(text.find("\"id\"").unwrap() < text.find("\"title\"").unwrap());
    let v: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["database"], db.as_str());
    assert_eq!(v["ref"], "main");
    assert_eq!(v["row_count"], 1);
    assert_eq!(v["truncated"], false);
    assert_eq!(v["columns"][1]["name"], "title");
    assert!(v["columns"][1].get("type").is_some());
    assert_eq!(v["rows"][0]["title"], "Bird, in Space");
    assert_eq!(v["rows"][0]["year"], Value::Null);

    // another ref
    let v = env.json(&[
        "sql",
        "SELECT title FROM pieces",
        "--ref",
        "feature",
        "--db",
        &db,
    ]);
    assert_eq!(v["rows"][0]["title"], "Nighthawks");
}

#[test]
fn sql_all_pages_past_the_row_cap() {
    let env = Env::with(|b| b.row_limit(10));
    env.ok(&["db", "create", "sandbox/big", "--public"]);
    let dir = tempfile::tempdir().unwrap();
    let file = write_csv(&dir, "big.csv", 35);
    let v = env.json(&[
        "import",
        file.to_str().unwrap(),
        "--db",
        "sandbox/big",
        "--table",
        "pieces",
        "--pk",
        "id",
        "--wait",
    ]);
    env.ok(&[
        "pr",
        "merge",
        v["pull_id"].as_str().unwrap(),
        "--wait",
        "--db",
        "sandbox/big",
    ]);
    let q = "SELECT id, title FROM pieces ORDER BY id";

    // capped, with a warning
    let out = env
        .cmd()
        .args(["sql", q, "--db", "sandbox/big", "--json"])
        .assert()
        .success();
    let v: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(v["truncated"], true);
    assert_eq!(v["row_count"], 10);
    assert!(String::from_utf8_lossy(&out.get_output().stderr).contains("--all"));

    // --all in json, csv, tsv and table
    let v = env.json(&["sql", q, "--db", "sandbox/big", "--all"]);
    assert_eq!(v["row_count"], 35);
    assert_eq!(v["rows"].as_array().unwrap().len(), 35);
    assert_eq!(v["rows"][34]["id"].to_string().trim_matches('"'), "35");
    assert_eq!(v["columns"][0]["name"], "id");
    let text = env.ok(&["sql", q, "--db", "sandbox/big", "--all", "--format", "csv"]);
    assert_eq!(text.lines().count(), 36);
    assert_eq!(text.lines().next(), Some("id,title"));
    let text = env.ok(&["sql", q, "--db", "sandbox/big", "--all"]);
    assert_eq!(text.lines().count(), 35);
    let text = env.ok(&[
        "sql",
        q,
        "--db",
        "sandbox/big",
        "--all",
        "--format",
        "table",
    ]);
    assert_eq!(text.lines().count(), 36);
    // an empty result is still one JSON document
    let v = env.json(&[
        "sql",
        "SELECT id FROM pieces WHERE id > 1000",
        "--db",
        "sandbox/big",
        "--all",
    ]);
    assert_eq!(v["row_count"], 0);
    // LIMIT cannot be combined with --all
    env.fails(
        &[
            "sql",
            "SELECT id FROM pieces LIMIT 3",
            "--db",
            "sandbox/big",
            "--all",
        ],
        2,
    );
}

#[test]
fn sql_write_outcomes() {
    let env = Env::new();
    let db = env.seeded("writes");
    let v = env.json(&[
        "sql",
        "write",
        "--db",
        &db,
        "--from",
        "main",
        "--to",
        "scratch",
        "--wait",
        "INSERT INTO pieces VALUES (9, 'Water Lilies', 1906)",
    ]);
    assert_eq!(v["status"], "committed");
    assert_eq!(v["to"], "scratch");
    assert!(!v["commit"].as_str().unwrap().is_empty());
    let v = env.json(&[
        "sql",
        "SELECT COUNT(*) AS n FROM pieces",
        "--ref",
        "scratch",
        "--db",
        &db,
    ]);
    assert_eq!(v["rows"][0]["n"].to_string().trim_matches('"'), "1");

    // without --wait: the operation name
    let text = env.ok(&[
        "sql",
        "write",
        "--db",
        &db,
        "--from",
        "main",
        "DELETE FROM pieces WHERE id = 9",
    ]);
    assert!(text.trim().starts_with("operations/"), "{text}");

    // one statement per write, checked before sending
    env.fails(
        &[
            "sql",
            "write",
            "--db",
            &db,
            "--from",
            "main",
            "DELETE FROM pieces; DELETE FROM pieces",
        ],
        2,
    );

    // an empty query merges --from into --to
    let v = env.json(&[
        "sql", "write", "--db", &db, "--from", "feature", "--to", "main", "--wait", "",
    ]);
    assert_eq!(v["status"], "committed");
    let v = env.json(&["sql", "SELECT title FROM pieces WHERE id = 1", "--db", &db]);
    assert_eq!(v["rows"][0]["title"], "Nighthawks");
}

#[test]
fn csv_download_to_stdout_and_file() {
    let env = Env::new();
    let db = env.seeded("csvdl");
    let text = env.ok(&["csv", "pieces", "--ref", "feature", "--db", &db]);
    let mut lines = text.lines();
    assert_eq!(
        lines.next().map(|l| l.to_lowercase()),
        Some("id,title,year".into())
    );
    assert!(lines.next().unwrap().contains("Nighthawks"));

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("out.csv");
    let v = env.json(&[
        "csv",
        "pieces",
        "--ref",
        "feature",
        "--db",
        &db,
        "-o",
        path.to_str().unwrap(),
    ]);
    assert_eq!(v["table"], "pieces");
    assert_eq!(
        v["bytes"].as_u64().unwrap(),
        std::fs::metadata(&path).unwrap().len()
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text);

    env.fails(&["csv", "missing_table", "--db", &db], 5);

    // Every table as one ZIP archive.
    let zip = dir.path().join("all.zip");
    let v = env.json(&[
        "csv",
        "--zip",
        "--ref",
        "feature",
        "--db",
        &db,
        "-o",
        zip.to_str().unwrap(),
    ]);
    assert!(v["table"].is_null(), "{v}");
    let bytes = std::fs::read(&zip).unwrap();
    assert_eq!(&bytes[..4], b"PK\x03\x04", "a ZIP archive");
    assert!(
        bytes.windows(10).any(|w| w == b"pieces.csv"),
        "the archive names the table's file"
    );
    // Exactly one of TABLE and --zip.
    env.fails(&["csv", "--db", &db], 2);
    env.fails(&["csv", "pieces", "--zip", "--db", &db], 2);
}

// ---------------------------------------------------------------- the tour

#[test]
fn tour_runs_clean_offline() {
    // The v1alpha1 story (import pull request first); v2 is in `versions.rs`.
    let out = bare()
        .args(["tour", "--api-version", "v1alpha1"])
        .assert()
        .success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    for needle in [
        "Welcome to the dolthub tour",
        "local sandbox at http://127.0.0.1:",
        "Created public database sandbox/museum-tour",
        "Created branch",
        "opened pull request #1",
        "title:",
        "Commented on pull request #1",
        "Merged pull request #1",
        "Merged pull request #2 into main",
        "Girl with a Pearl Earring",
        "a new database has no branch yet",
        "the import job created main",
        "Committed the new row on new-acquisitions",
        "13 rows on main.",
        "Import",
        "Tour complete",
    ] {
        assert!(
            text.contains(needle),
            "tour output lacks {needle:?}:\n{text}"
        );
    }
    assert!(!text.contains('\x1b'), "no escapes off a terminal");
}

#[test]
fn tour_refuses_a_real_server_without_yes_really() {
    bare()
        .env("DOLTHUB_API_TOKEN", "dhat.real.0000")
        .arg("tour")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--yes-really"))
        .stderr(predicate::str::contains("dhat.real.0000").not());
}

#[test]
fn tour_with_yes_really_uses_the_configured_server() {
    let env = Env::new();
    let out = env.cmd().args(["tour", "--yes-really"]).assert().success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(text.contains(env.sandbox.url()), "{text}");
    assert!(text.contains("Tour complete"), "{text}");
}

#[test]
fn lists_follow_pages_up_to_the_limit() {
    let env = Env::with(|b| b.page_size(2));
    let db = env.seeded("paged");
    for i in 1..=5 {
        let tag = format!("v{i}");
        env.ok(&["release", "create", &tag, "--db", &db]);
        let branch = format!("b{i}");
        env.ok(&[
            "branch", "create", &branch, "--from", "feature", "--db", &db,
        ]);
        env.ok(&[
            "pr", "create", "--from", &branch, "--title", &branch, "--db", &db,
        ]);
    }
    let v = env.json(&["release", "list", "--db", &db]);
    assert_eq!(v["count"], 5);
    let v = env.json(&["release", "list", "--db", &db, "--limit", "3"]);
    assert_eq!(v["count"], 3);
    let v = env.json(&["pr", "list", "--db", &db]);
    assert_eq!(v["count"], 5);
    let ids: std::collections::BTreeSet<&str> = v["pulls"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids.len(), 5, "no duplicates across pages");
    let text = env.ok(&["pr", "list", "--db", &db, "--limit", "4"]);
    assert_eq!(text.lines().count(), 4, "{text}");
    // the seeding made two SQL writes; listing them crosses a page boundary
    let v = env.json(&["op", "list", "--type", "sql-write"]);
    assert!(v["count"].as_u64().unwrap() >= 2, "{v}");
}

// ---------------------------------------------------------------- issue 10 regressions

/// Bug 1: `branch create NAME --from v1.0` (the help's own example) sent the
/// tag as `revisionType: branch` and failed; the same for `tag create`.
#[test]
fn branch_and_tag_from_a_tag_or_a_commit_hash() {
    let env = Env::new();
    let db = env.seeded("fromtag");
    env.ok(&["tag", "create", "v1.0", "--from", "feature", "--db", &db]);
    let v = env.json(&["branch", "create", "hotfix", "--from", "v1.0", "--db", &db]);
    assert_eq!(v["status"], "created", "{v}");
    let rows = env.json(&[
        "sql",
        "SELECT title FROM pieces",
        "--ref",
        "hotfix",
        "--db",
        &db,
    ]);
    assert_eq!(
        rows["rows"][0]["title"], "Nighthawks",
        "hotfix starts at the tag"
    );
    env.ok(&["tag", "create", "stable", "--from", "v1.0", "--db", &db]);
    let log = env.json(&[
        "sql",
        "SELECT commit_hash FROM dolt_log LIMIT 1",
        "--ref",
        "feature",
        "--db",
        &db,
    ]);
    let hash = log["rows"][0]["commit_hash"].as_str().unwrap().to_owned();
    env.ok(&["branch", "create", "audit", "--from", &hash, "--db", &db]);
}

/// Bug 3: `--op` help comes from the wrapper's one definition of the modes.
#[test]
fn import_op_help_matches_the_wrapper() {
    use dolthub::resources::ImportMode;
    let out = bare().args(["import", "--help"]).assert().success();
    let help = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    for mode in ImportMode::ALL {
        assert!(
            help.contains(mode.describe()),
            "{} missing from import --help:\n{help}",
            mode.as_str()
        );
    }
}

/// Bug 4: a SQL error whose text says "not found" is a SQL failure (3), not 5.
#[test]
fn sql_error_mentioning_not_found_exits_3() {
    let env = Env::new();
    let db = env.seeded("sqlerr");
    let stderr = env.fails(&["sql", "SELECT nope FROM pieces", "--db", &db], 3);
    assert!(stderr.starts_with("error: SQL error"), "{stderr}");
}

/// Bug 4: a local file that cannot be written is exit 1 (it was 3).
#[test]
fn local_io_error_exits_1() {
    let env = Env::new();
    let db = env.seeded("io");
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("missing-dir").join("out.csv");
    env.fails(
        &[
            "csv",
            "pieces",
            "--ref",
            "feature",
            "--db",
            &db,
            "-o",
            target.to_str().unwrap(),
        ],
        1,
    );
}

/// Bug 4: `dolthub csv t | head` ends quietly with 0, like `sql | head`.
#[test]
fn csv_into_a_closed_pipe_exits_0_quietly() {
    use std::io::{BufRead, BufReader};
    use std::process::Stdio;
    let env = Env::new();
    env.ok(&["db", "create", "sandbox/pipe", "--public"]);
    let dir = tempfile::tempdir().unwrap();
    let file = write_csv(&dir, "many.csv", 20_000);
    let v = env.json(&[
        "import",
        file.to_str().unwrap(),
        "--db",
        "sandbox/pipe",
        "--table",
        "pieces",
        "--pk",
        "id",
        "--wait",
    ]);
    let pull = v["pull_id"].as_str().unwrap().to_owned();
    env.ok(&["pr", "merge", &pull, "--wait", "--db", "sandbox/pipe"]);
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("dolthub"))
        .env_remove("DOLTHUB_API_TOKEN")
        .env_remove("DOLTHUB_DB")
        .args([
            "--api-url",
            env.sandbox.url(),
            "--token",
            env.sandbox.token(),
        ])
        .args(["csv", "pieces", "--db", "sandbox/pipe"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert_eq!(first.trim(), "id,title,year");
    // the reader (like `head -1`) is gone now; the rest cannot be written
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Bug 6: `db create` requires a choice of visibility, as the wrapper does.
#[test]
fn db_create_requires_public_or_private() {
    let env = Env::new();
    let stderr = env.fails(&["db", "create", "sandbox/undecided"], 2);
    assert!(stderr.contains("--public"), "{stderr}");
    env.fails(
        &["db", "create", "sandbox/both", "--public", "--private"],
        2,
    );
    // nothing was created
    env.fails(&["branch", "list", "--db", "sandbox/undecided"], 5);
}

/// Bug 8: a base URL copied with `/api/v1alpha1` on its end is not doubled.
#[test]
fn api_url_with_the_api_path_works() {
    let env = Env::new();
    let url = format!("{}/api/v1alpha1/", env.sandbox.url());
    let out = bare()
        .args([
            "--api-url",
            &url,
            "--token",
            env.sandbox.token(),
            "user",
            "--json",
        ])
        .assert()
        .success();
    let v: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(v["username"], "sandbox", "{v}");
}

/// Production order: a new database has no branch; reads of a public
/// database need no token; the first import (no --branch) creates main.
#[test]
fn new_database_first_import_and_anonymous_reads() {
    let env = Env::new();
    env.ok(&["db", "create", "sandbox/fresh", "--public"]);
    let anon = |args: &[&str]| {
        let out = bare()
            .args(["--api-url", env.sandbox.url()])
            .args(args)
            .assert()
            .success();
        String::from_utf8(out.get_output().stdout.clone()).unwrap()
    };
    assert_eq!(anon(&["branch", "list", "--db", "sandbox/fresh"]), "");
    let dir = tempfile::tempdir().unwrap();
    let file = write_csv(&dir, "first.csv", 2);
    let v = env.json(&[
        "import",
        file.to_str().unwrap(),
        "--db",
        "sandbox/fresh",
        "--table",
        "pieces",
        "--pk",
        "id",
        "--wait",
    ]);
    assert_eq!(v["branch"], "main", "{v}");
    assert!(!v["pull_id"].as_str().unwrap().is_empty(), "{v}");
    let branches = anon(&["branch", "list", "--db", "sandbox/fresh"]);
    assert!(branches.lines().any(|b| b == "main"), "{branches}");
    anon(&["pr", "list", "--db", "sandbox/fresh"]);
    anon(&["job", "list", "--db", "sandbox/fresh"]);
}
