//! Where things live, relative to the workspace root.

use std::path::PathBuf;

/// The workspace root (the parent of the `xtask` crate).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives inside the workspace")
        .to_path_buf()
}

/// The hand-maintained spec, relative to the root.
pub const SPEC: &str = "openapi/dolthub-v1alpha1.yaml";

/// The generated client, relative to the root.
pub const GENERATED: &str = "crates/dolthub-api/src/generated.rs";
