//! An ergonomic, typed and quirk-tolerant client for DoltHub's HTTP APIs,
//! v1alpha1 (also DoltLab's) and v2, behind one set of handles.
//!
//! DoltHub's APIs have quirks a client must absorb: keys with trailing
//! colons, ids that are sometimes numbers, three different poll shapes for
//! asynchronous jobs, SQL errors inside HTTP 200 answers, plain-text gateway
//! errors, a 1,000-row cap on reads, a no-change SQL write reported as an
//! HTTP 400 (v1alpha1); problem documents whose request ids and media types
//! differ from the spec, lists without `meta`, untyped operation results
//! (v2). This crate handles them and offers one typed surface over every
//! endpoint of `openapi/dolthub-v1alpha1.yaml` and `openapi/dolthub-v2.yaml`.
//! A program written against the handles runs unchanged on either version.
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
//! # API versions
//! [`ApiVersion::V1alpha1`] (`/api/v1alpha1`, `authorization: token ...`) or
//! [`ApiVersion::V2`] (`/api/v2`, `Authorization: Bearer ...`), chosen with
//! [`ClientBuilder::api_version`], by `DOLTHUB_API_VERSION=v1alpha1|v2`, or
//! from the token on DoltHub's hosts (`dh_...` means v2, `dhat....`
//! v1alpha1); DoltLab and other hosts default to v1alpha1. An explicit choice
//! always wins.
//!
//! ```no_run
//! use dolthub::{ApiVersion, Client};
//! # async fn run() -> dolthub::Result<()> {
//! let v2 = Client::builder().token("dh_...").api_version(ApiVersion::V2).build()?;
//! let db = v2.database("dolthub", "museum-collections");
//! println!("{} stars", db.get().await?.star_count);              // v2 only
//! let first = db.sql().read("main", "SELECT * FROM lacma").limit(10).await?; // v2 only: limit
//! # Ok(()) }
//! ```
//!
//! What a version cannot do fails with [`Error::Unsupported`] before anything
//! is sent; where the crate emulates a missing feature, the method's docs say so.
//!
//! ## Moving from v1alpha1 to v2
//! | You call | v1alpha1 | v2 |
//! |---|---|---|
//! | `Client::builder().token(..)` | `dhat.` token, `token` header | `dh_` or OAuth token, `Bearer` header |
//! | `db.get()` | `Unsupported` | database details (stars, size, parent) |
//! | `db.branches().list()`, `.tags().list()` | one answer | every page, followed for you |
//! | `db.tags().create(..)` | always annotated | lightweight unless `.message(..)` |
//! | `.branches().create(name, "v1.0")` (a plain ref) | the server resolves branch or tag | tried as a branch; on 404 a tag of that name is looked up and its commit sent |
//! | `db.pulls().list().state(..)` | server filter | filtered by the client, page by page |
//! | `.review_status(..)`, `.query(..)` | server filter | `Unsupported` |
//! | `db.pull(id).reopen()`, `.comments()` | `Unsupported` | supported |
//! | `db.sql().read(ref, q)` | GET | GET, POST for queries over 2 KiB; `.limit(..)`, `.server_timeout(..)` |
//! | `db.sql().read_default_branch(q)` | anonymous only | `Unsupported` (v2 needs a ref) |
//! | `db.sql().merge(a).to(b)` (empty write) | supported | `Unsupported`: merge a pull request |
//! | `db.import(path)` | multipart, 100 MiB | presigned 5 MiB parts, 1 GiB; `.commit_message`, `.pull_request_branch`, `.column_map` |
//! | `client.operations(user)` | per-user list | `Unsupported`: use `db.jobs().list()` |
//! | `db.jobs().list()` | jobs | `list_operations` (Dolt CI jobs included) |
//! | `Operation::wait()` | three poll shapes | one poller; `href` followed on the same origin only |
//! | `Error::code()`, `Error::request_id()` | `None` / header id | problem `code`, header or body id |
//! | `db.csv(..)`, webhooks | v1alpha1 paths | unchanged (neither API versions them) |
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
//! `authorization: token <TOKEN>` (v1alpha1) or `Authorization: Bearer
//! <TOKEN>` (v2) to the configured origin (the default HTTP client follows
//! redirects only within it; with an injected client reqwest strips the
//! header on cross-origin redirects), and never appears in `Debug` output,
//! error messages or tracing fields. v2 import parts go to the storage host
//! through a separate client that carries no credentials and follows no
//! redirects; signed part URLs never appear in errors.
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
/// The HTTP method of a [`Client::request`] (reqwest's, re-exported so callers need not depend on it).
pub use reqwest::Method;
pub use resources::TokenStatus;
pub use retry::RetryPolicy;
pub use revision::Revision;
