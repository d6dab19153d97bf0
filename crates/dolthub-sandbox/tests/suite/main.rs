//! Integration tests of the sandbox, as one test binary (one link instead of
//! ten; shared helpers live in `common`).

mod common;

mod bad_input;
mod binary;
mod concurrency;
mod faults;
mod persistence;
mod secrets_workflow;
mod spec_fidelity;
mod upload_limit;
mod workflow;
mod wrapper_e2e;
