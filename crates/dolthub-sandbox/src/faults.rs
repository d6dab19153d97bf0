//! Fault injection, switchable at runtime through [`Faults`].

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

#[derive(Debug, Default)]
struct Inner {
    rate_limited: AtomicU64,
    retry_after_secs: AtomicU64,
    gateway_timeouts: AtomicU64,
    no_change_writes: AtomicU64,
    legacy: AtomicBool,
    v2_live: AtomicBool,
    delay: Mutex<Duration>,
    sql_read_delay: Mutex<Duration>,
}

/// A handle to the sandbox's fault switches. Cheap to clone; every clone controls the
/// same sandbox. Counters count down as requests (or writes) consume them.
///
/// ```
/// # async fn demo() -> Result<(), dolthub_sandbox::Error> {
/// let sandbox = dolthub_sandbox::Sandbox::start().await?;
/// // the next two requests get HTTP 429 with `Retry-After: 1`
/// sandbox.faults().rate_limit_next(2, 1);
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Default)]
pub struct Faults {
    inner: Arc<Inner>,
}

/// What the fault layer decided for one request.
pub(crate) enum Injected {
    RateLimited { retry_after_secs: u64 },
    GatewayTimeout,
}

fn take(counter: &AtomicU64) -> bool {
    counter
        .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1))
        .is_ok()
}

impl Faults {
    /// The next `n` requests are answered with HTTP 429, a `Retry-After: <retry_after_secs>`
    /// header and a JSON error envelope, without being processed.
    pub fn rate_limit_next(&self, n: u64, retry_after_secs: u64) {
        self.inner
            .retry_after_secs
            .store(retry_after_secs, Ordering::SeqCst);
        self.inner.rate_limited.store(n, Ordering::SeqCst);
    }

    /// The next `n` requests are answered with HTTP 502 and the plain-text body
    /// `upstream request timeout`, without being processed.
    pub fn gateway_timeout_next(&self, n: u64) {
        self.inner.gateway_timeouts.store(n, Ordering::SeqCst);
    }

    /// Every answer is delayed by `delay` (zero switches the delay off).
    pub fn set_response_delay(&self, delay: Duration) {
        *self.inner.delay.lock().unwrap_or_else(|e| e.into_inner()) = delay;
    }

    /// Every SQL read (`sql_read`, `sql_read_default_branch`) takes `delay` longer, as
    /// DoltHub's reads take roughly 0.5-0.9 s; zero switches it off. Benchmarks of paging
    /// strategies use it to model round trips that are not free.
    pub fn set_sql_read_delay(&self, delay: Duration) {
        *self
            .inner
            .sql_read_delay
            .lock()
            .unwrap_or_else(|e| e.into_inner()) = delay;
    }

    /// Current extra time per SQL read.
    pub fn sql_read_delay(&self) -> Duration {
        *self
            .inner
            .sql_read_delay
            .lock()
            .unwrap_or_else(|e| e.into_inner())
    }

    /// The next `n` SQL writes change nothing, whatever their statement, so their polls
    /// answer the bare-text HTTP 400 `cannot return null for non-nullable field
    /// SqlWrite.toCommitId`.
    pub fn no_change_writes_next(&self, n: u64) {
        self.inner.no_change_writes.store(n, Ordering::SeqCst);
    }

    /// Switches the legacy response variants on or off: `"title:"`/`"description:"` in
    /// pull requests, `from_branch_name`/`to_branch_name` in `get_pull`, `error` instead of
    /// `job_error` in jobs, `name` instead of `branch_name` in branches, `"sql_query:"` in
    /// SQL reads, `"query:"`/`"operation_name:"` in SQL writes and the flat form of the
    /// write poll.
    pub fn set_legacy_variants(&self, on: bool) {
        self.inner.legacy.store(on, Ordering::SeqCst);
    }

    /// Switches the API v2 live variants on or off: what DoltHub was recorded sending
    /// where it differs from its spec. Problems come as `application/problem+json` with a
    /// bare-UUID `request_id`, the problem `type` DoltHub uses and `instance` = the path;
    /// no response carries an `x-request-id` header (not even when the caller sent one);
    /// the last page of a list has no `meta` at all.
    pub fn set_v2_live_variants(&self, on: bool) {
        self.inner.v2_live.store(on, Ordering::SeqCst);
    }

    /// Whether the API v2 live variants are on.
    pub fn v2_live_variants(&self) -> bool {
        self.inner.v2_live.load(Ordering::SeqCst)
    }

    /// Whether legacy variants are on.
    pub fn legacy_variants(&self) -> bool {
        self.inner.legacy.load(Ordering::SeqCst)
    }

    /// Current response delay.
    pub fn response_delay(&self) -> Duration {
        *self.inner.delay.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Switches every fault off.
    pub fn clear(&self) {
        self.inner.rate_limited.store(0, Ordering::SeqCst);
        self.inner.gateway_timeouts.store(0, Ordering::SeqCst);
        self.inner.no_change_writes.store(0, Ordering::SeqCst);
        self.inner.legacy.store(false, Ordering::SeqCst);
        self.inner.v2_live.store(false, Ordering::SeqCst);
        self.set_response_delay(Duration::ZERO);
        self.set_sql_read_delay(Duration::ZERO);
    }

    pub(crate) fn on_request(&self) -> Option<Injected> {
        if take(&self.inner.rate_limited) {
            return Some(Injected::RateLimited {
                retry_after_secs: self.inner.retry_after_secs.load(Ordering::SeqCst),
            });
        }
        if take(&self.inner.gateway_timeouts) {
            return Some(Injected::GatewayTimeout);
        }
        None
    }

    pub(crate) fn take_no_change_write(&self) -> bool {
        take(&self.inner.no_change_writes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counters_count_down() {
        let f = Faults::default();
        assert!(f.on_request().is_none());
        f.rate_limit_next(1, 7);
        f.gateway_timeout_next(1);
        assert!(matches!(
            f.on_request(),
            Some(Injected::RateLimited {
                retry_after_secs: 7
            })
        ));
        assert!(matches!(f.on_request(), Some(Injected::GatewayTimeout)));
        assert!(f.on_request().is_none());
        f.no_change_writes_next(1);
        assert!(f.take_no_change_write());
        assert!(!f.take_no_change_write());
        f.set_legacy_variants(true);
        f.set_response_delay(Duration::from_millis(5));
        f.set_sql_read_delay(Duration::from_millis(7));
        assert_eq!(f.sql_read_delay(), Duration::from_millis(7));
        assert!(f.clone().legacy_variants());
        f.clear();
        assert!(!f.legacy_variants());
        assert_eq!(f.response_delay(), Duration::ZERO);
        assert_eq!(f.sql_read_delay(), Duration::ZERO);
    }
}
