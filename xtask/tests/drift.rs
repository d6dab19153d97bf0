//! `cargo test` catches a spec edit that was not regenerated, and a spec that
//! stopped passing lint, without a separate CI step. Every version is covered.

use xtask::paths::VERSIONS;

#[test]
fn generated_code_matches_the_spec() {
    if let Err(message) = xtask::regen::run(xtask::regen::Mode::Check) {
        panic!("{message}");
    }
}

#[test]
fn generation_is_deterministic() {
    let root = xtask::paths::root();
    for version in VERSIONS {
        let text = xtask::spec::read_text(&root.join(version.spec)).unwrap();
        let first = xtask::generate::generate(&text, version).unwrap();
        let second = xtask::generate::generate(&text, version).unwrap();
        assert!(
            first == second,
            "two generations from {} differ",
            version.spec
        );
    }
}

#[test]
fn an_unregenerated_spec_edit_is_reported_with_a_diff() {
    let root = xtask::paths::root();
    for version in VERSIONS {
        let text = xtask::spec::read_text(&root.join(version.spec)).unwrap();
        let edited = text.replacen("summary:", "summary: Edited", 1);
        let fresh = xtask::generate::generate(&edited, version).unwrap();
        let committed = std::fs::read_to_string(root.join(version.generated)).unwrap();
        assert_ne!(
            fresh, committed,
            "a spec edit must change {} (at least its hash)",
            version.generated
        );
        let diff = xtask::regen::unified_diff(&committed, &fresh);
        assert!(
            diff.contains("spec-sha256"),
            "the banner hash moves with the spec:\n{diff}"
        );
    }
}

#[test]
fn every_generated_file_is_known_to_regen() {
    // A generated file no version writes would never be checked for drift.
    let root = xtask::paths::root();
    let mut found = Vec::new();
    collect_generated(&root.join("crates/dolthub-api/src"), &root, &mut found);
    found.sort();
    let mut known: Vec<String> = VERSIONS.iter().map(|v| v.generated.to_string()).collect();
    known.sort();
    assert_eq!(found, known);
}

fn collect_generated(dir: &std::path::Path, root: &std::path::Path, out: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_generated(&path, root, out);
        } else if path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with("generated") && n.ends_with(".rs"))
        {
            let relative = path.strip_prefix(root).unwrap();
            out.push(relative.to_string_lossy().replace('\\', "/"));
        }
    }
}

#[test]
fn the_build_guard_checks_every_generated_file() {
    let root = xtask::paths::root();
    let build = std::fs::read_to_string(root.join("crates/dolthub-api/build.rs")).unwrap();
    for version in VERSIONS {
        let generated = version
            .generated
            .strip_prefix("crates/dolthub-api/")
            .unwrap();
        assert!(
            build.contains(&format!("\"../../{}\"", version.spec)) && build.contains(generated),
            "crates/dolthub-api/build.rs does not guard {} -> {}",
            version.spec,
            version.generated
        );
    }
}
