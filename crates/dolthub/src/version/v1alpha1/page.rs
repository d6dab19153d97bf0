//! v1alpha1 list pages: the items under a key that depends on the list
//! (`pulls`, `releases`, `jobs`, `operations`) beside `next_page_token`.
//!
//! Decoded in one pass with a seeded visitor instead of one page struct per
//! list: the key is data, not a type.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, DeserializeOwned, DeserializeSeed, IgnoredAny, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};

use crate::error::{Error, Result, excerpt};
use crate::models::de as lenient;
use crate::pagination::Page;
use crate::version::v1alpha1::error_map::scrub;

/// Decode one page; a missing or `null` list is empty, a missing token ends the walk.
pub(crate) fn decode<T: DeserializeOwned>(
    items_key: &'static str,
    body: &[u8],
    secret: Option<&str>,
) -> Result<Page<T>> {
    let mut de = serde_json::Deserializer::from_slice(body);
    let decoded = KeyedPage::<T> {
        key: items_key,
        item: PhantomData,
    }
    .deserialize(&mut de)
    .and_then(|page| de.end().map(|()| page));
    match decoded {
        Ok((items, token)) => Ok(Page::new(items, token)),
        Err(source) => Err(Error::Decode {
            what: "the response",
            excerpt: excerpt(&scrub(
                &String::from_utf8_lossy(&body[..body.len().min(4096)]),
                secret,
            )),
            source,
        }),
    }
}

struct KeyedPage<T> {
    key: &'static str,
    item: PhantomData<T>,
}

/// The list, tolerant as the models are (`null` is empty).
#[derive(Deserialize)]
#[serde(bound = "T: DeserializeOwned")]
struct Items<T>(#[serde(deserialize_with = "lenient::list")] Vec<T>);

/// The token as text, whatever JSON type it came as.
#[derive(Deserialize)]
struct Token(#[serde(deserialize_with = "lenient::opt_string")] Option<String>);

impl<'de, T: DeserializeOwned> DeserializeSeed<'de> for KeyedPage<T> {
    type Value = (Vec<T>, Option<String>);

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> std::result::Result<Self::Value, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de, T: DeserializeOwned> Visitor<'de> for KeyedPage<T> {
    type Value = (Vec<T>, Option<String>);

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "an object with `{}` and `next_page_token`", self.key)
    }

    fn visit_map<A: MapAccess<'de>>(
        self,
        mut map: A,
    ) -> std::result::Result<Self::Value, A::Error> {
        let mut items = None;
        let mut token = None;
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            if key == self.key {
                if items.is_some() {
                    return Err(de::Error::duplicate_field(self.key));
                }
                items = Some(map.next_value::<Items<T>>()?.0);
            } else if key == "next_page_token" {
                token = map.next_value::<Token>()?.0;
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok((items.unwrap_or_default(), token))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Deserialize, Debug, PartialEq)]
    struct Pull {
        id: u32,
    }

    #[test]
    fn items_under_the_lists_key_and_the_token_beside_them() {
        let page: Page<Pull> = decode(
            "pulls",
            br#"{"status":"Success","pulls":[{"id":1},{"id":2}],"next_page_token":"abc","x":{"y":[1]}}"#,
            None,
        )
        .unwrap();
        assert_eq!(page.items, vec![Pull { id: 1 }, Pull { id: 2 }]);
        assert_eq!(page.next_page_token.as_deref(), Some("abc"));
    }

    #[test]
    fn null_or_missing_list_is_empty_and_empty_or_numeric_tokens_are_read() {
        let page: Page<Pull> =
            decode("jobs", br#"{"jobs":null,"next_page_token":""}"#, None).unwrap();
        assert!(page.items.is_empty() && page.next_page_token.is_none());
        let page: Page<Pull> = decode("jobs", br#"{"next_page_token":7}"#, None).unwrap();
        assert_eq!(page.next_page_token.as_deref(), Some("7"));
    }

    #[test]
    fn bad_bodies_are_decode_errors_with_a_scrubbed_excerpt() {
        for body in [
            &b"<html>"[..],
            br#"{"pulls":[1]}"#,
            br#"[]"#,
            br#"{"pulls":[]} x"#,
        ] {
            assert!(matches!(
                decode::<Pull>("pulls", body, None),
                Err(Error::Decode { .. })
            ));
        }
        match decode::<Pull>("pulls", b"dhat.secret.x not json", Some("dhat.secret.x")) {
            Err(Error::Decode { excerpt, .. }) => assert!(!excerpt.contains("secret")),
            other => panic!("{other:?}"),
        }
    }
}
