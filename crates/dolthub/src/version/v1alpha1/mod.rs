//! API v1alpha1.
pub(crate) mod error_map;
