//! What the wrapper reads out of SQL text, on the workspace's one scanner
//! (`dolthub_sqltext`, shared with the sandbox).
//!
//! Everything that looks inside SQL text (statement counting, the paging
//! clause appended by row streams, whole-table detection, the CLI's column
//! probe) goes through [`tokens`], so quotes, backslash escapes and the three
//! comment styles (`-- `, `#`, `/* */`) are understood the same way
//! everywhere. A `LIMIT` inside a string or comment is not a `LIMIT`, and a
//! clause appended after a trailing `-- comment` is not swallowed by it.

pub(crate) use dolthub_sqltext::{Kind, Token, code, tokens};

/// Whether `query` holds more than one statement: a `;` outside quotes,
/// backticks and comments that is followed by more code (a trailing `;` is fine).
pub(crate) fn has_multiple_statements(query: &str) -> bool {
    let toks = code(query);
    let mut ended = false;
    for t in &toks {
        if t.kind == Kind::Punct && t.text(query) == ";" {
            ended = true;
        } else if ended {
            return true;
        }
    }
    false
}

/// The statement without trailing `;`, comments and whitespace, so that a
/// clause appended to it is code, not part of a comment. Fails on a quote or
/// block comment that never closes (the server would reject the query anyway,
/// and anything appended would land inside it).
pub(crate) fn statement_body(query: &str) -> Result<&str, String> {
    let toks = tokens(query);
    if let Some(t) = toks.iter().find(|t| t.unterminated) {
        let what = if t.kind == Kind::Comment {
            "a /* comment"
        } else {
            "a quoted string or identifier"
        };
        return Err(format!(
            "the query has {what} that is never closed (starting at byte {})",
            t.start
        ));
    }
    let end = toks
        .iter()
        .rev()
        .find(|t| t.is_code() && !(t.kind == Kind::Punct && t.text(query) == ";"))
        .map_or(0, |t| t.end);
    Ok(&query[..end])
}

/// Whether `word` (case-insensitive) appears as a keyword outside parentheses,
/// quotes and comments: `LIMIT` of the statement itself, not of a subquery.
pub(crate) fn has_top_level_word(query: &str, word: &str) -> bool {
    let mut depth = 0usize;
    for t in code(query) {
        let text = t.text(query);
        match t.kind {
            Kind::Punct if text == "(" => depth += 1,
            Kind::Punct if text == ")" => depth = depth.saturating_sub(1),
            Kind::Word if depth == 0 && text.eq_ignore_ascii_case(word) => return true,
            _ => {}
        }
    }
    false
}

/// A query that reads whole columns of one table: `SELECT * FROM t` or
/// `SELECT a, b FROM t`, nothing else.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct WholeTable {
    pub(crate) table: String,
    /// `None` for `*`.
    pub(crate) columns: Option<Vec<String>>,
}

/// Recognise a whole-table read (see [`WholeTable`]).
pub(crate) fn whole_table(query: &str) -> Option<WholeTable> {
    let body = statement_body(query).ok()?;
    let toks = code(body);
    let word = |i: usize, w: &str| {
        toks.get(i)
            .is_some_and(|t| t.kind == Kind::Word && t.text(body).eq_ignore_ascii_case(w))
    };
    if !word(0, "SELECT") {
        return None;
    }
    let mut i = 1;
    let columns = if toks.get(1).is_some_and(|t| t.text(body) == "*") {
        i = 2;
        None
    } else {
        let mut cols = Vec::new();
        loop {
            cols.push(identifier(body, toks.get(i)?)?);
            i += 1;
            match toks.get(i).map(|t| t.text(body)) {
                Some(",") => i += 1,
                _ => break,
            }
        }
        Some(cols)
    };
    if !word(i, "FROM") {
        return None;
    }
    let table = identifier(body, toks.get(i + 1)?)?;
    (toks.len() == i + 2).then_some(WholeTable { table, columns })
}

/// The single table a query reads from, when it is `SELECT ... FROM t` with at
/// most `WHERE`/`GROUP BY`/`HAVING`/`ORDER BY` after it (no join, no alias).
pub(crate) fn single_table(query: &str) -> Option<String> {
    let body = statement_body(query).ok()?;
    let toks = code(body);
    let mut depth = 0usize;
    let first = toks.first()?;
    if !(first.kind == Kind::Word && first.text(body).eq_ignore_ascii_case("SELECT")) {
        return None;
    }
    for (i, t) in toks.iter().enumerate() {
        let text = t.text(body);
        match t.kind {
            Kind::Punct if text == "(" => depth += 1,
            Kind::Punct if text == ")" => depth = depth.saturating_sub(1),
            Kind::Word if depth == 0 && text.eq_ignore_ascii_case("FROM") => {
                let table = identifier(body, toks.get(i + 1)?)?;
                let next = toks.get(i + 2);
                let allowed = next.is_none_or(|n| {
                    n.kind == Kind::Word
                        && ["WHERE", "GROUP", "HAVING", "ORDER"]
                            .iter()
                            .any(|w| n.text(body).eq_ignore_ascii_case(w))
                });
                return allowed.then_some(table);
            }
            _ => {}
        }
    }
    None
}

/// The statement's own (top-level) `ORDER BY`: `Ok(None)` without one,
/// `Ok(Some(columns))` when it lists plain columns in ascending order, and
/// `Err(())` for anything else (expressions, `DESC`, positions).
pub(crate) fn ascending_order_by(query: &str) -> Result<Option<Vec<String>>, ()> {
    let toks = code(query);
    let mut depth = 0usize;
    let mut at = None;
    for (i, t) in toks.iter().enumerate() {
        let text = t.text(query);
        match t.kind {
            Kind::Punct if text == "(" => depth += 1,
            Kind::Punct if text == ")" => depth = depth.saturating_sub(1),
            Kind::Word
                if depth == 0
                    && text.eq_ignore_ascii_case("ORDER")
                    && toks
                        .get(i + 1)
                        .is_some_and(|n| n.text(query).eq_ignore_ascii_case("BY")) =>
            {
                at = Some(i + 2);
            }
            _ => {}
        }
    }
    let Some(mut i) = at else { return Ok(None) };
    let mut cols = Vec::new();
    loop {
        cols.push(identifier(query, toks.get(i).ok_or(())?).ok_or(())?);
        i += 1;
        if toks
            .get(i)
            .is_some_and(|t| t.text(query).eq_ignore_ascii_case("ASC"))
        {
            i += 1;
        }
        match toks.get(i).map(|t| t.text(query)) {
            None => return Ok(Some(cols)),
            Some(",") => i += 1,
            Some(_) => return Err(()),
        }
    }
}

/// Words that end a column list or start a clause: never a plain column or table name here.
const RESERVED: &[&str] = &[
    "SELECT", "FROM", "WHERE", "AS", "DISTINCT", "ALL", "JOIN", "ON", "GROUP", "ORDER", "BY",
    "LIMIT", "HAVING", "UNION", "WINDOW", "INTO", "FOR",
];

/// A bare or backticked identifier's name.
fn identifier(sql: &str, t: &Token) -> Option<String> {
    let text = t.text(sql);
    match t.kind {
        Kind::Word if !RESERVED.iter().any(|r| text.eq_ignore_ascii_case(r)) => {
            Some(text.to_owned())
        }
        Kind::Ident => Some(text[1..text.len() - 1].replace("``", "`")),
        _ => None,
    }
}

/// A backticked identifier (backticks inside doubled).
pub(crate) fn quote_ident(name: &str) -> String {
    format!("`{}`", name.replace('`', "``"))
}

/// A SQL string literal: single quotes, `'` doubled, `\` and NUL escaped
/// (MySQL/Dolt treat backslashes as escapes).
pub(crate) fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('\'');
    for c in text.chars() {
        match c {
            '\'' => out.push_str("''"),
            '\\' => out.push_str("\\\\"),
            '\0' => out.push_str("\\0"),
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statement_counting() {
        assert!(!has_multiple_statements("SELECT 1"));
        assert!(!has_multiple_statements("SELECT 1;  \n"));
        assert!(!has_multiple_statements("SELECT ';' -- ; trailing comment"));
        assert!(!has_multiple_statements("SELECT 'it''s; fine'"));
        assert!(!has_multiple_statements("SELECT \"a\\\";b\""));
        assert!(!has_multiple_statements("SELECT 1; /* c */ -- d"));
        assert!(!has_multiple_statements("SELECT 1; # done"));
        assert!(has_multiple_statements("SELECT 1; SELECT 2"));
        assert!(has_multiple_statements("SELECT 1;'x'"));
    }

    #[test]
    fn body_drops_trailing_comments_and_semicolons() {
        assert_eq!(statement_body("SELECT 1 -- c").unwrap(), "SELECT 1");
        assert_eq!(statement_body("SELECT 1 # c\n").unwrap(), "SELECT 1");
        assert_eq!(statement_body("SELECT 1; /* c */ ;").unwrap(), "SELECT 1");
        assert_eq!(
            statement_body("SELECT '-- not a comment'").unwrap(),
            "SELECT '-- not a comment'"
        );
        assert!(statement_body("SELECT 'open").is_err());
        assert!(statement_body("SELECT 1 /* open").is_err());
    }

    #[test]
    fn top_level_limit_only() {
        assert!(has_top_level_word("SELECT * FROM t LIMIT 5", "limit"));
        assert!(!has_top_level_word("SELECT 'LIMIT 5' FROM t", "LIMIT"));
        assert!(!has_top_level_word("SELECT * FROM t -- LIMIT 5", "LIMIT"));
        assert!(!has_top_level_word("SELECT * FROM t # LIMIT 5", "LIMIT"));
        assert!(!has_top_level_word(
            "SELECT * FROM t /* LIMIT 5 */",
            "LIMIT"
        ));
        assert!(!has_top_level_word("SELECT speed_limit FROM t", "LIMIT"));
        assert!(!has_top_level_word(
            "SELECT * FROM t WHERE id IN (SELECT id FROM u LIMIT 3)",
            "LIMIT"
        ));
    }

    #[test]
    fn whole_table_reads() {
        let w = |q| whole_table(q);
        assert_eq!(
            w("SELECT * FROM lacma;").unwrap(),
            WholeTable {
                table: "lacma".into(),
                columns: None
            }
        );
        assert_eq!(
            w("select id, `the title` from `my``t` -- all of it").unwrap(),
            WholeTable {
                table: "my`t".into(),
                columns: Some(vec!["id".into(), "the title".into()])
            }
        );
        assert!(w("SELECT * FROM t WHERE id > 1").is_none());
        assert!(w("SELECT DISTINCT a FROM t").is_none());
        assert!(w("SELECT a AS b FROM t").is_none());
        assert!(w("SELECT COUNT(*) FROM t").is_none());
        assert!(w("SELECT * FROM t, u").is_none());
        assert!(w("SELECT * FROM t AS OF 'abc'").is_none());
        assert!(w("SHOW TABLES").is_none());
    }

    #[test]
    fn single_table_reads() {
        assert_eq!(
            single_table("SELECT a FROM t WHERE a > 1").as_deref(),
            Some("t")
        );
        assert_eq!(
            single_table("SELECT (SELECT 1 FROM u) FROM t").as_deref(),
            Some("t")
        );
        assert_eq!(single_table("SELECT a FROM t JOIN u ON 1"), None);
        assert_eq!(single_table("SELECT a FROM t x"), None);
        assert_eq!(single_table("SELECT 1"), None);
    }

    #[test]
    fn order_by_lists() {
        assert_eq!(ascending_order_by("SELECT * FROM t"), Ok(None));
        assert_eq!(
            ascending_order_by("SELECT * FROM t ORDER BY a, `b` ASC"),
            Ok(Some(vec!["a".into(), "b".into()]))
        );
        assert_eq!(
            ascending_order_by("SELECT (SELECT 1 ORDER BY x) FROM t"),
            Ok(None)
        );
        assert!(ascending_order_by("SELECT * FROM t ORDER BY a DESC").is_err());
        assert!(ascending_order_by("SELECT * FROM t ORDER BY a + 1").is_err());
    }

    #[test]
    fn quoting() {
        assert_eq!(quote("feature/x"), "'feature/x'");
        assert_eq!(quote("a'); DROP TABLE t; --"), "'a''); DROP TABLE t; --'");
        assert_eq!(quote_ident("a`b"), "`a``b`");
    }
}
