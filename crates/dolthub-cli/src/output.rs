//! Rendering results: aligned tables on a terminal, tab-separated lines in
//! pipes, CSV, or one JSON document with stable field names.

use std::io::{self, IsTerminal, Write};

use clap::ValueEnum;
use serde::Serialize;

/// `--format` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
// Variants are described in the `--format` help (no doc comments here, so clap
// lists the values on one line instead of a long block under every command).
pub enum Format {
    #[default]
    Auto,
    Table,
    Tsv,
    Csv,
    Json,
}

/// The format actually used after resolving `auto`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Aligned table; `decorate` adds bold headers and check marks (terminal only).
    Table {
        /// Whether stdout is a terminal (colors, symbols, cell truncation).
        decorate: bool,
    },
    /// Tab-separated, no header.
    Tsv,
    /// CSV with header.
    Csv,
    /// JSON.
    Json,
}

/// A table of strings.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Table {
    /// Column headers.
    pub columns: Vec<String>,
    /// Rows, each as long as `columns`.
    pub rows: Vec<Vec<String>>,
}

impl Table {
    /// A table with these headers and no rows.
    pub fn new<I, S>(columns: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Table {
            columns: columns.into_iter().map(Into::into).collect(),
            rows: Vec::new(),
        }
    }

    /// Append a row.
    pub fn row<I, S>(&mut self, cells: I)
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.rows.push(cells.into_iter().map(Into::into).collect());
    }
}

/// What a command produced.
#[derive(Debug)]
pub enum Out {
    /// A list of items.
    List {
        /// The human view.
        table: Table,
        /// The JSON document.
        json: String,
        /// Shown on a terminal when the list is empty.
        empty: String,
    },
    /// One item, shown as `key: value` lines.
    Record {
        /// Ordered fields.
        fields: Vec<(String, String)>,
        /// The JSON document.
        json: String,
    },
    /// An action that completed.
    Done {
        /// One line for people.
        message: String,
        /// Machine-friendly value printed alone in tsv/csv mode (an id, a name).
        value: Option<String>,
        /// The JSON document.
        json: String,
    },
    /// Nothing more to print (the command wrote its output itself).
    Nothing,
}

/// Serialize `value` as pretty JSON (struct field order is kept).
pub fn to_json<T: Serialize + ?Sized>(value: &T) -> String {
    serde_json::to_string_pretty(value).expect("CLI output types always serialize")
}

impl Out {
    /// A list from serializable items and a function producing the table.
    pub fn list<T: Serialize>(
        items: &[T],
        key: &str,
        table: Table,
        empty: impl Into<String>,
    ) -> Out {
        Out::List {
            table,
            json: list_json(key, items),
            empty: empty.into(),
        }
    }

    /// A single record.
    pub fn record<T: Serialize>(item: &T, fields: Vec<(&str, String)>) -> Out {
        Out::Record {
            fields: fields.into_iter().map(|(k, v)| (k.to_owned(), v)).collect(),
            json: to_json(item),
        }
    }

    /// A completed action.
    pub fn done<T: Serialize>(message: impl Into<String>, value: Option<String>, item: &T) -> Out {
        Out::Done {
            message: message.into(),
            value,
            json: to_json(item),
        }
    }
}

/// `{"<key>": [items...]}` keeping each item's field order.
fn list_json<T: Serialize>(key: &str, items: &[T]) -> String {
    #[derive(Serialize)]
    struct Doc<'a, T: Serialize> {
        count: usize,
        #[serde(flatten)]
        inner: std::collections::BTreeMap<&'a str, &'a [T]>,
    }
    let mut inner = std::collections::BTreeMap::new();
    inner.insert(key, items);
    to_json(&Doc {
        count: items.len(),
        inner,
    })
}

/// Writes [`Out`] values to stdout in the chosen mode.
#[derive(Debug, Clone, Copy)]
pub struct Printer {
    mode: Mode,
    color: bool,
}

impl Printer {
    /// Resolve `format` against whether stdout is a terminal.
    pub fn new(format: Format) -> Printer {
        let tty = io::stdout().is_terminal();
        let mode = match format {
            Format::Auto if tty => Mode::Table { decorate: true },
            Format::Auto => Mode::Tsv,
            Format::Table => Mode::Table { decorate: tty },
            Format::Tsv => Mode::Tsv,
            Format::Csv => Mode::Csv,
            Format::Json => Mode::Json,
        };
        let color = tty && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
        Printer { mode, color }
    }

    /// The resolved mode.
    pub fn mode(&self) -> Mode {
        self.mode
    }

    /// Whether stdout is an attended terminal in table mode (decorations allowed).
    pub fn decorated(&self) -> bool {
        matches!(self.mode, Mode::Table { decorate: true })
    }

    /// Print a command's result.
    pub fn print(&self, out: &Out) -> io::Result<()> {
        let stdout = io::stdout();
        let mut w = stdout.lock();
        self.write(&mut w, out)?;
        w.flush()
    }

    /// Render into any writer (used by tests and the tour).
    pub fn write(&self, w: &mut dyn Write, out: &Out) -> io::Result<()> {
        match out {
            Out::Nothing => Ok(()),
            Out::List { json, .. } | Out::Record { json, .. } | Out::Done { json, .. }
                if self.mode == Mode::Json =>
            {
                match crate::jq::active() {
                    Some(filter) => {
                        let text = filter.render(json).map_err(io::Error::other)?;
                        w.write_all(text.as_bytes())
                    }
                    None => writeln!(w, "{json}"),
                }
            }
            Out::List { table, empty, .. } => {
                if table.rows.is_empty() && self.decorated() {
                    return writeln!(w, "{empty}");
                }
                self.table(w, table)
            }
            Out::Record { fields, .. } => match self.mode {
                Mode::Table { decorate } => {
                    let width = fields.iter().map(|(k, _)| k.chars().count()).max();
                    for (k, v) in fields {
                        let v = if decorate { clean(v) } else { v.clone() };
                        let pad = width.unwrap_or(0) - k.chars().count();
                        if self.color {
                            writeln!(w, "\x1b[1m{k}:\x1b[0m{:pad$} {v}", "")?;
                        } else {
                            writeln!(w, "{k}:{:pad$} {v}", "")?;
                        }
                    }
                    Ok(())
                }
                _ => {
                    let mut t = Table::new(fields.iter().map(|(k, _)| k.clone()));
                    t.row(fields.iter().map(|(_, v)| v.clone()));
                    self.table(w, &t)
                }
            },
            Out::Done { message, value, .. } => match (self.mode, value) {
                (Mode::Table { decorate: true }, _) => {
                    if self.color {
                        writeln!(w, "\x1b[32m✓\x1b[0m {}", clean(message))
                    } else {
                        writeln!(w, "✓ {}", clean(message))
                    }
                }
                (Mode::Tsv | Mode::Csv, Some(v)) => writeln!(w, "{v}"),
                _ => writeln!(w, "{message}"),
            },
        }
    }

    /// Print a table in the current (non-JSON) mode.
    pub fn table(&self, w: &mut dyn Write, table: &Table) -> io::Result<()> {
        match self.mode {
            Mode::Csv | Mode::Json => write_csv(w, table),
            Mode::Tsv => {
                for row in &table.rows {
                    let cells: Vec<String> = row.iter().map(|c| tsv_cell(c)).collect();
                    writeln!(w, "{}", cells.join("\t"))?;
                }
                Ok(())
            }
            Mode::Table { decorate } => write_aligned(w, table, decorate, self.color),
        }
    }
}

/// Longest cell shown on a terminal before it is cut with `…`.
const MAX_CELL: usize = 60;

/// Replace control characters (newlines, terminal escapes) with spaces.
pub fn clean(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

fn tsv_cell(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c == '\t' || c == '\n' || c == '\r' {
                ' '
            } else {
                c
            }
        })
        .collect()
}

fn cut(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_owned()
    } else {
        let mut out: String = s.chars().take(max - 1).collect();
        out.push('…');
        out
    }
}

fn write_aligned(w: &mut dyn Write, table: &Table, decorate: bool, color: bool) -> io::Result<()> {
    let prep = |s: &str| {
        let s = clean(s);
        if decorate { cut(&s, MAX_CELL) } else { s }
    };
    let header: Vec<String> = table
        .columns
        .iter()
        .map(|c| c.to_ascii_uppercase())
        .collect();
    let rows: Vec<Vec<String>> = table
        .rows
        .iter()
        .map(|r| r.iter().map(|c| prep(c)).collect())
        .collect();
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in &rows {
        for (i, cell) in row.iter().enumerate() {
            if i < widths.len() {
                widths[i] = widths[i].max(cell.chars().count());
            }
        }
    }
    let line = |w: &mut dyn Write, cells: &[String], bold: bool| -> io::Result<()> {
        let mut text = String::new();
        for (i, cell) in cells.iter().enumerate() {
            let last = i + 1 == cells.len();
            if last {
                text.push_str(cell);
            } else {
                let pad = widths[i].saturating_sub(cell.chars().count());
                text.push_str(cell);
                text.push_str(&" ".repeat(pad + 2));
            }
        }
        if bold && color {
            writeln!(w, "\x1b[1m{}\x1b[0m", text.trim_end())
        } else {
            writeln!(w, "{}", text.trim_end())
        }
    };
    line(w, &header, true)?;
    for row in &rows {
        line(w, row, false)?;
    }
    Ok(())
}

fn write_csv(w: &mut dyn Write, table: &Table) -> io::Result<()> {
    let mut out = csv::Writer::from_writer(w);
    out.write_record(&table.columns)?;
    for row in &table.rows {
        out.write_record(row)?;
    }
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(mode: Mode, out: &Out) -> String {
        let p = Printer { mode, color: false };
        let mut buf = Vec::new();
        p.write(&mut buf, out).unwrap();
        String::from_utf8(buf).unwrap()
    }

    #[derive(Serialize)]
    struct Item {
        name: String,
        size: u32,
    }

    fn sample() -> Out {
        let items = vec![
            Item {
                name: "main".into(),
                size: 1,
            },
            Item {
                name: "a-much-longer-name".into(),
                size: 22,
            },
        ];
        let mut t = Table::new(["name", "size"]);
        for i in &items {
            t.row([i.name.clone(), i.size.to_string()]);
        }
        Out::list(&items, "items", t, "no items")
    }

    #[test]
    fn aligned_table() {
        let s = render(Mode::Table { decorate: false }, &sample());
        assert_eq!(
            s,
            "NAME                SIZE\nmain                1\na-much-longer-name  22\n"
        );
    }

    #[test]
    fn tsv_and_csv() {
        assert_eq!(
            render(Mode::Tsv, &sample()),
            "main\t1\na-much-longer-name\t22\n"
        );
        assert_eq!(
            render(Mode::Csv, &sample()),
            "name,size\nmain,1\na-much-longer-name,22\n"
        );
    }

    #[test]
    fn json_list_keeps_field_order_and_count() {
        let s = render(Mode::Json, &sample());
        let v: serde_json::Value = serde_json::from_str(&s).unwrap();
        assert_eq!(v["count"], 2);
        assert_eq!(v["items"][1]["name"], "a-much-longer-name");
        assert!(s.find("\"name\"").unwrap() < s.find("\"size\"").unwrap());
    }

    #[test]
    fn control_characters_never_reach_a_terminal() {
        let mut t = Table::new(["x"]);
        t.row(["evil\x1b[31mred\nline"]);
        let out = Out::List {
            table: t,
            json: "{}".into(),
            empty: String::new(),
        };
        let s = render(Mode::Table { decorate: true }, &out);
        assert!(!s.contains('\x1b'));
        assert_eq!(s.lines().count(), 2);
    }

    #[test]
    fn done_messages() {
        let out = Out::done(
            "Created branch x",
            Some("x".into()),
            &serde_json::json!({"name": "x"}),
        );
        assert_eq!(render(Mode::Tsv, &out), "x\n");
        assert_eq!(
            render(Mode::Table { decorate: true }, &out),
            "✓ Created branch x\n"
        );
        assert_eq!(
            render(Mode::Table { decorate: false }, &out),
            "Created branch x\n"
        );
    }
}
