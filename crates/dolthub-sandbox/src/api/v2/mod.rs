//! DoltHub HTTP API v2 beside v1alpha1, served from the same state.
//!
//! Reads come straight from the shared [`State`](crate::state::State); writes that touch
//! data (databases, refs, releases, pull requests, comments, merges, forks, SQL writes)
//! go through the v1alpha1 handlers (see [`delegate`]), so both versions share one
//! implementation of every change and one engine. What v2 does differently (statuses,
//! problem bodies, `{data, meta}` envelopes, paging, the operations poller, presigned
//! imports) lives here.

mod databases;
mod delegate;
mod imports;
mod model;
mod operations;
mod problem;
mod pulls;
mod route;
mod sql;
mod storage;

pub(crate) use storage::Uploads;

use super::Shared;
use crate::state::{Database, State};
use axum::Router;
use axum::body::Body;
use axum::extract::Request;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::any;
use problem::Problem;
use route::{Ep, NoRoute, Route};
use serde::de::DeserializeOwned;
use serde_json::{Map, Value, json};
use std::collections::HashMap;
use std::sync::{Arc, MutexGuard};

/// Largest JSON request body accepted by v2.
const JSON_BODY_LIMIT: usize = 16 * 1024 * 1024;
/// Longest caller-supplied `x-request-id` that is echoed (longer ones are replaced).
const MAX_REQUEST_ID: usize = 200;

/// The v2 routes and the presigned-upload storage endpoint, merged into the app.
pub(crate) fn routes() -> Router<Arc<Shared>> {
    Router::new()
        .route("/api/v2", any(dispatch))
        .route("/api/v2/", any(dispatch))
        .route("/api/v2/{*rest}", any(dispatch))
        .route(storage::PREFIX_ROUTE, any(storage::handle))
}

/// One v2 call: who is calling, the query, and what the answer needs.
pub(crate) struct Call {
    pub shared: Arc<Shared>,
    pub user: Option<String>,
    pub query: HashMap<String, String>,
    /// `http://host:port` as the caller addressed the sandbox (for `href`s and URLs).
    pub base_url: String,
}

impl Call {
    pub(crate) fn lock(&self) -> MutexGuard<'_, State> {
        self.shared.lock()
    }

    pub(crate) fn user(&self) -> Result<String, Problem> {
        self.user
            .clone()
            .ok_or_else(|| Problem::unauthenticated("this operation needs a token"))
    }

    /// A query parameter as sent (`None` when absent).
    pub(crate) fn param(&self, name: &str) -> Option<&str> {
        self.query.get(name).map(String::as_str)
    }

    pub(crate) fn can_read(&self, db: &Database) -> bool {
        db.visibility == crate::state::Visibility::Public || self.can_write(&db.owner)
    }

    pub(crate) fn can_write(&self, owner: &str) -> bool {
        self.user
            .as_deref()
            .is_some_and(|u| self.shared.cfg.can_write(owner, u))
    }

    /// The database if the caller may see it; 404 for missing and hidden ones alike.
    pub(crate) fn readable<'s>(
        &self,
        st: &'s State,
        owner: &str,
        db: &str,
    ) -> Result<&'s Database, Problem> {
        st.db(owner, db)
            .filter(|d| self.can_read(d))
            .ok_or_else(|| Problem::no_database(owner, db))
    }

    /// The database if the caller may change it (404 when hidden, 403 when only readable).
    pub(crate) fn writable<'s>(
        &self,
        st: &'s State,
        owner: &str,
        db: &str,
    ) -> Result<&'s Database, Problem> {
        let d = self.readable(st, owner, db)?;
        if self.can_write(owner) {
            Ok(d)
        } else {
            Err(Problem::forbidden(format!(
                "{} cannot change {owner}/{db}",
                self.user.as_deref().unwrap_or("an anonymous caller")
            )))
        }
    }

    /// The v1alpha1 view of this call, for the shared handlers.
    pub(crate) fn v1(&self, query: &[(&str, &str)]) -> super::Ctx {
        super::Ctx {
            shared: self.shared.clone(),
            user: self.user.clone(),
            query: query
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            legacy: false,
        }
    }
}

/// A successful answer: status, `data`, and optionally `meta`.
#[derive(Debug)]
pub(crate) struct Reply {
    pub status: StatusCode,
    pub data: Value,
    /// `Some` for lists: the next page token (`None` on the last page).
    pub page: Option<Option<String>>,
}

impl Reply {
    pub(crate) fn ok(data: Value) -> Self {
        Reply {
            status: StatusCode::OK,
            data,
            page: None,
        }
    }
    pub(crate) fn created(data: Value) -> Self {
        Reply {
            status: StatusCode::CREATED,
            data,
            page: None,
        }
    }
    pub(crate) fn accepted(data: Value) -> Self {
        Reply {
            status: StatusCode::ACCEPTED,
            data,
            page: None,
        }
    }
    /// A list page; `next` is the token of the following page.
    pub(crate) fn list(items: Vec<Value>, next: Option<String>) -> Self {
        Reply {
            status: StatusCode::OK,
            data: Value::Array(items),
            page: Some(next),
        }
    }
}

pub(crate) type V2Result = Result<Reply, Problem>;

/// Reads and decodes a JSON body into a request type (closed: unknown fields refused).
pub(crate) async fn body<T: DeserializeOwned>(body: Body) -> Result<T, Problem> {
    let bytes = axum::body::to_bytes(body, JSON_BODY_LIMIT)
        .await
        .map_err(|e| Problem::bad(format!("could not read the request body: {e}")))?;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Problem::bad("a JSON request body is required"));
    }
    let value: Value = serde_json::from_slice(&bytes)
        .map_err(|e| Problem::bad(format!("malformed JSON body: {e}")))?;
    serde_json::from_value(value).map_err(|e| Problem::bad(format!("invalid request body: {e}")))
}

/// Refuses an empty required string field.
pub(crate) fn non_empty(field: &str, value: &str) -> Result<(), Problem> {
    if value.trim().is_empty() {
        Err(Problem::bad(format!("{field} must not be empty")))
    } else {
        Ok(())
    }
}

// ---------------------------------------------------------------------------------------
// Paging: opaque tokens naming the last key served; items are ordered by a string key.
// ---------------------------------------------------------------------------------------

/// One page of `items` (sorted by key, ascending) after the key named by `token`.
pub(crate) fn page(
    st: &State,
    list: &str,
    token: Option<&str>,
    size: usize,
    mut items: Vec<(String, Value)>,
) -> Result<(Vec<Value>, Option<String>), Problem> {
    items.sort_by(|a, b| a.0.cmp(&b.0));
    let after = match token {
        None => None,
        Some(t) => Some(
            parse_token(st, list, t)
                .ok_or_else(|| Problem::bad("page_token is not a token this list handed out"))?,
        ),
    };
    let rest: Vec<(String, Value)> = items
        .into_iter()
        .filter(|(k, _)| after.as_deref().is_none_or(|a| k.as_str() > a))
        .collect();
    let more = rest.len() > size;
    let page: Vec<(String, Value)> = rest.into_iter().take(size).collect();
    let next = if more {
        page.last().map(|(k, _)| make_token(st, list, k))
    } else {
        None
    };
    Ok((page.into_iter().map(|(_, v)| v).collect(), next))
}

/// Sort key that puts higher sequence numbers first.
pub(crate) fn newest_first(seq: u64) -> String {
    format!("{:020}", u64::MAX - seq)
}

fn make_token(st: &State, list: &str, key: &str) -> String {
    crate::util::b64_encode(format!("v2:{}:{list}:{key}", st.d.salt).as_bytes())
}

fn parse_token(st: &State, list: &str, token: &str) -> Option<String> {
    let text = String::from_utf8(crate::util::b64_decode(token)?).ok()?;
    let prefix = format!("v2:{}:{list}:", st.d.salt);
    text.strip_prefix(&prefix).map(str::to_string)
}

// ---------------------------------------------------------------------------------------
// Dispatch
// ---------------------------------------------------------------------------------------

/// Outcome of checking the `Authorization` header on v2.
enum Auth {
    Anonymous,
    User(String),
    Invalid(&'static str),
}

fn authenticate(shared: &Shared, headers: &HeaderMap) -> Auth {
    let Some(value) = headers.get(header::AUTHORIZATION) else {
        return Auth::Anonymous;
    };
    let Ok(value) = value.to_str() else {
        return Auth::Invalid("the Authorization header is not valid text");
    };
    let (scheme, token) = value.trim().split_once(' ').unwrap_or((value.trim(), ""));
    let token = token.trim();
    if !scheme.eq_ignore_ascii_case("bearer") || token.is_empty() {
        return Auth::Invalid("expected `Authorization: Bearer <token>`");
    }
    match shared.cfg.user_for_v2_token(token) {
        Some(u) => Auth::User(u.to_string()),
        None => Auth::Invalid("the token is not valid"),
    }
}

/// The request id: the caller's `x-request-id` when it is sensible text, else a new
/// one (`req_<UUID>`, or a bare UUID in live mode).
fn request_id(headers: &HeaderMap, live: bool) -> String {
    let sent = headers
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .map(str::trim)
        .filter(|v| !v.is_empty() && v.len() <= MAX_REQUEST_ID);
    match sent {
        Some(v) => v.to_string(),
        None if live => crate::util::uuid(),
        None => format!("req_{}", crate::util::uuid()),
    }
}

/// `http://<host>` the caller used (falls back to the listening address's form).
fn base_url(headers: &HeaderMap) -> String {
    let host = headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .filter(|h| !h.is_empty() && !h.contains(['/', ' ']))
        .unwrap_or("127.0.0.1");
    format!("http://{host}")
}

async fn dispatch(
    axum::extract::State(shared): axum::extract::State<Arc<Shared>>,
    req: Request,
) -> Response {
    let live = shared.faults.v2_live_variants();
    let rid = request_id(req.headers(), live);
    let instance = req.uri().path().to_string();
    let method = req.method().clone();
    let mut response = if let Some(injected) = shared.faults.on_request() {
        match injected {
            crate::faults::Injected::RateLimited { retry_after_secs } => Problem::new(
                StatusCode::TOO_MANY_REQUESTS,
                "rate limit exceeded; retry later",
            )
            .with_header(header::RETRY_AFTER, retry_after_secs.to_string())
            .render(&rid, &instance, live),
            crate::faults::Injected::GatewayTimeout => {
                super::text(StatusCode::BAD_GATEWAY, "upstream request timeout")
            }
        }
    } else {
        let delay = shared.faults.response_delay();
        if !delay.is_zero() {
            tokio::time::sleep(delay).await;
        }
        match handle(shared, req).await {
            Ok(reply) => render(reply, live),
            Err(p) => p.render(&rid, &instance, live),
        }
    };
    if !live && let Ok(v) = HeaderValue::from_str(&rid) {
        response.headers_mut().insert("x-request-id", v);
    }
    tracing::info!(%method, path = %instance, status = response.status().as_u16(), "v2 request");
    response
}

fn render(reply: Reply, live: bool) -> Response {
    let mut env = Map::new();
    env.insert("data".into(), reply.data);
    match reply.page {
        Some(Some(next)) => {
            env.insert("meta".into(), json!({ "next_page_token": next }));
        }
        // the spec's last page carries an empty `meta`; DoltHub was seen sending none
        Some(None) if !live => {
            env.insert("meta".into(), json!({}));
        }
        _ => {}
    }
    (reply.status, axum::Json(Value::Object(env))).into_response()
}

async fn handle(shared: Arc<Shared>, req: Request) -> V2Result {
    let route: Route = match route::match_route(req.method(), req.uri().path()) {
        Ok(r) => r,
        Err(NoRoute::NotFound) => {
            return Err(Problem::not_found(format!(
                "no such API v2 route: {} {}",
                req.method(),
                req.uri().path()
            )));
        }
        Err(NoRoute::MethodNotAllowed(allow)) => {
            return Err(Problem::new(
                StatusCode::METHOD_NOT_ALLOWED,
                format!("{} is not allowed here (allowed: {allow})", req.method()),
            )
            .with_header(header::ALLOW, allow.to_string()));
        }
    };
    // Authentication comes first, as on DoltHub: a bad token fails even on public reads,
    // and a missing one fails before the body or the ids are looked at.
    let user = match authenticate(&shared, req.headers()) {
        Auth::Anonymous if !route.ep.optional_auth() => {
            return Err(Problem::unauthenticated(
                "this operation needs `Authorization: Bearer <token>`",
            ));
        }
        Auth::Anonymous => None,
        Auth::User(u) => Some(u),
        Auth::Invalid(why) => return Err(Problem::unauthenticated(why)),
    };
    let query = req
        .uri()
        .query()
        .map(super::url_decode_pairs)
        .unwrap_or_default()
        .into_iter()
        .collect();
    let call = Call {
        base_url: base_url(req.headers()),
        shared,
        user,
        query,
    };
    let b = req.into_body();
    let (o, d) = (route.owner.as_str(), route.db.as_str());
    let n = route.pull.as_str();
    match route.ep {
        Ep::GetCurrentUser => databases::current_user(&call),
        Ep::CreateDatabase => databases::create_database(&call, b).await,
        Ep::GetDatabase => databases::get_database(&call, o, d),
        Ep::ListBranches => databases::list_branches(&call, o, d),
        Ep::CreateBranch => databases::create_branch(&call, o, d, b).await,
        Ep::ListTags => databases::list_tags(&call, o, d),
        Ep::CreateTag => databases::create_tag(&call, o, d, b).await,
        Ep::ListForks => databases::list_forks(&call, o, d),
        Ep::CreateFork => databases::create_fork(&call, o, d, b).await,
        Ep::ListReleases => databases::list_releases(&call, o, d),
        Ep::CreateRelease => databases::create_release(&call, o, d, b).await,
        Ep::RunSqlReadQuery => sql::read_get(&call, o, d).await,
        Ep::RunSqlReadQueryPost => sql::read_post(&call, o, d, b).await,
        Ep::RunSqlWriteQuery => sql::write(&call, o, d, b).await,
        Ep::ListPulls => pulls::list_pulls(&call, o, d),
        Ep::CreatePull => pulls::create_pull(&call, o, d, b).await,
        Ep::GetPull => pulls::get_pull(&call, o, d, n),
        Ep::UpdatePull => pulls::update_pull(&call, o, d, n, b).await,
        Ep::ListPullComments => pulls::list_comments(&call, o, d, n),
        Ep::CreatePullComment => pulls::create_comment(&call, o, d, n, b).await,
        Ep::MergePull => pulls::merge_pull(&call, o, d, n, b).await,
        Ep::CreateImportUpload => imports::create_upload(&call, o, d, b).await,
        Ep::CreateImport => imports::create_import(&call, o, d, b).await,
        Ep::ListOperations => operations::list(&call, o, d),
        Ep::GetOperation => operations::get(&call, &route.op_id),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_ids_echo_sensible_caller_ids() {
        let mut h = HeaderMap::new();
        assert!(request_id(&h, false).starts_with("req_"));
        assert_eq!(request_id(&h, true).len(), 36);
        h.insert("x-request-id", HeaderValue::from_static("mine-1"));
        assert_eq!(request_id(&h, false), "mine-1");
        h.insert(
            "x-request-id",
            HeaderValue::from_str(&"x".repeat(500)).unwrap(),
        );
        assert!(request_id(&h, false).starts_with("req_"));
    }

    #[test]
    fn pages_follow_keys_and_refuse_foreign_tokens() {
        let st = State::default();
        let items: Vec<(String, Value)> = (1..=5).map(|i| (format!("k{i}"), json!(i))).collect();
        let (p1, t1) = page(&st, "l", None, 2, items.clone()).unwrap();
        assert_eq!(p1, vec![json!(1), json!(2)]);
        let (p2, _) = page(&st, "l", t1.as_deref(), 2, items.clone()).unwrap();
        assert_eq!(p2, vec![json!(3), json!(4)]);
        let (_, t3) = page(&st, "l", None, 5, items.clone()).unwrap();
        assert_eq!(t3, None);
        assert!(page(&st, "other", t1.as_deref(), 2, items.clone()).is_err());
        assert!(page(&st, "l", Some("garbage!"), 2, items).is_err());
        assert!(newest_first(2) < newest_first(1));
    }
}
