//! Calling the v1alpha1 handlers for changes, so both versions share one implementation
//! of every write. v2 checks its own statuses first (404 hidden, 403 rights, 409
//! duplicates, 422 unprocessable); what the shared handler still refuses keeps its HTTP
//! status and message, re-dressed as a problem.

use super::problem::Problem;
use crate::api::ApiResult;
use axum::body::Body;
use serde_json::Value;

/// A JSON body for a v1alpha1 handler.
pub(crate) fn json_body(v: &Value) -> Body {
    Body::from(serde_json::to_vec(v).unwrap_or_default())
}

/// The JSON answer of a v1alpha1 handler, or its error as a problem.
pub(crate) async fn answer(result: ApiResult) -> Result<Value, Problem> {
    let resp = result.map_err(Problem::from)?;
    let status = resp.status();
    let bytes = axum::body::to_bytes(resp.into_body(), usize::MAX)
        .await
        .map_err(|e| Problem::internal(format!("reading the shared handler's answer: {e}")))?;
    if !status.is_success() {
        let text = String::from_utf8_lossy(&bytes).into_owned();
        return Err(Problem::new(status, text));
    }
    serde_json::from_slice(&bytes)
        .map_err(|e| Problem::internal(format!("the shared handler answered non-JSON: {e}")))
}

/// A string field of a v1alpha1 answer (empty when missing).
pub(crate) fn text(v: &Value, key: &str) -> String {
    match v.get(key) {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Null) | None => String::new(),
        Some(other) => other.to_string(),
    }
}
