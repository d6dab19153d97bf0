//! A whole workflow through the `dolthub` crate with every log line captured
//! at TRACE level, plus the `Debug` and `Display` of the client, of request
//! builders, of operations and of every error met on the way: the token must
//! appear nowhere, nor the wrong token a second client tries.
//!
//! A binary of its own: `tracing` caches each callsite's interest process-wide,
//! so a subscriber scoped to one test misses events whose callsites other tests'
//! threads registered first (it failed 1 run in 4 inside the suite). Here the
//! process-wide subscriber is installed before any request is made.

use dolthub::{Client, Revision, WaitOptions};
use dolthub_sandbox::Sandbox;
use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::Duration;

const SECRET: &str = "dhat.SECRET-7f3a9c-do-not-print";
const WRONG: &str = "dhat.WRONG-41b2e8-do-not-print";

#[derive(Clone, Default)]
struct Capture(Arc<Mutex<Vec<u8>>>);

impl Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn fast() -> WaitOptions {
    WaitOptions::default()
        .initial(Duration::from_millis(10))
        .max(Duration::from_millis(50))
        .deadline(Duration::from_secs(20))
}

#[tokio::test]
async fn a_full_workflow_never_shows_the_token() {
    let capture = Capture::default();
    let writer = capture.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .finish();
    tracing::subscriber::set_global_default(subscriber).unwrap();

    let sb = Sandbox::builder()
        .user("curator", SECRET)
        .job_delay(Duration::from_millis(20))
        .start()
        .await
        .unwrap();
    let client = Client::builder()
        .base_url(sb.url())
        .token(SECRET)
        .build()
        .unwrap();
    let mut shown = vec![format!("{client:?}")];

    let created = client
        .create_database("curator", "museum")
        .public()
        .send()
        .await
        .unwrap();
    shown.push(format!("{created:?}"));
    let db = client.database("curator", "museum");
    shown.push(format!("{db:?}"));
    // a new database has no branch: the first write creates `main`
    db.sql()
        .write("CREATE TABLE notes (id INT PRIMARY KEY)")
        .to("main")
        .send()
        .await
        .unwrap()
        .wait()
        .await
        .unwrap();
    db.branches()
        .create("staging", Revision::branch("main"))
        .send()
        .await
        .unwrap();

    let dir = tempfile_dir();
    let csv = dir.join("objects.csv");
    std::fs::write(&csv, "id,title\n1,Vase\n2,Mask\n").unwrap();
    let import = db
        .import(&csv)
        .table("objects")
        .primary_keys(["id"])
        .branch("staging");
    shown.push(format!("{import:?}"));
    let operation = import.start().await.unwrap().with_options(fast());
    shown.push(format!("{operation:?}"));
    let pull_id = operation.wait().await.unwrap().pull_id;

    let pull = db.pull(&pull_id);
    shown.push(format!("{:?}", pull.get().send().await.unwrap()));
    pull.comment("Looks right").send().await.unwrap();
    pull.merge()
        .send()
        .await
        .unwrap()
        .with_options(fast())
        .wait()
        .await
        .unwrap();
    let write = db
        .sql()
        .write("INSERT INTO objects VALUES (3, 'Bowl')")
        .to("staging");
    shown.push(format!("{write:?}"));
    write
        .send()
        .await
        .unwrap()
        .with_options(fast())
        .wait()
        .await
        .unwrap();
    let rows = db
        .sql()
        .read("staging", "SELECT * FROM objects")
        .send()
        .await
        .unwrap();
    shown.push(format!("{rows:?}"));

    // Errors on the way: unknown database, SQL error, refused input, wrong token.
    let errors = vec![
        client
            .database("curator", "nope")
            .branches()
            .list()
            .send()
            .await
            .unwrap_err(),
        db.sql()
            .read("staging", "SELEC nonsense")
            .send()
            .await
            .unwrap_err(),
        client
            .database("..", "museum")
            .branches()
            .list()
            .send()
            .await
            .unwrap_err(),
        Client::builder()
            .base_url(sb.url())
            .token(WRONG)
            .build()
            .unwrap()
            .database("curator", "museum")
            .branches()
            .list()
            .send()
            .await
            .unwrap_err(),
    ];
    for err in &errors {
        shown.push(format!("{err}"));
        shown.push(format!("{err:?}"));
        let mut source = std::error::Error::source(err);
        while let Some(inner) = source {
            shown.push(format!("{inner} {inner:?}"));
            source = inner.source();
        }
    }

    let logs = String::from_utf8(capture.0.lock().unwrap().clone()).unwrap();
    assert!(
        logs.contains("dolthub.request"),
        "the workflow was traced:\n{logs}"
    );
    for text in shown.iter().chain(std::iter::once(&logs)) {
        for secret in [SECRET, WRONG, "SECRET-7f3a9c", "WRONG-41b2e8"] {
            assert!(!text.contains(secret), "`{secret}` leaked into:\n{text}");
        }
    }
    let _ = std::fs::remove_dir_all(dir);
}

fn tempfile_dir() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("dolthub-secrets-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}
