//! `--json=FIELD,...`: field selection on every command that prints one
//! document, refused up front where output streams.

use crate::home::{ALICE, Home, assert_code, assert_ok, json, text};

#[test]
fn json_fields_pick_and_order_what_is_printed() {
    let home = Home::new();
    // A bare --json before a positional still means "all fields".
    let v = json(&Home::output(
        home.bare(),
        &["config", "get", "--json", "host"],
        None,
    ));
    assert_eq!(v["value"], "https://www.dolthub.com");
    assert_eq!(v["source"], "default");

    let out = Home::output(home.bare(), &["config", "list", "--json=value,key"], None);
    assert_ok(&out);
    let shown = text(&out.stdout);
    let doc: serde_json::Value = serde_json::from_str(&shown).unwrap();
    assert_eq!(doc["count"], 3);
    assert_eq!(
        doc["settings"][1],
        serde_json::json!({"value": "https://www.dolthub.com", "key": "host"})
    );
    assert!(
        shown.find("\"value\"").unwrap() < shown.find("\"key\"").unwrap(),
        "{shown}"
    );

    let mut cmd = home.cmd();
    cmd.args(["--token", ALICE.1]);
    let me = json(&Home::output(cmd, &["user", "--json=username"], None));
    assert_eq!(me, serde_json::json!({"username": "alice"}));

    // A field the output does not have: exit 2, naming the ones it has.
    let out = Home::output(home.bare(), &["config", "list", "--json=key,nope"], None);
    let stderr = assert_code(&out, 2);
    assert!(
        stderr.contains("`nope`") && stderr.contains("origin"),
        "{stderr}"
    );
    let out = Home::output(home.bare(), &["config", "list", "--json=a b"], None);
    assert_code(&out, 2);
}

#[test]
fn streaming_commands_refuse_fields_before_sending() {
    let home = Home::new();
    let mut cmd = home.cmd();
    cmd.args(["--token", ALICE.1]);
    // The database does not exist: a request would fail with 5, the refusal is 2.
    let out = Home::output(
        cmd,
        &["sql", "SELECT 1", "--db", "alice/none", "--json=rows"],
        None,
    );
    let stderr = assert_code(&out, 2);
    assert!(stderr.contains("bare --json"), "{stderr}");
}
