//! An incremental RFC 4180 reader for the CSV export: feed it body chunks,
//! it hands each complete record to a callback, borrowed.
//!
//! Our own (small) reader because the export path must tell a quoted empty
//! field (`""`, an empty string) from an unquoted one (NULL), which general
//! CSV readers do not report. A record's fields are kept back to back in one
//! reused buffer (no allocation per field or per record), runs of ordinary
//! bytes are found with `memchr`, and UTF-8 is checked once per record.

use memchr::{memchr, memchr3};

use crate::error::{Error, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum At {
    #[default]
    FieldStart,
    Unquoted,
    Quoted,
    /// A `"` inside a quoted field: the end of the quotes, or the first half of `""`.
    QuoteInQuoted,
}

/// One complete record, borrowed from the reader until the callback returns.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Record<'a> {
    text: &'a str,
    /// Per field: where its text ends in `text`, and whether it was quoted.
    ends: &'a [(usize, bool)],
    /// The record's position: 0 for the first (the header), 1 for the next...
    pub(crate) index: u64,
}

impl<'a> Record<'a> {
    /// Number of fields.
    pub(crate) fn len(&self) -> usize {
        self.ends.len()
    }

    /// Field `i`: `None` when out of range, `Some(None)` for NULL (an
    /// unquoted empty field), `Some(Some(text))` otherwise.
    pub(crate) fn get(&self, i: usize) -> Option<Option<&'a str>> {
        let &(end, quoted) = self.ends.get(i)?;
        let start = if i == 0 { 0 } else { self.ends[i - 1].0 };
        Some((quoted || end > start).then(|| &self.text[start..end]))
    }

    /// Every field's text (NULL as `""`).
    pub(crate) fn texts(&self) -> impl Iterator<Item = &'a str> + '_ {
        (0..self.len()).map(|i| self.get(i).flatten().unwrap_or(""))
    }

    /// The record written back as one CSV line, for error excerpts.
    pub(crate) fn to_csv(self) -> String {
        let mut out = String::new();
        for i in 0..self.len() {
            if i > 0 {
                out.push(',');
            }
            match self.get(i).flatten() {
                Some(t) if t.is_empty() || t.contains([',', '"', '\n', '\r']) => {
                    out.push('"');
                    out.push_str(&t.replace('"', "\"\""));
                    out.push('"');
                }
                Some(t) => out.push_str(t),
                None => {}
            }
        }
        out
    }
}

/// Feed chunks with [`feed`](Self::feed), then call [`finish`](Self::finish).
#[derive(Debug, Default)]
pub(crate) struct CsvReader {
    at: At,
    quoted: bool,
    /// The current record's field bytes, back to back.
    bytes: Vec<u8>,
    ends: Vec<(usize, bool)>,
    /// Records handed out so far.
    records: u64,
    /// Fields per record: the header's count, once it is read.
    width: Option<usize>,
}

impl CsvReader {
    /// Read `chunk`, calling `on_record` for each record it completes. An
    /// error (malformed CSV, or one returned by `on_record`) stops the read.
    pub(crate) fn feed(
        &mut self,
        mut chunk: &[u8],
        on_record: &mut impl FnMut(Record<'_>) -> Result<()>,
    ) -> Result<()> {
        while let Some(&first) = chunk.first() {
            match self.at {
                At::Quoted => match memchr(b'"', chunk) {
                    Some(i) => {
                        self.bytes.extend_from_slice(&chunk[..i]);
                        self.at = At::QuoteInQuoted;
                        chunk = &chunk[i + 1..];
                    }
                    None => {
                        self.bytes.extend_from_slice(chunk);
                        return Ok(());
                    }
                },
                At::QuoteInQuoted if first == b'"' => {
                    self.bytes.push(b'"');
                    self.at = At::Quoted;
                    chunk = &chunk[1..];
                }
                At::FieldStart if first == b'"' => {
                    self.quoted = true;
                    self.at = At::Quoted;
                    chunk = &chunk[1..];
                }
                // Unquoted text (also text after a closing quote, kept as
                // written): copy up to the next delimiter.
                At::FieldStart | At::Unquoted | At::QuoteInQuoted => {
                    match memchr3(b',', b'\n', b'\r', chunk) {
                        Some(i) => {
                            self.bytes.extend_from_slice(&chunk[..i]);
                            if i > 0 {
                                self.at = At::Unquoted;
                            }
                            match chunk[i] {
                                b',' => self.end_field(),
                                b'\n' => {
                                    self.end_field();
                                    self.end_record(on_record)?;
                                }
                                // CRLF line ends: the CR outside quotes is dropped.
                                _ => {}
                            }
                            chunk = &chunk[i + 1..];
                        }
                        None => {
                            self.bytes.extend_from_slice(chunk);
                            self.at = At::Unquoted;
                            return Ok(());
                        }
                    }
                }
            }
        }
        Ok(())
    }

    /// End of input: a last record without a newline still counts.
    pub(crate) fn finish(
        &mut self,
        on_record: &mut impl FnMut(Record<'_>) -> Result<()>,
    ) -> Result<()> {
        if self.at == At::Quoted {
            return Err(malformed(format!(
                "the CSV export ends inside a quoted field (record {})",
                self.records
            )));
        }
        if self.at != At::FieldStart || !self.ends.is_empty() {
            self.end_field();
            self.end_record(on_record)?;
        }
        Ok(())
    }

    fn end_field(&mut self) {
        self.ends
            .push((self.bytes.len(), std::mem::take(&mut self.quoted)));
        self.at = At::FieldStart;
    }

    fn end_record(&mut self, on_record: &mut impl FnMut(Record<'_>) -> Result<()>) -> Result<()> {
        // A blank line is no record.
        let blank = self.ends.len() == 1 && self.bytes.is_empty() && !self.ends[0].1;
        let result = if blank {
            Ok(())
        } else {
            self.hand_out(on_record)
        };
        self.bytes.clear();
        self.ends.clear();
        result
    }

    fn hand_out(&mut self, on_record: &mut impl FnMut(Record<'_>) -> Result<()>) -> Result<()> {
        let index = self.records;
        self.records += 1;
        let width = *self.width.get_or_insert(self.ends.len());
        if self.ends.len() != width {
            return Err(malformed(format!(
                "row {index} has {} fields, the header has {width}",
                self.ends.len()
            )));
        }
        let text = std::str::from_utf8(&self.bytes).map_err(|e| {
            malformed(format!(
                "invalid UTF-8 in {} (byte {} of its fields)",
                if index == 0 {
                    "the header".to_string()
                } else {
                    format!("row {index}")
                },
                e.valid_up_to()
            ))
        })?;
        on_record(Record {
            text,
            ends: &self.ends,
            index,
        })
    }
}

fn malformed(message: String) -> Error {
    Error::Api {
        status: 200,
        message: format!("malformed CSV export: {message}"),
        body: String::new(),
        code: None,
        request_id: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    type Fields = Vec<Option<String>>;

    fn read(chunks: &[&[u8]]) -> Result<Vec<Fields>> {
        let mut r = CsvReader::default();
        let mut out = Vec::new();
        let mut take = |rec: Record<'_>| {
            out.push(
                (0..rec.len())
                    .map(|i| rec.get(i).unwrap().map(str::to_owned))
                    .collect(),
            );
            Ok(())
        };
        for c in chunks {
            r.feed(c, &mut take)?;
        }
        r.finish(&mut take)?;
        Ok(out)
    }

    fn f(items: &[Option<&str>]) -> Fields {
        items.iter().map(|s| s.map(str::to_owned)).collect()
    }

    #[test]
    fn quotes_escapes_nulls_and_split_chunks() {
        let rows = read(&[b"id,v\r\n1,\"a,", b"\"\"b\"\"\"\n2,\n3,\"\"\n4,x"]).unwrap();
        assert_eq!(
            rows,
            vec![
                f(&[Some("id"), Some("v")]),
                f(&[Some("1"), Some("a,\"b\"")]),
                f(&[Some("2"), None]),
                f(&[Some("3"), Some("")]),
                f(&[Some("4"), Some("x")]),
            ]
        );
    }

    #[test]
    fn every_split_point_reads_the_same() {
        let text: &[u8] = b"a,b,c\n\"x\"\"y\",,\"line\nbreak\"\r\n\"\",2,\xc3\xa9\n,,\n";
        let whole = read(&[text]).unwrap();
        assert_eq!(whole.len(), 4);
        assert_eq!(whole[1], f(&[Some("x\"y"), None, Some("line\nbreak")]));
        assert_eq!(whole[2], f(&[Some(""), Some("2"), Some("é")]));
        assert_eq!(whole[3], f(&[None, None, None]));
        for i in 0..text.len() {
            for j in i..text.len() {
                let parts = [&text[..i], &text[i..j], &text[j..]];
                assert_eq!(read(&parts).unwrap(), whole, "split at {i} and {j}");
            }
        }
    }

    #[test]
    fn blank_lines_are_skipped_and_a_last_line_needs_no_newline() {
        let rows = read(&[b"a\n\n1\n\r\n2"]).unwrap();
        assert_eq!(
            rows,
            vec![f(&[Some("a")]), f(&[Some("1")]), f(&[Some("2")])]
        );
    }

    #[test]
    fn unterminated_quote_is_an_error() {
        let err = read(&[b"a\n\"open"]).unwrap_err();
        assert!(err.to_string().contains("inside a quoted field"), "{err}");
    }

    #[test]
    fn wrong_field_counts_and_bad_utf8_name_the_row() {
        let mut r = CsvReader::default();
        let mut ok = |rec: Record<'_>| {
            if rec.index == 0 {
                Ok(())
            } else {
                Err(Error::invalid("unreachable"))
            }
        };
        r.feed(b"a,b\n", &mut ok).unwrap();
        let err = r.feed(b"1,2,3\n", &mut ok).unwrap_err();
        assert!(
            err.to_string()
                .contains("row 1 has 3 fields, the header has 2"),
            "{err}"
        );
        let err = read(&[b"a\n\xff\n"]).unwrap_err();
        assert!(err.to_string().contains("invalid UTF-8 in row 1"), "{err}");
    }

    #[test]
    fn excerpts_write_the_record_back() {
        let mut r = CsvReader::default();
        let mut line = String::new();
        r.feed(b"1,,\"\",\"a,\"\"b\"\"\"\n", &mut |rec| {
            line = rec.to_csv();
            assert_eq!(rec.texts().collect::<Vec<_>>(), ["1", "", "", "a,\"b\""]);
            Ok(())
        })
        .unwrap();
        assert_eq!(line, "1,,\"\",\"a,\"\"b\"\"\"");
    }
}
