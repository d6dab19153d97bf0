//! [`Operation::wait`] on tokio's paused clock: the poll schedule of each
//! kind of job, its growth, the cap, the jitter bounds and the deadline that
//! cuts off a hanging poll, with exact virtual times and no real sleeping.
//!
//! Each version's poll answers go through that version's real
//! interpretation (`interpret_job` for v1alpha1's job polls, the v2
//! operations poller's `interpret`); only the HTTP request is scripted, since
//! real sockets and a paused clock do not mix (the clock would jump while a
//! request is in flight).

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures::future::BoxFuture;
use tokio::time::Instant;

use crate::client::Client;
use crate::error::{Error, Result};
use crate::models::JobPoll;
use crate::operation::poll::{PollStatus, Poller, interpret_job};
use crate::operation::{Operation, OperationKind, WaitOptions};
use crate::outcome::MergeOutcome;
use crate::v2::operation::{Fallback, interpret};
use crate::{ApiVersion, Progress};

/// One scripted poll answer.
#[derive(Clone, Copy)]
enum Answer {
    Running,
    Done,
    /// The request never answers.
    Hang,
}

/// A poller answering from a script in `version`'s wire format and
/// recording the virtual time of every poll.
struct Scripted {
    version: ApiVersion,
    answers: Mutex<VecDeque<Answer>>,
    polled_at: Arc<Mutex<Vec<Duration>>>,
    started: Instant,
}

impl Scripted {
    fn body(&self, answer: Answer) -> &'static str {
        match (self.version, answer) {
            (ApiVersion::V2, Answer::Running) => {
                r#"{"id":"op-1","type":"merge","status":"running","created_at":"2026-01-01T00:00:00Z"}"#
            }
            (ApiVersion::V2, _) => {
                r#"{"id":"op-1","type":"merge","status":"succeeded","created_at":"2026-01-01T00:00:00Z","result":{"pull_number":7}}"#
            }
            (_, Answer::Running) => {
                r#"{"status":"Success","job_created":true,"job_status":"In Progress"}"#
            }
            (_, _) => r#"{"status":"Success","job_status":"Completed","pull_id":"7"}"#,
        }
    }

    fn read(&self, answer: Answer, name: &str) -> Result<PollStatus<MergeOutcome>> {
        let body = self.body(answer);
        if self.version == ApiVersion::V2 {
            let op = serde_json::from_str(body).expect("a v2 operation");
            return interpret(op, name, &Fallback::default());
        }
        let poll: JobPoll = serde_json::from_str(body).expect("a v1alpha1 job poll");
        Ok(match interpret_job(&poll, name)? {
            PollStatus::Running { state } => PollStatus::Running { state },
            PollStatus::Done(done) => PollStatus::Done(MergeOutcome {
                pull_id: done.pull_id,
                operation_name: name.to_owned(),
            }),
        })
    }
}

impl Poller<MergeOutcome> for Scripted {
    fn poll<'a>(
        &'a self,
        _client: &'a Client,
        name: &'a str,
    ) -> BoxFuture<'a, Result<PollStatus<MergeOutcome>>> {
        Box::pin(async move {
            self.polled_at.lock().unwrap().push(self.started.elapsed());
            let answer = self.answers.lock().unwrap().pop_front();
            match answer {
                Some(Answer::Hang) | None => std::future::pending().await,
                Some(answer) => self.read(answer, name),
            }
        })
    }
}

/// What one wait did: its result, when each poll was made, when it ended
/// and the progress events, all on the virtual clock.
struct Run {
    result: Result<MergeOutcome>,
    polled_at: Vec<Duration>,
    ended_at: Duration,
    states: Vec<String>,
}

/// Waits for an operation of `kind` on `version` whose polls answer
/// `script`, with every sleep scaled by `jitter`.
async fn wait_for(
    version: ApiVersion,
    kind: OperationKind,
    options: Option<WaitOptions>,
    script: &[Answer],
    jitter: f64,
) -> Run {
    let client = Client::builder()
        .base_url("http://127.0.0.1:9")
        .api_version(version)
        .build()
        .unwrap();
    let started = Instant::now();
    let polled_at = Arc::new(Mutex::new(Vec::new()));
    let poller = Scripted {
        version,
        answers: Mutex::new(script.iter().copied().collect()),
        polled_at: Arc::clone(&polled_at),
        started,
    };
    let states = Arc::new(Mutex::new(Vec::new()));
    let seen = Arc::clone(&states);
    let mut op = Operation::new(client, kind, "op-1".into(), None, poller).on_progress(move |p| {
        if let Progress::StateChanged { state, .. } = p {
            seen.lock().unwrap().push(state.clone());
        }
    });
    if let Some(options) = options {
        op = op.with_options(options);
    }
    let result = op.wait_jittered(|| jitter).await;
    let ended_at = started.elapsed();
    let polled_at = polled_at.lock().unwrap().clone();
    let states = states.lock().unwrap().clone();
    Run {
        result,
        polled_at,
        ended_at,
        states,
    }
}

const VERSIONS: [ApiVersion; 2] = [ApiVersion::V1alpha1, ApiVersion::V2];

fn ms(n: u64) -> Duration {
    Duration::from_millis(n)
}

#[tokio::test(start_paused = true)]
async fn the_first_poll_comes_when_each_kind_of_job_can_first_be_done() {
    for version in VERSIONS {
        for (kind, first) in [
            (OperationKind::SqlWrite, 500),
            (OperationKind::Merge, 600),
            (OperationKind::Fork, 1500),
            (OperationKind::Import, 1500),
            (OperationKind::Job, 1000),
        ] {
            let run = wait_for(version, kind, None, &[Answer::Done], 1.0).await;
            let outcome = run.result.unwrap();
            assert_eq!(outcome.pull_id, "7", "{version} {kind:?}");
            assert_eq!(run.polled_at, [ms(first)], "{version} {kind:?}");
            assert_eq!(run.ended_at, ms(first), "{version} {kind:?}");
        }
    }
}

#[tokio::test(start_paused = true)]
async fn later_polls_start_at_six_tenths_of_the_first_and_grow_by_1_3() {
    use Answer::{Done, Running};
    for version in VERSIONS {
        let script = [Running, Running, Running, Running, Done];
        let run = wait_for(version, OperationKind::Merge, None, &script, 1.0).await;
        assert!(run.result.is_ok(), "{version}");
        // 600, +360, +468, +608.4, +790.92: the clock ticks in whole
        // milliseconds, so the fractional sleeps end on the next one.
        assert_eq!(
            run.polled_at,
            [ms(600), ms(960), ms(1428), ms(2037), ms(2828)],
            "{version}"
        );
        assert_eq!(run.ended_at, ms(2828), "{version}");
        let running = if version == ApiVersion::V2 {
            "running"
        } else {
            "Running"
        };
        // One event per change of state, not per poll.
        assert_eq!(run.states, [running], "{version}");
    }
}

#[tokio::test(start_paused = true)]
async fn steps_stop_growing_at_max_and_jitter_stays_within_ten_percent() {
    use Answer::{Done, Running};
    let capped = WaitOptions::default().initial(ms(1000)).max(ms(700));
    for version in VERSIONS {
        let script = [Running, Running, Running, Done];
        let run = wait_for(
            version,
            OperationKind::Merge,
            Some(capped.clone()),
            &script,
            1.0,
        )
        .await;
        // min(1000, 700) (the cap bounds the first sleep too), +600,
        // +min(780, 700), +min(1014, 700).
        assert_eq!(
            run.polled_at,
            [ms(700), ms(1300), ms(2000), ms(2700)],
            "{version}"
        );
        // The largest jitter stretches every sleep by exactly 10%...
        let slow = wait_for(version, OperationKind::Merge, None, &[Running, Done], 1.1).await;
        assert_eq!(slow.polled_at, [ms(660), ms(1056)], "{version}");
        // ... and a jitter source gone wild cannot stretch it further.
        let wild = wait_for(version, OperationKind::Merge, None, &[Running, Done], 5.0).await;
        assert_eq!(wild.polled_at, [ms(660), ms(1056)], "{version}");
        let fast = wait_for(version, OperationKind::Merge, None, &[Running, Done], 0.9).await;
        assert_eq!(fast.polled_at, [ms(540), ms(864)], "{version}");
    }
}

#[tokio::test(start_paused = true)]
async fn the_deadline_cuts_off_a_hanging_poll() {
    for version in VERSIONS {
        let options = WaitOptions::for_kind(OperationKind::Merge).deadline(Duration::from_secs(5));
        let run = wait_for(
            version,
            OperationKind::Merge,
            Some(options),
            &[Answer::Hang],
            1.0,
        )
        .await;
        assert_eq!(run.polled_at, [ms(600)], "{version}");
        // Not a moment later than the deadline, though the poll never answers.
        assert_eq!(run.ended_at, Duration::from_secs(5), "{version}");
        match run.result {
            Err(Error::Timeout { what }) => {
                assert!(what.contains("within 5.0 s"), "{what}");
                assert!(what.contains("last state: unknown"), "{what}");
            }
            other => panic!("{version}: {other:?}"),
        }
    }
}

#[tokio::test(start_paused = true)]
async fn the_poll_at_the_deadline_gets_a_short_grace_and_no_more() {
    use Answer::{Hang, Running};
    for version in VERSIONS {
        let options = WaitOptions::for_kind(OperationKind::Merge).deadline(Duration::from_secs(2));
        let script = [Running, Running, Running, Hang];
        let run = wait_for(version, OperationKind::Merge, Some(options), &script, 1.0).await;
        // The fourth sleep (608.4 ms) is cut to end at the deadline, where
        // one last poll is made; it hangs and is given up after 250 ms.
        assert_eq!(
            run.polled_at,
            [ms(600), ms(960), ms(1428), ms(2000)],
            "{version}"
        );
        assert_eq!(run.ended_at, ms(2250), "{version}");
        match run.result {
            Err(Error::Timeout { what }) => {
                let state = if version == ApiVersion::V2 {
                    "running"
                } else {
                    "Running"
                };
                assert!(what.contains(&format!("last state: {state}")), "{what}");
            }
            other => panic!("{version}: {other:?}"),
        }
    }
}

#[tokio::test(start_paused = true)]
async fn a_job_still_running_at_the_deadline_times_out_right_after_its_last_poll() {
    for version in VERSIONS {
        let options = WaitOptions::for_kind(OperationKind::Merge).deadline(ms(1000));
        let script = [Answer::Running; 8];
        let run = wait_for(version, OperationKind::Merge, Some(options), &script, 1.0).await;
        // 600, then +360 = 960, then the 468 ms step is cut to the deadline.
        assert_eq!(run.polled_at, [ms(600), ms(960), ms(1000)], "{version}");
        assert_eq!(run.ended_at, ms(1000), "{version}");
        assert!(
            matches!(run.result, Err(Error::Timeout { .. })),
            "{version}"
        );
    }
}
