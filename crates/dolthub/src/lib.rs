//! An ergonomic, typed and quirk-tolerant client for the DoltHub HTTP API v1alpha1.
//!
//! DoltHub's v1alpha1 API has quirks a client must absorb: keys with trailing
//! colons, ids that are sometimes numbers, three different poll shapes for
//! asynchronous jobs, SQL errors inside HTTP 200 answers, plain-text gateway
//! errors, a 1,000-row cap on reads, and a no-change SQL write reported as an
//! HTTP 400. This crate handles them and offers one typed surface over every
//! endpoint of the spec in `openapi/dolthub-v1alpha1.yaml`, built on the
//! generated `dolthub-api` crate.
//!
//! # Quickstart
//! ```no_run
//! use dolthub::{Client, Revision};
//! use dolthub::models::PullState;
//! use futures::TryStreamExt;
//!
//! #[derive(serde::Deserialize)]
//! struct Piece { id: u64, title: String, on_view: bool }
//!
//! # async fn run() -> dolthub::Result<()> {
//! let client = Client::from_env()?; // DOLTHUB_API_TOKEN, DOLTHUB_API_URL
//! let db = client.database("dolthub", "museum-collections");
//!
//! db.branches().create("lacma", Revision::branch("main")).await?;
//! let import = db.import("lacma.csv").table("lacma").primary_keys(["id"]).branch("lacma")
//!     .on_progress(|sent, total| eprintln!("{sent}/{total}"))
//!     .start().await?;
//! let pull_id = import.wait().await?.pull_id;
//!
//! let mut open = db.pulls().list().state(PullState::Open).stream();
//! while let Some(pull) = open.try_next().await? {
//!     println!("#{} {}", pull.id, pull.title);
//! }
//!
//! let pieces: Vec<Piece> = db.sql().read("main", "SELECT * FROM lacma").await?.rows()?;
//! db.pull(&pull_id).merge().await?.wait().await?;
//! # Ok(()) }
//! ```
//!
//! # Map
//! * [`Client`] — configuration ([`Client::builder`], [`Client::from_env`]) and
//!   account-level calls ([`Client::user`], [`Client::whoami`],
//!   [`Client::create_database`], [`Client::fork`], [`Client::operations`]).
//! * [`resources`] — handles and builders; start at [`Client::database`].
//! * [`models`] — tolerant response types.
//! * [`Operation`] — waiting for forks, merges, imports and SQL writes.
//! * [`Pages`] — paged lists as streams.
//! * [`sql`] — reads, row streams past the row cap, writes, lenient row
//!   decoding and SQL text helpers.
//! * [`webhooks`] — typed payloads of outbound webhooks.
//! * [`Error`] — one error type; [`RetryPolicy`] — what is retried.
//!
//! # Security
//! The token lives in a `secrecy::SecretString`, is sent only as
//! `authorization: token <TOKEN>` to the configured origin (the default HTTP
//! client follows redirects only within it; with an injected client reqwest
//! strips the header on cross-origin redirects), and never appears in `Debug`
//! output, error messages or tracing fields.
//!
//! # Observability
//! Every request attempt runs in a `dolthub.request` [`tracing`] span with the
//! spec operation id, method, path, attempt number and response status.
#![deny(missing_docs)]

mod api_version;
mod client;
pub mod error;
mod error_code;
pub mod models;
pub mod operation;
pub mod pagination;
mod raw;
#[macro_use]
pub mod resources;
pub mod retry;
mod revision;
pub mod sql;
mod transport;
mod v2;
mod version;
pub mod webhooks;

// `sql/` and `v2/` (other owners, other branches in flight) still name these
// by their crate-level paths from before the move.
use operation::{outcome, poll};
use transport::request;
use version::v1alpha1::error_map;

pub use api_version::{ApiVersion, VERSION_ENV};
pub use client::{Client, ClientBuilder, DEFAULT_BASE_URL, TOKEN_ENV, URL_ENV};
pub use error::{Error, ErrorCode, Result};
pub use operation::outcome::{ForkOutcome, ImportOutcome, MergeOutcome, WriteOutcome};
pub use operation::poll::PollStatus;
pub use operation::{Operation, OperationKind, Progress, WaitOptions};
pub use pagination::{Page, Pages};
pub use raw::{RawRequest, RawResponse};
pub use resources::TokenStatus;
pub use retry::RetryPolicy;
pub use revision::Revision;
