//! Typed rows straight from CSV records: a `serde` deserializer over one
//! record of the export, with no row map or JSON value in between.
//!
//! A record reads as a map of column name to cell, exactly as
//! [`from_row`](super::from_row) reads a JSON row whose cells are strings
//! (and NULLs), so a typed stream decodes the same values whichever path
//! fetched them. Column names are borrowed from the header, cells from the
//! record; the only allocations are the ones the target type makes. Common
//! scalars (integers, floats, booleans, strings, options, string enums) are
//! parsed here directly; rarer targets (JSON text in a cell, NULL into a
//! nested type) go through the JSON decoder's rules on the cell.

use serde::de::value::BorrowedStrDeserializer;
use serde::de::{self, DeserializeOwned, DeserializeSeed, Deserializer, MapAccess, Visitor};
use serde_json::Value;

use super::csv::Record;
use super::decode::{DeError, Lenient, bool_text, float_text, in_column, int_text, invalid_text};
use crate::error::{Error, excerpt};

type Result<T, E = DeError> = std::result::Result<T, E>;

/// The columns a stream yields: their names, and where each sits in a record.
#[derive(Debug)]
pub(crate) struct Columns {
    pub(crate) names: Vec<String>,
    pub(crate) fields: Vec<usize>,
}

/// Decode data record `record` into `T` (the header is record 0, so its
/// index is the row number the caller sees in errors).
pub(crate) fn decode<T: DeserializeOwned>(
    columns: &Columns,
    record: Record<'_>,
) -> crate::Result<T> {
    T::deserialize(RecordDe { columns, record }).map_err(|e| Error::Decode {
        what: "a result row",
        excerpt: excerpt(&record.to_csv()),
        source: de::Error::custom(format!("row {}: {e}", record.index)),
    })
}

/// Names and cells share one lifetime so both can be lent to the target.
struct RecordDe<'de> {
    columns: &'de Columns,
    record: Record<'de>,
}

impl<'de> Deserializer<'de> for RecordDe<'de> {
    type Error = DeError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_map(Cells { de: self, next: 0 })
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_some(self)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        unit unit_struct seq tuple tuple_struct map struct enum identifier
    }
}

/// The record's cells as map entries, in column order.
struct Cells<'de> {
    de: RecordDe<'de>,
    next: usize,
}

impl<'de> MapAccess<'de> for Cells<'de> {
    type Error = DeError;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>> {
        let names: &'de [String] = &self.de.columns.names;
        match names.get(self.next) {
            Some(name) => seed
                .deserialize(BorrowedStrDeserializer::<DeError>::new(name))
                .map(Some),
            None => Ok(None),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value> {
        let i = self.next;
        self.next += 1;
        let name: &'de str = &self.de.columns.names[i];
        // The reader checked every record against the header's width.
        let text = self
            .de
            .record
            .get(self.de.columns.fields[i])
            .ok_or_else(|| de::Error::custom(format!("column `{name}` is missing")))?;
        seed.deserialize(Cell(text)).map_err(|e| in_column(name, e))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.de.columns.names.len() - self.next)
    }
}

/// One field: `None` is NULL.
struct Cell<'de>(Option<&'de str>);

impl<'de> Cell<'de> {
    /// The cell as the JSON decoder sees it, for the rare targets left to it.
    fn value(&self) -> Value {
        self.0.map_or(Value::Null, |s| Value::String(s.to_owned()))
    }

    fn text(&self, expected: &str) -> Result<&'de str> {
        self.0
            .ok_or_else(|| de::Error::custom(format!("cannot read null as {expected}")))
    }
}

macro_rules! int_method {
    ($method:ident, $visit:ident, $ty:ty) => {
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            let s = self.text(stringify!($ty))?;
            // Plain digits first; then the lenient rules (spaces, "3.0").
            match s
                .parse::<$ty>()
                .ok()
                .or_else(|| int_text(s).and_then(|i| <$ty>::try_from(i).ok()))
            {
                Some(v) => visitor.$visit(v),
                None => Err(invalid_text(s, stringify!($ty))),
            }
        }
    };
}

macro_rules! float_method {
    ($method:ident, $visit:ident, $ty:ty) => {
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            let s = self.text("a number")?;
            // Read as f64 and narrowed, as the JSON path does (same rounding).
            match s.parse::<f64>().ok().or_else(|| float_text(s)) {
                Some(f) => visitor.$visit(f as $ty),
                None => Err(invalid_text(s, "a number")),
            }
        }
    };
}

macro_rules! via_json {
    ($($method:ident($($arg:ident: $ty:ty),*)),* $(,)?) => {
        $(
            fn $method<V: Visitor<'de>>(self, $($arg: $ty,)* visitor: V) -> Result<V::Value> {
                Lenient(&self.value()).$method($($arg,)* visitor)
            }
        )*
    };
}

impl<'de> Deserializer<'de> for Cell<'de> {
    type Error = DeError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        match self.0 {
            Some(s) => visitor.visit_borrowed_str(s),
            None => visitor.visit_unit(),
        }
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        let s = self.text("a boolean")?;
        let b = match s {
            "1" => Some(true),
            "0" => Some(false),
            _ => bool_text(s),
        };
        match b {
            Some(b) => visitor.visit_bool(b),
            None => Err(invalid_text(s, "a boolean")),
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

    fn deserialize_char<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_str(visitor)
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_borrowed_str(self.text("a string")?)
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_str(visitor)
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_str(visitor)
    }

    fn deserialize_bytes<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        match self.0 {
            Some(s) => visitor.visit_borrowed_bytes(s.as_bytes()),
            None => visitor.visit_unit(),
        }
    }

    fn deserialize_byte_buf<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_bytes(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        match self.0 {
            Some(_) => visitor.visit_some(self),
            None => visitor.visit_none(),
        }
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_unit()
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value> {
        visitor.visit_unit()
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        match self.0 {
            Some(s) => visitor.visit_enum(BorrowedStrDeserializer::<DeError>::new(s)),
            None => Lenient(&Value::Null).deserialize_enum(name, variants, visitor),
        }
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_unit()
    }

    // JSON text in a cell (JSON columns): parsed and read by the JSON rules.
    via_json! {
        deserialize_seq(),
        deserialize_tuple(len: usize),
        deserialize_tuple_struct(name: &'static str, len: usize),
        deserialize_map(),
        deserialize_struct(name: &'static str, fields: &'static [&'static str]),
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use serde::Deserialize;
    use serde_json::json;

    use super::*;
    use crate::models::Row;
    use crate::sql::csv::CsvReader;
    use crate::sql::{from_row, from_value};

    /// Every data row of `csv` decoded into `T`, all columns.
    fn rows<T: DeserializeOwned>(csv: &str) -> Vec<crate::Result<T>> {
        let mut reader = CsvReader::default();
        let mut columns: Option<Columns> = None;
        let mut out = Vec::new();
        let mut take = |record: Record<'_>| {
            match &columns {
                Some(c) => out.push(decode(c, record)),
                None => {
                    let names: Vec<String> = record.texts().map(str::to_owned).collect();
                    columns = Some(Columns {
                        fields: (0..names.len()).collect(),
                        names,
                    });
                }
            }
            Ok(())
        };
        reader.feed(csv.as_bytes(), &mut take).unwrap();
        reader.finish(&mut take).unwrap();
        out
    }

    #[derive(Deserialize, Debug, PartialEq)]
    enum Status {
        #[serde(rename = "on view")]
        OnView,
        Stored,
    }

    /// The column types DoltHub's and the sandbox's exports carry, as a user declares them.
    #[derive(Deserialize, Debug, PartialEq)]
    struct Everything {
        tiny: i8,
        id: u64,
        big: i64,
        wide: i128,
        price: f64,
        price_text: String,
        ratio: f32,
        flag: bool,
        word_flag: bool,
        born: String,
        seen_at: Option<String>,
        note: String,
        empty: String,
        missing: Option<i32>,
        status: Status,
        tags: Vec<String>,
        attrs: BTreeMap<String, u8>,
        #[serde(default)]
        absent: Option<u8>,
    }

    const HEADER: &str = "tiny,id,big,wide,price,price_text,ratio,flag,word_flag,born,seen_at,note,\
                          empty,missing,status,tags,attrs";

    #[test]
    fn every_exported_column_type_decodes() {
        let csv = format!(
            "{HEADER}\n\
             -128,18446744073709551615,-9223372036854775808,170141183460469231731687303715884105727,\
             12.50,12.50,0.25,1,TRUE,2024-02-29,2024-02-29 13:45:00,\"a, \"\"quoted\"\"\nline\",\"\",,\
             on view,\"[\"\"x\"\",\"\"y\"\"]\",\"{{\"\"k\"\":1}}\"\n\
             7,2,3,4,1e3,-0.0,3,0,no,1999-12-31,,plain,\"\",5,Stored,[],{{}}\n"
        );
        let got: Vec<Everything> = rows(&csv).into_iter().map(Result::unwrap).collect();
        assert_eq!(
            got[0],
            Everything {
                tiny: -128,
                id: u64::MAX,
                big: i64::MIN,
                wide: i128::MAX,
                price: 12.5,
                price_text: "12.50".into(),
                ratio: 0.25,
                flag: true,
                word_flag: true,
                born: "2024-02-29".into(),
                seen_at: Some("2024-02-29 13:45:00".into()),
                note: "a, \"quoted\"\nline".into(),
                empty: String::new(),
                missing: None,
                status: Status::OnView,
                tags: vec!["x".into(), "y".into()],
                attrs: BTreeMap::from([("k".into(), 1)]),
                absent: None,
            }
        );
        assert_eq!(got[1].price, 1000.0);
        assert_eq!(got[1].ratio, 3.0);
        assert!(!got[1].flag && !got[1].word_flag);
        assert_eq!((got[1].seen_at.as_deref(), got[1].missing), (None, Some(5)));
        assert_eq!(got[1].status, Status::Stored);
    }

    #[test]
    fn untyped_rows_and_dynamic_targets() {
        let got: Vec<Row> = rows("a,b,c\n1,,\"\"\n")
            .into_iter()
            .map(Result::unwrap)
            .collect();
        assert_eq!(
            serde_json::Value::Object(got[0].clone()),
            json!({"a": "1", "b": null, "c": ""})
        );
        let maps: Vec<BTreeMap<String, Option<u8>>> =
            rows("a,b\n1,\n").into_iter().map(Result::unwrap).collect();
        assert_eq!(
            maps[0],
            BTreeMap::from([("a".into(), Some(1)), ("b".into(), None)])
        );
        #[derive(Deserialize)]
        struct Wrapped(BTreeMap<String, String>);
        let wrapped: Vec<Option<Wrapped>> =
            rows("a\nx\n").into_iter().map(Result::unwrap).collect();
        assert_eq!(wrapped[0].as_ref().unwrap().0["a"], "x");
    }

    #[test]
    fn wrong_types_name_the_row_and_the_column() {
        #[derive(Deserialize, Debug)]
        #[allow(dead_code)]
        struct T {
            id: u32,
            year: u16,
            title: String,
        }
        let got = rows::<T>("id,year,title\n1,1999,a\n2,nineteen,b\n3,1999,\n4,-1,d\n");
        assert!(got[0].is_ok());
        let msg = |i: usize| got[i].as_ref().unwrap_err().to_string();
        assert!(matches!(got[1], Err(Error::Decode { .. })));
        assert!(
            msg(1).starts_with(
                "could not decode a result row: row 2: column `year`: cannot read \"nineteen\" as u16"
            ),
            "{}",
            msg(1)
        );
        assert!(
            msg(1).contains("a result row starts with: 2,nineteen,b"),
            "{}",
            msg(1)
        );
        assert!(
            msg(1).contains("2,nineteen,b"),
            "the excerpt is the record: {}",
            msg(1)
        );
        assert!(
            msg(2).contains("row 3: column `title`: cannot read null as a string"),
            "{}",
            msg(2)
        );
        assert!(msg(3).contains("row 4: column `year`"), "{}", msg(3));
        let missing = rows::<T>("id,title\n1,a\n");
        let m = missing[0].as_ref().unwrap_err().to_string();
        assert!(m.contains("row 1: missing field `year`"), "{m}");
    }

    /// The CSV path and `from_row` agree on every cell, value or error.
    #[test]
    fn cells_decode_as_from_row_decodes_the_same_text() {
        let cells: &[Option<&str>] = &[
            None,
            Some(""),
            Some("0"),
            Some("1"),
            Some("-1"),
            Some(" 42 "),
            Some("+7"),
            Some("3.0"),
            Some("1e3"),
            Some("2.5"),
            Some("300"),
            Some("99999999999999999999"),
            Some("-9223372036854775809"),
            Some("true"),
            Some("FALSE"),
            Some("Yes"),
            Some("b'1'"),
            Some("nan"),
            Some("inf"),
            Some("abc"),
            Some("é"),
            Some("[1,2]"),
            Some("{\"k\":1}"),
            Some("Stored"),
        ];
        fn same<T: DeserializeOwned + std::fmt::Debug>(cell: Option<&str>) {
            // Build the record directly: a one-column CSV cannot hold NULL
            // (its line would be blank), so use two columns.
            let text = match cell {
                None => "v,pad\n,p\n".to_string(),
                Some(s) => format!("v,pad\n\"{}\",p\n", s.replace('"', "\"\"")),
            };
            #[derive(Deserialize, Debug)]
            struct One<T> {
                v: T,
            }
            let via_csv = rows::<One<T>>(&text).pop().unwrap().map(|o| o.v);
            let json_cell = cell.map_or(serde_json::Value::Null, |s| json!(s));
            let via_json = from_value::<T>(&json_cell);
            let mut row = Row::new();
            row.insert("v".into(), json_cell);
            let via_row = from_row::<One<T>>(&row).map(|o| o.v);
            let ty = std::any::type_name::<T>();
            match (&via_csv, &via_json, &via_row) {
                // Compared as printed, so NaN equals NaN.
                (Ok(a), Ok(b), Ok(c)) => {
                    assert_eq!(format!("{a:?}"), format!("{b:?}"), "{ty} from {cell:?}");
                    assert_eq!(format!("{a:?}"), format!("{c:?}"), "{ty} from {cell:?}");
                }
                (Err(a), Err(_), Err(c)) => {
                    // Same complaint, the CSV one also naming the row.
                    let (a, c) = (a.to_string(), c.to_string());
                    let core = c
                        .split("could not decode a result row: ")
                        .nth(1)
                        .unwrap()
                        .split("; a result row starts")
                        .next()
                        .unwrap();
                    assert!(a.contains(core), "{ty} from {cell:?}: {a} vs {c}");
                }
                _ => panic!(
                    "{ty} from {cell:?}: csv {via_csv:?}, json {via_json:?}, row {via_row:?}"
                ),
            }
        }
        for &cell in cells {
            same::<i8>(cell);
            same::<u8>(cell);
            same::<i32>(cell);
            same::<u64>(cell);
            same::<i64>(cell);
            same::<i128>(cell);
            same::<f32>(cell);
            same::<f64>(cell);
            same::<bool>(cell);
            same::<String>(cell);
            same::<Option<i64>>(cell);
            same::<Option<String>>(cell);
            same::<Option<bool>>(cell);
            same::<Vec<u8>>(cell);
            same::<BTreeMap<String, u8>>(cell);
            same::<serde_json::Value>(cell);
            same::<Status>(cell);
            same::<()>(cell);
        }
    }
}
