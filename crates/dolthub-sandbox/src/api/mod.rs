//! HTTP layer: routing (literal routes before the `{ref}` catch-all, `%2F` inside one
//! segment), authentication, error envelopes, faults, and the handlers.

mod csv_export;
mod ops;
mod pulls;
mod repos;
mod sqlroutes;
mod upload;
mod v2;

pub(crate) use repos::{first_commit, valid_ref_name};

use crate::config::Config;
use crate::faults::{Faults, Injected};
use crate::persist::Persister;
use crate::state::{Database, State};
use axum::Router;
use axum::body::Body;
use axum::extract::{DefaultBodyLimit, Request};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use dolthub_api::types::{ErrorEnvelope, SqlErrorEnvelope};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};
use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard};

/// Largest JSON request body accepted.
const JSON_BODY_LIMIT: usize = 16 * 1024 * 1024;

/// State shared by the server, handlers and jobs.
#[derive(Debug)]
pub(crate) struct Shared {
    pub cfg: Config,
    pub state: Arc<Mutex<State>>,
    pub faults: Faults,
    pub persister: Option<Persister>,
    /// Per-database writer locks: every change of a branch head happens under one.
    db_locks: Mutex<HashMap<String, Arc<tokio::sync::Mutex<()>>>>,
    /// Flips to true when the sandbox shuts down.
    pub shutdown: tokio::sync::watch::Receiver<bool>,
    /// API v2 presigned upload sessions.
    pub v2_uploads: v2::Uploads,
    /// Engine sessions kept open between requests (see `crate::stores`).
    pub sessions: Arc<crate::stores::Sessions>,
}

impl Shared {
    pub(crate) fn new(
        cfg: Config,
        state: Arc<Mutex<State>>,
        faults: Faults,
        persister: Option<Persister>,
        shutdown: tokio::sync::watch::Receiver<bool>,
    ) -> Self {
        Shared {
            cfg,
            state,
            faults,
            persister,
            db_locks: Mutex::new(HashMap::new()),
            shutdown,
            v2_uploads: v2::Uploads::default(),
            sessions: Arc::default(),
        }
    }

    /// Locks the state. Keep the guard short-lived and never across an `.await`.
    pub(crate) fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Notes a change for the persister.
    pub(crate) fn dirty(&self) {
        if let Some(p) = &self.persister {
            p.dirty();
        }
    }

    /// The writer lock of one database.
    pub(crate) fn db_lock(&self, owner: &str, name: &str) -> Arc<tokio::sync::Mutex<()>> {
        self.db_locks
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .entry(crate::state::db_key(owner, name))
            .or_default()
            .clone()
    }
}

/// Builds the axum application.
pub(crate) fn router(shared: Arc<Shared>) -> Router {
    let limit = usize::try_from(shared.cfg.max_upload_bytes)
        .unwrap_or(usize::MAX)
        .saturating_add(1024 * 1024);
    Router::new()
        .merge(v2::routes())
        .fallback(dispatch)
        .layer(DefaultBodyLimit::max(limit))
        .with_state(shared)
}

// ---------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------

/// Which envelope an endpoint uses for errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Envelope {
    /// `{status: "Error", message, ...}`
    Standard,
    /// `{query_execution_status: "Error", query_execution_message, ...}`
    Sql,
}

/// An error answer.
#[derive(Debug, Clone)]
pub(crate) struct ApiError {
    pub status: StatusCode,
    pub envelope: Envelope,
    pub message: String,
    pub echo: Vec<(String, Value)>,
    pub headers: Vec<(header::HeaderName, String)>,
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut map = match self.envelope {
            Envelope::Standard => to_map(&ErrorEnvelope {
                status: Some("Error".into()),
                message: Some(self.message),
                error: None,
            }),
            Envelope::Sql => to_map(&SqlErrorEnvelope {
                query_execution_status: Some("Error".into()),
                query_execution_message: Some(self.message),
                ..Default::default()
            }),
        };
        for (k, v) in self.echo {
            map.entry(k).or_insert(v);
        }
        let mut resp = (self.status, axum::Json(Value::Object(map))).into_response();
        for (name, value) in self.headers {
            if let Ok(v) = HeaderValue::from_str(&value) {
                resp.headers_mut().insert(name, v);
            }
        }
        resp
    }
}

/// Error factory of one endpoint: the documented message plus echoed request fields.
#[derive(Debug, Clone)]
pub(crate) struct Errs {
    envelope: Envelope,
    base: &'static str,
    echo: Vec<(String, Value)>,
}

impl Errs {
    pub(crate) fn standard(base: &'static str) -> Self {
        Errs {
            envelope: Envelope::Standard,
            base,
            echo: Vec::new(),
        }
    }

    pub(crate) fn sql() -> Self {
        Errs {
            envelope: Envelope::Sql,
            base: "",
            echo: Vec::new(),
        }
    }

    /// Adds (or replaces) an echoed field.
    pub(crate) fn echo(mut self, key: &str, value: impl Into<Value>) -> Self {
        self.echo.retain(|(k, _)| k != key);
        self.echo.push((key.to_string(), value.into()));
        self
    }

    fn with(&self, status: StatusCode, detail: &str) -> ApiError {
        let message = match (self.base.is_empty(), detail.is_empty()) {
            (true, _) => detail.to_string(),
            (false, true) => self.base.to_string(),
            (false, false) => format!("{} {detail}", self.base),
        };
        self.exact(status, message)
    }

    /// An error whose message is exactly `message` (no documented prefix).
    pub(crate) fn exact(&self, status: StatusCode, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            envelope: self.envelope,
            message: message.into(),
            echo: self.echo.clone(),
            headers: Vec::new(),
        }
    }

    // DoltHub answers every refused management request with HTTP 400 and the
    // `status`/`message` envelope (reference §6.1, §6.6): missing things,
    // conflicts, missing rights and missing credentials alike. Only the CSV
    // export (outside `/api`) keeps a 404 for a missing table or ref.
    pub(crate) fn bad(&self, detail: impl AsRef<str>) -> ApiError {
        self.with(StatusCode::BAD_REQUEST, detail.as_ref())
    }
    /// A 404, for the CSV export only.
    pub(crate) fn not_found(&self, detail: impl AsRef<str>) -> ApiError {
        self.with(StatusCode::NOT_FOUND, detail.as_ref())
    }
    /// The thing to create exists already (400, "... already exists").
    pub(crate) fn conflict(&self, detail: impl AsRef<str>) -> ApiError {
        self.bad(detail)
    }
    /// The caller may not do this (400, "permission denied: ...").
    pub(crate) fn forbidden(&self, detail: impl AsRef<str>) -> ApiError {
        self.bad(detail)
    }
    /// No token where one is needed (400).
    pub(crate) fn unauthenticated(&self) -> ApiError {
        self.exact(StatusCode::BAD_REQUEST, "Not authenticated")
    }
    /// The database does not exist or the caller cannot see it: `no such
    /// repository`, with the database echoed beside the endpoint's own fields.
    pub(crate) fn no_such_repository(&self, owner: &str, name: &str) -> ApiError {
        let mut e = self.exact(StatusCode::BAD_REQUEST, "no such repository");
        for (k, v) in [("database_owner", owner), ("database_name", name)] {
            if !e.echo.iter().any(|(key, _)| key == k) {
                e.echo.push((k.to_string(), v.into()));
            }
        }
        e
    }
    /// The pull request does not exist: `no such pull`, with `pull_id` echoed.
    pub(crate) fn no_such_pull(&self, id: &str) -> ApiError {
        let mut e = self.exact(StatusCode::BAD_REQUEST, "no such pull");
        e.echo.retain(|(k, _)| k != "pull_id");
        e.echo.push(("pull_id".into(), id.into()));
        e
    }
    pub(crate) fn internal(&self, detail: impl AsRef<str>) -> ApiError {
        self.with(StatusCode::INTERNAL_SERVER_ERROR, detail.as_ref())
    }
}

pub(crate) type ApiResult = Result<Response, ApiError>;

pub(crate) fn to_map<T: Serialize>(v: &T) -> Map<String, Value> {
    match serde_json::to_value(v) {
        Ok(Value::Object(m)) => m,
        _ => Map::new(),
    }
}

/// Puts empty arrays back for list fields: the generated types skip empty vectors when
/// serializing, but DoltHub sends `[]`.
pub(crate) fn with_arrays(keys: &[&str], mut map: Map<String, Value>) -> Map<String, Value> {
    for k in keys {
        map.entry(k.to_string())
            .or_insert_with(|| Value::Array(Vec::new()));
    }
    map
}

/// A JSON 200 answer.
pub(crate) fn ok_json(map: Map<String, Value>) -> Response {
    (StatusCode::OK, axum::Json(Value::Object(map))).into_response()
}

/// Renames `from` to `to` in a JSON object (legacy variants).
pub(crate) fn rename_key(map: &mut Map<String, Value>, from: &str, to: &str) {
    if let Some(v) = map.remove(from) {
        map.insert(to.to_string(), v);
    }
}

/// A plain-text answer.
pub(crate) fn text(status: StatusCode, body: &'static str) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        body,
    )
        .into_response()
}

// ---------------------------------------------------------------------------------------
// Request context and helpers
// ---------------------------------------------------------------------------------------

/// Per-request context.
pub(crate) struct Ctx {
    pub shared: Arc<Shared>,
    /// The authenticated user, if a valid token was sent.
    pub user: Option<String>,
    pub query: HashMap<String, String>,
    pub legacy: bool,
}

impl Ctx {
    pub(crate) fn cfg(&self) -> &Config {
        &self.shared.cfg
    }

    pub(crate) fn lock(&self) -> MutexGuard<'_, State> {
        self.shared.lock()
    }

    /// The authenticated user or 401.
    pub(crate) fn require_user(&self, errs: &Errs) -> Result<String, ApiError> {
        self.user.clone().ok_or_else(|| errs.unauthenticated())
    }

    /// A query parameter (empty values count as missing).
    pub(crate) fn param(&self, name: &str) -> Option<&str> {
        self.query
            .get(name)
            .map(String::as_str)
            .filter(|s| !s.is_empty())
    }

    pub(crate) fn can_read(&self, db: &Database) -> bool {
        db.visibility == crate::state::Visibility::Public
            || self
                .user
                .as_deref()
                .is_some_and(|u| self.cfg().can_write(&db.owner, u))
    }

    /// Checks that the database exists and is visible to the caller (404 otherwise).
    pub(crate) fn check_readable(
        &self,
        state: &State,
        owner: &str,
        name: &str,
        errs: &Errs,
    ) -> Result<(), ApiError> {
        match state.db(owner, name) {
            Some(db) if self.can_read(db) => Ok(()),
            _ => Err(errs.no_such_repository(owner, name)),
        }
    }

    /// Checks that the database exists, is visible, and that the caller may write it.
    pub(crate) fn check_writable(
        &self,
        state: &State,
        owner: &str,
        name: &str,
        user: &str,
        errs: &Errs,
    ) -> Result<(), ApiError> {
        self.check_readable(state, owner, name, errs)?;
        if self.cfg().can_write(owner, user) {
            Ok(())
        } else {
            Err(errs.forbidden(format!(
                "permission denied: {user} cannot write to {owner}/{name}"
            )))
        }
    }
}

/// Reads a JSON body (at most [`JSON_BODY_LIMIT`] bytes). `None` for an empty body.
pub(crate) async fn read_json_value(body: Body, errs: &Errs) -> Result<Option<Value>, ApiError> {
    let bytes = axum::body::to_bytes(body, JSON_BODY_LIMIT)
        .await
        .map_err(|e| errs.bad(format!("could not read the request body: {e}")))?;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Ok(None);
    }
    serde_json::from_slice::<Value>(&bytes)
        .map(Some)
        .map_err(|e| errs.bad(format!("malformed JSON body: {e}")))
}

/// Decodes a JSON value into a generated request type (unknown fields are refused).
pub(crate) fn decode<T: DeserializeOwned>(
    value: Option<Value>,
    errs: &Errs,
) -> Result<T, ApiError> {
    let value = value.unwrap_or_else(|| Value::Object(Map::new()));
    serde_json::from_value(value).map_err(|e| errs.bad(format!("invalid request body: {e}")))
}

/// A string field of a raw JSON body, for echoing.
pub(crate) fn field(v: &Option<Value>, key: &str) -> String {
    v.as_ref()
        .and_then(|v| v.get(key))
        .map(|x| match x {
            Value::String(s) => s.clone(),
            Value::Null => String::new(),
            other => other.to_string(),
        })
        .unwrap_or_default()
}

// ---------------------------------------------------------------------------------------
// Page tokens
// ---------------------------------------------------------------------------------------

/// Encodes a page token: "items older than `seq` in list `list`".
pub(crate) fn page_token(salt: &str, list: &str, seq: u64) -> String {
    crate::util::b64_encode(format!("v1:{salt}:{list}:{seq}").as_bytes())
}

/// Decodes a page token; `None` when it is not one of ours for `list`.
pub(crate) fn parse_page_token(salt: &str, list: &str, token: &str) -> Option<u64> {
    let raw = crate::util::b64_decode(token)?;
    let text = String::from_utf8(raw).ok()?;
    let (prefix, seq) = text.rsplit_once(':')?;
    if prefix != format!("v1:{salt}:{list}") {
        return None;
    }
    seq.parse().ok()
}

/// Takes one page from items sorted newest first (by `seq`, descending). Returns the
/// page and the next token ("" on the last page).
pub(crate) fn paginate<T: Clone>(
    items: &[(u64, T)],
    before: Option<u64>,
    size: usize,
    salt: &str,
    list: &str,
) -> (Vec<T>, String) {
    let start: Vec<&(u64, T)> = items
        .iter()
        .filter(|(s, _)| before.is_none_or(|b| *s < b))
        .collect();
    let page: Vec<&(u64, T)> = start.iter().take(size).copied().collect();
    let next = if start.len() > size {
        page.last()
            .map(|(s, _)| page_token(salt, list, *s))
            .unwrap_or_default()
    } else {
        String::new()
    };
    (page.into_iter().map(|(_, t)| t.clone()).collect(), next)
}

// ---------------------------------------------------------------------------------------
// Routing
// ---------------------------------------------------------------------------------------

/// Matched route with its decoded path parameters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Route {
    CurrentUser,
    CreateDatabase,
    ForkDatabase,
    PollFork,
    ListUserOperations {
        username: String,
    },
    SqlReadDefault {
        owner: String,
        db: String,
    },
    SqlRead {
        owner: String,
        db: String,
        r: String,
    },
    SqlWrite {
        owner: String,
        db: String,
        from: String,
        to: String,
    },
    PollSqlWrite {
        owner: String,
        db: String,
    },
    ListForks {
        owner: String,
        db: String,
    },
    ListBranches {
        owner: String,
        db: String,
    },
    CreateBranch {
        owner: String,
        db: String,
    },
    ListTags {
        owner: String,
        db: String,
    },
    CreateTag {
        owner: String,
        db: String,
    },
    ListReleases {
        owner: String,
        db: String,
    },
    CreateRelease {
        owner: String,
        db: String,
    },
    ListPulls {
        owner: String,
        db: String,
    },
    CreatePull {
        owner: String,
        db: String,
    },
    GetPull {
        owner: String,
        db: String,
        id: String,
    },
    UpdatePull {
        owner: String,
        db: String,
        id: String,
    },
    CreatePullComment {
        owner: String,
        db: String,
        id: String,
    },
    MergePull {
        owner: String,
        db: String,
        id: String,
    },
    PollMerge {
        owner: String,
        db: String,
        id: String,
    },
    Upload {
        owner: String,
        db: String,
    },
    PollImport {
        owner: String,
        db: String,
    },
    ListJobs {
        owner: String,
        db: String,
    },
    CsvTable {
        owner: String,
        db: String,
        r: String,
        table: String,
    },
    CsvZip {
        owner: String,
        db: String,
        r: String,
    },
}

impl Route {
    pub(crate) fn envelope(&self) -> Envelope {
        match self {
            Route::SqlReadDefault { .. }
            | Route::SqlRead { .. }
            | Route::SqlWrite { .. }
            | Route::PollSqlWrite { .. } => Envelope::Sql,
            _ => Envelope::Standard,
        }
    }
}

/// Why no route matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum NoRoute {
    NotFound,
    MethodNotAllowed(&'static str),
}

fn decode_segment(s: &str) -> String {
    percent_encoding::percent_decode_str(s)
        .decode_utf8_lossy()
        .into_owned()
}

/// Matches a method and a raw (percent-encoded) path. Literal routes win over the
/// `{ref}` catch-all; every segment is decoded on its own, so `%2F` stays inside it.
pub(crate) fn match_route(method: &Method, path: &str) -> Result<Route, NoRoute> {
    let Some(rest) = path.strip_prefix('/') else {
        return Err(NoRoute::NotFound);
    };
    let segs: Vec<String> = rest.split('/').map(decode_segment).collect();
    if segs.iter().any(String::is_empty) {
        return Err(NoRoute::NotFound);
    }
    let s: Vec<&str> = segs.iter().map(String::as_str).collect();
    let get = *method == Method::GET;
    let post = *method == Method::POST;
    let patch = *method == Method::PATCH;
    let o = |x: &str| x.to_string();
    let only = |ok: bool, allow: &'static str, r: Route| {
        if ok {
            Ok(r)
        } else {
            Err(NoRoute::MethodNotAllowed(allow))
        }
    };
    match s.as_slice() {
        ["csv", owner, db, r] => only(
            get,
            "GET",
            Route::CsvZip {
                owner: o(owner),
                db: o(db),
                r: o(r),
            },
        ),
        ["csv", owner, db, r, table] => only(
            get,
            "GET",
            Route::CsvTable {
                owner: o(owner),
                db: o(db),
                r: o(r),
                table: o(table),
            },
        ),
        ["api", "v1alpha1", rest @ ..] => match rest {
            ["user"] => only(get, "GET", Route::CurrentUser),
            ["database"] => only(post, "POST", Route::CreateDatabase),
            ["fork"] if get => Ok(Route::PollFork),
            ["fork"] => only(post, "GET, POST", Route::ForkDatabase),
            ["users", u, "operations"] => {
                only(get, "GET", Route::ListUserOperations { username: o(u) })
            }
            [owner, db] => only(
                get,
                "GET",
                Route::SqlReadDefault {
                    owner: o(owner),
                    db: o(db),
                },
            ),
            [owner, db, "write"] => only(
                get,
                "GET",
                Route::PollSqlWrite {
                    owner: o(owner),
                    db: o(db),
                },
            ),
            [owner, db, "write", from, to] => only(
                post,
                "POST",
                Route::SqlWrite {
                    owner: o(owner),
                    db: o(db),
                    from: o(from),
                    to: o(to),
                },
            ),
            [owner, db, list @ ("forks" | "jobs")] => {
                let (owner, db) = (o(owner), o(db));
                only(
                    get,
                    "GET",
                    if *list == "forks" {
                        Route::ListForks { owner, db }
                    } else {
                        Route::ListJobs { owner, db }
                    },
                )
            }
            [
                owner,
                db,
                kind @ ("branches" | "tags" | "releases" | "pulls" | "upload"),
            ] => {
                let (owner, db) = (o(owner), o(db));
                let r = match (*kind, get) {
                    ("branches", true) => Route::ListBranches { owner, db },
                    ("branches", false) => Route::CreateBranch { owner, db },
                    ("tags", true) => Route::ListTags { owner, db },
                    ("tags", false) => Route::CreateTag { owner, db },
                    ("releases", true) => Route::ListReleases { owner, db },
                    ("releases", false) => Route::CreateRelease { owner, db },
                    ("pulls", true) => Route::ListPulls { owner, db },
                    ("pulls", false) => Route::CreatePull { owner, db },
                    (_, true) => Route::PollImport { owner, db },
                    (_, false) => Route::Upload { owner, db },
                };
                only(get || post, "GET, POST", r)
            }
            [owner, db, "pulls", id] => {
                let (owner, db, id) = (o(owner), o(db), o(id));
                if get {
                    Ok(Route::GetPull { owner, db, id })
                } else {
                    only(patch, "GET, PATCH", Route::UpdatePull { owner, db, id })
                }
            }
            [owner, db, "pulls", id, "comments"] => only(
                post,
                "POST",
                Route::CreatePullComment {
                    owner: o(owner),
                    db: o(db),
                    id: o(id),
                },
            ),
            [owner, db, "pulls", id, "merge"] => {
                let (owner, db, id) = (o(owner), o(db), o(id));
                if get {
                    Ok(Route::PollMerge { owner, db, id })
                } else {
                    only(post, "GET, POST", Route::MergePull { owner, db, id })
                }
            }
            [owner, db, r] => only(
                get,
                "GET",
                Route::SqlRead {
                    owner: o(owner),
                    db: o(db),
                    r: o(r),
                },
            ),
            _ => Err(NoRoute::NotFound),
        },
        _ => Err(NoRoute::NotFound),
    }
}

/// Outcome of checking the `authorization` header.
enum Auth {
    Anonymous,
    User(String),
    Invalid(&'static str),
}

fn authenticate(cfg: &Config, headers: &HeaderMap) -> Auth {
    let Some(value) = headers.get(header::AUTHORIZATION) else {
        return Auth::Anonymous;
    };
    let Ok(value) = value.to_str() else {
        return Auth::Invalid("invalid authorization header");
    };
    let mut parts = value.trim().splitn(2, ' ');
    let scheme = parts.next().unwrap_or_default();
    let token = parts.next().unwrap_or_default().trim();
    if !scheme.eq_ignore_ascii_case("token") || token.is_empty() {
        return Auth::Invalid(
            "invalid authorization header: expected `token <TOKEN>` (the word token, one space, the token)",
        );
    }
    match cfg.user_for_token(token) {
        Some(u) => Auth::User(u.to_string()),
        None => Auth::Invalid("invalid authorization header: no token found for given api token"),
    }
}

/// The single entry point: faults, delay, routing, auth, handler.
async fn dispatch(
    axum::extract::State(shared): axum::extract::State<Arc<Shared>>,
    req: Request,
) -> Response {
    if let Some(injected) = shared.faults.on_request() {
        return match injected {
            Injected::RateLimited { retry_after_secs } => {
                let mut e = Errs::standard("").exact(
                    StatusCode::TOO_MANY_REQUESTS,
                    "rate limit exceeded; retry later",
                );
                e.headers
                    .push((header::RETRY_AFTER, retry_after_secs.to_string()));
                e.into_response()
            }
            Injected::GatewayTimeout => text(StatusCode::BAD_GATEWAY, "upstream request timeout"),
        };
    }
    let delay = shared.faults.response_delay();
    if !delay.is_zero() {
        tokio::time::sleep(delay).await;
    }
    let method = req.method().clone();
    let path = req.uri().path().to_string();
    let response = handle(shared, req).await;
    tracing::info!(%method, %path, status = response.status().as_u16(), "request");
    response
}

/// Routing, auth and the handler of one request.
async fn handle(shared: Arc<Shared>, req: Request) -> Response {
    let method = req.method().clone();
    let route = match match_route(&method, req.uri().path()) {
        Ok(r) => r,
        Err(NoRoute::NotFound) if !req.uri().path().starts_with("/api/") => {
            return text(StatusCode::NOT_FOUND, "404 page not found");
        }
        Err(NoRoute::NotFound) => {
            return Errs::standard("")
                .bad(format!("no such route: {method} {}", req.uri().path()))
                .into_response();
        }
        Err(NoRoute::MethodNotAllowed(allow)) => {
            let mut e = Errs::standard("").bad(format!(
                "method {method} is not allowed here (allowed: {allow})"
            ));
            e.headers.push((header::ALLOW, allow.to_string()));
            return e.into_response();
        }
    };
    let envelope = route.envelope();
    let user = match authenticate(&shared.cfg, req.headers()) {
        Auth::Anonymous => None,
        Auth::User(u) => Some(u),
        Auth::Invalid(msg) => {
            let errs = match envelope {
                Envelope::Standard => Errs::standard(""),
                Envelope::Sql => Errs::sql(),
            };
            return errs.exact(StatusCode::BAD_REQUEST, msg).into_response();
        }
    };
    let query: HashMap<String, String> = req
        .uri()
        .query()
        .map(|q| {
            url_decode_pairs(q)
                .into_iter()
                .collect::<HashMap<String, String>>()
        })
        .unwrap_or_default();
    let ctx = Ctx {
        legacy: shared.faults.legacy_variants(),
        shared,
        user,
        query,
    };
    let (parts, body) = req.into_parts();
    let result = match route {
        Route::CurrentUser => repos::current_user(&ctx),
        Route::CreateDatabase => repos::create_database(&ctx, body).await,
        Route::ForkDatabase => repos::fork_database(&ctx, body).await,
        Route::PollFork => ops::poll_fork(&ctx),
        Route::ListUserOperations { username } => ops::list_user_operations(&ctx, &username),
        Route::SqlReadDefault { owner, db } => sqlroutes::read_default(&ctx, &owner, &db).await,
        Route::SqlRead { owner, db, r } => sqlroutes::read(&ctx, &owner, &db, &r).await,
        Route::SqlWrite {
            owner,
            db,
            from,
            to,
        } => sqlroutes::write(&ctx, &owner, &db, &from, &to, body).await,
        Route::PollSqlWrite { owner, db } => sqlroutes::poll_write(&ctx, &owner, &db),
        Route::ListForks { owner, db } => repos::list_forks(&ctx, &owner, &db),
        Route::ListBranches { owner, db } => repos::list_branches(&ctx, &owner, &db),
        Route::CreateBranch { owner, db } => repos::create_branch(&ctx, &owner, &db, body).await,
        Route::ListTags { owner, db } => repos::list_tags(&ctx, &owner, &db),
        Route::CreateTag { owner, db } => repos::create_tag(&ctx, &owner, &db, body).await,
        Route::ListReleases { owner, db } => repos::list_releases(&ctx, &owner, &db),
        Route::CreateRelease { owner, db } => repos::create_release(&ctx, &owner, &db, body).await,
        Route::ListPulls { owner, db } => pulls::list_pulls(&ctx, &owner, &db),
        Route::CreatePull { owner, db } => pulls::create_pull(&ctx, &owner, &db, body).await,
        Route::GetPull { owner, db, id } => pulls::get_pull(&ctx, &owner, &db, &id),
        Route::UpdatePull { owner, db, id } => {
            pulls::update_pull(&ctx, &owner, &db, &id, body).await
        }
        Route::CreatePullComment { owner, db, id } => {
            pulls::create_comment(&ctx, &owner, &db, &id, body).await
        }
        Route::MergePull { owner, db, id } => pulls::merge_pull(&ctx, &owner, &db, &id),
        Route::PollMerge { owner, db, id } => ops::poll_merge(&ctx, &owner, &db, &id),
        Route::Upload { owner, db } => {
            upload::upload(&ctx, &owner, &db, Request::from_parts(parts, body)).await
        }
        Route::PollImport { owner, db } => ops::poll_import(&ctx, &owner, &db),
        Route::ListJobs { owner, db } => ops::list_jobs(&ctx, &owner, &db),
        Route::CsvTable {
            owner,
            db,
            r,
            table,
        } => csv_export::table(&ctx, &owner, &db, &r, &table).await,
        Route::CsvZip { owner, db, r } => csv_export::zip(&ctx, &owner, &db, &r).await,
    };
    match result {
        Ok(r) => r,
        Err(e) => e.into_response(),
    }
}

/// Decodes `a=b&c=d` with `+` as space and percent escapes.
fn url_decode_pairs(q: &str) -> Vec<(String, String)> {
    q.split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            let dec = |s: &str| decode_segment(&s.replace('+', " "));
            (dec(k), dec(v))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literal_routes_win_over_the_ref_catch_all() {
        let g = Method::GET;
        let r = |p: &str| match_route(&g, p);
        assert_eq!(
            r("/api/v1alpha1/o/d/branches"),
            Ok(Route::ListBranches {
                owner: "o".into(),
                db: "d".into()
            })
        );
        assert_eq!(
            r("/api/v1alpha1/o/d/feature%2Flacma"),
            Ok(Route::SqlRead {
                owner: "o".into(),
                db: "d".into(),
                r: "feature/lacma".into()
            })
        );
        assert_eq!(
            r("/api/v1alpha1/o/d/write"),
            Ok(Route::PollSqlWrite {
                owner: "o".into(),
                db: "d".into()
            })
        );
        assert_eq!(
            match_route(&Method::POST, "/api/v1alpha1/o/d/write/a%2Fb/main"),
            Ok(Route::SqlWrite {
                owner: "o".into(),
                db: "d".into(),
                from: "a/b".into(),
                to: "main".into()
            })
        );
        assert_eq!(
            r("/api/v1alpha1/users/me/operations"),
            Ok(Route::ListUserOperations {
                username: "me".into()
            })
        );
        assert_eq!(
            r("/csv/o/d/v%2F1/t"),
            Ok(Route::CsvTable {
                owner: "o".into(),
                db: "d".into(),
                r: "v/1".into(),
                table: "t".into()
            })
        );
        assert_eq!(r("/api/v1alpha1/o/d/branches/"), Err(NoRoute::NotFound));
        assert_eq!(r("/nope"), Err(NoRoute::NotFound));
        assert_eq!(
            match_route(&Method::DELETE, "/api/v1alpha1/o/d/branches"),
            Err(NoRoute::MethodNotAllowed("GET, POST"))
        );
        assert_eq!(
            match_route(&Method::POST, "/api/v1alpha1/o/d/main"),
            Err(NoRoute::MethodNotAllowed("GET"))
        );
    }

    #[test]
    fn page_tokens_roundtrip_and_reject_foreign_ones() {
        let t = page_token("salt", "jobs:o/d", 42);
        assert_eq!(parse_page_token("salt", "jobs:o/d", &t), Some(42));
        let t = page_token("salt", "jobs", 42);
        assert_eq!(parse_page_token("salt", "jobs", &t), Some(42));
        assert_eq!(parse_page_token("other", "jobs", &t), None);
        assert_eq!(parse_page_token("salt", "pulls", &t), None);
        assert_eq!(parse_page_token("salt", "jobs", "garbage"), None);
        let items: Vec<(u64, u64)> = (1..=5).rev().map(|i| (i, i)).collect();
        let (p1, t1) = paginate(&items, None, 2, "s", "l");
        assert_eq!(p1, vec![5, 4]);
        let (p2, t2) = paginate(&items, parse_page_token("s", "l", &t1), 2, "s", "l");
        assert_eq!(p2, vec![3, 2]);
        let (p3, t3) = paginate(&items, parse_page_token("s", "l", &t2), 2, "s", "l");
        assert_eq!(p3, vec![1]);
        assert_eq!(t3, "");
    }

    #[test]
    fn query_decoding() {
        let q = url_decode_pairs("operationName=operations%2Fabc&x=a+b&empty");
        assert_eq!(q[0], ("operationName".into(), "operations/abc".into()));
        assert_eq!(q[1].1, "a b");
        assert_eq!(q[2], ("empty".into(), String::new()));
    }
}
