//! Paged lists as streams.
//!
//! Pull requests, releases, user operations and jobs come a page at a time
//! with a `next_page_token`. [`Pages`] walks them lazily: it fetches a page
//! only when the previous one has been consumed (so one page is in memory),
//! stops when the token is absent or empty, and ends with
//! [`Error::PaginationLoop`] instead of looping when the server repeats a token.

use std::collections::{HashSet, VecDeque};
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use futures::future::BoxFuture;
use futures::stream::{self, BoxStream, Fuse, FusedStream, Stream, StreamExt};

use crate::error::{Error, Result};

/// One page of a list.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Page<T> {
    /// The items of this page.
    pub items: Vec<T>,
    /// Token for the next page; `None` on the last page.
    pub next_page_token: Option<String>,
}

impl<T> Page<T> {
    pub(crate) fn new(items: Vec<T>, next_page_token: Option<String>) -> Self {
        Self {
            items,
            next_page_token: next_page_token.filter(|t| !t.is_empty()),
        }
    }
}

/// A stream of every item of a paged list, fetched page by page.
///
/// ```no_run
/// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
/// use futures::TryStreamExt;
/// let mut pulls = client.database("dolthub", "museum-collections").pulls().list().stream();
/// while let Some(pull) = pulls.try_next().await? {
///     println!("#{} {}", pull.id, pull.title);
/// }
/// # Ok(()) }
/// ```
pub struct Pages<T> {
    // Fused: polling again after the end keeps answering `None` (an unfused
    // `unfold` panics), so callers may loop on their own end condition.
    inner: Fuse<BoxStream<'static, Result<T>>>,
}

impl<T> std::fmt::Debug for Pages<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pages").finish_non_exhaustive()
    }
}

impl<T> Stream for Pages<T> {
    type Item = Result<T>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        Pin::new(&mut self.inner).poll_next(cx)
    }
}

impl<T> FusedStream for Pages<T> {
    fn is_terminated(&self) -> bool {
        self.inner.is_terminated()
    }
}

/// The page fetcher of one list endpoint: `request(token)` builds the call
/// (filters included) and this adds the version's page parameter, sends it,
/// and reads the items under `items_key` (v1alpha1) or `data` (v2).
///
/// Every paged list (pulls, releases, jobs, user operations) goes through
/// here, so paging rules live in one place and in the version [`Dialect`](crate::version::Dialect).
pub(crate) fn list_fetcher<T, R>(
    client: &crate::Client,
    items_key: &'static str,
    request: R,
) -> FetchPage<T>
where
    T: serde::de::DeserializeOwned + Send + 'static,
    R: Fn(Option<&str>) -> Result<crate::transport::request::RequestSpec> + Send + Sync + 'static,
{
    let client = client.clone();
    let request = Arc::new(request);
    Arc::new(move |token: Option<String>| {
        let client = client.clone();
        let request = Arc::clone(&request);
        Box::pin(async move {
            let spec = request(token.as_deref())?;
            let param = spec.dialect.page_token_param();
            let spec = spec.query_opt(param, token);
            client.transport().page(spec, items_key).await
        })
    })
}

/// Fetches the page for a token (`None` = first page).
pub(crate) type FetchPage<T> =
    Arc<dyn Fn(Option<String>) -> BoxFuture<'static, Result<Page<T>>> + Send + Sync>;

enum Next {
    Fetch(Option<String>),
    Loop,
    End,
}

struct State<T> {
    operation: &'static str,
    fetch: FetchPage<T>,
    buffer: VecDeque<T>,
    seen: TokenGuard,
    next: Next,
}

/// The tokens a walk has been handed, to stop a server that repeats one.
#[derive(Default)]
pub(crate) struct TokenGuard {
    seen: HashSet<String>,
}

impl TokenGuard {
    /// Whether `token` is new (and now seen).
    fn first_time(&mut self, token: &str) -> bool {
        self.seen.insert(token.to_owned())
    }

    /// `token` if it is new, else [`Error::PaginationLoop`].
    pub(crate) fn check(&mut self, operation: &str, token: String) -> Result<String> {
        if self.first_time(&token) {
            Ok(token)
        } else {
            Err(Error::PaginationLoop {
                operation: operation.to_owned(),
            })
        }
    }
}

impl<T: Send + 'static> Pages<T> {
    /// Walk the list starting at `start` (a token from an earlier page, or `None`).
    pub(crate) fn new(operation: &'static str, start: Option<String>, fetch: FetchPage<T>) -> Self {
        let start = start.filter(|t| !t.is_empty());
        let state = State {
            operation,
            fetch,
            buffer: VecDeque::new(),
            seen: TokenGuard {
                seen: start.iter().cloned().collect(),
            },
            next: Next::Fetch(start),
        };
        let inner = stream::unfold(state, |mut state| async move {
            loop {
                if let Some(item) = state.buffer.pop_front() {
                    return Some((Ok(item), state));
                }
                match std::mem::replace(&mut state.next, Next::End) {
                    Next::End => return None,
                    Next::Loop => {
                        let err = Error::PaginationLoop {
                            operation: state.operation.to_owned(),
                        };
                        return Some((Err(err), state));
                    }
                    Next::Fetch(token) => match (state.fetch)(token).await {
                        Err(err) => return Some((Err(err), state)),
                        Ok(page) => {
                            state.next = match page.next_page_token {
                                None => Next::End,
                                Some(t) if !state.seen.first_time(&t) => Next::Loop,
                                Some(t) => Next::Fetch(Some(t)),
                            };
                            state.buffer = page.items.into();
                        }
                    },
                }
            }
        });
        let inner: BoxStream<'static, Result<T>> = Box::pin(inner);
        Pages {
            inner: inner.fuse(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures::StreamExt;
    use std::sync::Mutex;

    type Log = Arc<Mutex<Vec<Option<String>>>>;

    fn fake(pages: Vec<(Vec<u32>, Option<&'static str>)>) -> (FetchPage<u32>, Log) {
        let asked = Arc::new(Mutex::new(Vec::new()));
        let log = Arc::clone(&asked);
        let pages = Arc::new(pages);
        let fetch: FetchPage<u32> = Arc::new(move |token: Option<String>| {
            let n = {
                let mut log = log.lock().unwrap();
                log.push(token);
                log.len() - 1
            };
            let (items, next) = pages[n.min(pages.len() - 1)].clone();
            Box::pin(async move { Ok(Page::new(items, next.map(str::to_owned))) })
        });
        (fetch, asked)
    }

    #[tokio::test]
    async fn polling_after_the_end_keeps_returning_none() {
        let (fetch, asked) = fake(vec![(vec![1], None)]);
        let mut pages = Pages::new("list", None, fetch);
        assert_eq!(pages.next().await.map(|r| r.unwrap()), Some(1));
        assert!(pages.next().await.is_none());
        assert!(pages.is_terminated());
        assert!(pages.next().await.is_none(), "no panic, no new request");
        assert_eq!(asked.lock().unwrap().len(), 1);
    }

    #[tokio::test]
    async fn walks_pages_until_the_token_runs_out() {
        let (fetch, asked) = fake(vec![
            (vec![1, 2], Some("a=")),
            (vec![3], Some("b")),
            (vec![4], Some("")),
        ]);
        let items: Vec<u32> = Pages::new("list", None, fetch)
            .map(|r| r.unwrap())
            .collect()
            .await;
        assert_eq!(items, vec![1, 2, 3, 4]);
        assert_eq!(
            *asked.lock().unwrap(),
            vec![None, Some("a=".into()), Some("b".into())]
        );
    }

    #[tokio::test]
    async fn repeated_token_is_an_error_not_a_loop() {
        let (fetch, _) = fake(vec![(vec![1], Some("a")), (vec![2], Some("a"))]);
        let results: Vec<Result<u32>> = Pages::new("list_pulls", None, fetch).collect().await;
        assert_eq!(results.len(), 3);
        assert!(matches!(results[2], Err(Error::PaginationLoop { .. })));
    }

    #[tokio::test]
    async fn fetch_is_lazy() {
        let (fetch, asked) = fake(vec![(vec![1], Some("a")), (vec![2], None)]);
        let mut pages = Pages::new("list", None, fetch);
        assert_eq!(pages.next().await.unwrap().unwrap(), 1);
        assert_eq!(asked.lock().unwrap().len(), 1);
    }
}
