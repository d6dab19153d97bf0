//! Sending one v2 request and unwrapping its envelope.

use dolthub_api::OperationDescriptor;
use serde::de::DeserializeOwned;

use crate::client::Client;
use crate::error::Result;
use crate::request::RequestSpec;
use crate::resources::Db;
use crate::v2::envelope::Envelope;

/// A request of `operation` (one of `dolthub_api::v2::ops`) with its path parameters.
pub(crate) fn spec(
    operation: &'static OperationDescriptor,
    params: &[(&str, &str)],
) -> Result<RequestSpec> {
    RequestSpec::for_operation(operation, params)
}

/// A request of a database-scoped v2 operation.
pub(crate) fn db_spec(operation: &'static OperationDescriptor, db: &Db) -> Result<RequestSpec> {
    spec(operation, &db.params())
}

/// Send and decode the whole envelope (lists need `meta`).
pub(crate) async fn envelope<T: DeserializeOwned>(
    client: &Client,
    spec: RequestSpec,
) -> Result<Envelope<T>> {
    // Lenient: v2 never reports failures inside a 2xx body the way
    // v1alpha1's `status: "Error"` does (SQL statuses are read by the caller).
    client.transport().json(spec, true).await
}

/// Send and return `data`.
pub(crate) async fn data<T: DeserializeOwned>(client: &Client, spec: RequestSpec) -> Result<T> {
    Ok(envelope::<T>(client, spec).await?.data)
}

impl Db {
    /// Whether this handle's client speaks v2.
    pub(crate) fn is_v2(&self) -> bool {
        self.client.api_version() == crate::ApiVersion::V2
    }
}
