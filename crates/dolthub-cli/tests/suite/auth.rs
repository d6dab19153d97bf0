//! `auth login|status|logout`: a token stored per host in a private file,
//! used by every command, beaten by the environment, never printed.

use crate::home::{ALICE, Home, assert_code, assert_no_token, assert_ok, json, mode, text};

#[test]
fn login_stores_the_token_privately_and_commands_use_it() {
    let home = Home::new();
    let out = home.login(ALICE.1);
    assert_no_token(&out, ALICE.1);
    assert!(
        text(&out.stdout).contains(&home.host_key()),
        "{}",
        text(&out.stdout)
    );

    let file = home.hosts_file();
    assert_eq!(mode(&file), 0o600, "hosts.json must be private");
    let stored: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(
        stored[home.host_key()]["token"],
        ALICE.1,
        "trimmed, per host"
    );
    assert_eq!(stored[home.host_key()]["user"], "alice");
    // Only the file: no temporary left beside it.
    assert_eq!(std::fs::read_dir(home.config_dir()).unwrap().count(), 1);

    // No --token and no DOLTHUB_API_TOKEN: the stored token is sent.
    let me = json(&Home::output(home.cmd(), &["user", "--json"], None));
    assert_eq!(me["username"], "alice");

    let out = Home::output(home.cmd(), &["auth", "status", "--json"], None);
    assert_no_token(&out, ALICE.1);
    let status = json(&out);
    assert_eq!(status["host"], home.host_key());
    assert_eq!(status["user"], "alice");
    assert_eq!(status["token_source"], "file");
    assert_eq!(status["token"], "dhat.************");
    assert!(
        status["token_origin"]
            .as_str()
            .unwrap()
            .ends_with("hosts.json"),
        "{status}"
    );

    let out = Home::output(home.cmd(), &["auth", "status", "--format", "table"], None);
    assert_ok(&out);
    assert_no_token(&out, ALICE.1);
    assert!(text(&out.stdout).contains("alice"), "{}", text(&out.stdout));
}

#[test]
fn the_environment_and_the_flag_win_over_the_stored_token() {
    let home = Home::new();
    home.login(ALICE.1);
    let sandbox_token = home.sandbox.token().to_owned();

    let mut cmd = home.cmd();
    cmd.env("DOLTHUB_API_TOKEN", &sandbox_token);
    let me = json(&Home::output(cmd, &["user", "--json"], None));
    assert_eq!(me["username"], "sandbox");

    let mut cmd = home.cmd();
    cmd.env("DOLTHUB_API_TOKEN", &sandbox_token);
    let out = Home::output(cmd, &["auth", "status", "--json"], None);
    assert_no_token(&out, &sandbox_token);
    let status = json(&out);
    assert_eq!(status["token_source"], "env");
    assert_eq!(status["user"], "sandbox");

    let out = Home::output(
        home.cmd(),
        &["--token", &sandbox_token, "auth", "status", "--json"],
        None,
    );
    let status = json(&out);
    assert_eq!(status["token_source"], "flag");
    assert_eq!(status["user"], "sandbox");
}

#[test]
fn a_rejected_token_is_not_saved_and_never_echoed() {
    let home = Home::new();
    let bad = "dhat.mallory.9999999999999999";
    for extra in [&[][..], &["--json"][..]] {
        let out = Home::output(
            home.cmd(),
            &[&["auth", "login", "--with-token"], extra].concat(),
            Some(&format!("{bad}\n")),
        );
        let stderr = assert_code(&out, 4);
        assert_no_token(&out, bad);
        assert!(stderr.contains("nothing was saved"), "{stderr}");
    }
    assert!(!home.hosts_file().exists());

    // Nothing or several words on stdin: usage errors, still not echoed.
    let out = Home::output(home.cmd(), &["auth", "login", "--with-token"], Some(" \n"));
    assert!(assert_code(&out, 2).contains("no token"));
    let two = format!("{bad} {}", ALICE.1);
    let out = Home::output(home.cmd(), &["auth", "login", "--with-token"], Some(&two));
    assert_code(&out, 2);
    assert_no_token(&out, bad);
    assert_no_token(&out, ALICE.1);
    // --with-token is the only way in.
    let out = Home::output(home.cmd(), &["auth", "login"], Some(ALICE.1));
    assert_code(&out, 2);
    assert!(!home.hosts_file().exists());
}

#[test]
fn verbose_logs_and_api_errors_never_show_the_stored_token() {
    let home = Home::new();
    home.login(ALICE.1);
    let out = Home::output(home.cmd(), &["-vv", "user"], None);
    assert_ok(&out);
    assert_no_token(&out, ALICE.1);
    // An error path: a database that does not exist.
    let out = Home::output(
        home.cmd(),
        &["-vv", "branch", "list", "--db", "alice/missing"],
        None,
    );
    assert_code(&out, 5);
    assert_no_token(&out, ALICE.1);
}

#[test]
fn logout_forgets_only_that_host() {
    let home = Home::new();
    home.login(ALICE.1);
    let other = Home::output(
        home.cmd(),
        &[
            "auth",
            "login",
            "--with-token",
            "--no-verify",
            "--host",
            "lab.example.com",
        ],
        Some("dhat.other.1111111111111111"),
    );
    assert_ok(&other);

    let out = Home::output(home.cmd(), &["auth", "logout"], None);
    assert_ok(&out);
    assert!(text(&out.stdout).contains(&home.host_key()));
    assert_eq!(mode(&home.hosts_file()), 0o600);
    let left = std::fs::read_to_string(home.hosts_file()).unwrap();
    assert!(!left.contains(ALICE.1), "{left}");
    assert!(left.contains("lab.example.com"), "{left}");

    // Logged out: status and token-needing commands say so (exit 4).
    let stderr = assert_code(&Home::output(home.cmd(), &["auth", "status"], None), 4);
    assert!(stderr.contains("not logged in"), "{stderr}");
    assert_code(&Home::output(home.cmd(), &["user"], None), 4);
    // A second logout has nothing to remove.
    assert_code(&Home::output(home.cmd(), &["auth", "logout"], None), 4);
}

#[test]
fn status_shows_the_login_when_the_host_cannot_be_reached() {
    let home = Home::new();
    // Port 1 on loopback: refused at once.
    let host = "http://127.0.0.1:1";
    let out = Home::output(
        home.bare(),
        &["auth", "login", "--with-token", "--host", host],
        Some(ALICE.1),
    );
    let stderr = assert_code(&out, 1);
    assert!(stderr.contains("--no-verify"), "{stderr}");
    assert!(!home.hosts_file().exists());

    let out = Home::output(
        home.bare(),
        &[
            "auth",
            "login",
            "--with-token",
            "--no-verify",
            "--host",
            host,
        ],
        Some(ALICE.1),
    );
    assert_ok(&out);
    let out = Home::output(
        home.bare(),
        &["auth", "status", "--host", host, "--json"],
        None,
    );
    assert_no_token(&out, ALICE.1);
    let status = json(&out);
    assert_eq!(status["host"], "127.0.0.1:1");
    assert!(status["user"].is_null());
    assert!(status["user_error"].is_string(), "{status}");
}

#[test]
fn a_token_file_readable_by_others_is_made_private() {
    let home = Home::new();
    home.login(ALICE.1);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(home.hosts_file(), std::fs::Permissions::from_mode(0o644))
            .unwrap();
        let out = Home::output(home.cmd(), &["user"], None);
        assert_ok(&out);
        assert!(text(&out.stderr).contains("changed it to 600"));
        assert_eq!(mode(&home.hosts_file()), 0o600);
    }
}

#[test]
fn login_and_status_work_on_v2_too() {
    let home = Home::new();
    let v2_token = home.sandbox.v2_token().to_owned();
    let mut cmd = home.cmd();
    cmd.env("DOLTHUB_API_VERSION", "v2");
    let out = Home::output(
        cmd,
        &["auth", "login", "--with-token", "--json"],
        Some(&v2_token),
    );
    assert_no_token(&out, &v2_token);
    let login = json(&out);
    assert_eq!(login["user"], "sandbox");
    assert_eq!(login["host"], home.host_key());

    let mut cmd = home.cmd();
    cmd.env("DOLTHUB_API_VERSION", "v2");
    let out = Home::output(cmd, &["auth", "status", "--json"], None);
    assert_no_token(&out, &v2_token);
    let status = json(&out);
    assert_eq!(status["api_version"], "v2");
    assert_eq!(status["user"], "sandbox");
    assert_eq!(status["token"], "dh_************");
}

#[test]
fn concurrent_logins_for_different_hosts_all_stick() {
    // Each process reads hosts.json, adds its host and writes the file back; without the
    // lock around that, the last writer drops the others' tokens.
    const N: usize = 12;
    let home = Home::new();
    std::thread::scope(|s| {
        for i in 0..N {
            let home = &home;
            s.spawn(move || {
                let host = format!("https://host-{i}.example");
                let out = Home::output(
                    home.bare(),
                    &[
                        "auth",
                        "login",
                        "--with-token",
                        "--no-verify",
                        "--host",
                        &host,
                    ],
                    Some(&format!("dhat.host{i}.000000000000\n")),
                );
                assert_ok(&out);
            });
        }
    });
    let stored: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(home.hosts_file()).unwrap()).unwrap();
    for i in 0..N {
        assert_eq!(
            stored[format!("host-{i}.example")]["token"],
            format!("dhat.host{i}.000000000000"),
            "{stored}"
        );
    }
    assert_eq!(stored.as_object().unwrap().len(), N, "{stored}");
    // The lock is gone and no temporary file is left beside the credentials.
    let names: Vec<String> = std::fs::read_dir(home.config_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["hosts.json"]);
}
