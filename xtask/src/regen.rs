//! `cargo xtask regen [--check]`: one code path for writing and checking.

use crate::{generate, lint, paths, spec};

/// Write the generated file, or only compare it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Write `generated.rs` when it differs.
    Write,
    /// Fail with a unified diff when `generated.rs` differs.
    Check,
}

/// Lints the spec, generates the client and writes or checks it.
pub fn run(mode: Mode) -> Result<(), String> {
    let root = paths::root();
    let text = spec::read_text(&root.join(paths::SPEC))?;
    lint::check(&text)?;
    let fresh = generate::generate(&text)?;
    let target = root.join(paths::GENERATED);
    let committed = std::fs::read_to_string(&target).unwrap_or_default();
    if committed == fresh {
        println!("{} is up to date with {}", paths::GENERATED, paths::SPEC);
        return Ok(());
    }
    match mode {
        Mode::Write => {
            std::fs::write(&target, &fresh)
                .map_err(|e| format!("cannot write {}: {e}", target.display()))?;
            println!("wrote {} from {}", paths::GENERATED, paths::SPEC);
            Ok(())
        }
        Mode::Check => Err(format!(
            "{} differs from what {} generates:\n{}\nrun `cargo xtask regen` and commit the result",
            paths::GENERATED,
            paths::SPEC,
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
