//! Every response model, the lenient SQL row decoder and the webhook parser
//! on arbitrary bytes: only values or errors, never a panic.
#![no_main]

use dolthub::models::*;
use libfuzzer_sys::fuzz_target;

#[derive(serde::Deserialize)]
#[allow(dead_code)]
struct Row {
    id: u64,
    title: String,
    on_view: bool,
}

fuzz_target!(|bytes: &[u8]| {
    macro_rules! each {
        ($($t:ty),*) => { $( let _ = serde_json::from_slice::<$t>(bytes); )* };
    }
    each!(
        Job, UserOperation, Database, DatabaseRef, ForkNetwork, ForkPoll, ForkStarted, ImportStarted,
        JobPoll, MergeStarted, WriteDetails, WritePoll, WriteStarted, Pull, PullComment, Branch,
        BranchCreated, Release, Tag, Column, User, EmailAddress
    );
    if let Ok(result) = serde_json::from_slice::<SqlResult>(bytes) {
        let _ = result.rows::<Row>();
    }
    if let Ok(value) = serde_json::from_slice::<serde_json::Value>(bytes) {
        let _ = dolthub::sql::from_value::<Row>(&value);
    }
    let _ = dolthub::webhooks::parse(bytes);
});
