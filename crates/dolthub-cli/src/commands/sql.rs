//! `sql "QUERY"`, `sql write`, `csv`.

use std::io::{self, Write};

use futures::TryStreamExt;
use serde::Serialize;
use serde::ser::SerializeMap;
use serde_json::Value;

use super::{Ctx, wait_for};
use crate::cli::{CsvArgs, DbRef, SqlArgs, SqlCommand};
use crate::exit::{CliError, CliResult, Kind};
use crate::output::{Mode, Out, Printer, Table, to_json};

/// One column of a result.
#[derive(Debug, Clone, Serialize)]
pub struct ColumnView {
    /// Name.
    pub name: String,
    /// SQL type as reported.
    #[serde(rename = "type")]
    pub column_type: String,
}

/// A row serialized as an object whose keys follow the column order.
struct OrderedRow<'a> {
    columns: &'a [ColumnView],
    row: &'a dolthub::models::Row,
}

impl Serialize for OrderedRow<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.columns.len()))?;
        for c in self.columns {
            map.serialize_entry(&c.name, self.row.get(&c.name).unwrap_or(&Value::Null))?;
        }
        map.end()
    }
}

/// `sql` JSON output.
#[derive(Serialize)]
struct SqlView<'a> {
    database: String,
    #[serde(rename = "ref")]
    reference: &'a str,
    query: &'a str,
    columns: &'a [ColumnView],
    rows: Vec<OrderedRow<'a>>,
    row_count: usize,
    /// `true` when the server cut the result at its row limit (use --all).
    truncated: bool,
}

/// A finished read, ready to print.
pub struct SqlOutput {
    db: DbRef,
    reference: String,
    query: String,
    columns: Vec<ColumnView>,
    rows: Vec<dolthub::models::Row>,
    truncated: bool,
    /// `--limit` was given: a cut result is what was asked for, not a warning.
    limited: bool,
}

/// `sql --limit N --timeout D`.
#[derive(Debug, Clone, Copy, Default)]
pub struct ReadOptions {
    /// At most this many rows.
    pub limit: Option<u32>,
    /// Stop after this long.
    pub timeout: Option<std::time::Duration>,
}

impl SqlOutput {
    /// Number of rows.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// The rows as a table of strings (NULL shown as `NULL`).
    pub fn table(&self, null: &str) -> Table {
        let mut t = Table::new(self.columns.iter().map(|c| c.name.clone()));
        for row in &self.rows {
            t.row(self.columns.iter().map(|c| cell(row.get(&c.name), null)));
        }
        t
    }

    fn into_out(self, printer: Printer) -> Out {
        let null = null_text(printer.mode());
        let table = self.table(null);
        let json = to_json(&SqlView {
            database: self.db.to_string(),
            reference: &self.reference,
            query: &self.query,
            columns: &self.columns,
            rows: self
                .rows
                .iter()
                .map(|row| OrderedRow {
                    columns: &self.columns,
                    row,
                })
                .collect(),
            row_count: self.rows.len(),
            truncated: self.truncated,
        });
        Out::List {
            table,
            json,
            empty: "No rows.".into(),
        }
    }
}

fn null_text(mode: Mode) -> &'static str {
    if mode == Mode::Csv { "" } else { "NULL" }
}

/// A cell as text: strings as they are, NULL as `null`, numbers and JSON as JSON text.
fn cell(value: Option<&Value>, null: &str) -> String {
    match value {
        None | Some(Value::Null) => null.to_owned(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    }
}

fn columns_of(result: &dolthub::models::SqlResult) -> Vec<ColumnView> {
    if result.schema.is_empty() {
        // No schema reported: fall back to the keys of the first row.
        return result
            .rows
            .first()
            .map(|r| {
                r.keys()
                    .map(|k| ColumnView {
                        name: k.clone(),
                        column_type: String::new(),
                    })
                    .collect()
            })
            .unwrap_or_default();
    }
    result
        .schema
        .iter()
        .map(|c| ColumnView {
            name: c.name.clone(),
            column_type: c.column_type.clone(),
        })
        .collect()
}

/// Run a read and keep the answer for printing.
pub async fn read_sql(ctx: &Ctx, db: &DbRef, reference: &str, query: &str) -> CliResult<SqlOutput> {
    read_sql_with(ctx, db, reference, query, ReadOptions::default()).await
}

/// Run a read with `--limit` / `--timeout`. API v2 applies both on the
/// server; v1alpha1 has neither, so the command keeps the first N rows of
/// the server's answer and stops waiting after the timeout (the server may
/// still finish the query).
pub async fn read_sql_with(
    ctx: &Ctx,
    db: &DbRef,
    reference: &str,
    query: &str,
    options: ReadOptions,
) -> CliResult<SqlOutput> {
    let mut request = ctx.db(db).sql().read(reference, query);
    let v2 = ctx.version() == dolthub::ApiVersion::V2;
    if v2 {
        if let Some(n) = options.limit {
            request = request.limit(n);
        }
        if let Some(t) = options.timeout {
            request = request.server_timeout(t);
        }
    }
    let result = match options.timeout.filter(|_| !v2) {
        Some(limit) => tokio::time::timeout(limit, request.send())
            .await
            .map_err(|_| {
                CliError::new(
                    Kind::Timeout,
                    format!(
                        "the query did not answer within {} (--timeout)",
                        super::human_duration(limit)
                    ),
                )
                .with_hint(
                    "API v1alpha1 cannot stop a query on the server: only the command stopped \
                     waiting; raise --timeout, or use --api-version v2 for a server-side limit",
                )
            })??,
        None => request.await?,
    };
    let mut out = SqlOutput {
        db: db.clone(),
        reference: reference.to_owned(),
        query: query.to_owned(),
        columns: columns_of(&result),
        truncated: result.truncated,
        rows: result.rows,
        limited: options.limit.is_some(),
    };
    if let Some(n) = options.limit.filter(|_| !v2) {
        let n = n as usize;
        if out.rows.len() > n {
            out.rows.truncate(n);
            out.truncated = true;
        }
    }
    Ok(out)
}

/// Print a read result through `printer` (used by `sql` and the tour).
pub fn print_sql_result(printer: Printer, result: SqlOutput) -> io::Result<()> {
    // With --limit, a cut result is what was asked for.
    let truncated = result.truncated && !result.limited;
    let n = result.len();
    printer.print(&result.into_out(printer))?;
    if truncated {
        eprintln!(
            "warning: the server cut the result at its row limit ({n} rows); \
             add --all to fetch every row"
        );
    }
    Ok(())
}

/// `sql write` JSON output.
#[derive(Debug, Serialize)]
struct WriteView {
    database: String,
    from: String,
    to: String,
    query: String,
    operation: String,
    /// `started`, `committed` or `nothing_to_commit`.
    status: &'static str,
    /// The server's message, e.g. "Query OK, 2 rows affected".
    message: String,
    /// Commit holding the write (empty after a merge or without --wait).
    commit: String,
}

pub async fn sql(ctx: &Ctx, args: SqlArgs) -> CliResult<Out> {
    if let Some(SqlCommand::Write {
        query,
        from,
        to,
        db,
        wait,
    }) = args.command
    {
        return write(
            ctx,
            &db.db,
            query,
            from,
            to,
            wait.wait.then_some(wait.wait_timeout.0),
        )
        .await;
    }
    let query = match (args.query, &args.file) {
        (Some(q), _) => q,
        (None, Some(path)) => read_query(path)?,
        (None, None) => return Err(CliError::usage("sql needs a QUERY (or --file FILE)")),
    };
    // clap leaves an optional flattened --db unset when only its default
    // (`config set database`) applies, so the default is looked up here.
    let db = match args.db {
        Some(arg) => arg.db,
        None => crate::settings::configured_database()?.ok_or_else(|| {
            CliError::usage(
                "sql needs --db OWNER/DB (or DOLTHUB_DB, or `dolthub config set database`)",
            )
        })?,
    };
    if args.all {
        read_all(ctx, &db, &args.reference, &query).await?;
        return Ok(Out::Nothing);
    }
    let options = ReadOptions {
        limit: args.limit,
        timeout: args.timeout.map(|w| w.0),
    };
    let result = read_sql_with(ctx, &db, &args.reference, &query, options).await?;
    print_sql_result(ctx.printer, result)?;
    Ok(Out::Nothing)
}

/// `--file FILE` (or `-` for stdin): the query text, without surrounding
/// whitespace; an empty file is a usage error, not an empty query.
fn read_query(path: &std::path::Path) -> CliResult<String> {
    let text = if path.as_os_str() == "-" {
        io::read_to_string(io::stdin())?
    } else {
        std::fs::read_to_string(path)
            .map_err(|e| CliError::usage(format!("cannot read {}: {e}", path.display())))?
    };
    let text = text.trim();
    if text.is_empty() {
        return Err(CliError::usage(format!(
            "{} holds no query",
            path.display()
        )));
    }
    Ok(text.to_owned())
}

async fn write(
    ctx: &Ctx,
    db: &DbRef,
    query: String,
    from: String,
    to: Option<String>,
    deadline: Option<std::time::Duration>,
) -> CliResult<Out> {
    ctx.require_token("SQL writes")?;
    let to = to.unwrap_or_else(|| from.clone());
    let sql = ctx.db(db).sql();
    let merge = query.trim().trim_end_matches(';').trim().is_empty();
    if merge && ctx.version() == dolthub::ApiVersion::V2 {
        return Err(CliError::unsupported(
            "merging with an empty `sql write`",
            dolthub::ApiVersion::V2,
            format!(
                "API v2 needs a statement: `dolthub sql write --from {to} \"CALL DOLT_MERGE('{from}')\"`, \
                 or open and merge a pull request (`dolthub pr create --from {from} --to {to}`); or {}",
                crate::exit::other_version_hint(dolthub::ApiVersion::V2)
            ),
        ));
    }
    let op = if merge {
        sql.merge(&from).to(&to).await?
    } else {
        sql.write(&query).to(&to).from(&from).await?
    };
    let mut v = WriteView {
        database: db.to_string(),
        from: from.clone(),
        to: to.clone(),
        query,
        operation: op.name().to_owned(),
        status: "started",
        message: String::new(),
        commit: String::new(),
    };
    let what = if merge {
        format!("Merging {from} into {to}")
    } else {
        format!("Writing to {to}")
    };
    let Some(deadline) = deadline else {
        let message = format!(
            "{what} (operation {}); use --wait to wait for the commit",
            v.operation
        );
        return Ok(Out::done(message, Some(v.operation.clone()), &v));
    };
    let outcome = wait_for(op, &what, deadline).await?;
    let message = match &outcome {
        dolthub::WriteOutcome::Committed {
            to_commit_id,
            from_commit_id,
            message,
        } => {
            v.status = "committed";
            v.message = message.clone();
            v.commit = if to_commit_id.is_empty() {
                from_commit_id.clone()
            } else {
                to_commit_id.clone()
            };
            let detail = if message.is_empty() {
                String::new()
            } else {
                format!(": {message}")
            };
            if merge {
                format!("Merged {from} into {to}{detail}")
            } else {
                format!("Committed to {to} ({}){detail}", short(&v.commit))
            }
        }
        dolthub::WriteOutcome::NothingToCommit => {
            v.status = "nothing_to_commit";
            "Nothing to commit: the statement changed no rows".to_owned()
        }
        _ => {
            v.status = "committed";
            format!("{what}: done")
        }
    };
    let value = if v.commit.is_empty() {
        v.status.to_owned()
    } else {
        v.commit.clone()
    };
    Ok(Out::done(message, Some(value), &v))
}

fn short(commit: &str) -> &str {
    commit.get(..12).unwrap_or(commit)
}

/// `--all`: every row past the row cap, at one commit, by the fastest path
/// the query allows (CSV export for whole tables, keyset pages, OFFSET
/// pages); CSV, TSV and JSON are written as rows arrive.
async fn read_all(ctx: &Ctx, db: &DbRef, reference: &str, query: &str) -> CliResult {
    let mut stream = std::pin::pin!(ctx.db(db).sql().stream_rows(reference, query).stream());
    // The first row checks the query (a LIMIT is refused, SQL errors surface)
    // before anything is printed; by then the stream knows the columns.
    let mut first = stream.try_next().await?;
    let mut columns: Vec<ColumnView> = stream
        .columns()
        .unwrap_or_default()
        .iter()
        .map(|c| ColumnView {
            name: c.name.clone(),
            column_type: c.column_type.clone(),
        })
        .collect();
    let printer = ctx.printer;
    let mode = printer.mode();
    let null = null_text(mode);
    if matches!(mode, Mode::Table { .. }) || crate::jq::active().is_some() {
        // Alignment (and --jq) needs every row: collect, then print.
        let mut rows = Vec::new();
        while let Some(row) = next_row(&mut first, &mut stream).await? {
            rows.push(row);
        }
        if columns.is_empty() {
            columns = keys_of(rows.first());
        }
        let out = SqlOutput {
            db: db.clone(),
            reference: reference.to_owned(),
            query: query.to_owned(),
            columns,
            rows,
            truncated: false,
            limited: false,
        };
        printer.print(&out.into_out(printer))?;
        return Ok(());
    }
    let stdout = io::stdout();
    let mut w = io::BufWriter::new(stdout.lock());
    let mut n = 0usize;
    while let Some(row) = next_row(&mut first, &mut stream).await? {
        if n == 0 {
            if columns.is_empty() {
                columns = keys_of(Some(&row));
            }
            start_stream(&mut w, mode, db, reference, query, &columns)?;
        }
        match mode {
            Mode::Json => {
                if n > 0 {
                    w.write_all(b",")?;
                }
                let text = serde_json::to_string(&OrderedRow {
                    columns: &columns,
                    row: &row,
                })
                .map_err(io::Error::other)?;
                write!(w, "\n    {text}")?;
            }
            Mode::Csv => {
                let line = csv_line(columns.iter().map(|c| cell(row.get(&c.name), null)))?;
                w.write_all(&line)?;
            }
            _ => {
                let cells: Vec<String> = columns
                    .iter()
                    .map(|c| cell(row.get(&c.name), null).replace(['\t', '\n', '\r'], " "))
                    .collect();
                writeln!(w, "{}", cells.join("\t"))?;
            }
        }
        n += 1;
    }
    if n == 0 {
        start_stream(&mut w, mode, db, reference, query, &columns)?;
    }
    if mode == Mode::Json {
        let tail = if n > 0 { "\n  ]" } else { "]" };
        writeln!(
            w,
            "{tail},\n  \"row_count\": {n},\n  \"truncated\": false\n}}"
        )?;
    }
    w.flush()?;
    Ok(())
}

/// The row held back by the first fetch, then the rest of the stream
/// (`Pages` is fused, so reading on after its end keeps answering `None`).
async fn next_row(
    first: &mut Option<dolthub::models::Row>,
    stream: &mut std::pin::Pin<&mut dolthub::sql::RowStream<dolthub::models::Row>>,
) -> CliResult<Option<dolthub::models::Row>> {
    match first.take() {
        Some(row) => Ok(Some(row)),
        None => Ok(stream.try_next().await?),
    }
}

/// One CSV record, newline included.
fn csv_line(fields: impl IntoIterator<Item = String>) -> io::Result<Vec<u8>> {
    let mut out = csv::Writer::from_writer(Vec::new());
    out.write_record(fields)?;
    out.into_inner()
        .map_err(|e| io::Error::other(e.to_string()))
}

fn keys_of(row: Option<&dolthub::models::Row>) -> Vec<ColumnView> {
    row.map(|r| {
        r.keys()
            .map(|k| ColumnView {
                name: k.clone(),
                column_type: String::new(),
            })
            .collect()
    })
    .unwrap_or_default()
}

/// The part of a streamed document before the first row.
fn start_stream(
    w: &mut dyn Write,
    mode: Mode,
    db: &DbRef,
    reference: &str,
    query: &str,
    columns: &[ColumnView],
) -> io::Result<()> {
    match mode {
        Mode::Json => {
            let q = |s: &str| serde_json::to_string(s).map_err(io::Error::other);
            let cols = serde_json::to_string(columns).map_err(io::Error::other)?;
            write!(
                w,
                "{{\n  \"database\": {},\n  \"ref\": {},\n  \"query\": {},\n  \"columns\": {cols},\n  \"rows\": [",
                q(&db.to_string())?,
                q(reference)?,
                q(query)?
            )
        }
        Mode::Csv => w.write_all(&csv_line(columns.iter().map(|c| c.name.clone()))?),
        _ => Ok(()),
    }
}

/// `csv -o FILE` JSON output.
#[derive(Debug, Serialize)]
struct CsvView {
    database: String,
    /// Null for a ZIP of all tables.
    table: Option<String>,
    #[serde(rename = "ref")]
    reference: String,
    file: String,
    bytes: u64,
}

pub async fn csv(ctx: &Ctx, args: CsvArgs) -> CliResult<Out> {
    let handle = ctx.db(&args.db.db).csv(&args.reference);
    let (download, what) = match &args.table {
        Some(table) => (handle.table(table), table.clone()),
        None => (handle.zip(), "all tables (zip)".to_string()),
    };
    let local = |e: dolthub::Error| match e {
        dolthub::Error::InvalidInput { message } => CliError::other(message),
        other => CliError::from(other),
    };
    match args.output {
        Some(path) => {
            let bytes = download.save(&path).await.map_err(local)?;
            let v = CsvView {
                database: args.db.db.to_string(),
                table: args.table.clone(),
                reference: args.reference.clone(),
                file: path.display().to_string(),
                bytes,
            };
            Ok(Out::done(
                format!(
                    "Saved {what} at {} to {} ({bytes} bytes)",
                    args.reference,
                    path.display()
                ),
                Some(v.file.clone()),
                &v,
            ))
        }
        None if args.zip && std::io::IsTerminal::is_terminal(&std::io::stdout()) => {
            Err(CliError::usage(
                "refusing to write a ZIP archive to the terminal; add -o FILE or redirect stdout",
            ))
        }
        None => {
            let mut stdout = tokio::io::stdout();
            download.write_to(&mut stdout).await.map_err(local)?;
            Ok(Out::Nothing)
        }
    }
}
