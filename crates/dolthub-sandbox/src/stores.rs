//! Running engine sessions against the shared state: a session opens a private copy of a
//! database's store on a blocking thread; a change saves the copy back and mirrors its
//! refs. Changes hold the database's writer lock, so two changes never start from the
//! same bytes and lose one another's work; reads need no lock (they see the last saved
//! store).

use crate::api::Shared;
use crate::engine::Session;

/// Whether a session changed the store and must be saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Save {
    Yes,
    No,
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
    change_with(shared, owner, db, user, Session::open, f).await
}

/// [`change_locked`] on a file-backed copy of the store (needed to fetch from a fork).
pub(crate) async fn change_locked_on_disk<T: Send + 'static>(
    shared: &Shared,
    owner: &str,
    db: &str,
    user: &str,
    f: impl FnOnce(&Session) -> Result<(T, Save), String> + Send + 'static,
) -> Result<T, String> {
    change_with(shared, owner, db, user, Session::open_on_disk, f).await
}

async fn change_with<T: Send + 'static>(
    shared: &Shared,
    owner: &str,
    db: &str,
    user: &str,
    open: fn(&[u8]) -> Result<Session, String>,
    f: impl FnOnce(&Session) -> Result<(T, Save), String> + Send + 'static,
) -> Result<T, String> {
    let bytes = shared
        .lock()
        .store(owner, db)
        .ok_or_else(|| format!("no such repository: {owner}/{db}"))?;
    let user = user.to_string();
    let (value, saved) = tokio::task::spawn_blocking(move || {
        let mut s = open(&bytes)?;
        s.set_user(&user)?;
        let (value, save) = f(&s)?;
        let saved = match save {
            Save::Yes => Some((s.refs()?, s.save()?)),
            Save::No => None,
        };
        Ok::<_, String>((value, saved))
    })
    .await
    .map_err(|e| format!("engine task failed: {e}"))??;
    if let Some((refs, bytes)) = saved {
        shared.lock().put_store(owner, db, bytes, refs);
        shared.dirty();
    }
    Ok(value)
}

/// Runs `f` on a throw-away copy of `owner/db`'s store (reads, exports).
pub(crate) async fn read<T: Send + 'static>(
    shared: &Shared,
    owner: &str,
    db: &str,
    f: impl FnOnce(&Session) -> Result<T, String> + Send + 'static,
) -> Result<T, String> {
    let bytes = shared
        .lock()
        .store(owner, db)
        .ok_or_else(|| format!("no such repository: {owner}/{db}"))?;
    tokio::task::spawn_blocking(move || f(&Session::open(&bytes)?))
        .await
        .map_err(|e| format!("engine task failed: {e}"))?
}
