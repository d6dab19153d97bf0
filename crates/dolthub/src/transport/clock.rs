//! The time limits of one request, kept with one timer.
//!
//! A request has up to two limits: the whole-request timeout (JSON calls
//! only) and the read timeout (the longest pause with no data moving, in
//! either direction). reqwest can enforce both, but it pays for them on every
//! call: a boxed timer for each limit while waiting for the answer, a third
//! timer re-armed on every body chunk, and two extra body layers. Under
//! callgrind that was about 3,900 instructions of a 97,000-instruction get
//! pull, so the transport keeps the limits itself instead:
//!
//! - one timer per attempt, armed for the earlier of the two limits;
//! - data moving only stores a time stamp ([`Clock::touch`]);
//! - when the timer fires, the clock works out the real deadline from the last
//!   activity and either reports the timeout or re-arms for the new deadline.
//!
//! A call that finishes before its first deadline (nearly all of them) sets
//! one timer and never re-arms it. Uploads count bytes *sent* as activity
//! too ([`Activity`]), so a long upload that keeps moving is not cut off while
//! the server has yet to answer.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::task::{Context, Poll, ready};
use std::time::Duration;

use bytes::Bytes;
use futures::Stream;
use tokio::time::{Instant, Sleep};

use crate::error::{Error, Result};

/// The limits one request runs under.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Limits {
    /// Whole request, answer included.
    pub(crate) total: Option<Duration>,
    /// Longest pause with no data moving.
    pub(crate) read: Option<Duration>,
}

/// When data last moved: a time stamp any task may update. A [`Clock`]
/// keeps one for its own task and may share another's (an upload's body is
/// polled by the connection, not by the request).
#[derive(Debug)]
pub(crate) struct Activity {
    base: Instant,
    /// Nanoseconds from `base` to the last movement.
    last: AtomicU64,
}

impl Activity {
    pub(crate) fn new() -> Self {
        Activity {
            base: Instant::now(),
            last: AtomicU64::new(0),
        }
    }

    /// Record that data moved now.
    pub(crate) fn touch(&self) {
        let nanos = u64::try_from(self.base.elapsed().as_nanos()).unwrap_or(u64::MAX);
        self.last.store(nanos, Ordering::Relaxed);
    }

    /// When data last moved (the start, if it never did).
    fn last(&self) -> Instant {
        self.base + Duration::from_nanos(self.last.load(Ordering::Relaxed))
    }
}

/// One attempt's limits, started when the attempt starts.
#[derive(Debug)]
pub(crate) struct Clock {
    limits: Limits,
    /// Started with the attempt: its base is the attempt's start.
    here: Activity,
    /// Activity seen on other tasks (uploads).
    shared: Option<Arc<Activity>>,
}

impl Clock {
    pub(crate) fn start(limits: Limits, shared: Option<Arc<Activity>>) -> Self {
        Clock {
            limits,
            here: Activity::new(),
            shared,
        }
    }

    /// Record that data moved now (an answer's head or a body chunk).
    pub(crate) fn touch(&self) {
        if self.limits.read.is_some() {
            self.here.touch();
        }
    }

    fn last_activity(&self) -> Instant {
        let here = self.here.last();
        match &self.shared {
            Some(other) => here.max(other.last()),
            None => here,
        }
    }

    /// When the request times out if nothing more moves; `None` without limits.
    fn due(&self) -> Option<Instant> {
        let total = self.limits.total.map(|t| self.here.base + t);
        let read = self.limits.read.map(|r| self.last_activity() + r);
        match (total, read) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    /// The error for a deadline that passed at `now`.
    fn expired(&self, now: Instant) -> Error {
        let what = match self.limits.total {
            Some(total) if now >= self.here.base + total => {
                format!(
                    "the request did not complete within the {} timeout",
                    seconds(total)
                )
            }
            _ => format!(
                "no data moved for {} (the read timeout)",
                seconds(self.limits.read.unwrap_or_default())
            ),
        };
        Error::Timeout { what }
    }

    /// Poll `timer` (armed for an earlier deadline); re-arm it while activity
    /// moved the deadline, and report the timeout once a deadline has passed.
    fn poll_timer(&self, mut timer: Pin<&mut Sleep>, cx: &mut Context<'_>) -> Poll<Error> {
        while timer.as_mut().poll(cx).is_ready() {
            let now = Instant::now();
            match self.due() {
                Some(due) if due > now => timer.as_mut().reset(due),
                _ => return Poll::Ready(self.expired(now)),
            }
        }
        Poll::Pending
    }
}

fn seconds(d: Duration) -> String {
    if d.subsec_millis() == 0 {
        format!("{} s", d.as_secs())
    } else {
        format!("{} ms", d.as_millis())
    }
}

pin_project_lite::pin_project! {
    /// `work` run under a [`Clock`]'s limits (`work` touches the clock as
    /// data moves); see [`watch`].
    ///
    /// A struct rather than an `async fn`: an `async fn` keeps both its
    /// `work` argument and the pinned copy of it in its state, and the
    /// attempt future it wraps is over a kilobyte, copied at each level.
    #[must_use = "futures do nothing unless polled"]
    pub(crate) struct Watch<'c, F> {
        #[pin]
        work: F,
        // Armed for the earliest deadline; `None` without limits.
        #[pin]
        timer: Option<Sleep>,
        clock: &'c Clock,
    }
}

/// Run `work` under `clock`'s limits; a passed deadline ends it with
/// [`Error::Timeout`] (the error `into` the work's own error type).
pub(crate) fn watch<F>(clock: &Clock, work: F) -> Watch<'_, F> {
    Watch {
        work,
        timer: clock.due().map(tokio::time::sleep_until),
        clock,
    }
}

impl<F, T, E> Future for Watch<'_, F>
where
    F: Future<Output = std::result::Result<T, E>>,
    E: From<Error>,
{
    type Output = std::result::Result<T, E>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        if let Poll::Ready(out) = this.work.poll(cx) {
            return Poll::Ready(out);
        }
        match this.timer.as_pin_mut() {
            Some(timer) => this.clock.poll_timer(timer, cx).map(|e| Err(e.into())),
            None => Poll::Pending,
        }
    }
}

/// A response body under a read timeout: each chunk counts as activity.
pub(crate) struct WatchedBody<S> {
    body: S,
    clock: Clock,
    /// Armed on the first wait for a chunk.
    timer: Option<Pin<Box<Sleep>>>,
    done: bool,
}

impl<S> WatchedBody<S> {
    pub(crate) fn new(body: S, read: Option<Duration>) -> Self {
        let clock = Clock::start(Limits { total: None, read }, None);
        WatchedBody {
            body,
            clock,
            timer: None,
            done: false,
        }
    }
}

impl<S> Stream for WatchedBody<S>
where
    S: Stream<Item = Result<Bytes>> + Unpin,
{
    type Item = Result<Bytes>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        if this.done {
            return Poll::Ready(None);
        }
        if let Poll::Ready(item) = Pin::new(&mut this.body).poll_next(cx) {
            this.clock.touch();
            this.done = !matches!(item, Some(Ok(_)));
            return Poll::Ready(item);
        }
        let Some(due) = this.clock.due() else {
            return Poll::Pending;
        };
        let timer = this
            .timer
            .get_or_insert_with(|| Box::pin(tokio::time::sleep_until(due)));
        let error = ready!(this.clock.poll_timer(timer.as_mut(), cx));
        this.done = true;
        Poll::Ready(Some(Err(error)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures::StreamExt;

    const MS: fn(u64) -> Duration = Duration::from_millis;

    fn limits(total: Option<u64>, read: Option<u64>) -> Limits {
        Limits {
            total: total.map(MS),
            read: read.map(MS),
        }
    }

    /// Work that touches the clock every `every` ms, `times` times, then ends.
    async fn trickle(clock: &Clock, every: u64, times: u32) -> Result<u32> {
        for _ in 0..times {
            tokio::time::sleep(MS(every)).await;
            clock.touch();
        }
        Ok(times)
    }

    #[tokio::test(start_paused = true)]
    async fn activity_keeps_a_request_alive_past_the_read_timeout() {
        let clock = Clock::start(limits(None, Some(300)), None);
        let started = Instant::now();
        // 10 pauses of 200 ms: 2 s in all, never 300 ms without data.
        assert_eq!(watch(&clock, trickle(&clock, 200, 10)).await.unwrap(), 10);
        assert_eq!(started.elapsed(), MS(2000));
    }

    #[tokio::test(start_paused = true)]
    async fn a_pause_longer_than_the_read_timeout_ends_the_request_at_its_deadline() {
        let clock = Clock::start(limits(None, Some(300)), None);
        let started = Instant::now();
        let work = async {
            trickle(&clock, 200, 3).await?;
            trickle(&clock, 1000, 1).await
        };
        let err = watch(&clock, work).await.unwrap_err();
        // Last data at 600 ms; the limit is 300 ms later.
        assert_eq!(started.elapsed(), MS(900));
        assert!(
            matches!(&err, Error::Timeout { what } if what == "no data moved for 300 ms (the read timeout)"),
            "{err:?}"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn the_whole_request_timeout_holds_however_much_data_moves() {
        let clock = Clock::start(limits(Some(1000), Some(300)), None);
        let started = Instant::now();
        let err = watch(&clock, trickle(&clock, 100, 50)).await.unwrap_err();
        assert_eq!(started.elapsed(), MS(1000));
        assert!(
            matches!(&err, Error::Timeout { what } if what == "the request did not complete within the 1 s timeout"),
            "{err:?}"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn activity_on_another_task_counts() {
        let shared = Arc::new(Activity::new());
        let clock = Clock::start(limits(None, Some(300)), Some(Arc::clone(&shared)));
        let mover = tokio::spawn({
            let shared = Arc::clone(&shared);
            async move {
                for _ in 0..10 {
                    tokio::time::sleep(MS(200)).await;
                    shared.touch();
                }
            }
        });
        let started = Instant::now();
        // Nothing moves here for 2.1 s, but the other task moves data every 200 ms.
        let out = watch(&clock, async {
            tokio::time::sleep(MS(2100)).await;
            Ok::<_, Error>(7)
        })
        .await;
        assert_eq!(out.unwrap(), 7);
        assert_eq!(started.elapsed(), MS(2100));
        mover.await.unwrap();
    }

    #[tokio::test(start_paused = true)]
    async fn without_limits_nothing_times_out() {
        let clock = Clock::start(Limits::default(), None);
        let out = watch(&clock, async {
            tokio::time::sleep(Duration::from_secs(3600)).await;
            Ok::<_, Error>(1)
        })
        .await;
        assert_eq!(out.unwrap(), 1);
    }

    #[tokio::test(start_paused = true)]
    async fn a_body_stream_times_out_after_a_pause_and_then_ends() {
        let chunks = futures::stream::unfold(0u32, |n| async move {
            // Two chunks 100 ms apart, then silence.
            let pause = if n < 2 { 100 } else { 10_000 };
            tokio::time::sleep(MS(pause)).await;
            Some((Ok(Bytes::from_static(b"x")), n + 1))
        });
        let started = Instant::now();
        let mut body = WatchedBody::new(Box::pin(chunks), Some(MS(250)));
        assert!(body.next().await.unwrap().is_ok());
        assert!(body.next().await.unwrap().is_ok());
        let err = body.next().await.unwrap().unwrap_err();
        assert!(matches!(err, Error::Timeout { .. }), "{err:?}");
        assert_eq!(started.elapsed(), MS(450));
        assert!(body.next().await.is_none());
    }

    #[tokio::test(start_paused = true)]
    async fn a_body_stream_without_pauses_reads_to_its_end() {
        let chunks = futures::stream::iter((0..5).map(|_| Ok(Bytes::from_static(b"ab"))));
        let body = WatchedBody::new(chunks, Some(MS(10)));
        let all: Vec<Bytes> = futures::TryStreamExt::try_collect(body).await.unwrap();
        assert_eq!(all.len(), 5);
    }
}
