//! Pure request descriptions.
//!
//! A [`RequestSpec`] says *what* to send: the spec operation (a generated
//! `&'static OperationDescriptor` from `dolthub_api::<version>::ops`, so the
//! wrapper cannot drift from the spec and a removed operation fails to
//! compile), the path parameters, the query and the body.
//! Turning it into a `reqwest::Request` needs only the base URL, so it is
//! tested without any network; sending, authentication, retries and tracing
//! live in [`crate::transport`].

use std::borrow::Cow;
use std::sync::Arc;

use bytes::Bytes;
use dolthub_api::OperationDescriptor;
use reqwest::Method;
use reqwest::header::{ACCEPT, CONTENT_TYPE, HeaderValue};
use serde::Serialize;
use url::Url;

use crate::error::{Error, Result};
use crate::transport::clock::Activity;
use crate::transport::path::push_segment;
use crate::version::Dialect;

/// The body of a request.
pub(crate) enum Body {
    /// No body at all.
    Empty,
    /// Serialized JSON (`Bytes`: each attempt shares it instead of copying).
    Json(Bytes),
    /// A multipart form (uploads). Not clonable, hence never retried: the
    /// first attempt takes it, leaving `None`.
    Multipart(Option<reqwest::multipart::Form>),
}

/// What the caller expects back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Expect {
    /// A JSON document, read whole and decoded.
    Json,
    /// A byte stream (CSV, ZIP) handed to the caller unbuffered.
    Stream,
}

/// Everything needed to build one HTTP request.
pub(crate) struct RequestSpec {
    /// The spec operation it calls; `None` for [`Client::request`](crate::Client::request).
    pub(crate) operation: Option<&'static OperationDescriptor>,
    pub(crate) method: Method,
    /// Whether sending it twice has the effect of sending it once, so the
    /// transport may retry it.
    pub(crate) retry_safe: bool,
    /// The version rules the request follows (credentials, error decoding).
    pub(crate) dialect: Dialect,
    /// Encoded path below the base URL.
    pub(crate) path: String,
    pub(crate) query: Vec<(Cow<'static, str>, String)>,
    pub(crate) body: Body,
    pub(crate) expect: Expect,
    /// Whether the client's whole-request timeout applies (not for uploads
    /// and downloads, which may legitimately take long).
    pub(crate) bounded: bool,
    /// Data the body moves on another task (an upload's bytes), which
    /// counts as activity for the read timeout.
    pub(crate) activity: Option<Arc<Activity>>,
}

/// What tracing calls a request made outside the spec's operations.
const RAW_OPERATION: &str = "raw";

impl RequestSpec {
    /// Describe a call of `operation` (one of `dolthub_api::<version>::ops`)
    /// with its path parameters, given by their names in the path template.
    ///
    /// Method, path template, retry safety and version rules all come from
    /// the descriptor, so a renamed or removed operation fails to compile.
    /// Each value is validated and percent-encoded as exactly one segment; a
    /// missing parameter, or one the template does not name, is an error.
    pub(crate) fn for_operation(
        operation: &'static OperationDescriptor,
        params: &[(&str, &str)],
    ) -> Result<Self> {
        let id = operation.id;
        // A name the template does not have is a mistake, not something to
        // ignore. With as many names as placeholders, a stranger shows up as
        // a missing placeholder below, so the names are only scanned here
        // when the counts differ.
        let stranger = || {
            params
                .iter()
                .find(|(name, _)| !operation.path_params.contains(name))
                .map(|(name, _)| Error::invalid(format!("`{id}` has no path parameter `{name}`")))
        };
        if params.len() != operation.path_params.len()
            && let Some(error) = stranger()
        {
            return Err(error);
        }
        // One pass over the template: literal text is copied, each `{name}`
        // is replaced by its value, checked and encoded in place.
        let mut path = String::with_capacity(operation.path.len() + 48);
        let mut rest = operation.path;
        while let Some(open) = rest.find('{') {
            path.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            let close = after.find('}').unwrap_or(after.len());
            let name = &after[..close];
            let value = params
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| *v)
                .ok_or_else(|| {
                    stranger().unwrap_or_else(|| {
                        Error::invalid(format!("missing path parameter `{name}` for `{id}`"))
                    })
                })?;
            push_segment(&mut path, name, value)?;
            rest = after.get(close + 1..).unwrap_or("");
        }
        path.push_str(rest);
        Ok(Self::with_path(operation, path))
    }

    /// A request of `operation` to an already encoded `path` (a poll URL the
    /// server handed out, checked by the caller).
    pub(crate) fn with_path(operation: &'static OperationDescriptor, path: String) -> Self {
        Self {
            operation: Some(operation),
            method: operation.method.clone(),
            retry_safe: operation.retry_safe,
            dialect: Dialect::of(operation.version),
            path,
            query: Vec::new(),
            body: Body::Empty,
            expect: Expect::Json,
            bounded: true,
            activity: None,
        }
    }

    /// A request outside the spec's operations: `method` to an already
    /// encoded `path`, following `dialect`'s rules; GETs alone are retried.
    pub(crate) fn raw(method: Method, path: String, dialect: Dialect) -> Self {
        Self {
            operation: None,
            retry_safe: method == Method::GET,
            method,
            dialect,
            path,
            query: Vec::new(),
            body: Body::Empty,
            expect: Expect::Json,
            bounded: true,
            activity: None,
        }
    }

    /// The operation id tracing records (`raw` outside the spec).
    pub(crate) fn operation_id(&self) -> &'static str {
        self.operation.map_or(RAW_OPERATION, |op| op.id)
    }

    /// Append a query parameter (form-encoded when the URL is built).
    pub(crate) fn query(
        mut self,
        name: impl Into<Cow<'static, str>>,
        value: impl Into<String>,
    ) -> Self {
        self.query.push((name.into(), value.into()));
        self
    }

    /// Append a query parameter when a value is present.
    pub(crate) fn query_opt(
        self,
        name: impl Into<Cow<'static, str>>,
        value: Option<impl Into<String>>,
    ) -> Self {
        match value {
            Some(v) => self.query(name, v),
            None => self,
        }
    }

    /// Use `body` serialized as JSON.
    pub(crate) fn json<T: Serialize>(mut self, body: &T) -> Result<Self> {
        let bytes = serde_json::to_vec(body)
            .map_err(|e| Error::invalid(format!("cannot serialize the request body: {e}")))?;
        self.body = Body::Json(bytes.into());
        Ok(self)
    }

    /// Use `bytes`, already JSON, as the body.
    pub(crate) fn json_bytes(mut self, bytes: impl Into<Bytes>) -> Self {
        self.body = Body::Json(bytes.into());
        self
    }

    /// Use a multipart form as the body.
    pub(crate) fn multipart(mut self, form: reqwest::multipart::Form) -> Self {
        self.body = Body::Multipart(Some(form));
        self
    }

    /// Expect a byte stream instead of JSON (no whole-request timeout).
    pub(crate) fn streaming(mut self) -> Self {
        self.expect = Expect::Stream;
        self.bounded = false;
        self
    }

    /// Exempt from the whole-request timeout (uploads).
    pub(crate) fn unbounded(mut self) -> Self {
        self.bounded = false;
        self
    }

    /// Count `activity` (touched as an upload's bytes go out) as data moving,
    /// so the read timeout does not end an upload that is still sending.
    pub(crate) fn activity(mut self, activity: Arc<Activity>) -> Self {
        self.activity = Some(activity);
        self
    }

    /// The HTTP method.
    pub(crate) fn method(&self) -> Method {
        self.method.clone()
    }

    /// Safe to repeat (reads, lists, downloads and polls).
    pub(crate) fn is_idempotent(&self) -> bool {
        self.retry_safe
    }

    /// Whether the request can be sent again: a safe request whose body
    /// can be replayed (JSON bodies can, multipart forms cannot).
    pub(crate) fn is_replayable(&self) -> bool {
        self.is_idempotent() && !matches!(self.body, Body::Multipart(_))
    }

    /// The full URL below `base` (whose own path, e.g. a DoltLab prefix, is kept).
    ///
    /// The base URL is copied and only its path and query are replaced:
    /// `Url::set_path` parses the path alone, while building the whole URL
    /// as text and parsing it parses the host again. Under callgrind (get
    /// pull) the text-and-parse variant cost about 7,500 instructions per
    /// call against about 2,900 for this one, so this one stays.
    pub(crate) fn url(&self, base: &Url) -> Result<Url> {
        let mut url = base.clone();
        let prefix = base.path().trim_end_matches('/');
        if prefix.is_empty() {
            url.set_path(&self.path);
        } else {
            url.set_path(&format!("{prefix}{}", self.path));
        }
        url.set_query(None);
        url.set_fragment(None);
        if !self.query.is_empty() {
            let mut pairs = url.query_pairs_mut();
            for (name, value) in &self.query {
                pairs.append_pair(name, value);
            }
        }
        Ok(url)
    }

    /// Build the `reqwest::Request` (without credentials; the transport adds those).
    ///
    /// Borrows the spec, so a retry builds its request from the same spec
    /// without a copy; a multipart form is taken by the first call (such
    /// requests are never replayed, see [`is_replayable`](Self::is_replayable)).
    /// `client` is only used to assemble multipart bodies; nothing is sent.
    pub(crate) fn build_request(
        &mut self,
        base: &Url,
        client: &reqwest::Client,
    ) -> Result<reqwest::Request> {
        let url = self.url(base)?;
        let method = self.method();
        let mut request = reqwest::Request::new(method, url);
        let accept = match self.expect {
            Expect::Json => "application/json",
            Expect::Stream => "*/*",
        };
        request
            .headers_mut()
            .insert(ACCEPT, HeaderValue::from_static(accept));
        match &mut self.body {
            Body::Empty => Ok(request),
            Body::Json(bytes) => {
                request
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                *request.body_mut() = Some(bytes.clone().into());
                Ok(request)
            }
            Body::Multipart(form) => {
                let form = form
                    .take()
                    .ok_or_else(|| Error::invalid("a multipart body cannot be sent twice"))?;
                reqwest::RequestBuilder::from_parts(client.clone(), request)
                    .multipart(form)
                    .build()
                    .map_err(Error::transport)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use dolthub_api::{v1alpha1, v2};

    use super::*;

    fn base() -> Url {
        Url::parse("https://www.dolthub.com").unwrap()
    }

    #[test]
    fn every_operation_of_both_versions_builds_its_template() {
        // Fill every placeholder with a sample and compare with the template:
        // method, path, retry safety and version of every wrapper request
        // come from the descriptor.
        for op in v1alpha1::ops::ALL.iter().chain(v2::ops::ALL) {
            let params: Vec<(&str, &str)> = op.path_params.iter().map(|n| (*n, "v")).collect();
            let spec = RequestSpec::for_operation(op, &params).unwrap();
            let mut expected = op.path.to_string();
            for n in op.path_params {
                expected = expected.replace(&format!("{{{n}}}"), "v");
            }
            assert_eq!(spec.path, expected, "{op}");
            assert_eq!(spec.method(), op.method, "{op}");
            assert_eq!(spec.is_idempotent(), op.retry_safe, "{op}");
            assert_eq!(spec.dialect.version(), op.version, "{op}");
            assert_eq!(spec.operation_id(), op.id);
        }
    }

    #[test]
    fn retry_safety_is_the_descriptors_not_the_methods() {
        // A POST the spec marks retry-safe (a read sent as a body) is retried;
        // a POST that changes state is not.
        let read = RequestSpec::for_operation(
            &v2::ops::RUN_SQL_READ_QUERY_POST,
            &[("owner", "o"), ("database", "d")],
        )
        .unwrap();
        assert_eq!(read.method(), Method::POST);
        assert!(read.is_idempotent());
        let write = RequestSpec::for_operation(
            &v2::ops::RUN_SQL_WRITE_QUERY,
            &[("owner", "o"), ("database", "d")],
        )
        .unwrap();
        assert!(!write.is_idempotent());
    }

    #[test]
    fn refs_with_slashes_stay_one_segment_and_query_is_form_encoded() {
        let spec = RequestSpec::for_operation(
            &v1alpha1::ops::SQL_READ,
            &[
                ("owner", "dolthub"),
                ("database", "museum"),
                ("ref", "feature/x"),
            ],
        )
        .unwrap()
        .query("q", "SELECT * FROM t WHERE a = 'x/y' & 1");
        let url = spec.url(&base()).unwrap();
        assert_eq!(url.path(), "/api/v1alpha1/dolthub/museum/feature%2Fx");
        assert_eq!(
            url.query(),
            Some("q=SELECT+*+FROM+t+WHERE+a+%3D+%27x%2Fy%27+%26+1")
        );
    }

    #[test]
    fn v2_paths_and_dialect_come_from_the_v2_descriptor() {
        let spec = RequestSpec::for_operation(
            &v2::ops::GET_PULL,
            &[("owner", "o"), ("database", "d b"), ("pull_number", "7")],
        )
        .unwrap();
        assert_eq!(spec.path, "/api/v2/databases/o/d%20b/pulls/7");
        assert_eq!(spec.dialect.version(), dolthub_api::ApiVersion::V2);
    }

    #[test]
    fn base_path_prefix_is_kept() {
        let spec = RequestSpec::for_operation(&v1alpha1::ops::GET_CURRENT_USER, &[]).unwrap();
        let url = spec
            .url(&Url::parse("https://lab.example.com/dolt/").unwrap())
            .unwrap();
        assert_eq!(
            url.as_str(),
            "https://lab.example.com/dolt/api/v1alpha1/user"
        );
    }

    #[test]
    fn bad_segments_fail_before_sending() {
        let list = &v1alpha1::ops::LIST_BRANCHES;
        for (o, d) in [("", "db"), ("o", ".."), ("o", "%2e%2E")] {
            assert!(matches!(
                RequestSpec::for_operation(list, &[("owner", o), ("database", d)]),
                Err(Error::InvalidInput { .. })
            ));
        }
        let missing = RequestSpec::for_operation(list, &[("owner", "o")]).err();
        assert!(
            missing.is_some_and(|e| e.to_string().contains("missing path parameter `database`"))
        );
        // A name the template does not have (v1alpha1 says `pull_id`, v2
        // `pull_number`) is a mistake, not something to ignore.
        let unknown = RequestSpec::for_operation(
            &v2::ops::GET_PULL,
            &[("owner", "o"), ("database", "d"), ("pull_id", "7")],
        )
        .err();
        assert!(unknown.is_some_and(|e| e.to_string().contains("no path parameter `pull_id`")));
    }

    #[test]
    fn json_body_sets_content_type() {
        let mut spec = RequestSpec::for_operation(&v1alpha1::ops::CREATE_DATABASE, &[])
            .unwrap()
            .json(&serde_json::json!({"a": 1}))
            .unwrap();
        assert!(!spec.is_idempotent());
        let req = spec
            .build_request(&base(), &reqwest::Client::new())
            .unwrap();
        assert_eq!(req.method(), Method::POST);
        assert_eq!(req.headers()[CONTENT_TYPE], "application/json");
        assert_eq!(req.body().unwrap().as_bytes(), Some(&b"{\"a\":1}"[..]));
    }

    #[test]
    fn raw_requests_are_traced_as_raw_and_retry_only_gets() {
        let dialect = Dialect::of(dolthub_api::ApiVersion::V2);
        let get = RequestSpec::raw(Method::GET, "/x".into(), dialect);
        assert_eq!(get.operation_id(), "raw");
        assert!(get.is_idempotent());
        assert!(!RequestSpec::raw(Method::POST, "/x".into(), dialect).is_idempotent());
    }
}
