//! Build-time drift guard: the banner of each generated file records the
//! sha256 of the spec it was generated from. When a spec beside the crate has
//! changed since, the build fails and says how to fix it. A published crate
//! has no spec beside it, so the check is skipped there.
//!
//! `xtask/tests/drift.rs` checks that this list names every generated file.

use sha2::{Digest, Sha256};
use std::path::Path;

/// `(spec, generated file)` per API version.
const PAIRS: &[(&str, &str)] = &[
    (
        "../../openapi/dolthub-v1alpha1.yaml",
        "src/v1alpha1/generated.rs",
    ),
    ("../../openapi/dolthub-v2.yaml", "src/v2/generated.rs"),
];
const MARKER: &str = "// spec-sha256: ";

fn main() {
    for (spec, generated) in PAIRS {
        check(spec, generated);
    }
}

fn check(spec_path: &str, generated_path: &str) {
    println!("cargo::rerun-if-changed={spec_path}");
    println!("cargo::rerun-if-changed={generated_path}");
    let Ok(spec) = std::fs::read(Path::new(spec_path)) else {
        return;
    };
    let expected = spec_sha256(&spec);
    let generated = std::fs::read_to_string(generated_path).unwrap_or_default();
    let recorded = generated
        .lines()
        .take(20)
        .find_map(|line| line.strip_prefix(MARKER))
        .map(str::trim);
    if recorded != Some(expected.as_str()) {
        let spec_name = spec_path.trim_start_matches("../../");
        println!(
            "cargo::error={generated_path} is out of date with {spec_name} \
             (spec sha256 {expected}, banner {}); run `cargo xtask regen` and commit the result",
            recorded.unwrap_or("missing")
        );
    }
}

/// Same normalisation as the xtask: line endings do not change the hash.
fn spec_sha256(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes).replace("\r\n", "\n");
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}
