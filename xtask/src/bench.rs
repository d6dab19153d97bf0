//! `cargo xtask bench [--quick] [--build]`: runs the `dolthub-bench` binary in
//! release mode, which measures the `dolthub` crate against plain reqwest on a
//! loopback server and writes `BENCHMARKS.md` at the workspace root.

use crate::paths;
use std::process::Command;

/// Builds and runs the benchmarks; extra flags are passed through.
pub fn run(flags: &[&str]) -> Result<(), String> {
    let root = paths::root();
    let out = root.join("BENCHMARKS.md");
    let status = Command::new(env!("CARGO"))
        .args(["run", "--release", "--locked", "-p", "dolthub-bench", "--"])
        .args(flags)
        .arg("--out")
        .arg(&out)
        .current_dir(&root)
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("the benchmarks failed ({status})"))
    }
}
