//! Optional persistence to a data directory:
//! `state.json` (databases, pull requests, operations and the mirror of refs and commits)
//! and `stores/<hex of owner/name>.doltlite`, each database's doltlite file with its full
//! history (branches, tags, commits), which a `doltlite` shell can also open.
//!
//! Saving happens on a dedicated thread that coalesces change notifications, so request
//! handlers never wait for the disk; dropping the sandbox flushes and joins it.

use crate::Error;
use crate::state::{DURABLE_VERSION, Durable, State, db_key};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

const STATE_FILE: &str = "state.json";
const STORE_DIR: &str = "stores";

/// The file of a database's store.
fn store_file(dir: &Path, key: &str) -> PathBuf {
    dir.join(STORE_DIR)
        .join(format!("{}.doltlite", crate::util::hex(key.as_bytes())))
}

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
    if durable.version != DURABLE_VERSION {
        return Err(Error::Persistence(format!(
            "{}: saved by a sandbox with storage format {} (this one reads format {DURABLE_VERSION}: \
             one doltlite store per database); start with an empty data directory",
            path.display(),
            durable.version
        )));
    }
    let mut stores = HashMap::new();
    for (key, db) in &durable.databases {
        debug_assert_eq!(key, &db_key(&db.owner, &db.name));
        let file = store_file(dir, key);
        if db.branches.is_empty() && !file.exists() {
            // a database without a commit yet has no store
            continue;
        }
        let data = std::fs::read(&file)
            .map_err(|e| Error::Persistence(format!("{}: {e}", file.display())))?;
        stores.insert(key.clone(), Arc::new(data));
    }
    let mut state = State::from_durable(durable, stores);
    state.fail_unfinished();
    Ok(Some(state))
}

fn write_atomic(path: &Path, data: &[u8]) -> std::io::Result<()> {
    let tmp = path.with_extension("tmp");
    std::fs::write(&tmp, data)?;
    std::fs::rename(&tmp, path)
}

/// Writes the changed stores, then the state file (so a state file never names a store
/// that is not on disk yet).
pub(crate) fn save(dir: &Path, state: &Mutex<State>) -> std::io::Result<()> {
    let (json, stores) = {
        let mut s = state.lock().unwrap_or_else(|e| e.into_inner());
        let json = serde_json::to_vec(&s.d).map_err(std::io::Error::other)?;
        let keys = std::mem::take(&mut s.unsaved_stores);
        let stores: Vec<(String, Arc<Vec<u8>>)> = keys
            .into_iter()
            .filter_map(|k| s.stores.get(&k).cloned().map(|b| (k, b)))
            .collect();
        (json, stores)
    };
    std::fs::create_dir_all(dir.join(STORE_DIR))?;
    for (i, (key, bytes)) in stores.iter().enumerate() {
        if let Err(e) = write_atomic(&store_file(dir, key), bytes) {
            // put the unsaved ones back so the next save retries them
            let mut s = state.lock().unwrap_or_else(|e| e.into_inner());
            s.unsaved_stores
                .extend(stores[i..].iter().map(|(k, _)| k.clone()));
            return Err(e);
        }
    }
    write_atomic(&dir.join(STATE_FILE), &json)
}

impl Persister {
    /// Starts the persistence thread for `dir`.
    pub(crate) fn start(dir: PathBuf, state: Arc<Mutex<State>>) -> Result<Self, Error> {
        std::fs::create_dir_all(dir.join(STORE_DIR))?;
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
        let head = {
            let mut s = state.lock().unwrap();
            s.d.databases.insert(
                db_key("o", "d"),
                crate::state::Database::new("o", "d", crate::state::Visibility::Public),
            );
            let mut session = crate::engine::Session::create().unwrap();
            session
                .conn()
                .execute_batch("CREATE TABLE t (id INT); INSERT INTO t VALUES (1);")
                .unwrap();
            let head = session.commit_all("one row", "u").unwrap();
            let refs = session.refs().unwrap();
            s.put_store("o", "d", session.save().unwrap(), refs);
            head
        };
        let p = Persister::start(dir.path().to_path_buf(), state.clone()).unwrap();
        p.flush();
        p.stop();
        let loaded = load(dir.path()).unwrap().unwrap();
        assert_eq!(
            loaded.fingerprint(),
            state.lock().unwrap().fingerprint(),
            "reloaded state equals the saved one"
        );
        let session = crate::engine::Session::open(&loaded.store("o", "d").unwrap()).unwrap();
        assert_eq!(session.resolve("main"), Some(head));
        let n: i64 = session
            .conn()
            .query_row("SELECT count(*) FROM dolt_log", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 2, "history survives the restart");
        assert!(load(&dir.path().join("missing")).unwrap().is_none());
    }

    #[test]
    fn an_older_format_is_refused_with_a_clear_error() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join(STATE_FILE),
            r#"{"version":1,"salt":"s","seq":0,"databases":{},"commits":{},"ops":[]}"#,
        )
        .unwrap();
        let e = load(dir.path()).unwrap_err().to_string();
        assert!(e.contains("storage format 1"), "{e}");
    }
}
