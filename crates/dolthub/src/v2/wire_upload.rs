//! The upload session of `create_import_upload`.

use std::collections::BTreeMap;

use serde::{Deserialize, Deserializer};
use serde_json::Value;

use crate::models::de;

/// `ImportUpload`: where and how to PUT each part.
#[derive(Debug, Clone, Default, Deserialize)]
pub(crate) struct ImportUpload {
    #[serde(default, deserialize_with = "de::string")]
    pub(crate) token: String,
    #[serde(default, deserialize_with = "de::string")]
    pub(crate) contents_key: String,
    #[serde(default, deserialize_with = "de::list")]
    pub(crate) parts: Vec<ImportUploadPart>,
    #[serde(default, deserialize_with = "de::string")]
    pub(crate) http_method: String,
    /// Headers every PUT must carry: each name with all of its values. A
    /// single string is read as a one-value list.
    #[serde(default, deserialize_with = "header_map")]
    pub(crate) headers: BTreeMap<String, Vec<String>>,
}

/// `ImportUploadPart`.
#[derive(Debug, Clone, Default, Deserialize)]
pub(crate) struct ImportUploadPart {
    #[serde(default, deserialize_with = "de::integer")]
    pub(crate) part_number: i64,
    #[serde(default, deserialize_with = "de::string")]
    pub(crate) url: String,
}

fn header_map<'de, D: Deserializer<'de>>(d: D) -> Result<BTreeMap<String, Vec<String>>, D::Error> {
    let raw: Option<BTreeMap<String, Value>> = Option::deserialize(d)?;
    Ok(raw
        .unwrap_or_default()
        .into_iter()
        .map(|(name, values)| {
            let values = match values {
                Value::Array(items) => items
                    .into_iter()
                    .filter_map(|v| match v {
                        Value::String(s) => Some(s),
                        Value::Null => None,
                        other => Some(other.to_string()),
                    })
                    .collect(),
                Value::String(s) => vec![s],
                Value::Null => Vec::new(),
                other => vec![other.to_string()],
            };
            (name, values)
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_as_lists_or_single_strings() {
        let u: ImportUpload = serde_json::from_str(
            r#"{"token":"t","contents_key":"k","http_method":"PUT",
                "parts":[{"part_number":1,"url":"https://s/a"}],
                "headers":{"x-amz-acl":["private","x"],"content-type":"text/csv"}}"#,
        )
        .unwrap();
        assert_eq!(u.headers["x-amz-acl"], vec!["private", "x"]);
        assert_eq!(u.headers["content-type"], vec!["text/csv"]);
        assert_eq!(u.parts[0].part_number, 1);
    }
}
