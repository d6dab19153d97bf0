//! The outside tools behind `spec-check`, `contract` and `docs`, installed
//! into `.tools/` (gitignored) from PyPI and npm at the versions pinned in
//! `xtask/tools/`. Nothing is installed globally and nothing is fetched
//! outside the two registries. A stamp file records what was installed; when
//! the pins, Python or Node change, the folder is rebuilt, otherwise the
//! install is skipped.

use crate::{paths, proc, spec};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

/// Where the tools live, relative to the workspace root.
pub const TOOLS_DIR: &str = ".tools";
/// The pinned Python packages.
pub const REQUIREMENTS: &str = "xtask/tools/requirements.txt";
/// The pinned Node packages and their lockfile.
pub const PACKAGE_JSON: &str = "xtask/tools/package.json";
pub const PACKAGE_LOCK: &str = "xtask/tools/package-lock.json";

const STAMP: &str = "spec-tools.stamp";
const INSTALL_TIMEOUT: Duration = Duration::from_secs(600);

/// Installed tools, with the environment to run them in.
#[derive(Debug, Clone)]
pub struct Tools {
    pub root: PathBuf,
    pub dir: PathBuf,
    /// True when this call installed them (false: the stamp matched).
    pub installed_now: bool,
}

impl Tools {
    pub fn venv(&self) -> PathBuf {
        self.dir.join("venv")
    }

    /// The venv's Python (has the generated client's runtime deps: httpx, attrs).
    pub fn python(&self) -> PathBuf {
        self.venv().join("bin").join("python")
    }

    /// An executable installed by pip into the venv.
    pub fn py_tool(&self, name: &str) -> PathBuf {
        self.venv().join("bin").join(name)
    }

    /// The npm prefix holding `node_modules`.
    pub fn node_prefix(&self) -> PathBuf {
        self.dir.join("node")
    }

    /// An executable installed by npm (`node_modules/.bin/<name>`).
    pub fn node_tool(&self, name: &str) -> PathBuf {
        self.node_prefix()
            .join("node_modules")
            .join(".bin")
            .join(name)
    }

    /// A command for a tool with the venv first on `PATH` (openapi-python-client
    /// calls `ruff` from there) and the tools' own network chatter turned off.
    pub fn command(&self, program: impl AsRef<Path>) -> Command {
        let mut cmd = Command::new(program.as_ref());
        let path = std::env::var_os("PATH").unwrap_or_default();
        let mut dirs = vec![self.venv().join("bin")];
        dirs.extend(std::env::split_paths(&path));
        if let Ok(joined) = std::env::join_paths(dirs) {
            cmd.env("PATH", joined);
        }
        cmd.current_dir(&self.root)
            .env("VIRTUAL_ENV", self.venv())
            .env("PYTHONDONTWRITEBYTECODE", "1")
            .env("PIP_DISABLE_PIP_VERSION_CHECK", "1")
            // Redocly: no usage telemetry, no update check.
            .env("REDOCLY_TELEMETRY", "off")
            .env("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true")
            // Schemathesis: no colours in captured output.
            .env("NO_COLOR", "1");
        cmd
    }

    /// Installed version of a Python distribution, from its metadata.
    pub fn py_version(&self, dist: &str) -> String {
        let dist_info = std::fs::read_dir(self.site_packages())
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .find(|name| {
                name.ends_with(".dist-info")
                    && name
                        .split('-')
                        .next()
                        .is_some_and(|n| normalise(n) == normalise(dist))
            });
        dist_info
            .and_then(|name| {
                name.trim_end_matches(".dist-info")
                    .split('-')
                    .nth(1)
                    .map(str::to_string)
            })
            .unwrap_or_else(|| "?".to_string())
    }

    /// Installed version of a Node package, from its `package.json`.
    pub fn node_version(&self, package: &str) -> String {
        let manifest = self
            .node_prefix()
            .join("node_modules")
            .join(package)
            .join("package.json");
        std::fs::read_to_string(manifest)
            .ok()
            .and_then(|text| serde_json::from_str::<serde_json::Value>(&text).ok())
            .and_then(|v| v["version"].as_str().map(str::to_string))
            .unwrap_or_else(|| "?".to_string())
    }

    fn site_packages(&self) -> PathBuf {
        let lib = self.venv().join("lib");
        std::fs::read_dir(&lib)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .find(|p| {
                p.file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with("python"))
            })
            .map(|p| p.join("site-packages"))
            .unwrap_or(lib)
    }
}

fn normalise(name: &str) -> String {
    name.to_ascii_lowercase().replace(['-', '.'], "_")
}

/// Makes sure the pinned tools are in `.tools/`, installing them when the
/// stamp is missing or stale. Prints one line saying which.
pub fn ensure() -> Result<Tools, String> {
    let root = paths::root();
    let dir = root.join(TOOLS_DIR);
    let mut tools = Tools {
        root: root.clone(),
        dir: dir.clone(),
        installed_now: false,
    };
    let wanted = stamp_text(&root)?;
    let stamp = dir.join(STAMP);
    let present = std::fs::read_to_string(&stamp).ok();
    let complete = tools.python().exists()
        && tools.node_tool("redocly").exists()
        && tools.node_tool("openapi-typescript").exists()
        && tools.node_tool("tsc").exists();
    let runtimes = runtimes_line(&wanted);
    if present.as_deref() == Some(wanted.as_str()) && complete {
        println!(
            "tools: pinned versions already in {TOOLS_DIR}/ (stamp matches), skipping install; {runtimes}"
        );
        return Ok(tools);
    }
    println!(
        "tools: installing pinned versions into {TOOLS_DIR}/ (PyPI and npm; once per pin change)"
    );
    let started = std::time::Instant::now();
    // A half-finished or outdated install is thrown away, never patched up.
    let _ = std::fs::remove_file(&stamp);
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    install_python(&tools)?;
    install_node(&tools)?;
    std::fs::write(&stamp, &wanted)
        .map_err(|e| format!("cannot write {}: {e}", stamp.display()))?;
    tools.installed_now = true;
    println!(
        "tools: installed in {:.0} s; {runtimes}",
        started.elapsed().as_secs_f64()
    );
    Ok(tools)
}

/// What the stamp must say: hashes of the pin files and the interpreters'
/// versions (a new Python needs a new venv).
fn stamp_text(root: &Path) -> Result<String, String> {
    let mut text =
        String::from("# written by cargo xtask (tools.rs); delete to force a reinstall\n");
    for file in [REQUIREMENTS, PACKAGE_JSON, PACKAGE_LOCK] {
        let content = spec::read_text(&root.join(file))?;
        text.push_str(&format!("{file} {}\n", spec::sha256(&content)));
    }
    text.push_str(&format!(
        "python3 {}\n",
        interpreter_version(&python3(), "--version")?
    ));
    text.push_str(&format!(
        "node {}\n",
        interpreter_version("node", "--version")?
    ));
    Ok(text)
}

/// "Python 3.11.7, node v20.20.2" from the stamp text.
fn runtimes_line(stamp: &str) -> String {
    let get = |key: &str| {
        stamp
            .lines()
            .find_map(|l| l.strip_prefix(key))
            .unwrap_or("?")
            .trim()
            .to_string()
    };
    format!("{}, node {}", get("python3 "), get("node "))
}

/// The Python used to create the venv: `$PYTHON` or `python3`.
fn python3() -> String {
    std::env::var("PYTHON").unwrap_or_else(|_| "python3".to_string())
}

fn interpreter_version(program: &str, flag: &str) -> Result<String, String> {
    let got = proc::run(Command::new(program).arg(flag), Duration::from_secs(30)).map_err(|e| {
        format!("{e}\n(spec tools need Python 3 with venv and Node.js with npm on PATH)")
    })?;
    if !got.success() {
        return Err(got.failure(&format!("{program} {flag}")));
    }
    Ok(got.output().trim().replace('\n', " "))
}

fn install_python(tools: &Tools) -> Result<(), String> {
    let venv = tools.venv();
    remove_dir(&venv)?;
    let mut create = Command::new(python3());
    create.arg("-m").arg("venv").arg(&venv);
    checked(&mut create, "python3 -m venv")?;
    let mut pip = tools.command(tools.python());
    pip.args([
        "-m",
        "pip",
        "install",
        "--no-input",
        "--disable-pip-version-check",
        "--quiet",
        "--requirement",
    ])
    .arg(tools.root.join(REQUIREMENTS));
    checked(&mut pip, "pip install -r xtask/tools/requirements.txt")
}

fn install_node(tools: &Tools) -> Result<(), String> {
    let prefix = tools.node_prefix();
    remove_dir(&prefix)?;
    std::fs::create_dir_all(&prefix)
        .map_err(|e| format!("cannot create {}: {e}", prefix.display()))?;
    for (from, to) in [
        (PACKAGE_JSON, "package.json"),
        (PACKAGE_LOCK, "package-lock.json"),
    ] {
        std::fs::copy(tools.root.join(from), prefix.join(to))
            .map_err(|e| format!("cannot copy {from}: {e}"))?;
    }
    let mut npm = tools.command("npm");
    // `ci` installs exactly the lockfile; no install scripts run (none of the
    // pinned packages needs one, and scripts are where downloads hide).
    npm.args([
        "ci",
        "--no-audit",
        "--no-fund",
        "--ignore-scripts",
        "--loglevel=error",
        "--prefix",
    ])
    .arg(&prefix);
    checked(&mut npm, "npm ci (xtask/tools/package-lock.json)")
}

fn checked(cmd: &mut Command, what: &str) -> Result<(), String> {
    let got = proc::run(cmd, INSTALL_TIMEOUT)?;
    if got.success() {
        Ok(())
    } else {
        Err(got.failure(what))
    }
}

fn remove_dir(dir: &Path) -> Result<(), String> {
    match std::fs::remove_dir_all(dir) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(format!("cannot remove {}: {e}", dir.display())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pin_files_pin_exact_versions() {
        let root = paths::root();
        let reqs = std::fs::read_to_string(root.join(REQUIREMENTS)).unwrap();
        for line in reqs.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            assert!(line.contains("=="), "not pinned: {line}");
        }
        for tool in [
            "openapi-spec-validator==",
            "openapi-python-client==",
            "schemathesis==",
        ] {
            assert!(reqs.contains(tool), "{tool} missing");
        }
        let package: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(root.join(PACKAGE_JSON)).unwrap())
                .unwrap();
        let deps = package["dependencies"].as_object().unwrap();
        for (name, version) in deps {
            let v = version.as_str().unwrap();
            assert!(
                v.chars().next().is_some_and(|c| c.is_ascii_digit()),
                "{name} is not pinned exactly: {v}"
            );
        }
        let lock: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(root.join(PACKAGE_LOCK)).unwrap())
                .unwrap();
        assert_eq!(
            lock["packages"][""]["dependencies"], package["dependencies"],
            "package-lock.json is stale: run npm install in a scratch copy"
        );
    }

    #[test]
    fn names_normalise_like_pip() {
        assert_eq!(
            normalise("openapi_spec_validator"),
            normalise("openapi-spec-validator")
        );
        assert_eq!(normalise("Jinja2"), "jinja2");
    }
}
