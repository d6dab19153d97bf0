//! `cargo xtask spec-check`: each spec (v1alpha1 and v2, see [`TARGETS`])
//! through the tools other-language teams use, each at a pinned version
//! installed into `.tools/`:
//!
//! 1. `openapi-spec-validator` (Python) validates the document;
//! 2. Redocly CLI lints it with `openapi/redocly.yaml` (every rule an error,
//!    so zero warnings);
//! 3. `openapi-python-client` generates a Python client without a warning, and
//!    every generated module imports;
//! 4. `openapi-typescript` generates types and `tsc --strict` accepts them
//!    together with a small consumer (`xtask/tools/typescript/usage.ts`) and
//!    compiles the TypeScript smoke test (`smoke.ts`, openapi-fetch) that the
//!    contract step runs against the sandbox;
//! 5. Redocly `build-docs` renders the reference (`cargo xtask docs`);
//! 6. the contract test against the sandbox (`cargo xtask contract`), when
//!    the sandbox binary builds, for both specs.
//!
//! Independent steps all run; the command fails at the end with the output
//! of every tool that failed.

use crate::paths::{self, Version};
use crate::tools::Tools;
use crate::{contract, docs, proc, tools};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Where generated clients go, relative to the root (under the gitignored `target/`).
pub const OUT_DIR: &str = "target/spec-check";
/// The lint ruleset (shared by both specs).
pub const REDOCLY_CONFIG: &str = "openapi/redocly.yaml";

/// What the outside tools need to know about one spec.
#[derive(Debug, Clone, Copy)]
pub struct Target {
    /// The spec and its names.
    pub version: Version,
    /// Python package name of the generated client.
    pub py_package: &'static str,
    /// openapi-python-client settings (package name, content-type overrides).
    pub py_config: &'static str,
    /// Python that builds an authenticated client of the generated package
    /// the way the version expects its token (header name and prefix).
    pub py_client: &'static str,
    /// A TypeScript consumer of the generated types and its tsconfig.
    pub ts_dir: &'static str,
    /// The rendered reference, relative to the root (gitignored).
    pub docs_output: &'static str,
    /// Title of the rendered reference.
    pub docs_title: &'static str,
}

impl Target {
    /// The file openapi-typescript writes (the tsconfig in `ts_dir` names it).
    pub fn ts_types(&self) -> String {
        format!("dolthub-{}.d.ts", self.version.name)
    }

    /// Where this spec's TypeScript output goes, relative to the root.
    pub fn ts_out_dir(&self) -> String {
        format!("{OUT_DIR}/typescript-{}", self.version.name)
    }
}

/// The v1alpha1 spec (also what the contract test and the smoke client use).
pub const V1ALPHA1: Target = Target {
    version: paths::V1ALPHA1,
    py_package: "dolthub_v1alpha1_client",
    py_config: "xtask/tools/openapi-python-client.yaml",
    py_client: "AuthenticatedClient(base_url='http://127.0.0.1:9', token='t', prefix='token', \
                auth_header_name='authorization')",
    ts_dir: "xtask/tools/typescript",
    docs_output: "target/api-docs/index.html",
    docs_title: "DoltHub HTTP API v1alpha1 reference",
};

/// The v2 spec.
pub const V2: Target = Target {
    version: paths::V2,
    py_package: "dolthub_v2_client",
    py_config: "xtask/tools/openapi-python-client-v2.yaml",
    py_client: "AuthenticatedClient(base_url='http://127.0.0.1:9', token='t')",
    ts_dir: "xtask/tools/typescript-v2",
    docs_output: "target/api-docs/v2.html",
    docs_title: "DoltHub HTTP API v2 reference",
};

/// Every spec `spec-check` covers.
pub const TARGETS: &[Target] = &[V1ALPHA1, V2];

const TOOL_TIMEOUT: Duration = Duration::from_secs(180);

/// Options of `cargo xtask spec-check`.
#[derive(Debug, Default, Clone, Copy)]
pub struct Options {
    /// Leave out the contract test (local iteration on the spec; CI runs it).
    pub no_contract: bool,
}

/// `cargo xtask spec-check`.
pub fn run(options: Options) -> Result<(), String> {
    let started = Instant::now();
    let tools = tools::ensure()?;
    let mut report = Report::default();
    for target in TARGETS {
        println!("{}:", target.version.spec);
        check_target(&tools, target, &mut report);
    }

    let st = format!(
        "contract: smoke + schemathesis {}",
        tools.py_version("schemathesis")
    );
    if options.no_contract {
        report.skip(&st, "--no-contract");
    } else {
        match contract::build_sandbox(&tools.root) {
            Err(why) => report.skip(
                &st,
                &format!("the sandbox binary does not build:\n{}", proc::indent(&why)),
            ),
            Ok(binary) => {
                report.step(&st, || contract::run_with_binary(&tools, &binary));
            }
        }
    }

    report.finish("spec-check", started)
}

/// Validator, lint, Python and TypeScript generation and the rendered docs
/// for one spec.
fn check_target(tools: &Tools, target: &Target, report: &mut Report) {
    let spec_path = tools.root.join(target.version.spec);
    let name = target.version.name;
    let validator = format!(
        "{name}: openapi-spec-validator {}",
        tools.py_version("openapi-spec-validator")
    );
    report.step(&validator, || validate(tools, &spec_path));

    let redocly = tools.node_version("@redocly/cli");
    report.step(&format!("{name}: redocly lint {redocly}"), || {
        lint(tools, &spec_path)
    });

    let opc = format!(
        "{name}: openapi-python-client {}",
        tools.py_version("openapi-python-client")
    );
    report.step(&opc, || {
        let dir = generate_python(tools, target)?;
        let modules = import_python(tools, target, &dir)?;
        Ok(format!(
            "{} generated from the spec as it is, without warnings; {modules} modules import",
            rel(&tools.root, &dir.join(target.py_package))
        ))
    });

    let ots = format!(
        "{name}: openapi-typescript {}",
        tools.node_version("openapi-typescript")
    );
    let ts_ok = report.step(&ots, || generate_typescript(tools, target));
    let tsc = format!("{name}: tsc {}", tools.node_version("typescript"));
    if ts_ok {
        report.step(&tsc, || check_typescript(tools, target));
    } else {
        report.skip(&tsc, "no types to check");
    }

    report.step(&format!("{name}: redocly build-docs {redocly}"), || {
        docs::build(tools, target)
    });
}

/// Step results, printed as they come, summed up at the end.
#[derive(Default)]
pub struct Report {
    failures: Vec<String>,
}

impl Report {
    /// Runs one step and prints `ok`/`FAIL` with its name, detail and time.
    /// Returns whether it passed.
    pub fn step(&mut self, name: &str, f: impl FnOnce() -> Result<String, String>) -> bool {
        let started = Instant::now();
        let result = f();
        let secs = started.elapsed().as_secs_f64();
        match result {
            Ok(detail) => {
                println!("  ok    {name:<38} {detail} ({secs:.1} s)");
                true
            }
            Err(output) => {
                println!(
                    "  FAIL  {name:<38} ({secs:.1} s)\n{}",
                    proc::indent(&output)
                );
                self.failures.push(name.to_string());
                false
            }
        }
    }

    /// Prints a step that did not run and why.
    pub fn skip(&mut self, name: &str, why: &str) {
        println!("  skip  {name:<38} {why}");
    }

    /// Ok when every step passed; otherwise an error naming the failed ones.
    pub fn finish(self, command: &str, started: Instant) -> Result<(), String> {
        let secs = started.elapsed().as_secs_f64();
        if self.failures.is_empty() {
            println!("{command}: all steps passed in {secs:.0} s");
            Ok(())
        } else {
            Err(format!(
                "{command}: {} step(s) failed after {secs:.0} s: {}",
                self.failures.len(),
                self.failures.join(", ")
            ))
        }
    }
}

fn validate(tools: &Tools, spec_path: &Path) -> Result<String, String> {
    let mut cmd = tools.command(tools.py_tool("openapi-spec-validator"));
    cmd.args(["--schema", "3.0", "--validation-errors", "all"])
        .arg(spec_path);
    let got = proc::run(&mut cmd, TOOL_TIMEOUT)?;
    if !got.success() || !got.stdout.trim_end().ends_with(": OK") {
        return Err(got.output());
    }
    Ok("valid OpenAPI 3.0".to_string())
}

fn lint(tools: &Tools, spec_path: &Path) -> Result<String, String> {
    let mut cmd = tools.command(tools.node_tool("redocly"));
    cmd.arg("lint")
        .arg(spec_path)
        .arg("--config")
        .arg(tools.root.join(REDOCLY_CONFIG))
        .args(["--lint-config", "error", "--format", "codeframe"]);
    let got = proc::run(&mut cmd, TOOL_TIMEOUT)?;
    let text = got.output();
    // The ruleset makes every rule an error, so a warning cannot pass silently;
    // the summary check is belt and braces against a config that says `warn`.
    let warned = text.lines().any(|l| {
        let l = l.to_ascii_lowercase();
        (l.contains(" warning") && !l.contains("deprecation warning")) || l.contains("warnings.")
    });
    if !got.success() || warned || !text.contains("Your API description is valid") {
        return Err(text);
    }
    Ok(format!("0 problems with {REDOCLY_CONFIG}"))
}

/// Generates the Python client from the spec, unmodified, into
/// `target/spec-check/python/<py_package>`. Fails on any generator warning.
/// Returns the directory to put on `PYTHONPATH`.
pub fn generate_python(tools: &Tools, target: &Target) -> Result<PathBuf, String> {
    let dir = tools.root.join(OUT_DIR).join("python");
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let view = tools.root.join(target.version.spec);

    let package = dir.join(target.py_package);
    let mut cmd = tools.command(tools.py_tool("openapi-python-client"));
    cmd.arg("generate")
        .arg("--path")
        .arg(&view)
        .arg("--output-path")
        .arg(&package)
        .args(["--meta", "none", "--overwrite", "--config"])
        .arg(tools.root.join(target.py_config));
    let got = proc::run(&mut cmd, TOOL_TIMEOUT)?;
    let text = got.output();
    // Success prints exactly "Generating <path>"; anything else is a warning
    // (an unsupported schema, a skipped endpoint, a post-hook that could not run).
    let noise: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with("Generating "))
        .collect();
    if !got.success() || !noise.is_empty() || !package.join("__init__.py").exists() {
        return Err(text);
    }
    Ok(dir)
}

/// Imports the generated package and every module in it with the venv's
/// Python. Returns how many modules imported.
pub fn import_python(tools: &Tools, target: &Target, dir: &Path) -> Result<usize, String> {
    let package = target.py_package;
    let client = target.py_client;
    let script = format!(
        "import importlib, pkgutil, warnings\n\
         warnings.simplefilter('error')\n\
         pkg = importlib.import_module('{package}')\n\
         names = [m.name for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.')]\n\
         for name in names:\n    importlib.import_module(name)\n\
         from {package} import AuthenticatedClient\n\
         {client}\n\
         print(len(names) + 1)\n"
    );
    let mut cmd = tools.command(tools.python());
    cmd.arg("-c").arg(script).env("PYTHONPATH", dir);
    let got = proc::run(&mut cmd, TOOL_TIMEOUT)?;
    if !got.success() {
        return Err(got.output());
    }
    got.stdout
        .trim()
        .parse()
        .map_err(|_| format!("unexpected output from the import check:\n{}", got.output()))
}

fn generate_typescript(tools: &Tools, target: &Target) -> Result<String, String> {
    let dir = tools.root.join(target.ts_out_dir());
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let out = dir.join(target.ts_types());
    let mut cmd = tools.command(tools.node_tool("openapi-typescript"));
    cmd.arg(tools.root.join(target.version.spec))
        .arg("--output")
        .arg(&out);
    let got = proc::run(&mut cmd, TOOL_TIMEOUT)?;
    let text = got.output();
    // Success prints a banner line and a "spec -> file" line; anything else is a warning.
    let noise: Vec<&str> = text
        .lines()
        .filter(|l| {
            let l = l.trim();
            !l.is_empty() && !l.starts_with('✨') && !l.starts_with('🚀')
        })
        .collect();
    if !got.success() || !noise.is_empty() || !out.exists() {
        return Err(text);
    }
    Ok(format!("{} without warnings", rel(&tools.root, &out)))
}

/// The files of a target's `ts_dir` that `tsc` compiles beside the generated types.
pub const TS_FILES: [&str; 4] = [
    "tsconfig.json",
    "usage.ts",
    "tsconfig.smoke.json",
    "smoke.ts",
];

/// The compiled smoke test of a target, relative to the root (run by `cargo xtask contract`).
pub fn ts_smoke(target: &Target) -> String {
    format!("{}/js/smoke.js", target.ts_out_dir())
}

/// Type-checks the generated types and the consumer with `tsc --strict --noEmit`
/// (`tsconfig.json`), then the smoke test, compiled to `js/` for node
/// (`tsconfig.smoke.json`). Two programs because the second skips re-checking library
/// declarations (the generated ones, checked by the first, and openapi-fetch's, whose
/// check alone costs more than everything else). `openapi-fetch` comes from `.tools/`,
/// reached through a `node_modules` link in the output folder, so tsc and node resolve
/// it the ordinary way.
pub fn check_typescript(tools: &Tools, target: &Target) -> Result<String, String> {
    let dir = tools.root.join(target.ts_out_dir());
    let ts_dir = target.ts_dir;
    for file in TS_FILES {
        std::fs::copy(tools.root.join(ts_dir).join(file), dir.join(file))
            .map_err(|e| format!("cannot copy {ts_dir}/{file}: {e}"))?;
    }
    link_node_modules(tools, &dir)?;
    let js = dir.join("js");
    remove_dir(&js)?;
    for config in ["tsconfig.json", "tsconfig.smoke.json"] {
        let mut cmd = tools.command(tools.node_tool("tsc"));
        cmd.arg("--project").arg(dir.join(config));
        let got = proc::run(&mut cmd, TOOL_TIMEOUT)?;
        if !got.success() || !got.output().is_empty() {
            return Err(format!("tsc --project {config}:\n{}", got.output()));
        }
    }
    let smoke = tools.root.join(ts_smoke(target));
    if !smoke.exists() {
        return Err(format!(
            "tsc passed but wrote no {}",
            rel(&tools.root, &smoke)
        ));
    }
    Ok(format!(
        "--strict accepts the types, {ts_dir}/usage.ts and smoke.ts (compiled to {})",
        rel(&tools.root, &smoke)
    ))
}

/// Generates a target's types and compiles its TypeScript consumer and smoke test
/// (what `cargo xtask contract` needs when it runs on its own).
pub fn build_typescript(tools: &Tools, target: &Target) -> Result<String, String> {
    generate_typescript(tools, target)?;
    check_typescript(tools, target)
}

fn link_node_modules(tools: &Tools, dir: &Path) -> Result<(), String> {
    let link = dir.join("node_modules");
    let wanted = tools.node_prefix().join("node_modules");
    if std::fs::read_link(&link).is_ok_and(|to| to == wanted) {
        return Ok(());
    }
    match std::fs::symlink_metadata(&link) {
        Ok(meta) if meta.is_dir() => std::fs::remove_dir_all(&link),
        Ok(_) => std::fs::remove_file(&link),
        Err(_) => Ok(()),
    }
    .map_err(|e| format!("cannot replace {}: {e}", link.display()))?;
    #[cfg(unix)]
    let made = std::os::unix::fs::symlink(&wanted, &link);
    #[cfg(windows)]
    let made = std::os::windows::fs::symlink_dir(&wanted, &link);
    made.map_err(|e| {
        format!(
            "cannot link {} to {}: {e}",
            link.display(),
            wanted.display()
        )
    })
}

fn remove_dir(dir: &Path) -> Result<(), String> {
    match std::fs::remove_dir_all(dir) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(format!("cannot remove {}: {e}", dir.display())),
    }
}

/// `path` relative to `root` when inside it, for short messages.
pub fn rel(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .display()
        .to_string()
}
