//! A local stand-in for DoltHub's HTTP API v1alpha1.
//!
//! The sandbox is an HTTP server on loopback that keeps real state (databases,
//! branches, tags, releases, pull requests with comments, forks, jobs and user
//! operations), runs SQL and Dolt version control on an embedded doltlite store per database, runs
//! forks, merges, imports and SQL writes as background jobs, and answers every
//! operation of the v1alpha1 spec with the generated `dolthub-api` types. Faults (429,
//! 502 text bodies, slow answers, the no-change write 400, legacy response variants) can
//! be switched on at runtime so clients can test retries and error mapping for real.
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), dolthub_sandbox::Error> {
//! let sandbox = dolthub_sandbox::Sandbox::start().await?;
//! println!("DoltHub sandbox at {} (token {})", sandbox.url(), sandbox.token());
//! // point a client at sandbox.url() with `authorization: token <sandbox.token()>`
//! # Ok(()) }
//! ```
//!
//! Configure it with [`Sandbox::builder`]:
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), dolthub_sandbox::Error> {
//! use std::time::Duration;
//! let sandbox = dolthub_sandbox::Sandbox::builder()
//!     .job_delay(Duration::from_millis(20))
//!     .page_size(2)
//!     .user("alice", "dhat.alice.0001")
//!     .organization("dolthub", ["alice"])
//!     .start()
//!     .await?;
//! assert_eq!(sandbox.username(), "sandbox");
//! # Ok(()) }
//! ```
//!
//! # Behaviour in brief
//! * Auth: `authorization: token <t>`. No header means anonymous; a malformed or unknown
//!   token gets HTTP 400 `invalid authorization header` even on public reads; a token on
//!   `GET /api/v1alpha1/{owner}/{database}` gets 400 `Calls authenticated with a token
//!   must include a refName`. Writes, polls, jobs and operations need a token (HTTP 400
//!   `Not authenticated` without one), `/user` too (HTTP 400 `no authentication`, what
//!   DoltHub is observed to send there instead of its documented 401); writing needs to be
//!   the owner or a member of the owning organization (HTTP 400 `permission denied: ...`).
//! * Errors: `{status: "Error", message, ...echoed request fields}` with the messages of
//!   the API reference (a reason is appended after the documented text), or the SQL
//!   envelope `{query_execution_status: "Error", query_execution_message, ...}` on SQL
//!   routes. Like DoltHub, every refusal is HTTP 400: invalid input, missing token or
//!   rights, an unknown database (`no such repository`; also private databases the caller
//!   cannot see), pull request or operation, `already exists`, a wrong method (with
//!   `Allow`) and `no such route` for paths outside the spec; only the CSV export answers
//!   404 for a missing ref or table.
//! * SQL reads return at most `row_limit` (default 1,000) rows, then `RowLimit`; SQL
//!   failures of reads are HTTP 200 with `query_execution_status: Error`.
//! * New databases have no commit and no branch until their first write or import.
//! * Branches, tags, commits, merges, diffs and history live in one doltlite store per
//!   database; commit hashes are shown in Dolt's 32-character form.
//!
//! See the crate README for what the sandbox simplifies compared with DoltHub.

mod api;
mod config;
mod engine;
mod faults;
mod import;
mod jobs;
mod mysql;
mod persist;
mod sql;
mod state;
mod stores;
mod util;
mod xlsx;

pub use config::SandboxBuilder;
pub use faults::Faults;

use std::net::SocketAddr;
use std::sync::Arc;

/// Username of the default sandbox user.
pub const DEFAULT_USERNAME: &str = "sandbox";
/// Token of the default sandbox user.
pub const DEFAULT_TOKEN: &str = "dhat.sandbox.0000000000000000";
/// API v2 personal access token of the default sandbox user (send it as
/// `Authorization: Bearer <token>`).
pub const DEFAULT_V2_TOKEN: &str = "dh_sandbox_00000000000000000000";
/// Default lifetime of a presigned import part URL (API v2): 10 minutes.
pub const DEFAULT_UPLOAD_URL_TTL: std::time::Duration = std::time::Duration::from_secs(600);
/// Default maximum size of an API v2 presigned import: 1 GiB.
pub const DEFAULT_MAX_IMPORT_BYTES: u64 = 1024 * 1024 * 1024;
/// Default maximum size of an uploaded file: 100 MiB.
pub const DEFAULT_MAX_UPLOAD_BYTES: u64 = 100 * 1024 * 1024;
/// Default cap on SQL read rows.
pub const DEFAULT_ROW_LIMIT: usize = 1000;

/// Errors starting or stopping a sandbox.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Binding the listener or another I/O failure.
    #[error("sandbox I/O error: {0}")]
    Io(#[from] std::io::Error),
    /// The configuration is unusable (for example a non-loopback address).
    #[error("invalid sandbox configuration: {0}")]
    Config(String),
    /// The data directory holds state that cannot be loaded.
    #[error("cannot load sandbox state: {0}")]
    Persistence(String),
}

/// A running sandbox. Shuts down when dropped (state in a data directory is saved first).
#[derive(Debug)]
pub struct Sandbox {
    addr: SocketAddr,
    url: String,
    token: String,
    v2_token: String,
    username: String,
    faults: Faults,
    pub(crate) shared: Arc<api::Shared>,
    shutdown: Option<tokio::sync::watch::Sender<bool>>,
    server: Option<tokio::task::JoinHandle<()>>,
}

impl Sandbox {
    /// Starts a sandbox with the default configuration on `127.0.0.1` and a free port.
    pub async fn start() -> Result<Sandbox, Error> {
        Self::builder().start().await
    }

    /// A builder for a configured sandbox.
    pub fn builder() -> SandboxBuilder {
        SandboxBuilder::default()
    }

    /// Base URL, e.g. `http://127.0.0.1:40123` (no trailing slash). API paths go below
    /// `/api/v1alpha1`, CSV exports below `/csv`.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The socket address the server listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The default user's token (send it as `authorization: token <token>`).
    pub fn token(&self) -> &str {
        &self.token
    }

    /// The default user's API v2 personal access token (send it as
    /// `Authorization: Bearer <token>`; default [`DEFAULT_V2_TOKEN`]).
    pub fn v2_token(&self) -> &str {
        &self.v2_token
    }

    /// The default user's name.
    pub fn username(&self) -> &str {
        &self.username
    }

    /// The fault switches of this sandbox.
    pub fn faults(&self) -> &Faults {
        &self.faults
    }

    /// A digest of all durable state. Two equal fingerprints mean that nothing changed in
    /// between (no database, ref, pull request, commit or operation was added or altered).
    pub fn fingerprint(&self) -> String {
        self.shared.lock().fingerprint()
    }

    /// Writes the state to the data directory now (no-op without one) and waits for it.
    pub async fn flush(&self) {
        let shared = self.shared.clone();
        let _ = tokio::task::spawn_blocking(move || {
            if let Some(p) = &shared.persister {
                p.flush();
            }
        })
        .await;
    }

    /// Stops the server, saves the state and waits until the server task has ended.
    pub async fn shutdown(mut self) {
        self.stop_signal();
        if let Some(task) = self.server.take() {
            let _ = task.await;
        }
        let shared = self.shared.clone();
        let _ = tokio::task::spawn_blocking(move || {
            if let Some(p) = &shared.persister {
                p.stop();
            }
        })
        .await;
    }

    fn stop_signal(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(true);
        }
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        self.stop_signal();
        if let Some(task) = self.server.take() {
            task.abort();
        }
        if let Some(p) = &self.shared.persister {
            p.stop();
        }
    }
}
