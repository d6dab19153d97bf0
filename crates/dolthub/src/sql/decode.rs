//! Lenient decoding of SQL rows into `serde` types.
//!
//! DoltHub returns cells mostly as strings (`"16777216"`), booleans as `0/1`
//! or `"0"/"1"`, and leaves the encoding of NULL undocumented. [`from_row`]
//! decodes a row into any `serde` type with a lenient reading of cells:
//! numbers from numeric strings, booleans from `0`/`1`/`"true"`/`"false"`,
//! `Option` fields from `null` or a missing column, nested types from JSON
//! text (for JSON columns), and strings from numbers.

use serde::de::{
    self, DeserializeOwned, DeserializeSeed, Deserializer, IntoDeserializer, MapAccess, SeqAccess,
    Visitor,
};
use serde_json::Value;

use crate::error::{Error, Result, excerpt};
use crate::models::Row;

/// Decode one row into `T`, leniently (see the [module docs](crate::sql)).
///
/// ```
/// #[derive(serde::Deserialize, Debug, PartialEq)]
/// struct Piece { id: u32, title: String, on_view: bool, depth: Option<f64> }
///
/// let row: dolthub::models::Row = serde_json::from_str(
///     r#"{"id":"7","title":"Portrait","on_view":"1","depth":null}"#).unwrap();
/// let piece: Piece = dolthub::sql::from_row(&row)?;
/// assert_eq!(piece, Piece { id: 7, title: "Portrait".into(), on_view: true, depth: None });
/// # Ok::<(), dolthub::Error>(())
/// ```
pub fn from_row<T: DeserializeOwned>(row: &Row) -> Result<T> {
    // Read the map in place: wrapping it in a `Value` would copy every row.
    T::deserialize(LenientRow(row)).map_err(|source| Error::Decode {
        what: "a result row",
        excerpt: excerpt(&Value::Object(row.clone()).to_string()),
        source,
    })
}

/// Decode any JSON value leniently into `T` (the cell rules of [`from_row`]).
///
/// ```
/// let n: i64 = dolthub::sql::from_value(&serde_json::json!("42"))?;
/// assert_eq!(n, 42);
/// # Ok::<(), dolthub::Error>(())
/// ```
pub fn from_value<T: DeserializeOwned>(value: &Value) -> Result<T> {
    T::deserialize(Lenient(value)).map_err(|source| Error::Decode {
        what: "a value",
        excerpt: excerpt(&value.to_string()),
        source,
    })
}

/// A `serde_json::Value` deserializer with relaxed scalar rules.
pub(super) struct Lenient<'a>(pub(super) &'a Value);

pub(super) type DeError = serde_json::Error;

fn invalid(value: &Value, expected: &str) -> DeError {
    de::Error::custom(format!("cannot read {value} as {expected}"))
}

/// The complaint about text that does not read as `expected` (the same
/// words whether the text came from JSON or from a CSV field).
pub(super) fn invalid_text(text: &str, expected: &str) -> DeError {
    invalid(&Value::String(text.to_owned()), expected)
}

/// An integer from text: `" 42"`, `"-7"`, and floats without a fraction (`"3.0"`, `"1e3"`).
pub(super) fn int_text(s: &str) -> Option<i128> {
    let s = s.trim();
    s.parse::<i128>().ok().or_else(|| {
        s.parse::<f64>()
            .ok()
            .filter(|f| f.fract() == 0.0 && f.is_finite())
            .map(|f| f as i128)
    })
}

/// A float from text, surrounding whitespace allowed.
pub(super) fn float_text(s: &str) -> Option<f64> {
    s.trim().parse().ok()
}

/// A boolean from text: `1`/`0`, `true`/`false`, `t`/`f`, `yes`/`no`,
/// `y`/`n` and MySQL's `b'1'`/`b'0'`, in any case.
pub(super) fn bool_text(s: &str) -> Option<bool> {
    const TRUE: &[&str] = &["1", "true", "t", "yes", "y", "b'1'"];
    const FALSE: &[&str] = &["0", "false", "f", "no", "n", "b'0'"];
    let s = s.trim();
    if TRUE.iter().any(|t| s.eq_ignore_ascii_case(t)) {
        Some(true)
    } else if FALSE.iter().any(|f| s.eq_ignore_ascii_case(f)) {
        Some(false)
    } else {
        None
    }
}

/// Name the column a cell error happened in.
pub(super) fn in_column(column: &str, e: DeError) -> DeError {
    de::Error::custom(format!("column `{column}`: {e}"))
}

impl<'a> Lenient<'a> {
    fn int(&self) -> Option<i128> {
        match self.0 {
            Value::Number(n) => n
                .as_i64()
                .map(i128::from)
                .or_else(|| n.as_u64().map(i128::from))
                .or_else(|| n.as_f64().filter(|f| f.fract() == 0.0).map(|f| f as i128)),
            Value::String(s) => int_text(s),
            Value::Bool(b) => Some(i128::from(*b)),
            _ => None,
        }
    }

    fn float(&self) -> Option<f64> {
        match self.0 {
            Value::Number(n) => n.as_f64(),
            Value::String(s) => float_text(s),
            Value::Bool(b) => Some(if *b { 1.0 } else { 0.0 }),
            _ => None,
        }
    }

    fn boolean(&self) -> Option<bool> {
        match self.0 {
            Value::Bool(b) => Some(*b),
            Value::Number(n) => n.as_f64().map(|f| f != 0.0),
            Value::String(s) => bool_text(s),
            _ => None,
        }
    }

    /// A list or object target read from JSON text in a string cell (JSON
    /// columns): the parsed value when `fits` it, read by `read`.
    fn embedded<'de, V: Visitor<'de>>(
        self,
        visitor: V,
        expected: &str,
        fits: fn(&Value) -> bool,
        read: impl FnOnce(Lenient<'_>, V) -> std::result::Result<V::Value, DeError>,
    ) -> std::result::Result<V::Value, DeError> {
        let parsed = match self.0 {
            Value::String(s) if s.trim_start().starts_with(['{', '[']) => {
                serde_json::from_str::<Value>(s).ok().filter(fits)
            }
            _ => None,
        };
        match parsed {
            Some(value) => read(Lenient(&value), visitor),
            None => Err(invalid(self.0, expected)),
        }
    }
}

macro_rules! int_method {
    ($method:ident, $visit:ident, $ty:ty) => {
        fn $method<V: Visitor<'de>>(self, visitor: V) -> std::result::Result<V::Value, DeError> {
            match self.int().and_then(|i| <$ty>::try_from(i).ok()) {
                Some(v) => visitor.$visit(v),
                None => Err(invalid(self.0, stringify!($ty))),
            }
        }
    };
}

macro_rules! float_method {
    ($method:ident, $visit:ident, $ty:ty) => {
        fn $method<V: Visitor<'de>>(self, visitor: V) -> std::result::Result<V::Value, DeError> {
            match self.float() {
                // `as` rounds an f64 to the nearest f32, which is what a reader of a float cell wants.
                Some(f) => visitor.$visit(f as $ty),
                None => Err(invalid(self.0, "a number")),
            }
        }
    };
}

impl<'de, 'a> Deserializer<'de> for Lenient<'a> {
    type Error = DeError;

    fn deserialize_any<V: Visitor<'de>>(
        self,
        visitor: V,
    ) -> std::result::Result<V::Value, DeError> {
        match self.0 {
            Value::Null => visitor.visit_unit(),
            Value::Bool(b) => visitor.visit_bool(*b),
            Value::Number(n) => {
                if let Some(i) = n.as_i64() {
                    visitor.visit_i64(i)
                } else if let Some(u) = n.as_u64() {
                    visitor.visit_u64(u)
                } else {
                    visitor.visit_f64(n.as_f64().unwrap_or(f64::NAN))
                }
            }
            Value::String(s) => visitor.visit_str(s),
            Value::Array(items) => visitor.visit_seq(Seq(items.iter())),
            Value::Object(map) => visitor.visit_map(Map {
                iter: map.iter(),
                value: None,
                columns: false,
            }),
        }
    }

    fn deserialize_bool<V: Visitor<'de>>(
        self,
        visitor: V,
    ) -> std::result::Result<V::Value, DeError> {
        match self.boolean() {
            Some(b) => visitor.visit_bool(b),
            None => Err(invalid(self.0, "a boolean")),
        }
    }

    int_method!(deserialize_i8, visit_i8, i8);
    int_method!(deserialize_i16, visit_i16, i16);
    int_method!(deserialize_i32, visit_i32, i32);
    int_method!(deserialize_i64, visit_i64, i64);
    int_method!(deserialize_i128, visit_i128, i128);
    int_method!(deserialize_u8, visit_u8, u8);
    int_method!(deserialize_u16, visit_u16, u16);
    int_method!(deserialize_u32, visit_u32, u32);
    int_method!(deserialize_u64, visit_u64, u64);
    int_method!(deserialize_u128, visit_u128, u128);

    float_method!(deserialize_f32, visit_f32, f32);
    float_method!(deserialize_f64, visit_f64, f64);

    fn deserialize_char<V: Visitor<'de>>(
        self,
        visitor: V,
    ) -> std::result::Result<V::Value, DeError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_str<V: Visitor<'de>>(
        self,
        visitor: V,
    ) -> std::result::Result<V::Value, DeError> {
        match self.0 {
            Value::String(s) => visitor.visit_str(s),
            Value::Number(n) => visitor.visit_string(n.to_string()),
            Value::Bool(b) => visitor.visit_string(b.to_string()),
            Value::Null => Err(invalid(self.0, "a string")),
            other => visitor.visit_string(other.to_string()),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(
        self,
        visitor: V,
    ) -> std::result::Result<V::Value, DeError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_bytes<V: Visitor<'de>>(
        self,
        visitor: V,
    ) -> std::result::Result<V::Value, DeError> {
        match self.0 {
            Value::String(s) => visitor.visit_bytes(s.as_bytes()),
            _ => self.deserialize_any(visitor),
        }
    }

    fn deserialize_byte_buf<V: Visitor<'de>>(
        self,
        visitor: V,
    ) -> std::result::Result<V::Value, DeError> {
        self.deserialize_bytes(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(
        self,
        visitor: V,
    ) -> std::result::Result<V::Value, DeError> {
        match self.0 {
            Value::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_unit<V: Visitor<'de>>(
        self,
        visitor: V,
    ) -> std::result::Result<V::Value, DeError> {
        visitor.visit_unit()
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> std::result::Result<V::Value, DeError> {
        visitor.visit_unit()
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> std::result::Result<V::Value, DeError> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: Visitor<'de>>(
        self,
        visitor: V,
    ) -> std::result::Result<V::Value, DeError> {
        match self.0 {
            Value::Array(items) => visitor.visit_seq(Seq(items.iter())),
            _ => self.embedded(visitor, "a list", Value::is_array, |l, v| {
                l.deserialize_seq(v)
            }),
        }
    }

    fn deserialize_tuple<V: Visitor<'de>>(
        self,
        _len: usize,
        visitor: V,
    ) -> std::result::Result<V::Value, DeError> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _len: usize,
        visitor: V,
    ) -> std::result::Result<V::Value, DeError> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(
        self,
        visitor: V,
    ) -> std::result::Result<V::Value, DeError> {
        match self.0 {
            Value::Object(map) => visitor.visit_map(Map {
                iter: map.iter(),
                value: None,
                columns: false,
            }),
            _ => self.embedded(visitor, "an object", Value::is_object, |l, v| {
                l.deserialize_map(v)
            }),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> std::result::Result<V::Value, DeError> {
        self.deserialize_map(visitor)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> std::result::Result<V::Value, DeError> {
        match self.0 {
            Value::String(s) => visitor.visit_enum(s.as_str().into_deserializer()),
            other => other.clone().deserialize_enum(name, variants, visitor),
        }
    }

    fn deserialize_identifier<V: Visitor<'de>>(
        self,
        visitor: V,
    ) -> std::result::Result<V::Value, DeError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(
        self,
        visitor: V,
    ) -> std::result::Result<V::Value, DeError> {
        visitor.visit_unit()
    }
}

/// A row read as a map (or, for a newtype or option target, as itself).
struct LenientRow<'a>(&'a Row);

impl<'de, 'a> Deserializer<'de> for LenientRow<'a> {
    type Error = DeError;

    fn deserialize_any<V: Visitor<'de>>(
        self,
        visitor: V,
    ) -> std::result::Result<V::Value, DeError> {
        visitor.visit_map(Map {
            iter: self.0.iter(),
            value: None,
            columns: true,
        })
    }

    fn deserialize_option<V: Visitor<'de>>(
        self,
        visitor: V,
    ) -> std::result::Result<V::Value, DeError> {
        visitor.visit_some(self)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> std::result::Result<V::Value, DeError> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(
        self,
        visitor: V,
    ) -> std::result::Result<V::Value, DeError> {
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        unit unit_struct seq tuple tuple_struct map struct enum identifier
    }
}

struct Seq<'a>(std::slice::Iter<'a, Value>);

impl<'de, 'a> SeqAccess<'de> for Seq<'a> {
    type Error = DeError;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> std::result::Result<Option<T::Value>, DeError> {
        match self.0.next() {
            Some(v) => seed.deserialize(Lenient(v)).map(Some),
            None => Ok(None),
        }
    }
}

struct Map<'a> {
    iter: serde_json::map::Iter<'a>,
    value: Option<(&'a str, &'a Value)>,
    /// A row's map (its keys are columns, named in errors), not a nested object.
    columns: bool,
}

impl<'de, 'a> MapAccess<'de> for Map<'a> {
    type Error = DeError;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> std::result::Result<Option<K::Value>, DeError> {
        match self.iter.next() {
            Some((k, v)) => {
                self.value = Some((k, v));
                seed.deserialize(k.as_str().into_deserializer()).map(Some)
            }
            None => Ok(None),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(
        &mut self,
        seed: V,
    ) -> std::result::Result<V::Value, DeError> {
        match self.value.take() {
            Some((k, v)) if self.columns => {
                seed.deserialize(Lenient(v)).map_err(|e| in_column(k, e))
            }
            Some((_, v)) => seed.deserialize(Lenient(v)),
            None => Err(de::Error::custom("value requested before key")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;
    use std::collections::BTreeMap;

    #[derive(Deserialize, Debug, PartialEq)]
    struct Row1 {
        id: i64,
        size: u64,
        ratio: f64,
        flag: bool,
        name: String,
        code: String,
        missing: Option<String>,
        nullable: Option<i32>,
        tags: Vec<String>,
        extra: BTreeMap<String, i32>,
        kind: Kind,
    }

    #[derive(Deserialize, Debug, PartialEq)]
    enum Kind {
        Painting,
    }

    fn row(json: &str) -> Row {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn cells_are_read_leniently() {
        let r = row(
            r#"{"id":"-16","size":"16777216","ratio":"0.5","flag":"1","name":"x","code":42,
                "nullable":null,"tags":"[\"a\",\"b\"]","extra":"{\"k\":1}","kind":"Painting"}"#,
        );
        let v: Row1 = from_row(&r).unwrap();
        assert_eq!(v.id, -16);
        assert_eq!(v.size, 16_777_216);
        assert_eq!(v.ratio, 0.5);
        assert!(v.flag);
        assert_eq!(v.code, "42");
        assert_eq!(v.missing, None);
        assert_eq!(v.nullable, None);
        assert_eq!(v.tags, vec!["a", "b"]);
        assert_eq!(v.extra["k"], 1);
        assert_eq!(v.kind, Kind::Painting);
    }

    #[test]
    fn bad_cells_give_decode_errors_with_excerpt() {
        #[derive(Deserialize, Debug)]
        #[allow(dead_code)]
        struct N {
            n: u8,
        }
        let err = from_row::<N>(&row(r#"{"n":"300"}"#)).unwrap_err();
        assert!(matches!(err, Error::Decode { .. }), "{err}");
        assert!(err.to_string().contains("300"));
    }

    #[test]
    fn embedded_json_must_fit_the_target() {
        let list: Result<Vec<u8>> = from_value(&Value::from("{\"a\":1}"));
        assert!(list.unwrap_err().to_string().contains("as a list"));
        let map: Result<BTreeMap<String, u8>> = from_value(&Value::from("[1]"));
        assert!(map.unwrap_err().to_string().contains("as an object"));
        let f: f32 = from_value(&Value::from(" 0.25")).unwrap();
        assert_eq!(f, 0.25);
        let nested: Vec<Vec<u8>> = from_value(&Value::from("[[1],[2,3]]")).unwrap();
        assert_eq!(nested, vec![vec![1], vec![2, 3]]);
    }

    #[test]
    fn dynamic_targets_work() {
        let v: serde_json::Value = from_row(&row(r#"{"a":"1"}"#)).unwrap();
        assert_eq!(v["a"], "1");
        let m: BTreeMap<String, String> = from_row(&row(r#"{"a":"1","b":2}"#)).unwrap();
        assert_eq!(m["b"], "2");
    }
}
