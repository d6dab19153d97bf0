//! SQL over a store's checked-out branch (see [`crate::engine`]): a small lexer that
//! splits statements and translates the MySQL-isms the sandbox supports, reads with a
//! row cap, writes, and CSV export.
//!
//! Supported translations (everything else goes to SQLite unchanged):
//! * `SHOW TABLES` (column `Tables_in_<database>`), `DESCRIBE t` / `DESC t` /
//!   `SHOW COLUMNS FROM t`;
//! * `INSERT ... ON DUPLICATE KEY UPDATE c = VALUES(c)` becomes
//!   `INSERT ... ON CONFLICT DO UPDATE SET c = excluded.c`;
//! * `AUTO_INCREMENT` is dropped and the column's integer type becomes `INTEGER`, so an
//!   `AUTO_INCREMENT PRIMARY KEY` column is assigned automatically;
//! * double-quoted text is a string literal (MySQL), backslash escapes in string literals
//!   (`\'`, `\\`, `\n`, `\t`, `\r`, `\"`) are rewritten for SQLite; backtick identifiers work as is;
//! * `NOW()` becomes `CURRENT_TIMESTAMP`;
//! * `CALL DOLT_X(...)` becomes a call of doltlite's `dolt_x(...)` function, run by the
//!   write executor; on reads such calls are refused;
//! * `t AS OF 'ref'` becomes doltlite's `dolt_at_t('ref')`; `dolt_commits` reads
//!   `dolt_log` (doltlite has no `dolt_commits`);
//! * commit hashes in Dolt's form inside string literals become doltlite's, and hashes in
//!   results go back to Dolt's form.

use rusqlite::Connection;
use rusqlite::types::ValueRef;
use std::collections::HashMap;

/// Message used when a query holds more than one statement.
pub(crate) const MULTI_STATEMENT_MESSAGE: &str = "syntax error: only one statement per query is supported; \
     statements joined with ';' must be sent as separate calls";

/// Quotes an identifier for SQLite.
pub(crate) fn quote_ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// User tables of the database, sorted by name.
pub(crate) fn tables(conn: &Connection) -> rusqlite::Result<Vec<String>> {
    let mut stmt = conn.prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
    )?;
    let names = stmt
        .query_map([], |r| r.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(names)
}

/// Column names of `table` in declaration order.
pub(crate) fn columns(conn: &Connection, table: &str) -> rusqlite::Result<Vec<String>> {
    let mut stmt = conn.prepare("SELECT name FROM pragma_table_info(?1) ORDER BY cid")?;
    let names = stmt
        .query_map([table], |r| r.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(names)
}

/// Primary-key columns of `table` in key order (empty for keyless tables).
pub(crate) fn primary_key(conn: &Connection, table: &str) -> rusqlite::Result<Vec<String>> {
    let mut stmt =
        conn.prepare("SELECT name FROM pragma_table_info(?1) WHERE pk > 0 ORDER BY pk")?;
    let names = stmt
        .query_map([table], |r| r.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(names)
}

/// A cell as the API shows it: text, or `None` for SQL NULL.
pub(crate) fn cell_text(v: ValueRef<'_>) -> Option<String> {
    match v {
        ValueRef::Null => None,
        ValueRef::Integer(i) => Some(i.to_string()),
        ValueRef::Real(f) => Some(f.to_string()),
        ValueRef::Text(t) => Some(String::from_utf8_lossy(t).into_owned()),
        ValueRef::Blob(b) => Some(String::from_utf8_lossy(b).into_owned()),
    }
}

/// Rewrites SQLite error texts into the wording DoltHub clients match on.
pub(crate) fn error_text(e: &rusqlite::Error) -> String {
    let raw = match e {
        rusqlite::Error::SqliteFailure(_, Some(msg)) => msg.clone(),
        rusqlite::Error::MultipleStatement => MULTI_STATEMENT_MESSAGE.to_string(),
        other => other.to_string(),
    };
    if let Some(mysql) = crate::mysql::error_text(&raw) {
        return mysql;
    }
    if let Some(t) = raw.strip_prefix("no such table: ") {
        if t.to_ascii_lowercase().starts_with("dolt_") {
            return format!(
                "table not found: {t} (the sandbox's engine, doltlite, does not have this Dolt system table)"
            );
        }
        return format!("table not found: {t}");
    }
    raw
}

// ---------------------------------------------------------------------------------------
// Lexer
// ---------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Word,
    /// `'...'` string literal.
    Str,
    /// `"..."` (a string in MySQL).
    DStr,
    /// `` `...` `` identifier.
    Backtick,
    Number,
    Punct,
    Space,
    Comment,
}

#[derive(Debug, Clone, Copy)]
struct Tok {
    kind: Kind,
    start: usize,
    end: usize,
}

/// The workspace's one MySQL scanner (`dolthub_sqltext`, shared with the wrapper), with
/// `"..."` told apart from `'...'` because the rewrites below treat them differently.
fn lex(sql: &str) -> Vec<Tok> {
    use dolthub_sqltext::Kind as K;
    dolthub_sqltext::tokens(sql)
        .into_iter()
        .map(|t| Tok {
            kind: match t.kind {
                K::Word => Kind::Word,
                K::Number => Kind::Number,
                K::Str if t.quote(sql) == Some(b'"') => Kind::DStr,
                K::Str => Kind::Str,
                K::Ident => Kind::Backtick,
                K::Comment => Kind::Comment,
                K::Space => Kind::Space,
                K::Punct => Kind::Punct,
            },
            start: t.start,
            end: t.end,
        })
        .collect()
}

/// Splits a query into its statements (empty statements dropped), respecting quotes and
/// comments.
pub(crate) fn split_statements(sql: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for t in lex(sql) {
        let text = &sql[t.start..t.end];
        if t.kind == Kind::Punct && text == ";" {
            out.push(std::mem::take(&mut cur));
        } else {
            cur.push_str(text);
        }
    }
    out.push(cur);
    out.into_iter()
        .filter(|s| {
            lex(s)
                .iter()
                .any(|t| !matches!(t.kind, Kind::Space | Kind::Comment))
        })
        .map(|s| s.trim().to_string())
        .collect()
}

/// A statement after translation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Statement {
    /// Plain SQL for SQLite.
    Sql(String),
    /// `CALL name(args...)`, name lower-cased, string arguments unquoted.
    Call { name: String, args: Vec<String> },
    /// MySQL syntax the sandbox cannot run; the message names it.
    Unsupported(String),
}

/// The significant tokens of `sql` (no spaces or comments) as `(text, start, end)`.
pub(crate) fn significant_tokens(sql: &str) -> Vec<(&str, usize, usize)> {
    lex(sql)
        .into_iter()
        .filter(|t| !matches!(t.kind, Kind::Space | Kind::Comment))
        .map(|t| (&sql[t.start..t.end], t.start, t.end))
        .collect()
}

/// Unquotes a `'...'` or `"..."` literal, applying MySQL escapes.
fn unquote(text: &str) -> String {
    let inner = &text[1..text.len().saturating_sub(1).max(1)];
    let q = text.chars().next().unwrap_or('\'');
    let mut out = String::new();
    let mut chars = inner.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some('r') => out.push('\r'),
                Some('0') => out.push('\0'),
                Some(o) => out.push(o),
                None => {}
            }
        } else if c == q && chars.peek() == Some(&q) {
            chars.next();
            out.push(q);
        } else {
            out.push(c);
        }
    }
    out
}

fn sqlite_string(value: &str) -> String {
    format!("'{}'", value.replace('\'', "''"))
}

/// Translates one statement (as returned by [`split_statements`]) for SQLite.
/// `database` names the `Tables_in_<database>` column of `SHOW TABLES`.
pub(crate) fn translate(stmt: &str, database: &str) -> Statement {
    let toks: Vec<Tok> = lex(stmt)
        .into_iter()
        .filter(|t| !matches!(t.kind, Kind::Space | Kind::Comment))
        .collect();
    let word = |i: usize| -> Option<String> {
        toks.get(i)
            .filter(|t| t.kind == Kind::Word)
            .map(|t| stmt[t.start..t.end].to_ascii_uppercase())
    };
    let ident = |i: usize| -> Option<String> {
        toks.get(i).and_then(|t| {
            let text = &stmt[t.start..t.end];
            match t.kind {
                Kind::Word => Some(text.to_string()),
                Kind::Backtick | Kind::DStr => Some(text[1..text.len() - 1].to_string()),
                _ => None,
            }
        })
    };
    let rest_empty = |i: usize| toks.len() <= i;

    match (word(0).as_deref(), word(1).as_deref()) {
        (Some("SHOW"), Some("TABLES")) if rest_empty(2) => {
            return Statement::Sql(format!(
                "SELECT name AS {} FROM sqlite_master WHERE type = 'table' \
                 AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
                quote_ident(&format!("Tables_in_{database}"))
            ));
        }
        (Some("DESCRIBE" | "DESC"), _) if toks.len() == 2 => {
            if let Some(t) = ident(1) {
                return Statement::Sql(describe_sql(&t));
            }
        }
        (Some("SHOW"), Some("COLUMNS" | "FIELDS"))
            if toks.len() == 4 && matches!(word(2).as_deref(), Some("FROM" | "IN")) =>
        {
            if let Some(t) = ident(3) {
                return Statement::Sql(describe_sql(&t));
            }
        }
        (Some("CALL"), Some(name)) => {
            let mut args = Vec::new();
            for t in toks.iter().skip(2) {
                if matches!(t.kind, Kind::Str | Kind::DStr) {
                    args.push(unquote(&stmt[t.start..t.end]));
                } else if matches!(t.kind, Kind::Word | Kind::Number) {
                    args.push(stmt[t.start..t.end].to_string());
                }
            }
            return Statement::Call {
                name: name.to_ascii_lowercase(),
                args,
            };
        }
        (Some("SHOW"), other) => {
            return Statement::Unsupported(format!(
                "SHOW {} is not supported by the sandbox (its engine speaks SQLite's dialect); \
                 supported: SHOW TABLES, SHOW COLUMNS FROM t, DESCRIBE t",
                other.unwrap_or_default()
            ));
        }
        _ => {}
    }
    let sql = rewrite(stmt);
    if word(0).as_deref() == Some("CREATE") {
        let checked = crate::mysql::add_column_checks(&sql, &significant_tokens(&sql));
        return Statement::Sql(checked);
    }
    Statement::Sql(sql)
}

fn describe_sql(table: &str) -> String {
    format!(
        "SELECT name AS Field, type AS Type, CASE WHEN \"notnull\" THEN 'NO' ELSE 'YES' END AS \"Null\", \
         CASE WHEN pk > 0 THEN 'PRI' ELSE '' END AS \"Key\", dflt_value AS \"Default\", '' AS Extra \
         FROM pragma_table_info({}) ORDER BY cid",
        sqlite_string(table)
    )
}

/// Dolt's `dolt_commits` on doltlite: the commits of every branch's and tag's history
/// (doltlite's `dolt_log(<commit>)` walks one head; the sandbox's own `__sandbox` branches
/// are left out), with Dolt's columns.
///
const DOLT_COMMITS_SQL: &str = "SELECT DISTINCT l.commit_hash, l.committer, l.email, l.date, \
     l.message \
     FROM (SELECT hash AS head FROM dolt_branches WHERE substr(name, 1, 9) <> '__sandbox' \
     UNION SELECT tag_hash FROM dolt_tags) AS heads, dolt_log(heads.head) AS l";

/// Words that may follow a table in `FROM`/`JOIN` without being its alias.
fn ends_table_ref(word: &str) -> bool {
    matches!(
        word,
        "WHERE"
            | "GROUP"
            | "ORDER"
            | "LIMIT"
            | "HAVING"
            | "JOIN"
            | "INNER"
            | "LEFT"
            | "RIGHT"
            | "CROSS"
            | "NATURAL"
            | "FULL"
            | "OUTER"
            | "ON"
            | "USING"
            | "UNION"
            | "EXCEPT"
            | "INTERSECT"
            | "WINDOW"
            | "OFFSET"
            | "AS"
    )
}

/// Token-level rewrites of MySQL syntax (see the module docs).
fn rewrite(stmt: &str) -> String {
    let toks = lex(stmt);
    let upper = |t: &Tok| stmt[t.start..t.end].to_ascii_uppercase();
    // indices of significant tokens
    let sig: Vec<usize> = (0..toks.len())
        .filter(|&i| !matches!(toks[i].kind, Kind::Space | Kind::Comment))
        .collect();
    let mut replace: Vec<Option<String>> = vec![None; toks.len()];
    let mut in_duplicate_update = false;
    let mut k = 0;
    while k < sig.len() {
        let i = sig[k];
        let t = toks[i];
        let text = &stmt[t.start..t.end];
        match t.kind {
            Kind::Punct if text == "/" => {
                replace[i] = crate::mysql::exact_division(text);
            }
            Kind::Str | Kind::DStr if t.kind == Kind::DStr || text.contains('\\') => {
                replace[i] = Some(sqlite_string(&unquote(text)));
            }
            Kind::Word => {
                let u = upper(&t);
                let next_words: Vec<String> = sig[k + 1..]
                    .iter()
                    .take(3)
                    .map(|&j| upper(&toks[j]))
                    .collect();
                if u == "ON"
                    && next_words.len() == 3
                    && next_words[0] == "DUPLICATE"
                    && next_words[1] == "KEY"
                    && next_words[2] == "UPDATE"
                {
                    replace[i] = Some("ON CONFLICT DO UPDATE SET".to_string());
                    for &j in &sig[k + 1..k + 4] {
                        replace[j] = Some(String::new());
                    }
                    in_duplicate_update = true;
                    k += 4;
                    continue;
                }
                if in_duplicate_update
                    && u == "VALUES"
                    && sig.get(k + 1).map(|&j| &stmt[toks[j].start..toks[j].end]) == Some("(")
                    && sig.get(k + 3).map(|&j| &stmt[toks[j].start..toks[j].end]) == Some(")")
                {
                    let col = &toks[sig[k + 2]];
                    let col_text = &stmt[col.start..col.end];
                    replace[i] = Some(format!("excluded.{col_text}"));
                    for &j in &sig[k + 1..k + 4] {
                        replace[j] = Some(String::new());
                    }
                    k += 4;
                    continue;
                }
                if u == "DOLT_COMMITS"
                    && sig.get(k + 1).map(|&j| &stmt[toks[j].start..toks[j].end]) != Some("(")
                {
                    // doltlite has no dolt_commits: every commit reachable from a branch or
                    // a tag, read through doltlite's dolt_log(<head>) per head. Named
                    // `dolt_commits` unless the query gives it an alias of its own.
                    let aliased = sig.get(k + 1).is_some_and(|&j| {
                        let next = &toks[j];
                        next.kind == Kind::Backtick
                            || (next.kind == Kind::Word
                                && (upper(next) == "AS" || !ends_table_ref(&upper(next))))
                    });
                    replace[i] = Some(if aliased {
                        format!("({DOLT_COMMITS_SQL})")
                    } else {
                        format!("({DOLT_COMMITS_SQL}) AS dolt_commits")
                    });
                    k += 1;
                    continue;
                }
                // `t AS OF 'ref'` (Dolt's time travel) is doltlite's `dolt_at_t('ref')`
                if u == "AS"
                    && k > 0
                    && sig.get(k + 1).map(|&j| upper(&toks[j])).as_deref() == Some("OF")
                    && sig
                        .get(k + 2)
                        .is_some_and(|&j| matches!(toks[j].kind, Kind::Str | Kind::DStr))
                    && matches!(toks[sig[k - 1]].kind, Kind::Word | Kind::Backtick)
                {
                    let table_tok = toks[sig[k - 1]];
                    let table = &stmt[table_tok.start..table_tok.end];
                    let table = if table_tok.kind == Kind::Backtick {
                        &table[1..table.len() - 1]
                    } else {
                        table
                    };
                    let lit = &toks[sig[k + 2]];
                    replace[sig[k - 1]] = Some(quote_ident(&format!("dolt_at_{table}")));
                    replace[i] = Some("(".to_string());
                    replace[sig[k + 1]] = Some(String::new());
                    replace[sig[k + 2]] = Some(format!(
                        "{})",
                        sqlite_string(&unquote(&stmt[lit.start..lit.end]))
                    ));
                    k += 3;
                    continue;
                }
                if u == "NOW"
                    && sig.get(k + 1).map(|&j| &stmt[toks[j].start..toks[j].end]) == Some("(")
                    && sig.get(k + 2).map(|&j| &stmt[toks[j].start..toks[j].end]) == Some(")")
                {
                    replace[i] = Some("CURRENT_TIMESTAMP".to_string());
                    replace[sig[k + 1]] = Some(String::new());
                    replace[sig[k + 2]] = Some(String::new());
                    k += 3;
                    continue;
                }
                if u == "AUTO_INCREMENT" {
                    replace[i] = Some(String::new());
                    // find the column's type: walk back to the previous ',' or '(' at any depth
                    let mut j = k;
                    let mut depth = 0usize;
                    while j > 0 {
                        j -= 1;
                        let tt = &toks[sig[j]];
                        let s = &stmt[tt.start..tt.end];
                        if s == ")" {
                            depth += 1;
                            continue;
                        }
                        if s == "(" && depth > 0 {
                            depth -= 1;
                            continue;
                        }
                        if depth > 0 {
                            continue;
                        }
                        if s == "," || s == "(" {
                            break;
                        }
                        if tt.kind == Kind::Word
                            && matches!(
                                upper(tt).as_str(),
                                "INT" | "BIGINT" | "SMALLINT" | "MEDIUMINT" | "TINYINT" | "INTEGER"
                            )
                        {
                            replace[sig[j]] = Some("INTEGER".to_string());
                            // drop a display width such as INT(11)
                            if sig.get(j + 1).map(|&x| &stmt[toks[x].start..toks[x].end])
                                == Some("(")
                                && sig.get(j + 3).map(|&x| &stmt[toks[x].start..toks[x].end])
                                    == Some(")")
                            {
                                for &x in &sig[j + 1..j + 4] {
                                    replace[x] = Some(String::new());
                                }
                            }
                            break;
                        }
                    }
                }
            }
            _ => {}
        }
        k += 1;
    }
    let mut out = String::with_capacity(stmt.len());
    for (i, t) in toks.iter().enumerate() {
        match &replace[i] {
            Some(r) => out.push_str(r),
            // SQLite reads `--` as a comment even without whitespace after it, and has no
            // `#` comments: comments become a space, and adjacent minus signs are kept
            // apart, so `1--1` stays MySQL's `1 - -1`.
            None if t.kind == Kind::Comment => out.push(' '),
            None if t.kind == Kind::Punct
                && &stmt[t.start..t.end] == "-"
                && toks
                    .get(i + 1)
                    .is_some_and(|n| n.kind == Kind::Punct && &stmt[n.start..n.end] == "-") =>
            {
                out.push_str("- ")
            }
            None => out.push_str(&stmt[t.start..t.end]),
        }
    }
    out
}

// ---------------------------------------------------------------------------------------
// Reads and writes
// ---------------------------------------------------------------------------------------

/// Result of a read.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct ReadResult {
    /// `(columnName, columnType)` in result order.
    pub columns: Vec<(String, String)>,
    pub rows: Vec<Vec<Option<String>>>,
    /// More rows existed than the cap allowed.
    pub truncated: bool,
}

/// doltlite functions that change the store; reads refuse them (their effect would be
/// lost with the read's private copy, which would surprise users).
const WRITE_FUNCTIONS: &[&str] = &[
    "dolt_add",
    "dolt_branch",
    "dolt_checkout",
    "dolt_cherry_pick",
    "dolt_clean",
    "dolt_clone",
    "dolt_commit",
    "dolt_config",
    "dolt_conflicts_resolve",
    "dolt_fetch",
    "dolt_gc",
    "dolt_merge",
    "dolt_pull",
    "dolt_push",
    "dolt_rebase",
    "dolt_remote",
    "dolt_reset",
    "dolt_revert",
    "dolt_stash",
    "dolt_tag",
    "dolt_verify_constraints",
];

/// The first call of a store-changing `dolt_*` function in `sql`, if any.
pub(crate) fn write_function(sql: &str) -> Option<String> {
    let toks: Vec<Tok> = lex(sql)
        .into_iter()
        .filter(|t| !matches!(t.kind, Kind::Space | Kind::Comment))
        .collect();
    toks.windows(2).find_map(|w| {
        let name = sql[w[0].start..w[0].end].to_ascii_lowercase();
        (w[0].kind == Kind::Word
            && &sql[w[1].start..w[1].end] == "("
            && WRITE_FUNCTIONS.contains(&name.as_str()))
        .then_some(name)
    })
}

/// Replaces string literals that are commit hashes in Dolt's form (keys of `to_engine`)
/// with doltlite's form, so `WHERE to_commit = '<dolt hash>'` matches.
///
/// `sql` is the caller's MySQL text, before [`translate`]: it is lexed with MySQL's
/// rules, which only hold for that text (translated, `'\\'` becomes `'\'`, which
/// MySQL's rules read as an open string that swallows the literals after it).
/// Hashes are lower-case letters and digits, so the replacement is the same
/// literal in both dialects.
pub(crate) fn engine_literals(sql: &str, to_engine: &HashMap<String, String>) -> String {
    if to_engine.is_empty() {
        return sql.to_string();
    }
    let mut out = String::with_capacity(sql.len());
    for t in lex(sql) {
        let text = &sql[t.start..t.end];
        if t.kind == Kind::Str
            && text.len() == 34
            && let Some(h) = to_engine.get(&text[1..33])
        {
            out.push_str(&sqlite_string(h));
            continue;
        }
        out.push_str(text);
    }
    out
}

/// Runs a read-only query with at most `row_limit` rows. Errors are message texts.
/// `hashes` maps the store's commit hashes from doltlite's form to Dolt's: literals are
/// translated one way and result cells the other.
pub(crate) fn read(
    conn: &Connection,
    query: &str,
    database: &str,
    row_limit: usize,
    hashes: &HashMap<String, String>,
) -> Result<ReadResult, String> {
    let statements = split_statements(query);
    if statements.len() > 1 {
        return Err(MULTI_STATEMENT_MESSAGE.to_string());
    }
    let Some(stmt_text) = statements.into_iter().next() else {
        return Err("syntax error: empty query".to_string());
    };
    let to_engine: HashMap<String, String> =
        hashes.iter().map(|(e, d)| (d.clone(), e.clone())).collect();
    let stmt_text = engine_literals(&stmt_text, &to_engine);
    let sql = match translate(&stmt_text, database) {
        Statement::Sql(s) => s,
        Statement::Call { name, .. } => {
            return Err(format!(
                "procedure {name} cannot run on the read endpoint; use the write endpoint"
            ));
        }
        Statement::Unsupported(message) => return Err(message),
    };
    let scales = crate::mysql::division_scales(&significant_tokens(&stmt_text));
    if let Some(name) = write_function(&sql) {
        return Err(format!(
            "{name} changes the database and cannot run on the read endpoint; use the write endpoint (CALL {})",
            name.to_ascii_uppercase()
        ));
    }
    let mut stmt = conn.prepare(&sql).map_err(|e| error_text(&e))?;
    if !stmt.readonly() {
        return Err(
            "only read-only queries can run on the read endpoint; use the write endpoint for changes"
                .to_string(),
        );
    }
    let names: Vec<String> = stmt.column_names().map(str::to_string).collect();
    let decl: Vec<Option<String>> = stmt
        .columns()
        .map(|c| c.decl_type().map(|t| t.to_ascii_uppercase()))
        .collect();
    let n = names.len();
    let mut inferred: Vec<Option<&'static str>> = vec![None; n];
    let mut rows = Vec::new();
    let mut truncated = false;
    let mut q = stmt.query([]).map_err(|e| error_text(&e))?;
    while let Some(row) = q.next().map_err(|e| error_text(&e))? {
        if rows.len() == row_limit {
            truncated = true;
            break;
        }
        let mut cells = Vec::with_capacity(n);
        for (i, slot) in inferred.iter_mut().enumerate() {
            let v = row.get_ref(i).map_err(|e| error_text(&e))?;
            if slot.is_none() {
                *slot = match v {
                    ValueRef::Null => None,
                    ValueRef::Integer(_) => Some("BIGINT"),
                    ValueRef::Real(_) => Some("DOUBLE"),
                    ValueRef::Text(_) => Some("LONGTEXT"),
                    ValueRef::Blob(_) => Some("LONGBLOB"),
                };
            }
            let scale = scales
                .get(i)
                .copied()
                .flatten()
                .filter(|_| scales.len() == n);
            let cell = match (v, scale) {
                (ValueRef::Integer(x), Some(d)) => Some(format!("{:.d$}", x as f64)),
                (ValueRef::Real(x), Some(d)) => Some(format!("{x:.d$}")),
                _ => cell_text(v).map(|c| match hashes.get(&c) {
                    Some(dolt) => dolt.clone(),
                    None => c,
                }),
            };
            cells.push(cell);
        }
        rows.push(cells);
    }
    let columns = names
        .into_iter()
        .zip(decl)
        .zip(inferred)
        .map(|((name, decl), inf)| {
            let ty = decl
                .filter(|d| !d.is_empty())
                .unwrap_or_else(|| inf.unwrap_or("NULL").to_string());
            (name, ty)
        })
        .collect();
    Ok(ReadResult {
        columns,
        rows,
        truncated,
    })
}

/// Executes one translated SQL statement that may change data; returns the number of
/// rows it changed.
pub(crate) fn execute(conn: &Connection, sql: &str) -> Result<u64, String> {
    let mut stmt = conn.prepare(sql).map_err(|e| error_text(&e))?;
    if stmt.column_count() > 0 {
        let mut rows = stmt.query([]).map_err(|e| error_text(&e))?;
        while rows.next().map_err(|e| error_text(&e))?.is_some() {}
        drop(rows);
        Ok(conn.changes())
    } else {
        stmt.execute([])
            .map(|n| n as u64)
            .map_err(|e| error_text(&e))
    }
}

/// Checks a statement for syntax errors without running it. Only errors that are about
/// the syntax itself are reported (a missing table may be created by an earlier write).
pub(crate) fn syntax_error(conn: &Connection, sql: &str) -> Option<String> {
    match conn.prepare(sql) {
        Ok(_) => None,
        Err(e) => {
            let text = error_text(&e);
            (text.contains("syntax error") || text.contains("incomplete input")).then_some(text)
        }
    }
}

/// The `Query OK, ...` message of a successful write.
pub(crate) fn rows_affected_message(n: u64) -> String {
    if n == 1 {
        "Query OK, 1 row affected.".to_string()
    } else {
        format!("Query OK, {n} rows affected.")
    }
}

/// Writes `table` as CSV: header first, NULL as an empty field and an empty string as
/// `""`, so a reader that tells the two apart (the `dolthub` crate's export path does) gets
/// back what the table holds.
pub(crate) fn table_csv(conn: &Connection, table: &str) -> Result<Vec<u8>, String> {
    if !tables(conn)
        .map_err(|e| error_text(&e))?
        .iter()
        .any(|t| t == table)
    {
        return Err(format!("table not found: {table}"));
    }
    let cols = columns(conn, table).map_err(|e| error_text(&e))?;
    let mut out = Vec::new();
    let header: Vec<Option<String>> = cols.iter().cloned().map(Some).collect();
    csv_record(&mut out, &header);
    let mut stmt = conn
        .prepare(&format!("SELECT * FROM {}", quote_ident(table)))
        .map_err(|e| error_text(&e))?;
    let mut rows = stmt.query([]).map_err(|e| error_text(&e))?;
    let mut rec = Vec::with_capacity(cols.len());
    while let Some(row) = rows.next().map_err(|e| error_text(&e))? {
        rec.clear();
        for i in 0..cols.len() {
            rec.push(cell_text(row.get_ref(i).map_err(|e| error_text(&e))?));
        }
        csv_record(&mut out, &rec);
    }
    Ok(out)
}

/// One CSV line (RFC 4180, `\n` endings). `None` is an empty field; a field is quoted
/// when it is an empty string or holds a comma, quote, CR or LF.
fn csv_record(out: &mut Vec<u8>, fields: &[Option<String>]) {
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        let Some(text) = field else { continue };
        // a byte scan: the search for any of several chars was most of an export's time
        if text.is_empty()
            || text
                .bytes()
                .any(|b| matches!(b, b',' | b'"' | b'\r' | b'\n'))
        {
            out.push(b'"');
            out.extend_from_slice(text.replace('"', "\"\"").as_bytes());
            out.push(b'"');
        } else {
            out.extend_from_slice(text.as_bytes());
        }
    }
    out.push(b'\n');
}

/// Writes a ZIP archive with one `<table>.csv` per table.
pub(crate) fn database_zip(conn: &Connection) -> Result<Vec<u8>, String> {
    use std::io::Write;
    let mut zw = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for t in tables(conn).map_err(|e| error_text(&e))? {
        let data = table_csv(conn, &t)?;
        zw.start_file(format!("{t}.csv"), opts)
            .map_err(|e| e.to_string())?;
        zw.write_all(&data).map_err(|e| e.to_string())?;
    }
    Ok(zw.finish().map_err(|e| e.to_string())?.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn db(setup: &str) -> Connection {
        let c = Connection::open_in_memory().unwrap();
        c.execute_batch(setup).unwrap();
        c
    }

    fn none() -> HashMap<String, String> {
        HashMap::new()
    }

    #[test]
    fn split_respects_quotes_and_comments() {
        assert_eq!(split_statements("SELECT 1"), vec!["SELECT 1"]);
        assert_eq!(split_statements("SELECT 1;"), vec!["SELECT 1"]);
        assert_eq!(
            split_statements("SELECT 'a;b'; -- x;\n"),
            vec!["SELECT 'a;b'"]
        );
        assert_eq!(split_statements("SELECT 1; SELECT 2").len(), 2);
        assert_eq!(split_statements("SELECT \"x;\" /* ; */").len(), 1);
        assert!(split_statements("  ; ;").is_empty());
        assert_eq!(split_statements("SELECT 'it\\'s;'").len(), 1);
    }

    #[test]
    fn translations() {
        assert!(
            matches!(translate("show tables", "db"), Statement::Sql(s) if s.contains("\"Tables_in_db\""))
        );
        assert!(
            matches!(translate("DESCRIBE `t`", "db"), Statement::Sql(s) if s.contains("pragma_table_info('t')"))
        );
        assert_eq!(
            translate("CALL DOLT_BRANCH('-D', 'old')", "db"),
            Statement::Call {
                name: "dolt_branch".into(),
                args: vec!["-D".into(), "old".into()]
            }
        );
        let Statement::Sql(s) = translate(
            "INSERT INTO t (id, v) VALUES (1, 'x') ON DUPLICATE KEY UPDATE v = VALUES(v)",
            "db",
        ) else {
            panic!()
        };
        assert!(s.contains("ON CONFLICT DO UPDATE SET"), "{s}");
        assert!(s.contains("v = excluded.v"), "{s}");
        let Statement::Sql(s) = translate(
            "CREATE TABLE t (id INT(11) NOT NULL AUTO_INCREMENT PRIMARY KEY, name VARCHAR(10))",
            "db",
        ) else {
            panic!()
        };
        assert!(s.contains("id INTEGER"), "{s}");
        assert!(!s.contains("AUTO_INCREMENT"), "{s}");
        let Statement::Sql(s) = translate("SELECT \"a\", 'it\\'s', NOW()", "db") else {
            panic!()
        };
        assert_eq!(s, "SELECT 'a', 'it''s', CURRENT_TIMESTAMP");
    }

    #[test]
    fn read_with_schema_types_nulls_and_row_limit() {
        let c = db(
            "CREATE TABLE t (id INT PRIMARY KEY, name VARCHAR(20), score DOUBLE);
                    INSERT INTO t VALUES (1, 'a', 1.5), (2, NULL, 2);",
        );
        let r = read(&c, "SELECT * FROM t ORDER BY id", "db", 1000, &none()).unwrap();
        assert_eq!(
            r.columns,
            vec![
                ("id".into(), "INT".into()),
                ("name".into(), "VARCHAR(20)".into()),
                ("score".into(), "DOUBLE".into())
            ]
        );
        assert_eq!(r.rows[1], vec![Some("2".into()), None, Some("2".into())]);
        assert!(!r.truncated);
        let r = read(
            &c,
            "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1500) SELECT x FROM c",
            "db",
            1000,
            &none(),
        )
        .unwrap();
        assert_eq!(r.rows.len(), 1000);
        assert!(r.truncated);
        assert_eq!(r.columns[0].1, "BIGINT");
    }

    #[test]
    fn comments_and_double_dashes_read_as_mysql_does() {
        let c = db("CREATE TABLE t (id INT)");
        let one = |q: &str| {
            read(&c, q, "db", 10, &none())
                .unwrap_or_else(|e| panic!("{q}: {e}"))
                .rows[0][0]
                .clone()
        };
        // MySQL: `--` starts a comment only before whitespace; `1--1` is 1 - (-1).
        assert_eq!(one("SELECT 1--1").as_deref(), Some("2"));
        assert_eq!(one("SELECT 5--2 AS x").as_deref(), Some("7"));
        assert_eq!(one("SELECT 1-- 1").as_deref(), Some("1"));
        // `#` comments, which SQLite does not know, are comments here too.
        assert_eq!(one("SELECT 4 # four").as_deref(), Some("4"));
        assert_eq!(one("SELECT 4 # x\n + 1").as_deref(), Some("5"));
        assert_eq!(one("SELECT '--1', 2").as_deref(), Some("--1"));
    }

    #[test]
    fn read_errors() {
        let c = db("CREATE TABLE t (id INT)");
        assert_eq!(
            read(&c, "SELECT * FROM nope", "db", 10, &none()).unwrap_err(),
            "table not found: nope"
        );
        assert!(
            read(&c, "SELEC 1", "db", 10, &none())
                .unwrap_err()
                .contains("syntax error")
        );
        assert_eq!(
            read(&c, "SELECT 1; SELECT 2", "db", 10, &none()).unwrap_err(),
            MULTI_STATEMENT_MESSAGE
        );
        assert!(
            read(&c, "INSERT INTO t VALUES (1)", "db", 10, &none())
                .unwrap_err()
                .contains("read-only")
        );
        let tables = read(&c, "SHOW TABLES", "db", 10, &none()).unwrap();
        assert_eq!(tables.columns[0].0, "Tables_in_db");
        assert_eq!(tables.rows, vec![vec![Some("t".to_string())]]);
    }

    #[test]
    fn hashes_are_translated_both_ways_and_writes_refused_on_reads() {
        let mut session = crate::engine::Session::create().unwrap();
        session
            .conn()
            .execute_batch("CREATE TABLE t (id INT PRIMARY KEY)")
            .unwrap();
        let head = session.commit_all("add t", "u").unwrap();
        let hashes = session.hash_map().unwrap();
        let c = session.conn();
        let r = read(
            c,
            "SELECT commit_hash, message FROM dolt_log LIMIT 1",
            "db",
            10,
            &hashes,
        )
        .unwrap();
        assert_eq!(r.rows[0][0].as_deref(), Some(head.as_str()));
        let q = format!("SELECT message FROM dolt_log WHERE commit_hash = '{head}'");
        let r = read(c, &q, "db", 10, &hashes).unwrap();
        assert_eq!(r.rows, vec![vec![Some("add t".to_string())]]);
        // A backslash literal before the hash: the hash is still found (the
        // literals are matched on the MySQL text, not on the translation).
        let q = format!(r"SELECT '\\' AS b, message FROM dolt_log WHERE commit_hash = '{head}'");
        let r = read(c, &q, "db", 10, &hashes).unwrap();
        assert_eq!(
            r.rows,
            vec![vec![Some("\\".to_string()), Some("add t".to_string())]]
        );
        let r = read(c, "SELECT count(*) FROM dolt_commits", "db", 10, &hashes).unwrap();
        assert_eq!(r.rows, vec![vec![Some("2".to_string())]]);
        let e = read(c, "SELECT dolt_commit('-m', 'x')", "db", 10, &hashes).unwrap_err();
        assert!(
            e.contains("dolt_commit") && e.contains("write endpoint"),
            "{e}"
        );
        let e = read(c, "SELECT * FROM dolt_nonsense", "db", 10, &hashes).unwrap_err();
        assert!(
            e.contains("dolt_nonsense") && e.contains("system table"),
            "{e}"
        );
        let _ = session.save().unwrap();
    }

    #[test]
    fn dolt_commits_holds_the_commits_of_every_branch() {
        let mut session = crate::engine::Session::create().unwrap();
        session
            .conn()
            .execute_batch("CREATE TABLE t (id INT PRIMARY KEY)")
            .unwrap();
        let base = session.commit_all("base", "u").unwrap();
        session.create_branch("feature/x", "main").unwrap();
        session.checkout("feature/x").unwrap();
        session
            .conn()
            .execute_batch("INSERT INTO t VALUES (1)")
            .unwrap();
        let side = session.commit_all("side", "u").unwrap();
        session.checkout("main").unwrap();
        let hashes = session.hash_map().unwrap();
        let c = session.conn();
        let rows = |q: &str| {
            read(c, q, "db", 100, &hashes)
                .unwrap_or_else(|e| panic!("{q}: {e}"))
                .rows
        };
        // main's log: the base commit and doltlite's first one; dolt_commits adds the side branch's
        assert_eq!(
            rows("SELECT count(*) FROM dolt_log"),
            vec![vec![Some("2".into())]]
        );
        assert_eq!(
            rows("SELECT count(*) FROM dolt_commits"),
            vec![vec![Some("3".into())]]
        );
        let q = format!("SELECT message FROM dolt_commits WHERE commit_hash = '{side}'");
        assert_eq!(rows(&q), vec![vec![Some("side".into())]]);
        let q = format!(
            "SELECT c.message FROM dolt_commits c WHERE c.commit_hash IN ('{base}', '{side}') ORDER BY c.message"
        );
        assert_eq!(
            rows(&q),
            vec![vec![Some("base".into())], vec![Some("side".into())]]
        );
        let r = read(
            c,
            "SELECT * FROM dolt_commits AS dc LIMIT 1",
            "db",
            10,
            &hashes,
        )
        .unwrap();
        let names: Vec<&str> = r.columns.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            ["commit_hash", "committer", "email", "date", "message"]
        );
        let _ = session.save().unwrap();
    }

    #[test]
    fn as_of_reads_at_a_commit() {
        let session = crate::engine::Session::create().unwrap();
        let c = session.conn();
        c.execute_batch("CREATE TABLE t (id INT PRIMARY KEY); INSERT INTO t VALUES (1)")
            .unwrap();
        let first = session.commit_all("one", "u").unwrap();
        c.execute_batch("INSERT INTO t VALUES (2)").unwrap();
        session.commit_all("two", "u").unwrap();
        let hashes = session.hash_map().unwrap();
        let q = format!("SELECT count(*) FROM t AS OF '{first}'");
        let r = read(c, &q, "db", 10, &hashes).unwrap();
        assert_eq!(r.rows, vec![vec![Some("1".to_string())]]);
        let r = read(
            c,
            "SELECT count(*) FROM `t` AS OF 'main'",
            "db",
            10,
            &hashes,
        )
        .unwrap();
        assert_eq!(r.rows, vec![vec![Some("2".to_string())]]);
    }

    #[test]
    fn upsert_translation_runs() {
        let c = db("CREATE TABLE t (id INT PRIMARY KEY, v TEXT); INSERT INTO t VALUES (1, 'x');");
        let Statement::Sql(s) = translate(
            "INSERT INTO t (id, v) VALUES (1, 'x') ON DUPLICATE KEY UPDATE v = VALUES(v)",
            "db",
        ) else {
            panic!()
        };
        assert_eq!(execute(&c, &s).unwrap(), 1);
        let r = read(&c, "SELECT v FROM t", "db", 10, &none()).unwrap();
        assert_eq!(r.rows, vec![vec![Some("x".to_string())]]);
        let Statement::Sql(s) = translate(
            "CREATE TABLE a (id INT AUTO_INCREMENT PRIMARY KEY, v TEXT)",
            "db",
        ) else {
            panic!()
        };
        execute(&c, &s).unwrap();
        execute(&c, "INSERT INTO a (v) VALUES ('q')").unwrap();
        let r = read(&c, "SELECT id FROM a", "db", 10, &none()).unwrap();
        assert_eq!(r.rows, vec![vec![Some("1".to_string())]]);
    }

    #[test]
    fn csv_and_zip_export() {
        let c = db(
            "CREATE TABLE t (id INT, v TEXT); INSERT INTO t VALUES (1, 'a,b'), (2, NULL), (3, ''), (4, 'x\"y');
                    CREATE TABLE u (x INT);",
        );
        let csv = String::from_utf8(table_csv(&c, "t").unwrap()).unwrap();
        assert_eq!(csv, "id,v\n1,\"a,b\"\n2,\n3,\"\"\n4,\"x\"\"y\"\n");
        assert!(
            table_csv(&c, "nope")
                .unwrap_err()
                .contains("table not found")
        );
        let zip_bytes = database_zip(&c).unwrap();
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(zip_bytes)).unwrap();
        let mut names: Vec<String> = archive.file_names().map(String::from).collect();
        names.sort();
        assert_eq!(names, vec!["t.csv", "u.csv"]);
        let mut s = String::new();
        std::io::Read::read_to_string(&mut archive.by_name("u.csv").unwrap(), &mut s).unwrap();
        assert_eq!(s, "x\n");
    }

    #[test]
    fn syntax_check_only_reports_syntax() {
        let c = db("");
        assert!(syntax_error(&c, "INSERT INTO nope VALUES (1)").is_none());
        assert!(syntax_error(&c, "INSERT INTO VALUES").is_some());
    }
}
