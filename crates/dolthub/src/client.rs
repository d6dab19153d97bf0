//! [`Client`] and its builder.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use reqwest::header::HeaderValue;
use secrecy::SecretString;
use url::Url;

use crate::api_version::{ApiVersion, VERSION_ENV, is_dolthub_host};
use crate::error::{Error, Result};
use crate::retry::RetryPolicy;
use crate::transport::Transport;
use crate::transport::auth::Token;

/// Production DoltHub (with `www`, as the documentation insists).
pub const DEFAULT_BASE_URL: &str = "https://www.dolthub.com";

/// Environment variable holding the API token.
pub const TOKEN_ENV: &str = "DOLTHUB_API_TOKEN";

/// Environment variable holding the base URL (DoltLab, the sandbox, ...).
pub const URL_ENV: &str = "DOLTHUB_API_URL";

const DEFAULT_USER_AGENT: &str = concat!("dolthub-rs/", env!("CARGO_PKG_VERSION"));

/// A DoltHub API client.
///
/// Cheap to clone (the connection pool and settings live behind an `Arc`), so
/// clone it into tasks instead of sharing references. Resource handles such as
/// [`Client::database`] borrow nothing and can be kept around as well.
///
/// ```no_run
/// # async fn run() -> dolthub::Result<()> {
/// let client = dolthub::Client::builder()
///     .token("dhat.v1.example")
///     .build()?;
/// let me = client.user().await?;
/// println!("signed in as {} at {}", me.username, client.base_url());
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct Client {
    pub(crate) inner: Arc<Transport>,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("base_url", &self.inner.base.as_str())
            .field("api_version", &self.inner.version)
            .field("token", &self.inner.token.as_ref().map(|_| "[redacted]"))
            .field("user_agent", &self.inner.user_agent)
            .field("timeout", &self.inner.timeout)
            .field("retry_policy", &self.inner.retry)
            .finish()
    }
}

impl Client {
    /// Start configuring a client.
    ///
    /// ```no_run
    /// use std::time::Duration;
    /// let client = dolthub::Client::builder()
    ///     .token(std::env::var("DOLTHUB_API_TOKEN").unwrap_or_default())
    ///     .base_url("https://doltlab.example.com")
    ///     .timeout(Duration::from_secs(30))
    ///     .build()?;
    /// # Ok::<(), dolthub::Error>(())
    /// ```
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// A client configured from `DOLTHUB_API_TOKEN` (optional; anonymous when
    /// unset or blank) and `DOLTHUB_API_URL` (optional; defaults to
    /// `https://www.dolthub.com`).
    ///
    /// ```no_run
    /// let client = dolthub::Client::from_env()?;
    /// # Ok::<(), dolthub::Error>(())
    /// ```
    pub fn from_env() -> Result<Client> {
        Client::builder().env().build()
    }

    /// The base URL requests go to.
    ///
    /// ```
    /// let client = dolthub::Client::builder().build()?;
    /// assert_eq!(client.base_url().as_str(), "https://www.dolthub.com/");
    /// # Ok::<(), dolthub::Error>(())
    /// ```
    pub fn base_url(&self) -> &Url {
        &self.inner.base
    }

    /// Whether a token is configured (its value is never exposed).
    ///
    /// ```
    /// let client = dolthub::Client::builder().token("dhat.x").build()?;
    /// assert!(client.has_token());
    /// # Ok::<(), dolthub::Error>(())
    /// ```
    pub fn has_token(&self) -> bool {
        self.inner.token.is_some()
    }

    /// The API version this client's handles speak (see [`ApiVersion`] for
    /// how it is chosen).
    ///
    /// ```
    /// use dolthub::{ApiVersion, Client};
    /// let v2 = Client::builder().token("dh_example").build()?;
    /// assert_eq!(v2.api_version(), ApiVersion::V2);
    /// let lab = Client::builder().token("dh_example").base_url("https://doltlab.example.com").build()?;
    /// assert_eq!(lab.api_version(), ApiVersion::V1alpha1);
    /// # Ok::<(), dolthub::Error>(())
    /// ```
    pub fn api_version(&self) -> ApiVersion {
        self.inner.version
    }

    pub(crate) fn transport(&self) -> &Transport {
        &self.inner
    }
}

/// Configuration for a [`Client`]; see [`Client::builder`].
#[derive(Default)]
#[must_use]
pub struct ClientBuilder {
    token: Option<SecretString>,
    base_url: Option<String>,
    user_agent: Option<String>,
    connect_timeout: Option<Duration>,
    timeout: Option<Option<Duration>>,
    read_timeout: Option<Duration>,
    retry_policy: Option<RetryPolicy>,
    http_client: Option<reqwest::Client>,
    api_version: Option<ApiVersion>,
    env_version: Option<String>,
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("token", &self.token.as_ref().map(|_| "[redacted]"))
            .field("base_url", &self.base_url)
            .field("user_agent", &self.user_agent)
            .field("connect_timeout", &self.connect_timeout)
            .field("timeout", &self.timeout)
            .field("retry_policy", &self.retry_policy)
            .field("http_client", &self.http_client.is_some())
            .field("api_version", &self.api_version)
            .field("env_version", &self.env_version)
            .finish()
    }
}

impl ClientBuilder {
    /// The API token. `token ` is prepended when missing; a blank value means
    /// anonymous access (no `authorization` header at all).
    ///
    /// ```
    /// let client = dolthub::Client::builder().token("dhat.v1.example").build()?;
    /// assert!(!format!("{client:?}").contains("dhat.v1.example"));
    /// # Ok::<(), dolthub::Error>(())
    /// ```
    pub fn token(mut self, token: impl Into<String>) -> Self {
        self.token = Some(SecretString::from(token.into()));
        self
    }

    /// The token as a [`SecretString`] you already hold.
    ///
    /// ```
    /// let secret = secrecy::SecretString::from("dhat.v1.example".to_owned());
    /// let client = dolthub::Client::builder().secret_token(secret).build()?;
    /// # Ok::<(), dolthub::Error>(())
    /// ```
    pub fn secret_token(mut self, token: SecretString) -> Self {
        self.token = Some(token);
        self
    }

    /// Base URL of the server: `https://www.dolthub.com` (default), a DoltLab
    /// host, or a local sandbox such as `http://127.0.0.1:8080`. A path prefix
    /// is kept in front of `/api/v1alpha1` and `/csv`. A URL copied with the
    /// API path on its end (`https://doltlab.example.com/api/v1alpha1`) is
    /// accepted and cut back to the host, so the path is not doubled.
    ///
    /// ```
    /// let client = dolthub::Client::builder().base_url("http://127.0.0.1:8080").build()?;
    /// assert_eq!(client.base_url().port(), Some(8080));
    /// let client = dolthub::Client::builder()
    ///     .base_url("https://doltlab.example.com/api/v1alpha1/")
    ///     .build()?;
    /// assert_eq!(client.base_url().as_str(), "https://doltlab.example.com/");
    /// # Ok::<(), dolthub::Error>(())
    /// ```
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// The `user-agent` header (default `dolthub-rs/<version>`).
    ///
    /// ```
    /// let client = dolthub::Client::builder().user_agent("my-tool/1.0").build()?;
    /// # Ok::<(), dolthub::Error>(())
    /// ```
    pub fn user_agent(mut self, agent: impl Into<String>) -> Self {
        self.user_agent = Some(agent.into());
        self
    }

    /// Time allowed to establish a connection (default 10 s). Ignored with
    /// [`http_client`](Self::http_client): configure that client instead.
    ///
    /// ```
    /// let b = dolthub::Client::builder().connect_timeout(std::time::Duration::from_secs(3));
    /// # let _ = b;
    /// ```
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = Some(timeout);
        self
    }

    /// Time allowed for a whole JSON request, response included (default
    /// 90 s, above DoltHub's ~55 s query limit). Uploads and CSV downloads are
    /// not bounded by it (they may legitimately take long); they stop when no
    /// data moves for the read timeout instead.
    ///
    /// ```
    /// let b = dolthub::Client::builder().timeout(std::time::Duration::from_secs(30));
    /// # let _ = b;
    /// ```
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(Some(timeout));
        self
    }

    /// Remove the whole-request timeout.
    ///
    /// ```
    /// let b = dolthub::Client::builder().no_timeout();
    /// # let _ = b;
    /// ```
    pub fn no_timeout(mut self) -> Self {
        self.timeout = Some(None);
        self
    }

    /// Longest pause with no data moving, either way (default 60 s): while
    /// waiting for an answer, between two chunks of a response, and while an
    /// upload is still sending. With [`http_client`](Self::http_client) it
    /// applies only when set here.
    ///
    /// ```
    /// let b = dolthub::Client::builder().read_timeout(std::time::Duration::from_secs(20));
    /// # let _ = b;
    /// ```
    pub fn read_timeout(mut self, timeout: Duration) -> Self {
        self.read_timeout = Some(timeout);
        self
    }

    /// Retry settings for safe requests (see [`RetryPolicy`]).
    ///
    /// ```
    /// let b = dolthub::Client::builder().retry_policy(dolthub::RetryPolicy::default().max_attempts(5));
    /// # let _ = b;
    /// ```
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.retry_policy = Some(policy);
        self
    }

    /// Speak this API version. An explicit choice always wins over
    /// `DOLTHUB_API_VERSION` and over the guess from the token and host
    /// (see [`ApiVersion`]).
    ///
    /// ```
    /// use dolthub::ApiVersion;
    /// let client = dolthub::Client::builder().api_version(ApiVersion::V2).token("dhat.old").build()?;
    /// assert_eq!(client.api_version(), ApiVersion::V2);
    /// # Ok::<(), dolthub::Error>(())
    /// ```
    pub fn api_version(mut self, version: ApiVersion) -> Self {
        self.api_version = Some(version);
        self
    }

    /// Use your own `reqwest::Client` (proxies, TLS roots, tracing middleware).
    ///
    /// The default client follows redirects only within the configured origin.
    /// An injected client keeps its own redirect policy; reqwest removes the
    /// `authorization` header whenever a redirect leaves the origin, so the
    /// token still never reaches another host.
    ///
    /// ```
    /// let http = reqwest::Client::builder().build().unwrap();
    /// let client = dolthub::Client::builder().http_client(http).build()?;
    /// # Ok::<(), dolthub::Error>(())
    /// ```
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http_client = Some(client);
        self
    }

    /// Read `DOLTHUB_API_TOKEN`, `DOLTHUB_API_URL` and `DOLTHUB_API_VERSION`
    /// into this builder; unset or blank variables change nothing. An unknown
    /// version name makes [`build`](Self::build) fail.
    ///
    /// ```no_run
    /// let client = dolthub::Client::builder().env().user_agent("my-tool/1.0").build()?;
    /// # Ok::<(), dolthub::Error>(())
    /// ```
    pub fn env(self) -> Self {
        self.env_from(|name| std::env::var(name).ok())
    }

    /// [`env`](Self::env) with an explicit lookup (testable without touching the process environment).
    pub(crate) fn env_from(mut self, lookup: impl Fn(&str) -> Option<String>) -> Self {
        if let Some(token) = lookup(TOKEN_ENV).filter(|t| !t.trim().is_empty()) {
            self.token = Some(SecretString::from(token));
        }
        if let Some(url) = lookup(URL_ENV).filter(|u| !u.trim().is_empty()) {
            self.base_url = Some(url.trim().to_owned());
        }
        if let Some(version) = lookup(VERSION_ENV).filter(|v| !v.trim().is_empty()) {
            self.env_version = Some(version);
        }
        self
    }

    /// Validate the settings and create the client.
    ///
    /// Fails with [`Error::InvalidInput`] for a base URL that is not an
    /// absolute `http(s)` URL without credentials, query or fragment, or a
    /// token or user agent that cannot be sent as a header.
    ///
    /// ```
    /// assert!(dolthub::Client::builder().base_url("ftp://example.com").build().is_err());
    /// ```
    pub fn build(self) -> Result<Client> {
        let base = parse_base_url(self.base_url.as_deref().unwrap_or(DEFAULT_BASE_URL))?;
        let token = match &self.token {
            Some(secret) => Token::new(secret)?,
            None => None,
        };
        let user_agent =
            HeaderValue::from_str(self.user_agent.as_deref().unwrap_or(DEFAULT_USER_AGENT))
                .map_err(|_| {
                    Error::invalid("the user agent contains characters not allowed in a header")
                })?;
        let version = match (self.api_version, &self.env_version) {
            (Some(explicit), _) => explicit,
            (None, Some(named)) => named.parse::<ApiVersion>()?,
            (None, None) => guess_version(&base, token.as_ref()),
        };
        // `ApiVersion` is non-exhaustive: a version `dolthub-api` knows but
        // this crate has no rules for is refused here, not sent wrongly later.
        if crate::version::Dialect::for_version(version).is_none() {
            return Err(Error::invalid(format!(
                "API version `{version}` is not supported by this release of dolthub"
            )));
        }
        // The read timeout is kept by the transport (one timer per request,
        // see `transport::clock`), not by reqwest. A client the caller
        // brings keeps its own settings: ours applies only when asked for.
        let (http, read_timeout) = match self.http_client {
            Some(client) => (client, self.read_timeout),
            None => (
                default_http_client(
                    &base,
                    self.connect_timeout.unwrap_or(Duration::from_secs(10)),
                )?,
                Some(self.read_timeout.unwrap_or(Duration::from_secs(60))),
            ),
        };
        Ok(Client {
            inner: Arc::new(Transport {
                http,
                base,
                token,
                user_agent,
                timeout: self.timeout.unwrap_or(Some(Duration::from_secs(90))),
                read_timeout,
                retry: self.retry_policy.unwrap_or_default(),
                version,
            }),
        })
    }
}

/// The version when nobody chose one: the token's form decides on DoltHub's
/// own hosts; DoltLab (and any other host) serves only v1alpha1.
fn guess_version(base: &Url, token: Option<&Token>) -> ApiVersion {
    let on_dolthub = base.host_str().is_some_and(is_dolthub_host);
    match token.and_then(Token::suggested_version) {
        Some(suggested) if on_dolthub => suggested,
        _ => ApiVersion::V1alpha1,
    }
}

fn parse_base_url(raw: &str) -> Result<Url> {
    let url = Url::parse(raw.trim())
        .map_err(|e| Error::invalid(format!("base URL `{raw}` is not a valid URL: {e}")))?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        return Err(Error::invalid(format!(
            "base URL `{raw}` must be an absolute http or https URL"
        )));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(Error::invalid(
            "the base URL must not contain credentials; use the token setting",
        ));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(Error::invalid(format!(
            "base URL `{raw}` must not have a query or fragment"
        )));
    }
    Ok(without_api_suffix(url))
}

/// The API path is added to every request, so a base URL that already ends
/// with it (as DoltLab's and DoltHub's docs print it) is cut back to what
/// comes before: `https://h/prefix/api/v1alpha1/` (or `.../api/v2/`)
/// becomes `https://h/prefix/`.
fn without_api_suffix(mut url: Url) -> Url {
    let path = url.path().trim_end_matches('/').to_owned();
    let cut = [ApiVersion::V1alpha1, ApiVersion::V2]
        .iter()
        .map(|version| version.base_path())
        .find_map(|api| {
            path.len().checked_sub(api.len()).filter(|&at| {
                path.get(at..)
                    .is_some_and(|tail| tail.eq_ignore_ascii_case(api))
            })
        });
    if let Some(at) = cut {
        let prefix = format!("{}/", &path[..at]);
        url.set_path(&prefix);
    }
    url
}

/// The default HTTP client: follows redirects only inside the configured
/// origin, so neither the token nor request bodies can be bounced elsewhere.
fn default_http_client(base: &Url, connect: Duration) -> Result<reqwest::Client> {
    let origin = base.origin();
    let policy = reqwest::redirect::Policy::custom(move |attempt| {
        if attempt.previous().len() >= 10 || attempt.url().origin() != origin {
            attempt.stop()
        } else {
            attempt.follow()
        }
    });
    reqwest::Client::builder()
        .redirect(policy)
        .connect_timeout(connect)
        .build()
        .map_err(Error::transport)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn env_values_are_applied() {
        let client = Client::builder()
            .env_from(|name| match name {
                TOKEN_ENV => Some("dhat.from.env".into()),
                URL_ENV => Some("http://127.0.0.1:9".into()),
                _ => None,
            })
            .build()
            .unwrap();
        assert!(client.has_token());
        assert_eq!(client.base_url().as_str(), "http://127.0.0.1:9/");
    }

    #[test]
    fn blank_env_values_are_ignored() {
        let client = Client::builder()
            .env_from(|_| Some("  ".into()))
            .build()
            .unwrap();
        assert!(!client.has_token());
        assert_eq!(client.base_url().as_str(), "https://www.dolthub.com/");
    }

    /// Issue 10 bug 8: a base URL ending in `/api/v1alpha1` was doubled.
    #[test]
    fn base_url_with_the_api_path_is_normalised() {
        for (given, want) in [
            (
                "https://doltlab.example.com/api/v1alpha1",
                "https://doltlab.example.com/",
            ),
            (
                "https://doltlab.example.com/api/v1alpha1/",
                "https://doltlab.example.com/",
            ),
            ("http://127.0.0.1:9/API/V1ALPHA1", "http://127.0.0.1:9/"),
            ("https://www.dolthub.com/api/v2", "https://www.dolthub.com/"),
            ("https://h.example/lab/api/v2/", "https://h.example/lab/"),
            ("https://h.example/api/v2x", "https://h.example/api/v2x"),
            (
                "https://h.example/lab/api/v1alpha1",
                "https://h.example/lab/",
            ),
            ("https://h.example/lab", "https://h.example/lab"),
            ("https://h.example/api", "https://h.example/api"),
        ] {
            let client = Client::builder().base_url(given).build().unwrap();
            assert_eq!(client.base_url().as_str(), want, "{given}");
        }
        let client = Client::builder()
            .base_url("https://doltlab.example.com/api/v1alpha1")
            .build()
            .unwrap();
        let url = crate::request::RequestSpec::for_operation(
            &dolthub_api::v1alpha1::ops::GET_CURRENT_USER,
            &[],
        )
        .unwrap()
        .url(client.base_url())
        .unwrap();
        assert_eq!(
            url.as_str(),
            "https://doltlab.example.com/api/v1alpha1/user"
        );
    }

    #[test]
    fn version_explicit_beats_env_beats_token_and_doltlab_defaults_to_v1alpha1() {
        let env = |version: &'static str| {
            move |name: &str| match name {
                VERSION_ENV => Some(version.to_owned()),
                _ => None,
            }
        };
        let v = |b: ClientBuilder| b.build().unwrap().api_version();
        assert_eq!(v(Client::builder().token("dh_x")), ApiVersion::V2);
        assert_eq!(v(Client::builder().token("dhat.x")), ApiVersion::V1alpha1);
        assert_eq!(v(Client::builder()), ApiVersion::V1alpha1);
        assert_eq!(
            v(Client::builder()
                .token("dh_x")
                .base_url("https://lab.example.com")),
            ApiVersion::V1alpha1
        );
        assert_eq!(
            v(Client::builder().token("dhat.x").env_from(env("v2"))),
            ApiVersion::V2
        );
        assert_eq!(
            v(Client::builder()
                .token("dh_x")
                .env_from(env("v2"))
                .api_version(ApiVersion::V1alpha1)),
            ApiVersion::V1alpha1
        );
        assert!(matches!(
            Client::builder().env_from(env("v9")).build(),
            Err(Error::InvalidInput { .. })
        ));
    }

    #[test]
    fn base_url_validation() {
        for bad in [
            "not a url",
            "ftp://x.example",
            "https://user:pw@x.example",
            "https://x.example/?a=1",
            "mailto:a@b.c",
        ] {
            assert!(
                matches!(
                    Client::builder().base_url(bad).build(),
                    Err(Error::InvalidInput { .. })
                ),
                "{bad}"
            );
        }
    }

    #[test]
    fn debug_never_shows_the_token() {
        let builder = Client::builder().token("dhat.very.secret");
        assert!(!format!("{builder:?}").contains("very.secret"));
        let client = builder.build().unwrap();
        let shown = format!("{client:?}");
        assert!(!shown.contains("very.secret"), "{shown}");
        assert!(shown.contains("[redacted]"));
    }
}
