//! The `ops` module of a generated file: one `OperationDescriptor` static per
//! operationId (see `crates/dolthub-api/src/descriptor.rs`) and `ALL`, in
//! document order, hand-written operations included.

use crate::paths::Version;
use crate::spec;
use openapiv3::{OpenAPI, Parameter, ReferenceOr};
use std::collections::BTreeSet;
use std::fmt::Write as _;

/// Marks a non-GET operation as safe to send twice (e.g. a read that uses POST).
pub const RETRY_SAFE_EXTENSION: &str = "x-dolthub-retry-safe";
/// Names the operationId to poll after an operation that starts a job.
pub const POLL_EXTENSION: &str = "x-dolthub-poll";

/// One operation's facts, as they will be written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Descriptor {
    pub id: String,
    pub method: String,
    pub path: String,
    pub path_params: Vec<String>,
    pub query_params: Vec<String>,
    pub tag: String,
    pub summary: String,
    pub retry_safe: bool,
    pub poll: Option<String>,
    pub hand_written: bool,
}

/// The descriptors of every operation, in document order. `hand_written`
/// lists the operationIds the generated client does not cover.
pub fn descriptors(document: &OpenAPI, hand_written: &[&str]) -> Result<Vec<Descriptor>, String> {
    let mut out = Vec::new();
    for (path, method, op) in spec::operations(document) {
        let id = op
            .operation_id
            .clone()
            .ok_or_else(|| format!("{} {path} has no operationId", method.to_uppercase()))?;
        let path_params = placeholders(path)?;
        let mut query_params = Vec::new();
        for param in &op.parameters {
            if let Parameter::Query { parameter_data, .. } = resolve_parameter(document, param)? {
                query_params.push(parameter_data.name.clone());
            }
        }
        let retry_safe = match op.extensions.get(RETRY_SAFE_EXTENSION) {
            None => method == "get" || method == "head",
            Some(serde_json::Value::Bool(flag)) => *flag,
            Some(other) => {
                return Err(format!(
                    "`{id}`: {RETRY_SAFE_EXTENSION} must be true or false, not {other}"
                ));
            }
        };
        let poll = match op.extensions.get(POLL_EXTENSION) {
            None => None,
            Some(serde_json::Value::String(target)) => Some(target.clone()),
            Some(other) => {
                return Err(format!(
                    "`{id}`: {POLL_EXTENSION} must name an operationId, not {other}"
                ));
            }
        };
        out.push(Descriptor {
            hand_written: hand_written.contains(&id.as_str()),
            id,
            method: method.to_uppercase(),
            path: path.to_string(),
            path_params,
            query_params,
            tag: op.tags.first().cloned().unwrap_or_default(),
            summary: op.summary.clone().unwrap_or_default(),
            retry_safe,
            poll,
        });
    }
    check_references(&out)?;
    Ok(out)
}

/// Every poll target exists, and no operationId collides with `ALL`.
fn check_references(descriptors: &[Descriptor]) -> Result<(), String> {
    let ids: BTreeSet<&str> = descriptors.iter().map(|d| d.id.as_str()).collect();
    for d in descriptors {
        if d.id == "all" {
            return Err("operationId `all` would collide with `ops::ALL`".into());
        }
        if let Some(poll) = &d.poll
            && !ids.contains(poll.as_str())
        {
            return Err(format!(
                "`{}`: {POLL_EXTENSION} names `{poll}`, which is not an operationId of the spec",
                d.id
            ));
        }
    }
    Ok(())
}

/// The `{name}` placeholders of a path template, in order.
pub fn placeholders(path: &str) -> Result<Vec<String>, String> {
    let mut names = Vec::new();
    let mut rest = path;
    while let Some(open) = rest.find('{') {
        let close = rest[open..]
            .find('}')
            .map(|i| open + i)
            .ok_or_else(|| format!("path `{path}` has an unclosed `{{`"))?;
        names.push(rest[open + 1..close].to_string());
        rest = &rest[close + 1..];
    }
    Ok(names)
}

fn resolve_parameter<'a>(
    document: &'a OpenAPI,
    param: &'a ReferenceOr<Parameter>,
) -> Result<&'a Parameter, String> {
    match param {
        ReferenceOr::Item(p) => Ok(p),
        ReferenceOr::Reference { reference } => {
            let name = reference
                .strip_prefix("#/components/parameters/")
                .ok_or_else(|| format!("unsupported parameter reference `{reference}`"))?;
            document
                .components
                .as_ref()
                .and_then(|c| c.parameters.get(name))
                .and_then(ReferenceOr::as_item)
                .ok_or_else(|| format!("parameter reference `{reference}` does not resolve"))
        }
    }
}

/// The Rust name of an operation's static: `get_pull` -> `GET_PULL`.
pub fn static_name(id: &str) -> String {
    id.to_ascii_uppercase()
}

/// The source of `pub mod ops { ... }` for one version.
pub fn source(version: &Version, descriptors: &[Descriptor]) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "\n/// One [`OperationDescriptor`](crate::OperationDescriptor) per operationId of \
         `{spec}`, and [`ALL`](ops::ALL) in document order.\n\
         pub mod ops {{\n\
         \x20   use crate::descriptor::{{ApiVersion, OperationDescriptor}};\n",
        spec = version.spec
    );
    for d in descriptors {
        let summary = d.summary.trim().trim_end_matches('.');
        let _ = write!(
            out,
            "\n    /// `{} {}`{}{}\n",
            d.method,
            d.path,
            if summary.is_empty() { "" } else { ": " },
            summary.replace('\n', " ")
        );
        if d.hand_written {
            out.push_str(
                "    ///\n    /// Not in the generated client (multipart body): the `dolthub` crate sends it by hand.\n",
            );
        }
        let poll = match &d.poll {
            Some(target) => format!("Some(&{})", static_name(target)),
            None => "None".into(),
        };
        let _ = writeln!(
            out,
            "    pub static {name}: OperationDescriptor = OperationDescriptor {{\n\
             \x20       id: {id:?},\n\
             \x20       version: ApiVersion::{variant},\n\
             \x20       method: ::http::Method::{method},\n\
             \x20       path: {path:?},\n\
             \x20       path_params: &[{path_params}],\n\
             \x20       query_params: &[{query_params}],\n\
             \x20       tag: {tag:?},\n\
             \x20       retry_safe: {retry_safe},\n\
             \x20       poll: {poll},\n\
             \x20       hand_written: {hand_written},\n\
             \x20   }};",
            name = static_name(&d.id),
            id = d.id,
            variant = version.variant,
            method = d.method,
            path = d.path,
            path_params = quoted(&d.path_params),
            query_params = quoted(&d.query_params),
            tag = d.tag,
            retry_safe = d.retry_safe,
            hand_written = d.hand_written,
        );
    }
    out.push_str(
        "\n    /// Every operation of the spec, in document order, hand-written ones included.\n",
    );
    out.push_str("    pub static ALL: &[&OperationDescriptor] = &[\n");
    for d in descriptors {
        let _ = writeln!(out, "        &{},", static_name(&d.id));
    }
    out.push_str("    ];\n}\n");
    out
}

fn quoted(names: &[String]) -> String {
    names
        .iter()
        .map(|n| format!("{n:?}"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const SPEC: &str = r#"
openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /api/x/{owner}/{database}/jobs:
    post:
      operationId: start_job
      tags: [jobs]
      summary: Start a job.
      x-dolthub-poll: get_job
      parameters:
        - {name: owner, in: path, required: true, schema: {type: string}}
        - $ref: '#/components/parameters/DryRun'
      responses: {"202": {description: ok}}
    get:
      operationId: get_job
      tags: [jobs]
      parameters:
        - {name: page_token, in: query, schema: {type: string}}
      responses: {"200": {description: ok}}
  /api/x/search:
    post:
      operationId: search
      tags: [sql]
      x-dolthub-retry-safe: true
      responses: {"200": {description: ok}}
components:
  parameters:
    DryRun: {name: dry_run, in: query, schema: {type: boolean}}
"#;

    fn document(text: &str) -> OpenAPI {
        serde_yaml::from_str(text).unwrap()
    }

    #[test]
    fn reads_params_retry_safety_and_poll() {
        let all = descriptors(&document(SPEC), &["search"]).unwrap();
        let ids: Vec<&str> = all.iter().map(|d| d.id.as_str()).collect();
        // Paths in document order; within a path, openapiv3's method order.
        assert_eq!(ids, ["get_job", "start_job", "search"]);
        let start = &all[1];
        assert_eq!(start.method, "POST");
        assert_eq!(start.path_params, ["owner", "database"]);
        assert_eq!(start.query_params, ["dry_run"], "a $ref parameter resolves");
        assert!(!start.retry_safe, "POST is not retry-safe by default");
        assert_eq!(start.poll.as_deref(), Some("get_job"));
        assert!(!start.hand_written);
        assert!(all[0].retry_safe && all[0].query_params == ["page_token"]);
        assert!(all[2].retry_safe, "the extension marks a POST safe");
        assert!(all[2].hand_written);
    }

    #[test]
    fn an_unknown_poll_target_is_an_error() {
        let broken = SPEC.replace("x-dolthub-poll: get_job", "x-dolthub-poll: get_jobz");
        let err = descriptors(&document(&broken), &[]).unwrap_err();
        assert!(err.contains("get_jobz"), "{err}");
    }

    #[test]
    fn a_non_boolean_retry_flag_is_an_error() {
        let broken = SPEC.replace(
            "x-dolthub-retry-safe: true",
            "x-dolthub-retry-safe: yes please",
        );
        let err = descriptors(&document(&broken), &[]).unwrap_err();
        assert!(err.contains(RETRY_SAFE_EXTENSION), "{err}");
    }

    #[test]
    fn source_links_polls_and_lists_all_in_order() {
        let all = descriptors(&document(SPEC), &[]).unwrap();
        let text = source(&crate::paths::V1ALPHA1, &all);
        assert!(
            text.contains("pub static START_JOB: OperationDescriptor"),
            "{text}"
        );
        assert!(text.contains("poll: Some(&GET_JOB)"), "{text}");
        assert!(
            text.contains("path_params: &[\"owner\", \"database\"]"),
            "{text}"
        );
        assert!(
            text.contains("&GET_JOB,\n        &START_JOB,\n        &SEARCH,"),
            "{text}"
        );
        syn::parse_file(&text).expect("the ops module is valid Rust");
    }

    #[test]
    fn placeholders_in_order_and_unclosed_is_an_error() {
        assert_eq!(placeholders("/a/{x}/b/{y}").unwrap(), ["x", "y"]);
        assert!(placeholders("/a/{x").is_err());
    }
}
