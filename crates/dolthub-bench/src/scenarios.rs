//! In-process scenarios: per-call overhead, concurrency, waits. Baseline and
//! candidate alternate within each round (which goes first alternates too),
//! so drift on a noisy machine affects both.

use crate::report::Row;
use crate::server::BenchServer;
use crate::stats::{fmt, median, ratio};
use crate::{baseline, candidate};
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

/// Sizes of a run.
#[derive(Clone, Copy)]
pub struct Plan {
    /// Rounds per scenario (each gives one sample per side).
    pub rounds: usize,
    /// Sequential calls per round.
    pub calls: usize,
    /// Concurrent calls per batch.
    pub concurrency: usize,
    /// Rounds of the wait scenario (each waits about a second or two).
    pub wait_rounds: usize,
}

async fn timed<F: std::future::Future<Output = usize>>(f: F) -> Duration {
    let start = Instant::now();
    let n = f.await;
    std::hint::black_box(n);
    start.elapsed()
}

/// N sequential calls of one endpoint, per-call medians.
pub async fn overhead(server: &BenchServer, plan: Plan, which: &str) -> Row {
    let http = reqwest::Client::new();
    let client = match which {
        "pull-plain" => candidate::plain_client(&server.url),
        "branches-v2" | "pull-v2" => candidate::client_v2(&server.url),
        _ => candidate::client(&server.url),
    };
    let (mut base, mut cand) = (Vec::new(), Vec::new());
    let calls = plan.calls;
    let one_base = || async {
        let mut n = 0;
        for i in 0..calls {
            n += match which {
                "branches" => baseline::list_branches(&http, &server.url).await,
                "branches-v2" => baseline::list_branches_v2(&http, &server.url).await,
                "pull-v2" => baseline::get_pull_v2(&http, &server.url, &(i + 1).to_string()).await,
                _ => baseline::get_pull(&http, &server.url, &(i + 1).to_string()).await,
            };
        }
        n
    };
    let one_cand = || async {
        let mut n = 0;
        for i in 0..calls {
            n += match which {
                "branches" | "branches-v2" => candidate::list_branches(&client).await,
                _ => candidate::get_pull(&client, &(i + 1).to_string()).await,
            };
        }
        n
    };
    // Warm both connection pools and allocators.
    timed(one_base()).await;
    timed(one_cand()).await;
    for round in 0..plan.rounds {
        if round % 2 == 0 {
            base.push(timed(one_base()).await / calls as u32);
            cand.push(timed(one_cand()).await / calls as u32);
        } else {
            cand.push(timed(one_cand()).await / calls as u32);
            base.push(timed(one_base()).await / calls as u32);
        }
    }
    let (b, c) = (median(&base), median(&cand));
    let name = match which {
        "branches" => "per-call: list branches (sequential)",
        "branches-v2" => "per-call: list branches, API v2 (sequential)",
        "pull-v2" => "per-call: get pull, API v2 (sequential)",
        "pull-plain" => {
            "per-call: get pull, dolthub over an injected plain reqwest::Client, no timeout"
        }
        _ => "per-call: get pull (sequential)",
    };
    Row {
        name: name.into(),
        baseline: fmt(b),
        candidate: fmt(c),
        ratio: Some(ratio(c, b)),
        notes: format!("{} rounds x {} calls; goal <= 1.05x", plan.rounds, calls),
    }
}

/// Batches of concurrent calls over one client; also counts TCP connections.
pub async fn concurrency(server: &BenchServer, plan: Plan) -> Row {
    let http = reqwest::Client::new();
    let client = candidate::client(&server.url);
    let n = plan.concurrency;
    let batch_base = || async {
        let calls = (0..n).map(|_| baseline::list_branches(&http, &server.url));
        futures::future::join_all(calls)
            .await
            .into_iter()
            .sum::<usize>()
    };
    let batch_cand = || async {
        let calls = (0..n).map(|_| candidate::list_branches(&client));
        futures::future::join_all(calls)
            .await
            .into_iter()
            .sum::<usize>()
    };
    let connections = || server.stats.connections.load(Ordering::Relaxed);
    let before = connections();
    timed(batch_base()).await;
    let base_conns = connections() - before;
    let before = connections();
    timed(batch_cand()).await;
    let cand_conns = connections() - before;
    let (mut base, mut cand) = (Vec::new(), Vec::new());
    let before_rounds = connections();
    for round in 0..plan.rounds {
        if round % 2 == 0 {
            base.push(timed(batch_base()).await);
            cand.push(timed(batch_cand()).await);
        } else {
            cand.push(timed(batch_cand()).await);
            base.push(timed(batch_base()).await);
        }
    }
    let later = connections() - before_rounds;
    let (b, c) = (median(&base), median(&cand));
    Row {
        name: format!("{n} concurrent list-branches calls, one client"),
        baseline: fmt(b),
        candidate: fmt(c),
        ratio: Some(ratio(c, b)),
        notes: format!(
            "connections opened by the first batch: baseline {base_conns}, dolthub {cand_conns}; \
             new connections in {} later batches (both sides): {later}",
            plan.rounds * 2
        ),
    }
}

/// How late each side notices a job completing, and how many polls it takes.
pub async fn waits(server: &BenchServer, plan: Plan) -> Row {
    let http = reqwest::Client::new();
    let client = candidate::client(&server.url);
    let (mut base_late, mut cand_late, mut base_polls, mut cand_polls) =
        (vec![], vec![], vec![], vec![]);
    for round in 0..plan.wait_rounds {
        // Completion 0.6 s .. 2.0 s after the start, different every round.
        let after = Duration::from_millis(600 + (round as u64 * 370) % 1400);

        let done_at = Instant::now() + after;
        let name = server.stats.job_completing_at(done_at);
        let polls = server.stats.polls.load(Ordering::Relaxed);
        fixed_poller(&http, &server.url, &name).await;
        base_late.push(Instant::now().saturating_duration_since(done_at));
        base_polls.push(server.stats.polls.load(Ordering::Relaxed) - polls);

        let done_at = Instant::now() + after;
        server.stats.job_completing_at(done_at);
        let polls = server.stats.polls.load(Ordering::Relaxed);
        client
            .database("bench", "db")
            .pull("1")
            .merge()
            .send()
            .await
            .expect("start merge")
            .wait()
            .await
            .expect("merge wait");
        cand_late.push(Instant::now().saturating_duration_since(done_at));
        cand_polls.push(server.stats.polls.load(Ordering::Relaxed) - polls);
    }
    let (b, c) = (median(&base_late), median(&cand_late));
    let med = |v: &mut Vec<usize>| {
        v.sort_unstable();
        v[v.len() / 2]
    };
    Row {
        name: "wait: completion -> wait() returns (jobs finishing 0.6-2.0 s after start)".into(),
        baseline: format!("{} (fixed 1 s poller)", fmt(b)),
        candidate: fmt(c),
        ratio: Some(ratio(c, b)),
        notes: format!(
            "median polls per job: fixed poller {}, dolthub {}; {} jobs each; goal: sooner, no more polls",
            med(&mut base_polls),
            med(&mut cand_polls),
            plan.wait_rounds
        ),
    }
}

/// The naive loop many scripts use: poll, sleep one second, repeat.
async fn fixed_poller(http: &reqwest::Client, base: &str, operation: &str) {
    loop {
        let poll: serde_json::Value = http
            .get(format!("{base}/api/v1alpha1/bench/db/pulls/1/merge"))
            .header("authorization", baseline::TOKEN)
            .query(&[("operationName", operation)])
            .send()
            .await
            .expect("poll")
            .json()
            .await
            .expect("poll body");
        if poll["job_status"] == "Completed" {
            return;
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
}
