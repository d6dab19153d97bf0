//! The crate's single error type.
//!
//! Every failure a caller can see is one [`Error`]. Server-supplied text is
//! kept (the raw body of API errors, short excerpts elsewhere) so problems can
//! be diagnosed, but `Display` only ever shows a short, control-character-free
//! excerpt, and the API token never appears anywhere: the transport removes it
//! from server text before an error is built.
//!
//! How responses become errors is decided in the private `error_map` module.

use std::time::Duration;

pub use crate::error_code::ErrorCode;

/// Result alias used throughout the crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Longest excerpt of server text shown in `Display` and kept in excerpt fields.
pub const EXCERPT_CHARS: usize = 200;

/// Everything that can go wrong when talking to DoltHub.
///
/// Match on the variants you care about and fall back to `_` for the rest: the
/// enum is `#[non_exhaustive]` so new kinds can be added without a breaking
/// change. [`Error::status`] and [`Error::is_retryable`] answer the two common
/// questions without a match.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The server answered with an error envelope (`{"status": "Error", "message": ...}`
    /// or `{"error": ...}`) that no more specific variant describes.
    #[error(
        "DoltHub API error (HTTP {status}): {}{}",
        excerpt(message),
        fmt_request_id(request_id)
    )]
    Api {
        /// HTTP status code (200 when the server reported an error inside a 200 body).
        status: u16,
        /// The server's message (may be generic or copy-pasted; do not branch on it).
        message: String,
        /// The raw response body (at most 64 KiB), for diagnostics.
        body: String,
        /// The problem's machine-readable code (v2 only; branch on this, not on `message`).
        code: Option<ErrorCode>,
        /// The server's request id (header or body, any format), for support requests.
        request_id: Option<String>,
    },

    /// A SQL statement failed (`query_execution_status: Error`), either with an
    /// error status or inside an HTTP 200 answer.
    #[error("SQL error (HTTP {status}): {}", excerpt(message))]
    Sql {
        /// HTTP status code (often 200 or 400).
        status: u16,
        /// The SQL engine's or service's message.
        message: String,
        /// The query the server reported, when it echoed one.
        query: Option<String>,
    },

    /// The database, branch or other resource does not exist (HTTP 404 or a
    /// message such as `no such repository`).
    #[error(
        "not found (HTTP {status}): {}{}",
        excerpt(message),
        fmt_request_id(request_id)
    )]
    NotFound {
        /// HTTP status code.
        status: u16,
        /// The server's message.
        message: String,
        /// The problem's machine-readable code (v2 only).
        code: Option<ErrorCode>,
        /// The server's request id, when it sent one.
        request_id: Option<String>,
    },

    /// The resource to be created exists already (`already exists`, `database exists`, HTTP 409).
    #[error(
        "already exists (HTTP {status}): {}{}",
        excerpt(message),
        fmt_request_id(request_id)
    )]
    AlreadyExists {
        /// HTTP status code.
        status: u16,
        /// The server's message.
        message: String,
        /// The problem's machine-readable code (v2 only).
        code: Option<ErrorCode>,
        /// The server's request id, when it sent one.
        request_id: Option<String>,
    },

    /// The server rejected the credentials (401/403, or a 400 mentioning the token).
    #[error(
        "DoltHub rejected the credentials (HTTP {status}): {}{}. Hint: this client sends the \
         header each API version expects (v1alpha1 `token <TOKEN>`, v2 `Bearer <TOKEN>`), so \
         check that the token is current, belongs to this host and suits the API version \
         (`dhat.` tokens for v1alpha1, `dh_` tokens for v2)",
        excerpt(message),
        fmt_request_id(request_id)
    )]
    Unauthorized {
        /// HTTP status code.
        status: u16,
        /// The server's message.
        message: String,
        /// The problem's machine-readable code (v2 only): `UNAUTHENTICATED` or `PERMISSION_DENIED`.
        code: Option<ErrorCode>,
        /// The server's request id, when it sent one.
        request_id: Option<String>,
    },

    /// HTTP 429. Safe requests were already retried as the retry policy allows.
    #[error(
        "rate limited by DoltHub (HTTP 429){}{}",
        fmt_retry_after(retry_after),
        fmt_request_id(request_id)
    )]
    RateLimited {
        /// The server's `Retry-After`, when it sent one.
        retry_after: Option<Duration>,
        /// The server's request id, when it sent one.
        request_id: Option<String>,
    },

    /// A response whose body is not JSON: gateway failures (`upstream request
    /// timeout`, 502/503/504 pages) and other plain-text answers.
    #[error(
        "HTTP {status} with a non-JSON body: {}{}",
        show_excerpt(excerpt),
        gateway_hint(excerpt)
    )]
    Gateway {
        /// HTTP status code.
        status: u16,
        /// At most 200 characters of the body, control characters removed.
        excerpt: String,
    },

    /// A success response, one of its result rows, or a webhook payload
    /// could not be decoded.
    #[error(
        "could not decode {what}: {source}; {what} starts with: {}",
        show_excerpt(excerpt)
    )]
    Decode {
        /// What failed to decode: `the response`, `a result row` (the
        /// source names the row) or `the webhook payload`.
        what: &'static str,
        /// At most 200 characters of it, control characters removed.
        excerpt: String,
        /// The decoder's complaint.
        #[source]
        source: serde_json::Error,
    },

    /// A request or a wait took longer than allowed.
    #[error("timed out: {what}")]
    Timeout {
        /// What timed out and after how long.
        what: String,
    },

    /// The request could not be sent or the response could not be read
    /// (DNS, connection refused, TLS, connection reset, ...).
    #[error("transport error: {source}")]
    Transport {
        /// The underlying HTTP client error. Its text names the URL, never the token.
        #[source]
        source: reqwest::Error,
    },

    /// Reading or writing a local file or stream failed (imports, CSV downloads).
    #[error("I/O error while {what}: {source}")]
    Io {
        /// What was being done.
        what: String,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },

    /// The input was rejected before any request was sent.
    #[error("invalid input: {message}")]
    InvalidInput {
        /// What is wrong and, where possible, how to fix it.
        message: String,
    },

    /// An asynchronous operation (fork, merge, import, SQL write) finished unsuccessfully.
    #[error("operation {operation} failed: {}", excerpt(message))]
    OperationFailed {
        /// The operation name as returned by the starting call.
        operation: String,
        /// The failure as reported by the poll (status and any error text).
        message: String,
        /// The failure's code (v2 only; any code is accepted, `OPERATION_FAILED` included).
        code: Option<ErrorCode>,
    },

    /// The client's API version cannot do this; nothing was sent.
    #[error("`{operation}` is not available on API {version}: {hint}")]
    Unsupported {
        /// What was asked for (a handle method or spec operation).
        operation: String,
        /// The version the client speaks.
        version: crate::ApiVersion,
        /// What to do instead.
        hint: String,
    },

    /// The server handed back a page token it had handed out before; paging
    /// stopped instead of looping forever.
    #[error("pagination loop: the server repeated a page token ({operation})")]
    PaginationLoop {
        /// The list operation that looped.
        operation: String,
    },
}

impl Error {
    /// The HTTP status behind this error, when there was a response.
    ///
    /// ```
    /// let err = dolthub::Error::RateLimited { retry_after: None, request_id: None };
    /// assert_eq!(err.status(), Some(429));
    /// ```
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Api { status, .. }
            | Error::Sql { status, .. }
            | Error::NotFound { status, .. }
            | Error::AlreadyExists { status, .. }
            | Error::Unauthorized { status, .. }
            | Error::Gateway { status, .. } => Some(*status),
            Error::RateLimited { .. } => Some(429),
            Error::Transport { source } => source.status().map(|s| s.as_u16()),
            _ => None,
        }
    }

    /// Whether repeating the same request later may succeed: rate limits,
    /// gateway failures (502/503/504), timeouts and connection failures.
    ///
    /// The client already retries safe requests (GETs and polls) according to
    /// its [`RetryPolicy`](crate::RetryPolicy); this helper is for callers that
    /// decide themselves, e.g. before re-running a POST they know is harmless.
    ///
    /// ```
    /// let err = dolthub::Error::Gateway { status: 503, excerpt: "upstream".into() };
    /// assert!(err.is_retryable());
    /// ```
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::RateLimited { .. } | Error::Timeout { .. } => true,
            Error::Gateway { status, .. } => matches!(status, 500 | 502 | 503 | 504),
            Error::Transport { source } => source.is_connect() || source.is_timeout(),
            _ => false,
        }
    }

    /// The machine-readable problem code of a v2 error (`None` for v1alpha1,
    /// whose errors carry no code, and for errors made on this side).
    ///
    /// ```
    /// use dolthub::{Error, ErrorCode};
    /// let err = Error::NotFound {
    ///     status: 404,
    ///     message: "no such database".into(),
    ///     code: Some(ErrorCode::NotFound),
    ///     request_id: Some("883c3d40-0d4e-4c47-9d0b-0c7b7c1a4e51".into()),
    /// };
    /// assert_eq!(err.code(), Some(&ErrorCode::NotFound));
    /// ```
    pub fn code(&self) -> Option<&ErrorCode> {
        match self {
            Error::Api { code, .. }
            | Error::NotFound { code, .. }
            | Error::AlreadyExists { code, .. }
            | Error::Unauthorized { code, .. }
            | Error::OperationFailed { code, .. } => code.as_ref(),
            Error::RateLimited { .. } => Some(&ErrorCode::RateLimited),
            _ => None,
        }
    }

    /// The server's id for the failed request (from the `x-request-id`
    /// header, else the problem body's `request_id`), in whatever format the
    /// server used. Quote it when asking DoltHub for support.
    ///
    /// ```
    /// let err = dolthub::Error::RateLimited { retry_after: None, request_id: Some("req_1".into()) };
    /// assert_eq!(err.request_id(), Some("req_1"));
    /// ```
    pub fn request_id(&self) -> Option<&str> {
        match self {
            Error::Api { request_id, .. }
            | Error::NotFound { request_id, .. }
            | Error::AlreadyExists { request_id, .. }
            | Error::Unauthorized { request_id, .. }
            | Error::RateLimited { request_id, .. } => request_id.as_deref(),
            _ => None,
        }
    }

    /// The `Retry-After` the server asked for, when this is a rate-limit error.
    ///
    /// ```
    /// use std::time::Duration;
    /// let err = dolthub::Error::RateLimited { retry_after: Some(Duration::from_secs(2)), request_id: None };
    /// assert_eq!(err.retry_after(), Some(Duration::from_secs(2)));
    /// ```
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            Error::RateLimited { retry_after, .. } => *retry_after,
            _ => None,
        }
    }

    /// Fill in the server's request id where the variant has room for one
    /// and none was found in the body.
    pub(crate) fn with_request_id(mut self, id: Option<String>) -> Self {
        if let Error::Api { request_id, .. }
        | Error::NotFound { request_id, .. }
        | Error::AlreadyExists { request_id, .. }
        | Error::Unauthorized { request_id, .. }
        | Error::RateLimited { request_id, .. } = &mut self
            && request_id.is_none()
        {
            *request_id = id;
        }
        self
    }

    pub(crate) fn unsupported(
        operation: impl Into<String>,
        version: crate::ApiVersion,
        hint: impl Into<String>,
    ) -> Self {
        Error::Unsupported {
            operation: operation.into(),
            version,
            hint: hint.into(),
        }
    }

    pub(crate) fn invalid(message: impl Into<String>) -> Self {
        Error::InvalidInput {
            message: message.into(),
        }
    }

    pub(crate) fn transport(source: reqwest::Error) -> Self {
        if source.is_timeout() {
            Error::Timeout {
                what: "the HTTP request did not complete within the configured timeout".into(),
            }
        } else {
            Error::Transport {
                source: source.without_url_query(),
            }
        }
    }
}

/// A name that is not an API version (`"v3".parse::<ApiVersion>()`) is
/// invalid input, with the parser's message.
impl From<dolthub_api::ParseApiVersionError> for Error {
    fn from(err: dolthub_api::ParseApiVersionError) -> Self {
        Error::invalid(err.to_string())
    }
}

/// Extension used by [`Error::transport`]: query strings can carry SQL text
/// and page tokens, which do not belong in an error message.
trait WithoutUrlQuery {
    fn without_url_query(self) -> Self;
}

impl WithoutUrlQuery for reqwest::Error {
    fn without_url_query(self) -> Self {
        let Some(mut url) = self.url().cloned() else {
            return self;
        };
        url.set_query(None);
        self.with_url(url)
    }
}

/// Cut server text to at most [`EXCERPT_CHARS`] characters, replacing control
/// characters (terminal escapes, newlines) with spaces.
pub(crate) fn excerpt(text: &str) -> String {
    // Sanitize one character past the limit, to know whether to cut.
    let mut chars: Vec<char> = Vec::with_capacity(EXCERPT_CHARS + 1);
    let mut last_space = false;
    for c in text.trim().chars() {
        let c = if c.is_control() { ' ' } else { c };
        if c == ' ' && last_space {
            continue;
        }
        last_space = c == ' ';
        chars.push(c);
        if chars.len() > EXCERPT_CHARS {
            break;
        }
    }
    if chars.len() > EXCERPT_CHARS {
        // The ellipsis counts: an excerpt never exceeds EXCERPT_CHARS.
        chars.truncate(EXCERPT_CHARS - 1);
        chars.push('…');
    }
    chars.into_iter().collect()
}

fn show_excerpt(text: &str) -> String {
    if text.is_empty() {
        "(empty body)".into()
    } else {
        excerpt(text)
    }
}

fn gateway_hint(text: &str) -> &'static str {
    if text
        .to_ascii_lowercase()
        .contains("upstream request timeout")
    {
        " (DoltHub stops queries after about 55 s; narrow the query, page with LIMIT/OFFSET, \
         or use the CSV export)"
    } else {
        ""
    }
}

fn fmt_request_id(request_id: &Option<String>) -> String {
    match request_id {
        Some(id) => format!(" [request id {}]", excerpt(id)),
        None => String::new(),
    }
}

fn fmt_retry_after(retry_after: &Option<Duration>) -> String {
    match retry_after {
        Some(d) => format!("; retry after {:.1} s", d.as_secs_f64()),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpt_strips_controls_and_caps_length() {
        let text = format!("a\u{1b}[31mb\n\n{}", "x".repeat(500));
        let e = excerpt(&text);
        assert!(!e.chars().any(|c| c.is_control()));
        assert_eq!(e.chars().count(), EXCERPT_CHARS);
        assert_eq!(
            excerpt(&"y".repeat(EXCERPT_CHARS)).chars().count(),
            EXCERPT_CHARS
        );
        assert!(!excerpt(&"y".repeat(EXCERPT_CHARS)).ends_with('…'));
        assert!(e.ends_with('…'));
        assert!(e.starts_with("a [31mb x"));
    }

    #[test]
    fn display_shows_only_an_excerpt_of_the_body() {
        let err = Error::Api {
            status: 400,
            message: "m".repeat(1000),
            body: "b".repeat(10_000),
            code: None,
            request_id: None,
        };
        let shown = err.to_string();
        assert!(shown.len() < 400, "{shown}");
        assert!(!shown.contains("bbbb"));
    }

    #[test]
    fn statuses_and_retryability() {
        assert_eq!(
            Error::Gateway {
                status: 502,
                excerpt: String::new()
            }
            .status(),
            Some(502)
        );
        assert!(
            !Error::Api {
                status: 400,
                message: String::new(),
                body: String::new(),
                code: None,
                request_id: None,
            }
            .is_retryable()
        );
        assert!(Error::invalid("x").status().is_none());
        let gw = Error::Gateway {
            status: 504,
            excerpt: "upstream request timeout".into(),
        };
        assert!(gw.to_string().contains("55 s"));
    }
}
