//! SQL read results.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::error::Result;
use crate::models::de;
use crate::models::enums::SqlStatus;

/// One result row: column name to cell. Cells are mostly strings (numbers
/// included); use [`SqlResult::rows`] or [`crate::sql::from_row`] for typed access.
pub type Row = serde_json::Map<String, Value>;

/// One result column, in result order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Column {
    /// Column name (`columnName`).
    #[serde(default, rename = "columnName", deserialize_with = "de::string")]
    pub name: String,
    /// SQL type as reported, e.g. `INT`, `VARCHAR(255)` (`columnType`).
    #[serde(default, rename = "columnType", deserialize_with = "de::string")]
    pub column_type: String,
    /// Whether the column is part of the primary key (v2 only).
    #[serde(default, deserialize_with = "de::boolean")]
    pub is_primary_key: bool,
    /// The table the column comes from, `""` for computed columns (v2 only).
    #[serde(default, deserialize_with = "de::string")]
    pub source_table: String,
}

/// The answer of a SQL read.
///
/// `truncated` is `true` when the server cut the result at its row limit
/// (about 1,000 rows, `query_execution_status: RowLimit`): the rows present
/// are valid, but there are more. Page with
/// [`SqlHandler::stream_rows`](crate::resources::SqlHandler::stream_rows) or use
/// the CSV export for whole tables.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(from = "RawSqlResult")]
#[non_exhaustive]
pub struct SqlResult {
    /// `Success`, `RowLimit`, `SuccessWithWarning` (an `Error` becomes [`crate::Error::Sql`]).
    #[serde(rename = "query_execution_status")]
    pub status: SqlStatus,
    /// `query_execution_message` (often empty).
    #[serde(rename = "query_execution_message")]
    pub message: String,
    /// Database owner (`repository_owner`).
    #[serde(rename = "repository_owner")]
    pub owner: String,
    /// Database name (`repository_name`).
    #[serde(rename = "repository_name")]
    pub database: String,
    /// The ref the query ran at.
    pub commit_ref: String,
    /// The query as the server received it (`sql_query`, also seen as `"sql_query:"`).
    #[serde(rename = "sql_query")]
    pub query: String,
    /// Columns in result order (row objects do not keep it).
    pub schema: Vec<Column>,
    /// The rows as JSON objects keyed by column name.
    pub rows: Vec<Row>,
    /// Whether the server cut the result at its row limit.
    #[serde(skip_serializing)]
    pub truncated: bool,
    /// Warnings the server reported with the result (v2 only).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

#[derive(Deserialize)]
struct RawSqlResult {
    #[serde(default, deserialize_with = "de::opt_string")]
    query_execution_status: Option<String>,
    #[serde(default, deserialize_with = "de::opt_string")]
    query_execution_message: Option<String>,
    #[serde(default, deserialize_with = "de::opt_string")]
    repository_owner: Option<String>,
    #[serde(default, deserialize_with = "de::opt_string")]
    repository_name: Option<String>,
    #[serde(default, deserialize_with = "de::opt_string")]
    commit_ref: Option<String>,
    #[serde(default, deserialize_with = "de::opt_string")]
    sql_query: Option<String>,
    #[serde(default, rename = "sql_query:", deserialize_with = "de::opt_string")]
    sql_query_colon: Option<String>,
    #[serde(default, deserialize_with = "de::list")]
    schema: Vec<Column>,
    #[serde(default, deserialize_with = "rows")]
    rows: Vec<Row>,
    #[serde(default, deserialize_with = "de::list")]
    warnings: Vec<String>,
}

/// Rows that are not objects (never documented) are kept under the key `""`
/// rather than failing the whole answer.
fn rows<'de, D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Vec<Row>, D::Error> {
    let values: Option<Vec<Value>> = Option::deserialize(d)?;
    Ok(values
        .unwrap_or_default()
        .into_iter()
        .map(|v| match v {
            Value::Object(map) => map,
            other => Row::from_iter([(String::new(), other)]),
        })
        .collect())
}

impl From<RawSqlResult> for SqlResult {
    fn from(r: RawSqlResult) -> Self {
        let status = SqlStatus::from_wire(&r.query_execution_status.unwrap_or_default());
        SqlResult {
            truncated: status == SqlStatus::RowLimit,
            status,
            message: de::first([r.query_execution_message]),
            owner: de::first([r.repository_owner]),
            database: de::first([r.repository_name]),
            commit_ref: de::first([r.commit_ref]),
            query: de::first([r.sql_query, r.sql_query_colon]),
            schema: r.schema,
            rows: r.rows,
            warnings: r.warnings,
        }
    }
}

impl SqlResult {
    /// Decode every row into `T` with the lenient cell rules of
    /// [`crate::sql::from_row`] (`"16"` reads as a number, `"0"`/`"1"` as booleans).
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// #[derive(serde::Deserialize)]
    /// struct Piece { id: u32, title: String, on_view: bool }
    ///
    /// let result = client.database("dolthub", "museum-collections").sql()
    ///     .read("main", "SELECT id, title, on_view FROM lacma").await?;
    /// let pieces: Vec<Piece> = result.rows()?;
    /// # Ok(()) }
    /// ```
    pub fn rows<T: DeserializeOwned>(&self) -> Result<Vec<T>> {
        self.rows.iter().map(crate::sql::from_row).collect()
    }

    /// Column names in result order.
    ///
    /// ```
    /// let r: dolthub::models::SqlResult = serde_json::from_str(
    ///     r#"{"schema":[{"columnName":"id","columnType":"INT"}],"rows":[]}"#).unwrap();
    /// assert_eq!(r.column_names(), vec!["id"]);
    /// ```
    pub fn column_names(&self) -> Vec<&str> {
        self.schema.iter().map(|c| c.name.as_str()).collect()
    }

    /// Rows as cell lists in schema order (missing cells as `null`), for
    /// table output where column order matters.
    ///
    /// ```
    /// let r: dolthub::models::SqlResult = serde_json::from_str(
    ///     r#"{"schema":[{"columnName":"b"},{"columnName":"a"}],"rows":[{"a":"1","b":"2"}]}"#).unwrap();
    /// assert_eq!(r.ordered_rows(), vec![vec![serde_json::json!("2"), serde_json::json!("1")]]);
    /// ```
    pub fn ordered_rows(&self) -> Vec<Vec<Value>> {
        self.rows
            .iter()
            .map(|row| {
                self.schema
                    .iter()
                    .map(|c| row.get(&c.name).cloned().unwrap_or(Value::Null))
                    .collect()
            })
            .collect()
    }
}
