//! The shared scenario through the `dolthub` crate on both API versions against one
//! sandbox, including reading through v2 what was written through v1alpha1.

use dolthub::models::PullState;
use dolthub::resources::ImportMode;
use dolthub::{ApiVersion, Client, Revision, WaitOptions};
use dolthub_sandbox::Sandbox;
use std::time::Duration;

#[derive(Debug, PartialEq, serde::Deserialize)]
struct N {
    n: String,
}

fn fast() -> WaitOptions {
    WaitOptions::default()
        .initial(Duration::from_millis(10))
        .max(Duration::from_millis(50))
        .deadline(Duration::from_secs(20))
}

fn client(sb: &Sandbox, version: ApiVersion) -> Client {
    let token = match version {
        ApiVersion::V2 => sb.v2_token(),
        _ => sb.token(),
    };
    Client::builder()
        .base_url(sb.url())
        .token(token)
        .api_version(version)
        .build()
        .unwrap()
}

/// Create database, first write, branch, pull request, comment, merge, SQL read, list
/// operations; returns the pull request id.
async fn scenario(c: &Client, name: &str) -> String {
    let me = "sandbox";
    c.create_database(me, name).public().send().await.unwrap();
    let db = c.database(me, name);
    db.sql()
        .write("CREATE TABLE t (id INT PRIMARY KEY, n TEXT)")
        .to("main")
        .from("main")
        .send()
        .await
        .unwrap()
        .with_options(fast())
        .wait()
        .await
        .unwrap();
    db.branches()
        .create("feature", Revision::branch("main"))
        .send()
        .await
        .unwrap();
    db.sql()
        .write("INSERT INTO t VALUES (1, 'one')")
        .to("feature")
        .from("feature")
        .send()
        .await
        .unwrap()
        .with_options(fast())
        .wait()
        .await
        .unwrap();
    let pull = db
        .pulls()
        .create("Add one")
        .from("feature")
        .to("main")
        .send()
        .await
        .unwrap();
    let id = pull.id.clone();
    db.pull(&id).comment("Looks right.").send().await.unwrap();
    db.pull(&id)
        .merge()
        .send()
        .await
        .unwrap()
        .with_options(fast())
        .wait()
        .await
        .unwrap();
    assert_eq!(
        db.pull(&id).get().send().await.unwrap().state,
        PullState::Merged
    );
    // Import: v1alpha1 lands it through a pull request to merge, v2 straight on the branch.
    let csv = b"id,n\n2,two\n";
    let imported = db
        .import_reader(&csv[..], csv.len() as u64, "more.csv")
        .table("t")
        .mode(ImportMode::Update)
        .primary_keys(["id"])
        .branch("main")
        .start()
        .await
        .unwrap()
        .with_options(fast())
        .wait()
        .await
        .unwrap();
    if !imported.pull_id.is_empty() {
        db.pull(&imported.pull_id)
            .merge()
            .send()
            .await
            .unwrap()
            .with_options(fast())
            .wait()
            .await
            .unwrap();
    }
    assert_eq!(read_n(c, name).await, ["one", "two"]);
    let jobs = db.jobs().list().send().await.unwrap();
    assert!(!jobs.items.is_empty(), "the merge is listed");
    id
}

/// `n` of every row of `t` on main, by id.
async fn read_n(c: &Client, name: &str) -> Vec<String> {
    let read = c
        .database("sandbox", name)
        .sql()
        .read("main", "SELECT n FROM t ORDER BY id")
        .send()
        .await
        .unwrap();
    let rows: Vec<N> = read.rows().unwrap();
    rows.into_iter().map(|r| r.n).collect()
}

#[tokio::test]
async fn shared_scenario_on_both_versions_against_one_sandbox() {
    let sb = Sandbox::builder()
        .job_delay(Duration::from_millis(10))
        .start()
        .await
        .unwrap();
    let v1 = client(&sb, ApiVersion::V1alpha1);
    let v2 = client(&sb, ApiVersion::V2);
    scenario(&v1, "via-v1").await;
    let v2_pull = scenario(&v2, "via-v2").await;

    // v2 reads what v1alpha1 wrote
    let old = v2.database("sandbox", "via-v1");
    let branches = old.branches().list().send().await.unwrap();
    assert!(branches.iter().any(|b| b.name == "feature"));
    assert_eq!(read_n(&v2, "via-v1").await, ["one", "two"]);
    assert_eq!(read_n(&v1, "via-v2").await, ["one", "two"]);
    assert_eq!(
        old.pull("1").get().send().await.unwrap().state,
        PullState::Merged
    );
    // and v1alpha1 reads what v2 wrote
    let new = v1.database("sandbox", "via-v2");
    assert_eq!(
        new.pull(&v2_pull).get().send().await.unwrap().title,
        "Add one"
    );
}

/// A write from one existing branch to another: v2 then merges `from_branch` into
/// `to_branch` (as its reference describes), v1alpha1 only writes on `to_branch`.
#[tokio::test]
async fn v2_write_between_existing_branches_merges_from_into_to() {
    let sb = Sandbox::builder()
        .job_delay(Duration::from_millis(5))
        .start()
        .await
        .unwrap();
    for version in [ApiVersion::V2, ApiVersion::V1alpha1] {
        let c = client(&sb, version);
        let name = format!("merge-after-{version}");
        c.create_database("sandbox", &name)
            .public()
            .send()
            .await
            .unwrap();
        let db = c.database("sandbox", &name);
        let write = |q: &'static str, from: &'static str, to: &'static str| {
            let db = db.clone();
            async move {
                db.sql()
                    .write(q)
                    .to(to)
                    .from(from)
                    .send()
                    .await
                    .unwrap()
                    .with_options(fast())
                    .wait()
                    .await
                    .unwrap()
            }
        };
        write(
            "CREATE TABLE t (id INT PRIMARY KEY, n TEXT)",
            "main",
            "main",
        )
        .await;
        db.branches()
            .create("feature", Revision::branch("main"))
            .send()
            .await
            .unwrap();
        write("INSERT INTO t VALUES (1, 'one')", "feature", "feature").await;
        let done = write("INSERT INTO t VALUES (2, 'two')", "feature", "main").await;
        let head = db
            .sql()
            .read("main", "SELECT commit_hash, message FROM dolt_log LIMIT 1")
            .send()
            .await
            .unwrap();
        let head_hash = head.rows[0]["commit_hash"].as_str().unwrap().to_owned();
        let head_message = head.rows[0]["message"].as_str().unwrap().to_owned();
        if version == ApiVersion::V2 {
            assert_eq!(
                read_n(&c, &name).await,
                ["one", "two"],
                "feature merged into main"
            );
            assert_eq!(head_message, "Merge branch 'feature' into main");
            assert_eq!(done.commit_id(), Some(head_hash.as_str()), "{done:?}");
        } else {
            assert_eq!(read_n(&c, &name).await, ["two"], "v1alpha1 does not merge");
            assert!(head_message.starts_with("Run SQL query"), "{head_message}");
        }
    }
}

/// v2 imports through the wrapper: a YAML file lands like JSON would, `replace` keeps the
/// table's schema and swaps its rows, `overwrite` re-creates the table from the file (the
/// same meanings as on v1alpha1 and in `ImportMode::describe`).
#[tokio::test]
async fn v2_imports_take_yaml_and_keep_the_mode_meanings() {
    let sb = Sandbox::builder()
        .job_delay(Duration::from_millis(5))
        .start()
        .await
        .unwrap();
    let c = client(&sb, ApiVersion::V2);
    c.create_database("sandbox", "modes")
        .public()
        .send()
        .await
        .unwrap();
    let db = c.database("sandbox", "modes");
    db.sql()
        .write("CREATE TABLE t (id INT PRIMARY KEY, n TEXT, extra TEXT)")
        .to("main")
        .send()
        .await
        .unwrap()
        .with_options(fast())
        .wait()
        .await
        .unwrap();
    let import = |bytes: &'static [u8], file: &'static str, mode: ImportMode| {
        let db = db.clone();
        async move {
            db.import_reader(bytes, bytes.len() as u64, file)
                .table("t")
                .mode(mode)
                .primary_keys(["id"])
                .branch("main")
                .start()
                .await
                .unwrap()
                .with_options(fast())
                .wait()
                .await
                .unwrap();
        }
    };
    let table = || async {
        let r = c
            .database("sandbox", "modes")
            .sql()
            .read("main", "SELECT * FROM t ORDER BY id")
            .send()
            .await
            .unwrap();
        let columns: Vec<String> = r.column_names().into_iter().map(String::from).collect();
        let ids: Vec<String> = r
            .rows
            .iter()
            .map(|row| row["id"].as_str().unwrap().to_owned())
            .collect();
        (columns, ids)
    };
    import(
        b"- id: 1\n  n: one\n  extra: x\n- id: 2\n  n: two\n",
        "rows.yaml",
        ImportMode::Update,
    )
    .await;
    assert_eq!(
        table().await,
        (
            vec!["id".into(), "n".into(), "extra".into()],
            vec!["1".into(), "2".into()]
        )
    );
    // An Excel workbook (first sheet, first row the header) updates row 2 and adds row 5.
    import(xlsx_bytes(), "more.xlsx", ImportMode::Update).await;
    let read = c
        .database("sandbox", "modes")
        .sql()
        .read("main", "SELECT id, n FROM t WHERE id IN (2, 5) ORDER BY id")
        .send()
        .await
        .unwrap();
    let got: Vec<Vec<serde_json::Value>> = read
        .rows
        .iter()
        .map(|r| vec![r["id"].clone(), r["n"].clone()])
        .collect();
    assert_eq!(
        got,
        [["2", "deux"], ["5", "five & more"]].map(|r| r.map(serde_json::Value::from).to_vec())
    );
    import(b"id,n\n3,three\n", "r.csv", ImportMode::Replace).await;
    assert_eq!(
        table().await,
        (
            vec!["id".into(), "n".into(), "extra".into()],
            vec!["3".into()]
        ),
        "replace keeps the schema"
    );
    import(b"id,n\n4,four\n", "o.csv", ImportMode::Overwrite).await;
    assert_eq!(
        table().await,
        (vec!["id".into(), "n".into()], vec!["4".into()]),
        "overwrite re-creates the table from the file"
    );
}

/// A one-sheet workbook: header `id, n`, rows `(2, deux)` and `(5, five & more)`, with a
/// shared string, an inline string and an escaped ampersand.
fn xlsx_bytes() -> &'static [u8] {
    use std::io::Write;
    let mut zw = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default();
    for (name, text) in [
        (
            "xl/workbook.xml",
            r#"<workbook><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>"#,
        ),
        (
            "xl/_rels/workbook.xml.rels",
            r#"<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>"#,
        ),
        (
            "xl/sharedStrings.xml",
            r#"<sst><si><t>id</t></si><si><t>n</t></si><si><r><t>de</t></r><r><t>ux</t></r></si></sst>"#,
        ),
        (
            "xl/worksheets/sheet1.xml",
            r#"<worksheet><sheetData>
                <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>
                <row r="2"><c r="A2"><v>2</v></c><c r="B2" t="s"><v>2</v></c></row>
                <row r="3"><c r="A3"><v>5</v></c><c r="B3" t="inlineStr"><is><t>five &amp; more</t></is></c></row>
            </sheetData></worksheet>"#,
        ),
    ] {
        zw.start_file(name, opts).unwrap();
        zw.write_all(text.as_bytes()).unwrap();
    }
    Box::leak(zw.finish().unwrap().into_inner().into_boxed_slice())
}
