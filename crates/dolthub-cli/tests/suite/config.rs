//! `config get|set|unset|list` and the precedence every command follows:
//! flag > environment > config file > default.

use crate::home::{ALICE, Home, assert_code, assert_ok, json, text};

fn set(home: &Home, key: &str, value: &str) {
    assert_ok(&Home::output(
        home.bare(),
        &["config", "set", key, value],
        None,
    ));
}

fn get(home: &Home, cmd: assert_cmd::Command, key: &str) -> serde_json::Value {
    let _ = home;
    json(&Home::output(cmd, &["config", "get", key, "--json"], None))
}

#[test]
fn set_get_list_round_trip_with_their_sources() {
    let home = Home::new();
    // Defaults before anything is set.
    let host = get(&home, home.bare(), "host");
    assert_eq!(host["value"], "https://www.dolthub.com");
    assert_eq!(host["source"], "default");
    assert_eq!(get(&home, home.bare(), "api_version")["value"], "auto");
    let out = Home::output(home.bare(), &["config", "get", "database"], None);
    assert!(assert_code(&out, 1).contains("database is not set"));

    set(&home, "database", "alice/museums");
    set(&home, "host", "lab.example.com/");
    set(&home, "api_version", "V2");

    let out = Home::output(home.bare(), &["config", "get", "host"], None);
    assert_ok(&out);
    assert_eq!(text(&out.stdout), "https://lab.example.com\n");
    let v = get(&home, home.bare(), "api_version");
    assert_eq!(v["value"], "v2");
    assert_eq!(v["source"], "file");

    let list = json(&Home::output(
        home.bare(),
        &["config", "list", "--json"],
        None,
    ));
    assert_eq!(list["count"], 3);
    let values: Vec<(&str, &str)> = list["settings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["key"].as_str().unwrap(), s["value"].as_str().unwrap()))
        .collect();
    assert_eq!(
        values,
        [
            ("database", "alice/museums"),
            ("host", "https://lab.example.com"),
            ("api_version", "v2")
        ]
    );

    // The environment and flags beat the file, and `get` says so.
    let mut cmd = home.bare();
    cmd.env("DOLTHUB_DB", "bob/prices");
    let db = get(&home, cmd, "database");
    assert_eq!(
        (db["value"].as_str(), db["source"].as_str()),
        (Some("bob/prices"), Some("env"))
    );
    let mut cmd = home.bare();
    cmd.env("DOLTHUB_API_VERSION", "v1alpha1");
    assert_eq!(get(&home, cmd, "api_version")["value"], "v1alpha1");
    let url = get(&home, home.cmd(), "host");
    assert_eq!(url["value"], home.sandbox.url());
    assert_eq!(url["source"], "flag");

    // unset goes back to the default.
    assert_ok(&Home::output(
        home.bare(),
        &["config", "unset", "host"],
        None,
    ));
    assert_eq!(get(&home, home.bare(), "host")["source"], "default");
    let file = std::fs::read_to_string(home.config_dir().join("config.json")).unwrap();
    assert!(!file.contains("lab.example.com"), "{file}");
    assert!(file.contains("alice/museums"), "{file}");
}

#[test]
fn bad_values_and_keys_are_refused_with_clear_errors() {
    let home = Home::new();
    for (key, value, expect) in [
        ("database", "museums", "OWNER/DB"),
        ("database", "a/b/c", "OWNER/DB"),
        ("host", "ftp://lab.example.com", "http"),
        ("host", "", "empty"),
        ("api_version", "v3", "auto, v1alpha1 or v2"),
    ] {
        let out = Home::output(home.bare(), &["config", "set", key, value], None);
        let stderr = assert_code(&out, 2);
        assert!(stderr.contains(expect), "{key}={value}: {stderr}");
        assert!(stderr.contains(key), "{key}={value}: {stderr}");
    }
    let out = Home::output(home.bare(), &["config", "set", "editor", "vi"], None);
    let stderr = assert_code(&out, 2);
    assert!(stderr.contains("api_version"), "lists the keys: {stderr}");
    // Nothing was written by the refused calls.
    assert!(!home.config_dir().join("config.json").exists());
}

#[test]
fn a_broken_config_file_is_named_in_the_error() {
    let home = Home::new();
    std::fs::create_dir_all(home.config_dir()).unwrap();
    std::fs::write(home.config_dir().join("config.json"), "{\"host\": ").unwrap();
    let out = Home::output(home.cmd(), &["user", "--token", ALICE.1], None);
    let stderr = assert_code(&out, 1);
    assert!(stderr.contains("config.json"), "{stderr}");
    std::fs::write(
        home.config_dir().join("config.json"),
        r#"{"api_version": "v9"}"#,
    )
    .unwrap();
    let stderr = assert_code(&Home::output(home.bare(), &["config", "list"], None), 1);
    assert!(stderr.contains("api_version"), "{stderr}");
    // ... and `config unset` repairs it.
    assert_ok(&Home::output(
        home.bare(),
        &["config", "unset", "api_version"],
        None,
    ));
    assert_ok(&Home::output(home.bare(), &["config", "list"], None));
}

#[test]
fn commands_use_the_configured_host_and_database() {
    let home = Home::new();
    set(&home, "host", home.sandbox.url());
    // No --api-url anywhere below: login and commands reach the configured host.
    let out = Home::output(
        home.bare(),
        &["auth", "login", "--with-token"],
        Some(ALICE.1),
    );
    assert_ok(&out);
    assert!(text(&out.stdout).contains(&home.host_key()));

    for db in ["alice/first", "alice/second"] {
        assert_ok(&Home::output(
            home.bare(),
            &["db", "create", db, "--public"],
            None,
        ));
        assert_ok(&Home::output(
            home.bare(),
            &[
                "sql",
                "write",
                "--db",
                db,
                "--from",
                "main",
                "--to",
                "main",
                "--wait",
                "CREATE TABLE t (id INT PRIMARY KEY)",
            ],
            None,
        ));
        assert_ok(&Home::output(
            home.bare(),
            &[
                "branch",
                "create",
                &db.replace("alice/", "only-in-"),
                "--db",
                db,
            ],
            None,
        ));
    }
    set(&home, "database", "alice/first");
    let branches = |cmd: assert_cmd::Command, extra: &[&str]| -> Vec<String> {
        let doc = json(&Home::output(
            cmd,
            &[&["branch", "list", "--json"], extra].concat(),
            None,
        ));
        doc["branches"]
            .as_array()
            .unwrap()
            .iter()
            .map(|b| b["name"].as_str().unwrap().to_owned())
            .collect()
    };
    // The file's database, then the environment's, then the flag's.
    assert!(branches(home.bare(), &[]).contains(&"only-in-first".to_owned()));
    let mut cmd = home.bare();
    cmd.env("DOLTHUB_DB", "alice/second");
    assert!(branches(cmd, &[]).contains(&"only-in-second".to_owned()));
    let mut cmd = home.bare();
    cmd.env("DOLTHUB_DB", "alice/second");
    assert!(branches(cmd, &["--db", "alice/first"]).contains(&"only-in-first".to_owned()));
    // SQL reads and writes take it too.
    let v = json(&Home::output(
        home.bare(),
        &["sql", "SHOW TABLES", "--json"],
        None,
    ));
    assert_eq!(v["database"], "alice/first");
    assert_ok(&Home::output(
        home.bare(),
        &[
            "sql",
            "write",
            "--from",
            "main",
            "--wait",
            "INSERT INTO t VALUES (7)",
        ],
        None,
    ));
    let v = json(&Home::output(
        home.bare(),
        &["sql", "SELECT id FROM t", "--json"],
        None,
    ));
    assert_eq!(v["rows"][0]["id"], "7", "{v}");
    // --help shows the configured default.
    let out = Home::output(home.bare(), &["branch", "list", "--help"], None);
    assert!(
        text(&out.stdout).contains("alice/first"),
        "{}",
        text(&out.stdout)
    );
}

#[test]
fn commands_work_without_any_config_directory() {
    let home = Home::new();
    let mut cmd = home.cmd();
    cmd.env_remove("DOLTHUB_CONFIG_DIR")
        .env_remove("HOME")
        .env_remove("XDG_CONFIG_HOME")
        .env_remove("APPDATA");
    let me = json(&Home::output(
        cmd,
        &["user", "--json", "--token", ALICE.1],
        None,
    ));
    assert_eq!(me["username"], "alice");
    // Only saving needs a place to save to.
    let mut cmd = home.cmd();
    cmd.env_remove("DOLTHUB_CONFIG_DIR")
        .env_remove("HOME")
        .env_remove("XDG_CONFIG_HOME")
        .env_remove("APPDATA");
    let out = Home::output(cmd, &["auth", "login", "--with-token"], Some(ALICE.1));
    let stderr = assert_code(&out, 1);
    assert!(stderr.contains("DOLTHUB_CONFIG_DIR"), "{stderr}");
}
