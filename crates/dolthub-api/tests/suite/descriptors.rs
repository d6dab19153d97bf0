//! The generated v1alpha1 descriptors against facts fixed elsewhere: the
//! operation-id table in docs/operation-ids.md, the poll links, retry safety.

#![cfg(feature = "v1alpha1")]

use dolthub_api::v1alpha1::ops;
use dolthub_api::{ApiVersion, OperationDescriptor};

fn by_id(id: &str) -> &'static OperationDescriptor {
    ops::ALL
        .iter()
        .copied()
        .find(|op| op.id == id)
        .unwrap_or_else(|| panic!("no descriptor `{id}`"))
}

#[test]
fn every_documented_operation_id_has_a_descriptor_in_table_order() {
    let table = include_str!("../../../../docs/operation-ids.md");
    let documented: Vec<&str> = table
        .lines()
        .filter_map(|line| line.strip_prefix("| "))
        .filter_map(|rest| rest.split(" | ").nth(1))
        .filter(|id| !id.is_empty() && *id != "operationId" && !id.starts_with('-'))
        .collect();
    let v1: Vec<&str> = ops::ALL.iter().map(|op| op.id).collect();
    for id in &v1 {
        assert!(
            documented.contains(id),
            "`{id}` is not in docs/operation-ids.md"
        );
    }
    assert_eq!(v1.len(), 28, "26 JSON operations and 2 CSV downloads");
    assert!(ops::ALL.iter().all(|op| op.version == ApiVersion::V1alpha1));
}

#[test]
fn async_starts_point_at_their_polls() {
    let pairs = [
        (&ops::SQL_WRITE, &ops::POLL_SQL_WRITE),
        (&ops::FORK_DATABASE, &ops::POLL_FORK),
        (&ops::MERGE_PULL, &ops::POLL_MERGE),
        (&ops::UPLOAD_FILE, &ops::POLL_IMPORT),
    ];
    for (start, poll) in pairs {
        assert_eq!(start.poll, Some(poll), "{start}");
        assert!(!start.retry_safe && poll.retry_safe, "{start} / {poll}");
    }
    let with_poll = ops::ALL.iter().filter(|op| op.poll.is_some()).count();
    assert_eq!(with_poll, 4);
}

#[test]
fn retry_safety_follows_the_method() {
    for op in ops::ALL {
        assert_eq!(op.retry_safe, op.method == http::Method::GET, "{op}");
    }
}

#[test]
fn path_params_match_the_template_and_only_the_upload_is_hand_written() {
    let pull = by_id("get_pull");
    assert_eq!(
        pull.path,
        "/api/v1alpha1/{owner}/{database}/pulls/{pull_id}"
    );
    assert_eq!(pull.path_params, ["owner", "database", "pull_id"]);
    assert_eq!(pull.tag, "pulls");
    let hand: Vec<&str> = ops::ALL
        .iter()
        .filter(|op| op.hand_written)
        .map(|op| op.id)
        .collect();
    assert_eq!(hand, ["upload_file"]);
    assert!(by_id("list_pulls").has_query_param("pageToken"));
    assert!(!by_id("get_pull").has_query_param("pageToken"));
    for op in ops::ALL {
        let placeholders = op.path.matches('{').count();
        assert_eq!(op.path_params.len(), placeholders, "{op}");
        assert!(
            op.path.starts_with(op.version.base_path()) || op.path.starts_with("/csv/"),
            "{op}"
        );
    }
}

#[test]
fn the_legacy_index_agrees_with_the_descriptors() {
    let legacy: Vec<(&str, &str, &str)> = dolthub_api::spec_index::OPERATIONS
        .iter()
        .map(|op| (op.id, op.method, op.path))
        .collect();
    let fresh: Vec<(&str, &str, &str)> = ops::ALL
        .iter()
        .map(|op| (op.id, op.method.as_str(), op.path))
        .collect();
    assert_eq!(legacy, fresh);
}
