//! Arbitrary bytes and arbitrary JSON fed to every response model, the lenient
//! SQL row decoder, the SQL text helpers and the webhook parser: never a
//! panic, only values or `Error`s. (The cargo-fuzz targets in `fuzz/` run the
//! same decoders for longer; this is the CI-sized version.)

use dolthub::models::*;
use proptest::prelude::*;
use serde_json::{Map, Value};

/// Field names the models know, so generated objects hit the tolerant paths
/// (aliases, string-or-number ids, lenient booleans) rather than only unknown keys.
const KEYS: &[&str] = &[
    "status",
    "message",
    "error",
    "pull_id",
    "title",
    "title:",
    "description",
    "description:",
    "state",
    "from_branch",
    "from_branch_name",
    "to_branch",
    "to_branch_name",
    "branch_name",
    "name",
    "job_error",
    "job_status",
    "job_created",
    "done",
    "res_details",
    "query_execution_status",
    "query_execution_message",
    "schema",
    "rows",
    "columnName",
    "columnType",
    "sql_query",
    "sql_query:",
    "operation_name",
    "operation_name:",
    "next_page_token",
    "branches",
    "pulls",
    "jobs",
    "operations",
    "fork_network_count",
    "forks",
    "email_addresses",
    "is_primary",
    "to_commit_id",
    "from_commit_id",
    "_id",
    "event_name",
    "repository",
    "pullID",
    "ref",
    "head",
    "prev",
    "action",
    "id",
    "on_view",
    "year",
];

fn json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        "\\PC{0,12}".prop_map(Value::String),
        prop::sample::select(vec![
            "0",
            "1",
            "true",
            "Completed",
            "Error",
            "RowLimit",
            "",
            "-7",
            "1e400"
        ])
        .prop_map(|s| Value::String(s.into())),
    ];
    leaf.prop_recursive(4, 48, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((prop::sample::select(KEYS), inner), 0..8).prop_map(|pairs| {
                Value::Object(
                    pairs
                        .into_iter()
                        .map(|(k, v)| (k.to_string(), v))
                        .collect::<Map<_, _>>(),
                )
            }),
        ]
    })
}

/// Decodes `bytes` into every model; only checks that nothing panics.
fn decode_all(bytes: &[u8]) {
    macro_rules! each {
        ($($t:ty),*) => { $( let _ = serde_json::from_slice::<$t>(bytes); )* };
    }
    each!(
        Job,
        UserOperation,
        Database,
        DatabaseRef,
        ForkNetwork,
        ForkPoll,
        ForkStarted,
        ImportStarted,
        JobPoll,
        MergeStarted,
        WriteDetails,
        WritePoll,
        WriteStarted,
        Pull,
        PullComment,
        Branch,
        BranchCreated,
        Release,
        Tag,
        Column,
        SqlResult,
        User,
        EmailAddress,
        JobStatus,
        PullState,
        SqlStatus
    );
    let _ = dolthub::webhooks::parse(bytes);
}

#[derive(serde::Deserialize, Debug)]
#[allow(dead_code)]
struct Museum {
    id: u64,
    title: String,
    on_view: bool,
    year: Option<i32>,
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        decode_all(&bytes);
    }

    #[test]
    fn arbitrary_json_never_panics(value in json()) {
        let bytes = serde_json::to_vec(&value).unwrap();
        decode_all(&bytes);
        if let Ok(result) = serde_json::from_value::<SqlResult>(value.clone()) {
            let _ = result.rows::<Museum>();
            let _ = result.rows::<Value>();
        }
        let _ = dolthub::sql::from_value::<Museum>(&value);
    }

    #[test]
    fn sql_text_helpers_never_panic(text in "\\PC{0,64}") {
        let quoted = dolthub::sql::quote(&text);
        prop_assert!(quoted.starts_with('\'') && quoted.ends_with('\''));
        let _ = dolthub::sql::has_multiple_statements(&text);
    }
}

/// Every input the fuzzer found interesting (`fuzz/corpus/decode`, minimised
/// with `cargo fuzz cmin`) replays through the same decoders in CI.
#[test]
fn fuzz_corpus_replays_without_panics() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/corpus/decode");
    let mut replayed = 0;
    for entry in std::fs::read_dir(&dir).expect("the committed fuzz corpus") {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        decode_all(&bytes);
        if let Ok(result) = serde_json::from_slice::<SqlResult>(&bytes) {
            let _ = result.rows::<Museum>();
        }
        replayed += 1;
    }
    assert!(replayed > 100, "corpus too small: {replayed}");
}
