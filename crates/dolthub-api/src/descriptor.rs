//! Typed facts about every operation of a spec, so code above the generated
//! client (the `dolthub` wrapper, the sandbox, the coverage check) can build
//! requests, decide on retries and find the poll that follows a start without
//! parsing the spec at run time. The generator writes one
//! [`OperationDescriptor`] per operationId into each version's `ops` module.

use std::fmt;
use std::hash::{Hash, Hasher};
use std::str::FromStr;

/// A DoltHub API version this crate knows.
///
/// The one version type of the workspace: `dolthub::ApiVersion` re-exports
/// it. It parses from (and prints as) its URL segment, also in serde, so a
/// config file or environment variable can name it.
///
/// ```
/// use dolthub_api::ApiVersion;
/// assert_eq!("v2".parse::<ApiVersion>(), Ok(ApiVersion::V2));
/// assert_eq!(" V1 ".parse::<ApiVersion>(), Ok(ApiVersion::V1alpha1));
/// assert_eq!(ApiVersion::default(), ApiVersion::V1alpha1);
/// assert!("v3".parse::<ApiVersion>().is_err());
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ApiVersion {
    /// `/api/v1alpha1`: token header `authorization: token ...`; also what DoltLab serves.
    /// The default, because DoltLab serves only this one.
    #[default]
    V1alpha1,
    /// `/api/v2`: Bearer tokens, `{data, meta}` envelopes, problem errors, one operations poller.
    V2,
}

impl ApiVersion {
    /// The version as it appears in URLs: `"v1alpha1"` or `"v2"`.
    ///
    /// ```
    /// assert_eq!(dolthub_api::ApiVersion::V2.as_str(), "v2");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            ApiVersion::V1alpha1 => "v1alpha1",
            ApiVersion::V2 => "v2",
        }
    }

    /// The path prefix of the version's JSON endpoints: `"/api/v1alpha1"` or `"/api/v2"`.
    ///
    /// ```
    /// assert_eq!(dolthub_api::ApiVersion::V1alpha1.base_path(), "/api/v1alpha1");
    /// ```
    pub const fn base_path(self) -> &'static str {
        match self {
            ApiVersion::V1alpha1 => "/api/v1alpha1",
            ApiVersion::V2 => "/api/v2",
        }
    }
}

impl fmt::Display for ApiVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Accepts `v1alpha1`, `v1` or `1` and `v2` or `2`, ignoring case and
/// surrounding blanks (what people type into `DOLTHUB_API_VERSION`).
impl FromStr for ApiVersion {
    type Err = ParseApiVersionError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let name = s.trim().to_ascii_lowercase();
        match name.as_str() {
            "v1alpha1" | "v1" | "1" => Ok(ApiVersion::V1alpha1),
            "v2" | "2" => Ok(ApiVersion::V2),
            _ => Err(ParseApiVersionError { name }),
        }
    }
}

impl serde::Serialize for ApiVersion {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for ApiVersion {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let name = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        name.parse().map_err(serde::de::Error::custom)
    }
}

/// A name that is not an API version (see [`ApiVersion`]'s `FromStr`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseApiVersionError {
    /// The refused name, trimmed and lower-cased.
    name: String,
}

impl fmt::Display for ParseApiVersionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown API version `{}`: use `v1alpha1` or `v2`",
            self.name
        )
    }
}

impl std::error::Error for ParseApiVersionError {}

/// One operation of a spec: identity, HTTP shape and behaviour.
///
/// Instances are generated (see e.g. `dolthub_api::v1alpha1::ops`); two
/// descriptors are equal when their operationId and version are.
///
/// ```
/// # #[cfg(feature = "v1alpha1")] {
/// use dolthub_api::v1alpha1::ops;
/// let merge = &ops::MERGE_PULL;
/// assert_eq!(merge.method, http::Method::POST);
/// assert!(!merge.retry_safe);
/// assert_eq!(merge.poll.map(|p| p.id), Some("poll_merge"));
/// # }
/// ```
#[derive(Debug)]
pub struct OperationDescriptor {
    /// The spec's operationId (snake_case), e.g. `"get_pull"`.
    pub id: &'static str,
    /// The spec the operation belongs to.
    pub version: ApiVersion,
    /// The HTTP method.
    pub method: http::Method,
    /// The path template exactly as the spec writes it, e.g.
    /// `"/api/v1alpha1/{owner}/{database}/pulls/{pull_id}"`.
    pub path: &'static str,
    /// The names of the `{...}` placeholders in `path`, in order.
    pub path_params: &'static [&'static str],
    /// The names of the query parameters the spec declares, in spec order.
    pub query_params: &'static [&'static str],
    /// The operation's (first) tag, i.e. the resource it belongs to.
    pub tag: &'static str,
    /// Whether sending the request twice has the same effect as sending it
    /// once: every GET, plus operations the spec marks `x-dolthub-retry-safe: true`.
    pub retry_safe: bool,
    /// The operation to poll for the outcome, when this one starts an
    /// asynchronous job (the spec's `x-dolthub-poll`).
    pub poll: Option<&'static OperationDescriptor>,
    /// True when the generated client has no method for it (multipart
    /// bodies); the `dolthub` crate implements it by hand.
    pub hand_written: bool,
}

impl OperationDescriptor {
    /// Fills the path template with `values` (one per [`path_params`](Self::path_params),
    /// in order), percent-encoding each value as one path segment, so a `/`
    /// inside a value stays inside its segment.
    ///
    /// Returns `None` when the number of values differs from the number of
    /// placeholders.
    ///
    /// ```
    /// # #[cfg(feature = "v1alpha1")] {
    /// let path = dolthub_api::v1alpha1::ops::GET_PULL
    ///     .render_path(&["dolthub", "museum collections", "7"])
    ///     .unwrap();
    /// assert_eq!(path, "/api/v1alpha1/dolthub/museum%20collections/pulls/7");
    /// # }
    /// ```
    pub fn render_path(&self, values: &[&str]) -> Option<String> {
        if values.len() != self.path_params.len() {
            return None;
        }
        let mut out = String::with_capacity(self.path.len() + 16);
        let mut rest = self.path;
        let mut values = values.iter();
        while let Some(open) = rest.find('{') {
            let close = open + rest[open..].find('}')?;
            out.push_str(&rest[..open]);
            encode_segment(values.next()?, &mut out);
            rest = &rest[close + 1..];
        }
        out.push_str(rest);
        Some(out)
    }

    /// Whether the spec declares `name` as a query parameter of this operation.
    pub fn has_query_param(&self, name: &str) -> bool {
        self.query_params.contains(&name)
    }
}

/// Percent-encodes everything but RFC 3986 unreserved characters, so the
/// value cannot leave its path segment (`/`, `?`, `#`, `%` are all encoded).
fn encode_segment(value: &str, out: &mut String) {
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
}

impl PartialEq for OperationDescriptor {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id && self.version == other.version
    }
}

impl Eq for OperationDescriptor {}

impl Hash for OperationDescriptor {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.id.hash(state);
        self.version.hash(state);
    }
}

/// `v1alpha1 get_pull (GET /api/v1alpha1/{owner}/{database}/pulls/{pull_id})`.
impl fmt::Display for OperationDescriptor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {} ({} {})",
            self.version, self.id, self.method, self.path
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static POLL: OperationDescriptor = OperationDescriptor {
        id: "poll_thing",
        version: ApiVersion::V2,
        method: http::Method::GET,
        path: "/api/v2/things/{thing_id}",
        path_params: &["thing_id"],
        query_params: &[],
        tag: "things",
        retry_safe: true,
        poll: None,
        hand_written: false,
    };

    static START: OperationDescriptor = OperationDescriptor {
        id: "start_thing",
        version: ApiVersion::V2,
        method: http::Method::POST,
        path: "/api/v2/{owner}/{database}/things",
        path_params: &["owner", "database"],
        query_params: &["dry_run"],
        tag: "things",
        retry_safe: false,
        poll: Some(&POLL),
        hand_written: false,
    };

    #[test]
    fn versions_name_their_paths() {
        assert_eq!(ApiVersion::V1alpha1.as_str(), "v1alpha1");
        assert_eq!(ApiVersion::V1alpha1.base_path(), "/api/v1alpha1");
        assert_eq!(ApiVersion::V2.as_str(), "v2");
        assert_eq!(ApiVersion::V2.base_path(), "/api/v2");
        assert_eq!(ApiVersion::V2.to_string(), "v2");
    }

    #[test]
    fn versions_parse_print_and_serialize_as_their_segment() {
        for (text, version) in [
            ("v1alpha1", ApiVersion::V1alpha1),
            ("V1", ApiVersion::V1alpha1),
            ("1", ApiVersion::V1alpha1),
            (" v2 ", ApiVersion::V2),
            ("2", ApiVersion::V2),
        ] {
            assert_eq!(text.parse::<ApiVersion>(), Ok(version), "{text}");
        }
        let err = "V3".parse::<ApiVersion>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "unknown API version `v3`: use `v1alpha1` or `v2`"
        );
        assert_eq!(serde_json::to_string(&ApiVersion::V2).unwrap(), "\"v2\"");
        assert_eq!(
            serde_json::from_str::<ApiVersion>("\"v1alpha1\"").unwrap(),
            ApiVersion::V1alpha1
        );
        let bad = serde_json::from_str::<ApiVersion>("\"v9\"").unwrap_err();
        assert!(
            bad.to_string().contains("unknown API version `v9`"),
            "{bad}"
        );
        assert!(serde_json::from_str::<ApiVersion>("2").is_err());
    }

    #[test]
    fn render_path_encodes_each_value_as_one_segment() {
        assert_eq!(
            START.render_path(&["me", "a/b c"]).as_deref(),
            Some("/api/v2/me/a%2Fb%20c/things")
        );
        assert_eq!(
            POLL.render_path(&["x%2Fy?#"]).as_deref(),
            Some("/api/v2/things/x%252Fy%3F%23")
        );
        assert_eq!(START.render_path(&["only-one"]), None);
        assert_eq!(START.render_path(&["a", "b", "c"]), None);
    }

    #[test]
    fn equality_is_by_id_and_version() {
        assert_eq!(START, START);
        assert_ne!(START, POLL);
        assert_eq!(START.poll, Some(&POLL));
        assert!(START.has_query_param("dry_run") && !START.has_query_param("q"));
    }

    #[test]
    fn display_names_version_id_method_and_path() {
        assert_eq!(
            START.to_string(),
            "v2 start_thing (POST /api/v2/{owner}/{database}/things)"
        );
    }
}
