//! Tokens stored per host in `hosts.json`, a file only its owner can read.
//!
//! No OS keychain: the keychain crates pull in D-Bus (and need a session bus,
//! which CI machines and containers lack). The file is written atomically
//! (a private temporary file renamed over the old one) and kept at mode 0600
//! on unix: a looser mode found on read is tightened, with a warning. Changes
//! go through [`HostsFile::load_for_update`], which holds `hosts.json.lock`
//! from the read to the write, so concurrent logins all keep their token.

use std::collections::BTreeMap;
use std::fmt;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::exit::{CliError, CliResult};

/// A token: never shown by `Debug` or `Display`.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    /// Wrap a token.
    pub fn new(token: impl Into<String>) -> Secret {
        Secret(token.into())
    }

    /// The token itself, for the one place that sends it.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// A form safe to print: the token's kind prefix (`dhat.`, `dh_`) and stars.
    pub fn masked(&self) -> String {
        let prefix = ["dhat.", "dh_"]
            .into_iter()
            .find(|p| self.0.starts_with(p) && self.0.len() > p.len() + 8)
            .unwrap_or("");
        format!("{prefix}{}", "*".repeat(12))
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret([redacted])")
    }
}

/// One host's entry.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct HostEntry {
    /// The token.
    pub token: Secret,
    /// The user the token belonged to at login (absent with `--no-verify`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
}

/// `hosts.json`: `{"<host[:port]>": {"token": "...", "user": "..."}}`.
#[derive(Debug, Default)]
pub struct HostsFile {
    path: PathBuf,
    hosts: BTreeMap<String, HostEntry>,
}

impl HostsFile {
    /// Read `hosts.json` from `dir` (empty when missing), tightening its mode.
    pub fn load(dir: &Path) -> CliResult<HostsFile> {
        let path = dir.join("hosts.json");
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Ok(HostsFile {
                    path,
                    hosts: BTreeMap::new(),
                });
            }
            Err(e) => {
                return Err(CliError::other(format!(
                    "cannot read {}: {e}",
                    path.display()
                )));
            }
        };
        ensure_private(&path)?;
        let hosts = if bytes.iter().all(u8::is_ascii_whitespace) {
            BTreeMap::new()
        } else {
            // Only the position: serde's message can quote a value, and values here are tokens.
            serde_json::from_slice(&bytes).map_err(|e| {
                CliError::other(format!(
                    "{} is not a valid credentials file (error at line {}, column {})",
                    path.display(),
                    e.line(),
                    e.column()
                ))
                .with_hint("delete it and run `dolthub auth login --with-token` again")
            })?
        };
        Ok(HostsFile { path, hosts })
    }

    /// Like [`HostsFile::load`], holding the file's lock for a read-modify-write:
    /// keep the returned lock until after [`HostsFile::save`], so a concurrent
    /// `dolthub auth login` cannot overwrite this change with its older copy.
    pub fn load_for_update(dir: &Path) -> CliResult<(HostsFile, crate::lock::FileLock)> {
        let lock = crate::lock::FileLock::acquire(&dir.join("hosts.json"))?;
        Ok((HostsFile::load(dir)?, lock))
    }

    /// Where the file lives.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The token stored for `host`.
    pub fn token(&self, host: &str) -> Option<Secret> {
        self.hosts
            .get(host)
            .map(|e| e.token.clone())
            .filter(|t| !t.expose().trim().is_empty())
    }

    /// Store a token for `host` (call [`HostsFile::save`] after).
    pub fn insert(&mut self, host: &str, entry: HostEntry) {
        self.hosts.insert(host.to_owned(), entry);
    }

    /// Forget `host`; whether it was there.
    pub fn remove(&mut self, host: &str) -> bool {
        self.hosts.remove(host).is_some()
    }

    /// Write the file atomically with mode 0600.
    pub fn save(&self) -> CliResult {
        let text = serde_json::to_string_pretty(&self.hosts)
            .map_err(|e| CliError::other(format!("cannot encode the credentials: {e}")))?;
        write_atomic(&self.path, format!("{text}\n").as_bytes())
    }
}

/// Write `bytes` to `path` through a private temporary file in the same
/// directory, renamed into place: readers see the old file or the new one,
/// never half of one, and the new file is 0600 from its first byte.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> CliResult {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    create_private_dir(dir)?;
    let fail = |what: &str, e: &dyn fmt::Display| {
        CliError::other(format!("cannot {what} {}: {e}", path.display()))
    };
    // tempfile creates the file with mode 0600 on unix.
    let mut tmp = tempfile::Builder::new()
        .prefix(".dolthub-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(|e| fail("write", &e))?;
    tmp.write_all(bytes).map_err(|e| fail("write", &e))?;
    tmp.as_file().sync_all().map_err(|e| fail("write", &e))?;
    tmp.persist(path).map_err(|e| fail("replace", &e.error))?;
    Ok(())
}

pub(crate) fn create_private_dir(dir: &Path) -> CliResult {
    if dir.is_dir() {
        return Ok(());
    }
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir).map_err(|e| {
        CliError::other(format!(
            "cannot create the config directory {}: {e}",
            dir.display()
        ))
    })
}

/// Tighten a credentials file others can read back to 0600 (and say so).
#[cfg(unix)]
fn ensure_private(path: &Path) -> CliResult {
    use std::os::unix::fs::PermissionsExt;
    let meta = std::fs::metadata(path)
        .map_err(|e| CliError::other(format!("cannot read {}: {e}", path.display())))?;
    let mode = meta.permissions().mode() & 0o777;
    if mode & 0o077 != 0 {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600)).map_err(|e| {
            CliError::other(format!(
                "{} is readable by others (mode {mode:o}) and could not be made private: {e}",
                path.display()
            ))
        })?;
        eprintln!(
            "warning: {} was readable by others (mode {mode:o}); changed it to 600",
            path.display()
        );
    }
    Ok(())
}

#[cfg(not(unix))]
fn ensure_private(_path: &Path) -> CliResult {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_do_not_print() {
        let s = Secret::new("dhat.alice.0000000000000001");
        assert_eq!(format!("{s:?}"), "Secret([redacted])");
        assert_eq!(s.masked(), "dhat.************");
        assert_eq!(Secret::new("dh_abcdefghijkl").masked(), "dh_************");
        assert_eq!(Secret::new("short").masked(), "************");
    }

    #[test]
    fn hosts_round_trip_and_are_private() {
        let dir = tempfile::tempdir().unwrap();
        let sub = dir.path().join("nested");
        let mut hosts = HostsFile::load(&sub).unwrap();
        assert!(hosts.token("h").is_none());
        hosts.insert(
            "h:1",
            HostEntry {
                token: Secret::new("dhat.x.123456789"),
                user: Some("x".into()),
            },
        );
        hosts.save().unwrap();
        let again = HostsFile::load(&sub).unwrap();
        assert_eq!(again.token("h:1").unwrap().expose(), "dhat.x.123456789");
        assert_eq!(again.hosts["h:1"].user.as_deref(), Some("x"));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode(&sub.join("hosts.json")), 0o600);
            assert_eq!(mode(&sub), 0o700);
            // No temporary file is left behind.
            assert_eq!(std::fs::read_dir(&sub).unwrap().count(), 1);
        }
    }

    #[cfg(unix)]
    #[test]
    fn a_readable_file_is_tightened_on_load() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("hosts.json");
        std::fs::write(&path, r#"{"h": {"token": "dhat.x.123456789"}}"#).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        let hosts = HostsFile::load(dir.path()).unwrap();
        assert!(hosts.token("h").is_some());
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }

    #[test]
    fn a_broken_file_error_does_not_quote_the_token() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("hosts.json"),
            r#"{"h": {"token": "dhat.secret.123456789"#,
        )
        .unwrap();
        let err = HostsFile::load(dir.path()).unwrap_err();
        assert!(err.message.contains("hosts.json"));
        assert!(!err.message.contains("dhat.secret"), "{}", err.message);
        // A wrong shape is where serde would quote the value.
        std::fs::write(
            dir.path().join("hosts.json"),
            r#"{"h": "dhat.secret.123456789"}"#,
        )
        .unwrap();
        let err = HostsFile::load(dir.path()).unwrap_err();
        assert!(!err.message.contains("dhat.secret"), "{}", err.message);
    }
}
