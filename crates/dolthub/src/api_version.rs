//! [`ApiVersion`]: which DoltHub HTTP API a [`Client`](crate::Client) speaks.

/// Environment variable choosing the API version (`v1alpha1` or `v2`).
pub const VERSION_ENV: &str = "DOLTHUB_API_VERSION";

/// The DoltHub HTTP API a client speaks: `dolthub_api::ApiVersion`, the one
/// version type of the workspace (the generated descriptors carry it too).
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
pub use dolthub_api::ApiVersion;

/// Whether `host` is DoltHub's own (where v2 exists); anything else is
/// treated as DoltLab or a local server.
pub(crate) fn is_dolthub_host(host: &str) -> bool {
    let host = host.to_ascii_lowercase();
    host == "dolthub.com" || host.ends_with(".dolthub.com")
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::error::Error;

    #[test]
    fn parse_accepts_both_names_and_refuses_others() {
        assert_eq!(" V2 ".parse::<ApiVersion>().unwrap(), ApiVersion::V2);
        assert_eq!(
            "v1alpha1".parse::<ApiVersion>().unwrap(),
            ApiVersion::V1alpha1
        );
        // A refused name becomes the wrapper's invalid-input error, message kept.
        let err = Error::from("v3".parse::<ApiVersion>().unwrap_err());
        assert!(matches!(err, Error::InvalidInput { .. }), "{err:?}");
        assert!(
            err.to_string()
                .contains("unknown API version `v3`: use `v1alpha1` or `v2`"),
            "{err}"
        );
        assert!(is_dolthub_host("www.dolthub.com"));
        assert!(!is_dolthub_host("doltlab.example.com"));
        assert!(!is_dolthub_host("notdolthub.com"));
    }
}
