//! `--jq EXPR`: pick fields out of the JSON output, the way `gh --jq` and
//! `dh --jq` users do, without a jq dependency. The supported subset is
//! paths: `.`, `.key`, `."odd key"`, `.[N]` (negative counts from the end),
//! `.[]` (every element or value), chained (`.jobs[].id`), and several paths
//! separated by `,`. Strings print raw, other values as compact JSON, one
//! result per line.

use std::fmt::Write as _;
use std::sync::OnceLock;

use serde_json::Value;

/// One step of a path.
#[derive(Debug, Clone, PartialEq)]
enum Step {
    Key(String),
    Index(i64),
    Each,
}

/// A parsed `--jq` expression: one or more paths.
#[derive(Debug, Clone, PartialEq)]
pub struct Filter {
    paths: Vec<Vec<Step>>,
}

/// The filter for this run, set once from `--jq` before any output.
static ACTIVE: OnceLock<Filter> = OnceLock::new();

/// Install the run's filter (the first call wins; there is only one).
pub fn install(filter: Filter) {
    let _ = ACTIVE.set(filter);
}

/// The run's filter, if `--jq` was given.
pub fn active() -> Option<&'static Filter> {
    ACTIVE.get()
}

impl std::str::FromStr for Filter {
    type Err = String;

    fn from_str(expr: &str) -> Result<Self, String> {
        let mut paths = Vec::new();
        for part in split_top(expr)? {
            paths.push(parse_path(part.trim(), expr)?);
        }
        Ok(Filter { paths })
    }
}

/// Split on commas outside quotes.
fn split_top(expr: &str) -> Result<Vec<&str>, String> {
    let mut parts = Vec::new();
    let (mut start, mut quoted, mut escaped) = (0, false, false);
    for (i, c) in expr.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if quoted => escaped = true,
            '"' => quoted = !quoted,
            ',' if !quoted => {
                parts.push(&expr[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    if quoted {
        return Err(format!("unclosed quote in --jq `{expr}`"));
    }
    parts.push(&expr[start..]);
    Ok(parts)
}

fn parse_path(path: &str, whole: &str) -> Result<Vec<Step>, String> {
    let bad = |why: &str| {
        format!(
            "--jq `{whole}`: {why} (supported: `.`, `.key`, `.\"key\"`, `.[N]`, `.[]`, chained, \
             comma-separated)"
        )
    };
    let mut rest = path
        .strip_prefix('.')
        .ok_or_else(|| bad("a path starts with `.`"))?;
    let mut steps = Vec::new();
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix('[') {
            let end = after.find(']').ok_or_else(|| bad("unclosed `[`"))?;
            let inner = after[..end].trim();
            steps.push(if inner.is_empty() {
                Step::Each
            } else {
                Step::Index(
                    inner
                        .parse()
                        .map_err(|_| bad(&format!("`[{inner}]` is not an index")))?,
                )
            });
            rest = &after[end + 1..];
        } else if let Some(after) = rest.strip_prefix('"') {
            let value: String = serde_json::from_str(&format!(
                "\"{}\"",
                quoted_body(after).ok_or_else(|| bad("unclosed quote"))?
            ))
            .map_err(|_| bad("bad escape in a quoted key"))?;
            let consumed = quoted_body(after).map_or(0, str::len) + 1;
            steps.push(Step::Key(value));
            rest = &after[consumed..];
        } else {
            let end = rest.find(['.', '[']).unwrap_or(rest.len());
            let key = &rest[..end];
            if key.is_empty()
                || !key
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
            {
                return Err(bad(&format!("`{rest}` is not a key (quote odd keys)")));
            }
            steps.push(Step::Key(key.to_owned()));
            rest = &rest[end..];
        }
        // `.a.b`: the dot between steps is optional before `[`.
        if let Some(after) = rest.strip_prefix('.') {
            if after.is_empty() {
                return Err(bad("a path cannot end with `.`"));
            }
            rest = after;
        }
    }
    Ok(steps)
}

/// The text of a quoted key up to (not including) its closing quote.
fn quoted_body(s: &str) -> Option<&str> {
    let mut escaped = false;
    for (i, c) in s.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '"' => return Some(&s[..i]),
            _ => {}
        }
    }
    None
}

impl Filter {
    /// Every result of every path, in order. A missing key is `null` (as in
    /// jq); indexing or iterating something that is not a list or object is
    /// an error naming the step.
    pub fn apply(&self, input: &Value) -> Result<Vec<Value>, String> {
        let mut out = Vec::new();
        for path in &self.paths {
            let mut current = vec![input.clone()];
            for step in path {
                let mut next = Vec::new();
                for value in current {
                    walk(step, value, &mut next)?;
                }
                current = next;
            }
            out.extend(current);
        }
        Ok(out)
    }

    /// Apply to a JSON document and render the results, one per line.
    pub fn render(&self, json: &str) -> Result<String, String> {
        let doc: Value = serde_json::from_str(json).map_err(|e| format!("--jq: {e}"))?;
        let mut text = String::new();
        for value in self.apply(&doc)? {
            match value {
                Value::String(s) => text.push_str(&s),
                other => {
                    let _ = write!(text, "{other}");
                }
            }
            text.push('\n');
        }
        Ok(text)
    }
}

fn walk(step: &Step, value: Value, out: &mut Vec<Value>) -> Result<(), String> {
    match (step, value) {
        (Step::Key(k), Value::Object(mut map)) => out.push(map.remove(k).unwrap_or(Value::Null)),
        (Step::Key(_), Value::Null) | (Step::Index(_), Value::Null) => out.push(Value::Null),
        (Step::Index(i), Value::Array(items)) => {
            let len = items.len() as i64;
            let at = if *i < 0 { len + i } else { *i };
            out.push(
                usize::try_from(at)
                    .ok()
                    .and_then(|at| items.into_iter().nth(at))
                    .unwrap_or(Value::Null),
            );
        }
        (Step::Each, Value::Array(items)) => out.extend(items),
        (Step::Each, Value::Object(map)) => out.extend(map.into_iter().map(|(_, v)| v)),
        (step, other) => {
            let what = match step {
                Step::Key(k) => format!("take key `{k}` of"),
                Step::Index(i) => format!("take index {i} of"),
                Step::Each => "iterate over".to_owned(),
            };
            return Err(format!("--jq: cannot {what} {}", kind(&other)));
        }
    }
    Ok(())
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn run(expr: &str, doc: Value) -> Result<String, String> {
        expr.parse::<Filter>()?.render(&doc.to_string())
    }

    #[test]
    fn paths_pick_fields() {
        let doc = json!({"count": 2, "jobs": [{"id": "a", "n": 1}, {"id": "b", "n": null}],
                         "odd key": {"x": true}});
        assert_eq!(run(".", json!("s")).unwrap(), "s\n");
        assert_eq!(run(".count", doc.clone()).unwrap(), "2\n");
        assert_eq!(run(".jobs[].id", doc.clone()).unwrap(), "a\nb\n");
        assert_eq!(run(".jobs[-1].id", doc.clone()).unwrap(), "b\n");
        assert_eq!(run(".jobs[5]", doc.clone()).unwrap(), "null\n");
        assert_eq!(
            run(".jobs[0]", doc.clone()).unwrap(),
            "{\"id\":\"a\",\"n\":1}\n"
        );
        assert_eq!(run(".\"odd key\".x", doc.clone()).unwrap(), "true\n");
        assert_eq!(run(".count, .jobs[0].id", doc.clone()).unwrap(), "2\na\n");
        assert_eq!(run(".missing.deeper", doc.clone()).unwrap(), "null\n");
        assert_eq!(run(".[]", json!({"a": 1, "b": 2})).unwrap(), "1\n2\n");
    }

    #[test]
    fn bad_expressions_and_shapes_are_clear_errors() {
        for bad in ["count", ".jobs[", ".jobs[x]", ".a.", ".\"open", ".a b", ""] {
            let err = bad.parse::<Filter>().unwrap_err();
            assert!(err.contains("--jq"), "{bad}: {err}");
        }
        let err = run(".count[]", json!({"count": 2})).unwrap_err();
        assert!(err.contains("cannot iterate over a number"), "{err}");
        let err = run(".a.b", json!({"a": "s"})).unwrap_err();
        assert!(err.contains("key `b` of a string"), "{err}");
    }
}
