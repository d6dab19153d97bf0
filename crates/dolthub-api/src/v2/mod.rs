//! DoltHub API v2, generated from `openapi/dolthub-v2.yaml`.
//!
//! - `types`: every schema of the spec, with builders: the named envelopes
//!   (`DatabaseEnvelope`, `BranchListEnvelope`, ...), `Problem`, `Operation`
//!   and the typed operation results (`ImportResult`, `MergeResult`,
//!   `SqlWriteResult`, `ForkResult`) to read `Operation::result` into.
//! - [`Client`] and `prelude`: the progenitor client, one method per
//!   operation; errors decode as `types::Problem`.
//! - [`ops`]: one [`OperationDescriptor`](crate::OperationDescriptor) per
//!   operationId, and `ops::ALL` in document order.

// prettyplease formats the generated file; rustfmt must not reformat it, or the
// drift check would fail after every `cargo fmt`. Every operation lists its
// specific error statuses beside the 4XX/5XX ranges (for readers and other
// generators); progenitor matches the ranges first, and since all of them
// decode the same `Problem`, the later arms are unreachable but harmless.
#[rustfmt::skip]
#[allow(
    unreachable_patterns,
    clippy::all,
    clippy::pedantic,
    missing_docs,
    rust_2018_idioms,
    unused_imports,
    dead_code
)]
mod generated;

pub use generated::*;
