//! Instructions per call, counted by `valgrind --tool=callgrind` on this
//! binary's `profile` mode: a count that does not move with the load of a
//! shared machine, unlike wall time.
//!
//! The loopback server runs in the same process but on its own thread, and
//! callgrind writes one file per thread (`--separate-threads=yes`), so only
//! the main thread (the client's current-thread runtime) is counted. A run
//! without calls (`profile baseline none`: runtime, server and both clients
//! built) is subtracted, leaving the calls alone.

use std::path::Path;
use std::process::Command;

use crate::PROFILE_CALLS;
use crate::report::Row;

/// Whether `valgrind` can be run here.
pub fn available() -> bool {
    Command::new("valgrind")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Main-thread instructions of `profile <side> <which>`.
fn count(dir: &Path, side: &str, which: &str) -> u64 {
    let exe = std::env::current_exe().expect("own path");
    let stem = dir.join(format!("cg.{side}.{which}"));
    let status = Command::new("valgrind")
        .arg("--tool=callgrind")
        .arg("--separate-threads=yes")
        .arg(format!("--callgrind-out-file={}", stem.display()))
        .arg(&exe)
        .args(["profile", side, which])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .expect("run valgrind");
    assert!(status.success(), "callgrind profile {side} {which} failed");
    // Thread 1 is the main thread: `<stem>-01`.
    let main = dir.join(format!("cg.{side}.{which}-01"));
    let text = std::fs::read_to_string(&main).expect("callgrind output of the main thread");
    text.lines()
        .find_map(|l| {
            l.strip_prefix("summary:")
                .or_else(|| l.strip_prefix("totals:"))
        })
        .and_then(|v| v.trim().parse().ok())
        .expect("callgrind summary line")
}

/// One row per call kind: baseline and `dolthub` instructions per call.
pub fn rows() -> Vec<Row> {
    let dir = std::env::temp_dir().join(format!("dolthub-bench-cg-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let idle = count(&dir, "baseline", "none");
    let per_call = |n: u64| n.saturating_sub(idle) as f64 / PROFILE_CALLS as f64;
    let mut out = Vec::new();
    for (which, label) in [
        ("pull", "get pull"),
        ("branches", "list branches"),
        ("pull-v2", "get pull, API v2"),
        ("branches-v2", "list branches, API v2"),
    ] {
        let base = per_call(count(&dir, "baseline", which));
        let cand = per_call(count(&dir, "dolthub", which));
        out.push(Row {
            name: format!("instructions per call: {label} (callgrind, client thread)"),
            baseline: format!("{base:.0}"),
            candidate: format!("{cand:.0}"),
            ratio: Some(cand / base.max(1.0)),
            notes: format!(
                "{PROFILE_CALLS} calls per side, minus a run without calls; goal <= 1.05x"
            ),
        });
    }
    // The pagination walk, once per side: instructions per page of 20 pulls.
    let pages = crate::server::PAGES as f64;
    let per_page = |n: u64| n.saturating_sub(idle) as f64 / pages;
    let base = per_page(count(&dir, "baseline", "pages"));
    let cand = per_page(count(&dir, "dolthub", "pages"));
    out.push(Row {
        name: "instructions per page: walk pulls as a stream (callgrind, client thread)".into(),
        baseline: format!("{base:.0}"),
        candidate: format!("{cand:.0}"),
        ratio: Some(cand / base.max(1.0)),
        notes: format!(
            "{} pages of {} pulls; the baseline decodes into `serde_json::Value`, dolthub into typed pulls",
            crate::server::PAGES,
            crate::server::PER_PAGE
        ),
    });
    let _ = std::fs::remove_dir_all(&dir);
    out
}
