//! Tolerant field decoders.
//!
//! DoltHub documents every id as a string but has been seen sending numbers,
//! `null`s and `0`/`1` booleans. These helpers accept every such spelling so a
//! surprise in one field never fails the whole response.

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, de::DeserializeOwned};
use std::fmt;

/// A string, number, boolean or `null` (as `""`) decoded into a `String`.
pub(crate) fn string<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    d.deserialize_any(StringVisitor)
}

/// Like [`string`] but `None` for `null` / absent and `Some` for anything else.
pub(crate) fn opt_string<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    d.deserialize_any(OptStringVisitor)
}

/// A boolean, `0`/`1`, `"true"`/`"false"`/`"0"`/`"1"` or `null` (as `false`).
pub(crate) fn boolean<'de, D: Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
    Ok(opt_boolean(d)?.unwrap_or(false))
}

/// Like [`boolean`] but keeps "absent or null" apart from `false`.
pub(crate) fn opt_boolean<'de, D: Deserializer<'de>>(d: D) -> Result<Option<bool>, D::Error> {
    let value = serde_json::Value::deserialize(d)?;
    Ok(match value {
        serde_json::Value::Bool(b) => Some(b),
        serde_json::Value::Number(n) => Some(n.as_f64().is_some_and(|f| f != 0.0)),
        serde_json::Value::String(s) => match s.trim().to_ascii_lowercase().as_str() {
            "true" | "1" | "yes" => Some(true),
            "false" | "0" | "no" | "" => Some(false),
            _ => None,
        },
        _ => None,
    })
}

/// An integer given as a number or a numeric string; `null` or garbage as 0.
pub(crate) fn integer<'de, D: Deserializer<'de>>(d: D) -> Result<i64, D::Error> {
    let value = serde_json::Value::deserialize(d)?;
    Ok(match value {
        serde_json::Value::Number(n) => n
            .as_i64()
            .or_else(|| n.as_f64().map(|f| f as i64))
            .unwrap_or(0),
        serde_json::Value::String(s) => s.trim().parse().unwrap_or(0),
        _ => 0,
    })
}

/// A list that may also be `null` (as empty). Items that fail to decode fail
/// the list: they are our own tolerant types, so that only happens for
/// non-objects.
pub(crate) fn list<'de, D, T>(d: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: DeserializeOwned,
{
    Ok(Option::<Listed<T>>::deserialize(d)?.map_or_else(Vec::new, |l| l.0))
}

/// A JSON array read into a `Vec` that starts at 16 slots on its first
/// item: serde's own starts at 4 and grows 4, 8, 16, 32, copying every item
/// on each step (three copies for a 25-branch list: about 600 instructions
/// under callgrind). An empty array allocates nothing.
struct Listed<T>(Vec<T>);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Listed<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_seq(ListedVisitor(std::marker::PhantomData))
    }
}

struct ListedVisitor<T>(std::marker::PhantomData<T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for ListedVisitor<T> {
    type Value = Listed<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a list")
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Listed<T>, A::Error> {
        let mut out = Vec::new();
        while let Some(item) = seq.next_element()? {
            if out.capacity() == 0 {
                // Up to 16 slots, never more than the input says it holds.
                out.reserve(seq.size_hint().map_or(16, |n| n.saturating_add(1).min(16)));
            }
            out.push(item);
        }
        Ok(Listed(out))
    }
}

/// The first of several spellings that is present and non-empty.
pub(crate) fn first(candidates: impl IntoIterator<Item = Option<String>>) -> String {
    // A plain loop: the `flatten().find()` chain cost several hundred
    // instructions per decoded answer (callgrind, get pull).
    for candidate in candidates {
        if let Some(s) = candidate
            && !s.is_empty()
        {
            return s;
        }
    }
    String::new()
}

/// An object key, borrowed from the input when it has no escapes.
pub(crate) struct Key<'de>(std::borrow::Cow<'de, str>);

impl Key<'_> {
    pub(crate) fn as_str(&self) -> &str {
        &self.0
    }
}

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_str(KeyVisitor)
    }
}

struct KeyVisitor;

impl<'de> Visitor<'de> for KeyVisitor {
    type Value = Key<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object key")
    }
    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Key<'de>, E> {
        Ok(Key(std::borrow::Cow::Borrowed(v)))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Key<'de>, E> {
        Ok(Key(std::borrow::Cow::Owned(v.to_owned())))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Key<'de>, E> {
        Ok(Key(std::borrow::Cow::Owned(v)))
    }
}

/// A wire enum read from any scalar the way [`string`] reads text, then
/// parsed by `from_wire`, without keeping a copy of the text (the string is
/// lent to `from_wire`, not allocated). `null` gives the enum's default.
fn wire_enum<'de, D: Deserializer<'de>, T: Default>(
    d: D,
    from_wire: fn(&str) -> T,
) -> Result<T, D::Error> {
    d.deserialize_any(WireEnum(from_wire))
}

/// A [`PullState`](crate::models::PullState) read with [`wire_enum`].
pub(crate) fn pull_state<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<crate::models::PullState, D::Error> {
    wire_enum(d, crate::models::PullState::from_wire)
}

struct WireEnum<T>(fn(&str) -> T);

impl<'de, T: Default> Visitor<'de> for WireEnum<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string, number, boolean or null")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
        Ok((self.0)(v))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<T, E> {
        Ok((self.0)(&v.to_string()))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<T, E> {
        Ok((self.0)(&v.to_string()))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<T, E> {
        Ok((self.0)(&v.to_string()))
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<T, E> {
        Ok((self.0)(if v { "true" } else { "false" }))
    }
    fn visit_unit<E: de::Error>(self) -> Result<T, E> {
        Ok(T::default())
    }
    fn visit_none<E: de::Error>(self) -> Result<T, E> {
        Ok(T::default())
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<T, D::Error> {
        d.deserialize_any(self)
    }
}

/// A value read with [`opt_string`], for hand-written visitors.
pub(crate) struct OptString(pub(crate) Option<String>);

impl<'de> Deserialize<'de> for OptString {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        opt_string(d).map(OptString)
    }
}

struct StringVisitor;

impl<'de> Visitor<'de> for StringVisitor {
    type Value = String;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string, number, boolean or null")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<String, E> {
        Ok(v.to_owned())
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<String, E> {
        Ok(v)
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<String, E> {
        Ok(v.to_string())
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<String, E> {
        Ok(v.to_string())
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<String, E> {
        Ok(v.to_string())
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<String, E> {
        Ok(v.to_string())
    }
    fn visit_unit<E: de::Error>(self) -> Result<String, E> {
        Ok(String::new())
    }
    fn visit_none<E: de::Error>(self) -> Result<String, E> {
        Ok(String::new())
    }
    // Objects or arrays where text was expected: keep their JSON text rather than fail.
    fn visit_map<A: de::MapAccess<'de>>(self, map: A) -> Result<String, A::Error> {
        let value = serde_json::Value::deserialize(de::value::MapAccessDeserializer::new(map))?;
        Ok(value.to_string())
    }
    fn visit_seq<A: de::SeqAccess<'de>>(self, seq: A) -> Result<String, A::Error> {
        let value = serde_json::Value::deserialize(de::value::SeqAccessDeserializer::new(seq))?;
        Ok(value.to_string())
    }
}

struct OptStringVisitor;

impl<'de> Visitor<'de> for OptStringVisitor {
    type Value = Option<String>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string, number, boolean or null")
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        StringVisitor.visit_str(v).map(Some)
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
        Ok(Some(v))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        StringVisitor.visit_i64(v).map(Some)
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        StringVisitor.visit_u64(v).map(Some)
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        StringVisitor.visit_f64(v).map(Some)
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
        StringVisitor.visit_bool(v).map(Some)
    }
    fn visit_map<A: de::MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        StringVisitor.visit_map(map).map(Some)
    }
    fn visit_seq<A: de::SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        StringVisitor.visit_seq(seq).map(Some)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Deserialize)]
    struct S {
        #[serde(default, deserialize_with = "string")]
        s: String,
        #[serde(default, deserialize_with = "opt_string")]
        o: Option<String>,
        #[serde(default, deserialize_with = "boolean")]
        b: bool,
        #[serde(default, deserialize_with = "integer")]
        i: i64,
        #[serde(default, deserialize_with = "list")]
        l: Vec<String>,
    }

    fn s(json: &str) -> S {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn strings_from_anything() {
        assert_eq!(s(r#"{"s": 66}"#).s, "66");
        assert_eq!(s(r#"{"s": null}"#).s, "");
        assert_eq!(s(r#"{"s": true}"#).s, "true");
        assert_eq!(s(r#"{"s": {"a":1}}"#).s, r#"{"a":1}"#);
        assert_eq!(s(r#"{"o": null}"#).o, None);
        assert_eq!(s(r#"{"o": 7}"#).o.as_deref(), Some("7"));
        assert_eq!(s("{}").o, None);
    }

    #[test]
    fn booleans_integers_lists() {
        assert!(s(r#"{"b": "1"}"#).b);
        assert!(s(r#"{"b": 1}"#).b);
        assert!(!s(r#"{"b": "false"}"#).b);
        assert!(!s(r#"{"b": null}"#).b);
        assert_eq!(s(r#"{"i": "12"}"#).i, 12);
        assert_eq!(s(r#"{"i": 3}"#).i, 3);
        assert_eq!(s(r#"{"i": null}"#).i, 0);
        assert!(s(r#"{"l": null}"#).l.is_empty());
    }
}
