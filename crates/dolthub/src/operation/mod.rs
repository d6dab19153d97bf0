//! [`Operation<T>`]: an asynchronous server-side job and how to wait for it.
//!
//! Forks, SQL writes, merges and imports return at once with an operation
//! name; the work finishes later. An `Operation` remembers the name and how to
//! poll it (the shape-specific reading lives in the private `poll` module), and
//! [`Operation::wait`] polls until the operation finishes, fails, or the
//! deadline passes:
//!
//! * the first poll after `initial`, which defaults per kind of job to about
//!   when such a job can first be done (SQL write 0.5 s, merge 0.6 s, fork and
//!   import 1.5 s): polling earlier only costs a request. Then steps start at
//!   0.6 x `initial` and grow by 1.3 (capped at `max`): dense around the
//!   typical completion, where a sparse schedule loses the most time, and
//!   still geometric, so a long import costs a logarithmic number of polls.
//!   Each step is jittered by +/-10% so many waiters do not poll in
//!   lock-step; never sleeping past the deadline and polling once more at
//!   it. Full jitter, as the retry policy uses, would average half a step per
//!   sleep: more polls and later detection. Against a fixed 1 s poller on
//!   jobs finishing 0.6-2.0 s after the start, this notices completion sooner
//!   with no more polls (BENCHMARKS.md);
//! * a poll that hangs is cut off at the deadline (the poll made at the
//!   deadline gets 250 ms of grace), so a slow server cannot stretch the wait;
//! * progress events on every state change and poll failure;
//! * fail-fast after `max_consecutive_errors` failed polls in a row (the polls
//!   themselves are GETs and already retried by the client's retry policy);
//!   errors that cannot heal by waiting (the operation failed, bad
//!   credentials, invalid input, a SQL error) end the wait at once.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

// The tokio clock, not `std`'s: the deadline is measured on the clock the
// sleeps run on, so a paused test clock gives exact, instant waits.
use tokio::time::Instant;

pub(crate) mod outcome;
pub(crate) mod poll;
#[cfg(test)]
mod virtual_time_tests;

use crate::client::Client;
use crate::error::{Error, Result};
use crate::operation::poll::{PollStatus, Poller};
use rand::Rng;

/// Which kind of operation this is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OperationKind {
    /// `fork_database` / `poll_fork`.
    Fork,
    /// `sql_write` / `poll_sql_write` (merges by empty write included).
    SqlWrite,
    /// `merge_pull` / `poll_merge`.
    Merge,
    /// `upload_file` / `poll_import`.
    Import,
    /// A database job (merge or import) followed by its id in `list_jobs`,
    /// for callers that know only the job id; see
    /// [`JobsHandler::watch`](crate::resources::JobsHandler::watch).
    Job,
}

/// Settings of [`Operation::wait`].
///
/// ```
/// use std::time::Duration;
/// let options = dolthub::WaitOptions::default()
///     .deadline(Duration::from_secs(600))
///     .initial(Duration::from_secs(1))
///     .max(Duration::from_secs(10))
///     .max_consecutive_errors(3);
/// # let _ = options;
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct WaitOptions {
    /// Give up (with [`Error::Timeout`]) when the operation has not finished after this long.
    pub deadline: Duration,
    /// Sleep before the first poll; later sleeps start at 0.6 x this and grow
    /// by 1.3 (up to `max`), every one jittered by +/-10%.
    pub initial: Duration,
    /// Largest sleep between polls.
    pub max: Duration,
    /// Give up after this many failed polls in a row.
    pub max_consecutive_errors: u32,
}

impl Default for WaitOptions {
    /// Five-minute deadline, 500 ms first step, 8 s largest step, five poll errors in a row.
    fn default() -> Self {
        Self {
            deadline: Duration::from_secs(300),
            initial: Duration::from_millis(500),
            max: Duration::from_secs(8),
            max_consecutive_errors: 5,
        }
    }
}

impl WaitOptions {
    /// The defaults for one kind of job: [`WaitOptions::default`] with the
    /// first poll when such a job can first be done (SQL write 0.5 s, merge
    /// 0.6 s, fork and import 1.5 s, a watched job of unknown kind 1 s). Operations start with these.
    ///
    /// ```
    /// use dolthub::{OperationKind, WaitOptions};
    /// assert_eq!(WaitOptions::for_kind(OperationKind::Import).initial.as_millis(), 1500);
    /// ```
    pub fn for_kind(kind: OperationKind) -> Self {
        let initial = match kind {
            OperationKind::SqlWrite => Duration::from_millis(500),
            OperationKind::Merge => Duration::from_millis(600),
            OperationKind::Fork | OperationKind::Import => Duration::from_millis(1500),
            // A job from the list can be of any kind, so the first poll sits
            // between the quick kinds and the slow ones.
            OperationKind::Job => Duration::from_millis(1000),
        };
        Self {
            initial,
            ..Self::default()
        }
    }

    /// Set [`deadline`](Self::deadline).
    ///
    /// ```
    /// let o = dolthub::WaitOptions::default().deadline(std::time::Duration::from_secs(60));
    /// assert_eq!(o.deadline.as_secs(), 60);
    /// ```
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.deadline = deadline;
        self
    }

    /// Set [`initial`](Self::initial).
    ///
    /// ```
    /// let o = dolthub::WaitOptions::default().initial(std::time::Duration::from_millis(200));
    /// assert_eq!(o.initial.as_millis(), 200);
    /// ```
    pub fn initial(mut self, initial: Duration) -> Self {
        self.initial = initial;
        self
    }

    /// Set [`max`](Self::max).
    ///
    /// ```
    /// let o = dolthub::WaitOptions::default().max(std::time::Duration::from_secs(2));
    /// assert_eq!(o.max.as_secs(), 2);
    /// ```
    pub fn max(mut self, max: Duration) -> Self {
        self.max = max;
        self
    }

    /// Set [`max_consecutive_errors`](Self::max_consecutive_errors) (at least 1).
    ///
    /// ```
    /// let o = dolthub::WaitOptions::default().max_consecutive_errors(0);
    /// assert_eq!(o.max_consecutive_errors, 1);
    /// ```
    pub fn max_consecutive_errors(mut self, n: u32) -> Self {
        self.max_consecutive_errors = n.max(1);
        self
    }
}

/// What [`Operation::wait`] reports to a progress callback.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Progress {
    /// The operation's state changed (also sent for the first state seen).
    StateChanged {
        /// The server's word for the state (`Pending`, `Running`, ...).
        state: String,
        /// Time since the wait started.
        elapsed: Duration,
    },
    /// A poll failed; the wait goes on until too many fail in a row.
    PollFailed {
        /// Failed polls in a row so far.
        consecutive: u32,
        /// The error, as text (never containing the token).
        error: String,
    },
    /// The operation finished successfully.
    Finished {
        /// Time since the wait started.
        elapsed: Duration,
    },
}

type ProgressFn = Arc<dyn Fn(&Progress) + Send + Sync>;

/// Time the poll made at the deadline may take before the wait gives up.
const FINAL_POLL_GRACE: Duration = Duration::from_millis(250);

/// A started asynchronous operation whose result is a `T`
/// ([`ForkOutcome`](crate::ForkOutcome), [`WriteOutcome`](crate::WriteOutcome),
/// [`MergeOutcome`](crate::MergeOutcome) or [`ImportOutcome`](crate::ImportOutcome)).
///
/// ```no_run
/// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
/// use std::time::Duration;
/// let db = client.database("dolthub", "museum-collections");
/// let merged = db.pull("66").merge().await?
///     .with_options(dolthub::WaitOptions::default().deadline(Duration::from_secs(120)))
///     .on_progress(|p| eprintln!("{p:?}"))
///     .wait()
///     .await?;
/// println!("merged pull {}", merged.pull_id);
/// # Ok(()) }
/// ```
pub struct Operation<T> {
    client: Client,
    name: String,
    user_operation_name: Option<String>,
    kind: OperationKind,
    poller: Arc<dyn Poller<T>>,
    options: WaitOptions,
    progress: Option<ProgressFn>,
}

impl<T> fmt::Debug for Operation<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Operation")
            .field("kind", &self.kind)
            .field("name", &self.name)
            .field("user_operation_name", &self.user_operation_name)
            .field("options", &self.options)
            .finish_non_exhaustive()
    }
}

impl<T> Clone for Operation<T> {
    fn clone(&self) -> Self {
        Self {
            client: self.client.clone(),
            name: self.name.clone(),
            user_operation_name: self.user_operation_name.clone(),
            kind: self.kind,
            poller: Arc::clone(&self.poller),
            options: self.options.clone(),
            progress: self.progress.clone(),
        }
    }
}

impl<T> Operation<T> {
    pub(crate) fn new(
        client: Client,
        kind: OperationKind,
        name: String,
        user_operation_name: Option<String>,
        poller: impl Poller<T> + 'static,
    ) -> Self {
        Self {
            client,
            name,
            user_operation_name: user_operation_name.filter(|n| !n.is_empty()),
            kind,
            poller: Arc::new(poller),
            options: WaitOptions::for_kind(kind),
            progress: None,
        }
    }

    /// The operation name returned by the starting call (opaque).
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let op = client.fork("dolthub", "museum-collections").to_owner("liuliu").send().await?;
    /// println!("poll later with {}", op.name());
    /// # Ok(()) }
    /// ```
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The name under which the operation appears in
    /// [`Client::operations`](crate::Client::operations) (merges and imports only).
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let op = client.database("dolthub", "museum-collections").pull("66").merge().await?;
    /// if let Some(name) = op.user_operation_name() { println!("{name}"); }
    /// # Ok(()) }
    /// ```
    pub fn user_operation_name(&self) -> Option<&str> {
        self.user_operation_name.as_deref()
    }

    /// Which kind of operation this is.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let op = client.database("o", "d").sql().write("DELETE FROM t").to("main").await?;
    /// assert_eq!(op.kind(), dolthub::OperationKind::SqlWrite);
    /// # Ok(()) }
    /// ```
    pub fn kind(&self) -> OperationKind {
        self.kind
    }

    /// Replace the wait settings.
    ///
    /// ```no_run
    /// # async fn run(op: dolthub::Operation<dolthub::MergeOutcome>) -> dolthub::Result<()> {
    /// let outcome = op
    ///     .with_options(dolthub::WaitOptions::default().deadline(std::time::Duration::from_secs(30)))
    ///     .wait()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn with_options(mut self, options: WaitOptions) -> Self {
        self.options = options;
        self
    }

    /// Call `f` with every [`Progress`] event of [`wait`](Self::wait).
    ///
    /// ```no_run
    /// # async fn run(op: dolthub::Operation<dolthub::ImportOutcome>) -> dolthub::Result<()> {
    /// let outcome = op
    ///     .on_progress(|event| {
    ///         if let dolthub::Progress::StateChanged { state, .. } = event {
    ///             eprintln!("import is {state}");
    ///         }
    ///     })
    ///     .wait()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn on_progress(mut self, f: impl Fn(&Progress) + Send + Sync + 'static) -> Self {
        self.progress = Some(Arc::new(f));
        self
    }

    /// Poll once.
    ///
    /// Returns the current state or the outcome; a failed operation is an
    /// error ([`Error::OperationFailed`], or [`Error::Sql`] for writes).
    ///
    /// ```no_run
    /// # async fn run(op: dolthub::Operation<dolthub::ForkOutcome>) -> dolthub::Result<()> {
    /// match op.poll().await? {
    ///     dolthub::PollStatus::Done(fork) => println!("forked to {}/{}", fork.owner, fork.database),
    ///     dolthub::PollStatus::Running { state } => println!("still {state}"),
    ///     _ => {}
    /// }
    /// # Ok(()) }
    /// ```
    pub async fn poll(&self) -> Result<PollStatus<T>> {
        self.poller.poll(&self.client, &self.name).await
    }

    /// Poll until the operation finishes, fails or the deadline passes
    /// (see the [module docs](crate::operation) for the schedule).
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let fork = client.fork("dolthub", "museum-collections").to_owner("liuliu").send().await?
    ///     .wait().await?;
    /// println!("{}/{}", fork.owner, fork.database);
    /// # Ok(()) }
    /// ```
    pub async fn wait(self) -> Result<T> {
        self.wait_jittered(random_jitter).await
    }

    /// [`wait`](Self::wait) with each sleep scaled by `jitter()` (a factor
    /// near 1); tests pass a constant to get an exact schedule.
    pub(crate) async fn wait_jittered(self, mut jitter: impl FnMut() -> f64) -> Result<T> {
        let started = Instant::now();
        let options = &self.options;
        let mut step: u32 = 0;
        let mut consecutive_errors: u32 = 0;
        let mut last_state: Option<String> = None;
        let first = poll_delay(options.initial, options.max, 0, jitter());
        tokio::time::sleep(first.min(options.deadline)).await;
        loop {
            // A poll that hangs must not stretch the deadline; the last poll
            // (made at the deadline) still gets a short grace to answer.
            let budget = options
                .deadline
                .saturating_sub(started.elapsed())
                .max(FINAL_POLL_GRACE);
            let polled = match tokio::time::timeout(budget, self.poll()).await {
                Ok(polled) => polled,
                Err(_) => return Err(self.deadline_error(options, last_state.as_deref())),
            };
            match polled {
                Ok(PollStatus::Done(outcome)) => {
                    self.emit(Progress::Finished {
                        elapsed: started.elapsed(),
                    });
                    return Ok(outcome);
                }
                Ok(PollStatus::Running { state }) => {
                    consecutive_errors = 0;
                    if last_state.as_deref() != Some(state.as_str()) {
                        self.emit(Progress::StateChanged {
                            state: state.clone(),
                            elapsed: started.elapsed(),
                        });
                        last_state = Some(state);
                    }
                }
                Err(err) if is_final(&err) => return Err(err),
                Err(err) => {
                    consecutive_errors += 1;
                    self.emit(Progress::PollFailed {
                        consecutive: consecutive_errors,
                        error: err.to_string(),
                    });
                    if consecutive_errors >= options.max_consecutive_errors {
                        return Err(err);
                    }
                }
            }
            let elapsed = started.elapsed();
            if elapsed >= options.deadline {
                return Err(self.deadline_error(options, last_state.as_deref()));
            }
            step = step.saturating_add(1);
            let delay = poll_delay(options.initial, options.max, step, jitter())
                .min(options.deadline - elapsed);
            tokio::time::sleep(delay).await;
        }
    }

    fn deadline_error(&self, options: &WaitOptions, last_state: Option<&str>) -> Error {
        Error::Timeout {
            what: format!(
                "operation {} did not finish within {:.1} s (last state: {})",
                self.name,
                options.deadline.as_secs_f64(),
                last_state.unwrap_or("unknown"),
            ),
        }
    }

    fn emit(&self, event: Progress) {
        if let Some(f) = &self.progress {
            f(&event);
        }
    }
}

/// Steps after the first poll start at this share of `initial` ...
const FIRST_STEP: f64 = 0.6;
/// ... and grow by this factor.
const GROWTH: f64 = 1.3;
/// Each sleep is scaled by a random factor in [1 - JITTER, 1 + JITTER].
const JITTER: f64 = 0.1;

/// A random factor in [1 - JITTER, 1 + JITTER].
fn random_jitter() -> f64 {
    rand::rng().random_range(1.0 - JITTER..=1.0 + JITTER)
}

/// The sleep before poll `step` (0 = the first poll): `initial`, then
/// `initial * 0.6 * 1.3^(step-1)`, capped at `max`, times `factor` (clamped
/// to [0.9, 1.1], so no jitter source can stretch the schedule further).
fn poll_delay(initial: Duration, max: Duration, step: u32, factor: f64) -> Duration {
    let nominal = match step {
        0 => initial.as_secs_f64(),
        n => initial.as_secs_f64() * FIRST_STEP * GROWTH.powi((n - 1).min(64) as i32),
    };
    let capped = nominal.min(max.as_secs_f64());
    let factor = if factor.is_finite() {
        factor.clamp(1.0 - JITTER, 1.0 + JITTER)
    } else {
        1.0
    };
    Duration::from_secs_f64(capped * factor)
}

/// Errors that waiting cannot cure.
fn is_final(err: &Error) -> bool {
    matches!(
        err,
        Error::OperationFailed { .. }
            | Error::Sql { .. }
            | Error::Unauthorized { .. }
            | Error::InvalidInput { .. }
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn poll_steps_start_dense_grow_by_a_third_within_ten_percent_and_stop_at_max() {
        let (initial, max) = (Duration::from_millis(500), Duration::from_secs(8));
        for (step, nominal_ms) in [
            (0u32, 500.0),
            (1, 300.0),
            (2, 390.0),
            (3, 507.0),
            (40, 8000.0),
        ] {
            for _ in 0..50 {
                let ms = poll_delay(initial, max, step, random_jitter()).as_secs_f64() * 1e3;
                assert!(
                    ms >= nominal_ms * 0.9 - 1e-6 && ms <= nominal_ms * 1.1 + 1e-6,
                    "step {step}: {ms} ms not within 10% of {nominal_ms}"
                );
            }
        }
        assert!(
            poll_delay(initial, max, u32::MAX, random_jitter()) <= max.mul_f64(1.1),
            "no overflow at huge steps"
        );
    }

    #[test]
    fn each_kind_of_job_has_its_first_poll() {
        let ms = |k| WaitOptions::for_kind(k).initial.as_millis();
        assert_eq!(ms(OperationKind::SqlWrite), 500);
        assert_eq!(ms(OperationKind::Merge), 600);
        assert_eq!(ms(OperationKind::Fork), 1500);
        assert_eq!(ms(OperationKind::Import), 1500);
    }
}
