//! Where SQLite's dialect differs from MySQL's in ways DoltHub users notice, this module
//! brings the answers back to MySQL's (Dolt speaks MySQL):
//! * `/` divides exactly (`5/2` is `2.5000`, not SQLite's integer `2`); a result column
//!   that is a division shows the quotient with four more decimals than its operands,
//!   as MySQL's `div_precision_increment` does;
//! * `CREATE TABLE` gets named `CHECK` constraints for declared lengths (`VARCHAR(n)`,
//!   `CHAR(n)`) and numeric types, so inserts are checked as MySQL's strict mode does;
//!   their failures, and key conflicts, are reported with MySQL's wording;
//! * functions, `SHOW` forms and system tables the engine lacks give errors that name
//!   what is missing.

use crate::sql::quote_ident;

/// Prefix of the `CHECK` constraints added for declared lengths and types.
const CHECK_PREFIX: &str = "mysql_check";

/// Replaces `/` so that integer operands divide exactly (`a * 1.0 / b`: same precedence
/// and associativity as `/`, so the expression keeps its shape).
pub(crate) fn exact_division(op: &str) -> Option<String> {
    (op == "/").then(|| "* 1.0 /".to_string())
}

/// The kind of check a declared column type gets.
fn check_for(column: &str, ty: &str, len: Option<u32>) -> Option<String> {
    let col = quote_ident(column);
    let ty = ty.to_ascii_uppercase();
    let (kind, expr) = match ty.as_str() {
        "VARCHAR" | "CHAR" | "NVARCHAR" | "NCHAR" | "VARBINARY" | "BINARY" => {
            let n = len?;
            ("len", format!("length({col}) <= {n}"))
        }
        "INT" | "INTEGER" | "BIGINT" | "SMALLINT" | "TINYINT" | "MEDIUMINT" => {
            ("int", format!("typeof({col}) IN ('integer', 'null')"))
        }
        "DOUBLE" | "FLOAT" | "REAL" | "DECIMAL" | "NUMERIC" => (
            "num",
            format!("typeof({col}) IN ('integer', 'real', 'null')"),
        ),
        _ => return None,
    };
    let name = quote_ident(&format!("{CHECK_PREFIX}:{kind}:{column}"));
    Some(format!(" CONSTRAINT {name} CHECK ({expr})"))
}

/// Words that start a table constraint rather than a column in `CREATE TABLE`.
const TABLE_CONSTRAINTS: &[&str] = &[
    "PRIMARY",
    "UNIQUE",
    "KEY",
    "INDEX",
    "CONSTRAINT",
    "FOREIGN",
    "CHECK",
    "FULLTEXT",
];

/// One significant token of a `CREATE TABLE` statement: its text and byte range.
struct Word<'a> {
    text: &'a str,
    end: usize,
}

/// Adds MySQL's length and type checks to the column definitions of a translated
/// `CREATE TABLE ... ( ... )`; other statements come back unchanged. `tokens` are the
/// statement's significant tokens as `(text, start, end)`.
pub(crate) fn add_column_checks(sql: &str, tokens: &[(&str, usize, usize)]) -> String {
    let upper = |i: usize| tokens.get(i).map(|t| t.0.to_ascii_uppercase());
    if upper(0).as_deref() != Some("CREATE") {
        return sql.to_string();
    }
    let Some(table_kw) = (1..3).find(|&i| upper(i).as_deref() == Some("TABLE")) else {
        return sql.to_string();
    };
    let Some(open) = tokens.iter().skip(table_kw).position(|t| t.0 == "(") else {
        return sql.to_string();
    };
    let open = open + table_kw;
    // column definitions: depth-1 items between the first '(' and its ')'
    let mut items: Vec<Vec<Word<'_>>> = vec![Vec::new()];
    let mut depth = 0usize;
    let mut close = None;
    for (i, &(text, _, end)) in tokens.iter().enumerate().skip(open) {
        match text {
            "(" => {
                depth += 1;
                if depth == 1 {
                    continue;
                }
            }
            ")" => {
                depth -= 1;
                if depth == 0 {
                    close = Some(i);
                    break;
                }
            }
            "," if depth == 1 => {
                items.push(Vec::new());
                continue;
            }
            _ => {}
        }
        if let Some(item) = items.last_mut() {
            item.push(Word { text, end });
        }
    }
    if close.is_none() {
        return sql.to_string();
    }
    // insert each check right after its column definition (at the item's last token)
    let mut inserts: Vec<(usize, String)> = Vec::new();
    for item in &items {
        let (Some(name), Some(ty)) = (item.first(), item.get(1)) else {
            continue;
        };
        if TABLE_CONSTRAINTS.contains(&name.text.to_ascii_uppercase().as_str()) {
            continue;
        }
        let column = name
            .text
            .trim_matches(|c| c == '`' || c == '"' || c == '[' || c == ']');
        let len = match (item.get(2), item.get(3), item.get(4)) {
            (Some(o), Some(n), Some(c)) if o.text == "(" && c.text == ")" => n.text.parse().ok(),
            _ => None,
        };
        if let (Some(check), Some(last)) = (check_for(column, ty.text, len), item.last()) {
            inserts.push((last.end, check));
        }
    }
    let mut out = sql.to_string();
    for (at, check) in inserts.into_iter().rev() {
        out.insert_str(at, &check);
    }
    out
}

/// MySQL's wording for SQLite's constraint and lookup errors; `None` when `raw` has
/// no MySQL counterpart.
pub(crate) fn error_text(raw: &str) -> Option<String> {
    if let Some(rest) = raw.strip_prefix("CHECK constraint failed: ") {
        let mut parts = rest.splitn(3, ':');
        if parts.next() == Some(CHECK_PREFIX) {
            let kind = parts.next().unwrap_or_default();
            let column = parts.next().unwrap_or_default();
            return Some(match kind {
                "len" => format!("Data too long for column '{column}' at row 1"),
                "int" => format!("Incorrect integer value for column '{column}' at row 1"),
                _ => format!("Incorrect decimal value for column '{column}' at row 1"),
            });
        }
        return None;
    }
    if let Some(cols) = raw
        .strip_prefix("UNIQUE constraint failed: ")
        .or_else(|| raw.strip_prefix("PRIMARY KEY constraint failed: "))
    {
        // `t.a, t.b`: the table and the key's columns
        let table = cols.split('.').next().unwrap_or_default();
        let columns: Vec<&str> = cols
            .split(", ")
            .map(|c| c.split_once('.').map_or(c, |(_, col)| col))
            .collect();
        return Some(format!(
            "Duplicate entry for key '{table}.{}' (the key's columns: {})",
            columns.join("_"),
            columns.join(", ")
        ));
    }
    if let Some(f) = raw.strip_prefix("no such function: ") {
        return Some(format!(
            "function {f} is not supported by the sandbox: its engine (doltlite) speaks SQLite's \
             dialect and has no {f}; see the sandbox README for the differences from MySQL"
        ));
    }
    None
}

/// Scale (decimals) shown for each result column of the outermost `SELECT` whose top
/// level is a division; `None` for other columns. `tokens` are the significant tokens.
pub(crate) fn division_scales(tokens: &[(&str, usize, usize)]) -> Vec<Option<usize>> {
    let upper = |i: usize| tokens.get(i).map(|t| t.0.to_ascii_uppercase());
    if upper(0).as_deref() != Some("SELECT") {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut has_division = false;
    let mut max_decimals = 0usize;
    let mut start = 1;
    if matches!(upper(1).as_deref(), Some("DISTINCT" | "ALL")) {
        start = 2;
    }
    for (i, &(text, _, _)) in tokens.iter().enumerate().skip(start) {
        let u = text.to_ascii_uppercase();
        match text {
            "(" => depth += 1,
            ")" => depth = depth.saturating_sub(1),
            _ => {}
        }
        let end_of_list = depth == 0
            && matches!(
                u.as_str(),
                "FROM" | "WHERE" | "GROUP" | "ORDER" | "LIMIT" | "UNION" | "HAVING" | "WINDOW"
            );
        if (depth == 0 && text == ",") || end_of_list || i + 1 == tokens.len() {
            if i + 1 == tokens.len() && !end_of_list && text != "," {
                note(text, depth, &mut has_division, &mut max_decimals);
            }
            out.push(has_division.then_some(max_decimals + 4));
            has_division = false;
            max_decimals = 0;
            if end_of_list {
                break;
            }
            continue;
        }
        note(text, depth, &mut has_division, &mut max_decimals);
    }
    out
}

fn note(text: &str, depth: usize, has_division: &mut bool, max_decimals: &mut usize) {
    if text == "/" && depth == 0 {
        *has_division = true;
    }
    if let Some((_, frac)) = text.split_once('.')
        && text.starts_with(|c: char| c.is_ascii_digit())
        && frac.bytes().all(|b| b.is_ascii_digit())
    {
        *max_decimals = (*max_decimals).max(frac.len());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(sql: &str) -> Vec<(&str, usize, usize)> {
        crate::sql::significant_tokens(sql)
    }

    #[test]
    fn checks_follow_each_column_definition() {
        let sql = "CREATE TABLE t (id INT PRIMARY KEY, name VARCHAR(3) NOT NULL, score DOUBLE, note TEXT, PRIMARY KEY (id))";
        let out = add_column_checks(sql, &toks(sql));
        assert!(
            out.contains("id INT PRIMARY KEY CONSTRAINT \"mysql_check:int:id\" CHECK (typeof(\"id\") IN ('integer', 'null'))"),
            "{out}"
        );
        assert!(
            out.contains(
                "NOT NULL CONSTRAINT \"mysql_check:len:name\" CHECK (length(\"name\") <= 3)"
            ),
            "{out}"
        );
        assert!(out.contains("mysql_check:num:score"), "{out}");
        assert!(!out.contains("mysql_check:len:note"), "{out}");
        let other = "INSERT INTO t VALUES (1)";
        assert_eq!(add_column_checks(other, &toks(other)), other);
    }

    #[test]
    fn errors_in_mysql_words() {
        assert_eq!(
            error_text("CHECK constraint failed: mysql_check:len:name").unwrap(),
            "Data too long for column 'name' at row 1"
        );
        assert!(
            error_text("UNIQUE constraint failed: t.id")
                .unwrap()
                .starts_with("Duplicate entry for key 't.id'")
        );
        assert!(
            error_text("no such function: CURDATE")
                .unwrap()
                .contains("CURDATE")
        );
        assert!(error_text("CHECK constraint failed: mine").is_none());
    }

    #[test]
    fn division_columns_are_found() {
        let sql = "SELECT 5/2, a, (b + 1) / 2 AS r, round(a / b, 2), 7.25 / 2 FROM t";
        assert_eq!(
            division_scales(&toks(sql)),
            vec![Some(4), None, Some(4), None, Some(6)]
        );
        assert_eq!(division_scales(&toks("SELECT 5/2")), vec![Some(4)]);
        assert!(division_scales(&toks("UPDATE t SET a = a / 2")).is_empty());
    }
}
