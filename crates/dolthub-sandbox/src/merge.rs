//! Three-way merge of SQLite snapshots at row level.
//!
//! Given the merge base, the source (theirs) and the target (ours), the target is
//! changed in place so that it also holds the source's changes since the base:
//! * rows are matched by primary key (keyless tables: by the whole row, duplicates
//!   counted), and a row the source inserted, updated or deleted is applied to the target
//!   unless the target changed the same row differently (a conflict);
//! * a table the source created, dropped or whose schema it changed is copied over (or
//!   dropped) when the target left that table alone; otherwise it is a conflict;
//! * conflicts fail the whole merge with a message naming the table.
//!
//! This is simpler than Dolt's cell-wise merge (no column-level merging of concurrent
//! changes to one row, no conflict tables), but it never silently loses a change.

use crate::sql::{columns, encode_value, primary_key, quote_ident, tables};
use rusqlite::Connection;
use rusqlite::types::Value;
use std::collections::{BTreeMap, BTreeSet};

type Rows = BTreeMap<String, Vec<Value>>;

fn schema_sql(conn: &Connection, table: &str) -> rusqlite::Result<Option<String>> {
    let mut stmt =
        conn.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?1")?;
    let mut rows = stmt.query([table])?;
    Ok(match rows.next()? {
        Some(r) => Some(
            r.get::<_, String>(0)?
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" "),
        ),
        None => None,
    })
}

/// All rows of `table`, keyed by primary key (or by whole row plus occurrence number).
fn keyed_rows(conn: &Connection, table: &str) -> rusqlite::Result<Rows> {
    let cols = columns(conn, table)?;
    let pk = primary_key(conn, table)?;
    let pk_idx: Vec<usize> = pk
        .iter()
        .filter_map(|p| cols.iter().position(|c| c == p))
        .collect();
    let mut stmt = conn.prepare(&format!("SELECT * FROM {}", quote_ident(table)))?;
    let mut rows = stmt.query([])?;
    let mut out = Rows::new();
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    while let Some(row) = rows.next()? {
        let values: Vec<Value> = (0..cols.len())
            .map(|i| row.get::<_, Value>(i))
            .collect::<rusqlite::Result<_>>()?;
        let key = if pk_idx.is_empty() {
            let whole: Vec<String> = values.iter().map(encode_value).collect();
            let whole = whole.join("\u{1}");
            let n = seen.entry(whole.clone()).or_insert(0);
            *n += 1;
            format!("{whole}\u{2}{n}")
        } else {
            pk_idx
                .iter()
                .map(|&i| encode_value(&values[i]))
                .collect::<Vec<_>>()
                .join("\u{1}")
        };
        out.insert(key, values);
    }
    Ok(out)
}

/// Prepared-statement texts for changing rows of one table.
struct RowWriter {
    insert: String,
    delete: String,
    /// Column positions used by `delete` (the primary key, or every column).
    key_idx: Vec<usize>,
}

impl RowWriter {
    fn new(conn: &Connection, table: &str) -> rusqlite::Result<Self> {
        let cols = columns(conn, table)?;
        let pk = primary_key(conn, table)?;
        let key_idx: Vec<usize> = if pk.is_empty() {
            (0..cols.len()).collect()
        } else {
            pk.iter()
                .filter_map(|p| cols.iter().position(|c| c == p))
                .collect()
        };
        let cond: Vec<String> = key_idx
            .iter()
            .enumerate()
            .map(|(i, &c)| format!("{} IS ?{}", quote_ident(&cols[c]), i + 1))
            .collect();
        let t = quote_ident(table);
        let delete = format!(
            "DELETE FROM {t} WHERE rowid = (SELECT rowid FROM {t} WHERE {} LIMIT 1)",
            cond.join(" AND ")
        );
        let names: Vec<String> = cols.iter().map(|c| quote_ident(c)).collect();
        let ph: Vec<String> = (1..=cols.len()).map(|i| format!("?{i}")).collect();
        let insert = format!(
            "INSERT INTO {t} ({}) VALUES ({})",
            names.join(", "),
            ph.join(", ")
        );
        Ok(Self {
            insert,
            delete,
            key_idx,
        })
    }

    fn delete(&self, conn: &Connection, row: &[Value]) -> rusqlite::Result<()> {
        let mut stmt = conn.prepare_cached(&self.delete)?;
        stmt.execute(rusqlite::params_from_iter(
            self.key_idx.iter().map(|&i| &row[i]),
        ))?;
        Ok(())
    }

    fn insert(&self, conn: &Connection, row: &[Value]) -> rusqlite::Result<()> {
        let mut stmt = conn.prepare_cached(&self.insert)?;
        stmt.execute(rusqlite::params_from_iter(row.iter()))?;
        Ok(())
    }
}

/// Copies `table` (schema, rows and indexes) from `from` into `to`, replacing any table
/// of that name.
fn copy_table(from: &Connection, to: &Connection, table: &str) -> Result<(), String> {
    let e = |e: rusqlite::Error| crate::sql::error_text(&e);
    to.execute_batch(&format!("DROP TABLE IF EXISTS {}", quote_ident(table)))
        .map_err(e)?;
    let mut stmt = from
        .prepare(
            "SELECT type, sql FROM sqlite_master WHERE tbl_name = ?1 AND sql IS NOT NULL \
             ORDER BY CASE type WHEN 'table' THEN 0 ELSE 1 END",
        )
        .map_err(e)?;
    let defs = stmt
        .query_map([table], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
        })
        .map_err(e)?
        .collect::<rusqlite::Result<Vec<_>>>()
        .map_err(e)?;
    for (kind, sql) in &defs {
        if kind == "table" {
            to.execute_batch(sql).map_err(e)?;
        }
    }
    let writer = RowWriter::new(to, table).map_err(e)?;
    for row in keyed_rows(from, table).map_err(e)?.values() {
        writer.insert(to, row).map_err(e)?;
    }
    for (kind, sql) in &defs {
        if kind != "table" {
            to.execute_batch(sql).map_err(e)?;
        }
    }
    Ok(())
}

fn row_merge(
    table: &str,
    base: &Rows,
    source: &Rows,
    target_conn: &Connection,
) -> Result<usize, String> {
    let e = |e: rusqlite::Error| crate::sql::error_text(&e);
    let target = keyed_rows(target_conn, table).map_err(e)?;
    let keys: BTreeSet<&String> = base.keys().chain(source.keys()).collect();
    let writer = RowWriter::new(target_conn, table).map_err(e)?;
    let mut applied = 0;
    for key in keys {
        let b = base.get(key);
        let s = source.get(key);
        if s == b {
            continue;
        }
        let t = target.get(key);
        if t == s {
            continue;
        }
        if t != b {
            return Err(format!(
                "merge conflict in table {table}: a row was changed on both branches"
            ));
        }
        if let Some(old) = t {
            writer.delete(target_conn, old).map_err(e)?;
        }
        if let Some(new) = s {
            writer.insert(target_conn, new).map_err(e)?;
        }
        applied += 1;
    }
    Ok(applied)
}

/// Merges the changes `source` made since `base` into `target` (in place, inside a
/// transaction). Returns the number of changed rows and tables, or a conflict message.
pub(crate) fn three_way(
    base: &Connection,
    source: &Connection,
    target: &Connection,
) -> Result<usize, String> {
    let e = |e: rusqlite::Error| crate::sql::error_text(&e);
    let mut names: BTreeSet<String> = BTreeSet::new();
    for c in [base, source, target] {
        names.extend(tables(c).map_err(e)?);
    }
    let tx = target.unchecked_transaction().map_err(e)?;
    let mut changes = 0;
    for t in &names {
        let sb = schema_sql(base, t).map_err(e)?;
        let ss = schema_sql(source, t).map_err(e)?;
        let st = schema_sql(target, t).map_err(e)?;
        let rows_of = |c: &Connection, s: &Option<String>| -> Result<Rows, String> {
            if s.is_some() {
                keyed_rows(c, t).map_err(e)
            } else {
                Ok(Rows::new())
            }
        };
        if ss == sb {
            let Some(ss_sql) = &ss else { continue };
            let base_rows = rows_of(base, &sb)?;
            let source_rows = rows_of(source, &ss)?;
            match &st {
                None => {
                    if source_rows != base_rows {
                        return Err(format!(
                            "merge conflict in table {t}: deleted on the target branch but changed on the source branch"
                        ));
                    }
                }
                Some(st_sql) if st_sql == ss_sql => {
                    changes += row_merge(t, &base_rows, &source_rows, target)?;
                }
                Some(_) => {
                    if source_rows != base_rows {
                        return Err(format!(
                            "merge conflict in table {t}: its schema changed on the target branch and its rows on the source branch"
                        ));
                    }
                }
            }
        } else if st == sb {
            // the source created, dropped or altered the table; the target left its schema alone
            if st.is_some() && rows_of(target, &st)? != rows_of(base, &sb)? {
                return Err(format!(
                    "merge conflict in table {t}: its schema changed on the source branch and its rows on the target branch"
                ));
            }
            match ss {
                None => {
                    target
                        .execute_batch(&format!("DROP TABLE {}", quote_ident(t)))
                        .map_err(e)?;
                }
                Some(_) => copy_table(source, target, t)?,
            }
            changes += 1;
        } else if st == ss {
            // both made the same schema change: merge the rows without a common base
            if ss.is_some() {
                let source_rows = rows_of(source, &ss)?;
                changes += row_merge(t, &Rows::new(), &source_rows, target)?;
            }
        } else {
            return Err(format!(
                "merge conflict in table {t}: its schema changed differently on both branches"
            ));
        }
    }
    tx.commit().map_err(e)?;
    Ok(changes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sql::{digest, open, read};

    fn db(setup: &str) -> Connection {
        let c = open(&[], false).unwrap();
        c.execute_batch(setup).unwrap();
        c
    }

    fn copy(c: &Connection) -> Connection {
        open(&crate::sql::serialize(c).unwrap(), false).unwrap()
    }

    fn ids(c: &Connection, t: &str) -> Vec<String> {
        read(c, &format!("SELECT * FROM {t} ORDER BY 1"), "db", 1000, &[])
            .unwrap()
            .rows
            .into_iter()
            .map(|r| {
                r.into_iter()
                    .map(|c| c.unwrap_or_default())
                    .collect::<Vec<_>>()
                    .join("|")
            })
            .collect()
    }

    #[test]
    fn independent_row_changes_both_survive() {
        let base = db(
            "CREATE TABLE t (id INT PRIMARY KEY, v TEXT); INSERT INTO t VALUES (1, 'a'), (2, 'b');",
        );
        let source = copy(&base);
        source
            .execute_batch("INSERT INTO t VALUES (3, 'c'); UPDATE t SET v = 'B' WHERE id = 2;")
            .unwrap();
        let target = copy(&base);
        target
            .execute_batch("INSERT INTO t VALUES (4, 'd'); DELETE FROM t WHERE id = 1;")
            .unwrap();
        let n = three_way(&base, &source, &target).unwrap();
        assert_eq!(n, 2);
        assert_eq!(ids(&target, "t"), vec!["2|B", "3|c", "4|d"]);
    }

    #[test]
    fn conflicting_row_changes_fail_and_leave_target_alone() {
        let base =
            db("CREATE TABLE t (id INT PRIMARY KEY, v TEXT); INSERT INTO t VALUES (1, 'a');");
        let source = copy(&base);
        source
            .execute_batch("UPDATE t SET v = 'x' WHERE id = 1")
            .unwrap();
        let target = copy(&base);
        target
            .execute_batch("UPDATE t SET v = 'y' WHERE id = 1")
            .unwrap();
        let before = digest(&target).unwrap();
        let err = three_way(&base, &source, &target).unwrap_err();
        assert!(err.contains("merge conflict in table t"), "{err}");
        assert_eq!(digest(&target).unwrap(), before);
    }

    #[test]
    fn new_tables_and_drops_are_applied() {
        let base = db("CREATE TABLE old (x INT);");
        let source = copy(&base);
        source
            .execute_batch("CREATE TABLE fresh (id INT PRIMARY KEY, v TEXT); CREATE INDEX fv ON fresh(v); INSERT INTO fresh VALUES (1, 'z'); DROP TABLE old;")
            .unwrap();
        let target = copy(&base);
        target
            .execute_batch("CREATE TABLE mine (y INT); INSERT INTO mine VALUES (9);")
            .unwrap();
        three_way(&base, &source, &target).unwrap();
        assert_eq!(crate::sql::tables(&target).unwrap(), vec!["fresh", "mine"]);
        assert_eq!(ids(&target, "fresh"), vec!["1|z"]);
        assert_eq!(ids(&target, "mine"), vec!["9"]);
    }

    #[test]
    fn same_table_created_on_both_sides_merges_rows() {
        let base = db("");
        let source = db("CREATE TABLE t (id INT PRIMARY KEY); INSERT INTO t VALUES (1);");
        let target = db("CREATE TABLE t (id INT PRIMARY KEY); INSERT INTO t VALUES (2);");
        three_way(&base, &source, &target).unwrap();
        assert_eq!(ids(&target, "t"), vec!["1", "2"]);
    }

    #[test]
    fn keyless_tables_count_duplicates() {
        let base = db("CREATE TABLE k (v TEXT); INSERT INTO k VALUES ('a'), ('a');");
        let source = copy(&base);
        source.execute_batch("INSERT INTO k VALUES ('a')").unwrap();
        let target = copy(&base);
        target.execute_batch("INSERT INTO k VALUES ('b')").unwrap();
        three_way(&base, &source, &target).unwrap();
        assert_eq!(ids(&target, "k"), vec!["a", "a", "a", "b"]);
    }

    #[test]
    fn schema_change_on_source_copies_table() {
        let base = db("CREATE TABLE t (id INT PRIMARY KEY); INSERT INTO t VALUES (1);");
        let source = copy(&base);
        source
            .execute_batch("ALTER TABLE t ADD COLUMN v TEXT; UPDATE t SET v = 'new';")
            .unwrap();
        let target = copy(&base);
        three_way(&base, &source, &target).unwrap();
        assert_eq!(ids(&target, "t"), vec!["1|new"]);
    }
}
