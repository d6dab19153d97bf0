//! [`ApiVersion`]: which DoltHub HTTP API a [`Client`](crate::Client) speaks.

use std::fmt;
use std::str::FromStr;

use crate::error::Error;

/// Environment variable choosing the API version (`v1alpha1` or `v2`).
pub const VERSION_ENV: &str = "DOLTHUB_API_VERSION";

/// The DoltHub HTTP API a client speaks.
///
/// Chosen with [`ClientBuilder::api_version`](crate::ClientBuilder::api_version),
/// by `DOLTHUB_API_VERSION`, or automatically: on DoltHub's own hosts a `dh_`
/// token means v2 and a `dhat.` token v1alpha1; everything else (DoltLab,
/// the sandbox, no token) defaults to v1alpha1, the API DoltLab serves.
///
/// ```
/// use dolthub::ApiVersion;
/// assert_eq!("v2".parse::<ApiVersion>()?, ApiVersion::V2);
/// assert_eq!(ApiVersion::V1alpha1.to_string(), "v1alpha1");
/// # Ok::<(), dolthub::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum ApiVersion {
    /// `/api/v1alpha1`: `authorization: token ...`, also DoltLab's API.
    #[default]
    V1alpha1,
    /// `/api/v2`: `Authorization: Bearer ...`, problem errors, one operations poller.
    V2,
}

impl ApiVersion {
    /// The path segment, `v1alpha1` or `v2`.
    pub fn as_str(self) -> &'static str {
        match self {
            ApiVersion::V1alpha1 => "v1alpha1",
            ApiVersion::V2 => "v2",
        }
    }
}

impl fmt::Display for ApiVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for ApiVersion {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        match s.trim().to_ascii_lowercase().as_str() {
            "v1alpha1" | "v1" | "1" => Ok(ApiVersion::V1alpha1),
            "v2" | "2" => Ok(ApiVersion::V2),
            other => Err(Error::invalid(format!(
                "unknown API version `{other}`: use `v1alpha1` or `v2`"
            ))),
        }
    }
}

/// Whether `host` is DoltHub's own (where v2 exists); anything else is
/// treated as DoltLab or a local server.
pub(crate) fn is_dolthub_host(host: &str) -> bool {
    let host = host.to_ascii_lowercase();
    host == "dolthub.com" || host.ends_with(".dolthub.com")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_accepts_both_names_and_refuses_others() {
        assert_eq!(" V2 ".parse::<ApiVersion>().unwrap(), ApiVersion::V2);
        assert_eq!(
            "v1alpha1".parse::<ApiVersion>().unwrap(),
            ApiVersion::V1alpha1
        );
        assert!(matches!(
            "v3".parse::<ApiVersion>(),
            Err(Error::InvalidInput { .. })
        ));
        assert!(is_dolthub_host("www.dolthub.com"));
        assert!(!is_dolthub_host("doltlab.example.com"));
        assert!(!is_dolthub_host("notdolthub.com"));
    }
}
