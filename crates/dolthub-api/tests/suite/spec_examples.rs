//! Every example in the spec must deserialize into the generated type it
//! illustrates: examples are what other teams copy, and a wrong one is a bug in
//! the spec. A schema with an example but no row in `decode` fails the test,
//! so new schemas cannot slip past.

use dolthub_api::types;
use serde_json::Value;

const SPEC: &str = include_str!("../../../../openapi/dolthub-v1alpha1.yaml");

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
        Branch BranchEvent CreateBranchRequest CreateBranchResponse CreateDatabaseRequest
        CreateDatabaseResponse CreatePullCommentRequest CreatePullCommentResponse CreatePullRequest
        CreatePullResponse CreateReleaseRequest CreateReleaseResponse CreateTagRequest CreateTagResponse
        CurrentUserResponse EmailAddress ErrorEnvelope Fork ForkDatabaseRequest ForkDatabaseResponse
        GetPullResponse Job ListBranchesResponse ListForksResponse ListJobsResponse ListPullsResponse
        ListReleasesResponse ListTagsResponse ListUserOperationsResponse MergePullResponse PollForkResponse
        PollImportResponse PollMergeResponse PollSqlWriteResponse PullRequestEvent PullSummary PushEvent
        Release SqlColumn SqlErrorEnvelope SqlReadResponse SqlWriteRequest SqlWriteResponse SqlWriteResult
        Tag UpdatePullRequest UpdatePullResponse UploadFileRequest UploadFileResponse UploadParams
        UserOperation WebhookRepository
    }
}

fn ref_name(schema: &Value) -> Option<&str> {
    schema["$ref"]
        .as_str()?
        .strip_prefix("#/components/schemas/")
}

/// `(where, schema name, example)` for component schemas and for every
/// request body and 2xx response that names a component schema.
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
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let Some(id) = op["operationId"].as_str() else {
                continue;
            };
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
                if let (Some(name), false) =
                    (ref_name(&content["schema"]), content["example"].is_null())
                {
                    let at = format!("{id} ({} {path}) {media}", method.to_uppercase());
                    out.push((at, name.to_string(), content["example"].clone()));
                }
            }
        }
    }
    out
}

#[test]
fn every_example_deserializes_into_its_generated_type() {
    let doc: Value = serde_yaml::from_str(SPEC).unwrap();
    let examples = examples(&doc);
    for op in dolthub_api::spec_index::OPERATIONS
        .iter()
        .filter(|op| op.tag != "csv")
    {
        let prefix = format!("{} (", op.id);
        assert!(
            examples.iter().any(|(at, _, _)| at.starts_with(&prefix)),
            "{} has no checked example",
            op.id
        );
    }
    let failures: Vec<String> = examples
        .iter()
        .filter_map(|(at, name, example)| {
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
fn the_upload_params_part_example_is_valid_upload_params() {
    let doc: Value = serde_yaml::from_str(SPEC).unwrap();
    let upload = &doc["paths"]["/api/v1alpha1/{owner}/{database}/upload"]["post"];
    let form = &upload["requestBody"]["content"]["multipart/form-data"]["example"];
    let params = form["params"]
        .as_str()
        .expect("params is a JSON string part");
    let parsed: types::UploadParams = serde_json::from_str(params).unwrap();
    assert!(!parsed.file_name.is_empty());
}

#[test]
fn a_wrong_example_is_caught() {
    let bad =
        serde_json::json!({"ownerName": "a", "repoName": "b", "visibility": "public", "extra": 1});
    assert!(
        decode("CreateDatabaseRequest", &bad).is_err(),
        "request schemas reject unknown fields"
    );
    assert!(decode("NoSuchSchema", &bad).is_err());
}
