//! The generated v2 descriptors: 25 operations, one poller for the four
//! asynchronous starts, retry safety from the method or the spec's extension.

#![cfg(feature = "v2")]

use dolthub_api::ApiVersion;
use dolthub_api::v2::ops;

#[test]
fn twenty_five_operations_all_under_api_v2() {
    assert_eq!(ops::ALL.len(), 25);
    for op in ops::ALL {
        assert_eq!(op.version, ApiVersion::V2, "{op}");
        assert!(op.path.starts_with("/api/v2/"), "{op}");
        assert!(!op.hand_written, "{op}");
        assert_eq!(op.path_params.len(), op.path.matches('{').count(), "{op}");
    }
}

#[test]
fn the_four_async_starts_poll_get_operation() {
    let starts: Vec<&str> = ops::ALL
        .iter()
        .filter(|op| op.poll == Some(&ops::GET_OPERATION))
        .map(|op| op.id)
        .collect();
    assert_eq!(
        starts,
        [
            "create_fork",
            "run_sql_write_query",
            "merge_pull",
            "create_import"
        ]
    );
    assert_eq!(ops::ALL.iter().filter(|op| op.poll.is_some()).count(), 4);
    assert_eq!(ops::GET_OPERATION.path_params, ["operation_id"]);
    assert!(ops::GET_OPERATION.retry_safe);
}

#[test]
fn retry_safety_is_get_plus_the_body_encoded_read() {
    let safe_non_get: Vec<&str> = ops::ALL
        .iter()
        .filter(|op| op.retry_safe && op.method != http::Method::GET)
        .map(|op| op.id)
        .collect();
    assert_eq!(safe_non_get, ["run_sql_read_query_post"]);
    assert!(
        ops::ALL
            .iter()
            .filter(|op| op.method == http::Method::GET)
            .all(|op| op.retry_safe)
    );
    assert!(!ops::MERGE_PULL.retry_safe && !ops::CREATE_IMPORT.retry_safe);
}

#[test]
fn parameters_and_paths_render() {
    assert_eq!(
        ops::RUN_SQL_READ_QUERY.query_params,
        ["ref", "q", "limit", "timeout_ms"]
    );
    assert!(ops::LIST_PULLS.has_query_param("page_token"));
    assert_eq!(
        ops::GET_OPERATION
            .render_path(&["owners/dolthub/repos/m/jobs/1"])
            .unwrap(),
        "/api/v2/operations/owners%2Fdolthub%2Frepos%2Fm%2Fjobs%2F1"
    );
    assert_eq!(
        ops::MERGE_PULL.render_path(&["o", "d", "66"]).unwrap(),
        "/api/v2/databases/o/d/pulls/66/merge"
    );
}

#[test]
fn the_documented_id_table_lists_every_v2_operation() {
    let table = include_str!("../../../../docs/operation-ids.md");
    let section = table
        .split("## v2")
        .nth(1)
        .expect("docs/operation-ids.md has a `## v2` section");
    for op in ops::ALL {
        let row = format!("| {} | {} | {} |", op.id, op.method, op.path);
        assert!(section.contains(&row), "missing row `{row}`");
    }
}

#[test]
fn the_schemars_feature_derives_json_schema() {
    // Enabled for this crate's tests through its dev-dependency on itself.
    let schema = schemars::schema_for!(dolthub_api::v2::types::OperationRef);
    let text = serde_json::to_string(&schema).unwrap();
    assert!(
        text.contains("\"href\"") && text.contains("\"id\""),
        "{text}"
    );
}
