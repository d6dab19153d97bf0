//! File import: the hand-written multipart `upload_file` (+ `poll_import`
//! through [`Operation`]).
//!
//! progenitor cannot generate multipart bodies, so this is built by hand with
//! `reqwest::multipart`: a `params` text part holding the JSON-encoded
//! `UploadParams` and a `file` part streamed from disk (or any `AsyncRead`) in
//! 64 KiB chunks, so memory use does not grow with the file. The size limit is
//! checked from the file's metadata before anything is sent.

use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;

use bytes::Bytes;
use dolthub_api::types::{UploadParams, UploadParamsFileType, UploadParamsImportOp};
use dolthub_api::v1alpha1::ops;
use futures::{Stream, StreamExt};
use reqwest::multipart::{Form, Part};
use tokio::io::AsyncRead;
use tokio_util::io::ReaderStream;

use crate::error::{Error, Result};
use crate::models::ImportStarted;
use crate::operation::outcome::ImportOutcome;
use crate::operation::poll::ImportPoller;
use crate::operation::{Operation, OperationKind};
use crate::resources::{Db, require};
use crate::transport::clock::Activity;
use crate::transport::request::RequestSpec;

/// Largest file DoltHub accepts: documented as "100 MB". This client checks
/// 100 MiB (104,857,600 bytes), the generous reading, so it never refuses a
/// file the server would take; a server counting decimal megabytes may still
/// refuse files between 100,000,000 and 104,857,600 bytes.
pub const MAX_UPLOAD_BYTES: u64 = 100 * 1024 * 1024;

/// Bytes read from the source per chunk.
const CHUNK: usize = 64 * 1024;

/// Format of an imported file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FileType {
    /// Comma-separated values (`.csv`).
    Csv,
    /// Pipe-separated values (`.psv`).
    Psv,
    /// JSON (`.json`).
    Json,
    /// Excel workbook (`.xlsx`).
    Xlsx,
    /// SQL statements (`.sql`); no table name needed on v1alpha1.
    Sql,
    /// YAML (`.yaml`, `.yml`; API v2 only).
    Yaml,
}

impl FileType {
    /// The type matching a file name's extension, case-insensitively.
    ///
    /// ```
    /// use dolthub::resources::FileType;
    /// assert_eq!(FileType::from_file_name("LACMA.CSV"), Some(FileType::Csv));
    /// assert_eq!(FileType::from_file_name("notes.txt"), None);
    /// ```
    pub fn from_file_name(name: &str) -> Option<FileType> {
        let ext = name.rsplit_once('.')?.1.to_ascii_lowercase();
        Some(match ext.as_str() {
            "csv" => FileType::Csv,
            "psv" => FileType::Psv,
            "json" => FileType::Json,
            "xlsx" => FileType::Xlsx,
            "sql" => FileType::Sql,
            "yaml" | "yml" => FileType::Yaml,
            _ => return None,
        })
    }

    fn wire(self) -> Result<UploadParamsFileType> {
        Ok(match self {
            FileType::Csv => UploadParamsFileType::Csv,
            FileType::Psv => UploadParamsFileType::Psv,
            FileType::Json => UploadParamsFileType::Json,
            FileType::Xlsx => UploadParamsFileType::Xlsx,
            FileType::Sql => UploadParamsFileType::Sql,
            FileType::Yaml => {
                return Err(Error::unsupported(
                    "FileType::Yaml",
                    crate::ApiVersion::V1alpha1,
                    "v1alpha1 imports csv, psv, json, xlsx and sql files; YAML needs API v2",
                ));
            }
        })
    }

    /// The v2 spelling.
    fn v2_name(self) -> &'static str {
        match self {
            FileType::Csv => "csv",
            FileType::Psv => "psv",
            FileType::Json => "json",
            FileType::Xlsx => "xlsx",
            FileType::Sql => "sql",
            FileType::Yaml => "yaml",
        }
    }
}

/// What an import does to the table (the `importOp` of the upload).
///
/// This enum is the project's one definition of the four modes: the `dolthub`
/// command shows [`ImportMode::describe`] as its `--op` help and the sandbox
/// implements the same meaning (its tests check it through this crate). The
/// meanings follow Dolt's `table import` and DoltHub's v2 import reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum ImportMode {
    /// Create a new table from the file; fails when the table exists (default).
    #[default]
    Create,
    /// Insert the file's rows into an existing table, updating rows whose
    /// primary key matches; other rows stay.
    Update,
    /// Swap the whole table out: it is dropped and created again from the
    /// file, so both the schema and the rows come from the file.
    Overwrite,
    /// Keep the existing table's schema, delete all its rows, then insert the
    /// file's rows (which must fit that schema).
    Replace,
}

impl ImportMode {
    /// Every mode, in the order a menu shows them.
    pub const ALL: [ImportMode; 4] = [
        ImportMode::Create,
        ImportMode::Update,
        ImportMode::Overwrite,
        ImportMode::Replace,
    ];

    /// The lower-case name (`create`, `update`, `overwrite`, `replace`).
    ///
    /// ```
    /// assert_eq!(dolthub::resources::ImportMode::Replace.as_str(), "replace");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            ImportMode::Create => "create",
            ImportMode::Update => "update",
            ImportMode::Overwrite => "overwrite",
            ImportMode::Replace => "replace",
        }
    }

    /// One line saying what the mode does to the table.
    ///
    /// ```
    /// use dolthub::resources::ImportMode;
    /// assert!(ImportMode::Replace.describe().contains("schema"));
    /// ```
    pub fn describe(self) -> &'static str {
        match self {
            ImportMode::Create => "create a new table from the file (fails if it exists)",
            ImportMode::Update => {
                "insert rows into the existing table, updating rows with the same primary key"
            }
            ImportMode::Overwrite => {
                "drop the table and create it again from the file (schema and rows)"
            }
            ImportMode::Replace => {
                "keep the table's schema, delete its rows, then insert the file's rows"
            }
        }
    }

    fn wire(self) -> UploadParamsImportOp {
        match self {
            ImportMode::Create => UploadParamsImportOp::Create,
            ImportMode::Update => UploadParamsImportOp::Update,
            ImportMode::Overwrite => UploadParamsImportOp::Overwrite,
            ImportMode::Replace => UploadParamsImportOp::Replace,
        }
    }
}

type ProgressFn = Arc<dyn Fn(u64, u64) + Send + Sync>;

enum Source {
    Path(PathBuf),
    Reader {
        reader: Box<dyn AsyncRead + Send + Unpin>,
        length: u64,
        file_name: String,
    },
}

/// Builder of an import; see [`DatabaseHandler::import`](crate::resources::DatabaseHandler::import).
#[must_use]
pub struct ImportBuilder {
    db: Db,
    source: Source,
    table: Option<String>,
    branch: String,
    file_type: Option<FileType>,
    mode: ImportMode,
    primary_keys: Vec<String>,
    file_name: Option<String>,
    progress: Option<ProgressFn>,
    commit_message: Option<String>,
    pull_request_branch: Option<String>,
    column_map: Option<Vec<(String, String)>>,
    tuning: crate::v2::upload::Tuning,
}

impl fmt::Debug for ImportBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let source = match &self.source {
            Source::Path(p) => format!("path {}", p.display()),
            Source::Reader {
                length, file_name, ..
            } => format!("reader {file_name} ({length} bytes)"),
        };
        f.debug_struct("ImportBuilder")
            .field(
                "database",
                &format!("{}/{}", self.db.owner, self.db.database),
            )
            .field("source", &source)
            .field("table", &self.table)
            .field("branch", &self.branch)
            .field("file_type", &self.file_type)
            .field("mode", &self.mode)
            .field("primary_keys", &self.primary_keys)
            .finish_non_exhaustive()
    }
}

impl ImportBuilder {
    pub(crate) fn from_path(db: Db, path: PathBuf) -> Self {
        Self::new(db, Source::Path(path))
    }

    pub(crate) fn from_reader(
        db: Db,
        reader: Box<dyn AsyncRead + Send + Unpin>,
        length: u64,
        file_name: String,
    ) -> Self {
        Self::new(
            db,
            Source::Reader {
                reader,
                length,
                file_name,
            },
        )
    }

    fn new(db: Db, source: Source) -> Self {
        Self {
            db,
            source,
            table: None,
            branch: "main".into(),
            file_type: None,
            mode: ImportMode::default(),
            primary_keys: Vec::new(),
            file_name: None,
            progress: None,
            commit_message: None,
            pull_request_branch: None,
            column_map: None,
            tuning: Default::default(),
        }
    }

    /// Target table (required except for SQL files).
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// client.database("o", "d").import("lacma.csv").table("lacma").start().await?;
    /// # Ok(()) }
    /// ```
    pub fn table(mut self, table: impl Into<String>) -> Self {
        self.table = Some(table.into());
        self
    }

    /// Branch to import into (default `main`). On v1alpha1, pass `""` for a database
    /// without any branch yet, as DoltHub documents for that case. API v2 needs a
    /// non-empty name; what DoltHub does when it names no existing branch of an empty
    /// database is not documented (the sandbox creates the branch with the import), so
    /// on a new database, check the outcome.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// client.database("o", "d").import("lacma.csv").table("lacma").branch("lacma").start().await?;
    /// # Ok(()) }
    /// ```
    pub fn branch(mut self, branch: impl Into<String>) -> Self {
        self.branch = branch.into();
        self
    }

    /// File format (default: from the file name's extension).
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// use dolthub::resources::FileType;
    /// client.database("o", "d").import("export.txt").file_type(FileType::Psv).table("t").start().await?;
    /// # Ok(()) }
    /// ```
    pub fn file_type(mut self, file_type: FileType) -> Self {
        self.file_type = Some(file_type);
        self
    }

    /// What to do with the table (default [`ImportMode::Create`]).
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// use dolthub::resources::ImportMode;
    /// client.database("o", "d").import("more.csv").table("lacma").mode(ImportMode::Update).start().await?;
    /// # Ok(()) }
    /// ```
    pub fn mode(mut self, mode: ImportMode) -> Self {
        self.mode = mode;
        self
    }

    /// Primary-key columns of a new table.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// client.database("o", "d").import("lacma.csv").table("lacma").primary_keys(["id"]).start().await?;
    /// # Ok(()) }
    /// ```
    pub fn primary_keys<I, S>(mut self, keys: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.primary_keys = keys.into_iter().map(Into::into).collect();
        self
    }

    /// File name sent to the server (default: the path's file name).
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// client.database("o", "d").import("/tmp/x123").file_name("lacma.csv").table("lacma").start().await?;
    /// # Ok(()) }
    /// ```
    pub fn file_name(mut self, name: impl Into<String>) -> Self {
        self.file_name = Some(name.into());
        self
    }

    /// Called with `(bytes_sent, total_bytes)` as the file is streamed.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// client.database("o", "d").import("lacma.csv").table("lacma")
    ///     .on_progress(|sent, total| eprintln!("{sent}/{total} bytes"))
    ///     .start().await?;
    /// # Ok(()) }
    /// ```
    pub fn on_progress(mut self, f: impl Fn(u64, u64) + Send + Sync + 'static) -> Self {
        self.progress = Some(Arc::new(f));
        self
    }

    /// The commit message of the import (API v2 only).
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// client.database("o", "d").import("lacma.csv").table("lacma")
    ///     .commit_message("Import LACMA 2026-11").start().await?;
    /// # Ok(()) }
    /// ```
    pub fn commit_message(mut self, message: impl Into<String>) -> Self {
        self.commit_message = Some(message.into());
        self
    }

    /// Land the import on this new branch (cut from [`branch`](Self::branch))
    /// and open a pull request into `branch` (API v2 only).
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let op = client.database("o", "d").import("lacma.csv").table("lacma")
    ///     .pull_request_branch("import-lacma").start().await?;
    /// println!("review pull request {}", op.wait().await?.pull_id);
    /// # Ok(()) }
    /// ```
    pub fn pull_request_branch(mut self, branch: impl Into<String>) -> Self {
        self.pull_request_branch = Some(branch.into());
        self
    }

    /// Map file column names to table column names (API v2 only).
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// client.database("o", "d").import("lacma.csv").table("lacma").mode(dolthub::resources::ImportMode::Update)
    ///     .column_map([("Object ID", "id"), ("Title", "title")]).start().await?;
    /// # Ok(()) }
    /// ```
    pub fn column_map<I, K, V>(mut self, map: I) -> Self
    where
        I: IntoIterator<Item = (K, V)>,
        K: Into<String>,
        V: Into<String>,
    {
        self.column_map = Some(map.into_iter().map(|(k, v)| (k.into(), v.into())).collect());
        self
    }

    /// How many parts are uploaded at once on API v2 (default 4, at least 1).
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// client.database("o", "d").import("big.csv").table("big").parallel_parts(8).start().await?;
    /// # Ok(()) }
    /// ```
    pub fn parallel_parts(mut self, parts: usize) -> Self {
        self.tuning.parallel = parts.max(1);
        self
    }

    /// How often each part is tried on API v2 (default 4 tries) and the wait
    /// before the second try (default 1 s, doubled for each later one). Parts
    /// are retried on network errors, 408, 429 and 5xx answers.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// use std::time::Duration;
    /// client.database("o", "d").import("big.csv").table("big")
    ///     .part_retries(6, Duration::from_millis(500)).start().await?;
    /// # Ok(()) }
    /// ```
    pub fn part_retries(mut self, tries: u32, first_delay: std::time::Duration) -> Self {
        self.tuning.attempts = tries.max(1);
        self.tuning.first_delay = first_delay;
        self
    }

    /// Upload the file and start the import job (sent once, never retried
    /// automatically; DoltHub runs one import per database at a time).
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let op = client.database("o", "d").import("lacma.csv").table("lacma").start().await?;
    /// let outcome = op.wait().await?;
    /// println!("merge pull request {} to land the data", outcome.pull_id);
    /// # Ok(()) }
    /// ```
    pub async fn start(self) -> Result<Operation<ImportOutcome>> {
        if self.db.is_v2() {
            return self.start_v2().await;
        }
        if self.commit_message.is_some()
            || self.pull_request_branch.is_some()
            || self.column_map.is_some()
        {
            return Err(Error::unsupported(
                "ImportBuilder::commit_message / pull_request_branch / column_map",
                crate::ApiVersion::V1alpha1,
                "v1alpha1 imports take no commit message, pull-request branch or column map; use API v2",
            ));
        }
        let (reader, length, default_name): (Box<dyn AsyncRead + Send + Unpin>, u64, String) =
            match self.source {
                Source::Path(path) => {
                    let meta = tokio::fs::metadata(&path).await.map_err(|e| {
                        Error::invalid(format!("cannot read {}: {e}", path.display()))
                    })?;
                    if !meta.is_file() {
                        return Err(Error::invalid(format!("{} is not a file", path.display())));
                    }
                    check_size(meta.len())?;
                    let name = path
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default();
                    let file = tokio::fs::File::open(&path)
                        .await
                        .map_err(|source| Error::Io {
                            what: format!("opening {}", path.display()),
                            source,
                        })?;
                    (Box::new(file), meta.len(), name)
                }
                Source::Reader {
                    reader,
                    length,
                    file_name,
                } => {
                    check_size(length)?;
                    (reader, length, file_name)
                }
            };
        let file_name = self.file_name.unwrap_or(default_name);
        require("file name", &file_name)?;
        let file_type = match self
            .file_type
            .or_else(|| FileType::from_file_name(&file_name))
        {
            Some(t) => t,
            None => {
                return Err(Error::invalid(format!(
                    "cannot tell the file type of `{file_name}`: use a .csv, .psv, .json, .xlsx \
                     or .sql name, or call file_type()"
                )));
            }
        };
        let table = self.table.filter(|t| !t.trim().is_empty());
        if table.is_none() && file_type != FileType::Sql {
            return Err(Error::invalid("a table name is required: call table(..)"));
        }
        let params = UploadParams {
            table_name: table,
            file_name: file_name.clone(),
            branch_name: self.branch.clone(),
            file_type: file_type.wire()?,
            import_op: self.mode.wire(),
            primary_keys: self.primary_keys,
        };
        let params = serde_json::to_string(&params)
            .map_err(|e| Error::invalid(format!("cannot encode the upload parameters: {e}")))?;

        // Bytes going out count as activity: the read timeout only ends an
        // upload that stopped moving, not one still sending.
        let activity = Arc::new(Activity::new());
        let body = reqwest::Body::wrap_stream(counting(
            reader,
            length,
            self.progress,
            Some(Arc::clone(&activity)),
        ));
        let file = Part::stream_with_length(body, length)
            .file_name(file_name)
            .mime_str("application/octet-stream")
            .map_err(Error::transport)?;
        // `params` first: a streaming server can read the settings before the bytes.
        let form = Form::new().text("params", params).part("file", file);

        let spec = RequestSpec::for_operation(&ops::UPLOAD_FILE, &self.db.params())?
            .multipart(form)
            .unbounded()
            .activity(activity);
        let started: ImportStarted = self.db.client.transport().json(spec, false).await?;
        if started.operation_name.is_empty() {
            return Err(Error::Api {
                status: 200,
                message: "the upload answer carries no operation_name to poll".into(),
                body: String::new(),
                code: None,
                request_id: None,
            });
        }
        let branch = if started.branch_name.is_empty() {
            self.branch
        } else {
            started.branch_name
        };
        Ok(Operation::new(
            self.db.client.clone(),
            OperationKind::Import,
            started.operation_name,
            Some(started.user_operation_name),
            ImportPoller {
                owner: self.db.owner.to_string(),
                database: self.db.database.to_string(),
                branch,
            },
        ))
    }
}

impl ImportBuilder {
    /// The presigned three-step flow of API v2 (see `crate::v2::upload`).
    async fn start_v2(self) -> Result<Operation<ImportOutcome>> {
        let (source, length, default_name) = match self.source {
            Source::Path(path) => {
                let meta = tokio::fs::metadata(&path)
                    .await
                    .map_err(|e| Error::invalid(format!("cannot read {}: {e}", path.display())))?;
                if !meta.is_file() {
                    return Err(Error::invalid(format!("{} is not a file", path.display())));
                }
                let name = path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                (crate::v2::upload::Source::Path(path), meta.len(), name)
            }
            Source::Reader {
                reader,
                length,
                file_name,
            } => (crate::v2::upload::Source::Reader(reader), length, file_name),
        };
        crate::v2::parts::check_size(length)?;
        let file_name = self.file_name.unwrap_or(default_name);
        require("file name", &file_name)?;
        let file_type = self
            .file_type
            .or_else(|| FileType::from_file_name(&file_name))
            .ok_or_else(|| {
                Error::invalid(format!(
                    "cannot tell the file type of `{file_name}`: use a .csv, .psv, .json, .xlsx, \
                     .sql or .yaml name, or call file_type()"
                ))
            })?;
        let table = self
            .table
            .filter(|t| !t.trim().is_empty())
            .ok_or_else(|| Error::invalid("a table name is required on API v2: call table(..)"))?;
        require("branch", &self.branch)?;
        let request = crate::v2::upload::Request {
            source,
            length,
            file_name,
            file_type: file_type.v2_name(),
            table,
            branch: self.branch,
            mode: self.mode.as_str(),
            primary_keys: self.primary_keys,
            commit_message: self.commit_message,
            pull_request_branch: self.pull_request_branch.filter(|b| !b.trim().is_empty()),
            column_map: self.column_map,
            progress: self.progress,
            tuning: self.tuning,
        };
        crate::v2::upload::import(&self.db, request).await
    }
}

impl ::std::future::IntoFuture for ImportBuilder {
    type Output = Result<Operation<ImportOutcome>>;
    type IntoFuture = ::futures::future::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.start())
    }
}

fn check_size(length: u64) -> Result<()> {
    if length > MAX_UPLOAD_BYTES {
        return Err(Error::invalid(format!(
            "the file has {length} bytes; DoltHub accepts at most {MAX_UPLOAD_BYTES} (100 MiB) per \
             import: split it into smaller files imported one after another"
        )));
    }
    Ok(())
}

/// Stream `reader` in chunks, reporting progress and insisting on exactly `total` bytes
/// (the multipart `Content-Length` was computed from it).
fn counting(
    reader: Box<dyn AsyncRead + Send + Unpin>,
    total: u64,
    progress: Option<ProgressFn>,
    activity: Option<Arc<Activity>>,
) -> impl Stream<Item = std::io::Result<Bytes>> + Send + 'static {
    let chunks = ReaderStream::with_capacity(reader, CHUNK);
    futures::stream::unfold(
        (chunks, 0u64, false),
        move |(mut chunks, mut sent, finished)| {
            let progress = progress.clone();
            let activity = activity.clone();
            async move {
                if finished {
                    return None;
                }
                match chunks.next().await {
                    Some(Ok(chunk)) => {
                        sent += chunk.len() as u64;
                        if sent > total {
                            let err = std::io::Error::other(format!(
                                "the source has more than the announced {total} bytes"
                            ));
                            return Some((Err(err), (chunks, sent, true)));
                        }
                        if let Some(activity) = &activity {
                            activity.touch();
                        }
                        if let Some(report) = &progress {
                            report(sent, total);
                        }
                        Some((Ok(chunk), (chunks, sent, false)))
                    }
                    Some(Err(err)) => Some((Err(err), (chunks, sent, true))),
                    None if sent < total => {
                        let err = std::io::Error::new(
                            std::io::ErrorKind::UnexpectedEof,
                            format!("the source ended after {sent} of {total} bytes"),
                        );
                        Some((Err(err), (chunks, sent, true)))
                    }
                    None => None,
                }
            }
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures::TryStreamExt;

    #[tokio::test]
    async fn counting_reports_progress_and_checks_length() {
        let seen = Arc::new(std::sync::Mutex::new(Vec::new()));
        let log = Arc::clone(&seen);
        let data = vec![7u8; CHUNK * 2 + 10];
        let chunks: Vec<Bytes> = counting(
            Box::new(std::io::Cursor::new(data.clone())),
            data.len() as u64,
            Some(Arc::new(move |sent, total| {
                log.lock().unwrap().push((sent, total))
            })),
            None,
        )
        .try_collect()
        .await
        .unwrap();
        assert_eq!(chunks.iter().map(Bytes::len).sum::<usize>(), data.len());
        {
            let seen = seen.lock().unwrap();
            assert_eq!(seen.last(), Some(&(data.len() as u64, data.len() as u64)));
            assert!(seen.len() >= 3);
        }

        let short: std::io::Result<Vec<Bytes>> = counting(Box::new(&b"abc"[..]), 5, None, None)
            .try_collect()
            .await;
        assert!(short.is_err());
        let long: std::io::Result<Vec<Bytes>> = counting(Box::new(&b"abcdef"[..]), 5, None, None)
            .try_collect()
            .await;
        assert!(long.is_err());
    }

    #[test]
    fn size_limit() {
        assert!(check_size(MAX_UPLOAD_BYTES).is_ok());
        assert!(matches!(
            check_size(MAX_UPLOAD_BYTES + 1),
            Err(Error::InvalidInput { .. })
        ));
    }
}
