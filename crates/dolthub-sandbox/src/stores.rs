//! Running engine sessions against the shared state. A change runs on a writable copy
//! of a database's store and saves it back; a read runs on a copy checked out at its
//! ref. Changes hold the database's writer lock, so two changes never start from the
//! same bytes and lose one another's work; reads need no lock (they see the last saved
//! store).
//!
//! Opening a copy costs the size of the store (its bytes are written to a file and
//! opened), so sessions stay open between requests in [`Sessions`]: one writer per
//! database and one reader per database and ref. A cached session is used only while
//! the store it was opened from is still the database's current one (the same `Arc`),
//! so every write invalidates it, and a read at a commit still sees exactly that commit.

use crate::api::Shared;
use crate::engine::Session;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// Whether a session changed the store and must be saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Save {
    Yes,
    No,
}

/// Readers kept open at most (each is a file copy of a store and a connection).
const MAX_READERS: usize = 16;
/// Writers kept open at most (one per database that changed lately).
const MAX_WRITERS: usize = 16;

/// A session opened from one version of a store.
#[derive(Debug)]
struct Cached {
    version: Arc<Vec<u8>>,
    session: Session,
}

/// A reader: a session checked out at its ref, with the store's commit hashes (doltlite
/// form to Dolt form) that query results are rewritten with.
#[derive(Debug)]
struct Reader {
    cached: Cached,
    hashes: HashMap<String, String>,
}

type ReaderSlot = Arc<Mutex<Option<Reader>>>;

/// Open sessions, by database key (writers) and by database key and ref (readers).
#[derive(Debug, Default)]
pub(crate) struct Sessions {
    writers: Mutex<HashMap<String, Cached>>,
    readers: Mutex<HashMap<(String, String), (u64, ReaderSlot)>>,
    /// Bumped on every reader lookup; the least recently used reader is evicted first.
    tick: std::sync::atomic::AtomicU64,
    /// How many times a store was opened (tests count reloads with it).
    opens: std::sync::atomic::AtomicU64,
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl Sessions {
    fn open(&self, bytes: &[u8]) -> Result<Session, String> {
        self.opens
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        Session::open(bytes)
    }

    /// How many times a store has been opened.
    #[cfg(test)]
    pub(crate) fn opens(&self) -> u64 {
        self.opens.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Keeps the writer of `key` open; past [`MAX_WRITERS`] another database's writer
    /// is closed (its next change reopens the store).
    fn keep_writer(&self, key: String, cached: Cached) {
        let mut writers = lock(&self.writers);
        if writers.len() >= MAX_WRITERS
            && !writers.contains_key(&key)
            && let Some(other) = writers.keys().next().cloned()
        {
            writers.remove(&other);
        }
        writers.insert(key, cached);
    }

    /// The slot of the reader of `key` at `at`, created empty when missing; evicts the
    /// least recently used reader past [`MAX_READERS`].
    fn reader_slot(&self, key: &str, at: &str) -> ReaderSlot {
        let tick = self.tick.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let mut readers = lock(&self.readers);
        let id = (key.to_string(), at.to_string());
        if let Some((used, slot)) = readers.get_mut(&id) {
            *used = tick;
            return slot.clone();
        }
        if readers.len() >= MAX_READERS
            && let Some(oldest) = readers
                .iter()
                .min_by_key(|(_, (used, _))| *used)
                .map(|(k, _)| k.clone())
        {
            readers.remove(&oldest);
        }
        let slot = ReaderSlot::default();
        readers.insert(id, (tick, slot.clone()));
        slot
    }
}

/// Runs `f` on a writable copy of `owner/db`'s store as `user` and, when it asks for it,
/// saves the store. Takes the database's writer lock.
pub(crate) async fn change<T: Send + 'static>(
    shared: &Shared,
    owner: &str,
    db: &str,
    user: &str,
    f: impl FnOnce(&Session) -> Result<(T, Save), String> + Send + 'static,
) -> Result<T, String> {
    let lock = shared.db_lock(owner, db);
    let _guard = lock.lock().await;
    change_locked(shared, owner, db, user, f).await
}

/// [`change`] for callers that already hold the database's writer lock.
pub(crate) async fn change_locked<T: Send + 'static>(
    shared: &Shared,
    owner: &str,
    db: &str,
    user: &str,
    f: impl FnOnce(&Session) -> Result<(T, Save), String> + Send + 'static,
) -> Result<T, String> {
    let key = crate::state::db_key(owner, db);
    let bytes = shared
        .lock()
        .store(owner, db)
        .ok_or_else(|| format!("no such repository: {owner}/{db}"))?;
    let cached = lock(&shared.sessions.writers)
        .remove(&key)
        .filter(|c| Arc::ptr_eq(&c.version, &bytes));
    let user = user.to_string();
    let sessions = shared.sessions.clone();
    let (value, saved) = tokio::task::spawn_blocking(move || {
        let mut s = match cached {
            Some(c) => c.session,
            None => sessions.open(&bytes)?,
        };
        s.set_user(&user)?;
        let (value, save) = f(&s)?;
        // a session that saved nothing may still differ from the store (a failed
        // statement, a checkout), so only a saved one is kept
        let saved = match save {
            Save::Yes => Some((s.refs()?, s.save()?, s)),
            Save::No => None,
        };
        Ok::<_, String>((value, saved))
    })
    .await
    .map_err(|e| format!("engine task failed: {e}"))??;
    if let Some((refs, bytes, session)) = saved {
        let version = shared.lock().put_store(owner, db, bytes, refs);
        shared
            .sessions
            .keep_writer(key, Cached { version, session });
        shared.dirty();
    }
    Ok(value)
}

/// Runs `f` on `owner/db`'s store checked out at `at` (a branch, tag or commit hash),
/// with the store's commit hashes (doltlite form to Dolt form). The session is kept for
/// the next read at `at` until the store changes; `f` must not change it (reads and
/// exports only).
pub(crate) async fn read<T: Send + 'static>(
    shared: &Shared,
    owner: &str,
    db: &str,
    at: &str,
    f: impl FnOnce(&Session, &HashMap<String, String>) -> Result<T, String> + Send + 'static,
) -> Result<T, String> {
    let bytes = shared
        .lock()
        .store(owner, db)
        .ok_or_else(|| format!("no such repository: {owner}/{db}"))?;
    let slot = shared
        .sessions
        .reader_slot(&crate::state::db_key(owner, db), at);
    let at = at.to_string();
    let sessions = shared.sessions.clone();
    tokio::task::spawn_blocking(move || {
        // reads at the same ref take turns on one connection; each is short
        let mut reader = lock(&slot);
        let r = match reader.take() {
            Some(r) if Arc::ptr_eq(&r.cached.version, &bytes) => reader.insert(r),
            // none yet, or opened from a store that has changed since
            _ => {
                let session = sessions.open(&bytes)?;
                session.checkout_ref(&at)?;
                let hashes = session.hash_map()?;
                reader.insert(Reader {
                    cached: Cached {
                        version: bytes,
                        session,
                    },
                    hashes,
                })
            }
        };
        f(&r.cached.session, &r.hashes)
    })
    .await
    .map_err(|e| format!("engine task failed: {e}"))?
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count(s: &Session) -> Result<i64, String> {
        s.conn()
            .query_row("SELECT count(*) FROM t", [], |r| r.get(0))
            .map_err(|e| e.to_string())
    }

    async fn insert(shared: &Shared, id: i64) -> String {
        change(shared, "o", "d", "u", move |s| {
            s.checkout("main")?;
            s.conn()
                .execute(&format!("INSERT INTO t VALUES ({id})"), [])
                .map_err(|e| e.to_string())?;
            Ok((s.commit_all("row", "u")?, Save::Yes))
        })
        .await
        .unwrap()
    }

    #[tokio::test]
    async fn reads_reuse_an_open_store_until_a_write_and_pinned_reads_keep_their_commit() {
        let sb = crate::Sandbox::builder().start().await.unwrap();
        let shared = sb.shared.clone();
        {
            let mut st = shared.lock();
            st.d.databases.insert(
                crate::state::db_key("o", "d"),
                crate::state::Database::new("o", "d", crate::state::Visibility::Public),
            );
            crate::api::first_commit(&mut st, "o", "d", "main", "u").unwrap();
        }
        change(&shared, "o", "d", "u", |s| {
            s.conn()
                .execute_batch("CREATE TABLE t (id INT PRIMARY KEY)")
                .map_err(|e| e.to_string())?;
            Ok(((), Save::Yes))
        })
        .await
        .unwrap();
        let c1 = insert(&shared, 1).await;
        let opens = || shared.sessions.opens();
        let before = opens();
        let main_count = || read(&shared, "o", "d", "main", |s, _| count(s));
        assert_eq!(main_count().await.unwrap(), 1);
        assert_eq!(main_count().await.unwrap(), 1);
        assert_eq!(main_count().await.unwrap(), 1);
        assert_eq!(opens(), before + 1, "three reads, one open");
        let at_c1 = || read(&shared, "o", "d", &c1, |s, _| count(s));
        assert_eq!(at_c1().await.unwrap(), 1);
        assert_eq!(at_c1().await.unwrap(), 1);
        assert_eq!(opens(), before + 2, "a pinned commit has its own reader");
        // the writer stays open from the first insert: a write opens nothing
        insert(&shared, 2).await;
        assert_eq!(opens(), before + 2);
        // ...and invalidates the readers: the branch sees the row, the commit does not
        assert_eq!(main_count().await.unwrap(), 2);
        assert_eq!(at_c1().await.unwrap(), 1);
        assert_eq!(opens(), before + 4);
        assert_eq!(main_count().await.unwrap(), 2);
        assert_eq!(opens(), before + 4);
        // a failed change drops its session: the next change starts from the store
        let failed = change(&shared, "o", "d", "u", |s| {
            s.conn()
                .execute("INSERT INTO t VALUES (1)", [])
                .map_err(|e| e.to_string())?;
            Ok(((), Save::Yes))
        })
        .await;
        assert!(failed.is_err());
        insert(&shared, 3).await;
        assert_eq!(opens(), before + 5);
        assert_eq!(main_count().await.unwrap(), 3);
        // unknown refs are errors, not panics, and leave nothing behind
        let e = read(&shared, "o", "d", "nope", |s, _| count(s)).await;
        assert!(e.unwrap_err().contains("branch not found"));
        assert_eq!(main_count().await.unwrap(), 3);
    }

    #[tokio::test]
    async fn readers_are_bounded() {
        let sessions = Sessions::default();
        for i in 0..(MAX_READERS + 5) {
            sessions.reader_slot("o/d", &format!("ref{i}"));
        }
        assert_eq!(lock(&sessions.readers).len(), MAX_READERS);
        // the most recently used ones stay
        assert!(
            lock(&sessions.readers)
                .contains_key(&("o/d".to_string(), format!("ref{}", MAX_READERS + 4)))
        );
        assert!(!lock(&sessions.readers).contains_key(&("o/d".to_string(), "ref0".to_string())));
    }
}
