//! `pr reopen` (v2; a clear refusal on v1alpha1) and `release view` (both
//! versions), with the version chosen by the environment or the config file.

use crate::home::{ALICE, Home, assert_code, assert_ok, json, text};

/// `alice/<name>` with a `feature` branch one commit ahead of main.
fn seeded(home: &Home, name: &str) -> String {
    let db = format!("alice/{name}");
    let run = |args: &[&str]| {
        let mut cmd = home.cmd();
        cmd.args(["--token", ALICE.1]);
        assert_ok(&Home::output(cmd, args, None));
    };
    run(&["db", "create", &db, "--public"]);
    run(&[
        "sql",
        "write",
        "--db",
        &db,
        "--from",
        "main",
        "--to",
        "main",
        "--wait",
        "CREATE TABLE t (id INT PRIMARY KEY)",
    ]);
    run(&["branch", "create", "feature", "--db", &db]);
    run(&[
        "sql",
        "write",
        "--db",
        &db,
        "--from",
        "feature",
        "--wait",
        "INSERT INTO t VALUES (1)",
    ]);
    db
}

/// `dolthub --api-url URL --token ALICE` on `version` (None: the default).
fn on(home: &Home, version: Option<&str>) -> assert_cmd::Command {
    let mut cmd = home.cmd();
    cmd.args(["--token", ALICE.1]);
    if let Some(v) = version {
        cmd.env("DOLTHUB_API_VERSION", v);
    }
    cmd
}

#[test]
fn pr_reopen_works_on_v2_and_is_refused_clearly_on_v1alpha1() {
    let home = Home::new();
    let db = seeded(&home, "reopen");
    let out = Home::output(
        on(&home, None),
        &[
            "pr", "create", "--from", "feature", "--title", "One row", "--db", &db,
        ],
        None,
    );
    assert_ok(&out);
    let id = text(&out.stdout).trim().to_owned();
    let closed = json(&Home::output(
        on(&home, None),
        &["pr", "close", &id, "--db", &db, "--json"],
        None,
    ));
    assert_eq!(closed["state"], "closed");

    // v1alpha1 (the sandbox's default): refused before sending, with the way out.
    let out = Home::output(
        on(&home, Some("v1alpha1")),
        &["pr", "reopen", &id, "--db", &db],
        None,
    );
    // exit 7: what the API version in use cannot do
    let stderr = assert_code(&out, 7);
    assert!(stderr.contains("v2"), "{stderr}");
    assert!(stderr.contains("config set api_version v2"), "{stderr}");
    let still = json(&Home::output(
        on(&home, None),
        &["pr", "view", &id, "--db", &db, "--json"],
        None,
    ));
    assert_eq!(still["state"], "closed");

    // v2 from the environment.
    let v = json(&Home::output(
        on(&home, Some("v2")),
        &["pr", "reopen", &id, "--db", &db, "--json"],
        None,
    ));
    assert_eq!(v["id"], id.as_str());
    assert_eq!(v["state"], "open");
    let seen = json(&Home::output(
        on(&home, None),
        &["pr", "view", &id, "--db", &db, "--json"],
        None,
    ));
    assert_eq!(
        seen["state"], "open",
        "v1alpha1 sees the reopened pull request"
    );

    // v2 from the config file, human output.
    assert_ok(&Home::output(
        on(&home, None),
        &["pr", "close", &id, "--db", &db],
        None,
    ));
    assert_ok(&Home::output(
        home.bare(),
        &["config", "set", "api_version", "v2"],
        None,
    ));
    let out = Home::output(
        on(&home, None),
        &["pr", "reopen", &id, "--db", &db, "--format", "table"],
        None,
    );
    assert_ok(&out);
    assert!(
        text(&out.stdout).contains(&format!("Reopened pull request #{id}")),
        "{}",
        text(&out.stdout)
    );
    // The environment still beats the file.
    assert_ok(&Home::output(
        on(&home, None),
        &["pr", "close", &id, "--db", &db],
        None,
    ));
    assert_code(
        &Home::output(
            on(&home, Some("v1alpha1")),
            &["pr", "reopen", &id, "--db", &db],
            None,
        ),
        7,
    );

    // A missing pull request is "not found" on v2.
    assert_code(
        &Home::output(
            on(&home, Some("v2")),
            &["pr", "reopen", "999", "--db", &db],
            None,
        ),
        5,
    );
}

#[test]
fn release_view_shows_one_release_on_both_versions() {
    let home = Home::new();
    let db = seeded(&home, "releases");
    for tag in ["v1", "v2"] {
        assert_ok(&Home::output(
            on(&home, None),
            &[
                "release",
                "create",
                tag,
                "--title",
                &format!("Release {tag}"),
                "--notes",
                "Notes",
                "--db",
                &db,
            ],
            None,
        ));
    }
    for version in ["v1alpha1", "v2"] {
        let v = json(&Home::output(
            on(&home, Some(version)),
            &["release", "view", "v2", "--db", &db, "--json"],
            None,
        ));
        assert_eq!(v["tag"], "v2", "{version}");
        assert_eq!(v["title"], "Release v2", "{version}");
        assert_eq!(v["description"], "Notes", "{version}");
        assert!(!v["commit_sha"].as_str().unwrap().is_empty(), "{version}");

        let out = Home::output(
            on(&home, Some(version)),
            &["release", "view", "v1", "--db", &db, "--format", "table"],
            None,
        );
        assert_ok(&out);
        let shown = text(&out.stdout);
        assert!(
            shown.contains("title:") && shown.contains("Release v1"),
            "{shown}"
        );

        let out = Home::output(
            on(&home, Some(version)),
            &["release", "view", "v9", "--db", &db],
            None,
        );
        let stderr = assert_code(&out, 5);
        assert!(stderr.contains("v9"), "{stderr}");
    }
}
