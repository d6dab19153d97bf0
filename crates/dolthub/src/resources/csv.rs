//! CSV export: `download_table_csv` and `download_database_zip`, streamed.

use std::path::Path;

use bytes::Bytes;
use dolthub_api::v1alpha1::ops;
use futures::TryStreamExt;
use futures::stream::BoxStream;
use tokio::io::{AsyncWrite, AsyncWriteExt};

use crate::error::{Error, Result};
use crate::resources::Db;
use crate::transport::request::RequestSpec;

/// CSV export at one ref; see [`DatabaseHandler::csv`](crate::resources::DatabaseHandler::csv).
#[derive(Clone, Debug)]
pub struct CsvHandler {
    pub(crate) db: Db,
    pub(crate) reference: String,
}

impl CsvHandler {
    /// One table as CSV (header row first); not limited by the SQL row cap.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let mut out = tokio::io::stdout();
    /// client.database("dolthub", "museum-collections").csv("main").table("lacma")
    ///     .write_to(&mut out).await?;
    /// # Ok(()) }
    /// ```
    pub fn table(&self, table: impl Into<String>) -> CsvDownload {
        CsvDownload {
            db: self.db.clone(),
            reference: self.reference.clone(),
            table: Some(table.into()),
        }
    }

    /// A ZIP archive with one CSV file per table.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// client.database("dolthub", "museum-collections").csv("main").zip()
    ///     .save("museum-collections.zip").await?;
    /// # Ok(()) }
    /// ```
    pub fn zip(&self) -> CsvDownload {
        CsvDownload {
            db: self.db.clone(),
            reference: self.reference.clone(),
            table: None,
        }
    }
}

/// A CSV or ZIP download, streamed chunk by chunk (never buffered whole).
#[derive(Clone, Debug)]
#[must_use]
pub struct CsvDownload {
    db: Db,
    reference: String,
    table: Option<String>,
}

impl CsvDownload {
    /// Start the download and return the body as a stream of chunks.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// use futures::TryStreamExt;
    /// let mut body = client.database("o", "d").csv("main").table("t").bytes_stream().await?;
    /// while let Some(chunk) = body.try_next().await? { print!("{}", String::from_utf8_lossy(&chunk)); }
    /// # Ok(()) }
    /// ```
    pub async fn bytes_stream(self) -> Result<BoxStream<'static, Result<Bytes>>> {
        let [owner, database] = self.db.params();
        let spec = match &self.table {
            Some(table) => RequestSpec::for_operation(
                &ops::DOWNLOAD_TABLE_CSV,
                &[owner, database, ("ref", &self.reference), ("table", table)],
            )?,
            None => RequestSpec::for_operation(
                &ops::DOWNLOAD_DATABASE_ZIP,
                &[owner, database, ("ref", &self.reference)],
            )?,
        }
        .streaming();
        self.db.client.transport().send_stream(spec).await
    }

    /// Copy the body into `writer`; returns the number of bytes written.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let mut buf = Vec::new();
    /// let n = client.database("o", "d").csv("main").table("t").write_to(&mut buf).await?;
    /// # Ok(()) }
    /// ```
    pub async fn write_to<W: AsyncWrite + Unpin + ?Sized>(self, writer: &mut W) -> Result<u64> {
        let mut body = self.bytes_stream().await?;
        let mut written = 0u64;
        while let Some(chunk) = body.try_next().await? {
            writer.write_all(&chunk).await.map_err(write_error)?;
            written += chunk.len() as u64;
        }
        writer.flush().await.map_err(write_error)?;
        Ok(written)
    }

    /// Save the body to `path` (created or truncated); a failed download
    /// removes the partial file. Returns the number of bytes written.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let n = client.database("o", "d").csv("main").table("lacma").save("lacma.csv").await?;
    /// println!("{n} bytes");
    /// # Ok(()) }
    /// ```
    pub async fn save(self, path: impl AsRef<Path>) -> Result<u64> {
        let path = path.as_ref();
        // Ask the server first, so an error leaves no empty file behind.
        let mut body = self.bytes_stream().await?;
        let mut file = tokio::fs::File::create(path).await.map_err(write_error)?;
        let result: Result<u64> = async {
            let mut written = 0u64;
            while let Some(chunk) = body.try_next().await? {
                file.write_all(&chunk).await.map_err(write_error)?;
                written += chunk.len() as u64;
            }
            file.flush().await.map_err(write_error)?;
            Ok(written)
        }
        .await;
        if result.is_err() {
            drop(file);
            let _ = tokio::fs::remove_file(path).await;
        }
        result
    }
}

fn write_error(source: std::io::Error) -> Error {
    Error::Io {
        what: "writing the download".into(),
        source,
    }
}
