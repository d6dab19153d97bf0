//! Spec lint: the rules that keep progenitor and other generators happy and
//! the document useful to a reader. Works on raw YAML values so it sees keys
//! exactly as written.

use crate::{paths, spec};
use serde_json::Value;
use std::collections::BTreeSet;

const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// `cargo xtask lint`.
pub fn run() -> Result<(), String> {
    let text = spec::read_text(&paths::root().join(paths::SPEC))?;
    check(&text)?;
    println!("{} passes lint", paths::SPEC);
    Ok(())
}

/// Fails with every finding, one per line.
pub fn check(text: &str) -> Result<(), String> {
    let findings = findings(&spec::parse_value(text)?);
    if findings.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "spec lint found {} problem(s):\n  {}",
            findings.len(),
            findings.join("\n  ")
        ))
    }
}

/// All lint findings for a parsed document.
pub fn findings(doc: &Value) -> Vec<String> {
    let mut out = Vec::new();
    if doc["openapi"].as_str() != Some("3.0.3") {
        out.push("`openapi` must be 3.0.3".to_string());
    }
    let declared_tags: BTreeSet<&str> = doc["tags"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|t| t["name"].as_str())
        .collect();
    lint_property_names("", doc, &mut out);
    let mut seen_ids = BTreeSet::new();
    let paths = doc["paths"].as_object().cloned().unwrap_or_default();
    for (path, item) in &paths {
        for method in METHODS {
            let Some(op) = item.get(method) else { continue };
            let at = format!("{} {path}", method.to_uppercase());
            lint_operation(op, &at, &declared_tags, &mut seen_ids, &mut out);
        }
    }
    out
}

fn lint_operation(
    op: &Value,
    at: &str,
    declared_tags: &BTreeSet<&str>,
    seen_ids: &mut BTreeSet<String>,
    out: &mut Vec<String>,
) {
    match op["operationId"].as_str() {
        None => out.push(format!("{at}: no operationId")),
        Some(id) => {
            if !is_snake_case(id) {
                out.push(format!("{at}: operationId `{id}` is not snake_case"));
            }
            if !seen_ids.insert(id.to_string()) {
                out.push(format!("{at}: operationId `{id}` is used twice"));
            }
        }
    }
    match op["tags"].as_array().map(Vec::as_slice) {
        Some([tag]) if tag.as_str().is_some_and(|t| declared_tags.contains(t)) => {}
        Some([tag]) => out.push(format!(
            "{at}: tag {tag} is not declared under top-level `tags`"
        )),
        _ => out.push(format!("{at}: needs exactly one tag")),
    }
    for key in ["summary", "description"] {
        if op[key].as_str().is_none_or(|s| s.trim().is_empty()) {
            out.push(format!("{at}: no {key}"));
        }
    }
    if let Some(content) = op["requestBody"]["content"].as_object() {
        for (media, body) in content {
            if !has_example(body) {
                out.push(format!("{at}: request body {media} has no example"));
            }
        }
    }
    let responses = op["responses"].as_object().cloned().unwrap_or_default();
    if responses.contains_key("default") {
        out.push(format!(
            "{at}: `default` responses are not allowed (use 4XX/5XX)"
        ));
    }
    let successes: Vec<_> = responses
        .iter()
        .filter(|(code, _)| code.starts_with('2'))
        .collect();
    if successes.len() != 1 {
        out.push(format!(
            "{at}: needs exactly one 2xx response, has {}",
            successes.len()
        ));
    }
    for (code, response) in successes {
        for (media, body) in response["content"].as_object().into_iter().flatten() {
            if !has_example(body) {
                out.push(format!("{at}: {code} response {media} has no example"));
            }
        }
    }
    for range in ["4XX", "5XX"] {
        if !responses.contains_key(range) {
            out.push(format!("{at}: no {range} response"));
        }
    }
}

/// Property names must be plain identifiers. The server has been seen to send
/// keys such as `"title:"` beside `title`; as properties those break
/// generators (typify and openapi-python-client both name them `title`), so
/// the spec lists them in `x-dolthub-variant-keys` on the clean property.
fn lint_property_names(at: &str, value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                if key == "example" || key == "examples" {
                    continue;
                }
                if key == "properties" {
                    for name in child.as_object().into_iter().flatten().map(|(k, _)| k) {
                        if !is_identifier(name) {
                            out.push(format!(
                                "{at}: property `{name}` is not a plain identifier; list such wire \
                                 spellings in `x-dolthub-variant-keys` on the clean property"
                            ));
                        }
                    }
                }
                lint_property_names(&format!("{at}/{key}"), child, out);
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                lint_property_names(&format!("{at}/{i}"), item, out);
            }
        }
        _ => {}
    }
}

fn is_identifier(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

fn has_example(media: &Value) -> bool {
    !media["example"].is_null() || media["examples"].as_object().is_some_and(|e| !e.is_empty())
}

fn is_snake_case(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_lowercase())
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && !id.contains("__")
        && !id.ends_with('_')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(op: &str) -> Value {
        let text = format!(
            "openapi: 3.0.3\ntags: [{{name: pulls}}]\npaths:\n  /p:\n    get:\n{}",
            op.lines()
                .map(|l| format!("      {l}\n"))
                .collect::<String>()
        );
        serde_yaml::from_str(&text).unwrap()
    }

    const GOOD: &str = "operationId: list_pulls
tags: [pulls]
summary: s
description: d
responses:
  '200': {description: ok, content: {application/json: {example: {a: 1}}}}
  4XX: {description: e}
  5XX: {description: e}";

    #[test]
    fn a_complete_operation_passes() {
        assert_eq!(findings(&doc(GOOD)), Vec::<String>::new());
    }

    #[test]
    fn each_rule_reports() {
        let cases = [
            (
                "operationId: list_pulls",
                "operationId: listPulls",
                "not snake_case",
            ),
            ("tags: [pulls]", "tags: [nope]", "not declared"),
            ("summary: s", "summary: ''", "no summary"),
            ("description: d", "x: y", "no description"),
            ("example: {a: 1}", "schema: {}", "has no example"),
            (
                "4XX: {description: e}",
                "default: {description: e}",
                "`default`",
            ),
            (
                "5XX: {description: e}",
                "'201': {description: e}",
                "exactly one 2xx",
            ),
        ];
        for (from, to, expected) in cases {
            let found = findings(&doc(&GOOD.replace(from, to)));
            assert!(
                found.iter().any(|f| f.contains(expected)),
                "{expected}: {found:?}"
            );
        }
    }

    #[test]
    fn colon_property_names_are_reported_but_example_keys_are_not() {
        let mut doc = doc(GOOD);
        doc["components"] = serde_json::json!({"schemas": {"Pull": {"type": "object",
            "properties": {"title": {"type": "string"}, "title:": {"type": "string"}},
            "example": {"properties": {"x:": 1}, "title:": "seen on the wire"}}}});
        let found = findings(&doc);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].contains("`title:`") && found[0].contains("x-dolthub-variant-keys"),
            "{found:?}"
        );
        assert!(is_identifier("_id") && is_identifier("columnName") && !is_identifier("a-b"));
    }

    #[test]
    fn snake_case_rules() {
        assert!(is_snake_case("poll_sql_write"));
        for bad in ["Poll", "poll-sql", "poll__x", "poll_", "1poll"] {
            assert!(!is_snake_case(bad), "{bad}");
        }
    }
}
