//! Every example in the v2 spec must deserialize into the generated type it
//! illustrates: component schemas, request bodies, 2xx responses and the
//! shared problem responses (both media types). A schema with an example but
//! no row in `decode` fails the test, so new schemas cannot slip past.

#![cfg(feature = "v2")]

use dolthub_api::v2::types;
use serde_json::Value;

const SPEC: &str = include_str!("../../../../openapi/dolthub-v2.yaml");

fn decode(schema: &str, example: &Value) -> Result<(), String> {
    fn check<T: serde::de::DeserializeOwned>(example: &Value) -> Result<(), String> {
        serde_json::from_value::<T>(example.clone())
            .map(drop)
            .map_err(|e| e.to_string())
    }
    macro_rules! table {
        ($($name:ident)*) => {
            match schema {
                $(stringify!($name) => check::<types::$name>(example),)*
                other => Err(format!("no generated type registered for `{other}`; add it to this table")),
            }
        };
    }
    table! {
        Branch BranchEnvelope BranchListEnvelope BranchRef BranchSource CommitSource CompletedPart
        CreateBranchRequest CreateDatabaseRequest CreateForkRequest CreateImportRequest
        CreateImportUploadRequest CreatePullCommentRequest CreatePullRequest CreateReleaseRequest
        CreateTagRequest Database DatabaseEnvelope DatabaseRef DatabaseRefListEnvelope EmailAddress
        ErrorCode ForkResult ImportFileType ImportOperation ImportResult ImportUpload ImportUploadEnvelope
        ImportUploadPart MergePullRequest MergeResult Meta Operation OperationEnvelope OperationError
        OperationListEnvelope OperationRef OperationRefEnvelope OperationStatus OperationType Problem
        Pull PullComment PullCommentEnvelope PullCommentListEnvelope PullEnvelope PullId PullState
        PullSummary PullSummaryListEnvelope QueryColumn QueryResult QueryResultEnvelope RefSource
        Release ReleaseEnvelope ReleaseListEnvelope SqlReadRequest SqlWriteRequest SqlWriteResult Tag
        TagEnvelope TagListEnvelope UpdatePullRequest User UserEnvelope Visibility
    }
}

fn ref_name(value: &Value, kind: &str) -> Option<String> {
    value["$ref"]
        .as_str()?
        .strip_prefix(&format!("#/components/{kind}/"))
        .map(str::to_string)
}

/// `(where, schema name, example)` for everything listed in the module docs.
fn examples(doc: &Value) -> Vec<(String, String, Value)> {
    let mut out = Vec::new();
    for (name, schema) in doc["components"]["schemas"].as_object().unwrap() {
        if !schema["example"].is_null() {
            out.push((
                format!("schema {name}"),
                name.clone(),
                schema["example"].clone(),
            ));
        }
    }
    for (name, response) in doc["components"]["responses"].as_object().unwrap() {
        for (media, content) in response["content"].as_object().into_iter().flatten() {
            if let Some(schema) = ref_name(&content["schema"], "schemas") {
                out.push((
                    format!("response {name} {media}"),
                    schema,
                    content["example"].clone(),
                ));
            }
        }
    }
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let id = op["operationId"].as_str().unwrap();
            let bodies = op["requestBody"]["content"]
                .as_object()
                .into_iter()
                .flatten();
            let successes = op["responses"]
                .as_object()
                .unwrap()
                .iter()
                .filter(|(code, _)| code.starts_with('2'))
                .flat_map(|(_, r)| r["content"].as_object().into_iter().flatten());
            for (media, content) in bodies.chain(successes) {
                let name = ref_name(&content["schema"], "schemas")
                    .unwrap_or_else(|| panic!("{id}: {media} body has no named schema"));
                let at = format!("{id} ({} {path}) {media}", method.to_uppercase());
                out.push((at, name, content["example"].clone()));
            }
        }
    }
    out
}

#[test]
fn every_v2_example_deserializes_into_its_generated_type() {
    let doc: Value = serde_yaml::from_str(SPEC).unwrap();
    let examples = examples(&doc);
    for op in dolthub_api::v2::ops::ALL {
        let prefix = format!("{} (", op.id);
        assert!(
            examples.iter().any(|(at, _, _)| at.starts_with(&prefix)),
            "{} has no checked example",
            op.id
        );
    }
    let problems = examples
        .iter()
        .filter(|(at, _, _)| at.starts_with("response "))
        .count();
    assert_eq!(problems, 24, "12 shared problem responses x 2 media types");
    let failures: Vec<String> = examples
        .iter()
        .filter_map(|(at, name, example)| {
            if example.is_null() {
                return Some(format!("{at}: no example"));
            }
            decode(name, example)
                .err()
                .map(|e| format!("{at} -> {name}: {e}"))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "examples that do not decode:\n{}",
        failures.join("\n")
    );
}

#[test]
fn the_typed_results_read_operation_results() {
    let doc: Value = serde_yaml::from_str(SPEC).unwrap();
    let declared = &doc["components"]["schemas"]["Operation"]["properties"]["result"]["x-dolthub-result-types"];
    let pairs: Vec<(&str, &str)> = declared
        .as_object()
        .unwrap()
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str().unwrap()))
        .collect();
    // serde_json sorts object keys.
    assert_eq!(
        pairs,
        [
            ("fork", "ForkResult"),
            ("import", "ImportResult"),
            ("merge", "MergeResult"),
            ("sql_write", "SqlWriteResult")
        ]
    );
    let number: types::MergeResult =
        serde_json::from_value(serde_json::json!({"pull_id": 65})).unwrap();
    let string: types::ImportResult =
        serde_json::from_value(serde_json::json!({"pull_id": "66"})).unwrap();
    assert_eq!(number.pull_id.unwrap().to_string(), "65");
    assert_eq!(string.pull_id.unwrap().to_string(), "66");
    let fork: types::ForkResult =
        serde_json::from_value(serde_json::json!({"database": {"owner": "o", "name": "n"}}))
            .unwrap();
    assert_eq!(fork.database.owner, "o");
}

#[test]
fn a_wrong_v2_example_is_caught() {
    let unknown_field =
        serde_json::json!({"owner": "a", "name": "b", "visibility": "public", "extra": 1});
    assert!(
        decode("CreateDatabaseRequest", &unknown_field).is_err(),
        "request schemas are closed"
    );
    let open = serde_json::json!({"title": "t", "from_branch": {"database": {"owner": "o", "name": "n"}, "branch_name": "b"},
        "to_branch": {"database": {"owner": "o", "name": "n"}, "branch_name": "main"}, "extra": 1});
    assert!(
        decode("CreatePullRequest", &open).is_ok(),
        "except CreatePullRequest"
    );
    assert!(decode("Pull", &serde_json::json!({"title": "missing the rest"})).is_err());
    assert!(decode("NoSuchSchema", &unknown_field).is_err());
}
