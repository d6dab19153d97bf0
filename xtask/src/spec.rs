//! Loading the spec: once as an `openapiv3` document for generation, once as
//! plain YAML values for lint rules that look at raw keys (e.g. `example`).

use sha2::{Digest, Sha256};
use std::path::Path;

/// The spec's text with line endings normalised, so a CRLF checkout hashes
/// and generates the same as an LF one.
pub fn read_text(path: &Path) -> Result<String, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    Ok(text.replace("\r\n", "\n"))
}

/// Parse the text as an OpenAPI document.
pub fn parse(text: &str) -> Result<openapiv3::OpenAPI, String> {
    serde_yaml::from_str(text)
        .map_err(|e| format!("the spec is not a valid OpenAPI 3.0 document: {e}"))
}

/// Parse the text as untyped JSON values (YAML is a superset we only use the JSON part of).
pub fn parse_value(text: &str) -> Result<serde_json::Value, String> {
    serde_yaml::from_str(text).map_err(|e| format!("the spec is not valid YAML: {e}"))
}

/// Hex sha256 of the normalised text; must match `crates/dolthub-api/build.rs`.
pub fn sha256(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Every operation as `(path, method, operation)`, in document order.
pub fn operations(spec: &openapiv3::OpenAPI) -> Vec<(&str, &str, &openapiv3::Operation)> {
    spec.paths
        .paths
        .iter()
        .filter_map(|(path, item)| item.as_item().map(|item| (path.as_str(), item)))
        .flat_map(|(path, item)| item.iter().map(move |(method, op)| (path, method, op)))
        .collect()
}

/// A path item's operation slots with their lower-case method names, for
/// fix-ups that remove operations.
pub fn slots_mut(
    item: &mut openapiv3::PathItem,
) -> [(&'static str, &mut Option<openapiv3::Operation>); 8] {
    [
        ("get", &mut item.get),
        ("put", &mut item.put),
        ("post", &mut item.post),
        ("delete", &mut item.delete),
        ("options", &mut item.options),
        ("head", &mut item.head),
        ("patch", &mut item.patch),
        ("trace", &mut item.trace),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crlf_and_lf_hash_the_same() {
        assert_eq!(sha256(&"a\r\nb\n".replace("\r\n", "\n")), sha256("a\nb\n"));
    }
}
