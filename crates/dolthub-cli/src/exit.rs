//! Exit codes and the command's error type.
//!
//! | code | meaning |
//! |---|---|
//! | 0 | success |
//! | 1 | other failure: a local file could not be read or written, the server could not be reached |
//! | 2 | usage error: bad flags or arguments, invalid names (nothing was sent) |
//! | 3 | API error: the server refused the request, a SQL statement failed, an operation failed |
//! | 4 | authentication: no token where one is needed, or the token was rejected |
//! | 5 | not found: the database, branch, pull request, job or table does not exist |
//! | 6 | timeout: a `--wait` or a request took longer than allowed |
//! | 7 | unsupported: the chosen API version cannot do this (nothing was sent) |

use std::fmt;
use std::process::ExitCode;

/// The exit-code table, as shown in `dolthub --help`.
pub const EXIT_CODES_HELP: &str = "\
Exit codes:
  0  success
  1  other failure (local file, server unreachable)
  2  usage error (bad flags or arguments; nothing was sent)
  3  API error (the server refused, a SQL statement or an operation failed)
  4  authentication (token missing or rejected)
  5  not found (database, branch, pull request, job, table)
  6  timeout (a --wait or a request took too long)
  7  unsupported (the API version in use cannot do this; nothing was sent)
With --json, an error is one JSON document on stderr:
  {\"error\": {\"kind\": \"not_found\", \"exit_code\": 5, \"message\": \"...\", \"hint\": null}}";

/// Why the command failed; decides the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Local failure (I/O) or transport failure.
    Other,
    /// Bad invocation.
    Usage,
    /// The server said no.
    Api,
    /// Missing or rejected credentials.
    Auth,
    /// The thing does not exist.
    NotFound,
    /// A wait or request timed out.
    Timeout,
    /// The API version in use cannot do this; another version (or command) can.
    Unsupported,
}

impl Kind {
    /// Stable name used in JSON error documents.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Other => "other",
            Kind::Usage => "usage",
            Kind::Api => "api",
            Kind::Auth => "auth",
            Kind::NotFound => "not_found",
            Kind::Timeout => "timeout",
            Kind::Unsupported => "unsupported",
        }
    }

    /// The process exit code for this kind.
    pub fn code(self) -> u8 {
        match self {
            Kind::Other => 1,
            Kind::Usage => 2,
            Kind::Api => 3,
            Kind::Auth => 4,
            Kind::NotFound => 5,
            Kind::Timeout => 6,
            Kind::Unsupported => 7,
        }
    }
}

/// A failure to report on stderr.
#[derive(Debug)]
pub struct CliError {
    /// Decides the exit code.
    pub kind: Kind,
    /// One-line message (already free of the token).
    pub message: String,
    /// An optional suggestion printed after the message.
    pub hint: Option<String>,
    /// The reader of our output went away (`dolthub csv t | head`): not a
    /// failure of the command, so it ends quietly with exit 0, as `sql | head` does.
    pub broken_pipe: bool,
}

/// Result alias for command handlers.
pub type CliResult<T = ()> = Result<T, CliError>;

impl CliError {
    /// A failure of the given kind.
    pub fn new(kind: Kind, message: impl Into<String>) -> Self {
        CliError {
            kind,
            message: message.into(),
            hint: None,
            broken_pipe: false,
        }
    }

    /// Whether this error only says that stdout was closed by its reader.
    pub fn is_broken_pipe(&self) -> bool {
        self.broken_pipe
    }

    /// A usage error (exit 2).
    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(Kind::Usage, message)
    }

    /// A local failure (exit 1).
    pub fn other(message: impl Into<String>) -> Self {
        Self::new(Kind::Other, message)
    }

    /// The API version `version` cannot do `what` (exit 7); `instead` says
    /// what to use, in command terms.
    pub fn unsupported(
        what: impl fmt::Display,
        version: dolthub::ApiVersion,
        instead: impl Into<String>,
    ) -> Self {
        Self::new(
            Kind::Unsupported,
            format!("{what} is not available on API {version}"),
        )
        .with_hint(instead)
    }

    /// Attach a hint.
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Prefix the message with what was being done.
    pub fn context(mut self, what: impl fmt::Display) -> Self {
        self.message = format!("{what}: {}", self.message);
        self
    }

    /// The exit code.
    pub fn exit_code(&self) -> ExitCode {
        ExitCode::from(self.kind.code())
    }

    /// Print `error: ...` (and the hint) on stderr, with `secret` removed;
    /// with `json`, one JSON document instead, so scripts that asked for JSON
    /// can parse failures too: `{"error": {"kind", "exit_code", "message", "hint"}}`.
    pub fn report(&self, secret: Option<&str>, json: bool) {
        let scrub = |s: &str| match secret {
            // Very short values cannot be real tokens; replacing them would mangle the text.
            Some(t) if t.trim().len() >= 8 => s.replace(t.trim(), "[redacted]"),
            _ => s.to_owned(),
        };
        if json {
            let doc = serde_json::json!({"error": {
                "kind": self.kind.name(),
                "exit_code": self.kind.code(),
                "message": scrub(&self.message),
                "hint": self.hint.as_deref().map(scrub),
            }});
            eprintln!("{doc}");
            return;
        }
        eprintln!("error: {}", scrub(&self.message));
        if let Some(hint) = &self.hint {
            eprintln!("hint: {}", scrub(hint));
        }
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl From<std::io::Error> for CliError {
    fn from(e: std::io::Error) -> Self {
        let broken_pipe = e.kind() == std::io::ErrorKind::BrokenPipe;
        CliError {
            broken_pipe,
            ..CliError::other(e.to_string())
        }
    }
}

impl From<dolthub::Error> for CliError {
    /// The kind comes from the typed variant alone: message texts are the
    /// server's or the SQL engine's words ("column not found" is a SQL error,
    /// not a missing database), so they are never searched.
    fn from(e: dolthub::Error) -> Self {
        use dolthub::Error as E;
        let message = e.to_string();
        let kind = match &e {
            E::InvalidInput { .. } => Kind::Usage,
            E::Unauthorized { .. } => Kind::Auth,
            E::NotFound { .. } => Kind::NotFound,
            E::Timeout { .. } => Kind::Timeout,
            E::Unsupported { .. } => Kind::Unsupported,
            E::Transport { .. } | E::Io { .. } => Kind::Other,
            _ => Kind::Api,
        };
        let broken_pipe = matches!(
            &e,
            E::Io { source, .. } if source.kind() == std::io::ErrorKind::BrokenPipe
        );
        let mut err = CliError {
            broken_pipe,
            ..CliError::new(kind, message)
        };
        match kind {
            Kind::Auth => {
                err = err.with_hint(
                    "set a valid token with `dolthub auth login --with-token`, --token or DOLTHUB_API_TOKEN \
                     (create one at https://www.dolthub.com/settings/tokens)",
                );
            }
            Kind::Unsupported => {
                // The wrapper's own hint names crate methods; say it in command terms.
                if let E::Unsupported { version, .. } = &e {
                    err = err.with_hint(other_version_hint(*version));
                }
            }
            Kind::Other if matches!(e, E::Transport { .. }) => {
                err = err.with_hint("check --api-url / DOLTHUB_API_URL and your network");
            }
            _ => {}
        }
        err
    }
}

/// How to reach the other API version from the command line.
pub fn other_version_hint(current: dolthub::ApiVersion) -> String {
    match current {
        dolthub::ApiVersion::V1alpha1 => "run it on API v2: --api-version v2 \
             (or DOLTHUB_API_VERSION=v2, or `dolthub config set api_version v2`; DoltHub only, \
             with a `dh_` token)"
            .to_owned(),
        _ => "run it on API v1alpha1: --api-version v1alpha1 \
              (or DOLTHUB_API_VERSION=v1alpha1, or `dolthub config set api_version v1alpha1`; \
              with a `dhat.` token)"
            .to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_distinct_and_match_the_help_table() {
        let kinds = [
            Kind::Other,
            Kind::Usage,
            Kind::Api,
            Kind::Auth,
            Kind::NotFound,
            Kind::Timeout,
            Kind::Unsupported,
        ];
        let mut codes: Vec<u8> = kinds.iter().map(|k| k.code()).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), kinds.len());
        for k in kinds {
            assert!(
                EXIT_CODES_HELP.contains(&format!("  {}  ", k.code())),
                "{k:?} missing from help"
            );
        }
    }

    #[test]
    fn wrapper_errors_map_to_kinds() {
        let e: CliError = dolthub::Error::Unauthorized {
            status: 401,
            message: "Not authenticated".into(),
            code: None,
            request_id: None,
        }
        .into();
        assert_eq!(e.kind, Kind::Auth);
        let e: CliError = dolthub::Error::Timeout { what: "x".into() }.into();
        assert_eq!(e.kind, Kind::Timeout);
        let e: CliError = dolthub::Error::NotFound {
            status: 400,
            message: "no such repository".into(),
            code: None,
            request_id: None,
        }
        .into();
        assert_eq!(e.kind, Kind::NotFound);
    }

    /// The wrapper's refusal is exit 7 with a hint in command terms (the
    /// other version's flag), never the generic API error.
    #[test]
    fn unsupported_is_exit_7_with_the_other_version() {
        let e: CliError = dolthub::Error::Unsupported {
            operation: "PullHandler::comments".into(),
            version: dolthub::ApiVersion::V1alpha1,
            hint: "use API v2".into(),
        }
        .into();
        assert_eq!(e.kind, Kind::Unsupported);
        assert_eq!(e.kind.code(), 7);
        assert_eq!(e.kind.name(), "unsupported");
        assert!(e.message.contains("v1alpha1"), "{}", e.message);
        assert!(e.hint.as_deref().unwrap().contains("--api-version v2"));
        let e = CliError::unsupported("`op list`", dolthub::ApiVersion::V2, "use job list");
        assert_eq!(e.kind.code(), 7);
        assert_eq!(e.message, "`op list` is not available on API v2");
    }

    /// Issue 10 bug 4: a local I/O error is exit 1 (it was 3).
    #[test]
    fn local_io_errors_exit_1() {
        let e: CliError = dolthub::Error::Io {
            what: "reading lacma.csv".into(),
            source: std::io::Error::new(std::io::ErrorKind::PermissionDenied, "denied"),
        }
        .into();
        assert_eq!(e.kind, Kind::Other);
        assert_eq!(e.kind.code(), 1);
        assert!(!e.is_broken_pipe());
    }

    /// Issue 10 bug 4: the kind comes from the variant, never from words in
    /// the message ("column not found" is a SQL failure, exit 3, not 5).
    #[test]
    fn messages_are_never_searched_for_a_kind() {
        let e: CliError = dolthub::Error::Sql {
            status: 200,
            message: "column not found: nope".into(),
            query: None,
        }
        .into();
        assert_eq!(e.kind, Kind::Api);
        let e: CliError = dolthub::Error::Api {
            status: 400,
            message: "the thing does not exist, not found".into(),
            body: String::new(),
            code: None,
            request_id: None,
        }
        .into();
        assert_eq!(e.kind, Kind::Api);
    }

    /// Issue 10 bug 4: a closed stdout is recognised by its error kind.
    #[test]
    fn broken_pipes_are_recognised_by_kind() {
        let pipe = || std::io::Error::new(std::io::ErrorKind::BrokenPipe, "gone");
        assert!(CliError::from(pipe()).is_broken_pipe());
        let e: CliError = dolthub::Error::Io {
            what: "writing the download".into(),
            source: pipe(),
        }
        .into();
        assert!(e.is_broken_pipe());
        // The words alone are not enough.
        assert!(!CliError::other("Broken pipe (os error 32)").is_broken_pipe());
    }
}
