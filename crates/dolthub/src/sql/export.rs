//! The whole-table fast path: the table's CSV export at the pinned commit,
//! streamed in one request and decoded into rows chunk by chunk.
//!
//! The CSV reader is our own (small) one because it must tell a quoted
//! empty field (`""`, an empty string) from an unquoted one (NULL), which
//! general CSV readers do not report.

use std::collections::VecDeque;
use std::sync::Arc;

use bytes::Bytes;
use dolthub_api::v1alpha1::ops;
use futures::stream::{self, BoxStream, StreamExt, TryStreamExt};
use serde_json::Value;

use crate::error::{Error, Result};
use crate::models::{Column, Row};
use crate::request::RequestSpec;
use crate::sql::scan::WholeTable;
use crate::sql::stream::Source;

/// Stream the rows of `table` (all columns, or the named ones in that order).
pub(crate) async fn rows(
    source: Arc<Source>,
    table: WholeTable,
) -> Result<BoxStream<'static, Result<Row>>> {
    let [owner, database] = source.db.params();
    let spec = RequestSpec::for_operation(
        &ops::DOWNLOAD_TABLE_CSV,
        &[
            owner,
            database,
            ("ref", &source.at),
            ("table", &table.table),
        ],
    )?
    .streaming();
    let response = source.db.client.transport().send(spec).await?;
    let body = response.bytes_stream().map_err(Error::transport).boxed();
    let state = State {
        body,
        reader: CsvReader::default(),
        projection: None,
        wanted: table.columns,
        table: table.table,
        source,
        ended: false,
    };
    Ok(stream::try_unfold(state, |mut st| async move {
        loop {
            if let Some(record) = st.reader.records.pop_front() {
                if let Some(row) = st.row(record)? {
                    return Ok(Some((row, st)));
                }
                continue;
            }
            if st.ended {
                if st.projection.is_none() {
                    // An empty body: no header, no columns, no rows.
                    let _ = st.source.info.columns.set(Vec::new());
                }
                return Ok(None);
            }
            match st.body.try_next().await? {
                Some(chunk) => {
                    st.reader.feed(&chunk);
                    st.reader.check()?;
                }
                None => {
                    st.reader.finish()?;
                    st.ended = true;
                }
            }
        }
    })
    .boxed())
}

struct State {
    body: BoxStream<'static, Result<Bytes>>,
    reader: CsvReader,
    /// For each output column: its name and its index in a record.
    projection: Option<Vec<(String, usize)>>,
    wanted: Option<Vec<String>>,
    table: String,
    source: Arc<Source>,
    ended: bool,
}

impl State {
    /// The header sets the projection; later records become rows.
    fn row(&mut self, record: Vec<Field>) -> Result<Option<Row>> {
        let Some(projection) = &self.projection else {
            let header: Vec<String> = record.into_iter().map(|f| f.text).collect();
            let projection = match &self.wanted {
                None => header
                    .iter()
                    .cloned()
                    .enumerate()
                    .map(|(i, n)| (n, i))
                    .collect(),
                Some(wanted) => wanted
                    .iter()
                    .map(|w| {
                        header
                            .iter()
                            .position(|h| h == w)
                            .or_else(|| header.iter().position(|h| h.eq_ignore_ascii_case(w)))
                            .map(|i| (header[i].clone(), i))
                            .ok_or_else(|| {
                                Error::invalid(format!(
                                    "column `{w}` is not in table `{}` (columns: {header:?})",
                                    self.table
                                ))
                            })
                    })
                    .collect::<Result<Vec<_>>>()?,
            };
            let columns = projection
                .iter()
                .map(|(name, _)| Column {
                    name: name.clone(),
                    column_type: String::new(),
                    is_primary_key: false,
                    source_table: self.table.clone(),
                })
                .collect();
            let _ = self.source.info.columns.set(columns);
            self.projection = Some(projection);
            self.reader.width = Some(header.len());
            return Ok(None);
        };
        let mut fields: Vec<Option<Field>> = record.into_iter().map(Some).collect();
        let row = projection
            .iter()
            .map(|(name, i)| {
                let value = match fields.get_mut(*i).and_then(Option::take) {
                    Some(Field { text, quoted }) if quoted || !text.is_empty() => {
                        Value::String(text)
                    }
                    _ => Value::Null,
                };
                (name.clone(), value)
            })
            .collect();
        Ok(Some(row))
    }
}

/// One CSV field: its text and whether it was quoted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Field {
    pub(crate) text: String,
    pub(crate) quoted: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum At {
    #[default]
    FieldStart,
    Unquoted,
    Quoted,
    /// A `"` inside a quoted field: the end of the quotes, or the first half of `""`.
    QuoteInQuoted,
}

/// An incremental RFC 4180 reader: feed chunks, take complete records.
#[derive(Debug, Default)]
pub(crate) struct CsvReader {
    at: At,
    field: Vec<u8>,
    quoted: bool,
    record: Vec<Field>,
    pub(crate) records: VecDeque<Vec<Field>>,
    /// Fields per record once the header is known.
    width: Option<usize>,
    line: u64,
    error: Option<String>,
}

impl CsvReader {
    pub(crate) fn feed(&mut self, chunk: &[u8]) {
        for &b in chunk {
            match (self.at, b) {
                (At::Quoted, b'"') => self.at = At::QuoteInQuoted,
                (At::Quoted, b) => self.field.push(b),
                (At::QuoteInQuoted, b'"') => {
                    self.field.push(b'"');
                    self.at = At::Quoted;
                }
                (At::FieldStart, b'"') => {
                    self.quoted = true;
                    self.at = At::Quoted;
                }
                (_, b',') => self.end_field(),
                (_, b'\n') => {
                    self.end_field();
                    self.end_record();
                }
                // CRLF line ends: the CR outside quotes is dropped.
                (_, b'\r') => {}
                (_, b) => {
                    self.field.push(b);
                    self.at = At::Unquoted;
                }
            }
        }
    }

    /// End of input: a last record without a newline still counts.
    pub(crate) fn finish(&mut self) -> Result<()> {
        if self.at == At::Quoted {
            return Err(self.bad("the CSV export ends inside a quoted field"));
        }
        if self.at != At::FieldStart || !self.record.is_empty() {
            self.end_field();
            self.end_record();
        }
        self.check()
    }

    /// Report a problem found so far (wrong field count, bad UTF-8).
    pub(crate) fn check(&mut self) -> Result<()> {
        match self.error.take() {
            Some(e) => Err(self.bad(&e)),
            None => Ok(()),
        }
    }

    fn end_field(&mut self) {
        let bytes = std::mem::take(&mut self.field);
        let text = match String::from_utf8(bytes) {
            Ok(t) => t,
            Err(e) => {
                self.error
                    .get_or_insert_with(|| format!("invalid UTF-8 on line {}", self.line + 1));
                String::from_utf8_lossy(e.as_bytes()).into_owned()
            }
        };
        self.record.push(Field {
            text,
            quoted: std::mem::take(&mut self.quoted),
        });
        self.at = At::FieldStart;
    }

    fn end_record(&mut self) {
        self.line += 1;
        let record = std::mem::take(&mut self.record);
        // A blank line is no record.
        if record.len() == 1 && record[0].text.is_empty() && !record[0].quoted {
            return;
        }
        if let Some(w) = self.width
            && record.len() != w
            && self.error.is_none()
        {
            self.error = Some(format!(
                "line {} has {} fields, the header has {w}",
                self.line,
                record.len()
            ));
        }
        self.records.push_back(record);
    }

    fn bad(&self, message: &str) -> Error {
        Error::Api {
            status: 200,
            message: format!("malformed CSV export: {message}"),
            body: String::new(),
            code: None,
            request_id: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(chunks: &[&[u8]]) -> Vec<Vec<(String, bool)>> {
        let mut r = CsvReader::default();
        for c in chunks {
            r.feed(c);
        }
        r.finish().unwrap();
        r.records
            .into_iter()
            .map(|rec| rec.into_iter().map(|f| (f.text, f.quoted)).collect())
            .collect()
    }

    #[test]
    fn quotes_escapes_and_split_chunks() {
        let rows = read(&[b"id,v\r\n1,\"a,", b"\"\"b\"\"\"\n2,\n3,\"\"\n4,x"]);
        assert_eq!(
            rows,
            vec![
                vec![("id".into(), false), ("v".into(), false)],
                vec![("1".into(), false), ("a,\"b\"".into(), true)],
                vec![("2".into(), false), ("".into(), false)],
                vec![("3".into(), false), ("".into(), true)],
                vec![("4".into(), false), ("x".into(), false)],
            ]
        );
    }

    #[test]
    fn multibyte_text_split_across_chunks() {
        let text = "é,ü\n".as_bytes();
        let rows = read(&[&text[..1], &text[1..]]);
        assert_eq!(rows[0][0].0, "é");
    }

    #[test]
    fn unterminated_quote_is_an_error() {
        let mut r = CsvReader::default();
        r.feed(b"a\n\"open");
        assert!(r.finish().is_err());
    }
}
