//! DoltHub API v2 behind the crate's version-neutral handles.
//!
//! The handles in [`crate::resources`] check the client's
//! [`ApiVersion`](crate::ApiVersion) and, on v2, build their requests from
//! the generated descriptors in `dolthub_api::v2::ops`, decode the `{data, meta}` [`envelope`] into the shared
//! [`models`](crate::models) through [`wire`], wait for operations through
//! [`operation`] and upload files through [`upload`]. Errors are RFC 9457
//! problems, decoded by [`problem`].

pub(crate) mod call;
pub(crate) mod envelope;
pub(crate) mod handles;
pub(crate) mod operation;
pub(crate) mod paging;
pub(crate) mod parts;
pub(crate) mod problem;
pub(crate) mod sql;
pub(crate) mod upload;
pub(crate) mod wire;
pub(crate) mod wire_upload;
