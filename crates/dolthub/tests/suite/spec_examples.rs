//! Every 2xx JSON example of the spec decodes into the wrapper's model, and
//! the decoded value carries the example's key facts.

use dolthub::models::*;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

fn spec() -> serde_yaml::Value {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../openapi/dolthub-v1alpha1.yaml"
    );
    serde_yaml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// Decode, and check that serializing the model and decoding it again is lossless.
fn decode<T: DeserializeOwned + Serialize + PartialEq + std::fmt::Debug>(value: &Value) -> T {
    let model: T = serde_json::from_value(value.clone()).unwrap_or_else(|e| panic!("{e}: {value}"));
    let again: T = serde_json::from_value(serde_json::to_value(&model).unwrap()).unwrap();
    assert_eq!(model, again, "serialize/decode round trip of {value}");
    model
}

fn items<T: DeserializeOwned + Serialize + PartialEq + std::fmt::Debug>(
    value: &Value,
    key: &str,
) -> Vec<T> {
    decode(&value[key])
}

/// Decode the example of `op` into its model; returns a fact to compare with the example.
fn check(op: &str, ex: &Value) {
    match op {
        "sql_read_default_branch" | "sql_read" => {
            let r: SqlResult = decode(ex);
            assert_eq!(r.rows.len(), ex["rows"].as_array().unwrap().len());
            assert_eq!(r.schema.len(), ex["schema"].as_array().unwrap().len());
            assert_eq!(r.query, ex["sql_query"].as_str().unwrap());
        }
        "sql_write" => {
            let w: WriteStarted = decode(ex);
            assert_eq!(w.operation_name, ex["operation_name"].as_str().unwrap());
            assert_eq!(w.to_branch, ex["to_branch_name"].as_str().unwrap());
        }
        "poll_sql_write" => {
            let p: WritePoll = decode(ex);
            assert!(p.done);
            assert_eq!(
                p.details.to_commit_id,
                ex["res_details"]["to_commit_id"].as_str().unwrap()
            );
        }
        "get_current_user" => {
            let u: User = decode(ex);
            assert_eq!(u.username, ex["username"].as_str().unwrap());
        }
        "create_database" => {
            let d: Database = decode(ex);
            assert_eq!(d.name, ex["repository_name"].as_str().unwrap());
        }
        "fork_database" => {
            let f: ForkStarted = decode(ex);
            assert_eq!(f.operation_name, ex["operation_name"].as_str().unwrap());
        }
        "poll_fork" => {
            let f: ForkPoll = decode(ex);
            assert!(f.done);
            assert_eq!(f.database_owner, ex["database_owner"].as_str().unwrap());
        }
        "list_forks" => {
            let n: ForkNetwork = decode(ex);
            assert_eq!(
                n.fork_network_count,
                ex["fork_network_count"].as_i64().unwrap()
            );
        }
        "create_branch" => {
            let b: BranchCreated = decode(ex);
            assert_eq!(b.name, ex["new_branch_name"].as_str().unwrap());
        }
        "list_branches" => {
            let b: Vec<Branch> = items(ex, "branches");
            assert_eq!(
                b[0].name,
                ex["branches"][0]["branch_name"].as_str().unwrap()
            );
        }
        "create_tag" => {
            let t: Tag = decode(ex);
            assert_eq!(t.name, ex["tag_name"].as_str().unwrap());
        }
        "list_tags" => {
            let t: Vec<Tag> = items(ex, "tags");
            assert_eq!(t[0].name, ex["tags"][0]["tag_name"].as_str().unwrap());
        }
        "create_release" => {
            let r: Release = decode(ex);
            assert_eq!(r.tag, ex["release_tag"].as_str().unwrap());
        }
        "list_releases" => {
            let r: Vec<Release> = items(ex, "releases");
            assert_eq!(
                r[0].title,
                ex["releases"][0]["release_title"].as_str().unwrap()
            );
        }
        "create_pull" | "get_pull" | "update_pull" => {
            let p: Pull = decode(ex);
            assert_eq!(p.id, ex["pull_id"].as_str().unwrap());
            assert_eq!(p.title, ex["title"].as_str().unwrap());
        }
        "list_pulls" => {
            let p: Vec<Pull> = items(ex, "pulls");
            assert_eq!(p.len(), ex["pulls"].as_array().unwrap().len());
            assert!(p.iter().all(|p| !p.title.is_empty() && !p.id.is_empty()));
        }
        "create_pull_comment" => {
            let c: PullComment = decode(ex);
            assert_eq!(c.comment, ex["comment"].as_str().unwrap());
        }
        "merge_pull" => {
            let m: MergeStarted = decode(ex);
            assert_eq!(m.operation_name, ex["operation_name"].as_str().unwrap());
        }
        "poll_merge" | "poll_import" => {
            let j: JobPoll = decode(ex);
            assert_eq!(
                j.job_status,
                JobStatus::from_wire(ex["job_status"].as_str().unwrap())
            );
        }
        "upload_file" => {
            let i: ImportStarted = decode(ex);
            assert_eq!(i.operation_name, ex["operation_name"].as_str().unwrap());
        }
        "list_user_operations" => {
            let o: Vec<UserOperation> = items(ex, "operations");
            assert_eq!(
                o[0].name,
                ex["operations"][0]["operation_name"].as_str().unwrap()
            );
        }
        "list_jobs" => {
            let j: Vec<Job> = items(ex, "jobs");
            assert_eq!(j[0].id, ex["jobs"][0]["job_id"].as_str().unwrap());
        }
        other => panic!("no wrapper model registered for `{other}`"),
    }
}

#[test]
fn every_json_2xx_example_decodes_into_its_model() {
    let spec = spec();
    let mut checked = Vec::new();
    for (_, item) in spec["paths"].as_mapping().unwrap() {
        for (method, op) in item.as_mapping().unwrap() {
            if !matches!(
                method.as_str(),
                Some("get" | "post" | "patch" | "put" | "delete")
            ) {
                continue;
            }
            let id = op["operationId"].as_str().unwrap();
            for (code, response) in op["responses"].as_mapping().unwrap() {
                let code = code
                    .as_str()
                    .map(str::to_owned)
                    .unwrap_or_else(|| code.as_u64().map(|c| c.to_string()).unwrap_or_default());
                if !code.starts_with('2') {
                    continue;
                }
                let Some(example) = response["content"]["application/json"].get("example") else {
                    continue;
                };
                let example: Value = serde_json::to_value(example).unwrap();
                check(id, &example);
                checked.push(id.to_owned());
            }
        }
    }
    // Every operation except the two binary downloads has a JSON example.
    let expected: Vec<&str> = dolthub_api::spec_index::OPERATIONS
        .iter()
        .map(|o| o.id)
        .filter(|id| !id.starts_with("download_"))
        .collect();
    for id in expected {
        assert!(
            checked.iter().any(|c| c == id),
            "no JSON example checked for {id}"
        );
    }
}

/// The spec's words for each import mode and the wrapper's (`ImportMode::describe`,
/// which the CLI and the sandbox follow) say the same thing: `Overwrite` drops and
/// re-creates the table, `Replace` keeps its schema.
#[test]
fn import_modes_in_the_spec_match_the_wrapper() {
    use dolthub::resources::ImportMode;
    let spec = spec();
    let text =
        spec["components"]["schemas"]["UploadParams"]["properties"]["importOp"]["description"]
            .as_str()
            .unwrap()
            .to_owned();
    let part = |mode: &str| -> String {
        text.split(';')
            .map(str::trim)
            .find(|p| p.starts_with(&format!("`{mode}`")) || p.contains(&format!(": `{mode}`")))
            .unwrap_or_else(|| panic!("the spec describes {mode}: {text}"))
            .to_ascii_lowercase()
    };
    let overwrite = part("Overwrite");
    let replace = part("Replace");
    assert!(overwrite.contains("drops the table"), "{overwrite}");
    assert!(ImportMode::Overwrite.describe().contains("drop the table"));
    assert!(replace.contains("keeps the table's schema"), "{replace}");
    assert!(
        ImportMode::Replace
            .describe()
            .contains("keep the table's schema")
    );
    assert!(!overwrite.contains("schema") || overwrite.contains("schema and rows"));
}
