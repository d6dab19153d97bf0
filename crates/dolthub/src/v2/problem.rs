//! v2 error answers (RFC 9457 problem details) into [`Error`].
//!
//! The variant is chosen from the problem's `code` first and from the HTTP
//! status when the code is one this crate does not know (DoltHub adds codes
//! without a version bump). The media type is ignored: the service sends
//! `application/problem+json` where the spec says `application/json`, and a
//! gateway may answer with plain text, which falls back to the v1alpha1 rules
//! (an excerpt in [`Error::Gateway`]). The request id is the response header's
//! when present, else the body's `request_id`, in whatever format it has.

use serde_json::{Map, Value};

use crate::error::{Error, ErrorCode, excerpt};
use crate::error_map;

/// Build the error for a non-2xx v2 response.
///
/// `header_id` is the `x-request-id` response header, `retry_after` the raw
/// `Retry-After` header, `body` at most the first 64 KiB of the body and
/// `secret` the raw token, scrubbed from all server text.
pub(crate) fn from_problem(
    status: u16,
    header_id: Option<&str>,
    retry_after: Option<&str>,
    body: &[u8],
    secret: Option<&str>,
) -> Error {
    let text = error_map::scrub(&String::from_utf8_lossy(body), secret);
    let object = match serde_json::from_str::<Value>(text.trim()) {
        Ok(Value::Object(object)) => Some(object),
        _ => None,
    };
    let request_id = header_id
        .map(str::trim)
        .filter(|id| !id.is_empty())
        .map(str::to_owned)
        .or_else(|| object.as_ref().and_then(body_request_id));
    let Some(object) = object else {
        return error_map::from_status(status, retry_after, text.as_bytes(), None)
            .with_request_id(request_id);
    };
    let code = object
        .get("code")
        .and_then(Value::as_str)
        .filter(|c| !c.trim().is_empty())
        .map(ErrorCode::parse);
    let message = problem_message(&object).unwrap_or_else(|| excerpt(&text));

    if status == 429 || code == Some(ErrorCode::RateLimited) {
        return Error::RateLimited {
            retry_after: retry_after.and_then(error_map::parse_retry_after),
            request_id,
        };
    }
    let by_code = match &code {
        Some(ErrorCode::Unauthenticated | ErrorCode::PermissionDenied) => Some(Kind::Unauthorized),
        Some(ErrorCode::NotFound) => Some(Kind::NotFound),
        Some(ErrorCode::Conflict) => Some(Kind::AlreadyExists),
        Some(ErrorCode::Other(_)) | None => None,
        Some(_) => Some(Kind::Api),
    };
    let kind = by_code.unwrap_or(match status {
        401 | 403 => Kind::Unauthorized,
        404 => Kind::NotFound,
        409 => Kind::AlreadyExists,
        _ => Kind::Api,
    });
    match kind {
        Kind::Unauthorized => Error::Unauthorized {
            status,
            message,
            code,
            request_id,
        },
        Kind::NotFound => Error::NotFound {
            status,
            message,
            code,
            request_id,
        },
        Kind::AlreadyExists => Error::AlreadyExists {
            status,
            message,
            code,
            request_id,
        },
        Kind::Api => Error::Api {
            status,
            message,
            body: text,
            code,
            request_id,
        },
    }
}

enum Kind {
    Unauthorized,
    NotFound,
    AlreadyExists,
    Api,
}

/// `title: detail` when both say something, else whichever is present.
fn problem_message(object: &Map<String, Value>) -> Option<String> {
    let field = |key: &str| {
        object
            .get(key)
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|s| !s.is_empty())
    };
    match (field("title"), field("detail")) {
        (Some(title), Some(detail)) if detail != title => Some(format!("{title}: {detail}")),
        (Some(one), _) | (None, Some(one)) => Some(one.to_owned()),
        (None, None) => field("message").map(str::to_owned),
    }
}

/// The body's `request_id` as text, whatever JSON type it came as.
fn body_request_id(object: &Map<String, Value>) -> Option<String> {
    match object.get("request_id")? {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_owned()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIVE_401: &str = r#"{"type":"https://dolthub.com/docs/products/dolthub/api/v2/models/#model-errorcode","title":"Unauthenticated","status":401,"code":"UNAUTHENTICATED","detail":"missing bearer token","instance":"/api/v2/user","request_id":"883c3d40-0d4e-4c47-9d0b-0c7b7c1a4e51"}"#;

    #[test]
    fn live_401_is_unauthorized_with_bare_uuid_request_id() {
        match from_problem(401, None, None, LIVE_401.as_bytes(), None) {
            Error::Unauthorized {
                status,
                message,
                code,
                request_id,
            } => {
                assert_eq!(status, 401);
                assert_eq!(message, "Unauthenticated: missing bearer token");
                assert_eq!(code, Some(ErrorCode::Unauthenticated));
                assert_eq!(
                    request_id.as_deref(),
                    Some("883c3d40-0d4e-4c47-9d0b-0c7b7c1a4e51")
                );
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn header_request_id_wins_over_the_body() {
        let e = from_problem(401, Some("req_01HZX"), None, LIVE_401.as_bytes(), None);
        assert_eq!(e.request_id(), Some("req_01HZX"));
    }

    #[test]
    fn codes_choose_variants_and_unknown_codes_fall_back_to_status() {
        let body = |code: &str, status: u16| {
            format!(r#"{{"title":"t","status":{status},"code":"{code}","request_id":7}}"#)
        };
        assert!(matches!(
            from_problem(409, None, None, body("CONFLICT", 409).as_bytes(), None),
            Error::AlreadyExists { .. }
        ));
        assert!(matches!(
            from_problem(
                403,
                None,
                None,
                body("PERMISSION_DENIED", 403).as_bytes(),
                None
            ),
            Error::Unauthorized { status: 403, .. }
        ));
        let e = from_problem(
            404,
            None,
            None,
            body("BRANCH_NOT_FOUND", 404).as_bytes(),
            None,
        );
        assert!(matches!(e, Error::NotFound { .. }), "{e:?}");
        assert_eq!(e.code(), Some(&ErrorCode::Other("BRANCH_NOT_FOUND".into())));
        assert_eq!(e.request_id(), Some("7"));
        let e = from_problem(422, None, None, body("UNPROCESSABLE", 422).as_bytes(), None);
        assert!(matches!(e, Error::Api { status: 422, .. }), "{e:?}");
        let e = from_problem(
            429,
            None,
            Some("4"),
            body("RATE_LIMITED", 429).as_bytes(),
            None,
        );
        assert_eq!(e.retry_after(), Some(std::time::Duration::from_secs(4)));
    }

    #[test]
    fn plain_text_keeps_the_v1alpha1_rules_and_the_header_id() {
        let e = from_problem(502, Some("abc"), None, b"upstream connect error", None);
        assert!(matches!(e, Error::Gateway { status: 502, .. }), "{e:?}");
        // Gateway pages come from proxies in front of DoltHub: no id to keep.
        assert!(e.request_id().is_none());
        let e = from_problem(404, Some("abc"), None, b"not here", None);
        assert_eq!(e.request_id(), Some("abc"));
    }

    #[test]
    fn the_token_is_scrubbed_from_problem_text() {
        let body = r#"{"title":"bad token dh_secret123","status":401,"code":"UNAUTHENTICATED","request_id":"x"}"#;
        let e = from_problem(401, None, None, body.as_bytes(), Some("dh_secret123"));
        assert!(!format!("{e:?} {e}").contains("dh_secret123"));
    }
}
