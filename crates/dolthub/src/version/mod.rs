//! What differs between API versions.
pub(crate) mod v1alpha1;
