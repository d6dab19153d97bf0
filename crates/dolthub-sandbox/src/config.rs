//! Sandbox configuration and its builder.

use crate::api::Shared;
use crate::faults::Faults;
use crate::persist::{self, Persister};
use crate::state::State;
use crate::{
    DEFAULT_MAX_UPLOAD_BYTES, DEFAULT_ROW_LIMIT, DEFAULT_TOKEN, DEFAULT_UPLOAD_URL_TTL,
    DEFAULT_USERNAME, DEFAULT_V2_TOKEN, Error, Sandbox,
};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::net::{Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// Effective configuration of a running sandbox.
#[derive(Debug, Clone)]
pub(crate) struct Config {
    pub job_delay: Duration,
    pub jobs_page_size: usize,
    pub operations_page_size: usize,
    pub pulls_page_size: usize,
    pub releases_page_size: usize,
    pub row_limit: usize,
    pub max_upload_bytes: u64,
    /// username -> token
    pub users: BTreeMap<String, String>,
    /// token -> username
    pub tokens: HashMap<String, String>,
    /// organization -> members
    pub orgs: BTreeMap<String, BTreeSet<String>>,
    /// API v2 settings.
    pub v2: V2Config,
}

/// Settings of the API v2 layer.
#[derive(Debug, Clone)]
pub(crate) struct V2Config {
    /// `dh_` token -> username (v2 personal access tokens).
    pub tokens: HashMap<String, String>,
    /// Whether a v1alpha1 token works on v2 and a v2 token on v1alpha1.
    pub cross_version_tokens: bool,
    /// How long presigned part URLs stay valid.
    pub upload_url_ttl: Duration,
    /// Page size of the paged v2 lists.
    pub page_size: usize,
    /// Largest file a presigned import accepts.
    pub max_import_bytes: u64,
}

impl Config {
    /// The user a token belongs to.
    pub(crate) fn user_for_token(&self, token: &str) -> Option<&str> {
        self.tokens.get(token).map(String::as_str)
    }

    /// The user a v2 bearer token belongs to: a `dh_` token, or a v1alpha1 token when
    /// cross-version tokens are on.
    pub(crate) fn user_for_v2_token(&self, token: &str) -> Option<&str> {
        self.v2.tokens.get(token).map(String::as_str).or_else(|| {
            self.v2
                .cross_version_tokens
                .then(|| self.user_for_token(token))
                .flatten()
        })
    }

    /// Whether `owner` names a known user or organization.
    pub(crate) fn owner_exists(&self, owner: &str) -> bool {
        self.users.contains_key(owner) || self.orgs.contains_key(owner)
    }

    /// Whether `user` may write to databases owned by `owner`.
    pub(crate) fn can_write(&self, owner: &str, user: &str) -> bool {
        owner == user || self.orgs.get(owner).is_some_and(|m| m.contains(user))
    }
}

/// Builder for a [`Sandbox`]. Obtain it with [`Sandbox::builder`].
#[derive(Debug, Clone)]
pub struct SandboxBuilder {
    addr: SocketAddr,
    data_dir: Option<PathBuf>,
    job_delay: Duration,
    jobs_page_size: usize,
    operations_page_size: usize,
    pulls_page_size: usize,
    releases_page_size: usize,
    row_limit: usize,
    max_upload_bytes: u64,
    default_user: (String, String),
    users: Vec<(String, String)>,
    orgs: Vec<(String, Vec<String>)>,
    legacy: bool,
    response_delay: Duration,
    sql_read_delay: Duration,
    rate_limited: Option<(u64, u64)>,
    gateway_timeouts: u64,
    no_change_writes: u64,
    default_v2_token: String,
    v2_tokens: Vec<(String, String)>,
    cross_version_tokens: bool,
    upload_url_ttl: Duration,
    v2_page_size: usize,
    max_import_bytes: u64,
    v2_live_variants: bool,
}

impl Default for SandboxBuilder {
    fn default() -> Self {
        SandboxBuilder {
            addr: SocketAddr::from((Ipv4Addr::LOCALHOST, 0)),
            data_dir: None,
            job_delay: Duration::from_millis(100),
            jobs_page_size: 15,
            operations_page_size: 15,
            pulls_page_size: 30,
            releases_page_size: 30,
            row_limit: DEFAULT_ROW_LIMIT,
            max_upload_bytes: DEFAULT_MAX_UPLOAD_BYTES,
            default_user: (DEFAULT_USERNAME.to_string(), DEFAULT_TOKEN.to_string()),
            users: Vec::new(),
            orgs: Vec::new(),
            legacy: false,
            response_delay: Duration::ZERO,
            sql_read_delay: Duration::ZERO,
            rate_limited: None,
            gateway_timeouts: 0,
            no_change_writes: 0,
            default_v2_token: DEFAULT_V2_TOKEN.to_string(),
            v2_tokens: Vec::new(),
            cross_version_tokens: true,
            upload_url_ttl: DEFAULT_UPLOAD_URL_TTL,
            v2_page_size: 30,
            max_import_bytes: crate::DEFAULT_MAX_IMPORT_BYTES,
            v2_live_variants: false,
        }
    }
}

impl SandboxBuilder {
    /// Listen address; must be a loopback address. Port 0 (the default, on `127.0.0.1`)
    /// picks a free port.
    pub fn addr(mut self, addr: SocketAddr) -> Self {
        self.addr = addr;
        self
    }

    /// Persist state in `dir` (`state.json` plus one SQLite file per snapshot) and load
    /// it from there at start. Without a data directory the state lives in memory only.
    pub fn data_dir(mut self, dir: impl Into<PathBuf>) -> Self {
        self.data_dir = Some(dir.into());
        self
    }

    /// Time each background job spends `Pending` and then again `In Progress` before it
    /// runs (default 100 ms).
    pub fn job_delay(mut self, delay: Duration) -> Self {
        self.job_delay = delay;
        self
    }

    /// Page size of every paged list (jobs, operations, pull requests, releases).
    pub fn page_size(mut self, n: usize) -> Self {
        self.v2_page_size = n;
        self.jobs_page_size = n;
        self.operations_page_size = n;
        self.pulls_page_size = n;
        self.releases_page_size = n;
        self
    }

    /// Page size of `list_jobs` (default 15).
    pub fn jobs_page_size(mut self, n: usize) -> Self {
        self.jobs_page_size = n;
        self
    }

    /// Page size of `list_user_operations` (default 15).
    pub fn operations_page_size(mut self, n: usize) -> Self {
        self.operations_page_size = n;
        self
    }

    /// Page size of `list_pulls` (default 30).
    pub fn pulls_page_size(mut self, n: usize) -> Self {
        self.pulls_page_size = n;
        self
    }

    /// Page size of `list_releases` (default 30).
    pub fn releases_page_size(mut self, n: usize) -> Self {
        self.releases_page_size = n;
        self
    }

    /// Row cap of SQL reads (default 1,000); more rows give `RowLimit`.
    pub fn row_limit(mut self, n: usize) -> Self {
        self.row_limit = n;
        self
    }

    /// Largest accepted upload in bytes (default 100 MiB).
    pub fn max_upload_bytes(mut self, n: u64) -> Self {
        self.max_upload_bytes = n;
        self
    }

    /// Replaces the default user (`sandbox` / `dhat.sandbox.0000000000000000`), the one
    /// [`Sandbox::username`] and [`Sandbox::token`] report.
    pub fn default_user(mut self, username: impl Into<String>, token: impl Into<String>) -> Self {
        self.default_user = (username.into(), token.into());
        self
    }

    /// Adds a user with its token.
    pub fn user(mut self, username: impl Into<String>, token: impl Into<String>) -> Self {
        self.users.push((username.into(), token.into()));
        self
    }

    /// Adds an organization whose members may create and write its databases.
    pub fn organization<I, S>(mut self, name: impl Into<String>, members: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.orgs
            .push((name.into(), members.into_iter().map(Into::into).collect()));
        self
    }

    /// Replaces the default user's API v2 token (default
    /// [`DEFAULT_V2_TOKEN`](crate::DEFAULT_V2_TOKEN)), the one [`Sandbox::v2_token`] reports.
    pub fn default_v2_token(mut self, token: impl Into<String>) -> Self {
        self.default_v2_token = token.into();
        self
    }

    /// Gives `username` (a user added with [`user`](Self::user) or the default user) an
    /// API v2 personal access token, sent as `Authorization: Bearer <token>`.
    pub fn v2_token(mut self, username: impl Into<String>, token: impl Into<String>) -> Self {
        self.v2_tokens.push((username.into(), token.into()));
        self
    }

    /// Whether a v1alpha1 token (`dhat.…`) is accepted on API v2 and a v2 token (`dh_…`)
    /// on v1alpha1 (default `true`). DoltHub does not document either way, so clients can
    /// test both: with `false` each token works only on its own version (HTTP 401 on v2,
    /// HTTP 400 `invalid authorization header` on v1alpha1 otherwise).
    pub fn cross_version_tokens(mut self, on: bool) -> Self {
        self.cross_version_tokens = on;
        self
    }

    /// How long the presigned part URLs of an API v2 import upload stay valid (default
    /// 10 minutes, as on DoltHub). `Duration::ZERO` hands out URLs that have already
    /// expired, for testing a client's expired-URL handling.
    pub fn upload_url_ttl(mut self, ttl: Duration) -> Self {
        self.upload_url_ttl = ttl;
        self
    }

    /// Page size of the paged API v2 lists (branches, tags, releases, pull requests,
    /// operations; default 30). [`page_size`](Self::page_size) sets it too.
    pub fn v2_page_size(mut self, n: usize) -> Self {
        self.v2_page_size = n;
        self
    }

    /// Largest file an API v2 presigned import accepts (default 1 GiB).
    pub fn max_import_bytes(mut self, n: u64) -> Self {
        self.max_import_bytes = n;
        self
    }

    /// Starts with the API v2 live variants on (see [`Faults::set_v2_live_variants`]).
    pub fn v2_live_variants(mut self, on: bool) -> Self {
        self.v2_live_variants = on;
        self
    }

    /// Starts with legacy response variants on (see [`Faults::set_legacy_variants`]).
    pub fn legacy_variants(mut self, on: bool) -> Self {
        self.legacy = on;
        self
    }

    /// Delays every answer (see [`Faults::set_response_delay`]).
    pub fn response_delay(mut self, delay: Duration) -> Self {
        self.response_delay = delay;
        self
    }

    /// Adds `delay` to every SQL read (see [`Faults::set_sql_read_delay`]).
    pub fn sql_read_delay(mut self, delay: Duration) -> Self {
        self.sql_read_delay = delay;
        self
    }

    /// The first `n` requests get HTTP 429 (see [`Faults::rate_limit_next`]).
    pub fn rate_limit_next(mut self, n: u64, retry_after_secs: u64) -> Self {
        self.rate_limited = Some((n, retry_after_secs));
        self
    }

    /// The first `n` requests get HTTP 502 `upstream request timeout`
    /// (see [`Faults::gateway_timeout_next`]).
    pub fn gateway_timeout_next(mut self, n: u64) -> Self {
        self.gateway_timeouts = n;
        self
    }

    /// The first `n` SQL writes change nothing (see [`Faults::no_change_writes_next`]).
    pub fn no_change_writes_next(mut self, n: u64) -> Self {
        self.no_change_writes = n;
        self
    }

    fn config(&self) -> Result<Config, Error> {
        if !self.addr.ip().is_loopback() {
            return Err(Error::Config(format!(
                "{} is not a loopback address; the sandbox only serves on loopback",
                self.addr
            )));
        }
        let sizes = [
            self.jobs_page_size,
            self.operations_page_size,
            self.pulls_page_size,
            self.releases_page_size,
            self.row_limit,
            self.v2_page_size,
        ];
        if sizes.contains(&0) {
            return Err(Error::Config(
                "page sizes and the row limit must be at least 1".into(),
            ));
        }
        let mut users = BTreeMap::new();
        let mut tokens = HashMap::new();
        for (u, t) in std::iter::once(&self.default_user).chain(self.users.iter()) {
            if u.is_empty() || u.contains('/') || t.is_empty() || t.contains(char::is_whitespace) {
                return Err(Error::Config(format!(
                    "invalid user {u:?}: names must be non-empty without '/', tokens non-empty without spaces"
                )));
            }
            if let Some(other) = tokens.insert(t.clone(), u.clone())
                && other != *u
            {
                return Err(Error::Config(format!(
                    "users {other} and {u} share a token"
                )));
            }
            users.insert(u.clone(), t.clone());
        }
        let mut v2_tokens = HashMap::new();
        let default_v2 = (self.default_user.0.clone(), self.default_v2_token.clone());
        for (u, t) in std::iter::once(&default_v2).chain(self.v2_tokens.iter()) {
            if !users.contains_key(u) {
                return Err(Error::Config(format!(
                    "v2 token for unknown user {u:?}: add the user first"
                )));
            }
            if t.is_empty() || t.contains(char::is_whitespace) {
                return Err(Error::Config(format!(
                    "invalid v2 token for user {u}: tokens must be non-empty without spaces"
                )));
            }
            let clash = tokens.get(t).or_else(|| v2_tokens.get(t));
            if let Some(other) = clash
                && other != u
            {
                return Err(Error::Config(format!(
                    "users {other} and {u} share a token"
                )));
            }
            v2_tokens.insert(t.clone(), u.clone());
        }
        if self.cross_version_tokens {
            // v1alpha1 looks tokens up in `tokens`: v2 tokens join them there.
            for (t, u) in &v2_tokens {
                tokens.entry(t.clone()).or_insert_with(|| u.clone());
            }
        }
        let mut orgs = BTreeMap::new();
        for (name, members) in &self.orgs {
            if users.contains_key(name) {
                return Err(Error::Config(format!(
                    "organization {name} has the name of a user"
                )));
            }
            orgs.insert(name.clone(), members.iter().cloned().collect());
        }
        Ok(Config {
            job_delay: self.job_delay,
            jobs_page_size: self.jobs_page_size,
            operations_page_size: self.operations_page_size,
            pulls_page_size: self.pulls_page_size,
            releases_page_size: self.releases_page_size,
            row_limit: self.row_limit,
            max_upload_bytes: self.max_upload_bytes,
            users,
            tokens,
            orgs,
            v2: V2Config {
                tokens: v2_tokens,
                cross_version_tokens: self.cross_version_tokens,
                upload_url_ttl: self.upload_url_ttl,
                page_size: self.v2_page_size,
                max_import_bytes: self.max_import_bytes,
            },
        })
    }

    /// Binds the listener, loads saved state (when a data directory is set) and starts
    /// serving in the background of the current Tokio runtime.
    pub async fn start(self) -> Result<Sandbox, Error> {
        let config = self.config()?;
        let state = match &self.data_dir {
            Some(dir) => persist::load(dir)?.unwrap_or_default(),
            None => State::default(),
        };
        let state = Arc::new(Mutex::new(state));
        let persister = match &self.data_dir {
            Some(dir) => Some(Persister::start(dir.clone(), state.clone())?),
            None => None,
        };
        let faults = Faults::default();
        faults.set_legacy_variants(self.legacy);
        faults.set_v2_live_variants(self.v2_live_variants);
        faults.set_response_delay(self.response_delay);
        faults.set_sql_read_delay(self.sql_read_delay);
        if let Some((n, secs)) = self.rate_limited {
            faults.rate_limit_next(n, secs);
        }
        faults.gateway_timeout_next(self.gateway_timeouts);
        faults.no_change_writes_next(self.no_change_writes);

        let listener = tokio::net::TcpListener::bind(self.addr).await?;
        let addr = listener.local_addr()?;
        let (tx, rx) = tokio::sync::watch::channel(false);
        let shared = Arc::new(Shared::new(
            config,
            state,
            faults.clone(),
            persister,
            rx.clone(),
        ));
        let app = crate::api::router(shared.clone());
        let mut stop = rx;
        let server = tokio::spawn(async move {
            let result = axum::serve(listener, app)
                .with_graceful_shutdown(async move {
                    let _ = stop.wait_for(|s| *s).await;
                })
                .await;
            if let Err(e) = result {
                tracing::error!(error = %e, "sandbox server stopped with an error");
            }
        });
        tracing::info!(%addr, "DoltHub sandbox listening");
        Ok(Sandbox {
            addr,
            url: format!("http://{addr}"),
            token: self.default_user.1.clone(),
            v2_token: self.default_v2_token.clone(),
            username: self.default_user.0.clone(),
            faults,
            shared,
            shutdown: Some(tx),
            server: Some(server),
        })
    }
}
