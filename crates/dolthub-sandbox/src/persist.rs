//! Optional persistence to a data directory:
//! `state.json` (databases, refs, pull requests, commits, operations) and
//! `snapshots/<digest>.sqlite` (each snapshot is a plain SQLite database file).
//!
//! Saving happens on a dedicated thread that coalesces change notifications, so request
//! handlers never wait for the disk; dropping the sandbox flushes and joins it.

use crate::Error;
use crate::state::{Durable, State};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

const STATE_FILE: &str = "state.json";
const SNAPSHOT_DIR: &str = "snapshots";

enum Msg {
    Dirty,
    Flush(mpsc::Sender<()>),
    Stop,
}

/// Handle to the persistence thread.
#[derive(Debug)]
pub(crate) struct Persister {
    tx: Mutex<mpsc::Sender<Msg>>,
    thread: Mutex<Option<JoinHandle<()>>>,
}

/// Loads a saved state from `dir`, if there is one.
pub(crate) fn load(dir: &Path) -> Result<Option<State>, Error> {
    let path = dir.join(STATE_FILE);
    if !path.exists() {
        return Ok(None);
    }
    let bytes = std::fs::read(&path)?;
    let durable: Durable = serde_json::from_slice(&bytes)
        .map_err(|e| Error::Persistence(format!("{}: {e}", path.display())))?;
    let mut snapshots = HashMap::new();
    for c in durable.commits.values() {
        if snapshots.contains_key(&c.snapshot) {
            continue;
        }
        let file = dir
            .join(SNAPSHOT_DIR)
            .join(format!("{}.sqlite", c.snapshot));
        let data = std::fs::read(&file)
            .map_err(|e| Error::Persistence(format!("{}: {e}", file.display())))?;
        snapshots.insert(c.snapshot.clone(), Arc::new(data));
    }
    let mut state = State::from_durable(durable, snapshots);
    state.fail_unfinished();
    Ok(Some(state))
}

fn write_atomic(path: &Path, data: &[u8]) -> std::io::Result<()> {
    let tmp = path.with_extension("tmp");
    std::fs::write(&tmp, data)?;
    std::fs::rename(&tmp, path)
}

/// Writes new snapshots and the state file.
pub(crate) fn save(dir: &Path, state: &Mutex<State>) -> std::io::Result<()> {
    let (json, snaps) = {
        let mut s = state.lock().unwrap_or_else(|e| e.into_inner());
        let json = serde_json::to_vec(&s.d).map_err(std::io::Error::other)?;
        let ids: Vec<String> = std::mem::take(&mut s.unsaved_snapshots);
        let snaps: Vec<(String, Arc<Vec<u8>>)> = ids
            .into_iter()
            .filter_map(|id| s.snapshots.get(&id).cloned().map(|b| (id, b)))
            .collect();
        (json, snaps)
    };
    let snap_dir = dir.join(SNAPSHOT_DIR);
    std::fs::create_dir_all(&snap_dir)?;
    for (i, (id, bytes)) in snaps.iter().enumerate() {
        let file = snap_dir.join(format!("{id}.sqlite"));
        if !file.exists()
            && let Err(e) = write_atomic(&file, bytes)
        {
            // put the unsaved ones back so the next save retries them
            let mut s = state.lock().unwrap_or_else(|e| e.into_inner());
            s.unsaved_snapshots
                .extend(snaps[i..].iter().map(|(id, _)| id.clone()));
            return Err(e);
        }
    }
    write_atomic(&dir.join(STATE_FILE), &json)
}

impl Persister {
    /// Starts the persistence thread for `dir`.
    pub(crate) fn start(dir: PathBuf, state: Arc<Mutex<State>>) -> Result<Self, Error> {
        std::fs::create_dir_all(dir.join(SNAPSHOT_DIR))?;
        let (tx, rx) = mpsc::channel::<Msg>();
        let thread = std::thread::Builder::new()
            .name("dolthub-sandbox-persist".into())
            .spawn(move || {
                let mut stop = false;
                while !stop {
                    let Ok(first) = rx.recv() else { break };
                    let mut acks = Vec::new();
                    let mut handle = |m: Msg, stop: &mut bool| match m {
                        Msg::Dirty => {}
                        Msg::Flush(ack) => acks.push(ack),
                        Msg::Stop => *stop = true,
                    };
                    handle(first, &mut stop);
                    while let Ok(m) = rx.try_recv() {
                        handle(m, &mut stop);
                    }
                    if let Err(e) = save(&dir, &state) {
                        tracing::error!(error = %e, dir = %dir.display(), "saving sandbox state failed");
                    }
                    for a in acks {
                        let _ = a.send(());
                    }
                }
            })?;
        // save once at start so a fresh directory is usable at once
        let p = Persister {
            tx: Mutex::new(tx),
            thread: Mutex::new(Some(thread)),
        };
        p.dirty();
        Ok(p)
    }

    fn send(&self, m: Msg) {
        let _ = self.tx.lock().unwrap_or_else(|e| e.into_inner()).send(m);
    }

    /// Notes that the state changed.
    pub(crate) fn dirty(&self) {
        self.send(Msg::Dirty);
    }

    /// Saves now and waits until the save is done.
    pub(crate) fn flush(&self) {
        let (ack_tx, ack_rx) = mpsc::channel();
        self.send(Msg::Flush(ack_tx));
        let _ = ack_rx.recv();
    }

    /// Final save; joins the thread.
    pub(crate) fn stop(&self) {
        self.send(Msg::Stop);
        if let Some(t) = self.thread.lock().unwrap_or_else(|e| e.into_inner()).take() {
            let _ = t.join();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn save_and_load_roundtrip() {
        let dir = tempfile::tempdir().unwrap();
        let state = Arc::new(Mutex::new(State::default()));
        {
            let mut s = state.lock().unwrap();
            let conn = crate::sql::open(&[], false).unwrap();
            conn.execute_batch("CREATE TABLE t (id INT); INSERT INTO t VALUES (1);")
                .unwrap();
            let digest = crate::sql::digest(&conn).unwrap();
            let bytes = crate::sql::serialize(&conn).unwrap();
            let snap = s.add_snapshot(digest, bytes);
            s.new_commit(vec![], "init", "u", &snap);
        }
        let p = Persister::start(dir.path().to_path_buf(), state.clone()).unwrap();
        p.flush();
        p.stop();
        let loaded = load(dir.path()).unwrap().unwrap();
        assert_eq!(
            loaded.fingerprint(),
            state.lock().unwrap().fingerprint(),
            "reloaded state equals the saved one"
        );
        let snap = loaded.snapshots.values().next().unwrap().clone();
        let conn = crate::sql::open(&snap, true).unwrap();
        let r = crate::sql::read(&conn, "SELECT id FROM t", "db", 10, &[]).unwrap();
        assert_eq!(r.rows, vec![vec![Some("1".to_string())]]);
        assert!(load(&dir.path().join("missing")).unwrap().is_none());
    }
}
