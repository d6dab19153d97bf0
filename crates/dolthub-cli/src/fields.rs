//! `--json=FIELD,...`: keep only the named fields of each JSON item, in the
//! order given (`gh`/`dh` style), without a jq dependency. Lists keep their
//! `count`; the fields apply to each item.

use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};
use serde_json::Value;

use crate::cli::{Command, Global, SqlArgs};
use crate::exit::{CliError, CliResult};
use crate::output::{Out, to_json};

/// The fields asked for with `--json=a,b` (empty for a bare `--json`).
pub fn requested(global: &Global) -> CliResult<Vec<String>> {
    let Some(list) = global.json.as_deref() else {
        return Ok(Vec::new());
    };
    let mut fields = Vec::new();
    for f in list.split(',').map(str::trim).filter(|f| !f.is_empty()) {
        if !f.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            return Err(CliError::usage(format!(
                "`{f}` is not a field name: --json takes names such as --json=id,title"
            )));
        }
        if !fields.iter().any(|x| x == f) {
            fields.push(f.to_owned());
        }
    }
    Ok(fields)
}

/// Refuse field selection up front for commands that stream their own output,
/// before anything is sent.
pub fn check_supported(command: &Command) -> CliResult {
    let streams = match command {
        Command::Sql(SqlArgs { command: None, .. }) => Some("sql (use a SELECT list)"),
        Command::Csv(_) => Some("csv"),
        Command::Api(_) => Some("api"),
        Command::Tour(_) => Some("tour"),
        Command::Completions { .. } => Some("completions"),
        _ => None,
    };
    match streams {
        Some(what) => Err(CliError::usage(format!(
            "--json=FIELDS is not available for {what}; use a bare --json"
        ))),
        None => Ok(()),
    }
}

/// A JSON value whose objects keep the order they were built in (serde_json's
/// own map sorts its keys without the `preserve_order` feature).
enum Node {
    Leaf(Value),
    Object(Vec<(String, Node)>),
    Array(Vec<Node>),
}

impl Serialize for Node {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Node::Leaf(v) => v.serialize(s),
            Node::Object(entries) => {
                let mut map = s.serialize_map(Some(entries.len()))?;
                for (k, v) in entries {
                    map.serialize_entry(k, v)?;
                }
                map.end()
            }
            Node::Array(items) => {
                let mut seq = s.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(item)?;
                }
                seq.end()
            }
        }
    }
}

/// Apply the selection to a command's output.
pub fn select(out: Out, fields: &[String]) -> CliResult<Out> {
    if fields.is_empty() {
        return Ok(out);
    }
    let parse = |json: &str| -> CliResult<Value> {
        serde_json::from_str(json)
            .map_err(|e| CliError::other(format!("internal: output is not JSON: {e}")))
    };
    Ok(match out {
        Out::List { table, json, empty } => {
            let Value::Object(doc) = parse(&json)? else {
                return Err(CliError::other("internal: a list is not a JSON object"));
            };
            // `count` first, then the items, as the unfiltered list prints them.
            let mut entries = Vec::new();
            if let Some(count) = doc.get("count") {
                entries.push(("count".to_owned(), Node::Leaf(count.clone())));
            }
            for (key, value) in doc.into_iter().filter(|(k, _)| k != "count") {
                let node = match value {
                    Value::Array(items) => Node::Array(
                        items
                            .iter()
                            .map(|item| pick(item, fields, false))
                            .collect::<CliResult<_>>()?,
                    ),
                    other => Node::Leaf(other),
                };
                entries.push((key, node));
            }
            Out::List {
                table,
                json: to_json(&Node::Object(entries)),
                empty,
            }
        }
        Out::Record {
            fields: shown,
            json,
        } => Out::Record {
            fields: shown,
            json: to_json(&pick(&parse(&json)?, fields, false)?),
        },
        Out::Done {
            message,
            value,
            json,
        } => Out::Done {
            message,
            value,
            json: to_json(&pick(&parse(&json)?, fields, true)?),
        },
        Out::Nothing => Out::Nothing,
    })
}

/// The named fields of one object; an unknown name lists the known ones.
fn pick(item: &Value, fields: &[String], acted: bool) -> CliResult<Node> {
    let Value::Object(obj) = item else {
        return Err(CliError::usage("--json=FIELDS needs objects to pick from"));
    };
    let mut picked = Vec::new();
    for f in fields {
        match obj.get(f) {
            Some(v) => picked.push((f.clone(), Node::Leaf(v.clone()))),
            None => {
                let known: Vec<&str> = obj.keys().map(String::as_str).collect();
                let mut err = CliError::usage(format!(
                    "unknown JSON field `{f}`; available: {}",
                    known.join(", ")
                ));
                if acted {
                    err = err.with_hint("the command itself ran; only its output was refused");
                }
                return Err(err);
            }
        }
    }
    Ok(Node::Object(picked))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::Table;

    fn list() -> Out {
        let items = vec![
            serde_json::json!({"id": "1", "title": "A", "state": "open"}),
            serde_json::json!({"id": "2", "title": "B", "state": "closed"}),
        ];
        Out::list(&items, "pulls", Table::new(["id"]), "none")
    }

    fn json_of(out: &Out) -> Value {
        match out {
            Out::List { json, .. } | Out::Record { json, .. } | Out::Done { json, .. } => {
                serde_json::from_str(json).unwrap()
            }
            Out::Nothing => Value::Null,
        }
    }

    #[test]
    fn lists_keep_count_and_pick_per_item_in_the_given_order() {
        let out = select(list(), &["title".into(), "id".into()]).unwrap();
        let doc = json_of(&out);
        assert_eq!(doc["count"], 2);
        assert_eq!(
            doc["pulls"][1],
            serde_json::json!({"title": "B", "id": "2"})
        );
        // serde_json's Value sorts keys: look at the text for the order.
        let Out::List { json, .. } = out else {
            panic!()
        };
        let (t, i) = (
            json.find("\"title\"").unwrap(),
            json.find("\"id\"").unwrap(),
        );
        assert!(t < i, "{json}");
        assert!(json.find("\"count\"").unwrap() < json.find("\"pulls\"").unwrap());
    }

    #[test]
    fn unknown_fields_name_the_known_ones() {
        let err = select(list(), &["nope".into()]).unwrap_err();
        assert_eq!(err.kind, crate::exit::Kind::Usage);
        assert!(err.message.contains("id, state, title"), "{}", err.message);
    }

    #[test]
    fn records_and_bare_json_pass() {
        let rec = Out::record(&serde_json::json!({"tag": "v1", "title": "T"}), vec![]);
        let doc = json_of(&select(rec, &["tag".into()]).unwrap());
        assert_eq!(doc, serde_json::json!({"tag": "v1"}));
        let doc = json_of(&select(list(), &[]).unwrap());
        assert_eq!(doc["pulls"][0]["state"], "open");
    }
}
