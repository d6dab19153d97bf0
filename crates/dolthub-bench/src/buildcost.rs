//! Clean release build times (`--build`): a minimal program on plain reqwest +
//! serde + tokio (the baseline), the same program on `dolthub`, and the
//! `dolthub` CLI.
//!
//! The two small programs live in `buildcost/` as templates. Each round writes
//! them into a scratch directory next to a copy of the workspace `Cargo.lock`,
//! so every build resolves the exact versions the workspace pins, then builds
//! each of the three in a fresh, empty target directory. Programs alternate
//! within a round (plain, dolthub, CLI, plain, ...) so a machine that gets
//! busier or quieter during the run weighs on all three alike; the rows report
//! medians over rounds and the ratios to the plain program.

use crate::report::Row;
use crate::stats::{fmt, ratio};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

const PLAIN_MANIFEST: &str = include_str!("../buildcost/plain.Cargo.toml");
const PLAIN_MAIN: &str = include_str!("../buildcost/plain.rs");
const WRAPPER_MANIFEST: &str = include_str!("../buildcost/wrapper.Cargo.toml");
const WRAPPER_MAIN: &str = include_str!("../buildcost/wrapper.rs");

/// One timed build: how long, and how many crates it compiled.
struct Build {
    took: Duration,
    crates: usize,
}

/// The three build rows, each program built `rounds` times from scratch.
pub fn rows(rounds: usize) -> Vec<Row> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let root = root.canonicalize().expect("workspace root");
    let scratch = std::env::temp_dir().join("dolthub-bench-build");
    let _ = std::fs::remove_dir_all(&scratch);
    let plain = write_program(&scratch, "plain", PLAIN_MANIFEST, PLAIN_MAIN, &root);
    let wrapper = write_program(&scratch, "wrapper", WRAPPER_MANIFEST, WRAPPER_MAIN, &root);

    let (mut p, mut w, mut c) = (Vec::new(), Vec::new(), Vec::new());
    for round in 1..=rounds {
        eprintln!("build round {round}/{rounds}: plain, dolthub, CLI");
        p.push(build(&plain, &[], &scratch.join("target-plain")));
        w.push(build(&wrapper, &[], &scratch.join("target-wrapper")));
        c.push(build(
            &root,
            &["--locked", "-p", "dolthub-cli"],
            &scratch.join("target-cli"),
        ));
    }
    let _ = std::fs::remove_dir_all(&scratch);

    let base = median(&p);
    let row = |name: &str, builds: &[Build], goal: &str| {
        let took = median(builds);
        Row {
            name: name.into(),
            baseline: format!("{} ({} crates)", fmt(base.took), base.crates),
            candidate: format!("{} ({} crates)", fmt(took.took), took.crates),
            ratio: Some(ratio(took.took, base.took)),
            notes: format!(
                "{goal}; clean `cargo build --release`, fresh target dir, median of {rounds} alternating round(s): {}",
                builds
                    .iter()
                    .map(|b| fmt(b.took))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        }
    };
    vec![
        row(
            "clean release build: program on dolthub vs plain reqwest",
            &w,
            "goal <= 1.5x",
        ),
        row(
            "clean release build: dolthub CLI vs plain reqwest program",
            &c,
            "for reference",
        ),
    ]
}

/// Writes one template program (manifest, `src/main.rs`, the workspace lock)
/// under `scratch/name` and returns its directory.
fn write_program(scratch: &Path, name: &str, manifest: &str, main: &str, root: &Path) -> PathBuf {
    let dir = scratch.join(name);
    std::fs::create_dir_all(dir.join("src")).expect("scratch program dir");
    let dolthub = root.join("crates/dolthub");
    let manifest = manifest.replace("@DOLTHUB@", &dolthub.to_string_lossy());
    std::fs::write(dir.join("Cargo.toml"), manifest).expect("write manifest");
    std::fs::write(dir.join("src/main.rs"), main).expect("write main.rs");
    std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock")).expect("copy Cargo.lock");
    dir
}

/// `cargo build --release` in `dir` with an empty `target`; panics on failure
/// (a build row without a build is meaningless).
fn build(dir: &Path, args: &[&str], target: &Path) -> Build {
    let _ = std::fs::remove_dir_all(target);
    let start = Instant::now();
    let status = Command::new(env!("CARGO"))
        .args(["build", "--release"])
        .args(args)
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .env("CARGO_INCREMENTAL", "0")
        .status()
        .expect("run cargo build");
    let took = start.elapsed();
    assert!(status.success(), "building {} failed", dir.display());
    let crates = std::fs::read_dir(target.join("release/deps"))
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter(|e| e.path().extension().is_some_and(|x| x == "rlib"))
                .count()
        })
        .unwrap_or(0);
    let _ = std::fs::remove_dir_all(target);
    Build { took, crates }
}

/// The build with the median time (the lower middle one for an even count).
fn median(builds: &[Build]) -> Build {
    let mut times: Vec<(Duration, usize)> = builds.iter().map(|b| (b.took, b.crates)).collect();
    times.sort();
    let (took, crates) = times[(times.len() - 1) / 2];
    Build { took, crates }
}
