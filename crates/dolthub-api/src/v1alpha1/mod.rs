//! DoltHub API v1alpha1, generated from `openapi/dolthub-v1alpha1.yaml`.
//!
//! - `types`: every schema of the spec, with builders.
//! - [`Client`] and `prelude`: the progenitor client (one method per
//!   operation, except the multipart `upload_file`, which the `dolthub` crate
//!   sends by hand).
//! - [`ops`]: one [`OperationDescriptor`](crate::OperationDescriptor) per
//!   operationId, and `ops::ALL` in document order.

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
