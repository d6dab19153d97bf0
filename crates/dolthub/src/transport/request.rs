//! Pure request descriptions.
//!
//! A [`RequestSpec`] says *what* to send: the spec operation (method and path
//! template come from `dolthub_api::spec_index::OPERATIONS`, so the wrapper
//! cannot drift from the spec), the path parameters, the query and the body.
//! Turning it into a `reqwest::Request` needs only the base URL, so it is
//! tested without any network; sending, authentication, retries and tracing
//! live in [`crate::transport`].

use dolthub_api::spec_index::{OPERATIONS, Operation};
use reqwest::Method;
use reqwest::header::{ACCEPT, CONTENT_TYPE, HeaderValue};
use serde::Serialize;
use url::Url;

use crate::error::{Error, Result};
use crate::transport::path::encode_segment;

/// The body of a request.
pub(crate) enum Body {
    /// No body at all.
    Empty,
    /// Serialized JSON.
    Json(Vec<u8>),
    /// A multipart form (uploads). Not clonable, hence never retried.
    Multipart(reqwest::multipart::Form),
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
    pub(crate) operation: &'static Operation,
    pub(crate) path: String,
    pub(crate) query: Vec<(&'static str, String)>,
    pub(crate) body: Body,
    pub(crate) expect: Expect,
    /// Whether the client's whole-request timeout applies (not for uploads
    /// and downloads, which may legitimately take long).
    pub(crate) bounded: bool,
}

/// Look an operation up in the spec index.
pub(crate) fn operation(id: &str) -> Result<&'static Operation> {
    OPERATIONS
        .iter()
        .find(|op| op.id == id)
        .ok_or_else(|| Error::invalid(format!("unknown spec operation `{id}`")))
}

impl RequestSpec {
    /// Describe a call of spec operation `id` with the given path parameters
    /// (names as in the spec's path template). Values are validated and encoded.
    pub(crate) fn new(id: &str, params: &[(&str, &str)]) -> Result<Self> {
        Self::for_operation(operation(id)?, params)
    }

    /// [`new`](Self::new) for an operation already looked up (the v2 table
    /// lives in [`crate::v2::ops`]).
    pub(crate) fn for_operation(
        operation: &'static Operation,
        params: &[(&str, &str)],
    ) -> Result<Self> {
        let id = operation.id;
        let mut path = String::with_capacity(operation.path.len() + 32);
        for part in operation.path.split('/').filter(|p| !p.is_empty()) {
            path.push('/');
            match part.strip_prefix('{').and_then(|p| p.strip_suffix('}')) {
                Some(name) => {
                    let value = params
                        .iter()
                        .find(|(n, _)| *n == name)
                        .map(|(_, v)| *v)
                        .ok_or_else(|| {
                            Error::invalid(format!("missing path parameter `{name}` for `{id}`"))
                        })?;
                    path.push_str(&encode_segment(name, value)?);
                }
                None => path.push_str(part),
            }
        }
        Ok(Self::with_path(operation, path))
    }

    /// A request of `operation` to an already encoded `path` (a poll URL the
    /// server handed out, checked by the caller).
    pub(crate) fn with_path(operation: &'static Operation, path: String) -> Self {
        Self {
            operation,
            path,
            query: Vec::new(),
            body: Body::Empty,
            expect: Expect::Json,
            bounded: true,
        }
    }

    /// Append a query parameter (form-encoded when the URL is built).
    pub(crate) fn query(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.query.push((name, value.into()));
        self
    }

    /// Append a query parameter when a value is present.
    pub(crate) fn query_opt(self, name: &'static str, value: Option<impl Into<String>>) -> Self {
        match value {
            Some(v) => self.query(name, v),
            None => self,
        }
    }

    /// Use `body` serialized as JSON.
    pub(crate) fn json<T: Serialize>(mut self, body: &T) -> Result<Self> {
        let bytes = serde_json::to_vec(body)
            .map_err(|e| Error::invalid(format!("cannot serialize the request body: {e}")))?;
        self.body = Body::Json(bytes);
        Ok(self)
    }

    /// Use a multipart form as the body.
    pub(crate) fn multipart(mut self, form: reqwest::multipart::Form) -> Self {
        self.body = Body::Multipart(form);
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

    /// The HTTP method from the spec index.
    pub(crate) fn method(&self) -> Method {
        Method::from_bytes(self.operation.method.as_bytes()).unwrap_or(Method::GET)
    }

    /// Safe to repeat: only GETs (reads, lists, downloads and polls).
    pub(crate) fn is_idempotent(&self) -> bool {
        self.method() == Method::GET
    }

    /// A copy for another attempt; `None` for bodies that cannot be replayed.
    pub(crate) fn try_clone(&self) -> Option<Self> {
        let body = match &self.body {
            Body::Empty => Body::Empty,
            Body::Json(bytes) => Body::Json(bytes.clone()),
            Body::Multipart(_) => return None,
        };
        Some(Self {
            operation: self.operation,
            path: self.path.clone(),
            query: self.query.clone(),
            body,
            expect: self.expect,
            bounded: self.bounded,
        })
    }

    /// The full URL below `base` (whose own path, e.g. a DoltLab prefix, is kept).
    pub(crate) fn url(&self, base: &Url) -> Url {
        let mut url = base.clone();
        let prefix = base.path().trim_end_matches('/');
        url.set_path(&format!("{prefix}{}", self.path));
        url.set_query(None);
        url.set_fragment(None);
        if !self.query.is_empty() {
            let mut pairs = url.query_pairs_mut();
            for (name, value) in &self.query {
                pairs.append_pair(name, value);
            }
        }
        url
    }

    /// Build the `reqwest::Request` (without credentials; the transport adds those).
    ///
    /// `client` is only used to assemble multipart bodies; nothing is sent.
    pub(crate) fn into_request(
        self,
        base: &Url,
        client: &reqwest::Client,
    ) -> Result<reqwest::Request> {
        let url = self.url(base);
        let method = self.method();
        let mut request = reqwest::Request::new(method, url);
        let accept = match self.expect {
            Expect::Json => "application/json",
            Expect::Stream => "*/*",
        };
        request
            .headers_mut()
            .insert(ACCEPT, HeaderValue::from_static(accept));
        match self.body {
            Body::Empty => Ok(request),
            Body::Json(bytes) => {
                request
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                *request.body_mut() = Some(bytes.into());
                Ok(request)
            }
            Body::Multipart(form) => reqwest::RequestBuilder::from_parts(client.clone(), request)
                .multipart(form)
                .build()
                .map_err(Error::transport),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base() -> Url {
        Url::parse("https://www.dolthub.com").unwrap()
    }

    #[test]
    fn every_spec_operation_builds_its_template() {
        // Fill every placeholder with a sample and compare with the template:
        // the method and path of every wrapper request come from the index.
        for op in OPERATIONS {
            let names: Vec<&str> = op
                .path
                .split('/')
                .filter_map(|p| p.strip_prefix('{').and_then(|p| p.strip_suffix('}')))
                .collect();
            let params: Vec<(&str, &str)> = names.iter().map(|n| (*n, "v")).collect();
            let spec = RequestSpec::new(op.id, &params).unwrap();
            let mut expected = op.path.to_string();
            for n in &names {
                expected = expected.replace(&format!("{{{n}}}"), "v");
            }
            assert_eq!(spec.path, expected, "{}", op.id);
            assert_eq!(spec.method().as_str(), op.method, "{}", op.id);
        }
    }

    #[test]
    fn refs_with_slashes_stay_one_segment_and_query_is_form_encoded() {
        let spec = RequestSpec::new(
            "sql_read",
            &[
                ("owner", "dolthub"),
                ("database", "museum"),
                ("ref", "feature/x"),
            ],
        )
        .unwrap()
        .query("q", "SELECT * FROM t WHERE a = 'x/y' & 1");
        let url = spec.url(&base());
        assert_eq!(url.path(), "/api/v1alpha1/dolthub/museum/feature%2Fx");
        assert_eq!(
            url.query(),
            Some("q=SELECT+*+FROM+t+WHERE+a+%3D+%27x%2Fy%27+%26+1")
        );
    }

    #[test]
    fn base_path_prefix_is_kept() {
        let spec = RequestSpec::new("get_current_user", &[]).unwrap();
        let url = spec.url(&Url::parse("https://lab.example.com/dolt/").unwrap());
        assert_eq!(
            url.as_str(),
            "https://lab.example.com/dolt/api/v1alpha1/user"
        );
    }

    #[test]
    fn bad_segments_fail_before_sending() {
        for (o, d) in [("", "db"), ("o", ".."), ("o", "%2e%2E")] {
            assert!(matches!(
                RequestSpec::new("list_branches", &[("owner", o), ("database", d)]),
                Err(Error::InvalidInput { .. })
            ));
        }
        assert!(RequestSpec::new("list_branches", &[("owner", "o")]).is_err());
        assert!(RequestSpec::new("no_such_operation", &[]).is_err());
    }

    #[test]
    fn json_body_sets_content_type() {
        let spec = RequestSpec::new("create_database", &[])
            .unwrap()
            .json(&serde_json::json!({"a": 1}))
            .unwrap();
        assert!(!spec.is_idempotent());
        let req = spec.into_request(&base(), &reqwest::Client::new()).unwrap();
        assert_eq!(req.method(), Method::POST);
        assert_eq!(req.headers()[CONTENT_TYPE], "application/json");
        assert_eq!(req.body().unwrap().as_bytes(), Some(&b"{\"a\":1}"[..]));
    }
}
