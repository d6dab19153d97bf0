//! File imports: CSV, PSV, JSON, YAML and XLSX parsed into rows, SQL files run statement by
//! statement, and the four import operations applied to a checked-out branch of a store.

use crate::sql::{self, quote_ident};
use rusqlite::Connection;
use serde::de::{Deserializer, MapAccess, Visitor};
use std::fmt;
use std::io::Read;

/// Supported file types.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FileType {
    Csv,
    Psv,
    Json,
    /// API v2 only: the shapes of [`FileType::Json`] written as YAML.
    Yaml,
    /// An Excel workbook's first worksheet (see `crate::xlsx`).
    Xlsx,
    Sql,
}

/// The four import operations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ImportOp {
    /// Create a new table; fails if it exists.
    Create,
    /// Insert or update rows by primary key in an existing table.
    Update,
    /// Drop the table if it exists and create it from the file (schema and rows).
    Overwrite,
    /// Keep an existing table's schema, delete its rows, insert the file's rows.
    Replace,
}

/// Parsed tabular data: header and rows (cells as text, `None` for empty/null).
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct TableData {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Option<String>>>,
}

/// Parses delimited text (CSV with `,`, PSV with `|`). Empty fields become NULL.
pub(crate) fn parse_delimited<R: Read>(reader: R, delimiter: u8) -> Result<TableData, String> {
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(true)
        .flexible(false)
        .from_reader(reader);
    let headers = rdr
        .headers()
        .map_err(|e| format!("could not read the header row: {e}"))?
        .clone();
    let columns: Vec<String> = headers
        .iter()
        .map(|h| h.trim_start_matches('\u{feff}').trim().to_string())
        .collect();
    check_columns(&columns)?;
    let mut rows = Vec::new();
    for (i, rec) in rdr.records().enumerate() {
        let rec = rec.map_err(|e| format!("row {}: {e}", i + 2))?;
        rows.push(
            rec.iter()
                .map(|f| {
                    if f.is_empty() {
                        None
                    } else {
                        Some(f.to_string())
                    }
                })
                .collect(),
        );
    }
    Ok(TableData { columns, rows })
}

fn check_columns(columns: &[String]) -> Result<(), String> {
    if columns.is_empty() || columns.iter().all(String::is_empty) {
        return Err("the file has no header row".to_string());
    }
    for (i, c) in columns.iter().enumerate() {
        if c.is_empty() {
            return Err(format!("column {} has an empty name", i + 1));
        }
        if columns[..i].contains(c) {
            return Err(format!("duplicate column name: {c}"));
        }
    }
    Ok(())
}

/// A JSON object with its keys in document order.
struct OrderedObject(Vec<(String, serde_json::Value)>);

impl<'de> serde::Deserialize<'de> for OrderedObject {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = OrderedObject;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<OrderedObject, A::Error> {
                let mut out = Vec::new();
                while let Some((k, v)) = map.next_entry::<String, serde_json::Value>()? {
                    out.push((k, v));
                }
                Ok(OrderedObject(out))
            }
        }
        d.deserialize_map(V)
    }
}

#[derive(serde::Deserialize)]
#[serde(untagged)]
enum JsonDoc {
    Array(Vec<OrderedObject>),
    Rows { rows: Vec<OrderedObject> },
}

/// Parses JSON: an array of objects, or Dolt's `{"rows": [...]}` form. Columns are the
/// union of keys in first-seen order; booleans become `1`/`0`, nested values JSON text.
pub(crate) fn parse_json<R: Read>(reader: R) -> Result<TableData, String> {
    let doc: JsonDoc = serde_json::from_reader(reader).map_err(|e| {
        format!("invalid JSON file (expected an array of objects or {{\"rows\": [...]}}): {e}")
    })?;
    objects_table(doc, "JSON")
}

/// Parses YAML holding what [`parse_json`] reads: a sequence of mappings, or a mapping
/// whose `rows` is one. Scalars become text as in JSON (`true` is `1`).
pub(crate) fn parse_yaml<R: Read>(reader: R) -> Result<TableData, String> {
    let doc: JsonDoc = serde_yaml::from_reader(reader).map_err(|e| {
        format!("invalid YAML file (expected a list of mappings or a mapping with `rows:`): {e}")
    })?;
    objects_table(doc, "YAML")
}

/// The rows of a list of objects: columns are the union of keys in first-seen order.
fn objects_table(doc: JsonDoc, format: &str) -> Result<TableData, String> {
    let objects = match doc {
        JsonDoc::Array(a) => a,
        JsonDoc::Rows { rows } => rows,
    };
    let mut columns: Vec<String> = Vec::new();
    for o in &objects {
        for (k, _) in &o.0 {
            if !columns.contains(k) {
                columns.push(k.clone());
            }
        }
    }
    if columns.is_empty() {
        return Err(format!("the {format} file has no rows with fields"));
    }
    let rows = objects
        .into_iter()
        .map(|o| {
            let mut row = vec![None; columns.len()];
            for (k, v) in o.0 {
                let idx = columns.iter().position(|c| *c == k).unwrap_or_default();
                row[idx] = match v {
                    serde_json::Value::Null => None,
                    serde_json::Value::Bool(b) => Some(if b { "1" } else { "0" }.to_string()),
                    serde_json::Value::Number(n) => Some(n.to_string()),
                    serde_json::Value::String(s) => Some(s),
                    other => Some(other.to_string()),
                };
            }
            row
        })
        .collect();
    Ok(TableData { columns, rows })
}

/// Infers a column type from its values: `INT`, `DOUBLE` or `TEXT`. Values with leading
/// zeros stay text so nothing is lost.
fn infer_type(values: impl Iterator<Item = Option<String>>) -> &'static str {
    let mut all_int = true;
    let mut all_num = true;
    let mut any = false;
    for v in values.flatten() {
        any = true;
        let t = v.trim();
        let digits = t.trim_start_matches(['-', '+']);
        let leading_zero = digits.len() > 1 && digits.starts_with('0') && !digits.starts_with("0.");
        if leading_zero || t != v {
            all_int = false;
            all_num = false;
            break;
        }
        if t.parse::<i64>().is_err() {
            all_int = false;
        }
        if !t.parse::<f64>().map(f64::is_finite).unwrap_or(false) {
            all_num = false;
        }
        if !all_int && !all_num {
            break;
        }
    }
    if !any {
        "TEXT"
    } else if all_int {
        "INT"
    } else if all_num {
        "DOUBLE"
    } else {
        "TEXT"
    }
}

fn table_exists(conn: &Connection, table: &str) -> Result<bool, String> {
    Ok(sql::tables(conn)
        .map_err(|e| sql::error_text(&e))?
        .iter()
        .any(|t| t == table))
}

fn create_table(
    conn: &Connection,
    table: &str,
    data: &TableData,
    primary_keys: &[String],
) -> Result<(), String> {
    for pk in primary_keys {
        if !data.columns.contains(pk) {
            return Err(format!("primary key column {pk} is not in the file"));
        }
    }
    let defs: Vec<String> = data
        .columns
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let ty = infer_type(data.rows.iter().map(|r| r.get(i).cloned().flatten()));
            let not_null = if primary_keys.contains(c) {
                " NOT NULL"
            } else {
                ""
            };
            format!("{} {ty}{not_null}", quote_ident(c))
        })
        .collect();
    let mut ddl = format!("CREATE TABLE {} ({}", quote_ident(table), defs.join(", "));
    if !primary_keys.is_empty() {
        let pks: Vec<String> = primary_keys.iter().map(|p| quote_ident(p)).collect();
        ddl.push_str(&format!(", PRIMARY KEY ({})", pks.join(", ")));
    }
    ddl.push(')');
    conn.execute_batch(&ddl).map_err(|e| sql::error_text(&e))
}

fn insert_rows(
    conn: &Connection,
    table: &str,
    data: &TableData,
    upsert: bool,
) -> Result<usize, String> {
    let existing = sql::columns(conn, table).map_err(|e| sql::error_text(&e))?;
    for c in &data.columns {
        if !existing.contains(c) {
            return Err(format!("column {c} not found in table {table}"));
        }
    }
    let names: Vec<String> = data.columns.iter().map(|c| quote_ident(c)).collect();
    let ph: Vec<String> = (1..=names.len()).map(|i| format!("?{i}")).collect();
    let mut stmt_sql = format!(
        "INSERT INTO {} ({}) VALUES ({})",
        quote_ident(table),
        names.join(", "),
        ph.join(", ")
    );
    if upsert {
        let pk = sql::primary_key(conn, table).map_err(|e| sql::error_text(&e))?;
        if !pk.is_empty() {
            let sets: Vec<String> = data
                .columns
                .iter()
                .filter(|c| !pk.contains(c))
                .map(|c| format!("{q} = excluded.{q}", q = quote_ident(c)))
                .collect();
            let target: Vec<String> = pk.iter().map(|p| quote_ident(p)).collect();
            if sets.is_empty() {
                stmt_sql.push_str(&format!(" ON CONFLICT ({}) DO NOTHING", target.join(", ")));
            } else {
                stmt_sql.push_str(&format!(
                    " ON CONFLICT ({}) DO UPDATE SET {}",
                    target.join(", "),
                    sets.join(", ")
                ));
            }
        }
    }
    let mut stmt = conn.prepare(&stmt_sql).map_err(|e| sql::error_text(&e))?;
    for (i, row) in data.rows.iter().enumerate() {
        stmt.execute(rusqlite::params_from_iter(row.iter()))
            .map_err(|e| format!("row {}: {}", i + 2, sql::error_text(&e)))?;
    }
    Ok(data.rows.len())
}

/// Applies a parsed file to `table` with `op`. Runs in a transaction: on error nothing
/// is changed. Returns the number of rows written.
pub(crate) fn apply(
    conn: &Connection,
    table: &str,
    op: ImportOp,
    primary_keys: &[String],
    data: &TableData,
) -> Result<usize, String> {
    let tx = conn
        .unchecked_transaction()
        .map_err(|e| sql::error_text(&e))?;
    let exists = table_exists(conn, table)?;
    let n = match op {
        ImportOp::Create => {
            if exists {
                return Err(format!("table with name {table} already exists"));
            }
            create_table(conn, table, data, primary_keys)?;
            insert_rows(conn, table, data, false)?
        }
        ImportOp::Overwrite => {
            let pks = if primary_keys.is_empty() && exists {
                sql::primary_key(conn, table).map_err(|e| sql::error_text(&e))?
            } else {
                primary_keys.to_vec()
            };
            if exists {
                conn.execute_batch(&format!("DROP TABLE {}", quote_ident(table)))
                    .map_err(|e| sql::error_text(&e))?;
            }
            create_table(conn, table, data, &pks)?;
            insert_rows(conn, table, data, false)?
        }
        ImportOp::Replace => {
            if !exists {
                return Err(format!("table not found: {table}"));
            }
            conn.execute_batch(&format!("DELETE FROM {}", quote_ident(table)))
                .map_err(|e| sql::error_text(&e))?;
            insert_rows(conn, table, data, false)?
        }
        ImportOp::Update => {
            if !exists {
                return Err(format!("table not found: {table}"));
            }
            insert_rows(conn, table, data, true)?
        }
    };
    tx.commit().map_err(|e| sql::error_text(&e))?;
    Ok(n)
}

/// Runs a SQL file: every statement in order, in one transaction.
pub(crate) fn apply_sql_file(
    conn: &Connection,
    text: &str,
    database: &str,
) -> Result<usize, String> {
    let tx = conn
        .unchecked_transaction()
        .map_err(|e| sql::error_text(&e))?;
    let statements = sql::split_statements(text);
    for (i, s) in statements.iter().enumerate() {
        match sql::translate(s, database) {
            sql::Statement::Sql(q) => {
                sql::execute(conn, &q).map_err(|e| format!("statement {}: {e}", i + 1))?;
            }
            sql::Statement::Unsupported(message) => {
                return Err(format!("statement {}: {message}", i + 1));
            }
            sql::Statement::Call { name, .. } => {
                return Err(format!(
                    "statement {}: procedure {name} is not supported in SQL imports",
                    i + 1
                ));
            }
        }
    }
    tx.commit().map_err(|e| sql::error_text(&e))?;
    Ok(statements.len())
}

/// Parses a file of the given type.
pub(crate) fn parse<R: Read>(reader: R, file_type: FileType) -> Result<TableData, String> {
    match file_type {
        FileType::Csv => parse_delimited(reader, b','),
        FileType::Psv => parse_delimited(reader, b'|'),
        FileType::Json => parse_json(reader),
        FileType::Yaml => parse_yaml(reader),
        FileType::Xlsx => crate::xlsx::parse(reader),
        FileType::Sql => Err("SQL files are not tabular".to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(c: &Connection, q: &str) -> Vec<Vec<Option<String>>> {
        sql::read(c, q, "db", 1000, &Default::default())
            .unwrap()
            .rows
    }

    #[test]
    fn csv_and_psv() {
        let d = parse_delimited("\u{feff}id,name\n1,Ann\n2,\n".as_bytes(), b',').unwrap();
        assert_eq!(d.columns, vec!["id", "name"]);
        assert_eq!(d.rows[1], vec![Some("2".into()), None]);
        let d = parse_delimited("a|b\nx|\"y|z\"\n".as_bytes(), b'|').unwrap();
        assert_eq!(d.rows[0], vec![Some("x".into()), Some("y|z".into())]);
        assert!(
            parse_delimited("a,b\n1\n".as_bytes(), b',')
                .unwrap_err()
                .contains("row 2")
        );
        assert!(
            parse_delimited("a,a\n1,2\n".as_bytes(), b',')
                .unwrap_err()
                .contains("duplicate")
        );
        assert!(parse_delimited("".as_bytes(), b',').is_err());
    }

    #[test]
    fn json_forms() {
        let d =
            parse_json(r#"[{"z": 1, "a": "x"}, {"a": null, "b": true, "c": {"n": 1}}]"#.as_bytes())
                .unwrap();
        assert_eq!(d.columns, vec!["z", "a", "b", "c"]);
        assert_eq!(
            d.rows[0],
            vec![Some("1".into()), Some("x".into()), None, None]
        );
        assert_eq!(
            d.rows[1],
            vec![None, None, Some("1".into()), Some("{\"n\":1}".into())]
        );
        let d = parse_json(r#"{"rows": [{"id": 5}]}"#.as_bytes()).unwrap();
        assert_eq!(d.rows, vec![vec![Some("5".into())]]);
        assert!(parse_json("{\"x\": 1}".as_bytes()).is_err());
        assert!(parse_json("[1, 2]".as_bytes()).is_err());
    }

    #[test]
    fn yaml_forms_read_like_json() {
        let yaml = "- z: 1\n  a: x\n- a: null\n  b: true\n  c: 'it''s'\n";
        let d = parse_yaml(yaml.as_bytes()).unwrap();
        assert_eq!(d.columns, vec!["z", "a", "b", "c"]);
        assert_eq!(
            d.rows[1],
            vec![None, None, Some("1".into()), Some("it's".into())]
        );
        let d = parse_yaml("rows:\n  - id: 5\n".as_bytes()).unwrap();
        assert_eq!(d.rows, vec![vec![Some("5".into())]]);
        assert_eq!(
            parse("- id: 7\n".as_bytes(), FileType::Yaml)
                .unwrap()
                .rows
                .len(),
            1
        );
        let e = parse_yaml("x: 1\n".as_bytes()).unwrap_err();
        assert!(e.contains("invalid YAML"), "{e}");
        assert!(parse_yaml("- [1, 2]\n".as_bytes()).is_err());
    }

    #[test]
    fn type_inference() {
        let s = |v: &[&str]| infer_type(v.iter().map(|x| Some(x.to_string())));
        assert_eq!(s(&["1", "-2"]), "INT");
        assert_eq!(s(&["1", "2.5"]), "DOUBLE");
        assert_eq!(s(&["007"]), "TEXT");
        assert_eq!(s(&["0.5"]), "DOUBLE");
        assert_eq!(s(&["x"]), "TEXT");
        assert_eq!(s(&["NaN"]), "TEXT");
        assert_eq!(infer_type(std::iter::once(None)), "TEXT");
    }

    #[test]
    fn import_operations() {
        let c = Connection::open_in_memory().unwrap();
        let first = parse_delimited("id,name,score\n1,Ann,1.5\n2,Bo,2\n".as_bytes(), b',').unwrap();
        assert_eq!(
            apply(&c, "people", ImportOp::Create, &["id".into()], &first).unwrap(),
            2
        );
        let r = sql::read(
            &c,
            "SELECT * FROM people ORDER BY id",
            "db",
            10,
            &Default::default(),
        )
        .unwrap();
        assert_eq!(r.columns[0], ("id".to_string(), "INT".to_string()));
        assert_eq!(r.columns[2].1, "DOUBLE");
        assert!(
            apply(&c, "people", ImportOp::Create, &[], &first)
                .unwrap_err()
                .contains("already exists")
        );

        let upd = parse_delimited("id,name\n2,Bob\n3,Cy\n".as_bytes(), b',').unwrap();
        apply(&c, "people", ImportOp::Update, &[], &upd).unwrap();
        assert_eq!(
            rows(&c, "SELECT id, name, score FROM people ORDER BY id"),
            vec![
                vec![Some("1".into()), Some("Ann".into()), Some("1.5".into())],
                vec![Some("2".into()), Some("Bob".into()), Some("2".into())],
                vec![Some("3".into()), Some("Cy".into()), None],
            ]
        );

        let ow = parse_delimited("id,name\n9,Zed\n".as_bytes(), b',').unwrap();
        apply(&c, "people", ImportOp::Replace, &[], &ow).unwrap();
        assert_eq!(
            rows(&c, "SELECT id FROM people"),
            vec![vec![Some("9".into())]]
        );

        let rep = parse_delimited("code\nA\n".as_bytes(), b',').unwrap();
        apply(&c, "people", ImportOp::Overwrite, &["code".into()], &rep).unwrap();
        assert_eq!(sql::columns(&c, "people").unwrap(), vec!["code"]);

        assert!(
            apply(&c, "nope", ImportOp::Update, &[], &rep)
                .unwrap_err()
                .contains("table not found")
        );
        let bad = parse_delimited("id,extra\n1,x\n".as_bytes(), b',').unwrap();
        let before = rows(&c, "SELECT * FROM people ORDER BY 1");
        assert!(apply(&c, "people", ImportOp::Replace, &[], &bad).is_err());
        assert_eq!(
            rows(&c, "SELECT * FROM people ORDER BY 1"),
            before,
            "failed import leaves no trace"
        );

        let dup = parse_delimited("id\n1\n1\n".as_bytes(), b',').unwrap();
        assert!(apply(&c, "d", ImportOp::Create, &["id".into()], &dup).is_err());
        assert!(!sql::tables(&c).unwrap().contains(&"d".to_string()));
        assert!(
            apply(&c, "e", ImportOp::Create, &["missing".into()], &dup)
                .unwrap_err()
                .contains("primary key")
        );
    }

    #[test]
    fn sql_files() {
        let c = Connection::open_in_memory().unwrap();
        apply_sql_file(
            &c,
            "CREATE TABLE t (id INT PRIMARY KEY); INSERT INTO t VALUES (1); INSERT INTO t VALUES (2);",
            "db",
        )
        .unwrap();
        assert_eq!(
            rows(&c, "SELECT COUNT(*) FROM t"),
            vec![vec![Some("2".into())]]
        );
        assert!(
            apply_sql_file(
                &c,
                "INSERT INTO t VALUES (3); INSERT INTO t VALUES (1);",
                "db"
            )
            .is_err()
        );
        assert_eq!(
            rows(&c, "SELECT COUNT(*) FROM t"),
            vec![vec![Some("2".into())]]
        );
    }
}
