//! `cargo test` fails when a spec operation has no `wire_<operationId>` test
//! in the `dolthub` crate (same check as `cargo xtask coverage`).

#[test]
fn every_operation_has_a_wire_test() {
    if let Err(message) = xtask::coverage::run() {
        panic!("{message}");
    }
}
