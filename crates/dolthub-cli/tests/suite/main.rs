//! End-to-end tests of the `dolthub` command against the in-process sandbox:
//! the commands users type (`cli`) and the raw `api` passthrough (`api`).
//! One binary keeps link time and disk use low.

mod api;
mod cli;
mod versions;
