//! Turning an unsuccessful response into an [`Error`].
//!
//! DoltHub's error reporting is loose (reference §6): the standard envelope
//! `{"status": "Error", "message": ...}`, the SQL envelope
//! `{"query_execution_status": "Error", "query_execution_message": ...}`,
//! bare `{"error": ...}` objects, plain-text gateway pages, and errors inside
//! HTTP 200 bodies. The server documents almost no status codes besides 400,
//! so the variant is chosen from the status, the envelope and a few message
//! strings clients have learnt to recognise. This module is pure so every rule
//! is unit-tested without a server.

use std::time::{Duration, SystemTime};

use serde_json::{Map, Value};

use crate::error::{Error, excerpt};

/// Message fragments (lower case) meaning "your credentials were refused".
const UNAUTHORIZED_HINTS: &[&str] = &[
    "invalid authorization header",
    "no token found for given api token",
    "api token with matching id not found",
    "not authenticated",
    "no authentication",
    "unauthorized",
    "invalid token",
];

/// Message fragments (lower case) meaning "the database (or the pull request
/// or operation named in the request) does not exist". DoltHub sends these in
/// HTTP 400 envelopes, so the text is all there is to go on.
const REPOSITORY_MISSING_HINTS: &[&str] = &[
    "no such repository",
    "repository not found",
    "database not found",
    "no such pull",
    "no such operation",
];

/// Message fragments (lower case) meaning "the thing to create exists already".
const EXISTS_HINTS: &[&str] = &["already exists", "database exists"];

/// Build the error for a non-2xx response.
///
/// `body` is at most the first 64 KiB of the body; `secret` is the raw token
/// (if any), scrubbed from every piece of server text that ends up in the error.
pub(crate) fn from_status(
    status: u16,
    retry_after: Option<&str>,
    body: &[u8],
    secret: Option<&str>,
) -> Error {
    let text = scrub(&String::from_utf8_lossy(body), secret);
    if status == 429 {
        return Error::RateLimited {
            retry_after: retry_after.and_then(parse_retry_after),
            request_id: None,
        };
    }
    match parse_object(&text) {
        Some(object) => from_envelope(status, &object, text),
        None => from_text(status, text),
    }
}

/// A 2xx JSON object that nonetheless reports a failure (`status: "Error"`),
/// as some endpoints do. Returns `None` for ordinary successes.
pub(crate) fn from_ok_body(status: u16, object: &Map<String, Value>, raw: &str) -> Option<Error> {
    let reported = object.get("status").and_then(Value::as_str)?;
    if !reported.trim().eq_ignore_ascii_case("error") {
        return None;
    }
    Some(from_envelope(status, object, raw.to_owned()))
}

fn parse_object(text: &str) -> Option<Map<String, Value>> {
    match serde_json::from_str::<Value>(text.trim()) {
        Ok(Value::Object(map)) => Some(map),
        _ => None,
    }
}

fn string_field<'a>(object: &'a Map<String, Value>, keys: &[&str]) -> Option<&'a str> {
    keys.iter()
        .filter_map(|k| object.get(*k).and_then(Value::as_str))
        .find(|s| !s.trim().is_empty())
}

fn from_envelope(status: u16, object: &Map<String, Value>, raw: String) -> Error {
    let is_sql = object.contains_key("query_execution_status");
    let message = string_field(
        object,
        &[
            "message",
            "query_execution_message",
            "error",
            "msg",
            "detail",
        ],
    )
    .map(str::to_owned)
    .unwrap_or_else(|| excerpt(&raw));
    let lower = message.to_ascii_lowercase();

    if status == 401 || status == 403 || contains_any(&lower, UNAUTHORIZED_HINTS) {
        return Error::Unauthorized {
            status,
            message,
            code: None,
            request_id: None,
        };
    }
    if status == 404 || contains_any(&lower, REPOSITORY_MISSING_HINTS) {
        return Error::NotFound {
            status,
            message,
            code: None,
            request_id: None,
        };
    }
    if is_sql {
        // SQL texts such as "table with name x already exists" or "branch not
        // found" are statement failures: keep them as SQL errors with the query.
        let query = string_field(object, &["sql_query", "sql_query:", "query", "query:"])
            .map(str::to_owned);
        return Error::Sql {
            status,
            message,
            query,
        };
    }
    if status == 409 || contains_any(&lower, EXISTS_HINTS) {
        return Error::AlreadyExists {
            status,
            message,
            code: None,
            request_id: None,
        };
    }
    if lower.contains("not found") {
        return Error::NotFound {
            status,
            message,
            code: None,
            request_id: None,
        };
    }
    Error::Api {
        status,
        message,
        body: raw,
        code: None,
        request_id: None,
    }
}

fn from_text(status: u16, text: String) -> Error {
    let short = excerpt(&text);
    let lower = text.to_ascii_lowercase();
    if status == 401 || status == 403 || contains_any(&lower, UNAUTHORIZED_HINTS) {
        return Error::Unauthorized {
            status,
            message: short,
            code: None,
            request_id: None,
        };
    }
    if status == 404 || contains_any(&lower, REPOSITORY_MISSING_HINTS) {
        return Error::NotFound {
            status,
            message: short,
            code: None,
            request_id: None,
        };
    }
    if (300..400).contains(&status) {
        return Error::Api {
            status,
            message: "redirect not followed: the client follows redirects only within the \
                      configured origin"
                .into(),
            body: text,
            code: None,
            request_id: None,
        };
    }
    Error::Gateway {
        status,
        excerpt: short,
    }
}

fn contains_any(haystack: &str, needles: &[&str]) -> bool {
    needles.iter().any(|n| haystack.contains(n))
}

/// Replace every occurrence of the token in server text.
pub(crate) fn scrub(text: &str, secret: Option<&str>) -> String {
    match secret {
        Some(s) if s.len() >= 4 && text.contains(s) => text.replace(s, "[redacted]"),
        _ => text.to_owned(),
    }
}

/// `Retry-After` is either delay-seconds or an HTTP date (RFC 9110 §10.2.3).
pub(crate) fn parse_retry_after(value: &str) -> Option<Duration> {
    let value = value.trim();
    if let Ok(secs) = value.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    if let Ok(secs) = value.parse::<f64>()
        && secs.is_finite()
        && secs >= 0.0
    {
        return Some(Duration::from_secs_f64(secs));
    }
    let at = parse_http_date(value)?;
    Some(
        at.duration_since(SystemTime::now())
            .unwrap_or(Duration::ZERO),
    )
}

/// Parse the IMF-fixdate form (`Sun, 06 Nov 1994 08:49:37 GMT`), the only
/// form servers are required to send.
fn parse_http_date(value: &str) -> Option<SystemTime> {
    let mut parts = value.split_whitespace();
    let _weekday = parts.next()?;
    let day: u64 = parts.next()?.parse().ok()?;
    let month = match parts.next()? {
        "Jan" => 1,
        "Feb" => 2,
        "Mar" => 3,
        "Apr" => 4,
        "May" => 5,
        "Jun" => 6,
        "Jul" => 7,
        "Aug" => 8,
        "Sep" => 9,
        "Oct" => 10,
        "Nov" => 11,
        "Dec" => 12,
        _ => return None,
    };
    let year: i64 = parts.next()?.parse().ok()?;
    let mut hms = parts.next()?.split(':').map(|p| p.parse::<u64>().ok());
    let (h, m, s) = (hms.next()??, hms.next()??, hms.next()??);
    if parts.next()? != "GMT" || day == 0 || day > 31 || h > 23 || m > 59 || s > 60 {
        return None;
    }
    let days = days_from_civil(year, month, day as i64);
    let secs = days.checked_mul(86_400)? + (h * 3600 + m * 60 + s) as i64;
    let secs = u64::try_from(secs).ok()?;
    Some(SystemTime::UNIX_EPOCH + Duration::from_secs(secs))
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map(status: u16, body: &str) -> Error {
        from_status(status, None, body.as_bytes(), Some("dhat.secret.token"))
    }

    #[test]
    fn standard_envelope_is_api_error_with_raw_body() {
        let body =
            r#"{"status":"Error","message":"Error creating a branch.","database_owner":"o"}"#;
        match map(400, body) {
            Error::Api {
                status,
                message,
                body: raw,
                ..
            } => {
                assert_eq!(status, 400);
                assert_eq!(message, "Error creating a branch.");
                assert_eq!(raw, body);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn sql_envelope_is_sql_error_with_query() {
        let body = r#"{"query_execution_status":"Error","query_execution_message":"table not found: x","sql_query":"SELECT * FROM x"}"#;
        match map(400, body) {
            Error::Sql { message, query, .. } => {
                assert_eq!(message, "table not found: x");
                assert_eq!(query.as_deref(), Some("SELECT * FROM x"));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn error_key_envelope_and_known_messages() {
        assert!(matches!(
            map(400, r#"{"error":"no such repository"}"#),
            Error::NotFound { .. }
        ));
        assert!(matches!(
            map(
                400,
                r#"{"status":"Error","message":"invalid authorization header"}"#
            ),
            Error::Unauthorized { .. }
        ));
        assert!(matches!(
            map(
                400,
                r#"{"status":"Error","message":"apitoken_db: API Token with matching ID not found"}"#
            ),
            Error::Unauthorized { .. }
        ));
        assert!(matches!(
            map(401, r#"{"status":"Error","message":"Not authenticated"}"#),
            Error::Unauthorized { status: 401, .. }
        ));
        assert!(matches!(
            map(
                400,
                r#"{"status":"Error","message":"database exists: dolthub/museum"}"#
            ),
            Error::AlreadyExists { .. }
        ));
        assert!(matches!(
            map(400, r#"{"status":"Error","message":"repo already exists"}"#),
            Error::AlreadyExists { .. }
        ));
        assert!(matches!(
            map(409, r#"{"message":"x"}"#),
            Error::AlreadyExists { .. }
        ));
        assert!(matches!(
            map(404, r#"{"message":"x"}"#),
            Error::NotFound { .. }
        ));
        assert!(matches!(
            map(400, r#"{"status":"Error","message":"branch not found"}"#),
            Error::NotFound { .. }
        ));
        // A SQL "already exists" stays a SQL error.
        assert!(matches!(
            map(
                400,
                r#"{"query_execution_status":"Error","query_execution_message":"table with name a already exists"}"#
            ),
            Error::Sql { .. }
        ));
    }

    /// DoltHub's management errors are all HTTP 400 envelopes echoing the
    /// request's fields; the variant still says what happened.
    #[test]
    fn production_400_envelopes_map_to_typed_errors() {
        let cases = [
            (
                r#"{"status":"Error","message":"no such repository","database_owner":"o","database_name":"d"}"#,
                "not found",
            ),
            (
                r#"{"status":"Error","message":"no such pull","database_owner":"o","database_name":"d","pull_id":"9"}"#,
                "not found",
            ),
            (
                r#"{"status":"Error","message":"Error polling an operation status. no such operation: x","operation_name":"x"}"#,
                "not found",
            ),
            (
                r#"{"status":"Error","message":"Error creating a branch. branch dev already exists"}"#,
                "exists",
            ),
            (
                r#"{"status":"Error","message":"Not authenticated"}"#,
                "auth",
            ),
        ];
        for (body, want) in cases {
            let got = map(400, body);
            let ok = match want {
                "not found" => matches!(got, Error::NotFound { status: 400, .. }),
                "exists" => matches!(got, Error::AlreadyExists { status: 400, .. }),
                _ => matches!(got, Error::Unauthorized { status: 400, .. }),
            };
            assert!(ok, "{body} -> {got:?}");
        }
    }

    #[test]
    fn plain_text_bodies_are_gateway_errors() {
        match map(504, "upstream request timeout") {
            Error::Gateway { status, excerpt } => {
                assert_eq!(status, 504);
                assert_eq!(excerpt, "upstream request timeout");
            }
            other => panic!("{other:?}"),
        }
        match map(
            400,
            "cannot return null for non-nullable field SqlWrite.toCommitId",
        ) {
            Error::Gateway { status: 400, .. } => {}
            other => panic!("{other:?}"),
        }
        assert!(matches!(map(502, ""), Error::Gateway { .. }));
        assert!(matches!(
            map(400, "no such repository"),
            Error::NotFound { .. }
        ));
        assert!(matches!(
            map(401, "<html>nope</html>"),
            Error::Unauthorized { .. }
        ));
        assert!(matches!(map(302, ""), Error::Api { status: 302, .. }));
    }

    #[test]
    fn rate_limit_reads_retry_after() {
        let e = from_status(429, Some("3"), b"slow down", None);
        assert_eq!(e.retry_after(), Some(Duration::from_secs(3)));
        let e = from_status(429, Some("garbage"), b"", None);
        assert!(matches!(
            e,
            Error::RateLimited {
                retry_after: None,
                ..
            }
        ));
    }

    #[test]
    fn retry_after_http_date() {
        assert_eq!(
            parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT"),
            Some(SystemTime::UNIX_EPOCH + Duration::from_secs(784_111_777))
        );
        // A date in the past means "now".
        assert_eq!(
            parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT"),
            Some(Duration::ZERO)
        );
        assert_eq!(parse_retry_after("1.5"), Some(Duration::from_millis(1500)));
        assert_eq!(parse_retry_after("Sun, 06 Nov 1994 08:49:37 UTC"), None);
    }

    #[test]
    fn token_is_scrubbed_from_server_text() {
        let e = map(
            400,
            r#"{"status":"Error","message":"bad token dhat.secret.token here"}"#,
        );
        let debug = format!("{e:?}");
        assert!(!debug.contains("dhat.secret.token"), "{debug}");
        let e = map(500, "echo dhat.secret.token");
        assert!(!format!("{e:?} {e}").contains("dhat.secret.token"));
    }

    #[test]
    fn ok_body_with_error_status() {
        let raw = r#"{"status":"Error","message":"Error getting the branches list."}"#;
        let Value::Object(obj) = serde_json::from_str(raw).unwrap() else {
            unreachable!()
        };
        assert!(matches!(
            from_ok_body(200, &obj, raw),
            Some(Error::Api { status: 200, .. })
        ));
        let ok: Map<String, Value> = serde_json::from_str(r#"{"status":"Success"}"#).unwrap();
        assert!(from_ok_body(200, &ok, "").is_none());
    }

    proptest::proptest! {
        #[test]
        fn mapping_never_panics_and_keeps_excerpts_short(
            status in 100u16..600,
            body in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..2048),
            retry_after in proptest::option::of(".{0,40}"),
        ) {
            let err = from_status(status, retry_after.as_deref(), &body, Some("dhat.secret"));
            let shown = err.to_string();
            proptest::prop_assert!(!shown.contains("dhat.secret"));
            if let Error::Gateway { excerpt, .. } = &err {
                proptest::prop_assert!(excerpt.chars().count() <= crate::error::EXCERPT_CHARS);
            }
        }
    }
}
