//! The v2 operations: id, method and path template of each, as in
//! `openapi/dolthub-v2.yaml` (operation ids are the spec's, in snake_case).
//!
//! Requests are built from this table exactly as v1alpha1 requests are built
//! from `dolthub_api::spec_index::OPERATIONS`, so a path cannot be misspelt in
//! a handle.

use dolthub_api::spec_index::Operation;

macro_rules! ops {
    ($($id:literal $method:literal $path:literal $tag:literal;)+) => {
        /// Every v2 operation.
        pub(crate) const OPERATIONS: &[Operation] = &[
            $(Operation { id: $id, method: $method, path: $path, tag: $tag },)+
        ];
    };
}

ops! {
    "get_current_user" "GET" "/api/v2/user" "user";
    "create_database" "POST" "/api/v2/databases" "databases";
    "get_database" "GET" "/api/v2/databases/{owner}/{database}" "databases";
    "list_branches" "GET" "/api/v2/databases/{owner}/{database}/branches" "branches";
    "create_branch" "POST" "/api/v2/databases/{owner}/{database}/branches" "branches";
    "list_tags" "GET" "/api/v2/databases/{owner}/{database}/tags" "tags";
    "create_tag" "POST" "/api/v2/databases/{owner}/{database}/tags" "tags";
    "list_forks" "GET" "/api/v2/databases/{owner}/{database}/forks" "forks";
    "create_fork" "POST" "/api/v2/databases/{owner}/{database}/forks" "forks";
    "list_releases" "GET" "/api/v2/databases/{owner}/{database}/releases" "releases";
    "create_release" "POST" "/api/v2/databases/{owner}/{database}/releases" "releases";
    "run_sql_read_query" "GET" "/api/v2/databases/{owner}/{database}/sql" "sql";
    "run_sql_read_query_post" "POST" "/api/v2/databases/{owner}/{database}/sql" "sql";
    "run_sql_write_query" "POST" "/api/v2/databases/{owner}/{database}/sql-writes" "sql";
    "list_pulls" "GET" "/api/v2/databases/{owner}/{database}/pulls" "pulls";
    "create_pull" "POST" "/api/v2/databases/{owner}/{database}/pulls" "pulls";
    "get_pull" "GET" "/api/v2/databases/{owner}/{database}/pulls/{pull_number}" "pulls";
    "update_pull" "PATCH" "/api/v2/databases/{owner}/{database}/pulls/{pull_number}" "pulls";
    "list_pull_comments" "GET" "/api/v2/databases/{owner}/{database}/pulls/{pull_number}/comments" "pulls";
    "create_pull_comment" "POST" "/api/v2/databases/{owner}/{database}/pulls/{pull_number}/comments" "pulls";
    "merge_pull" "POST" "/api/v2/databases/{owner}/{database}/pulls/{pull_number}/merge" "pulls";
    "create_import_upload" "POST" "/api/v2/databases/{owner}/{database}/imports/uploads" "imports";
    "create_import" "POST" "/api/v2/databases/{owner}/{database}/imports" "imports";
    "list_operations" "GET" "/api/v2/databases/{owner}/{database}/operations" "operations";
    "get_operation" "GET" "/api/v2/operations/{operation_id}" "operations";
}

/// Look a v2 operation up by id.
pub(crate) fn operation(id: &str) -> crate::Result<&'static Operation> {
    OPERATIONS
        .iter()
        .find(|op| op.id == id)
        .ok_or_else(|| crate::Error::invalid(format!("unknown v2 operation `{id}`")))
}

/// Whether an operation belongs to v2 (its path says so).
pub(crate) fn is_v2(op: &Operation) -> bool {
    op.path.starts_with("/api/v2/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn twenty_five_unique_v2_operations() {
        assert_eq!(OPERATIONS.len(), 25);
        let mut ids: Vec<_> = OPERATIONS.iter().map(|o| o.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), 25);
        assert!(OPERATIONS.iter().all(is_v2));
    }
}
