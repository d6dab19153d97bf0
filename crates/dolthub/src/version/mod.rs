//! What differs between API versions, behind one transport.
//!
//! A request is built and sent the same way whatever the version; the few
//! things that differ are asked of the request's [`Dialect`]:
//!
//! | concern | v1alpha1 | v2 |
//! |---|---|---|
//! | base path | `/api/v1alpha1` | `/api/v2` |
//! | credentials | `authorization: token T` | `Authorization: Bearer T` |
//! | error bodies | loose envelopes, text ([`v1alpha1::error_map`]) | RFC 9457 problems (`crate::v2::problem`) |
//! | errors in 2xx bodies | `status: "Error"` | never |
//! | paging | `pageToken` in, `next_page_token` beside the items out | `page_token` in, `{data, meta.next_page_token}` out |
//! | waiting | one poll route per kind (`crate::operation::poll`) | one operations poller (`crate::v2::operation`) |
//!
//! Each version is a module with the same functions ([`v1alpha1`], [`v2`]);
//! [`Dialect`] picks one with a `match`, so adding a version is a new module
//! and one arm per method, and the compiler lists every arm that is missing.

pub(crate) mod v1alpha1;
pub(crate) mod v2;

use reqwest::header::HeaderValue;
use serde::de::DeserializeOwned;

use crate::ApiVersion;
use crate::error::{Error, Result};
use crate::pagination::Page;
use crate::transport::auth::Token;

/// An unsuccessful answer, as read by the transport.
pub(crate) struct ErrorAnswer<'a> {
    /// The HTTP status.
    pub(crate) status: u16,
    /// The raw `Retry-After` header.
    pub(crate) retry_after: Option<&'a str>,
    /// The `x-request-id` response header.
    pub(crate) request_id: Option<&'a str>,
    /// At most the first 64 KiB of the body.
    pub(crate) body: &'a [u8],
    /// The raw token, scrubbed from all server text that ends up in the error.
    pub(crate) secret: Option<&'a str>,
}

/// The per-version strategy of one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Dialect(Rules);

/// The versions this crate has rules for. `ApiVersion` is `#[non_exhaustive]`
/// (it lives in `dolthub-api`), so matching on it needs a catch-all arm;
/// matching on this private copy does not, and adding a version here makes
/// the compiler list every `Dialect` method that lacks its arm.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rules {
    V1alpha1,
    V2,
}

impl Dialect {
    /// The strategy of `version`, `None` for a version `dolthub-api` knows
    /// and this crate does not (yet).
    pub(crate) const fn for_version(version: ApiVersion) -> Option<Self> {
        match version {
            ApiVersion::V1alpha1 => Some(Dialect(Rules::V1alpha1)),
            ApiVersion::V2 => Some(Dialect(Rules::V2)),
            _ => None,
        }
    }

    /// The strategy of `version`. The client builder refuses versions
    /// without rules ([`for_version`](Self::for_version)), and a test checks
    /// every generated descriptor's version has them, so the fallback to
    /// v1alpha1's rules is never taken.
    pub(crate) const fn of(version: ApiVersion) -> Self {
        match Self::for_version(version) {
            Some(dialect) => dialect,
            None => Dialect(Rules::V1alpha1),
        }
    }

    /// The strategy of a request to `path` (below the base URL): its version
    /// prefix decides; paths of neither API (the CSV downloads) are v1alpha1's,
    /// whose rules they follow.
    pub(crate) fn of_path(path: &str) -> Self {
        if path_is_below(path, v2::BASE_PATH) {
            Dialect(Rules::V2)
        } else {
            Dialect(Rules::V1alpha1)
        }
    }

    /// The version this strategy speaks.
    pub(crate) fn version(self) -> ApiVersion {
        match self.0 {
            Rules::V1alpha1 => ApiVersion::V1alpha1,
            Rules::V2 => ApiVersion::V2,
        }
    }

    /// The path prefix of the version's JSON endpoints.
    pub(crate) fn base_path(self) -> &'static str {
        match self.0 {
            Rules::V1alpha1 => v1alpha1::BASE_PATH,
            Rules::V2 => v2::BASE_PATH,
        }
    }

    /// The `authorization` header value for `token`.
    pub(crate) fn authorization(self, token: &Token) -> &HeaderValue {
        match self.0 {
            Rules::V1alpha1 => v1alpha1::authorization(token),
            Rules::V2 => v2::authorization(token),
        }
    }

    /// The error an unsuccessful answer stands for.
    pub(crate) fn decode_error(self, answer: &ErrorAnswer<'_>) -> Error {
        match self.0 {
            Rules::V1alpha1 => v1alpha1::decode_error(answer),
            Rules::V2 => v2::decode_error(answer),
        }
    }

    /// The failure a 2xx body reports in place of a result, if any.
    pub(crate) fn error_in_success(
        self,
        status: u16,
        body: &[u8],
        secret: Option<&str>,
    ) -> Option<Error> {
        match self.0 {
            Rules::V1alpha1 => v1alpha1::error_in_success(status, body, secret),
            Rules::V2 => None,
        }
    }

    /// [`error_in_success`](Self::error_in_success) for a body whose
    /// decoder already saw a top-level `status` of `Error` (any case).
    pub(crate) fn error_envelope(
        self,
        status: u16,
        body: &[u8],
        secret: Option<&str>,
    ) -> Option<Error> {
        match self.0 {
            Rules::V1alpha1 => v1alpha1::error_envelope(status, body, secret),
            Rules::V2 => None,
        }
    }

    /// The query parameter that asks for a later page.
    pub(crate) fn page_token_param(self) -> &'static str {
        match self.0 {
            Rules::V1alpha1 => v1alpha1::PAGE_TOKEN_PARAM,
            Rules::V2 => v2::PAGE_TOKEN_PARAM,
        }
    }

    /// The token of the next page in a list answer (for raw requests, whose
    /// item key is unknown); `None` or empty means the last page.
    pub(crate) fn next_page_token(self, body: &serde_json::Value) -> Option<String> {
        let token = match self.0 {
            Rules::V1alpha1 => body.get("next_page_token"),
            Rules::V2 => body.get("meta").and_then(|m| m.get("next_page_token")),
        };
        match token? {
            serde_json::Value::String(s) if !s.is_empty() => Some(s.clone()),
            serde_json::Value::Number(n) => Some(n.to_string()),
            _ => None,
        }
    }

    /// One page of a list from a 2xx body; `items_key` names the array in
    /// v1alpha1 bodies (`pulls`, `jobs`, ...), v2 always uses `data`.
    pub(crate) fn decode_page<T: DeserializeOwned>(
        self,
        items_key: &'static str,
        body: &[u8],
        secret: Option<&str>,
    ) -> Result<Page<T>> {
        match self.0 {
            Rules::V1alpha1 => v1alpha1::decode_page(items_key, body, secret),
            Rules::V2 => v2::decode_page(body, secret),
        }
    }
}

/// Whether `path` is `prefix` itself or below it (`/api/v2x` is not below `/api/v2`).
fn path_is_below(path: &str, prefix: &str) -> bool {
    path.strip_prefix(prefix)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use secrecy::SecretString;

    #[test]
    fn every_generated_operation_has_rules_for_its_version() {
        for op in dolthub_api::v1alpha1::ops::ALL
            .iter()
            .chain(dolthub_api::v2::ops::ALL)
        {
            let dialect = Dialect::for_version(op.version).expect("rules for the version");
            assert_eq!(dialect.version(), op.version, "{op}");
            assert_eq!(dialect.base_path(), op.version.base_path(), "{op}");
            // Every JSON endpoint sits below its version's base path (the
            // CSV downloads of v1alpha1 are outside `/api`).
            assert!(
                path_is_below(op.path, dialect.base_path()) || !op.path.starts_with("/api/"),
                "{op}"
            );
        }
    }

    #[test]
    fn the_path_prefix_picks_the_dialect() {
        assert_eq!(Dialect::of_path("/api/v2/user").version(), ApiVersion::V2);
        assert_eq!(
            Dialect::of_path("/api/v1alpha1/user").version(),
            ApiVersion::V1alpha1
        );
        assert_eq!(
            Dialect::of_path("/csv/o/d/main").version(),
            ApiVersion::V1alpha1
        );
        assert_eq!(
            Dialect::of_path("/api/v2x/user").version(),
            ApiVersion::V1alpha1
        );
    }

    #[test]
    fn each_version_has_its_own_base_path_header_and_page_parameter() {
        let token = Token::new(&SecretString::from("dh_abc".to_owned()))
            .unwrap()
            .unwrap();
        let v1 = Dialect::of(ApiVersion::V1alpha1);
        let v2 = Dialect::of(ApiVersion::V2);
        assert_eq!(v1.base_path(), "/api/v1alpha1");
        assert_eq!(v2.base_path(), "/api/v2");
        assert_eq!(v1.authorization(&token), "token dh_abc");
        assert_eq!(v2.authorization(&token), "Bearer dh_abc");
        assert_eq!(v1.page_token_param(), "pageToken");
        assert_eq!(v2.page_token_param(), "page_token");
    }

    #[test]
    fn pages_are_read_the_way_each_version_writes_them() {
        let v1: Page<u8> = Dialect::of(ApiVersion::V1alpha1)
            .decode_page("jobs", br#"{"jobs":[1,2],"next_page_token":"t"}"#, None)
            .unwrap();
        assert_eq!(
            (v1.items, v1.next_page_token.as_deref()),
            (vec![1, 2], Some("t"))
        );
        let v2: Page<u8> = Dialect::of(ApiVersion::V2)
            .decode_page(
                "jobs",
                br#"{"data":[3],"meta":{"next_page_token":""}}"#,
                None,
            )
            .unwrap();
        assert_eq!((v2.items, v2.next_page_token), (vec![3], None));
    }

    #[test]
    fn errors_are_decoded_by_each_versions_rules() {
        let answer = |body: &'static [u8]| ErrorAnswer {
            status: 404,
            retry_after: None,
            request_id: None,
            body,
            secret: None,
        };
        let v2 = Dialect::of(ApiVersion::V2).decode_error(&answer(
            br#"{"title":"gone","status":404,"code":"NOT_FOUND","request_id":"r1"}"#,
        ));
        assert!(matches!(v2, Error::NotFound { .. }), "{v2:?}");
        assert_eq!(v2.request_id(), Some("r1"));
        let v1 = Dialect::of(ApiVersion::V1alpha1).decode_error(&answer(
            br#"{"status":"Error","message":"no such repository"}"#,
        ));
        assert!(matches!(v1, Error::NotFound { .. }), "{v1:?}");
        assert!(
            Dialect::of(ApiVersion::V1alpha1)
                .error_in_success(200, br#"{"status":"Error","message":"x"}"#, None)
                .is_some()
        );
        assert!(
            Dialect::of(ApiVersion::V2)
                .error_in_success(200, br#"{"status":"Error","message":"x"}"#, None)
                .is_none()
        );
    }
}
