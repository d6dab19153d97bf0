//! [`ErrorCode`]: the machine-readable code of a v2 problem.
//!
//! v2 errors (RFC 9457 problem details) and failed v2 operations carry a
//! SCREAMING_SNAKE_CASE `code`; DoltHub says it will add endpoint-specific
//! codes without a version bump, so unknown codes are kept verbatim in
//! [`ErrorCode::Other`] rather than rejected.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The `code` of a v2 problem or failed operation. Branch on this, never on
/// the message text.
///
/// ```
/// use dolthub::ErrorCode;
/// assert_eq!(ErrorCode::parse("CONFLICT"), ErrorCode::Conflict);
/// assert_eq!(ErrorCode::parse("BRANCH_NOT_FOUND"), ErrorCode::Other("BRANCH_NOT_FOUND".into()));
/// assert_eq!(ErrorCode::Conflict.as_str(), "CONFLICT");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorCode {
    /// `VALIDATION_FAILED` (400): malformed or invalid input.
    ValidationFailed,
    /// `UNAUTHENTICATED` (401): credential missing or not valid.
    Unauthenticated,
    /// `PERMISSION_DENIED` (403): authenticated but not allowed.
    PermissionDenied,
    /// `NOT_FOUND` (404): no such resource, or a private database you may not see.
    NotFound,
    /// `METHOD_NOT_ALLOWED` (405).
    MethodNotAllowed,
    /// `CONFLICT` (409): clashes with existing state, e.g. a name is taken.
    Conflict,
    /// `UNPROCESSABLE` (422): well-formed but not acceptable (duplicate fork, unmergeable pull).
    Unprocessable,
    /// `RATE_LIMITED` (429).
    RateLimited,
    /// `INTERNAL` (500).
    Internal,
    /// `SERVICE_UNAVAILABLE` (503).
    ServiceUnavailable,
    /// `OPERATION_FAILED`: an asynchronous operation failed (not an HTTP answer).
    OperationFailed,
    /// A code this version of the crate does not know, kept as sent.
    Other(String),
}

const KNOWN: &[(&str, ErrorCode)] = &[
    ("VALIDATION_FAILED", ErrorCode::ValidationFailed),
    ("UNAUTHENTICATED", ErrorCode::Unauthenticated),
    ("PERMISSION_DENIED", ErrorCode::PermissionDenied),
    ("NOT_FOUND", ErrorCode::NotFound),
    ("METHOD_NOT_ALLOWED", ErrorCode::MethodNotAllowed),
    ("CONFLICT", ErrorCode::Conflict),
    ("UNPROCESSABLE", ErrorCode::Unprocessable),
    ("RATE_LIMITED", ErrorCode::RateLimited),
    ("INTERNAL", ErrorCode::Internal),
    ("SERVICE_UNAVAILABLE", ErrorCode::ServiceUnavailable),
    ("OPERATION_FAILED", ErrorCode::OperationFailed),
];

impl ErrorCode {
    /// Read a code as sent (surrounding blanks ignored; case kept for unknown codes).
    pub fn parse(code: &str) -> ErrorCode {
        let code = code.trim();
        KNOWN
            .iter()
            .find(|(name, _)| *name == code)
            .map(|(_, known)| known.clone())
            .unwrap_or_else(|| ErrorCode::Other(code.to_owned()))
    }

    /// The wire spelling.
    pub fn as_str(&self) -> &str {
        match self {
            ErrorCode::Other(code) => code,
            known => KNOWN
                .iter()
                .find(|(_, k)| k == known)
                .map(|(name, _)| *name)
                .unwrap_or(""),
        }
    }
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ErrorCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ErrorCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(ErrorCode::parse(&String::deserialize(deserializer)?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_known_code_round_trips_and_unknown_ones_are_kept() {
        for (name, code) in KNOWN {
            assert_eq!(&ErrorCode::parse(name), code);
            assert_eq!(code.as_str(), *name);
        }
        let other = ErrorCode::parse("BRANCH_NOT_FOUND");
        assert_eq!(other, ErrorCode::Other("BRANCH_NOT_FOUND".into()));
        assert_eq!(other.to_string(), "BRANCH_NOT_FOUND");
        let decoded: ErrorCode = serde_json::from_str("\"not_found\"").unwrap();
        assert_eq!(decoded, ErrorCode::Other("not_found".into()));
    }
}
