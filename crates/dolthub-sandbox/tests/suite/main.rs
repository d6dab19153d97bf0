//! Integration tests of the sandbox over raw HTTP (reqwest on 127.0.0.1). One binary
//! keeps link time low.

mod v2_common;

mod v2_auth;
mod v2_cross_version;
mod v2_imports;
mod v2_problems;
mod v2_workflow;
mod v2_wrapper;
