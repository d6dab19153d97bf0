//! SQL: reads, row streams past the row cap, writes, lenient row decoding and
//! SQL text helpers.
//!
//! * [`SqlHandler`] (from [`DatabaseHandler::sql`](crate::resources::DatabaseHandler::sql))
//!   runs reads ([`SqlHandler::read`]), writes ([`SqlHandler::write`]),
//!   merges and branch deletions, and streams every row of a query past the
//!   server's row cap ([`SqlHandler::stream_rows`], see [`Strategy`]).
//! * [`from_row`] and [`from_value`] decode rows leniently: DoltHub returns
//!   cells mostly as strings (`"16777216"`), booleans as `0/1` or `"0"/"1"`,
//!   and leaves the encoding of NULL undocumented, so numbers are read from
//!   numeric strings, booleans from `0`/`1`/`"true"`/`"false"`, `Option`
//!   fields from `null` or a missing column, nested types from JSON text (for
//!   JSON columns), and strings from numbers.
//! * [`quote`] and [`has_multiple_statements`] are the SQL text helpers; every
//!   place in the crate that looks inside SQL text uses the same scanner, which
//!   understands quotes, backslash escapes and `--`, `#` and `/* */` comments.

mod csv;
mod csv_de;
mod decode;
mod export;
mod keyset;
mod read;
pub(crate) mod scan;
mod stream;
mod write;

pub use decode::{from_row, from_value};
pub use read::{ReadSql, ReadSqlDefaultBranch, SqlHandler};
pub use stream::{DEFAULT_SQL_CONCURRENCY, DEFAULT_SQL_PAGE_SIZE, RowStream, Strategy, StreamRows};
pub use write::{DeleteBranch, MergeTo, WriteSql, WriteTo};

/// Quote `text` as a SQL string literal: wrapped in single quotes, with `'`
/// doubled and `\` escaped (MySQL/Dolt treat backslashes as escapes).
///
/// ```
/// assert_eq!(dolthub::sql::quote("it's"), "'it''s'");
/// assert_eq!(dolthub::sql::quote(r"a\b"), r"'a\\b'");
/// ```
pub fn quote(text: &str) -> String {
    scan::quote(text)
}

/// Quote `name` as a SQL identifier: wrapped in backticks, with backticks doubled.
///
/// ```
/// assert_eq!(dolthub::sql::quote_ident("my table"), "`my table`");
/// ```
pub fn quote_ident(name: &str) -> String {
    scan::quote_ident(name)
}

/// Whether `query` holds more than one statement: a `;` outside quotes,
/// backticks and comments that is followed by more code (a trailing `;` or
/// comment is fine). DoltHub writes accept one statement per call.
///
/// ```
/// assert!(dolthub::sql::has_multiple_statements("INSERT INTO t VALUES (1); DELETE FROM t"));
/// assert!(!dolthub::sql::has_multiple_statements("INSERT INTO t VALUES ('a;b');"));
/// assert!(!dolthub::sql::has_multiple_statements("SELECT 1; -- done"));
/// ```
pub fn has_multiple_statements(query: &str) -> bool {
    scan::has_multiple_statements(query)
}

/// `query` without its trailing `;`, comments and whitespace, ready for a
/// clause to be appended (a clause after a trailing `-- comment` would be
/// commented out). Fails on a quote or `/*` comment that never closes.
///
/// ```
/// assert_eq!(dolthub::sql::statement_body("SELECT * FROM t; -- all").unwrap(), "SELECT * FROM t");
/// assert!(dolthub::sql::statement_body("SELECT 'open").is_err());
/// ```
pub fn statement_body(query: &str) -> crate::Result<&str> {
    scan::statement_body(query).map_err(crate::Error::invalid)
}
