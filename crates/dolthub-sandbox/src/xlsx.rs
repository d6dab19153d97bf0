//! Excel workbooks (`.xlsx`) for imports: the first worksheet, read as a table whose first
//! row is the header. An `.xlsx` file is a ZIP of XML parts; this reads only what a table
//! needs (shared strings, inline strings, numbers, booleans) with a small tag scanner, so the
//! sandbox needs no XML or spreadsheet dependency. Formulas count by their cached value;
//! dates stay Excel's serial numbers (the sandbox does not read cell styles).

use crate::import::TableData;
use std::io::{Cursor, Read};

/// Parses the first worksheet of a workbook.
pub(crate) fn parse<R: Read>(mut reader: R) -> Result<TableData, String> {
    let mut bytes = Vec::new();
    reader
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read the XLSX file: {e}"))?;
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| format!("invalid XLSX file (not a ZIP archive): {e}"))?;
    let mut part = |name: &str| -> Result<Option<String>, String> {
        let mut file = match zip.by_name(name) {
            Ok(f) => f,
            Err(zip::result::ZipError::FileNotFound) => return Ok(None),
            Err(e) => return Err(format!("invalid XLSX file ({name}): {e}")),
        };
        let mut text = String::new();
        file.read_to_string(&mut text)
            .map_err(|e| format!("invalid XLSX file ({name}): {e}"))?;
        Ok(Some(text))
    };
    let sheet_path = first_sheet_path(
        part("xl/workbook.xml")?,
        part("xl/_rels/workbook.xml.rels")?,
    );
    let shared: Vec<String> = part("xl/sharedStrings.xml")?
        .map(|xml| {
            elements(&xml, "si")
                .map(|(_, inner)| text_of(inner))
                .collect()
        })
        .unwrap_or_default();
    let sheet = part(&sheet_path)?
        .ok_or_else(|| format!("invalid XLSX file: no worksheet at {sheet_path}"))?;
    let mut grid: Vec<Vec<Option<String>>> = Vec::new();
    for (_, row) in elements(&sheet, "row") {
        let mut cells: Vec<Option<String>> = Vec::new();
        for (attrs, inner) in elements(row, "c") {
            let col = attr(attrs, "r")
                .and_then(column_index)
                .unwrap_or(cells.len());
            let value = match attr(attrs, "t") {
                Some("s") => {
                    let v = value_of(inner);
                    let i: usize = v
                        .trim()
                        .parse()
                        .map_err(|_| format!("invalid XLSX file: shared string index {v:?}"))?;
                    Some(
                        shared
                            .get(i)
                            .cloned()
                            .ok_or_else(|| format!("invalid XLSX file: no shared string {i}"))?,
                    )
                }
                Some("inlineStr") => Some(text_of(inner)),
                Some("b") => Some(
                    if value_of(inner).trim() == "1" {
                        "1"
                    } else {
                        "0"
                    }
                    .into(),
                ),
                _ => Some(unescape(&value_of(inner))),
            }
            .filter(|v| !v.is_empty());
            if cells.len() <= col {
                cells.resize(col + 1, None);
            }
            cells[col] = value;
        }
        grid.push(cells);
    }
    let mut rows = grid.into_iter();
    let header = rows
        .next()
        .ok_or("the XLSX file's first worksheet is empty")?;
    let columns: Vec<String> = header.into_iter().map(Option::unwrap_or_default).collect();
    let width = columns.len();
    let rows = rows
        .filter(|r| r.iter().any(Option::is_some))
        .map(|mut r| {
            if r.len() > width {
                return Err(format!(
                    "a row of the XLSX file has {} cells, more than the header's {width}",
                    r.len()
                ));
            }
            r.resize(width, None);
            Ok(r)
        })
        .collect::<Result<_, String>>()?;
    Ok(TableData { columns, rows })
}

/// The first sheet's part, through the workbook's relationships (`xl/worksheets/sheet1.xml`
/// when they say nothing).
fn first_sheet_path(workbook: Option<String>, rels: Option<String>) -> String {
    let fallback = "xl/worksheets/sheet1.xml".to_string();
    let (Some(workbook), Some(rels)) = (workbook, rels) else {
        return fallback;
    };
    let Some(id) = elements(&workbook, "sheet")
        .next()
        .and_then(|(attrs, _)| attr(attrs, "r:id").map(str::to_string))
    else {
        return fallback;
    };
    elements(&rels, "Relationship")
        .find(|(attrs, _)| attr(attrs, "Id") == Some(id.as_str()))
        .and_then(|(attrs, _)| attr(attrs, "Target"))
        .map(|t| match t.strip_prefix('/') {
            Some(absolute) => absolute.to_string(),
            None => format!("xl/{t}"),
        })
        .unwrap_or(fallback)
}

/// `<name attrs>inner</name>` and `<name attrs/>` elements as `(attrs, inner)`, in order.
/// Nested elements of the same name are not expected in the parts read here.
fn elements<'a>(xml: &'a str, name: &'a str) -> impl Iterator<Item = (&'a str, &'a str)> + 'a {
    let open = format!("<{name}");
    let close = format!("</{name}>");
    let mut rest = xml;
    std::iter::from_fn(move || {
        loop {
            let at = rest.find(&open)?;
            let after = &rest[at + open.len()..];
            // `<c` must not match `<cols>`: the name ends at whitespace, `>` or `/`.
            if !after.starts_with(|c: char| c.is_whitespace() || c == '>' || c == '/') {
                rest = after;
                continue;
            }
            let end = after.find('>')?;
            let attrs = &after[..end];
            if let Some(attrs) = attrs.strip_suffix('/') {
                rest = &after[end + 1..];
                return Some((attrs, ""));
            }
            let body = &after[end + 1..];
            let stop = body.find(&close)?;
            rest = &body[stop + close.len()..];
            return Some((attrs, &body[..stop]));
        }
    })
}

/// The value of attribute `name` (unescaped text is not needed for the attributes read).
fn attr<'a>(attrs: &'a str, name: &str) -> Option<&'a str> {
    let mut rest = attrs;
    loop {
        let at = rest.find(name)?;
        let before_ok = at == 0 || rest.as_bytes()[at - 1].is_ascii_whitespace();
        let after = rest[at + name.len()..].trim_start();
        if before_ok && let Some(value) = after.strip_prefix('=') {
            let value = value.trim_start();
            let quote = value.chars().next()?;
            let value = &value[1..];
            return value.find(quote).map(|end| &value[..end]);
        }
        rest = &rest[at + name.len()..];
    }
}

/// The `<v>` of a cell.
fn value_of(inner: &str) -> String {
    elements(inner, "v")
        .next()
        .map(|(_, v)| v.to_string())
        .unwrap_or_default()
}

/// All `<t>` text of a string item or inline string (rich text has several runs).
fn text_of(inner: &str) -> String {
    elements(inner, "t").map(|(_, t)| unescape(t)).collect()
}

/// `A` -> 0, `B7` -> 1, `AA3` -> 26.
fn column_index(reference: &str) -> Option<usize> {
    let letters: String = reference
        .chars()
        .take_while(char::is_ascii_alphabetic)
        .collect();
    if letters.is_empty() {
        return None;
    }
    let mut n = 0usize;
    for c in letters.chars() {
        n = n
            .checked_mul(26)?
            .checked_add((c.to_ascii_uppercase() as u8 - b'A' + 1) as usize)?;
    }
    Some(n - 1)
}

/// XML's five entities and numeric character references.
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let after = &rest[at..];
        let Some(end) = after.find(';') else {
            out.push_str(after);
            return out;
        };
        let entity = &after[1..end];
        let decoded = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => entity
                .strip_prefix("#x")
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| entity.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match decoded {
            Some(c) => out.push(c),
            None => out.push_str(&after[..=end]),
        }
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use std::io::Write;

    /// A minimal workbook: `sheet` is the worksheet's `<sheetData>` content.
    pub(crate) fn workbook(shared: &[&str], sheet: &str) -> Vec<u8> {
        let mut zw = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let opts = zip::write::SimpleFileOptions::default();
        let mut put = |name: &str, text: String| {
            zw.start_file(name, opts).unwrap();
            zw.write_all(text.as_bytes()).unwrap();
        };
        put(
            "xl/workbook.xml",
            r#"<workbook><sheets><sheet name="Data" sheetId="1" r:id="rId7"/></sheets></workbook>"#
                .into(),
        );
        put(
            "xl/_rels/workbook.xml.rels",
            r#"<Relationships><Relationship Id="rId7" Type="worksheet" Target="worksheets/data.xml"/></Relationships>"#.into(),
        );
        let si: String = shared
            .iter()
            .map(|s| format!("<si><t>{s}</t></si>"))
            .collect();
        put("xl/sharedStrings.xml", format!("<sst>{si}</sst>"));
        put(
            "xl/worksheets/data.xml",
            format!(
                "<worksheet><cols><col min=\"1\"/></cols><sheetData>{sheet}</sheetData></worksheet>"
            ),
        );
        zw.finish().unwrap().into_inner()
    }

    #[test]
    fn reads_the_first_sheet_as_a_table() {
        let bytes = workbook(
            &["id", "title", "Vase &amp; lid"],
            r#"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>on_view</t></is></c></row>
               <row r="2"><c r="A2"><v>1</v></c><c r="B2" t="s"><v>2</v></c><c r="C2" t="b"><v>1</v></c></row>
               <row r="3"><c r="A3"><v>2.5</v></c><c r="C3" t="b"><v>0</v></c></row>
               <row r="4"><c r="A4" s="1"/></row>"#,
        );
        let t = parse(&bytes[..]).unwrap();
        assert_eq!(t.columns, ["id", "title", "on_view"]);
        assert_eq!(
            t.rows,
            vec![
                vec![
                    Some("1".into()),
                    Some("Vase & lid".into()),
                    Some("1".into())
                ],
                vec![Some("2.5".into()), None, Some("0".into())],
            ]
        );
    }

    #[test]
    fn bad_workbooks_are_refused_with_a_reason() {
        assert!(parse(&b"id,title\n"[..]).unwrap_err().contains("not a ZIP"));
        let e = parse(&workbook(&[], r#"<row><c t="s"><v>4</v></c></row>"#)[..]).unwrap_err();
        assert!(e.contains("no shared string 4"), "{e}");
        let e = parse(&workbook(&[], "")[..]).unwrap_err();
        assert!(e.contains("empty"), "{e}");
        let wide = r#"<row><c r="A1" t="inlineStr"><is><t>id</t></is></c></row><row><c r="C2"><v>1</v></c></row>"#;
        assert!(
            parse(&workbook(&[], wide)[..])
                .unwrap_err()
                .contains("more than the header")
        );
    }

    #[test]
    fn helpers() {
        assert_eq!(column_index("A1"), Some(0));
        assert_eq!(column_index("AA10"), Some(26));
        assert_eq!(column_index("12"), None);
        assert_eq!(
            unescape("a &lt;b&gt; &#65;&#x42; &bogus; &"),
            "a <b> AB &bogus; &"
        );
        assert_eq!(attr(r#" r="B2" t='s'"#, "t"), Some("s"));
        assert_eq!(attr(r#" rt="x" t="s""#, "t"), Some("s"));
    }
}
