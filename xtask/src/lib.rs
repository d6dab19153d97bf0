//! Project automation behind `cargo xtask`. Library so the checks run as
//! `#[test]`s too (`cargo test` catches drift without a separate step).

pub mod coverage;
pub mod fixups;
pub mod generate;
pub mod lint;
pub mod paths;
pub mod regen;
pub mod spec;
