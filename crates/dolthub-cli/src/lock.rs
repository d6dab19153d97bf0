//! A lock around the read-modify-write of a settings file, so two `dolthub`
//! processes changing `hosts.json` (or `config.json`) at once both keep their
//! change instead of the last writer silently dropping the other's.
//!
//! The lock is a `<file>.lock` beside the file, created with `create_new`
//! (atomic on every platform and file system we care about, unlike advisory
//! `flock` on network mounts) and removed when the guard drops. It is held
//! for milliseconds, so a lock file older than [`STALE_AFTER`] was left by a
//! process that died holding it and is taken over.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use crate::exit::{CliError, CliResult};

/// How long to keep trying before giving up on a held lock.
pub const WAIT_AT_MOST: Duration = Duration::from_secs(10);
/// A lock file this old belongs to a process that died while holding it.
pub const STALE_AFTER: Duration = Duration::from_secs(30);

/// Holds `<file>.lock` until dropped.
#[derive(Debug)]
pub struct FileLock {
    path: PathBuf,
}

impl FileLock {
    /// Take the lock for `file` (creating its directory, private, if needed),
    /// waiting up to [`WAIT_AT_MOST`] for another process to release it.
    pub fn acquire(file: &Path) -> CliResult<FileLock> {
        Self::acquire_within(file, WAIT_AT_MOST)
    }

    fn acquire_within(file: &Path, wait: Duration) -> CliResult<FileLock> {
        let path = lock_path(file);
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            crate::credentials::create_private_dir(dir)?;
        }
        let deadline = std::time::Instant::now() + wait;
        let mut pause = Duration::from_millis(2);
        loop {
            match std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&path)
            {
                Ok(mut f) => {
                    // Who holds it, for a person looking at a leftover lock file.
                    use std::io::Write;
                    let _ = writeln!(f, "{}", std::process::id());
                    return Ok(FileLock { path });
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                    if is_stale(&path) {
                        // Another waiter may remove it first; either way, try again.
                        let _ = std::fs::remove_file(&path);
                        continue;
                    }
                }
                Err(e) => {
                    return Err(CliError::other(format!(
                        "cannot create the lock file {}: {e}",
                        path.display()
                    )));
                }
            }
            if std::time::Instant::now() >= deadline {
                return Err(CliError::other(format!(
                    "another dolthub is changing {} (lock file {}); nothing was changed",
                    file.display(),
                    path.display()
                ))
                .with_hint(format!(
                    "try again; if no other dolthub is running, delete {}",
                    path.display()
                )));
            }
            std::thread::sleep(pause);
            pause = (pause * 2).min(Duration::from_millis(50));
        }
    }
}

impl Drop for FileLock {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

fn lock_path(file: &Path) -> PathBuf {
    let mut name = file
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_default();
    name.push(".lock");
    file.with_file_name(name)
}

fn is_stale(path: &Path) -> bool {
    std::fs::metadata(path)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| SystemTime::now().duration_since(t).ok())
        .is_some_and(|age| age > STALE_AFTER)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lock_is_exclusive_and_released_on_drop() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("hosts.json");
        let held = FileLock::acquire(&file).unwrap();
        assert_eq!(held.path, dir.path().join("hosts.json.lock"));
        let err = FileLock::acquire_within(&file, Duration::ZERO).unwrap_err();
        assert!(err.message.contains("another dolthub"), "{}", err.message);
        assert!(err.message.contains("hosts.json.lock"), "{}", err.message);
        drop(held);
        assert!(!dir.path().join("hosts.json.lock").exists());
        let again = FileLock::acquire_within(&file, Duration::ZERO).unwrap();
        drop(again);
    }

    #[test]
    fn a_stale_lock_is_taken_over() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("hosts.json");
        let lock = dir.path().join("hosts.json.lock");
        std::fs::write(&lock, "12345\n").unwrap();
        let old = SystemTime::now() - STALE_AFTER - Duration::from_secs(5);
        std::fs::File::options()
            .write(true)
            .open(&lock)
            .unwrap()
            .set_modified(old)
            .unwrap();
        let taken = FileLock::acquire_within(&file, Duration::ZERO).unwrap();
        let holder = std::fs::read_to_string(&lock).unwrap();
        assert_eq!(holder.trim(), std::process::id().to_string());
        drop(taken);
    }

    #[test]
    fn waiters_get_the_lock_in_turn() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("config.json");
        let counter = dir.path().join("count");
        std::fs::write(&counter, "0").unwrap();
        // Eight threads each do an unprotected read-increment-write under the lock:
        // without mutual exclusion some increments are lost.
        std::thread::scope(|s| {
            for _ in 0..8 {
                s.spawn(|| {
                    for _ in 0..10 {
                        let _lock = FileLock::acquire(&file).unwrap();
                        let n: u32 = std::fs::read_to_string(&counter).unwrap().parse().unwrap();
                        std::thread::yield_now();
                        std::fs::write(&counter, (n + 1).to_string()).unwrap();
                    }
                });
            }
        });
        assert_eq!(std::fs::read_to_string(&counter).unwrap(), "80");
    }
}
