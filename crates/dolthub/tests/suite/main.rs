//! Integration tests of the `dolthub` crate against local mock servers
//! (httpmock on 127.0.0.1). One binary keeps link time low.

mod common;

mod csv;
mod errors;
mod hardening_decode;
mod hardening_faults;
mod hardening_input;
mod pagination;
mod quirks;
mod redirect;
mod retry;
mod robustness;
mod secrets;
mod spec_examples;
mod sql;
mod sql_paging;
mod timeouts;
mod upload;
mod v2;
mod validation;
mod waits;
mod webhooks;
mod wire;
