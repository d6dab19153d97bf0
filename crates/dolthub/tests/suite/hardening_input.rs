//! Names users type (owners, databases, branches) go into URL path segments.
//! Whatever they contain, a request must reach exactly the intended path, with
//! each name in one segment, or be refused before it is sent.

use dolthub::{Client, Error};
use percent_encoding::percent_decode_str;
use proptest::prelude::*;
use std::sync::{Arc, Mutex};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// A loopback server that records each request target and answers with an
/// empty branch list.
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
                    let mut head = Vec::new();
                    let mut byte = [0u8; 1];
                    while !head.ends_with(b"\r\n\r\n") {
                        match socket.read(&mut byte).await {
                            Ok(1) => head.push(byte[0]),
                            _ => return,
                        }
                    }
                    let line = String::from_utf8_lossy(&head)
                        .lines()
                        .next()
                        .unwrap_or("")
                        .to_string();
                    let target = line.split(' ').nth(1).unwrap_or("").to_string();
                    log.lock().unwrap().push(target);
                    let body = r#"{"status":"Success","branches":[],"schema":[],"rows":[],"query_execution_status":"Success"}"#;
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
