//! Path segments: validation and percent-encoding.
//!
//! Every user-supplied path value (owner, database, ref, branch, table, pull
//! id) becomes exactly one segment. All bytes outside the RFC 3986 unreserved
//! set (`A-Z a-z 0-9 - . _ ~`) are percent-encoded, so a branch `feature/x`
//! travels as `feature%2Fx` (DoltHub reads it as one segment) and `?`, `#`,
//! `%` or spaces cannot change the URL's structure.
//!
//! Empty segments and the dot segments `.` and `..` (also spelled with
//! `%2e`) are refused before any request: URL parsers resolve dot segments,
//! so `..` as a database name would silently address a different endpoint.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, percent_decode_str, utf8_percent_encode};

use crate::error::{Error, Result};

/// Everything except the unreserved characters gets encoded.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Check one path value and return its encoded form.
///
/// `what` names the parameter in the error message (`"owner"`, `"ref"`, ...).
#[cfg(test)]
pub(crate) fn encode_segment(what: &str, value: &str) -> Result<String> {
    let mut out = String::new();
    push_segment(&mut out, what, value)?;
    Ok(out)
}

/// Check one path value and append its encoded form to `path` (no copy of
/// its own: this runs for every segment of every request).
pub(crate) fn push_segment(path: &mut String, what: &str, value: &str) -> Result<()> {
    // The usual value (`dolthub`, `museum-collections`, `42`) is all
    // unreserved bytes: nothing to encode or decode, and only the dot
    // segments to refuse.
    if value
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~'))
        && !value.is_empty()
        && value != "."
        && value != ".."
    {
        path.push_str(value);
        return Ok(());
    }
    validate_segment(what, value)?;
    path.extend(utf8_percent_encode(value, SEGMENT));
    Ok(())
}

/// Refuse values that cannot be sent as a single, literal path segment.
pub(crate) fn validate_segment(what: &str, value: &str) -> Result<()> {
    if value.trim().is_empty() {
        return Err(Error::invalid(format!("{what} must not be empty")));
    }
    // Decode once so `%2e` and `%2E%2e` are recognised as the dots they spell.
    let decoded = percent_decode_str(value).decode_utf8_lossy();
    if decoded == "." || decoded == ".." {
        return Err(Error::invalid(format!(
            "{what} must not be `{value}`: dot segments would address a different URL"
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slash_stays_inside_one_segment() {
        assert_eq!(encode_segment("ref", "feature/x").unwrap(), "feature%2Fx");
    }

    #[test]
    fn unreserved_characters_are_kept() {
        assert_eq!(
            encode_segment("db", "museum-collections_v1.2~x").unwrap(),
            "museum-collections_v1.2~x"
        );
    }

    #[test]
    fn reserved_and_non_ascii_bytes_are_encoded() {
        assert_eq!(
            encode_segment("ref", "a b?c#d%e+f&g=h:i@j").unwrap(),
            "a%20b%3Fc%23d%25e%2Bf%26g%3Dh%3Ai%40j"
        );
        assert_eq!(encode_segment("ref", "é").unwrap(), "%C3%A9");
    }

    #[test]
    fn empty_and_dot_segments_are_refused() {
        for bad in ["", "  ", ".", "..", "%2e", "%2E%2e", ".%2E"] {
            let err = encode_segment("database", bad).unwrap_err();
            assert!(matches!(err, Error::InvalidInput { .. }), "{bad}: {err}");
        }
        assert!(encode_segment("database", "...").is_ok());
        assert!(encode_segment("database", ".hidden").is_ok());
    }
}
