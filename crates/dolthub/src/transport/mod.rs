//! Sending requests: credentials, retries, tracing and error mapping.
//!
//! One call of [`Transport::send`] is one logical request. Each attempt runs in
//! a `dolthub.request` tracing span carrying the operation id, method, path,
//! attempt number and final status (never headers, query strings or the
//! token). Safe requests are retried according to the [`RetryPolicy`]; error
//! bodies are read up to 64 KiB and turned into an [`Error`] by
//! [`crate::version::v1alpha1::error_map`].

pub(crate) mod auth;
pub(crate) mod path;
pub(crate) mod request;

use std::time::{Duration, Instant};

use bytes::{Bytes, BytesMut};
use reqwest::header::{AUTHORIZATION, HeaderName, HeaderValue, RETRY_AFTER, USER_AGENT};
use serde::de::DeserializeOwned;
use serde_json::Value;
use tracing::{Instrument, debug, field};
use url::Url;

use crate::error::{Error, Result, excerpt};
use crate::retry::RetryPolicy;
use crate::transport::auth::Token;
use crate::transport::request::RequestSpec;
use crate::version::v1alpha1::error_map;

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

/// Why one attempt failed, and whether another attempt may help.
struct Failure {
    error: Error,
    retryable: bool,
    retry_after: Option<Duration>,
}

impl Transport {
    /// Send `spec`, retrying safe requests; returns the successful (2xx) response.
    pub(crate) async fn send(&self, spec: RequestSpec) -> Result<reqwest::Response> {
        let started = Instant::now();
        let mut spec = spec;
        let mut attempt: u32 = 0;
        loop {
            attempt += 1;
            let replay = if spec.is_idempotent() {
                spec.try_clone()
            } else {
                None
            };
            let span = tracing::debug_span!(
                "dolthub.request",
                operation_id = spec.operation.id,
                method = spec.operation.method,
                path = %spec.path,
                attempt,
                status = field::Empty,
            );
            let failure = match self.attempt(spec).instrument(span.clone()).await {
                Ok(response) => return Ok(response),
                Err(failure) => failure,
            };
            let delay = match (&replay, failure.retryable) {
                (Some(_), true) => {
                    self.retry
                        .next_delay(attempt, started.elapsed(), failure.retry_after)
                }
                _ => None,
            };
            match (replay, delay) {
                (Some(next), Some(delay)) => {
                    span.in_scope(|| {
                        debug!(delay_ms = delay.as_millis() as u64, error = %failure.error, "retrying")
                    });
                    tokio::time::sleep(delay).await;
                    spec = next;
                }
                _ => return Err(failure.error),
            }
        }
    }

    /// Send and decode a JSON answer. A 2xx body reporting `status: "Error"`
    /// becomes an error too (unless `lenient` is set, as for polls, which
    /// interpret their own status fields).
    pub(crate) async fn json<T: DeserializeOwned>(
        &self,
        spec: RequestSpec,
        lenient: bool,
    ) -> Result<T> {
        let response = self.send(spec).await?;
        let status = response.status().as_u16();
        let bytes = response.bytes().await.map_err(Error::transport)?;
        decode_json(status, &bytes, lenient, self.secret())
    }

    pub(crate) fn secret(&self) -> Option<&str> {
        self.token.as_ref().map(Token::expose_for_scrubbing)
    }

    async fn attempt(&self, spec: RequestSpec) -> std::result::Result<reqwest::Response, Failure> {
        let bounded = spec.bounded;
        // The request's own path says which API it belongs to, so each
        // request gets its version's credentials and error decoding.
        let v2 = crate::v2::ops::is_v2(spec.operation);
        let mut request = spec
            .into_request(&self.base, &self.http)
            .map_err(|error| Failure {
                error,
                retryable: false,
                retry_after: None,
            })?;
        let headers = request.headers_mut();
        headers.insert(USER_AGENT, self.user_agent.clone());
        // Our own id for every attempt, so a support request can name it even
        // when the server answers without one.
        if let Ok(id) = HeaderValue::from_str(&uuid::Uuid::new_v4().to_string()) {
            headers.insert(X_REQUEST_ID, id);
        }
        if let Some(token) = &self.token {
            let value = if v2 { token.bearer() } else { token.header() };
            headers.insert(AUTHORIZATION, value.clone());
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
        tracing::Span::current().record("status", status);
        if response.status().is_success() {
            debug!(status, "response");
            return Ok(response);
        }
        let retry_after = response
            .headers()
            .get(RETRY_AFTER)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let request_id = response
            .headers()
            .get(X_REQUEST_ID)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let body = read_capped(response, MAX_ERROR_BODY).await;
        let error = if v2 {
            crate::v2::problem::from_problem(
                status,
                request_id.as_deref(),
                retry_after.as_deref(),
                &body,
                self.secret(),
            )
        } else {
            error_map::from_status(status, retry_after.as_deref(), &body, self.secret())
                .with_request_id(request_id.filter(|id| !id.trim().is_empty()))
        };
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

/// Decode a success body, treating `status: "Error"` objects as failures.
pub(crate) fn decode_json<T: DeserializeOwned>(
    status: u16,
    bytes: &[u8],
    lenient: bool,
    secret: Option<&str>,
) -> Result<T> {
    // Cheap pre-check so ordinary answers are parsed only once.
    if !lenient && contains(bytes, b"\"Error\"") {
        let text = error_map::scrub(&String::from_utf8_lossy(bytes), secret);
        if let Ok(Value::Object(object)) = serde_json::from_str::<Value>(&text)
            && let Some(error) = error_map::from_ok_body(status, &object, &text)
        {
            return Err(error);
        }
    }
    serde_json::from_slice(bytes).map_err(|source| Error::Decode {
        excerpt: excerpt(&error_map::scrub(
            &String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]),
            secret,
        )),
        source,
    })
}

/// Substring search. `memmem` is vectorised: a byte-by-byte window scan cost
/// about 14,000 instructions per ordinary answer, most of the per-call
/// overhead measured against plain reqwest (see BENCHMARKS.md).
fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    memchr::memmem::find(haystack, needle).is_some()
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
