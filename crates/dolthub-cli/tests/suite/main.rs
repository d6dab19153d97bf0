//! End-to-end tests of the `dolthub` command against the in-process sandbox:
//! the commands users type (`cli`), the raw `api` passthrough (`api`), and
//! stored credentials and settings (`auth`, `config`, with the `home` harness).
//! One binary keeps link time and disk use low.

mod api;
mod auth;
mod cli;
mod config;
mod fields;
mod home;
mod reopen_release;
mod versions;
