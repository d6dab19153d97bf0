//! Where things live, relative to the workspace root.

use std::path::PathBuf;

/// The workspace root (the parent of the `xtask` crate).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives inside the workspace")
        .to_path_buf()
}

/// One hand-written spec and everything generated from or checked against it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Version {
    /// The module and feature name in `dolthub-api`, e.g. `v1alpha1`.
    pub name: &'static str,
    /// The `dolthub_api::ApiVersion` variant the descriptors carry.
    pub variant: &'static str,
    /// The spec, relative to the root.
    pub spec: &'static str,
    /// The generated file, relative to the root.
    pub generated: &'static str,
    /// Where the wire tests of this version live, relative to the root.
    pub wire_tests: &'static str,
    /// Wire tests are named `<prefix><operationId>`.
    pub wire_prefix: &'static str,
    /// Operations progenitor cannot generate (multipart bodies); the
    /// generation fails when the set it has to drop differs from this list.
    pub hand_written: &'static [&'static str],
}

/// The original API (also DoltLab's).
pub const V1ALPHA1: Version = Version {
    name: "v1alpha1",
    variant: "V1alpha1",
    spec: "openapi/dolthub-v1alpha1.yaml",
    generated: "crates/dolthub-api/src/v1alpha1/generated.rs",
    wire_tests: "crates/dolthub/tests",
    wire_prefix: "wire_",
    hand_written: &["upload_file"],
};

/// DoltHub's current API. Its wire tests are the `dolthub` wrapper's
/// (`crates/dolthub/tests/suite/v2/wire.rs`), one per operation through the handles.
pub const V2: Version = Version {
    name: "v2",
    variant: "V2",
    spec: "openapi/dolthub-v2.yaml",
    generated: "crates/dolthub-api/src/v2/generated.rs",
    wire_tests: V2_WIRE_TESTS,
    wire_prefix: "wire_v2_",
    hand_written: &[],
};

/// Where the `wire_v2_<operationId>` tests live, relative to the root.
pub const V2_WIRE_TESTS: &str = "crates/dolthub/tests";

/// Every spec, in the order `regen` processes them.
pub const VERSIONS: &[Version] = &[V1ALPHA1, V2];

/// The v1alpha1 spec, relative to the root (the tools that take one spec use it).
pub const SPEC: &str = V1ALPHA1.spec;

/// The v1alpha1 generated file, relative to the root.
pub const GENERATED: &str = V1ALPHA1.generated;
