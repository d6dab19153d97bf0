//! `cargo xtask contract`: the spec against the sandbox.
//!
//! 1. Build the sandbox binary (`cargo build -p dolthub-sandbox`) and start it
//!    on `127.0.0.1:0`; its URL (and token) are read from its stdout.
//! 2. Smoke test with the generated Python client
//!    (`xtask/tools/contract_smoke.py`): create a database, list its branches,
//!    then seed a table, a branch, a tag, a release and a pull request. Then the
//!    TypeScript smoke test (`xtask/tools/typescript/smoke.ts`, compiled by
//!    `spec-check` against the openapi-typescript types, run with node through
//!    openapi-fetch): a database, SQL writes with their polls, reads, branches, a
//!    merged pull request and an error answer, each typed answer asserted.
//! 3. Schemathesis runs every operation of the spec against the sandbox with
//!    the seeded identifiers and checks `not_a_server_error`,
//!    `response_schema_conformance` and `status_code_conformance` in all four
//!    phases (examples, coverage, fuzzing, and stateful runs along the spec's
//!    poll links), positive and negative data, bounded by `--max-examples`,
//!    a fixed seed and an overall deadline.
//! 4. The sandbox is stopped (its process group, by id) whatever happened.
//!
//! For v1alpha1 all of it runs twice: against the default sandbox and against
//! one started with `--legacy-variants`, whose answers use the observed key
//! variants the spec describes as extra properties (`"title:"`,
//! `from_branch_name`, ...). A third pass holds `openapi/dolthub-v2.yaml` to the
//! sandbox's `/api/v2` the same way: the generated v2 Python client's smoke test
//! (`xtask/tools/contract_smoke_v2.py`), then Schemathesis with a Bearer token,
//! whose examples phase sends every example of the spec and checks the answers
//! against the spec's schemas and statuses; the v2 TypeScript smoke test
//! (`xtask/tools/typescript-v2/smoke.ts`) runs before Schemathesis as in v1alpha1.

use crate::tools::{self, Tools};
use crate::{paths, proc, spec_check};
use serde_json::Value;
use std::io::{BufRead, BufReader};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Where the run leaves its files (seed, schemathesis config, JUnit report).
pub const OUT_DIR: &str = "target/contract";
/// The smoke test and seeder.
pub const SMOKE: &str = "xtask/tools/contract_smoke.py";
/// The v2 smoke test and seeder.
pub const SMOKE_V2: &str = "xtask/tools/contract_smoke_v2.py";
/// The sandbox's default token (docs/CONVENTIONS.md), used when its output names none.
pub const DEFAULT_TOKEN: &str = "dhat.sandbox.0000000000000000";
/// The default user's v2 token (docs/CONVENTIONS.md; the sandbox does not print it).
pub const DEFAULT_V2_TOKEN: &str = "dh_sandbox_00000000000000000000";
/// The checks every response must pass.
pub const CHECKS: &str = "not_a_server_error,response_schema_conformance,status_code_conformance";
/// Test cases per operation and phase; small so the run stays well under the deadline
/// (about 1,300 requests in 20 s on the 2-core CI machine).
pub const MAX_EXAMPLES: u32 = 25;
/// The v2 pass: fewer cases per operation keep its cost near 30 s (v2's 25 operations take
/// more cases each, since every one has examples, problem answers and paging).
pub const MAX_EXAMPLES_V2: u32 = 10;
/// Fixed seed: the same cases on every run, so a failure reproduces.
pub const SEED: u64 = 20_261_122;

/// Compiling the sandbox on a fresh clone takes minutes on 2 cores; this only stops a hang.
const BUILD_TIMEOUT: Duration = Duration::from_secs(1200);
/// The whole contract run after the build: both passes, start, smoke test and Schemathesis.
/// A normal run takes about 45 s per pass on 2 busy cores; past this budget the run fails
/// as timed out.
pub const BUDGET: Duration = Duration::from_secs(360);
const START_TIMEOUT: Duration = Duration::from_secs(60);
const SMOKE_TIMEOUT: Duration = Duration::from_secs(90);
/// The TypeScript smoke test takes about 6 s (mostly the sandbox's job delays).
const TS_SMOKE_TIMEOUT: Duration = Duration::from_secs(60);
const SCHEMATHESIS_TIMEOUT: Duration = Duration::from_secs(180);

/// `cargo xtask contract [--binary PATH]`: with `--binary`, that sandbox
/// executable is used instead of building `dolthub-sandbox` (e.g. a release build).
pub fn run(binary: Option<PathBuf>) -> Result<(), String> {
    let started = Instant::now();
    let tools = tools::ensure()?;
    // The TypeScript smoke tests are compiled by `spec-check`; on its own the contract
    // compiles them first.
    for target in spec_check::TARGETS {
        spec_check::build_typescript(&tools, target).map_err(|e| {
            format!(
                "the TypeScript smoke test of {} does not build:\n{}",
                target.version.spec,
                proc::indent(&e)
            )
        })?;
    }
    let binary = match binary {
        Some(path) => path,
        None => build_sandbox(&tools.root)?,
    };
    let mut report = spec_check::Report::default();
    let name = format!(
        "contract: smoke + schemathesis {}",
        tools.py_version("schemathesis")
    );
    report.step(&name, || run_with_binary(&tools, &binary));
    report.finish("contract", started)
}

/// Builds the sandbox binary and returns its path; the error carries cargo's output.
pub fn build_sandbox(root: &Path) -> Result<PathBuf, String> {
    println!("  ...   building the sandbox binary (cargo build -p dolthub-sandbox)");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
    let mut cmd = Command::new(cargo);
    cmd.current_dir(root).args([
        "build",
        "--package",
        "dolthub-sandbox",
        "--bin",
        "dolthub-sandbox",
        "--message-format=json-render-diagnostics",
    ]);
    let got = proc::run(&mut cmd, BUILD_TIMEOUT)?;
    if !got.success() {
        return Err(got.failure("cargo build -p dolthub-sandbox"));
    }
    executable_from_cargo_messages(&got.stdout).ok_or_else(|| {
        format!(
            "cargo built dolthub-sandbox but named no executable:\n{}",
            proc::indent(got.stderr.trim())
        )
    })
}

/// The `executable` of the `dolthub-sandbox` binary in cargo's JSON messages.
pub fn executable_from_cargo_messages(stdout: &str) -> Option<PathBuf> {
    stdout
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .filter(|m| m["reason"] == "compiler-artifact" && m["target"]["name"] == "dolthub-sandbox")
        .filter_map(|m| m["executable"].as_str().map(PathBuf::from))
        .next_back()
}

/// Starts the binary, runs the smoke test and Schemathesis, stops the binary.
pub fn run_with_binary(tools: &Tools, binary: &Path) -> Result<String, String> {
    // The smoke tests use the clients generated from the current specs (both land in the
    // same folder, one package each).
    let mut client_dir = PathBuf::new();
    for target in [&spec_check::V1ALPHA1, &spec_check::V2] {
        client_dir = spec_check::generate_python(tools, target).map_err(|e| {
            format!(
                "openapi-python-client failed for {}:\n{}",
                target.version.spec,
                proc::indent(&e)
            )
        })?;
    }
    let budget = Budget::new(BUDGET);
    let mut details = Vec::new();
    for pass in &PASSES {
        let out = tools.root.join(OUT_DIR).join(pass.name);
        std::fs::create_dir_all(&out)
            .map_err(|e| format!("cannot create {}: {e}", out.display()))?;
        let sandbox = RunningSandbox::start(binary, pass.flags, budget.limit(START_TIMEOUT))
            .map_err(|e| format!("[{} pass] {e}", pass.name))?;
        let result = exercise(tools, &sandbox, pass, &client_dir, &out, &budget);
        let log = sandbox.stop();
        let detail = result.map_err(|e| {
            let tail: Vec<&str> = log.lines().rev().take(40).collect();
            let tail: Vec<&str> = tail.into_iter().rev().collect();
            format!(
                "[{} pass: {}] {e}\n\nsandbox output (last lines):\n{}",
                pass.name,
                pass.what,
                proc::indent(&tail.join("\n"))
            )
        })?;
        details.push(format!("[{} pass] {detail}", pass.name));
    }
    // Continuation lines line up under the detail column of spec_check::Report.
    Ok(details.join(&format!("\n{:47}", "")))
}

/// One run of the sandbox with the smoke test and Schemathesis.
pub struct Pass {
    /// Also the folder under `target/contract/`.
    pub name: &'static str,
    pub what: &'static str,
    /// Extra sandbox flags.
    pub flags: &'static [&'static str],
    /// Which API (spec, smoke test, auth header) the pass checks.
    pub api: Api,
    /// Schemathesis' `--max-examples` for the pass.
    pub max_examples: u32,
    /// Whether the TypeScript smoke test runs (not on the legacy variants: it reads the
    /// current keys only, as a generated client does).
    pub ts_smoke: bool,
}

/// The API version a pass holds to its spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Api {
    V1alpha1,
    V2,
}

impl Api {
    fn spec(self) -> &'static str {
        match self {
            Api::V1alpha1 => paths::SPEC,
            Api::V2 => paths::V2.spec,
        }
    }

    fn smoke(self) -> &'static str {
        match self {
            Api::V1alpha1 => SMOKE,
            Api::V2 => SMOKE_V2,
        }
    }

    /// The token the pass uses: the one the sandbox printed (v1alpha1) or the documented
    /// v2 default (the sandbox prints only its v1alpha1 token).
    fn token(self, sandbox: &RunningSandbox) -> String {
        match self {
            Api::V1alpha1 => sandbox.token.clone(),
            Api::V2 => DEFAULT_V2_TOKEN.to_string(),
        }
    }

    /// The spec-check target whose compiled TypeScript smoke test the pass runs.
    fn target(self) -> &'static spec_check::Target {
        match self {
            Api::V1alpha1 => &spec_check::V1ALPHA1,
            Api::V2 => &spec_check::V2,
        }
    }

    fn auth_header(self, token: &str) -> String {
        match self {
            Api::V1alpha1 => format!("authorization: token {token}"),
            Api::V2 => format!("Authorization: Bearer {token}"),
        }
    }
}

/// v1alpha1 with the default answers, then with the legacy variants (`"title:"`,
/// `from_branch_name`, the flat write poll, ...), which the spec describes as observed extra
/// properties: both must conform. Then v2 (DoltHub's current API) against its own spec.
pub const PASSES: [Pass; 3] = [
    Pass {
        name: "current",
        what: "current response shapes",
        flags: &[],
        api: Api::V1alpha1,
        max_examples: MAX_EXAMPLES,
        ts_smoke: true,
    },
    Pass {
        name: "legacy",
        what: "sandbox started with --legacy-variants",
        flags: &["--legacy-variants"],
        api: Api::V1alpha1,
        max_examples: MAX_EXAMPLES,
        ts_smoke: false,
    },
    Pass {
        name: "v2",
        what: "API v2 against openapi/dolthub-v2.yaml",
        flags: &[],
        api: Api::V2,
        max_examples: MAX_EXAMPLES_V2,
        ts_smoke: true,
    },
];

/// What is left of the contract's time budget.
struct Budget {
    deadline: Instant,
}

impl Budget {
    fn new(total: Duration) -> Budget {
        Budget {
            deadline: Instant::now() + total,
        }
    }

    /// The smaller of `step` and what is left (at least a second, so the step reports).
    fn limit(&self, step: Duration) -> Duration {
        let left = self.deadline.saturating_duration_since(Instant::now());
        step.min(left).max(Duration::from_secs(1))
    }
}

fn exercise(
    tools: &Tools,
    sandbox: &RunningSandbox,
    pass: &Pass,
    client_dir: &Path,
    out: &Path,
    budget: &Budget,
) -> Result<String, String> {
    let api = pass.api;
    let token = api.token(sandbox);
    // 1. Smoke test + seed.
    let seed_file = out.join("seed.json");
    let _ = std::fs::remove_file(&seed_file);
    let mut smoke = tools.command(tools.python());
    smoke
        .arg(tools.root.join(api.smoke()))
        .args(["--url", &sandbox.url, "--token", &token, "--seed-out"])
        .arg(&seed_file)
        .env("PYTHONPATH", client_dir);
    let got = proc::run(&mut smoke, budget.limit(SMOKE_TIMEOUT))?;
    if !got.success() {
        return Err(got.failure("Python smoke test (generated client against the sandbox)"));
    }
    let seed: Value = serde_json::from_str(
        &std::fs::read_to_string(&seed_file).map_err(|e| format!("no seed file: {e}"))?,
    )
    .map_err(|e| format!("bad seed file: {e}"))?;
    let smoke_line = got
        .stdout
        .lines()
        .find(|l| l.contains("has branches"))
        .map(|l| l.trim_start_matches("smoke v2: "))
        .unwrap_or("smoke test passed")
        .trim_start_matches("smoke: ")
        .to_string();
    let ts_line = if pass.ts_smoke {
        format!("; {}", ts_smoke(tools, sandbox, api, &token, budget)?)
    } else {
        String::new()
    };

    // 2. Schemathesis.
    let config = out.join("schemathesis.toml");
    let config_text = match api {
        Api::V1alpha1 => schemathesis_config(&seed),
        Api::V2 => schemathesis_config_v2(&seed),
    };
    std::fs::write(&config, config_text)
        .map_err(|e| format!("cannot write {}: {e}", config.display()))?;
    let report_dir = out.join("report");
    let mut st = tools.command(tools.py_tool("schemathesis"));
    // Hypothesis and Schemathesis keep state in the working directory
    // (`.hypothesis/`, `.schemathesis/`): keep it under target/.
    st.current_dir(out)
        .arg("--config-file")
        .arg(&config)
        .arg("--no-color")
        .arg("run")
        .arg(tools.root.join(api.spec()))
        .args(["--url", &sandbox.url])
        .args(["--header", &api.auth_header(&token)])
        .args(["--checks", CHECKS])
        .args(["--max-examples", &pass.max_examples.to_string()])
        .args(["--seed", &SEED.to_string()])
        .args(["--phases", "examples,coverage,fuzzing,stateful"])
        .args(["--workers", "2", "--request-timeout", "10"])
        .args(["--generation-database", "none", "--report", "junit"])
        .arg("--report-dir")
        .arg(&report_dir);
    let got = proc::run(&mut st, budget.limit(SCHEMATHESIS_TIMEOUT))?;
    let log = out.join("schemathesis-output.txt");
    let _ = std::fs::write(&log, got.output());
    if !got.success() {
        return Err(format!(
            "{}\n(JUnit report: {})",
            got.failure("schemathesis run"),
            report_dir.display()
        ));
    }
    let summary = schemathesis_summary(&got.stdout);
    Ok(format!(
        "smoke: {smoke_line}{ts_line}; schemathesis: {summary} (full output: {})",
        spec_check::rel(&tools.root, &log)
    ))
}

/// Runs the pass's compiled TypeScript smoke test with node; the error carries its output.
fn ts_smoke(
    tools: &Tools,
    sandbox: &RunningSandbox,
    api: Api,
    token: &str,
    budget: &Budget,
) -> Result<String, String> {
    let script = tools.root.join(spec_check::ts_smoke(api.target()));
    if !script.exists() {
        return Err(format!(
            "{} is missing: the TypeScript step of spec-check failed or did not run",
            spec_check::rel(&tools.root, &script)
        ));
    }
    // openapi-fetch calls the global `fetch`, which Node has without flags from 18 on.
    let version = proc::run(
        Command::new("node").arg("--version"),
        Duration::from_secs(30),
    )?;
    match node_major(&version.stdout) {
        Some(major) if major >= MIN_NODE => {}
        _ => {
            return Err(format!(
                "the TypeScript smoke test needs Node.js {MIN_NODE} or newer (global fetch); \
                 `node --version` says {:?}",
                version.output().trim()
            ));
        }
    }
    let started = Instant::now();
    let mut node = tools.command("node");
    node.arg(&script)
        .arg(&sandbox.url)
        .env("DOLTHUB_SMOKE_TOKEN", token);
    let got = proc::run(&mut node, budget.limit(TS_SMOKE_TIMEOUT))?;
    if !got.success() {
        return Err(got.failure("TypeScript smoke test (openapi-fetch against the sandbox)"));
    }
    Ok(format!(
        "ts smoke ({:.1} s): {}",
        started.elapsed().as_secs_f64(),
        ts_summary(&got.stdout)
    ))
}

/// The oldest Node.js whose global `fetch` needs no flag.
const MIN_NODE: u32 = 18;

/// The major version in `node --version` output (`v20.20.2`).
fn node_major(text: &str) -> Option<u32> {
    text.trim()
        .strip_prefix('v')?
        .split('.')
        .next()?
        .parse()
        .ok()
}

/// The TypeScript smoke test's last line, without its prefix.
fn ts_summary(stdout: &str) -> String {
    let last = stdout.lines().rev().find(|l| !l.trim().is_empty());
    let line = last.unwrap_or("passed");
    line.split_once(": ")
        .map_or(line, |(_, rest)| rest)
        .to_string()
}

/// The schemathesis config: the seeded identifiers as fixed parameter values,
/// so generated requests reach existing resources and real 2xx bodies get
/// checked against the schemas.
pub fn schemathesis_config(seed: &Value) -> String {
    let s = |key: &str| toml_string(seed[key].as_str().unwrap_or_default());
    let mut text = String::from(
        "# Written by `cargo xtask contract` from the seeded sandbox state; do not edit.\n\
         [parameters]\n",
    );
    for (param, key) in [
        ("owner", "owner"),
        ("database", "database"),
        ("ref", "ref"),
        ("from_branch", "ref"),
        ("to_branch", "branch"),
        ("pull_id", "pull_id"),
        ("table", "table"),
        ("username", "username"),
    ] {
        text.push_str(&format!("\"path.{param}\" = {}\n", s(key)));
    }
    // Each poll gets the name of a finished operation of its kind (a fork needs a second
    // account, so poll_fork only sees unknown names and must answer them with a 4XX).
    // Request bodies get the seeded owner, database and branches where an invented value
    // would only ever earn a 4XX, so 2xx bodies of the creating operations get checked too.
    let per_operation: [(&str, Vec<(&str, &str)>); 8] = [
        (
            "poll_sql_write",
            vec![("query.operationName", "write_operation")],
        ),
        (
            "poll_merge",
            vec![
                ("query.operationName", "merge_operation"),
                ("path.pull_id", "merged_pull_id"),
            ],
        ),
        (
            "poll_import",
            vec![
                ("query.operationName", "import_operation"),
                ("query.branch", "ref"),
                ("query.branchName", "ref"),
            ],
        ),
        ("create_database", vec![("body.ownerName", "owner")]),
        ("create_branch", vec![("body.revisionName", "ref")]),
        ("create_tag", vec![("body.revisionName", "ref")]),
        ("create_release", vec![("body.commitSha", "ref")]),
        (
            "create_pull",
            vec![
                ("body.fromBranchOwnerName", "owner"),
                ("body.fromBranchRepoName", "database"),
                ("body.fromBranchName", "branch"),
                ("body.toBranchOwnerName", "owner"),
                ("body.toBranchRepoName", "database"),
                ("body.toBranchName", "ref"),
            ],
        ),
    ];
    for (operation, parameters) in per_operation {
        let parameters: Vec<String> = parameters
            .iter()
            .map(|(param, key)| format!("\"{param}\" = {}", s(key)))
            .collect();
        text.push_str(&format!(
            "\n[[operations]]\ninclude-operation-id = \"{operation}\"\nparameters = {{ {} }}\n",
            parameters.join(", ")
        ));
    }
    text
}

/// The v2 schemathesis config: the seeded database, pull request and operation as fixed
/// parameter values, and the seeded owner in `create_database` (any other owner is a 403).
pub fn schemathesis_config_v2(seed: &Value) -> String {
    let s = |key: &str| toml_string(seed[key].as_str().unwrap_or_default());
    let mut text = String::from(
        "# Written by `cargo xtask contract` from the seeded sandbox state; do not edit.\n\
         [parameters]\n",
    );
    for (param, key) in [
        ("path.owner", "owner"),
        ("path.database", "database"),
        ("path.pull_number", "pull_number"),
        ("path.operation_id", "operation_id"),
        ("query.ref", "ref"),
    ] {
        text.push_str(&format!("\"{param}\" = {}\n", s(key)));
    }
    text.push_str(&format!(
        "\n[[operations]]\ninclude-operation-id = \"create_database\"\nparameters = {{ \"body.owner\" = {} }}\n",
        s("owner")
    ));
    text
}

fn toml_string(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".to_string())
}

/// A one-line digest of Schemathesis' closing summary: operations tested,
/// test cases, and the warnings it raised (advice, not failures).
pub fn schemathesis_summary(stdout: &str) -> String {
    let summary = stdout
        .rsplit_once("SUMMARY")
        .map(|(_, after)| after)
        .unwrap_or(stdout);
    let mut section = "";
    let mut tested = None;
    let mut cases = None;
    let mut warnings = Vec::new();
    for line in summary.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        if !line.starts_with(' ') && trimmed.ends_with(':') {
            section = trimmed;
            continue;
        }
        match section {
            "API Operations:" if trimmed.starts_with("Tested:") => {
                tested = Some(trimmed.trim_start_matches("Tested:").trim().to_string());
            }
            "Test cases:" if cases.is_none() => cases = Some(trimmed.to_string()),
            "Warnings:" => warnings.push(
                trimmed
                    .trim_start_matches(|c: char| !c.is_ascii_alphanumeric())
                    .to_string(),
            ),
            _ => {}
        }
    }
    let mut out = Vec::new();
    if let Some(t) = tested {
        out.push(format!("{t} operations tested"));
    }
    if let Some(c) = cases {
        out.push(format!("test cases: {c}"));
    }
    out.push(format!("seed {SEED}"));
    if !warnings.is_empty() {
        out.push(format!("its warnings: {}", warnings.join("; ")));
    }
    out.join(", ")
}

/// The sandbox process, stopped on [`RunningSandbox::stop`] or drop.
struct RunningSandbox {
    child: Option<Child>,
    url: String,
    token: String,
    log: Arc<Mutex<String>>,
}

impl RunningSandbox {
    fn start(binary: &Path, flags: &[&str], timeout: Duration) -> Result<RunningSandbox, String> {
        let mut cmd = Command::new(binary);
        cmd.args(["--addr", "127.0.0.1:0", "--job-delay-ms", "20"])
            .args(flags);
        let mut child = proc::spawn_piped(&mut cmd)?;
        let log = Arc::new(Mutex::new(String::new()));
        let (tx, rx) = mpsc::channel::<String>();
        for pipe in [
            child
                .stdout
                .take()
                .map(|p| Box::new(p) as Box<dyn std::io::Read + Send>),
            child
                .stderr
                .take()
                .map(|p| Box::new(p) as Box<dyn std::io::Read + Send>),
        ]
        .into_iter()
        .flatten()
        {
            let log = log.clone();
            let tx = tx.clone();
            std::thread::spawn(move || {
                for line in BufReader::new(pipe).lines().map_while(Result::ok) {
                    if let Ok(mut log) = log.lock() {
                        log.push_str(&line);
                        log.push('\n');
                    }
                    let _ = tx.send(line);
                }
            });
        }
        drop(tx);
        let mut sandbox = RunningSandbox {
            child: Some(child),
            url: String::new(),
            token: String::new(),
            log,
        };
        let deadline = Instant::now() + timeout;
        let mut seen = Vec::new();
        while sandbox.url.is_empty() {
            let left = deadline.saturating_duration_since(Instant::now());
            match rx.recv_timeout(left) {
                Ok(line) => {
                    if let Some(url) = find_url(&line) {
                        sandbox.url = url;
                    }
                    seen.push(line);
                }
                Err(mpsc::RecvTimeoutError::Timeout) => {
                    return Err(sandbox.fail(&format!(
                        "the sandbox printed no http:// URL within {} s",
                        timeout.as_secs()
                    )));
                }
                Err(mpsc::RecvTimeoutError::Disconnected) => {
                    return Err(sandbox.fail("the sandbox exited before printing its URL"));
                }
            }
        }
        // The token is printed with the URL or right after it; use the documented default
        // when the output names none.
        sandbox.token = seen
            .iter()
            .find_map(|l| find_token(l))
            .or_else(|| {
                let until = Instant::now() + Duration::from_secs(2);
                std::iter::from_fn(|| {
                    rx.recv_timeout(until.saturating_duration_since(Instant::now()))
                        .ok()
                })
                .find_map(|l| find_token(&l))
            })
            .unwrap_or_else(|| DEFAULT_TOKEN.to_string());
        wait_listening(&sandbox.url, deadline).map_err(|e| sandbox.fail(&e))?;
        Ok(sandbox)
    }

    /// Stops the sandbox and returns everything it printed.
    fn stop(mut self) -> String {
        self.kill();
        self.log.lock().map(|l| l.clone()).unwrap_or_default()
    }

    fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            proc::kill_tree(&mut child);
        }
    }

    fn fail(&mut self, why: &str) -> String {
        self.kill();
        let log = self.log.lock().map(|l| l.clone()).unwrap_or_default();
        format!("{why}; its output:\n{}", proc::indent(&log))
    }
}

impl Drop for RunningSandbox {
    fn drop(&mut self) {
        self.kill();
    }
}

/// The first `http://` or `https://` URL in a line, without trailing punctuation.
pub fn find_url(line: &str) -> Option<String> {
    let start = line.find("http://").or_else(|| line.find("https://"))?;
    let url: String = line[start..]
        .chars()
        .take_while(|c| !c.is_whitespace() && !matches!(c, '"' | '\'' | '<' | '>' | ')' | ','))
        .collect();
    let url = url.trim_end_matches(['.', ';', ':', '/']).to_string();
    (url.len() > "http://".len()).then_some(url)
}

/// A token in a line: a word starting with `dhat.`, or the value after `token` (`token: x`,
/// `token=x`, `DOLTHUB_API_TOKEN=x`).
pub fn find_token(line: &str) -> Option<String> {
    let clean = |w: &str| {
        w.trim_matches(|c: char| matches!(c, '"' | '\'' | '(' | ')' | ',' | ';' | '`'))
            .to_string()
    };
    if let Some(word) = line
        .split_whitespace()
        .map(clean)
        .find(|w| w.starts_with("dhat."))
    {
        return Some(word);
    }
    let lower = line.to_ascii_lowercase();
    let at = lower.find("token")?;
    let rest = line[at + "token".len()..].trim_start_matches([':', '=', ' ']);
    let word = clean(rest.split_whitespace().next()?);
    (!word.is_empty() && !word.contains("://")).then_some(word)
}

fn wait_listening(url: &str, deadline: Instant) -> Result<(), String> {
    let authority = url
        .split("://")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .ok_or_else(|| format!("cannot read host:port from {url}"))?;
    loop {
        if TcpStream::connect(authority).is_ok() {
            return Ok(());
        }
        if Instant::now() >= deadline {
            return Err(format!("nothing listens on {authority}"));
        }
        std::thread::sleep(Duration::from_millis(25));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_url_and_token_from_typical_banners() {
        let line =
            "DoltHub sandbox at http://127.0.0.1:40123 (token dhat.sandbox.0000000000000000)";
        assert_eq!(find_url(line).as_deref(), Some("http://127.0.0.1:40123"));
        assert_eq!(
            find_token(line).as_deref(),
            Some("dhat.sandbox.0000000000000000")
        );
        assert_eq!(
            find_url("url: http://127.0.0.1:5/.").as_deref(),
            Some("http://127.0.0.1:5")
        );
        assert_eq!(find_token("DOLTHUB_API_TOKEN=abc").as_deref(), Some("abc"));
        // The sandbox binary's banner.
        assert_eq!(
            find_url("dolthub-sandbox listening on http://127.0.0.1:41234").as_deref(),
            Some("http://127.0.0.1:41234")
        );
        assert_eq!(
            find_token("export DOLTHUB_API_URL=http://127.0.0.1:41234"),
            None
        );
        assert_eq!(
            find_token("export DOLTHUB_API_TOKEN=dhat.sandbox.0000000000000000").as_deref(),
            Some("dhat.sandbox.0000000000000000")
        );
        assert_eq!(find_token("token: xyz").as_deref(), Some("xyz"));
        assert_eq!(find_url("listening"), None);
        assert_eq!(find_token("no secret here"), None);
    }

    #[test]
    fn finds_the_sandbox_executable_in_cargo_messages() {
        let messages = concat!(
            r#"{"reason":"compiler-artifact","target":{"name":"serde"},"executable":null}"#,
            "\n",
            r#"{"reason":"compiler-artifact","target":{"name":"dolthub-sandbox"},"executable":"/t/debug/dolthub-sandbox"}"#,
            "\n",
            r#"{"reason":"build-finished","success":true}"#,
        );
        assert_eq!(
            executable_from_cargo_messages(messages),
            Some(PathBuf::from("/t/debug/dolthub-sandbox"))
        );
        assert_eq!(executable_from_cargo_messages("not json"), None);
    }

    #[test]
    fn config_fixes_the_seeded_identifiers() {
        let seed = serde_json::json!({
            "owner": "sandbox", "database": "contract-1", "ref": "main", "branch": "feature",
            "table": "lacma", "pull_id": "1", "username": "sandbox",
            "write_operation": "operations/a\"b", "merged_pull_id": "2",
            "merge_operation": "m/jobs/1", "import_operation": "i/jobs/2"
        });
        let text = schemathesis_config(&seed);
        assert!(text.contains("\"path.owner\" = \"sandbox\""));
        assert!(text.contains("\"path.to_branch\" = \"feature\""));
        assert!(text.contains("\"query.operationName\" = \"operations/a\\\"b\""));
        assert!(text.contains(
            "include-operation-id = \"poll_merge\"\nparameters = { \"query.operationName\" = \"m/jobs/1\", \"path.pull_id\" = \"2\" }"
        ));
        assert!(text.contains("\"query.branch\" = \"main\""));
    }

    #[test]
    fn v2_config_fixes_the_seeded_identifiers() {
        let seed = serde_json::json!({
            "owner": "sandbox", "database": "contract-v2-1", "ref": "main", "branch": "feature",
            "table": "lacma", "pull_number": "1", "operation_id": "sql_write/sandbox/c/1"
        });
        let text = schemathesis_config_v2(&seed);
        assert!(text.contains("\"path.database\" = \"contract-v2-1\""));
        assert!(text.contains("\"path.pull_number\" = \"1\""));
        assert!(text.contains("\"path.operation_id\" = \"sql_write/sandbox/c/1\""));
        assert!(text.contains(
            "include-operation-id = \"create_database\"\nparameters = { \"body.owner\" = \"sandbox\" }"
        ));
        assert_eq!(PASSES.iter().filter(|p| p.api == Api::V2).count(), 1);
        assert_eq!(Api::V2.auth_header("t"), "Authorization: Bearer t");
    }

    #[test]
    fn both_specs_run_their_typescript_smoke_test() {
        let apis: Vec<Api> = PASSES
            .iter()
            .filter(|p| p.ts_smoke)
            .map(|p| p.api)
            .collect();
        assert_eq!(apis, [Api::V1alpha1, Api::V2]);
        let root = paths::root();
        for api in apis {
            let target = api.target();
            let smoke = root.join(target.ts_dir).join("smoke.ts");
            let text = std::fs::read_to_string(&smoke).unwrap();
            assert!(
                text.contains("from \"openapi-fetch\""),
                "{}",
                smoke.display()
            );
            assert!(text.contains(&format!(
                "from \"./{}\"",
                target.ts_types().trim_end_matches(".d.ts")
            )));
            let config =
                std::fs::read_to_string(root.join(target.ts_dir).join("tsconfig.smoke.json"))
                    .unwrap();
            assert!(
                config.contains("\"smoke.ts\"") && config.contains("\"strict\": true"),
                "{config}"
            );
            assert!(spec_check::ts_smoke(target).ends_with("/js/smoke.js"));
        }
        assert_eq!(
            ts_summary(
                "smoke ts v2: a: ok\nsmoke ts v2: database o/d has branches x; pull #1 merged\n"
            ),
            "database o/d has branches x; pull #1 merged"
        );
        assert_eq!(ts_summary(""), "passed");
        assert_eq!(node_major("v20.20.2\n"), Some(20));
        assert_eq!(node_major("v16.1.0"), Some(16));
        assert_eq!(node_major("20.1"), None);
    }

    #[test]
    fn summary_keeps_the_counting_lines() {
        let out = "Operations: 28\n=== SUMMARY ===\n\nAPI Operations:\n  Selected: 28/28\n  Tested: 28\n\n\
                   Test Phases:\n  ok Examples\n\nWarnings:\n  \u{26a0}\u{fe0f} Missing test data: 3 operations\n\n\
                   Test cases:\n  863 generated, 863 passed\n\nSeed: 20261122\n";
        assert_eq!(
            schemathesis_summary(out),
            format!(
                "28 operations tested, test cases: 863 generated, 863 passed, seed {SEED}, \
                 its warnings: Missing test data: 3 operations"
            )
        );
        assert_eq!(schemathesis_summary(""), format!("seed {SEED}"));
    }
}
