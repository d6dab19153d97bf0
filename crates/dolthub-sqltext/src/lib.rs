//! The one scanner of MySQL statement text in this workspace.
//!
//! The `dolthub` wrapper (statement counting, the paging clause it appends,
//! whole-table detection) and the sandbox's dialect layer (statement splitting,
//! MySQL-to-SQLite rewrites) both need to know where strings, identifiers and
//! comments start and end. They used to have a scanner each, and the two
//! disagreed (the sandbox read `1--1` as `1` followed by a comment). Both now
//! read SQL through [`tokens`], which follows MySQL:
//!
//! * `'...'` and `"..."` are strings; inside them a backslash escapes the next
//!   character and a doubled quote is a quote;
//! * `` `...` `` is an identifier (a doubled backtick is a backtick, no
//!   backslash escapes);
//! * `#` and `-- ` start a comment that runs to the end of the line; `--` is
//!   a comment only when whitespace or the end of the text follows it, so
//!   `1--1` is `1 - -1`;
//! * `/* ... */` is a comment.
//!
//! ```
//! use dolthub_sqltext::{Kind, tokens};
//!
//! let sql = "SELECT 1--1 -- note";
//! let kinds: Vec<(Kind, &str)> = tokens(sql).iter().map(|t| (t.kind, t.text(sql))).collect();
//! assert!(kinds.contains(&(Kind::Comment, "-- note")));
//! assert!(!kinds.iter().any(|(k, text)| *k == Kind::Comment && *text == "--1 -- note"));
//! ```

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A keyword or bare identifier (`SELECT`, `lacma`, `_id`).
    Word,
    /// A numeric literal.
    Number,
    /// A `'...'` or `"..."` literal (MySQL reads both as strings; see [`Token::quote`]).
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

/// One token: its kind and where it sits in the text (byte offsets).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// What the token is.
    pub kind: Kind,
    /// Byte offset of its first character.
    pub start: usize,
    /// Byte offset just past its last character.
    pub end: usize,
    /// A quote or block comment that runs to the end of the text.
    pub unterminated: bool,
}

impl Token {
    /// The token's text within `sql` (the text it was scanned from).
    pub fn text<'a>(&self, sql: &'a str) -> &'a str {
        &sql[self.start..self.end]
    }

    /// Code, as opposed to whitespace and comments.
    pub fn is_code(&self) -> bool {
        !matches!(self.kind, Kind::Space | Kind::Comment)
    }

    /// The opening quote character of a string or identifier (`'`, `"` or `` ` ``).
    pub fn quote(&self, sql: &str) -> Option<u8> {
        matches!(self.kind, Kind::Str | Kind::Ident).then(|| sql.as_bytes()[self.start])
    }
}

/// Split `sql` into tokens; the tokens cover the text exactly, in order.
pub fn tokens(sql: &str) -> Vec<Token> {
    let b = sql.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let start = i;
        let c = b[i];
        let mut unterminated = false;
        let kind = match c {
            b'\'' | b'"' | b'`' => {
                let (end, closed) = quoted_end(b, i);
                i = end;
                unterminated = !closed;
                if c == b'`' { Kind::Ident } else { Kind::Str }
            }
            b'-' if starts_dash_comment(b, i) => {
                i = line_end(b, i);
                Kind::Comment
            }
            b'#' => {
                i = line_end(b, i);
                Kind::Comment
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                match find(&b[i + 2..], b"*/") {
                    Some(at) => i += 2 + at + 2,
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
            c if is_word_byte(c) => {
                while i < b.len() && (is_word_byte(b[i]) || b[i].is_ascii_digit()) {
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

/// The code tokens only (no whitespace, no comments).
pub fn code(sql: &str) -> Vec<Token> {
    tokens(sql).into_iter().filter(Token::is_code).collect()
}

/// Whether `--` at `i` starts a comment: MySQL wants whitespace (or the end of
/// the text) after the two dashes, so `1--1` is arithmetic.
fn starts_dash_comment(b: &[u8], i: usize) -> bool {
    b.get(i + 1) == Some(&b'-') && b.get(i + 2).is_none_or(|n| n.is_ascii_whitespace())
}

/// Where the quoted token opening at `from` ends, and whether it was closed.
fn quoted_end(b: &[u8], from: usize) -> (usize, bool) {
    let q = b[from];
    let mut i = from + 1;
    while i < b.len() {
        if b[i] == b'\\' && q != b'`' {
            i += 2;
        } else if b[i] == q {
            // A doubled quote is an escaped quote.
            if b.get(i + 1) == Some(&q) {
                i += 2;
            } else {
                return (i + 1, true);
            }
        } else {
            i += 1;
        }
    }
    (b.len(), false)
}

/// Letters, `_`, `$` and any non-ASCII byte (UTF-8 sequences stay whole, since
/// every byte of a multi-byte character is >= 0x80).
fn is_word_byte(c: u8) -> bool {
    c.is_ascii_alphabetic() || c == b'_' || c == b'$' || c >= 0x80
}

/// Up to the end of the line (the newline stays outside the comment).
fn line_end(b: &[u8], from: usize) -> usize {
    b[from..]
        .iter()
        .position(|&c| c == b'\n')
        .map_or(b.len(), |at| from + at)
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(sql: &str) -> Vec<(Kind, &str)> {
        tokens(sql).iter().map(|t| (t.kind, t.text(sql))).collect()
    }

    #[test]
    fn tokens_cover_the_text() {
        let sql = "SELECT 'a''b', \"c\\\"d\", `e``f` -- x\n# y\n/* z */ 1--1 ünï";
        let joined: String = tokens(sql).iter().map(|t| t.text(sql)).collect();
        assert_eq!(joined, sql);
        let k = kinds(sql);
        assert!(k.contains(&(Kind::Str, "'a''b'")));
        assert!(k.contains(&(Kind::Str, "\"c\\\"d\"")));
        assert!(k.contains(&(Kind::Ident, "`e``f`")));
        assert!(k.contains(&(Kind::Comment, "-- x")));
        assert!(k.contains(&(Kind::Comment, "# y")));
        assert!(k.contains(&(Kind::Comment, "/* z */")));
        assert!(k.contains(&(Kind::Word, "ünï")));
    }

    #[test]
    fn double_dash_needs_whitespace_to_be_a_comment() {
        assert_eq!(
            kinds("1--1"),
            vec![
                (Kind::Number, "1"),
                (Kind::Punct, "-"),
                (Kind::Punct, "-"),
                (Kind::Number, "1")
            ]
        );
        assert_eq!(kinds("1 --\t2")[2], (Kind::Comment, "--\t2"));
        assert_eq!(kinds("1 --")[2], (Kind::Comment, "--"));
        assert_eq!(kinds("1 --\n2")[2], (Kind::Comment, "--"));
    }

    #[test]
    fn unterminated_quotes_and_comments_are_flagged() {
        let t = tokens("SELECT 'open");
        assert!(t.last().unwrap().unterminated);
        assert_eq!(t.last().unwrap().kind, Kind::Str);
        let t = tokens("SELECT 1 /* open");
        assert!(t.last().unwrap().unterminated);
        assert_eq!(t.last().unwrap().kind, Kind::Comment);
        let t = tokens("SELECT 'a\\'");
        assert!(
            t.last().unwrap().unterminated,
            "a backslash escapes the quote"
        );
        assert!(tokens("SELECT `a\\`").iter().all(|t| !t.unterminated));
        assert!(tokens("/**/").iter().all(|t| !t.unterminated));
    }

    #[test]
    fn quote_character_is_reported() {
        let sql = "'a' \"b\" `c` d";
        let q: Vec<Option<u8>> = tokens(sql).iter().map(|t| t.quote(sql)).collect();
        assert_eq!(
            q,
            vec![Some(b'\''), None, Some(b'"'), None, Some(b'`'), None, None]
        );
    }
}
