//! Low-level client for the DoltHub HTTP API v1alpha1.
//!
//! Everything in [`generated`] is written by `cargo xtask regen` from
//! `openapi/dolthub-v1alpha1.yaml`; never edit it by hand. Most users want the
//! ergonomic `dolthub` crate instead, which adds retries, typed errors,
//! pagination streams, waits for asynchronous jobs and the multipart upload.

// prettyplease formats the generated file; rustfmt must not reformat it, or the
// drift check would fail after every `cargo fmt`.
#[rustfmt::skip]
#[allow(
    clippy::all,
    clippy::pedantic,
    missing_docs,
    rust_2018_idioms,
    unused_imports,
    dead_code
)]
mod generated;

pub use generated::*;
