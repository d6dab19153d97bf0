//! Every operation in the spec must have a wire test in the `dolthub` crate,
//! named `wire_<operationId>`, so a new endpoint cannot be forgotten.

use crate::{paths, spec};
use std::path::Path;

/// Where the wire tests live, relative to the root.
pub const WIRE_TESTS: &str = "crates/dolthub/tests";

/// `cargo xtask coverage`.
pub fn run() -> Result<(), String> {
    let root = paths::root();
    let text = spec::read_text(&root.join(paths::SPEC))?;
    let ids = operation_ids(&text)?;
    let sources = read_rust_sources(&root.join(WIRE_TESTS))?;
    let missing = missing_wire_tests(&ids, &sources);
    if missing.is_empty() {
        println!(
            "all {} operations have a wire test in {WIRE_TESTS}",
            ids.len()
        );
        Ok(())
    } else {
        Err(format!(
            "operations without a `fn wire_<operationId>` test in {WIRE_TESTS}: {}",
            missing.join(", ")
        ))
    }
}

fn operation_ids(text: &str) -> Result<Vec<String>, String> {
    let document = spec::parse(text)?;
    Ok(spec::operations(&document)
        .into_iter()
        .filter_map(|(_, _, op)| op.operation_id.clone())
        .collect())
}

/// The operationIds with no `fn wire_<id>(` in any of the sources.
pub fn missing_wire_tests(ids: &[String], sources: &str) -> Vec<String> {
    ids.iter()
        .filter(|id| !sources.contains(&format!("fn wire_{id}(")))
        .cloned()
        .collect()
}

fn read_rust_sources(dir: &Path) -> Result<String, String> {
    let mut all = String::new();
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            all.push_str(&read_rust_sources(&path)?);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            all.push_str(&std::fs::read_to_string(&path).unwrap_or_default());
            all.push('\n');
        }
    }
    Ok(all)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_operations_without_wire_tests() {
        let ids = vec![
            "get_pull".to_string(),
            "list_pulls".to_string(),
            "list_pulls_x".to_string(),
        ];
        let sources = "async fn wire_get_pull() {}\nfn wire_list_pulls() {}";
        assert_eq!(missing_wire_tests(&ids, sources), ["list_pulls_x"]);
    }
}
