//! Sending requests: credentials, retries, tracing and error mapping.
//!
//! One call of [`Transport::send`] is one logical request. Each attempt runs in
//! a `dolthub.request` tracing span carrying the operation id, method, path,
//! attempt number and final status (never headers, query strings or the
//! token). Safe requests are retried according to the [`RetryPolicy`]; error
//! bodies are read up to 64 KiB and turned into an [`Error`] by the request's
//! [`Dialect`], which also picks the credentials header.

pub(crate) mod auth;
pub(crate) mod path;
pub(crate) mod request;

use std::time::Duration;

use tokio::time::Instant;

use bytes::{Bytes, BytesMut};
use reqwest::header::{AUTHORIZATION, HeaderName, HeaderValue, RETRY_AFTER, USER_AGENT};
use serde::de::DeserializeOwned;
use tracing::{Instrument, debug, field};
use url::Url;

use crate::error::{Error, Result, excerpt};
use crate::retry::RetryPolicy;
use crate::transport::auth::Token;
use crate::transport::request::RequestSpec;
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
    pub(crate) retry: RetryPolicy,
    /// The API version the client's handles speak.
    pub(crate) version: crate::ApiVersion,
}

/// One attempt's request, built from the spec before the attempt runs.
struct Prepared {
    /// The version rules for credentials and errors.
    dialect: Dialect,
    /// Whether the whole-request timeout applies.
    bounded: bool,
    request: Result<reqwest::Request>,
}

/// A fresh random (v4) UUID as a header value. The random bytes come from
/// the thread-local generator `rand` already keeps (`Uuid::new_v4` asks
/// the operating system for each one: a system call per request).
fn request_id() -> HeaderValue {
    let id = uuid::Builder::from_random_bytes(rand::random()).into_uuid();
    let mut text = [0u8; uuid::fmt::Hyphenated::LENGTH];
    let text = id.hyphenated().encode_lower(&mut text);
    // Lower-case hex and hyphens: always a valid header value.
    HeaderValue::from_str(text).unwrap_or_else(|_| HeaderValue::from_static("unknown"))
}

/// Why one attempt failed, and whether another attempt may help.
struct Failure {
    error: Error,
    retryable: bool,
    retry_after: Option<Duration>,
}

impl Transport {
    /// Send `spec`, retrying safe requests; returns the successful (2xx) response.
    pub(crate) async fn send(&self, mut spec: RequestSpec) -> Result<reqwest::Response> {
        // Each attempt builds its request from the same spec (no copy of it);
        // bodies that cannot be replayed end the retries.
        let replayable = spec.is_replayable();
        with_retries(&self.retry, |attempt| {
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
                bounded: spec.bounded,
                request: spec.build_request(&self.base, &self.http),
            };
            async move {
                self.attempt(prepared, &span)
                    .instrument(span.clone())
                    .await
                    .map_err(|mut failure| {
                        failure.retryable &= replayable;
                        failure
                    })
            }
        })
        .await
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
        let response = self.send(spec).await?;
        let status = response.status().as_u16();
        let bytes = response.bytes().await.map_err(Error::transport)?;
        if !lenient && let Some(error) = dialect.error_in_success(status, &bytes, self.secret()) {
            return Err(error);
        }
        decode_json(status, &bytes, true, self.secret())
    }

    /// Send a list request and read one page the way its version writes pages.
    pub(crate) async fn page<T: DeserializeOwned>(
        &self,
        spec: RequestSpec,
        items_key: &'static str,
    ) -> Result<crate::pagination::Page<T>> {
        let dialect = spec.dialect;
        let response = self.send(spec).await?;
        let status = response.status().as_u16();
        let bytes = response.bytes().await.map_err(Error::transport)?;
        if let Some(error) = dialect.error_in_success(status, &bytes, self.secret()) {
            return Err(error);
        }
        dialect.decode_page(items_key, &bytes, self.secret())
    }

    pub(crate) fn secret(&self) -> Option<&str> {
        self.token.as_ref().map(Token::expose_for_scrubbing)
    }

    async fn attempt(
        &self,
        prepared: Prepared,
        span: &tracing::Span,
    ) -> std::result::Result<reqwest::Response, Failure> {
        let Prepared {
            dialect,
            bounded,
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
        if bounded && request.timeout().is_none() {
            *request.timeout_mut() = self.timeout;
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
        let status = response.status().as_u16();
        span.record("status", status);
        if response.status().is_success() {
            debug!(status, "response");
            return Ok(response);
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
        let body = read_capped(response, MAX_ERROR_BODY).await;
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

/// Run `attempt(1)`, `attempt(2)`, ... until one succeeds, one fails for
/// good, or `policy` allows no further try; sleeps between attempts on the
/// tokio clock (so tests run it on a paused clock, exactly and instantly).
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
        let delay = if failure.retryable {
            policy.next_delay(n, started.elapsed(), failure.retry_after)
        } else {
            None
        };
        match delay {
            Some(delay) => {
                debug!(attempt = n, delay_ms = delay.as_millis() as u64, error = %failure.error, "retrying");
                tokio::time::sleep(delay).await;
            }
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
        excerpt: excerpt(&error_map::scrub(
            &String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]),
            secret,
        )),
        source,
    })
}

/// Read at most `cap` bytes of a body; the rest is dropped with the connection.
async fn read_capped(mut response: reqwest::Response, cap: usize) -> Bytes {
    let mut buf = BytesMut::new();
    while buf.len() < cap {
        match response.chunk().await {
            Ok(Some(chunk)) => {
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
    fn decode_json_turns_status_error_into_an_error() {
        let body = br#"{"status":"Error","message":"Error getting the tags list."}"#;
        assert!(matches!(
            decode_json::<Probe>(200, body, false, None),
            Err(Error::Api { status: 200, .. })
        ));
        assert!(decode_json::<Probe>(200, body, true, None).is_ok());
    }
}
