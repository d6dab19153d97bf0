//! API v2's side of every [`Dialect`](super::Dialect) question. The v2
//! machinery itself (problem decoding, envelopes, the operations poller,
//! presigned uploads) lives in `crate::v2`; this module is its seam.

use reqwest::header::HeaderValue;
use serde::de::DeserializeOwned;

use super::ErrorAnswer;
use crate::error::{Error, Result};
use crate::pagination::Page;
use crate::transport::auth::Token;
use crate::transport::decode_json;
use crate::v2::envelope::Envelope;

/// Path prefix of the JSON endpoints.
pub(crate) const BASE_PATH: &str = crate::ApiVersion::V2.base_path();

/// The query parameter of later pages.
pub(crate) const PAGE_TOKEN_PARAM: &str = "page_token";

/// `Authorization: Bearer <TOKEN>`.
pub(crate) fn authorization(token: &Token) -> &HeaderValue {
    token.bearer()
}

/// RFC 9457 problems, by `code` first (see `crate::v2::problem`).
pub(crate) fn decode_error(answer: &ErrorAnswer<'_>) -> Error {
    crate::v2::problem::from_problem(
        answer.status,
        answer.request_id,
        answer.retry_after,
        answer.body,
        answer.secret,
    )
}

/// `{"data": [...], "meta": {"next_page_token": ...}}`; no `meta` is the last page.
pub(crate) fn decode_page<T: DeserializeOwned>(
    body: &[u8],
    secret: Option<&str>,
) -> Result<Page<T>> {
    let envelope: Envelope<Vec<T>> = decode_json(200, body, true, secret)?;
    Ok(envelope.into_page(|item| item))
}
