//! `cargo xtask regen [--check]`: one code path for writing and checking.

use crate::paths::Version;
use crate::{generate, lint, paths, spec};

/// Write the generated file, or only compare it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Write each generated file that differs.
    Write,
    /// Fail with a unified diff when a generated file differs.
    Check,
}

/// Lints every spec, generates its client and writes or checks it. In
/// check mode every version is compared before failing, so one run reports
/// all drift.
pub fn run(mode: Mode) -> Result<(), String> {
    let mut failures = Vec::new();
    for version in paths::VERSIONS {
        if let Err(message) = run_version(version, mode) {
            failures.push(message);
        }
    }
    if failures.is_empty() {
        Ok(())
    } else {
        Err(failures.join("\n\n"))
    }
}

/// Generates one version and writes or checks its file.
pub fn run_version(version: &Version, mode: Mode) -> Result<(), String> {
    let root = paths::root();
    let text = spec::read_text(&root.join(version.spec))?;
    lint::check(&text).map_err(|e| format!("{}: {e}", version.spec))?;
    let fresh = generate::generate(&text, version)?;
    let target = root.join(version.generated);
    let committed = std::fs::read_to_string(&target).unwrap_or_default();
    if committed == fresh {
        println!("{} is up to date with {}", version.generated, version.spec);
        return Ok(());
    }
    match mode {
        Mode::Write => {
            if let Some(dir) = target.parent() {
                std::fs::create_dir_all(dir)
                    .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
            }
            std::fs::write(&target, &fresh)
                .map_err(|e| format!("cannot write {}: {e}", target.display()))?;
            println!("wrote {} from {}", version.generated, version.spec);
            Ok(())
        }
        Mode::Check => Err(format!(
            "{} differs from what {} generates:\n{}\nrun `cargo xtask regen` and commit the result",
            version.generated,
            version.spec,
            unified_diff(&committed, &fresh)
        )),
    }
}

/// A unified diff, cut after a few hundred lines so CI logs stay readable.
pub fn unified_diff(committed: &str, fresh: &str) -> String {
    const MAX_LINES: usize = 400;
    let diff = similar::TextDiff::from_lines(committed, fresh)
        .unified_diff()
        .context_radius(3)
        .header("committed generated.rs", "generated from the spec")
        .to_string();
    let total = diff.lines().count();
    if total <= MAX_LINES {
        return diff;
    }
    let mut cut: String = diff.lines().take(MAX_LINES).collect::<Vec<_>>().join("\n");
    cut.push_str(&format!("\n... ({} more diff lines)\n", total - MAX_LINES));
    cut
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diff_shows_changed_lines() {
        let diff = unified_diff("a\nb\nc\n", "a\nB\nc\n");
        assert!(diff.contains("-b") && diff.contains("+B"), "{diff}");
    }
}
