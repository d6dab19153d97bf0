//! The one SQL text scanner of the crate.
//!
//! Everything that looks inside SQL text (statement counting, the paging
//! clause appended by row streams, whole-table detection, the CLI's column
//! probe) goes through [`tokens`], so quotes, backslash escapes and the three
//! comment styles (`-- `, `#`, `/* */`) are understood the same way
//! everywhere. A `LIMIT` inside a string or comment is not a `LIMIT`, and a
//! clause appended after a trailing `-- comment` is not swallowed by it.

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A keyword or bare identifier (`SELECT`, `lacma`, `_id`).
    Word,
    /// A numeric literal.
    Number,
    /// A `'...'` or `"..."` literal (MySQL reads both as strings).
    Str,
    /// A `` `...` `` identifier.
    Ident,
    /// `-- ...`, `# ...` or `/* ... */`.
    Comment,
    /// Whitespace.
    Space,
    /// Any other single character (`(`, `,`, `;`, `*`, operators).
    Punct,
}

/// One token: its kind and where it sits in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token {
    pub(crate) kind: Kind,
    pub(crate) start: usize,
    pub(crate) end: usize,
    /// A quote or block comment that runs to the end of the text.
    pub(crate) unterminated: bool,
}

impl Token {
    pub(crate) fn text<'a>(&self, sql: &'a str) -> &'a str {
        &sql[self.start..self.end]
    }

    /// Code, as opposed to whitespace and comments.
    pub(crate) fn is_code(&self) -> bool {
        !matches!(self.kind, Kind::Space | Kind::Comment)
    }
}

/// Split `sql` into tokens; the tokens cover the text exactly, in order.
pub(crate) fn tokens(sql: &str) -> Vec<Token> {
    let b = sql.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let start = i;
        let c = b[i];
        let mut unterminated = false;
        let kind = match c {
            b'\'' | b'"' | b'`' => {
                i += 1;
                let mut closed = false;
                while i < b.len() {
                    if b[i] == b'\\' && c != b'`' {
                        i += 2;
                    } else if b[i] == c {
                        // A doubled quote is an escaped quote.
                        if b.get(i + 1) == Some(&c) {
                            i += 2;
                        } else {
                            i += 1;
                            closed = true;
                            break;
                        }
                    } else {
                        i += 1;
                    }
                }
                i = i.min(b.len());
                unterminated = !closed;
                if c == b'`' { Kind::Ident } else { Kind::Str }
            }
            // MySQL needs whitespace (or the end) after `--` for a comment: `1--1` is arithmetic.
            b'-' if b.get(i + 1) == Some(&b'-')
                && b.get(i + 2).is_none_or(|n| n.is_ascii_whitespace()) =>
            {
                i = line_end(b, i);
                Kind::Comment
            }
            b'#' => {
                i = line_end(b, i);
                Kind::Comment
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                i += 2;
                match memchr::memmem::find(&b[i..], b"*/") {
                    Some(at) => i += at + 2,
                    None => {
                        i = b.len();
                        unterminated = true;
                    }
                }
                Kind::Comment
            }
            c if c.is_ascii_whitespace() => {
                while i < b.len() && b[i].is_ascii_whitespace() {
                    i += 1;
                }
                Kind::Space
            }
            c if c.is_ascii_digit() => {
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'.') {
                    i += 1;
                }
                Kind::Number
            }
            c if c.is_ascii_alphabetic() || c == b'_' || c == b'$' || c >= 0x80 => {
                while i < b.len()
                    && (b[i].is_ascii_alphanumeric()
                        || b[i] == b'_'
                        || b[i] == b'$'
                        || b[i] >= 0x80)
                {
                    i += 1;
                }
                Kind::Word
            }
            _ => {
                i += 1;
                Kind::Punct
            }
        };
        out.push(Token {
            kind,
            start,
            end: i,
            unterminated,
        });
    }
    out
}

/// Up to the end of the line (the newline stays outside the comment).
fn line_end(b: &[u8], from: usize) -> usize {
    memchr::memchr(b'\n', &b[from..]).map_or(b.len(), |at| from + at)
}

/// The code tokens only.
pub(crate) fn code(sql: &str) -> Vec<Token> {
    tokens(sql).into_iter().filter(Token::is_code).collect()
}

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

    fn kinds(sql: &str) -> Vec<(Kind, &str)> {
        tokens(sql).iter().map(|t| (t.kind, t.text(sql))).collect()
    }

    #[test]
    fn tokens_cover_the_text() {
        let sql = "SELECT 'a''b', \"c\\\"d\", `e``f` -- x\n# y\n/* z */ 1--1";
        let joined: String = tokens(sql).iter().map(|t| t.text(sql)).collect();
        assert_eq!(joined, sql);
        let k = kinds(sql);
        assert!(k.contains(&(Kind::Str, "'a''b'")));
        assert!(k.contains(&(Kind::Str, "\"c\\\"d\"")));
        assert!(k.contains(&(Kind::Ident, "`e``f`")));
        assert!(k.contains(&(Kind::Comment, "-- x")));
        assert!(k.contains(&(Kind::Comment, "# y")));
        assert!(k.contains(&(Kind::Comment, "/* z */")));
        // `1--1` is arithmetic, not a comment.
        assert!(!k.contains(&(Kind::Comment, "--1")));
    }

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
