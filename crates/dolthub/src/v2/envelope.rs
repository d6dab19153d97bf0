//! The v2 success envelope `{"data": ..., "meta": {...}?}`.
//!
//! Every v2 2xx body wraps its resource in `data`; lists may carry
//! `meta.next_page_token`. The live service leaves `meta` out entirely on a
//! last page, and an empty token means the same as none, so both read as
//! "no more pages".

use serde::Deserialize;
use serde::de::DeserializeOwned;

use crate::models::de;
use crate::pagination::Page;

/// `{data, meta?}` with `data` of type `T`.
#[derive(Debug, Deserialize)]
#[serde(bound = "T: DeserializeOwned")]
pub(crate) struct Envelope<T> {
    pub(crate) data: T,
    #[serde(default)]
    pub(crate) meta: Option<Meta>,
}

/// The open `meta` object; only the page token is defined.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct Meta {
    #[serde(default, deserialize_with = "de::opt_string")]
    pub(crate) next_page_token: Option<String>,
}

impl<T> Envelope<Vec<T>> {
    /// The list as a [`Page`], converting each item.
    pub(crate) fn into_page<U>(self, convert: impl FnMut(T) -> U) -> Page<U> {
        let token = self.meta.and_then(|m| m.next_page_token);
        Page::new(self.data.into_iter().map(convert).collect(), token)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_meta_null_token_and_empty_token_all_mean_last_page() {
        for body in [
            r#"{"data":[1,2]}"#,
            r#"{"data":[1,2],"meta":{}}"#,
            r#"{"data":[1,2],"meta":{"next_page_token":null}}"#,
            r#"{"data":[1,2],"meta":{"next_page_token":""}}"#,
        ] {
            let env: Envelope<Vec<u8>> = serde_json::from_str(body).unwrap();
            let page = env.into_page(|n| n);
            assert_eq!(page.items, vec![1, 2], "{body}");
            assert_eq!(page.next_page_token, None, "{body}");
        }
        let env: Envelope<Vec<u8>> =
            serde_json::from_str(r#"{"data":[],"meta":{"next_page_token":"p2","extra":1}}"#)
                .unwrap();
        assert_eq!(env.into_page(|n| n).next_page_token.as_deref(), Some("p2"));
    }
}
