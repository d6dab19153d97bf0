//! A local stand-in for DoltHub's HTTP API v1alpha1 (work in progress: engine layer).
#![allow(dead_code)]
mod import;
mod merge;
mod sql;
mod state;
mod util;
