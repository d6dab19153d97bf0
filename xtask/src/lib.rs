//! Project automation behind `cargo xtask`. Library so the checks run as
//! `#[test]`s too (`cargo test` catches drift without a separate step).

pub mod bench;
pub mod contract;
pub mod coverage;
pub mod descriptors;
pub mod docs;
pub mod features;
pub mod fixups;
pub mod generate;
pub mod lint;
pub mod literals;
pub mod paths;
pub mod proc;
pub mod regen;
pub mod spec;
pub mod spec_check;
pub mod tools;
