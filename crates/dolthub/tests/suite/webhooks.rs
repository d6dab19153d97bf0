//! Webhook payloads parse into typed events (examples from the spec).

use dolthub::webhooks::{WebhookEvent, parse};

fn spec_example(schema: &str) -> Vec<u8> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../openapi/dolthub-v1alpha1.yaml"
    );
    let spec: serde_yaml::Value =
        serde_yaml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let example = &spec["components"]["schemas"][schema]["example"];
    serde_json::to_vec(&serde_json::to_value(example).unwrap()).unwrap()
}

#[test]
fn push_event() {
    match parse(&spec_example("PushEvent")).unwrap() {
        WebhookEvent::Push(push) => {
            assert_eq!(push.branch(), "main");
            assert_eq!(push.head, "lu1dqd8f6v4k6bbd1i9s0q5m6d1t5gs8");
            assert_eq!(push.repository.owner, "dolthub");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn pull_request_event() {
    match parse(&spec_example("PullRequestEvent")).unwrap() {
        WebhookEvent::PullRequest(pr) => {
            assert_eq!(pr.pull_id, "66");
            assert_eq!(pr.action, "Opened");
            assert_eq!(pr.from_repository.owner, "liuliu");
            assert_eq!(pr.from_branch, "liuliu/lacma");
            assert_eq!(pr.to_branch, "main");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn branch_event_and_unknown_events() {
    match parse(&spec_example("BranchEvent")).unwrap() {
        WebhookEvent::Branch(b) => {
            assert_eq!(b.branch, "liuliu/old-lacma");
            assert_eq!(b.action, "Deleted branch");
        }
        other => panic!("{other:?}"),
    }
    match parse(br#"{"event_name":"star","who":"x"}"#).unwrap() {
        WebhookEvent::Unknown {
            event_name,
            payload,
        } => {
            assert_eq!(event_name, "star");
            assert_eq!(payload["who"], "x");
        }
        other => panic!("{other:?}"),
    }
    // pullID as a number, stray tab, upper case.
    match parse(b"{\"event_name\":\"PULL_REQUEST\\t\",\"pullID\":7}").unwrap() {
        WebhookEvent::PullRequest(pr) => assert_eq!(pr.pull_id, "7"),
        other => panic!("{other:?}"),
    }
    assert!(parse(b"not json").is_err());
    assert!(parse(b"[1,2]").is_err());
}
