//! Integration tests of the sandbox, as one test binary (one link instead of
//! one per file; shared helpers live in `common` and `v2_common`).

mod common;
mod v2_common;

mod bad_input;
mod big_tables;
mod binary;
mod concurrency;
mod faults;
mod persistence;
mod production;
mod spec_fidelity;
mod upload_limit;
mod version_control;
mod workflow;
mod wrapper_e2e;

mod v2_auth;
mod v2_cross_version;
mod v2_imports;
mod v2_problems;
mod v2_workflow;
mod v2_wrapper;
