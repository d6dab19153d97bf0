//! Automatic retries of requests that are safe to repeat.
//!
//! # What is retried
//! Only requests without side effects: every `GET`, which covers reads,
//! lists, CSV downloads and the polls of asynchronous operations. Requests
//! that create or change something (`POST`/`PATCH`: create, fork, merge, SQL
//! write, upload, comment) are **never** repeated automatically, because
//! DoltHub offers no idempotency keys and a repeated merge or write could apply
//! twice.
//!
//! # When
//! On HTTP 429, 502, 503 and 504 and on connection failures (the request never
//! reached the server). Other errors, timeouts included, are returned at once:
//! a query that hit the ~55 s server limit will hit it again.
//!
//! # How long to wait
//! Exponential backoff with full jitter: before retry *n* (1-based) the client
//! sleeps a random duration in `[0, min(max_backoff, base_backoff * 2^(n-1))]`.
//! A `Retry-After` header replaces that delay, capped at `max_retry_after`.
//! Retrying stops after `max_attempts` attempts in total or when the next sleep
//! would end after `max_elapsed` since the first attempt.

use std::time::Duration;

use rand::Rng;

/// Retry settings for safe requests; see the [module docs](self) for the rules.
///
/// ```
/// use std::time::Duration;
/// use dolthub::RetryPolicy;
///
/// let policy = RetryPolicy::default()
///     .max_attempts(5)
///     .base_backoff(Duration::from_millis(200))
///     .max_elapsed(Duration::from_secs(60));
/// assert_eq!(policy.get_max_attempts(), 5);
/// assert_eq!(RetryPolicy::none().get_max_attempts(), 1);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct RetryPolicy {
    max_attempts: u32,
    base_backoff: Duration,
    max_backoff: Duration,
    max_elapsed: Duration,
    max_retry_after: Duration,
}

impl Default for RetryPolicy {
    /// Three attempts, 250 ms base, 5 s cap per sleep, 30 s overall, `Retry-After` honoured up to 30 s.
    fn default() -> Self {
        Self {
            max_attempts: 3,
            base_backoff: Duration::from_millis(250),
            max_backoff: Duration::from_secs(5),
            max_elapsed: Duration::from_secs(30),
            max_retry_after: Duration::from_secs(30),
        }
    }
}

impl RetryPolicy {
    /// Never retry: every request is sent exactly once.
    ///
    /// ```
    /// let client = dolthub::Client::builder()
    ///     .retry_policy(dolthub::RetryPolicy::none())
    ///     .build()?;
    /// # Ok::<(), dolthub::Error>(())
    /// ```
    pub fn none() -> Self {
        Self {
            max_attempts: 1,
            ..Self::default()
        }
    }

    /// Total attempts including the first (at least 1).
    ///
    /// ```
    /// let p = dolthub::RetryPolicy::default().max_attempts(0);
    /// assert_eq!(p.get_max_attempts(), 1);
    /// ```
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// Upper bound of the first backoff step; later steps double it.
    ///
    /// ```
    /// let p = dolthub::RetryPolicy::default().base_backoff(std::time::Duration::from_millis(100));
    /// # let _ = p;
    /// ```
    pub fn base_backoff(mut self, base: Duration) -> Self {
        self.base_backoff = base;
        self
    }

    /// Largest single backoff step.
    ///
    /// ```
    /// let p = dolthub::RetryPolicy::default().max_backoff(std::time::Duration::from_secs(2));
    /// # let _ = p;
    /// ```
    pub fn max_backoff(mut self, max: Duration) -> Self {
        self.max_backoff = max;
        self
    }

    /// No retry is started if its sleep would end later than this after the first attempt.
    ///
    /// ```
    /// let p = dolthub::RetryPolicy::default().max_elapsed(std::time::Duration::from_secs(10));
    /// # let _ = p;
    /// ```
    pub fn max_elapsed(mut self, max: Duration) -> Self {
        self.max_elapsed = max;
        self
    }

    /// Cap applied to a server's `Retry-After` (a misbehaving server cannot park the client).
    ///
    /// ```
    /// let p = dolthub::RetryPolicy::default().max_retry_after(std::time::Duration::from_secs(5));
    /// # let _ = p;
    /// ```
    pub fn max_retry_after(mut self, max: Duration) -> Self {
        self.max_retry_after = max;
        self
    }

    /// Configured total number of attempts.
    ///
    /// ```
    /// assert_eq!(dolthub::RetryPolicy::default().get_max_attempts(), 3);
    /// ```
    pub fn get_max_attempts(&self) -> u32 {
        self.max_attempts
    }

    /// Whether a response status is worth retrying (for safe requests).
    pub(crate) fn retries_status(status: u16) -> bool {
        matches!(status, 429 | 502 | 503 | 504)
    }

    /// The sleep before the next attempt, or `None` when the policy is exhausted.
    ///
    /// `attempt` is the 1-based number of the attempt that just failed,
    /// `elapsed` the time since the first attempt started.
    pub(crate) fn next_delay(
        &self,
        attempt: u32,
        elapsed: Duration,
        retry_after: Option<Duration>,
    ) -> Option<Duration> {
        if attempt >= self.max_attempts {
            return None;
        }
        let delay = match retry_after {
            Some(asked) => asked.min(self.max_retry_after),
            None => full_jitter(self.base_backoff, self.max_backoff, attempt - 1),
        };
        if elapsed.saturating_add(delay) > self.max_elapsed {
            return None;
        }
        Some(delay)
    }
}

/// A uniformly random duration in `[0, min(max, base * 2^step)]`.
pub(crate) fn full_jitter(base: Duration, max: Duration, step: u32) -> Duration {
    let ceiling = base
        .saturating_mul(2u32.saturating_pow(step.min(30)))
        .min(max);
    let nanos = u64::try_from(ceiling.as_nanos()).unwrap_or(u64::MAX);
    if nanos == 0 {
        return Duration::ZERO;
    }
    Duration::from_nanos(rand::rng().random_range(0..=nanos))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stops_after_max_attempts() {
        let p = RetryPolicy::default().max_attempts(3);
        assert!(p.next_delay(1, Duration::ZERO, None).is_some());
        assert!(p.next_delay(2, Duration::ZERO, None).is_some());
        assert!(p.next_delay(3, Duration::ZERO, None).is_none());
        assert!(
            RetryPolicy::none()
                .next_delay(1, Duration::ZERO, None)
                .is_none()
        );
    }

    #[test]
    fn backoff_stays_within_the_exponential_ceiling() {
        let p = RetryPolicy::default()
            .max_attempts(10)
            .base_backoff(Duration::from_millis(100))
            .max_backoff(Duration::from_millis(700))
            .max_elapsed(Duration::from_secs(100));
        for attempt in 1..10 {
            let ceiling =
                Duration::from_millis(100 * 2u64.pow(attempt - 1)).min(Duration::from_millis(700));
            for _ in 0..50 {
                let d = p.next_delay(attempt, Duration::ZERO, None).unwrap();
                assert!(d <= ceiling, "{d:?} > {ceiling:?}");
            }
        }
    }

    #[test]
    fn retry_after_is_honoured_and_capped() {
        let p = RetryPolicy::default().max_retry_after(Duration::from_secs(2));
        assert_eq!(
            p.next_delay(1, Duration::ZERO, Some(Duration::from_secs(1))),
            Some(Duration::from_secs(1))
        );
        assert_eq!(
            p.next_delay(1, Duration::ZERO, Some(Duration::from_secs(3600))),
            Some(Duration::from_secs(2))
        );
    }

    #[test]
    fn elapsed_budget_is_respected() {
        let p = RetryPolicy::default().max_elapsed(Duration::from_secs(5));
        assert!(
            p.next_delay(1, Duration::from_secs(4), Some(Duration::from_secs(2)))
                .is_none()
        );
        assert!(
            p.next_delay(1, Duration::from_secs(1), Some(Duration::from_secs(2)))
                .is_some()
        );
    }

    #[test]
    fn retryable_statuses() {
        for s in [429, 502, 503, 504] {
            assert!(RetryPolicy::retries_status(s));
        }
        for s in [200, 400, 401, 404, 500] {
            assert!(!RetryPolicy::retries_status(s));
        }
    }
}
