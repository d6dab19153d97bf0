//! The escape hatch: any request to the API, with the client's credentials,
//! retries, tracing and error mapping, for what the typed handles do not
//! cover (yet). See [`Client::request`].

use std::fmt;

use bytes::Bytes;
use percent_encoding::percent_decode_str;
use reqwest::Method;
use reqwest::header::HeaderMap;
use serde::Serialize;
use serde::de::DeserializeOwned;
use url::Url;

use crate::client::Client;
use crate::error::{Error, Result};
use crate::pagination::{Page, Pages};
use crate::transport::decode_json;
use crate::transport::request::RequestSpec;
use crate::version::Dialect;

impl Client {
    /// A request to any API path, sent like the typed calls: same token
    /// header, retries (GETs only), tracing and typed errors.
    ///
    /// `path` is relative to the API root of the client's version (`/user`
    /// means `/api/v1alpha1/user` or `/api/v2/user`); a path starting with
    /// `/api/` or `/csv/` is taken from the server root instead. A full URL
    /// is accepted only on the client's own origin: the token never goes to
    /// another host. `..` segments are refused.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// use reqwest::Method;
    /// // Typed:
    /// #[derive(serde::Deserialize)]
    /// struct Me { username: String }
    /// let me: Me = client.request(Method::GET, "/user").decode().await?;
    /// // Raw, with query and body:
    /// let answer = client
    ///     .request(Method::POST, "/dolthub/museum-collections/branches")
    ///     .json(&serde_json::json!({"revisionType": "branch", "revisionName": "main",
    ///                               "newBranchName": "lacma"}))
    ///     .send()
    ///     .await?;
    /// println!("{} {}", answer.status(), answer.text());
    /// # Ok(()) }
    /// ```
    pub fn request(&self, method: Method, path: impl Into<String>) -> RawRequest {
        RawRequest {
            client: self.clone(),
            method,
            path: path.into(),
            query: Vec::new(),
            body: None,
        }
    }
}

/// Builder of a raw request; see [`Client::request`].
#[derive(Clone)]
#[must_use]
pub struct RawRequest {
    client: Client,
    method: Method,
    path: String,
    query: Vec<(String, String)>,
    body: Option<Result<Vec<u8>, String>>,
}

impl fmt::Debug for RawRequest {
    // Query values and bodies may hold SQL or page tokens: names only.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RawRequest")
            .field("method", &self.method)
            .field("path", &self.path)
            .field(
                "query",
                &self.query.iter().map(|(n, _)| n).collect::<Vec<_>>(),
            )
            .field("body", &self.body.is_some())
            .finish()
    }
}

impl RawRequest {
    /// Append a query parameter (encoded for you).
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let rows = client.request(reqwest::Method::GET, "/dolthub/museum-collections/main")
    ///     .query("q", "SELECT COUNT(*) FROM lacma")
    ///     .send().await?;
    /// # Ok(()) }
    /// ```
    pub fn query(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.query.push((name.into(), value.into()));
        self
    }

    /// Send `body` as JSON (a serialization failure is reported by `send`).
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// client.request(reqwest::Method::POST, "/database")
    ///     .json(&serde_json::json!({"ownerName": "me", "repoName": "notes", "visibility": "private"}))
    ///     .send().await?;
    /// # Ok(()) }
    /// ```
    pub fn json<B: Serialize + ?Sized>(mut self, body: &B) -> Self {
        self.body = Some(serde_json::to_vec(body).map_err(|e| e.to_string()));
        self
    }

    /// Send a JSON document given as bytes (checked to be JSON before sending).
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let body = std::fs::read("pull.json").unwrap();
    /// client.request(reqwest::Method::POST, "/dolthub/museum/pulls").json_bytes(body).send().await?;
    /// # Ok(()) }
    /// ```
    pub fn json_bytes(mut self, body: impl Into<Vec<u8>>) -> Self {
        let body = body.into();
        self.body = Some(
            match serde_json::from_slice::<serde::de::IgnoredAny>(&body) {
                Ok(_) => Ok(body),
                Err(e) => Err(e.to_string()),
            },
        );
        self
    }

    /// Send and return the successful answer as it came; an unsuccessful one
    /// is an [`Error`] as for every typed call.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let answer = client.request(reqwest::Method::GET, "/user").send().await?;
    /// assert!(answer.status() < 300);
    /// # Ok(()) }
    /// ```
    pub async fn send(self) -> Result<RawResponse> {
        let secret = self.client.transport().secret().map(str::to_owned);
        let spec = self.spec()?;
        let crate::transport::Whole {
            status,
            headers,
            body,
        } = self.client.transport().send_whole(spec).await?;
        Ok(RawResponse {
            status,
            headers,
            body,
            secret,
        })
    }

    /// Send and decode the JSON answer into `T`.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let me: serde_json::Value = client.request(reqwest::Method::GET, "/user").decode().await?;
    /// # Ok(()) }
    /// ```
    pub async fn decode<T: DeserializeOwned>(self) -> Result<T> {
        self.send().await?.json()
    }

    /// Every page of a list, one answer per page: the page token is read the
    /// way the path's API version writes it (`next_page_token`, or
    /// `meta.next_page_token` on v2) and sent back as its page parameter
    /// (`pageToken` or `page_token`). Ends on an absent or empty token;
    /// a repeated token ends with [`Error::PaginationLoop`].
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// use futures::TryStreamExt;
    /// let mut pages = client.request(reqwest::Method::GET, "/dolthub/museum-collections/pulls").pages();
    /// while let Some(page) = pages.try_next().await? {
    ///     println!("{}", page.text());
    /// }
    /// # Ok(()) }
    /// ```
    pub fn pages(self) -> Pages<RawResponse> {
        let fetch = std::sync::Arc::new(move |token: Option<String>| {
            let this = self.clone();
            Box::pin(async move {
                let dialect = Dialect::of_path(&this.resolve()?.0);
                let this = match token {
                    Some(token) => this.query(dialect.page_token_param(), token),
                    None => this,
                };
                let page = this.send().await?;
                let body: serde_json::Value = page.json()?;
                let next = dialect.next_page_token(&body);
                Ok(Page::new(vec![page], next))
            }) as futures::future::BoxFuture<'static, Result<Page<RawResponse>>>
        });
        Pages::new("raw", None, fetch)
    }

    /// The path below the base URL, and the query the path or URL carried.
    fn resolve(&self) -> Result<(String, Vec<(String, String)>)> {
        let base = self.client.base_url();
        let raw = self.path.trim();
        if raw.is_empty() {
            return Err(Error::invalid("the request path is empty"));
        }
        let (path, query) = if raw.contains("://") {
            let url = Url::parse(raw)
                .map_err(|e| Error::invalid(format!("`{raw}` is not a valid URL: {e}")))?;
            if url.origin() != base.origin() {
                return Err(Error::invalid(format!(
                    "refusing to send the request to {}: only the client's own origin ({}) \
                     gets its credentials",
                    url.origin().ascii_serialization(),
                    base.origin().ascii_serialization(),
                )));
            }
            let prefix = base.path().trim_end_matches('/');
            let below = url.path().strip_prefix(prefix).ok_or_else(|| {
                Error::invalid(format!("`{raw}` is not below the base URL {base}"))
            })?;
            (below.to_owned(), url.query().map(str::to_owned))
        } else {
            let (path, query) = match raw.split_once('?') {
                Some((p, q)) => (p, Some(q.to_owned())),
                None => (raw, None),
            };
            let path = format!("/{}", path.trim_start_matches('/'));
            let path = if ["/api/", "/csv/"].iter().any(|p| path.starts_with(p)) {
                path
            } else {
                let root = Dialect::of(self.client.api_version()).base_path();
                format!("{root}{}", path.trim_end_matches('/'))
            };
            (path, query)
        };
        if path.contains('#') {
            return Err(Error::invalid("the request path must not carry a fragment"));
        }
        for segment in path.split('/') {
            let decoded = percent_decode_str(segment).decode_utf8_lossy();
            if decoded == "." || decoded == ".." {
                return Err(Error::invalid(format!(
                    "the request path `{raw}` has a dot segment, which would leave the API root"
                )));
            }
        }
        let query = query
            .map(|q| {
                url::form_urlencoded::parse(q.as_bytes())
                    .map(|(k, v)| (k.into_owned(), v.into_owned()))
                    .collect()
            })
            .unwrap_or_default();
        Ok((path, query))
    }

    fn spec(&self) -> Result<RequestSpec> {
        let (path, from_path) = self.resolve()?;
        let dialect = Dialect::of_path(&path);
        let mut spec = RequestSpec::raw(self.method.clone(), path, dialect);
        for (name, value) in from_path.into_iter().chain(self.query.iter().cloned()) {
            spec = spec.query(name, value);
        }
        match &self.body {
            None => Ok(spec),
            Some(Ok(bytes)) => Ok(spec.json_bytes(bytes.clone())),
            Some(Err(why)) => Err(Error::invalid(format!(
                "the request body is not valid JSON: {why}"
            ))),
        }
    }
}

/// A successful answer to a [`RawRequest`]: status, headers and the whole body.
#[derive(Clone)]
pub struct RawResponse {
    status: u16,
    headers: HeaderMap,
    body: Bytes,
    secret: Option<String>,
}

impl fmt::Debug for RawResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RawResponse")
            .field("status", &self.status)
            .field("bytes", &self.body.len())
            .finish_non_exhaustive()
    }
}

impl RawResponse {
    /// The HTTP status (2xx).
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let status = client.request(reqwest::Method::GET, "/user").send().await?.status();
    /// # Ok(()) }
    /// ```
    pub fn status(&self) -> u16 {
        self.status
    }

    /// The response headers.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let answer = client.request(reqwest::Method::GET, "/user").send().await?;
    /// for (name, value) in answer.headers() { println!("{name}: {value:?}"); }
    /// # Ok(()) }
    /// ```
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// The body as bytes.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let bytes = client.request(reqwest::Method::GET, "/user").send().await?.bytes().len();
    /// # Ok(()) }
    /// ```
    pub fn bytes(&self) -> &Bytes {
        &self.body
    }

    /// The body as text (invalid UTF-8 replaced).
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// println!("{}", client.request(reqwest::Method::GET, "/user").send().await?.text());
    /// # Ok(()) }
    /// ```
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    /// The body decoded as JSON into `T` ([`Error::Decode`] with an excerpt otherwise).
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let me: serde_json::Value = client.request(reqwest::Method::GET, "/user").send().await?.json()?;
    /// # Ok(()) }
    /// ```
    pub fn json<T: DeserializeOwned>(&self) -> Result<T> {
        decode_json(self.status, &self.body, true, self.secret.as_deref())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn client(base: &str, version: crate::ApiVersion) -> Client {
        Client::builder()
            .base_url(base)
            .api_version(version)
            .build()
            .unwrap()
    }

    fn resolved(c: &Client, path: &str) -> Result<(String, Vec<(String, String)>)> {
        c.request(Method::GET, path).resolve()
    }

    #[test]
    fn paths_are_relative_to_the_versions_api_root() {
        let v1 = client("http://127.0.0.1:9", crate::ApiVersion::V1alpha1);
        let v2 = client("http://127.0.0.1:9", crate::ApiVersion::V2);
        assert_eq!(resolved(&v1, "/user").unwrap().0, "/api/v1alpha1/user");
        assert_eq!(resolved(&v1, "user/").unwrap().0, "/api/v1alpha1/user");
        assert_eq!(resolved(&v2, "/user").unwrap().0, "/api/v2/user");
        assert_eq!(resolved(&v1, "/api/v2/user").unwrap().0, "/api/v2/user");
        assert_eq!(resolved(&v1, "/csv/o/d/main").unwrap().0, "/csv/o/d/main");
        let (path, query) = resolved(&v1, "/o/d/main?q=SELECT+1&x=a%26b").unwrap();
        assert_eq!(path, "/api/v1alpha1/o/d/main");
        assert_eq!(
            query,
            vec![("q".into(), "SELECT 1".into()), ("x".into(), "a&b".into())]
        );
    }

    #[test]
    fn other_origins_dot_segments_and_bad_bodies_are_refused_before_sending() {
        let c = client("http://127.0.0.1:9/lab", crate::ApiVersion::V1alpha1);
        for bad in [
            "http://127.0.0.2:9/lab/api/v1alpha1/user",
            "https://127.0.0.1:9/lab/api/v1alpha1/user",
            "http://127.0.0.1:10/lab/api/v1alpha1/user",
            "http://127.0.0.1:9/other/api/v1alpha1/user",
            "/../user",
            "/o/%2e%2E/x",
            "",
            "/user#frag",
        ] {
            assert!(
                matches!(resolved(&c, bad), Err(Error::InvalidInput { .. })),
                "{bad}"
            );
        }
        assert_eq!(
            resolved(&c, "http://127.0.0.1:9/lab/api/v1alpha1/user?a=1").unwrap(),
            ("/api/v1alpha1/user".into(), vec![("a".into(), "1".into())])
        );
        let err = c
            .request(Method::POST, "/x")
            .json_bytes(&b"{not json"[..])
            .spec()
            .err()
            .unwrap();
        assert!(matches!(err, Error::InvalidInput { .. }), "{err}");
    }

    #[test]
    fn only_gets_are_retry_safe_and_the_path_picks_the_rules() {
        let c = client("http://127.0.0.1:9", crate::ApiVersion::V1alpha1);
        let get = c.request(Method::GET, "/user").spec().unwrap();
        assert!(get.is_idempotent());
        assert_eq!(get.operation_id(), "raw");
        assert!(
            !c.request(Method::POST, "/user")
                .spec()
                .unwrap()
                .is_idempotent()
        );
        let v2 = c.request(Method::GET, "/api/v2/user").spec().unwrap();
        assert_eq!(v2.dialect.version(), crate::ApiVersion::V2);
    }
}
