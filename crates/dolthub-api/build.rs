//! Build-time drift guard: the banner of `src/generated.rs` records the sha256
//! of the spec it was generated from. When the spec beside the crate has
//! changed since, the build fails and says how to fix it. A published crate
//! has no spec beside it, so the check is skipped there.

use sha2::{Digest, Sha256};
use std::path::Path;

const SPEC: &str = "../../openapi/dolthub-v1alpha1.yaml";
const GENERATED: &str = "src/generated.rs";
const MARKER: &str = "// spec-sha256: ";

fn main() {
    println!("cargo::rerun-if-changed={SPEC}");
    println!("cargo::rerun-if-changed={GENERATED}");
    let Ok(spec) = std::fs::read(Path::new(SPEC)) else {
        return;
    };
    let expected = spec_sha256(&spec);
    let generated = std::fs::read_to_string(GENERATED).unwrap_or_default();
    let recorded = generated
        .lines()
        .take(20)
        .find_map(|line| line.strip_prefix(MARKER))
        .map(str::trim);
    if recorded != Some(expected.as_str()) {
        println!(
            "cargo::error=src/generated.rs is out of date with openapi/dolthub-v1alpha1.yaml \
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
