//! Scenarios that measure memory run in a child process (this same binary,
//! `child <scenario> <url> [path]`), so each starts with a fresh peak-RSS
//! high-water mark. The child prints one JSON line with its figures.

use crate::{baseline, candidate, rss};
use serde::{Deserialize, Serialize};
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

/// What a child reports.
#[derive(Serialize, Deserialize, Debug, Clone, Copy)]
pub struct Measured {
    /// Wall time of the measured work.
    pub elapsed_ms: f64,
    /// Peak RSS of the whole child process, KiB.
    pub peak_kib: u64,
    /// Peak RSS after the first tenth of the work (pagination), KiB.
    pub early_peak_kib: u64,
    /// Items or bytes processed.
    pub count: u64,
}

impl Measured {
    /// Elapsed time as a `Duration`.
    pub fn elapsed(&self) -> Duration {
        Duration::from_secs_f64(self.elapsed_ms / 1e3)
    }
}

/// Runs `scenario` in a child process and parses its report.
pub fn spawn(scenario: &str, url: &str, path: Option<&Path>) -> Measured {
    let exe = std::env::current_exe().expect("own path");
    let mut command = Command::new(exe);
    command.args(["child", scenario, url]);
    if let Some(path) = path {
        command.arg(path);
    }
    let output = command.output().expect("spawn child");
    assert!(
        output.status.success(),
        "child {scenario} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    serde_json::from_str(stdout.trim()).expect("child report")
}

/// Runs `baseline` and `dolthub` scenarios in child processes for `rounds`
/// rounds, alternating which goes first; returns each side's reports.
pub fn alternate(
    rounds: usize,
    [baseline, dolthub]: [&str; 2],
    url: &str,
    path: Option<&Path>,
) -> (Vec<Measured>, Vec<Measured>) {
    let (mut base, mut cand) = (Vec::new(), Vec::new());
    for round in 0..rounds {
        let order = if round % 2 == 0 {
            [baseline, dolthub]
        } else {
            [dolthub, baseline]
        };
        for scenario in order {
            let m = spawn(scenario, url, path);
            if scenario == baseline {
                base.push(m)
            } else {
                cand.push(m)
            }
        }
    }
    (base, cand)
}

/// Entry point in the child: runs one scenario and prints its figures.
pub fn run(scenario: &str, url: &str, path: Option<&str>) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let mut early_peak = 0;
    let start = Instant::now();
    let count = runtime.block_on(async {
        match scenario {
            "import-baseline" => {
                let http = reqwest::Client::new();
                baseline::upload(&http, url, Path::new(path.expect("file"))).await
            }
            "import-dolthub" => {
                let client = candidate::client(url);
                candidate::upload(&client, Path::new(path.expect("file"))).await;
                std::fs::metadata(path.expect("file")).expect("size").len()
            }
            "pages-baseline" => {
                let http = reqwest::Client::new();
                baseline::walk_pulls(&http, url).await as u64
            }
            "pages-dolthub" => {
                let client = candidate::client(url);
                let tenth = crate::server::PAGES * crate::server::PER_PAGE / 10;
                candidate::walk_pulls(&client, |seen| {
                    if seen == tenth {
                        early_peak = rss::peak_kib().unwrap_or(0);
                    }
                })
                .await as u64
            }
            v2 if v2.starts_with("import-v2-") => {
                crate::import_v2::child(v2, url, Path::new(path.expect("file"))).await
            }
            other => panic!("unknown child scenario {other}"),
        }
    });
    let report = Measured {
        elapsed_ms: start.elapsed().as_secs_f64() * 1e3,
        peak_kib: rss::peak_kib().unwrap_or(0),
        early_peak_kib: early_peak,
        count,
    };
    println!("{}", serde_json::to_string(&report).expect("report"));
}
