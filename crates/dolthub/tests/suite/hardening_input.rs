//! Names users type (owners, databases, branches) go into URL path segments.
//! Whatever they contain, a request must reach exactly the intended path, with
//! each name in one segment, or be refused before it is sent.

use dolthub::{Client, Error};
use percent_encoding::percent_decode_str;
use proptest::prelude::*;
use std::sync::{Arc, Mutex};
use tokio::io::AsyncWriteExt;
use tokio::net::TcpListener;

/// A loopback server that records each request target and answers with an
/// empty branch list (in both versions' shapes).
async fn recorder() -> (String, Arc<Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = seen.clone();
    tokio::spawn(async move {
        loop {
            let Ok((mut socket, _)) = listener.accept().await else {
                return;
            };
            let log = log.clone();
            tokio::spawn(async move {
                loop {
                    let Some(head) = crate::common::read_head(&mut socket).await else {
                        return;
                    };
                    let line = String::from_utf8_lossy(&head)
                        .lines()
                        .next()
                        .unwrap_or("")
                        .to_string();
                    let target = line.split(' ').nth(1).unwrap_or("").to_string();
                    log.lock().unwrap().push(target);
                    let body = r#"{"status":"Success","branches":[],"schema":[],"rows":[],"query_execution_status":"Success","data":[]}"#;
                    let reply = format!(
                        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
                        body.len()
                    );
                    if socket.write_all(reply.as_bytes()).await.is_err() {
                        return;
                    }
                }
            });
        }
    });
    (url, seen)
}

fn segments(target: &str) -> Vec<String> {
    let path = target.split('?').next().unwrap_or("");
    path.split('/')
        .skip(1)
        .map(|s| {
            percent_decode_str(s)
                .decode_utf8()
                .expect("utf-8")
                .into_owned()
        })
        .collect()
}

/// Names that would be resolved as dot segments or vanish cannot be sent at all.
fn must_refuse(name: &str) -> bool {
    name.is_empty() || name == "." || name == ".."
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

#[test]
fn hostile_names_stay_inside_their_segments() {
    let rt = runtime();
    let (url, seen) = rt.block_on(recorder());
    let client = Client::builder().base_url(&url).build().unwrap();
    let names = [
        "feature/x",
        "..",
        ".",
        "a/../../etc",
        "x?y=1",
        "a#frag",
        "with space",
        "émoji-🦀",
        "%2e%2e",
        "%2F",
        "back\\slash",
        "semi;colon",
        "tab\there",
        "plus+sign",
        "",
        "..%2f",
    ];
    for owner in names {
        for database in ["museum", "../admin", "db?x"] {
            let result = rt.block_on(client.database(owner, database).branches().list().send());
            if must_refuse(owner) || must_refuse(database) {
                assert!(
                    matches!(result, Err(Error::InvalidInput { .. })),
                    "{owner:?}/{database:?} must be refused before sending: {result:?}"
                );
                continue;
            }
            // A literal `%2e%2e` may be refused too (it spells `..` once decoded); if it is
            // sent, it must arrive as the literal text, checked below.
            if owner.eq_ignore_ascii_case("%2e%2e")
                && matches!(result, Err(Error::InvalidInput { .. }))
            {
                continue;
            }
            result.unwrap_or_else(|e| panic!("{owner:?}/{database:?}: {e:?}"));
            let target = seen.lock().unwrap().pop().expect("a request was sent");
            assert_eq!(
                segments(&target),
                ["api", "v1alpha1", owner, database, "branches"],
                "{owner:?}/{database:?} was sent as {target}"
            );
        }
    }
}

/// The exact bytes of the request target, on both API versions and below a
/// base path: each name is one segment, every byte outside the unreserved
/// set percent-encoded (UTF-8 for non-ASCII), `%` itself included, so the
/// server can tell `100%` from `100%25` and `feature/x` from two segments.
#[test]
fn path_parameters_travel_percent_encoded_on_both_versions() {
    let rt = runtime();
    let (url, seen) = rt.block_on(recorder());
    let cases = [
        ("feature/x", "feature%2Fx"),
        ("with space", "with%20space"),
        ("émoji-🦀", "%C3%A9moji-%F0%9F%A6%80"),
        ("100%", "100%25"),
        ("%2F", "%252F"),
        ("a?b#c", "a%3Fb%23c"),
        ("plus+sign", "plus%2Bsign"),
        ("plain-name_1.0~x", "plain-name_1.0~x"),
    ];
    for version in [dolthub::ApiVersion::V1alpha1, dolthub::ApiVersion::V2] {
        let client = Client::builder()
            .base_url(format!("{url}/lab/"))
            .api_version(version)
            .build()
            .unwrap();
        let root = match version {
            dolthub::ApiVersion::V2 => "/lab/api/v2/databases",
            _ => "/lab/api/v1alpha1",
        };
        for (name, encoded) in cases {
            rt.block_on(client.database(name, "db").branches().list().send())
                .unwrap_or_else(|e| panic!("{version} owner {name:?}: {e:?}"));
            rt.block_on(client.database("o", name).branches().list().send())
                .unwrap_or_else(|e| panic!("{version} database {name:?}: {e:?}"));
            let mut sent = seen.lock().unwrap();
            assert_eq!(
                sent.drain(..).collect::<Vec<_>>(),
                [
                    format!("{root}/{encoded}/db/branches"),
                    format!("{root}/o/{encoded}/branches"),
                ],
                "{version} {name:?}"
            );
        }
    }
    // Pull ids (v1alpha1 takes any text; v2 only decimal numbers) and SQL refs.
    let client = Client::builder()
        .base_url(format!("{url}/lab"))
        .build()
        .unwrap();
    for (name, encoded) in cases {
        let pull = rt.block_on(client.database("o", "d").pull(name).get().send());
        pull.unwrap_or_else(|e| panic!("pull {name:?}: {e:?}"));
        let read = rt.block_on(
            client
                .database("o", "d")
                .sql()
                .read(name, "SELECT 1")
                .send(),
        );
        read.unwrap_or_else(|e| panic!("ref {name:?}: {e:?}"));
        let mut sent = seen.lock().unwrap();
        let sent: Vec<String> = sent.drain(..).collect();
        assert_eq!(sent[0], format!("/lab/api/v1alpha1/o/d/pulls/{encoded}"));
        assert_eq!(
            sent[1],
            format!("/lab/api/v1alpha1/o/d/{encoded}?q=SELECT+1"),
            "ref {name:?}"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    /// Any owner, database and ref either is refused up front or arrives as
    /// exactly the five intended segments of a SQL read.
    #[test]
    fn any_names_reach_the_intended_path(
        owner in "\\PC{0,12}",
        database in "[./?#% a-z\u{e9}\u{1F980}-]{0,10}",
        reference in "[./?#%&= a-zA-Z0-9_-]{0,16}",
    ) {
        let rt = runtime();
        let (url, seen) = rt.block_on(recorder());
        let client = Client::builder().base_url(&url).build().unwrap();
        let result = rt.block_on(client.database(&owner, &database).sql().read(&reference, "SELECT 1").send());
        match result {
            Err(Error::InvalidInput { .. }) => {
                prop_assert!(seen.lock().unwrap().is_empty(), "refused input must not be sent");
            }
            Err(other) => prop_assert!(false, "unexpected error {other:?}"),
            Ok(_) => {
                prop_assert!(!must_refuse(&owner) && !must_refuse(&database) && !must_refuse(&reference));
                let target = seen.lock().unwrap().pop().expect("sent");
                prop_assert_eq!(segments(&target), vec!["api".to_string(), "v1alpha1".into(), owner, database, reference]);
            }
        }
    }
}
