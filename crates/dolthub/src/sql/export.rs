//! The whole-table fast path: the table's CSV export at the pinned commit,
//! streamed in one request and decoded into rows chunk by chunk.
//!
//! Each body chunk is read by [`CsvReader`] and every complete record is
//! decoded on the spot into the caller's row type ([`csv_de`]), so no row
//! map, JSON value or copy of the column names is made per row. Decoded rows
//! wait in a queue that holds at most one chunk's rows.

use std::collections::VecDeque;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use bytes::Bytes;
use dolthub_api::v1alpha1::ops;
use futures::stream::{BoxStream, Stream, StreamExt};
use serde::de::DeserializeOwned;

use crate::error::{Error, Result};
use crate::models::Column;
use crate::request::RequestSpec;
use crate::sql::csv::{CsvReader, Record};
use crate::sql::csv_de::{self, Columns};
use crate::sql::scan::WholeTable;
use crate::sql::stream::{Info, Source};

/// Stream the rows of `table` (all columns, or the named ones in that
/// order), decoded into `T`.
pub(crate) async fn rows<T: DeserializeOwned + Send + 'static>(
    source: Arc<Source>,
    table: WholeTable,
) -> Result<BoxStream<'static, Result<T>>> {
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
    let body = source.db.client.transport().send_stream(spec).await?;
    Ok(ExportRows {
        body: Some(body),
        reader: CsvReader::default(),
        sink: Sink {
            columns: None,
            wanted: table.columns,
            table: table.table,
            info: Arc::clone(&source.info),
            decoded: VecDeque::new(),
        },
        failed: None,
    }
    .boxed())
}

/// The export body, read as it arrives.
struct ExportRows<T> {
    /// `None` once the body has ended.
    body: Option<BoxStream<'static, Result<Bytes>>>,
    reader: CsvReader,
    sink: Sink<T>,
    /// A malformed export: reported after the rows decoded before it, then the stream ends.
    failed: Option<Error>,
}

// Rows are only moved in and out of the queue, never pinned.
impl<T> Unpin for ExportRows<T> {}

/// Where records go: the header sets the columns, later records become rows.
struct Sink<T> {
    columns: Option<Columns>,
    wanted: Option<Vec<String>>,
    table: String,
    info: Arc<Info>,
    /// Rows decoded from the chunks read so far and not yet taken. A row
    /// that does not decode is an error in its place; the rows after it
    /// still come.
    decoded: VecDeque<Result<T>>,
}

impl<T: DeserializeOwned> Sink<T> {
    fn take(&mut self, record: Record<'_>) -> Result<()> {
        match &self.columns {
            Some(columns) => self.decoded.push_back(csv_de::decode(columns, record)),
            None => self.header(record)?,
        }
        Ok(())
    }

    fn header(&mut self, record: Record<'_>) -> Result<()> {
        let header: Vec<&str> = record.texts().collect();
        let fields: Vec<usize> = match &self.wanted {
            None => (0..header.len()).collect(),
            Some(wanted) => wanted
                .iter()
                .map(|w| {
                    header
                        .iter()
                        .position(|h| h == w)
                        .or_else(|| header.iter().position(|h| h.eq_ignore_ascii_case(w)))
                        .ok_or_else(|| {
                            Error::invalid(format!(
                                "column `{w}` is not in table `{}` (columns: {header:?})",
                                self.table
                            ))
                        })
                })
                .collect::<Result<_>>()?,
        };
        let names: Vec<String> = fields.iter().map(|&i| header[i].to_owned()).collect();
        let _ = self.info.columns.set(
            names
                .iter()
                .map(|name| Column {
                    name: name.clone(),
                    column_type: String::new(),
                    is_primary_key: false,
                    source_table: self.table.clone(),
                })
                .collect(),
        );
        self.columns = Some(Columns { names, fields });
        Ok(())
    }
}

impl<T: DeserializeOwned> Stream for ExportRows<T> {
    type Item = Result<T>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<T>>> {
        let this = self.get_mut();
        loop {
            if let Some(row) = this.sink.decoded.pop_front() {
                return Poll::Ready(Some(row));
            }
            if let Some(e) = this.failed.take() {
                this.body = None;
                return Poll::Ready(Some(Err(e)));
            }
            let Some(body) = &mut this.body else {
                return Poll::Ready(None);
            };
            let sink = &mut this.sink;
            let read = match std::task::ready!(body.poll_next_unpin(cx)) {
                Some(Ok(chunk)) => this.reader.feed(&chunk, &mut |r| sink.take(r)),
                Some(Err(e)) => Err(e),
                None => {
                    this.body = None;
                    let read = this.reader.finish(&mut |r| sink.take(r));
                    if sink.columns.is_none() {
                        // An empty body: no header, no columns, no rows.
                        let _ = sink.info.columns.set(Vec::new());
                    }
                    read
                }
            };
            if let Err(e) = read {
                this.failed = Some(e);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures::stream;
    use serde_json::{Value, json};

    /// Run the export stream over `chunks` as the body.
    async fn decode<T: DeserializeOwned + Send + 'static>(
        chunks: &[&'static [u8]],
        wanted: Option<&[&str]>,
    ) -> (Vec<Result<T>>, Arc<Info>) {
        let info = Arc::new(Info::default());
        let body = stream::iter(
            chunks
                .iter()
                .map(|c| Ok(Bytes::from_static(c)))
                .collect::<Vec<_>>(),
        )
        .boxed();
        let rows = ExportRows {
            body: Some(body),
            reader: CsvReader::default(),
            sink: Sink {
                columns: None,
                wanted: wanted.map(|w| w.iter().map(|s| s.to_string()).collect()),
                table: "t".into(),
                info: Arc::clone(&info),
                decoded: VecDeque::new(),
            },
            failed: None,
        };
        (rows.collect().await, info)
    }

    #[tokio::test]
    async fn untyped_rows_keep_nulls_and_empty_strings_apart() {
        let (rows, info) = decode::<crate::models::Row>(&[b"id,v\n1,\n2,\"\"\n3,x"], None).await;
        let rows: Vec<Value> = rows
            .into_iter()
            .map(|r| Value::Object(r.unwrap()))
            .collect();
        assert_eq!(
            rows,
            [
                json!({"id": "1", "v": null}),
                json!({"id": "2", "v": ""}),
                json!({"id": "3", "v": "x"})
            ]
        );
        let names: Vec<&str> = info
            .columns
            .get()
            .unwrap()
            .iter()
            .map(|c| c.name.as_str())
            .collect();
        assert_eq!(names, ["id", "v"]);
    }

    #[tokio::test]
    async fn a_projection_picks_columns_by_name_in_the_callers_order() {
        let (rows, info) = decode::<(String, u8)>(&[b"id,V,w\n1,a,x\n"], Some(&["v", "id"])).await;
        // A tuple is not a row shape (rows are maps); the error says so, per row.
        assert!(rows[0].as_ref().is_err());
        let names: Vec<&str> = info
            .columns
            .get()
            .unwrap()
            .iter()
            .map(|c| c.name.as_str())
            .collect();
        assert_eq!(
            names,
            ["V", "id"],
            "the header's spelling, the caller's order"
        );
        let (missing, _) = decode::<crate::models::Row>(&[b"id\n1\n"], Some(&["nope"])).await;
        let err = missing[0].as_ref().unwrap_err();
        assert!(matches!(err, Error::InvalidInput { .. }), "{err}");
        assert_eq!(missing.len(), 1, "the stream ends after the error");
    }

    #[tokio::test]
    async fn a_bad_row_is_an_error_in_its_place_and_malformed_csv_ends_the_stream() {
        #[derive(serde::Deserialize, Debug)]
        struct N {
            n: u8,
        }
        let (rows, _) = decode::<N>(&[b"n\n1\n300\n3\n4,5\n6\n"], None).await;
        assert_eq!(rows.len(), 4, "{rows:?}");
        assert_eq!(rows[0].as_ref().unwrap().n, 1);
        let bad = rows[1].as_ref().unwrap_err().to_string();
        assert!(bad.contains("row 2") && bad.contains("column `n`"), "{bad}");
        assert_eq!(rows[2].as_ref().unwrap().n, 3);
        let malformed = rows[3].as_ref().unwrap_err().to_string();
        assert!(malformed.contains("row 4 has 2 fields"), "{malformed}");
    }

    #[tokio::test]
    async fn an_empty_body_has_no_columns_and_no_rows() {
        let (rows, info) = decode::<crate::models::Row>(&[], None).await;
        assert!(rows.is_empty());
        assert_eq!(info.columns.get().map(Vec::len), Some(0));
    }
}
