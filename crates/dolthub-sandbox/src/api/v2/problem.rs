//! RFC 9457 problem answers of API v2: `code` by HTTP status, our own titles, the
//! request id in the body, and the live variant (`application/problem+json`, DoltHub's
//! `type` URL) when switched on.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

/// The `type` DoltHub was recorded sending on problems.
const LIVE_TYPE: &str = "https://dolthub.com/docs/products/dolthub/api/v2/models/#model-errorcode";

/// An API v2 error answer (rendered by [`Problem::render`]).
#[derive(Debug, Clone)]
pub(crate) struct Problem {
    pub status: StatusCode,
    pub detail: String,
    pub headers: Vec<(header::HeaderName, String)>,
}

/// `ErrorCode` and title for an HTTP status.
pub(crate) fn code_and_title(status: StatusCode) -> (&'static str, &'static str) {
    match status.as_u16() {
        400 => ("VALIDATION_FAILED", "The request is not valid"),
        401 => ("UNAUTHENTICATED", "Authentication required"),
        403 => ("PERMISSION_DENIED", "Not allowed"),
        404 => ("NOT_FOUND", "Not found"),
        405 => ("METHOD_NOT_ALLOWED", "Method not allowed"),
        409 => ("CONFLICT", "Conflict with the current state"),
        422 => ("UNPROCESSABLE", "The request cannot be processed"),
        429 => ("RATE_LIMITED", "Too many requests"),
        503 => ("SERVICE_UNAVAILABLE", "Service unavailable"),
        _ => ("INTERNAL", "Internal error"),
    }
}

impl Problem {
    pub(crate) fn new(status: StatusCode, detail: impl Into<String>) -> Self {
        Problem {
            status,
            detail: detail.into(),
            headers: Vec::new(),
        }
    }
    pub(crate) fn bad(detail: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, detail)
    }
    pub(crate) fn unauthenticated(detail: impl Into<String>) -> Self {
        Self::new(StatusCode::UNAUTHORIZED, detail)
    }
    pub(crate) fn forbidden(detail: impl Into<String>) -> Self {
        Self::new(StatusCode::FORBIDDEN, detail)
    }
    pub(crate) fn not_found(detail: impl Into<String>) -> Self {
        Self::new(StatusCode::NOT_FOUND, detail)
    }
    pub(crate) fn conflict(detail: impl Into<String>) -> Self {
        Self::new(StatusCode::CONFLICT, detail)
    }
    pub(crate) fn unprocessable(detail: impl Into<String>) -> Self {
        Self::new(StatusCode::UNPROCESSABLE_ENTITY, detail)
    }
    pub(crate) fn internal(detail: impl Into<String>) -> Self {
        Self::new(StatusCode::INTERNAL_SERVER_ERROR, detail)
    }
    pub(crate) fn no_database(owner: &str, db: &str) -> Self {
        Self::not_found(format!("database {owner}/{db} not found"))
    }
    pub(crate) fn with_header(mut self, name: header::HeaderName, value: String) -> Self {
        self.headers.push((name, value));
        self
    }

    /// The problem body.
    pub(crate) fn body(&self, request_id: &str, instance: &str, live: bool) -> Value {
        let (code, title) = code_and_title(self.status);
        let mut body = json!({
            "type": if live { LIVE_TYPE } else { "about:blank" },
            "title": title,
            "status": self.status.as_u16(),
            "code": code,
            "request_id": request_id,
            "instance": instance,
        });
        if !self.detail.is_empty() {
            body["detail"] = Value::String(self.detail.clone());
        }
        body
    }

    /// The full answer. The media type is the spec's `application/json`, or the
    /// `application/problem+json` DoltHub sends when `live` is on.
    pub(crate) fn render(self, request_id: &str, instance: &str, live: bool) -> Response {
        let body = self.body(request_id, instance, live);
        let mut resp = (self.status, axum::Json(body)).into_response();
        if live {
            resp.headers_mut().insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/problem+json"),
            );
        }
        for (name, value) in self.headers {
            if let Ok(v) = HeaderValue::from_str(&value) {
                resp.headers_mut().insert(name, v);
            }
        }
        resp
    }
}

impl From<crate::api::ApiError> for Problem {
    /// A v1alpha1 error from a shared handler keeps its status and message.
    fn from(e: crate::api::ApiError) -> Self {
        Problem::new(e.status, e.message)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problem_bodies_carry_code_status_and_request_id() {
        let p = Problem::conflict("branch x exists");
        let b = p.body("req_1", "/api/v2/x", false);
        assert_eq!(b["code"], "CONFLICT");
        assert_eq!(b["status"], 409);
        assert_eq!(b["request_id"], "req_1");
        assert_eq!(b["detail"], "branch x exists");
        assert_eq!(b["type"], "about:blank");
        assert_eq!(Problem::bad("x").body("r", "/", true)["type"], LIVE_TYPE);
        assert_eq!(
            code_and_title(StatusCode::UNPROCESSABLE_ENTITY).0,
            "UNPROCESSABLE"
        );
        assert_eq!(code_and_title(StatusCode::BAD_GATEWAY).0, "INTERNAL");
    }
}
