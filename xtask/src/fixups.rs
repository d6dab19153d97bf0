//! Spec fix-ups applied before progenitor sees the document. Each one is a
//! small named function with its own test, so the difference between "the
//! spec other teams use" and "what we feed progenitor" stays explicit.

use openapiv3::{OpenAPI, ReferenceOr};

/// Removes every operation whose request body is `multipart/form-data`
/// (progenitor has no multipart support) and returns their operationIds,
/// sorted. Path items left without operations are removed too.
pub fn remove_multipart_operations(spec: &mut OpenAPI) -> Vec<String> {
    let mut removed = Vec::new();
    for item in spec.paths.paths.values_mut() {
        let ReferenceOr::Item(item) = item else {
            continue;
        };
        for (_, slot) in crate::spec::slots_mut(item) {
            if slot.as_ref().is_some_and(is_multipart) {
                let op = slot.take().expect("checked above");
                removed.push(op.operation_id.unwrap_or_default());
            }
        }
    }
    spec.paths.paths.retain(|_, item| {
        item.as_item()
            .is_none_or(|item| item.iter().next().is_some())
    });
    removed.sort();
    removed
}

fn is_multipart(op: &openapiv3::Operation) -> bool {
    match &op.request_body {
        Some(ReferenceOr::Item(body)) => body
            .content
            .keys()
            .any(|media| media.starts_with("multipart/form-data")),
        _ => false,
    }
}

/// Drops `format: date-time` from string schemas (and returns how many), so
/// timestamps stay `String` in Rust. With the format, typify emits
/// `chrono::DateTime<Utc>`, which would add chrono to every build of the
/// crate and reject timestamps in any shape chrono does not parse; the specs
/// keep the format for other generators, and the `dolthub` crate parses
/// timestamps itself. Works on the YAML tree, whose maps keep their order,
/// so nothing else in the generated code moves.
pub fn timestamps_as_strings(spec: &mut serde_yaml::Value) -> usize {
    use serde_yaml::Value;
    match spec {
        Value::Mapping(map) => {
            let mut count = 0;
            if map.get("type").and_then(Value::as_str) == Some("string")
                && map.get("format").and_then(Value::as_str) == Some("date-time")
            {
                map.remove("format");
                count += 1;
            }
            count
                + map
                    .iter_mut()
                    .map(|(_, child)| timestamps_as_strings(child))
                    .sum::<usize>()
        }
        Value::Sequence(items) => items.iter_mut().map(timestamps_as_strings).sum(),
        _ => 0,
    }
}

/// Drops `minLength`, `maxLength` and `pattern` from string schemas (and
/// returns how many schemas changed). With them typify wraps every such
/// string, path parameters included, in a checked newtype (`pattern` also
/// pulls in the `regress` crate), which makes the raw client awkward to call;
/// the specs keep the rules for validators and other generators, and the
/// `dolthub` crate checks its input before sending.
pub fn string_constraints_unchecked(spec: &mut serde_yaml::Value) -> usize {
    use serde_yaml::Value;
    match spec {
        Value::Mapping(map) => {
            let mut count = 0;
            if map.get("type").and_then(Value::as_str) == Some("string") {
                let before = map.len();
                for key in ["minLength", "maxLength", "pattern"] {
                    map.remove(key);
                }
                count += usize::from(map.len() != before);
            }
            count
                + map
                    .iter_mut()
                    .map(|(_, child)| string_constraints_unchecked(child))
                    .sum::<usize>()
        }
        Value::Sequence(items) => items.iter_mut().map(string_constraints_unchecked).sum(),
        _ => 0,
    }
}

/// Fails unless the removed operations are exactly `expected` (the version's
/// hand-written list in `paths.rs`), so a new multipart endpoint cannot
/// disappear from the generated client silently.
pub fn check_hand_written(removed: &[String], expected: &[&str]) -> Result<(), String> {
    let mut expected: Vec<&str> = expected.to_vec();
    expected.sort_unstable();
    if removed
        .iter()
        .map(String::as_str)
        .eq(expected.iter().copied())
    {
        Ok(())
    } else {
        Err(format!(
            "progenitor cannot generate {removed:?} (multipart bodies), but the hand-written list is \
             {expected:?}; implement the new operation in crates/dolthub and update \
             the version's `hand_written` list in xtask/src/paths.rs"
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SPEC: &str = r#"
openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /upload:
    post:
      operationId: upload_file
      requestBody:
        content:
          multipart/form-data:
            schema: {type: object}
      responses: {"200": {description: ok}}
    get:
      operationId: poll_import
      responses: {"200": {description: ok}}
  /only-multipart:
    post:
      operationId: other_upload
      requestBody:
        content:
          multipart/form-data:
            schema: {type: object}
      responses: {"200": {description: ok}}
  /json:
    post:
      operationId: create
      requestBody:
        content:
          application/json:
            schema: {type: object}
      responses: {"200": {description: ok}}
"#;

    fn spec() -> OpenAPI {
        serde_yaml::from_str(SPEC).unwrap()
    }

    #[test]
    fn removes_multipart_operations_and_empty_paths() {
        let mut spec = spec();
        let removed = remove_multipart_operations(&mut spec);
        assert_eq!(removed, ["other_upload", "upload_file"]);
        assert!(!spec.paths.paths.contains_key("/only-multipart"));
        let upload = spec.paths.paths["/upload"].as_item().unwrap();
        assert!(upload.post.is_none());
        assert!(upload.get.is_some(), "the JSON poll on the same path stays");
        assert!(spec.paths.paths["/json"].as_item().unwrap().post.is_some());
    }

    #[test]
    fn timestamps_lose_their_format_and_nothing_else_changes() {
        let text = r#"
components:
  schemas:
    Pull:
      type: object
      properties:
        created_at: {type: string, format: date-time}
        size: {type: integer, format: int64}
        url: {type: string, format: uri}
        nested:
          type: array
          items: {type: string, format: date-time}
"#;
        let mut spec: serde_yaml::Value = serde_yaml::from_str(text).unwrap();
        assert_eq!(timestamps_as_strings(&mut spec), 2);
        let out = serde_yaml::to_string(&spec).unwrap();
        assert!(!out.contains("date-time"), "{out}");
        assert!(out.contains("int64") && out.contains("uri"), "{out}");
        let order: Vec<&str> = ["created_at", "size", "url", "nested"]
            .into_iter()
            .filter(|k| out.contains(k))
            .collect();
        assert_eq!(order.len(), 4);
        assert!(out.find("created_at") < out.find("size") && out.find("url") < out.find("nested"));
        assert_eq!(timestamps_as_strings(&mut spec), 0, "idempotent");
    }

    #[test]
    fn string_constraints_go_and_other_rules_stay() {
        let text = r#"
parameters:
  - {name: pull_number, in: path, schema: {type: string, pattern: '^[1-9][0-9]*$'}}
schema:
  type: object
  properties:
    name: {type: string, minLength: 1, maxLength: 64, description: kept}
    parts: {type: integer, minimum: 1}
    plain: {type: string}
"#;
        let mut spec: serde_yaml::Value = serde_yaml::from_str(text).unwrap();
        assert_eq!(string_constraints_unchecked(&mut spec), 2);
        let out = serde_yaml::to_string(&spec).unwrap();
        for gone in ["pattern", "minLength", "maxLength"] {
            assert!(!out.contains(gone), "{out}");
        }
        assert!(
            out.contains("minimum: 1") && out.contains("description: kept"),
            "{out}"
        );
    }

    #[test]
    fn hand_written_list_must_match_exactly() {
        let expected = &["upload_file"];
        assert!(check_hand_written(&["upload_file".to_string()], expected).is_ok());
        let err = check_hand_written(&["other_upload".into(), "upload_file".into()], expected)
            .unwrap_err();
        assert!(err.contains("other_upload"), "{err}");
        assert!(check_hand_written(&[], &[]).is_ok());
        assert!(
            check_hand_written(&[], expected).is_err(),
            "a vanished multipart endpoint is noticed too"
        );
    }
}
