//! `cargo test` catches a spec edit that was not regenerated, and a spec that
//! stopped passing lint, without a separate CI step.

#[test]
fn generated_code_matches_the_spec() {
    if let Err(message) = xtask::regen::run(xtask::regen::Mode::Check) {
        panic!("{message}");
    }
}

#[test]
fn generation_is_deterministic() {
    let root = xtask::paths::root();
    let text = xtask::spec::read_text(&root.join(xtask::paths::SPEC)).unwrap();
    let first = xtask::generate::generate(&text).unwrap();
    let second = xtask::generate::generate(&text).unwrap();
    assert!(first == second, "two generations from one spec differ");
}

#[test]
fn an_unregenerated_spec_edit_is_reported_with_a_diff() {
    let root = xtask::paths::root();
    let text = xtask::spec::read_text(&root.join(xtask::paths::SPEC)).unwrap();
    let edited = text.replacen("summary:", "summary: Edited", 1);
    let fresh = xtask::generate::generate(&edited).unwrap();
    let committed = std::fs::read_to_string(root.join(xtask::paths::GENERATED)).unwrap();
    assert_ne!(
        fresh, committed,
        "a spec edit must change the generated file (at least its hash)"
    );
    let diff = xtask::regen::unified_diff(&committed, &fresh);
    assert!(
        diff.contains("spec-sha256"),
        "the banner hash moves with the spec:\n{diff}"
    );
}
