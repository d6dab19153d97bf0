//! No operation id or API path spelled by hand in the `dolthub` wrapper.
//!
//! The wrapper builds every request from the generated descriptors
//! (`dolthub_api::<version>::ops`), so a renamed or removed operation fails
//! to compile. A string literal such as `"get_pull"` or `"/api/v2/user"` in
//! `crates/dolthub/src` would bypass that, so this check fails on any string
//! literal that equals an operationId of either spec or contains a
//! version's base path.
//!
//! The sources are tokenized (not pattern-matched as text), so literals
//! inside macro calls (`format!`, `json!`, `concat!` arguments) count, while
//! comments and doc comments do not. Items under `#[cfg(test)]` are skipped:
//! tests pin the wire format with literal expectations on purpose, since an
//! expectation derived from the same descriptor could never disagree with it.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use proc_macro2::{Delimiter, TokenStream, TokenTree};

use crate::paths;

/// The base paths no hand-written literal may contain.
const API_PATHS: &[&str] = &["/api/v1alpha1", "/api/v2"];

/// Where the checked sources live, relative to the root.
const CHECKED_DIR: &str = "crates/dolthub/src";

/// One literal that spells what a descriptor should provide.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The file, relative to the root (or the name given to [`check_source`]).
    pub file: String,
    /// The 1-based line of the literal's first spelling in the file.
    pub line: usize,
    /// The literal's value.
    pub value: String,
    /// Why it is refused.
    pub reason: String,
}

impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}:{}: {:?} {}",
            self.file, self.line, self.value, self.reason
        )
    }
}

/// `cargo xtask lint-literals [--root DIR]`: every finding at once, in the
/// workspace or in another checkout of it (e.g. an older commit's).
pub fn run(root: Option<PathBuf>) -> Result<(), String> {
    let root = root.unwrap_or_else(paths::root);
    let findings = check_tree(&root)?;
    if findings.is_empty() {
        println!("{CHECKED_DIR}: no operation id or API path spelled as a string literal");
        return Ok(());
    }
    let list: Vec<String> = findings.iter().map(ToString::to_string).collect();
    Err(format!(
        "{} hand-written literals that should come from `dolthub_api::<version>::ops`:\n{}",
        list.len(),
        list.join("\n")
    ))
}

/// Checks every `.rs` file below `crates/dolthub/src` against the operation
/// ids of every spec's generated descriptors.
pub fn check_tree(root: &Path) -> Result<Vec<Finding>, String> {
    let ids = operation_ids(root)?;
    let mut files = Vec::new();
    rust_files(&root.join(CHECKED_DIR), &mut files)?;
    files.sort();
    let mut findings = Vec::new();
    for file in files {
        let source = std::fs::read_to_string(&file)
            .map_err(|e| format!("cannot read {}: {e}", file.display()))?;
        let name = file
            .strip_prefix(root)
            .unwrap_or(&file)
            .display()
            .to_string();
        findings.extend(check_source(&name, &source, &ids)?);
    }
    Ok(findings)
}

/// The operationIds of every spec, read from the generated `ops::ALL`.
pub fn operation_ids(root: &Path) -> Result<BTreeSet<String>, String> {
    let mut ids = BTreeSet::new();
    for version in paths::VERSIONS {
        let generated = std::fs::read_to_string(root.join(version.generated))
            .map_err(|e| format!("cannot read {}: {e}", version.generated))?;
        let found = crate::coverage::descriptor_ids(&generated)
            .map_err(|e| format!("{}: {e}", version.generated))?;
        if found.is_empty() {
            return Err(format!("{}: `ops::ALL` is empty", version.generated));
        }
        ids.extend(found);
    }
    Ok(ids)
}

/// The findings of one source file; `name` labels them.
pub fn check_source(
    name: &str,
    source: &str,
    ids: &BTreeSet<String>,
) -> Result<Vec<Finding>, String> {
    let tokens =
        TokenStream::from_str(source).map_err(|e| format!("{name} does not tokenize: {e:?}"))?;
    let mut literals = Vec::new();
    collect(tokens, &mut literals);
    Ok(literals
        .into_iter()
        .filter_map(|(spelling, value)| {
            let reason = refusal(&value, ids)?;
            Some(Finding {
                file: name.to_owned(),
                line: line_of(source, &spelling),
                value,
                reason,
            })
        })
        .collect())
}

/// Why `value` must not be spelled by hand, if it must not.
fn refusal(value: &str, ids: &BTreeSet<String>) -> Option<String> {
    if ids.contains(value) {
        return Some(
            "is an operationId: use the descriptor in `dolthub_api::<version>::ops`".into(),
        );
    }
    API_PATHS
        .iter()
        .find(|path| contains_path(value, path))
        .map(|path| {
            format!(
                "contains the API path `{path}`: use a descriptor's path or `ApiVersion::base_path`"
            )
        })
}

/// Whether `value` contains `path` as a whole path prefix: followed by the
/// end, `/`, `?`, `{` or `#`, not by more of a word (`/api/v2x` is not `/api/v2`).
fn contains_path(value: &str, path: &str) -> bool {
    value.match_indices(path).any(|(at, _)| {
        value[at + path.len()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric() && c != '_' && c != '-')
    })
}

/// Pushes `(source spelling, value)` of every string literal in `tokens`,
/// skipping attributes (doc comments are `#[doc = "..."]`) and the item that
/// follows a `#[cfg(test)]`.
fn collect(tokens: TokenStream, out: &mut Vec<(String, String)>) {
    let tokens: Vec<TokenTree> = tokens.into_iter().collect();
    let mut i = 0;
    while i < tokens.len() {
        if let Some(after) = attribute_end(&tokens, i) {
            let test_only = is_cfg_test(&tokens[after - 1]);
            i = if test_only {
                item_end(&tokens, after)
            } else {
                after
            };
            continue;
        }
        match &tokens[i] {
            TokenTree::Group(group) => collect(group.stream(), out),
            TokenTree::Literal(literal) => {
                let spelling = literal.to_string();
                if let Some(value) = string_value(literal) {
                    out.push((spelling, value));
                }
            }
            TokenTree::Ident(_) | TokenTree::Punct(_) => {}
        }
        i += 1;
    }
}

/// When an attribute (`#[...]` or `#![...]`) starts at `i`, the index after it.
fn attribute_end(tokens: &[TokenTree], i: usize) -> Option<usize> {
    let TokenTree::Punct(hash) = &tokens[i] else {
        return None;
    };
    if hash.as_char() != '#' {
        return None;
    }
    let mut next = i + 1;
    if matches!(tokens.get(next), Some(TokenTree::Punct(p)) if p.as_char() == '!') {
        next += 1;
    }
    match tokens.get(next) {
        Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Bracket => Some(next + 1),
        _ => None,
    }
}

/// Whether an attribute's bracket group is `cfg(test)` (or a `cfg(all(test, ...))`).
fn is_cfg_test(group: &TokenTree) -> bool {
    let TokenTree::Group(group) = group else {
        return false;
    };
    let mut inner = group.stream().into_iter();
    let is_cfg = matches!(inner.next(), Some(TokenTree::Ident(i)) if i == "cfg");
    let condition = match inner.next() {
        Some(TokenTree::Group(g)) => g.stream().to_string(),
        _ => return false,
    };
    is_cfg
        && (condition == "test"
            || (condition.starts_with("all") && !condition.contains("not") && {
                condition
                    .split(|c: char| !c.is_alphanumeric() && c != '_')
                    .any(|word| word == "test")
            }))
}

/// The index after the item starting at `start`: its first top-level `;` or
/// `{...}` (further attributes before it are part of the item).
fn item_end(tokens: &[TokenTree], start: usize) -> usize {
    let mut i = start;
    while i < tokens.len() {
        if let Some(after) = attribute_end(tokens, i) {
            i = after;
            continue;
        }
        match &tokens[i] {
            TokenTree::Punct(p) if p.as_char() == ';' => return i + 1,
            TokenTree::Group(g) if g.delimiter() == Delimiter::Brace => {
                // `struct S { .. }` and `mod m { .. }` end here; so do fns and impls.
                return i + 1;
            }
            _ => i += 1,
        }
    }
    i
}

/// The value of a string or byte-string literal (raw or not); `None` for others.
fn string_value(literal: &proc_macro2::Literal) -> Option<String> {
    match syn::Lit::new(literal.clone()) {
        syn::Lit::Str(s) => Some(s.value()),
        syn::Lit::ByteStr(b) => Some(String::from_utf8_lossy(&b.value()).into_owned()),
        _ => None,
    }
}

/// The 1-based line where `spelling` first appears (1 if it cannot be found).
fn line_of(source: &str, spelling: &str) -> usize {
    source
        .find(spelling)
        .map_or(1, |at| source[..at].matches('\n').count() + 1)
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), String> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    for entry in entries {
        let path = entry
            .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
            .path();
        if path.is_dir() {
            rust_files(&path, out)?;
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            out.push(path);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids() -> BTreeSet<String> {
        ["get_pull", "list_branches"]
            .into_iter()
            .map(String::from)
            .collect()
    }

    fn values(source: &str) -> Vec<String> {
        check_source("planted.rs", source, &ids())
            .unwrap()
            .into_iter()
            .map(|f| f.value)
            .collect()
    }

    #[test]
    fn the_wrapper_spells_no_operation_id_or_api_path() {
        let findings = check_tree(&paths::root()).unwrap();
        let list: Vec<String> = findings.iter().map(ToString::to_string).collect();
        assert!(list.is_empty(), "{}", list.join("\n"));
    }

    #[test]
    fn the_operation_ids_come_from_both_specs() {
        let ids = operation_ids(&paths::root()).unwrap();
        // `poll_merge` is v1alpha1 only, `get_operation` v2 only.
        assert!(ids.contains("poll_merge") && ids.contains("get_operation"));
        // More than v1alpha1's 28 alone (the versions share many ids).
        assert!(ids.len() > 28, "{}", ids.len());
    }

    #[test]
    fn planted_literals_are_caught_in_code_and_inside_macros() {
        let source = r###"
            use x::y;
            fn a() { let id = "get_pull"; }
            fn b(o: &str) -> String { format!("/api/v2/databases/{o}") }
            const BASE: &str = "/api/v1alpha1";
            fn c() { call(json!({"op": r#"list_branches"#})); }
            fn d() { send(b"/api/v2/user"); }
        "###;
        assert_eq!(
            values(source),
            [
                "get_pull",
                "/api/v2/databases/{o}",
                "/api/v1alpha1",
                "list_branches",
                "/api/v2/user"
            ]
        );
        let finding = &check_source("planted.rs", source, &ids()).unwrap()[2];
        assert_eq!(finding.line, 5);
        assert!(
            finding
                .to_string()
                .starts_with("planted.rs:5: \"/api/v1alpha1\" contains")
        );
    }

    #[test]
    fn comments_docs_tests_and_near_misses_are_not_findings() {
        let source = r#"
            //! The `get_pull` route is `/api/v2/...`.
            /// Calls "get_pull" at "/api/v1alpha1/x".
            #[doc = "/api/v2"]
            fn a() { let s = "get_pulls"; let t = "/api/v2x"; let u = "get pull"; }
            // "list_branches"
            /* "/api/v2/user" */
            #[cfg(test)]
            mod tests { fn t() { assert_eq!(path(), "/api/v2/user"); let _ = "get_pull"; } }
            #[cfg(test)]
            #[allow(dead_code)]
            const SAMPLE: &str = "list_branches";
            fn after() { let back = "get_pull"; }
        "#;
        // Only the literal after the test items counts: skipping stops at their end.
        assert_eq!(values(source), ["get_pull"]);
    }

    #[test]
    fn cfg_not_test_is_checked() {
        let source = "#[cfg(not(test))] fn a() { let x = \"/api/v2/user\"; }";
        assert_eq!(values(source), ["/api/v2/user"]);
    }

    #[test]
    fn unparsable_sources_are_errors_not_silence() {
        assert!(check_source("bad.rs", "fn a() { \"unterminated }", &ids()).is_err());
    }
}
