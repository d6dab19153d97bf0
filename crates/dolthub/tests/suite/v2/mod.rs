//! API v2 through the `dolthub` crate, against local mock servers (httpmock
//! on 127.0.0.1) and a small in-test storage server: one wire test per v2
//! operation, the live quirks, imports and secrets.

mod common;

mod imports;
mod lists;
mod quirks;
mod revisions;
mod scenario;
mod secrets;
mod unsupported;
mod wire;
