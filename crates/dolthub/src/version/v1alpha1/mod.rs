//! API v1alpha1's side of every [`Dialect`](super::Dialect) question.

pub(crate) mod error_map;
mod page;

use reqwest::header::HeaderValue;
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::ErrorAnswer;
use crate::error::{Error, Result};
use crate::pagination::Page;
use crate::transport::auth::Token;

/// Path prefix of the JSON endpoints.
pub(crate) const BASE_PATH: &str = crate::ApiVersion::V1alpha1.base_path();

/// The query parameter of later pages (the release list also takes
/// `next_page_token`, which its builder adds).
pub(crate) const PAGE_TOKEN_PARAM: &str = "pageToken";

/// `authorization: token <TOKEN>`.
pub(crate) fn authorization(token: &Token) -> &HeaderValue {
    token.header()
}

/// Loose envelopes, SQL envelopes and plain text (see [`error_map`]).
pub(crate) fn decode_error(answer: &ErrorAnswer<'_>) -> Error {
    error_map::from_status(
        answer.status,
        answer.retry_after,
        answer.body,
        answer.secret,
    )
    .with_request_id(
        answer
            .request_id
            .map(str::trim)
            .filter(|id| !id.is_empty())
            .map(str::to_owned),
    )
}

/// Some endpoints answer HTTP 200 with `{"status": "Error", ...}`.
pub(crate) fn error_in_success(status: u16, body: &[u8], secret: Option<&str>) -> Option<Error> {
    // Cheap pre-check so ordinary answers are parsed only once. `memmem` is
    // vectorised: a byte-by-byte window scan cost about 14,000 instructions
    // per ordinary answer (see BENCHMARKS.md).
    // The finder is built once: building it per answer cost about 500
    // instructions per call (callgrind, get pull).
    static ERROR_WORD: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"\"Error\""));
    ERROR_WORD.find(body)?;
    error_envelope(status, body, secret)
}

/// The error a 2xx body reports, without the pre-check: for callers that
/// already read `status: "Error"` (any case) while decoding.
pub(crate) fn error_envelope(status: u16, body: &[u8], secret: Option<&str>) -> Option<Error> {
    let text = error_map::scrub(&String::from_utf8_lossy(body), secret);
    match serde_json::from_str::<Value>(&text) {
        Ok(Value::Object(object)) => error_map::from_ok_body(status, &object, &text),
        _ => None,
    }
}

/// `{"<items_key>": [...], "next_page_token": "..."}`.
pub(crate) fn decode_page<T: DeserializeOwned>(
    items_key: &'static str,
    body: &[u8],
    secret: Option<&str>,
) -> Result<Page<T>> {
    page::decode(items_key, body, secret)
}
