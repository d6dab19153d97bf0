//! v2 lists: `page_token` in, `meta.next_page_token` out.

use std::sync::Arc;

use dolthub_api::OperationDescriptor;
use futures::TryStreamExt;
use serde::de::DeserializeOwned;

use crate::error::Result;
use crate::pagination::{FetchPage, Page, Pages};
use crate::resources::Db;
use crate::v2::call;

/// A page fetcher for database-scoped list `operation`, converting each wire item.
pub(crate) fn fetcher<W, M>(
    db: &Db,
    operation: &'static OperationDescriptor,
    convert: impl Fn(W, &Db) -> M + Send + Sync + 'static,
) -> FetchPage<M>
where
    W: DeserializeOwned + Send + 'static,
    M: Send + 'static,
{
    let db = db.clone();
    let convert = Arc::new(convert);
    Arc::new(move |token: Option<String>| {
        let db = db.clone();
        let convert = Arc::clone(&convert);
        Box::pin(async move {
            let spec = call::db_spec(operation, &db)?.query_opt("page_token", token);
            let envelope = call::envelope::<Vec<W>>(&db.client, spec).await?;
            Ok::<Page<M>, crate::Error>(envelope.into_page(|item| convert(item, &db)))
        })
    })
}

/// Every item of a list, all pages (for handles whose v1alpha1 form returns
/// one complete list). The repeated-token guard of [`Pages`] applies.
pub(crate) async fn all<M: Send + 'static>(
    operation: &'static OperationDescriptor,
    fetch: FetchPage<M>,
) -> Result<Vec<M>> {
    Pages::new(operation.id, None, fetch).try_collect().await
}
