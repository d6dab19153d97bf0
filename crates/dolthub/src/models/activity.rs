//! Monitoring: database jobs and user operations.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::models::de;
use crate::models::enums::{JobStatus, OperationType};

/// A background job of a database (`list_jobs`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "RawJob")]
#[non_exhaustive]
pub struct Job {
    /// Job id; equals the `operation_name` of the merge or import that started it.
    #[serde(rename = "job_id")]
    pub id: String,
    /// Who started it.
    pub creator: String,
    /// Human-readable description.
    pub description: String,
    /// `SqlRead`, `Import`, `Merge`, `Migrate`, ...
    pub job_type: OperationType,
    /// `Pending`, `Running`, `Succeeded`, `Failed`.
    pub status: JobStatus,
    /// Creation time, ISO-8601.
    pub created_at: String,
    /// Error text of a failed job (`job_error` on current servers, `error` on older ones).
    #[serde(rename = "job_error")]
    pub error: String,
}

#[derive(Deserialize)]
struct RawJob {
    #[serde(default, deserialize_with = "de::opt_string")]
    job_id: Option<String>,
    #[serde(default, deserialize_with = "de::opt_string")]
    creator: Option<String>,
    #[serde(default, deserialize_with = "de::opt_string")]
    description: Option<String>,
    #[serde(default, deserialize_with = "de::opt_string")]
    job_type: Option<String>,
    #[serde(default, deserialize_with = "de::opt_string")]
    status: Option<String>,
    #[serde(default, deserialize_with = "de::opt_string")]
    created_at: Option<String>,
    #[serde(default, deserialize_with = "de::opt_string")]
    job_error: Option<String>,
    #[serde(default, deserialize_with = "de::opt_string")]
    error: Option<String>,
}

impl From<RawJob> for Job {
    fn from(r: RawJob) -> Self {
        Job {
            id: de::first([r.job_id]),
            creator: de::first([r.creator]),
            description: de::first([r.description]),
            job_type: OperationType::from_wire(&r.job_type.unwrap_or_default()),
            status: JobStatus::from_wire(&r.status.unwrap_or_default()),
            created_at: de::first([r.created_at]),
            error: de::first([r.job_error, r.error]),
        }
    }
}

/// An asynchronous operation of the calling user (`list_user_operations`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UserOperation {
    /// Operation name; equals the `user_operation_name` of a merge or import.
    #[serde(default, rename = "operation_name", deserialize_with = "de::string")]
    pub name: String,
    /// Who started it.
    #[serde(default, deserialize_with = "de::string")]
    pub creator: String,
    /// Human-readable description.
    #[serde(default, deserialize_with = "de::string")]
    pub description: String,
    /// `SqlWrite`, `SqlRead`, `Import`, `Merge`, `Migrate`.
    #[serde(default)]
    pub operation_type: OperationType,
    /// `Pending`, `Running`, `Success` (as `Succeeded`), `Failure` (as `Failed`).
    #[serde(default, rename = "operation_status")]
    pub status: JobStatus,
    /// Error text of a failed operation.
    #[serde(default, deserialize_with = "de::string")]
    pub error: String,
    /// Python-style dictionary text (single quotes); see [`UserOperation::metadata_map`].
    #[serde(default, deserialize_with = "de::string")]
    pub metadata: String,
    /// Creation time, ISO-8601.
    #[serde(default, deserialize_with = "de::string")]
    pub created_at: String,
    /// Last change, ISO-8601.
    #[serde(default, deserialize_with = "de::string")]
    pub updated_at: String,
}

impl UserOperation {
    /// Best-effort parse of [`metadata`](Self::metadata), a Python-style
    /// dictionary such as `{'from_branch_name':'main','sql_query':'...'}`.
    /// Keys or values that cannot be read are skipped.
    ///
    /// ```
    /// let op: dolthub::models::UserOperation = serde_json::from_str(
    ///     r#"{"metadata":"{'from_branch_name':'main','sql_query':'SELECT \\'x\\''}"}"#,
    /// ).unwrap();
    /// let meta = op.metadata_map();
    /// assert_eq!(meta["from_branch_name"], "main");
    /// assert_eq!(meta["sql_query"], "SELECT 'x'");
    /// ```
    pub fn metadata_map(&self) -> BTreeMap<String, String> {
        parse_python_dict(&self.metadata)
    }
}

/// Parse `{'k':'v', "k2": 'v2', 'n': 3}` into strings; tolerant of junk.
fn parse_python_dict(text: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut chars = text.trim().trim_start_matches('{').chars().peekable();
    while let Some(key) = read_token(&mut chars) {
        skip_while(&mut chars, |c| c.is_whitespace() || c == ':');
        let Some(value) = read_token(&mut chars) else {
            break;
        };
        out.insert(key, value);
        skip_while(&mut chars, |c| c.is_whitespace() || c == ',');
    }
    out
}

fn skip_while(chars: &mut std::iter::Peekable<std::str::Chars<'_>>, f: impl Fn(char) -> bool) {
    while chars.peek().is_some_and(|c| f(*c)) {
        chars.next();
    }
}

/// A quoted string (with backslash escapes) or a bare word up to `,`, `:` or `}`.
fn read_token(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) -> Option<String> {
    skip_while(chars, char::is_whitespace);
    let first = *chars.peek()?;
    if first == '}' {
        return None;
    }
    let mut out = String::new();
    if first == '\'' || first == '"' {
        chars.next();
        while let Some(c) = chars.next() {
            match c {
                '\\' => {
                    if let Some(escaped) = chars.next() {
                        out.push(match escaped {
                            'n' => '\n',
                            't' => '\t',
                            other => other,
                        });
                    }
                }
                c if c == first => return Some(out),
                c => out.push(c),
            }
        }
        Some(out)
    } else {
        while let Some(&c) = chars.peek() {
            if matches!(c, ',' | ':' | '}') {
                break;
            }
            out.push(c);
            chars.next();
        }
        Some(out.trim().to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_dict_parsing() {
        let m = parse_python_dict(
            "{'from_branch_name':'main','sql_query':'CREATE TABLE a (id INT, name VARCHAR(255))', 'n': 3, \"d\": \"x\"}",
        );
        assert_eq!(m["from_branch_name"], "main");
        assert_eq!(m["sql_query"], "CREATE TABLE a (id INT, name VARCHAR(255))");
        assert_eq!(m["n"], "3");
        assert_eq!(m["d"], "x");
        assert!(parse_python_dict("").is_empty());
        assert!(parse_python_dict("garbage").len() <= 1);
    }
}
