//! `cargo xtask bench [--quick] [--build] [--no-callgrind] [--sql-rows 20000,80000,200000]`: runs the `dolthub-bench` binary in
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
        // The report names the command that produced it.
        .env("DOLTHUB_BENCH_VIA_XTASK", "1")
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("the benchmarks failed ({status})"))
    }
}
