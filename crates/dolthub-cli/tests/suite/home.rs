//! A sandbox plus a private config directory: the harness of the `auth`,
//! `config` and `reopen_release` tests. The binary never sees the real home
//! directory (`HOME`, `XDG_CONFIG_HOME` and `DOLTHUB_CONFIG_DIR` all point
//! into a tempdir).

use std::path::{Path, PathBuf};
use std::process::Output;
use std::time::Duration;

use assert_cmd::Command;
use serde_json::Value;

/// Config directory for the other test modules: nothing writes there, so
/// their commands see no stored settings (and never the real home).
pub const UNUSED_CONFIG_DIR: &str = concat!(env!("CARGO_TARGET_TMPDIR"), "/dolthub-no-config");

/// The binary with none of the configuration variables set, reading its
/// settings from `config_dir` (never the real `~/.config/dolthub`).
pub fn bare_command(config_dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("dolthub").unwrap();
    for var in [
        "DOLTHUB_API_TOKEN",
        "DOLTHUB_API_URL",
        "DOLTHUB_DB",
        "DOLTHUB_API_VERSION",
        "NO_COLOR",
        "RUST_LOG",
    ] {
        cmd.env_remove(var);
    }
    cmd.env("DOLTHUB_CONFIG_DIR", config_dir);
    cmd.timeout(Duration::from_secs(60));
    cmd
}

/// Alice's token on the sandbox.
pub const ALICE: (&str, &str) = ("alice", "dhat.alice.0000000000000001");

pub struct Home {
    pub sandbox: dolthub_sandbox::Sandbox,
    pub dir: tempfile::TempDir,
    _rt: tokio::runtime::Runtime,
}

impl Home {
    pub fn new() -> Home {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .unwrap();
        let sandbox = rt
            .block_on(
                dolthub_sandbox::Sandbox::builder()
                    .job_delay(Duration::from_millis(20))
                    .user(ALICE.0, ALICE.1)
                    .start(),
            )
            .unwrap();
        Home {
            sandbox,
            dir: tempfile::tempdir().unwrap(),
            _rt: rt,
        }
    }

    /// The config directory the binary uses.
    pub fn config_dir(&self) -> PathBuf {
        self.dir.path().join("config")
    }

    pub fn hosts_file(&self) -> PathBuf {
        self.config_dir().join("hosts.json")
    }

    /// `127.0.0.1:PORT`: the key tokens for the sandbox are stored under.
    pub fn host_key(&self) -> String {
        self.sandbox
            .url()
            .trim_start_matches("http://")
            .trim_end_matches('/')
            .to_owned()
    }

    /// The binary with no configuration variables and the private config
    /// directory; no `--api-url` or `--token`.
    pub fn bare(&self) -> Command {
        let mut cmd = bare_command(&self.config_dir());
        cmd.env("HOME", self.dir.path())
            .env("XDG_CONFIG_HOME", self.dir.path().join("xdg"));
        cmd
    }

    /// `bare()` with `--api-url` of the sandbox.
    pub fn cmd(&self) -> Command {
        let mut cmd = self.bare();
        cmd.args(["--api-url", self.sandbox.url()]);
        cmd
    }

    /// Run `cmd` with `args` (and `stdin`), return the output.
    pub fn output(mut cmd: Command, args: &[&str], stdin: Option<&str>) -> Output {
        cmd.args(args);
        if let Some(input) = stdin {
            cmd.write_stdin(input.to_owned());
        }
        cmd.output().unwrap()
    }

    /// `echo TOKEN | dolthub --api-url URL auth login --with-token`, expected to succeed.
    pub fn login(&self, token: &str) -> Output {
        let out = Home::output(
            self.cmd(),
            &["auth", "login", "--with-token"],
            Some(&format!("  {token}\n")),
        );
        assert_ok(&out);
        out
    }
}

/// Exit code 0, or a failure message with both streams.
pub fn assert_ok(out: &Output) {
    assert!(
        out.status.success(),
        "exit {:?}\nstdout: {}\nstderr: {}",
        out.status.code(),
        text(&out.stdout),
        text(&out.stderr)
    );
}

/// Exit code `code`; returns stderr.
pub fn assert_code(out: &Output, code: i32) -> String {
    assert_eq!(
        out.status.code(),
        Some(code),
        "stdout: {}\nstderr: {}",
        text(&out.stdout),
        text(&out.stderr)
    );
    text(&out.stderr)
}

pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Stdout as JSON.
pub fn json(out: &Output) -> Value {
    assert_ok(out);
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", text(&out.stdout)))
}

/// Neither stream holds `token`.
pub fn assert_no_token(out: &Output, token: &str) {
    for (name, stream) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
        assert!(
            !text(stream).contains(token),
            "the token leaked on {name}: {}",
            text(stream)
        );
    }
}

/// The unix mode bits of `path`.
#[cfg(unix)]
pub fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[cfg(not(unix))]
pub fn mode(_path: &Path) -> u32 {
    0o600
}
