//! Operation waits: progress through states, failures, deadlines, poll errors.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use dolthub::{Error, Progress, WaitOptions};
use httpmock::Method::{GET, POST};

use crate::common::*;

const JOB: &str = "repositoryOwners/dolthub/repositories/museum-collections/jobs/1";

fn job(status: &str) -> String {
    format!(
        r#"{{"status":"Success","operation_name":"{JOB}","job_created":true,"job_status":"{status}","pull_id":"66"}}"#
    )
}

fn recorder() -> (
    impl Fn(&Progress) + Send + Sync + 'static,
    Arc<Mutex<Vec<Progress>>>,
) {
    let events = Arc::new(Mutex::new(Vec::new()));
    let log = Arc::clone(&events);
    (
        move |p: &Progress| log.lock().unwrap().push(p.clone()),
        events,
    )
}

fn states(events: &[Progress]) -> Vec<String> {
    events
        .iter()
        .filter_map(|e| match e {
            Progress::StateChanged { state, .. } => Some(state.clone()),
            _ => None,
        })
        .collect()
}

#[tokio::test]
async fn merge_goes_pending_running_done() {
    let server = server().await;
    server
        .mock_async(|when, then| {
            when.method(POST).path(format!("{API}/pulls/66/merge"));
            then.status(200).body(
                fixture("pulls/merge_pull.json")
                    .replace("b09a9221-9dcb-4a15-9ca8-a64656946f12", "1"),
            );
        })
        .await;
    let (responder, calls) = sequence(vec![
        (200, job("Pending")),
        (200, job("Pending")),
        (200, job("In Progress")),
        (200, job("In Progress")),
        (200, job("Completed")),
    ]);
    server
        .mock_async(|when, then| {
            when.method(GET)
                .path(format!("{API}/pulls/66/merge"))
                .query_param("operationName", JOB);
            then.respond_with(responder);
        })
        .await;
    let (progress, events) = recorder();
    let outcome = client(&server)
        .database(OWNER, DB)
        .pull("66")
        .merge()
        .await
        .unwrap()
        .with_options(fast_wait())
        .on_progress(progress)
        .wait()
        .await
        .unwrap();
    assert_eq!(outcome.pull_id, "66");
    assert_eq!(outcome.operation_name, JOB);
    assert_eq!(calls.load(std::sync::atomic::Ordering::SeqCst), 5);
    let events = events.lock().unwrap();
    assert_eq!(states(&events), vec!["Pending", "Running"]);
    assert!(matches!(events.last(), Some(Progress::Finished { .. })));
}

#[tokio::test]
async fn import_failure_is_operation_failed() {
    let server = server().await;
    let (responder, _) = sequence(vec![
        (200, job("Pending")),
        (
            200,
            r#"{"job_created":true,"job_status":"Failed","job_error":"bad header"}"#.into(),
        ),
    ]);
    server
        .mock_async(|when, then| {
            when.method(GET).path(format!("{API}/upload"));
            then.respond_with(responder);
        })
        .await;
    let err = client(&server)
        .database(OWNER, DB)
        .import_operation("main", JOB)
        .with_options(fast_wait())
        .wait()
        .await
        .unwrap_err();
    match err {
        Error::OperationFailed {
            operation, message, ..
        } => {
            assert_eq!(operation, JOB);
            assert!(message.contains("bad header"));
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn fork_failure_is_operation_failed() {
    let server = server().await;
    server
        .mock_async(|when, then| {
            when.method(GET).path("/api/v1alpha1/fork");
            then.status(200).body(r#"{"done":true,"status":"Error"}"#);
        })
        .await;
    let err = client(&server)
        .fork_operation("operations/x")
        .with_options(fast_wait())
        .wait()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::OperationFailed { .. }), "{err:?}");
}

#[tokio::test]
async fn write_with_sql_error_outcome_is_sql_error() {
    let server = server().await;
    server
        .mock_async(|when, then| {
            when.method(POST).path(format!("{API}/write/main/main"));
            then.status(200).body(fixture("sql/sql_write.json"));
        })
        .await;
    let (responder, _) = sequence(vec![
        (200, r#"{"_id":"operations/1","done":false}"#.into()),
        (
            200,
            r#"{"_id":"operations/1","done":true,"res_details":{"query_execution_status":"Error","query_execution_message":"duplicate primary key"}}"#.into(),
        ),
    ]);
    server
        .mock_async(|when, then| {
            when.method(GET).path(format!("{API}/write"));
            then.respond_with(responder);
        })
        .await;
    let err = client(&server)
        .database(OWNER, DB)
        .sql()
        .write("INSERT INTO t VALUES (1)")
        .to("main")
        .await
        .unwrap()
        .with_options(fast_wait())
        .wait()
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::Sql { message, query: Some(q), .. } if message == "duplicate primary key" && q == "INSERT INTO t VALUES (1)"),
        "{err:?}"
    );
}

#[tokio::test]
async fn deadline_passes_while_still_running() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(GET).path(format!("{API}/pulls/66/merge"));
            then.status(200).body(job("In Progress"));
        })
        .await;
    let started = std::time::Instant::now();
    let err = client(&server)
        .database(OWNER, DB)
        .pull("66")
        .merge_operation(JOB)
        .with_options(
            WaitOptions::default()
                .initial(ms(2))
                .max(ms(10))
                .deadline(ms(120)),
        )
        .wait()
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::Timeout { what } if what.contains("Running")),
        "{err:?}"
    );
    assert!(started.elapsed() < Duration::from_secs(3));
    assert!(mock.calls_async().await >= 2);
}

#[tokio::test]
async fn consecutive_poll_errors_fail_fast() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(GET).path("/api/v1alpha1/fork");
            then.status(503).body("unavailable");
        })
        .await;
    let (progress, events) = recorder();
    let err = client(&server)
        .fork_operation("operations/x")
        .with_options(fast_wait().max_consecutive_errors(3))
        .on_progress(progress)
        .wait()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Gateway { status: 503, .. }), "{err:?}");
    mock.assert_calls_async(3).await;
    let failures = events
        .lock()
        .unwrap()
        .iter()
        .filter(|e| matches!(e, Progress::PollFailed { .. }))
        .count();
    assert_eq!(failures, 3);
}

#[tokio::test]
async fn a_poll_error_between_successes_is_tolerated() {
    let server = server().await;
    let (responder, _) = sequence(vec![
        (200, job("Pending")),
        (502, "bad gateway".into()),
        (200, job("Completed")),
    ]);
    server
        .mock_async(|when, then| {
            when.method(GET).path(format!("{API}/pulls/66/merge"));
            then.respond_with(responder);
        })
        .await;
    let outcome = client(&server)
        .database(OWNER, DB)
        .pull("66")
        .merge_operation(JOB)
        .with_options(fast_wait().max_consecutive_errors(2))
        .wait()
        .await
        .unwrap();
    assert_eq!(outcome.pull_id, "66");
}

#[tokio::test]
async fn fork_wait_reports_the_new_database() {
    let server = server().await;
    server
        .mock_async(|when, then| {
            when.method(POST).path("/api/v1alpha1/fork");
            then.status(200).body(fixture("forks/fork_database.json"));
        })
        .await;
    let (responder, _) = sequence(vec![
        (200, r#"{"done":false,"status":"Success"}"#.into()),
        (200, r#"{"done":true,"status":"Success"}"#.into()),
    ]);
    server
        .mock_async(|when, then| {
            when.method(GET).path("/api/v1alpha1/fork");
            then.respond_with(responder);
        })
        .await;
    let fork = client(&server)
        .fork("dolthub", "museum-collections")
        .to_owner("liuliu")
        .await
        .unwrap()
        .with_options(fast_wait())
        .wait()
        .await
        .unwrap();
    // The poll answer did not name the fork: the start's facts fill in.
    assert_eq!(fork.owner, "liuliu");
    assert_eq!(fork.database, "museum-collections");
}
