//! v2 lists: `page_token` in, `meta.next_page_token` out.

use std::sync::Arc;

use dolthub_api::OperationDescriptor;
use serde::de::DeserializeOwned;

use crate::error::Result;
use crate::pagination::{FetchPage, Page, TokenGuard};
use crate::resources::Db;
use crate::v2::call;
use crate::version::v2::PAGE_TOKEN_PARAM;

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
        Box::pin(async move { fetch_page(&db, operation, token, |item| convert(item, &db)).await })
    })
}

/// Every item of a list, all pages, for handles whose v1alpha1 form returns
/// one complete list (branches, tags, forks).
///
/// A plain loop rather than [`Pages`](crate::pagination::Pages) collected: the stream boxes each page's
/// request future (one allocation of the whole transport state machine, about
/// 6,700 instructions under callgrind for a 25-branch page) and moves every
/// item through its buffer, which cost about 17,000 instructions per call
/// against this loop. The rules are the stream's: pages are fetched in
/// order, an empty or absent token ends the list, and a token handed out
/// twice ends it with [`Error::PaginationLoop`](crate::Error::PaginationLoop)
/// instead of looping.
pub(crate) async fn collect<W, M>(
    db: &Db,
    operation: &'static OperationDescriptor,
    mut convert: impl FnMut(W) -> M,
) -> Result<Vec<M>>
where
    W: DeserializeOwned,
{
    let mut items: Vec<M> = Vec::new();
    let mut guard = TokenGuard::default();
    let mut token: Option<String> = None;
    loop {
        let page = fetch_page(db, operation, token.take(), &mut convert).await?;
        // The first (usually only) page's vector becomes the answer as it is.
        if items.is_empty() {
            items = page.items;
        } else {
            items.extend(page.items);
        }
        match page.next_page_token {
            None => return Ok(items),
            Some(next) => token = Some(guard.check(operation.id, next)?),
        }
    }
}

/// One page of a list, from `token` (the first page without one).
async fn fetch_page<W: DeserializeOwned, M>(
    db: &Db,
    operation: &'static OperationDescriptor,
    token: Option<String>,
    convert: impl FnMut(W) -> M,
) -> Result<Page<M>> {
    let spec = call::db_spec(operation, db)?.query_opt(PAGE_TOKEN_PARAM, token);
    Ok(call::envelope::<Vec<W>>(&db.client, spec)
        .await?
        .into_page(convert))
}
