//! Sending requests: credentials, retries, tracing and error mapping.
//!
//! One call of [`Transport::send`] is one logical request. Each attempt runs in
//! a `dolthub.request` tracing span carrying the operation id, method, path,
//! attempt number and final status (never headers, query strings or the
//! token). Safe requests are retried according to the [`RetryPolicy`]; error
//! bodies are read up to 64 KiB and turned into an [`Error`] by the request's
//! [`Dialect`], which also picks the credentials header.

pub(crate) mod auth;
pub(crate) mod clock;
pub(crate) mod path;
pub(crate) mod request;

use std::time::Duration;

use tokio::time::Instant;

use bytes::{Bytes, BytesMut};
use futures::TryStreamExt;
use futures::stream::BoxStream;
use reqwest::header::{AUTHORIZATION, HeaderMap, HeaderName, HeaderValue, RETRY_AFTER, USER_AGENT};
use serde::de::DeserializeOwned;
use tracing::{Instrument, debug, field};
use url::Url;

use crate::error::{Error, Result, excerpt};
use crate::retry::RetryPolicy;
use crate::transport::auth::Token;
use crate::transport::clock::{Clock, Limits, WatchedBody, watch};
use crate::transport::request::{Expect, RequestSpec};
use crate::version::v1alpha1::error_map;
use crate::version::{Dialect, ErrorAnswer};

/// The request-id header: sent on every request (a fresh UUID), read back
/// from error answers.
pub(crate) const X_REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// Most bytes of an error body kept in memory.
pub(crate) const MAX_ERROR_BODY: usize = 64 * 1024;

/// Connection settings shared by every request of a [`Client`](crate::Client).
pub(crate) struct Transport {
    pub(crate) http: reqwest::Client,
    pub(crate) base: Url,
    pub(crate) token: Option<Token>,
    pub(crate) user_agent: HeaderValue,
    /// Whole-request timeout for JSON calls (streams are bounded by the read timeout only).
    pub(crate) timeout: Option<Duration>,
    /// Longest pause with no data moving (kept by [`clock`], not by reqwest).
    pub(crate) read_timeout: Option<Duration>,
    pub(crate) retry: RetryPolicy,
    /// The API version the client's handles speak.
    pub(crate) version: crate::ApiVersion,
}

/// An answer model that keeps the top-level `status` it was sent, so the
/// transport can tell an error envelope without searching the body.
pub(crate) trait StatusSeen {
    /// Whether `status` said `Error` (any case, trimmed), as
    /// v1alpha1 error envelopes do.
    fn status_is_error(&self) -> bool;
}

/// One attempt's request, built from the spec before the attempt runs.
struct Prepared {
    /// The version rules for credentials and errors.
    dialect: Dialect,
    /// How the answer is read.
    expect: Expect,
    request: Result<reqwest::Request>,
}

/// A successful (2xx) answer, read whole.
pub(crate) struct Whole {
    pub(crate) status: u16,
    pub(crate) headers: HeaderMap,
    pub(crate) body: Bytes,
}

/// What one successful attempt hands back.
enum Reply {
    /// A JSON answer, read whole within the request's limits.
    Whole(Whole),
    /// A streamed answer: head read, body not yet.
    Stream(reqwest::Response),
}

/// A fresh v4-form UUID as a header value.
///
/// The 122 free bits are a per-thread random key (from `rand`, once) mixed
/// with a per-thread counter by SplitMix64, a bijection: no two requests of
/// a thread share an id, and other threads and processes start from other
/// random keys. This costs a few dozen instructions where drawing 16 fresh
/// random bytes per request cost several hundred (callgrind, get pull).
fn request_id() -> HeaderValue {
    use std::cell::Cell;
    thread_local! {
        static STATE: Cell<(u64, u64)> = Cell::new((rand::random(), rand::random()));
    }
    let (key, count) = STATE.with(|state| {
        let (key, count) = state.get();
        state.set((key, count.wrapping_add(1)));
        (key, count)
    });
    let high = splitmix64(key ^ count);
    let low = splitmix64(high ^ key.rotate_left(32));
    let mut bytes = [0u8; 16];
    bytes[..8].copy_from_slice(&high.to_be_bytes());
    bytes[8..].copy_from_slice(&low.to_be_bytes());
    let id = uuid::Builder::from_random_bytes(bytes).into_uuid();
    let mut text = [0u8; uuid::fmt::Hyphenated::LENGTH];
    let text = id.hyphenated().encode_lower(&mut text);
    // Lower-case hex and hyphens: always a valid header value.
    HeaderValue::from_str(text).unwrap_or_else(|_| HeaderValue::from_static("unknown"))
}

/// One SplitMix64 step: a bijective mix of all 64 bits.
fn splitmix64(x: u64) -> u64 {
    let mut z = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// Why one attempt failed, and whether another attempt may help.
struct Failure {
    error: Error,
    retryable: bool,
    retry_after: Option<Duration>,
}

impl Transport {
    /// Send `spec`, retrying safe requests, and read the successful (2xx)
    /// answer whole, within the request's time limits.
    pub(crate) async fn send_whole(&self, spec: RequestSpec) -> Result<Whole> {
        match self.send(spec).await? {
            Reply::Whole(whole) => Ok(whole),
            // Only `streaming()` specs are answered with a stream; read one
            // whole all the same if it comes here.
            Reply::Stream(response) => {
                let clock = Clock::start(self.limits(false), None);
                watch(&clock, whole(response, &clock)).await
            }
        }
    }

    /// Send `spec` (a [`streaming`](RequestSpec::streaming) request),
    /// retrying safe requests, and hand back the body as it arrives; a pause
    /// longer than the read timeout ends it with [`Error::Timeout`].
    pub(crate) async fn send_stream(
        &self,
        spec: RequestSpec,
    ) -> Result<BoxStream<'static, Result<Bytes>>> {
        let response = match self.send(spec).await? {
            Reply::Stream(response) => response,
            Reply::Whole(whole) => {
                return Ok(Box::pin(futures::stream::once(async { Ok(whole.body) })));
            }
        };
        let body = response.bytes_stream().map_err(Error::transport);
        Ok(Box::pin(WatchedBody::new(
            Box::pin(body),
            self.read_timeout,
        )))
    }

    /// The limits of one attempt: JSON calls are bounded as a whole too.
    fn limits(&self, bounded: bool) -> Limits {
        Limits {
            total: if bounded { self.timeout } else { None },
            read: self.read_timeout,
        }
    }

    async fn send(&self, mut spec: RequestSpec) -> Result<Reply> {
        // Each attempt builds its request from the same spec (no copy of it);
        // bodies that cannot be replayed end the retries.
        let replayable = spec.is_replayable();
        let started = Instant::now();
        let mut attempt: u32 = 0;
        // The loop is written out here rather than through `with_retries`:
        // a closure returning the attempt future adds a layer that holds
        // (and copies) the whole attempt state, about 1 KiB.
        loop {
            attempt += 1;
            // The span's fields are evaluated (and formatted) only when a
            // subscriber wants the span; otherwise this is a level check.
            let span = tracing::debug_span!(
                "dolthub.request",
                operation_id = spec.operation_id(),
                api_version = spec.dialect.version().as_str(),
                method = %spec.method,
                path = %spec.path,
                attempt,
                status = field::Empty,
            );
            let prepared = Prepared {
                dialect: spec.dialect,
                expect: spec.expect,
                request: spec.build_request(&self.base, &self.http),
            };
            // One clock per attempt: it starts as the attempt does.
            let clock = Clock::start(self.limits(spec.bounded), spec.activity.clone());
            let outcome = watch(&clock, self.attempt(prepared, &span, &clock))
                .instrument(span.clone())
                .await;
            let mut failure = match outcome {
                Ok(reply) => return Ok(reply),
                Err(failure) => failure,
            };
            failure.retryable &= replayable;
            match next_delay(&self.retry, attempt, started, &failure) {
                Some(delay) => tokio::time::sleep(delay).await,
                None => return Err(failure.error),
            }
        }
    }

    /// Send and decode a JSON answer. A 2xx body reporting a failure in its
    /// version's way (v1alpha1's `status: "Error"`) becomes an error too,
    /// unless `lenient` is set, as for polls, which interpret their own status fields.
    pub(crate) async fn json<T: DeserializeOwned>(
        &self,
        spec: RequestSpec,
        lenient: bool,
    ) -> Result<T> {
        let dialect = spec.dialect;
        let Whole { status, body, .. } = self.send_whole(spec).await?;
        if !lenient && let Some(error) = dialect.error_in_success(status, &body, self.secret()) {
            return Err(error);
        }
        decode_json(status, &body, true, self.secret())
    }

    /// [`json`](Self::json) for an answer that reads its own top-level
    /// `status`: decoded first, and searched for a v1alpha1 error only when
    /// it says `Error` (any case) or does not decode. Ordinary answers skip
    /// a search of the whole body (about 600 instructions for a 1.5 KB
    /// branch list, callgrind), and a lower-case `"status":"error"`, which
    /// that search's `"Error"` pre-check misses, is an error here.
    pub(crate) async fn json_status_seen<T: DeserializeOwned + StatusSeen>(
        &self,
        spec: RequestSpec,
    ) -> Result<T> {
        let dialect = spec.dialect;
        let Whole { status, body, .. } = self.send_whole(spec).await?;
        let decoded = decode_json::<T>(status, &body, true, self.secret());
        let error = match &decoded {
            Ok(answer) if !answer.status_is_error() => return decoded,
            // The decoder saw the status: no pre-check needed (and none that
            // would miss a lower-case `error`).
            Ok(_) => dialect.error_envelope(status, &body, self.secret()),
            Err(_) => dialect.error_in_success(status, &body, self.secret()),
        };
        match error {
            Some(error) => Err(error),
            None => decoded,
        }
    }

    /// Send a list request and read one page the way its version writes pages.
    pub(crate) async fn page<T: DeserializeOwned>(
        &self,
        spec: RequestSpec,
        items_key: &'static str,
    ) -> Result<crate::pagination::Page<T>> {
        let dialect = spec.dialect;
        let Whole { status, body, .. } = self.send_whole(spec).await?;
        if let Some(error) = dialect.error_in_success(status, &body, self.secret()) {
            return Err(error);
        }
        dialect.decode_page(items_key, &body, self.secret())
    }

    pub(crate) fn secret(&self) -> Option<&str> {
        self.token.as_ref().map(Token::expose_for_scrubbing)
    }

    async fn attempt(
        &self,
        prepared: Prepared,
        span: &tracing::Span,
        clock: &Clock,
    ) -> std::result::Result<Reply, Failure> {
        let Prepared {
            dialect,
            expect,
            request,
        } = prepared;
        let mut request = request.map_err(Failure::fatal)?;
        let headers = request.headers_mut();
        headers.insert(USER_AGENT, self.user_agent.clone());
        // Our own id for every attempt, so a support request can name it even
        // when the server answers without one.
        headers.insert(X_REQUEST_ID, request_id());
        if let Some(token) = &self.token {
            headers.insert(AUTHORIZATION, dialect.authorization(token).clone());
        }

        let response = match self.http.execute(request).await {
            Ok(response) => response,
            Err(err) => {
                // Only a refused/failed connection is known not to have reached the server.
                let retryable = err.is_connect();
                debug!(error = %err, retryable, "request failed");
                return Err(Failure {
                    error: Error::transport(err),
                    retryable,
                    retry_after: None,
                });
            }
        };
        clock.touch();
        let status = response.status().as_u16();
        span.record("status", status);
        if response.status().is_success() {
            debug!(status, "response");
            if expect == Expect::Stream {
                return Ok(Reply::Stream(response));
            }
            return whole(response, clock)
                .await
                .map(Reply::Whole)
                .map_err(Failure::fatal);
        }
        let header = |name| {
            response
                .headers()
                .get(name)
                .and_then(|v: &HeaderValue| v.to_str().ok())
                .map(str::to_owned)
        };
        let retry_after = header(RETRY_AFTER);
        let request_id = header(X_REQUEST_ID);
        let body = read_capped(response, MAX_ERROR_BODY, clock).await;
        let error = dialect.decode_error(&ErrorAnswer {
            status,
            retry_after: retry_after.as_deref(),
            request_id: request_id.as_deref(),
            body: &body,
            secret: self.secret(),
        });
        debug!(status, error = %error, "request answered with an error");
        Err(Failure {
            retryable: RetryPolicy::retries_status(status),
            retry_after: retry_after
                .as_deref()
                .and_then(error_map::parse_retry_after),
            error,
        })
    }
}

/// A timeout (from the attempt's [`Clock`]) ends the attempt for good.
impl From<Error> for Failure {
    fn from(error: Error) -> Self {
        Failure::fatal(error)
    }
}

impl Failure {
    /// A failure no retry can cure.
    fn fatal(error: Error) -> Self {
        Failure {
            error,
            retryable: false,
            retry_after: None,
        }
    }
}

/// Whether to try again after `failure` (attempt `n`, retries since
/// `started`), and after how long.
fn next_delay(
    policy: &RetryPolicy,
    n: u32,
    started: Instant,
    failure: &Failure,
) -> Option<Duration> {
    if !failure.retryable {
        return None;
    }
    let delay = policy.next_delay(n, started.elapsed(), failure.retry_after)?;
    debug!(attempt = n, delay_ms = delay.as_millis() as u64, error = %failure.error, "retrying");
    Some(delay)
}

/// Run `attempt(1)`, `attempt(2)`, ... until one succeeds, one fails for
/// good, or `policy` allows no further try; sleeps between attempts on the
/// tokio clock (so tests run it on a paused clock, exactly and instantly).
/// [`Transport::send`] runs the same steps written out.
#[cfg(test)]
async fn with_retries<T, F, Fut>(policy: &RetryPolicy, mut attempt: F) -> Result<T>
where
    F: FnMut(u32) -> Fut,
    Fut: Future<Output = std::result::Result<T, Failure>>,
{
    let started = Instant::now();
    let mut n: u32 = 0;
    loop {
        n += 1;
        let failure = match attempt(n).await {
            Ok(value) => return Ok(value),
            Err(failure) => failure,
        };
        match next_delay(policy, n, started, &failure) {
            Some(delay) => tokio::time::sleep(delay).await,
            None => return Err(failure.error),
        }
    }
}

/// Decode a success body; unless `lenient`, a v1alpha1 `status: "Error"`
/// object is a failure (see [`Dialect::error_in_success`]).
pub(crate) fn decode_json<T: DeserializeOwned>(
    status: u16,
    bytes: &[u8],
    lenient: bool,
    secret: Option<&str>,
) -> Result<T> {
    if !lenient
        && let Some(error) =
            Dialect::of(crate::ApiVersion::V1alpha1).error_in_success(status, bytes, secret)
    {
        return Err(error);
    }
    serde_json::from_slice(bytes).map_err(|source| Error::Decode {
        what: "the response",
        excerpt: excerpt(&error_map::scrub(
            &String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]),
            secret,
        )),
        source,
    })
}

/// A successful answer read whole: its status, its headers (taken, not
/// copied) and its body.
async fn whole(mut response: reqwest::Response, clock: &Clock) -> Result<Whole> {
    let status = response.status().as_u16();
    let headers = std::mem::take(response.headers_mut());
    let body = read_whole(response, clock).await?;
    Ok(Whole {
        status,
        headers,
        body,
    })
}

/// Read a whole body, touching `clock` as chunks arrive. A body of one
/// chunk (most JSON answers) is handed on without a copy.
async fn read_whole(mut response: reqwest::Response, clock: &Clock) -> Result<Bytes> {
    let Some(first) = response.chunk().await.map_err(Error::transport)? else {
        return Ok(Bytes::new());
    };
    clock.touch();
    let Some(second) = response.chunk().await.map_err(Error::transport)? else {
        return Ok(first);
    };
    clock.touch();
    let mut buf = BytesMut::with_capacity(first.len() + second.len());
    buf.extend_from_slice(&first);
    buf.extend_from_slice(&second);
    while let Some(chunk) = response.chunk().await.map_err(Error::transport)? {
        clock.touch();
        buf.extend_from_slice(&chunk);
    }
    Ok(buf.freeze())
}

/// Read at most `cap` bytes of a body; the rest is dropped with the connection.
async fn read_capped(mut response: reqwest::Response, cap: usize, clock: &Clock) -> Bytes {
    let mut buf = BytesMut::new();
    while buf.len() < cap {
        match response.chunk().await {
            Ok(Some(chunk)) => {
                clock.touch();
                let room = cap - buf.len();
                buf.extend_from_slice(&chunk[..chunk.len().min(room)]);
            }
            // A broken error body still leaves the status to report.
            Ok(None) | Err(_) => break,
        }
    }
    buf.freeze()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize, Debug)]
    struct Probe {
        #[serde(default)]
        a: i32,
    }

    #[test]
    fn decode_json_reports_excerpts() {
        let err = decode_json::<Probe>(200, b"<html>oops</html>", false, None).unwrap_err();
        match err {
            Error::Decode { excerpt, .. } => assert_eq!(excerpt, "<html>oops</html>"),
            other => panic!("{other:?}"),
        }
        assert_eq!(
            decode_json::<Probe>(200, br#"{"a":1}"#, false, None)
                .unwrap()
                .a,
            1
        );
    }

    /// The retry loop on a paused clock: exact waits, no real sleeping.
    #[tokio::test(start_paused = true)]
    async fn retries_wait_for_retry_after_on_the_tokio_clock_and_stop_at_max_attempts() {
        let policy = RetryPolicy::default()
            .max_attempts(3)
            .max_retry_after(Duration::from_secs(30));
        let started = Instant::now();
        let mut seen = Vec::new();
        let result: Result<()> = with_retries(&policy, |n| {
            seen.push((n, started.elapsed()));
            async move {
                Err(Failure {
                    error: Error::RateLimited {
                        retry_after: Some(Duration::from_secs(7)),
                        request_id: None,
                    },
                    retryable: true,
                    retry_after: Some(Duration::from_secs(7)),
                })
            }
        })
        .await;
        assert!(matches!(result, Err(Error::RateLimited { .. })));
        assert_eq!(
            seen,
            vec![
                (1, Duration::ZERO),
                (2, Duration::from_secs(7)),
                (3, Duration::from_secs(14)),
            ]
        );
        // A failure that is not retryable ends at once.
        let mut calls = 0;
        let result: Result<()> = with_retries(&policy, |_| {
            calls += 1;
            async { Err(Failure::fatal(Error::invalid("no"))) }
        })
        .await;
        assert!(result.is_err());
        assert_eq!(calls, 1);
    }

    #[test]
    fn request_ids_are_distinct_v4_uuids() {
        let ids: std::collections::HashSet<String> = (0..10_000)
            .map(|_| request_id().to_str().unwrap().to_owned())
            .collect();
        assert_eq!(ids.len(), 10_000);
        for id in ids.iter().take(50) {
            let parsed = uuid::Uuid::parse_str(id).unwrap();
            assert_eq!(parsed.get_version_num(), 4, "{id}");
            assert_eq!(parsed.get_variant(), uuid::Variant::RFC4122, "{id}");
        }
        // Another thread starts from another random key.
        let other = std::thread::spawn(|| request_id().to_str().unwrap().to_owned())
            .join()
            .unwrap();
        assert!(!ids.contains(&other));
    }

    #[test]
    fn decode_json_turns_status_error_into_an_error() {
        let body = br#"{"status":"Error","message":"Error getting the tags list."}"#;
        assert!(matches!(
            decode_json::<Probe>(200, body, false, None),
            Err(Error::Api { status: 200, .. })
        ));
        assert!(decode_json::<Probe>(200, body, true, None).is_ok());
    }
}
